"""The facts counted by the facts page's default facets, stored.

Counting a facet of the facts page reads an index entry for every fact: the four default
facets of a 100,000-report database (6.4 million facts) took 1.3 s, and with
?duplicate=0 2.2 s.  So the facts are counted once by all of those columns together, at
the end of a run that wrote (a few thousand rows, 1.6 s for that database), into
`facts_counts`, and a page filtered by nothing but values of those columns takes its facets
from there (datasette_meta/plugins/minerals_facets.py).  Every write of facts drops the
table (`forget`, in the write's transaction) and the end of the run counts again, so that
the table, when there is one, holds the counts of the facts as they are.
"""
from __future__ import annotations

import json
from pathlib import Path

import sqlite3

import sqlite_utils

import datasette_meta

TABLE = "facts_counts"


def columns() -> list[str]:
    """The facts page's default facets (datasette_meta/tables.json)."""
    tables = Path(datasette_meta.__file__).with_name("tables.json")
    return json.loads(tables.read_text(encoding="utf-8"))["facts"]["facets"]


def store(db: sqlite_utils.Database) -> None:
    """Count the facts anew, in one transaction.  Each column keeps its type in the facts
    table, so that a filter's text value (?year=2020) compares as it does there."""
    types = {column.name: column.type for column in db["facts"].columns}
    names = columns()
    listed = ", ".join(f"[{name}]" for name in names)
    with db.atomic():
        db.execute(f"DROP TABLE IF EXISTS [{TABLE}]")
        db.execute(f"CREATE TABLE [{TABLE}] ({', '.join(f'[{n}] {types[n]}' for n in names)}, facts INTEGER)")
        db.execute(f"INSERT INTO [{TABLE}] SELECT {listed}, count(*) FROM facts GROUP BY {listed}")


def forget(conn: sqlite3.Connection) -> None:
    """Drop the counts: call within a write of facts."""
    conn.execute(f"DROP TABLE IF EXISTS [{TABLE}]")


def missing(db: sqlite_utils.Database) -> bool:
    return not db[TABLE].exists()
