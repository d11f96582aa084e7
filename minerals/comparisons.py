"""The comparisons stored: plan_vs_actual, year_over_year and panel.

Evaluated per request, a view cannot be counted or faceted fast on millions of facts:
plan_vs_actual's page took 20.8 s on 100,000 reports.  So comparisons.sql stores their
rows in tables (`plan_vs_actual_rows` …, hidden in Datasette), with a view of each name
over its table.

Every row is of one place, made from that place's facts alone.  A write of documents or
facts (`db.store`, `db.delete_source`) lists the places it touched in `comparisons_touched`,
in the write's own transaction, and only their rows are made again: at the end of every
`extract` run that wrote, and when `compare` or `export` opens a database with places
listed (a run that died leaves them listed).  All rows are made anew when the tables are
missing, or made by other SQL, from other indicators or with other indexes (a database of an
earlier version), or when many places were touched, for then one pass over all the facts is
cheaper.
`serve` only warns, since a run may be writing beside it.
"""
from __future__ import annotations

import sqlite3
import zlib
from pathlib import Path

import sqlite_utils

SQL = Path(__file__).with_name("data") / "comparisons.sql"
STORED = ("plan_vs_actual", "year_over_year", "panel")
TOUCHED = "comparisons_touched"
# More places touched than this share of all places are made in one pass over all facts:
# each place's facts are found through the documents' region index, all of them by one scan.
FULL_SHARE = 0.1
# The indexes of each table: for the pages' facets and sorts (indicator_key), the filters of
# the canned queries and charts (indicator_key, then place and year: the charts' list of
# indicators counts each one's places and years from it alone), and a place's rows (which are
# also those a rebuild of some places deletes); plan_vs_actual's ?met= and ?plan_role=, with
# the facet of indicator_key under them (?met=1 took 1.0 s on 580,000 rows without).
_INDEXES = {
    "plan_vs_actual": {"key": "indicator_key, place, year", "place": "place, year",
                       "met": "met, indicator_key", "plan_role": "plan_role, indicator_key"},
    "year_over_year": {"key": "indicator_key, place, year", "place": "place, year"},
    "panel": {"key": "indicator_key, place, year", "place": "place"},
}


def _version(db: sqlite_utils.Database, statements: list[str]) -> int:
    """A stamp of what the tables are made from besides the facts (never 0, which marks
    them stale): the SQL, and the indicators' names, better directions and the results their
    quotas are set for, loaded anew from the dictionary on every opening; and their indexes."""
    indicators = db.execute("SELECT group_concat(key || '|' || coalesce(name, '') || '|' || coalesce(good, '') || '|' "
                            "|| coalesce(quota_of, ''), ';') "
                            "FROM (SELECT * FROM indicators ORDER BY key)").fetchone()[0]
    text = "\0".join(statements + [indicators or "", repr(_INDEXES)])
    return zlib.crc32(text.encode()) % 2**31 or 1


def ensure_touched(conn: sqlite3.Connection) -> None:
    """Create the list of places whose rows are out of date."""
    conn.execute(f"CREATE TABLE IF NOT EXISTS [{TOUCHED}] (place TEXT PRIMARY KEY)")


def touch(conn: sqlite3.Connection, documents: str, params: list) -> None:
    """List the places of the documents that `documents` (a WHERE clause on documents)
    selects as touched: call within the write, before it deletes them.  A document's place
    is its region (fact_places, views.sql, holds no document without one)."""
    conn.execute(f"INSERT OR IGNORE INTO [{TOUCHED}] SELECT DISTINCT region FROM documents "
                 f"WHERE ({documents}) AND region IS NOT NULL", params)


def _whole(db: sqlite_utils.Database, statements: list[str]) -> bool:
    """Whether the rows are missing or made by other SQL (a stamp of 0: none): all must be made."""
    fresh = db.execute("PRAGMA user_version").fetchone()[0] == _version(db, statements)
    have = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return not fresh or not have.issuperset(f"{name}_rows" for name in STORED)


def _touched(db: sqlite_utils.Database) -> int:
    return db.execute(f"SELECT count(*) FROM [{TOUCHED}]").fetchone()[0]


def stale(db: sqlite_utils.Database, statements: list[str]) -> bool:
    """Whether any rows are out of date: all of them, or some places'."""
    return _whole(db, statements) or _touched(db) > 0


def rebuild(db: sqlite_utils.Database, statements: list[str]) -> None:
    """Make the rows of the places touched again, or all rows, in one transaction."""
    with db.atomic():
        db.execute("CREATE TEMP TABLE IF NOT EXISTS comparison_scope (place TEXT PRIMARY KEY)")
        db.execute("DELETE FROM temp.comparison_scope")
        places = db.execute("SELECT count(DISTINCT region) FROM documents").fetchone()[0]
        whole = _whole(db, statements) or _touched(db) > FULL_SHARE * places
        if not whole:
            db.execute(f"INSERT INTO temp.comparison_scope SELECT place FROM [{TOUCHED}]")
        for statement in statements:
            db.execute(statement)
        for name in STORED:
            if whole:  # made in one statement, its indexes after it: one sort each
                db.execute(f"DROP VIEW IF EXISTS {name}")
                db.execute(f"DROP TABLE IF EXISTS {name}_rows")
                db.execute(f"CREATE TABLE {name}_rows AS SELECT * FROM temp.{name}_made")
            else:
                db.execute(f"DELETE FROM {name}_rows WHERE place IN (SELECT place FROM temp.comparison_scope)")
                db.execute(f"INSERT INTO {name}_rows SELECT * FROM temp.{name}_made")
            db.execute(f"DROP VIEW temp.{name}_made")
            for index, columns in _INDEXES[name].items():
                db.execute(f"CREATE INDEX IF NOT EXISTS idx_{name}_rows_{index} ON {name}_rows ({columns})")
            # a view, not the table itself: Datasette shows a table without a primary key
            # with a rowid column, which its pages and CSV would gain
            db.execute(f"CREATE VIEW IF NOT EXISTS {name} AS SELECT * FROM {name}_rows")
        for table in ("placed", "first_plans", "first_actuals"):
            db.execute(f"DROP TABLE temp.{table}")
        db.execute("DROP VIEW temp.joint_places")
        db.execute(f"DELETE FROM [{TOUCHED}]")
        db.execute("DROP TABLE temp.comparison_scope")
        db.execute(f"PRAGMA user_version = {_version(db, statements)}")
