"""The unit table (data/units.toml): what a written unit means and how it is stored."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path

import regex

DATA = Path(__file__).with_name("data")


def alternation(words) -> str:
    """A regex alternation of `words`, longest first, so that 计划 is not read as 计 + 划."""
    return "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@dataclass(frozen=True)
class Unit:
    written: str
    kind: str  # count | rate | money | quantity
    unit: str  # as stored (FACTS.md)
    factor: Decimal


@cache
def load_toml(name: str) -> dict:
    """A data file of this package, parsed once."""
    with (DATA / name).open("rb") as fh:
        return tomllib.load(fh)


@cache
def units() -> dict[str, Unit]:
    table: dict[str, Unit] = {}
    for kind, entries in load_toml("units.toml").items():
        if kind in ("implied", "named_in_unit", "before", "only_after", "only_right_after", "only_right_after_followed", "only_right_after_listed", "ratio", "same_count", "also_counted_in", "divisions"):
            continue
        for written, (unit, factor) in entries.items():
            if written in table:
                raise ValueError(f"units.toml: {written!r} is listed twice")
            table[written] = Unit(written, kind, unit, _factor(factor))
    return table


def _factor(factor: float | str) -> Decimal:
    """A factor as units.toml writes it: a number, or a fraction ("10000/15", 1 亩 in 平方米)."""
    if isinstance(factor, str) and "/" in factor:
        top, bottom = factor.split("/")
        return Decimal(top) / Decimal(bottom)
    return Decimal(str(factor))


@cache
def named_in_unit() -> dict[str, str]:
    """Units written with the noun they count, and that noun: 20张床位 -> 床位."""
    return dict(load_toml("units.toml")["named_in_unit"])


@cache
def implied_units() -> dict[str, str]:
    """Nouns that carry a unit after 万/亿: 53.2万居民 -> 人."""
    return dict(load_toml("units.toml")["implied"])


@cache
def only_after() -> dict[str, tuple[str, ...]]:
    """Units that make a quantity only after one of their words: 预期寿命77.8岁."""
    return {unit: tuple(words) for unit, words in load_toml("units.toml")["only_after"].items()}


@cache
def only_right_after() -> dict[str, tuple[str, ...]]:
    """Units that make a quantity only right after one of their words: 平均达到3.6级."""
    return {unit: tuple(words) for unit, words in load_toml("units.toml")["only_right_after"].items()}


@cache
def only_right_after_followed() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Units of `only_right_after` that also follow these words when one of the second words
    follows them: 通过3级评价 (a level passed), not 通过三级评审 (a hospital's grade)."""
    return {unit: (tuple(words), tuple(followers))
            for unit, (words, followers) in load_toml("units.toml")["only_right_after_followed"].items()}


@cache
def only_right_after_listed() -> dict[str, tuple[str, ...]]:
    """Units of `only_right_after` that follow an institution where one was found before in the
    sentence: 市人民医院…分级评价四级,市中医院达到3级."""
    return {unit: tuple(words) for unit, words in load_toml("units.toml")["only_right_after_listed"].items()}


@cache
def divisions() -> tuple[str, tuple[str, ...]]:
    """The word a place holds its divisions by (辖) and the divisions counted after it without a
    measure word (辖8镇3乡)."""
    table = load_toml("units.toml")["divisions"]
    return table["held_by"], tuple(table["names"])


@cache
def ratio_names() -> tuple[str, ...]:
    """The names of the ratios written 1:x (医护比1:1.18), which a 1:x is read as only beside."""
    return tuple(load_toml("units.toml")["ratio"]["names"])


@cache
def units_before() -> dict[str, str]:
    """Units named before the number: 总诊疗人次达215.3万 -> 人次."""
    return dict(load_toml("units.toml")["before"])


@cache
def _same_count() -> dict[str, str]:
    return dict(load_toml("units.toml")["same_count"])


@cache
def also_counted_in() -> dict[str, tuple[str, ...]]:
    """Indicators whose counts are written in a second unit as well (出院人数 in 人)."""
    return {key: tuple(units) for key, units in load_toml("units.toml")["also_counted_in"].items()}


def counted_alike(a: str, b: str) -> bool:
    """Whether two units are the same, or measure words that count the same things (a
    clinic is 1个, 1所 or 1家)."""
    same = _same_count()
    return same.get(a, a) == same.get(b, b)
