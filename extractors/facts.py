"""The built-in extractor: quantities, read for role, aspect, year and indicator."""
from __future__ import annotations

from typing import Iterator

from . import register
from .fact import Fact, Passage
from .indicators import SHORT, canonical, phrase
from .meaning import aspect, role, year
from .quantities import find


@register("quantities")
def quantities(p: Passage) -> Iterator[Fact]:
    previous_end = None
    parent = ""
    for q in find(p.text):
        role_ = role(p, q.start, q.end)
        aspect_ = aspect(p.text, q.start, q.end, q.unit.unit)
        indicator, previous_end = phrase(p.text, q.start, q.end, q.unit.unit, previous_end, parent)
        if len(indicator) > SHORT and not indicator.startswith(parent or "\0"):
            parent = indicator
        yield Fact(
            kind=q.unit.kind,
            value=float(q.value),
            value_max=float(q.value_max) if q.value_max is not None else None,
            unit=q.unit.unit,
            start=p.start + q.start,
            end=p.start + q.end,
            surface=p.text[q.start:q.end],
            sentence=p.text,
            sentence_start=p.start,
            qualifier=q.qualifier,
            role=role_,
            aspect=aspect_,
            year=year(p, q.start, q.end, role_),
            indicator=indicator,
            indicator_key=canonical(indicator, q.unit.unit),
        )
