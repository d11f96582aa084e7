"""Find every quantity in a sentence: a number with its unit, qualifier and range.

The pattern is built once from the unit table, longest unit first.  What the number
means (role, aspect, year, indicator) is decided by `meaning` and `indicators`; this
module only says where the quantities are and which matches are not facts at all.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache, lru_cache
from typing import Iterable

import regex

from .meaning import REACHED, REACH_VERBS
from .numbers import ARABIC, CN_DIGITS, MULTIPLIERS, neighbours, parse_number
from .patterns import words_needed
from .units import (Unit, alternation, divisions, implied_units, load_toml, only_after, only_right_after, only_right_after_followed,
                    only_right_after_listed, ratio_names, units, units_before)

# A Chinese numeral must start with a digit or 十 (万元 alone is not 10 000 元), or be the
# 百 of 百分之百, a 百 or 千 before 余 (百余人次), or a 百, 千 or 万 after 近, 上 or 逾 (近万人,
# 上千人次); it may have decimals (千分之三点五).
_CN = (rf"[{CN_DIGITS}十][{CN_DIGITS}十百千万亿]*(?:点[{CN_DIGITS}]+)?|(?<=百分之)百|(?<![{CN_DIGITS}十百千万亿])[百千万](?=余)"
       r"|(?<=[近上逾])[百千万亿]")
_RANGE = r"[-—–~～至到]"
# People named by an age (65岁以上老年人, 0-6岁儿童), or an age or a time that says which of
# those just named are counted (平均年龄52.3岁,60岁以上的有411人; 接受抗病毒治疗6个月以上者;
# 45—59岁的205人; 60岁以上村医占38%: whoever the noun after the band names); not a goal (预期寿命达到78岁以上的目标).
# After a level or a count of steps, the words that make it pick who is counted (达到4级以上的医院), or a
# hospital's grade (分级评价三级医院5家, 二级甲等).
_PICKS_WHO = regex.compile(r"(?:及以上|以上|及以下|以下)?(?:的|\p{Han}{0,4}?医院|[甲乙丙]等)")
_AGE_GROUP = regex.compile(r"(?:及以上|以上|及以下|以下|以内|内)?的?(?:纯母乳|母乳|老年|老人|儿童|婴幼儿|婴儿|幼儿|新生儿|青少年|学生|妇女|女性|男性"
                           r"|孕|育龄|适龄|人群|居民|人口|人员|患者|村民|群众|职工|农民|城乡)"
                           r"|(?:及以上|以上|及以下|以下)(?:者|的(?!目标|水平|要求|标准|任务)|(?![的并和且或])\p{Han})|的(?=[\d一二两三四五六七八九十百]|有|占)")
# A time after an event that says which visit or check is counted: 产后42天健康检查率, 孕13周前.
_TIME_AFTER_EVENT = regex.compile(r"(?:产后|孕|出院后|出生后|生后|术后|接种后)$")
# A time limit that says which cases are counted (48小时内调查率, 14天双份合格粪便标本采集率) or
# the standard an action keeps (均在2小时内到达现场), not a time taken.
_TIME_LIMIT_AFTER = regex.compile(r"内?[^\d,;:。、()]{0,14}?率|内(?:到达|赶到|完成|报告|上报|处置|送达|反馈|办结|处理|实现)")
_TIME_UNITS = frozenset({"小时", "天", "日", "周", "分钟", "秒"})
# A time that ends its clause with 内 (办理时限压缩至3个工作日内, 平均响应时间控制在15分钟内): a limit not
# passed, as 以内 says; the normalised units of times it is written after.
_WITHIN_END = regex.compile(r"内(?=[,;。)]|$)")
_LIMITED_TIMES = frozenset({"小时", "天", "周", "分钟", "秒", "工作日", "月"})
# The term a rule keeps people apart for (入境人员集中隔离14天、居家健康监测7天), not a time taken.
_TERM_KEPT_BEFORE = regex.compile(r"(?:隔离|医学观察|健康监测|居家观察)$")
# What a count of kinds must stand before to be one: the items it holds (推广适宜技术12类36项) or the
# cases or events of its kinds (报告法定传染病14类826例, 突发公共卫生事件3类5起, as 9种582例 are counted),
# not the diseases or groups it says are meant (等20类重大疾病, 分为甲、乙、丙三类).
_ITEMS_AFTER_KINDS = regex.compile(r"[\d一二两三四五六七八九十百]+(?:项|例|起)")
# …or the number the kinds were brought to (集中带量采购品种扩大到27类): how many there are now.
_KINDS_REACHED = regex.compile(rf"{REACHED}$")
_KINDS_BEFORE = regex.compile(r"[\d一二两三四五六七八九十]类$")


def _kinds_reached(sentence: str, start: int) -> bool:
    """Whether a count of kinds is the number they were brought to, from no count of kinds (由9类增加到12类
    leaves both to the rule of items)."""
    reached = _KINDS_REACHED.search(sentence, max(0, start - 4), start)
    return bool(reached) and not _KINDS_BEFORE.search(sentence, max(0, reached.start() - 4), reached.start())


# What shows that the characters after a unit make no word with it: 所以上 is 所 and 以上, 人均在 is 人 and 均在.
_NOT_A_WORD_AFTER = regex.compile(r"(?<=以)(?:上|下|内)|(?<=隔)离|(?<=均)(?:在|为|已|达|得到|未|是|有|按|由|实现|接受|纳入|完成|无|不)")
# What a minus sign may follow: not a number or a unit it would make a range of (3-5年, 5%-6%).
_SIGN_AFTER = regex.compile(r"[\d%‰.a-zA-Z]")


@dataclass(frozen=True)
class Quantity:
    """One number-with-unit found in a sentence (offsets are in the sentence)."""

    start: int
    end: int
    value: Decimal
    value_max: Decimal | None
    unit: Unit
    qualifier: str
    chinese: bool  # written in Chinese numerals


@cache
def _qualifiers() -> dict[str, list[str]]:
    return load_toml("cues.toml")["qualifier"]


def _unit_and_inside() -> tuple[str, str]:
    """The alternations of every unit and of the qualifiers written inside a quantity (余, 多)."""
    return _by_first_character(list(units()) + list(implied_units())), alternation(_qualifiers()["at_least_inside"])


def _by_first_character(words: Iterable[str]) -> str:
    """An alternation that matches what `alternation(words)` does, the longest word first, with the
    words that share a first character under it (万(?:人次|元)?): after each number the engine then
    tries each first character of the units once, not each of their hundreds of names."""
    rests: dict[str, list[str]] = {}
    for word in sorted(set(words)):
        rests.setdefault(word[0], []).append(word[1:])
    branches = []
    for first, after in sorted(rests.items(), key=lambda item: -max(map(len, item[1]))):
        longer = [rest for rest in after if rest]
        optional = "?" if "" in after else ""
        branches.append(regex.escape(first) + (f"(?:{_by_first_character(longer)}){optional}" if longer else ""))
    return "|".join(branches)


def _latin_space() -> str:
    """The space a unit in Latin letters may stand after its number (由48.6 DDDs降至39.5 DDDs)."""
    latin = alternation(u for u in units() if u[0].isascii() and u[0].isalpha() or u[0] == "μ")
    return rf"(?:\ {{1,2}}(?={latin}))?"


@cache
def _pattern() -> "regex.Pattern[str]":
    q = _qualifiers()
    unit_alt, inside = _unit_and_inside()
    after = alternation(q["at_least_after"] + q["at_most_after"] + q["approx_after"])
    return regex.compile(
        rf"""
        (?P<pct>百分之|千分之|十万分之|万分之)?
        (?P<num>{ARABIC}|{_CN})
        (?:(?P<unit1>%|‰|万|亿)?{_RANGE}(?P<num2>{ARABIC})|(?<=[{CN_DIGITS}十])[至到](?P<num2>[{CN_DIGITS}十][{CN_DIGITS}十百千]*))?
        (?P<inside1>{inside})?
        (?P<mult>(?:个(?=亿))?[十百千万亿]*)
        (?P<inside2>{inside})?
        {_latin_space()}(?P<unit>{unit_alt})?
        (?P<after>{after})?
        """,
        regex.X,
    )


@cache
def _not_facts() -> tuple["_Mask", "regex.Pattern[str]"]:
    data = load_toml("not_facts.toml")
    return _Mask([alternation(data["phrases"]), *data["patterns"]]), regex.compile(rf"^(?:{alternation(data['unit_words'])})")


@lru_cache(maxsize=4096)
def _unit_word(text: str) -> int:
    """The length of the longest word of not_facts.toml's unit_words that `text`, a unit and the
    two characters after it, starts with (个人 of 5个人员), 0 where none.  A report writes the same
    few units before the same few characters again and again."""
    word = _not_facts()[1].match(text)
    return len(word.group()) if word else 0


class _Mask:
    """The spans of a sentence that state no fact: the matches, left to right and not overlapping,
    of the alternation of the not-facts patterns (the first pattern's where two match at one place).

    Each pattern is sought alone, and only in a sentence that holds the words the pattern cannot
    match without (分钟 and 圈 of \\d+分钟\\p{Han}{0,6}?圈; 个, 中 and 的 of …个\\p{Han}{1,6}中(?=…的…个)):
    alone, a pattern is sought by its own first characters, where their alternation is tried in
    full at every position.  Each set of words a pattern needs one of is a bit; a word is looked
    for only where the sentence holds its last character."""

    def __init__(self, patterns: list[str]) -> None:
        self.needs: list[tuple["regex.Pattern[str]", int]] = []  # each pattern, and the bits of the sets it needs
        bits: dict[str, int] = {}  # a word: the bits of the sets that hold it
        sets = 0
        for pattern in patterns:
            need = 0
            for words in words_needed(pattern):
                for word in words:
                    bits[word] = bits.get(word, 0) | 1 << sets
                need |= 1 << sets
                sets += 1
            self.needs.append((regex.compile(pattern), need))
        self.ending_in: dict[str, list[tuple[str, int]]] = {}  # a character: the words that end in it, with their bits
        for word, word_bits in bits.items():
            self.ending_in.setdefault(word[-1], []).append((word, word_bits))
        self.last_characters = frozenset(self.ending_in)

    def spans(self, sentence: str) -> list[tuple[int, int]]:
        held = 0  # the bits of the sets of which the sentence holds a word
        for ch in self.last_characters.intersection(sentence):
            for word, word_bits in self.ending_in[ch]:
                if word in sentence:
                    held |= word_bits
        return _leftmost_first(sentence, [pattern for pattern, need in self.needs if held & need == need])


def _leftmost_first(text: str, patterns: list["regex.Pattern[str]"]) -> list[tuple[int, int]]:
    """The spans `finditer` gives for the alternation of `patterns`, from each pattern's own search:
    the leftmost match (the first pattern's where two start at one place), then on from its end.
    None of the patterns matches an empty string (tests/test_quantities.py)."""
    following = [p.search(text) for p in patterns]  # each pattern's leftmost match from `at` on
    spans: list[tuple[int, int]] = []
    at = 0
    while True:
        first = None
        for i, m in enumerate(following):
            if m is not None and m.start() < at:
                following[i] = m = patterns[i].search(text, at)
            if m is not None and (first is None or m.start() < first.start()):
                first = m
        if first is None:
            return spans
        spans.append(first.span())
        at = first.end()


# Bare numbers after a rate word are percentages (接种率达到95, 漏报率低于2), except for
# the ratios that are per mille or per 100 000 (死亡率, 发病率).
# What stands between a rate's name and a number written without a unit.
_RATE_VERB = r"(?:达到了|达到|达|均为|为|是|低于|高于|不低于|不高于|保持在|控制在|稳定在|降为|降至|降到|下降为|下降到)?"
_BARE_RATE = regex.compile(
    rf"(?<!死亡|发病|患病|出生|病死)率{_RATE_VERB}(?P<num>{ARABIC})(?![\d.%‰万亿\p{{Han}}/]| \d)"
)
# The sex ratio at birth is boys per 100 girls, written bare or as 107.5:100 (indicators.md:
# 女=100); stored as a rate in that unit, 女=100.
_SEX_RATIO = regex.compile(
    rf"性别比:?在?{_RATE_VERB}(?P<num>1\d{{2}}(?:\.\d{{1,2}})?|9\d(?:\.\d{{1,2}})?)(?P<per>[::]100)?"
    rf"(?P<after>以内|以下|左右)?(?![\d.%‰万])"
)
# The sex ratio again in the clauses after the one that names it, until another measure is
# named: its value in another year (2022年为108.1, 由2010年的118.6下降到2015年的109.3, 由“十二五”末的112.3, 较2013年的
# 113.2, a table row's 2016年目标≤112 and 2016年完成110.4), the bound it is kept under (连续三年控制在110以内) and its change
# (比2014年下降3.2).  Bare numbers only: one with a unit is a measure of its own.
_RATIO_LEVEL = r"(?:1[0-3]\d|9\d)(?:\.\d{1,2})?"
_SEX_RATIO_MORE = regex.compile(
    rf"(?:(?:由|从)?(?:(?:19|20)\d\d年|上年|去年|“?十[一二三四五]五”?(?:期末|末))(?:的|基数|目标|完成|为|是)?[≤<]?|由|从|(?:下降|降低|降|上升|提高|升高|增加)(?:到|至|为)(?:(?:19|20)\d\d年的?)?|(?:控制|保持|稳定|维持)在)"
    rf"(?P<level>{_RATIO_LEVEL})(?P<after>以内|以下|左右)?(?=$|[,;。)、]|下降|降低|降至|降到|上升|提高|升高|增加|减少|有所)"
    rf"|(?:下降|降低|减少|上升|提高|增加|升高)了?(?P<change>\d{{1,2}}(?:\.\d{{1,2}})?)(?P<after>)(?=$|[,;。)、])"
)
_SEX_RATIO_STOP = regex.compile(r"[;。]|率|性别比|\p{Han}{2}比(?!\d|上年|去年|同期|全)")
_MONEY_WORDS = regex.compile(r"元|资金|经费|补助|补贴|金额|费用|款|配套|奖励金|扶助金")
# A word right before a number that makes it money even where the sentence names none above
# (购置设备价值860万, 总投资1.2亿).
_MONEY_BEFORE = regex.compile(r"(?:价值|投资|造价|产值)(?:约|近|达到|达|为|共|计|超过|突破)?$")
_HAN = regex.compile(r"\p{Han}")
# 孕产妇死亡率为0, also kept so a run of years (孕产妇死亡率连续三年为0, 连续两年保持为零), or a
# year's value after the rate's bound (孕产妇死亡率控制在10/10万以下,2022年为0).
_ZERO_RATE = regex.compile(rf"率(?:(?:连续[{CN_DIGITS}十\d]{{1,2}}年(?:保持|均)?)?{_RATE_VERB}|[^,;:。]{{0,20}},(?:19|20)\d{{2}}年(?:为|是))"
                           rf"(?P<num>0|零)(?![\d.%‰万/])")
# A rate that fell to none, after its earlier value: 由25.3/10万下降到0.
_FELL_TO_ZERO = regex.compile(r"(?<=\d[^,;:。]{0,6})(?:下降到|下降为|下降至|降至|降为|降到|减少到|减少为)(?P<num>0|零)(?![\d.%‰万/])")
# None listed after a rate (分别为12.8/10万和0), as a year without a case is written.
_LISTED_ZERO = regex.compile(r"(?<=[、和及与])(?P<num>0|零)(?![\d.%‰万/])")
# The words of one name before a rate: back to a clause break or a list's joint.
_NAME_BEFORE = regex.compile(r"[^,;:。、和及与]{2,20}$")
_OPEN_CLOSE = {"《": "》", "〔": "〕", "[": "]", "【": "】", "“": "”"}
# A slogan that counts up its parts (一个中心、两个平台): each number one above the one before it,
# not two counts in a row (新开设科室五个,新增诊室三十二个).
_ENUMERATION = regex.compile(r"(?<![一二两三四五六七八九十百千万点之])(?:一\p{Han}{0,3}[、,][^,。;]{0,30}?(?<![一二两三四五六七八九十百千万])[二两]"
                             r"|[二两]\p{Han}{0,3}[、,][^,。;]{0,30}?(?<![一二两三四五六七八九十百千万])三)[个项大类条]")


@lru_cache(maxsize=256)
def _counted_on(unit_text: str) -> "regex.Pattern[str]":
    """A list that goes on to count more in the same measure word after 一 and it (新建发热诊室一所、改造
    村卫生室两所): the 一 is one of the list's counts, not the article it mostly is (一所学校)."""
    return regex.compile(rf"[、,][^,;:。、]{{1,12}}?(?:[两三四五六七八九]|[一二两三四五六七八九]?十[一二三四五六七八九]?){regex.escape(unit_text)}")


# Characters that make a word with 上 (以上, 马上, 网上, 成千上万): 上万 after them is no "ten thousand and more".
_NOT_ABOVE = set("以之马晚早身加线网会千")
# Single-character qualifiers that are often the end of another word.
_STUCK = {"约": "签续履违解节制条合公预协契婚大", "近": "最附临接将", "逾": "", "多": "", "超": "BbＢ彩"}
# Words those characters end that leave the qualifier free after all: 折合约1.3万升 is about.
_UNSTUCK = {"约": ("折合",)}
# Whom a number is per, written between a bound and the number: 不少于每10万人口10张.
_PER_BETWEEN = regex.compile(r"每[\d十百千万]+(?:常住|户籍|服务)?人口(?:拥有|配备|配置)?$")


def _inside_brackets(sentence: str, at: int) -> str | None:
    """The opening bracket that encloses position `at`, if any."""
    for open_, close in _OPEN_CLOSE.items():
        i = sentence.rfind(open_, 0, at)
        if i >= 0 and sentence.find(close, i, at) < 0:
            j = sentence.find(close, at)
            if j >= 0:
                return open_
    return None


@cache
def _before_words() -> tuple[tuple[str, str], ...]:
    """The qualifier words written before a number with their qualifier, longest first
    over all qualifiers (不超过 is at most, though it ends in 超过)."""
    q = _qualifiers()
    pairs = [(w, name) for name in ("at_least", "at_most", "approx") for w in q[f"{name}_before"]]
    return tuple(sorted(pairs, key=lambda pair: len(pair[0]), reverse=True))


@cache
def _any_before_word() -> tuple[str, ...]:
    return tuple(w + tail for w, _ in _before_words() for tail in ("", "了"))


def _qualifier_before(sentence: str, at: int) -> str | None:
    """The qualifier written before the number at `at` (不少于65%, 约1.3万人), if any."""
    if "每" in sentence and (per := _PER_BETWEEN.search(sentence, max(0, at - 14), at)):
        at = per.start()  # 重症医学床位不少于每10万人口10张: the bound is of the 10
    before = sentence[max(0, at - 4):at]
    if before.endswith(("的", *_WHOLES)) and (bound := _bound_of().search(sentence, max(0, at - 16), at)):
        return dict(_before_words())[bound.group(1)]  # 不超过当年筹集总额的25%, 不低于项目资金总额70%: the share is bounded
    return _qualifier_ending(before) or _before_verb_and_object(sentence, at)


# An at-least word, a verb and what it acts on, with no number or stop between: 至少培训乡村医生2次.
_BEFORE_VERB_AND_OBJECT = regex.compile(r"(?:至少|最少)(\p{Han}{1,2})\p{Han}{2,8}$")


def _before_verb_and_object(sentence: str, at: int) -> str | None:
    """每个乡镇卫生院至少培训乡村医生2次: the bound is written before the verb and its object, and
    bounds the number they end on as much as 至少配备1名 does."""
    if "至少" not in sentence and "最少" not in sentence:
        return None
    if not (m := _BEFORE_VERB_AND_OBJECT.search(sentence, max(0, at - 12), at)):
        return None
    from .segment import tagged

    words = tagged(sentence[m.start(1):at])
    return "at_least" if words and words[0][1][:1] == "v" and words[0][0] in (m.group(1), m.group(1)[:1]) else None


@lru_cache(maxsize=4096)
def _qualifier_ending(before: str) -> str | None:
    """The qualifier the (up to) four characters before a number end in: a qualifier word (不少于,
    约, not the 约 of 签约), or an at-least word before a verb (至少配备).  A report writes the same
    few words before its numbers again and again."""
    if not before.endswith(_any_before_word()):
        return "at_least" if _before_verb(before) else None
    for w, name in _before_words():
        if before.endswith(w) or before.endswith(w + "了"):
            stuck = _STUCK.get(w)
            prev = before[:-len(w)][-1:]
            if stuck and prev and prev in stuck and not before[:-len(w)].endswith(_UNSTUCK.get(w, ())):
                continue  # 签约, 最近: the character belongs to another word
            return name
    return None


@cache
def _bound_of() -> "regex.Pattern[str]":
    """A bound before the whole a share is of (不超过当年筹集总额的25%): the qualifier words that open with 不."""
    words = alternation([w for w, _ in _before_words() if w.startswith("不")])
    # not 不到位 (not done in full), a word of its own: 整改不到位的扣减项目资金的5%~10%
    return regex.compile(rf"({words})(?!位)[^,;:。\d]{{1,12}}(?:的|{'|'.join(_WHOLES)})$")


_WHOLES = ("总额", "总数", "总量")  # a whole a share is written right after (项目资金总额70%)


def _before_verb(before: str) -> bool:
    """至少配备1名, 至少有3名: an at-least word, then a verb of one or two characters."""
    words = tuple(_qualifiers()["at_least_before_verb"])
    if not any(w in before for w in words):
        return False
    from .segment import tagged

    return any(before[:-n].endswith(words) and [flag[:1] for _, flag in tagged(before[-n:])] == ["v"] for n in (1, 2))


# A year a level is due by, between its words and its verb: 电子病历应用水平2023年达到5级.
_LEVEL_YEAR = r"(?:(?:19|20)\d\d年(?:底|末)?)?"


@cache
def _right_after(unit: str) -> "regex.Pattern[str]":
    """The words a unit of [only_right_after] must follow, with a verb between (平均达到3.6级), and
    the institution whose level it is, where [only_right_after_listed] names its kind (应用水平县人民医院达到5级)."""
    listed = only_right_after_listed().get(unit)
    whose = rf"(?:\p{{Han}}{{0,6}}?(?:{alternation(list(listed))}))?" if listed else ""
    return regex.compile(rf"(?:{alternation(only_right_after()[unit])}){_LEVEL_YEAR}{whose}(?:全部|均|都)?{_RATE_VERB}$")


@cache
def _right_after_followed(unit: str) -> "tuple[regex.Pattern[str], regex.Pattern[str]] | None":
    """The words a unit of [only_right_after_followed] follows, and those that must follow it."""
    if unit not in only_right_after_followed():
        return None
    words, followers = only_right_after_followed()[unit]
    return regex.compile(rf"(?:{alternation(list(words))})$"), regex.compile(alternation(list(followers)))


@cache
def _right_after_listed(unit: str) -> "regex.Pattern[str] | None":
    """The institutions a unit of [only_right_after_listed] follows, with a verb between."""
    words = only_right_after_listed().get(unit)
    return regex.compile(rf"(?:{alternation(list(words))})(?:全部|均|都)?{_RATE_VERB}$") if words else None


def _level_read(unit: str, sentence: str, start: int, after: str, found: "list[Quantity]") -> bool:
    """Whether a unit of [only_right_after] at `start` measures a level: right after its words
    (平均达到3.6级), after 通过 with 评价 after it (通过3级评价), or after the next institution of a
    list whose first level was found (…分级评价四级,市中医院达到3级)."""
    window = max(0, start - 12)
    if _right_after(unit).search(sentence, window, start):
        return True
    followed = _right_after_followed(unit)
    if followed and followed[0].search(sentence, window, start) and followed[1].match(after):
        return True
    listed = _right_after_listed(unit)
    return bool(listed and any(f.unit.written == unit for f in found) and listed.search(sentence, window, start))


@cache
def _UNIT_BEFORE() -> "regex.Pattern[str]":
    """A unit named before a number (总诊疗人次达215.3万), also as the start of a change
    (住院人次由2008年的3.1万增加到…)."""
    return regex.compile(rf"({alternation(units_before())})(?:将|已)?(?:(?P<since>由|从)(?:(?:19|20)\d\d年(?:底|末)?|上年|去年|原来)?的?"
                         r"|达到了|达到|达|为|共|计|约|近|突破|超过|:)?$")


# What leads from a value to the one it changed into: 由3.1万增加到5.2万, 从…提高到2012年的….
_CHANGED_TO = regex.compile(r"(?:增加|提高|增长|上升|下降|减少|降低|扩大|提升|降|增)(?:到了|到|至|为)(?:(?:19|20)\d\d年(?:底|末)?的?)?")


_POINT_UNITS = ("个百分点", "个千分点", "个十万分点")
_TENTH = regex.compile(r"(?P<digit>[一二三四五六七八九])?(?P<more>多|余)?(?P<after>以上|以下|左右)?")
# What makes the kinds a list sums up (儿童白血病、胃癌等30种大病实行集中救治, a count) say whom
# a number counts after all (白血病等25种大病的贫困人口) or which can offer them (等10类以上).
_KINDS_OF_WHOM = regex.compile(r"[^,;:。、]{0,8}?的|及?以上|及?以下")
# A bound that ends its clause bounds the count itself (药品品种达到350种以上,…), not the kinds of whom.
_BOUND_ENDS_CLAUSE = regex.compile(r"及?以[上下](?:[,;。]|$)")
# …but kinds a deed is done to (将20种辅助用药纳入重点监控) are counted by it.
_DISPOSAL = ("将", "把")
_CN_COUNT = set("一二两三四五六七八九十百千万")  # 十一种一千零八十六例: the next number, not whom it counts
_CHANGE_AFTER = regex.compile("|".join(REACH_VERBS))
# What ends a place's name right after a numeral and a measure word (三台县, 七台河市, 九台区).
_PLACE_AFTER = regex.compile(r"(?<!个)\p{Han}?(?:县|区|市|旗|特区)(?![级属直委政卫人医])")
_GROUPS = ("num", "num2", "unit", "pct", "mult", "inside1", "inside2", "after", "unit1")


@cache
def _numbered(names: tuple[str, ...]) -> tuple[int, ...]:
    """The numbers of `_pattern`'s groups of these names: a match gives its groups by number
    several times faster than by name."""
    return tuple(_pattern().groupindex[name] for name in names)


def _candidates(text: str) -> list["regex.Match[str]"]:
    """Numbers with a unit, a 百分之 or a 万 or 亿: the matches `find` goes on to judge."""
    groups = _numbered(("unit", "pct", "mult"))
    return [m for m in _pattern().finditer(text)
            if (g := m.group(*groups))[0] is not None or g[1] or g[2].endswith(("万", "亿"))]


@cache
def _scan_pattern() -> "regex.Pattern[str]":
    """`_pattern` reduced to its candidates: a number after 百分之, or one followed by a unit
    or a 万 or 亿.  It matches wherever a candidate starts (and elsewhere too), but does
    not stop at each of the many numbers that are no candidate (一是, 进一步).  A unit that
    counts only right after its words (平均达到3.6级, not 三级医院 or 进一步) is sought after them."""
    _, inside = _unit_and_inside()
    after = only_right_after()
    scanned = [u for u in [*units(), *implied_units()] if u not in after and u not in _SCAN_SKIPPED]
    unit_alt, first = _by_first_character(scanned), _first_characters(scanned)
    words = alternation([w for ws in after.values() for w in ws] + [w for ws, _ in only_right_after_followed().values() for w in ws])
    return regex.compile(
        rf"""
        (?:百分之|千分之|十万分之|万分之)(?:{ARABIC}|{_CN})
        | (?:{ARABIC}|{_CN})(?:(?:%|‰|万|亿)?{_RANGE}(?:{ARABIC}))?(?:{inside})?(?:个(?=亿))?[十百千万亿]*(?:{inside})?
          (?:{_latin_space()}(?={first})(?:{unit_alt})|(?<=[万亿]))
        | (?:{words}){_LEVEL_YEAR}\p{{Han}}{{0,4}}?(?:{ARABIC}|{_CN})(?:{alternation(list(after))})
        """,
        regex.X,
    )


def _first_characters(words: Iterable[str]) -> str:
    """The class of the first characters of `words`: tried before their alternation, it turns
    away at once the many numbers no unit follows (一是, 进一步, 2023年)."""
    return "[" + "".join(regex.escape(ch) for ch in sorted({word[0] for word in words})) + "]"


# Units the scan leaves to the candidate after them: 类 counts only before a count of items or cases (12类36项, 14类826例).
_SCAN_SKIPPED = ("类",)


_RESPECTIVE_LIST = regex.compile(r"(?P<names>[^,;:。]{2,60}?)分别(?:为|是|达到|达)(?P<numbers>[\d.万亿、和]+)")


def _listed_unit(sentence: str, start: int) -> str | None:
    """The unit the name paired with the number at `start` gives it, in a list before 分别
    (门急诊人次、出院人数分别为35.6万、1.2万: 人次, then 人)."""
    for m in _RESPECTIVE_LIST.finditer(sentence):
        if m.start("numbers") <= start < m.end("numbers"):
            names = [n for n in regex.split(r"[、和及与]", m.group("names")) if n]
            n = len(regex.findall(r"[、和]", sentence[m.start("numbers"):start]))
            if n < len(names):
                return next((unit for word, unit in units_before().items() if names[n].endswith(word)), None)
    return None


def _unit_of_list(sentence: str, m: "regex.Match[str]", following: list["regex.Match[str]"]) -> str | None:
    """The unit of the number that follows `m` in a list (12.6万和3.2万剂次), if any."""
    if following and following[0].group("unit") and _LIST_JOIN.match(sentence[m.end():following[0].start()]):
        return following[0].group("unit")
    return None


def scan(text: str) -> list[int]:
    """Where in a whole text `find` may find a quantity: the first and last character of
    each possible candidate, and every 率 (for bare rates).  Neither pattern matches a
    sentence end, so a sentence with a candidate holds such a match's first or last
    character."""
    spots = [offset for m in _scan_pattern().finditer(text) for offset in (m.start(), m.end() - 1)]
    spots += [offset for m in (*_LABELLED.finditer(text), *_UNLABELLED.finditer(text)) for offset in m.span()]
    spots += [offset for m in _ONE_TO.finditer(text) for offset in m.span()]
    if divisions()[0] in text:
        spots += [offset for m in _divisions_list().finditer(text) for offset in (m.start(), m.end() - 1)]
    for word in ("率", "性别比", "分之"):
        i = text.find(word)
        while i >= 0:
            spots.append(i)
            i = text.find(word, i + 1)
    return spots


def find(sentence: str) -> list[Quantity]:
    """The quantities of one (normalised) sentence, left to right."""
    found: list[Quantity] = []
    candidates = _candidates(sentence)
    if not candidates:
        if "率" in sentence:
            found = _bare_rates(sentence, found)
            found += _zero_rates(sentence, found)
        if "性别比" in sentence:
            found += _sex_ratios(sentence, found)
        if "分之" in sentence:
            found += _fractions(sentence, found)
        if ":" in sentence or "∶" in sentence or "对象" in sentence:
            found += _labelled_counts(sentence, found)
            found += _ratios(sentence, found)
        if divisions()[0] in sentence:
            found += _divisions_counted(sentence, found)
        found.sort(key=lambda q: q.start)
        return found
    masks: list[tuple[int, int]] | None = None  # the spans stating no fact, sought only once a candidate needs them

    def masked(start: int, end: int) -> bool:
        """Whether the candidate at sentence[start:end] overlaps a span that states no fact."""
        nonlocal masks
        if masks is None:
            masks = _not_facts()[0].spans(sentence)
        return any(a < end and start < b for a, b in masks)

    bracketed = any(ch in sentence for ch in _OPEN_CLOSE)
    implied = implied_units()
    table = units()
    only_after_words, only_right_after_words = only_after(), only_right_after()
    since: tuple[int, Unit] | None = None  # the end and unit of a value a change starts from
    groups, (unit_group, mult_group) = _numbered(_GROUPS), _numbered(("unit", "mult"))
    for i, m in enumerate(candidates):
        start, end = m.span()
        number, number2, unit_text, pct, mult, inside1, inside2, suffix, first_mult = m.group(*groups)
        unit_text, mult = unit_text or "", mult.replace("个", "")  # 2.6个亿 is 2.6亿
        if first_mult in ("万", "亿") and first_mult != mult:
            continue  # 15万至18万剂次 is a range; 15万至18 is none
        chinese = not number[0].isdigit()
        prev = sentence[start - 1] if start else ""
        if prev and (prev == "第" or (prev.isascii() and prev.isalnum() and not chinese) or prev in ".·"):
            continue  # ordinal, code or a part of a longer number
        if prev == " " and sentence[start - 2:start - 1].isdigit():
            continue  # the end of a number broken by a space (8 6.5%): its value is unknown
        if prev in (":", "∶") and sentence[start - 2:start - 1].isdigit():
            continue  # the second term of a ratio (护理人员1:0.45床护比) or a time of day (7:30)
        if bracketed and _inside_brackets(sentence, start) in ("《", "〔", "[", "【"):
            continue
        after = sentence[m.end(unit_group) if unit_text else m.end(mult_group):]
        if (unit_text and (n := _unit_word(unit_text + after[:2])) > len(unit_text)
                and unit_text not in implied and not _NOT_A_WORD_AFTER.match(after, n - len(unit_text))):
            continue  # 5个人: a word (个人) the unit starts; not 30所以上, 17人均在医院分娩 nor 20间隔离房间
        try:
            value = parse_number(number + mult if not chinese else "一" + number if number in "百千万亿" else number)
            value_max = parse_number(number2 + mult) if number2 else None
        except ValueError:
            continue
        if chinese and len(number) == 1 and _PLACE_AFTER.match(sentence, end):
            continue  # 三台县, 七台河市: a place's name, not three machines (一百二十万元为县…: an amount)
        if chinese and neighbours(number):
            value, value_max = neighbours(number)  # 两三个 is two or three, not 23
        if chinese and mult:
            if "点" not in number and not inside1:
                continue  # 三千 already holds its 千 (四十余万 does not)
            if "亿" in number and mult == "万":
                try:
                    value = parse_number(number + mult)  # 一亿六千三百余万: the 万 is of what follows 亿
                except ValueError:
                    continue  # 一亿六千三百亿余万: 亿 twice, no number
            else:
                for ch in mult:  # 三点五万
                    value *= MULTIPLIERS[ch]
        if pct:
            unit = table["%"] if pct == "百分之" else table["‰"] if pct == "千分之" else table["/10万"] if pct == "十万分之" else table["/万"]
            if unit_text:
                continue
        elif unit_text in implied:
            if not mult:
                continue
            unit = Unit(unit_text, "count", implied[unit_text], Decimal(1))
            end = m.end(unit_group)
        elif unit_text:
            unit = table[unit_text]
            if unit_text == "个" and (shared := _unit_of_list(sentence, m, candidates[i + 1:i + 2])) in _POINT_UNITS:
                unit = table[shared]  # 提高3个和5个百分点: points, written once
            words = only_after_words.get(unit_text)
            # …,距2025年79.5岁的目标还差0.6岁 far after 预期寿命: a value in the unit of one just found
            # measures the same thing
            if (words and not any(w in sentence[max(0, start - 30):start] for w in words)
                    and not any(f.unit.written == unit_text for f in found)):
                continue
            if unit_text in only_right_after_words and not _level_read(unit_text, sentence, start, after, found):
                continue  # 达到4级的医院, 三级医院: a grade, not the average 平均达到3.6级
            if unit_text in only_right_after_words and _PICKS_WHO.match(after):
                continue  # 应用水平达到4级的医院有3家: the level picks the hospitals counted; 三级医院 is a grade
            if unit_text in ("岁", "周岁", "个月", "月") and _AGE_GROUP.match(after):
                continue  # 人均预期寿命达78岁,65岁以上老年人…: an age that says who is counted
            if unit.kind == "quantity" and _TIME_AFTER_EVENT.search(sentence, max(0, start - 3), start):
                continue  # 产后42天健康检查率: a time that says which check is counted
            if unit_text in _TIME_UNITS and (_TIME_LIMIT_AFTER.match(after)
                                             or _TERM_KEPT_BEFORE.search(sentence, max(0, start - 4), start)):
                continue
            if unit_text == "类" and not _ITEMS_AFTER_KINDS.match(after) and not _kinds_reached(sentence, start):
                continue
        else:  # 215.3万 with its unit named before it, or 14万 with 元 left out
            named = _UNIT_BEFORE().search(sentence, max(0, start - 16), start)
            shared = _unit_of_list(sentence, m, candidates[i + 1:i + 2])
            listed = _listed_unit(sentence, start) if named is None and "分别" in sentence else None
            if named or listed:
                written = listed or units_before()[named.group(1)]
                unit = Unit(written, "count", written, Decimal(1))
                if named and named.group("since") and not masked(*m.span()):  # a masked candidate starts no change
                    since = (end, unit)
            elif since and _CHANGED_TO.fullmatch(sentence, since[0], start):
                unit = since[1]  # 住院人次由3.1万增加到5.2万: the value it became, in the same unit
            elif shared in table:
                unit = table[shared]  # 12.6万和3.2万剂次: the list's unit, written once at its end
            elif _MONEY_WORDS.search(sentence) or _MONEY_BEFORE.search(sentence, max(0, start - 6), start):
                unit = table["万元"]  # yuan left out: 14万 is 14 万元, 2.6亿 is 26 000 万元
                value, value_max = value / 10_000, value_max / 10_000 if value_max is not None else None
            else:
                continue
        if chinese and not pct:
            # 二 before a measure word is an ordinal (二期, 二次供水): two is counted as 两;
            # 周四例会 is a Thursday.  Tenths are shares whatever their digit (不到二成, 下降一成多).
            tenths = unit_text == "成"
            if ((((value < 2 and "点" not in number) or number == "二") and not number2 and not tenths
                 and not (number == "一" and unit_text and _counted_on(unit_text).match(after)))
                    or (prev and prev in "周期拜") or unit.unit == "分" or (bracketed and _inside_brackets(sentence, start) == "“")):
                continue
            if any(a <= start and end <= b + 1 for a, b in (m.span() for m in _ENUMERATION.finditer(sentence, max(0, start - 40), end + 10))):
                continue  # a number of the slogan itself
        if (unit.unit in ("种", "类") and _HAN.match(after[:1]) and not _CHANGE_AFTER.match(after) and after[:1] not in _CN_COUNT
                and not (prev == "等" and not _KINDS_OF_WHOM.match(after)) and not (prev != "等" and _BOUND_ENDS_CLAUSE.match(after))
                and not (prev in _DISPOSAL and not _KINDS_OF_WHOM.match(after))):
            continue  # 25种大病的贫困人口: the number only says which people are counted (not 由21种扩大到30种)
        qualifier = "exact"
        if inside1 or inside2:
            qualifier = "at_least"
        if suffix:
            qualifier = _qualifier_after(suffix)
        elif prev == "上" and number in "百千万亿":
            if sentence[start - 2:start - 1] in _NOT_ABOVE:
                continue  # 以上万人: 以上 is a word of its own
            qualifier, start = "at_least", start - 1  # 上万人次: ten thousand and more, 上 and all
        else:
            qualifier = _qualifier_before(sentence, start) or qualifier
        if qualifier == "exact" and unit.unit in _LIMITED_TIMES and sentence[end:end + 1] == "内" and _WITHIN_END.match(sentence, end):
            qualifier, end = "at_most", end + 1
        if unit_text == "成" and not suffix and (tenth := _TENTH.match(sentence, end)) and tenth.end() > end:
            # 九成五以上 is at least 95 %; 七成多 at least 70 %
            value += parse_number(tenth.group("digit")) / 10 if tenth.group("digit") else 0
            end = tenth.end()
            qualifier = _qualifier_after(tenth.group("after")) if tenth.group("after") else qualifier
            qualifier = "at_least" if tenth.group("more") else qualifier
        if value_max is not None and value_max <= value:
            continue  # 2019-2020 or 1-12: not a range of this quantity
        if prev in ("-", "−") and not chinese and not _SIGN_AFTER.match(sentence[start - 2:start - 1]):
            value, start = -value, start - 1  # 人口自然增长率为-0.87‰: below zero (not 3-5年, 5%-6%)
        if masked(*m.span()):
            continue  # a number of a name or slogan (三个代表): tested last, as the spans cost more than every other test
        factor = unit.factor
        found.append(Quantity(start, end, value * factor, value_max * factor if value_max is not None else None, unit, qualifier, chinese))
    if "率" in sentence:
        found.extend(_bare_rates(sentence, found))
        found.extend(_zero_rates(sentence, found))
        found.extend(_fallen_to_zero(sentence, found))
        found.extend(_listed_zeros(sentence, found))
    if "性别比" in sentence:
        found.extend(_sex_ratios(sentence, found))
    if "分之" in sentence:
        found.extend(_fractions(sentence, found))
    if ":" in sentence or "∶" in sentence or "对象" in sentence:
        found.extend(_labelled_counts(sentence, found))
        found.extend(_ratios(sentence, found))
    if divisions()[0] in sentence:
        found.extend(_divisions_counted(sentence, found))
    if "、" in sentence or "和" in sentence:
        found.extend(_listed_numbers(sentence, found))
        if "百分之" in sentence:
            found.extend(_listed_percents(sentence, found))
    found.sort(key=lambda q: q.start)
    return _share_list_qualifier(sentence, _ranges(sentence, _joined_times(_joined_at_yi(sentence, found))))


_RANGE_BETWEEN = regex.compile(_RANGE)
_FROM_BEFORE = regex.compile(r"(?:由|从)[^,;:。]{0,12}$")


def _ranges(sentence: str, found: list[Quantity]) -> list[Quantity]:
    """1500万元至2000万元, 一千五百万元至二千万元: one range, its unit written twice."""
    out: list[Quantity] = []
    for q in found:
        prev = out[-1] if out else None
        if (prev and q.start == prev.end + 1 and prev.value_max is None and q.value_max is None and prev.unit == q.unit and q.value > prev.value
                and prev.qualifier == "exact" and _RANGE_BETWEEN.fullmatch(sentence, prev.end, q.start)
                and not _FROM_BEFORE.search(sentence, max(0, prev.start - 14), prev.start)):  # 从12万人次到15万人次: a rise
            out[-1] = replace(prev, end=q.end, value_max=q.value, qualifier=q.qualifier)
        else:
            out.append(q)
    return out


def _joined_at_yi(sentence: str, found: list[Quantity]) -> list[Quantity]:
    """1亿2000万元 is one amount, 12000 万元, not 1亿 and then 2000万元."""
    out: list[Quantity] = []
    for q in found:
        last = out[-1] if out else None
        if (last and last.end == q.start and sentence[last.end - 1] == "亿" and "万" in sentence[q.start:q.end]
                and last.unit.unit == q.unit.unit and last.value_max is None and q.value_max is None):
            out[-1] = replace(q, start=last.start, value=last.value + q.value)
        else:
            out.append(q)
    return out


# A time written in two units, the larger first (11分30秒, 2小时15分钟): the larger unit, the smaller
# one's part of it added (60 of the smaller to one of the larger).
_TIME_PARTS = {("分", "秒"): "分钟", ("分钟", "秒"): "分钟", ("小时", "分"): "小时", ("小时", "分钟"): "小时"}


def _joined_times(found: list[Quantity]) -> list[Quantity]:
    """11分30秒 is one time, 11.5 分钟, not 11 分 (a score's unit) and then 30 秒."""
    out: list[Quantity] = []
    for q in found:
        last = out[-1] if out else None
        larger = last and last.end == q.start and _TIME_PARTS.get((last.unit.written, q.unit.written))
        if larger and last.value_max is None and q.value_max is None and last.qualifier == "exact" and q.value < 60:
            out[-1] = replace(q, start=last.start, value=last.value + q.value / 60, unit=units()[larger],
                              chinese=last.chinese or q.chinese)
        else:
            out.append(q)
    return out


# Numbers listed before the one that carries the unit: 分别上报19、10条 -> 19条 and 10条.
_LISTED = regex.compile(rf"(?<![\d.])({ARABIC})(?=[、和](?:{ARABIC})(?:[、和](?:{ARABIC}))*[^\d.、和])")


# A number in Chinese numerals listed after one with 百分之: 分别达到百分之四十和三十五以上.
_PERCENT_LISTED = regex.compile(rf"(?<=百分之[{CN_DIGITS}十百点]+[、和及与])([{CN_DIGITS}十][{CN_DIGITS}十百]*(?:点[{CN_DIGITS}]+)?)"
                                r"(以上|以下|以内|左右)?(?![\p{Han}\d%‰])")


def _listed_percents(sentence: str, found: list[Quantity]) -> list[Quantity]:
    """Each number of a list whose 百分之 is written once, before the first."""
    taken = {q.start for q in found}
    return [Quantity(m.start(), m.end(), parse_number(m.group(1)), None, units()["%"],
                     _qualifier_after(m.group(2)) if m.group(2) else "exact", True)
            for m in _PERCENT_LISTED.finditer(sentence) if m.start() not in taken]


def _qualifier_after(word: str) -> str:
    """The qualifier a word after the unit says (以上, 以内, 左右)."""
    q = _qualifiers()
    return "at_least" if word in q["at_least_after"] else "at_most" if word in q["at_most_after"] else "approx"


def _listed_numbers(sentence: str, found: list[Quantity]) -> list[Quantity]:
    out: list[Quantity] = []
    by_start = {q.start: q for q in found}
    for m in reversed(list(_LISTED.finditer(sentence))):
        nxt = by_start.get(m.end() + 1)
        if m.start() in by_start:
            continue  # 分别为12.1/10万、0和10.9/10万: read already, as a rate's year without a case
        if nxt is None or nxt.value_max is not None or (m.start() and sentence[m.start() - 1] in "第-—~"):
            continue
        q = Quantity(m.start(), m.end(), parse_number(m.group(1)) * nxt.unit.factor, None, nxt.unit,
                     nxt.qualifier, False)
        by_start[m.start()] = q
        out.append(q)
    return out


_LIST_JOIN = regex.compile(r"^[、和及与]$")


# A bound said once after 分别, before the first number of its list: 分别不低于65%和60%.
_RESPECTIVE_BOUND = regex.compile(r"分别(?:不低于|不少于|不高于|不超过|低于|高于|超过|少于|多于)$")
# A bound said once before a list of counts, each with its noun: 至少配备1辆救护车、2名急救医师.
_BOUND_OVER_LIST = regex.compile(r"(?:至少|最少|不少于|不低于|不得少于|不得低于|不超过|不高于|不得超过|不得高于)\p{Han}{0,2}$")
_NOUN_THEN_JOIN = regex.compile(r"[^\d,;:。、()的]{1,12}、")


def _share_list_qualifier(sentence: str, found: list[Quantity]) -> list[Quantity]:
    """A trailing 以上 or 以内 closing a list (85%、90%以上) bounds every number of it, and so
    does a bound said after 分别 before its first number (分别不低于65%和60%), or before the
    first of counts listed each with its noun (至少配备1辆救护车、2名急救医师)."""
    if not any(q.qualifier in ("at_least", "at_most") for q in found):
        return found  # the bound a list shares is one of its numbers'
    out = list(found)
    opening = False  # whether out[i - 1] opens a list after 分别 with a bound, or is bound by one that does
    for i in range(1, len(out)):
        prev, cur = out[i - 1], out[i]
        between = sentence[prev.end:cur.start]
        opening = (prev.qualifier in ("at_least", "at_most") and cur.qualifier == "exact" and prev.unit.kind == cur.unit.kind
                   and ((bool(_LIST_JOIN.match(between)) and (opening or bool(_RESPECTIVE_BOUND.search(sentence, max(0, prev.start - 6), prev.start))))
                        or (bool(_NOUN_THEN_JOIN.fullmatch(between)) and (opening or bool(_BOUND_OVER_LIST.search(sentence, max(0, prev.start - 7), prev.start))))))
        if opening:
            out[i] = replace(cur, qualifier=prev.qualifier)
    closing = False  # whether out[i] closes a list with 以上 or 以下, or is bound by one that does
    for i in range(len(out) - 1, 0, -1):
        prev, cur = out[i - 1], out[i]
        closing = closing or sentence[cur.start:cur.end].endswith(("以上", "以下", "以内"))
        if (closing and cur.qualifier in ("at_least", "at_most") and prev.qualifier == "exact"
                and prev.unit.kind == cur.unit.kind and _LIST_JOIN.match(sentence[prev.end:cur.start])):
            out[i - 1] = replace(prev, qualifier=cur.qualifier)
        else:
            closing = False
    return out


def _zero_rates(sentence: str, found: list[Quantity]) -> list[Quantity]:
    """孕产妇死亡率为0: none, in the unit the named indicator is stated in (a rate with no
    case has no unit written, and leaving it out would drop exactly the years without one).
    Only for a rate the indicator dictionary knows."""
    if "0" not in sentence and "零" not in sentence:
        return []
    from .indicators import canonical, dictionary

    taken = {q.start for q in found}
    out = []
    for m in _ZERO_RATE.finditer(sentence):
        name = _NAME_BEFORE.search(sentence, 0, m.start() + 1)
        key = canonical(name.group(), "%") if name else None
        if key is None or m.start("num") in taken:
            continue
        a, b = m.span("num")
        out.append(Quantity(a, b, Decimal(0), None, units()[dictionary()[key].unit], "exact", m.group("num") == "零"))
    return out


def _fallen_to_zero(sentence: str, found: list[Quantity]) -> list[Quantity]:
    """由25.3/10万下降到0: none, in the unit of the rate it fell from."""
    if "0" not in sentence and "零" not in sentence:
        return []
    out = []
    for m in _FELL_TO_ZERO.finditer(sentence):
        before = [q for q in found if q.end <= m.start() and q.unit.kind == "rate"]
        if before and not regex.search(r"[,;:。]", sentence[before[-1].end:m.start()]):
            a, b = m.span("num")
            out.append(Quantity(a, b, Decimal(0), None, before[-1].unit, "exact", m.group("num") == "零"))
    return out


def _listed_zeros(sentence: str, found: list[Quantity]) -> list[Quantity]:
    """孕产妇死亡率分别为0、12.8/10万和0: none, in the unit of the rate listed just before it."""
    if "分别" not in sentence or ("0" not in sentence and "零" not in sentence):
        return []
    out: list[Quantity] = []
    for m in _LISTED_ZERO.finditer(sentence):
        before = [q for q in (*found, *out) if q.end <= m.start()]
        last = max(before, key=lambda q: q.end, default=None)
        if (last and last.unit.kind == "rate" and last.end == m.start() - 1
                and "分别" in sentence[max(0, last.start - 40):last.start]):
            a, b = m.span("num")
            out.append(Quantity(a, b, Decimal(0), None, last.unit, "exact", m.group("num") == "零"))
    return out


def _bare_rates(sentence: str, found: list[Quantity]) -> list[Quantity]:
    taken = [(q.start, q.end) for q in found]
    out = []
    for m in _BARE_RATE.finditer(sentence):
        a, b = m.span("num")
        if any(x < b and a < y for x, y in taken):
            continue
        value = parse_number(m.group("num"))
        if value > 100:
            continue
        per_mille = "千人口" in sentence[max(0, m.start() - 12):m.start()]  # 千人口献血率为16.9: per thousand
        out.append(Quantity(a, b, value, None, units()["‰" if per_mille else "%"], _qualifier_before(sentence, a) or "exact", False))
    return out


# A count after a label that names its unit, in a list of "name:value" pairs (手术台次:6830).
_LABELLED = regex.compile(r"(?P<label>人次|人数|人口|台次|户数|例数|对象):(?P<num>\d+(?:\.\d+)?)(?![\d.%‰万亿\p{Han}/])")
# …and a whole number right after those it counts, with no unit, before the clause goes on (国家特别扶助对象111已发放…).
_UNLABELLED = regex.compile(r"(?P<label>对象)(?P<num>\d{1,6})(?=已|[,;。])")
_YEAR_LIKE = regex.compile(r"(?:19|20)\d\d")
_LABEL_UNITS = {"人次": "人次", "人数": "人", "人口": "人", "台次": "台次", "户数": "户", "例数": "例", "对象": "人"}


def _labelled_counts(sentence: str, found: list[Quantity]) -> list[Quantity]:
    """出生人口:5230, 手术台次:6830, 特别扶助对象111已…: a bare number whose label gives its unit; not a year."""
    out = []
    for m in (*_LABELLED.finditer(sentence), *_UNLABELLED.finditer(sentence)):
        a, b = m.span("num")
        if any(q.start < b and a < q.end for q in found) or _YEAR_LIKE.fullmatch(m.group("num")):
            continue
        unit = _LABEL_UNITS[m.group("label")]
        out.append(Quantity(a, b, parse_number(m.group("num")), None, Unit(unit, "count", unit, Decimal(1)), "exact", False))
    return out


@cache
def _divisions_list() -> "regex.Pattern[str]":
    """The divisions a place holds, listed right after its word for holding them (辖8镇3乡1个街道、126个行政村)."""
    held_by, names = divisions()
    item = rf"\d{{1,3}}个?(?:{alternation(names)})"
    return regex.compile(rf"(?<={held_by})(?:{item}(?:[、和及]|(?=\d)))*{item}(?=[、和及,;:。(]|$)")


_DIVISION_COUNTED = regex.compile(r"(?P<num>\d{1,3})(?=\p{Han})")


def _divisions_counted(sentence: str, found: list[Quantity]) -> list[Quantity]:
    """全县辖8镇3乡: each division counted without a measure word, a count of 个 as 辖8个镇 is;
    the name after the number stays out of the surface, as 镇 does after 8个."""
    out = []
    for listed in _divisions_list().finditer(sentence):
        for m in _DIVISION_COUNTED.finditer(sentence, *listed.span()):
            a, b = m.span("num")
            if sentence[b] == "个" or any(q.start < b and a < q.end for q in found):
                continue  # 1个街道: found as every count with its measure word
            out.append(Quantity(a, b, parse_number(m.group("num")), None, units()["个"], "exact", False))
    return out


# A ratio written 1:x (医护比达到1:1.18); ∶ is the ratio sign some reports use (1∶1.12).
_ONE_TO = regex.compile(r"(?<![\d.:∶])1[:∶](?P<num>\d+(?:\.\d+)?)(?P<after>以上|以下|左右)?(?![\d.:∶])")
_ONE_TO_UNIT = Unit("1:x", "rate", "1:x", Decimal(1))
_CLAUSES_END = regex.compile(r"[;。]")
_TABLE_CELLS = regex.compile(r"\s{2,}\d")
_TABLE_CELLS_BEFORE = regex.compile(r"\d\s{2,}$")


@cache
def _ratio_name() -> "regex.Pattern[str]":
    return regex.compile(alternation(ratio_names()))


def _ratios(sentence: str, found: list[Quantity]) -> list[Quantity]:
    """医护比由2022年的1:1.12提高到1:1.18, 床护比不低于1:2.5: the x of 1:x, as a rate in the unit
    1:x, after a ratio's name in the same clauses, or right before it (护理人员1:0.45床护比达标)."""
    out = []
    for m in _ONE_TO.finditer(sentence):
        a, b = m.span()
        if any(q.start < b and a < q.end for q in found):
            continue
        before = [n.end() for n in _ratio_name().finditer(sentence, max(0, a - 30), a)]
        # …or after another 1:x of the same clauses, which goes on with its list (a table's row restated:
        # 医护比:2015年1:1.06,2020年目标1:1.25,2017年1:1.07)
        before += [out[-1].end] if out else []
        if not (before and not _CLAUSES_END.search(sentence, max(before), a)) and not _ratio_name().match(sentence, b):
            continue
        if _TABLE_CELLS.match(sentence, b) or _TABLE_CELLS_BEFORE.search(sentence, 0, a):
            continue  # 医护比1:1.15    1:1.2指导性: cells of a table whose columns (现状, 目标) are not seen
        out.append(Quantity(a, b, parse_number(m.group("num")), None, _ONE_TO_UNIT, _ratio_qualifier(sentence, a, m.group("after")), False))
    return out


_FRACTION = regex.compile(r"(?P<den>[二三四五六七八九十])分之(?P<num>[一二三四五六七八九])(?P<after>以上|以下|以内|左右)?")


def _fractions(sentence: str, found: list[Quantity]) -> list[Quantity]:
    """四分之三, 近三分之一: shares, in % to two decimals."""
    out = []
    for m in _FRACTION.finditer(sentence):
        num, den = parse_number(m.group("num")), parse_number(m.group("den"))
        if num >= den or any(q.start < m.end() and m.start() < q.end for q in found):
            continue
        after = m.group("after")
        qualifier = _qualifier_after(after) if after else _qualifier_before(sentence, m.start()) or "exact"
        value = (num * 100 / den).quantize(Decimal("0.01"))
        out.append(Quantity(m.start(), m.end(), value, None, units()["%"], qualifier, True))
    return out


def _sex_ratios(sentence: str, found: list[Quantity]) -> list[Quantity]:
    """出生人口性别比控制在108以内, 性别比为107.5:100: boys per 100 girls (女=100); and what the
    clauses after it say of the same ratio, bare (比2014年下降3.2, 2022年为108.1)."""
    out = []
    for m in _SEX_RATIO.finditer(sentence):
        a, b = m.start("num"), m.end()
        if any(q.start < b and a < q.end for q in found):
            continue
        out.append(Quantity(a, b, parse_number(m.group("num")), None, units()["女=100"], _ratio_qualifier(sentence, a, m.group("after")), False))
    for name in regex.finditer("性别比", sentence):
        stop = _SEX_RATIO_STOP.search(sentence, name.end())
        for m in _SEX_RATIO_MORE.finditer(sentence, name.end(), stop.start() if stop else len(sentence)):
            a = m.start("level") if m.group("level") else m.start("change")
            if any(q.start < m.end() and a < q.end for q in found + out):
                continue
            value = parse_number(m.group("level") or m.group("change"))
            out.append(Quantity(a, m.end(), value, None, units()["女=100"], _ratio_qualifier(sentence, a, m.group("after")), False))
    return sorted(out, key=lambda q: q.start)


def _ratio_qualifier(sentence: str, start: int, after: str | None) -> str:
    return ("approx" if after == "左右" else "at_most") if after else _qualifier_before(sentence, start) or "exact"
