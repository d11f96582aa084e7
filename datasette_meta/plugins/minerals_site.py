"""Datasette plugin for minerals: metadata for every database, canned queries, the
evidence page of a fact, and a CSV with a UTF-8 byte-order mark for Excel."""
from __future__ import annotations

import csv
import io
import json
from html import escape
from pathlib import Path
from urllib.parse import parse_qs, quote

from datasette import hookimpl
from datasette.utils.asgi import Response

from minerals.comparisons import STORED

HERE = Path(__file__).resolve().parent.parent
QUERIES = json.loads((HERE / "queries.json").read_text(encoding="utf-8"))
TABLES = json.loads((HERE / "tables.json").read_text(encoding="utf-8"))


# Here, not in metadata.json, because its link names the database, and a relative link
# from the index page (/) or a database's page (/db) would leave the database out.
DESCRIPTION = ("Counts, rates and money stated in local health-bureau work summaries and plans, each with "
               "the sentence it came from, so that targets can be set against the results reported later. "
               "Start with {links}, or browse its facts.")


@hookimpl
def get_metadata(datasette, key, database, table):
    """The table descriptions of tables.json, for whatever name the database was given, and
    the site's description with a link to each database's plan_vs_actual."""
    names = [name for name in datasette.databases if name != "_internal"]
    links = ", ".join(
        f'<a href="{escape(datasette.urls.table(name, "plan_vs_actual"))}">'
        f'{"plan_vs_actual" if len(names) == 1 else escape(name) + ": plan_vs_actual"}</a>' for name in names)
    return {"description_html": DESCRIPTION.format(links=links),
            "databases": {name: {"tables": TABLES} for name in names}}


@hookimpl
def canned_queries(datasette, database, actor):
    if database == "_internal":
        return {}
    return QUERIES


# The views' columns that hold a fact's id or a document's id, linked as facts.surface and
# facts.document_id are, so that a row of a comparison leads back to its sentences.
EVIDENCE_CELLS = {("plan_vs_actual", "target_fact"), ("plan_vs_actual", "actual_fact"), ("year_over_year", "fact")}
DOCUMENT_CELLS = {("plan_vs_actual", "target_document"), ("plan_vs_actual", "actual_document")}
# A document's whole text, as normalised, as written and as searched: on the documents pages
# each shows its start and its length, linked to the document's reading page (`document`);
# a page of 50 documents would otherwise carry about 0.6 MB of text.
TEXT_CELLS = {("documents", "text"), ("documents", "original"), ("documents", "words")}
TEXT_SHOWN = 60


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    """The surface of a fact, and a view's fact ids, link to the evidence; an indicator key to
    its chart; a document's text to its reading page."""
    if not value:
        return None
    if (table, column) in TEXT_CELLS and isinstance(value, str) and len(value) > TEXT_SHOWN:
        from markupsafe import Markup

        more = _link(datasette.urls.path(f"/-/document/{database}/{row['id']}"), f"({len(value):,} characters)",
                     "read the whole text, its facts marked")
        return Markup(f"{escape(value[:TEXT_SHOWN])}… {more}")
    if column == "indicator_key" and table in ("plan_vs_actual", "year_over_year", "indicators"):
        place = "" if table == "indicators" else f"?place={quote(row['place'])}"  # the chart of the row's place
        return _link(datasette.urls.path(f"/-/charts/{database}/{value}") + place, value, "chart")
    if table == "facts" and column == "surface":
        return _link(datasette.urls.path(f"/-/evidence/{database}/{row['id']}"), value, "show the evidence")
    if (table, column) in EVIDENCE_CELLS:
        return _link(datasette.urls.path(f"/-/evidence/{database}/{value}"), value, "show the evidence")
    if (table, column) in DOCUMENT_CELLS:
        return _link(datasette.urls.row(database, "documents", value), value, "the document")
    return None


def _link(url: str, text, title: str):
    from markupsafe import Markup

    return Markup(f'<a href="{escape(url)}" title="{title}">{escape(text)}</a>')


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
    doc_url = datasette.urls.path(f"/-/document/{database}/{f['document_id']}") + f"#{fact_id}"  # the fact in its text
    corrections = [dict(r) for r in (await db.execute(
        "SELECT field, old, new, why, by, at FROM corrections WHERE fact_id = ? ORDER BY id", [fact_id])).rows
    ] if await db.table_exists("corrections") else []
    html = await datasette.render_template("evidence.html", {
        "fact": f, "fields": [(k, f[k], k in (f.get("corrected") or "").split(",")) for k in fields], "sentence_html": _mark(f["sentence"], a, b),
        "corrections": corrections, "db_file": Path(db.path).name if db.path else f"{database}.db",
        "original_html": original_html, "doc_url": doc_url, "database": database,
        "fact_url": datasette.urls.row(database, "facts", fact_id),
    }, request=request)
    return Response.html(html)


async def document(datasette, request):
    """A document's whole text with each of its facts marked, linked to its evidence, and the
    text as the report wrote it."""
    database = request.url_vars["database"]
    doc_id = request.url_vars["document"]
    db = datasette.get_database(database)
    rows = (await db.execute("SELECT * FROM documents WHERE id = ?", [doc_id])).rows
    if not rows:
        return Response.html(f"<p>No document {escape(doc_id)} in {escape(database)}.</p>", status=404)
    doc = dict(rows[0])
    facts = (await db.execute("SELECT id, start, end, role, year, indicator FROM facts WHERE document_id = ? "
                              "ORDER BY start, end DESC", [doc_id])).rows
    text, parts, at = doc["text"] or "", [], 0
    for f in facts:
        if f["start"] < at:
            continue  # within a quantity already marked
        url = datasette.urls.path(f"/-/evidence/{database}/{f['id']}")
        title = " · ".join(str(v) for v in (f["role"], f["year"], f["indicator"]) if v)
        parts.append(f'{escape(text[at:f["start"]])}<a id="{escape(f["id"])}" href="{escape(url)}" title="{escape(title)}">'
                     f'<mark>{escape(text[f["start"]:f["end"]])}</mark></a>')
        at = f["end"]
    parts.append(escape(text[at:]))
    fields = ["source", "bureau", "region", "level", "type", "report_year", "plan_year", "given", "site", "duplicate_of"]
    html = await datasette.render_template("document.html", {
        "doc": doc, "fields": [(k, doc.get(k)) for k in fields], "text_html": "".join(parts), "facts": len(facts),
        "row_url": datasette.urls.row(database, "documents", doc_id),
        "facts_url": datasette.urls.table(database, "facts") + f"?document_id={doc_id}",
    }, request=request)
    return Response.html(html)


# A table's column descriptions (plan_vs_actual has 30) fill the first screen above its rows: folded
# into a disclosure that names how many there are, and each one a tooltip of its column's heading.
FOLDED_COLUMNS = """
document.querySelectorAll("dl.column-descriptions").forEach(function (dl) {
  var folded = document.createElement("details"), summary = document.createElement("summary");
  folded.className = "column-descriptions-folded";
  summary.textContent = "What the " + dl.querySelectorAll("dt").length + " columns mean";
  dl.parentNode.insertBefore(folded, dl);
  folded.appendChild(summary);
  folded.appendChild(dl);
  dl.querySelectorAll("dt").forEach(function (dt) {
    var th = document.querySelector("th.col-" + CSS.escape(dt.textContent.trim()));
    if (th && dt.nextElementSibling) th.title = dt.nextElementSibling.textContent;
  });
});
"""


@hookimpl
def extra_body_script(template, database, table, view_name, datasette):
    return FOLDED_COLUMNS if view_name == "table" else None


@hookimpl
def register_routes():
    return [(r"^/-/evidence/(?P<database>[^/]+)/(?P<fact>[^/]+)$", evidence),
            (r"^/-/document/(?P<database>[^/]+)/(?P<document>[^/]+)$", document)]


def render_bom_csv(columns, rows):
    """The page's rows only: reached when a `.csvbom` request is not rewritten (see `asgi_wrapper`)."""
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
    """`.csvbom`: CSV that Excel opens with Chinese intact (Datasette's own CSV has no BOM).

    Registered so that every table, view and query page links to it; the request itself is
    served by `asgi_wrapper`."""
    return {"extension": "csvbom", "render": render_bom_csv}


BOM = "\ufeff".encode("utf-8")
# The comparisons are views over stored tables (`minerals.comparisons`).  Datasette streams a
# view's rows a page at a time by offset, reading every earlier row again for each page (671 s
# for the 571,038 rows of plan_vs_actual on 100,000 reports), and a table's by rowid (82 s).
STREAMED_FROM_TABLE = {f"{name}.csv": f"{name}_rows.csv" for name in STORED}


def _streamed_view(path: str, query: bytes) -> str | None:
    """The comparison view whose rows this request streams as CSV, if any."""
    parts = path.split("/")
    streamed = any(parse_qs(query.decode("latin-1")).get("_stream", [""]))
    return parts[-1] if streamed and len(parts) == 3 and parts[-1] in STREAMED_FROM_TABLE else None


class FirstFieldDropped:
    """Drops the first field of every record of a CSV byte stream, fed in pieces of any size:
    the rowid Datasette puts before a table's columns.  A record ends at a line break outside
    quotes; UTF-8 never uses the bytes of `,`, `"` or a line break inside a character."""

    def __init__(self) -> None:
        self.at_start = True  # the record's first field is not yet dropped
        self.quoted = False

    def __call__(self, body: bytes) -> bytes:
        out = []
        lines = body.split(b"\n")
        for i, line in enumerate(lines):
            if self.at_start:
                comma = line.find(b",")
                line = b"" if comma < 0 else line[comma + 1:]
                self.at_start = comma < 0
            self.quoted ^= line.count(b'"') % 2 == 1
            out.append(line)
            if i < len(lines) - 1:
                out.append(b"\n")
                self.at_start = not self.quoted
        return b"".join(out)


@hookimpl
def asgi_wrapper(datasette):
    """Serve `X.csvbom` as Datasette's `X.csv?_stream=on&_dl=1` with a byte-order mark first,
    and every streamed CSV of a comparison from its table.

    An output renderer sees only the rows of one page (50), so a table's download would stop
    there without a word; Datasette's streamed CSV holds every row of the table or view, as
    filtered, and `_dl` names the file `X.csv`, which a spreadsheet opens on a double click."""
    def wrap(app):
        async def whole_csv(scope, receive, send):
            if scope["type"] != "http":
                return await app(scope, receive, send)
            path, raw = scope["path"], scope.get("raw_path")
            query = scope.get("query_string", b"")
            bom = path.endswith(".csvbom")
            if bom:
                query += (b"&" if query else b"") + b"_stream=on&_dl=1"
                path, raw = path[:-len("bom")], raw[:-len(b"bom")] if raw and raw.endswith(b".csvbom") else raw
            view = _streamed_view(path, query)
            if not bom and not view:
                return await app(scope, receive, send)
            if view:
                table = STREAMED_FROM_TABLE[view]
                path = path[:-len(view)] + table
                raw = raw[:-len(view)] + table.encode() if raw and raw.endswith(view.encode()) else raw
            scope = dict(scope, path=path, query_string=query, raw_path=raw)
            dropped = FirstFieldDropped() if view else None
            ok = first = False

            async def send_csv(event):
                nonlocal ok, first
                if event["type"] == "http.response.start" and event["status"] == 200:
                    ok = first = True
                    event = dict(event, headers=[
                        (k, v.replace(b"_rows.csv", b".csv") if view and k.lower() == b"content-disposition" else v)
                        for k, v in event.get("headers", []) if k.lower() != b"content-length"])
                elif event["type"] == "http.response.body" and ok:
                    body = event.get("body", b"")
                    body = dropped(body) if dropped else body
                    event = dict(event, body=BOM + body if bom and first else body)
                    first = False
                await send(event)

            await app(scope, receive, send_csv)

        return whole_csv

    return wrap
