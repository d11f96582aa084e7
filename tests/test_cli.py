"""The command line: every command documented, real runs, and clear errors on bad input."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

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


@pytest.mark.parametrize("command", ["extract", "export", "compare", "correct", "serve", "demo"])
def test_every_command_has_help_with_an_example(run, command):
    result = run(command, "--help")
    assert result.exit_code == 0
    assert "Example:" in result.output and f"minerals {command}" in result.output


def test_the_list_of_commands_gives_each_its_whole_summary(run):
    lines = [line for line in run("--help").output.split("Commands:")[1].splitlines() if line.strip()]
    assert len(lines) == len(cli.commands) == 8 and not any(line.endswith("...") for line in lines)


def test_every_option_says_what_it_does():
    unexplained = [(name, option.name) for name, command in cli.commands.items() for option in command.params
                   if option.param_type_name == "option" and not option.help]
    assert unexplained == []


def test_extract_then_export_jsonl_and_csv(run, tmp_path):
    report = tmp_path / "qingchuan.txt"
    report.write_text(SAMPLE, encoding="utf-8")
    db = tmp_path / "m.db"
    result = run("extract", report, "--db", db)
    assert result.exit_code == 0, result.output
    assert "files: 1 (1 extracted, 0 unchanged, 0 skipped)" in result.output
    assert "facts: 2" in result.output

    out = tmp_path / "facts.jsonl"
    exported = run("export", "--db", db, "--format", "jsonl", "--out", out)
    assert exported.exit_code == 0 and "exporting: 100%" in exported.stderr and "2/2" in exported.stderr
    facts = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(f["value"], f["unit"], f["role"], f["year"], f["source"]) for f in facts] == [
        (93.14, "%", "actual", 2019, "qingchuan.txt"), (1025.65, "万元", "actual", 2019, "qingchuan.txt")]
    assert facts[0]["surface"] == "93.14%" and facts[0]["duplicate"] is False
    assert facts[0]["indicator"] == "高血压患者规范管理率"
    assert facts[0]["indicator_key"] == "hypertension_standard_mgmt_rate"
    assert (facts[0]["flags"], facts[0]["original_start"], facts[0]["original_end"]) == (None, 38, 44)
    assert SAMPLE[38:44] == "93.14%"

    csv_out = tmp_path / "facts.csv"
    assert run("export", "--db", db, "--format", "csv", "--out", csv_out).exit_code == 0
    raw = csv_out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert "高血压患者规范管理率" in raw.decode("utf-8-sig")

    docs = tmp_path / "documents.jsonl"
    assert run("export", "--db", db, "--table", "documents", "--out", docs).exit_code == 0
    doc = json.loads(docs.read_text(encoding="utf-8"))
    assert (doc["region"], doc["type"], doc["report_year"], doc["script"]) == ("青川县", "summary", 2019, "hans")
    assert (doc["given"], doc["site"], doc["anachronisms"], doc["spun"]) == (None, None, None, None)

    codebook = tmp_path / "codebook.csv"
    assert run("export", "--db", db, "--table", "indicators", "--format", "csv", "--out", codebook).exit_code == 0
    rows = {row["key"]: row for row in csv.DictReader(io.StringIO(codebook.read_text(encoding="utf-8-sig")))}
    assert rows["hypertension_standard_mgmt_rate"]["name"] == "高血压患者规范管理率"
    assert "高血压规范管理率" in rows["hypertension_standard_mgmt_rate"]["variants"].split("|")
    assert len(rows) > 150


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
    (folder / "2019").mkdir()
    for name in ("2019/scan1.png", "2019/scan2.PNG", "table.xlsx"):
        (folder / name).write_bytes(b"\x89PNG\r\n\x1a\n")
    (folder / "2019" / "plan.wps").write_bytes(b"\xd0\xcf\x11\xe0" + bytes(100))
    result = CliRunner().invoke(cli, ["extract", str(folder / "empty.txt"), str(folder), "--db", str(tmp_path / "m.db")])
    assert result.exit_code == 0
    assert f"error: {folder / 'empty.txt'}: empty file" in result.stderr
    assert f"error: {folder / 'binary.txt'}: binary file, not text" in result.stderr
    assert f"error: {folder / 'garbage.txt'}: not valid text" in result.stderr
    assert f"error: {folder / '2019' / 'plan.wps'}: a WPS Office .wps file not in Word's format; save it as .docx" \
        in result.stderr
    assert "files: 5 (1 extracted, 0 unchanged, 4 skipped)" in result.stdout
    assert "skipped 1: empty file" in result.stdout
    assert "not read: 3 other files (2 .png, 1 .xlsx)" in result.stdout


def test_a_pdfs_scanned_pages_are_named_in_the_summary_and_its_text_is_extracted(tmp_path):
    from test_reading import _with_scans

    _with_scans(tmp_path / "report.pdf", 3, {2})
    result = CliRunner().invoke(cli, ["extract", str(tmp_path), "--db", str(tmp_path / "m.db")])
    assert result.exit_code == 0
    assert "files: 1 (1 extracted, 0 unchanged, 0 skipped)" in result.stdout
    assert ("partly read: report.pdf: 1 of 3 pages has no text (scanned?): its words are not read; "
            "OCR the file to read them") in result.stdout.splitlines()


def test_a_path_that_does_not_exist_fails_the_run_once_the_others_are_extracted(tmp_path):
    report = tmp_path / "r.txt"
    report.write_text(SAMPLE, encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(tmp_path / "2019"), str(report), "--db", str(tmp_path / "m.db")])
    assert result.exit_code == 1
    assert f"error: {tmp_path / '2019'}: no such file or folder" in result.stderr
    assert "files: 1 (1 extracted, 0 unchanged, 0 skipped)" in result.stdout


def test_folder_without_reports(run, tmp_path):
    (tmp_path / "notes.md").write_text("nothing here", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(tmp_path), "--db", str(tmp_path / "m.db")])
    assert result.exit_code == 1
    assert "no report files found" in result.stderr
    assert "not read: 1 other file (1 .md)" in result.stdout


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


def _extracted(run, tmp_path):
    """The sample report, and a database extracted from it."""
    report = tmp_path / "qingchuan.txt"
    report.write_text(SAMPLE, encoding="utf-8")
    db = tmp_path / "m.db"
    assert run("extract", report, "--db", db, "-q").exit_code == 0
    return report, db


def _extracted_and_served(run, tmp_path, *options):
    """A database of the sample report, a free port, and `minerals serve` started on it."""
    import socket
    import subprocess
    import sys

    report, db = _extracted(run, tmp_path)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "minerals.cli", "serve", "--db", str(db), "--port", str(port), *options],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return report, db, port, proc


def _answers(url: str) -> bool:
    import urllib.request

    try:
        urllib.request.urlopen(url, timeout=1)
        return True
    except OSError:
        return False


def _wait_for(url: str) -> None:
    import time

    deadline = time.monotonic() + 30
    while not _answers(url) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert _answers(url), "the server never answered"


def test_serve_stops_its_server_when_terminated(run, tmp_path):
    """`minerals serve` stopped by a signal leaves no Datasette serving on its port."""
    import time

    _, _, port, proc = _extracted_and_served(run, tmp_path)
    url = f"http://127.0.0.1:{port}/-/versions.json"
    _wait_for(url)
    proc.terminate()
    proc.wait(timeout=10)
    deadline = time.monotonic() + 10
    while _answers(url) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not _answers(url), "Datasette still serves after minerals serve was stopped"


@pytest.mark.parametrize("options,elsewhere", [((), False), (("--host", "0.0.0.0"), True)], ids=["default", "network"])
def test_serve_answers_this_machine_only_unless_told(run, tmp_path, options, elsewhere):
    """By default the server answers 127.0.0.1 alone (not even 127.0.0.2, another address of
    this machine); with --host 0.0.0.0, every address it has."""
    _, _, port, proc = _extracted_and_served(run, tmp_path, *options)
    try:
        _wait_for(f"http://127.0.0.1:{port}/-/versions.json")
        assert _answers(f"http://127.0.0.2:{port}/-/versions.json") == elsewhere
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _serve_on_a_busy_port(db):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        return port, CliRunner().invoke(cli, ["serve", "--db", str(db), "--port", str(port)])


def test_serve_on_a_port_in_use_says_so_and_fails(run, tmp_path):
    _, db = _extracted(run, tmp_path)
    port, result = _serve_on_a_busy_port(db)
    assert result.exit_code == 1
    assert f"Error: port {port} is in use (another `minerals serve`?): stop it, or choose another port with " \
           f"--port {port + 1}" in result.stderr
    assert "warning" not in result.stderr


def test_the_comparisons_are_stored_once_a_run_has_written(tmp_path):
    """A run that wrote stores the comparisons at its end and says so; a run that changed
    nothing leaves them as they are; `serve`, which must not write them (a run may be
    going on beside it), warns when they are older than the facts."""
    import sqlite3

    db = tmp_path / "m.db"
    first = CliRunner().invoke(cli, ["extract", str(SEEDS), "--db", str(db)])
    assert "storing plan_vs_actual, year_over_year and panel" in first.stderr
    again = CliRunner().invoke(cli, ["extract", str(SEEDS), "--db", str(db)])
    assert "files: 5 (0 extracted, 5 unchanged, 0 skipped)" in again.output and "storing" not in again.stderr
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE facts SET value = value + 1 WHERE rowid = 1")
        conn.execute("PRAGMA user_version = 0")  # as a run that stopped before its end leaves it
    _, served = _serve_on_a_busy_port(db)
    assert "warning: plan_vs_actual, year_over_year and panel do not show the latest facts" in served.stderr


def test_serve_shows_what_a_later_extract_wrote(run, tmp_path):
    """A database re-extracted while it is served is served again, not left failing (served
    immutable, its pages said: database disk image is malformed)."""
    import json
    import time
    import urllib.request

    report, db, port, proc = _extracted_and_served(run, tmp_path)
    url = f"http://127.0.0.1:{port}/m/facts.json?_col=value&_size=max"

    def served() -> tuple | None:
        """The facts' count (Datasette takes it from what it read at start) and values."""
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                page = json.load(response)
        except OSError:
            return None
        return page["filtered_table_rows_count"], sorted(row[1] for row in page["rows"])

    try:
        deadline = time.monotonic() + 30
        while served() is None and time.monotonic() < deadline:
            time.sleep(0.2)
        assert served() == (2, [93.14, 1025.65])
        report.write_text(SAMPLE.replace("93.14%", "95.2%"), encoding="utf-8")
        (tmp_path / "yongning.txt").write_text("永宁县卫生健康局2019年工作总结\n全县住院分娩率99.6%。\n", encoding="utf-8")
        assert run("extract", report, tmp_path / "yongning.txt", "--db", db, "-q").exit_code == 0
        expected = (3, [95.2, 99.6, 1025.65])
        deadline = time.monotonic() + 30
        while [served() for _ in range(3)] != [expected] * 3 and time.monotonic() < deadline:
            time.sleep(0.5)
        assert [served() for _ in range(3)] == [expected] * 3
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.mark.parametrize("indicator", ["高血压患者规范管理率", "高血压规范管理率"])
def test_compare_takes_an_indicator_by_its_key_or_its_name(corpus_db, indicator):
    result = CliRunner().invoke(cli, ["compare", "--db", str(corpus_db[0]), "--bureau", "青川县",
                                      "--indicator", indicator, "--format", "jsonl"])
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["indicator_key"], r["year"], r["target_value"], r["actual_value"]) for r in rows] == [
        ("hypertension_standard_mgmt_rate", 2020, 75.0, 76.1), ("hypertension_standard_mgmt_rate", 2021, 78.0, 79.3)]


@pytest.mark.parametrize("args,message", [
    (["--bureau", "无此县"], "no target or quota matches --bureau 无此县: leave it out to see every place and indicator"),
    (["--indicator", "规范管理"], "no target or quota matches --indicator 规范管理: leave it out"),
])
def test_compare_that_matches_nothing_says_so(corpus_db, args, message):
    result = CliRunner().invoke(cli, ["compare", "--db", str(corpus_db[0]), *args])
    assert result.exit_code == 0
    assert message in result.stderr


def test_a_manifest_row_that_names_no_file_is_reported_before_the_run(run, tmp_path):
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "qingchuan.txt").write_text(SAMPLE, encoding="utf-8")
    (tmp_path / "reports" / "zz.docx").write_bytes(b"not a zip")
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("path,region\nreports/qingchuan.txt,青川县\nreports/qingchaun.txt,青川县\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(tmp_path / "reports"), "--manifest", str(manifest),
                                      "--db", str(tmp_path / "m.db"), "-q"])
    assert result.exit_code == 0
    warning, error = result.stderr.splitlines()
    assert warning == (f"warning: {manifest}:3: reports/qingchaun.txt: no file of this run has this path or "
                       "name; the row was not applied")
    assert error.startswith(f"error: {tmp_path / 'reports' / 'zz.docx'}: ")


def _extract_with_its_worker(tmp_path):
    """`minerals extract --jobs 2` over 200 reports, begun: the process and its worker's /proc entry."""
    import os
    import subprocess
    import sys
    import time
    from pathlib import Path

    from minerals.reading import read

    reports = tmp_path / "reports"
    reports.mkdir()
    texts = [read(seed, seed.read_bytes()).text for seed in sorted(SEEDS.iterdir())]
    for n in range(40):
        for i, text in enumerate(texts):
            (reports / f"{n:02d}_{i}.txt").write_text(f"{text}\n{n}", encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "minerals.cli", "extract", "-q", "--jobs", "2", "--db", str(tmp_path / "m.db"),
                             str(reports)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONFAULTHANDLER": "1"})
    children = Path(f"/proc/{proc.pid}/task/{proc.pid}/children")
    deadline = time.monotonic() + 60
    while not children.read_text().split() and time.monotonic() < deadline:
        time.sleep(0.05)
    return proc, Path(f"/proc/{children.read_text().split()[0]}")


def test_extract_stopped_by_a_signal_stops_its_worker(tmp_path):
    """`minerals extract --jobs 2` stopped by a signal (a process manager, `kill`) ends as Ctrl-C
    does: its worker process stops with it, not left blocked on a result no one will read."""
    import signal
    import subprocess

    proc, worker = _extract_with_its_worker(tmp_path)
    proc.terminate()
    try:
        _, err = proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGABRT)  # its threads' stacks, for the failure
        _, err = proc.communicate(timeout=30)
        pytest.fail(f"minerals extract went on after SIGTERM:\n{err}")
    assert proc.returncode == 1 and "Aborted!" in err
    assert _gone(worker), "the worker outlived minerals extract"


def test_a_stop_whose_interrupt_was_lost_ends_the_run_at_the_next_file(tmp_path):
    """Python drops an exception raised inside a finaliser (a signal's KeyboardInterrupt landing in
    an object's __del__); the stop it stood for still ends the run before the next file is stored,
    and nothing of the run is committed."""
    import sqlite_utils

    from minerals import runner
    from minerals.db import open_db

    db = open_db(tmp_path / "m.db")
    runner.STOP.set()  # as `_interrupt` leaves it
    try:
        with pytest.raises(KeyboardInterrupt):
            runner.extract(db, [Path(__file__).parents[1] / "corpus" / "samples"])
    finally:
        runner.STOP.clear()
    assert sqlite_utils.Database(tmp_path / "m.db")["facts"].count == 0


def test_extract_killed_outright_takes_its_worker_with_it(tmp_path):
    """Killed (`kill -9`, out of memory), `minerals extract` can do nothing; its worker, waiting
    for the next file, dies with it rather than wait for ever."""
    proc, worker = _extract_with_its_worker(tmp_path)
    proc.kill()
    proc.wait(timeout=30)
    proc.stderr.close()
    assert _gone(worker), "the worker outlived minerals extract"


def _gone(process) -> bool:
    """The process is gone, or a zombie its new parent has yet to reap, within 5 s."""
    import time

    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            if (process / "stat").read_text().rsplit(")", 1)[1].split()[0] == "Z":
                return True
        except FileNotFoundError:
            return True
        time.sleep(0.05)
    return False
