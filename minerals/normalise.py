"""Normalise a report to clean Simplified Chinese while keeping the way back.

Every edit (NFKC, pinyin notes, PDF spacing, site furniture, OpenCC) goes through
`Mapped`, which carries for each output character the index of the original
character it came from.  Evidence found in the normalised text can therefore always
be shown in the words the report was written in.
"""
from __future__ import annotations

import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Callable

import regex

_DATA = Path(__file__).with_name("data") / "debris.toml"


@cache
def _debris() -> dict:
    with _DATA.open("rb") as fh:
        return tomllib.load(fh)


@cache
def _opencc():
    import opencc

    return opencc.OpenCC("t2s.json")


@dataclass(frozen=True)
class Mapped:
    """A text and, for each of its characters, the offset it came from in the original."""

    text: str
    origin: tuple[int, ...]

    @classmethod
    def identity(cls, text: str) -> "Mapped":
        return cls(text, tuple(range(len(text))))

    def sub(self, pattern: "regex.Pattern[str]", repl: str | Callable[["regex.Match[str]"], str]) -> "Mapped":
        """Like `pattern.sub`, but keep the origin of every character.

        A replacement as long as its match maps position by position; any other
        replacement maps all its characters to the start of the match.
        """
        parts: list[str] = []
        origin: list[int] = []
        last = 0
        for m in pattern.finditer(self.text):
            parts.append(self.text[last:m.start()])
            origin.extend(self.origin[last:m.start()])
            new = repl if isinstance(repl, str) else repl(m)
            if len(new) == m.end() - m.start():
                origin.extend(self.origin[m.start():m.end()])
            else:
                at = self.origin[m.start()] if m.start() < len(self.origin) else self._end()
                origin.extend([at] * len(new))
            parts.append(new)
            last = m.end()
        if not parts:
            return self
        parts.append(self.text[last:])
        origin.extend(self.origin[last:])
        return Mapped("".join(parts), tuple(origin))

    def translate(self, convert: Callable[[str], str]) -> "Mapped":
        """Apply a character-for-character conversion (OpenCC, a variant table).

        Where a conversion changes the length of a line, that line falls back to
        one character at a time so that offsets stay exact.
        """
        out = convert(self.text)
        if len(out) == len(self.text):
            return Mapped(out, self.origin)
        parts: list[str] = []
        origin: list[int] = []
        pos = 0
        for line in self.text.splitlines(keepends=True):
            conv = convert(line)
            if len(conv) != len(line):
                chars = [convert(ch) for ch in line]
                conv = "".join(c if len(c) == 1 else ch for c, ch in zip(chars, line))
            parts.append(conv)
            origin.extend(self.origin[pos:pos + len(line)])
            pos += len(line)
        return Mapped("".join(parts), tuple(origin))

    def _end(self) -> int:
        return self.origin[-1] + 1 if self.origin else 0

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original offsets of the normalised span [start, end)."""
        if start >= end:
            at = self.origin[start] if start < len(self.origin) else self._end()
            return at, at
        return self.origin[start], self.origin[end - 1] + 1


def nfkc(m: Mapped) -> Mapped:
    """Fold full-width digits and signs, Kangxi radicals and compatibility forms.

    ASCII and the basic block of Han characters are already NFKC-stable, so only the
    other characters are looked at, one by one, to keep offsets exact.
    """
    if unicodedata.is_normalized("NFKC", m.text):
        return m
    return m.sub(_NOT_PLAIN, lambda ch: unicodedata.normalize("NFKC", ch.group()))


_NOT_PLAIN = regex.compile(r"[^\x00-\x7f\u4e00-\u9fff]")


# A pinyin gloss after a character: 衛(wèi)生.  A tone mark or ü is required, so that
# list labels such as (a) survive.
_PINYIN = regex.compile(r"(?<=\p{Han})\((?=[a-zü]*[\u00e0-\u01dc\u0300-\u036f])[a-zü\u00e0-\u01dc\u0300-\u036f]+\)")
# Spaces that PDF extraction leaves between characters of a word or number: any run of
# horizontal space touching a Han character or Chinese punctuation.
_CJK = r"[\p{Han}\p{Ps}\p{Pe}\p{Pi}\p{Pf},.;:!?、。%‰·\-—~～/]"
_INNER_SPACE = regex.compile(rf"(?<={_CJK})[ \t\u3000\xa0]+|[ \t\u3000\xa0]+(?={_CJK})")
_EDGE_SPACE = regex.compile(r"^[ \t\u3000\xa0]+|[ \t\u3000\xa0]+$", regex.M)
# Page markers of report-sharing sites: a line that ends in _第3页 (title_第3页) is a
# page stub, not text.
_PAGE_LINE = regex.compile(r"^.{0,80}_第\d+页\s*$\n?", regex.M)
_BLANK_LINES = regex.compile(r"\n{3,}")
# A page of a report-sharing site's preview ends mid-sentence and the next page starts
# with its page number: "…协调进\n\n2、展,制定了…".  Page chunks are long lines.
_PAGE_CHUNK = regex.compile(r"(?<=[^\n]{200}\p{Han})\n+\d{1,3}、(?=\p{Han})")
# Hard line breaks of PDF text inside a sentence: a long line ending in a character
# followed by a line that is not a heading.
_HEADING_START = r"(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十\d]+\)|\d+[、.]|第[一二三四五六七八九十\d]+)"
_WRAPPED = regex.compile(rf"(?<=^(?!{_HEADING_START})[^\n]{{14,}}\p{{Han}})\n(?!{_HEADING_START})(?=\p{{Han}})", regex.M)
# A number broken across lines by PDF extraction: "达到1\n0%".
_BROKEN_NUMBER = regex.compile(r"(?<=\d)\n(?=[\d.]*\d[%‰])")
_LONG_LINE = regex.compile(r"^[^\n]{15,}$", regex.M)
_CR = regex.compile(r"\r\n?")
_TRAILING = regex.compile(r"\n\n+\Z")


@cache
def _boilerplate() -> "regex.Pattern[str]":
    words = sorted(_debris()["boilerplate_lines"], key=len, reverse=True)
    alternation = "|".join(regex.escape(w) for w in words)
    # Only short lines are site furniture; a long line holding 评论 is report text.
    return regex.compile(rf"^(?=[^\n]{{0,80}}$)[^\n]*(?:{alternation})[^\n]*$\n?", regex.M)


def _char_table(table: dict[str, str]) -> Callable[[str], str]:
    trans = str.maketrans(table)
    return lambda s: s.translate(trans)


@dataclass(frozen=True)
class Normalised:
    """A report's text as read, and its clean Simplified form with the map between them."""

    original: str
    mapped: Mapped
    script: str  # 'hant' when the text was found in Traditional script, else 'hans'

    @property
    def text(self) -> str:
        return self.mapped.text

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        return self.mapped.span(start, end)

    def original_text(self, start: int, end: int) -> str:
        a, b = self.original_span(start, end)
        return self.original[a:b]


def _wrapped(text: str) -> bool:
    """True when most long lines end mid-sentence, as text extracted from a PDF does."""
    lines = _LONG_LINE.findall(text)
    open_ = sum(1 for line in lines if regex.match(r"\p{Han}", line[-1]))
    return len(lines) >= 5 and open_ / len(lines) >= 0.5


def detect_script(text: str, simplified: str) -> str:
    """'hant' when t2s changes more than 3 % of the Han characters."""
    han = len(_HAN.findall(text))
    changed = sum(map(str.__ne__, text, simplified))
    return "hant" if han and changed / han > 0.03 else "hans"


_HAN = regex.compile(r"\p{Han}")


def script_of(text: str) -> str:
    """'hant' or 'hans' for a piece of text as found."""
    return detect_script(text, _opencc().convert(text)) if text else "hans"


def normalise(original: str) -> Normalised:
    """Fold width and script, then remove the debris of PDFs and report-sharing sites."""
    debris = _debris()
    m = Mapped.identity(original).sub(_CR, "\n")
    m = nfkc(m)
    m = m.translate(_char_table(debris["radicals"]))
    before = m.text
    m = m.translate(_opencc().convert)
    m = m.translate(_char_table(debris["variants"]))
    script = detect_script(before, m.text)
    m = m.sub(_PINYIN, "")
    m = m.sub(_PAGE_LINE, "")
    m = m.sub(_boilerplate(), "")
    m = m.sub(_INNER_SPACE, "")
    m = m.sub(_EDGE_SPACE, "")
    m = m.sub(_PAGE_CHUNK, "")
    m = m.sub(_BROKEN_NUMBER, "")
    if _wrapped(m.text):
        m = m.sub(_WRAPPED, "")
    m = m.sub(_BLANK_LINES, "\n\n")
    m = m.sub(_TRAILING, "\n")
    return Normalised(original, m, script)
