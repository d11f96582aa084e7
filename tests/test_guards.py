"""The word tests that guard a pattern (`"下达" in clause and _ASSIGNED_VALUE.search(clause)`) are
kept by hand beside it: each row checks that every match of the pattern holds one of the guard's
words where the guard looks, so that a pattern edited to match without them fails here instead of
silently never being tried.  Guards derived from their patterns (facts._NORM_WORDS,
meaning._NOT_TARGET_WORDS) are checked too."""

import re

import pytest

from extractors import facts, indicators, meaning, quantities
from extractors.patterns import edge_strings, guard_words, needed_within, words_needed
from minerals import documents, normalise, tables

# Where the guard looks for its words, against where the pattern matches:
TEXT = "text"  # the whole text the pattern searches (from its start: a lookbehind's words count)
RANGE = "range"  # the text the pattern searches from a position (a lookbehind may look before it)
START = "start"  # the text starts with one (s.startswith("的", end) before _TASK_NAMED_AFTER.match(s, end))
END = "end"  # the text ends with one (line.endswith(_TITLE_ENDS) before _TITLE_LINE.fullmatch(line))
# an int n: the first n characters from where the match starts ("目标" in s[end:end + 7])

GUARDS = [
    # extractors/facts.py
    (facts._NORM_WORDS, facts._NORM_AFTER, TEXT),  # norms = any(word in p.text …)
    (facts._NORM_WORDS, facts._NORM_BRACKETED, RANGE),
    (facts._NORM_WORDS, facts._NORM_BEFORE, RANGE),
    (facts._NORM_WORDS, facts._NORM_APART, RANGE),
    (facts._NORM_WORDS, facts._NORM_SHORT_OF, TEXT),
    (("目标",), facts._GOAL_OF_LAST, TEXT),  # goals = "目标" in p.text
    (("目标",), meaning.GOAL_AFTER, TEXT),  # …and _GOAL_NAMED_AFTER.fullmatch(…) and GOAL_AFTER.match(…)
    ((")",), facts._FROM_BRACKETED, TEXT),  # bracketed = ")" in p.text
    (("实际",), facts._DONE_OF_IT, TEXT),  # _due(…) if "实际" in p.text
    (("年",), facts._COMPARED_YEAR, TEXT),  # _own_year: if "年" in clause
    (("年",), facts._CLAUSE_YEAR, TEXT),
    (("月", "季", "半年"), facts.PART_OF_YEAR, TEXT),  # _part_of_year
    (facts._COUNTY, facts._CLAUSE_PLACE, TEXT),  # _clause_place
    (("援", "帮扶"), facts._AIDED, TEXT),  # _aids
    (("平均", "(全"), facts._ELSEWHERE, RANGE),  # elsewhere = … if "平均" in near or "(全" in near
    (("全",), facts._LARGER_AREA_SAID, RANGE),  # "全" in near and _LARGER_AREA_SAID.search(…)
    (("全",), facts._CITY_SAID, RANGE),  # "全" in near and (… or _CITY_SAID.search(…))
    # extractors/meaning.py
    (meaning._NOT_TARGET_WORDS.pattern.split("|"), meaning._NOT_TARGET, TEXT),  # _without_not_target
    (("目标",), meaning.GOAL_AFTER, 7),  # _goal_after: "目标" in s[end:end + 7]
    (("于", "将在"), meaning._LATER, 9),  # _later: … in s[end:end + 9]
    (("的",), meaning._TASK_NAMED_AFTER, START),  # _task_named_after: s.startswith("的", end)
    (("分别",), meaning._RESPECTIVELY_SAID, TEXT),  # _without_respectively
    (("由", "从"), meaning._FROM_NOW, TEXT),  # role: ("由" in clause_before or "从" in clause_before) and _FROM_NOW…
    (("实际",), meaning._ACTUALLY, TEXT),  # said_done, pledged: "实际" in text
    (("的",), meaning._SHARE_OF_TASK, TEXT),  # "的" in before and _SHARE_OF_TASK.search(before)
    (("已",), meaning._DONE_NOW, 3),  # pledged: "已" in p.text[left:left + 3]
    (("的",), meaning._SHARE_AFTER, 2),  # role: "的" in s[end:end + 2]
    (("目标",), meaning._GOAL_SHARED, 5),  # role: "目标" in s[end:end + 5]
    (("下达",), meaning._ASSIGNED_VALUE, TEXT),  # role: … in clause_before
    (("尽",), meaning._ALL_DUE, TEXT),
    (("任务",), meaning._ASSIGNED, TEXT),
    (("任务",), meaning._TASK_BEFORE, TEXT),
    (("下达", "分配"), meaning._ASSIGNING, TEXT),
    (("由", "从", "比", "较", "与"), meaning._BASELINE, TEXT),  # compared = "由" in near or …
    (("由", "从", "比", "较", "与"), meaning._COMPARED_VALUE, RANGE),
    (("年", "前", "上月", "上季", "五"), meaning._COMPARED_VALUE, RANGE),  # compared and ("年" in near or "前" in near or …) and …
    (("基",), meaning._BASE_COLUMN, TEXT),
    (("基础上",), meaning._ON_BASIS, 4),  # "基础上" in s[end:end + 4]
    (("预算",), meaning._BUDGET, RANGE),  # "预算" in near
    (("要求的",), meaning._REQUIRED, RANGE),  # "要求的" in s[max(0, start - 4):start]
    (("目标",), meaning._GOAL_COMPARED, RANGE),  # "目标" in near
    (("要求", "规定"), meaning._REQUIRED_BOUND, TEXT),
    (("现有", "目前"), meaning._NOW_OPENING, 14),  # … in s[:14] and _NOW_OPENING.match(s)
    (("倍",), meaning._MULTIPLE_OF, TEXT),  # year: "倍" in text and _MULTIPLE_OF.match(…)
    (("年", "届"), meaning._MASKED_YEAR, TEXT),  # year: if "年" in text or "届" in text
    (("年", "届"), meaning._YEAR, TEXT),
    (("年底", "年末"), meaning._SHORT_YEAR, TEXT),  # … if "年底" in text or "年末" in text
    (("末", "期间"), meaning._FROM_PERIOD, TEXT),  # if "末" not in text and "期间" not in text: continue
    # extractors/quantities.py
    (("率",), quantities._BARE_RATE, TEXT),  # find: if "率" in sentence
    (("率",), quantities._ZERO_RATE, TEXT),
    (("0", "零"), quantities._ZERO_RATE, TEXT),  # _zero_rates, _fallen_to_zero: "0" or "零" in sentence
    (("0", "零"), quantities._FELL_TO_ZERO, TEXT),
    (("性别比",), quantities._SEX_RATIO, TEXT),  # if "性别比" in sentence
    (("分之",), quantities._FRACTION, TEXT),  # if "分之" in sentence
    ((":", "∶"), quantities._LABELLED, TEXT),  # if ":" in sentence or "∶" in sentence or "对象" in sentence
    (("对象",), quantities._UNLABELLED, TEXT),
    ((":", "∶"), quantities._ONE_TO, TEXT),
    (("辖",), quantities._divisions_list(), TEXT),  # find, scan: if divisions()[0] in sentence
    (("、", "和"), quantities._LISTED, TEXT),  # if "、" in sentence or "和" in sentence
    (("百分之",), quantities._PERCENT_LISTED, TEXT),  # if "百分之" in sentence
    (("每",), quantities._PER_BETWEEN, RANGE),  # "每" in sentence and _PER_BETWEEN.search(…)
    # extractors/indicators.py
    (("将", "把"), indicators._AGENT_MOVES, TEXT),  # clean: if "将" in text or "把" in text
    (("第",), indicators._ARTICLE, TEXT),  # clean: if "第" in text and "条" in text
    (("条",), indicators._ARTICLE, TEXT),
    (("方式", "途径", "形式", "渠道", "办法"), indicators._MEANS, TEXT),
    (("规定", "要求"), indicators._BY_RULE, TEXT),  # clean: if "规定" in text or "要求" in text
    (("共",), indicators._SUM_AFTER_DOERS, TEXT),  # clean: if "共" in text
    (("倍", "番"), indicators._BY_A_MULTIPLE, TEXT),
    (("完成", "实现"), indicators._VOLUME_DONE, TEXT),  # clean: if "完成" in text or "实现" in text  # clean: if "倍" in text or "番" in text
    (("等",), indicators._EXAMPLES_OF_KIND, TEXT),  # _kind_of_examples: "等" not in name or "、" not in name
    (("、",), indicators._EXAMPLES_OF_KIND, TEXT),
    # minerals/
    (("【",), documents._BRACKET_HEADING, TEXT),  # _headings: if "【" in text
    (("代表:", "委员:"), documents._LETTER, TEXT),  # _letters
    (("【", "第", "篇", "精选", "范文", "(扩展", "扩展阅读", "——"), documents._NAMED_HEADER, START),  # _BEFORE_NAMED_HEADER
    (("篇", "扩展"), documents._EXTENSION, TEXT),  # _lines_naming: _ARTICLE_WORD
    (tuple(end + " " for end in normalise._TITLE_ENDS), normalise._SPACED_TITLE, TEXT),  # _spaced_titles
    ((":",), normalise._ROW_LINE, TEXT),  # _row_or_title: ":" in line
    (normalise._TITLE_ENDS, normalise._TITLE_LINE, END),  # …line.endswith(_TITLE_ENDS)
    (("\t", "|", "｜", "\u3000", *tables._SPACE_PAIRS), tables._SEPARATOR, TEXT),  # _cells
]


def _pattern_name(pattern) -> str:
    for module in (facts, meaning, quantities, documents, normalise, tables):
        for name, value in vars(module).items():
            if value is pattern:
                return f"{module.__name__.rsplit('.', 1)[-1]}.{name}"
    return pattern.pattern[:12]


def _covered(guard, needed) -> bool:
    """Whether one of the sets of words the pattern needs has, in each word, a guard word."""
    return any(all(any(g in word for g in guard) for word in words) for words in needed)


@pytest.mark.parametrize("guard,pattern,where", GUARDS,
                         ids=[f"{_pattern_name(p)}-{'|'.join(g)}-{w}" for g, p, w in GUARDS])
def test_every_match_holds_a_guard_word(guard, pattern, where):
    if where in (START, END):
        edges = edge_strings(pattern, where == START)
        assert all(any((e.startswith if where == START else e.endswith)(g) for g in guard) for e in edges), edges
        return
    needed = (words_needed(pattern, behind=where == TEXT) if where in (TEXT, RANGE) else needed_within(pattern, where))
    assert _covered(guard, needed), needed


@pytest.mark.parametrize("pattern,needed", [
    (r"\d+分钟\p{Han}{0,6}?圈", [{"分钟"}, {"圈"}]),
    (r"(?:确保|争取)了", [{"确保了", "争取了"}]),
    (r"的?基础上", [{"基础上"}]),  # 的基础上 holds 基础上
    (r"(?P<a>\p{Han}+(?:总结|计划))[ ]+", [{"总结 ", "计划 "}]),  # which holds 总结 or 计划, and a space
    (r"[ \u3000]{2,}", [{"  ", "\u3000\u3000", " \u3000", "\u3000 "}]),
    (r"(?<=率)完成", [{"率"}, {"完成"}]),
    (r"确保(?!了)计划", [{"确保计划"}]),  # a lookaround takes no character
    (r"(?:[(]扩展\d+[)]|第\d+篇)", [{"(扩展", "第"}, {"(扩展", "篇"}, {")", "第"}, {")", "篇"}]),  # one of each branch's
    (r"年|\d+", []),  # a number needs no word
    (r"(?i)abc", []),  # nor a pattern whose letters stand for others
    (r"[[:digit:]]年", []),  # nor one `regex` reads otherwise
])
def test_words_needed(pattern, needed):
    assert [set(words) for words in words_needed(pattern)] == needed


def test_needed_within_leaves_out_what_a_lookahead_needs():
    assert [set(w) for w in needed_within(r"的(?=目标)", 1)] == [{"的"}]
    assert needed_within(r"\p{Han}{0,4}目标", 4) == []  # 目 may stand fifth


def test_guard_words_refuses_a_pattern_that_needs_none():
    with pytest.raises(ValueError):
        guard_words(re.compile(r"\d+"))
