"""The SQLite database: schema, idempotent writes, and the comparison views.

Rows are keyed by content: a source by the sha256 of its bytes, a document by its
source and place in it, a fact by its document and offset.  Re-running over the same
files changes nothing; a changed file replaces its rows in one transaction.
"""
from __future__ import annotations

from pathlib import Path

import sqlite_utils

from .duplicates import Index
from .pipeline import FileResult

SCHEMA: dict[str, dict] = {
    "sources": dict(
        columns={"id": str, "name": str, "path": str, "sha256": str, "size": int, "encoding": str, "format": str,
                 "script": str, "manifest": str},
        pk="id",
    ),
    "documents": dict(
        columns={"id": str, "source_id": str, "source": str, "seq": int, "title": str, "script": str, "bureau": str,
                 "region": str, "level": str, "type": str, "report_year": int, "plan_year": int, "duplicate_of": str,
                 "chars": int, "text": str, "original": str, "words": str, "minhash": bytes},
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
        columns={"key": str, "name": str, "variants": str, "unit": str, "good": str, "category": str, "source": str},
        pk="key",
    ),
    "facts": dict(
        columns={"id": str, "document_id": str, "source": str, "kind": str, "value": float, "value_max": float,
                 "unit": str, "qualifier": str, "role": str, "aspect": str, "year": int, "indicator": str,
                 "indicator_key": str, "sentence": str, "sentence_start": int, "surface": str, "start": int, "end": int, "section": str,
                 "original_surface": str, "original_sentence": str, "original_start": int, "original_end": int,
                 "duplicate": int, "extractor": str},
        pk="id",
        foreign_keys=[("document_id", "documents", "id"), ("indicator_key", "indicators", "key")],
    ),
}
INDEXES = {
    "sources": [["path"], ["sha256"]],
    "documents": [["source_id"], ["type"], ["report_year"], ["region"], ["bureau"], ["duplicate_of"]],
    "sections": [["document_id"]],
    "facts": [["document_id"], ["indicator_key", "year"], ["role"], ["kind"], ["year"], ["unit"], ["duplicate"]],
}
VIEWS_SQL = Path(__file__).with_name("data") / "views.sql"


class DatabaseError(Exception):
    """A database path that cannot be opened or written."""


def open_db(path: Path | str) -> sqlite_utils.Database:
    """Open (creating if needed) a minerals database with its schema."""
    path = Path(path)
    if path.exists() and path.is_dir():
        raise DatabaseError(f"{path}: is a folder, not a database file")
    if not path.parent.exists():
        raise DatabaseError(f"{path}: folder {path.parent} does not exist")
    try:
        db = sqlite_utils.Database(path)
        ensure_schema(db)
    except (sqlite_utils.db.sqlite3.OperationalError, sqlite_utils.db.sqlite3.DatabaseError) as exc:
        raise DatabaseError(f"{path}: cannot write database ({exc})") from exc
    return db


def ensure_schema(db: sqlite_utils.Database) -> None:
    db.execute("PRAGMA foreign_keys = ON")
    for name, spec in SCHEMA.items():
        if name not in db.table_names():
            db[name].create(spec["columns"], pk=spec["pk"], foreign_keys=spec.get("foreign_keys", []))
    for name, indexes in INDEXES.items():
        for columns in indexes:
            db[name].create_index(columns, if_not_exists=True)
    if "documents_fts" not in db.table_names():
        db["documents"].enable_fts(["title", "words"], create_triggers=True, tokenize="unicode61")
    if "facts_fts" not in db.table_names():
        db["facts"].enable_fts(["sentence", "indicator"], create_triggers=True, tokenize="trigram")
    load_indicators(db)
    db.executescript(VIEWS_SQL.read_text(encoding="utf-8"))


def load_indicators(db: sqlite_utils.Database) -> None:
    from extractors.indicators import dictionary

    rows = [
        {"key": i.key, "name": i.name, "variants": "|".join(i.variants), "unit": i.unit, "good": i.good,
         "category": i.category, "source": i.source}
        for i in dictionary().values()
    ]
    db["indicators"].upsert_all(rows, pk="key")


def known(db: sqlite_utils.Database, sha256: str) -> dict | None:
    """The source row already stored for these bytes, if any."""
    rows = list(db["sources"].rows_where("sha256 = ?", [sha256], limit=1))
    return rows[0] if rows else None


def delete_source(db: sqlite_utils.Database, source_id: str) -> None:
    doc_ids = [r["id"] for r in db["documents"].rows_where("source_id = ?", [source_id], select="id")]
    for doc_id in doc_ids:
        db["facts"].delete_where("document_id = ?", [doc_id])
        db["sections"].delete_where("document_id = ?", [doc_id])
    db.execute("UPDATE documents SET duplicate_of = NULL WHERE duplicate_of IN (SELECT id FROM documents WHERE source_id = ?)", [source_id])
    db["documents"].delete_where("source_id = ?", [source_id])
    db["sources"].delete_where("id = ?", [source_id])


def replaced_documents(db: sqlite_utils.Database, source: dict) -> list[str]:
    """Ids of the stored documents that storing `source` will replace (same path or same bytes)."""
    return [r["id"] for r in db.query(
        "SELECT documents.id FROM documents JOIN sources ON sources.id = documents.source_id "
        "WHERE sources.path = ? OR sources.id = ?", [source["path"], source["id"]])]


def store(db: sqlite_utils.Database, result: FileResult) -> None:
    """Write one file's rows, replacing an earlier version of the same path, atomically."""
    with db.atomic():
        for old in db["sources"].rows_where("path = ? AND id != ?", [result.source["path"], result.source["id"]]):
            delete_source(db, old["id"])
        delete_source(db, result.source["id"])
        db["sources"].insert(result.source)
        db["documents"].insert_all(result.documents)
        db["sections"].insert_all(result.sections)
        db["facts"].insert_all(result.facts, batch_size=1000)


def duplicate_index(db: sqlite_utils.Database) -> Index:
    """The near-duplicate index of every document already stored, in storage order."""
    index = Index()
    for row in db.query("SELECT id, minhash FROM documents WHERE minhash IS NOT NULL AND duplicate_of IS NULL ORDER BY rowid"):
        index.add(row["id"], row["minhash"])
    return index
