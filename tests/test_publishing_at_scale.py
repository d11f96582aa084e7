"""What keeps the published pages fast on millions of facts: the comparison views give the
rows of their plain definitions through indexes, the default facets are index scans, and
Datasette gets the table counts without counting or hashing the file."""
from __future__ import annotations

import asyncio
import json
import random
import re
import sqlite3

import pytest

from minerals.db import analyze, open_db
from minerals.serve import _meta_dir, app, inspect_data

# The comparison views as first written, without regard to speed: the meaning the views
# in views.sql must keep (each row, with duplicates, and every column).
REFERENCE_SQL = """
CREATE TEMP VIEW ref_fact_places AS
SELECT facts.*, documents.bureau, documents.region, coalesce(documents.region, documents.bureau) AS place,
       documents.title AS document_title
FROM facts JOIN documents ON documents.id = facts.document_id
WHERE facts.duplicate = 0 AND facts.indicator_key IS NOT NULL AND facts.year IS NOT NULL
  AND facts.aspect = 'level' AND documents.region IS NOT NULL;

CREATE TEMP VIEW ref_plan_vs_actual AS
WITH stated AS (
  SELECT f.*, coalesce(d.report_year, d.plan_year - 1, 9999) AS stated
  FROM ref_fact_places AS f JOIN documents AS d ON d.id = f.document_id
),
t AS (SELECT * FROM stated WHERE role IN ('target', 'quota')),
a AS (SELECT * FROM stated WHERE role = 'actual'),
first_t AS (SELECT * FROM t WHERE NOT EXISTS (
  SELECT 1 FROM t AS e WHERE e.place = t.place AND e.indicator_key = t.indicator_key AND e.year = t.year
    AND e.unit = t.unit AND e.value = t.value
    AND (e.stated, e.qualifier IS 'exact', e.document_id, e.start) < (t.stated, t.qualifier IS 'exact', t.document_id, t.start))),
first_a AS (SELECT * FROM a WHERE NOT EXISTS (
  SELECT 1 FROM a AS e WHERE e.place = a.place AND e.indicator_key = a.indicator_key AND e.year = a.year
    AND e.unit = a.unit AND e.value = a.value AND (e.stated, e.document_id, e.start) < (a.stated, a.document_id, a.start)))
SELECT t.place, t.bureau, t.region, t.indicator_key, i.name AS indicator_name, t.year, t.role AS plan_role,
  t.value AS target_value, t.unit AS target_unit, t.qualifier AS target_qualifier, t.indicator AS target_indicator,
  t.source AS target_source, t.document_id AS target_document, t.sentence AS target_sentence, t.id AS target_fact,
  t.flags AS target_flags, a.value AS actual_value, a.unit AS actual_unit, a.qualifier AS actual_qualifier, a.indicator AS actual_indicator,
  a.source AS actual_source, a.document_id AS actual_document, a.sentence AS actual_sentence, a.id AS actual_fact,
  a.flags AS actual_flags, round(a.value - t.value, 6) AS gap,
  CASE
    WHEN a.value IS NULL THEN NULL
    WHEN t.qualifier = 'at_least' THEN a.value >= t.value
    WHEN t.qualifier = 'at_most' THEN a.value <= t.value
    WHEN t.qualifier = 'approx' AND i.good = 'higher' THEN a.value >= t.value - 0.05 * abs(t.value)
    WHEN t.qualifier = 'approx' AND i.good = 'lower' THEN a.value <= t.value + 0.05 * abs(t.value)
    WHEN t.qualifier = 'approx' THEN abs(a.value - t.value) <= 0.05 * abs(t.value)
    WHEN i.good = 'higher' THEN a.value >= t.value
    WHEN i.good = 'lower' THEN a.value <= t.value
    WHEN i.good = 'none' OR t.role = 'quota' THEN a.value >= t.value
    ELSE a.value = t.value
  END AS met,
  (SELECT count(*) FROM t AS t2 WHERE t2.place = t.place AND t2.indicator_key = t.indicator_key
     AND t2.year = t.year AND t2.unit = t.unit AND t2.value = t.value) AS statements,
  (SELECT count(DISTINCT value) FROM t AS t2 WHERE t2.place = t.place AND t2.indicator_key = t.indicator_key
     AND t2.year = t.year AND t2.unit = t.unit) AS targets_for_year,
  (SELECT count(DISTINCT value) FROM a AS a2 WHERE a2.place = t.place AND a2.indicator_key = t.indicator_key
     AND a2.year = t.year AND a2.unit = t.unit) AS actuals_for_year
FROM first_t AS t
LEFT JOIN first_a AS a ON a.place = t.place AND a.indicator_key = t.indicator_key AND a.year = t.year AND a.unit = t.unit
LEFT JOIN indicators AS i ON i.key = t.indicator_key;

CREATE TEMP VIEW ref_year_over_year AS
WITH a AS (
  SELECT place, bureau, region, indicator_key, year, unit, count(DISTINCT value) AS n_values,
         group_concat(DISTINCT value) AS values_reported,
         CASE WHEN count(DISTINCT value) = 1 THEN max(value) END AS value, min(id) AS fact
  FROM ref_fact_places WHERE role = 'actual' GROUP BY place, indicator_key, year, unit
)
SELECT a.place, a.bureau, a.region, a.indicator_key, i.name AS indicator_name, a.year, a.unit,
  a.value, a.values_reported, a.n_values, p.value AS previous_value, round(a.value - p.value, 6) AS change,
  CASE WHEN p.value IS NOT NULL AND p.value != 0 THEN round(100.0 * (a.value - p.value) / p.value, 2) END AS change_percent,
  a.fact
FROM a
LEFT JOIN a AS p ON p.place = a.place AND p.indicator_key = a.indicator_key AND p.unit = a.unit AND p.year = a.year - 1
LEFT JOIN indicators AS i ON i.key = a.indicator_key;
"""

PLACES = [("甲县", "甲县卫生健康局"), ("乙市", "乙市卫生局"), ("丙区", "丙区卫生局"), (None, None), (None, "卫生局")]
KEYS = [("infant_mortality_rate", "‰"), ("hypertension_standard_mgmt_rate", "%"), ("new_village_clinics", "个"),
        ("new_village_clinics", None), (None, "%")]


@pytest.fixture(scope="module")
def mixed_db(tmp_path_factory):
    """Documents of a few places (of a few documents and of many), and of none (a bureau
    named without its place, or no office at all), with every kind of fact the views must sort out: copies, changes, several values
    a year, no unit, no year, no key."""
    path = tmp_path_factory.mktemp("mixed") / "mixed.db"
    db = open_db(path)
    conn = db.conn
    rng = random.Random(20)
    conn.execute("INSERT INTO sources (id, name, path, sha256) VALUES ('s', 'r.txt', '/r.txt', 'x')")
    fact = 0
    for d in range(40):  # 乙市 gets 27 documents: a place of many, searched the other way
        region, bureau = PLACES[1 if d >= 16 else d % len(PLACES)]
        doc = f"d{d:02d}"
        conn.execute("INSERT INTO documents (id, source_id, source, seq, bureau, region, report_year, plan_year, duplicate_of) "
                     "VALUES (?, 's', 'r.txt', ?, ?, ?, ?, ?, ?)",
                     [doc, d, bureau, region, (None, 2019, 2020)[d % 3], (2020, None, 2021)[d % 3], "d00" if d % 7 == 6 else None])
        for _ in range(40):
            key, unit = rng.choice(KEYS)
            fact += 1
            conn.execute(
                "INSERT INTO facts (id, document_id, source, kind, value, unit, qualifier, role, aspect, year, indicator, "
                "indicator_key, sentence, start, end, duplicate, flags) VALUES (?, ?, 'r.txt', 'rate', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [f"{doc}:{fact}", doc, rng.choice([0.0, 5.0, 5.2, 6.0, 90.0, 95.5]), unit,
                 rng.choice(["exact", "at_least", "at_most", "approx"]),
                 rng.choice(["target", "actual", "actual", "quota", "baseline"]), rng.choice(["level"] * 5 + ["change"]),
                 rng.choice([2019, 2020, 2021, None]), f"指标{fact % 5}", key, f"句子{fact}", fact, fact + 3,
                 int(d % 7 == 6 or rng.random() < 0.1), None if fact % 4 else "over_100"])
    # one value a year, two years running, in a place of many documents and in one of a few
    for doc in ("d21", "d00"):
        for year, value in ((2019, 20.0), (2020, 18.0)):
            fact += 1
            conn.execute(
                "INSERT INTO facts (id, document_id, source, kind, value, unit, qualifier, role, aspect, year, indicator, "
                "indicator_key, sentence, start, end, duplicate) VALUES (?, ?, 'r.txt', 'rate', ?, '/10万', 'exact', 'actual', "
                "'level', ?, '孕产妇死亡率', 'maternal_mortality_ratio', ?, ?, ?, 0)",
                [f"{doc}:{fact}", doc, value, year, f"句子{fact}", fact, fact + 3])
    conn.execute("INSERT INTO documents_fts (documents_fts) VALUES ('rebuild')")  # rows written here, not by `store`
    conn.commit()
    return path


def _rows(conn, sql):
    return sorted(map(repr, conn.execute(sql)))


def test_the_views_give_the_rows_of_their_plain_definitions(mixed_db):
    conn = sqlite3.connect(mixed_db)
    conn.executescript(REFERENCE_SQL)
    assert _rows(conn, "SELECT * FROM fact_places") == _rows(conn, "SELECT * FROM ref_fact_places")
    pva = _rows(conn, "SELECT * FROM plan_vs_actual")
    assert len(pva) > 50
    assert pva == _rows(conn, "SELECT * FROM ref_plan_vs_actual")
    assert any(r[-1] > 1 for r in conn.execute("SELECT targets_for_year, actuals_for_year FROM plan_vs_actual"))
    # plans stated more than once (one row each), quotas, and results stated more than once were all there to sort out
    assert conn.execute("SELECT max(statements), sum(plan_role = 'quota') FROM plan_vs_actual").fetchone() > (1, 0)
    assert conn.execute("SELECT count(*) FROM ref_plan_vs_actual").fetchone()[0] < conn.execute(
        "SELECT count(*) FROM ref_fact_places AS t JOIN ref_fact_places AS a ON a.place = t.place AND a.indicator_key = t.indicator_key "
        "AND a.year = t.year AND a.unit = t.unit WHERE t.role IN ('target', 'quota') AND a.role = 'actual'").fetchone()[0]
    # values_reported lists the same values (the order of group_concat is not defined);
    # fact is one of the year's facts (the first stored, where the first definition took the least id)
    columns = "place, bureau, region, indicator_key, indicator_name, year, unit, value, n_values, previous_value, change, change_percent"
    assert _rows(conn, f"SELECT {columns} FROM year_over_year") == _rows(conn, f"SELECT {columns} FROM ref_year_over_year")
    got = {r[:4]: sorted(r[4].split(",")) for r in conn.execute("SELECT place, indicator_key, year, unit, values_reported FROM year_over_year")}
    ref = {r[:4]: sorted(r[4].split(",")) for r in conn.execute("SELECT place, indicator_key, year, unit, values_reported FROM ref_year_over_year")}
    assert got == ref and any(len(v) > 1 for v in got.values())
    for place, key, year, unit, fact in conn.execute("SELECT place, indicator_key, year, unit, fact FROM year_over_year"):
        first = conn.execute(
            "SELECT f.id FROM facts AS f JOIN documents AS d ON d.id = f.document_id WHERE f.duplicate = 0 "
            "AND f.aspect = 'level' AND f.role = 'actual' AND coalesce(d.region, d.bureau) = ? AND f.indicator_key = ? "
            "AND f.year = ? AND f.unit IS ? ORDER BY f.rowid LIMIT 1", [place, key, year, unit]).fetchone()[0]
        assert fact == first, (place, key, year, unit)
    # both ways of finding the actuals of a target were taken, and both found some
    matched = {place for (place,) in conn.execute("SELECT DISTINCT place FROM plan_vs_actual WHERE actual_fact IS NOT NULL")}
    assert {"乙市", "甲县", "丙区"} == matched  # 卫生局 alone is no place: its reports pair with none
    for place in ("乙市", "甲县"):
        assert conn.execute("SELECT previous_value, change FROM year_over_year WHERE place = ? AND year = 2020 "
                            "AND indicator_key = 'maternal_mortality_ratio'", [place]).fetchone() == (20.0, -2.0)


def test_met_can_be_filtered_as_datasette_writes_it(mixed_db):
    conn = sqlite3.connect(mixed_db)
    for value in (0, 1):
        n = conn.execute("SELECT count(*) FROM plan_vs_actual WHERE met = ?", [value]).fetchone()[0]
        assert n > 0
        assert conn.execute("SELECT count(*) FROM plan_vs_actual WHERE met = ?", [str(value)]).fetchone()[0] == n


def _copy(db_path, tmp_path, stats: bool):
    """A copy of a database, with the planner's statistics gathered when `stats`."""
    path = tmp_path / "copy.db"
    path.write_bytes(db_path.read_bytes())
    if stats:
        analyze(open_db(path))
    return path


@pytest.mark.parametrize("stats", [False, True], ids=["no-statistics", "analyzed"])
def test_the_views_look_facts_up_through_their_indexes(mixed_db, tmp_path, stats):
    conn = sqlite3.connect(_copy(mixed_db, tmp_path, stats))
    for sql in ("SELECT count(*) FROM plan_vs_actual", "SELECT * FROM plan_vs_actual LIMIT 51",
                "SELECT count(*) FROM year_over_year", "SELECT * FROM fact_places"):
        plan = " / ".join(r[3] for r in conn.execute("EXPLAIN QUERY PLAN " + sql))
        # facts only ever searched by document: never scanned whole, never through another index
        assert "idx_facts_compare (document_id=?" in plan, (sql, plan)
        assert not re.search(r"SCAN facts\b", plan), (sql, plan)
        assert not re.search(r"SEARCH (facts|t|a|t2|a2|p|f) USING (COVERING )?INDEX idx_facts_(?!compare)", plan), (sql, plan)
    plan = " / ".join(r[3] for r in conn.execute("EXPLAIN QUERY PLAN SELECT * FROM plan_vs_actual"))
    assert "SEARCH a USING INDEX idx_facts_compare (document_id=?" in plan and "idx_documents_place (<expr>=?)" in plan, plan


def test_default_facets_of_facts_are_index_scans(mixed_db):
    """Each default facet of the facts page has an index that starts with it and one with
    `duplicate` beside it: the counts come from an index alone, with ?duplicate=0 too."""
    conn = sqlite3.connect(mixed_db)
    facets = json.loads((_meta_dir() / "tables.json").read_text(encoding="utf-8"))["facts"]["facets"]
    assert facets and "duplicate" in facets
    indexes = [[r[2] for r in conn.execute(f"PRAGMA index_info([{name}])")]
               for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'facts'")]
    for column in facets:
        assert any(cols[0] == column for cols in indexes), column
        assert any(cols[0] == column and "duplicate" in cols for cols in indexes), column


def test_analyze_gathers_statistics(tmp_path):
    db = open_db(tmp_path / "a.db")
    analyze(db)
    assert "sqlite_stat1" in db.table_names()


@pytest.mark.parametrize("stats", [False, True], ids=["no-statistics", "analyzed"])
def test_inspect_data_gives_every_count(mixed_db, tmp_path, stats):
    path = _copy(mixed_db, tmp_path, stats)
    data = inspect_data(path)
    conn = sqlite3.connect(path)
    tables = [name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    counts = data[path.stem]["tables"]
    assert set(counts) == set(tables) and "facts_fts_data" in tables
    for name in tables:
        assert counts[name]["count"] == conn.execute(f"SELECT count(*) FROM [{name}]").fetchone()[0], name
    assert data[path.stem]["hash"] is None and data[path.stem]["size"] == path.stat().st_size


def test_datasette_gets_every_count_without_counting_or_hashing(mixed_db):
    counts = inspect_data(mixed_db)[mixed_db.stem]["tables"]

    ds = app(mixed_db)

    async def pages():
        await ds.invoke_startup()
        return [await ds.client.get(url) for url in ("/", f"/{mixed_db.stem}", f"/{mixed_db.stem}/facts.json")]

    index, database, facts = asyncio.run(pages())
    assert index.status_code == database.status_code == facts.status_code == 200
    assert facts.json()["filtered_table_rows_count"] == counts["facts"]["count"]
    assert ds.databases[mixed_db.stem].cached_hash is None  # the file was not read to hash it
