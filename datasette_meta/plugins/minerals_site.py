"""Datasette plugin for minerals: metadata for every database, canned queries, the
evidence page of a fact, and a CSV with a UTF-8 byte-order mark for Excel."""
from __future__ import annotations

import csv
import io
import json
from html import escape
from pathlib import Path

from datasette import hookimpl
from datasette.utils.asgi import Response

HERE = Path(__file__).resolve().parent.parent
QUERIES = json.loads((HERE / "queries.json").read_text(encoding="utf-8"))
TABLES = json.loads((HERE / "tables.json").read_text(encoding="utf-8"))


@hookimpl
def get_metadata(datasette, key, database, table):
    """The table descriptions of tables.json, for whatever name the database was given."""
    return {"databases": {name: {"tables": TABLES} for name in datasette.databases if name != "_internal"}}


@hookimpl
def canned_queries(datasette, database, actor):
    if database == "_internal":
        return {}
    return QUERIES


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    """In the facts table, the surface of a quantity links to its evidence."""
    if column == "indicator_key" and value and table in ("plan_vs_actual", "year_over_year", "indicators"):
        from markupsafe import Markup

        url = datasette.urls.path(f"/-/charts/{database}/{value}")
        return Markup(f'<a href="{escape(url)}" title="chart">{escape(value)}</a>')
    if table == "facts" and column == "surface" and value:
        from markupsafe import Markup

        url = datasette.urls.path(f"/-/evidence/{database}/{row['id']}")
        return Markup(f'<a href="{escape(url)}" title="show the evidence">{escape(value)}</a>')
    return None


def _mark(text: str, start: int, end: int) -> str:
    return f"{escape(text[:start])}<mark>{escape(text[start:end])}</mark>{escape(text[end:])}"


async def evidence(datasette, request):
    """The sentence of a fact with its quantity highlighted, normalised and as written."""
    database = request.url_vars["database"]
    fact_id = request.url_vars["fact"]
    db = datasette.get_database(database)
    rows = (await db.execute(
        "SELECT facts.*, documents.title, documents.source, documents.report_year, documents.type "
        "FROM facts JOIN documents ON documents.id = facts.document_id WHERE facts.id = ?", [fact_id])).rows
    if not rows:
        return Response.html(f"<p>No fact {escape(fact_id)} in {escape(database)}.</p>", status=404)
    f = dict(rows[0])
    a, b = f["start"] - f["sentence_start"], f["end"] - f["sentence_start"]
    original = f["original_sentence"] or ""
    oa = original.find(f["original_surface"] or "\0")
    original_html = _mark(original, oa, oa + len(f["original_surface"])) if oa >= 0 else escape(original)
    fields = ["kind", "value", "value_max", "unit", "qualifier", "role", "aspect", "year", "indicator", "indicator_key"]
    doc_url = datasette.urls.row(database, "documents", f["document_id"])
    html = await datasette.render_template("evidence.html", {
        "fact": f, "fields": [(k, f[k]) for k in fields], "sentence_html": _mark(f["sentence"], a, b),
        "original_html": original_html, "doc_url": doc_url, "database": database,
        "fact_url": datasette.urls.row(database, "facts", fact_id),
    }, request=request)
    return Response.html(html)


@hookimpl
def register_routes():
    return [(r"^/-/evidence/(?P<database>[^/]+)/(?P<fact>[^/]+)$", evidence)]


def render_bom_csv(columns, rows):
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([row[c] for c in columns])
    return Response(out.getvalue(), content_type="text/csv; charset=utf-8",
                    headers={"content-disposition": "attachment"})


@hookimpl
def register_output_renderer(datasette):
    """`.csvbom`: CSV that Excel opens with Chinese intact (Datasette's own CSV has no BOM)."""
    return {"extension": "csvbom", "render": render_bom_csv}
