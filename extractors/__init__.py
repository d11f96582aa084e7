"""Pattern extractors: every quantity of a report sentence as a `Fact` (FACTS.md).

Each extractor is a function `Passage -> Iterator[Fact]` registered by name; the
built-in ones register themselves exactly as an outside one would:

    from extractors import register, Passage, Fact

    @register("my_extractor")
    def my_extractor(p: Passage): ...
"""
from __future__ import annotations

from typing import Callable, Iterator

from .fact import ASPECTS, KINDS, QUALIFIERS, ROLES, Fact, Passage

Extractor = Callable[[Passage], Iterator[Fact]]
REGISTRY: dict[str, Extractor] = {}


def register(name: str) -> Callable[[Extractor], Extractor]:
    def add(fn: Extractor) -> Extractor:
        if name in REGISTRY:
            raise ValueError(f"an extractor named {name!r} is already registered")
        REGISTRY[name] = fn
        return fn

    return add


def extract(passage: Passage) -> Iterator[Fact]:
    """Every fact of one passage, from every registered extractor, in text order."""
    facts = [f for fn in REGISTRY.values() for f in fn(passage)]
    facts.sort(key=lambda f: (f.start, f.end))
    return iter(facts)


from . import facts as _builtin  # noqa: E402,F401  (registers the built-in extractor)

__all__ = ["ASPECTS", "KINDS", "QUALIFIERS", "ROLES", "Fact", "Passage", "REGISTRY", "extract", "register"]
