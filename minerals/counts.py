"""The rows of the facts, documents and sections counted by their pages' default facets, stored.

Counting a facet reads an index entry for every row, and a row itself for every row where
the facet's filter is on another column: the four default facets of the facts page of a
100,000-report database (6.4 million facts) took 1.3 s, and a click on one value of the
documents page's (whose rows hold their texts) 1.7–3.4 s.  So each table's rows are counted
once by all of its default facets (datasette_meta/tables.json) together, at the end of a run
that wrote, into `<table>_counts` (2,692 rows for those facts, 51,801 for their documents;
1.7–2.6 s for the three tables, each read from an index of its facets in order: `db.INDEXES`),
and a page filtered by nothing but values of those columns sums its
facets from there (datasette_meta/plugins/minerals_facets.py).  Every write drops the tables
(`forget`, in the write's transaction) and the end of the run counts again, so that a table
of counts, where there is one, holds the counts of the rows as they are.
"""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

import datasette_meta

if TYPE_CHECKING:  # the Datasette plugin reads this module: no sqlite_utils on its start-up
    import sqlite_utils

COUNTED = ("facts", "documents", "sections")  # the tables a run writes whose pages have facets


def table(name: str) -> str:
    return f"{name}_counts"


def facets() -> dict[str, list[str]]:
    """The default facets of each counted table's page."""
    tables = json.loads(Path(datasette_meta.__file__).with_name("tables.json").read_text(encoding="utf-8"))
    return {name: tables[name]["facets"] for name in COUNTED}


def store(db: sqlite_utils.Database) -> None:
    """Count the rows anew, in one transaction.  Each column keeps its type in its table, so
    that a filter's text value (?year=2020) compares as it does there."""
    with db.atomic():
        for name, columns in facets().items():
            types = {column.name: column.type for column in db[name].columns}
            listed = ", ".join(f"[{column}]" for column in columns)
            declared = ", ".join(f"[{column}] {types[column]}" for column in columns)
            db.execute(f"DROP TABLE IF EXISTS [{table(name)}]")
            db.execute(f"CREATE TABLE [{table(name)}] ({declared}, counted INTEGER)")
            db.execute(f"INSERT INTO [{table(name)}] SELECT {listed}, count(*) FROM [{name}] GROUP BY {listed}")


def forget(conn: sqlite3.Connection) -> None:
    """Drop the counts: call within a write."""
    for name in COUNTED:
        conn.execute(f"DROP TABLE IF EXISTS [{table(name)}]")


def missing(db: sqlite_utils.Database) -> bool:
    """Whether a table of counts is missing, or counts by other columns than its page's facets."""
    return any([column.name for column in db[table(name)].columns] != [*columns, "counted"]
               for name, columns in facets().items())
