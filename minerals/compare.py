"""Plans against results: the `plan_vs_actual` view, filtered, as rows for the terminal or a file."""
from __future__ import annotations

from typing import Iterator

import sqlite_utils

# The view's columns a reader needs, its place and the flags that warn against a gap included.
COLUMNS = [
    "place", "bureau", "region", "region_code", "indicator_key", "indicator", "year", "plan_role",
    "target_value", "target_unit", "target_qualifier", "target_source", "target_sentence", "target_fact",
    "target_flags", "actual_value", "actual_unit", "actual_source", "actual_sentence", "actual_fact", "actual_flags",
    "gap", "met", "statements", "targets_for_year", "actuals_for_year",
]


def comparison(db: sqlite_utils.Database, bureau: str | None = None, indicator: str | None = None) -> Iterator[dict]:
    """Rows of plan_vs_actual; `bureau` matches bureau or region, `indicator` the canonical key
    or the indicator's name or one of its variants in Chinese (高血压患者规范管理率)."""
    where, params = [], []
    if bureau:
        where.append("(bureau LIKE ? OR region LIKE ?)")
        params += [f"%{bureau}%", f"%{bureau}%"]
    if indicator:
        where.append("indicator_key IN (SELECT key FROM indicators WHERE key = ? OR name = ? "
                     "OR instr('|' || variants || '|', ?))")
        params += [indicator, indicator, f"|{indicator}|"]
    sql = (
        "SELECT *, coalesce(indicator_name, target_indicator) AS indicator FROM plan_vs_actual"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY place, indicator_key, year, target_fact, actual_fact"
    )
    for row in db.query(sql, params):
        out = {c: row.get(c) for c in COLUMNS}
        out["met"] = None if row["met"] is None else bool(row["met"])
        yield out


def table(rows: list[dict]) -> str:
    """A plain-text table of the essentials, for reading in a terminal; a quota's value is
    marked, so that a task set from above is not read as the bureau's own target."""
    head = ["place", "indicator", "year", "target", "actual", "gap", "met"]
    lines = [head]
    for r in rows:
        q = {"at_least": "≥", "at_most": "≤", "approx": "≈"}.get(r["target_qualifier"], "")
        actual = "" if r["actual_value"] is None else f"{r['actual_value']:g}{r['actual_unit']}"
        gap = "" if r["gap"] is None else f"{r['gap']:+g}"
        met = {True: "yes", False: "no", None: "?"}[r["met"]]
        lines.append([r["place"] or "", r["indicator"] or r["indicator_key"], str(r["year"]),
                      f"{q}{r['target_value']:g}{r['target_unit']}" + (" (quota)" if r["plan_role"] == "quota" else ""),
                      actual, gap, met])
    widths = [max(_width(line[i]) for line in lines) for i in range(len(head))]
    return "\n".join("  ".join(cell + " " * (w - _width(cell)) for cell, w in zip(line, widths)).rstrip()
                     for line in lines)


def _width(text: str) -> int:
    """Display width: Chinese characters take two columns."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
