"""Extraction on Dask workers (a LocalCluster) gives the database a local run gives."""
from __future__ import annotations

from pathlib import Path

from conftest import SEEDS
from minerals import runner
from minerals.db import open_db

QUERY = "SELECT id, value, unit, role, year, indicator, indicator_key, duplicate FROM facts ORDER BY id"


def test_dask_engine_matches_local_run(seeds_db, tmp_path):
    _, local, _ = seeds_db
    db = open_db(tmp_path / "dask.db")
    summary = runner.extract(db, [SEEDS], engine="dask")
    assert summary.extracted == 5 and summary.skipped == []
    assert list(db.query(QUERY)) == list(local.query(QUERY))


def flaky(path: Path, data: bytes, known, marks=None):
    """Fails the first time it meets each file, as a worker that dies mid-task would."""
    mark = Path(marks) / (path.name + ".seen")
    if not mark.exists():
        mark.write_text("x")
        raise OSError(f"worker lost while reading {path.name}")
    return runner._work(path, data, known)


def test_failed_tasks_are_retried_without_duplicating_facts(seeds_db, tmp_path):
    """Every task fails once on its worker; Dask runs it again and each file is stored once."""
    from functools import partial

    from minerals.db import duplicate_index, store

    _, local, _ = seeds_db
    marks = tmp_path / "marks"
    marks.mkdir()
    db = open_db(tmp_path / "retry.db")
    index = duplicate_index(db)
    tasks = ((p, p.read_bytes(), None) for p in sorted(SEEDS.glob("*.txt")))
    for _, result in runner._dask(tasks, None, work=partial(flaky, marks=str(marks)), retries=2):
        runner.mark_duplicates(index, result)
        store(db, result)
    assert len(list(marks.iterdir())) == 5  # every task failed once
    assert list(db.query(QUERY)) == list(local.query(QUERY))
