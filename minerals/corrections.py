"""A researcher's corrections of extracted facts, kept apart from them and applied again
whenever their file is extracted again.

A correction is keyed by its fact's evidence, not by the fact's id: the file's content
(`source_id`, from the sha256 of its bytes), the sentence, the quantity's words in it and
which of their occurrences it is.  These stay the same when a newer version of the rules
extracts the file again, while ids may not.  `old` is what the rules gave when the
correction was made; `status` is what the latest extraction of its file made of it:

- `applied`: the fact is there, and the correction is applied to it;
- `changed`: applied, but the rules now give neither `old` nor `new`: worth a look;
- `extracted`: the rules now give `new` themselves (for a fact dropped: take no fact there);
- `unmatched`: no fact of that evidence any more (its file is gone or changed): review it;
- `invalid`: not applied, its field no longer takes it (a key the dictionary has dropped).

The facts table holds the corrected values (so that the comparisons, counts and exports
show them) and names the fields corrected in `corrected`; the values extracted are in
`old` here, never lost.
"""
from __future__ import annotations

import csv
import getpass
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable

import sqlite_utils

from . import comparisons, counts

TABLE = "corrections"
COLUMNS = {"id": int, "source_id": str, "sentence": str, "surface": str, "occurrence": int, "field": str,
           "old": str, "new": str, "why": str, "by": str, "at": str, "fact_id": str, "status": str}
DROP = "fact"  # the field of a correction that leaves a fact out; its `new` is DROPPED
DROPPED = "dropped"
_CHOICES = {
    "kind": ("count", "rate", "money", "quantity"),
    "qualifier": ("exact", "approx", "at_least", "at_most"),
    "role": ("actual", "target", "quota", "baseline"),
    "aspect": ("level", "change", "completion"),
    "direction": ("up", "down", ""),
}
FIELDS = ("value", "value_max", "unit", *_CHOICES, "year", "indicator", "indicator_key", "other_keys")
_EMPTY_ALLOWED = {"value_max", "direction", "year", "indicator", "indicator_key", "other_keys"}
_OF_ITS_TEXT = ("out_of_era", "spun")  # flags a correction of a field leaves as they are (minerals.trust)


class CorrectionError(Exception):
    """A correction that names no stored fact, no field that can be corrected, or a value
    that field cannot take."""


@dataclass
class Correction:
    fact_id: str
    field: str
    new: str
    why: str = ""
    by: str = ""
    where: str = ""  # the file and line it was read from, for errors


def ensure_table(db: sqlite_utils.Database) -> None:
    if TABLE not in db.table_names():
        db[TABLE].create(COLUMNS, pk="id")
    db[TABLE].create_index(["source_id", "sentence", "surface", "occurrence", "field"], unique=True,
                           if_not_exists=True)


def written(value) -> str:
    """How a value is kept in `old` and `new`: 95.3, not 95.30000001 nor 95.0 for 95."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.10g}"
    return str(value)


def parse(field: str, text: str):
    """The value `text` gives `field`, in the type the facts table keeps it in."""
    text = text.strip()
    if field == DROP:
        if text != DROPPED:
            raise CorrectionError(f"{field}: only '{DROPPED}' (leave the fact out) can be set")
        return text
    if field not in FIELDS:
        raise CorrectionError(f"{field}: not a field that can be corrected (one of {', '.join(FIELDS)}, or "
                              f"'{DROP}={DROPPED}' to leave the fact out)")
    if not text:
        if field not in _EMPTY_ALLOWED:
            raise CorrectionError(f"{field}: cannot be empty")
        return None
    if field in ("value", "value_max"):
        try:
            return float(text)
        except ValueError:
            raise CorrectionError(f"{field}: {text!r} is not a number (write 95.3, in the fact's unit)") from None
    if field == "year":
        if not (text.isdigit() and 1949 <= int(text) <= 2100):
            raise CorrectionError(f"year: {text!r} is not a year (write 2020)")
        return int(text)
    if field in _CHOICES and text not in _CHOICES[field]:
        raise CorrectionError(f"{field}: {text!r} is not one of {', '.join(c for c in _CHOICES[field] if c)}")
    if field in ("indicator_key", "other_keys"):  # other_keys: the other indicators one number is stated for
        from extractors.indicators import dictionary

        keys = [key.strip() for key in text.split(",")] if field == "other_keys" else [text]
        if unknown := [key for key in keys if key not in dictionary()]:
            raise CorrectionError(f"{field}: {unknown[0]!r} is no canonical indicator (the indicators table lists them)")
        return ",".join(keys)
    return text


def _occurrence(fact: dict) -> int:
    """Which occurrence of its surface in its sentence the fact is (0 for the first)."""
    return fact["sentence"].count(fact["surface"], 0, fact["start"] - fact["sentence_start"])


def _evidence(fact: dict) -> tuple[str, str, str, int]:
    return fact["id"].split("-", 1)[0], fact["sentence"], fact["surface"], _occurrence(fact)


def _corrected(fact: dict, field: str, value) -> None:
    """Set a field of a fact row, name it in `corrected`, and check its plausibility again."""
    from extractors.checks import flags

    value_was = (fact["value"], fact["value_max"])
    fact[field] = value
    fact["corrected"] = ",".join(sorted({*filter(None, (fact.get("corrected") or "").split(",")), field}))
    # kept: the checks of its document and sentence, and of its whole while its value stands
    kept = [name for name in (fact.get("flags") or "").split(",") if name in _OF_ITS_TEXT
            or (name == "part_over_whole" and (fact["value"], fact["value_max"]) == value_was)]
    checked = flags(fact["unit"], fact["value"], fact["value_max"], fact["aspect"], fact["indicator_key"])
    fact["flags"] = ",".join(filter(None, (checked, *kept))) or None


def apply(conn: sqlite3.Connection, source_id: str, facts: list[dict]) -> list[dict]:
    """The facts of one file as extracted, with the corrections made to them applied, those
    dropped left out; each correction's status is set.  Call within the write."""
    found = conn.execute(f"SELECT id, sentence, surface, occurrence, field, old, new FROM [{TABLE}] "
                         "WHERE source_id = ?", [source_id]).fetchall()
    if not found:
        return facts
    by_evidence: dict[tuple, list[tuple]] = {}
    for row in found:
        by_evidence.setdefault((source_id, *row[1:4]), []).append(row)
    sentences = {row[1] for row in found}
    matched: set[int] = set()
    kept = []
    for fact in facts:
        rows = by_evidence.get(_evidence(fact)) if fact["sentence"] in sentences else None
        dropped = False
        for cid, _, _, _, field, old, new in rows or ():
            matched.add(cid)
            if field == DROP:
                dropped = True
                status = "applied"
            else:
                extracted = written(fact[field])
                status = "extracted" if extracted == new else "applied" if extracted == old else "changed"
                try:
                    if status != "extracted":
                        _corrected(fact, field, parse(field, new))
                except CorrectionError:
                    status = "invalid"
            conn.execute(f"UPDATE [{TABLE}] SET status = ?, fact_id = ? WHERE id = ?", [status, fact["id"], cid])
        if not dropped:
            kept.append(fact)
    for cid, *_, field, _, _ in found:
        if cid not in matched:
            status = "extracted" if field == DROP else "unmatched"
            conn.execute(f"UPDATE [{TABLE}] SET status = ?, fact_id = NULL WHERE id = ?", [status, cid])
    return kept


def forget_source(conn: sqlite3.Connection, source_id: str) -> None:
    """A stored file is deleted: its corrections match nothing until it is stored again."""
    conn.execute(f"UPDATE [{TABLE}] SET status = 'unmatched', fact_id = NULL WHERE source_id = ?", [source_id])


def add(db: sqlite_utils.Database, corrections: Iterable[Correction]) -> list[str]:
    """Make corrections of stored facts, all or none, and the comparisons of their places
    again; one line for each, saying what changed."""
    conn = db.conn
    at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    said = []
    with db.atomic():
        for c in corrections:
            cursor = conn.execute("SELECT * FROM facts WHERE id = ?", [c.fact_id])
            row = cursor.fetchone()
            if row is None:
                raise CorrectionError(f"{c.where}{c.fact_id}: no such fact (the id column of the facts table)")
            fact = dict(zip([d[0] for d in cursor.description], row))
            value = parse(c.field, c.new)
            source_id, sentence, surface, occurrence = _evidence(fact)
            earlier = conn.execute(f"SELECT old FROM [{TABLE}] WHERE source_id = ? AND sentence = ? AND surface = ? "
                                   "AND occurrence = ? AND field = ?", [source_id, sentence, surface, occurrence, c.field]).fetchone()
            old = earlier[0] if earlier else "" if c.field == DROP else written(fact[c.field])
            conn.execute(f"INSERT OR REPLACE INTO [{TABLE}] (source_id, sentence, surface, occurrence, field, old, new, "
                         "why, by, at, fact_id, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'applied')",
                         [source_id, sentence, surface, occurrence, c.field, old, written(value), c.why,
                          c.by or getpass.getuser(), at, c.fact_id])
            comparisons.touch(conn, "id = ?", [fact["document_id"]])
            if c.field == DROP:
                _drop(conn, fact)
                said.append(f"{c.fact_id}: {fact['surface']} left out")
            else:
                was = written(fact[c.field])
                _corrected(fact, c.field, value)
                conn.execute("UPDATE facts SET [{0}] = ?, corrected = ?, flags = ? WHERE id = ?".format(c.field),
                             [value, fact["corrected"], fact["flags"], c.fact_id])
                said.append(f"{c.fact_id}: {c.field} {was or '(empty)'} → {written(value) or '(empty)'}")
        counts.forget(conn)
    return said


def _drop(conn: sqlite3.Connection, fact: dict) -> None:
    """Delete a fact row, and its sentence's search entry when no other fact shares it."""
    conn.execute("DELETE FROM facts WHERE id = ?", [fact["id"]])
    if not conn.execute("SELECT 1 FROM facts WHERE sentence_id = ?", [fact["sentence_id"]]).fetchone():
        conn.execute("INSERT INTO facts_fts (facts_fts, rowid, sentence) VALUES ('delete', ?, ?)",
                     [fact["sentence_id"], fact["sentence"]])


def read_csv(path: Path) -> list[Correction]:
    """Corrections from a CSV with the columns fact_id, field, new and, optionally, why and by."""
    with path.open(encoding="utf-8-sig", newline="") as stream:
        reader = csv.DictReader(stream)
        missing = {"fact_id", "field", "new"} - set(reader.fieldnames or ())
        if missing:
            raise CorrectionError(f"{path}: no column {', '.join(sorted(missing))} (its columns: fact_id, field, new, "
                                  "why, by; or a coding sheet's, as `minerals sheet` writes them)")
        out = []
        for line, row in enumerate(reader, 2):
            if not (row["fact_id"] or "").strip():
                raise CorrectionError(f"{path}, line {line}: no fact_id")
            try:
                parse(row["field"].strip(), row["new"] or "")
            except CorrectionError as exc:
                raise CorrectionError(f"{path}, line {line}: {exc}") from None
            out.append(Correction(row["fact_id"].strip(), row["field"].strip(), row["new"] or "",
                                  (row.get("why") or "").strip(), (row.get("by") or "").strip(), f"{path}, line {line}: "))
    return out


def listing(db: sqlite_utils.Database) -> list[dict]:
    """Every correction, the latest first, with what the latest extraction made of it."""
    return list(db.query(f"SELECT id, fact_id, field, old, new, status, by, at, why, surface, sentence "
                         f"FROM [{TABLE}] ORDER BY id DESC"))


def tally(db: sqlite_utils.Database) -> dict[str, int]:
    """How many corrections have each status."""
    return dict(db.execute(f"SELECT status, count(*) FROM [{TABLE}] GROUP BY status").fetchall())
