"""Run the pipeline over many files into one database, and say what happened."""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

import sqlite_utils

from . import db as database
from .pipeline import FileResult, iter_files, process, sha256
from .manifest import lookup
from .reading import ReadError


def _as_text(known: dict | None) -> str | None:
    return json.dumps(known, ensure_ascii=False, sort_keys=True) if known else None


@dataclass
class Summary:
    files: int = 0
    extracted: int = 0
    unchanged: int = 0
    documents: int = 0
    duplicates: int = 0
    facts: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [
            f"files: {self.files} ({self.extracted} extracted, {self.unchanged} unchanged, {len(self.skipped)} skipped)",
            f"documents: {self.documents} ({self.duplicates} republished copies)",
            f"facts: {self.facts}",
        ]
        reasons = Counter(reason for _, reason in self.skipped)
        out += [f"skipped {n}: {reason}" for reason, n in reasons.most_common()]
        return out


def mark_duplicates(index, result: FileResult) -> int:
    """Set `duplicate_of` on copies of earlier documents and flag their facts."""
    copies = 0
    for doc in result.documents:
        first = index.add(doc["id"], doc["minhash"])
        if first:
            doc["duplicate_of"] = first
            copies += 1
    flagged = {d["id"] for d in result.documents if d["duplicate_of"]}
    for fact in result.facts:
        fact["duplicate"] = int(fact["document_id"] in flagged)
    return copies


def extract(db: sqlite_utils.Database, paths: Iterable[Path], on_error: Callable[[ReadError], None] = lambda e: None,
            progress: Callable[[Iterable[Path]], Iterable[Path]] = lambda it: it,
            manifest: dict[str, dict] | None = None) -> Summary:
    """Extract every report under `paths` into `db`; files already stored are skipped by hash.

    `manifest` (see `minerals.manifest`) says what is known of some files; a file it
    names is re-extracted when what it says has changed.
    """
    summary = Summary()
    files = list(iter_files(paths))
    index = database.duplicate_index(db)
    for path in progress(files):
        summary.files += 1
        try:
            data = path.read_bytes()
        except OSError as exc:
            error = ReadError(path, exc.strerror or str(exc))
            summary.skipped.append((path.name, error.reason))
            on_error(error)
            continue
        known = lookup(manifest, path) if manifest else None
        stored = database.known(db, sha256(data))
        if stored and (stored.get("manifest") or None) == _as_text(known):
            summary.unchanged += 1
            continue
        try:
            result = process(path, data, known)
            result.source["manifest"] = _as_text(known)
        except ReadError as error:
            summary.skipped.append((path.name, error.reason))
            on_error(error)
            continue
        for old in database.replaced_documents(db, result.source):
            index.remove(old)
        summary.duplicates += mark_duplicates(index, result)
        database.store(db, result)
        summary.extracted += 1
        summary.documents += len(result.documents)
        summary.facts += len(result.facts)
    return summary
