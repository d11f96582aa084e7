"""Normalise a report to clean Simplified Chinese while keeping the way back.

Every edit (NFKC, pinyin notes, PDF spacing, site furniture, OpenCC) goes through
`Mapped`, which carries for each output character the index of the original
character it came from.  Evidence found in the normalised text can therefore always
be shown in the words the report was written in.
"""
from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import Callable, Iterable, Iterator

import numpy as np
import regex

from .han import codepoints, han_count, holds

_DATA = Path(__file__).with_name("data") / "debris.toml"


@cache
def _debris() -> dict:
    with _DATA.open("rb") as fh:
        return tomllib.load(fh)


@cache
def _opencc():
    import opencc

    return opencc.OpenCC("t2s.json")


def simplified(text: str) -> str:
    """`text` in Simplified script (OpenCC t2s), for the few words read before a text is normalised."""
    return _opencc().convert(text) if text else text


@dataclass(frozen=True, eq=False)
class Mapped:
    """A text and, for each of its characters, the offset it came from in the original.

    The offsets are a numpy array rather than a tuple of ints: a sub then costs a few
    slices and one concatenate instead of a Python int per character.
    """

    text: str
    origin: np.ndarray  # int64, one per character of text

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Mapped):
            return NotImplemented
        return self.text == other.text and np.array_equal(self.origin, other.origin)

    @classmethod
    def identity(cls, text: str) -> "Mapped":
        return cls(text, np.arange(len(text), dtype=np.int64))

    def sub(self, pattern: "regex.Pattern[str] | re.Pattern[str]",
            repl: str | Callable[["regex.Match[str]"], str]) -> "Mapped":
        """Like `pattern.sub`, but keep the origin of every character.

        A replacement as long as its match maps position by position; any other
        replacement maps all its characters to the start of the match.
        """
        if isinstance(repl, str):
            return self.edit((*m.span(), repl) for m in pattern.finditer(self.text))
        return self.edit((*m.span(), repl(m)) for m in pattern.finditer(self.text))

    def edit(self, edits: Iterable[tuple[int, int, str]]) -> "Mapped":
        """Replace each span [start, end) by its new text, keeping origins as `sub` does.

        The spans come in order and do not overlap.
        """
        text, origin = self.text, self.origin
        parts: list[str] = []
        origins: list[np.ndarray] = []
        last = 0
        for start, end, new in edits:
            parts += (text[last:start], new)
            if len(new) == end - start:
                origins.append(origin[last:end])
            else:
                origins.append(origin[last:start])
                if new:
                    at = origin[start] if start < len(origin) else self._end()
                    origins.append(np.full(len(new), at, dtype=origin.dtype))
            last = end
        if not parts:
            return self
        parts.append(text[last:])
        origins.append(origin[last:])
        return Mapped("".join(parts), np.concatenate(origins))

    def translate(self, convert: Callable[[str], str]) -> "Mapped":
        """Apply a character-for-character conversion (OpenCC, a variant table).

        Where a conversion changes the length of a line, that line falls back to
        one character at a time so that offsets stay exact.
        """
        out = convert(self.text)
        if len(out) == len(self.text):
            return Mapped(out, self.origin)
        # Every line keeps its length, so the origin stays as it is.
        parts: list[str] = []
        for line in self.text.splitlines(keepends=True):
            conv = convert(line)
            if len(conv) != len(line):
                chars = [convert(ch) for ch in line]
                conv = "".join(c if len(c) == 1 else ch for c, ch in zip(chars, line))
            parts.append(conv)
        return Mapped("".join(parts), self.origin)

    def _end(self) -> int:
        return int(self.origin[-1]) + 1 if len(self.origin) else 0

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original offsets of the normalised span [start, end): from the first to the last
        original character it comes from (a table's row restated as a sentence names the row
        before values that its cells may hold to the left or right)."""
        if start >= end:
            at = int(self.origin[start]) if start < len(self.origin) else self._end()
            return at, at
        first, last = int(self.origin[start]), int(self.origin[end - 1])
        if self._in_order:
            return first, last + 1
        origin = self.origin[start:end]
        return int(origin.min()), int(origin.max()) + 1

    @cached_property
    def _in_order(self) -> bool:
        """Whether the offsets never go back, as they do only where a table's row is restated."""
        return bool(np.all(self.origin[1:] >= self.origin[:-1]))


def nfkc(m: Mapped) -> Mapped:
    """Fold full-width digits and signs, Kangxi radicals and compatibility forms.

    ASCII and the basic block of Han characters are already NFKC-stable, so only the
    other characters are looked at, one by one, to keep offsets exact.  A report uses
    a few dozen distinct such characters, thousands of times: each is folded once, and
    those that fold to one character are replaced with str.replace, which keeps the
    offsets as they are.  NFKC is idempotent, so no replacement makes another one's
    character.
    """
    if unicodedata.is_normalized("NFKC", m.text):
        return m
    cps = codepoints(m.text)
    others = np.unique(cps[(cps > 0x7F) & ((cps < 0x4E00) | (cps > 0x9FFF))])
    folds = {ch: new for ch in map(chr, others) if (new := unicodedata.normalize("NFKC", ch)) != ch}
    text = m.text
    for ch, new in folds.items():
        if len(new) == 1:
            text = text.replace(ch, new)
    m = Mapped(text, m.origin)
    longer = [ch for ch, new in folds.items() if len(new) != 1]
    if longer:
        m = m.sub(regex.compile("|".join(map(regex.escape, longer))), lambda ch: folds[ch.group()])
    return m


# A footnote's mark after a number or a word (107.2①, 为0②,), or between a word and its number
# (总诊疗人次②2456.3万人次): NFKC would make it a digit of the number.
_MARKS = r"[\u2460-\u249b\u00b9\u00b2\u00b3\u2074-\u2079]+"
_FOOTNOTE_MARK = regex.compile(rf"(?<=[\d%‰\p{{Han}})）]){_MARKS}(?=[,，。;；、:：\s)）]|$)|(?<=\p{{Han}}){_MARKS}(?=[\d\uff10-\uff19\p{{Han}}])")
_MARK_RUN = re.compile(_MARKS)
# A circled or bracketed numeral opening a line or an item (注释:①医疗卫生机构…。②3岁以下儿童…): a
# list's label, which NFKC would make a digit run into the words or the number after it (23岁以下).
_LABEL_MARK = regex.compile(r"(?:^|(?<=[\s:：;；。,，、(（]))[\u2460-\u249b]", regex.M)
# A character lost in decoding (a GBK or Big5 page read in another code, 持證上崗率?94%, 持证率\ufffd96%):
# an ASCII ? before a number, or a replacement character, touching a Han character; it would stand
# between an indicator and its number.  A question mark as Chinese text writes it (？) is no loss.
_LOST_CHARACTER = regex.compile(r"(?<=\p{Han})(?:\?|\ufffd+)(?=\d)|(?<=\p{Han})\ufffd+(?=\p{Han})")
# A pinyin gloss after a character: 衛(wèi)生.  A tone mark or ü is required, so that
# list labels such as (a) survive.
_PINYIN = regex.compile(r"(?<=\p{Han})\((?=[a-zü]*[\u00e0-\u01dc\u0300-\u036f])[a-zü\u00e0-\u01dc\u0300-\u036f]+\)")
_TONED = re.compile(r"\([a-zü]*[\u00e0-\u01dc\u0300-\u036f]")  # what every gloss holds
# Spaces that PDF extraction leaves between characters of a word or number: any run of
# horizontal space touching a Han character, Chinese punctuation or a mark of a way (同比 ↓ 2.1%, 8.92万人 △ 2.1%).
_CJK = r"[\p{Han}\p{Ps}\p{Pe}\p{Pi}\p{Pf},.;:!?、。%‰·\-—~～/<>≤≥=\u2190-\u21ff▲△▼▽⬆⬇]"
# A line set in letter-spacing, as some PDF extraction gives it ("建 档 率 8 6 . 5 %"): every
# character stands alone between spaces, words a little wider apart ("局   2 0 2 4   年").  All its
# spaces go, those between digits too.
_LETTER_SPACED = regex.compile(r"^[ \t\u3000\xa0]*(?:\S[ \u3000\xa0]{1,3}){6,}\S?[ \t\u3000\xa0]*$", regex.M)
_SPACE_RUN = regex.compile(r"[ \t\u3000\xa0\u2009\u202f]+")
# A decimal spaced glyph by glyph on a line that is not (建档率达到8 5 . 6 %,较上年…).
_SPACED_DECIMAL = regex.compile(r"(?<![\d.])\d(?: \d)* \. \d(?: \d)*(?: (?=[%‰]))?")
# A whole number spaced digit by digit, after a word and before its unit (签约 2 3 5 8 6 人,
# 参保率 1 0 0 %, an indented 2 0 2 5 年); not a row of one-digit table cells, which no unit follows.  So are the whole
# part of a decimal whose point is not spaced (就诊率达 8 8.6%, 资金 2 3 0 6.\n7 万元), when a unit
# or a clause's end follows the fraction, and a fraction spaced before the 、 of a list (下降 0.1 5、0.1 4 个千分点);
# and one that goes on past its line's end to its unit (手术 4 6 8\n0 台次, 资金 8 9 6\n5.4 万元), for the lines to join.
_SPACED_INTEGER = regex.compile(r"(?<=^[ \t\u3000]*|[\p{Han}\p{P}/] ?)\d(?: \d)+(?= ?[\p{Han}%‰/]|\.\n?\d(?: ?\d)* ?[\p{Han}%‰/、,;。]|\n\d(?: ?\d)*(?:\.\d+)? ?[\p{Han}%‰/])"
                                r"|(?<=\d\.)\d(?: \d)+(?= ?、)", regex.M)
# A number in groups of three digits between spaces, after a word and before its unit
# (实有床位 1 986 张, 22 093.2 万元), as statistics set them.
_GROUPED_DIGITS = regex.compile(r"(?<=(?:^|[\p{Han}\p{P}])[ \t\u3000\xa0]?)\d{1,3}(?:[ \u2009\u202f\xa0]\d{3})+(?:\.\d+)?"
                             r"(?=[ \t\u3000\xa0]?[\p{Han}%‰])", regex.M)
# A stray space inside a number before a part that opens on 0 (达到1 00%, 培训4 00人次): no number
# opens so, so the part goes on the number before it.
_BEFORE_LEADING_ZERO = regex.compile(r"(?<=(?:^|[\p{Han},;:、(])[ ]?\d{1,4})[ ](?=0\d+(?:\.\d+)?[%‰\p{Han}])", regex.M)
# A number set in groups of three by commas (93,516.5单位): one number, whose commas break no clause.
_GROUPED_BY_COMMAS = regex.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])")
_COMMA = regex.compile(",")
# What every match of `_SPACED_DECIMAL`, `_SPACED_INTEGER` and `_GROUPED_DIGITS` holds: a digit,
# a space, then a digit or a point.
_DIGIT_SPACE = regex.compile(r"\d[ \u2009\u202f\xa0][\d.]")
_INNER_SPACE = regex.compile(rf"(?<={_CJK})[ \t\u3000\xa0]+|[ \t\u3000\xa0]+(?={_CJK})")
# A run of spaces after a quantity and before words, as a portal's 数说 page sets its fields apart
# (早筛人数 2.16万人  完成年度目标(4万人)的54%, 检查医疗机构:968家次　　监督覆盖率:100%): the
# quantity's clause ends there; not after a date or a page's number (2023年  工作总结, 第4页).
_FIELD_BREAK = regex.compile(r"(?<=\d(?:[%‰]|\p{Han}{1,3}))(?<![年月日号页])[ \t\u3000\xa0]{2,}(?=\p{Han})")
# A section heading run into its first sentence on one PDF line ("二、医疗服务水平稳步提升 全区…"):
# the space after it becomes a line break, so that the heading stays out of the sentence.
_INLINE_HEADING = regex.compile(r"(?<=(?:^|[。;:!?] ?)[一二三四五六七八九十]{1,3}、(?![一二三四五六七八九十两])(?:(?:19|20)\d{2}年)?[^,。;:!?\s\d]{4,20})"
                             r"(?<![和与及暨、]) (?=[\p{Han}(“])", regex.M)  # 二、2015年主要工作完成情况 (一)…; not 存在问题和 2020年…
# A space inside a word: a line with more than a few, and more than one in a hundred characters, is
# spaced through (建档 率 达 到, 圆 满完成), and its spaces set no heading or title apart.
_WORD_SPACE = regex.compile(r"\p{Han}[ \u3000]+\p{Han}")
_FEW_SPACES = 3  # as many as set a title, its issuer and a heading apart on one line
# A sharing site's page chunk number before a heading: 2、二、2015年主要工作完成情况, 3、(四)计划生育….
_CHUNK_BEFORE_HEADING = regex.compile(r"^\d{1,3}、(?=[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\))", regex.M)
# A report's title, its issuer's name first, set apart from its body by a space alone at a
# line's start (after a site's page number, 1、) or after a sentence that ends another article:
# "…再创佳绩。石门县卫生计生局2018年度工作总结 今年以来,…"; not before an article's number
# (卫生院2019年工作总结 篇一), nor the words a sentence starts with (按照县卫生局2019年工作计划 要求).
# The title gets lines of its own.
_NOT_A_TITLE = r"(?!按照|根据|依据|对照|围绕|结合|贯彻|落实|执行|完成|制定|做好|通过|按|据|在|为|对|与|把|经|由|向|以)"
_ISSUER = r"(?:局|委员会|委|中心|院|所|办公室|办)"
_OFFICE_END = r"(?:局|委员会|委|政府|办公室)"  # an office a page's 来源 field names, not a site (来源:网络)
_TITLE_ENDS = ("工作总结", "工作计划", "工作要点", "工作打算", "工作汇报")  # what a title says the report is
_TITLE_YEAR = r"(?:19|20)\d{2}年度?"


def _title(year: str) -> str:
    """A report's title: its issuer's name, its year (`year`), then what it says the report is."""
    return rf"{_NOT_A_TITLE}\p{{Han}}{{1,22}}{_ISSUER}{year}[\p{{Han}}\d]{{0,16}}?(?:{'|'.join(_TITLE_ENDS)})"


_TITLE = _title(_TITLE_YEAR)
_SPACED_TITLE = regex.compile(rf"(?:^(?:\d{{1,3}}、)?|(?<=[。!?]))(?P<before>[ ]?)(?P<title>{_TITLE})(?P<space>[ ]+)"
                              r"(?=(?!篇|第)(?:\p{Han}|(?:19|20)\d{2}年)[^\n]{0,30}?[,。:;])",
                              regex.M)
# A title on a line of its own may name its year by 年度 alone (…服务中心年度工作总结).
_TITLE_LINE = regex.compile(rf"(?:\d{{1,3}}、)?{_title(f'(?:{_TITLE_YEAR}|年度)')}")
_TITLE_JOINS = ("和", "及", "暨", "与", "兼")  # what joins a title's second part to its first
# The opening of a sharing site's first page chunk: its page title, the report's own title (or its
# issuer's name) and the body, set apart by spaces alone ("1、2015年县卫生和计划生育局工作总结
# 崇仁县卫生和计划生育局2015年工作总结 2015年,是…"; PDF text spaces the years, 2019 年工作总结).
# Each title gets lines of its own; not the issuers of a joint report, which its title names one after
# another (合阳县医疗保障局 合阳县卫生健康局关于2022年…的报告).
_OPENING = regex.compile(r"\s*(?:\d{1,3}、)?")
# A sharing site's word of praise for a document, before or after its title (高品质文档2022年…).
SITE_PRAISE = "(?:高品质文档|精品文档|优质文档|推荐文档|精选文档)"
# What a site's first chunk puts before the page title it restates: its number and a word of praise.
_TITLE_JUNK_OPENING = regex.compile(rf"^(?:\d{{1,3}}、)?{SITE_PRAISE}?")
_TITLE_LINE_LENGTH = 60  # characters of a title's line at most
_OPENING_PART = regex.compile(rf"{_NOT_A_TITLE}(?=\S{{4}})(?:[^\s,。;:!?()]|[ ](?=\d)|(?<=\d)[ ](?=年))+?"
                              rf"(?:总结|计划|要点|打算|汇报|思路|报告|材料|安排|规划|方案|(?P<issuer>{_ISSUER}))(?:\([^()\s]{{1,10}}\))?"
                              # not before an article's number, a row of cells, nor a post's date (柳溪县卫生健康局 2022-01-12 08:30)
                              r"(?P<space>[ \u3000]+)(?!篇|第|\d+[ ]+\d|(?:19|20)\d{2}-\d{1,2}-\d{1,2})"
                              # an issuer's name not before the mark of the portal's section after it (梧溪县卫生健康局 -
                              # 政府信息公开: a page's title, whose report's own title is the next line)
                              rf"(?(issuer)(?![^\s,。;:!?]{{2,24}}?{_ISSUER}关于|[-_—|]))(?=\S)")
# A sharing site's first page stub (兴和县卫生健康局2019年健康扶贫工作总结_第1页) opening a report: often
# the only line that titles it.  Its stem stays; the other stubs go with the page lines.
_FIRST_STUB = regex.compile(r"^[ \t]*(?P<stem>[^\n]{2,80}?)(?P<mark>_第1页[ \t]*)$", regex.M)
_EDGE_SPACE = regex.compile(r"^[ \t\u3000\xa0]+|[ \t\u3000\xa0]+$", regex.M)
# Both in one pass: each takes whole runs of spaces, so what `_INNER_SPACE` leaves is what
# `_EDGE_SPACE` would find after it.
_SPACE_DEBRIS = regex.compile(rf"{_INNER_SPACE.pattern}|{_EDGE_SPACE.pattern}", regex.M)
# Page furniture on a line of its own: a report-sharing site's page stub (title_第3页), and a
# PDF's 第 3 页 共 10 页, ——第3页——, - 3 -, -- 3 -- and -- 3 of 10 -- (what PDF.js writes), and 3/10; and a
# running header with its page's number and the count of pages (丰台区…2019年工作总结 第2页 共4页).
_PAGE_LINE = regex.compile(r"^(?:.{0,80}_第\d+页|[^\n]{0,80}?[ \t]第[ \t]*\d+[ \t]*页[ \t]*[,/]?[ \t]*共[ \t]*\d+[ \t]*页|[ \t]*(?:[-—–]*\s*第\s*\d+\s*页\s*(?:[,/]?\s*共\s*\d+\s*页)?\s*[-—–]*"
                           r"|[-—–]+\s*\d{1,3}\s*(?:of\s*\d{1,3}\s*)?[-—–]+|\d{1,3}\s*/\s*\d{1,3}))[ \t]*$\n?", regex.M)


def page_line(line: str) -> bool:
    """Whether a line is a PDF's page number or a sharing site's page stub (`_PAGE_LINE`), as read,
    before its radicals are folded (第 2 ⻚ 共 4 ⻚)."""
    return bool(_PAGE_LINE.fullmatch(_char_table(_debris()["radicals"])(line)))


# A PDF's page number within its line.
_PAGE_MARK = (r"(?:[ \t]*(?:[-—–]*[ \t]*第[ \t]*\d+[ \t]*页[ \t]*(?:[,/]?[ \t]*共[ \t]*\d+[ \t]*页)?[ \t]*[-—–]*"
              r"|[-—–]+[ \t]*\d{1,3}[ \t]*(?:of[ \t]*\d{1,3}[ \t]*)?[-—–]+|\d{1,3}[ \t]*/[ \t]*\d{1,3}))[ \t]*")
# A site's navigation on lines of its own, as HTML extraction leaves it: 首页, >, 当前位置.
# Words and plain classes only: the standard `re` module finds them three times faster than regex.
_NAV_LINE = re.compile(r"^[ \t]*(?:首页|主页|网站首页|返回首页|当前位置:?|您的位置:?|[>»›/|]+"
                       r"|(?:[^\n|｜]{1,8}[|｜]){2,}[^\n|｜]{1,8})[ \t]*$\n?", re.M)  # …, 政务公开|办事服务|互动交流
_BLANK_LINES = regex.compile(r"\n{3,}")
# Emoji that posts set before their lines (✅, 👉, 🎯) and the joiners that build them: no words; but not
# the arrows a portal marks a change's way with (同比⬇3.4%, ↘2.1%), which read as ↑ and ↓ do.
_EMOJI_CHAR = r"(?:(?![\u2194-\u2199\u2b05-\u2b07])\p{Extended_Pictographic}|[\uFE0F\u200D])"
_EMOJI = regex.compile(f"{_EMOJI_CHAR}+")
# A page of a report-sharing site's preview ends mid-sentence and the next page starts
# with its page number: "…协调进\n\n2、展,制定了…".  Page chunks are long lines.
_PAGE_CHUNK = regex.compile(r"(?<=[^\n]{200}\p{Han})\n+\d{1,3}、(?=\p{Han})")
# Hard line breaks of PDF text inside a sentence: a long line ending in a character, a
# number, a percentage or a bracket (卫生技术\n人员, 规范管理率分别为72.1%\n和70.8%, 执业(助理)\n医师)
# followed by a line that is not a heading and does not open with a year (体检率\n76.3%), unless
# the line before ends in a word that needs what follows (到\n2030年达到30%, 比\n2020年提高, 和\n2013年).  A line
# that opens with a heading is a paragraph when a sentence or a clause ends in it ((一)医疗服务。全区…,
# 4.人均经费补助标准提高到89元,项\n目资金…); one whose only mark is a comma, a colon or a list's 、, or none,
# when it runs the page's width (一、主要指标:全县每千人口执业(助理)医师2.71\n人, (六)…门急诊人次数达到95万人\n次).
_HEADING_START = r"(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十\d]+\)|\d+(?:、|\.(?!\d))|第[一二三四五六七八九十\d]+)"
_WRAPPED = regex.compile(rf"(?<=^(?:(?!{_HEADING_START})[^\n]{{14,}}|{_HEADING_START}[^\n]*(?:[。;][^\n]{{4,}}|[,:、][^\n]*)?)[\p{{Han}}\d%‰,、()\-—~]"
                         rf"|^{_HEADING_START}[^\n]*,)\n"
                         rf"(?!{_HEADING_START}|(?<![到至在为于比较与和及由从自的、]\n)\d{{4}}年)(?=\p{{Han}}|\d|[(“≥≤》”」』]|[<>]\d)", regex.M)  # 执业\n(助理)医师, 目标\n≥90%, <20% (not a tag), 明白纸\n》: a closing mark opens no line
# A heading's mark that ends its line, its words on the next ((五)夯实基层基础。…(六)\n提高家庭医生签约质量。):
# a mark alone heads nothing, so the line goes on, in wrapped text or not.
_BARE_MARK = regex.compile(r"(?<=(?:^|[。;:!?])[ ]*(?:\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3}、))[ ]*\n(?=\p{Han}|“|\d{4}年)",
                           regex.M)
# A page's number between the two halves of a sentence (…健康管理服务率\n- 2 -\n61.5%;…): the sentence
# goes on over it in text whose lines are paragraphs, as wrapped text's lines go on.
_PAGE_INSIDE = regex.compile(rf"(?<=^(?:(?!{_HEADING_START})[^\n]{{14,}}|{_HEADING_START}[^\n]*[。;][^\n]{{4,}})[\p{{Han}}\d%‰,、(])"
                             rf"[ \t]*\n(?:[ \t]*\n)?(?:{_PAGE_MARK}\n(?:[ \t]*\n)?)+[ \t]*"
                             rf"(?!{_HEADING_START}|\d{{4}}[ ]?年|{_PAGE_MARK}$)(?=\p{{Han}}|\d)", regex.M)  # (PDF text spaces years: 2020 年)
# A page's number on a line of its own, as every match of `_PAGE_INSIDE` holds one: text without
# one is not searched with `_PAGE_INSIDE`, whose lookbehind is tried at every position.
_PAGE_MARK_LINE = regex.compile(rf"\n{_PAGE_MARK}\n")
# The measure words a count broken across lines goes on to (在岗职工1\n126人); a numbered row of a
# table opens on its number and a name (2新农合…), which none of these starts.
_COUNT_WORD = r"(?:人次|人|名|个|家|例|张|台|所|项|份|户|次|对|剂|间|元)"
# A line that starts with a mark that never starts one (,其中…; %以上): the line before goes on; so it
# does, cut in a word, into a line that opens on its count and goes on with a clause (其中职工医保参保\n21.35万人,…).
_CONTINUED = regex.compile(r"(?<=[^\n])\n(?=[,、。;:!?%‰)])|(?<=[\d%‰])\n(?=以上|以下|左右|以内)"  # …达到90%\n以上
                           rf"|(?<=\p{{Han}})\n(?=\d+(?:\.\d+)?[万亿]?{_COUNT_WORD}[,;、])")
# A number broken across lines by PDF extraction: "达到1\n0%".
_BROKEN_NUMBER = regex.compile(r"(?<=\d)\n(?=[\d.]*\d[%‰]|\.\d)|(?<=\d\.)\n(?=\d+(?:[%‰,;。、/]|\p{Han}))"  # 访视率96.\n4%
                            r"|(?<=\d,)\n(?=\d{3}(?!\d))"  # 传染病1,\n436例
                            r"|(?<=\d/)\n(?=(?:1|10|100|1000|10000|100000)?万|十万)"  # 发病率335.18/\n10万: a rate's base
                            # 总投资2.8\n6亿元, 诊疗12\n6.3万人次, 在岗职工1\n126人: in prose, before 万, 亿 or a measure word
                            rf"|(?<=^[^\n]{{12,}}\p{{Han}}[\d.,]{{1,8}})\n(?=[\d.,]*\d(?:[万亿]|{_COUNT_WORD}))", regex.M)
_HEADING_START_RE = regex.compile(_HEADING_START)
# A line of 15 characters or more, and its last character.
_LONG_LINE_END = regex.compile(r"^[^\n]{14,}([^\n])$", regex.M)
_COUNTED_END = regex.compile(r"\d[\p{Han}%‰]{1,3}$")
# A document's file number ends its line (梅岭区卫生健康局文件梅卫健〔2022〕3号).
_FILE_NUMBER_END = regex.compile(r"[〔\[(]\d{4}[〕\])]\d{1,4}号$")
# A line that is a document's file number (石卫计发〔2017〕9号) or a page's kept field (来源:澜溪县卫生健康局)
# under a title: the title ends with its line, as a letterhead's lines each end.
_FILE_NUMBER_LINE = regex.compile(r"\p{Han}{1,12}[〔\[(]\d{4}[〕\])]\d{1,4}号[ ]*$", regex.M)
# A heading that ends its line after the sentence before it (…总结汇报如下:一、加强组织领导): the
# line ends with it, as a sharing site's page chunk sets it.
# Not when a subheading follows it on the line: 三、2023年工作计划(一)抓好"乙\n类乙管"… breaks the subheading's words.
_HEADING_END = regex.compile(r"[。;:!?][一二三四五六七八九十]{1,3}、(?:(?!\([一二三四五六七八九十]{1,3}\))[^,。;:!?\n]){2,30}$")
# A row of a list of values, one to a line (孕产妇死亡率:11.86/10万): whole, not a wrapped line.
_ROW_LINE = regex.compile(r"[^\n:。;]{2,30}:[^\n]{0,24}\d[^\d\n]{0,6}")  # not 疗服务能力。主要预期目标是:…寿命达到78.3
# A ratio's colon (实际值1:1.07) starts no row.
_ROW_START = regex.compile(r"[^\n:,。]{2,30}(?<!(?<![\d.])1):[^\n]{0,24}\d")
_CR = regex.compile(r"\r\n?")
# Words in straight double quotes ("十四五"末), as the rules read curly ones (“十四五”末).
_STRAIGHT_QUOTED = regex.compile(r'"([^"\n]{1,30})"')
_TRAILING = regex.compile(r"\n\n+\Z")

# Years in Chinese numerals (二〇二〇年, 一九九八年) become Arabic, digit for digit, so that
# the offsets stay as they are and every year rule reads them.
# ○ (a white circle) often stands for 〇 (二○○八年), and so do the digit 0 and the letter O
# typed in its place (二0一0年, 二O一一年).
_CN_YEAR = regex.compile(r"(?<![〇○零一二三四五六七八九十百千万\dA-Za-z])[一二][〇○零九0O][〇○零一二三四五六七八九0O]{2}(?=年)")
_CN_DIGITS = str.maketrans("〇○零一二三四五六七八九O", "0001234567890")
# A year of the 2000s by its last two numerals (○三年工作打算, 〇二年): only this century's years
# open with a zero, so it is 2003.  Not a masked year (○○年) nor a count's (一千零三).
_CN_SHORT_YEAR = regex.compile(r"(?<![〇○零一二三四五六七八九十百千万\dA-Za-z])[〇○零][一二三四五六七八九](?=年)")


# A number OCR read with letters for some digits (2O19年, 4l.6万人次, 52O8.6万元, l.5万人次): a run of
# digits and the letters O o l I, not touching a Latin letter (N95, COVID), holding a digit, not opening
# with O (O2O) unless after a digit and a space or 率为, or before a point (7 O.8%).  A run of letters
# alone is a number only after a digit and a space (8 O%, 6 O名), before 万, 亿, % or ‰ (l万管), or as
# a rate of none (孕产妇死亡率为O,): elsewhere it is a word (O型, I期).  A run goes on over a PDF's line
# break to the digits or the percentage its line cut off (增长l\n6.5%, 稳定在9\nO%以上), for the lines to join.
_OCR_NUMBER = regex.compile(r"(?<![A-Za-z\d.])(?:(?<=\d |率为)|(?![Oo](?!\.)))[\dOolI]"
                            r"(?:[\dOolI]|\.(?=[\dOolI])|\n(?=[\dOolI.]*[\d%‰]))*+(?![A-Za-z\d])")
_OCR_LETTERS = regex.compile(r"[OolI]")
_LETTERS_ONLY_NUMBER = regex.compile(r"(?<=\d )[OolI]+(?=[\p{Han}%‰.])|[OolI]+(?= ?[万亿%‰])|(?<=率为)[Oo](?=[,;。、])")
# A full stop OCR read as a point (增加.全县…, 达到92.6%.家庭医生…): a point after a word, a percent or
# a bracket and before a word or a number (深化医改.2020年…) is never a decimal point.  Not after a
# heading's numeral (一.主要工作); and only in a text that holds more such points than 。: elsewhere such
# a point is a sharing site's stray mark inside a sentence (危害群众健康的.违法行为, 46.44元/人.次).
_POINT_STOP = regex.compile(r"(?<=[\p{Han}%‰)”])(?<!(?:^|[\n。.(])[一二三四五六七八九十]{1,3})\.(?=[\p{Han}“(]|\d)", regex.M)


@cache
def _boilerplate() -> "re.Pattern[str]":
    """The boilerplate words, longest first; an alternation of words alone, which the standard
    `re` module finds three times faster than regex."""
    words = sorted(_debris()["boilerplate_lines"], key=len, reverse=True)
    # and each word spaced letter by letter, as a PDF spaces a page's header (免 费 下 载), which the
    # page's width may cut (仅 供\n学 习 交 流)
    spaced = ("(?:[ \u3000]+|[ \u3000]*\n[ \u3000]*)".join(re.escape(c) for c in w.replace(" ", "")) for w in words if len(w.replace(" ", "")) > 2)
    return re.compile("|".join([*(re.escape(w) for w in words), *spaced]))


@cache
def _issuer_field() -> "regex.Pattern[str]":
    fields = "|".join(regex.escape(w) for w in _debris()["issuer_fields"])
    sources = "|".join(regex.escape(w) for w in _debris()["source_fields"])
    return regex.compile(rf"(?:{fields})[::][ \t\u3000]*\p{{Han}}{{2,30}}"
                         rf"|(?<!\p{{Han}})(?:{sources})[::][ \t\u3000]*\p{{Han}}{{2,30}}?{_OFFICE_END}(?!\p{{Han}})")


@cache
def _kept_field() -> "regex.Pattern[str]":
    """A field of a furniture line that keeps its place: the issuer's, or the day the report was
    written (as PDF text spaces it too: 2023 年 12 月 28 日)."""
    dates = "|".join(regex.escape(w) for w in _debris()["date_fields"])
    return regex.compile(rf"{_issuer_field().pattern}|(?:{dates})[::][ \t\u3000]*(?:19|20)\d{{2}} ?[-/.年] ?\d{{1,2}}(?: ?[-/.月] ?\d{{1,2}} ?日?)?")


@cache
def _outlet_field() -> "regex.Pattern[str]":
    sources = "|".join(regex.escape(w) for w in _debris()["source_fields"])
    outlets = "|".join(regex.escape(w) for w in sorted(_debris()["news_outlets"], key=len, reverse=True))
    return regex.compile(rf"(?<!\p{{Han}})(?:{sources})[::][ \t\u3000]*\p{{Han}}{{2,30}}?(?:{outlets})(?!\p{{Han}})")


def names_outlet(line: str) -> bool:
    """Whether a page's furniture line (Simplified, NFKC) names a news outlet as its source
    (来源:柳川县融媒体中心): the page is the outlet's own news."""
    return bool(_outlet_field().search(line))


def names_issuer(line: str) -> bool:
    """Whether a page's furniture line (Simplified, NFKC) names the office that issues the report
    (发布单位:云岭市卫生健康委员会, 来源:安顺市卫生健康局), not a site (来源:网络)."""
    return bool(_issuer_field().search(line))


# The end of a furniture line that a PDF page's width cut onto a line of its own (…| 分享到微\n信,
# 浏览次数:\n1286): a character or two, which would title the report, or the number of a field the
# line ends with.  A line of a word or more (卫生院) is the report's.
_FURNITURE_TAIL = regex.compile(r"[^\s,。;:!?、]{1,2}[ \t]*(?=\n|\Z)")
_FIELD_TAIL = regex.compile(r"\d+[ \t]*(?=\n|\Z)")


_WORD_RUN = 12  # characters on either side of a line break a boilerplate word cut there may hold


def _word_cut(boilerplate: "re.Pattern[str]", text: str, start: int, end: int) -> bool:
    """Whether a boilerplate word runs over the line break at `end`, as a PDF page's width cuts one
    (成文日期:2023-12-25 发\n布日期:2023-12-27)."""
    if end >= len(text):
        return False
    joined = text[start:end] + text[end + 1:end + 1 + _WORD_RUN]
    return any(word.start() < end - start < word.end() for word in boilerplate.finditer(joined))


def _line_end(text: str, at: int) -> int:
    """Where the line holding offset `at` ends."""
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _furniture(text: str) -> Iterator[tuple[int, int, str]]:
    """Edits removing site furniture: a line holding a boilerplate word (and the tail a page's
    width cut from it), with its line break, but for a field naming the report's issuer
    (`issuer_fields`) or the day it was written (`date_fields`), which keeps its line.

    Only short lines are site furniture; a long line holding 评论 is report text.  The
    lines are found from the words: a regex anchored at each line would try every word
    at every position of every short line, which is three times slower.
    """
    line_end = -1
    boilerplate = _boilerplate()
    for word in boilerplate.finditer(text):
        if word.start() < line_end:
            continue  # another word of a line already seen
        start = text.rfind("\n", 0, word.start()) + 1
        line_end = _line_end(text, word.end())
        at = word.end()
        while (more := boilerplate.search(text, at)) and more.start() < line_end:
            at = more.end()  # a later word of the line, which may go on past its end (免 费 下 载 ,仅 供\n学 习 交 流)
            line_end = max(line_end, _line_end(text, at))
        if line_end - start > 80 and not _spaced_short(text, start, line_end):
            continue
        if _word_cut(boilerplate, text, max(start, line_end - _WORD_RUN), line_end):
            line_end = _line_end(text, line_end + 1)  # the next line goes on the line's last word (发\n布日期:, > 工\n作总结)
        if tail := (_FIELD_TAIL if text.endswith(":", start, line_end) else _FURNITURE_TAIL).match(text, line_end + 1):
            line_end = tail.end()
        kept = ([m.span() for m in _kept_field().finditer(text, start, line_end)] or _spaced_fields(text, start, line_end)
                or _tagged_title(boilerplate, text, start, line_end))
        if kept:  # each field on a line of its own, so that neither reads as the other's words
            yield start, kept[0][0], ""
            for field, after in zip(kept, kept[1:]):
                yield field[1], after[0], "\n"
            yield kept[-1][1], line_end, ""
        else:
            yield start, min(line_end + 1, len(text)), ""


# A sharing site's tag before the report's title, on a line of its own (【免费下载】澄溪县卫生健康局2023年工作总结和2024年工作计划).
_SITE_TAG = regex.compile(r"[ \t\u3000]*[【\[][^】\]\n]{1,8}[】\]][ \t\u3000]*")


def _tagged_title(boilerplate: "re.Pattern[str]", text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The span of the title a sharing site's tag stands before, when the rest of its line is the
    title alone: it may be the only title the page gives the report."""
    tag = _SITE_TAG.match(text, start, end)
    if not tag or not _TITLE_LINE.match(text, tag.end(), end) or boilerplate.search(text, tag.end(), end):
        return []
    title_end = tag.end() + len(text[tag.end():end].rstrip())
    return [(tag.end(), title_end)] if text.endswith(_TITLE_ENDS, tag.end(), title_end) else []


# Two letters side by side: a line without any is spaced letter by letter (its fields may stand wider apart).
_LETTERS_TOGETHER = regex.compile(r"\S\S")


def _spaced_short(text: str, start: int, end: int, most: int = 80) -> bool:
    """Whether a line spaced letter by letter holds `most` letters or fewer: short, read together."""
    return end - start <= 4 * most and _every_letter_spaced(text, start, end) and (
        sum(not c.isspace() for c in text[start:end]) <= most)


def _every_letter_spaced(text: str, start: int, end: int) -> bool:
    """Whether every letter of the line text[start:end] (six or more) stands apart, as PDF text spaces a line."""
    return not _LETTERS_TOGETHER.search(text, start, end) and sum(not c.isspace() for c in text[start:end]) >= 6


def _spaced_fields(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the kept fields (`_kept_field`) of a line spaced letter by letter, as PDF text
    gives a portal's fields (成 文 日 期 : 2 0 2 3 - 1 2 - 2 5): read with its letters together, each
    field set apart before its name, as the unspaced line sets them apart by spaces."""
    if not _every_letter_spaced(text, start, end):
        return []
    at = [i for i in range(start, end) if not text[i].isspace()]
    letters = "".join(text[i] for i in at)
    names = {m.start() for m in _field_names().finditer(letters)} - {0}
    apart, where = [], []  # the letters with a space before each field's name, and each one's place in `text`
    for n, (i, letter) in enumerate(zip(at, letters)):
        if n in names:
            apart.append(" ")
            where.append(i)
        apart.append(letter)
        where.append(i)
    return [(where[m.start()], where[m.start() + len(m.group().rstrip()) - 1] + 1) for m in _kept_field().finditer("".join(apart))]


@cache
def _field_names() -> "re.Pattern[str]":
    """The names of a page's fields, boilerplate words among them (发布日期, 浏览次数)."""
    debris = _debris()
    names = [*debris["issuer_fields"], *debris["date_fields"], *debris["source_fields"], *debris["boilerplate_lines"]]
    return re.compile("|".join(re.escape(w) for w in sorted(names, key=len, reverse=True)))


_SENTENCE_END = tuple("。!?;:…”)")
_CLAUSE_PUNCTUATION = regex.compile(r"[,。;!?]")


def _first_stubs(text: str) -> Iterator[tuple[int, int, str]]:
    """Edits keeping the stem of each first page stub that titles a report: one that opens the
    text, or one whose stem the text has not said before, a report glued after another (…确保各个
    项目顺利建设。\n2022年市级文明单位申报汇报材料(卫生局)_第1页); not a title restated under the
    site's furniture (东城区…2018年工作总结 … 东城区…2018年工作总结_第1页), which goes with the page lines.
    A stub run into the furniture that ends the page before (您可能关注的文档2022年…_第1页) starts after it."""
    for stub in _FIRST_STUB.finditer(text):
        furniture = None
        for furniture in _boilerplate().finditer(text, stub.start("stem"), stub.end("stem")):
            pass
        stem = stub.start("stem") if furniture is None else furniture.end()
        if not text[:stub.start()].strip() or text[stem:stub.end("stem")].strip() not in text[:stub.start()]:
            if furniture is not None:
                yield stub.start("stem"), stem, ""
            yield stub.start("mark"), stub.end(), ""


def _running_heads(text: str, pages: list["regex.Match[str]"]) -> Iterator[tuple[int, int, str]]:
    """Edits removing a PDF's running header or footer: a short line without punctuation that
    repeats an earlier line next to a page number (- 2 -, 第2页), or that repeats the first
    line, the title, cutting a sentence in two (…健康管理率为\nXX县卫生健康局2019年工作总结\n71.6%).
    Only the lines next to page numbers (`pages`, the matches of `_PAGE_LINE`) and the title's
    repeats are looked at."""
    title = text.lstrip().split("\n", 1)[0].strip()
    found: set[tuple[int, int]] = set()
    for page in pages:
        found.update(_around_page(text, page.start(), page.end()))
    at = text.find(title, len(title)) if title else -1
    while at >= 0:
        start, end = _line_after(text, at)
        before = text[_line_before(text, start)[0]:start].strip()
        after = text[end:end + 1]
        if (text[start:end].strip() == title and _repeated(text, start, end) and before
                and not before.endswith(_SENTENCE_END) and after.strip() and not _HEADING_START_RE.match(text, end)
                and not _FILE_NUMBER_END.search(before)):  # a letterhead's office, under its file number, issues the title below
            found.add((start, end))
        at = text.find(title, at + len(title))
    for start, end in sorted(found):
        yield start, end, ""


def _around_page(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The lines around a page number [start, end) that go with it: blank lines, and a running
    header or footer on either side, so that a sentence the page cut joins again."""
    for step in (_line_before, _line_after):
        at, header = (start, False) if step is _line_before else (end, False)
        while 0 < at < len(text) if step is _line_before else at < len(text):
            a, b = step(text, at)
            if text[a:b].strip() and (header or not _repeated(text, a, b)
                                      or (step is _line_after and _own_title_below(text, a, b))):
                break
            header = header or bool(text[a:b].strip())
            yield a, b
            at = a if step is _line_before else b


def _own_title_below(text: str, start: int, end: int) -> bool:
    """Whether the line [start, end) is the report's own title under a sharing site's page title
    that holds it among its labels (【免费下载】…工作总结 - 文库 / 第1页 共3页 / …工作总结): said before
    only inside that first line, it heads the report, where a running head repeats a line whole."""
    key = text[start:end].strip()
    lead = len(text) - len(text.lstrip())
    first_end = _line_end(text, lead)
    first = text[lead:first_end].strip()
    return first != key and key in first and text.find(key, first_end, start) < 0


def _line_before(text: str, at: int) -> tuple[int, int]:
    """The line that ends just before offset `at` (a line start), with its line break."""
    start = text.rfind("\n", 0, max(0, at - 1)) + 1
    return start, at


def _line_after(text: str, at: int) -> tuple[int, int]:
    """The line that starts at or holds offset `at`, with its line break."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end + 1


# A compilation's numbered article title (社区卫生监督协管工作计划 3), said again in another of its
# groups: it heads an article, where a running head or foot says the same on every page.
_ARTICLE_NUMBER_END = regex.compile(r"(?<![\d.])\d{1,2}$")


def _repeated(text: str, start: int, end: int) -> bool:
    """Whether the line [start, end) is short, without punctuation, and said before it: not a
    numbered article's title."""
    key = text[start:end].strip()
    if not (0 < len(key) <= 40 and not _CLAUSE_PUNCTUATION.search(key)) or _ARTICLE_NUMBER_END.search(key):
        return False
    if text.find(key, 0, start) >= 0:
        return True
    # a PDF reprints its title as a running head spaced otherwise (平远县卫生健康局 2020年…工作打算)
    words = _INNER_SPACE.sub("", key)
    return words != key and regex.compile(r"[ \t\u3000\xa0]*".join(map(regex.escape, words))).search(text, 0, start) is not None


def _spaced_titles(text: str) -> Iterator[tuple[int, int, str]]:
    """Edits giving each title of `_SPACED_TITLE` lines of its own: a break for the space after
    it, and one before it where a sentence ends there.  Only a text where a title's last words
    stand before a space can hold one."""
    if not any(end + " " in text for end in _TITLE_ENDS):
        return
    for m in _SPACED_TITLE.finditer(text):
        if m.start() > 0 and text[m.start() - 1] != "\n":
            yield m.start("before"), m.end("before"), "\n\n"
        yield m.start("space"), m.end("space"), "\n\n"


def _spaced_through(text: str, start: int, end: int) -> bool:
    """Whether the line [start, end) has spaces inside its words (`_WORD_SPACE`)."""
    spaces = len(_WORD_SPACE.findall(text, start, end))
    return spaces > _FEW_SPACES and spaces * 100 > end - start


def _inline_headings(text: str) -> Iterator[tuple[int, int, str]]:
    """Edits breaking the line after each `_INLINE_HEADING`, but on lines spaced through."""
    spaced: dict[int, bool] = {}
    for m in _INLINE_HEADING.finditer(text):
        start, end = _line_after(text, m.start())
        if start not in spaced:
            spaced[start] = _spaced_through(text, start, end)
        if not spaced[start]:
            yield m.start(), m.end(), "\n"


def _opening_titles(text: str) -> Iterator[tuple[int, int, str]]:
    """Edits giving each title of `_OPENING_PART` on the text's first two lines (a page stub kept
    as the title may stand above the first chunk), and on those of each report a site glued after
    another (`_page_titles`), lines of their own."""
    for opening in (0, *_page_titles(text)):
        line_end = opening
        for _ in range(2):
            at = _OPENING.match(text, line_end).end()
            line_end = text.find("\n", at)
            line_end = len(text) if line_end < 0 else line_end
            while not _spaced_through(text, at, line_end) and (part := _OPENING_PART.match(text, at, line_end)):
                yield part.start("space"), part.end("space"), "\n\n"
                at = part.end()


def _page_titles(text: str) -> Iterator[int]:
    """The starts of the lines, after the text's first, that title a sharing site's page: a page
    title kept from its stub, which the first chunk under it opens by restating (2022年…汇报材料(卫生局) /
    1、高品质文档2022年…汇报材料(卫生局) 2021-2021年度… 依据…)."""
    above, above_at, at = "", 0, 0
    for line in text.split("\n"):
        body = line.strip()
        if body:
            if above_at and 4 <= len(above) <= _TITLE_LINE_LENGTH and _TITLE_JUNK_OPENING.sub("", body).startswith(above):
                yield above_at
            above, above_at = body, at
        at += len(line) + 1


def _letter_spaced(text: str) -> Iterator["regex.Match[str]"]:
    """`_LETTER_SPACED.finditer(text)`, tried only on the lines whose first character (after
    their indent) has a space after it: a match is a whole line, and trying every line start cost
    more than any other pattern of normalising."""
    at = 0
    for line in text.split("\n"):
        body = line.lstrip(" \t\u3000\xa0")
        if len(body) > 1 and body[1] in " \u3000\xa0" and (m := _LETTER_SPACED.match(text, at)):
            yield m
        at += len(line) + 1


def _spaces_within(find: Callable[[str], Iterable["regex.Match[str]"]], text: str,
                   inside: "regex.Pattern[str]" = _SPACE_RUN) -> Iterator[tuple[int, int, str]]:
    """Edits removing every space (or match of `inside`) inside the matches `find` finds: a
    letter-spaced line, a decimal spaced glyph by glyph, the commas grouping a number's digits."""
    for match in find(text):
        for space in inside.finditer(text, match.start(), match.end()):
            yield space.start(), space.end(), ""


def _footnote_marks(text: str) -> Iterator[tuple[int, int, str]]:
    """Edits removing each match of `_FOOTNOTE_MARK`, and each list label (`_LABEL_MARK`).  No mark is a digit, a sign or a letter that
    its lookbehinds ask for, and no lookahead takes one, so a match is a whole run of marks: only
    the runs are tried, where `_FOOTNOTE_MARK` alone would try its lookbehinds at every position."""
    for run in _MARK_RUN.finditer(text):
        if mark := _FOOTNOTE_MARK.match(text, run.start()) or _LABEL_MARK.match(text, run.start()):
            yield mark.start(), mark.end(), ""


def radicals_folded(text: str) -> Mapped:
    """`text` with the radicals a PDF's font sets for whole characters (⽬标, 人⺠医院) made those
    characters, offsets kept, for a table's headings are read before the text is normalised."""
    m = Mapped.identity(text)
    return m.translate(_char_table(_radicals())) if _radical().search(text) else m


@cache
def _radical() -> "re.Pattern[str]":
    """Any of `_radicals`, sought in one pass (most texts hold none)."""
    return re.compile("[" + re.escape("".join(_radicals())) + "]")


@cache
def _radicals() -> dict[str, str]:
    """The Kangxi radicals (each NFKC's one character) and debris.toml's radicals."""
    kangxi = {ch: unicodedata.normalize("NFKC", ch) for ch in map(chr, range(0x2F00, 0x2FE0))}
    return {**{ch: new for ch, new in kangxi.items() if len(new) == 1 and new != ch}, **_debris()["radicals"]}


def _char_table(table: dict[str, str]) -> Callable[[str], str]:
    """A conversion by the table; most texts hold none of its characters, and `in` is
    far cheaper than str.translate, which looks every character up."""
    trans = str.maketrans(table)
    return lambda s: s.translate(trans) if any(ch in s for ch in table) else s


def _ocr_digits(text: str) -> Iterator[tuple[int, int, str]]:
    """Edits giving each `_OCR_NUMBER` its digits, letter for digit so that offsets stay as they are."""
    table = _char_table(_debris()["ocr_digits"])
    for run in _OCR_NUMBER.finditer(text):
        word = run.group()
        if _OCR_LETTERS.search(word) and (any(ch.isdigit() for ch in word)
                                          or _LETTERS_ONLY_NUMBER.match(text, run.start(), run.end() + 2)):
            yield run.start(), run.end(), table(word)


@dataclass(frozen=True)
class Normalised:
    """A report's text as read, and its clean Simplified form with the map between them."""

    original: str
    mapped: Mapped
    script: str  # 'hant' when the text was found in Traditional script, else 'hans'
    converted: int = 0  # characters that t2s changed: none in most Simplified reports

    def script_at(self, start: int, end: int) -> str:
        """The script of the original text [start, end), an article of a compilation:
        Simplified when t2s changed nothing in the whole text."""
        return script_of(self.original[start:end]) if self.converted else "hans"

    @property
    def text(self) -> str:
        return self.mapped.text

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        return self.mapped.span(start, end)

    def original_text(self, start: int, end: int) -> str:
        a, b = self.original_span(start, end)
        return self.original[a:b]

    def files_joined(self) -> list[int]:
        """Where in the text a second file glued to the first starts: a byte-order mark opening a
        line (two saved reports joined byte for byte each keep their own), which the text drops."""
        if "\ufeff" not in self.original:
            return []
        starts = [m.end() for m in _JOINED_FILE.finditer(self.original)]
        origin = self.mapped.origin
        return sorted({int(np.argmax(origin >= at)) for at in starts if len(origin) and origin[-1] >= at})


def _wrapped(text: str) -> bool:
    """True when two long lines in five or more end mid-sentence, as text extracted from a PDF
    does: in a character, a number or a comma (…累计补偿参合农民\n326.5万人次,…).  A report's
    title on a line of its own ends nothing."""
    # the last character of each long line (as `_LONG_LINE_END` finds them) that is no row of values
    ends = "".join(line[-1] for line in text.split("\n") if len(line) >= 15 and not _row_or_title(line))
    open_ = han_count(ends) + sum(map(str.isdigit, ends)) + sum(map(ends.count, "%‰,、."))  # 32.\n4%: a decimal broken
    return len(ends) >= 5 and open_ / len(ends) >= 0.4


def _row_or_title(line: str) -> bool:
    """Whether a line is a row of values (`_ROW_LINE`, which holds a colon) or a report's title
    (`_TITLE_LINE`, which ends in one of `_TITLE_ENDS`); each pattern is tried only on the lines
    that hold what it requires."""
    return bool((":" in line and _ROW_LINE.fullmatch(line))
                or (line.endswith(_TITLE_ENDS) and _TITLE_LINE.fullmatch(line)))


def _across(tail: str, after: str) -> bool:
    """Whether a quantity runs over the join of a line's end and the next line's start
    (…总发病率为23 + 6.43/10万, 住院1.94万人 + 次)."""
    from extractors.quantities import find

    return any(q.start < len(tail) < q.end for q in find(tail + after))


def _counted_end(line: str, after: str = "") -> bool:
    """Whether a line ends with a number and its unit, as a list's line does (…发热哨点诊室21个), or
    with a file number (梅卫健〔2022〕3号); not with a number cut from its unit (完成投资9850万\n元, 住院
    1.94万人\n次: the unit goes on in `after`, the next line's start), a year and the words after it
    (到2025年每千\n人口) or a name's digit (2型糖\n尿病); a number that ends in 万 or 亿 is cut from
    its unit, whatever it may be read as."""
    from extractors.quantities import find

    tail = line[-40:]
    if not _COUNTED_END.search(line):
        return False
    if _FILE_NUMBER_END.search(line) is not None:
        return True
    if after and _across(tail, after[:_UNIT_RUN]):
        return False
    return any(q.end == len(tail) and tail[q.end - 1] not in "万亿" for q in find(tail))


_UNIT_RUN = 3  # characters of the next line a unit cut at a line's end may go on with (人\n次, 万\n元)
# A line's end after a number and the start of a unit (达到95万人\n次,: a unit cut across the line).
_UNIT_CUT = regex.compile(r"(?<=\d[\p{Han}%‰/]{1,3})\n(?=\p{Han})")
_HAN_AT = regex.compile(r"\p{Han}")


def _units_across(text: str) -> Iterator[tuple[int, int, str]]:
    """Edits joining a line to the next where the next line's start finishes the unit of the
    number the line ends with, a clause's mark after it (住院1.94万人\n次,, 总投资3200万\n元。):
    in any text, for a unit cut across a line is no list's line nor a heading's end."""
    from extractors.quantities import find

    for m in _UNIT_CUT.finditer(text):
        tail = text[max(text.rfind("\n", 0, m.start()) + 1, m.start() - 40):m.start()]
        joined = tail + text[m.end():m.end() + _UNIT_RUN + 1]
        if any(q.start < len(tail) < q.end < len(joined) and not _HAN_AT.match(joined, q.end) for q in find(joined)):
            yield m.start(), m.end(), ""


# A number in prose at a line's end: a word or a mark of the sentence before it, not a space or a cell's bar.
_PROSE_NUMBER_END = regex.compile(r"[\p{Han}、,:;(”]([\d.,/]{1,12})$")
# A year's digits cut after the first, second or third (由2\n018年, 到20\n25年).
_YEAR_CUT = regex.compile(r"(?:19|20)\d{2}")
_LEADING_DIGITS = regex.compile(r"\d{1,3}(?=年)")


def _number_runs_on(text: str, start: int, wrap: "regex.Match[str]", width: float) -> bool:
    """Whether the number a full line ends with goes on at the next line's start, as the page's
    width cuts it (总发病率为23\n6.43/十万, 发现隐患19\n5处, 由2\n018年): the line runs the page's
    width, the number stands in prose, and the two parts make one quantity with its unit, or a year."""
    if _ems(text, start, wrap.start()) < 0.75 * width:  # (the page's lines lose their spaces and debris before they are joined)
        return False
    tail = text[max(start, wrap.start() - 40):wrap.start()]
    number = _PROSE_NUMBER_END.search(tail)
    if number is None:
        return False
    year = _LEADING_DIGITS.match(text, wrap.end())
    if year is not None and _YEAR_CUT.fullmatch(number.group(1) + year.group()):
        return True
    return _across(tail, text[wrap.end():wrap.end() + 24])


# A letter's salutation on a line of its own, under a report's title (县人民政府:, 各乡镇卫生院、县直各单位:):
# it opens the body, and the title above it ends where its line does.
_SALUTATION = regex.compile(r"\p{Han}{1,30}?(?:政府|委员会|常委会|局|委|办|院|单位|部门|中心|股室|科室)"
                            r"(?:[、,]\p{Han}{1,30}?(?:政府|委员会|常委会|局|委|办|院|单位|部门|中心|股室|科室))*:[ ]*$", regex.M)
# An issuer's name on a line of its own, under a printed report's title (松河县卫生健康局): a byline,
# that the title above it does not run into.
_BYLINE_LINE = regex.compile(rf"\p{{Han}}{{2,24}}{_ISSUER}[ ]*$", regex.M)
_CLAUSE_MARKS = regex.compile(r"[,。;:!?]")
_SENTENCE_MARKS = regex.compile(r"[。;]")
_HEADING_MARKS = regex.compile(r"[,。;:!?、]")


# What a CJK font sets half an em wide: a line holding many digits holds more characters.
_HALF_WIDTH = regex.compile(r"[0-9A-Za-z.%/+\-]")


def _ems(text: str, start: int, end: int) -> float:
    """How wide the line text[start:end] is set, in ems: a digit or a Latin letter half of one."""
    return end - start - 0.5 * len(_HALF_WIDTH.findall(text, start, end))


def _page_width(text: str) -> float:
    """The width of a page of wrapped text, in ems (`_ems`): the width most long lines reach
    (the ninth tenth), taken before any line is joined."""
    widths = sorted(_ems(text, *m.span()) for m in _LONG_LINE_END.finditer(text))
    return widths[len(widths) * 9 // 10] if widths else 0


def _ends_at_title(text: str, start: int, join: "regex.Match[str]") -> bool:
    """Whether the line from `start` to a `join` of lines is a report's title, which ends with its
    line, unless its second part goes on after the join (…工作总结\n和2022年工作计划)."""
    return (text.endswith(_TITLE_ENDS, start, join.start()) and _TITLE_LINE.fullmatch(text, start, join.start()) is not None
            and not text.startswith(_TITLE_JOINS, join.end()))


# A speech's title, a line of its own (在全市卫生健康工作会议上的讲话), as a sharing site's page title gives it
# too, its labels after it (…上的讲话-讲话稿-道客巴巴): it ends with its line, however short of a title's words.
_SPEECH_TITLE_LINE = regex.compile(r"[^\n,。;:!?]{0,30}(?:会议|大会)上的(?:工作)?(?:讲话|报告|发言)(?:[ ]*[-_|—][^\n,。;:!?]{1,16})?[ ]*")


def _pages_inside(text: str) -> Iterator[tuple[int, int, str]]:
    """Edits removing each page's number between two halves of a sentence (`_PAGE_INSIDE`),
    but not under a line no clause mark divides, a title's or a heading's (社区卫生监督协管
    工作计划4\n第 3 页\n为了…), which ends with its line."""
    for m in _PAGE_INSIDE.finditer(text):
        if _CLAUSE_MARKS.search(text, text.rfind("\n", 0, m.start()) + 1, m.start()):
            yield m.start(), m.end(), ""


# A line that ends in a year and the words after it (…,2025年目标): what the year is of goes on.
_YEAR_WORDS_END = regex.compile(r"(?:19|20)\d{2}年\p{Han}{0,3}$")


def _row_goes_on(line: str, after: str, width: float) -> bool:
    """Whether a row of values the page's width cut goes on at the next line's start: it runs the
    page's width (宫颈癌筛查:年度目标10000人,完成值10230人,完成率\n102.3%), or ends in a year and
    its words (…,2025年目标\n70%,…) or in a number whose unit the next line starts with
    (…,2025年目标3.8\n人,…)."""
    if _ems(line, 0, len(line)) >= 0.9 * width or _YEAR_WORDS_END.search(line):
        return True
    tail = line[-40:]
    return tail[-1:].isdigit() and _across(tail, after)


def _wraps(text: str, width: float) -> Iterator[tuple[int, int, str]]:
    """Edits joining each wrapped line to the next, but for rows of values and for the lines
    of a list: a line well short of the page's `width` that ends in a number and its unit
    (全县设置发热门诊5个、发热哨点诊室21个)."""
    for m in _WRAPPED.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        if _ROW_LINE.fullmatch(text, start, m.start()) and not _row_goes_on(text[start:m.start()], text[m.end():m.end() + _UNIT_RUN], width) \
                or _ROW_START.match(text, m.end()):
            continue  # a row of values, or the line before one (a table's caption)
        if _ends_at_title(text, start, m) or _SPEECH_TITLE_LINE.fullmatch(text, start, m.start()):
            continue
        if _ems(text, start, m.start()) < 0.7 * width and _counted_end(text[start:m.start()], text[m.end():m.end() + _UNIT_RUN]):
            continue
        if text[m.start() - 1].isdigit() and text[m.end()].isdigit() and not _number_runs_on(text, start, m, width):
            continue  # two numbers, not one broken (a row's last value and the next row's number)
        if _HEADING_END.search(text, start, m.start()) or _SALUTATION.match(text, m.end()):
            continue
        if _BYLINE_LINE.match(text, m.end()) and not _CLAUSE_MARKS.search(text, start, m.start()):
            continue
        if _FILE_NUMBER_LINE.match(text, m.end()) or _kept_field().match(text, m.end()):
            continue
        if _ems(text, start, m.start()) < 0.8 * width and (text[m.start() - 1] == ")" or (
                _HEADING_START_RE.match(text, start) and not _SENTENCE_MARKS.search(text, start, m.start()))):
            continue  # a line a bracket ends, or a heading a comma runs through, short of the page's width
        heading = _HEADING_START_RE.match(text, start)
        if heading and not _HEADING_MARKS.search(text, heading.end(), m.start()) and _ems(text, start, m.start()) < 0.9 * width:
            continue  # a heading no mark runs through ends with its line, unless it runs the page's width
        yield m.start(), m.end(), ""


def changed_count(text: str, simplified: str) -> int:
    """How many characters t2s changed."""
    n = min(len(text), len(simplified))
    return int(np.count_nonzero(codepoints(text[:n]) != codepoints(simplified[:n])))


def detect_script(text: str, changed: int) -> str:
    """'hant' when t2s changed more than 3 % of the Han characters of `text`."""
    han = han_count(text)
    return "hant" if han and changed / han > 0.03 else "hans"


def script_of(text: str) -> str:
    """'hant' or 'hans' for a piece of text as found: the script of most of its Han characters,
    line by line, so that a Traditional copy of one section a mirror site glued after a
    Simplified report leaves the report Simplified, as its Simplified debris leaves a
    Traditional one Traditional."""
    convert = _opencc().convert
    han = hant = 0
    for line in text.splitlines():
        if count := han_count(line):
            han += count
            hant += count if detect_script(line, changed_count(line, convert(line))) == "hant" else 0
    return "hant" if hant * 2 > han else "hans"


# Characters that show nothing: a soft hyphen (Word's, or a web page's &shy;), zero-width spaces and
# joiners, marks of direction, a byte-order mark inside the text.  Left in, they split a word (新型农\xad村).
_JOINED_FILE = regex.compile(r"(?<=\n[ \t]*)\ufeff")
_INVISIBLE = regex.compile(r"[\u00ad\u200b\u200c\u200e\u200f\u2060\ufeff]")


def normalise(original: str, read: Mapped | None = None) -> Normalised:
    """Fold width and script, then remove the debris of PDFs and report-sharing sites; `read`
    is the text as read where it restates the original's words (a table's rows), mapped back."""
    debris = _debris()
    m = Mapped.identity(original) if read is None else read
    if "\r" in m.text:
        m = m.sub(_CR, "\n")
    m = m.edit(_footnote_marks(m.text))
    if "?" in m.text or "\ufffd" in m.text:
        m = m.sub(_LOST_CHARACTER, "")
    if _INVISIBLE.search(m.text):
        m = m.sub(_INVISIBLE, "")
    m = nfkc(m)
    m = m.translate(_char_table(debris["radicals"]))
    before = m.text
    m = m.translate(_opencc().convert)
    m = m.translate(_char_table(debris["variants"]))
    converted = changed_count(before, m.text)
    script = detect_script(before, converted)
    if _OCR_LETTERS.search(m.text):
        m = m.edit(_ocr_digits(m.text))
    if "." in m.text and len(_POINT_STOP.findall(m.text)) > m.text.count("。"):
        m = m.sub(_POINT_STOP, "。")
    if _TONED.search(m.text):
        m = m.sub(_PINYIN, "")
    if holds(m.text, _EMOJI_CHAR):
        m = m.sub(_EMOJI, "")
    m = m.edit(_first_stubs(m.text))
    pages = list(_PAGE_LINE.finditer(m.text))
    headed = m.edit(_running_heads(m.text, pages))
    m, unchanged = headed, headed is m
    if pages or not unchanged:  # a text without page lines gets none, and has no page mark on a line of its own
        if _PAGE_MARK_LINE.search(m.text) and not _wrapped(_EDGE_SPACE.sub("", m.text)):  # wrapped text has its lines joined over page breaks later
            m = m.edit(_pages_inside(m.text))
        m = m.sub(_PAGE_LINE, "")
    m = m.sub(_NAV_LINE, "")
    m = m.edit(_furniture(m.text))
    m = m.edit(_spaced_titles(m.text))
    m = m.edit(_opening_titles(m.text))
    m = m.sub(_CHUNK_BEFORE_HEADING, "")
    m = m.edit(_inline_headings(m.text))
    m = m.edit(_spaces_within(_letter_spaced, m.text))
    if _DIGIT_SPACE.search(m.text):
        m = m.edit(_spaces_within(_SPACED_DECIMAL.finditer, m.text))
        m = m.edit(_spaces_within(_SPACED_INTEGER.finditer, m.text))
        m = m.edit(_spaces_within(_GROUPED_DIGITS.finditer, m.text))
        m = m.sub(_BEFORE_LEADING_ZERO, "")
    m = m.sub(_FIELD_BREAK, ",")
    m = m.sub(_SPACE_DEBRIS, "")
    m = m.sub(_PAGE_CHUNK, "")
    wrapped = _wrapped(m.text)  # before numbers broken across lines are joined: they are wrapping too
    width = _page_width(m.text) if wrapped else 0
    m = m.sub(_BROKEN_NUMBER, "")
    m = m.edit(_units_across(m.text))
    m = m.edit(_spaces_within(_GROUPED_BY_COMMAS.finditer, m.text, _COMMA))
    m = m.sub(_CONTINUED, "")
    m = m.sub(_BARE_MARK, "")
    m = m.sub(_CN_YEAR, lambda year: year.group().translate(_CN_DIGITS))
    m = m.sub(_CN_SHORT_YEAR, lambda year: "20" + year.group().translate(_CN_DIGITS))
    m = m.sub(_STRAIGHT_QUOTED, lambda quoted: "“" + quoted.group(1) + "”")
    if wrapped:
        m = m.edit(_wraps(m.text, width))
    m = m.sub(_BLANK_LINES, "\n\n")
    m = m.sub(_TRAILING, "\n")
    return Normalised(original, m, script, converted)
