"""Coding sheets: a random sample of facts for coders to check by hand, how far two coders
agree on it, and how often the facts were right as extracted.

A paper that uses extracted facts reports how accurate they are on a random sample, and,
when two people checked it, how far they agreed (Cohen's kappa).  A sheet is a CSV with a
fact a row: its evidence, then one column for each field that can be corrected, holding
the value stored.  The sheet is kept as drawn; each coder edits a copy of it (in Excel, say)
where a value is wrong, and marks `not_a_fact` where the words are no fact.  Set against the
sheet as drawn, a coder's copy says how many facts were right; set against another coder's,
how far the two agree.  The copy a team settles on is applied with `minerals correct
--file`, as corrections that outlive re-extraction.
"""
from __future__ import annotations

import csv
import io
import math
import random
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Iterable

import sqlite_utils

from .corrections import DROP, DROPPED, FIELDS, Correction, CorrectionError, written, parse

NOT_A_FACT = "not_a_fact"
COLUMNS = ("fact_id", "source", "document", "sentence", "original_sentence", "surface", *FIELDS, NOT_A_FACT, "note")
# What a fact states, as against how it is labelled: a paper's numbers stand on these.
NUMBERS = (NOT_A_FACT, "value", "value_max", "unit", "kind")
_YES = {"1", "x", "yes", "y", "是", "√", "✓"}
_NO = {"", "0", "no", "n", "否"}


@dataclass
class Coded:
    """One row of a sheet, as a coder left it."""
    fact_id: str
    line: int
    values: dict[str, object] = field(default_factory=dict)  # field → value, in the facts table's types
    dropped: bool = False
    note: str = ""
    sentence: str = ""


def draw(db: sqlite_utils.Database, n: int, seed: int) -> list[dict]:
    """`n` facts drawn at random (the same for the same seed and facts) from the documents that
    are no republished copies, in the order of their reports.

    Row numbers are drawn and those of no such fact thrown back, which keeps every fact
    equally likely without reading them all (5 million of them for 100,000 reports)."""
    total = db.execute("SELECT count(*) FROM facts WHERE duplicate = 0").fetchone()[0]
    if n >= total:
        chosen = [row[0] for row in db.execute("SELECT rowid FROM facts WHERE duplicate = 0")]
    else:
        top = db.execute("SELECT max(rowid) FROM facts").fetchone()[0]
        rng, picked = random.Random(seed), {}
        while len(picked) < n:
            rowid = rng.randint(1, top)
            if rowid not in picked and db.execute("SELECT 1 FROM facts WHERE rowid = ? AND duplicate = 0",
                                                  [rowid]).fetchone():
                picked[rowid] = True
        chosen = list(picked)
    rows = []
    for start in range(0, len(chosen), 500):  # SQLite's limit on parameters
        batch = chosen[start:start + 500]
        rows += db.query(f"SELECT f.*, d.title AS document FROM facts f JOIN documents d ON d.id = f.document_id "
                         f"WHERE f.rowid IN ({', '.join('?' * len(batch))})", batch)
    rows.sort(key=lambda row: (row["document_id"], row["start"]))
    return rows


def write(rows: Iterable[dict], stream: IO[str]) -> int:
    """A sheet of the facts `rows`, with a byte-order mark so that Excel shows its Chinese."""
    stream.write("\ufeff")
    writer = csv.writer(stream)
    writer.writerow(COLUMNS)
    n = 0
    for row in rows:
        writer.writerow([row["id"], row["source"], row["document"], row["sentence"], row["original_sentence"], row["surface"],
                         *(written(row[name]) for name in FIELDS), "", ""])
        n += 1
    return n


def _decoded(path: Path) -> str:
    """A sheet's text: UTF-8, or GB18030 as Excel saves a CSV on a Chinese Windows."""
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("gb18030", errors="replace")


def _is_sheet(columns: set[str]) -> bool:
    return "fact_id" in columns and bool(columns & set(FIELDS))


def is_sheet(path: Path) -> bool:
    """Whether a CSV is a coding sheet (`minerals sheet`), not a list of corrections."""
    first = next(csv.reader(io.StringIO(_decoded(path), newline="")), [])
    return _is_sheet({name.strip() for name in first})


def read(path: Path) -> list[Coded]:
    """The rows of a sheet as a coder saved it.  A cell its field cannot take refuses the
    sheet, naming its place."""
    reader = csv.DictReader(io.StringIO(_decoded(path), newline=""))
    columns = set(reader.fieldnames or ())
    if not _is_sheet(columns):
        raise CorrectionError(f"{path}: not a coding sheet (it needs the column fact_id and the fields' columns, "
                              "as `minerals sheet` writes them)")
    coded, seen = [], set()
    for line, row in enumerate(reader, 2):
        fact_id = (row.get("fact_id") or "").strip()
        if not fact_id:
            raise CorrectionError(f"{path}, line {line}: no fact_id")
        if fact_id in seen:
            raise CorrectionError(f"{path}, line {line}: {fact_id} is on the sheet twice")
        seen.add(fact_id)
        mark = (row.get(NOT_A_FACT) or "").strip().lower()
        if mark not in _YES | _NO:
            raise CorrectionError(f"{path}, line {line}: {NOT_A_FACT} {mark!r}: leave it empty, or write x")
        values = {}
        for name in FIELDS:
            if name in columns:
                try:
                    values[name] = parse(name, row[name] or "")
                except CorrectionError as exc:
                    raise CorrectionError(f"{path}, line {line}: {exc}") from None
        coded.append(Coded(fact_id, line, values, mark in _YES, (row.get("note") or "").strip(), row.get("sentence") or ""))
    return coded


def corrections(db: sqlite_utils.Database, sheet: list[Coded], path: Path, why: str = "",
                by: str = "") -> list[Correction]:
    """The corrections a sheet makes: each value that differs from the stored fact's, and each
    fact marked as none; why is the row's note, else `why`."""
    out = []
    for row in sheet:
        fact = db.execute(f"SELECT {', '.join(f'[{name}]' for name in FIELDS)} FROM facts WHERE id = ?",
                          [row.fact_id]).fetchone()
        where = f"{path}, line {row.line}: "
        if fact is None:
            raise CorrectionError(f"{where}{row.fact_id}: no such fact (the database was extracted anew since "
                                  "the sheet was drawn, or the fact corrected away)")
        if row.dropped:
            out.append(Correction(row.fact_id, DROP, DROPPED, row.note or why, by, where))
            continue
        stored = dict(zip(FIELDS, fact))
        out += [Correction(row.fact_id, name, written(value), row.note or why, by, where)
                for name, value in row.values.items() if value != stored[name]]
    return out


def kappa(pairs: list[tuple]) -> float | None:
    """Cohen's kappa of two coders' codes; None when chance alone would make them agree
    (both gave one and the same code throughout)."""
    n = len(pairs)
    if not n:
        return None
    observed = sum(a == b for a, b in pairs) / n
    first, second = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    chance = sum(first[code] * second[code] for code in first) / (n * n)
    return None if chance == 1 else (observed - chance) / (1 - chance)


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """The 95% Wilson interval of a proportion k / n."""
    if not n:
        return 0.0, 1.0
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def differences(a: Coded, b: Coded) -> list[tuple[str, str, str]]:
    """Where two codings of one fact differ: (field, a's value, b's value); whether it is a fact
    at all first, then its fields, compared only where both took it for one."""
    if a.dropped or b.dropped:
        return [(NOT_A_FACT, _mark(a.dropped), _mark(b.dropped))] if a.dropped != b.dropped else []
    return [(name, written(a.values[name]), written(b.values[name])) for name in FIELDS
            if name in a.values and name in b.values and a.values[name] != b.values[name]]


def _mark(dropped: bool) -> str:
    return "x" if dropped else ""


def _paired(first: list[Coded], second: list[Coded]) -> list[tuple[Coded, Coded]]:
    theirs = {row.fact_id: row for row in second}
    return [(row, theirs[row.fact_id]) for row in first if row.fact_id in theirs]


@dataclass
class Agreement:
    facts: int  # on both sheets
    fields: list[tuple[str, int, int, float | None]]  # field, facts both coded it for, agreed, kappa
    disagreements: list[tuple[str, str, str, str]]  # fact_id, field, the first coder's value, the second's


def agreement(first: list[Coded], second: list[Coded]) -> Agreement:
    """How far two coders agree, field by field, on the facts both sheets hold: whether it is
    a fact at all over every fact, each field over the facts both took for facts."""
    both = _paired(first, second)
    fields = [(NOT_A_FACT, len(both), sum(a.dropped == b.dropped for a, b in both),
               kappa([(a.dropped, b.dropped) for a, b in both]))]
    facts = [(a, b) for a, b in both if not (a.dropped or b.dropped)]
    for name in FIELDS:
        pairs = [(a.values[name], b.values[name]) for a, b in facts if name in a.values and name in b.values]
        if pairs:
            fields.append((name, len(pairs), sum(x == y for x, y in pairs), kappa(pairs)))
    disagreements = [(a.fact_id, *difference) for a, b in both for difference in differences(a, b)]
    return Agreement(len(both), fields, disagreements)


@dataclass
class Accuracy:
    checked: int  # facts of the coder's copy that are on the sheet as drawn
    right: int  # with no field changed, and none marked as no fact
    numbers_right: int  # facts, with their value, range, unit and kind as drawn
    changed: Counter  # field → how many facts it was changed for
    changes: list[tuple[str, str, str, str]]  # fact_id, field, value drawn, value coded


def accuracy(drawn: list[Coded], coded: list[Coded]) -> Accuracy:
    """How many of the facts a coder checked were right as drawn: in every field, and in
    what they state (a fact at all, its value, range, unit and kind)."""
    pairs = _paired(coded, drawn)
    changes = [(mine.fact_id, *found) for mine, extracted in pairs for found in differences(extracted, mine)]
    wrong = {fact_id for fact_id, *_ in changes}
    misstated = {fact_id for fact_id, name, *_ in changes if name in NUMBERS}
    return Accuracy(len(pairs), len(pairs) - len(wrong), len(pairs) - len(misstated),
                    Counter(name for _, name, _, _ in changes), changes)
