"""The command line: every command documented, real runs, and clear errors on bad input."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from conftest import SEEDS
from minerals.cli import cli
from minerals.runner import pipeline_version

SAMPLE = "青川县卫生健康局2019年工作总结\n2019年,全县高血压患者规范管理率达到93.14%,报销医药费1025.65万元。\n"


@pytest.fixture
def run():
    runner = CliRunner()

    def invoke(*args):
        return runner.invoke(cli, [str(a) for a in args], catch_exceptions=False)

    return invoke


@pytest.mark.parametrize("command", ["extract", "export", "compare", "serve", "demo"])
def test_every_command_has_help_with_an_example(run, command):
    result = run(command, "--help")
    assert result.exit_code == 0
    assert "Example:" in result.output and f"minerals {command}" in result.output


def test_extract_then_export_jsonl_and_csv(run, tmp_path):
    report = tmp_path / "qingchuan.txt"
    report.write_text(SAMPLE, encoding="utf-8")
    db = tmp_path / "m.db"
    result = run("extract", report, "--db", db)
    assert result.exit_code == 0, result.output
    assert "files: 1 (1 extracted, 0 unchanged, 0 skipped)" in result.output
    assert "facts: 2" in result.output

    out = tmp_path / "facts.jsonl"
    assert run("export", "--db", db, "--format", "jsonl", "--out", out).exit_code == 0
    facts = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(f["value"], f["unit"], f["role"], f["year"], f["source"]) for f in facts] == [
        (93.14, "%", "actual", 2019, "qingchuan.txt"), (1025.65, "万元", "actual", 2019, "qingchuan.txt")]
    assert facts[0]["surface"] == "93.14%" and facts[0]["duplicate"] is False
    assert facts[0]["indicator"] == "高血压患者规范管理率"
    assert facts[0]["indicator_key"] == "hypertension_standard_mgmt_rate"

    csv_out = tmp_path / "facts.csv"
    assert run("export", "--db", db, "--format", "csv", "--out", csv_out).exit_code == 0
    raw = csv_out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert "高血压患者规范管理率" in raw.decode("utf-8-sig")

    docs = tmp_path / "documents.jsonl"
    assert run("export", "--db", db, "--table", "documents", "--out", docs).exit_code == 0
    doc = json.loads(docs.read_text(encoding="utf-8"))
    assert (doc["region"], doc["type"], doc["report_year"], doc["script"]) == ("青川县", "summary", 2019, "hans")


def test_rerun_reports_unchanged(run, tmp_path):
    db = tmp_path / "m.db"
    assert run("extract", SEEDS, "--db", db, "-q").exit_code == 0
    result = run("extract", SEEDS, "--db", db, "-q")
    assert "files: 5 (0 extracted, 5 unchanged, 0 skipped)" in result.output


def test_rerun_after_the_extractors_change_extracts_again(run, tmp_path):
    """Files stored by another version of the pipeline are extracted again, their old rows replaced."""
    import sqlite_utils

    db = tmp_path / "m.db"
    assert run("extract", SEEDS, "--db", db, "-q").exit_code == 0
    before = sqlite_utils.Database(db).execute("SELECT count(*) FROM facts").fetchone()[0]
    sqlite_utils.Database(db).execute("UPDATE sources SET pipeline = 'an earlier version' WHERE name LIKE '00%'").connection.commit()
    result = run("extract", SEEDS, "--db", db, "-q")
    assert "files: 5 (5 extracted, 0 unchanged, 0 skipped)" in result.output
    after = sqlite_utils.Database(db)
    assert after.execute("SELECT count(*) FROM facts").fetchone()[0] == before
    assert {row["pipeline"] for row in after["sources"].rows} == {pipeline_version()}


def test_bad_files_are_reported_and_the_run_goes_on(run, tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (folder / "garbage.txt").write_bytes(bytes([0x81, 0x20, 0xFF, 0xFE, 0x80, 0x41]) * 50)
    (folder / "good.txt").write_text(SAMPLE, encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(folder), "--db", str(tmp_path / "m.db")])
    assert result.exit_code == 0
    assert "error: empty.txt: empty file" in result.stderr
    assert "error: binary.txt: binary file, not text" in result.stderr
    assert "error: garbage.txt: not valid text" in result.stderr
    assert "files: 4 (1 extracted, 0 unchanged, 3 skipped)" in result.stdout


def test_folder_without_reports(run, tmp_path):
    (tmp_path / "notes.md").write_text("nothing here", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(tmp_path), "--db", str(tmp_path / "m.db")])
    assert result.exit_code == 1
    assert "no report files found" in result.stderr


def test_database_path_that_cannot_be_written(run, tmp_path):
    report = tmp_path / "r.txt"
    report.write_text(SAMPLE, encoding="utf-8")
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = CliRunner().invoke(cli, ["extract", str(report), "--db", str(blocker / "m.db")])
    assert result.exit_code == 1
    assert f"Error: {blocker / 'm.db'}: cannot write database" in result.stderr


def test_export_without_database(run, tmp_path):
    result = CliRunner().invoke(cli, ["export", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "no such database" in result.stderr


def test_serve_stops_its_server_when_terminated(run, tmp_path):
    """`minerals serve` stopped by a signal leaves no Datasette serving on its port."""
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    report = tmp_path / "qingchuan.txt"
    report.write_text(SAMPLE, encoding="utf-8")
    db = tmp_path / "m.db"
    assert run("extract", report, "--db", db, "-q").exit_code == 0
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}/-/versions.json"

    def answers() -> bool:
        try:
            urllib.request.urlopen(url, timeout=1)
            return True
        except OSError:
            return False

    proc = subprocess.Popen([sys.executable, "-m", "minerals.cli", "serve", "--db", str(db), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while not answers() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert answers(), "the server never answered"
    proc.terminate()
    proc.wait(timeout=10)
    deadline = time.monotonic() + 10
    while answers() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not answers(), "Datasette still serves after minerals serve was stopped"
