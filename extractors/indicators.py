"""Name what a quantity measures, and map the name to a canonical indicator.

The phrase is read off the quantity's clause: the words before the number, with the
cue and filler words trimmed, and for counts the noun that follows the measure word
(新建10个社区卫生服务站).  The canonical key comes from data/indicators.csv: the
longest variant contained in the phrase wins; a phrase that holds only an ambiguous
head (规范管理率 alone) keeps no key.
"""
from __future__ import annotations

import csv
import os
import re
from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from .meaning import NORM_AFTER, REACH_VERBS, REACHED, clause_bounds, cues
from .segment import tagged, word_ends
from .units import DATA, also_counted_in, alternation, counted_alike, ratio_names


@dataclass(frozen=True)
class Indicator:
    key: str
    name: str
    variants: tuple[str, ...]
    unit: str
    good: str
    category: str
    source: str
    quota_of: str = ""  # the indicator whose result this one's quota is set for (签约任务数: 签约人数)


@cache
def dictionary() -> dict[str, Indicator]:
    """The canonical indicators, by key."""
    out: dict[str, Indicator] = {}
    path = DATA / "indicators.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        for n, row in enumerate(csv.DictReader(fh), 2):
            key = row["key"].strip()
            if not key or key in out:
                raise ValueError(f"{path.name}:{n}: missing or repeated key {key!r}")
            variants = tuple(v.strip() for v in row["variants"].split("|") if v.strip())
            out[key] = Indicator(key, row["name"].strip(), variants, row["unit"].strip(), row["good"].strip(),
                                 row["category"].strip(), row["source"].strip(), (row["quota_of"] or "").strip())
    return out


@cache
def _matcher() -> tuple[dict[str, str], dict[str, tuple[int, ...]], "re.Pattern[str]"]:
    """Every name and variant, also as `clean` leaves it (执业(助理)医师 is read as 执业医师),
    and without 的, which `canonical` reads past; by its first character, the lengths
    of those that start with it, longest first; and those first characters as one class,
    to find where a phrase can start without a step per character."""
    by_phrase: dict[str, str] = {}
    for ind in dictionary().values():
        for phrase in (ind.name, *ind.variants):
            by_phrase.setdefault(phrase, ind.key)
            by_phrase.setdefault(_TITLE.sub("", phrase.replace("（", "(").replace("）", ")")), ind.key)
            by_phrase.setdefault(_unquoted(phrase), ind.key)
            by_phrase.setdefault(phrase.replace("的", ""), ind.key)
    lengths: dict[str, set[int]] = {}
    for phrase in by_phrase:
        if phrase:
            lengths.setdefault(phrase[0], set()).add(len(phrase))
    firsts = re.compile(f"[{''.join(map(re.escape, lengths))}]")
    return by_phrase, {first: tuple(sorted(ns, reverse=True)) for first, ns in lengths.items()}, firsts


@lru_cache(maxsize=16384)
def _phrases_in(text: str) -> tuple[tuple[int, str], ...]:
    """Each place in `text` where a dictionary phrase starts, left to right, with the longest
    phrase that starts there (in 高血压患者规范管理率: 规范管理率 at 规, 管理率 at 管).

    A name is read in several units and against several wholes (`canonical`, `level_key`):
    its phrases are kept."""
    by_phrase, lengths, firsts = _matcher()
    found = []
    for start in firsts.finditer(text):
        at = start.start()
        for n in lengths[text[at]]:
            if text[at:at + n] in by_phrase:
                found.append((at, text[at:at + n]))
                break
    return tuple(found)


# An age that bounds who is counted: the 65 of 65岁及以上老年人, the 6 of 0-6岁儿童, the 5 of 5岁以下.
_AGE = re.compile(r"(\d+)周?岁")


@cache
def _ages(key: str) -> frozenset[str]:
    """The ages the indicator's name and variants bound its people by (65 for 老年人健康管理率)."""
    ind = dictionary()[key]
    return frozenset(_AGE.findall("".join((ind.name, *ind.variants))))


def _other_age(phrase: str, key: str) -> bool:
    """Whether `phrase` bounds its people by an age that indicator `key`'s names never do
    (69岁以上老年人查体率 against the 65 of 老年人健康管理率): another population.  A key whose
    names give no age takes any."""
    if "岁" not in phrase or not _ages(key):
        return False
    ages = set(_AGE.findall(phrase))
    return bool(ages) and not ages & _ages(key)


def _unquoted(text: str) -> str:
    return text.replace("“", "").replace("”", "")


# Same-unit families: a rate key never takes a count, money never a rate.
_FAMILY = {"%": "rate", "‰": "rate", "女=100": "rate", "/10万": "rate", "/万": "rate", "/100万": "rate", "百分点": "rate", "千分点": "rate", "十万分点": "rate", "万元": "money"}


def _family(unit: str) -> str:
    return _FAMILY.get(unit, "count")


def _addition(text: str) -> bool:
    return _words_of("added").search(text) is not None


def _opens_on_addition(text: str) -> bool:
    """其中新建17个, 改扩建10个: a part that is an addition to its whole; not one that does
    something of its own (其中3个设置在新建小区)."""
    found = _words_of("added").search(text)
    return found is not None and found.start() <= 1


def _subgroup(text: str, named: str = "", key: str = "") -> bool:
    """Whether `text` names a group that `named` (an indicator's words) does not, and not
    with the rest of the whole (线上+线下), nor the providers of the service `key` is of."""
    for both in (*_cue_list("all_parts"), *_cue_list("programmes"), *_providers(key)):
        text = text.replace(both, "")
    if not _words_of("subgroup").search(text):
        return False  # most names hold no group's word
    return any(w in text and w not in named for w in _cue_list("subgroup"))


# All the place's hospitals, named by their kind alone (医院, 全区医院), not one of them nor a level's (县级医院).
_ALL_HOSPITALS = regex.compile(r"(?:全县|全区|全市|全省|全旗|全州)?医院")


def _all_hospitals(key: str, before: str) -> bool:
    """Whether `before` names all the place's hospitals, of whom the bulletins give series `key` (医院出院者
    平均住院日: the place's, as 县人民医院平均住院日 is not)."""
    return key in _cue_list("hospital_series") and _ALL_HOSPITALS.fullmatch(before) is not None


def _providers(key: str) -> list[str]:
    """The institutions that give the national basic public health services, where `key` is one of
    those services', and the clinics that alone give the service `key` counts: all of it is theirs
    (基层医疗卫生机构肺结核患者管理率 is the 肺结核患者管理率; 犬伤门诊处置狂犬病暴露人员)."""
    if not key:
        return []
    clinics = list(cues()["indicator"]["service_clinics"].get(key, ()))
    return [*_cue_list("bphs_providers"), *clinics] if dictionary()[key].category.startswith("bphs.") else clinics


def _other_people(text: str, key: str) -> bool:
    """Whether `text` names people (儿童, 孕产妇) that indicator `key` is not wholly of, by its
    category: 孕产妇健康档案建档率 is some residents' record, 孕产妇产后访视率 every mother's."""
    category = dictionary()[key].category
    return any(word in text and category not in categories for word, categories in _people().items())


@cache
def _people() -> dict[str, tuple[str, ...]]:
    """The people of `people` in cues.toml, each with the categories of indicators wholly theirs."""
    return {word: tuple(categories.split()) for word, categories in (w.split(":") for w in _cue_list("people"))}


@cache
def _grouped_forms(key: str, found: str) -> str:
    """The indicator's variants that hold `found` with more before it: a group word there
    (农村 of 农村妇女增补叶酸服用率) is whom the indicator is of, not a part of them."""
    return "".join(v for v in dictionary()[key].variants if found in v and not v.startswith(found))


def _one_case(text: str, named: str = "") -> bool:
    """Whether `text` makes an amount one case's (单笔最高罚款, 处以罚款3000元), which `named`
    (an indicator's words) does not."""
    return any(w in text and w not in named for w in _cue_list("one_case"))


def of_petitions(key: str | None, text: str) -> bool:
    """Whether `text` makes a satisfaction under `key` the public's with how its requests to the
    government were handled (12345热线, 信访), not the patients' with their care."""
    return key in _cue_list("satisfactions") and any(w in text for w in _cue_list("petitions"))


def of_other_campaign(key: str | None, text: str) -> bool:
    """Whether `text` makes leaflets under `key` those of a campaign of the law or of another office
    (普法, 扫黑除恶), not health education's."""
    return key in _cue_list("leaflets") and any(w in text for w in _cue_list("other_campaigns"))


# After a rate's name: the value of the place that ranks first or last (孕产妇系统管理率最高的是
# 城关镇), or of the one it is set against (婴儿死亡率仅高于东平区的3.2‰), not the place's own.
_RANKED = regex.compile(r"最高|最低|高于|低于")


# A ratio to the population: 每千人口, 每万常住人口, 千人口, 每千人 (not 千人口's 口 alone).
PER_HEAD = regex.compile(r"(?:每|平均每)?[千万](?:常住|户籍|农业|服务)?人口|(?:每|平均每)[千万]人(?![次数口])")
# A count for each one of something: 每名家庭医生团队, 平均每所卫生院, 每个村; or for each
# part of a year (每月开展1次健康讲座), which is not the year's count.
_PER_ONE = regex.compile(r"每(?:个|名|所|家|户|村|位|支|座|张|人)|每个?(?:月|周|季度|季|天|半年|学期)")
# The part of a year a count is for, and a clause that counts the whole year (每周播出健康节目1期,
# 全年不少于52期).
_PER_PERIOD = regex.compile(r"每个?(?:月|周|季度|季|天|半年)")
_WHOLE_YEAR = regex.compile(r"全年|年内")
# The population as the dictionary names it: 每千常住人口, 每千人 → 每千人口; and the 每 a ratio
# is written without (千人口注册护士数 is the dictionary's 每千人口注册护士数).
_RESIDENT = regex.compile(r"([千万])(?:(?:常住|户籍|服务)人口|人(?![次数口]))")
# The people a ratio is taken over, right before them (平均每万参合农民不足1人): not those counted.
_PER_DENOMINATOR = regex.compile(r"每(?:十|百)?[百千万]$")
_PER_LEFT_OUT = regex.compile(r"(?<!每)(?=[千万]人口)")

# What may follow a count's or amount's dictionary phrase in its name and leave it the same
# amount: 床位总数, HIV检测人次, 人均筹资标准每人每年, 无偿献血任务 (a quota of it), 患者在册, 罚款金额合计,
# 基本公共卫生服务补助资金拨付 and …经费到位资金 (the fund as paid out), 人均补助经费 and 住院分娩补助资金 (the
# subsidy as money), 引进高层次人才实际到位 (those recruited as arrived), 监督检查医疗机构、
# 公共场所等单位 (kinds listed up to 等单位: all the units inspected).
_SAME_AMOUNT = regex.compile(r"(?:在册)?(?:数|总数|人数|人次数?|总额|总量|金额|标准|水平|任务数?|目标|指标)?(?:合计|总计|共计)?"
                             r"(?:每人次|每人|每年|每户|每次|每例)*|(?<=资金|经费)(?:拨付|下拨|到位)(?:资金|经费)?"
                             r"|(?<=人才|人员|医学生|毕业生)(?:实际)?到位|(?<=补助)(?:经费|资金)"
                             r"|(?<=检查)(?:\p{Han}{2,10}、)+\p{Han}{2,10}等(?:各类)?单位")


def _per_what(name: str) -> str:
    """What a ratio to the population is per: 千 of 每千人口, 万 of 每万常住人口."""
    return PER_HEAD.search(name).group().lstrip("平均每")[:1]

# An amount for each one: 人均补助, 次均费用, 每人每年.
PER_UNIT = regex.compile(r"人均|次均|户均|例均|床均|每人|每次|每例|每户|每村|每所|每家|每座|每个")


@lru_cache(maxsize=1 << 16)
def canonical(phrase: str, unit: str, whole: str | None = None) -> str | None:
    """The key of the longest dictionary phrase inside `phrase` whose unit agrees.

    `whole` names what the phrase is a part of (其中执业医师621人 after 卫生技术人员1862人):
    a part named by a noun of its own does not take its whole's key, nor is it of the
    whole's series (其中三、四级手术 after 各类手术); a verb or an addition that needs the
    whole (其中新建17个) does.
    """
    if "“" in phrase or "”" in phrase:
        return canonical(_unquoted(phrase), unit, whole and _unquoted(whole))  # 适龄儿童“五苗”接种率
    if whole and phrase == whole:
        return None  # 其中执业医师862人 after 执业(助理)医师1056人: a part that reads as its whole
    own = phrase[len(whole):] if whole and phrase.startswith(whole) else ""
    if own and _opens_on_addition(own) and canonical(phrase, unit) == canonical(whole, unit) is not None:
        return None  # 村卫生所改貌建设27个,其中新建17个: the new ones, a part of the works the key counts
    if own and not _verb_only(own) and not _opens_on_addition(own):
        key = canonical(phrase, unit)
        if not key or key != canonical(whole, unit):
            return key
        # 其中罚款13.395万元 after 罚没款合计14.26万元: a part the dictionary names as its whole is not it
        return None if canonical(own, unit) == key else canonical(own, unit)
    if whole and not own and not phrase.startswith(whole):
        key = canonical(phrase, unit)
        # 其中三、四级手术 after 各类手术(台次): a part; but 其中甲乙类传染病发病率 after 法定传染病
        # 报告发病率 is the narrower measure the key is of
        if key and key in (canonical(whole, unit), canonical(whole + unit, unit)) and not _narrows(key, phrase, whole):
            return None
        return key
    if "门诊" in phrase and (key := _clinic_deed(phrase, unit)):
        return key
    by_phrase = _matcher()[0]
    best: tuple[int, str] | None = None
    phrase = phrase.replace("的", "")  # 占卫生总费用的比重 is the dictionary's 占卫生总费用比重
    family = _family(unit)
    addition = _addition(phrase)
    per_head = bool(PER_HEAD.search(phrase))
    if per_head:  # 每千常住人口注册护士数 is the dictionary's 每千人口注册护士数
        phrase = _PER_LEFT_OUT.sub("每", _RESIDENT.sub(r"\1人口", phrase))
    per_unit = family == "money" and bool(PER_UNIT.search(phrase))
    per_one = family == "count" and not per_head and bool(_PER_ONE.search(phrase))
    for start, found in _phrases_in(phrase):
        key = by_phrase[found]
        named = dictionary()[key].name
        if per_one and "每" not in named:
            continue  # 每名家庭医生团队签约居民1200人 is one team's, not all those signed
        if _other_age(phrase, key):
            continue  # 70岁以上老年人查体率 is not the 65 and over's 老年人健康管理率: other people
        if addition and not (_addition(found) or _addition(named)):
            continue  # 新增床位 is not 床位; 新建村卫生所 is a 新建、改扩建村卫生室数
        if _PER_DENOMINATOR.search(phrase, 0, start) and not named.startswith("每"):
            continue  # 每万参合农民1人 counts others per 10,000 enrollees, not the enrollees
        if per_head and not PER_HEAD.search(named):
            continue  # 每千人口实有床位数 is no 实有床位 (total_beds)
        if per_head and _per_what(named) != _per_what(phrase):
            continue  # 每千人口全科医生数 is no 每万人口全科医生数: another ratio

        if per_unit and not PER_UNIT.search(named):
            continue  # 经费人均补助标准 is no 基本公共卫生服务经费 (the whole amount)
        if (family == "money" and PER_UNIT.search(named) and not per_unit
                and "标准" not in phrase):
            continue  # 中央财政补助400万元 is the whole subsidy, not the 人均补助标准
        if len(found.removesuffix("总数")) <= 2 and _after_noun(phrase[:start]):
            continue  # 隔离病房床位 is a kind of beds, not 床位 (total_beds), as 重症床位总数 is not 床位总数
        if _subgroup(phrase[:start], named + found + _grouped_forms(key, found), key) or _other_people(phrase[:start], key):
            continue  # 建档立卡贫困人口…参保率 is a series of its own
        if _one_case(phrase[:start], named + found):
            continue  # 单笔最高罚款 is one case's, not the year's fines
        if family != "rate" and _ends_with_cue(phrase[:start], "taken_off"):
            continue  # 压缩有螺面积 is the area taken off, not the 有螺面积 left
        if of_petitions(key, phrase[:start]):
            continue  # 热线工单群众满意度 is with the hotline, not with care
        if key in _cue_list("institution_named") and of_institution(phrase[:start]):
            continue  # 乡镇卫生院住院政策范围内报销比例 is that level's
        if family == "money" and phrase[start - 1:start] in _JOINERS and start > 1:
            continue  # 奖励扶助、特别扶助资金2918万元: the sum of both, not the last one's
        rest = phrase[start + len(found):]
        if family == "rate" and _RANKED.search(rest):
            continue  # 参合率最低的是石门乡: that township's
        if key in stocks() and (rest not in ("", "数", "总数")
                                          or (of_institution(phrase[:start]) and not _all_hospitals(key, phrase[:start]))
                                          or _has_verb(phrase[:start])):
            continue  # 卫生技术人员参加 counts who attended, 培训卫生技术人员 who were trained; 县人民医院门诊量 is one hospital's
        if rest.endswith("率") and not rest.startswith(("、", "和", "及", "与")):
            continue  # 叶酸增补服用率知晓率 is a rate of its own
        if family != "rate" and not _SAME_AMOUNT.fullmatch(phrase, start + len(found)) and not _addition(rest):
            continue  # 零差价销售药品让利, 参合农民免费健康体检: another amount, of other people
        wanted = dictionary()[key].unit
        # counts must agree (团队 个 is not 团队成员 人; 所 and 家 count as 个); rates and money by family;
        # a second unit of the indicator's agrees too (罚款 in 万元 beside 立案查处 in 件)
        if unit not in also_counted_in().get(key, ()) and (
                _family(wanted) != family or (family == "count" and not counted_alike(wanted, unit))):
            continue
        if best is None or len(found) > best[0]:
            best = (len(found), key)
    return best[1] if best else None


def _clinic_deed(phrase: str, unit: str) -> str | None:
    """The key of the service the clinics named alone give, where a phrase is those clinics and a verb
    of what they did (狂犬病暴露处置门诊处置 1836人次: the exposures dealt with), in the service's unit."""
    for key, clinics in cues()["indicator"]["service_clinics"].items():
        at = next((phrase.rfind(c) + len(c) for c in clinics if c in phrase), 0)
        if at and at < len(phrase) and _verb_only(phrase[at:]) and unit == dictionary()[key].unit:
            return key
    return None


def of_post_staff(whole: str, key: str) -> bool:
    """Whether `whole` names the staff of one kind of post that indicator `key` does not name
    (其中执业(助理)医师1639人 after 乡村医生4286人: the village doctors', not all physicians)."""
    post = _ends_with_cue(whole, "post_staff")
    return bool(post) and post not in dictionary()[key].name


def other_keys(name: str, unit: str, key: str | None) -> str | None:
    """The keys, comma-separated, of the other indicators a fact names when one number is
    stated for several (FACTS.md: 建立率、覆盖率、报告率均达100% is one fact naming them all),
    beside `key`: 高血压、糖尿病患者规范管理率均不低于75% is a target of diabetes's and of
    hypertension's.  A part that names no measure alone borrows the rest of the last part's
    name (高血压 + 患者规范管理率) or the subject of the first's (严重精神障碍患者 + 服药率).
    Rates only: a count or an amount of several (新建、改扩建村卫生室27个) is their sum.
    Two names joined by one 和 are such a list too (孕产妇和3岁以下儿童系统管理率均达到90%以上)."""
    if key is None or _family(unit) != "rate":
        return None
    parts = name.split("、") if "、" in name else name.split("和")
    if len(parts) < 2 or "、" not in name and len(parts) > 2:
        return None
    subject = whose(parts[0])  # 严重精神障碍患者 of 严重精神障碍患者规范管理率
    keys: list[str] = []
    for at, part in enumerate(parts):
        found = canonical(part, unit) if part else None
        if found is None and part and at < len(parts) - 1:
            found = _tail_borrowed(part, parts[-1], unit)
        if found is None and part and at > 0 and subject != parts[0]:
            found = canonical(subject + part, unit)
        if found and found != key and found not in keys:
            keys.append(found)
    return ",".join(keys) or None


def _tail_borrowed(part: str, last: str, unit: str) -> str | None:
    """The key of `part` completed by the longest end of `last` that the part turns into a
    measure (高血压 + 患者规范管理率): one that end alone is not."""
    for cut in range(1, len(last)):
        tail = last[cut:]
        found = canonical(part + tail, unit)
        if found and found != canonical(tail, unit):
            return found
    return None


# A change that is no change over the year: over several (年均增长, 累计增长, 是2012年的1.97倍), against
# a goal (超出预期30.7%, 超额完成任务数的25%), or of all of a list (增幅均控制在5%以内).
_NOT_YEARS_CHANGE = regex.compile(r"年均|累计|均|预期|目标|任务|计划|平均|倍")
# …,比2010年的1380张增加770张,增长55.8%; 由2012年的2865人增加到2022年的5437人; 比“十一五”末
_COMPARED_WITH = regex.compile(r"(?:比|较|与|由)(\d{4})年")
_FIVE_YEARS = regex.compile(r"十\p{Han}五")
_YEAR_NAMED = regex.compile(r"(\d{4})年")


def years_change(before: str) -> bool:
    """Whether a change whose sentence runs `before` up to its number is of one year: not one over
    several years (2022年…,比2012年的2.94亿元增长167.3%), nor one against a goal."""
    clause = before[max(before.rfind(c) for c in ",;:。") + 1:]
    if _NOT_YEARS_CHANGE.search(clause):
        return False
    part = before[before.rfind(";") + 1:]
    compared = _COMPARED_WITH.findall(part)
    return not (_FIVE_YEARS.search(before) or compared and max(int(y) for y in _YEAR_NAMED.findall(before)) - int(compared[-1]) > 1)


def level_key(phrase: str, level_unit: str, whole: str | None = None, before: str = "") -> str | None:
    """The key of a count's or amount's level (in `level_unit`) that a relative change of the
    same name is of: 门急诊人次86.2万人次,同比增长4.8% is a change of outpatient_visits, though
    no count's key takes a %; a rate's change keeps its own key (`canonical`).  `before` is its
    sentence up to the number: a change over several years (2022年…,比2012年的2.94亿元增长167.3%)
    or against a goal is of no year's series."""
    if _family(level_unit) == "rate" or not years_change(before):
        return None
    key = canonical(phrase, level_unit, whole)
    if key is None and _family(level_unit) == "count" and not phrase.endswith(level_unit) and not of_institution(phrase):
        key = canonical(phrase + level_unit, level_unit, whole)  # 门诊45.6万人次,增长6%: 门诊人次
    return key


# Words around a name that are not part of it: cue words, places, times, verbs of
# reaching.  Longest first, so that 计划 is not read as 计 + 划.
_LEAD_WORDS = """的 另一方面 一方面 此外 全县上下 全区上下 全市上下 全旗上下 全州上下 全盟上下 其中 另外 同时 并且 并 且 而且 而 但是 但 然而 还 共 约 大约 全年 今年以来 今年度 今年 去年 上年 上一年 上年度末 上年度 上年末 上年底 去年底 去年末 明年 届时 下一步 下步 今后 年内 本年 本月 本周 本期 当月 全县 全区 全市 全省 全镇 全乡 全旗 全州 全盟 辖区内 辖区 我县 我区 我市 我局 我委 我镇 我乡 我旗 我州 我盟 我省 我们 本县 本区 本市 本省 本旗 本州 本盟 全局 全系统
我中心 本中心 该中心 我院 本院 该院 我所 本所 我站 本站 本人 我将 基础上 仅有 只有 免费为 监测显示 监测结果显示 调查显示 调查结果显示 数据显示 统计显示 结果显示
年末 年初 年中 拟 努力 做到 针对 先后 可以 继续保持 保持 超额完成了 超额完成 截至目前 截止目前 截止到 截至到 截至 截止 目前 现已 已经 实现 至少 最少 共计 总计 合计 分别 均 为 对 向 给 有 达到了 达到 达 计 共有 尚有 仍有
目标任务为 目标任务是 年度指标值 指标值 目标值 实际完成值 完成值 实际值 任务为 任务是 主要用于 和 及 与 或 或者 以及 同比 比去年 比上年 较去年 较上年 较上一年 较年初 比年初 与上年相比 与去年相比 与年初相比 同期 争取到 确保了 力争了 争取了 力争 确保 争取 计划 预计 预测 要 将 推动 使 让 把 通过 进一步 继续 年底 到年底 年底前 到年底前 年末前 超计划完成 超计划 超额完成 超额""".split()
_TRAIL_WORDS = """达到了 达到 高达 多达 达 为 是 实现 一度 约 近 逾 超过 至少 最少 不少于 不低于 不得低于 不高于 低于 高于 不超过 不足 不到 接近 将近 控制在 保持在 稳定在
设定为 设定在 确定为 精确到 精确至 提高到 提高 提升到 提升 增加到 增加 增长 下降到 下降 降低到 降低 降至 降到 降为 降 升至 增至 缩短到 缩短至 缩短 压缩 压减 扩大 扩充 回落 回升 上涨 上调 下调 平均上调 平均下调 平均下降 平均降低 多完成 少完成 调整为 调整 延长到 延长至 延长 减少 上升 共 有 计 累计 共计 分别 均 总 已 到 至 了 等
免费为 每百人天 每百床日 年增长 每年增长 预计全年 全年预计 预计今年 预计年底 预计到年底 预计 已于 中 在 再 相比 年均 可完成 可达到 可达 未达到 未能达到 尚未达到 距离省定 距离市定 距省定 距市定 距离 距 仅 只 才 可 力争 确保 争取 要 应 应当 能 能够 持续 始终 全部 如期 按期 基础上 年度目标 年度指标值 指标值 目标值 实际完成值 完成值 实际值 基数 基期值 目标 工作 保持 稳定 巩固在 巩固 均在 都在 突破 逐年 将 的 占 仍 仍然 依然 ≥ ≤ > < 人民币 ¥ ￥ 即 即为 约合 折合 折合约""".split()
_TRAIL_WORDS += [verb + to for verb in REACH_VERBS for to in ("到", "至")]  # 扩充至, 回落到: reaching a value


# Trailing words long enough to be cut wherever they stand (jieba has 率控制 for a word).
_LONG_TRAIL = tuple(w for w in _TRAIL_WORDS if len(w) >= 3)


_DEED_DOER = (rf"[县市区旗州]\p{{Han}}{{0,10}}?(?:{alternation(list(cues()['indicator']['deed_doers']))})"
              rf"(?=(?:{alternation(list(cues()['indicator']['deed_doer_after']))})\p{{Han}})")
_DOER_FOUND = regex.compile(_DEED_DOER)
_LEAD = regex.compile(
    rf"^(?:{alternation(_LEAD_WORDS)}|(?:实际|提前)?完成了?(?!投资)|"  # 完成投资 is no 投资
    r"开展(?=\p{Han}{2,8}?面积)|"  # 开展查螺面积: the area the deed covered, as 完成查螺面积
    r"在(?![治用管册岗职编校院]|培(?!训))|"  # 在治人数, 在用电梯, 在管, 在册, 在培 (not 在培训基地): what is held or in use, not where
    r"[一二三四五六七八九十]+、[^,。]{0,12}?(?:工作计划|工作打算|计划|打算)|"  # a heading run into the sentence
    r"\d{1,2}[.、](?=\p{Han}|[A-Z][A-Z\d]|\d{2}岁|0[-—~至]\d岁)|[一二三四五六七八九十]{1,3}、(?![一二三四五六七八九十]{1,2}[类级等期])|"  # 2.高血压…, 1.D2B时间…, 2.65岁以上…, 4.0-6岁儿童…, 一、全年…; not 一、二级
    rf"{_DEED_DOER}|"  # 县疾控中心共采购…, 县防治艾滋病工作委员会全年召开…: who did it
    r"建议(?=(?:19|20)\d{2}年|力争|到)|"  # 建议2026年力争…: an evaluation's advice on a goal, no part of its name
    r"[一二三四五六七八九十]是|受[^,。]{1,8}影响|【?[^【】,。]{1,15}】|"  # 一是力争…, 受疫情影响, a speaker (【宋佳】), a yearbook's heading (【妇幼健康与人口家庭】)
    r"(?:(?:[省市县区]级?|上级)(?:卫生健康委员会|卫生健康委|卫健委|卫生健康局|卫健局|卫生厅|卫生局|政府)?里?下达(?:给)?(?:我(?:[市县区镇乡局院站]|中心))?的?"
    r"|下达(?:给)?我(?:[市县区镇乡局院站]|中心)的?)(?=\p{Han}{2})|"  # 省(卫健委)下达我市家庭医生签约任务数, 县卫生健康局下达我中心…
    r"近[一二两三四五六七八九十\d]+年(?:来|以来)?|[一二两三四五六七八九十]+年(?:来|以来|间)?|年度目标(?!任务)|已(?!婚)|"  # 近三年来; a table's column 年度目标; not 已婚
    r"目标(?!管理|责任)|"  # a goal's word, not the appraisal named 目标管理 (目标管理绩效考核) or 目标责任
    rf"(?:{REACHED})(?:今年|本年|年底|年末|第?[一二三四1-4]季度末?)的?|"  # 由年初的41.5%提高到年底的78.9%, 增加到今年的2.73人, 下降到第四季度的
    r"(?:比|较|与)(?:基线年|基准年|基期)|"  # 较基线年2018年的16.2%
    r"按照?(?=(?:全[县区市旗]|本[县区市旗])?(?:常住|户籍|服务|辖区)?人口)|"  # 按全县常住人口28.6万人计算: the people a sum is worked out on
    rf"(?:{REACHED}|到|至|比|较|与|同|由|从|已?于|在)?(?:\d{{4}}[-—~至到])?(?:\d{{4}}|\d{{2}})年(?:底前|末前|底|末|度|同期|相比|以来|来|起|开始)?的?|"
    r"(?:由|从)(?:原来|过去|现在|目前|当前|现有|上年|去年|年初|\p{Han}{2,4}?(?:前|初期?|时期|期间))?的?|(?:到|至)?“?(?:十一五|十二五|十三五|十四五)”?(?:期末|末|期间|以来)?|"
    r"(?:截至|截止|到|至)?(?:\d{1,2}[-—~至])?\d{1,2}月(?:份|底|\d{1,2}日)?(?:前|以前|之前)?|(?:第?[一二三四1-4](?:季度)?[至到—-])?第?[一二三四1-4]季度|前三季度|[上下]半年|\p{P}|"
    r"[\p{So}\u2190-\u21ff\s|])+"  # a portal's bullets, arrows and bars, and the space after one (▲县域内就诊率, ■ DRG付费, →下半年, | 癌症早筛)
)
# 较上年, 比2018年同期, 同比, 由上年的: what a change is measured against or from (the fact's
# aspect or role says so); in a report on part of a year also 较一季度末, 比上半年, 较上月, 较上周.
_COMPARISON = (r"同比|环比(?:上半年|上季度|上月|上年|上期)?|(?:比|较|与)(?:\d{1,2}月|上月|上周)(?:底|末)?(?:相比|比)?|(?:比|较|与)(?:第?一季度|上季度|上半年)(?:末|底)?(?:相比|比)?|(?:按(?:当年|可比)价格(?:计算)?)?(?:比|较|与|同)(?:去年|上年|上一年|今年|本年|当年|年初|\d{4}年)(?:同期|底|末)?(?:的?(?:基线值|基线水平|基期值|基线))?(?:相比|比)?|按(?:当年|可比)价格(?:计算)?|(?:由|从)(?:(?:去年|上年|上一年)(?:同期)?|年初|第?[一二三四1-4]季度末?|原来|法定|现在|目前|当前|现有|(?:\d{4}|\d{2})年(?:同期|底|末)?|“?十[一二三四五]五”?(?:期末|末)|\p{Han}{2,4}?(?:前|初期?|时期|期间))?的?"
               r"|(?:比|较|与)\p{Han}{2,4}?前(?:相比)?|(?:比|较|与)“?十[一二三四五]五”?(?:期末|末)(?:相比)?|在(?:去年|上年|上年度|上一年|\d{4}年|\p{Han}{2,8}?)的?基础上|翻了?[一两二]番")
_TRAIL = regex.compile(rf"(?:{alternation(_TRAIL_WORDS)}|{_COMPARISON}|(?<=率)完成了?|(?:由|从)(?:原来|过去|上年|去年|年初|(?:19|20)\d{{2}}年(?:底|末)?)?的?(?:平均|均价)|(?:由|从)\d{{1,2}}月份?(?:底|末)?的?|(?:(?:19|20)\d{{2}}年?[-—~至到])?(?:19|20)\d{{2}}年(?:底|末)?的?|(?<!每\p{{Han}})每年"
                       rf"|连续[一二三四五六七八九十两\d]+年|(?<![第\d.一二三四五六七八九十两])[两二三四五六七八九十\d]年(?:来|以来|间)?|[比较]\p{{Han}}{{0,6}}?(?:目标|计划|平均水平|平均)[高低多少]?出?"  # 管理率三年均保持在, 发病率2016—2020年分别为: the years it held over
                       rf"|未(?:达到?|完成)(?:年度|全年|省定|市定)?(?:目标|计划|任务)值?"  # 规范管理人数未达目标值,完成率…
                       rf"|(?:超过|超出|高于|低于)(?:年度|全年|省定|市定|既定|考核)?(?:控制)?目标值?"  # 分别超过市定目标3.6个和5.1个百分点
                       rf"|(?<![A-Za-zＢ])超"  # 平均降价超80%: 超过 said short (B超 is an examination)
                       rf"|(?<=应用水平)评价"  # 应用水平评价达到5级: the level is the measure's, the evaluation how it is taken
                       rf"|(?<![隔距分脱撤远偏背])离"  # 床护比离1:0.6的要求: how far from it, as 距 (集中隔离 keeps its 离)
                       rf"|(?:国家|省级?|市级?|上级)要求"  # 控制在国家要求的40DDDs以内: the bound's giver, of the name before
                       rf"|(?<![高低等大小多少优劣属归对由关基鉴终位处来各独亲源])[于自]"  # 县级公立医院自2017年9月1日起…: the date's word, not the name's
                       rf"|\p{{P}}|\s|[+\u2190-\u21ff])+$")  # 每年 after 每村 says per what; 同比↑, 较上年+: a way marked
# The letters that can end a trailing word: the last of each word, and of each pattern above (同比,
# 较上年同期, 由原来的, 比目标高出, 未达目标值).  A name ending in any other letter (…管理率, …人数) has
# none; one ending in a digit, a mark or a space is searched.
_TRAIL_ENDS = frozenset(w[-1] for w in _TRAIL_WORDS) | frozenset("比年度月期底末初由从来前的上番成了均份标划平高低多少出务值周格算间超线离价于自求")
_TITLE = regex.compile(r"《[^》]*》|“[^”]*”(?=等)|\((?!(?<=[县市]\()[市区旗县](?:、[市区旗县])*\))[^)]*\)")
# What `clean` leaves out of a name: titles and asides, but not the (助理) of 执业(助理)医师,
# which says the count holds the assistants too (其中执业医师862人 does not).
# A standard's title before the grade it judges (《国民体质测定标准》合格以上): part of the name.
_STANDARD_MET = regex.compile(r"《([^《》]*标准)》(?=合格|达标|优良|及格)")
# (A place's kinds after 县, 县(市、区), are of its name: places of three kinds, not counties alone.)
_ASIDE = regex.compile(r"《[^》]*》|“[^”]*”(?=等)|\((?!助理\))(?!(?<=[县市]\()[市区旗县](?:、[市区旗县])*\))[^)]*\)")
# A yearly figure's lead (累计培训…,年均培训640人次): the verb after it is the one the total before was named by.
_YEARLY_LEAD = regex.compile(r"年均|每年|平均每年")
# Works named before when they are to start or be done (县中医院门诊楼项目2015年6月前开工, …项目年内完成全部建设任务):
# the works, without the time or the deed.
_STARTED_WHEN = regex.compile(r"(?P<what>\p{Han}{4,16}?(?:项目|工程|大楼|楼))(?:(?:19|20)\d{2}年)?(?:\d{1,2}月(?:底|末)?)?(?:前|以前|之前|内)?"
                              r"(?:建成投用|投入使用|开工建设|开工|竣工|完工|封顶|主体完工|建成|完成(?:全部)?建设任务)$")
# A budget a sum's name ends in (三公经费年初预算), and what was spent against it, named bare after it (实际支出).
_BUDGET_END = regex.compile(r"(?:年初|年度|全年|调整)?预算(?:数|额)?$")
_SPENT_AGAINST_BUDGET = regex.compile(r"(?:实际|决算)(?:支出|使用|执行)(?:数|额)?")
# An amount named only as spent, and what it was spent on after it (投资580万元改扩建乡镇卫生院5所; a
# building may take 20 characters: 新建县妇幼保健计划生育服务中心业务楼).
_SPENDING = r"(?:投资|投入)(?:资金)?"
_SPENT = regex.compile(rf"(?:每年|年均)?总?{_SPENDING}")  # 每年投入500万元用于…: a yearly sum names what it is for too
# The spending a count's noun runs into when the amount follows it at once (…工程完成投资2340万元).
_DONE_SPENT = regex.compile(rf"(?:已|累计)?完成{_SPENDING}")  # 完成投资2.36亿元 after the works counted: what they cost so far
_WORKS_END = regex.compile(r"(?:项目|工程|建设|改造|迁建|改扩建|新建|楼|院区)$")
_SPENT_NEXT = regex.compile(rf"(?:完成|累计|计划|总)?{_SPENDING}$")
_SPENT_ON = regex.compile(r"(?:的|用于)?([^\d,;:。()]{2,24}?)(?=[\d,;:。(]|$)")
# A whole's own words, after a count of those added to it (新增重点专科3个,总数达到11个).
_WHOLE_WORDS = ("总数", "总量")
# A building's area listed between its cost and its name (投资1.15亿元、建筑面积3.2万平方米的外科大楼): the
# cost is the building's, as where the area is left out.
_AREA_LISTED = regex.compile(r"、总?(?:建筑|建设|占地|业务用房)?面积(?:约|近|达)?\d[\d.]*万?平方米(?=的)")
# Examples of the works, then how many there were and what: (完成)城关镇、河口镇等5所乡镇卫生院改扩建.
_EXAMPLES_COUNTED = regex.compile(r"(?:\d+|[一二两三四五六七八九十]+)[个所家座栋间处项台](?P<what>[^\d,;:。()、]{2,20})")


# A second measure word a count left behind (购置医疗设备136台(套): 购置医疗设备(套)).
_MEASURE_AFTER = re.compile(r"[(](?:套|台|件|个|张|辆|部)[)]")


def _works(clause: str) -> str:
    """What a clause says was done, without its quantities, cut before a long list's second
    item (购置心电图机、全自动生化分析仪等设备5台: 购置心电图机)."""
    done = _strip_trail(_MEASURE_AFTER.sub("", _without_quantities(clause, subject=True)))
    if len(done) <= 16 or "、" not in done:
        return done
    cut = done.find("、", _added_run_end(done))  # 新建、改扩建乡镇卫生院周转宿舍和业务用房: its verbs are one deed
    return done[:cut] if cut >= 0 else done


def _added_run_end(name: str) -> int:
    """Where the verbs of building that open a name end (新建、改扩建 of 新建、改扩建乡镇卫生院), or 0."""
    addition = max((w for w in added() if name.startswith(w)), key=len, default="")
    return _ADDED_RUN.match(name, len(addition)).end() if addition else 0


def _past_beneficiary(clause: str) -> str:
    """A clause from its verb on, past those it was done for (为县级医院和乡镇卫生院购置医疗设备: 购置医疗设备)."""
    if not clause.startswith("为"):
        return clause
    at = 1
    for word, flag in tagged(clause[1:]):
        if flag == "v" and at > 2:
            return clause[at:]
        if not (flag.startswith("n") or flag in ("b", "c")):
            break  # not those named alone (为全县12个乡镇计生服务站更新…: a count of its own)
        at += len(word)
    return clause


def _noun_before_verb(text: str) -> str:
    """`text` up to its last noun, without what is said of it after (县人民医院医技综合楼 of
    县人民医院医技综合楼建成投用), or "" when nothing is said after it; what is said starts at the latest
    at a word of where or when (门急诊综合楼于年内封顶, whose 封顶 jieba takes for a noun)."""
    noun, at = "", 0
    for word, flag in tagged(text):
        if noun and flag in ("p", "t"):
            break
        at += len(word)
        if flag.startswith("n"):
            noun = text[:at]
    return noun if len(noun) >= 2 and noun != text else ""


# A count ending a clause (…等重点项目9个).
_COUNT_ENDING = regex.compile(r"\d[\d.]*(?:个|所|家|项|座|处)$")


def _works_before(sentence: str, comma: int) -> str:
    """The works that the clause ending at `comma` says were done (完成县中医院门诊综合楼建设),
    or "": not a task or goal met (超额完成25家的年度任务), nor a clause with an amount of its own."""
    before = sentence[clause_bounds(sentence, comma, comma)[0]:comma]
    if _last_family(before) not in ("", "count") or _TASK_WORDS.search(before):
        return ""
    if "等" in before and "、" in before and (kind := _EXAMPLES_OF_KIND.fullmatch(clean(_COUNT_ENDING.sub("", before)))):
        before = leading_verb(clean(before)) + kind.group("kind")  # 实施…、…等重点项目9个,完成投资: the kind's works
    if (built := _BUILT_AFTER.fullmatch(clean(before))) and not starts_with_verb(built.group("what")):
        return built.group("what")  # 市中心医院门急诊楼建成投用,总投资3.6亿元: the building's cost
    done = clean(_works(before))
    if done.startswith(("再完成", "又完成")):
        done = clean(done[1:])  # 年底前再完成2个社区卫生服务中心提升改造: done again, as 完成 alone is
    elif done.endswith("完成") and len(done) > 4 and not starts_with_verb(done):
        return done[:-2] if len(done) <= 18 else ""  # 乡镇卫生院标准化建设完成9所: the works, then said done
    if (did := _DONE_BY_SUBJECT.fullmatch(done)) and not starts_with_verb(done):
        done = did.group("who") + did.group("what")  # 乡镇卫生院完成房屋改造: 乡镇卫生院房屋改造, what they had done
        return done if len(done) <= 16 else ""
    works = _PUSHING.sub("", done)
    if not 2 <= len(works) <= 16 + _added_run_end(works) or not (starts_with_verb(done) or starts_with_verb(works) or done.startswith(added())
                                         or "完成" in before[:max(0, before.find(done))]):
        return ""  # (完成 is cut from the works' name as a lead word: 年内完成4所乡镇卫生院提标改造)
    return works


# A building's area with no name of whose (…建成县疾控中心综合楼,总投资6800万元,建筑面积1.2万平方米), and
# a clause between that only says what it cost: the area is of the works before them.
_FLOOR_AREA = r"总?(?:建筑|建设|占地|业务用房)?面积"
_AREA_ONLY = regex.compile(_FLOOR_AREA)
# A building an area is said before (3200平方米的业务用房, 1.2万平方米县人民医院住院大楼).
_BUILDING_AFTER = regex.compile(r"的?(?P<what>[^,;。:\d]{0,24}?(?:大楼|用房|院区|楼(?![层梯道顶])))")
_HOLDS_DIVISIONS = regex.compile(r"(?:\p{Han}{1,6}?[县市区旗])?(?:下|管|共)?辖")  # 辖8个镇: no works an area is of
_COST_ONLY = regex.compile(rf"(?:总|计划|累计)?{_SPENDING}(?:约|近)?\d[\d.]*(?:万|亿)?元")
# …or a clause that names the works as it says what they cost (县妇幼保健院迁建项目完成投资6500万元,建筑面积2.8万平方米).
_WORKS_COST = regex.compile(rf"(?P<what>\p{{Han}}{{2,16}}?(?:项目|工程|楼|大楼|院区|新院|中心))(?:已|累计)?(?:完成)?(?:总|计划)?{_SPENDING}"
                            r"(?:约|近|达)?\d[\d.]*(?:万|亿)?元")
_AREA_STATED = regex.compile(rf"(?:其中)?{_FLOOR_AREA}(?:约|近|达)?\d[\d.]*万?平方米")
_WORKS_AREA = regex.compile(rf"(?P<what>\p{{Han}}{{4,16}}?(?:楼|大楼|用房|院区|新院|中心|项目|工程)){_FLOOR_AREA}(?:约|近|达)?\d[\d.]*万?平方米")


def _past_listed_area(sentence: str, end: int) -> int:
    """Where the words after an amount spent go on past an area listed after it (…1.15亿元、建筑面积
    3.2万平方米的外科大楼), or `end`."""
    listed = _AREA_LISTED.match(sentence, end) if sentence[end:end + 1] == "、" else None
    return listed.end() if listed else end


def _works_of_area(sentence: str, comma: int) -> str:
    """The works named before their area in the clause ending at `comma` (县中医院新建住院综合楼建筑面积
    1.2万平方米), or ""."""
    area = clause_bounds(sentence, comma, comma)[0]
    named = _WORKS_AREA.fullmatch(sentence, area, comma)
    return clean(named.group("what")) if named else ""


def _past_area(sentence: str, comma: int) -> int:
    """Where the works a cost is of are named before `comma`: before a clause that only gives
    their area (新建县人民医院住院大楼,建筑面积2.4万平方米,总投资1.2亿元), as an area is named past a cost."""
    area = clause_bounds(sentence, comma, comma)[0]
    return area - 1 if area and sentence[area - 1] == "," and _AREA_STATED.fullmatch(sentence, area, comma) else comma


# A building named before the words that say it was finished or how far its works went (县人民医院门诊楼建成投用,
# 县疾控中心P2实验室竣工并通过验收, 市传染病医院改扩建项目完成主体工程).
_BUILT_AFTER = regex.compile(r"(?P<what>\p{Han}(?:\p{Han}|[A-Za-z]+\d*){1,15}?)(?:已|已经|顺利|正式)?"
                             r"(?:建成投用|建成投入使用|竣工投用|投入使用|建成使用|竣工|落成|建成|(?:完成)?主体(?:工程)?(?:完工|封顶)"
                             r"|完成主体(?:工程)?|开工建设|开工)(?:并(?:通过验收|投入使用|交付使用))?")
# The verb between institutions and the volume of service they gave (医疗卫生机构全年共完成门急诊人次), or the
# revenue they made (医院全年实现医疗收入): no part of the name.
_VOLUME_DONE = regex.compile(r"(?<=(?:机构|医院|卫生院|中心|卫生室|服务站))(?:全年|今年|当年)?(?:共|累计|总共)?(?:完成了?|实现了?)"
                             r"(?=(?:门急诊|门诊|急诊|诊疗|住院|出院|手术|体检|(?:医疗|业务|总)收入)\p{Han}{0,4}$)")
# 共 between institutions and the deed they did together (职业病诊断机构|共|诊断职业病).
_SUM_AFTER_INSTITUTIONS = regex.compile(r"(?<=(?:机构|医院|卫生院|中心|卫生室|服务站))(?:全年|今年|当年)?共(?=\p{Han}{2})")


def _without_sum_word(text: str) -> str:
    """The name without a 共 after the institutions that did the deed it names, where a verb follows; not
    after one body named by its place (县疾控中心共采购…), which the lead words take away whole."""
    found = _SUM_AFTER_INSTITUTIONS.search(text)
    if found and not _DOER_FOUND.search(text) and tagged(text[found.end():])[0][1].startswith("v"):
        return text[:found.start()] + text[found.end():]
    return text


# Works a subject had done, named before the deed (乡镇卫生院完成房屋改造).
_DONE_BY_SUBJECT = regex.compile(r"(?P<who>\p{Han}{2,10}?)(?:全部|均|已)?完成(?P<what>\p{Han}{2,8})")
# Words of a clause that met a task or goal, not of works done.
_TASK_WORDS = regex.compile(r"任务|目标|计划|指标|%")
# Verbs that say how works go on, not what they are: 加快市中心医院新院区二期建设.
_PUSHING = regex.compile(r"^(?:加快|推进|推动|启动|全面|全力|谋划)+(?=\p{Han}{2})")

# A bound after the noun a count counts: those counted are the ones under or over it.
_BOUND_AFTER_NOUN = regex.compile(r"(?:不足|不到|超过|低于|高于|少于|多于|只有|仅有|仅|只)\p{Han}{0,2}$")
# What a part of a whole reached, right after its count: (其中6所)达到推荐标准.
# A goal those counted reach or miss, before their count (已达到2030年目标值的11项) or after it (6项未达到).
_GOAL_MET_BEFORE = regex.compile(r"(?:已|均|尚|仍)?(?P<what>(?:(?:未|没有|尚未)能?)?(?:达到|实现)[^,;:。]{1,24}?目标值?)的\s*$")
_GOAL_MET_AFTER = regex.compile(r"\s*(?:已|均|尚|仍)?(?P<what>(?:(?:未|没有|尚未)能?)?(?:达到|实现)(?:[^,;:。\d]{0,4}(?:19|20)\d{2}\s*年[^,;:。\d]{0,6}?目标值?)?)\s*$")
_GOAL_OF_YEAR = regex.compile(r"(?:19|20)\d{2}\s*年[^,;:。\d]{0,6}?目标值?")
_GOAL_MET_VERB = regex.compile(r"(?:(?:未|没有|尚未)能?)?(?:达到|实现)")
_PART_REACHED = regex.compile(r"(?:已|均|全部)?(?P<what>(?:达到|通过)[^,;:。\d]{2,20})$")
# A name that ends in those it counts (建档立卡贫困人员, 村卫生室), not in a measure (…率, 占比, 水平).
_NOUN_END = regex.compile(r"(?:人员|人口|患者|群众|居民|对象|儿童|妇女|老年人|家庭|户|机构|医院|卫生院|卫生室|卫生所|中心|站|村|乡镇|单位|学校|药物|药品|用血)$")
_DIGIT_AFTER = regex.compile(r"\d")
# Examples listed before the kind they are of, right before its count (县医院、县疾病预防控制中心等县直医疗卫生单位5个);
# not what a kind is about (卫生监督员、协管员的法律法规、业务知识等培训班).
_EXAMPLES_OF_KIND = regex.compile(r"[^,;:。、的]{2,16}(?:、[^,;:。、的]{2,16})+等(?P<kind>\p{Han}{2,12})")


def _kind_of_examples(name: str) -> str:
    """A count's name after examples of what it counts, too many for a name of 24 characters, which
    would cut their list in the middle (…预防控制中心、…等县直医疗卫生单位: a verb 预防 the counts after it
    take too): the kind, with the verb before the examples, but not a verb of having (设有)."""
    if len(name) <= 24 or "等" not in name or "、" not in name or not (examples := _EXAMPLES_OF_KIND.fullmatch(name)):
        return name
    verb = leading_verb(name)
    return ("" if _HAVING.search(verb) else verb) + examples.group("kind")


# The rest of a list and the kind it ends in: (讲座)、义诊咨询等宣传活动.
_LIST_KIND = regex.compile(r"(?:、[^,;:。、\d]{1,10}?)+等(?P<kind>\p{Han}{2,8}?)(?=[和及与,;:。、)]|$)")
# A rank after the noun a count counts: (医院进入全国前)100名.
_RANK_AFTER = regex.compile(r"\d+(?:名|位)")
# Those counted among a whole just named: 23所乡镇卫生院|中已有|18所….
_AMONG = regex.compile(r"中,?(?:已|共|还|仅)?有$")
# Where a whole's name goes on to what all of it reached: 乡镇卫生院|全部达到基本标准.
_WHOLE_REACHED = regex.compile(r"(?:已|均|全部|都)?(?:达到|通过)")
# A number of kinds right before a count: (报告法定传染病)12类(986例).
_KINDS_BEFORE = regex.compile(r"(?<=\p{Han})\d[\d ]*(?:类|种)$")
# A goal's word after 的, which names no measure: 2025年可达到92%的目标.
_GOAL_WORD = regex.compile(r"(?:预期|既定|年度)?(?:目标|目标值|指标|指标值|要求)")
# …and how far a result is from it, after: 距2030年60%的目标尚差6.1个百分点, 的目标仍有较大差距.
_GOAL_SHORT_OF = regex.compile(_GOAL_WORD.pattern + r"(?:$|(?:仍|还|尚|仅|只)?(?:差|有|相差|存在))")
# A name that ends in a verb of doing, before 开展了2215人次的…查漏补种工作.
# The year of a class of students or graduates, written between a count and whom it counts.
_COHORT = regex.compile(r"(?:19|20)\d{2}(?:届|年|级)(?=[^,;:。\d]{0,20}?(?:毕业生|学生|医学生|新生|学员))")


# A level of government (南宁市, 自治区, 市级), and the next item of a list, which opens on another
# level and goes on to the noun both share (、自治区卫生镇).
_LEVEL = r"(?:\p{Han}{1,6}?(?:省|市|县|州|盟)|\p{Han}{0,4}?自治区|(?:国家|省|市|县|区)级|国家)"
_LEVEL_ONLY = regex.compile(_LEVEL)
_LEVEL_SHARING = regex.compile(rf"、(?P<item>(?P<level>{_LEVEL})\p{{Han}}{{2,10}})(?=[、,;。]|$)")


# Bodies listed by name (…艺术团、…工作室) right before a count of their kind (两个社会组织).
_BODY_END = r"(?:团|室|院|中心|站|所|会|社|公司|企业|学校|医院|队)"
_NAMED_BODIES = regex.compile(rf"\p{{Han}}{{2,12}}?{_BODY_END}(?:[、和]\p{{Han}}{{2,12}}?{_BODY_END})+$")
_KIND_OF_BODIES = regex.compile(r"\p{Han}{0,4}?(?:组织|机构|单位|企业|学校|医院|团体)")


# Graduates or students counted, then where they were placed (…毕业生到乡镇卫生院工作).
_SENT_TO = regex.compile(r"(?<=毕业生|学生|学员)到(?=\p{Han}{2})")
# Teams or institutions counted, then those they served and the service (86支家庭医生团队为贫困人口提供签约服务):
# the count is of who served, not of the service.
_SERVED_BY = regex.compile(r"(?<=团队|队伍|医疗队|小分队|服务队)为(?=\p{Han}{2,12}?(?:提供|开展|实施|进行|办理))")


# Divisions of a place, which a count may cover together (307个行政村和社区, 12个乡镇和街道).
_DIVISION_NAME = regex.compile(r"行政村|自然村|村|社区|乡镇|镇|乡|街道|居委会|村委会")


def _divisions_joined(words: str, rest: str) -> bool:
    """行政村 and 和社区: divisions joined by 和 after one count are what it counts together,
    as a list joined by 、 is; not a count of one thing and another (98家养殖户及高暴露人群)."""
    return bool(_DIVISION_NAME.fullmatch(words) and _DIVISION_NAME.fullmatch(rest[1:]))


# A light verb that only says a deed was done, its deed named after the share (进行了100%的HIV检测).
_LIGHT_DEED = regex.compile(r"(?:全部|均|都|全面|已|现)*(?:开展|进行)了?$")
_DOING = regex.compile(r"(?:开展|进行|实施|完成|提供)了?$")
# The list words left between and after removed titles: 印发《…》、《…》等宣传资料 is 印发宣传资料.
_LISTED_TITLES = regex.compile(r"\0(?:[、和及与]\0)*等?")
# The level a thing is of, alone as a list's item names it after the thing of another level (国家级临床重点专科3个、省级17个).
_RANK_ONLY = regex.compile(r"(?:国家|省|市|州|县|区|地市|市州)级")
# The highest and lowest of the scores whose average was just given (平均得分88.4分,最高分95.2分,最低分…): named by its appraisal.
_BOUND_SCORES = ("最高分", "最低分", "最高得分", "最低得分")
_AVERAGE_SCORE = regex.compile(r"(?:平均|最高|最低)得?分$")
# The month a deed was done in, inside a name (育儿补贴申领工作于9月启动,受理申请…): a time, no part of what is measured.
_MONTH_DONE = regex.compile(r"于(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:份|底|初|末|上旬|中旬|下旬)?(?=\p{Han})")
# This year, and what is to be done in it, inside a name after whose it is (县人民医院今年要创建市级重点专科): a time and
# a pledge, no part of what is measured.
# Not where it opens a clause of its own, the place or the total after it (…一级杂志今年全区共举办…: a table's words run on).
_YEAR_PLEDGED = regex.compile(r"(?<=\p{Han}{2})(?:今年|年内)(?:要|将|计划)?(?=\p{Han})(?!全|共)")
# …and so is a year written after an institution's name (区人民医院2022年开展PCI, 县人民医院2019年病床使用率,
# 县人民医院在2022年度全国二级公立医院绩效考核中).
_YEAR_OF_INSTITUTION = regex.compile(r"(?<=医院|卫生院|保健院|中心|卫生室|服务站)在?(?:19|20)\d{2}(?:年度|年(?![全共度]))(?=\p{Han}|[A-Z])")
# A version of a scheme or a system inside a name (DRG/DIP 2.0版分组方案, DIP 2.0分组), which names no other
# measure than the scheme's: not_facts.toml takes it for no fact.
_VERSION = regex.compile(r"[ ]?(?<![\d.])\d+\.\d+[ ]?版本?|(?<=[A-Za-z])[ ]\d+\.\d+(?=分组|付费|支付|模式|系统|平台)")
# Masked digits (xx县, 20xx年), not the letter of a word (X光机, X线, X射线, CTX) nor of a model's formula
# (“1+1+X”家庭医生团队).
_MASK = regex.compile(r"(?<![A-Za-z+])[xX*×]+(?![A-Za-z光线射])")
# 各 after a name: each has the number (宫颈癌、乳腺癌筛查各12436人), it names nothing.
_EACH = regex.compile(r"(?<=\p{Han})各$")
# 补助标准为每人500元: the name says per what (补助标准每人), without the verb between; so does a
# time it is per (门诊量由日均1200人次增加到日均1500人次: 门诊量日均), and the time a baseline was of with it
# (门急诊量由高峰时期的日均6800人次: 门急诊量日均); and a standard made one for all places (补助标准统一每人每月300元).
_VERB_BEFORE_PER = regex.compile(rf"(?:统一(?:为|按)?|为|达到|达|{REACHED}|(?:由|从)(?:\p{{Han}}{{2,4}}?(?:前|初期?|时期|期间)的)?)(?=每|[日月]均)")
# 卫生所共有医护人员: the place, then what it has (卫生所医护人员).
# The places a total is summed over, and the verb of all there is (全区13个街道共设置社区卫生服务中心14个,
# 全县12个乡镇共有卫生院14个, 全区14个街道、镇共有…, 203个行政村共设村卫生室196个): where, not what; the 13 itself is no fact (not_facts.toml).
_SUMMED_OVER = regex.compile(r"[\d一二两三四五六七八九十]+个(?:县市区|县区|县市|县|区|市|乡镇|镇|乡|街道|社区|行政村|村)(?:[、和](?:乡镇|镇|乡|街道|社区|村))?(?:\([^()]{1,6}\))?"
                             r"共(?:设置|设立|设有|有|计|设)?(?=\p{Han}{2})")
# The places a rate is over, before its name (全市5个县(市、区)脱贫人口家庭医生签约率保持在99%以上): where, not
# what; the 5 itself is no fact (not_facts.toml).
_RATE_OVER = regex.compile(r"[\d一二两三四五六七八九十]+个(?:县市区|县区|县市|县|区|市)\([^()]{1,6}\)(?=[^,;:。\d]{2,20}?率)")
# The places a thing is set up in, counted before it (…和18个乡镇卫生院设立"一站式"结算窗口20个): where,
# not what (设立"一站式"结算窗口); the 18 itself is no fact (not_facts.toml).
_SET_UP_IN = regex.compile(r"^[^,;:。]*?[\d一二两三四五六七八九十]+(?:个|家|所)\p{Han}{1,12}?(?=(?:设立|设置|开设|建立|设有)\P{N}{2,16}$)")
# The means a deed was done by (通过定向招聘、乡镇卫生院派驻等方式补充乡村医生21名), and who did it with whom
# (我局会同县人社局通过公开招聘等方式…): how, not what was done.
# The article of a law or rule a deed was done under or against (按照第八十一条处以罚款, 查处违反第六十九条的案件,
# 依据第三十六条第(一)项, its bracket already cut as an aside): where the power comes from, not what was counted.
_ARTICLE = regex.compile(r"(?:依据|根据|按照|依照|对照|违反|按)?(?:第[一二三四五六七八九十百零〇\d]+条(?:第[一二三四五六七八九十\d]+款)?"
                         r"(?:第\(?[一二三四五六七八九十\d]*\)?项|\(?[一二三四五六七八九十\d]+\)?项)?[、和及]?)+(?:之?规定)?的?")
# The rule a standard or a deed follows, inside a name (特扶标准按省规定提高到…, 补助标准按上级要求提高到…):
# what is measured is the standard.
_BY_RULE = regex.compile(r"(?:按照?|依照|根据|依据)(?:(?:国家|省|市|县|区|上级|有关|相关|政策)*的?规定"
                         r"|(?:国家|省|市|县|区|上级|有关|相关)+的?要求)")
_MEANS = regex.compile(r"^(?:我局|我委|我院|我们)?(?:(?:会同|联合|协同|配合)\p{Han}{2,12}?)?(?:通过|采取|采用|运用|利用)[^,;:。\d]{2,30}?(?:方式|途径|形式|渠道|办法)(?=\p{Han}{2})")
# Those a deed is done to or for, before the verb that carries it (对病原学阳性患者开展耐药筛查, 为感染者开展CD4检测,
# 公安、司法部门对被监管人员开展HIV检测, 为0-6岁儿童提供免费健康检查): they and the deed name what is counted, as
# after 进行 (`_LIGHT_VERB`); not the 对 or 为 of a word (对象, 对口, 成为, 为主), a theme the deed takes (以…为契机),
# nor a deed's times (开展一年四次的督查).
_DONE_TO = regex.compile(r"^(?:[^,;:。]{0,12}?(?<![相绝面成作认因称更较最以]))(?:对|为)(?![象口接照比外于应策待话方此面症了主期民何止重核契抓载依])"
                         r"(?P<whom>[\p{Han}\dA-Za-z][^,;:。对为]{1,30}?)(?:开展|提供)了?(?![一每]\p{Han}?[年月季周天])(?P<deed>[\p{Han}A-Za-z0-9]{2,})$")
# The whole a rate is reckoned on, after the rate's name and its verb (检测覆盖率达到全县常住人口的21.4%): the
# rate's denominator, no part of its name; so too after a share and its bound (重症医学科床位占比不低于总床位的5%).
_RATE_OF_WHOLE = regex.compile(r"(?<=\p{Han}{2}(?:率|占比|比例))(?:达到|达|为|是|不低于|不少于|不高于|不超过)[^,;:。\d率]{2,16}?的?$")
# …and the same when the count of those it is done to stands between (对全县1520名学生开展问卷调查): the 对 or 为 open
# the number's clause, and the verb after the noun counted goes.
_DONE_TO_OPEN = regex.compile(r"(?<![相绝面成作认因称更较最以])(?:对|为)(?![象口接照比外于应策待话方此面症了主期民何止重核契抓载依])[^,;:。对为]{0,20}$")
_DONE_TO_VERB = regex.compile(r"(?<=\p{Han})(?:开展|提供)了?(?=\p{Han}|[A-Za-z])(?![一每]\p{Han}?[年月季周天])")
# …and the verb opening the words after the count, when those it was done for are named before it.
_DEED_FOR_NAMED = regex.compile(r"^(?:开展|提供)了?(?=\p{Han}{2})(?![一每]\p{Han}?[年月季周天])")
# A theme a deed is done on, opening its name (以世界艾滋病日为契机开展宣传活动): when or why, not what.
_THEME_BEFORE = regex.compile(r"^[^,;:。]{0,6}?以[^,;:。以]{2,16}?为(?:契机|抓手|载体|依托|平台|主线|主题|切入点)(?=\p{Han}{2})")
# Who moves a value, before 将 or 把 (争取县政府将乡镇卫生院人员经费补助标准提高20%): the value's name follows.
_AGENT_MOVES = regex.compile(r"^(?:\p{Han}{1,8}?、)?\p{Han}{0,8}?(?:政府|财政|局|委|部门)(?:将|把)(?=\p{Han}{4})")
# …and the steps a deed came after (经基本医保、大病保险、医疗救助“三重保障”后实际报销, 经核实纳入监测对象): when, not what.
_STEPS_BEFORE = regex.compile(r"^经过?(?:[^,;:。\d]{2,40}?后|核实|核查|审核|复核|认定)(?=\p{Han}{2})")
# Money paid out to those a count just before counted (报销, 补偿, 赔付): theirs.
_PAID = regex.compile(r"(?:报销|补偿|赔付|结算)(?:金额|资金|费用)?")
# Words of having inside a name (…共有…), not the 现有 of 发现 and 有 (发现有螺面积: where snails were found).
_HAS_INSIDE = regex.compile(r"(?<=\p{Han})(?:共有|(?<!发)现有|拥有|共计|合计)(?=\p{Han})")
# The sum word between institutions of a kind and what they did (各级医疗机构共点评门急诊处方, 定点医院共收治):
# how many, not what; not a word it opens (医疗共同体, 共享, 共建).
_SUM_AFTER_DOERS = regex.compile(r"(?<=机构|医院|卫生院|卫生室|单位)共(?![同享建青产治管用性识病济商])(?=\p{Han}{2})")
# A whole before the part it is said to include (成员单位包括乡镇卫生院86家): the whole's part, 成员单位乡镇卫生院.
_INCLUDES_INSIDE = regex.compile(r"(?<=\p{Han})包括(?=\p{Han})")
# What the institutions counted have, counted next in their clause (16家乡镇卫生院共有在岗职工1126人): no part
# of the institutions' name, but the next count is theirs (乡镇卫生院在岗职工).
_HAVE = r"(?:共有|现有|拥有|已有|均有)"
_HAVING = regex.compile(rf"(?:{_HAVE}|设有|有)$")  # a verb of having, which names nothing counted
# …and the staff or things they were given, counted next (14个协管单位共配备31名协管员).
_HAVE_COUNTED = regex.compile(rf"(?<=\p{{Han}}{{2}})(?:{_HAVE}(?=\p{{Han}})|共?(?:配备|配置)了?(?=\p{{Han}}|$))")
_HAVE_OPENING = regex.compile(rf"{_HAVE}(?=\p{{Han}}{{2}})")
# A deed done to some of those counted, then how many (巡察反馈的23个问题已整改到位21个): the deed is the next count's.
# The institutions a count counts, then a deed done for them that the next count is of (成员单位|派驻医师46名).
# Institutions counted after another kind of them, then what all of them do, to the clause's end (、1个社区卫生服务中心
# 均能提供中医药服务, 和126个村卫生室全部开展家庭医生签约服务, 全部纳入药品集中采购平台): no other quantity in it.
_INSTITUTION_KIND = regex.compile(r"(?:医院|卫生院|卫生室|服务中心|服务站|医疗机构|养老机构)$")
_INSTITUTIONS_DOING = regex.compile(r"[、和]\d+(?:个|所|家)\p{Han}{0,8}(?:医院|卫生院|卫生室|服务中心|服务站|医疗机构|养老机构)"
                                    r"(?P<deed>(?:均|全部|都)(?:已经?|能够?|可以?)?(?:提供|开展|设立|设置|设有|建成|实现|配备|建立|纳入|接入|加入|执行|实行|取消)\p{Han}{2,16})")
_INSTITUTION_END = regex.compile(r"(?<=\p{Han})(?:单位|医院|卫生院|卫生室|机构|中心|服务站|门诊)(?=\p{Han}{2,14}$)")
# When and how much of the deed the institutions counted did, between them and its verb (机构|全年共|完成职业健康检查).
_DEED_LEAD = re.compile(r"(?:全年|今年|年内)?(?:共|累计|总共)?")


HELD = ("在治", "在管")  # those the institutions counted keep in their care (6个美沙酮维持治疗门诊在治1082人)


def _deed_of_institutions(rest: str) -> bool:
    """Whether the words after institutions counted are a deed of theirs (派驻医师, 全年共完成职业健康检查):
    past when and how much, a verb, or those kept in their care, opening at most ten characters."""
    deed = rest[_DEED_LEAD.match(rest).end():]
    return len(deed) <= 10 and (starts_with_verb(deed) or deed.startswith(HELD))


_COUNT_AT = regex.compile(r"\d+(?P<unit>\p{Han})")  # a count and its measure word, right after a name
_DONE_NEXT = regex.compile(r"(?<=\p{Han}{2})(?:均|全部)?已经?(?=\p{Han}{2,8}$)")
# A system or a deed carried out in the institutions counted (国家基本药物制度在全县15家乡镇卫生院和126个村卫生室
# 全面实施): the counts are of those that carry it out.
_DONE_IN_PLACES = regex.compile(r"(?P<what>\p{Han}{2,16}?)在(?:全县|全市|全区|全旗|全镇|全乡|辖区内?)?"
                                r"(?P<places>(?:[\d一二两三四五六七八九十]+(?:家|所|个)\p{Han}{2,10}?[、和及与]?){1,4}?)"
                                r"(?:全面|全部|均已|均|已经|已|都)?(?P<verb>实施|推行|落实|推开|施行|执行|运行)(?=[,;:。]|$)")
# …and the same said with the institutions first (全区9家乡镇卫生院和2家社区卫生服务中心全部实施基本药物制度).
_PLACES_DO = regex.compile(r"(?:全县|全市|全区|全旗|全镇|全乡|辖区内?)?"
                           r"(?P<places>(?:[\d一二两三四五六七八九十]+(?:家|所|个)\p{Han}{2,10}?[、和及与]?){1,4}?)"
                           r"(?:全面|全部|均已|均|已经|已|都)(?P<verb>实施|推行|落实|施行|执行|运行)(?P<what>\p{Han}{2,16}?)(?=[,;:。]|$)")
_PLACE_JOIN = regex.compile(r"[、和及与]")


_WHOLLY_DONE = regex.compile(r"(?:全面|全部|均已|均|已经|已|都)(?:实施|推行|落实|施行|执行|运行)")


def _done_in_places(sentence: str, start: int, end: int, right: int) -> str:
    """The name of a count of institutions that carry out what opens its clause (实施国家基本药物制度的
    乡镇卫生院), or "" when the clause is not so worded."""
    left = clause_bounds(sentence, start, end)[0]
    done = _DONE_IN_PLACES.match(sentence, left, right + 1) or _PLACES_DO.match(sentence, left, right + 1)
    if not done or not done.start("places") <= start < done.end("places"):
        return ""
    stop = _PLACE_JOIN.search(sentence, end, done.end("places"))
    kind = sentence[end:stop.start() if stop else done.end("places")]
    return done.group("verb") + clean(done.group("what")) + "的" + kind if len(kind) >= 2 else ""


# Words of an amount paid per head, right after those counted (1832名失独家庭每人每年补助7200元).
_PAID_PER_HEAD = regex.compile(r"(?:每人|每户|人均|户均)(?:每[年月日])?(?:补助|补贴|奖励|发放|救助|慰问)\p{Han}{0,3}$")
_MONEY_AT = regex.compile(r"[\d.]+(?:万|亿)?元")
# A payment after those counted, right before its amount (对象312人发放特扶金61.94万元, 6218户领证家庭
# 发放独生子女父母奖励费74.6万元).
_PAID_TO_THEM = regex.compile(r"(?:发放|兑现|拨付|支付|发给)\p{Han}{1,10}$")
# A place's own divisions counted one after another (辖8个镇3个街道、126个行政村), the count ending its
# clause or list (not 9家街道、乡镇申报): the division names it…
_DIVISION_AFTER = regex.compile(r"(?:乡镇|镇|乡|街道办事处|街道|苏木|区|县|行政村|自然村|社区|村民委员会|居民委员会|村委会|居委会)(?=[、和及]?[\d一二两三四五六七八九十]|[,;:。]|$)")
# …when before it there is only the place's word for holding them, or the division counted before.
# (柳河县辖8镇3乡: a place's own name may stand before its word for holding them.)
_DIVIDED_BY = regex.compile(r"(?:全?[县市区旗])?(?:下辖|管辖|共辖|辖|下设|设有|共有|现有|有)?(?:乡镇|镇|乡|街道|行政村|社区)?"
                            r"|\p{Han}{1,6}?[县市区旗](?:下辖|管辖|共辖|辖)")
# A part named only by its age (乡村医生402人,其中60岁以上96人): the whole's people of that age.
_AGE_ONLY = regex.compile(r"\d{1,3}(?:周岁|岁)(?:及?以上|及?以下)")
_COUNTED_BEFORE = regex.compile(r"[\d一二两三四五六七八九十]\s*[家所个座](?P<kind>\p{Han}{2,12})(?<!中)$")  # not 24个乡镇中已有…: among them
# A goal stated before its name: 年初确定的目标任务是门诊量(达到…) names 门诊量.
_GOAL_STATED = regex.compile(r"^[^,;:。]*?(?:目标任务|目标|任务|指标)(?:是|为)(?=\p{Han}{2})")
_HAN = regex.compile(r"\p{Han}")
_APART = regex.compile(r"(?:共计|合计|总计|累计(?!完成投资|投资)|已经|已(?!婚)|共(?![享同])|均)+")
# The letters that can start a lead word or one standing apart: the first of each word, and of
# each pattern of `_LEAD` (开展, 完成, 在, 一、, 受…影响, 省下达, 近三年来, 提高到, 较基线年, 由, 截至, 第一季度,
# 上半年, 建议).  A name starting with any other letter (高血压…) has none, unless a speaker's 】 stands
# in it (宋佳】); one starting with a digit or a mark is matched; 按 opens the people a sum is worked out on.
_LEAD_STARTS = (frozenset(w[0] for w in (*_LEAD_WORDS, *REACH_VERBS))
                | frozenset("开实完在一二三四五六七八九十两受省市县区上下近年已升降增减调比较与同到至由从于截第前共合总累均按建"))
# A rate named in a word or two, which 累计 before it makes a measure of its own (累计结余率).
_SHORT_RATE = regex.compile(r"\p{Han}{1,3}率")
# Heads too short to be a name once a lead word is cut from them (完成率 is not 率).
_ONE_HEAD = {"率", "比", "比例"}
# The noun a count counts, when it follows the measure word (22个内部管理文件).
_NOUN_AFTER = regex.compile(r"^(?:(?:参与|(?![和及与的])\p{Han}|[A-Z]+\d{0,3}(?=\p{Han})|\([^()]{1,8}\)(?=\p{Han})|(?<!在)“[^“”]{1,8}”(?=\p{Han})){2,20}"  # 183个县(市、区)县级医院…, 适龄妇女“两癌”筛查 (not 在“六一”…, a time), 1个P2实验室; 参与 is one deed, no joiner
                            r"|(?![和及与的等余多])\p{Han}(?=[,;:。、)]|$))")  # 新建2个站,: one character that ends its clause
# The stocks a part of a whole can be a kind of, named by its own words before them (国债资金 of 建设资金, 康复床位,
# 户籍人口 of 常住人口).
_KINDS_OF_WHOLE = ("资金", "经费", "床位", "人口")  # 常住人口…,其中户籍人口…, 流动人口…
# What goes on past the noun's length in its clause, up to a number or a mark.
_RUN_ON = regex.compile(r"(?![和及与的])\p{Han}(?:\p{Han}|“[^“”]{1,8}”)*")
# A number in Chinese numerals after a count (十一种一千零八十六例, 十一种三例): no noun of it.
_NUMERAL_AFTER = regex.compile(r"[一二两三四五六七八九十]+(?:例|人|次|个|家|所|种|项|件|名)(?:[,;。、]|$)|[一二两三四五六七八九十][十百千万零〇]")
# People of an age right after their count: 为3.2万名65岁以上老年人提供免费体检.
_AGED_AFTER = regex.compile(r"\d{1,2}(?:\s*[-—~至到]\s*\d{1,2})?(?:周岁|岁)")
# The rest of a list, to its clause's end, that the noun after a count opens (宫颈癌、乳腺癌筛查, 宫颈癌和乳腺癌筛查):
# no number in it.
_LIST_TO_HEAD = regex.compile(r"[、和及与](?![和及与的])\p{Han}{1,10}(?:、\p{Han}{1,10})*")
# A list after a count that ends in the kind of all its items (46家宾馆、洗浴等公共场所开展…), up to its clause's end.
_LIST_TO_KIND = regex.compile(r"、[^,;:。、等\d]{1,10}(?:、[^,;:。、等\d]{1,10})*等(?![级次同于])(?P<kind>\p{Han}{2,24})")
# The later items of a list of kinds that share the noun after the last (为1200名高血压、糖尿病患者, 对2680名失能、
# 半失能老人, 56家存在粉尘、噪声危害的企业): the count is of all of them, not of the first word.
_LISTED_KINDS = regex.compile(r"(?:[、和及与](?![和及与的])\p{Han}{0,10}?)+?(?:人员|人口|患者|病人|群众|居民|对象|儿童|妇女|老年人|老人|学生|家庭|孕产妇|企业|用人单位"
                           r"|卫生院|服务中心|服务站|卫生室)")  # 119个乡镇卫生院和社区卫生服务中心中: both kinds counted
_NOT_NOUN = regex.compile(rf"^(?:的|已(?!婚)|以上|以下|左右|上下|次|人次|测算|计算|核定|核算|{'|'.join(REACH_VERBS)}|[降升增减][至到]|降为|达到|投入使用)")
# The end of a heading that a colon follows (2019年工作完成情况:免疫接种…): it lends no subject.
_HEADING_END = regex.compile(r"(?:情况|如下|方面|成效|成绩|措施|工作):?$")
# A topic a clause opens with (艾滋病防治方面,…): what it is of names the numbers after it, not its work's words.
_TOPIC_END = regex.compile(r"(?:防治|防控|管理)?(?:工作)?方面[,:]?$")
# The 了 of a deed done inside a name (取得了, 开展了); not 为了, 除了 nor 了解.
_DONE_MARK = regex.compile(r"(?<=\p{Han})(?<![为除])了(?=[\p{Han}A-Za-z])(?!解)")
# A verb that only carries the noun after it: 35家公共场所进行了监督检查 counts 公共场所监督检查; or
# that ends the noun, its object after the number (对6家药品零售户进行了2批次检查: 药品零售户).
_LIGHT_VERB = regex.compile(r"(?<=\p{Han})进行了?+(?=\p{Han}|$)")
# What the words after a list's last count say of each counted (分别) and the bound of the number they
# run into (85名急救护士分别进行了不少于40学时的轮训): no part of what is counted.
_EACH_OR_BOUND = regex.compile(r"分别|(?:不少于|不低于|不超过|不高于)$")
# A clause that states a total, not one more part, and names it: …,农民个人缴纳30元,共筹集基金6189万元.
TOTAL_OPENING = regex.compile(r"共|合计|总计|总共")
# The count of the hospitals a name's value is of, opening it (两所县级医院门急诊, 16家乡镇卫生院在岗职工):
# a number that only says who is counted (not_facts.toml), left out of the name.
_COUNTED_INSTITUTIONS = regex.compile(r"^(?P<where>县直|市直|区直)?[\d一二两三四五六七八九十]+(?:家|所|个)(?=(?:县级|县直|市级|市直|区级|区直)?(?:公立)?(?:综合)?"
                                      r"(?:医院|医疗单位|医疗机构|医疗卫生单位|乡镇卫生院|卫生院|社区卫生服务中心|社区卫生服务站|村卫生室)\p{Han})")
# What of a project's total was spent so far or is planned for the year, named without the project.
_INVESTED_SO_FAR = regex.compile(r"(?:累计|年度|本年|当年)?已?(?:完成|计划)投资")
# A name this short is a bare head (新建, 金额, 签约率): it borrows its clause's subject.
SHORT = 4


def added() -> tuple[str, ...]:
    """Words that make a count an addition (新增, 新建, 新登记: cues.toml)."""
    return _cue_list("added")


def stocks() -> tuple[str, ...]:
    """Indicators of what a whole place has or does (cues.toml): its staff, beds, patients."""
    return _cue_list("stocks")


def not_places() -> tuple[str, ...]:
    """Words that end like a county, district or city but name no place (社区, 开发区)."""
    return _cue_list("not_places")


def of_institution(name: str) -> bool:
    """广阳镇卫生院巡查, 县人民医院门诊量: words that say whose institution a value is."""
    return _institution_words().search(name) is not None


def names_whole_place(text: str) -> bool:
    """Whether words name the whole place (全县, 辖区, 我市): its figures, not one institution's."""
    return any(w in text for w in _cue_list("whole_place"))


_PEOPLE_COUNTS = ("人", "人次", "户", "户次")


def of_subgroup(key: str, name: str, before: str) -> str:
    """The group named earlier in the sentence (建档立卡贫困人口…) that makes a fact its own,
    where the key's indicator is not that group's, and the name does not set the whole
    population's value against the group's (…参保率100%,城乡居民基本医疗保险参保率98.2%);
    or ""."""
    if not _words_of("subgroup_sentence").search(before):
        return ""  # most sentences name no group at all
    groups = [w for w in _cue_list("subgroup_sentence") if w in before]
    named = dictionary()[key].name + "".join(dictionary()[key].variants)
    people = _schemes().sub("", name)  # 城乡居民基本医疗保险参保率 names a scheme, not its people
    # (a bare deed of two characters inside the service's name is no measure restated: 家庭医生签约服务…贫困人口…,签约)
    if (name in before and (len(name) > 2 or group_named(before[before.rfind(name):]) == "")) or any(w in people for w in _cue_list("own_people")):
        return ""
    head = next((w for w in _bare_longest_first() if name.endswith(w)), "")
    if head and any(group + head in before for group in groups):
        return ""  # 贫困人口参保率达到100%,参保率达到98%: the whole population's, set against the group's own
    if any(w in name and w in named for w in _cue_list("subgroup_sentence")):
        return ""  # 贫困人口签约率 after 贫困患者…: the name is already of the group the key is of
    if _family(dictionary()[key].unit) == "count" and dictionary()[key].unit not in _PEOPLE_COUNTS:
        return ""  # 组建家庭医生团队120个 after 建档立卡贫困人口…: teams and institutions are no group's
    return group_named("".join(w for w in groups if w not in named))


@cache
def _schemes() -> "regex.Pattern[str]":
    return regex.compile(alternation(list(_cue_list("schemes"))))


def group_named(text: str) -> str:
    """The longest group of `subgroup_sentence` that `text` names, or ""."""
    return max((w for w in _cue_list("subgroup_sentence") if w in text), key=len, default="")


def applies(key: str, name: str, before: str, title: str = "", sentence: str = "", heading: str = "") -> bool:
    """Whether indicator `key` can stand for a fact so named, after these words of its
    sentence or in its document's title ([outside] in cues.toml: 新冠…, 全程接种率 is not the
    programme's, nor in a 新冠病毒疫苗接种进展通报; a stock after an institution, unless the
    whole place is named too), or under its section's `heading` where a rule says so (服药依从率
    under 包虫病综合防治), nor for a broader measure than the key's where its `sentence`
    names the narrower one apart ([apart]: 执业医师564人、执业助理医师312人)."""
    if sentence and _broader(key, name, sentence):
        return False
    if before.endswith("各") and _LISTED.search(name):
        return False  # 宫颈癌、乳腺癌筛查各1万人: each's count, not both together, nor the last one's alone
    for outside in cues()["outside"].get(key, ()):
        if outside.get("heading"):
            # a rule of the heading: 其中…药物治疗患者354例,服药依从率92%以上 under (一)包虫病综合防治
            if (any(w in heading for w in outside["words"])
                    and not any(w in name or w in heading or w in sentence for w in outside["unless"])):
                return False
            continue
        if (any(w in name for w in outside.get("in_name", ()))
                and not any(w in name for w in outside["unless"])):
            return False  # a rule of the name's own words: 8个达到省级卫生镇标准 are up to the standard, not named; 省级卫生镇 no national title
        # a rule `within_part` looks only after the last ; (方舱医院4家、床位6800张;全县…床位2100张)
        seen = before[before.rfind(";") + 1:] if outside.get("within_part") else before
        if (any(w in seen or w in title for w in outside["words"])
                and not any(w in name for w in outside["unless"])):
            return False
    if key in _cue_list("service_volumes") and name.startswith(_cue_list("reached")):
        return False  # 推行先诊疗后付费,惠及住院患者2.3万人次: those the measure reached
    if issued_by_institution(title) and _issuer_owns(key, before):
        return False  # 中心现有编制72人,…,专业技术人员58人 in a 疾控中心's report: its own staff
    # xx镇社区卫生服务中心在职职工95人,…,执业医师28人: one institution's staff, not the place's
    if key in _cue_list("institution_costs"):
        return not _institution_owns(before, by_kind=True)
    if key in _cue_list("hospital_series") and _all_hospitals(key, _last_institution(before)):
        return True  # 医院出院者平均住院日为8.9日 in a bulletin: all the place's hospitals
    return not ((key in stocks() or key in _cue_list("institution_series")) and _institution_owns(before))


def _last_institution(before: str) -> str:
    """The words naming the institution last named in `before`, from the clause's start or from the
    whole place's word before it (全区医院, 医院 after a mark); "" when another word leads it (县人民医院)."""
    last = max(_institution_words().finditer(before), key=lambda found: found.start(), default=None)
    if last is None:
        return ""
    opening = max(before.rfind(mark, 0, last.start()) for mark in ",;:。、") + 1
    return before[opening:last.end()]


# Names joined in a list (宫颈癌、乳腺癌筛查, 高血压和糖尿病患者).
_LISTED = regex.compile(r"\p{Han}[、和及与]\p{Han}")


def _broader(key: str, name: str, sentence: str) -> bool:
    """Whether `name` lacks the words that narrow `key`'s measure while `sentence` names that
    narrower measure apart (法定传染病报告发病率…,其中甲乙类传染病发病率…)."""
    return any(not any(w in name for w in rule["lacks"]) and any(w in sentence for w in rule["named"])
               for rule in cues().get("apart", {}).get(key, ()))


def _narrows(key: str, part: str, whole: str) -> bool:
    """Whether a `part` names the narrower measure `key` is of, which its `whole` does not
    (其中甲乙类传染病发病率 after 法定传染病报告发病率)."""
    return any(any(w in part for w in rule["named"]) and not any(w in whole for w in rule["lacks"])
               for rule in cues().get("apart", {}).get(key, ()))


@lru_cache(maxsize=1024)
def issued_by_institution(title: str) -> bool:
    """Whether a document's title names an institution as its issuer, at its head (县人民医院2019年
    工作总结, 云溪县妇幼保健计划生育服务中心…), not a bureau writing about one or about all of a kind
    (关于县级公立医院综合改革效果评估的报告, 红石县2020年村卫生室…统计分析报告)."""
    head = _issuer_pattern().search(title)
    return bool(head) and not any(w in title[:head.start()] for w in _cue_list("not_issued")) and not any(
        w in title for w in _cue_list("bureaus"))


# A heading that names one institution, of the place (县人民医院, 市中医院) or of a place in it (城关镇卫生院),
# not a kind of them (乡镇卫生院, 县级医院, 县直医院, 社区卫生服务中心, 城市公立医院).
_ONE_INSTITUTION = regex.compile(r"(?!乡镇|城市|城区|社区)(?:[县市区旗州](?![级直域属])|\p{Han}{1,6}?[县市区旗镇乡])\p{Han}{0,10}")


def named_institution(heading: str) -> str:
    """The one institution a section's heading names whole (a yearbook's entry 【县人民医院】, whose
    beds, staff and visits are the hospital's, not the county's), or ""."""
    if not _ONE_INSTITUTION.fullmatch(heading) or not heading.endswith(_cue_list("issuers")):
        return ""
    return heading if issued_by_institution(heading) else ""


def _issuer_owns(key: str, before: str) -> bool:
    """Whether a fact of an issuing institution's report is the institution's own: one of its own
    kinds, in a sentence that names no whole place or names the institution after it (全县…,我院
    卫生技术人员968人); a series of `self_named` only where the sentence names the issuer (中心组建…)."""
    whole = max(before.rfind(w) for w in _cue_list("whole_place"))
    if key in _cue_list("institution_own"):
        return whole < 0 or _institution_owns(before)
    if key in _cue_list("self_named"):
        return max((m.start() for m in _self_words().finditer(before)), default=-1) > whole
    return False


@cache
def _self_words() -> "regex.Pattern[str]":
    """本中心, 我院, or 中心 at a clause's head (中心组建家庭医生团队12个)."""
    return regex.compile(rf"{alternation(list(_cue_list('self_words')))}|(?:^|(?<=[,;:。]))中心")


def _institution_owns(before: str, by_kind: bool = False) -> bool:
    """Whether the institution named last before a fact is whose the fact is: one named as
    the owner of a value (县级医院病床使用率91.2%,平均住院日7.8天), after any word naming the
    whole place, and not one counted itself (全县共有乡镇卫生院20个,卫生技术人员3256人); `by_kind`,
    not one named by its kind alone (9.医院门诊病人次均医药费用, 公立医院)."""
    owner = max((m.end() for m in _institution_words().finditer(before) if not _COUNTED_NEXT.match(before, m.end())
                 and not (by_kind and _of_kind(before, m.start())) and not _part_closed(before, m.start())), default=-1)
    return owner > max(before.rfind(w) for w in _cue_list("whole_place"))


def _part_closed(text: str, at: int) -> bool:
    """Whether the words at `at` follow 其中 in a part of the sentence that a ; has closed: 总诊疗
    152.3万人次,其中乡镇卫生院诊疗人次68.7万人次;住院人次… goes back to the whole after the part."""
    opening = text.rfind(";", 0, at) + 1
    return "其中" in text[opening:at] and ";" in text[at:]


def _of_kind(text: str, at: int) -> bool:
    """Whether the institution at `at` is named by its kind alone (医院 after a list number, 公立医院,
    or after a count of them: 全县3家县级公立医院和12家乡镇卫生院)."""
    return (not at or not _HAN.match(text, at - 1) or text.endswith(_cue_list("all_of_kind"), 0, at)
            or bool(_COUNT_OF_THEM.search(text, 0, at)))


# A count of institutions just before their kind, and the words of the kind before its last word:
# 12家乡镇|卫生院, 4家县级公立|医院.
_COUNT_OF_THEM = regex.compile(r"[\d一二两三四五六七八九十]\s*[家所个座]\p{Han}{0,4}$")


# What follows an institution counted itself: 乡镇卫生院20个, 卫生院数, 卫生院达到; not a year or a
# grade of what it does (县人民医院三四级手术占比46.8%, 区人民医院2022年…平均住院日8.4天: the hospital's).
_COUNTED_NEXT = regex.compile(r"\d(?!\d{3}年)|[一二两三四五六七八九十](?![、一二三四五六七八九十]*级)|达|数")


@cache
def _issuer_pattern() -> "regex.Pattern[str]":
    return regex.compile(alternation(list(_cue_list("issuers"))))


@cache
def _institution_words() -> "regex.Pattern[str]":
    return regex.compile(alternation(list(_cue_list("institutions"))))


@cache
def _cue_list(name: str) -> tuple[str, ...]:
    return tuple(cues()["indicator"][name])


def _ends_with_cue(text: str, name: str) -> str:
    """The word of the [indicator] cue list `name` that `text` ends with, or ""."""
    return next((w for w in _cue_list(name) if text.endswith(w)), "")


@cache
def _words_of(name: str) -> "re.Pattern[str]":
    """A list of cue words as one alternation: whether a text holds any of them is one search,
    not one per word (re runs an alternation of plain words faster than regex)."""
    return re.compile("|".join(map(re.escape, _cue_list(name))))


# The end of a clause that says when, not what: 任务下达后, 检查时, 开展以来.
_WHEN = regex.compile(r"(?:后|以后|之后|时|之时|以来|期间|之前|以前)\p{P}*$")
# A number with no unit ending the clause before (a table row's 实际到位5712.6): a value of its own,
# whose digits are no part of the subject a bare name after it borrows (not PM2.5, COVID-19).
_UNITLESS_END = regex.compile(r"(?<![\d.\-\p{Latin}])\d+(?:\.\d+)?$")


# Verbs of paying an aid out, and the end of a standard's name that says per whom (每孩, 每人每年).
_PAYING = regex.compile(r"发放|兑现|拨付")
_PER_UNIT_END = regex.compile(r"(?:每(?:人|户|孩|名|对象)|人均|户均)(?:每[年月])?$")


_PER_UNIT_ONLY = regex.compile(r"每(?:人|户|孩|名)每[年月]")
# Those an aid is paid to, at the end of their count's name (奖励扶助对象): the aid is the rest.
_PAID_TO_END = regex.compile(r"(?:对象|人员|家庭)$")
# The aid a clause opens on, before how it is paid (育儿补贴|按年发放).
_AID_WORDS = ("补贴", "补助", "扶助", "奖励", "津贴", "救助")
_AID_OPENING = regex.compile(rf"\p{{Han}}{{2,10}}?(?:{'|'.join(_AID_WORDS)})(?=按|实行|以|每|$)")


def _aid_before(sentence: str, left: int, parent: str) -> str:
    """The aid a bare standard per head (每人每年) is of: the one its recipients, counted just
    before, are named by, or the one the clause before opens on; "" when neither is there."""
    if parent:
        aid = parent[:end.start()] if (end := _PAID_TO_END.search(parent)) else ""
        return aid[len(leading_verb(aid)):] if aid.endswith(_AID_WORDS) else ""
    if not left:
        return ""
    before = clean(sentence[clause_bounds(sentence, left - 1, left - 1)[0]:left])
    return aid.group() if (aid := _AID_OPENING.match(before)) else ""


def _verb_only(name: str) -> bool:
    """获得, 补偿: a name that is only a verb says what was done, not to what."""
    # jieba tags 率 as a verb (率领): a name ending in it is a rate (体检率).
    return bool(name) and not name.endswith("率") and all(flag.startswith("v") for _, flag in tagged(name))


_NUMBER_NOT_AGE = regex.compile(r"\d(?![\d.]*(?:周岁|岁))")


# A number after a share that is no bound of the kinds those counted offer (能够提供6类以上中医药技术方法).
_NUMBER_NOT_KINDS = regex.compile(r"\d(?![\d.]*(?:类|项|种)(?:及?以上))")


def _opens_on_noun(text: str) -> bool:
    """Whether a noun opens `text` and no number but an age follows in it: 村医年龄在60岁以上,
    not ,较上年提高 nor 乡镇卫生院达到2项标准."""
    words = tagged(text[:8]) if text and "\u4e00" <= text[0] <= "\u9fff" else []
    return bool(words) and words[0][1].startswith("n") and not _NUMBER_NOT_AGE.search(text)


def _after_noun(text: str) -> bool:
    """Whether `text` ends in a noun of two characters or more, a verbal noun (控烟宣传折页 are one
    campaign's leaflets, not all materials given out) or a Latin abbreviation (ICU床位, NICU床位
    are a ward's beds): one that narrows a two-character variant after it (a measure word such
    as 66条 does not)."""
    if not text:
        return False
    word, flag = tagged(text)[-1]
    return (flag.startswith("n") or flag in ("eng", "vn")) and len(word) > 1


def _has_verb(text: str) -> bool:
    """Whether a verb other than one of reaching (完成, 实现) stands in the text."""
    return bool(text) and any(flag.startswith("v") and word not in _REACHING for word, flag in tagged(text))


# Who allots before an amount and the noun after its 的 (县财政安排不少于50万元的专项经费): the noun is what the money is.
_ALLOTTED = regex.compile(r"(?:安排|落实)$")


def _ends_in_verb(text: str) -> bool:
    """居家隔离: a name whose last word is a verb names its own action."""
    return bool(text) and tagged(text)[-1][1].startswith("v")


# Verbs that say a count was reached, not who was acted on: 医疗卫生机构完成诊疗人次.
_REACHING = {"完成", "实现", "达到", "累计", "共"}


def _first_word(name: str) -> str:
    """The first word jieba reads in a name."""
    return tagged(name)[0][0] if name else ""


def starts_with_verb(name: str) -> bool:
    """Whether a name starts with a verb, also one the dictionary glues to its object
    (下发文件 is one noun there, 下发 a verb)."""
    if not name:
        return False
    word, flag = tagged(name)[0]
    return flag.startswith("v") or (len(word) >= 4 and tagged(word[:2])[0] == (word[:2], "v"))


def _deed_after(text: str) -> bool:
    """Whether the words after a share start with a deed: a verb, also one jieba tags an adjective
    before the verb it governs (落实 of 对监测对象100%落实帮扶)."""
    words = tagged(text)[:2]
    return starts_with_verb(text) or (len(words) == 2 and words[0][1] == "a" and words[1][1].startswith("v"))


# More words of building after one, joined to it or run on: 新建、改扩建, 新建和改造, 新建改建.
_ADDED_RUN = regex.compile(r"(?:[、和及与]?(?:改扩建|改建|扩建|改造|迁建|新建))*")


def leading_verb(name: str) -> str:
    """The verbs a name starts with (管理 of 管理高血压; 组建 of 组建应急队伍, where 应急 is a
    verbal noun, part of what was built), or "" when the name is all verbs or starts with
    a one-character "verb", which is more often the start of a place name (迎龙镇)."""
    addition = max((w for w in added() if name.startswith(w)), key=len, default="")
    if addition and (run := _ADDED_RUN.match(name, len(addition))) and run.end() < len(name):
        addition = name[:run.end()]  # 新建、改扩建 of 新建、改扩建乡镇卫生院15所、村卫生室186所
    if addition and len(addition) < len(name):
        return addition  # 新建 of 新建乡镇卫生院, which jieba reads as a place (新建村)
    verb = ""
    if _first_word(name) in _cue_list("qualifying"):
        return ""
    for word, flag in tagged(name):
        # a task's 应 before its verb (应管理高血压患者…、糖尿病患者: both are to be managed)
        if not (flag == "v" or (flag.startswith("v") and (not verb or verb in _MODALS))):
            break
        verb += word
    return verb if verb != name and len(verb) > 1 else ""


_MODALS = ("应", "须", "需")


def is_verdict(name: str) -> bool:
    """Whether a name only says what a test found (合格, 不合格率, 阳性) of the things it counted before."""
    return any(name in (w, w + "率") for w in _cue_list("verdicts"))


def found_by_test(name: str) -> bool:
    """Whether a name ends in a verdict (采集水样合格): those a test found so, a part of what it tested."""
    return len(name) > 2 and name.endswith(_cue_list("verdicts"))


def _verb_cut(text: str, name: str) -> bool:
    """Whether a verb was cut from before the name (完成 of 完成核酸检测): it had a verb of its own."""
    at = text.find(name)
    return at > 0 and _HAN.match(text, at - 1) is not None and starts_with_verb(text[:at])


def _without_quantities(text: str, subject: bool = False) -> str:
    """The text with the quantities `find` sees in it cut out; as a `subject`, without a verb
    that follows the last of them (约3000万元用于设备购置 names no amount after it)."""
    from .quantities import find

    kept, last = [], 0
    for q in find(text):
        kept.append(text[last:q.start])
        last = q.end
    tail = text[last:]
    return "".join(kept) + ("" if subject and last and tail and starts_with_verb(tail) else tail)


def _last_family(text: str) -> str:
    """The unit family of the last quantity in `text`, or "" when it holds none."""
    from .quantities import find

    found = find(text)
    return _family(found[-1].unit.unit) if found else ""


_NUMERIC = set("0123456789.-—~")
_JOINERS = set("和及与、")
# What a rate after a count is not of: how many were counted (健康管理人数, 管理率), or the
# task (签约任务数, 签约率; 应检, 应管理), or the register they are on (患者在册1256人, 规范管理率).
_COUNTED = regex.compile(r"(?:在册|登记在册)?(?:人数|人次|例数|户数|任务数|任务)$|(?:在册|登记在册)$"
                         r"|应(?:检|查|管理?|签约?|接种|访视?|筛查?|救治)$")  # 体检应检30767人…,体检率: of the check-ups
_MONEY_HEADS = ("资金", "经费", "金额", "费用")
# Patients named before the deed that counted them (结核病患者发现, 肺结核病人登记): a rate after them is of the
# patients, unless it is of that deed (发现率).
_FOUND_AFTER_PEOPLE = regex.compile(r"(?:患者|病人)(?P<deed>新?(?:发现|登记))$")
# The deed a task's size ends on (应救治, 应签约): what is done of it names the deed without 应.
_DUE = regex.compile(r"应(\p{Han}{1,2})$")
# The word that makes a subject a number of something (活产数, 流动人口总数), which a deed after it is not of.
_NUMBER_OF = regex.compile(r"总?数$")
# Those managed, to be managed or on the register: 0-6岁儿童应管理1620人, 高血压患者登记管理1.2万人.
_CHECKED = regex.compile(r"(?:免费)?(?:健康)?(?:体检|查体)$")
_MANAGED = regex.compile(r"(?:应|登记)?(?:健康|规范|系统|随访)?管理$")
_MANAGING = regex.compile(r"^(?:登记)?(?:健康|随访)?管理(?=[\p{Han}\d]{2})")
# The deed that made what a count counts what it is (建成老年友善医疗机构52家): a rate after it, of another
# stem (覆盖率, 占比), is the share of those so made among all, not of the deed.
_MADE = regex.compile(r"^(?:全部|累计)?(?:建成|创成|建立)(?=\p{Han}{4})")
# Verbs that only say a deed was done or arranged, before the deed a rate measures (开展产前筛查3200人,筛查率…;
# 组织食品从业人员健康体检2.86万人,体检率…).
_DONE_DEED = regex.compile(r"^(?:全年|累计)?(?:开展|进行|实施|组织)(?=\p{Han}{3})")
_SET_UP = regex.compile(r"^(?:开设|设立|设置|开放)(?=\p{Han}{4})")
# Verbs that bring patients into care, before those a rate of how their care ended is of (转诊危重孕产妇36例,
# 救治成功率100%: 危重孕产妇救治成功率, the rate of all such patients cared for, not of the transfer).
_BROUGHT_IN = regex.compile(r"^(?:全年|累计)?(?:转诊|收治|接诊|转运)(?=\p{Han}{3})")
_CARE_OUTCOMES = ("救治", "抢救", "治愈")


def _first_words(text: str, most: int = 24) -> str:
    """The start of `text`, at most `most` characters, ending where a word ends (…基层医疗卫生机构,
    not …基层医疗卫生机构成 of 成为); a list a little too long is not cut before the deed its items share
    (综合性医院、康复医院、护理院和基层医疗卫生机构建成老年友善医疗机构)."""
    if len(text) <= most or (len(text) <= most + 12 and "、" in text[:most]):
        return text
    at = max((e for e in word_ends(text) if e <= most), default=0)
    return text[:at or most]


_MEASURE_ENDS = ("率", "比例", "比", "数", "量")  # how a measure's name ends (…覆盖率, …用房比例, …人数)


def _last_words(text: str, most: int) -> str:
    """The end of `text`, at most `most` characters, starting where a word starts, not inside
    quotes, and not after the population a ratio is taken to (每千人口执业(助理)医师数 is not
    执业(助理)医师数)."""
    if len(text) <= most or (len(text) <= most + 8 and "、" in text[len(text) - most:]):
        return text  # a list a little too long is not cut (高血压、糖尿病、肺结核、严重精神障碍4类慢病患者)
    if len(text) <= most + 12 and text.endswith(("比例", "比重")) and 0 < text.find("占") <= 16:
        return text  # nor a share a little too long inside what it is of (中医类别执业(助理)医师占执业(助理)医师总数的比例)
    # a name the dictionary holds as one word (适龄儿童国家免疫规划疫苗接种率) stays whole
    at = min((e for e in word_ends(text) if len(text) - most <= e < len(text)), default=0)
    while 0 < at < len(text) and text[at - 1] in _NUMERIC and text[at] in _NUMERIC:
        at -= 1  # not inside 0-6岁
    if 0 < at and text[at - 1] in "非未无不":
        at -= 1  # not after the word that negates it (非医学需要的胎儿性别鉴定)
    if at >= 2 and text.endswith("基本", 0, at) and text.startswith("公共卫生", at):
        at -= 2  # not inside the programme's name (基本公共卫生服务项目绩效评价): 公共卫生服务 alone is all of them
    if text.count("”", at) > text.count("“", at):
        at = max(0, text.rfind("“", 0, at))  # not inside “优质服务基层行”
    if 0 < at < len(text) and text[at] in _JOINERS:
        # 高血压患者基层规范管理服务率和2型糖尿病患者…: a list of two names, not its last with 和
        at = 0 if len(text) <= 2 * most else at + 1
    if 0 < at < len(text) and text[at] == "的":
        at += 1  # (组织)的农村公共卫生知识培训: not from the 的 that ties it to the words cut
    if (0 < at and text[at - 1] != "、" and (item_end := text.find("、", at)) > 0
            and text.endswith(_MEASURE_ENDS, at, item_end)):
        at = item_end + 1  # 基础档案建立率、日常监督覆盖率、…报告率: a list of measures keeps its items whole, not 率、日常…
    if 0 < at and text.startswith(("以上", "以下", "及以上", "及以下"), at) and (age := _AGE_BEFORE.search(text, 0, at)):
        at = age.start()  # 80岁以上高龄老人…: not cut from the age that says who they are
    per = PER_HEAD.search(text, 0, at + 4)
    return text[min(at, per.start()) if per else at:]


# The size of what is counted, between its count and its noun (1个500平方米的气膜实验室).
_SIZE_BETWEEN = regex.compile(r"[\d.]+万?(?:平方米|平米|㎡)的(?=\p{Han})")
# A date said between those counted and their deed (18个乡镇已于2007年全部通过…验收): no part of the name; not a
# deadline (已于7月底前全部完成补种), before which the name ends.
_DATE_BETWEEN = regex.compile(r"(?<=^\p{Han}{2,10})(?:已经?|均已|均|都|先后)?(?:于|在)(?:19|20)\d{2}年(?:\d{1,2}月份?)?"
                              r"(?:底|末|初)?(?![前底末初])(?=\p{Han}{2})")
_AGE_BEFORE = regex.compile(r"\d+(?:[-—~]\d+)?(?:周岁|岁)$")


# 按(照)每人每年15元的标准: an amount that is a standard, and the words that say it is applied.
_STANDARD_AFTER = regex.compile(r"(?:/\p{Han})?(?:的?(?:补助|筹资|补偿)?标准|的金额)")  # 按100元/条的标准(的金额)给予奖励 too
_BY = regex.compile(r"^按照?|(?<=财政)按照?")  # 按每人…, 县级财政按每户…: who pays stays, 按 goes
# What is done by a norm, named after its words (按每万人不少于20间的标准储备集中隔离房间).
_BOUND_OPENING = regex.compile(r"^(?:不低于|不少于|不超过|不高于)")  # 按不低于项目资金总额70%的比例: the qualifier, no name
_DONE_BY_NORM = regex.compile(r"[^\d,;:。]{2,16}?(?=\d|[,;:。]|$)")
# …标准发放奖励扶助金: what is paid by the standard, which names it, from a fund it is drawn from
# or not (按人均28元的标准从新农合基金中划拨大病保险资金).
_PAID_BY_STANDARD = regex.compile(r"(?:从[^\d,;:。]{2,12}?中)?(?:足额|全额|及时|按时|按月)?(?:发放|兑现|拨付|划拨|提取|补助|给予|给与|安排)(?P<what>[^\d,;:。]{0,10}?(?:金|资金|费|补助|补贴|奖励(?!\p{Han})))")
# The standard per head a name of money ends on (每孩每年补贴标准, 每人每年奖励扶助金标准).
_EACH_STANDARD = regex.compile(r"每\p{Han}(?:每(?:年|月))?(?P<what>\p{Han}{0,8}?)标准$")
# 对3周岁以下婴幼儿按每孩每年3600元发放补贴: a standard per head said without 标准, by what is paid after it.
_BY_PER = regex.compile(r"按照?(?=每)")
# A fund paid by a standard per head, the standard's words after the number (…补助资金按人均84元标准).
_FUND_BY_HEAD = regex.compile(r"(?P<what>\p{Han}{2,16}?)(?P<noun>资金|经费)按照?(?P<per>人均|每人)")
# What names an amount per head, after 人均: its standard (人均…经费补助标准).
_PER_RATE = regex.compile(r"(?:(?:补助|补偿|筹资)?标准|筹资)$")
_RATE_WORD = regex.compile(r"\p{Han}{2}率$")


_PEOPLE_NAMED = regex.compile(r"患者|病人|人口|人群|儿童|妇女|老年人|居民|孕产妇|产妇|学生|农民|职工|对象|新生儿|婴儿")
FLOWS = ("收入", "支出", "结余", "流入", "流出")  # the flows of a fund, each named after the fund; and of people moving
# A judgement of how much ending a clause (基层医务人员流失较多): no part of what its verb counts after it.
_JUDGED_AFTER = regex.compile(r"(?:较|很|过|比较|十分|日益)?(?:多|大|快|严重|明显|突出)$")
# A rise or fall the clause before judges (增长较快, 下降明显): no part of what the change after it is of.
_CHANGE_JUDGED = regex.compile(rf"(?:{'|'.join(REACH_VERBS)})(?:较|很|过|比较|十分)?(?:多|大|快|明显|迅速|迅猛)$")
# A grade the clause before gives in an appraisal (绩效考核中获评A等级, 被评为优秀等次): the verdict, no part of
# what a score after it is of (县人民医院绩效考核中获评A等级,得分812.5分: 县人民医院绩效考核得分).
_GRADE_GIVEN = regex.compile(r"中?(?:获评|被评为|评为|评定为|荣获|定为)[A-E甲乙丙丁优良][+＋]?(?:等级|等次|级|等)?$"
                             r"|中?(?:获评|被评为|评为|评定为|荣获|定为)(?:优秀|良好|合格|先进)(?:等级|等次|单位)?$")
# How little a clause judges people willing to do what a rate after it measures (接种意愿不强, 积极性不高).
_LOW_JUDGED = regex.compile(r"(?:意愿|积极性|主动性)(?:不强|不高|较低|偏低|较弱|不足)$")
_SAID_ONCE = ("报告", "发放", "开展", "完成", "签约", "补偿", "报销", "救治", "筛查", "检测")  # verbs a subject and its head both open with


# The words that join the last of a list to the items before it, right before a count of that last one.
_JOINED_BEFORE = ("、", "及", "和", "与", "以及")
# The total or the plan a project's name is followed by (县医院住院楼总投资, 年度计划投资, 县医院住院楼投资).
_PLANNED_WHOLE = regex.compile(r"(?:年度|全年|当年)?(?:计划)?总?(?:投资|计划投资)$")
# The budget a line of spending was given (行政运行年初预算为612万元,支出决算为658.34万元): what is spent is of
# the line, not of its budget.
_BUDGET_OF = regex.compile(r"(?:年初|年度|全年|调整后)?预算(?:数)?$")


# The word a scheme's name ends on after its deed (住院分娩补助项目, 补助政策), before the clause's end.
_SCHEME_END = regex.compile(r"(?:项目|政策|工程|制度)[,;: ]*$")


def _scheme_before(sentence: str, left: int, name: str) -> str:
    """The scheme whose deed a name that is only the deed does, where the clause before names the scheme by
    it (落实农村孕产妇住院分娩补助项目,共补助2.18万人: 农村孕产妇住院分娩补助); else ""."""
    if not name or not left or sentence[left - 1] not in ",;":
        return ""
    before = clause_bounds(sentence, left - 1, left - 1)[0]
    scheme = _SCHEME_END.search(sentence, before, left)
    if not scheme or not sentence.endswith(name, before, scheme.start()) or not _verb_only(name):
        return ""
    named = _last_words(clean(sentence[before:scheme.start()]), 12)
    verb = leading_verb(named)
    return named[len(verb):] if verb and len(named) - len(verb) >= 4 else named  # not 落实, the carrying out


# The running total a count's name ends on (家庭病床累计建床): what is added to it is none of it.
_RUNNING_TOTAL = regex.compile(r"累计\p{Han}{0,3}$")


def _added_to(subject: str, addition: str) -> str:
    """What an addition after a count (年内新建610张 after 家庭病床累计建床2350张, or after 建成家庭病床) adds
    to: the thing counted, without the running total and without a verb that makes it as the
    addition does (建成 after 新建); 新增签约 after 签约居民 keeps its deed."""
    thing = _RUNNING_TOTAL.sub("", subject) or subject
    verb = leading_verb(thing)
    if verb and len(thing) - len(verb) >= 2 and set(verb) & set(addition[1:]):
        thing = thing[len(verb):]
    return thing


# A scheme's limit a clause sets before a ratio of its own (住院起付线降至100元,补偿比例提高到70%).
_LIMIT_END = regex.compile(r"(?:起付线|起付标准|封顶线|最高支付限额)$")


def _same_words(a: str, b: str) -> bool:
    """Whether two names are made of the same words, in any order (调解成功, 成功调解)."""
    return sorted(word for word, _ in tagged(a)) == sorted(word for word, _ in tagged(b))


# The deaths of the diseases whose incidence was just given (发病率为213.46/10万,死亡率为0.56/10万).
_DEATHS = ("死亡率", "报告死亡率", "病死率")
_INCIDENCE_END = regex.compile(r"(?:报告)?发病率$")


# A fund raised, named as a deed's subject: what is done after it is the scheme's (新农合筹集基金 + 补偿).
_FUND_RAISED = regex.compile(r"(?:筹集|筹措)(?:基金|资金)$")


@cache
def _enrolled() -> "regex.Pattern[str]":
    """The enrolled's count or rate at a subject's end (参合率, 新农合参合人数), by the enrolment words
    of cues.toml's enrolled_schemes."""
    words = "|".join(regex.escape(pair.split(":")[0]) for pair in _cue_list("enrolled_schemes"))
    return regex.compile(rf"(?P<word>{words})(?:率|人数)$")


def _scheme_of_enrolled(subject: str) -> str | None:
    """The scheme whose enrolled a subject counts (参合率: 新农合; 新农合参合人数: 新农合), or None."""
    enrolled = _enrolled().search(subject)
    if enrolled is None:
        return None
    schemes = dict(pair.split(":") for pair in _cue_list("enrolled_schemes"))
    return subject[:enrolled.start()] or schemes[enrolled.group("word")]


# A hospital's grade (三级医院, 二级甲等医院, 二级以上综合医院).
_HOSPITAL_GRADE = regex.compile(r"[一二三]级(?:及?以上)?(?:[甲乙丙]等)?(?:综合|中医|专科)?医院")


def _grade_of_kind(whole: str, part: str) -> bool:
    """Whether `part` names a grade of the hospitals `whole` counts by a kind other than grade (互联网医院,
    其中三级医院): those of the kind that are of that grade, not all hospitals of it."""
    return (_HOSPITAL_GRADE.fullmatch(part) is not None and whole.endswith("医院") and len(whole) > len(part)
            and _HOSPITAL_GRADE.search(whole) is None)


def _deed_of_whole(whole: str, part: str) -> str:
    """The deed a whole's name opens on (检查 of 检查定点医药机构), which a part of the same kind of place, named
    bare, was counted by too (定点医疗机构, 定点零售药店: sharing 定点); "" when the part has a deed of its own
    (其中20个社区卫生服务站创建为“五星级站”)."""
    verb = leading_verb(whole)
    kind = whole[len(verb):]
    if (not verb or verb in _cue_list("carrier_verbs") or starts_with_verb(part) or len(kind) < 4 or len(part) < 4
            or not (part[:2] == kind[:2] or part[-2:] == kind[-2:]) or part in kind or part.startswith(kind)
            or _ends_in_verb(part)):  # 其中20个社区卫生服务站创建为…: a deed of their own
        return ""
    return verb


def listed_deed(name: str) -> str:
    """The words of a name up to the deed it opens on (储备 of 储备医用外科口罩; 成功救治 of 成功救治危重孕产妇;
    基层医疗卫生机构配发 of …配发指氧仪, the deed of a kind of institution), which a thing listed after it with
    a number of its own was counted by too; "" when no deed opens it or the verb only carries its noun (进行)."""
    words = tagged(name)
    at = 0
    for word, flag in words:
        if flag.startswith("v"):
            break
        at += len(word)
    opening = name[:at]
    if at and not (opening in _cue_list("outcome_only") or institution_kind(opening) or _DOER_DONE.fullmatch(opening)):
        return _deed_for_whom(name, words)  # 收治确诊病例: 收治 read as a noun, 确诊 no deed of the whole list
    verb = leading_verb(name[at:]) if at else leading_verb(name)
    if (not verb or verb in _cue_list("carrier_verbs") or verb in _REACHING or at + len(verb) >= len(name)
            or verb.startswith("在")):  # 在职党员412名、离退休党员74名: a state of those counted, no deed
        return ""
    return name[:at + len(verb)]


# Those a deed is done for or sent to, right before its verb (集团牵头医院向成员单位|派驻).
_FOR_WHOM = regex.compile(r"(?:向|为|给)\p{Han}{2,10}$")


def _deed_for_whom(name: str, words: list[tuple[str, str]]) -> str:
    """The words of a name up to its last verb, where those it was done for stand right before the verb and
    nouns alone follow it (集团牵头医院向成员单位派驻 of …派驻业务院长), which a thing listed after it was
    sent too (、专家214人); or ""."""
    n = len(words)
    while n and words[n - 1][1].startswith("n"):
        n -= 1
    if n == len(words) or not n or not words[n - 1][1].startswith("v") or words[n - 1][0] in _cue_list("carrier_verbs"):
        return ""
    verb_end = sum(len(w) for w, _ in words[:n])
    return name[:verb_end] if _FOR_WHOM.search(name, 0, verb_end - len(words[n - 1][0])) else ""


def _served_by(parent: str, parent_unit: str) -> str:
    """The machines a count of those served is of: counted just before (投放自助机320台), or named in the
    count of those served just before (自助机服务患者625万人次, then 日均服务); "" otherwise."""
    if parent_unit in _cue_list("machine_units"):
        return _machine(parent)
    served = next((w for w in sorted(_cue_list("served_bare"), key=len, reverse=True) if parent.endswith(w)), "")
    return parent[:-len(served)] if served and parent_unit in ("人次", "人") and len(parent) - len(served) >= 2 else ""


def _machine(name: str) -> str:
    """The machines or vehicles a count names after its verb (自助机 of 二级以上公立医院投放自助机), or ""."""
    at = 0
    for word, flag in tagged(name):
        at += len(word)
        if flag == "v":
            return name[at:] if len(name) - at >= 2 else ""
    return ""


# Who did a deed, and that it is done (平台已 of 平台已接入县级医院4家、乡镇卫生院16家): the things listed
# after the first were dealt with by the same deed.
_DOER_DONE = regex.compile(r"\p{Han}{2,6}?(?:均已|都已|已经|已)")


# Words that say a deed got to its end (整改完成, 整改到位), after the deed a rate is of.
_DEED_ENDED = regex.compile(r"完成|到位|完毕|销号")


@cache
def _intake() -> "regex.Pattern[str]":
    """The verbs of taking cases in (cues.toml), before what was taken in (受理|12345热线转办工单)."""
    return regex.compile(rf"(?:{alternation(_cue_list('intake_verbs'))})(?=[\p{{Han}}\dA-Za-z]{{2}})")


def without_intake(name: str) -> str:
    """The name of cases taken in without the taking in (受理投诉举报: 投诉举报), for what was later done to
    them (办结, 查处) or its rate."""
    intake = _intake().search(name) if any(verb in name for verb in _cue_list("intake_verbs")) else None
    return name[:intake.start()] + name[intake.end():] if intake else name


_PER_TIME = ("日均", "月均", "周均", "年均")


def _per_time_of(subject: str, head: str) -> str:
    """An average per day or month of the deed the subject did, named with what the deed was done to
    (医疗机构共收集医疗废物 + 日均收集: 日均收集医疗废物), or "" where the head is no such average."""
    per = next((w for w in _PER_TIME if head.startswith(w)), "")
    verb = head[len(per):]
    if not per or len(verb) < 2 or verb not in subject:
        return ""
    done_to = subject[subject.index(verb) + len(verb):]
    return head + done_to if len(done_to) >= 2 else ""


def _sibling_rate(subject: str, kind: str) -> str:
    """A rate of one kind of care named again for another kind standing bare after it
    (门诊患者抗菌药物处方比例 + 急诊: 急诊患者抗菌药物处方比例), or "" where the rate names no
    one other kind once."""
    if not subject.endswith(("率", "比例", "比")):
        return ""
    found = [k for k in _cue_list("visit_kinds") if k in subject]
    found = [k for k in found if not any(k != other and k in other for other in found)]
    if len(found) != 1 or found[0] == kind or subject.count(found[0]) != 1:
        return ""
    return subject.replace(found[0], kind)


# The time a service takes, ending a name (120急救平均反应时间, 门诊平均候诊时间): a measure of the service.
_TIME_TAKEN = regex.compile(r"(?:平均)?\p{Han}{0,2}(?:时间|时长)$")


def join_name(subject: str, head: str) -> str:
    """The subject, then the head without the words they share: 规范管理 + 规范管理率; a
    population a ratio is taken to goes first (每千人口 + 执业医师 = 每千人口执业医师数);
    a rate is of what a count counted (健康管理人数 + 管理率 = 健康管理率, but 患者健康管理人数 +
    规范管理率 = 患者规范管理率), and of whom another rate is (患者管理率 + 服药率 = 患者服药率)."""
    if head.endswith(subject):
        return head  # 住院补偿 after 补偿: the head names a kind of its subject
    if head.endswith("率") and subject.startswith("累计") and head.startswith(subject[2:]):
        return head  # 建档率 after 累计建档: the rate of what was counted, not of the running total
    if (_verb_only(head) and subject.endswith(head + "班") and (verb := leading_verb(subject))
            and len(subject) - len(verb) > len(head) + 2):
        # 举办安全生产培训班3期,培训210人: those the classes trained, not a deed done to the classes
        return subject[len(verb):-1]
    if head.endswith("率") or _verb_only(head):
        subject = without_intake(subject)  # 受理投诉举报…,办结率: 投诉举报办结率
    if head in _cue_list("visit_kinds") and subject.endswith(_cue_list("visit_kinds")) and not subject.endswith(head):
        return head  # 出诊620次 after 门诊4.35万人次: another kind of care, no part of the visits
    if (per := _per_time_of(subject, head)):
        return per  # 日均收集约1060公斤 after 共收集医疗废物386.5吨: 日均收集医疗废物
    if head in _cue_list("visit_kinds") and (sibling := _sibling_rate(subject, head)):
        return sibling  # 急诊不超过40% after 门诊患者抗菌药物处方比例…: the same share of the other kind's
    if len(head) == len(subject) and sorted(head) == sorted(subject) and _same_words(head, subject):
        return head  # 成功调解 after 调解成功: the same deed, its words the other way round
    if _verb_only(head) and (took := _TIME_TAKEN.search(subject)) and took.start() >= 2:
        return subject[:took.start()] + head  # 出车2.05万次 after 120急救平均反应时间: the service's deed, not the time's
    if _verb_only(head) and (said := _JUDGED_AFTER.search(subject)) and subject[:said.start()].endswith(head):
        return subject[:said.start()]  # 流失32人 after 基层医务人员流失较多: those lost, not how many the clause judged them
    if head in _DEATHS and (incidence := _INCIDENCE_END.search(subject)) and incidence.start() >= 2:
        return subject[:incidence.start()] + head  # 死亡率 after 甲乙类法定传染病发病率: the same diseases' deaths
    if head.endswith("率") and subject.startswith(_cue_list("average_openings")):
        return head  # 年保持率 after 日均服药人数: no rate of a daily average
    if head.endswith("率") and subject.endswith(("率", "比", "比例")) and not _PEOPLE_NAMED.search(whose(subject)):
        return head  # 建档率 after 住院实际补偿比: another measure, of no one the ratio before names
    if head.endswith(("率", "比", "比例")) and (limit := _LIMIT_END.search(subject, 2)):
        subject = subject[:limit.start()]  # 补偿比例 after 乡镇卫生院住院起付线: the township's ratio, not the line's
    flow = next((w for w in FLOWS if subject.endswith(w) and head.startswith(FLOWS) and len(subject) > len(w)), "")
    subject = subject[:len(subject) - len(flow)]  # 职工医保基金收入 + 支出: 职工医保基金支出
    said = next((w for w in _SAID_ONCE if head.startswith(w) and subject.startswith(w) and len(subject) > len(w) + 1), "")
    if said and said == head:
        return subject  # 开展12次 after 开展健康讲座1次: the same deed
    subject = subject[len(said):]  # 报告法定传染病 + 报告发病率: 法定传染病报告发病率
    if said and subject.startswith("服务") and (len(subject) >= 4 or subject == "服务"):
        subject = subject[2:]  # 签约服务居民 + 签约率: 居民签约率, the deed being 签约服务 (签约服务 + 签约率: 签约率)
    done = next((w for w in _SAID_ONCE if head.endswith(w) and len(head) > len(w) and subject.startswith(w)
                 and len(subject) > len(w) + 1), "")
    if done:
        return subject[len(done):] + head  # 住院补偿 of 补偿参合农民: 参合农民住院补偿, the deed said once
    if subject.startswith(head):
        return subject  # 培训320人次 after 培训乡村医生3期: those trained
    if _verb_only(head) and (new := next((w for w in added() if subject.startswith(w + head)), "")):
        return subject[len(new):]  # 累计申领23.4万张 after 新增申领电子健康卡8.6万张: all claimed, not the new
    if _verb_only(head) and (frame := next((w for w in _cue_list("deed_frames") if subject.endswith(head + w)), "")) \
            and len(subject) - len(frame) > len(head) + 2:
        return subject[:-len(frame)]  # 互认2.8万项次 after 检查检验结果互认项目42项: the deed itself, not its items
    if subject.endswith("总" + head) or (head.endswith("投资") and subject.endswith("投资")):
        # 完成投资3亿元 after 总投资12.5亿元, 年度计划投资 or a row's 计划投资: a part of the total or the plan,
        # not it, of the works the total is of (县医院住院楼总投资 + 完成投资: 县医院住院楼完成投资)
        works = _PLANNED_WHOLE.sub("", subject)
        return works + head if works != subject and len(works) >= 4 else head  # not a bare 项目
    if "预算" not in head and (budget := _BUDGET_OF.search(subject)) and budget.start() >= 2:
        subject = subject[:budget.start()]
    if head.endswith(_MONEY_HEADS) and (each := _EACH_STANDARD.search(subject)):
        subject = subject[:each.start()] + each.group("what")  # 发放资金 after 婴幼儿每孩每年补贴标准: 婴幼儿补贴, not its standard
    per = PER_UNIT.search(subject)
    if per and not PER_UNIT.search(head) and not head.endswith("率"):  # 人均预期寿命完成率 keeps its 人均
        # 拨付资金 after 项目人均补助标准 (or 人均…经费补助标准): the project's, not per head
        # (人均筹资150元 or 筹资标准每人290元, then 筹集资金: the sum raised, not a standard's)
        subject = _PER_RATE.sub("", subject[:per.start()] or subject[per.end():])
    if PER_HEAD.fullmatch(head):
        return head + subject + ("" if subject.endswith("数") else "数")
    if subject.endswith("在管") and head.startswith("管"):
        subject = subject[:-len("在管")]  # 管理率 after 在管2097人: not 在管理率
    if not head.endswith(("率", "比", "比例")) and (scheme := _scheme_of_enrolled(subject)) is not None:
        subject = scheme  # 补偿 after 参合率 or 新农合参合人数: 新农合补偿, the scheme's deed
    elif not head.endswith(("率", "比", "比例")) and (raised := _FUND_RAISED.search(subject, 2)):
        subject = subject[:raised.start()]  # 补偿 after 新农合筹集基金: the scheme's deed, not the fund's
    if subject.endswith("率") and not head.endswith(("率", "比", "比例")):
        subject = _RATE_WORD.sub("", subject) or subject  # 筹集资金 after 新农合参合率: 新农合筹集资金
    if head.endswith("率"):
        subject = _COUNTED.sub("", subject) or subject
        if (low := _LOW_JUDGED.search(subject)) and subject.endswith(head[:-1], 0, low.start()):
            subject = subject[:low.start()]  # 接种率 after 高龄老人接种意愿不强: their rate, not how the clause judged them
        if (found := _FOUND_AFTER_PEOPLE.search(subject)) and not head.startswith(found.group("deed")):
            subject = subject[:found.start("deed")]  # 治愈率 after 结核病患者发现312例: the patients', not the finding's
        if subject.endswith("率"):
            subject = whose(subject)
        elif subject.endswith("满意度") and head[:-1] not in subject:
            return head  # 整改率 after 群众满意度不低于93%: no one's satisfaction is put right
        elif head.endswith("管理率") and head != "管理率":  # 规范管理率 after 患者健康管理人数 (or 管理患者): 患者规范管理率
            # 健康管理率 after 老年人健康体检: the check-ups are how the elderly are managed
            subject = _MANAGED.sub("", _MANAGING.sub("", _CHECKED.sub("", subject))) or subject
        elif head == "管理率" and subject.endswith("规范管理"):  # 管理率 after 患者规范管理人数: of all managed
            subject = subject[:-len("规范管理")] + "管理"
        stem = head[:-1]
        if (len(stem) >= 2 and (due := _DUE_STEM.search(subject)) and subject.startswith(stem, due.end())
                and len(subject) - due.end() - len(stem) >= 2 and (not due.start() or _verb_only(subject[:due.start()]))):
            # 申报率 after 应申报用人单位215家: 用人单位申报率, those due its base; 补种率 after 查出需补种儿童: 儿童补种率
            subject = subject[due.end() + len(stem):]
        if (made := _MADE.match(subject)) and stem not in subject:
            subject = subject[made.end():]  # 覆盖率 after 建成老年友善医疗机构52家: 老年友善医疗机构覆盖率
        elif (done := _DONE_DEED.match(subject)) and subject.endswith(stem):
            subject = subject[done.end():]  # 筛查率 after 开展产前筛查3200人: 产前筛查率
        elif head.startswith(_CARE_OUTCOMES) and (brought := _BROUGHT_IN.match(subject)):
            subject = subject[brought.end():]  # 救治成功率 after 转诊危重孕产妇36例: 危重孕产妇救治成功率
        if len(stem) >= 2 and (at := subject.rfind(stem)) > 0 and _DEED_ENDED.fullmatch(subject, at + len(stem)):
            return subject[:at] + head  # 整改率 after 发现问题…,整改完成161条: the problems' rate, not of the deed's end
        if (len(stem) >= 2 and (at := subject.find(stem)) >= 0 and len(subject) - at - len(stem) >= 2
                and not subject.endswith(head)
                and (not at or _verb_only(subject[:at]) or institution_kind(subject[:at]) or _people_only(subject[:at]))):
            # 阳性率 after 检出阳性标本: 检出标本阳性率, the rate of those the stem picked out among; not
            # a stem inside the subject's own name (家庭医生签约服务覆盖贫困人口…,签约率); after the kind of institution
            # that did it, theirs (全部乡镇卫生院设置发热诊室,设置率100%: 乡镇卫生院发热诊室设置率), and after
            # the people who did it (医务人员签订廉洁从业承诺书…,签订率: 医务人员廉洁从业承诺书签订率)
            return subject[:at] + subject[at + len(stem):] + head
    elif head.endswith(_MONEY_HEADS):  # 补助资金 after 住院分娩补助人数: 住院分娩补助资金
        subject = _COUNTED.sub("", subject) or subject
    elif head.endswith("管理"):  # 规范管理0.86万人 after 高血压患者登记管理1.2万人 (or 管理高血压患者): 高血压患者规范管理
        subject = _MANAGED.sub("", _MANAGING.sub("", subject)) or subject
    if (due := _DUE.search(subject)) and head.startswith(due.group(1)):
        subject = subject[:due.start()]  # 已救治211人 after 大病应救治214人: 大病救治, those due are the task
    if _verb_only(head) and (made := _SET_UP.match(subject)):
        subject = subject[made.end():]  # 服务1120人次 after 开设安宁疗护床位: those beds served, not the setting up
    if _verb_only(head) and (number := _NUMBER_OF.search(subject, 2)) and not PER_HEAD.search(subject):
        subject = subject[:number.start()]  # 筛查7233人 after 活产数为7272人: 活产筛查, not a screening of a number
    if head.endswith("率") and (timely := _on_time().search(subject)) and subject.endswith(head[:-1], timely.end()):
        subject = subject[:timely.start()] + head[:-1]  # 办结率 after 按期办结23件: of all done, not those on time
    for k in range(min(len(subject), len(head)), 0, -1):
        if subject.endswith(head[:k]):
            return subject + head[k:]
    return subject + head


_DUE_STEM = re.compile(r"(?:应|需要|需)")  # those due a deed, before it: 应申报, 查出需补种
_PEOPLE_END = regex.compile(rf"(?:{_PEOPLE_NAMED.pattern}|人员|干部)$")


def _people_only(words: str) -> bool:
    """Whether words end on the people who did a deed (医务人员, 签约居民), nothing after them."""
    return bool(_PEOPLE_END.search(words))


@cache
def _on_time() -> "re.Pattern[str]":
    """The words of when a deed was done (cues.toml timely) before the deed that ends a name."""
    return re.compile(rf"(?:{alternation(list(_cue_list('timely')))})(?=..$)")


def restated_deed(counted: str, name: str) -> str:
    """门诊补偿33.9万人次,补偿资金862.1万元: an amount whose name opens with the deed that the
    count just before it ends on is of the same part (门诊补偿资金), as is one a dictionary knows
    after a count of a part (大病救治1263人,补偿资金2146.9万元: 大病救治补偿资金); or ""."""
    deed = name[:2]
    if name.startswith(counted):
        return ""  # 农村孕产妇住院分娩补助3815人,补助金额152.6万元: named after the count already
    if len(os.path.commonprefix((counted, name))) >= 4:
        return ""  # 住院分娩补助惠及1280人,补助资金64万元 (…补助人数达3562人): named after the aid already
    if len(name) > 2 and len(counted) > 2 and counted.endswith(deed) and starts_with_verb(deed):
        return counted + name[2:]
    if len(counted) > 2 and counted.startswith(_cue_list("subgroup")) and canonical(name, "万元"):
        return counted + name
    return ""


def is_bare(name: str) -> bool:
    """报告患病率, 规范管理率: a rate's name that says what is measured but not of whom."""
    return name in _bare()


@cache
def _bare() -> frozenset[str]:
    return frozenset(_cue_list("bare"))


def whose(rate: str) -> str:
    """Whose rate it is: a rate's name without its bare head (严重精神障碍患者规范管理率 →
    严重精神障碍患者), so that another rate of theirs joins it (服药率); a name that ends in
    no bare head stays whole, but for one whose people are named before a rate word of its own
    (肺结核患者成功治疗率 → 肺结核患者, so that 规范管理率 after it is theirs)."""
    head = next((w for w in _bare_longest_first() if rate.endswith(w)), "")
    if head and len(head) < len(rate):
        return rate[:-len(head)]
    people = [m.end() for m in _PEOPLE_NAMED.finditer(rate)]
    return rate[:people[-1]] if people and rate.endswith("率") and len(rate) - people[-1] >= 3 else rate


def named_rate(name: str) -> str | None:
    """The dictionary's name for a bare rate whose subject names it in passing: 签约率 after
    组建家庭医生签约服务团队 is 家庭医生签约率; None when no variant's subject is there."""
    head = next((w for w in _bare_longest_first() if name.endswith(w)), "")
    subject = name[:-len(head)] if head else ""
    if "、" in subject:
        return None  # 高血压、糖尿病、…严重精神障碍4类慢病患者: a rate of all the list, not of its last
    # not after a group that a variant of no group does not name (贫困人口参加城乡居民基本医疗保险,
    # 参保率: the poor's; but 建档立卡贫困人口应签尽签,签约率: 贫困人口签约率)
    fits = [v for v in _rate_variants().get(head, ())
            if v[:-len(head)] in subject and (_subgroup(v) or not _subgroup(subject[:subject.find(v[:-len(head)])], v))
            and not _kind_between(subject, v[:-len(head)], head)]
    # the longest; of two as long, the one of people (为2152名特扶对象开展家庭医生签约服务,签约率:
    # 特扶对象签约率, not the whole place's 家庭医生签约率), then the one named nearer the rate
    # (家庭医生签约服务覆盖贫困人口…,签约率: 贫困人口签约率)
    return max(fits, key=lambda v: (len(v), bool(_PEOPLE_NAMED.search(v[:-len(head)])), subject.rfind(v[:-len(head)]))
               ) if subject and fits else None


def _kind_between(subject: str, whose: str, head: str) -> bool:
    """Whether the subject names the disease its deed is for after the words a variant shares with it
    (新生儿先天性心脏病筛查 + 筛查率: a screening for heart defects, not the 新生儿筛查率 of inherited
    diseases); not where a count stands between (饮用水监测点40个,采集水样…,合格率: the variant's)."""
    stem = head.removesuffix("率")
    rest = subject[subject.rfind(whose) + len(whose):]
    between = rest[:rest.find(stem)] if stem in rest else rest
    return (len(stem) >= 2 and not any(c.isdigit() for c in between) and bool(_DISEASE_END.search(between))
            and _opens_on_noun(between) and not _has_verb(between))


# The end of a disease's name (先天性心脏病, 宫颈癌, 出生缺陷).
_DISEASE_END = regex.compile(r"\p{Han}(?:病|症|癌|缺陷|障碍)$")


def named_count(heading: str, name: str, unit: str) -> str | None:
    """The dictionary's name for a count named by its last noun alone (团队数量) under a heading that
    names the rest (做实家庭医生签约: 家庭医生团队); None where no such name fits."""
    stem = name.removesuffix("数量")
    if len(stem) < 2 or _family(unit) != "count" or canonical(stem, unit):
        return None
    fits = [v for v in _count_variants_ending().get(stem, ()) if v[:-len(stem)] in heading and canonical(v, unit)]
    return max(fits, key=len) if fits else None


@cache
def _count_variants_ending() -> dict[str, tuple[str, ...]]:
    """The dictionary's names of counts, in order, under each of their ends that leaves two
    characters or more before it (a lookup, where each count named by its last noun read them all)."""
    ending: dict[str, list[str]] = {}
    names = sorted({v for ind in dictionary().values() if _family(ind.unit) == "count" for v in (ind.name, *ind.variants)})
    for name in names:
        for start in range(2, len(name) - 1):
            ending.setdefault(name[start:], []).append(name)
    return {end: tuple(names) for end, names in ending.items()}


@cache
def _rate_variants() -> dict[str, tuple[str, ...]]:
    """The dictionary's rate names ending in each bare head, with a subject before it."""
    names = sorted({v for ind in dictionary().values() if _family(ind.unit) == "rate" for v in (ind.name, *ind.variants)})
    # a subject of three characters at least (家庭医生): 服务 in 服务群众 names no 服务满意率
    return {head: tuple(v for v in names if v.endswith(head) and len(v) >= len(head) + 3) for head in _cue_list("bare")}


@cache
def _bare_longest_first() -> tuple[str, ...]:
    return tuple(sorted((*_cue_list("bare"), *_cue_list("dose_rates")), key=len, reverse=True))


# Units that count institutions themselves: a kind of institution counted in one of them is
# named alone (医疗卫生机构312个,其中医院9家), in any other it takes the whole's measure.
_INSTITUTION_UNITS = ("个", "家", "所", "座", "处")


def institution_kind(name: str) -> bool:
    """Whether a name is a kind of institution and nothing else (医院, 基层医疗卫生机构), not what
    was done to one (拨付村卫生室)."""
    return name.endswith((*_cue_list("institutions"), "机构")) and not leading_verb(name)


def _measure_of(kind: str, whole: str) -> str:
    """What the whole measures, when a part of it is a kind of institution: 床位 of 医疗卫生机构床位
    (其中医院20175张: 医院床位), 病床使用率 of 医院病床使用率 (其中三级医院91.2%), all of 总诊疗人次
    (其中医院1128.4万人次: 医院总诊疗人次); "" for another part, or a whole with no measure of its own."""
    if not institution_kind(kind) or kind in whole:
        return ""
    found = [match.end() for match in _institution_words().finditer(whole)]
    at = max([*found, whole.rfind("机构") + 2 if "机构" in whole else 0])
    return whole[at:] if len(whole) - at >= 2 else ""


def _pair_member(whole: str, part: str, sentence: str) -> str | None:
    """Whose a part is when the whole ends on a pair of two-character words and the part is one of
    them, the other listed beside it (受理群众来信来访…,其中来信…、来访…: 群众, of both), or None."""
    first, second = whole[-4:-2], whole[-2:]
    if len(part) != 2 or len(whole) < 4 or part not in (first, second) or first == second:
        return None
    other = second if part == first else first
    if sentence.count(other) < 2:
        return None  # the pair is no list its parts are of (乡村医生…,其中医生)
    whose = whole[:-4]
    whose = whose[len(leading_verb(whose)):]
    return "" if _verb_only(whose) else whose  # 受理投诉举报…,其中投诉…、举报…: 投诉, not 受理投诉


_PAIR_JOIN = re.compile(r"[和及与]")


def _kind_of_pair(whole: str, part: str) -> str:
    """The whole's name with the one of its pair of kinds (A和B) that a part names by the kind's last
    word alone, the deed before the pair kept (新报告HIV感染者和AIDS病人, 其中病人: 新报告AIDS病人), and all
    before the first kind when the second is bare (存活感染者和病人: 存活病人); "" when
    the whole is no such pair or the part names both or neither."""
    joins = _PAIR_JOIN.findall(whole)
    if len(part) < 2 or len(joins) != 1 or not _words_of("case_deeds").search(whole):
        return ""
    first, _, second = whole.partition(joins[0])
    if first.endswith(part) == second.endswith(part):
        return ""
    if first.endswith(part):
        return first
    if second == part:  # 报告存活感染者和病人: what comes before the first kind is the second's too
        return first[:-len(tagged(first)[-1][0])] + second
    deed = max(m.end() for m in _words_of("case_deeds").finditer(first))
    return first[:deed] + second if deed < len(first) else ""


def _names_own_measure(part: str, whole: str) -> bool:
    """Whether a part is a kind of institution followed by the measure its whole counts (医院床位 of
    医疗卫生机构实有床位), so that it needs nothing of the whole's name."""
    for match in _institution_words().finditer(part):
        kind, tail = part[:match.end()], part[match.end():]
        if len(tail) >= 2 and institution_kind(kind) and (measure := _measure_of(kind, whole)) and measure.endswith(tail):
            return True
    return False


# The dependent heads of money a kind's words go before (公用经费, 配套资金); not a rate, which is of
# those the rate before it names (加强免疫接种率 after 60岁以上老年人全程接种率).
_MONEY_KINDS = ("经费", "资金", "费", "金")


def _alone_in_clause(sentence: str, end: int) -> bool:
    """Whether the fact ending at `end` is the only thing counted in its clause, no list's last (开展健康讲座24次、
    咨询活动12次)."""
    return "、" not in sentence[max(sentence.rfind(mark, 0, end) for mark in ",;:。") + 1:end]


def _own_kind(name: str, before: str, apart: bool) -> bool:
    """Whether a dependent head with words of its own before it (公用经费, 配套资金) names a kind by
    itself: after a ; that sets it apart, or after another of its kind (人员经费), a sibling, not a part of it."""
    word = next((w for w in _cue_list("dependent") if name.endswith(w)), "")
    return (word in _MONEY_KINDS and len(name) - len(word) >= 2 and not is_bare(name)
            and (apart or (before.endswith(word) and not before.endswith(name))))


def _dependent(name: str) -> bool:
    """率, 补助率, 发放金额: a head that needs the subject before it.  A head count with
    two characters or more before it names its own subject (献血人数)."""
    if name.endswith(ratio_names()):
        return False  # 医护比 names both its terms
    if name.endswith(_cue_list("abbreviated_shares")):
        return False
    word = next((w for w in _cue_list("dependent") if name.endswith(w)), None)
    # 人均补偿 says per what, not whose
    return word is not None and (word not in _cue_list("self_naming")
                                 or len(PER_UNIT.sub("", name[:len(name) - len(word)])) < 2)


# A per-head word written after the verb reaching the value (筹资标准提高到人均60元), the name before it.
_PER_AFTER_REACH = regex.compile(r"(?:(?:提高|增加|增长|上升|调整|达|为)(?:到|至)?|由|从)(?P<per>人均|每人)$")


@lru_cache(maxsize=8192)
def clean(text: str) -> str:
    """A name without the titles, masks, cue words, places and times around it.

    A fact's words before its number are cleaned for its name and again by the checks of
    its role and subject (facts.py), and short names recur (高血压患者规范管理率): kept."""
    if "(" in text and ")" not in text[text.rindex("("):]:
        at = text.rindex("(")  # 国家标准(每万人口1.75名): the words on both sides name the number
        text = text[:at] + text[at + 1:]
    if "率" in text and "个" in text:  # before the brackets go: 5个县(市、区) is places, 5个县 may not be
        text = _RATE_OVER.sub("", text)
    if "《" in text or "“" in text or "(" in text:
        if text.endswith("》") and "《" in text:  # 发放《母子健康手册》3200册: the title is what was counted
            text = text[:text.rindex("《")] + text[text.rindex("《") + 1:-1]
        if "标准》" in text:  # 达到《国民体质测定标准》合格以上的人数比例: the standard is what they are judged by
            text = _STANDARD_MET.sub(r"\1", text)
        text = _LISTED_TITLES.sub("", _ASIDE.sub("\0", text)).replace("\0", "")
    if "x" in text or "X" in text or "*" in text or "×" in text:
        text = _MASK.sub("", text)
    if "每" in text or "均" in text:
        text = _VERB_BEFORE_PER.sub("", text)
    if "共" in text and "个" in text:
        text = _SUMMED_OVER.sub("", text)
    if "设" in text or "建立" in text:
        text = _SET_UP_IN.sub("", text)
    if "有" in text or "计" in text:
        text = _HAS_INSIDE.sub("", text)
    if "共" in text:
        text = _SUM_AFTER_DOERS.sub("", text)
    if "包括" in text:
        text = _INCLUDES_INSIDE.sub("", text)
    if "是" in text or "为" in text:
        text = _GOAL_STATED.sub("", text)
    if "第" in text and "条" in text:
        text = _ARTICLE.sub("", text)
    if "规定" in text or "要求" in text:
        text = _BY_RULE.sub("", text)
    if "方式" in text or "途径" in text or "形式" in text or "渠道" in text or "办法" in text:
        text = _MEANS.sub("", text)
    if text.startswith("经"):
        text = _STEPS_BEFORE.sub("", text)
    if "将" in text or "把" in text:
        text = _AGENT_MOVES.sub("", text)
    if ("开展" in text or "提供" in text) and ("对" in text or "为" in text):
        text = _DONE_TO.sub(r"\g<whom>\g<deed>", text)
    if "以" in text and "为" in text:
        text = _THEME_BEFORE.sub("", text)
    if "率" in text[2:-2] or "占比" in text or "比例" in text:
        text = _RATE_OF_WHOLE.sub("", text)
    if "." in text:
        text = _VERSION.sub("", text)
    if "于" in text and "月" in text:
        text = _MONTH_DONE.sub("", text)
    if "今年" in text or "年内" in text:
        text = _YEAR_PLEDGED.sub("", text)
    if "年" in text:
        text = _YEAR_OF_INSTITUTION.sub("", text)
    if "完成" in text or "实现" in text:
        text = _VOLUME_DONE.sub("", text)
    if "共" in text:
        text = _without_sum_word(text)  # 职业病诊断机构共诊断职业病: how much they did together is the number's
    if "倍" in text or "番" in text:
        text = _BY_A_MULTIPLE.sub("", text)  # 门诊量增长1.5倍,达到…: what grew, not by how much
    if "占" in text:
        text = _ONLY_SHARE.sub("", text)  # 执业医师仅占卫生技术人员的28%: the share, not how small it is judged
    if "力争" in text:
        text = text.replace("力争", "")  # 县人民医院力争门诊量达到32万人次: a pledge inside the name, no part of it
    if "至少" in text:
        text = text.replace("至少", "")  # 每个县级医院至少配备医师5名: a bound inside the name, which the qualifier states
    if text.endswith(("人均", "每人")) and (per := _PER_AFTER_REACH.search(text)) and (before := clean(text[:per.start()])):
        return per.group("per") + before  # 筹资标准提高到人均60元: the 人均 written after the verb is of the name
    named = _strip_lead(_strip_trail(text))
    if named != text:  # what neither cut changed was sought for trailing words already
        named = _strip_trail(named)
    text = _EACH.sub("", named) if named.endswith("各") else named
    if "家" in text or "所" in text or "个" in text:
        text = _COUNTED_INSTITUTIONS.sub(r"\g<where>", text)  # (全县)两所县级医院门急诊: which hospitals, not what is measured
    if text.count("“") != text.count("”"):  # 五苗”接种率: its opening quote was cut with the lead
        text = _unquoted(text)
    if _NUMERALS_ONLY.fullmatch(text):
        return ""  # 一是仍有约4.8%的…: the 一 of 一是, its 是 cut with the trailing words, names nothing
    return text


_NUMERALS_ONLY = regex.compile(r"[一二三四五六七八九十]+")


# 全部 between those counted and what they did (行政村全部开展新农合, 放射诊疗机构已全部取得…, 事项全部办结率):
# that all did it is the number's to say (a count of them, or 100%), not part of what is measured; not 全部 as
# a whole's adjective after 占, 的 or a verb of covering (占全部住院费用, 覆盖全部乡镇).
_ALL_DONE_INSIDE = regex.compile(r"(?<=\p{Han}|\))(?<![占的于在对了与和及、盖含括])(?:也|已|均)?全部(?:已经?|都|均)?(?=\p{Han}{2})")


def _without_all_of_them(name: str) -> str:
    """The name without a 全部 standing as a word of its own between those counted and their deed (not the
    全 of 安全部门 or 完全部署)."""
    for found in reversed(list(_ALL_DONE_INSIDE.finditer(name))):
        at = found.start() + found.group().index("全部")
        ends = word_ends(name)
        if at in ends and at + 2 in ends:
            name = name[:found.start()] + name[found.end():]
    return name


# 均 as a word between those counted and what all of them can do or have (村卫生室均能提供中医药服务, 行政村均设有
# 村卫生室): that all do it is the number's to say, as with 全部; not the 均 of 人均, 平均 or 均衡.
_ALL_CAN_INSIDE = regex.compile(r"(?<=\p{Han}{2})均(?=(?:能够?|已经?|可以?|设有|建有|配备|开展|实现|建立|设立)\p{Han})")


def _without_all_can(name: str) -> str:
    """The name without a 均 standing as a word of its own before what those counted can do or have."""
    for found in reversed(list(_ALL_CAN_INSIDE.finditer(name))):
        ends = word_ends(name)
        if found.start() in ends and found.end() in ends:
            name = name[:found.start()] + name[found.end():]
    return name


# 全年 between who did it and the deed (实验室全年完成检测样本, 市财政全年投入资金): the time, which the fact's year
# states, not part of what is measured; not the year's task, goal or total a share is of (完成全年任务, 占全年).
_WHOLE_YEAR_INSIDE = regex.compile(r"(?<=\p{Han}{2})(?<![占的成超于比较在])全年(?!目标|任务|计划|指标|总|预算|的)(?=\p{Han}{2})")


def _without_year_of_deed(name: str) -> str:
    """The name without a 全年 between who did it and the deed (实验室全年完成检测样本); one before what
    was measured (县直医疗单位全年门诊量: the year's visits) stays."""
    for found in reversed(list(_WHOLE_YEAR_INSIDE.finditer(name))):
        rest = name[found.end():]
        rest = rest[1:] if rest.startswith("共") and len(rest) > 3 else rest  # 全年共完成: how much is the number's
        if rest[0] in "为对向" or tagged(rest)[0][1].startswith("v"):
            name = name[:found.start()] + rest
    return name


# A judging word before the 占 of a share (仅占, 只占, 才占): no part of what is measured.
_ONLY_SHARE = regex.compile(r"(?:仅仅|仅|只|才)(?=占\p{Han})")


# A change by a multiple, which FACTS.md gives no unit (增长1.5倍, 增加到2015年的1.8倍, 是去年的2倍, 翻了一番):
# no fact, and no part of the name of the value reached after it.
_BY_A_MULTIPLE = regex.compile(r"(?:比|较)?(?:(?:19|20)\d{2}年|上年|去年)?(?:增长|增加|提高|提升|上升|扩大|翻)?了?(?:到|至|为|是|达到|达)?"
                               r"(?:(?:19|20)\d{2}年|上年|去年|原来)?的?[\d.一二两三四五六七八九十点]+倍(?:多|以上)?|翻了?[一两二三]番多?")


# Words the dictionary opens with the 年 of a year or of 本年 before them (2024年收入预算, 本年支出合计):
# the year's 年, cut with it.
_YEARS_MONEY = ("年收入", "年支出")


# A deadline's 前, which the dictionary glues to the word after it (2022年底前日检测能力: 前日): cut with the date.
_BY_DATE = ("年底前", "年末前", "月底前", "月末前")


# Funds or projects obtained from above (共争取中央和省级资金4.6亿元, 争取国债项目及中央扩大内需项目资金, 争取国债
# 项目4个): 争取 is what was done, no goal's lead word.
_FUNDS_OBTAINED = regex.compile(r"争取(?!到?\d)[^,;:。\d]{0,16}(?:资金|经费|债券|项目)")


def _strip_lead(text: str) -> str:
    """The text without its lead words, cut where a word ends: 在岗人员, 有效率, 计划免疫 and
    完成率 keep the character a lead word would take from them.  共, 已, 均 and 累计 stand
    apart even where the dictionary glues them to a verb (共出动)."""
    if not text or (text[0].isalpha() and text[0] not in _LEAD_STARTS and "】" not in text):
        return text
    while True:
        cut = _LEAD.match(text)
        if cut and (k := text.find("争取", 0, cut.end())) >= 0 and _FUNDS_OBTAINED.fullmatch(text, k):
            return text[k:]
        at = cut.end() if cut else 0
        if (at and at < len(text) and _HAN.match(text, at) and not (text[at - 1] == "年" and text.startswith(_YEARS_MONEY, at - 1))
                and not text.endswith(_BY_DATE, 0, at)):
            at = max(e for e in word_ends(text) if e <= at)
        apart = _APART.match(text, at)
        if apart:
            at = apart.end()
        if (not at or text[at:] in _ONE_HEAD or (len(text) - at <= 2 and text.endswith("率"))
                or (text[:at].endswith("累计") and _SHORT_RATE.fullmatch(text, at))):
            return text  # 完成率 is not 率, 在管率 not 管率, 累计结余率 not 结余率
        if apart and text.endswith("累计", 0, at) and text[at - 2:] in _matcher()[0] and text[at:] not in _matcher()[0]:
            return text[at - 2:]  # 累计建档 is the dictionary's name of all the records, 建档 no name
        if cut and at == cut.end() and not apart:
            return text[at:]  # the lead words ran as far as they could: none starts where they end
        text = text[at:]


# A county's word and the kinds of places it stands for, ending a name (县(市、区)).
_KINDS_END = regex.compile(r"[县市]\([市区旗县](?:、[市区旗县])*\)$")


def _strip_trail(text: str) -> str:
    """The text without its trailing words, cut where a word starts (统计 keeps its 计), unless
    the first of them has three characters or more."""
    if not text or (text[-1].isalpha() and text[-1] not in _TRAIL_ENDS):
        return text
    if text[-1] == ")" and _KINDS_END.search(text):
        return text  # 得分90分以上的县(市、区): the places' kinds close the name
    cut = _TRAIL.search(text)
    if not cut:
        return text
    at = cut.start()
    if at and _HAN.match(text, at - 1) and _HAN.match(text, at) and not text.startswith(_LONG_TRAIL, at):
        at = min(e for e in word_ends(text) if e >= at)
    return text[:at]


_PATIENTS_WORDS = ("患者", "在册患者", "登记患者", "登记在册患者", "管理患者")
_PATIENTS_OF = regex.compile(r"(\p{Han}{2,10}?)患者")


def _of_heading_patients(name: str, heading: str) -> str:
    """在册患者 under the heading 严重精神障碍患者管理: are 在册严重精神障碍患者."""
    whose = _PATIENTS_OF.search(heading)
    if not whose:
        return name
    at = name.index("患者")
    return name[:at] + whose.group(1) + name[at:]


# The label of a value in a list of "name:value" pairs, right before the value's clause.
_LABEL = regex.compile(r"[,;]([^,;:。]{2,20}):$")
_ROW_LABEL = regex.compile(r"([^,;:。]{2,24})(?<!\d):")  # not the 1: of a ratio (医护比由1:1.12提高到1:1.18)
# The size a table row's project cell is followed by (县人民医院传染病区负压病房40间:, 业务用房1.2万平方米:, 提升改造8所:):
# the works' own count or area, no part of the project's name.
_ROW_SIZE = regex.compile(r"\d[\d.]*[万亿]?(?:\p{Han}{1,3}|㎡)$")
# The amounts a row has given before one (总投资6800万元,): each of the row's project.
_ROW_COSTS = regex.compile(rf"(?:(?:(?:19|20)\d{{2}}年)?(?:总|计划|累计|已?完成)*{_SPENDING}\d[\d.]*[万亿]?元,)*")
# The words between a baseline and the value it reached (由3.2%下降到1.1%): that value is the baseline's
# measure, not the label the sentence opens with (血吸虫病防治:…).
_REACHED_ONLY = regex.compile(rf"(?:{REACHED}|[到至])")
# Nothing or a verb of reaching between a rate's name and its value: a level, not a change (较上年提高).
_LEVEL_VERB = regex.compile(rf"(?:{REACHED}|达到|达|为)?")
# A name that only says a case was reported (报告, 新报告, 确诊): the cases are of the line's label.
_REPORTED_ONLY = regex.compile(r"(?:新|累计|共)?(?:报告|发现|确诊)(?:发病|病例)?")
_PART_OF_ROW = ("农村", "城镇", "城市", "城区", "乡村", "男", "女", "男性", "女性")
# Shares of several kinds that do one thing: 100%的社区卫生服务站和80%以上的村卫生室能够提供中医药服务.
_NEXT_SHARE = regex.compile(r"[、和及与](?=[\d.]+%(?:以上|以下|左右)?的)")
_SHARE_OF = regex.compile(r"%(?:以上|以下|左右)?的")
_PREDICATE = regex.compile(r"能够|能|可以|均|都|全部|已经|已|设立|设置|建成|建立|配备|开展|提供|实现|具备|开设|达标")


def _listed_share(sentence: str, start: int, end: int, right: int) -> str:
    """The name of one share of a list of shares of kinds that do one thing: the kind, then
    what all do (社区卫生服务站能够提供中医药服务, 村卫生室能够提供中医药服务); "" when the
    share is no such list's."""
    after = _NEXT_SHARE.search(sentence, end + 1, right)
    if not after and not (sentence[start - 1:start] in ("、", "和", "及", "与")
                          and _SHARE_OF.search(sentence, clause_bounds(sentence, start, end)[0], start)):
        return ""
    shares = list(_SHARE_OF.finditer(sentence, start, right))
    if not shares:
        return ""  # 距离目标仍有1.7个百分点的差距: a rate, but no share
    last = shares[-1]
    predicate = _PREDICATE.search(sentence, last.end(), right)
    if not predicate:
        return ""
    kind = sentence[end + 1:after.start() if after else predicate.start()]
    return _first_words(clean(kind + sentence[predicate.start():right]))


# A name that is a place and nothing else (东湖区), and a measure given place by place after
# 分别为: (每千人口床位数分别为:东湖区8.12张、西城区7.35张): each place's value of the measure.
_PLACE_ONLY = regex.compile(r"\p{Han}{1,8}(?:自治县|县|区|市|旗|镇|乡|街道)")
# The places a whole is of, which a place among them replaces: 各市州, 全省.
_EACH_PLACE = regex.compile(r"^(?:各(?:市州|地市|县市区|县区|市|州|县|区|乡镇|镇)|全省|全市|全县|全区)")
_BY_PLACE = regex.compile(r"(?P<head>[^,;:。、]{2,20}?)分别(?:为|是|达到|有)?:(?:\p{Han}{1,8}?(?:县|区|市|旗|镇|乡|街道)"
                          r"\d+(?:\.\d+)?[^,;。、\d]{0,4}、)*$")


def phrase(sentence: str, start: int, end: int, unit: str, previous_end: int | None,
           parent: str = "", parent_unit: str = "", part: bool = False) -> tuple[str, int]:
    """The words naming what the quantity at [start, end) measures, and where they end;
    a deed's 了 (建立了健康档案) says it was done, which the fact says already: no part of the name."""
    name, consumed = _phrase(sentence, start, end, unit, previous_end, parent, parent_unit, part)
    if _family(unit) == "count" and (after := _PER_HEAD_AFTER.fullmatch(name)) and not _NORM_OF.search(after.group("what")):
        name = after.group("per") + after.group("what")  # 全科医生仅有每万人口2.6名: 每万人口全科医生, as the ratio is named
    elif (unit == parent_unit and _family(unit) == "count" and _PER_OTHERS.fullmatch(name) and not PER_HEAD.search(name)
          and parent and "每" not in parent):
        name = name.removeprefix("平均") + parent  # 经办人员31人,平均每万参合农民不足1人: those just counted, per 10,000 enrollees
    if (_family(unit) == "money" and parent and _family(parent_unit) == "count" and not part
            and (paid := _AID_PAID.fullmatch(name)) and parent.endswith(paid.group("aid")) and len(parent) > len(paid.group("aid"))):
        name = parent + paid.group("fund")  # 补助2.18万人,发放补助资金436万元 after the scheme: the scheme's aid paid
    if unit == "平方米" and parent and not part and name in _cue_list("bare_areas") and (works := _WORKS_DONE.search(parent)):
        name = works.group("what") + name  # 实施市中心医院新院区建设,建筑面积12.8万平方米: the new campus's floor area
    if _family(unit) == "count" and parent and not part and (scheme := _scheme_of_deed(parent, name)):
        name = scheme + name  # 大病专项救治病种扩大到30种,救治患者426人: the scheme's patients
    if unit in _PEOPLE_COUNTS and _family(parent_unit) == "money" and parent and not part and name in _cue_list("reached_bare"):
        name = parent + name  # 大病保险累计赔付1.26亿元,惠及群众3.8万人次: those the payments reached
    if (_family(unit) == "count" and parent and len(name) == 2 and (at := parent.find(name)) > 0
            and parent.endswith(_EVENT_KINDS, at + len(name))):
        # 处理食物中毒事件3起,中毒68人: those the events named just before struck (食物中毒), not a deed of its own
        verb = leading_verb(parent[:at + len(name)])
        name = parent[len(verb):at + len(name)]
    if _family(unit) == "count" and (led := _LED_PEOPLE.match(name)):
        name = name[led.end():]  # 组织全县卫生健康系统干部职工下沉社区: those sent and their deed, not who sent them
    elif _family(unit) == "count" and (led := _LED_TO_DEED.match(name)):
        name = led.group("who") + name[led.end():]  # 组织粉尘作业劳动者开展在岗期间职业健康检查: their check, not its arranging
    if _family(unit) == "rate" and (pushed := _PUSHED_RATE.match(name)):
        name = name[pushed.end():]  # 推动全市家庭医生签约服务覆盖率提高到48%: the rate, not the pushing
    if _family(unit) == "rate" and _family(parent_unit) == "rate" and not part and name in sentence[previous_end or 0:start]:
        name = _of_same_deed(name, parent, unit)  # 叶酸服用率达到96.3%,服用依从率88.5%: 叶酸服用依从率
    elif _family(unit) == "rate" and _family(parent_unit) == "count" and not part and parent and previous_end is not None:
        name = _of_those_counted(name, parent, unit)  # 组织从业人员体检4380人,体检合格率96.1%: 从业人员体检合格率
    if _family(unit) == "money" and parent and name.startswith(parent) and (reach := _ends_with_cue(parent, "reached_by_aid")):
        name = _overlapped(parent[:-len(reach)], name[len(parent):])  # 住院分娩补助惠及1280人,补助资金64万元: 住院分娩补助资金
    if "全部" in name[1:]:
        name = _without_all_of_them(name)  # 行政村全部开展新农合: that all did it is the number's to say
    if "均" in name[2:]:
        name = _without_all_can(name)  # 村卫生室均能提供中医药服务: that all can is the number's to say
    if "全年" in name[2:]:
        name = _without_year_of_deed(name)  # 县人民医院投诉办全年受理患者投诉: the year is the fact's
    if unit == _LEVEL_UNIT:
        name = _level_name(name, parent if parent_unit == unit else "")
    return (_DONE_MARK.sub("", name) if "了" in name else name), consumed


_LEVEL_UNIT = "级"
# The words of pushing a level up or passing its evaluation, around the measure it is of (推进县人民医院电子病历应用
# 水平…达到5级, 市人民医院通过电子病历系统应用水平分级评价四级, 应用水平通过国家4级评价): no part of its name.
_LEVEL_PASSED = regex.compile(r"^(?:加快|推进|推动)|通过(?:国家|省级)?|(?<=应用水平)分级评价$")
# An institution named bare, the next of a list whose first level named the measure (…四级,市中医院达到3级).
_BARE_INSTITUTION = regex.compile(r"\p{Han}{1,10}?(?:医院|卫生院|保健院)")
_LEVEL_OWNER = regex.compile(r".*(?:医院|卫生院|保健院)")


def _level_name(name: str, previous: str) -> str:
    """A level's name: the measure it is of, without the pushing or the evaluation passed; a bare
    institution after another's level takes that level's measure (市中医院电子病历系统应用水平)."""
    name = _LEVEL_PASSED.sub("", name) or name
    if previous and _BARE_INSTITUTION.fullmatch(name) and (owner := _LEVEL_OWNER.match(previous)) and owner.end() < len(previous):
        return name + previous[owner.end():].removesuffix("平均")  # one's level, not an average
    return name


def _of_same_deed(name: str, before: str, unit: str) -> str:
    """A rate the dictionary does not know, named by the deed whose rate was stated just before and
    a word of how it was done (叶酸服用率…,服用依从率; 访视率…,访视及时率): of what that one was (叶酸服用依从率),
    not a measure of its own; not one naming others (管理率…,管理人群服药率)."""
    if not name.endswith("率") or not before.endswith("率") or name in before or canonical(name, unit):
        return name
    stem = before[:-1]
    for k in range(min(len(stem) - 2, len(name) - 2), 1, -1):
        if stem.endswith(name[:k]):
            return stem[:-k] + name if len(name) - k - 1 <= _HOW_DONE else name
    return name


_HOW_DONE = 2  # the most characters of how a deed was done between it and its rate (依从, 及时)


# The people a count's name ends on, before the deed done to them (从业人员|体检).
_COUNTED_PEOPLE = regex.compile(r"(?:人员|患者|病人|人群|儿童|妇女|孕妇|老年人|居民|学生|职工|农民|新生儿)$")


def _of_those_counted(name: str, counted: str, unit: str) -> str:
    """A rate the dictionary does not know, opening on the deed a count of people just before ended on
    (组织从业人员体检4380人,体检合格率): of those people (从业人员体检合格率), without the verb that only
    says the deed was done."""
    if not name.endswith("率"):
        return name
    deed = next((name[:k] for k in range(min(len(name) - 2, len(counted) - 2), 1, -1) if counted.endswith(name[:k])), "")
    if not deed or canonical(name, unit):
        return name
    people = counted[:-len(deed)]
    people = people[done.end():] if (done := _DONE_DEED.match(people + deed)) and done.end() < len(people) else people
    return people + name if _COUNTED_PEOPLE.search(people) and tagged(people)[0][1] != "v" else name


def _overlapped(head: str, tail: str) -> str:
    """`head` and `tail` joined, the longest word of two or more characters that ends the one and
    opens the other written once (住院分娩补助 + 补助资金: 住院分娩补助资金)."""
    shared = next((k for k in range(min(len(head), len(tail)), 1, -1) if head.endswith(tail[:k])), 0)
    return head + tail[shared:]


# Aid paid, named bare after a count of those a scheme of aid reached, named by the scheme (农村孕产妇住院分娩补助).
_AID_PAID = regex.compile(r"(?:发放|兑现|拨付|支付)?(?P<aid>补助|补贴|救助)(?P<fund>资金|金)")
# Kinds of event a count of those struck in them names (食物中毒事件, 职业中毒事故).
_EVENT_KINDS = ("事件", "事故", "疫情")
# The works a sum just before was spent on, named by what they build (投资实施市中心医院新院区建设).
_WORKS_DONE = regex.compile(r"(?:实施|启动|推进|开工建设|开工)(?P<what>\p{Han}{2,16}?)(?:建设|工程|项目)$")
# The kinds a scheme covers, counted before those it served (大病专项救治病种30种, 救治患者…).
_SCHEME_KINDS = ("病种", "种类", "项目")


def _scheme_of_deed(parent: str, name: str) -> str:
    """The scheme a count of those served names by its deed alone belongs to, where the count just
    before named the kinds the scheme covers by the same deed (大病专项救治病种 … 救治患者: 大病专项); or ""."""
    verb = leading_verb(name)
    if len(verb) < 2 or not parent.endswith(_SCHEME_KINDS) or leading_verb(parent):
        return ""
    at = parent.find(verb)
    return parent[:at] if at >= 2 and parent.endswith(_SCHEME_KINDS, at + len(verb)) else ""
# A verb of leading a whole place's people, before those who did the deed counted.
_LED_PEOPLE = regex.compile(r"(?:组织|动员|发动)(?:全县|全区|全市|全镇|全乡|全旗)(?=\p{Han}{6})")
# The people a deed was arranged for (组织|粉尘作业劳动者|开展|…), named by the deed, whose light verb says only
# that it was done (参加 and 接受 say what they did, and stay).
_LED_TO_DEED = regex.compile(r"组织(?P<who>[\p{Han}、]{2,20}?(?:人员|劳动者|负责人|职工|居民|群众|学生|患者|妇女|老年人|干部))"
                             r"(?:开展|进行)(?=\p{Han}{2})")
# A verb of pushing a rate up, and the whole place it is pushed in, before the rate's name.
_PUSHED_RATE = regex.compile(r"(?:推动|推进|促进)(?:全县|全区|全市|全镇|全乡|全旗)?(?=\p{Han}{2,}(?:率|比例)$)"
                            # a light verb of doing before the rate of the deed done (开展妊娠风险筛查与评估覆盖率)
                            r"|(?:开展|进行)(?=\p{Han}{4,}率$)")


# A fund's flow or balance named bare (总支出, 当期结余), and a fund's flow named whole (职工医保统筹基金收入).
_FUND_FLOW = regex.compile(r"(?:总|当期|本年|年度|滚存)?(?:收入|支出|结余|结存)")
_FUND_OF = regex.compile(r"(?P<fund>\p{Han}{1,16}?基金)(?:总|当期|本年|年度)?(?:收入|支出|结余)")


def of_fund(name: str, earlier: list[str]) -> str:
    """A flow or balance named bare (总支出, 当期结余) after a fund's other flow named whole in its
    sentence (基金总收入5.92亿元,…;总支出5.47亿元,累计结余3.15亿元): the same fund's, named by it."""
    if not _FUND_FLOW.fullmatch(name):
        return name
    fund = next((m for n in reversed(earlier) if (m := _FUND_OF.fullmatch(n))), None)
    return fund.group("fund") + name if fund else name


# An age a verb before it bounds (未满十八周岁独生子女父母): part of whom a payment is for, no deed.
_AGE_BOUND = regex.compile(r"[\d一二三四五六七八九十]+(?:周岁|岁)")
# A payment named by its verb and what was paid only (发放奖扶金, 发放保健费), after a count of those paid.
_PAYMENT = regex.compile(r"(?P<verb>(?:发放|兑现|拨付|支付|发给))(?P<what>\p{Han}{2,6})")


def paid_to(people: str, name: str) -> str:
    """A payment's name (发放保健费) with whose it is, from the people just counted as paid: the
    scheme's qualifier before its word for them (国家奖励扶助对象: 发放国家奖扶金), or the people whole
    (独生子女父母: 发放独生子女父母保健费), as a reader of a panel needs to tell one scheme's sum from
    another's; as it was where the payment names them already (发放独生子女父母奖励费)."""
    if (not (paid := _PAYMENT.fullmatch(name))
            or any(w in paid.group("what") for w in (*_cue_list("paid_to_named"), *_cue_list("benefit_schemes")))
            or people.startswith(_cue_list("aid_deeds"))):
        return name
    whom = next((people[:-len(w)] for w in _cue_list("aid_recipients") if people.endswith(w)), people)
    whom = next((whom[:-len(w)] for w in _cue_list("scheme_words") if whom.endswith(w)), whom)
    if not _AGE_BOUND.match(whom, len(verb := leading_verb(whom))):
        whom = whom[len(verb):]  # 确认独生子女伤残死亡家庭特别扶助对象: whose, not the deed of finding them
    if not verb and (deed := listed_deed(whom)):
        whom = whom[len(deed):]  # 乡镇卫生院招录大学生乡村医生: whose, not who took them on
    if _ends_in_verb(whom) or any(w in whom for w in _cue_list("aid_deeds")) or whom in _cue_list("enacting_deeds"):
        # 七一期间走访慰问老党员…, 住院分娩补助覆盖57.4万人: a deed's count, no one's name; 落实…奖励扶助对象: the
        # scheme's own people, whose word is all the deed leaves
        return name
    return paid.group("verb") + whom + paid.group("what")


# Those a count is per, with no one counted after them (平均每万参合农民).
_PER_OTHERS = regex.compile(r"(?:平均)?每(?:十|百)?[百千万]\p{Han}{2,8}")
# People an amount reached (惠及4056人, 受益518人), and an amount of aid given to people by name (…奖励扶助金,
# 特别扶助资金, 救助资金), whose people are the aid's 对象 (奖励扶助对象, 特别扶助对象).
_BENEFITED = ("惠及", "受益")
_AID_FUND = regex.compile(r"(?:足额|全额|及时)?(?:发放|兑现|拨付|落实|下拨|支付)?(?P<aid>\p{Han}*(?:扶助|救助|资助))(?:金|资金|经费)")
# Those counted, then how many there are per head of the people (全科医生仅有每万人口2.6名, 执业医师达到每千人口2.3人,
# 中医类别执业(助理)医师达到每万人口4.1人: a bracket of their name too).
# Not a norm's or another area's (距国家标准(每万人口1.75名)): no one counted there.
_NORM_OF = regex.compile(r"标准|要求|目标|距|低于|高于|全国|全省|全市")
_PER_HEAD_AFTER = regex.compile(r"(?P<what>(?:\p{Han}|\(\p{Han}{1,4}\)){2,12}?)(?:仅有|只有|仅|达到|达|为|已达到?)?(?P<per>每[千万](?:常住|户籍|服务)?人口)")


# What a clause sets before its verb of reaching (住院封顶线提高到…): the subject a bound after it (,且不低于6万元) is of.
_SET_BEFORE = regex.compile(rf"(?P<what>[^,;:。\d]{{2,16}}?)(?:{REACHED}|达到|保持在|稳定在|控制在)")


def _said_before(sentence: str, previous_end: int | None, left: int) -> str:
    """The subject of the clause right before `left`, when a whole clause without a fact lies
    between the fact before and this one: the words that clause sets before its verb."""
    if previous_end is None or sentence[left - 1:left] != ",":
        return ""
    before = clause_bounds(sentence, left - 1, left - 1)[0]
    if before <= previous_end:
        return ""
    found = _SET_BEFORE.match(sentence, before, left - 1)
    return clean(found.group("what")) if found else ""


def _noun_before_deed(kind: str) -> str:
    """The words of `kind` before its first verb (重点场所 of 重点场所开展防控督查), "" where no verb
    follows two characters of noun or more."""
    at = 0
    for word, flag in tagged(kind):
        if flag == "v":
            return kind[:at] if at >= 2 else ""
        at += len(word)
    return ""


def _past_date(tail: str) -> tuple[str, "regex.Match[str] | None"]:
    """The words after a count without a date said between those counted and their deed, and that date:
    tried only where 于 or 在 stands."""
    date = _DATE_BETWEEN.search(tail) if "于" in tail or "在" in tail else None
    return (tail[:date.start()] + tail[date.end():], date) if date else (tail, None)


def _goal_met_name(parent: str, what: str, said_before: str) -> str:
    """Those of a whole that meet a goal or miss it (24项已达到2030年目标值,6项未达到): the whole's name,
    not the sibling's it follows, with the goal said before where this one says none."""
    sibling = _GOAL_MET_VERB.search(parent, 2)
    whole = parent[:sibling.start()] if sibling else parent
    goals = [] if "目标" in what else list(_GOAL_OF_YEAR.finditer(said_before))
    return whole + what + (regex.sub(r"\s", "", goals[-1].group()) if goals else "")


def _phrase(sentence: str, start: int, end: int, unit: str, previous_end: int | None,
            parent: str = "", parent_unit: str = "", part: bool = False) -> tuple[str, int]:
    """The words naming what the quantity at [start, end) measures, and where they end.

    `previous_end` is where the name of the sentence's previous fact ended; `parent` is
    that name, of a fact in `parent_unit`, or the whole the quantity is a `part` of (其中…).
    A bare head such as 其中新建10个 or 签约率达100% takes the parent, or the clause before,
    as its subject.
    """
    family = _family(unit)
    left, right = clause_bounds(sentence, start, end)
    if previous_end is not None and previous_end > left:
        left = previous_end
    if "每" in parent and _WHOLE_YEAR.search(sentence, left, start) and (per := _PER_PERIOD.search(parent)):
        parent = parent[:per.start()] + parent[per.end():]  # (每周播出健康节目1期,)全年52期: the year's, not a week's
    name = _last_words(_kind_of_examples(clean(sentence[left:start])) if family == "count" else clean(sentence[left:start]), 24)
    if family == "count" and (kinds := _KINDS_BEFORE.search(name)):
        name = name[:kinds.start()]  # 报告法定传染病12类986例: how many kinds the cases are of names nothing
    if ("分别" in sentence[:left] and _PLACE_ONLY.fullmatch(name)
            and (by_place := _BY_PLACE.search(sentence, 0, left + (sentence[left:left + 1] == "、")))):
        name += clean(by_place.group("head"))  # 每千人口床位数分别为:东湖区8.12张、西城区7.35张: 东湖区每千人口床位数
    if name.startswith(_PATIENTS_WORDS) and ":" in sentence[:left]:
        name = _of_heading_patients(name, clean(sentence[:sentence.index(":")]))
    if not name and parent and _family(parent_unit) != family and (said := _said_before(sentence, previous_end, left)):
        name = said  # …比例达到70%,封顶线提高到…6倍,且不低于6万元: a bound of the clause before's, not of the rate
    consumed = end
    if part and parent and _AGE_ONLY.fullmatch(name) and not _AGED_AFTER.match(sentence, end, right):
        return name + parent, consumed  # 其中60岁以上96人: 60岁以上乡村医生
    if (previous_end == left and _HAVE_OPENING.match(sentence, left) and len(name) >= 2 and not is_bare(name)
            and (them := _COUNTED_BEFORE.search(sentence, max(0, left - 16), left))):
        # 16家乡镇卫生院共有(现有)在岗职工1126人: the staff of the institutions just counted
        return them.group("kind") + (name[have.end():] if (have := _HAVE_OPENING.match(name)) else name), consumed
    if (family == "count" and ("在" in sentence[:start] or _WHOLLY_DONE.search(sentence, end, right))
            and (done_in := _done_in_places(sentence, start, end, right))):
        return done_in, end  # 国家基本药物制度在全县15家乡镇卫生院和126个村卫生室全面实施: 实施国家基本药物制度的村卫生室
    if (family == "count" and (sentence[end - 1:end] == "个" or sentence[end - 1:end].isdigit())
            and (division := _DIVISION_AFTER.match(sentence, end)) and _DIVIDED_BY.fullmatch(name)):
        # 全县辖8个镇3个街道、126个行政村: 镇, 街道, 行政村, not 辖 nor the division before; so too 辖8镇3乡,
        # whose count has no measure word
        return division.group(), division.end()
    if family == "money" and (standard := _STANDARD_AFTER.match(sentence, end)) and (fund := _FUND_BY_HEAD.fullmatch(name)):
        # 基本公共卫生服务补助资金按人均84元标准拨付: the fund's standard per head, not the fund
        name = fund.group("per") + fund.group("what") + ("" if fund.group("what").endswith("补助") else fund.group("noun")) + "标准"
    elif family == "money" and (standard := _STANDARD_AFTER.match(sentence, end)):
        paid = _PAID_BY_STANDARD.match(sentence, standard.end(), right) if _BY.search(name) else None
        name = _BY.sub("", name) + (paid.group("what") if paid else "") + "标准"  # 按每人每年15元的标准: the standard, not what it is paid by
        if paid:  # 按每人每年960元标准发放奖励扶助金1196.45万元: the standard of what is paid; the next amount starts at the verb
            consumed = standard.end()
    elif family == "money" and _BY_PER.search(name) and (paid := _PAID_BY_STANDARD.match(sentence, end, right)):
        name = _BY_PER.sub("", name) + paid.group("what") + "标准"  # the standard of what is paid, each child's each year
    elif family != "money" and _BY.match(name) and (norm := NORM_AFTER.match(sentence, end)):
        # 按每万人不少于20间的标准储备集中隔离房间: the norm of what is done by it (每万人储备集中隔离房间)
        done = _DONE_BY_NORM.match(sentence, norm.end(), right)
        name = _BOUND_OPENING.sub("", _BY.sub("", name)) + (clean(done.group()) if done else "")
        if "比例" in norm.group() and done:
            name += "比例"  # 按照100%的比例要求培养全科医生: the share of those trained, as the norm sets it
        consumed = norm.end()
    elif family == "money" and _SPENT.fullmatch(name) and (spent_on := _SPENT_ON.match(sentence, at := _past_listed_area(sentence, end), right)):
        if sentence[at:at + 1] == "的" and (built := _noun_before_verb(spent_on.group(1))):
            name = built + name  # 总投资1.8亿元的县人民医院医技综合楼建成投用: the building's, not what it did
        else:
            works = spent_on.group(1)
            if works.endswith("等") and (counted := _EXAMPLES_COUNTED.match(sentence, spent_on.end(), right)):
                works = leading_verb(works) + counted.group("what")  # 投资1350万元完成巴彦淖尔苏木、好腰苏木等5所苏木卫生院…改扩建
            elif ((counted := _EXAMPLES_COUNTED.match(sentence, spent_on.end(), right))
                  and leading_verb(works + counted.group("what")) == works):
                works += counted.group("what")  # 投入1200万元完成4个社区卫生服务中心提升改造: the works counted after the verb
            name += works  # 投资1260万元新建县中医院门诊楼: what the money went to names it
    elif (family == "money" and _SPENT.fullmatch(name) and not name.startswith("总") and sentence[end:end + 1] == ","
          and (starts_with_verb(done := _past_beneficiary(sentence[end + 1:clause_bounds(sentence, end + 1, end + 1)[1]]))
               or done.startswith(added()))
          and _last_family(done) != "money" and 2 <= len(works := _works(done)) <= 16 + _added_run_end(works)
          and not works.endswith("数")):
        # 投入资金2650万元,新建、改扩建村卫生室27个: the works of the clause after paid for; not another
        # amount (投入资金2.6个亿,争取资金1.5亿), nor what a project's total (总投资) brings, nor a
        # count by its head (投入资金1012万元,参保人数67.5万人: those insured, not what was paid for); the
        # works, not their area (投资186万元,改造实验室面积850平方米: 投资改造实验室)
        name += works.removesuffix("面积") if len(works) > 4 else works
    elif (family == "money" and (_SPENT.fullmatch(name) or _DONE_SPENT.fullmatch(name)) and left and sentence[left - 1:left] == ","
          and (done := _works_of_area(sentence, left - 1) or _works_before(sentence, _past_area(sentence, left - 1)))
          and (_SPENT.fullmatch(name) or _WORKS_END.search(done))):
        # 完成4所社区卫生服务中心改造,总投资1.2亿元: the works just named cost it; 县中医院新建住院综合楼建筑面积
        # 1.2万平方米,总投资4600万元: the works whose area was just given; what was spent on them so far
        # is theirs where the clause names works (…等重点项目9个,完成投资…), not beds they added or a stage reached
        name = done + name
    elif _AREA_ONLY.fullmatch(name) and left and sentence[left - 1:left] == ",":
        comma = left - 1
        if _COST_ONLY.fullmatch(sentence, cost := clause_bounds(sentence, comma, comma)[0], comma) and sentence[cost - 1:cost] == ",":
            comma = cost - 1  # 建成县疾控中心综合楼,总投资6800万元,建筑面积1.2万平方米: past what it cost
        elif works_cost := _WORKS_COST.fullmatch(sentence, cost, comma):
            name = clean(works_cost.group("what")) + name  # …迁建项目完成投资6500万元,建筑面积2.8万平方米
            comma = -1
        if comma >= 0 and (done := _works_before(sentence, comma)) and not _HOLDS_DIVISIONS.match(done):
            name = done + name  # not a place's divisions (全县辖8镇3乡,总面积…: the place's own area)
    elif (family == "money" and _SPENT.fullmatch(name) and left and sentence[left - 1:left] in ":,"
          and (row := _ROW_LABEL.match(sentence)) and row.end() <= left and _ROW_COSTS.fullmatch(sentence, row.end(), left)
          and 2 <= len(label := clean(_ROW_SIZE.sub("", row.group(1)))) <= 16 and not any(c.isdigit() for c in label)):
        # 县人民医院外科综合楼:总投资52000万元: a table row's project costs it, and so the row's next
        # amounts (…,2021年计划投资4500万元)
        name = label + name
    if sentence[end:end + 1] == "的" and _DOING.search(name) and not _verb_only(name) and family == "count":
        # …人群开展了2215人次的麻疹、风疹疫苗查漏补种工作: what was done is named after 的
        return _first_words(clean(sentence[end + 1:right])) or name, right
    if (family == "rate" and sentence[end:end + 1] == "的" and (light := _LIGHT_DEED.search(name)) and light.start() >= 2
            and (after := _NOUN_AFTER.match(sentence[end + 1:right])) and not _GOAL_WORD.match(after.group())
            and not _NOT_NOUN.match(after.group())):
        # 对抓获人员全部进行了100%的HIV检测: the share of those named the deed after 的 was done to, not the verb
        what = after.group()
        return name[:light.start()] + what + ("" if what.endswith("率") else "率"), end + 1 + after.end()
    if family == "rate" and sentence[end:end + 1] == "的" and name.endswith(("和", "及", "与")):
        name = ""  # 社区卫生服务站和80%以上的村卫生室能够提供中医药服务: a share of the last of those listed
    if sentence[end:end + 1] == "的" and family == "rate" and (listed := _listed_share(sentence, start, end, right)):
        return listed, right
    if sentence[end:end + 1] == "的" and (not name or _verb_only(name) or (family == "money" and _ALLOTTED.search(name))):
        if (family == "rate" and not name and not _NUMBER_NOT_KINDS.search(sentence, end + 1, right)
                and not _GOAL_SHORT_OF.match(sentence, end + 1) and (shared := _first_words(clean(sentence[end + 1:right])))):
            # 100%的社区卫生服务中心和乡镇卫生院设立中医馆: the share of those that do what follows;
            # not 可达到92%的目标, which names nothing (the rate before it does)
            return shared, right
        # (开展)不少于12次的健康教育讲座: the noun after 的 is what is counted
        after = _NOUN_AFTER.match(sentence[end + 1:right])
        if after and not _GOAL_SHORT_OF.match(after.group()):  # 可达到92%的目标(尚差…): the goal of the rate before
            return name + after.group(), end + 1 + after.end()
    if (family == "rate" and name and _NOUN_END.search(name) and _HAN.match(sentence, end) and end < right
            and _deed_after(sentence[end:right]) and not _DIGIT_AFTER.search(sentence, end, right)
            and (did := clean(sentence[end:right])[:12])):
        # 建档立卡贫困人员100%参保: the share of those named that do what follows
        return name + did, right
    if family == "rate" and not name and _opens_on_noun(sentence[end:right]):
        # 近三成村医年龄在六十岁以上: the share of those that do what follows, as after 的
        return _first_words(clean(sentence[end:right])), right
    if unit == "平方米" and (built := _BUILDING_AFTER.match(sentence, end, right)) and len(building := built.group("what").rpartition("的")[2]) >= 2:
        # 新建3200平方米的业务用房, 11000平方米市医院门诊大楼正在建设: the building after the area is what it
        # measures (…为一体的疾控监督大楼: the building, not what it unites); 建筑面积 before it stays
        area = _AREA_ONLY.search(name)
        return (building + area.group() if area else name + building), built.end()
    if unit == "级":  # 应用水平通过四级评价: a level is named by what it rates, not the verb or the kind of rating after it
        return name.removesuffix("通过"), consumed
    if family == "count":
        cohort = _COHORT.match(sentence, end, right)
        at = cohort.end() if cohort else end
        if unit in ("个", "座", "所", "栋", "幢", "处") and (sized := _SIZE_BETWEEN.match(sentence, at, right)):
            at = sized.end()  # 建设1个500平方米的气膜实验室: what is counted follows its size
        tail, date = _past_date(sentence[at:right])
        after = _NOUN_AFTER.match(tail)
        if after and not _NOT_NOUN.match(after.group()) and not _NUMERAL_AFTER.match(after.group()):
            # 11名2019届订单定向医学毕业生: the year of a class of students is part of whom it names
            words, consumed = (cohort.group() if cohort else "") + after.group(), at + after.end()
            if date and after.end() > date.start():
                consumed += len(date.group())  # the date left out of the name is still read past
            if len(words) >= 20 and (run := _RUN_ON.match(sentence, consumed, right)):
                # the noun's length ran out inside a word or a deed: a few more characters end it (…并实行零差率
                # 销售, 发放奖扶金); a longer run is cut back to the last word that ends before it ran out
                if len(words) + len(run.group()) <= 28:
                    words, consumed = words + run.group(), run.end()
                else:
                    cut = max(at for at in word_ends(words + run.group()) if at <= len(words))
                    if cut:
                        words, consumed = words[:cut], consumed - (len(words) - cut)
            if served := _SERVED_BY.search(words):
                words, consumed = words[:served.start()], consumed - (len(words) - served.start())
            if sent := _SENT_TO.search(words):
                # 接收8名…医学毕业生到村卫生室服务: where those counted were sent is no part of whom it counts
                words, consumed = words[:sent.start()], consumed - (len(words) - sent.start())
            if (_LEVEL_ONLY.fullmatch(words) and (shared := _LEVEL_SHARING.match(sentence, consumed, right))
                    and len(shared.group("item")) > len(shared.group("level"))):
                # 申报2个南宁市、自治区卫生镇、23个…: levels listed before the noun they share name it, to the
                # list's next count
                words, consumed = words + shared.group(), shared.end()
            elif (sentence[consumed:consumed + 1] in ("、", "和") and _INSTITUTION_KIND.search(words)
                  and (shared := _INSTITUTIONS_DOING.fullmatch(sentence, consumed, right))):
                # 11个乡镇卫生院、1个社区卫生服务中心均能提供中医药服务: what the list's last institutions do, its
                # first do too (the next count's name is its own)
                words += shared.group("deed")
            elif sentence[consumed:consumed + 1] in ("、", "和", "及", "与") and (kinds := _LISTED_KINDS.match(sentence, consumed)):
                words, consumed = words + kinds.group(), kinds.end()
                if ((deed := _NOUN_AFTER.match(sentence[consumed:right])) and consumed + deed.end() == right
                        and _DONE_TO_OPEN.search(sentence, 0, start) and _has_verb(deed.group())):
                    # 为2865名农村待孕和早孕妇女免费发放叶酸: the deed done for all the kinds listed, as for one
                    words, consumed = words + deed.group(), right
            elif (sentence[consumed:consumed + 1] == "、" and (kind_of := _LIST_TO_KIND.fullmatch(sentence, consumed, right))
                  and _DONE_TO_OPEN.search(sentence, 0, start) and any(flag == "v" for _, flag in tagged(kind_of.group("kind")))):
                # 对全县46家宾馆、洗浴等公共场所开展督查: the kind the list ends in names those counted, and the deed
                # after it; not a list of what a deed gave them, with no deed after its kind (为12个乡镇计生服务站
                # 更新B超、心电监护等设备)
                words, consumed = kind_of.group("kind"), right
            elif (sentence[consumed:consumed + 1] == "、" and (kind_of := _LIST_TO_KIND.match(sentence, consumed, right))
                  and sentence[kind_of.end():kind_of.end() + 1].isdigit() and _DONE_TO_OPEN.search(sentence, 0, start)
                  and (kind := _noun_before_deed(kind_of.group("kind")))):
                # 对全县286家养老机构、学校、商超等重点场所开展防控督查1160家次: the deed has a count of its own,
                # so those counted are the kind the list ends in, without the deed, and the deed's count names its
                # deed from the kind on
                words, consumed = kind, kind_of.start("kind")
            elif ((rest := _LIST_TO_HEAD.fullmatch(sentence, consumed, right))
                  and (sentence[consumed] == "、" or _has_verb(words) or _divisions_joined(words, rest.group()))):
                # 为4.2万名农村适龄妇女免费开展宫颈癌、乳腺癌筛查: the list runs on to the head it shares, when no
                # other quantity is listed in it; one joined by 和 only when it is what a deed is done to (开展宫颈癌
                # 和乳腺癌筛查), not those counted and more (98家养殖户及高暴露人群情况)
                words, consumed = words + rest.group(), right
            if (sentence[consumed:consumed + 1] == "的" and (more := _NOUN_AFTER.match(sentence[consumed + 1:right]))
                    and not _NOT_NOUN.match(more.group()) and not _GOAL_WORD.match(more.group())):
                # 县市区全部建立公立医院党委领导下的院长负责制, 未参保的低保户: what 的 leads to is counted too;
                # of a list after 的, the kind it ends in (有规模的讲座、义诊咨询等宣传活动: 有规模的宣传活动), not
                # its first item (集贸市场的禽类产品生产、加工…); nor a goal (…的目标)
                kind = _LIST_KIND.match(sentence, consumed + 1 + more.end(), right)
                what = kind.group("kind") if kind else more.group()
                if (kind or sentence[consumed + 1 + more.end():consumed + 2 + more.end()] != "、") and len(words) + 1 + len(what) <= 24:
                    words += "的" + what
            noun = _EACH_OR_BOUND.sub("", _LIGHT_VERB.sub("", _TITLE.sub("", words)))
            if ("开展" in noun or "提供" in noun) and _DONE_TO_OPEN.search(sentence, 0, start):
                # 对…1520名学生开展防艾知识问卷调查: 学生防艾知识问卷调查; 为辖区3.46万名老年人提供免费健康体检
                noun = _DONE_TO_VERB.sub("", noun, count=1)
            if name and noun.startswith(("开展", "提供")) and _DONE_TO_OPEN.search(sentence, 0, start):
                noun = _DEED_FOR_NAMED.sub("", noun)  # 为65岁以上老年人316人开展健康体检: 65岁以上老年人健康体检
            # not the verb it runs into (10个预脱贫村整村参保率全部达到98%: …参保率), but the bound
            # that says which are counted (3所卫生院业务用房面积不足800平方米)
            if among := _AMONG.search(noun):
                noun = noun[:among.start()]  # 23所乡镇卫生院中已有18所…: 中 is "among them", not part of the name
            elif ((have := _HAVE_COUNTED.search(noun)) and _DIGIT_AFTER.search(sentence, consumed, right + 1)
                  and (cut := sentence.find(have.group(), end, consumed)) >= 0):
                # the next count's name starts at 共有 (its lead words), after 配备: 共配备31名协管员 counts 协管员
                noun, consumed = noun[:have.start()], cut + (0 if have.group().endswith("有") else len(have.group()))
            elif ((done := _DONE_NEXT.search(noun)) and (next_count := _COUNT_AT.match(sentence, consumed))
                  and next_count.group("unit") == unit
                  and (cut := sentence.rfind(done.group(), end, consumed)) >= 0):
                # 68条整改措施已完成63条: the measures counted; what was done to some of them names the count after
                # in the same unit (not 2家村卫生室已分别处以罚款3000元)
                noun, consumed = noun[:done.start()], cut
            elif (unit in ("家", "所", "个") and (them := _INSTITUTION_END.search(noun)) and _DIGIT_AFTER.match(sentence, consumed)
                  and not _MONEY_AT.match(sentence, consumed) and _deed_of_institutions(noun[them.end():])):
                # 向12家成员单位派驻医师46名, 为15家乡镇卫生院培训医生320人: the institutions counted; the count
                # after is of the deed done for them, its name (成员单位派驻医师) starting where this one does (not an
                # amount: 对2家村卫生室分别处以罚款3000元 names both by the fine)
                noun, consumed = noun[:them.end()], end
            elif ((spent := _SPENT_NEXT.search(noun, 2)) and _DIGIT_AFTER.match(sentence, consumed)
                  and (cut := sentence.rfind(spent.group(), end, consumed)) >= 0):
                # 6个乡镇卫生院提升工程完成投资2340万元: the works counted, not the money they cost
                noun, consumed = noun[:spent.start()], cut
            elif ((per := _PAID_PER_HEAD.search(noun, 2)) and _MONEY_AT.match(sentence, consumed)
                  and sentence.find(per.group(), end, consumed) >= 0):
                # 对1832名失独家庭每人每年补助7200元: the families counted; the amount after is per head, and
                # its name (失独家庭每人每年补助) starts where this one does
                noun, consumed = noun[:per.start()], end
            elif ((paid := _PAID_TO_THEM.search(noun)) and (paid.start() >= 2 or name) and _MONEY_AT.match(sentence, consumed)
                  and (cut := sentence.rfind(paid.group(), end, consumed)) >= 0):
                # 为特别扶助对象312人发放特扶金61.94万元, 为6218户领证家庭发放独生子女父母奖励费74.6万元: those
                # counted were paid; the amount after is the payment's, and its name starts at the verb
                noun, consumed = noun[:paid.start()], cut
            if noun.endswith("前") and (rank := _RANK_AFTER.match(sentence, consumed, right)):
                noun += rank.group()  # 9家医院进入全国前100名: the rank says which are counted
                consumed = rank.end()
            if (not name and parent and (starts_with_verb(noun) or _WHOLE_REACHED.match(noun))
                    and (part or _AMONG.search(sentence, max(0, start - 4), start)
                         or (sentence[start - 1:start] == "为" and unit == parent_unit and _NOUN_END.search(parent)))):
                # 其中3个设置在新建小区, 17个乡镇卫生院中有12家开展中医药服务: those of the whole that do it;
                # 65岁及以上老年人共31865人,为26712人提供健康管理服务: those of the people just counted it was done for
                noun = parent + noun
            if name.endswith(_JOINED_BEFORE) and len(name) > 2:
                name = leading_verb(name)  # 县人民医院、县中医院及8家乡镇卫生院: the 8 are the township hospitals alone
            elif name and noun and _NAMED_BODIES.search(name) and _KIND_OF_BODIES.match(noun):
                # 引进红枫艺术团、晨光公益工作室两个社会组织: bodies named before their kind and count are
                # examples of it, as before 等; the verb stays
                name = name if _verb_only(name) else leading_verb(name)
            elif name and noun and sentence[start - 1:start] in ("等", "、"):
                # 县人民医院、县中医院等12家医疗卫生机构: examples of those counted, not their name; 完成县妇幼保健院
                # 迁建、5所乡镇卫生院改扩建: another work of the list, no number of its own; the verb stays
                name = name if _verb_only(name) else leading_verb(name)
            name += noun if _BOUND_AFTER_NOUN.search(noun) else _strip_trail(noun)
    if (family == "count" and consumed == end and len(name) >= 2 and _AMONG.search(sentence, max(0, start - 4), start)
            and starts_with_verb(done := sentence[end:right].strip())):
        name = name.removesuffix("中") + done[:20]  # 县级医院中有86家达到三级医院服务能力: those among them that reached it
    if family == "count" and not name and _AGED_AFTER.match(sentence, end, right):
        name = _first_words(clean(_without_quantities(sentence[end:right])))  # the people counted, not the fact before's
    if part and parent and family == "count" and (kind := _kind_of_pair(parent, name)):
        return kind, consumed  # 新报告HIV感染者和AIDS病人46例,其中感染者31例、病人15例: 新报告HIV感染者, 新报告AIDS病人
    who = parent and name.startswith(_cue_list("whose")) and next(
        (w for w in _cue_list("whose") if name.startswith(w) and w in parent), None)
    if who:  # 患者管理率 after 肺结核患者成功治疗率: 肺结核患者管理率
        return parent[:parent.index(who)] + name, consumed
    if parent and _RANK_ONLY.fullmatch(name) and (rank := _RANK_ONLY.search(parent)) and len(parent) > rank.end():
        # 国家级临床重点专科3个、省级17个: the province's; 市级以上表彰11项,其中国家级1项: that level's alone
        rest = parent[rank.end():].removeprefix("及以上").removeprefix("以上")
        return parent[:rank.start()] + name + rest, consumed
    if parent and name in _BOUND_SCORES and (average := _AVERAGE_SCORE.search(parent)) and average.start() >= 2:
        return parent[:average.start()] + name, consumed  # 最高分 after 乡镇卫生院考核平均得分: of the same appraisal
    if (family == "rate" and is_bare(name) and parent.endswith(name) and _subgroup(parent[:-len(name)])
            and (said := sentence[left:start].lstrip(",;、")).startswith(name) and _LEVEL_VERB.fullmatch(said, len(name))
            and (whole := next((w for w in _cue_list("whole_rates") if w.endswith(name)), None))):
        # 重点人群签约率达到75%,签约率达到45%: a level of its own is the whole population's, not the group's
        # again; a change right after (签约率较上年提高5个百分点) stays the group's
        return whole, consumed
    of_rate_before = bool(parent) and _family(parent_unit) == "rate" and whose(parent) != parent
    bare = is_bare(name) or bool(PER_HEAD.fullmatch(name)) or (of_rate_before and name in _cue_list("dose_rates"))
    if (family == "rate" and _family(parent_unit) == "rate" and name in _cue_list("condition_rates")
            and (people := list(_PEOPLE_NAMED.finditer(parent))) and not _PEOPLE_NAMED.search(name)
            and sentence.startswith("、", left)):
        return parent[:people[-1].end()] + name, consumed  # 生长迟缓率 after 5岁以下儿童低体重患病率: the children's
    known = canonical(name, unit)
    if known and left and sentence[left - 1:left] == ":" and _verb_only(name):
        # 家庭医生签约:全县签约19.3万人: the label names fully what its verb alone names
        label = clean(sentence[clause_bounds(sentence, left - 1, left - 1)[0]:left - 1])
        if label.endswith(name) and label != name and canonical(label, unit) == known:
            return label, consumed
    if (_REPORTED_ONLY.fullmatch(name) and not parent and (row := _ROW_LABEL.match(sentence)) and left >= row.end()
            and sentence.rfind(":", 0, left) == row.end() - 1 and not any(m in sentence[row.end():left] for m in ",;")
            and 2 <= len(label := clean(row.group(1))) <= 16 and not any(map(str.isdigit, label))
            and not _HEADING_END.search(label) and not _TOPIC_END.search(label)):
        # 1.流行性感冒:本月报告138例: the disease the line is about is what was reported, not 报告 alone
        return label, consumed
    if (part and parent and unit not in _INSTITUTION_UNITS and _family(parent_unit or unit) == family
            and (measure := _measure_of(name, parent))):
        return name + measure, consumed  # 床位24683张,其中医院20175张: the hospitals' beds, not the hospitals
    if (part and parent and unit not in _INSTITUTION_UNITS and _family(parent_unit or unit) == family
            and _names_own_measure(name, parent)):
        return name, consumed  # 实有床位3286张,其中医院床位2245张: the part already says what it measures
    if (not part and parent and unit == parent_unit and unit not in _INSTITUTION_UNITS and sentence[left - 1:left] in ",、;"
            and (measure := _measure_of(name, parent))):
        return name + measure, consumed  # 三级医院平均住院日9.2天,二级医院7.6天: the same measure of another kind
    if part and parent and unit in _INSTITUTION_UNITS and _grade_of_kind(parent, name):
        return parent + name, consumed  # 建成互联网医院9家,其中三级医院5家: the internet hospitals of that grade, none built
    if part and parent and unit in _INSTITUTION_UNITS and (deed := _deed_of_whole(parent, name)):
        return deed + name, consumed  # 检查定点医药机构1386家次,其中定点医疗机构463家: those checked, not all there are
    if parent.endswith("总投资") and _INVESTED_SO_FAR.fullmatch(name) and len(parent) - len("总投资") >= 4:
        return parent[:-len("总投资")] + name, consumed  # 医技综合楼项目总投资4.8亿元,…,累计完成投资2.1亿元: the project's
    if (part and parent and family == "count" and (held := _ends_with_cue(name, "held_by_staff"))
            and held not in parent and not name.startswith(parent)):
        # 招聘…126名,其中本科及以上学历94名: those of the recruited, not all graduates (not 具有专业技术职称人员
        # 72人,其中…高级专业技术职称: the whole says what its parts hold)
        return parent + name, consumed
    if part and parent and not bare and (pair := _pair_member(parent, name, sentence)) is not None:
        return pair + name, consumed  # 受理群众来信来访112件,其中来信43件、来访69批次: 群众来信, 群众来访
    if ((len(name) > SHORT and not bare) or name.startswith(parent or "\0") or name in _cue_list("sanctions")
            # a bare head the dictionary knows (全程接种率, 报告患病率) is still of whoever the rate before it names
            or (known and not (bare and of_rate_before) and (not part or known != canonical(parent, parent_unit)))):
        return name, consumed  # long enough, or a name the dictionary knows (婚检率; 注册护士 of 卫生技术人员)
    if (part and parent.endswith(name) and name != parent and (len(name) >= 4 or (len(name) >= 2 and len(parent) - len(name) <= 3))
            and not bare and not _dependent(name)):
        return name, consumed  # 门急诊38.6万人次,其中急诊4.1万人次: the part its own words name
    if (part and family == "money" and len(name) == SHORT and not bare and not _dependent(name) and not _verb_only(name)
            and not _opens_on_addition(name) and not PER_UNIT.search(name)):
        # 其中…市县配套3.9亿元, 其中住院补偿1580万元: a part of a sum named in words of its own (a count's
        # part often needs its whole's: 其中第一剂次, 死亡家庭)
        return name, consumed
    if (part and parent and not bare and (kind := next((w for w in _KINDS_OF_WHOLE if name.endswith(w) and parent.endswith(w)), ""))
            and len(name) - len(kind) >= 2
            # 流动人口 names people of its own, as 户籍人口 does, though jieba reads 流动 as a verb
            and (kind == "人口" or not _verb_only(name[:-len(kind)]) and not _subgroup(name[:-len(kind)]))):
        # 争取上级项目资金1.36亿元,其中中央资金8200万元: a kind of the whole's funds, named by itself and by what
        # was done to all of them (争取中央资金; 新增床位300张,其中康复床位80张: 新增康复床位)
        return leading_verb(parent) + name, consumed
    if (part and family == "count" and len(name) >= 2 and not bare
            and name.endswith((*_cue_list("institutions"), *_cue_list("bodies")))):
        # 医疗卫生机构312个,其中医院9家、村卫生室261个: the kind of institution named; 其中党总支3个: the kind of body
        return name, consumed
    if (part and family == "count" and (len(name) >= 4 or name in _cue_list("staff")) and not bare
            and name.endswith(_cue_list("staff"))):
        # 具有专业技术职称人员82人,其中…全科医师6人: the staff named by their title, as a longer title is
        # (其中副主任医师2人,主治医师3人), or by their trade alone (现有职工68人,其中…护士24名)
        return name, consumed
    if not name and (label := _LABEL.search(sentence, 0, left)) and previous_end is not None and label.start() >= previous_end:
        return clean(label.group(1)), consumed  # 法定传染病报告率:100%,报告及时率:99.6%: each value its own label
    reached = bool(parent and previous_end is not None and _REACHED_ONLY.fullmatch(sentence, previous_end, start))
    if ((not name or name in _PART_OF_ROW) and (row := _ROW_LABEL.match(sentence)) and not reached
            and sentence.rfind(":", 0, left) == row.end() - 1 and left >= row.end()
            and (row_label := clean(row.group(1))) and not (parent and row_label not in parent)):
        # 医院:2020年58家,2021年61家: each value the row's label; 2021年农村702.5万人次: the rural part of it;
        # not a change of another fact the line named (饮用水监测:…,合格率96.1%,比上年提高1.8个百分点), nor
        # a word that names nothing (其中:…,完成任务数…的100.7%: the share done takes the count's name)
        return name + row_label, consumed
    if (not name and parent and family == "count" and (part or unit == parent_unit)
            and (reached := _PART_REACHED.match(sentence, end, right)) and (all_reached := _WHOLE_REACHED.search(parent, 2))):
        # 18所乡镇卫生院全部达到基本标准,其中6所达到推荐标准: those of the whole that reached the part's own;
        # 13家乡镇卫生院达到基本标准,4家达到推荐标准: those that reached the standard their clause names
        return parent[:all_reached.start()] + reached.group("what"), right
    if (not name and parent and family == "count" and _AMONG.search(sentence, max(0, start - 4), start)
            and (reached := _PART_REACHED.match(sentence, end, right))):
        # 23所乡镇卫生院中已有18所达到省定标准: those among the whole that reached it
        return parent + reached.group("what"), right
    if (not name and parent and family == "count" and (part or unit == parent_unit)
            and (("目标" in sentence[left:start] and (met := _GOAL_MET_BEFORE.search(sentence, left, start)))
                 or ("达到" in sentence[end:right] or "实现" in sentence[end:right]) and (met := _GOAL_MET_AFTER.match(sentence, end, right)))):
        # 28项主要指标中,已达到2030年目标值的11项; 24项已达到2030年目标值,6项未达到: those of the whole that
        # meet the goal or miss it, not all of them
        return (_goal_met_name(parent, regex.sub(r"\s", "", met.group("what")), sentence[:min(met.start(), start)]),
                consumed if met.start() < start else right)
    if not name and parent and sentence[left:start] == "通过" and (took := parent.find("参加")) >= 0:
        # 乡村医生参加执业资格考试286人,通过241人: those who passed what the others sat, not those who sat it
        return parent[:took] + "通过" + parent[took + 2:], consumed
    if name in _cue_list("training_ends") and parent and (took := parent.find("在培")) >= 2:
        # 住院医师规范化培训在培学员64人,年内结业21人: those who finished the training the others are in
        return parent[:took] + name, consumed
    if not name and parent:
        return parent, consumed
    if name and not bare and not part and TOTAL_OPENING.match(sentence, left):
        # 共筹集基金6189万元 after the parts listed: the total names itself; 共补助2.18万人 after a scheme of aid, by it
        return _scheme_before(sentence, left, name) or name, consumed
    if (family == "money" and previous_end == left and _SPENT_NEXT.fullmatch(name) and parent and not part
            and _family(parent_unit) == "count" and _SPENT_NEXT.fullmatch(clean(sentence[left:start]))):
        return parent + name, consumed  # 6个乡镇卫生院提升工程完成投资2340万元: what the works counted cost
    if (family == "money" and _SPENT.fullmatch(name) and not name.startswith("总") and parent and not part
            and _family(parent_unit) == "count" and sentence[left - 1:left] == "," and previous_end is not None
            and not any(mark in sentence[previous_end:left - 1] for mark in ",;:")
            and (starts_with_verb(parent) or parent.startswith(added())) and len(parent) + len(name) <= 24):
        # 新建村卫生室15个,计划投资480万元: the works the count of the clause just before counts (not
        # 新建村卫生室8个,完成县医院住院楼主体工程,计划投资1.2亿元)
        return parent + name, consumed
    if (family == "money" and _family(parent_unit) == "money" and not part and _SPENT_AGAINST_BUDGET.fullmatch(name)
            and (budget := _BUDGET_END.search(parent)) and budget.start() >= 2 and sentence[left - 1:left] == ","
            and previous_end is not None and not any(mark in sentence[previous_end:left - 1] for mark in ",;:")):
        return parent[:budget.start()] + name, consumed  # “三公”经费年初预算58万元,实际支出41.26万元: what was spent of it
    if (family == "money" and _PAID.fullmatch(name) and parent and not part and _family(parent_unit) == "count"
            and sentence[left - 1:left] == "," and previous_end is not None
            and not any(mark in sentence[previous_end:left - 1] for mark in ",;:")):
        # 门诊慢特病就诊26381人次,报销612.5万元: paid for those just counted, not money paid by itself
        return join_name(parent, name), consumed
    if (parent and not part and (per := _YEARLY_LEAD.match(name)) and _verb_only(name[per.end():])
            and parent.startswith(name[per.end():]) and len(parent) > len(name) - per.end()):
        return per.group() + parent, consumed  # 累计培训乡村医生3200人次,年均培训640人次: 年均培训乡村医生
    if (parent and not part and name in _cue_list("reached_people") and parent_unit in _cue_list("event_units")
            and previous_end is not None and sentence[previous_end:left] == "," and _alone_in_clause(sentence, previous_end)):
        return parent + name, consumed  # 开展健康知识讲座386场次,受益群众2.4万人次: those the lectures reached
    if (parent and not part and name in _cue_list("served_bare") and previous_end is not None
            and sentence[previous_end:left] in (",", "、") and (machine := _served_by(parent, parent_unit))):
        return machine + name, consumed  # 投放自助机320台,服务患者625万人次,日均服务…: those the machines served
    # 惠及4056人 after 发放奖励扶助金486.7万元: those the money reached
    # 公用经费 after 人员经费, or after a ; that ends another part: a kind of its own, as its words say
    own_kind = _dependent(name) and not part and _own_kind(name, parent, sentence[left - 1:left] == ";")
    borrows = not name or bare or (_dependent(name) and not own_kind) or part or (parent and name in ("惠及", "受益"))
    if family == "money" and _PER_UNIT_ONLY.fullmatch(name) and (aid := _aid_before(sentence, left, parent)):
        return aid + name, consumed  # 奖励扶助对象5326人,每人每年960元; 育儿补贴按年发放,每孩每年3600元: the aid's standard
    if (parent and _family(parent_unit) == "money" and _PAYING.fullmatch(name)
            and (per := _PER_UNIT_END.search(parent)) and per.start() >= 2):
        # 发放一次性生育补贴每孩5000元,全年发放251户、125.5万元: the aid whose standard was just said, paid
        aid = parent[:per.start()]
        return (aid[aid.rindex(name):] if name in aid else name + aid), consumed
    if not borrows and parent and _family(parent_unit) != family and _verb_only(name):
        return name, consumed  # 培训1.2万人 after 自筹500万元: what was done, not to the funds
    if (not borrows and parent and len(name) >= SHORT and previous_end is not None
            and previous_end <= left <= previous_end + 1 and sentence[previous_end:previous_end + 1] == "、"
            and counted_alike(unit, parent_unit) and _verb_only(name)
            and (deed := listed_deed(parent)) and len(parent) > len(deed)):
        # 开展健康讲座24次、咨询活动12次: an activity listed after another is done by the list's deed, not
        # to the first item (开展咨询活动, not 开展健康讲座咨询活动)
        return deed + name, consumed
    if borrows or (_verb_only(name) and consumed != end + 1):  # 改建4个站 names what it counts (jieba tags 站 a verb)
        subject = parent
        if not subject:
            # the clause before, without its own quantities: 全年筛查2000人,筛查率95% -> 筛查率
            before = clause_bounds(sentence, max(0, left - 1), max(0, left - 1))[0] if left else 0
            subject = _without_quantities(sentence[before:left], subject=True)
            if number := _UNITLESS_END.search(subject.rstrip(",;: ")):
                subject = subject[:number.start()]
            if not borrows and _last_family(sentence[before:left]) not in ("", family):
                subject = ""  # 培训1000人 after 投入资金5.6万元: what was done, not to the funds
            # 下达任务后,完成体检1.2万人: a time, not a subject; 2019年工作完成情况:免疫接种…: a heading;
            # …;死亡1920人: a part of its own after ;
            if (_WHEN.search(subject) or (sentence[left - 1:left] == ":" and _HEADING_END.search(subject))
                    or (sentence[left - 1:left] == ";" and not borrows)):
                subject = ""
            elif topic := _TOPIC_END.search(subject):
                subject = subject[:topic.start()]  # 艾滋病防治方面,全年检测9.6万人次: 艾滋病检测
            elif scheme := _scheme_before(sentence, left, name):
                subject = scheme  # 落实农村孕产妇住院分娩补助项目,补助3160人: the scheme's aid, not the scheme
            graded = ("评" in subject or "定为" in subject or "荣获" in subject) and _GRADE_GIVEN.search(subject.rstrip(",;: "), 2)
            if graded:
                subject = subject[:graded.start()]  # 绩效考核中获评A等级,得分812.5分: the appraisal's score, not the grade's
            # a row's label (个人卫生支出占卫生总费用的比重:2020年28.6%) is its whole name, and so is who was appraised
            # in what (县人民医院在…全国二级公立医院绩效考核中获评A等级)
            reach = 24 if (before == 0 and sentence[left - 1:left] == ":") or graded else 12
            if family == "money" and _SPENT_NEXT.fullmatch(name) and (started := _STARTED_WHEN.search(clean(subject))):
                subject = started.group("what")  # 确保县中医院门诊楼项目6月前开工,计划投资3500万元: the project's cost
            subject = _last_words(clean(subject), reach) if subject else ""
            if subject and (judged := _CHANGE_JUDGED.search(subject, 2)):
                subject = subject[:judged.start()]  # 住院人次增长较快,同比增长18.7%: the visits, not how the clause judged their rise
            if "每" in subject and _WHOLE_YEAR.search(sentence, left, start):
                subject = _PER_PERIOD.sub("", subject)  # 每月定期开展健康教育讲座,全年不少于12次: the year's
        if subject and _dependent(name) and not part and _own_kind(name, subject, False):
            subject = ""  # 公用经费 after the clause 人员经费5936.70万元: a sibling
        # 服务2万多人 after 培训3.6万人: another thing done, not done to those before
        if subject and (borrows or not _verb_only(subject)):
            # 明年新增3万份 after 建档32万份: 新增建档; a part (其中新建10个) is named after its whole
            if part and _PLACE_ONLY.fullmatch(name):
                name += _EACH_PLACE.sub("", subject)  # 其中衡阳市260名 after 各市州招生任务数: 衡阳市招生任务数
            elif name in _BENEFITED and (aid := _AID_FUND.fullmatch(subject)):
                name = aid.group("aid") + "对象"  # 惠及4056人 after 发放奖励扶助金: 奖励扶助对象, those the aid is given
            else:
                name = name + _added_to(subject, name) if name in added() and not part else join_name(subject, name)
    elif (name in _WHOLE_WORDS and parent and family == _family(parent_unit) == "count"
          and (verb := leading_verb(parent)) and verb in added() and len(parent) > len(verb)):
        name = parent[len(verb):] + name  # 新增省级临床重点专科3个,总数达到11个: all there are, not those added
    elif (parent and not name.startswith(("每", "总")) and (not starts_with_verb(name) or (name[-1] == parent[-1] and len(_first_word(name)) == 1))
          and family == _family(parent_unit) == "count" and not _verb_cut(sentence[left:start], name)
          and (counted_alike(unit, parent_unit) or unit[-1:] == parent_unit[-1:] == "次")
          and not sentence.startswith(_cue_list("whole_place"), left) and not _ends_in_verb(name)):
        # a listed noun (车辆5次 after 出动人员25人次, 灭蟑药 after 发放灭鼠药) shares the verb
        # of the list; one with a verb of its own (受益群众 after 发放宣传资料, 改建站 after 新建站,
        # 居家隔离 after 集中隔离医学观察) does not, nor
        # one counted in other units (改厕1.2万座 after 改水受益人口28万人), nor the whole place's
        # stock (全市托育机构126家 after 新增托位1850个), nor a total (总托位1315个 after 新增托育机构6家); a verdict (不合格3份 after 检测食品样品120份) is
        # found of the things counted, and takes them too
        name = (parent if is_verdict(name) else leading_verb(parent)) + name
    if not name:  # 完成7个村的改水工程: nothing before names it, so what follows does
        name = _first_words(clean(_without_quantities(sentence[end:right])))
    return name, consumed
