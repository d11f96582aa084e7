"""What keeps the published pages fast on millions of facts: the comparisons are stored
rows that are those of their plain definitions, kept up to date (made again for the places
a run touched); the default facets are index scans; and Datasette gets the table counts
without counting or hashing the file."""
from __future__ import annotations

import asyncio
import json
import random
import re
import sqlite3

import pytest

from conftest import SEEDS
from corpus import SAMPLES
from minerals import comparisons, counts, runner
from minerals.comparisons import STORED, touch
from minerals.db import _comparison_statements, analyze, comparisons_stale, open_db, store_comparisons
from minerals.serve import _meta_dir, app, inspect_data

# The comparisons as first written, without regard to speed: the meaning the rows stored
# by comparisons.sql must keep (each row, with duplicates, and every column).  A fact of
# several indicators is compared under each one's key (measured_key).
REFERENCE_SQL = """
CREATE TEMP VIEW ref_fact_places AS
SELECT facts.*, documents.bureau, documents.region, documents.region_code, coalesce(documents.region, documents.bureau) AS place,
       documents.title AS document_title
FROM facts JOIN documents ON documents.id = facts.document_id
WHERE facts.duplicate = 0 AND facts.indicator_key IS NOT NULL AND facts.year IS NOT NULL
  AND facts.unit IS NOT NULL AND facts.aspect = 'level' AND documents.region IS NOT NULL;

CREATE TEMP VIEW ref_measured AS
SELECT f.*, measured.key AS measured_key
FROM ref_fact_places AS f
JOIN (SELECT id, indicator_key AS key FROM facts
      UNION ALL SELECT facts.id, joint.value FROM facts, json_each('["' || replace(other_keys, ',', '","') || '"]') AS joint
      WHERE other_keys IS NOT NULL) AS measured ON measured.id = f.id;

CREATE TEMP VIEW ref_plan_vs_actual AS
WITH stated AS (
  SELECT f.*, coalesce(d.report_year, d.plan_year - 1, 9999) AS stated
  FROM ref_measured AS f JOIN documents AS d ON d.id = f.document_id
),
t AS (SELECT * FROM stated WHERE role IN ('target', 'quota')),
a AS (SELECT * FROM stated WHERE role = 'actual'),
first_t AS (SELECT * FROM t WHERE NOT EXISTS (
  SELECT 1 FROM t AS e WHERE e.place = t.place AND e.measured_key = t.measured_key AND e.year = t.year
    AND e.unit = t.unit AND e.value = t.value
    AND (e.stated, e.qualifier IS 'exact', e.document_id, e.start) < (t.stated, t.qualifier IS 'exact', t.document_id, t.start))),
first_a AS (SELECT * FROM a WHERE NOT EXISTS (
  SELECT 1 FROM a AS e WHERE e.place = a.place AND e.measured_key = a.measured_key AND e.year = a.year
    AND e.unit = a.unit AND e.value = a.value AND (e.stated, e.document_id, e.start) < (a.stated, a.document_id, a.start)))
SELECT t.place, t.bureau, t.region, t.region_code, t.measured_key AS indicator_key, i.name AS indicator_name, t.year, t.role AS plan_role,
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
  (SELECT count(*) FROM t AS t2 WHERE t2.place = t.place AND t2.measured_key = t.measured_key
     AND t2.year = t.year AND t2.unit = t.unit AND t2.value = t.value) AS statements,
  (SELECT count(DISTINCT value) FROM t AS t2 WHERE t2.place = t.place AND t2.measured_key = t.measured_key
     AND t2.year = t.year AND t2.unit = t.unit) AS targets_for_year,
  (SELECT count(DISTINCT value) FROM a AS a2 WHERE a2.place = t.place AND a2.measured_key = t.measured_key
     AND a2.year = t.year AND a2.unit = t.unit) AS actuals_for_year
FROM first_t AS t
LEFT JOIN first_a AS a ON a.place = t.place AND a.measured_key = t.measured_key AND a.year = t.year AND a.unit = t.unit
LEFT JOIN indicators AS i ON i.key = t.measured_key;

CREATE TEMP VIEW ref_year_over_year AS
WITH a AS (
  SELECT place, bureau, region, region_code, measured_key, year, unit, count(DISTINCT value) AS n_values,
         group_concat(DISTINCT value) AS values_reported,
         CASE WHEN count(DISTINCT value) = 1 THEN max(value) END AS value
  FROM ref_measured WHERE role = 'actual' GROUP BY place, measured_key, year, unit
)
SELECT a.place, a.bureau, a.region, a.region_code, a.measured_key AS indicator_key, i.name AS indicator_name, a.year, a.unit,
  a.value, a.values_reported, a.n_values, p.value AS previous_value, round(a.value - p.value, 6) AS change,
  CASE WHEN p.value IS NOT NULL AND p.value != 0 THEN round(100.0 * (a.value - p.value) / p.value, 2) END AS change_percent
FROM a
LEFT JOIN a AS p ON p.place = a.place AND p.measured_key = a.measured_key AND p.unit = a.unit AND p.year = a.year - 1
LEFT JOIN indicators AS i ON i.key = a.measured_key;

CREATE TEMP VIEW ref_panel AS
SELECT f.place, max(f.bureau), max(f.region), max(f.region_code), f.measured_key AS indicator_key, i.name, f.year, f.unit,
  CASE WHEN count(DISTINCT CASE WHEN f.role = 'target' THEN f.value END) = 1 THEN max(CASE WHEN f.role = 'target' THEN f.value END) END,
  max(CASE WHEN f.role = 'target' THEN f.qualifier END), count(DISTINCT CASE WHEN f.role = 'target' THEN f.value END),
  CASE WHEN count(DISTINCT CASE WHEN f.role = 'actual' THEN f.value END) = 1 THEN max(CASE WHEN f.role = 'actual' THEN f.value END) END,
  count(DISTINCT CASE WHEN f.role = 'actual' THEN f.value END), i.good
FROM ref_measured AS f LEFT JOIN indicators AS i ON i.key = f.measured_key
WHERE f.role IN ('target', 'actual') GROUP BY f.place, f.measured_key, f.year, f.unit;
"""

PLACES = [("甲县", "甲县卫生健康局"), ("乙市", "乙市卫生局"), ("丙区", "丙区卫生局"), (None, None), (None, "卫生局")]
# the other indicators of facts of several (高血压、糖尿病患者规范管理率均达到78%), by fact number
JOINT = {1: "diabetes_standard_mgmt_rate", 3: "diabetes_standard_mgmt_rate,elderly_health_mgmt_rate"}
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
                "indicator_key, other_keys, sentence, start, end, duplicate, flags) "
                "VALUES (?, ?, 'r.txt', 'rate', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [f"{doc}:{fact}", doc, rng.choice([0.0, 5.0, 5.2, 6.0, 90.0, 95.5]), unit,
                 rng.choice(["exact", "at_least", "at_most", "approx"]),
                 rng.choice(["target", "actual", "actual", "quota", "baseline"]), rng.choice(["level"] * 5 + ["change"]),
                 rng.choice([2019, 2020, 2021, None]), f"指标{fact % 5}", key, JOINT.get(fact % 6) if key else None,
                 f"句子{fact}", fact, fact + 3,
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
    # rows written here, not by `store`: no stamp, as a database of an earlier version
    conn.execute("INSERT INTO documents_fts (documents_fts) VALUES ('rebuild')")
    conn.execute("PRAGMA user_version = 0")
    counts.forget(conn)
    conn.commit()
    store_comparisons(db)  # as `extract` does when it has written
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
    assert _rows(conn, "SELECT * FROM panel") == _rows(conn, "SELECT * FROM ref_panel")
    assert any(r[-1] > 1 for r in conn.execute("SELECT targets_for_year, actuals_for_year FROM plan_vs_actual"))
    # facts of several indicators were compared under the others' keys too (no fact has these as its own)
    assert conn.execute("SELECT count(DISTINCT indicator_key) FROM plan_vs_actual WHERE indicator_key IN "
                        "('diabetes_standard_mgmt_rate', 'elderly_health_mgmt_rate') AND actual_fact IS NOT NULL").fetchone()[0] == 2
    # plans stated more than once (one row each), quotas, and results stated more than once were all there to sort out
    assert conn.execute("SELECT max(statements), sum(plan_role = 'quota') FROM plan_vs_actual").fetchone() > (1, 0)
    assert conn.execute("SELECT count(*) FROM ref_plan_vs_actual").fetchone()[0] < conn.execute(
        "SELECT count(*) FROM ref_measured AS t JOIN ref_measured AS a ON a.place = t.place AND a.measured_key = t.measured_key "
        "AND a.year = t.year AND a.unit = t.unit WHERE t.role IN ('target', 'quota') AND a.role = 'actual'").fetchone()[0]
    # values_reported lists the same values (the order of group_concat is not defined);
    # fact is the year's first statement (the earliest report, then the earlier in the text)
    columns = "place, bureau, region, indicator_key, indicator_name, year, unit, value, n_values, previous_value, change, change_percent"
    assert _rows(conn, f"SELECT {columns} FROM year_over_year") == _rows(conn, f"SELECT {columns} FROM ref_year_over_year")
    got = {r[:4]: sorted(r[4].split(",")) for r in conn.execute("SELECT place, indicator_key, year, unit, values_reported FROM year_over_year")}
    ref = {r[:4]: sorted(r[4].split(",")) for r in conn.execute("SELECT place, indicator_key, year, unit, values_reported FROM ref_year_over_year")}
    assert got == ref and any(len(v) > 1 for v in got.values())
    for place, key, year, unit, fact in conn.execute("SELECT place, indicator_key, year, unit, fact FROM year_over_year"):
        first = conn.execute(
            "SELECT f.id FROM facts AS f JOIN documents AS d ON d.id = f.document_id WHERE f.duplicate = 0 "
            "AND f.aspect = 'level' AND f.role = 'actual' AND coalesce(d.region, d.bureau) = ? "
            "AND ? IN (f.indicator_key, f.other_keys, substr(f.other_keys, 1, instr(f.other_keys, ',') - 1), "
            "substr(f.other_keys, instr(f.other_keys, ',') + 1)) "
            "AND f.year = ? AND f.unit IS ? ORDER BY coalesce(d.report_year, d.plan_year - 1, 9999), d.id, f.start LIMIT 1",
            [place, key, year, unit]).fetchone()[0]
        assert fact == first, (place, key, year, unit)
    # places of a few documents and of many both found results
    matched = {place for (place,) in conn.execute("SELECT DISTINCT place FROM plan_vs_actual WHERE actual_fact IS NOT NULL")}
    assert {"乙市", "甲县", "丙区"} == matched  # 卫生局 alone is no place: its reports pair with none
    for place in ("乙市", "甲县"):
        assert conn.execute("SELECT previous_value, change FROM year_over_year WHERE place = ? AND year = 2020 "
                            "AND indicator_key = 'maternal_mortality_ratio'", [place]).fetchone() == (20.0, -2.0)


def _reference_rows(path):
    """plan_vs_actual and the panel by their plain definitions, over the facts as they are."""
    conn = sqlite3.connect(path)
    conn.executescript(REFERENCE_SQL)
    return {name: _rows(conn, f"SELECT * FROM ref_{name}") for name in ("plan_vs_actual", "panel")}


def test_a_database_of_views_gets_stored_rows(mixed_db, tmp_path):
    """A database written by an earlier version, with the comparisons as views evaluated
    per request, has them replaced by views of stored rows when opened."""
    path = _copy(mixed_db, tmp_path, stats=False)
    conn = sqlite3.connect(path)
    for name in ("plan_vs_actual", "year_over_year", "panel"):
        conn.executescript(f"DROP VIEW [{name}]; DROP TABLE [{name}_rows]; "
                           f"CREATE VIEW [{name}] AS SELECT * FROM fact_places; PRAGMA user_version = 0;")
    conn.close()
    open_db(path)
    conn = sqlite3.connect(path)
    for name in ("plan_vs_actual", "year_over_year", "panel"):
        assert conn.execute(f"SELECT sql FROM sqlite_master WHERE name = '{name}'").fetchone()[0] == (
            f"CREATE VIEW {name} AS SELECT * FROM {name}_rows")
    assert {name: _rows(conn, f"SELECT * FROM {name}") for name in ("plan_vs_actual", "panel")} == _reference_rows(path)


def test_rows_written_since_are_stored_on_opening(mixed_db, tmp_path):
    """A run that stored files and died before the end leaves the places it wrote listed:
    the next opening stores their rows again."""
    path = _copy(mixed_db, tmp_path, stats=False)
    conn = sqlite3.connect(path)
    touch(conn, "duplicate_of IS NOT NULL", [])
    conn.execute("UPDATE documents SET duplicate_of = NULL")
    conn.execute("UPDATE facts SET duplicate = 0")
    conn.commit()
    stale = _rows(conn, "SELECT * FROM plan_vs_actual")
    conn.close()
    open_db(path)
    rows = _rows(sqlite3.connect(path), "SELECT * FROM plan_vs_actual")
    assert rows != stale and rows == _reference_rows(path)["plan_vs_actual"]


def _report(name: str) -> bytes:
    return (SEEDS / name if name[0].isdigit() else SAMPLES / name).read_bytes()


def _text(name: str) -> str:
    return _report(name).decode("utf-8")


def _cut_short(text: str) -> str:
    lines = text.splitlines()
    return "\n".join(lines[:int(len(lines) * 0.7)])


# Real reports, and the versions of them a corpus comes to hold.
VERSIONS = {
    "青川县 2019": lambda: _report("qingchuan_2019_summary_plan.txt"),
    "青川县 2020": lambda: _report("qingchuan_2020_summary_plan.txt"),
    "青川县 2021": lambda: _report("qingchuan_2021_summary_table.docx"),
    "临河区 2011": lambda: _report("linhe_2011_summary_hant.txt"),
    "东城区 2018": lambda: _report("dongcheng_2018_debris.txt"),
    "seed 004": lambda: _report("004_7f0a36e5d8183faa.txt"),
    # a result corrected (婴儿死亡率4.2‰: its plan of 2019 is met no more)
    "青川县 2020 corrected": lambda: _text("qingchuan_2020_summary_plan.txt").replace("婴儿死亡率4.2‰", "婴儿死亡率5.3‰").encode(),
    # a report now read as another place's
    "青川县 2020 as 临河区's": lambda: _text("qingchuan_2020_summary_plan.txt").replace("青川县", "临河区").encode(),
    # a copy under another county's name, cut short: the full text met later is the original
    "青川县 2019 cut short as 剑阁县's": lambda: _cut_short(_text("qingchuan_2019_summary_plan.txt")).replace("青川县", "剑阁县").encode(),
}

# Runs of `extract` over one folder, each after writing its files.
RUNS = {
    "reports added, plans meeting later results": [
        {"linhe.txt": "临河区 2011"}, {"q19.txt": "青川县 2019"}, {"q20.txt": "青川县 2020", "dongcheng.txt": "东城区 2018"},
        {"q21.docx": "青川县 2021", "004.txt": "seed 004"}],
    "a result corrected": [
        {"q19.txt": "青川县 2019", "q20.txt": "青川县 2020", "linhe.txt": "临河区 2011"}, {"q20.txt": "青川县 2020 corrected"}],
    "a report moved to another place, and back": [
        {"q19.txt": "青川县 2019", "q20.txt": "青川县 2020", "linhe.txt": "临河区 2011"}, {"q20.txt": "青川县 2020 as 临河区's"},
        {"q20.txt": "青川县 2020"}],
    "a fuller copy flags the original of another place, then goes": [
        {"jiange.txt": "青川县 2019 cut short as 剑阁县's", "linhe.txt": "临河区 2011"}, {"q19.txt": "青川县 2019"},
        {"q19.txt": "东城区 2018"}],
}


def _stored_rows(path) -> dict[str, list[str]]:
    conn = sqlite3.connect(path)
    return {name: _rows(conn, f"SELECT * FROM {name}_rows") for name in STORED}


def _rebuilt_rows(path, tmp_path) -> dict[str, list[str]]:
    """The rows a full rebuild makes of the same facts, in a copy of the database."""
    copy = tmp_path / "full.db"
    copy.write_bytes(path.read_bytes())
    db = open_db(copy, refresh=False)
    with db.atomic():
        db.execute("PRAGMA user_version = 0")  # no stamp: every row is made
    store_comparisons(db)
    db.close()
    return _stored_rows(copy)


@pytest.mark.parametrize("runs", RUNS.values(), ids=RUNS.keys())
def test_rows_made_again_for_the_places_touched_are_those_of_a_full_rebuild(tmp_path, monkeypatch, runs):
    """After each run the rows of the places it touched are made again, and only theirs
    (the full pass kept for when every place was touched, so that none stands in), and all
    three tables hold what a full rebuild of the same facts holds."""
    monkeypatch.setattr(comparisons, "FULL_SHARE", 1.0)
    folder, path = tmp_path / "reports", tmp_path / "m.db"
    folder.mkdir()
    changed = []
    for files in runs:
        for name, version in files.items():
            (folder / name).write_bytes(VERSIONS[version]())
        db = open_db(path, refresh=False)
        assert runner.extract(db, [folder]).extracted
        db.close()
        rows = _stored_rows(path)
        assert rows == _rebuilt_rows(path, tmp_path)
        changed.append(rows)
    assert all(a != b for a, b in zip(changed, changed[1:]))  # every run changed some place's rows


def test_a_run_that_died_before_the_comparisons_leaves_its_places_to_the_next_opening(tmp_path, monkeypatch):
    """The places a run touched are kept with what it wrote, not in the run's memory: a run
    that died before storing the comparisons leaves them stale (serve warns), and `compare`
    or `export`, opening the database, makes those places' rows again."""
    monkeypatch.setattr(comparisons, "FULL_SHARE", 1.0)
    folder, path = tmp_path / "reports", tmp_path / "m.db"
    folder.mkdir()
    for name, version in {"q19.txt": "青川县 2019", "linhe.txt": "临河区 2011"}.items():
        (folder / name).write_bytes(VERSIONS[version]())
    runner.extract(open_db(path, refresh=False), [folder])
    before = _stored_rows(path)
    (folder / "q20.txt").write_bytes(VERSIONS["青川县 2020"]())

    def die():
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        runner.extract(open_db(path, refresh=False), [folder], on_comparisons=die)
    assert _stored_rows(path) == before and comparisons_stale(open_db(path, refresh=False))
    open_db(path).close()
    assert _stored_rows(path) == _rebuilt_rows(path, tmp_path) != before
    assert not comparisons_stale(open_db(path, refresh=False))


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
def test_fact_places_looks_facts_up_by_document(mixed_db, tmp_path, stats):
    """The facts of the comparisons are read document by document, never by a scan of all facts."""
    conn = sqlite3.connect(_copy(mixed_db, tmp_path, stats))
    plan = " / ".join(r[3] for r in conn.execute("EXPLAIN QUERY PLAN SELECT * FROM fact_places"))
    assert "idx_facts_compare (document_id=?" in plan and not re.search(r"SCAN facts\b", plan), plan
    # and their few facts of several indicators through an index of those alone
    joint = next(s for s in _comparison_statements() if "CREATE TEMP VIEW joint_places" in s)
    conn.execute(joint)
    plan = " / ".join(r[3] for r in conn.execute("EXPLAIN QUERY PLAN SELECT * FROM temp.joint_places"))
    assert "idx_facts_joint (document_id=?)" in plan and not re.search(r"SCAN facts\b", plan), plan


# a request of a comparison's page, canned query or chart → the index of its stored rows it reads
PAGES = [
    ("SELECT * FROM plan_vs_actual WHERE indicator_key = 'infant_mortality_rate' ORDER BY place, year",
     "idx_plan_vs_actual_rows_key"),
    ("SELECT * FROM plan_vs_actual WHERE place = '乙市' AND year = 2020", "idx_plan_vs_actual_rows_place"),
    ("SELECT indicator_key, count(*) FROM plan_vs_actual GROUP BY indicator_key", "idx_plan_vs_actual_rows_key"),
    ("SELECT * FROM year_over_year WHERE indicator_key = 'infant_mortality_rate'", "idx_year_over_year_rows_key"),
    ("SELECT * FROM year_over_year WHERE place = '乙市'", "idx_year_over_year_rows_place"),
    ("SELECT * FROM panel WHERE indicator_key = 'infant_mortality_rate'", "idx_panel_rows_key"),
    ("SELECT indicator_key, count(DISTINCT place), count(DISTINCT year) FROM panel GROUP BY indicator_key",
     "COVERING INDEX idx_panel_rows_key"),
    ("SELECT count(*) FROM plan_vs_actual WHERE met = '1'", "COVERING INDEX idx_plan_vs_actual_rows_met (met=?)"),
    ("SELECT indicator_key, count(*) FROM plan_vs_actual WHERE met = '1' GROUP BY indicator_key",
     "COVERING INDEX idx_plan_vs_actual_rows_met (met=?)"),
    ("SELECT indicator_key, count(*) FROM plan_vs_actual WHERE plan_role = 'quota' GROUP BY indicator_key",
     "COVERING INDEX idx_plan_vs_actual_rows_plan_role (plan_role=?)"),
]


@pytest.mark.parametrize("sql,index", PAGES, ids=[f"{i}" for i in range(len(PAGES))])
def test_the_comparisons_pages_read_their_indexes(mixed_db, sql, index):
    conn = sqlite3.connect(mixed_db)
    plan = " / ".join(r[3] for r in conn.execute("EXPLAIN QUERY PLAN " + sql))
    assert index in plan, plan


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


FACETS = counts.facets()["facts"]


@pytest.mark.parametrize("duplicate", ["", " AND duplicate = 0"], ids=["all", "originals"])
@pytest.mark.parametrize("column", FACETS)
def test_a_page_of_one_facet_value_reads_its_facts_in_order(mixed_db, tmp_path, column, duplicate):
    """A facet value clicked lists its first 50 facts by sentence from an index, without
    reading every fact of that value to sort them (?year=2020 took 10 s on 6.4 million facts),
    with ?duplicate=0 from one of both columns (through (role, duplicate) the planner sorted the
    646,112 original targets of 100,000 reports: 1.1–1.9 s)."""
    assert json.loads((_meta_dir() / "tables.json").read_text(encoding="utf-8"))["facts"]["sort"] == "sentence_id"
    conn = sqlite3.connect(_copy(mixed_db, tmp_path, stats=True))
    plan = " / ".join(r[3] for r in conn.execute(
        f"EXPLAIN QUERY PLAN SELECT * FROM facts WHERE [{column}] = ?{duplicate} ORDER BY sentence_id, id LIMIT 51", ["1"]))
    both = " AND duplicate=?" if duplicate and column != "duplicate" else ""
    assert re.search(rf"SEARCH facts USING INDEX \w+ \({column}=\?{both}", plan), plan
    assert "TEMP B-TREE FOR ORDER BY" not in plan, plan  # only the facts of one sentence are sorted by id


def test_a_search_reads_its_facts_in_order_and_has_an_index_for_its_facets(mixed_db, tmp_path):
    conn = sqlite3.connect(_copy(mixed_db, tmp_path, stats=True))
    found = "sentence_id IN (SELECT rowid FROM facts_fts WHERE facts_fts MATCH '句子')"
    plan = " / ".join(r[3] for r in conn.execute(
        f"EXPLAIN QUERY PLAN SELECT * FROM facts WHERE {found} ORDER BY sentence_id, id LIMIT 51"))
    assert "(sentence_id=?)" in plan and "TEMP B-TREE FOR ORDER BY" not in plan, plan
    # and an index by sentence holds every facet column, for the facets of a search
    indexes = [[r[2] for r in conn.execute(f"PRAGMA index_info([{name}])")]
               for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'facts'")]
    assert any(cols[0] == "sentence_id" and set(FACETS) <= set(cols) for cols in indexes)


# Pages whose facets are summed from the stored counts, and pages counted from the rows.
COUNTED_PAGES = [("facts", ""), ("facts", "?duplicate=0"), ("facts", "?duplicate=1"), ("facts", "?role=target"),
                 ("facts", "?role=actual&year=2019&duplicate=0"), ("facts", "?indicator_key=infant_mortality_rate"),
                 ("facts", "?kind=money&duplicate=0"), ("facts", "?_facet=unit"), ("facts", "?role=actual&_facet_size=2"),
                 ("documents", ""),
                 ("documents", "?type=summary_and_plan"), ("documents", "?script=hant&level=district"),
                 ("sections", ""), ("sections", "?role=plan")]
LIVE_PAGES = [("facts", "?aspect=change"), ("facts", "?year__gte=2019"), ("facts", "?unit=%25&duplicate=0"),
              ("facts", "?_where=value>5"), ("facts", "?role__not=target"),
              ("facts", "?_search=%E7%AE%A1%E7%90%86%E7%8E%87"), ("documents", "?site=sharing"),
              ("documents", "?_search=%E5%8D%AB%E7%94%9F"), ("sections", "?year=2019")]


@pytest.fixture(scope="module")
def extracted_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("extracted") / "x.db"
    runner.extract(open_db(path, refresh=False), [SAMPLES, SEEDS])
    return path


def _facets(path, table: str, query: str) -> dict:
    async def page():
        response = await app(path).client.get(f"/{path.stem}/{table}.json{query}")
        assert response.status_code == 200, response.text
        return response.json()["facet_results"]

    return {name: [(r["value"], r["count"], r["selected"]) for r in facet["results"]]
            for name, facet in asyncio.run(page()).items()}


def _copy_counted(path, tmp_path, times: int):
    """A copy of a database whose stored counts are `times` too large (0: none), to show where they are read."""
    copy = tmp_path / path.name
    copy.write_bytes(path.read_bytes())
    with sqlite3.connect(copy) as conn:
        if times:
            for name in counts.COUNTED:
                conn.execute(f"UPDATE [{counts.table(name)}] SET counted = counted * ?", [times])
        else:
            counts.forget(conn)
    return copy


@pytest.mark.parametrize("table,query", COUNTED_PAGES + LIVE_PAGES)
def test_facets_from_the_stored_counts_are_those_counted(extracted_db, tmp_path, table, query):
    facets = _facets(extracted_db, table, query)
    assert facets == _facets(_copy_counted(extracted_db, tmp_path, 0), table, query) and any(facets.values())


@pytest.mark.parametrize("table,query", COUNTED_PAGES + LIVE_PAGES)
def test_only_pages_filtered_by_facet_values_take_the_stored_counts(extracted_db, tmp_path, table, query):
    inflated, counted = _facets(_copy_counted(extracted_db, tmp_path, 1000), table, query), _facets(extracted_db, table, query)
    for name, values in counted.items():
        if (table, query) in COUNTED_PAGES and name in counts.facets()[table]:
            assert inflated[name] == [(v, n * 1000, s) for v, n, s in values], name
        else:
            assert inflated[name] == values, name


@pytest.mark.parametrize("table,query", [("facts", "?_size=20"), ("facts", "?duplicate=0&role=actual&_size=20"),
                                         ("documents", "?_size=5"), ("sections", "?role=results&_size=5")])
def test_every_page_of_a_filter_has_its_facets(extracted_db, tmp_path, table, query):
    """Past the first page Datasette would count the rows from that page on; the stored
    counts (made a thousand times too large here, to show that they are read) give all."""
    path = _copy_counted(extracted_db, tmp_path, 1000)

    async def next_page() -> str:
        response = await app(path).client.get(f"/{path.stem}/{table}.json{query}")
        return response.json()["next_url"].split(f"/{table}.json")[1]

    second = asyncio.run(next_page())
    assert "_next=" in second
    assert _facets(path, table, second) == {name: [(v, n * 1000, s) for v, n, s in values]
                                            for name, values in _facets(extracted_db, table, query).items()}


@pytest.mark.parametrize("table", counts.COUNTED)
def test_the_counts_are_made_from_one_index(extracted_db, table):
    """Counted from their rows, the documents of 100,000 reports took 20 s: a page read for each."""
    columns = ", ".join(f"[{column}]" for column in counts.facets()[table])
    plan = " / ".join(r[3] for r in sqlite3.connect(extracted_db).execute(
        f"EXPLAIN QUERY PLAN SELECT {columns}, count(*) FROM [{table}] GROUP BY {columns}"))
    assert f"SCAN {table} USING COVERING INDEX" in plan and "TEMP B-TREE" not in plan, plan


def test_a_write_drops_the_stored_counts_and_its_run_counts_again(tmp_path):
    path = tmp_path / "c.db"
    runner.extract(open_db(path, refresh=False), [SAMPLES])
    conn = sqlite3.connect(path)
    stored = ("SELECT role || kind, year, indicator_key, duplicate, counted FROM facts_counts UNION ALL "
              "SELECT type, report_year, region, script || level, counted FROM documents_counts ORDER BY 1, 2, 3, 4")
    counted = ("SELECT role || kind, year, indicator_key, duplicate, count(*) FROM facts "
               "GROUP BY role, kind, year, indicator_key, duplicate UNION ALL "
               "SELECT type, report_year, region, script || level, count(*) FROM documents "
               "GROUP BY type, report_year, region, script, level ORDER BY 1, 2, 3, 4")
    assert conn.execute(stored).fetchall() == conn.execute(counted).fetchall() != []
    folder = tmp_path / "more"
    folder.mkdir()
    (folder / "a.txt").write_text((SAMPLES / "qingchuan_2019_summary_plan.txt").read_text(encoding="utf-8")
                                  .replace("青川", "剑阁"), encoding="utf-8")

    def stopped():
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):  # written, stopped before its end
        runner.extract(open_db(path, refresh=False), [folder], on_comparisons=stopped)
    assert not conn.execute("SELECT 1 FROM sqlite_master WHERE name LIKE '%_counts'").fetchone()
    open_db(path).close()  # as `compare` and `export` open it
    assert conn.execute(stored).fetchall() == conn.execute(counted).fetchall()


def test_counts_by_an_older_version_s_facets_are_not_read_and_are_counted_again(extracted_db, tmp_path):
    """A database counted before `kind` was a facet: its page counts `kind` from the rows, and the
    next `open_db` counts the facts by every facet."""
    path = _copy_counted(extracted_db, tmp_path, 1000)
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE old AS SELECT role, year, indicator_key, duplicate, sum(counted) AS counted "
                     "FROM facts_counts GROUP BY 1, 2, 3, 4")
        conn.execute("DROP TABLE facts_counts")
        conn.execute("ALTER TABLE old RENAME TO facts_counts")
    assert _facets(path, "facts", "?kind=money") == _facets(extracted_db, "facts", "?kind=money")
    open_db(path).close()
    columns = [r[1] for r in sqlite3.connect(path).execute("PRAGMA table_info(facts_counts)")]
    assert columns == [*counts.facets()["facts"], "counted"] and "kind" in columns
    assert _facets(path, "facts", "?kind=money") == _facets(extracted_db, "facts", "?kind=money")


@pytest.mark.parametrize("table", ["documents", "sections"])
def test_default_facets_of_documents_and_sections_are_index_scans(mixed_db, table):
    """A default facet counted over a table of texts without an index of its own reads every
    row: 1.4 s for the documents page of 100,000 reports."""
    conn = sqlite3.connect(mixed_db)
    facets = json.loads((_meta_dir() / "tables.json").read_text(encoding="utf-8"))[table]["facets"]
    assert facets
    for column in facets:
        plan = " / ".join(r[3] for r in conn.execute(
            f"EXPLAIN QUERY PLAN SELECT [{column}], count(*) FROM [{table}] GROUP BY [{column}]"))
        assert f"SCAN {table} USING COVERING INDEX" in plan, (column, plan)


def test_analyze_gathers_statistics(tmp_path):
    db = open_db(tmp_path / "a.db")
    analyze(db)
    assert "sqlite_stat1" in db.table_names()


def test_an_index_new_to_an_analyzed_database_gets_its_statistics(extracted_db, tmp_path):
    """Without them the planner guesses how many facts a value has, and read the original
    targets of 100,000 reports through the wrong index."""
    path = _copy(extracted_db, tmp_path, stats=True)
    with sqlite3.connect(path) as conn:
        conn.execute("DROP INDEX idx_facts_role_duplicate_sentence_id")
        assert not conn.execute("SELECT 1 FROM sqlite_stat1 WHERE idx = 'idx_facts_role_duplicate_sentence_id'").fetchone()
    open_db(path).close()
    stat = sqlite3.connect(path).execute("SELECT stat FROM sqlite_stat1 WHERE idx = 'idx_facts_role_duplicate_sentence_id'")
    rows = int(stat.fetchone()[0].split()[0])
    assert rows == sqlite3.connect(path).execute("SELECT count(*) FROM facts").fetchone()[0] > 500


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


def test_statistics_are_gathered_again_only_after_a_run_that_adds_a_tenth(tmp_path):
    """ANALYZE reads every index (9 s on 100,000 reports), and the spread of values it records
    barely changes when a run adds a few files to many."""
    path = tmp_path / "s.db"
    runner.extract(open_db(path, refresh=False), [SAMPLES, SEEDS])  # 11 files: statistics gathered
    conn = sqlite3.connect(path)
    facts_stat = "SELECT stat FROM sqlite_stat1 WHERE idx = 'idx_facts_compare'"
    first = conn.execute(facts_stat).fetchone()[0]
    one = tmp_path / "one"
    one.mkdir()
    (one / "a.txt").write_text((SAMPLES / "qingchuan_2019_summary_plan.txt").read_text(encoding="utf-8")
                               .replace("青川", "剑阁"), encoding="utf-8")
    assert runner.extract(open_db(path, refresh=False), [one]).extracted == 1  # 1 of 12
    assert conn.execute(facts_stat).fetchone()[0] == first
    two = tmp_path / "two"
    two.mkdir()
    for n in range(2):
        (two / f"{n}.txt").write_text((SAMPLES / "qingchuan_2020_summary_plan.txt").read_text(encoding="utf-8")
                                      .replace("青川", f"苍溪{n}"), encoding="utf-8")
    assert runner.extract(open_db(path, refresh=False), [two]).extracted == 2  # 2 of 14
    assert conn.execute(facts_stat).fetchone()[0] != first
