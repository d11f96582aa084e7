"""A researcher's manifest: what is known of each file, applied over what minerals infers.

CSV with a header; `path` is required, the rest optional:

    path,bureau,region,report_year,plan_year,type
    reports/qingchuan_2019.txt,青川县卫生健康局,青川县,2019,2020,summary_and_plan

`path` may be relative to the manifest's folder, absolute, or a bare file name.
"""
from __future__ import annotations

import csv
from pathlib import Path
from typing import Iterable

FIELDS = ("bureau", "region", "report_year", "plan_year", "type")
TYPES = ("summary", "plan", "summary_and_plan", "other")


class ManifestError(ValueError):
    """A manifest that cannot be used, with its file and line."""


def load(path: Path) -> dict[str, dict]:
    """Entries keyed by resolved path and by file name."""
    entries: dict[str, dict] = {}
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            if not reader.fieldnames or "path" not in reader.fieldnames:
                raise ManifestError(f"{path}: the first line must name the columns, including 'path'")
            for n, row in enumerate(reader, 2):
                entry = {k: (row.get(k) or "").strip() or None for k in FIELDS}
                for year in ("report_year", "plan_year"):
                    if entry[year] and not entry[year].isdigit():
                        raise ManifestError(f"{path}:{n}: {year} must be a year, not {entry[year]!r}")
                if entry["type"] and entry["type"] not in TYPES:
                    raise ManifestError(f"{path}:{n}: type must be one of {', '.join(TYPES)}")
                target = Path(row["path"].strip())
                resolved = target if target.is_absolute() else (path.parent / target)
                entries[str(resolved.resolve())] = entry
                entries.setdefault(target.name, entry)
    except OSError as exc:
        raise ManifestError(f"{path}: {exc.strerror}") from exc
    return entries


def lookup(entries: dict[str, dict], file: Path) -> dict | None:
    return entries.get(str(file.resolve())) or entries.get(file.name)


def unmatched(path: Path, files: Iterable[Path]) -> list[str]:
    """The manifest's rows that name none of `files`, as '<manifest>:<line>: <path>': a
    path mistyped would otherwise leave what the row says unapplied without a word."""
    files = list(files)
    resolved = {str(f.resolve()) for f in files}
    names = {f.name for f in files}
    out = []
    with path.open(encoding="utf-8-sig", newline="") as fh:
        for n, row in enumerate(csv.DictReader(fh), 2):
            target = Path((row.get("path") or "").strip())
            where = target if target.is_absolute() else (path.parent / target)
            if str(where.resolve()) not in resolved and target.name not in names:
                out.append(f"{path}:{n}: {target}")
    return out
