"""Signs that a document cannot be taken as written: words of another era than its date,
and words a spinning site swaps in (`data/trust.toml`).

Sharing sites re-date what they republish (a county's report of the 2000s offered as 2022's)
and spin its words to pass it off as new (覆盖率 → 掩盖率).  Neither can be undone with
certainty, so neither is: the document names what it found, and its facts carry a flag that a
researcher can filter on.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

_DATA = Path(__file__).with_name("data") / "trust.toml"
EARLY = 1  # years a document may come before a word's first year: a plan is written the year before
LATE = 2  # years it may come after its last: a word lingers after its office or programme ends
_PAST = re.compile(r"原[^,;。:、\s]{0,6}$")  # 原卫生局, 原县卫生局: the office as it was


@dataclass(frozen=True)
class Era:
    words: tuple[str, ...]
    first: int | None
    last: int | None

    def span(self) -> str:
        return f"{self.first or ''}–{self.last or ''}"

    def excludes(self, year: int) -> bool:
        return (self.first is not None and year < self.first - EARLY) or (self.last is not None and year > self.last + LATE)


@cache
def _data() -> tuple[tuple[Era, ...], re.Pattern, re.Pattern]:
    with _DATA.open("rb") as fh:
        data = tomllib.load(fh)
    eras = tuple(Era(tuple(e["words"]), e.get("from"), e.get("to")) for e in data["era"])
    words = sorted({w for era in eras for w in era.words}, key=len, reverse=True)
    dated = re.compile("|".join(map(re.escape, words)))
    spun = re.compile("|".join(map(re.escape, sorted(data["spun"], key=len, reverse=True))))
    return eras, dated, spun


def anachronisms(text: str, year: int | None) -> str | None:
    """The words of `text` in use only in other years than `year`, each with its years
    (卫生局 –2017, 新农合 2003–2018), comma-separated; None when there are none."""
    if year is None:
        return None
    eras, dated, _ = _data()
    found = {m.group() for m in dated.finditer(text) if not _PAST.search(text, max(0, m.start() - 8), m.start())}
    out = [f"{word} {era.span()}" for era in eras if era.excludes(year) for word in era.words if word in found]
    return ", ".join(out) or None


def spun(text: str) -> str | None:
    """The spun words of `text`, comma-separated, in order of first use; None when there are none."""
    found = dict.fromkeys(_data()[2].findall(text))
    return ", ".join(found) or None


def has_spun(sentence: str) -> bool:
    return _data()[2].search(sentence) is not None
