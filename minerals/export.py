"""Rows for export: facts with their evidence, documents, the panel, the corrections or the indicators (a codebook), as JSON lines or CSV."""
from __future__ import annotations

import csv
import json
from typing import IO, Iterable, Iterator

import sqlite_utils

# Every field of FACTS.md, then the evidence that leads back to the words.
FACT_COLUMNS = [
    "source", "document_id", "kind", "value", "value_max", "unit", "qualifier", "role", "aspect", "direction", "year",
    "indicator", "indicator_key", "other_keys", "flags", "corrected", "sentence", "surface", "start", "end", "original_surface",
    "original_sentence", "original_start", "original_end", "section", "duplicate", "id",
]
# Every column of the documents table but its texts, words and signatures.
DOCUMENT_COLUMNS = [
    "source", "document_id", "title", "script", "bureau", "region", "region_code", "level", "type", "report_year",
    "plan_year", "given", "site", "duplicate_of", "chars", "anachronisms", "spun",
]
_QUERIES = {
    "facts": f"SELECT {', '.join(f'[{c}]' for c in FACT_COLUMNS)} FROM facts ORDER BY document_id, start",
    "panel": "SELECT * FROM panel ORDER BY place, indicator_key, year, unit",
    "corrections": "SELECT * FROM corrections ORDER BY id",
    "indicators": "SELECT * FROM indicators ORDER BY category, key",
    "documents": f"SELECT {', '.join('id AS document_id' if c == 'document_id' else f'[{c}]' for c in DOCUMENT_COLUMNS)} "
                 "FROM documents ORDER BY id",
}


def rows(db: sqlite_utils.Database, table: str) -> Iterator[dict]:
    for row in db.query(_QUERIES[table]):
        if "duplicate" in row:
            row["duplicate"] = bool(row["duplicate"])
        yield row


def write(rows: Iterable[dict], stream: IO[str], fmt: str) -> int:
    """Write rows as 'jsonl' or 'csv' (with a UTF-8 BOM for Excel); return how many."""
    n = 0
    writer = None
    for row in rows:
        if fmt == "jsonl":
            stream.write(json.dumps(row, ensure_ascii=False) + "\n")
        else:
            if writer is None:
                stream.write("\ufeff")
                writer = csv.DictWriter(stream, fieldnames=list(row))
                writer.writeheader()
            writer.writerow(row)
        n += 1
    return n
