"""The words every match of a pattern holds, read from the pattern itself.

A pattern tried only where a cheap word test says it can match (`"目标" in text and
GOAL.search(text)`) takes its guard from here, or its guard is checked against it
(tests/test_guards.py), so that editing the pattern cannot leave the guard behind."""

from __future__ import annotations

import itertools
import math
import re
from re import _constants as sre, _parser as sre_parser  # the standard library's reading of a pattern
from typing import Any, Iterable

import regex

_MOST_WORDS = 64  # a set of alternatives longer than this is not spelled out (…[一二三四五六七八九十]{2})
_MOST_SETS = 16  # the most sets of a choice's branches joined, beyond which each gives its rarest
_UNREAD_FLAGS = re.IGNORECASE | re.LOCALE  # under them a literal stands for other characters too
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
# What `regex` reads as a class or a fuzzy match and the standard library as literals: [[:alpha:]], {e<=1}.
_REGEX_ONLY = re.compile(r"\[\[:|\{[eisd]\s*[<=]")


def words_needed(pattern: str | re.Pattern[str] | regex.Pattern[str], behind: bool = True) -> list[frozenset[str]]:
    """Sets of words, each holding a word that every match of `pattern` holds (分钟 and 圈 of
    \\d+分钟\\p{Han}{0,6}?圈; 计划篇, 总结篇… of (?:计划|总结…)篇), read from the standard
    library's parse of the pattern; none where it needs no word that parse names.  Without
    `behind`, the words of lookbehinds are left out: a search from a position may find them
    before it."""
    parsed = _parse(pattern)
    return [] if parsed is None else _strongest(_Reader(behind).each(parsed))


def guard_words(*patterns: str | re.Pattern[str] | regex.Pattern[str]) -> tuple[str, ...]:
    """Words one of which every match of any of `patterns` holds: for each, the set of words it
    needs whose shortest word is longest (the rarest in text).  Raises ValueError for a pattern
    that needs no word, which no word test can guard."""
    words: set[str] = set()
    for pattern in patterns:
        needed = words_needed(pattern)
        if not needed:
            raise ValueError(f"no word is needed by {pattern!r}")
        words |= _rarest(needed)
    return tuple(sorted(_shortest(words)))


def edge_strings(pattern: str | re.Pattern[str] | regex.Pattern[str], first: bool) -> frozenset[str]:
    """The strings every match of `pattern` starts with (`first`) or ends with (工作总结, 工作计划…
    of …(?:工作总结|工作计划)), "" among them where some match may start or end with no literal."""
    parsed = _parse(pattern)
    return frozenset({""} if parsed is None else _sequence_edge(parsed, first))


def needed_within(pattern: str | re.Pattern[str] | regex.Pattern[str], n: int) -> list[frozenset[str]]:
    """The sets of words every match of `pattern` holds in its first `n` characters (目标 within
    7 of 的?\\p{Han}{0,4}?目标): those of its longest opening run of items no longer than `n`."""
    parsed = _parse(pattern)
    if parsed is None:
        return []
    items = list(parsed)
    k = 0
    while k < len(items) and sre_parser.SubPattern(parsed.state, items[:k + 1]).getwidth()[1] <= n:
        k += 1
    return _strongest(_Reader(behind=False, ahead=False).each(items[:k]))  # a lookahead's words may lie beyond them


def _parse(pattern: str | re.Pattern[str] | regex.Pattern[str]) -> Any:
    text, flags = (pattern, 0) if isinstance(pattern, str) else (pattern.pattern, pattern.flags & ~re.UNICODE)
    if flags & _UNREAD_FLAGS or _REGEX_ONLY.search(text):
        return None
    try:
        parsed = sre_parser.parse(text.replace(r"\p{Han}", r"\w"), flags & re.VERBOSE)  # \w: a class that names no word
    except re.error:  # a pattern only `regex` reads
        return None
    return None if parsed.state.flags & _UNREAD_FLAGS else parsed


class _Reader:
    """Reads the words needed from a parsed pattern, with or without its lookbehinds' and its
    lookaheads' words."""

    def __init__(self, behind: bool, ahead: bool = True) -> None:
        self.behind, self.ahead = behind, ahead

    def each(self, items: Iterable[tuple[Any, Any]]) -> list[frozenset[str]]:
        """Of a sequence: the words each run of items that match one of a few strings makes
        (确保了, 争取了 of (?:确保|争取)了), joined to the strings the items beside it start or
        end with (工作总结 + a space of (?P<title>…工作总结)[ ]+), and the sets of each other item."""
        options: list[frozenset[str]] = []
        run: set[str] = {""}  # the strings the text holds up to the current item
        for op, arg in [*items, (None, None)]:
            if op in _ZERO_WIDTH:  # it takes no character: the run goes on over it (确保(?!了)计划 holds 确保计划)
                options += self.item(op, arg)
                continue
            strings = _strings(op, arg) if op is not None else None
            if strings is not None and len(run) * len(strings) <= _MOST_WORDS:
                run = {a + b for a in run for b in strings}
                continue
            head = strings if strings is not None else _edge(op, arg, True) if op is not None else None
            if head is not None and len(run) * len(head) <= _MOST_WORDS:
                run = {a + b for a in run for b in head}
            if "" not in run:
                options.append(_shortest(run))
            if strings is not None:  # too many to join to the run: a run of their own
                run = strings
                continue
            if op is not None:
                options += self.item(op, arg)
            run = (_edge(op, arg, False) if op is not None else None) or {""}
        return list(dict.fromkeys(options))

    def item(self, op: Any, arg: Any) -> list[frozenset[str]]:
        if op is sre.SUBPATTERN:
            return [] if arg[1] & _UNREAD_FLAGS else self.each(arg[3])
        if op is sre.ASSERT:  # a lookahead or lookbehind: its words are in the text too
            return self.each(arg[1]) if (self.behind if arg[0] < 0 else self.ahead) else []
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and arg[0] >= 1:
            inner = _sequence_strings(arg[2])
            if inner is not None and "" not in inner and len(inner) ** arg[0] <= _MOST_WORDS:  # [ \u3000]{2,}: two of them
                words = {""}
                for _ in range(arg[0]):
                    words = {a + b for a in words for b in inner}
                return [_shortest(words)]
            return self.each(arg[2])
        if op is sre.BRANCH:  # a set of each branch's, joined
            branches = [self.each(branch) for branch in arg[1]]
            if not all(branches):
                return []
            if math.prod(map(len, branches)) > _MOST_SETS:
                branches = [[_rarest(sets)] for sets in branches]
            return [_shortest(frozenset().union(*sets)) for sets in itertools.product(*branches)]
        return []


def _strongest(sets: list[frozenset[str]]) -> list[frozenset[str]]:
    """The sets no other one implies: a text holding a word of {工作总结 } holds one of {工作总结}."""
    return [a for a in sets if not any(b != a and all(any(w in v for w in a) for v in b) for b in sets)]


def _rarest(sets: list[frozenset[str]]) -> frozenset[str]:
    """The set whose shortest word is longest."""
    return max(sets, key=lambda words: min(map(len, words)))


def _shortest(words: Iterable[str]) -> frozenset[str]:
    """The words none of the others is part of: a text holding one of `words` holds one of these."""
    words = set(words)
    return frozenset(w for w in words if not any(v != w and v in w for v in words))


def _strings(op: Any, arg: Any) -> set[str] | None:
    """All the strings an item can match, where they are few and the item is made of literals
    only (目标, [底末], (?:值|为)?), else None."""
    if op is sre.LITERAL:
        return {chr(arg)}
    if op is sre.IN and all(kind is sre.LITERAL for kind, _ in arg):
        return {chr(c) for _, c in arg}
    if op is sre.SUBPATTERN and not arg[1] and not arg[2]:
        return _sequence_strings(arg[3])
    if op is sre.BRANCH:
        branches = [_sequence_strings(branch) for branch in arg[1]]
        return None if any(b is None for b in branches) else set().union(*branches)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and arg[:2] == (0, 1):
        inner = _sequence_strings(arg[2])
        return None if inner is None else inner | {""}
    return None


def _edge(op: Any, arg: Any, first: bool) -> set[str] | None:
    """The strings every match of an item starts with (`first`) or ends with, where its first or
    last items are literals (工作总结 of (?P<title>…(?:工作总结|工作计划))), else None."""
    if op is sre.SUBPATTERN and not arg[1] and not arg[2]:
        return _sequence_edge(arg[3], first)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and arg[0] >= 1:
        return _sequence_edge(arg[2], first)
    if op is sre.BRANCH:
        edges = [_sequence_edge(branch, first) for branch in arg[1]]
        return None if any(e is None for e in edges) else set().union(*edges)
    return None


def _sequence_edge(items: Iterable[tuple[Any, Any]], first: bool) -> set[str]:
    """The strings every match of a sequence starts or ends with, "" among them where some
    match may start or end with no literal."""
    run = {""}
    for op, arg in (items if first else reversed(list(items))):
        if op in _ZERO_WIDTH:
            continue
        strings = _strings(op, arg)
        edge = strings if strings is not None else _edge(op, arg, first)
        if edge is None or len(run) * len(edge) > _MOST_WORDS:
            return run
        run = {a + b for a in run for b in edge} if first else {b + a for a in run for b in edge}
        if strings is None:
            return run
    return run


def _sequence_strings(items: Iterable[tuple[Any, Any]]) -> set[str] | None:
    run = {""}
    for op, arg in items:
        strings = _strings(op, arg)
        if strings is None or len(run) * len(strings) > _MOST_WORDS:
            return None
        run = {a + b for a in run for b in strings}
    return run
