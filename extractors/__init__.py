"""Pattern extractors: every quantity of a report sentence as a `Fact` (FACTS.md).

Each extractor is a function `Passage -> Iterator[Fact]` registered by name; the
built-in ones register themselves exactly as an outside one would:

    from extractors import register, Passage, Fact

    @register("my_extractor")
    def my_extractor(p: Passage): ...

An extractor may also give `scan`, which names the offsets of a whole document's text
near which it can find anything: the sentences holding none are then not given to it
(most sentences of a report hold no number, and each call costs more than the scan).
"""
from __future__ import annotations

from bisect import bisect_left
from typing import Callable, Iterator

from .fact import ASPECTS, KINDS, QUALIFIERS, ROLES, Fact, Passage

Extractor = Callable[[Passage], Iterator[Fact]]
Scan = Callable[[str], list[int]]
REGISTRY: dict[str, Extractor] = {}
SCANS: dict[str, Scan | None] = {}


def register(name: str, scan: Scan | None = None) -> Callable[[Extractor], Extractor]:
    def add(fn: Extractor) -> Extractor:
        if name in REGISTRY:
            raise ValueError(f"an extractor named {name!r} is already registered")
        REGISTRY[name] = fn
        SCANS[name] = scan
        return fn

    return add


def wanted(text: str) -> Callable[[int, int], bool]:
    """Whether some extractor can find anything in text[start:end], by their scans of `text`."""
    if any(scan is None for scan in SCANS.values()):
        return lambda start, end: True
    spots = sorted(spot for scan in SCANS.values() for spot in scan(text))

    def holds(start: int, end: int) -> bool:
        at = bisect_left(spots, start)
        return at < len(spots) and spots[at] < end

    return holds


def extract(passage: Passage) -> Iterator[Fact]:
    """Every fact of one passage, from every registered extractor, in text order."""
    facts = [f for fn in REGISTRY.values() for f in fn(passage)]
    facts.sort(key=lambda f: (f.start, f.end))
    return iter(facts)


from . import facts as _builtin  # noqa: E402,F401  (registers the built-in extractor)

__all__ = ["ASPECTS", "KINDS", "QUALIFIERS", "ROLES", "Fact", "Passage", "REGISTRY", "extract", "register", "wanted"]
