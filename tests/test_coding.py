"""Coding sheets: facts drawn at random for checking by hand, each coder's count of facts right,
two coders' agreement, and a settled sheet applied as corrections."""
from __future__ import annotations

import csv
import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from corpus import SAMPLES
from minerals import coding
from minerals.cli import cli


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> Path:
    """A database of the sample reports (their republished copy among them), made once."""
    folder = tmp_path_factory.mktemp("coding")
    db = folder / "m.db"
    result = CliRunner().invoke(cli, ["extract", str(SAMPLES), "--db", str(db), "-q"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return db


@pytest.fixture
def db(extracted: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "m.db"
    shutil.copy(extracted, copy)
    return copy


def run(*args: str):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def rows(path: Path, encoding: str = "utf-8-sig") -> list[dict]:
    with path.open(encoding=encoding, newline="") as stream:
        return list(csv.DictReader(stream))


def save(path: Path, sheet: list[dict], encoding: str = "utf-8-sig") -> Path:
    with path.open("w", encoding=encoding, newline="") as stream:
        writer = csv.DictWriter(stream, list(sheet[0]))
        writer.writeheader()
        writer.writerows(sheet)
    return path


def facts(db: Path) -> dict[str, sqlite3.Row]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    return {row["id"]: row for row in conn.execute("SELECT * FROM facts")}


def test_a_sheet_holds_facts_drawn_at_random_with_their_values(db, tmp_path):
    result = run("sheet", "--db", db, "-n", 25, "--seed", 7, "--out", tmp_path / "a.csv")
    assert result.exit_code == 0 and "25 facts drawn (seed 7)" in result.output
    sheet = rows(tmp_path / "a.csv")
    stored = facts(db)
    assert len(sheet) == len({row["fact_id"] for row in sheet}) == 25
    assert list(sheet[0]) == list(coding.COLUMNS)
    for row in sheet:
        fact = stored[row["fact_id"]]
        assert fact["duplicate"] == 0  # no republished copy's facts
        assert (row["source"], row["sentence"], row["original_sentence"], row["surface"], row["role"], row["unit"]) == (
            fact["source"], fact["sentence"], fact["original_sentence"], fact["surface"], fact["role"], fact["unit"])
        assert float(row["value"]) == fact["value"]
        assert row["year"] == ("" if fact["year"] is None else str(fact["year"]))
        assert row["not_a_fact"] == row["note"] == ""
    run("sheet", "--db", db, "-n", 25, "--seed", 7, "--out", tmp_path / "b.csv")
    run("sheet", "--db", db, "-n", 25, "--seed", 8, "--out", tmp_path / "c.csv")
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()  # the same seed, the same facts
    assert {r["fact_id"] for r in rows(tmp_path / "c.csv")} != {r["fact_id"] for r in sheet}


def test_a_sheet_of_more_facts_than_there_are_holds_them_all(db, tmp_path):
    originals = sum(fact["duplicate"] == 0 for fact in facts(db).values())
    run("sheet", "--db", db, "-n", 100000, "--out", tmp_path / "all.csv")
    assert len(rows(tmp_path / "all.csv")) == originals


@pytest.fixture
def coded(db: Path, tmp_path: Path) -> dict:
    """A sheet of 20 facts as drawn, and two coders' copies: both make the first fact a
    target; ana changes the second's year; li marks the third as no fact; they give the fourth
    different values.  li's copy is saved in GB18030, as Excel saves a CSV on a Chinese Windows."""
    drawn = tmp_path / "sheet.csv"
    run("sheet", "--db", db, "-n", 20, "--seed", 3, "--out", drawn)
    ana, li = rows(drawn), rows(drawn)
    ana[0]["role"] = li[0]["role"] = "target" if ana[0]["role"] != "target" else "actual"
    ana[1]["year"] = "1999"
    li[2]["not_a_fact"] = "x"
    ana[3]["value"], li[3]["value"] = "111", "112"
    ana[0]["note"] = "第2页: 力争"
    return {"db": db, "drawn": drawn, "ana": save(tmp_path / "ana.csv", ana),
            "li": save(tmp_path / "li.csv", li, "gb18030"), "ids": [row["fact_id"] for row in ana]}


def test_each_coder_counts_the_facts_right_as_drawn(coded):
    result = run("agree", coded["drawn"], coded["ana"], coded["li"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[:8] == [
        "ana.csv: 20 facts checked",
        "  right in every field: 17 (85.0%, 95% interval 64.0%–94.8%)",
        "  a fact, with its value, unit and kind right: 19 (95.0%, 95% interval 76.4%–99.1%)",  # the 4th's value
        "  changed: role 1, year 1, value 1",
        "li.csv: 20 facts checked",
        "  right in every field: 17 (85.0%, 95% interval 64.0%–94.8%)",
        "  a fact, with its value, unit and kind right: 18 (90.0%, 95% interval 69.9%–97.2%)",  # and the 3rd, no fact
        "  changed: role 1, not_a_fact 1, value 1",
    ]


def test_one_coders_changes_are_listed(coded, tmp_path):
    out = tmp_path / "changes.csv"
    result = run("agree", coded["drawn"], coded["ana"], "--out", out)
    assert result.output.splitlines()[-1] == f"  3 changes, written to {out}"
    drawn = rows(coded["drawn"])
    assert [(c["fact_id"], c["field"], c["drawn"], c["ana.csv"]) for c in rows(out)] == [
        (coded["ids"][0], "role", drawn[0]["role"], rows(coded["ana"])[0]["role"]),
        (coded["ids"][1], "year", drawn[1]["year"], "1999"),
        (coded["ids"][3], "value", drawn[3]["value"], "111"),
    ]


def test_two_coders_agreement_field_by_field(coded, tmp_path):
    out = tmp_path / "differences.csv"
    result = run("agree", coded["drawn"], coded["ana"], coded["li"], "--out", out)
    table = {line.split()[0]: line.split()[1:] for line in result.output.splitlines() if line.startswith("  ")}
    assert table["not_a_fact"] == ["20", "95.0%", "0.00"]  # one says no fact, the other never: no better than chance
    assert table["role"][:2] == ["19", "100.0%"]  # both made the same fact a target
    assert table["value"][:2] == ["19", "94.7%"]
    assert table["year"][:2] == ["19", "94.7%"]
    kept = [row for n, row in enumerate(rows(coded["drawn"])) if n != 2]
    for same in ("value_max", "direction"):  # neither coder changed them: kappa 1, or none when all alike
        assert table[same] == ["19", "100.0%", "—" if len({row[same] for row in kept}) == 1 else "1.00"]
    assert "3 differences, written to" in result.output
    differences = rows(out)
    assert [(d["fact_id"], d["field"], d["ana.csv"], d["li.csv"]) for d in differences] == [
        (coded["ids"][1], "year", "1999", rows(coded["drawn"])[1]["year"]),
        (coded["ids"][2], "not_a_fact", "", "x"),
        (coded["ids"][3], "value", "111", "112"),
    ]
    assert all(d["sentence"] for d in differences)


# Cohen's kappa: two coders' codes → kappa (None: chance alone makes them agree).
KAPPAS = [
    ([("y", "y")] * 20 + [("y", "n")] * 5 + [("n", "y")] * 10 + [("n", "n")] * 15, 0.4),  # p_o 0.7, p_e 0.5
    ([("a", "a"), ("b", "b"), ("c", "c")], 1.0),
    ([(True, False), (False, True)], -1.0),
    ([("actual", "actual")] * 9 + [("actual", "target")], 0.0),  # one coder never says target
    ([("actual", "actual")] * 10, None),
    ([], None),
]


@pytest.mark.parametrize("pairs, expected", KAPPAS)
def test_kappa(pairs, expected):
    assert coding.kappa(pairs) == (None if expected is None else pytest.approx(expected))


# The 95% Wilson interval of k right of n.
WILSONS = [(182, 200, (0.8622, 0.9423)), (17, 20, (0.6396, 0.9476)), (20, 20, (0.8389, 1.0)), (0, 10, (0.0, 0.2775))]


@pytest.mark.parametrize("k, n, expected", WILSONS)
def test_wilson(k, n, expected):
    assert coding.wilson(k, n) == pytest.approx(expected, abs=1e-4)


def test_a_settled_sheet_is_applied_as_corrections(coded):
    before = facts(coded["db"])
    result = run("correct", "--db", coded["db"], "--file", coded["ana"], "--by", "ana")
    assert result.exit_code == 0, result.output
    first, second, fourth = coded["ids"][0], coded["ids"][1], coded["ids"][3]
    after = facts(coded["db"])
    assert after[second]["year"] == 1999 and after[fourth]["value"] == 111.0
    assert after[first]["role"] != before[first]["role"]
    conn = sqlite3.connect(coded["db"])
    made = conn.execute("SELECT fact_id, field, new, why, by FROM corrections ORDER BY id").fetchall()
    assert made == [(first, "role", after[first]["role"], "第2页: 力争", "ana"),
                    (second, "year", "1999", "", "ana"), (fourth, "value", "111", "", "ana")]
    unchanged = set(before) - {first, second, fourth}
    assert all(tuple(after[i]) == tuple(before[i]) for i in unchanged)


def test_a_fact_marked_as_none_is_left_out(coded):
    result = run("correct", "--db", coded["db"], "--file", coded["li"], "--why", "settled")
    assert result.exit_code == 0, result.output
    after = facts(coded["db"])
    assert coded["ids"][2] not in after and after[coded["ids"][3]]["value"] == 112.0
    assert sqlite3.connect(coded["db"]).execute(
        "SELECT field, new, why FROM corrections WHERE fact_id = ?", [coded["ids"][2]]).fetchall() == [
        ("fact", "dropped", "settled")]


# A cell or row a sheet cannot hold → the error, naming its line; nothing is corrected.
BAD = [
    (lambda sheet: sheet[4].update(role="actaul"), ["line 6: role: 'actaul' is not one of actual, target"]),
    (lambda sheet: sheet[0].update(value="九十"), ["line 2: value: '九十' is not a number"]),
    (lambda sheet: sheet[2].update(not_a_fact="maybe"), ["line 4: not_a_fact 'maybe': leave it empty, or write x"]),
    (lambda sheet: sheet[3].update(fact_id=sheet[1]["fact_id"]), ["line 5: ", "is on the sheet twice"]),
    (lambda sheet: sheet[1].update(fact_id="0123456789abcdef-01:5"), ["line 3: 0123456789abcdef-01:5: no such fact"]),
    (lambda sheet: sheet[5].update(year="19"), ["line 7: year: '19' is not a year"]),
]


@pytest.mark.parametrize("spoil, said", BAD)
def test_a_bad_sheet_corrects_nothing(coded, tmp_path, spoil, said):
    sheet = rows(coded["ana"])
    spoil(sheet)
    before = facts(coded["db"])
    result = run("correct", "--db", coded["db"], "--file", save(tmp_path / "bad.csv", sheet))
    assert result.exit_code == 1
    assert all(words in result.output for words in said), result.output
    assert "nothing was corrected" in result.output
    assert {i: tuple(r) for i, r in facts(coded["db"]).items()} == {i: tuple(r) for i, r in before.items()}


def test_agree_refuses_a_file_that_is_no_sheet(coded, tmp_path):
    other = tmp_path / "other.csv"
    other.write_text("fact_id,field,new\nx,value,3\n", encoding="utf-8")
    result = run("agree", coded["drawn"], other)
    assert result.exit_code == 1 and "not a coding sheet" in result.output
    assert run("agree", coded["drawn"], coded["ana"], coded["li"], coded["ana"]).exit_code == 2


def test_two_sheets_of_other_facts_share_none(coded, tmp_path):
    li = [dict(row, fact_id=row["fact_id"] + "0") for row in rows(coded["li"], "gb18030")]
    result = run("agree", coded["drawn"], coded["ana"], save(tmp_path / "li.csv", li))
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[4:] == ["li.csv: 0 facts checked", "  right in every field: 0",
                                              "  a fact, with its value, unit and kind right: 0", "",
                                              "ana.csv and li.csv: 0 facts on both"]
