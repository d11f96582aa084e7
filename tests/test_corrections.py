"""A researcher's corrections: applied to the facts and the comparisons, kept apart with the
values extracted, applied again after a re-extraction, and refused whole on bad input."""
from __future__ import annotations

import asyncio
import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from corpus import SAMPLES
from minerals import corrections
from minerals.cli import cli

# The 2020 summary reports 67.5 % for 糖尿病患者规范管理率 against the 2019 plan's 70 % or more,
# 89.4 % for 县域内就诊率 against 90 %, 173 staff sent down to the townships and 1860万元 of epidemic funds.
DIABETES = ("糖尿病患者规范管理率67.5%", "67.5%")
RETENTION = ("县域内就诊率达到89.4%", "89.4%")
STAFF = ("下沉医务人员173人", "173人")
FUNDS = ("全年投入疫情防控资金1860万元", "1860万元")  # the one fact of its sentence


@pytest.fixture
def reports(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    for name in ("qingchuan_2019_summary_plan.txt", "qingchuan_2020_summary_plan.txt"):
        shutil.copy(SAMPLES / name, folder)
    return folder


@pytest.fixture
def run(tmp_path: Path, reports: Path):
    """`minerals …` against a database of the two reports; the result of each run."""
    db = tmp_path / "m.db"

    def invoke(*args: str):
        return CliRunner().invoke(cli, [*args, "--db", str(db)], catch_exceptions=False)

    assert invoke("extract", str(reports), "-q").exit_code == 0
    invoke.db = db
    return invoke


def fact(db: Path, words: tuple[str, str]) -> dict | None:
    """The fact of `surface` in the sentence holding `words`."""
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    row = conn.execute("SELECT * FROM facts WHERE instr(sentence, ?) AND surface = ?", words).fetchone()
    return dict(row) if row else None


def comparison(db: Path, key: str) -> tuple:
    return sqlite3.connect(db).execute("SELECT actual_value, met FROM plan_vs_actual WHERE indicator_key = ? "
                                       "AND year = 2020", [key]).fetchone()


def test_a_corrected_value_is_the_facts_and_the_comparisons(run):
    assert comparison(run.db, "diabetes_standard_mgmt_rate") == (67.5, 0)
    fact_id = fact(run.db, DIABETES)["id"]
    result = run("correct", fact_id, "value=70.5", "--why", "第3页: 70.5%", "--by", "ana")
    assert result.exit_code == 0, result.output
    assert f"{fact_id}: value 67.5 → 70.5" in result.output
    corrected = fact(run.db, DIABETES)  # its words stay the report's
    assert (corrected["value"], corrected["corrected"]) == (70.5, "value")
    assert comparison(run.db, "diabetes_standard_mgmt_rate") == (70.5, 1)
    row = sqlite3.connect(run.db).execute("SELECT field, old, new, why, by, status FROM corrections").fetchone()
    assert row == ("value", "67.5", "70.5", "第3页: 70.5%", "ana", "applied")


def test_corrections_outlive_a_re_extraction(run):
    """After an upgrade every file is extracted again: the corrections are applied again."""
    run("correct", fact(run.db, DIABETES)["id"], "value=70.5")
    run("correct", fact(run.db, RETENTION)["id"], "role=target", "year=2021", "indicator_key=", "--why", "a goal")
    run("correct", fact(run.db, STAFF)["id"], "--drop")
    sqlite3.connect(run.db).execute("UPDATE sources SET pipeline = 'older'").connection.commit()
    result = run("extract", str(Path(run.db).parent / "reports"), "-q")
    assert "files: 2 (2 extracted" in result.output
    assert "corrections: 5 applied" in result.output
    assert fact(run.db, DIABETES)["value"] == 70.5
    retention = fact(run.db, RETENTION)
    assert (retention["role"], retention["year"], retention["indicator_key"]) == ("target", 2021, None)
    assert retention["corrected"] == "indicator_key,role,year"
    assert fact(run.db, STAFF) is None
    assert comparison(run.db, "diabetes_standard_mgmt_rate") == (70.5, 1)
    assert comparison(run.db, "county_retention_rate") == (None, None)  # the 2020 goal, now with no result


def test_a_number_stated_for_another_indicator_too_is_compared_under_it(run):
    """other_keys: the indicators one number is stated for besides its own (均达到)."""
    fact_id = fact(run.db, DIABETES)["id"]
    result = run("correct", fact_id, "other_keys=hypertension_standard_mgmt_rate", "--why", "高血压、糖尿病…均")
    assert f"{fact_id}: other_keys (empty) → hypertension_standard_mgmt_rate" in result.output
    assert sqlite3.connect(run.db).execute(
        "SELECT actual_value FROM plan_vs_actual WHERE indicator_key = 'hypertension_standard_mgmt_rate' AND year = 2020 "
        "ORDER BY actual_value").fetchall() == [(67.5,), (76.1,)]


def test_a_changed_file_leaves_its_corrections_unmatched(run):
    run("correct", fact(run.db, DIABETES)["id"], "value=70.5")
    report = Path(run.db).parent / "reports" / "qingchuan_2020_summary_plan.txt"
    report.write_text(report.read_text(encoding="utf-8").replace("糖尿病患者规范管理率67.5%", "糖尿病患者规范管理率68.5%"),
                      encoding="utf-8")
    result = run("extract", str(report), "-q")
    assert "corrections: 1 unmatched  (minerals correct --list)" in result.output
    assert fact(run.db, ("糖尿病患者规范管理率", "68.5%"))["corrected"] is None
    listed = run("correct", "--list").output
    assert listed.startswith("unmatched -  67.5%: value 67.5 → 70.5")


# A fact's field corrected → its flags: checked again, but for those of its text and, while its
# value stands, of its whole.
FLAGS = [
    ("value", 95.0, "over_100", None),
    ("value", 120.0, None, "over_100"),
    ("value", 95.0, "over_100,out_of_era,spun", "out_of_era,spun"),
    ("role", "target", "part_over_whole", "over_100,part_over_whole"),  # 102.5 %: checked again
    ("value", 5.0, "part_over_whole", None),
    ("unit", "‰", None, "unit_differs"),
]


@pytest.mark.parametrize("field, value, before, after", FLAGS)
def test_flags_of_a_corrected_fact(field, value, before, after):
    row = {"value": 102.5, "value_max": None, "unit": "%", "aspect": "level", "role": "actual",
           "indicator_key": "diabetes_standard_mgmt_rate", "flags": before}
    corrections._corrected(row, field, value)
    assert (row[field], row["flags"], row["corrected"]) == (value, after, field)


# What the latest extraction of a file made of a correction: (field, old, new) stored, the
# value the rules give now (None: no such fact) → status, and the fact's field after.
STATUSES = [
    ("value", "67.5", "70.5", 67.5, "applied", 70.5),
    ("value", "67.5", "70.5", 70.5, "extracted", 70.5),
    ("value", "67.5", "70.5", 68.0, "changed", 70.5),
    ("value", "67.5", "70.5", None, "unmatched", None),
    ("role", "actual", "target", "actual", "applied", "target"),
    ("year", "2020", "", 2020, "applied", None),
    ("indicator_key", "", "diabetes_standard_mgmt_rate", None, "unmatched", None),
    ("indicator_key", "diabetes_standard_mgmt_rate", "a_key_since_dropped", "diabetes_standard_mgmt_rate", "invalid",
     "diabetes_standard_mgmt_rate"),
    ("fact", "", "dropped", 67.5, "applied", None),
    ("fact", "", "dropped", None, "extracted", None),
]


@pytest.mark.parametrize("field, old, new, extracted, status, after", STATUSES)
def test_status_of_a_correction_after_extraction(field, old, new, extracted, status, after):
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE corrections (id INTEGER PRIMARY KEY, source_id, sentence, surface, occurrence, field, "
                 "old, new, why, by, at, fact_id, status)")
    sentence = "糖尿病患者规范管理率67.5%,老年人健康管理率67.5%。"
    conn.execute("INSERT INTO corrections (source_id, sentence, surface, occurrence, field, old, new) "
                 "VALUES ('8ffa8197101c6ef8', ?, '67.5%', 0, ?, ?, ?)", [sentence, field, old, new])
    row = {"id": "8ffa8197101c6ef8-01:330", "sentence": sentence, "surface": "67.5%", "sentence_start": 320,
           "start": 330, "value": 67.5, "value_max": None, "unit": "%", "aspect": "level", "role": "actual",
           "year": 2020, "indicator_key": "diabetes_standard_mgmt_rate", "flags": None}
    second = {**row, "id": "8ffa8197101c6ef8-01:347", "start": 347, "indicator_key": "elderly_health_mgmt_rate"}
    if field in ("value", "role", "year", "indicator_key"):
        row[field] = extracted
    facts = [second] if extracted is None else [row, second]
    kept = corrections.apply(conn, "8ffa8197101c6ef8", [dict(f) for f in facts])
    assert conn.execute("SELECT status FROM corrections").fetchone()[0] == status
    assert kept[-1] == second  # the second 67.5% of the sentence is another fact, untouched
    if field == "fact" or extracted is None:
        assert len(kept) == 1
    else:
        assert kept[0][field] == after
        assert kept[0].get("corrected") == (None if status in ("extracted", "invalid") else field)


BAD = [
    (["nope", "value=1"], "nope: no such fact"),
    (["{id}", "valu=1"], "valu: not a field that can be corrected"),
    (["{id}", "value=abc"], "value: 'abc' is not a number"),
    (["{id}", "year=3000"], "year: '3000' is not a year"),
    (["{id}", "role=goal"], "role: 'goal' is not one of actual, target, quota, baseline"),
    (["{id}", "indicator_key=no_such_key"], "no canonical indicator"),
    (["{id}", "other_keys=hypertension_standard_mgmt_rate,no_such_key"], "other_keys: 'no_such_key' is no canonical"),
    (["{id}", "unit="], "unit: cannot be empty"),
    (["{id}", "value"], "value: write FIELD=VALUE"),
    (["{id}", "value=1", "--drop"], "--drop takes no FIELD=VALUE"),
    (["{id}"], "give FIELD=VALUE changes or --drop"),
    ([], "name a fact"),
    (["{id}", "value=70.5", "year=20x"], "year: '20x' is not a year"),  # all or none: the value is not set
    (["--file", "{csv:fact_id,new\n{id},1\n}"], "no column field (its columns"),
    (["--file", "{csv:fact_id,field,new\n{id},value,70.5\n{id},role,goal\n}"], "line 3: role: 'goal'"),
    (["{id}", "--file", "{csv:fact_id,field,new\n{id},value,70.5\n}"], "not both"),
    (["--file", "{csv:fact_id,field,new\n{id},value,70.5\nnope,value,1\n}"], "fixes.csv, line 3: nope: no such fact"),
]


@pytest.mark.parametrize("args, error", BAD)
def test_bad_corrections_are_refused_and_nothing_is_corrected(run, tmp_path, args, error):
    fact_id = fact(run.db, DIABETES)["id"]
    before = sqlite3.connect(run.db).execute("SELECT * FROM facts ORDER BY id").fetchall()
    args = list(args)
    for n, arg in enumerate(args):
        if arg.startswith("{csv:"):
            path = tmp_path / "fixes.csv"
            path.write_text(arg[5:-1].replace("{id}", fact_id), encoding="utf-8")
            args[n] = str(path)
    result = run("correct", *(a.replace("{id}", fact_id) for a in args))
    assert result.exit_code == 1
    assert error in result.output and "nothing was corrected" in result.output
    conn = sqlite3.connect(run.db)
    assert conn.execute("SELECT * FROM facts ORDER BY id").fetchall() == before
    assert conn.execute("SELECT count(*) FROM corrections").fetchone()[0] == 0


def test_corrections_from_a_file_and_their_list(run, tmp_path):
    diabetes, funds = fact(run.db, DIABETES)["id"], fact(run.db, FUNDS)["id"]
    path = tmp_path / "fixes.csv"
    path.write_text(f"\ufefffact_id,field,new,why,by\n{diabetes},value,70.5,第3页,ana\n{funds},fact,dropped,,bo\n",
                    encoding="utf-8")
    assert run("correct", "--file", str(path)).exit_code == 0
    listed = run("correct", "--list").output.splitlines()
    assert listed[0].startswith(f"applied   {funds}  1860万元: left out  (bo, ")
    assert listed[1].startswith(f"applied   {diabetes}  67.5%: value 67.5 → 70.5  (ana, ") and listed[1].endswith(": 第3页)")
    exported = run("export", "--table", "corrections", "--format", "csv").output
    assert exported.splitlines()[0] == "\ufeffid,source_id,sentence,surface,occurrence,field,old,new,why,by,at,fact_id,status"
    # the dropped fact's sentence had no other fact: search no longer finds it
    assert not sqlite3.connect(run.db).execute(
        "SELECT rowid FROM facts_fts WHERE facts_fts MATCH '疫情防控资金'").fetchall()


def test_the_evidence_page_shows_the_correction(run):
    from minerals.serve import app

    fact_id = fact(run.db, DIABETES)["id"]
    run("correct", fact_id, "value=70.5", "--why", "第3页", "--by", "ana")
    ds = app(run.db)

    async def page():
        await ds.invoke_startup()
        return await ds.client.get(f"/-/evidence/m/{fact_id}")

    html = asyncio.run(page()).text
    assert "<b>value</b>: 67.5 → 70.5 <small>(ana, " in html and ": 第3页)</small>" in html
    assert "<th>value</th><td>70.5 <small>(corrected)</small></td>" in html
    assert "<th>unit</th><td>%</td>" in html
    assert f"minerals correct --db m.db {fact_id} FIELD=VALUE" in html
