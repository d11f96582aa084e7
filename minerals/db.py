"""The SQLite database: schema, idempotent writes, and the comparisons.

Rows are keyed by content: a source by the sha256 of its bytes, a document by its
source and place in it, a fact by its document and offset.  Re-running over the same
files changes nothing; a changed file replaces its rows in one transaction.
"""
from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

import sqlite_utils

from . import comparisons, corrections, counts
from .duplicates import Index, rank
from .pipeline import REPEATED, FileResult

SCHEMA: dict[str, dict] = {
    "sources": dict(
        columns={"id": str, "name": str, "path": str, "sha256": str, "size": int, "encoding": str, "format": str,
                 "script": str, "manifest": str, "pipeline": str},
        pk="id",
    ),
    "documents": dict(
        columns={"id": str, "source_id": str, "source": str, "seq": int, "title": str, "script": str, "bureau": str,
                 "region": str, "region_code": str, "level": str, "type": str, "report_year": int, "plan_year": int, "given": str, "site": str, "duplicate_of": str,
                 "chars": int, "text": str, "original": str, "words": str, "minhash": bytes, "numbers": bytes,
                 "anachronisms": str, "spun": str},
        pk="id",
        foreign_keys=[("source_id", "sources", "id")],
    ),
    "sections": dict(
        columns={"id": str, "document_id": str, "seq": int, "level": int, "title": str, "role": str, "year": int,
                 "start": int, "end": int},
        pk="id",
        foreign_keys=[("document_id", "documents", "id")],
    ),
    "indicators": dict(
        columns={"key": str, "name": str, "variants": str, "unit": str, "good": str, "category": str, "source": str,
                 "quota_of": str},
        pk="key",
    ),
    "facts": dict(
        columns={"id": str, "document_id": str, "source": str, "kind": str, "value": float, "value_max": float,
                 "unit": str, "qualifier": str, "role": str, "aspect": str, "direction": str, "year": int, "indicator": str,
                 "indicator_key": str, "other_keys": str, "sentence": str, "sentence_start": int, "surface": str, "start": int, "end": int, "section": str,
                 "original_surface": str, "original_sentence": str, "original_start": int, "original_end": int,
                 "duplicate": int, "flags": str, "extractor": str, "sentence_id": int, "corrected": str},
        pk="id",
        foreign_keys=[("document_id", "documents", "id"), ("indicator_key", "indicators", "key")],
    ),
}
# Each default facet of the documents and sections pages (tables.json) has an index of its own,
# so that it is counted from the index, not from a scan of the rows with their texts; the first
# holds all of them, in order, from which `counts` counts the rows (20 s from the documents of
# 100,000 reports, whose rows are read a page each, 0.2 s from the index).  The region's has
# duplicate_of beside it: the comparisons of a few places find those places' originals through
# it (comparisons.sql), not every original through duplicate_of's.
INDEXES = {
    "sources": [["path"], ["sha256"]],
    "documents": [["source_id"], ["type", "report_year", "region", "script", "level"], ["report_year"],
                  ["region", "duplicate_of"], ["bureau"], ["duplicate_of"], ["script"], ["level"]],
    "sections": [["document_id"], ["role", "level"], ["level"]],
    # The facets of the facts page are counted from these indexes alone (all of them together
    # from the one of role, kind, year, indicator_key and duplicate, in their order): each facet
    # column with `duplicate` (for ?duplicate=0), and role with year and indicator_key (for ?role=…,
    # the facet most clicked), so that a facet stays a scan of one index when filtered
    # (the unfiltered page's come from `minerals.counts`, and so do those of pages filtered
    # by the default facets alone).  The page lists facts by sentence (tables.json): a page
    # of one facet value reads them in that order from (that column, sentence_id), or with
    # ?duplicate=0 from (that column, duplicate, sentence_id) (sorting all the facts of a value
    # first took 10 s for ?year=2020 on 6.4 million facts, and 1.1–1.9 s for ?role=target&duplicate=0,
    # which the planner read through (role, duplicate)), and a search's from the sentences it
    # finds, with the facet columns beside them so that its facets read no fact.
    "facts": [["indicator_key", "year", "duplicate"], ["role", "kind", "year", "indicator_key", "duplicate"],
              ["role", "indicator_key", "year", "duplicate"], ["unit", "duplicate"], ["duplicate", "sentence_id"],
              *([column, "sentence_id"] for column in ("role", "kind", "year", "indicator_key")),
              *([column, "duplicate", "sentence_id"] for column in ("role", "kind", "year", "indicator_key")),
              ["sentence_id"], ["sentence_id", "role", "kind", "year", "indicator_key", "duplicate"]],
}
# Indexes an earlier schema had that a wider one serves now, or that nothing reads any more
# (idx_documents_place, for comparisons evaluated per request); dropped when met.
SUPERSEDED_INDEXES = ["idx_facts_document_id", "idx_facts_indicator_key_year", "idx_facts_role", "idx_facts_kind",
                      "idx_facts_year", "idx_facts_unit", "idx_facts_duplicate", "idx_facts_duplicate_id", "idx_documents_place",
                      "idx_documents_region", "idx_documents_type", "idx_sections_role",
                      "idx_facts_role_year_indicator_key_duplicate", "idx_facts_sentence_id_role_year_indicator_key_duplicate",
                      "idx_facts_role_duplicate", "idx_facts_kind_duplicate", "idx_facts_year_duplicate"]
# The indexes the comparisons find their facts through (fact_places, views.sql): a document's
# facts by duplicate, aspect and role, with the columns compared (it also serves every
# lookup by document_id), and its few facts of several indicators.
COMPARE_INDEXES = {
    "idx_facts_compare": "facts (document_id, duplicate, aspect, role, indicator_key, year, unit, value, qualifier)",
    "idx_facts_joint": "facts (document_id) WHERE other_keys IS NOT NULL",
}
VIEWS_SQL = Path(__file__).with_name("data") / "views.sql"
# FTS5 merges a full-text index's segments (one per stored file) this many at a time.
# Its default, 4, rewrites the index more often: with 16, storing takes about 15% less
# time, and a search reads a few more segments (still well under a millisecond).
FTS_AUTOMERGE = 16


class DatabaseError(Exception):
    """A database path that cannot be opened or written."""


def open_db(path: Path | str, refresh: bool = True) -> sqlite_utils.Database:
    """Open (creating if needed) a minerals database with its schema, and with its
    comparisons stored anew if stale (`refresh`), unless the caller stores them itself
    (`extract`, at the end of its run) or must not write them (`serve`, perhaps beside a
    run that would wait for it)."""
    path = Path(path)
    if path.exists() and path.is_dir():
        raise DatabaseError(f"{path}: is a folder, not a database file")
    if not path.parent.exists():
        raise DatabaseError(f"{path}: folder {path.parent} does not exist")
    try:
        db = sqlite_utils.Database(path)
        ensure_schema(db, refresh)
    except (sqlite_utils.db.sqlite3.OperationalError, sqlite_utils.db.sqlite3.DatabaseError) as exc:
        raise DatabaseError(f"{path}: cannot write database ({exc})") from exc
    return db


def ensure_schema(db: sqlite_utils.Database, refresh: bool = True) -> None:
    """Create or bring up to date the tables, indexes, full-text indexes and views, load
    the indicators, and store the comparisons' rows when stale (`refresh`), in one transaction:
    each of its forty-odd statements would otherwise be a commit of its own, waiting for
    the disk (about a second for a new database, a quarter of one to open a stored one)."""
    db.execute("PRAGMA foreign_keys = ON")  # a no-op within a transaction: set before it
    with db.atomic():
        _ensure_schema(db)
        if refresh:
            store_comparisons(db)


def _ensure_schema(db: sqlite_utils.Database) -> None:
    for name, spec in SCHEMA.items():
        if name not in db.table_names():
            db[name].create(spec["columns"], pk=spec["pk"], foreign_keys=spec.get("foreign_keys", []))
        else:  # a database of an earlier schema gets the columns added since (facts.flags)
            have = db[name].columns_dict
            for column, type_ in spec["columns"].items():
                if column not in have:
                    db[name].add_column(column, type_)
    _sentence_index(db)
    had = _index_names(db)
    for name, indexes in INDEXES.items():
        for columns in indexes:
            db[name].create_index(columns, if_not_exists=True)
    for name, on in COMPARE_INDEXES.items():
        db.execute(f"CREATE INDEX IF NOT EXISTS [{name}] ON {on}")
    for name in SUPERSEDED_INDEXES:
        db.execute(f"DROP INDEX IF EXISTS [{name}]")
    if db["sqlite_stat1"].exists():  # the planner's statistics of the indexes new to an analyzed database
        for name in _index_names(db) - had:
            db.execute(f"ANALYZE [{name}]")
    if "documents_fts" not in db.table_names():
        db["documents"].enable_fts(["title", "words"], tokenize="unicode61")
    for trigger in ("documents_ai", "documents_ad", "documents_au"):  # kept by `index_pending` now
        db.execute(f"DROP TRIGGER IF EXISTS [{trigger}]")
    with db.atomic():
        for fts in ("documents_fts", "facts_fts"):
            if not db.execute(f"SELECT 1 FROM [{fts}_config] WHERE k = 'automerge'").fetchone():
                db.execute(f"INSERT INTO [{fts}] ([{fts}], rank) VALUES ('automerge', ?)", [FTS_AUTOMERGE])
    load_indicators(db)
    corrections.ensure_table(db)
    comparisons.ensure_touched(db.conn)
    for statement in _statements(VIEWS_SQL.read_text(encoding="utf-8")):
        db.execute(statement)


def _statements(script: str) -> Iterator[str]:
    """The statements of an SQL script whose statements end at line ends, one at a time.

    Within a transaction a script must be run a statement at a time (executescript would
    commit first), and sqlite-utils splits one character by character, a tenth of a
    second for views.sql.
    """
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            yield statement
            statement = ""
    if statement.strip():
        yield statement


# The facts' sentences are searched through one full-text entry per sentence, not per
# fact (a sentence holds two or three facts): `facts_fts` is contentless, its rowid is
# the facts' `sentence_id`, and Datasette searches facts by `sentence_id` (tables.json,
# fts_pk).  Indexing each fact's sentence took 40 % of the time spent storing.
FACTS_FTS = "CREATE VIRTUAL TABLE facts_fts USING fts5(sentence, tokenize='trigram', content='')"


def _index_names(db: sqlite_utils.Database) -> set[str]:
    return {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}


def _sentence_index(db: sqlite_utils.Database) -> None:
    """Create the sentence index; a database of an earlier schema (an index entry per
    fact, kept by triggers) is moved over once, its facts numbered by sentence."""
    conn = db.conn
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'facts_fts'").fetchone()
    if sql and "content=''" in sql[0]:
        return
    with db.atomic():
        if sql:
            for trigger in ("facts_ai", "facts_ad", "facts_au"):
                conn.execute(f"DROP TRIGGER IF EXISTS [{trigger}]")
            conn.execute("DROP TABLE facts_fts")
        conn.execute("UPDATE facts SET sentence_id = (SELECT min(f.rowid) FROM facts AS f WHERE "
                     "f.document_id = facts.document_id AND f.sentence_start = facts.sentence_start)")
        conn.execute(FACTS_FTS)
        conn.execute("INSERT INTO facts_fts (rowid, sentence) SELECT sentence_id, min(sentence) FROM facts "
                     "GROUP BY sentence_id")


@contextmanager
def deferred_indexes(db: sqlite_utils.Database) -> Iterator[None]:
    """Fill an empty database without the facts' facet and comparison indexes, and build
    them once at the end.

    Each index built at the end is one sort; kept all along, each fact is a random
    insert into ten B-trees, which a large run no longer holds in SQLite's page cache.
    A database with facts keeps its indexes.  A run that dies before the end leaves
    them out, and the next `open_db` builds them again.
    """
    if db.execute("SELECT 1 FROM facts LIMIT 1").fetchone():
        yield
        return
    deferred = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'facts' "
                          "AND sql IS NOT NULL AND name != 'idx_facts_sentence_id'").fetchall()
    with db.atomic():  # one commit, not one per index
        for name, _ in deferred:
            db.execute(f"DROP INDEX [{name}]")
    try:
        yield
    finally:
        with db.atomic():
            for _, sql in deferred:
                db.execute(sql)


def analyze(db: sqlite_utils.Database) -> None:
    """Gather the statistics SQLite's query planner uses (sqlite_stat1); call when a run has
    finished writing.  Without them the planner takes `duplicate = 0` for a rare value and
    reads most facts one at a time through idx_facts_duplicate_sentence_id, so the facets of
    a page with ?duplicate=0 and another filter time out; with them each is a scan of one
    (column, duplicate) index.  About 3 s for 3 million facts."""
    db.execute("ANALYZE")


def comparisons_stale(db: sqlite_utils.Database) -> bool:
    """Whether the comparisons' rows are missing, or some or all older than the facts or the code."""
    return comparisons.stale(db, _comparison_statements())


def _comparison_statements() -> list[str]:
    return list(_statements(comparisons.SQL.read_text(encoding="utf-8")))


def store_comparisons(db: sqlite_utils.Database, announce: Callable[[], None] = lambda: None) -> None:
    """Make the comparisons' rows of the places written since they were stored again (all
    rows when they are missing or of other code, or many places were), after `announce`; and
    count the rows by their pages' facets when a write has dropped the counts (`counts`)."""
    statements = _comparison_statements()
    if comparisons.stale(db, statements):
        announce()
        comparisons.rebuild(db, statements)
    if counts.missing(db):
        counts.store(db)


def load_indicators(db: sqlite_utils.Database) -> None:
    from extractors.indicators import dictionary

    rows = [
        {"key": i.key, "name": i.name, "variants": "|".join(i.variants), "unit": i.unit, "good": i.good,
         "category": i.category, "source": i.source, "quota_of": i.quota_of or None}
        for i in dictionary().values()
    ]
    db["indicators"].upsert_all(rows, pk="key")


def known(db: sqlite_utils.Database, sha256: str) -> dict | None:
    """The source row already stored for these bytes, if any."""
    cursor = db.conn.execute("SELECT * FROM sources WHERE sha256 = ? LIMIT 1", [sha256])
    row = cursor.fetchone()
    return dict(zip([d[0] for d in cursor.description], row)) if row else None


def delete_source(db: sqlite_utils.Database, source_id: str) -> None:
    """Delete a source with its documents, their sections and facts, and their full-text entries."""
    conn = db.conn
    _pending_tables(conn)
    docs = "SELECT id FROM documents WHERE source_id = ?"
    # its documents' places, and those of their copies, which become originals
    comparisons.touch(conn, f"source_id = ? OR duplicate_of IN ({docs})", [source_id, source_id])
    # An index forgets a row when told the words it indexed; a row still waiting to be
    # indexed is only taken off the waiting list.
    conn.execute(f"INSERT INTO facts_fts (facts_fts, rowid, sentence) SELECT 'delete', sentence_id, min(sentence) "
                 f"FROM facts WHERE document_id IN ({docs}) AND sentence_id NOT IN "
                 f"(SELECT rowid FROM temp._minerals_pending_sentences) GROUP BY sentence_id", [source_id])
    conn.execute(f"DELETE FROM temp._minerals_pending_sentences WHERE rowid IN "
                 f"(SELECT sentence_id FROM facts WHERE document_id IN ({docs}))", [source_id])
    conn.execute("INSERT INTO documents_fts (documents_fts, rowid, title, words) SELECT 'delete', rowid, title, words "
                 "FROM documents WHERE source_id = ? AND rowid NOT IN (SELECT rowid FROM temp._minerals_pending_documents)",
                 [source_id])
    conn.execute("DELETE FROM temp._minerals_pending_documents WHERE rowid IN "
                 "(SELECT rowid FROM documents WHERE source_id = ?)", [source_id])
    conn.execute(f"DELETE FROM facts WHERE document_id IN ({docs})", [source_id])
    conn.execute(f"DELETE FROM sections WHERE document_id IN ({docs})", [source_id])
    conn.execute(f"UPDATE documents SET duplicate_of = NULL WHERE duplicate_of IN ({docs})", [source_id])
    conn.execute("DELETE FROM documents WHERE source_id = ?", [source_id])
    conn.execute("DELETE FROM sources WHERE id = ?", [source_id])
    corrections.forget_source(conn, source_id)


def copies_of(db: sqlite_utils.Database, ids: list[str], source_id: str) -> list[dict]:
    """The copies, in other files, of the documents `ids`, in storage order, with what
    `duplicates.Index.add` and `duplicates.rank` need."""
    if not ids:
        return []  # a new file: it replaces nothing
    marks = ", ".join("?" * len(ids))
    return list(db.query(f"SELECT id, duplicate_of, minhash, numbers, given, site, title FROM documents "
                         f"WHERE duplicate_of IN ({marks}) AND source_id != ? ORDER BY rowid", [*ids, source_id]))


def original_now(db: sqlite_utils.Database, doc_id: str) -> str | None:
    """The original of the document stored as `doc_id` (itself, unless it is a copy), or None if there is none."""
    row = db.execute("SELECT coalesce(duplicate_of, id) FROM documents WHERE id = ?", [doc_id]).fetchone()
    return row[0] if row else None


def set_original(db: sqlite_utils.Database, doc_id: str, original: str | None) -> None:
    """Make a document a copy of `original`, or an original (None): then its facts count
    again, but for those of a sentence it has said word for word before, as when extracted."""
    conn = db.conn
    conn.execute("UPDATE documents SET duplicate_of = ? WHERE id = ?", [original, doc_id])
    if original is None:
        comparisons.touch(conn, "id = ?", [doc_id])
        counts.forget(conn)
        conn.execute("UPDATE facts SET duplicate = length(sentence) >= ? AND EXISTS (SELECT 1 FROM facts AS said "
                     "WHERE said.document_id = facts.document_id AND said.sentence_start < facts.sentence_start "
                     "AND said.sentence = facts.sentence) WHERE document_id = ?", [REPEATED, doc_id])


def replaced_documents(db: sqlite_utils.Database, source: dict) -> list[str]:
    """Ids of the stored documents that storing `source` will replace (same path or same bytes)."""
    return [r[0] for r in db.conn.execute(
        "SELECT documents.id FROM documents JOIN sources ON sources.id = documents.source_id "
        "WHERE sources.path = ? OR sources.id = ?", [source["path"], source["id"]])]


# Rows are written with prepared statements, not sqlite-utils' insert_all, whose
# per-value conversions cost more than the writing.
#
# Full-text entries wait in TEMP tables (the documents' rowids, the new sentences) and
# are written by `index_pending`, after each file or, from `minerals extract`, once per
# commit: FTS5 writes a new index segment for every savepoint it is written in, and
# every file is stored in a savepoint of its own.  A segment per file (and merging
# them) cost a third of the time spent storing.
_COLUMNS = {name: tuple(spec["columns"]) for name, spec in SCHEMA.items()}
_WRITTEN = ("documents", "sections", "facts")
_INSERT = {
    name: f"INSERT INTO main.{sqlite_utils.db.quote_identifier(name)} "
          f"({', '.join(map(sqlite_utils.db.quote_identifier, columns))}) VALUES ({', '.join('?' * len(columns))})"
    for name, columns in _COLUMNS.items()
}


def _insert(conn, table: str, rows: list[dict]) -> None:
    """Rows in the table's column order (a missing key is NULL, an unknown one an error)."""
    if not rows:
        return
    columns = _COLUMNS[table]
    unknown = set().union(*(row.keys() for row in rows)) - set(columns)
    if unknown:
        raise sqlite_utils.db.sqlite3.OperationalError(f"table {table} has no column named {sorted(unknown)[0]}")
    conn.executemany(_INSERT[table], [tuple(map(row.get, columns)) for row in rows])


def _number_sentences(conn, facts: list[dict]) -> None:
    """Give each fact the id of its sentence: one id per (document, sentence start), after
    the highest id stored."""
    last = conn.execute("SELECT coalesce(max(sentence_id), 0) FROM facts").fetchone()[0]
    ids: dict[tuple[str, int], int] = {}
    for fact in facts:
        fact["sentence_id"] = ids.setdefault((fact["document_id"], fact["sentence_start"]), last + len(ids) + 1)


def _pending_tables(conn) -> None:
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS _minerals_pending_sentences (rowid INTEGER PRIMARY KEY, sentence)")
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS _minerals_pending_documents (rowid INTEGER PRIMARY KEY)")


def index_pending(db: sqlite_utils.Database) -> None:
    """Write the waiting full-text entries, each index in one statement."""
    conn = db.conn
    _pending_tables(conn)
    with db.atomic():
        conn.execute("INSERT INTO documents_fts (rowid, title, words) SELECT rowid, title, words FROM main.documents "
                     "WHERE rowid IN (SELECT rowid FROM temp._minerals_pending_documents) ORDER BY rowid")
        conn.execute("INSERT INTO facts_fts (rowid, sentence) SELECT rowid, sentence FROM temp._minerals_pending_sentences "
                     "ORDER BY rowid")
        conn.execute("DELETE FROM temp._minerals_pending_documents")
        conn.execute("DELETE FROM temp._minerals_pending_sentences")


def store(db: sqlite_utils.Database, result: FileResult, index: bool = True) -> None:
    """Write one file's rows, replacing an earlier version of the same path, atomically.

    With `index=False` its full-text entries wait for the next `index_pending`, which
    must come before the transaction commits.
    """
    conn = db.conn
    source = result.source
    _pending_tables(conn)
    with db.atomic():
        stored = conn.execute("SELECT id FROM sources WHERE path = ? OR id = ?", [source["path"], source["id"]]).fetchall()
        for (old_id,) in stored:
            delete_source(db, old_id)
        result.facts = corrections.apply(conn, source["id"], result.facts)
        _number_sentences(conn, result.facts)
        _insert(conn, "sources", [source])
        for table in _WRITTEN:
            _insert(conn, table, getattr(result, table))
        comparisons.touch(conn, "source_id = ?", [source["id"]])
        counts.forget(conn)
        for earlier, fuller in result.replaced:  # a fuller copy replaces a stored original, and its copies'
            comparisons.touch(conn, "id = ? OR duplicate_of = ?", [earlier, earlier])  # of another place, perhaps
            conn.execute("UPDATE documents SET duplicate_of = ? WHERE id = ? OR duplicate_of = ?", [fuller, earlier, earlier])
            # a fact's id starts with its document's: a range of the primary key, indexed in every run
            conn.execute("UPDATE facts SET duplicate = 1 WHERE id >= ? AND id < ?", [earlier + ":", earlier + ";"])
        conn.execute("INSERT INTO temp._minerals_pending_documents SELECT rowid FROM main.documents WHERE source_id = ?",
                     [source["id"]])
        conn.executemany("INSERT OR IGNORE INTO temp._minerals_pending_sentences VALUES (?, ?)",
                         [(f["sentence_id"], f["sentence"]) for f in result.facts])
        if index:
            index_pending(db)


def duplicate_index(db: sqlite_utils.Database) -> Index:
    """The near-duplicate index of every original already stored, in storage order, as stored."""
    index = Index()
    for row in db.query("SELECT id, minhash, numbers, given, site, title FROM documents WHERE minhash IS NOT NULL AND duplicate_of IS NULL "
                        "ORDER BY rowid"):
        index.insert(row["id"], row["minhash"], row["numbers"], rank(row), row["title"])
    return index
