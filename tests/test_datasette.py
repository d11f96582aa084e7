"""The published database, through Datasette's own test client."""
from __future__ import annotations

import asyncio
import csv
import io
import re
from urllib.parse import quote

import pytest

from minerals.serve import app


@pytest.fixture(scope="module")
def get(seeds_db):
    path, _, _ = seeds_db
    ds = app(path)
    name = path.stem

    def fetch(url: str):
        async def go():
            await ds.invoke_startup()
            return await ds.client.get(url.replace("{db}", name))

        return asyncio.run(go())

    return fetch


def test_facts_table(get):
    response = get("/{db}/facts.json?_shape=array&unit=%E2%80%B0&_sort=id")
    assert response.status_code == 200
    rows = response.json()
    assert {r["value"] for r in rows} >= {6.18, 4.29, 2.09, 6.47, 5.03}


def test_facts_csv(get):
    response = get("/{db}/facts.csv?_size=max&indicator_key=u5_mortality_rate")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain") or "csv" in response.headers["content-type"]
    assert "6.18" in response.text and "5岁以下儿童死亡率" in response.text


@pytest.mark.parametrize("phrase", ["死亡率", "规范管理率", "孕产妇"])
def test_search_finds_every_fact_of_every_sentence_holding_the_phrase(get, seeds_db, phrase):
    import sqlite3

    rows = get(f"/{{db}}/facts.json?_search={phrase}&_shape=array&_size=max").json()
    expected = [r[0] for r in sqlite3.connect(seeds_db[0]).execute(
        "SELECT id FROM facts WHERE instr(sentence, ?) ORDER BY id", [phrase])]
    assert len(expected) > 5
    assert sorted(r["id"] for r in rows) == expected


@pytest.mark.parametrize("query", ["", "?duplicate=0", "?role=target"])
def test_facets_counted_side_by_side_are_every_facet_in_order(get, seeds_db, query):
    """The facts page's facets, counted at once, are the table's facets in their order, each
    with the counts SQL gives."""
    import sqlite3

    path, _, _ = seeds_db
    response = get("/{db}/facts.json" + query)
    facets = response.json()["facet_results"]
    assert list(facets) == ["role", "kind", "year", "indicator_key", "duplicate"]
    where = {"": "", "?duplicate=0": "WHERE duplicate = 0", "?role=target": "WHERE role = 'target'"}[query]
    with sqlite3.connect(path) as conn:
        for name, facet in facets.items():
            counts = dict(conn.execute(f"SELECT {name}, count(*) FROM facts {where} GROUP BY {name}").fetchall())
            assert all(counts[item["value"]] == item["count"] for item in facet["results"])
            assert len(facet["results"]) == min(len(counts) - (None in counts), 30)


def test_index_lists_documents_facts_and_plan_vs_actual(get):
    response = get("/{db}")
    assert response.status_code == 200
    for name in ("documents", "facts", "plan_vs_actual", "year_over_year"):
        assert name in response.text


def test_description_links_to_the_databases_plan_vs_actual(get, seeds_db):
    import re

    links = re.findall(r'href="([^"]*)">plan_vs_actual</a>, or browse', get("/").text)
    assert links == [f"/{seeds_db[0].stem}/plan_vs_actual"]
    assert get(links[0]).status_code == 200


@pytest.mark.parametrize("view,column,target", [
    ("plan_vs_actual", "target_fact", "/-/evidence/{db}/"), ("plan_vs_actual", "actual_fact", "/-/evidence/{db}/"),
    ("plan_vs_actual", "target_document", "/{db}/documents/"), ("year_over_year", "fact", "/-/evidence/{db}/"),
])
def test_a_views_fact_and_document_ids_link_to_their_evidence(corpus_get, corpus_db, view, column, target):
    value = next(r[column] for r in corpus_get(f"/{{db}}/{view}.json?_shape=array&_size=max").json() if r[column])
    page = corpus_get(f"/{{db}}/{view}?{column}={value}").text
    url = target.replace("{db}", corpus_db[0].stem) + value
    assert f'<a href="{url}"' in page
    assert corpus_get(url).status_code == 200


def test_read_only(get):
    response = get("/{db}.json?sql=DELETE+FROM+facts")
    assert response.status_code in (400, 403)
    assert get("/{db}/facts.json?_shape=array&_size=1").status_code == 200


@pytest.fixture(scope="module")
def corpus_get(corpus_db):
    path, _, _ = corpus_db
    ds = app(path)

    def fetch(url: str):
        async def go():
            await ds.invoke_startup()
            return await ds.client.get(url.replace("{db}", path.stem))

        return asyncio.run(go())

    return fetch


@pytest.mark.parametrize("query,params,check", [
    ("plan_vs_actual_for_indicator", "indicator_key=infant_mortality_rate", lambda rows: (2020, 5.0, 4.2, 1) in
     [(r["year"], r["target_value"], r["actual_value"], r["met"]) for r in rows]),
    ("indicator_series", "indicator_key=hypertension_standard_mgmt_rate", lambda rows: [(r["year"], r["value"])
     for r in rows if r["place"] == "青川县"] == [(2019, 72.4), (2020, 76.1), (2021, 79.3)]),
    ("facts_of_document", "document_id={qingchuan_2020_summary_plan.txt}",
     lambda rows: len(rows) > 30 and rows[0]["surface"] == "4个"),
    ("unmapped_indicators", "", lambda rows: all(r["indicator"] for r in rows) and len(rows) > 10),
    ("flagged_facts", "", lambda rows: [(r["flags"], r["value"], r["indicator"]) for r in rows] == [
        ("part_over_whole", 1560, "执业(助理)医师")]),
])
def test_canned_queries(corpus_get, query, params, check):
    if params.startswith("document_id={"):
        source = params[len("document_id={"):-1]
        params = "document_id=" + corpus_get(f"/{{db}}/documents.json?_shape=array&source={source}").json()[0]["id"]
    response = corpus_get(f"/{{db}}/{query}.json?_shape=array&{params}")
    assert response.status_code == 200, response.text
    assert check(response.json())


def test_evidence_page(corpus_get):
    rows = corpus_get("/{db}/facts.json?_shape=array&source=linhe_2011_summary_hant.txt&value=98.7").json()
    assert len(rows) == 1
    page = corpus_get(f"/-/evidence/{{db}}/{rows[0]['id']}")
    assert page.status_code == 200
    assert "<mark>98.7%</mark>" in page.text  # normalised sentence
    assert "2011年參合率達到<mark>98.7%</mark>" in page.text  # as the report wrote it
    assert "临河区卫生局2011年工作总结" in page.text
    facts_page = corpus_get("/{db}/facts?source=linhe_2011_summary_hant.txt&value=98.7")
    assert "/-/evidence/" in facts_page.text


def test_charts(corpus_get):
    page = corpus_get("/-/charts/{db}/hypertension_standard_mgmt_rate")
    assert page.status_code == 200
    # targets: 青川县 2020 and 2021 (in the 2020 plan, and again in the 2021 report's table: once),
    # 东城区 2019; results for 青川县 2020 and 2021
    assert page.text.count('<rect class="actual"') == 2 and page.text.count('<rect class="target"') == 3
    assert "青川县 2021 target 78</title>" in page.text
    assert '<polyline class="series"' in page.text
    assert "http" not in page.text.split("<svg", 1)[1].split("</svg>")[0].replace("http://www.w3.org/2000/svg", "")
    index = corpus_get("/-/charts/{db}")
    assert "hypertension_standard_mgmt_rate" in index.text


def test_a_chart_draws_one_unit(tmp_path):
    """An indicator stated in two units (admissions in 人次 and in 人) is drawn in the unit
    most of its values are stated in."""
    from minerals import runner
    from minerals.db import open_db

    reports = tmp_path / "reports"
    reports.mkdir()
    for year, line in [(2017, "全县住院人次3.1万人次。"), (2018, "全县住院人次3.3万人次。"), (2019, "全县出院人数3.5万人。")]:
        (reports / f"{year}.txt").write_text(f"永宁县卫生健康局{year}年工作总结\n{line}\n", encoding="utf-8")
    path = tmp_path / "m.db"
    runner.extract(open_db(path), [reports])
    ds = app(path)

    async def go():
        await ds.invoke_startup()
        return await ds.client.get(f"/-/charts/{path.stem}/inpatient_admissions")

    page = asyncio.run(go()).text
    svg = page.split('<svg class="chart line"', 1)[1].split("</svg>")[0]
    assert ">人次<" in svg and ">人<" not in svg
    assert svg.count("<circle") == 2  # 2017 and 2018; not 2019's 3.5万人


def test_a_chart_of_many_places_draws_those_with_most_years_and_any_one_asked_for(tmp_path):
    """15 counties report a rate, the first 3 for two years: 12 lines are drawn, those 3
    first; the others are listed, and ?place= draws one alone, as a row's indicator links."""
    from minerals import runner
    from minerals.db import open_db

    reports = tmp_path / "reports"
    reports.mkdir()
    counties = [f"{name}川县" for name in "青白黑红金银铜铁锡石木水火土云"]
    for n, county in enumerate(counties):
        for year in (2018, 2019) if n < 3 else (2019,):
            (reports / f"{n}_{year}.txt").write_text(
                f"{county}卫生健康局{year}年工作总结\n全县高血压患者规范管理率达到{60 + n + year - 2018}%,门诊{1000 + 13 * n + year}"
                f"人次,住院{300 + 7 * n + year}人次,签约{5000 + 17 * n + year}人,体检{800 + 3 * n + year}人。\n", encoding="utf-8")
    path = tmp_path / "m.db"
    runner.extract(open_db(path), [reports])
    ds = app(path)

    async def go(url):
        await ds.invoke_startup()
        return (await ds.client.get(url)).text

    page = asyncio.run(go(f"/-/charts/{path.stem}/hypertension_standard_mgmt_rate"))
    svg = page.split('<svg class="chart line"', 1)[1].split("</svg>")[0]
    assert svg.count('<polyline class="series"') == 12 and all(f">{c}</text>" in svg for c in counties[:3])
    assert "15 places have results in %; the 12 with the most years are drawn." in page
    others = re.findall(r'<a href="\?place=([^"]+)">([^<]+)</a>', page)
    assert len(others) == 3 and all(quote(name) == link and f">{name}</text>" not in svg for link, name in others)
    other = others[0][1]
    one = asyncio.run(go(f"/-/charts/{path.stem}/hypertension_standard_mgmt_rate?place={quote(other)}"))
    svg = one.split('<svg class="chart line"', 1)[1].split("</svg>")[0]
    assert svg.count('<polyline class="series"') == 1 and f">{other}</text>" in svg
    rows = asyncio.run(go(f"/{path.stem}/year_over_year?place={quote(other)}"))
    assert f'href="/-/charts/{path.stem}/hypertension_standard_mgmt_rate?place={quote(other)}"' in rows


def test_csv_with_bom(corpus_get):
    response = corpus_get("/{db}/plan_vs_actual.csvbom?place=青川县")
    assert response.status_code == 200
    assert response.text.startswith("\ufeffplace,")
    assert "孕产妇死亡率" in response.text


@pytest.mark.parametrize("url,table", [("/{db}/facts.csvbom?_labels=on", "facts"),
                                       ("/{db}/facts.csvbom?role=actual", "facts WHERE role = 'actual'")])
def test_csv_with_bom_holds_every_row_in_a_file_a_spreadsheet_opens(corpus_get, corpus_db, url, table):
    response = corpus_get(url)
    assert response.status_code == 200
    assert response.text.startswith("\ufeff") and not response.text.startswith("\ufeff\ufeff")
    name = url.split("/")[2].split(".")[0]
    assert response.headers["content-disposition"] == f'attachment; filename="{name}.csv"'
    rows = list(csv.reader(io.StringIO(response.text[1:])))
    assert len(rows) - 1 == corpus_db[1].execute(f"SELECT count(*) FROM {table}").fetchone()[0] > 50


@pytest.mark.parametrize("url", ["/{db}/plan_vs_actual.csvbom", "/{db}/plan_vs_actual.csv?_stream=on",
                                 "/{db}/plan_vs_actual.csvbom?place=青川县&_sort=year",
                                 "/{db}/year_over_year.csvbom", "/{db}/panel.csv?_stream=1&_dl=1"])
def test_a_comparison_streams_every_row_of_its_view_from_its_table(corpus_get, corpus_db, url):
    """Read by rowid from the stored table, as fast as a table's download: the rows and the
    columns are the view's, without the rowid, under the view's name."""
    from urllib.parse import parse_qs, urlsplit

    response = corpus_get(url)
    assert response.status_code == 200
    name = url.split("/")[2].split(".")[0]
    if "_dl" in url or "csvbom" in url:
        assert response.headers["content-disposition"] == f'attachment; filename="{name}.csv"'
    rows = list(csv.reader(io.StringIO(response.text.lstrip("\ufeff"))))
    filters = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items() if not k.startswith("_")}
    where = " AND ".join(f"{k} = ?" for k in filters) or "1"
    order = " ORDER BY year, rowid" if "_sort=year" in url else ""
    cursor = corpus_db[1].execute(f"SELECT * FROM {name}_rows WHERE {where}{order}", list(filters.values()))
    assert rows[0] == [column[0] for column in cursor.description] and "rowid" not in rows[0]
    assert rows[1:] == [["" if v is None else str(v) for v in row] for row in cursor] and len(rows) > 2


@pytest.mark.parametrize("size", [1, 2, 3, 5, 8, 13, 1000])
def test_the_rowid_is_dropped_from_every_record_however_the_stream_is_cut(size):
    from datasette_meta.plugins.minerals_site import FirstFieldDropped

    records = [["rowid", "place", "sentence", "value"], ["1", "青川县", '他说"达到,95%"\n换行', "95.0"],
               ["23", "临河区", "", ""], ["456", "东城区", "逗号,在内", "1"]]
    text = io.StringIO()
    csv.writer(text).writerows(records)
    data, drop = text.getvalue().encode(), FirstFieldDropped()
    out = b"".join(drop(data[i:i + size]) for i in range(0, len(data), size))
    assert list(csv.reader(io.StringIO(out.decode()))) == [record[1:] for record in records]


def test_documents_dated_out_of_their_era_are_listed(get):
    rows = get("/{db}/suspect_documents.json?_shape=array").json()
    assert [(r["source"], r["report_year"], r["anachronisms"].split(", ")[-1], r["facts"]) for r in rows] == [
        ("003_9070ae23c15341c6.txt", 2022, "卫生局 –2017", 12)]
    assert "掩盖率" in rows[0]["spun"]


def test_a_csv_download_is_never_cut_short(seeds_db):
    assert app(seeds_db[0]).setting("max_csv_mb") == 0


def test_every_column_is_described(corpus_db):
    import json

    from minerals.serve import _meta_dir

    path, db, _ = corpus_db
    tables = json.loads((_meta_dir() / "tables.json").read_text(encoding="utf-8"))
    for name in ("facts", "documents", "sections", "sources", "indicators", "plan_vs_actual", "year_over_year", "panel"):
        assert tables[name]["description"]
        columns = {c.name for c in (db[name].columns if name in db.table_names() else db.view(name).columns)}
        described = set(tables[name].get("columns", {}))
        missing = columns - described - {"id", "key", "name", "seq"}
        assert not missing, (name, missing)


def test_a_documents_text_shows_its_start_and_leads_to_its_reading_page(get, seeds_db):
    """The documents pages show the start of each text (a page of 50 would be 0.6 MB of text);
    the reading page shows it whole, each fact marked and linked to its evidence."""
    import sqlite3
    from html import escape

    conn = sqlite3.connect(seeds_db[0])
    doc_id, text, original = conn.execute(  # the document of most facts
        "SELECT id, text, original FROM documents ORDER BY (SELECT count(*) FROM facts WHERE document_id = documents.id) "
        "DESC LIMIT 1").fetchone()
    url = f"/-/document/{seeds_db[0].stem}/{doc_id}"
    for page in (f"/{{db}}/documents?id={doc_id}", f"/{{db}}/documents/{doc_id}"):
        listed = get(page).text
        assert f'{text[:60]}… <a href="{url}"' in listed and f"({len(text):,} characters)</a>" in listed
        assert text[60:200] not in listed
    assert get(f"/{{db}}/documents.json?id={doc_id}&_shape=array").json()[0]["text"] == text  # the data is whole
    page = get(url)
    assert page.status_code == 200
    fact_id, start, end = conn.execute("SELECT id, start, end FROM facts WHERE document_id = ? ORDER BY start DESC LIMIT 1",
                                       [doc_id]).fetchone()
    assert f'<a id="{fact_id}" href="/-/evidence/{seeds_db[0].stem}/{fact_id}"' in page.text
    assert f"<mark>{escape(text[start:end])}</mark>" in page.text and escape(original[-100:].strip()) in page.text
    assert get(f"/-/document/{seeds_db[0].stem}/nothing").status_code == 404
