"""The comparisons stored: plan_vs_actual, year_over_year and panel.

Evaluated per request, a view cannot be counted or faceted fast on millions of facts:
plan_vs_actual's page took 20.8 s on 100,000 reports.  So comparisons.sql stores their
rows in tables (`plan_vs_actual_rows` …, hidden in Datasette) in one pass over the facts,
with a view of each name over its table.

They are stored anew at the end of every `extract` run that wrote, and when `compare` or
`export` opens a database whose tables are missing, stale (a write since: `store` and
`delete_source` mark them so, in the write's own transaction, and a run that died leaves
the mark) or made by other SQL or from other indicators (a database of an earlier
version); `serve` only warns, since a run may be writing beside it.
"""
from __future__ import annotations

import sqlite3
import zlib
from pathlib import Path

import sqlite_utils

SQL = Path(__file__).with_name("data") / "comparisons.sql"
STORED = ("plan_vs_actual", "year_over_year", "panel")


def _version(db: sqlite_utils.Database, statements: list[str]) -> int:
    """A stamp of what the tables are made from besides the facts (never 0, which marks
    them stale): the SQL, and the indicators' names and better directions, loaded anew
    from the dictionary on every opening."""
    indicators = db.execute("SELECT group_concat(key || '|' || coalesce(name, '') || '|' || coalesce(good, ''), ';') "
                            "FROM (SELECT * FROM indicators ORDER BY key)").fetchone()[0]
    text = "\0".join(statements + [indicators or ""])
    return zlib.crc32(text.encode()) % 2**31 or 1


def mark_stale(conn: sqlite3.Connection) -> None:
    """Mark the stored rows out of date: call within a write of documents or facts."""
    conn.execute("PRAGMA user_version = 0")


def stale(db: sqlite_utils.Database, statements: list[str]) -> bool:
    """Whether the rows are missing, stale or made by other SQL."""
    fresh = db.execute("PRAGMA user_version").fetchone()[0] == _version(db, statements)
    have = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return not fresh or not have.issuperset(f"{name}_rows" for name in STORED)


def rebuild(db: sqlite_utils.Database, statements: list[str]) -> None:
    """Run comparisons.sql, a statement at a time, in one transaction."""
    with db.atomic():
        for statement in statements:
            db.execute(statement)
        db.execute(f"PRAGMA user_version = {_version(db, statements)}")
