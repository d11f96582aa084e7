"""A report's tables as sentences: each row read with its column headings.

Reports put their indicators in tables (指标名称 | 目标值 | 完成值).  Flattened cell by
cell, a target and its result lose their name and the words that tell them apart; so
each row of a table with a heading row becomes one sentence: its name cells, a colon,
then each value after its heading (居民健康档案建档率:目标值90%,完成值91.2%。), which the
extractors read as they read prose.  A table without such a heading row (a layout table,
a list) keeps its rows as they stand, cells joined by tabs.
"""
from __future__ import annotations

import itertools
from decimal import Decimal

import numpy as np
import regex

from extractors.meaning import WAY_MARKS
from extractors.units import units, units_before

from .normalise import Mapped, page_line, radicals_folded, simplified

# A piece of a row's sentence: its words, the column of the cell they come from (None: the
# words that join the pieces), and whether they are that cell's own words (a name, a value)
# or words the sentence adds before them (a heading).
Piece = tuple[str, int | None, bool]
Span = tuple[int, int] | None  # where a cell's words are in the text the table was read from

# A cell that holds one value: a number with at most a qualifier and a short unit around it
# (a year, 2019年, names a column); money per head (79元/人) is one value too, and so is a ratio
# to one (医护比 1:1.06).
# …or written in Chinese numerals (百分之四十二点五, 六百, 三十五人): a share, or a numeral of two
# characters or more with a 十 百 千 万 or 亿 in it, so that 三甲, 二级 and “十三五” stay words.
_CN_VALUE = (r"(?:(?:百分之|千分之)[零〇一二两三四五六七八九十百]+"
             r"|(?!十[一二三四五]五)(?=[零〇一二两三四五六七八九]*[十百千万亿])[一二两三四五六七八九十][零〇一二两三四五六七八九十百千万亿]+)"
             r"(?:点[零〇一二三四五六七八九]+)?")
_VALUE = regex.compile(r"^(?:[≥≤><＞＜约]|不低于|不高于|不少于|不超过)?(?:(?:1:)?\d[\d,.]*|" + _CN_VALUE + r")(?:%|‰|/10万|/万|(?:(?![年月日])\p{Han}){0,2}(?:/(?:人次|人|例|床日|次|户))?)"
                       r"(?:以上|以下|以内|左右)?$")
_CN_BARE = regex.compile(r"(?:[≥≤><＞＜约]|不低于|不高于|不少于|不超过)?" + _CN_VALUE)  # 六百, with no unit yet
# The unit a heading gives its column: 目标值(%), 金额(万元).
_HEADING_UNIT = regex.compile(r"[(（]([^()（）]{1,6})[)）]$")
# A column that gives each row's unit (单位: %, ‰, /10万), and one that only remarks on the
# row (完成情况: 完成, 未完成), which names nothing.
_UNIT_COLUMN = regex.compile(r"^(?:计量)?单位$")
# 属性: 预期性 or 约束性; 责任股室: who does it; 进度: 符合预期, 滞后 (a number under it is still a value)
# 偏差原因分析: why a result fell short of its goal; 评估结论: 已完成, 进度符合预期, 滞后
_REMARK_COLUMN = regex.compile(r"情况|备注|说明|评价|是否|属性|类型|性质|责任|牵头|配合|股室|科室|负责|进度|原因|结论|评估")
# A column of how things went that holds numbers (年度目标 2.8万人 | 完成情况 3.02万人): its numbers are
# the results, read as 完成值 (完成情况3.02万人 would name the value 情况).
_DONE_REMARK = regex.compile(r"^(?:实际)?(?:完成|执行|落实)情况$")
# A column of a goal's or a result's values (年度指标值, 目标值, 实际完成值), whose words (逐步提高) say no name.
_GOAL_VALUE_HEAD = regex.compile(r"(?:(?:指标|目标|完成|实际)值|\d{4}年目标)$")
_QUALIFIER_AFTER = regex.compile(r"(?:以上|以下|以内|左右)$")
# A plan's base (2020年基数 >95): the extractors read 基数 as the base only right before its number,
# so a bound written before the number goes after it (2020年基数95%以上), the same bound in words.
_BASE_HEAD = regex.compile(r"(?:基数|基期值?|基线值?)$")
_BOUND_BEFORE = regex.compile(r"^(?P<bound>[≥≤><＞＜约]|不低于|不高于|不少于|不超过)(?P<value>\d.*)$")
_BOUND_WORDS = {"≥": "以上", ">": "以上", "＞": "以上", "不低于": "以上", "不少于": "以上",
                "≤": "以下", "<": "以下", "＜": "以下", "不高于": "以下", "不超过": "以下", "约": "左右"}
# A row name's list number (一、事业收入, 2.卫生健康支出), which the report's headings would take for one of theirs.
_ITEM_MARK = regex.compile(r"^(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.、](?!\d))")
_ROW_NUMBER = regex.compile(r"^(?:序号|编号|排序|排名)?$")
# A cell that says there is no value: —, /, 无.
_NO_VALUE = regex.compile(r"^(?:[-—–/／\\…]+|无|暂无)$")
# 达到基本标准 | 是: a yes or a no under a heading that asks, no name of the row (城关镇卫生院是家庭医生团队数)
_VERDICT = regex.compile(r"^(?:是|否|√|×|✓|✔|✗|✘)$")
# A unit written as a ratio (1/10万, 1/万人, 1/千): the rate the extractors read (/10万, ‰).
_RATIO_UNIT = regex.compile(r"^1/(?P<per>10万|万|千|1000|100000|10000)人?$")
_RATIO_UNITS = {"10万": "/10万", "100000": "/10万", "万": "/万", "10000": "/万", "千": "‰", "1000": "‰"}
_BARE_INTEGER = regex.compile(r"^\d{1,3}$")
# A column of changes (增长%, 增减(百分点), 同比增长率): its cells, signed, read as rises and falls.
_CHANGE_HEAD = regex.compile(r"^(?:(?:(?:比|较)(?:上年|去年|上一年)(?:同期)?|与上年相比|同比)?"
                          r"(?:增长率|增减率|增减幅度|增长|增减|增幅|(?P<amount>增减量|增加量|增减数))|同比|环比)"
                          r"[(（]?(?P<unit>%|个?百分点)?[)）]?$")  # 较上年增减(百分点)
_CHANGE_RATE_WORD = regex.compile(r"率|幅")
# A value cell that is a number alone, whose difference with another the change beside it may be.
_BARE_NUMBER = regex.compile(r"(?P<number>\d+(?:\.\d+)?)(?:%|\p{Han}{1,3})?")
# Its sign may be a portal's arrow or triangle, or a word (↗2.1%, ▽3.4%, 增6.4%).
_MARKS = "".join(WAY_MARKS)
_SIGNED = regex.compile(rf"^(?P<sign>[-+−{_MARKS}]|增|减)?(?P<number>\d[\d.]*)(?P<unit>%|个?百分点)?$")
_DOWN_SIGNS = ("-", "−", "减", *(mark for mark, way in WAY_MARKS.items() if way == "down"))
# A signed number (+1.8) under a column not read as changes: no value the extractors can
# place, and no name either (居民电子健康档案建档率+1.8 names nothing).
_SIGNED_ONLY = regex.compile(rf"^[-+−±{_MARKS}]\d[\d.]*(?:%|‰|个?百分点)?$")
# Columns of scores in a 绩效目标表 or an appraisal (分值 5 | 得分 4.5): marks, not facts.
_SCORE_COLUMN = regex.compile(r"^(?:自评|考核|评价)?(?:分值|得分|评分|权重|满分|扣分)(?:[(（]分[)）])?$")
# The score an appraisal gives each township or institution (序号 | 单位 | 得分 | 排名): the table's one
# column of values, with no column of the marks each item may earn (分值, 满分) beside it, is a fact.
_SCORE_READ = regex.compile(r"^(?:自评|考核|评价|综合|考核综合)?(?:得分|评分|总分)(?:[(（]分[)）])?$")
_SCORE_WEIGHT = regex.compile(r"分值|满分|权重|扣分|标准分")
# The grade an appraisal gives beside the score (等次 | 优秀): a verdict in words, no name of the row.
_GRADE_COLUMN = regex.compile(r"^(?:考核|评价|评定|综合)?(?:等次|等级|档次)$")


def _body(cell: str) -> bool:
    """Whether a cell names a place or an institution: under 单位 it is the body appraised or reported on, no unit of measure."""
    cell = cell.replace(" ", "")
    return bool(_HOSPITAL_ROW.search(cell) or _INSTITUTION_ROW.search(cell) or _PLACE_OR_TOTAL.search(cell))


def _scored(heading: list[str], row: list[str]) -> bool:
    """Whether a row is a place's or an institution's score in an appraisal: its name such, its one
    value under a heading of scores (the rest its number and its rank), and no marks an item may earn."""
    names = [cell.replace(" ", "") for head, cell in zip(heading, row)
             if cell.strip() and not _VALUE.match(cell.replace(" ", "")) and not _NO_VALUE.match(cell.replace(" ", ""))
             and not _GRADE_COLUMN.match(head)]
    scores = [head for head, cell in zip(heading, row) if _VALUE.match(cell.replace(" ", "")) and not _ROW_NUMBER.match(head)]
    return (len(names) == 1 and _body(names[0])
            and len(scores) == 1 and bool(_SCORE_READ.match(scores[0])) and not any(_SCORE_WEIGHT.search(head) for head in heading))


# The levels of a 绩效目标表's indicators (一级指标 产出指标 | 二级指标 数量指标 | 三级指标
# 0-6岁儿童健康管理率): the deepest names the row, those above only group it; and the groups
# the Ministry of Finance's templates name (财预〔2018〕167号), wherever a table puts them.
_LEVEL_COLUMN = regex.compile(r"^(?P<level>[一二三四五])级指标(?:名称)?$")
_PERFORMANCE_GROUP = regex.compile(r"^(?:产出|数量|质量|时效|成本|效益|经济效益|社会效益|生态效益|可持续影响|满意度|服务对象满意度)指标$")
# The domains a health plan's table groups its indicators by (健康中国2030规划纲要's 主要指标: 健康水平,
# 健康生活, 健康服务与保障, 健康环境, 健康产业), in a column of their own (领域): they group rows and name none.
_DOMAIN_COLUMN = regex.compile(r"^(?:指标)?领域$")
_PLAN_DOMAIN = regex.compile(r"^健康(?:水平|生活|服务|保障|服务与保障|环境|产业)$")
# A column of rates (执行率, 完成率, 占比): its % is its own, no unit for the row's bare numbers
# (计划投资 240 | 实际到位 238.6 | 执行率 99.4%: 238.6 is no rate).
_RATE_HEAD = regex.compile(r"(?:率|比例|比重|占比)$")
# A column of the share of a goal done (完成率, 目标完成率, 执行率).
_DONE_RATE = regex.compile(r"^(?:目标|任务|计划)?(?:完成|执行)率$")
# A column of counts (项目数, 人次), which a table's unit of money (单位:万元) does not measure;
# not a budget's amounts (年初预算数, 全年执行数, 决算数), which it does.
_COUNT_HEAD = regex.compile(r"(?:(?<!预算|决算|执行|拨付|支出|资金|金额)数|人次|次数|量)$")
# The unit a table's caption gives all its numbers: 表2 项目资金投入情况（单位：万元）, or a line 单位:万元.
_TABLE_UNIT = regex.compile(r"[(（]?(?:计量)?单位[:：][ \u3000]*(?P<unit>[^()（）\s:：,，;；。]{1,6})[)）]?$")
# A column whose heading names a measure of its own (实际到位, 管理人数, 占总费用比), not a year or a
# role the extractors read (目标值, 完成数, 年度计划): the row's name goes before it, or the value
# would be named by the heading alone (两癌筛查 | 实际到位 238.6: 两癌筛查实际到位).  Shorter headings
# (执行率, 人数) take the row's name in the extractors already.
_OWN_MEASURE = regex.compile(r"^(?!目标|计划|年度|全年|预计|完成|其中|合计)\p{Han}{2,}(?:率|比|比例|比重|数|人次|户次|投资|资金|金额|经费|费用|支出|收入|到位|拨付|预算|面积)$")
# A budget's column of amounts, shorter but as much a measure (卫生健康支出 | 决算数 28620.34: 卫生健康支出决算数,
# not 决算数, which every row of the table would share; 基本公共卫生服务 | 年度预算 3250: 基本公共卫生服务年度预算).
_ACCOUNT_HEAD = regex.compile(r"^(?:(?:年度|年初|全年)?预算(?:数|金额)?|(?:预算|决算|执行)数)$")
# A column of an enforcement table by field, as short (公共场所 | 立案(件) 41 | 罚款(元) 61500: 公共场所立案,
# 公共场所罚款; not 立案 and 罚款, which read as the county's cases and fines).
_CASE_HEAD = regex.compile(r"^(?:立案|结案|处罚|罚款|罚没款|没收违法所得)(?:数|件数|金额)?$")
# A row's name that holds a value of its own or prose (负压病房120间, 床位1200张,建筑面积…): no name to repeat.
# The numbers that only say who is counted (65岁, 2型, 0-6岁) are no values.
_NAME_WITH_VALUE = regex.compile(r"\d(?![-—~至到岁型周月级类期])(?=\p{Han})|[,，。;；:：]")
# A row of one hospital (县人民医院, 縣中醫院, 妇幼保健院): its name goes before every value's heading,
# however short (药占比, 平均住院日), in either script.
_HOSPITAL_ROW = regex.compile(r"(?:医院|醫院|卫生院|衛生院|保健院)$")
# A row of one kind of institution under headings of what they have (社区卫生服务中心 | 机构数 2 | 床位 80),
# named before each as a hospital is; not a task's row under its goal and result (新建、改扩建村卫生室 | 目标值 20).
_INSTITUTION_ROW = regex.compile(r"(?:服务中心|服務中心|卫生室|衛生室|卫生所|衛生所|服务站|服務站|诊所|診所|门诊部|門診部)$")
# A row of a place or of the table's total: the extractors name its values by the heading alone,
# the place kept apart (东城区:高血压规范管理率78.2%), the total being the table's whole; in either
# script, as the cells are read before the text is converted (江城區, 石門縣, 總計).
_PLACE_OR_TOTAL = regex.compile(r"(?:省|市|州|盟|县|縣|区|區|旗|镇|鎮|乡|鄉|街道|村|社区|社區)$"
                                r"|^(?:合计|合計|总计|總計|小计|小計|全[省市州县縣区區旗镇鎮乡鄉])")


# What separates the cells of a table's line in a text file or a PDF's text: a tab, a run of two
# spaces or more (one space is PDF spacing inside a cell), or a full-width space, which pads a
# line's cells to their columns (序号　单位　　　　　　得分) and never stands inside a cell's words.
_SEPARATOR = regex.compile(r"\t|[ \u3000]{2,}|\u3000|[ \u3000]*[|｜][ \u3000]*")
# The edges of a line of cells drawn with bars (| 指标 | 2019年 |), and a rule under its heading (|---|---|).
_BAR_EDGES = regex.compile(r"^[ \u3000]*[|｜]|[|｜][ \u3000]*$")
_BAR_RULE = regex.compile(r"^[ \u3000|｜:：\-—]+$")


def in_text(text: str) -> str:
    """A text's tables, written as lines of cells, as sentences: a run of two lines or more
    with the same number of cells (three or more) that reads as a data table, or a heading
    of columns set apart by single spaces, as a PDF's text has it, with its rows under it.
    Every other line stays as it is."""
    return restated(text).text


def restated(text: str) -> Mapped:
    """`in_text`, with the way back to `text`: each sentence of a row leads to the row as the
    file writes it (孕产妇死亡率\t≤15/10万\t0, not 孕产妇死亡率:指标值≤15/10万,实际完成值0/10万。),
    each value to its cell, and the words the sentence adds (a heading, a unit) to the cell
    they go with, so that a fact's evidence quotes the file's own words."""
    m = radicals_folded(text)  # a PDF's ⽬标 is 目标
    m = m.edit((year.end(1), year.end(1) + 1, "") for year in _SPACED_YEAR.finditer(m.text))  # a PDF's 2020 年
    text = m.text
    text_lines = text.split("\n")
    spaced = any(_spaced_heading(line) for line in text_lines)
    inline = bool(_INLINE_HEADING.search(text))
    stacked = _STACKED_HEADING.search(text) is not None
    if not spaced and not inline and not stacked and "\t" not in text and "  " not in text and "\u3000" not in text and "|" not in text and "｜" not in text:
        return m
    lines: list[str] = []
    starts: list[int] = []  # where each line starts in the text
    at = 0
    for line in text_lines:
        if not ("-" in line and _BAR_RULE.fullmatch(line)):
            lines.append(line)
            starts.append(at)
        at += len(line) + 1
    changed = len(lines) < text.count("\n") + 1  # a rule under a heading (|---|) goes
    widths = [_cells(line) for line in lines]
    if not (spaced or inline or changed or stacked or any(w >= 3 or (w == 2 and _pairs(line)) for w, line in zip(widths, lines))):
        return m  # no line starts a table
    out: list[tuple[str, list[int] | None, int]] = []  # each line given, the offset of each of its characters (None: the line as it was), and of its end
    i = 0
    while i < len(lines):
        flat = _inline_table(lines[i]) if inline else None
        if flat:
            a, b, rows, spans = flat
            line_end = starts[i] + len(lines[i])
            out.append((lines[i][:a], None, starts[i] + a))
            spans = [[span and (starts[i] + span[0], starts[i] + span[1]) for span in row] for row in spans]
            out += _table_lines(rows, spans, text, "", [row[-1][1] if row[-1] else line_end for row in spans])
            out.append((lines[i][b:].lstrip(" \u3000"), None, line_end))
            i += 1
            changed = True
            continue
        found = _single_spaced(lines, i) if spaced else []
        if found:
            rows = [row for row, _ in found]
            spans = [[span and (starts[i + r] + span[0], starts[i + r] + span[1]) for span in line_spans]
                     for r, (_, line_spans) in enumerate(found)]
            out += _table_lines(rows, spans, text, _caption_unit(lines, i), [starts[i + r] + len(lines[i + r]) for r in range(len(rows))], _caption_subject(lines, i))
            i += len(rows)
            changed = True
            continue
        width = widths[i]
        if stacked and width == 1 and (k := _stacked(lines, i)):
            rows = _stacked_rows(lines, i, k)
            firsts = range(i, i + len(rows) * k, k)  # each row's first line
            spans = [[_stripped_span(lines[at + c], starts[at + c]) for c in range(k)] for at in firsts]
            out += _table_lines(rows, spans, text, _caption_unit(lines, i), [starts[at + k - 1] + len(lines[at + k - 1]) for at in firsts])
            i += len(rows) * k
            changed = True
            continue
        if width >= 2 and (pairs := _pairs(lines[i])):
            out.append(_pairs_line(lines[i], starts[i], pairs))
            i += 1
            changed = True
            continue
        if width < 3:  # no row of a table of three columns or more
            out.append((lines[i], None, starts[i] + len(lines[i])))
            i += 1
            continue
        j = i + 1
        while j < len(lines):
            if _cells(lines[j]) == width or (_PIPE_ROW.match(lines[j]) and _cells(lines[j]) == width - 1):
                j += 1  # a row drawn with bars may lack its last cell (…| 67 | 69.8 |, no 完成率)
            elif not lines[j].strip() and j + 1 < len(lines) and _cells(lines[j + 1]) == width and _holds_value(lines[j + 1]):
                j += 2  # a blank line between rows, as a text file sets apart every line
            else:
                break
        kept = [k for k in range(i, j) if lines[k].strip()]
        rows = [cells + [""] * (width - len(cells)) for cells in (_split(lines[k]) for k in kept)]
        rows = rows if len(rows) >= 2 else []
        if rows and is_data(rows):
            spans = [[(starts[k] + a, starts[k] + b) for a, b in _cell_spans(lines[k])] for k in kept]
            spans = [row + [None] * (width - len(row)) for row in spans]
            out += _table_lines(rows, spans, text, _caption_unit(lines, i), [starts[k] + len(lines[k]) for k in kept], _caption_subject(lines, i))
            i = j
            changed = True
        else:
            out.append((lines[i], None, starts[i] + len(lines[i])))
            i += 1
    if not changed:
        return m
    ends = np.append(m.origin, int(m.origin[-1]) + 1 if len(m.origin) else 0)  # an offset at the text's end
    origins: list[np.ndarray] = []
    for n, (line, offsets, end) in enumerate(out):
        origins.append(ends[end - len(line):end] if offsets is None else ends[np.array(offsets, dtype=np.int64)])
        if n < len(out) - 1:
            origins.append(ends[end:end + 1])
    return Mapped("\n".join(line for line, _, _ in out), np.concatenate(origins) if origins else ends[:0])


def _table_lines(rows: list[list[str]], spans: list[list[Span]], text: str, unit: str,
                 ends: list[int], subject: str = "") -> list[tuple[str, list[int], int]]:
    """The lines a table of the text gives, each with the offset in `text` of each character,
    and the end of the row it comes from."""
    return [("".join(words for words, _, _ in pieces), _origins(pieces, spans[r], text), ends[r])
            for pieces, r in _restated(rows, unit, subject)]


def _origins(pieces: list[Piece], spans: list[Span], text: str) -> list[int]:
    """Where each character of a row's sentence comes from in `text`: a cell's own words, each
    from its character (a unit added after the number, from the number's last); a heading's,
    from the start of its cell; the words that join pieces, from the end of the piece before."""
    out: list[int] = []
    first = next((span[0] for span in spans if span), 0)
    for words, column, own in pieces:
        span = spans[column] if column is not None and column < len(spans) else None
        if span is None:
            out += [out[-1] if out else first] * len(words)
        elif not own:
            out += [span[0]] * len(words)
        else:
            out += _aligned_offsets(words, text, *span)
    return out


def _aligned_offsets(words: str, text: str, start: int, end: int) -> list[int]:
    """The offset of each character of words made from a cell of `text` [start, end): each
    character found in the cell, in order, where it is; one the cell lacks (a unit added, a
    space dropped) where the last one found is."""
    out: list[int] = []
    at, last = start, start
    for ch in words:
        found = text.find(ch, at, end)
        if found >= 0:
            last, at = found, found + 1
        out.append(last)
    return out


def restated_rows(rows: list[list[str]], caption: str = "") -> tuple[str, Mapped]:
    """A Word or web table's rows as the file has them, a line of cells set apart by tabs
    each (the spaces and line breaks inside a cell made one space), and the lines `sentences`
    gives, mapped back to them; `caption` is the line above the table or its <caption>, whose
    unit (表1 主要指标完成情况（单位：%）) its bare numbers take, as a text file's table does."""
    rows = [[" ".join(cell.split()) for cell in row] for row in rows]
    lines = ["\t".join(row) for row in rows]
    text = "\n".join(lines)
    spans: list[list[Span]] = []
    at = 0
    for row in rows:
        spans.append([])
        for cell in row:
            spans[-1].append((at, at + len(cell)))
            at += len(cell) + 1
    ends = [span[-1][1] if span else 0 for span in spans]
    out = _table_lines(rows, spans, text, table_unit(caption), ends)
    indices: list[int] = []
    for n, (_, offsets, end) in enumerate(out):
        indices += offsets + ([end] if n < len(out) - 1 else [])
    return text, Mapped("\n".join(line for line, _, _ in out), np.array(indices, dtype=np.int64))


# A cell that names its value after a colon: 检查医疗机构：968家次.
_PAIR = regex.compile(r"^[^\d:：,，。;；]{2,20}[:：]")


def _pairs(line: str) -> list[tuple[int, int]]:
    """A line of cells that each name their value (检查医疗机构：968家次　　监督覆盖率：100%), as
    a data appendix sets them side by side: where its cells are.  None when the line is no such row."""
    cells = _split(line)
    if not all(_PAIR.match(cell) and _VALUE.match(cell[_PAIR.match(cell).end():].strip().replace(" ", "")) for cell in cells):
        return []
    return _cell_spans(line)


def _pairs_line(line: str, start: int, cells: list[tuple[int, int]]) -> tuple[str, list[int], int]:
    """Such a line with a semicolon where a column ends: without it the columns run together
    once spaces are dropped, and a name reaches for the value before it."""
    indent = len(line) - len(line.lstrip(" \u3000"))
    words, offsets = line[:indent], list(range(start, start + indent))
    for n, (a, b) in enumerate(cells):
        if n:
            words, offsets = words + "；", offsets + [offsets[-1]]
        words, offsets = words + line[a:b], offsets + list(range(start + a, start + b))
    return words, offsets, start + len(line)


# A table by month's caption, which says whose numbers it gives: 附表：2022年1—11月全县法定传染病逐月报告情况,
# 2021年120急救中心分月工作量统计表; not a caption that names no subject before the months (分季度监督执法情况).
_BY_MONTH_CAPTION = regex.compile(r"^(?:附表|表\s*\d+)?[:：\s]*(?:(?:19|20)\d{2}年)?(?:\d{1,2}\s*[-—~至]\s*\d{1,2}月份?)?"
                                  r"(?:全[省市州县区旗]|我[省市州县区旗]|本[省市州县区旗])?(?P<subject>[\p{Han}\d]{2,12}?)(?:逐月|分月|各月|按月)")


def _caption_subject(lines: list[str], i: int) -> str:
    """Whose numbers the table under a caption by month gives (法定传染病, 120急救中心), or none."""
    above = next((line for line in reversed(lines[max(0, i - 3):i]) if line.strip()), "")
    m = _BY_MONTH_CAPTION.match(simplified(above.strip()))
    return m.group("subject") if m and not m.group("subject").isdigit() else ""


def _caption_unit(lines: list[str], i: int) -> str:
    """The unit the line above a table (its caption, or 单位:万元 alone) gives its numbers."""
    above = next((line for line in reversed(lines[max(0, i - 3):i]) if line.strip()), "")
    return table_unit(above)


_PIPE_ROW = regex.compile(r"^\s*[|｜]")
_SPACED_YEAR = regex.compile(r"(?<!\d)((?:19|20)\d{2}) 年")
# A heading of four cells or more set apart by single spaces, one of them a year or a column's
# word, Simplified or Traditional (the text is not converted yet): 领域 序号 主要指标 单位 2020年 2025年 指标属性;
# or a measure with its rate's unit in brackets (病种 报告例数 死亡数 发病率(/10万) 构成比(%)).
_HEADING_WORD = regex.compile(r"(?:19|20)\d{2}年|单位|單位|目标|目標|基数|基數|完成值|实际值|實際值|指标值|指標值"
                              r"|\p{Han}[(（](?:%|‰|/10万|/万|/10萬|/萬)[)）]")
# The first column of a table whose rows are months (月份 报告例数 死亡数 …): a heading when every row
# under it opens with a month or the table's total, each row then said of its month (1月:报告例数198例),
# which the extractors read as a value of part of the year.  Not days or weeks, nor a column of dates.
_DATED = r"(?:月份|月|季度)"
_DATED_ROWS = regex.compile(rf"^{_DATED}\s")
_DATED_HEAD = regex.compile(rf"^{_DATED}$")  # that column's heading, as a cell
_TOTAL_ROW = regex.compile(r"^(?:合计|合計|总计|總計|小计|小計)$")
_MONTH_ROW = regex.compile(r"^(?:(?:[1-9]|1[0-2]|[一二三四五六七八九十]|十[一二])月份?|第?[一二三四1-4]季度)$")
_SPACED_HEADING = regex.compile(r"(?:[^\s,。;:，；：|｜]{1,12} ){2,}[^\s,。;:，；：|｜]{1,12}")


def _spaced_heading(line: str) -> bool:
    """A short line of four cells or more set apart by single spaces, one a year or a column's word;
    or of three, two of them such words (指标 2022年目标 完成值), as a PDF's spacing of prose seldom has."""
    if len(line) > 120 or line.count(" ") < 2 or not _SPACED_HEADING.fullmatch(line):
        return False
    if line.count(" ") == 2:
        return sum(bool(_HEADING_WORD.search(cell)) for cell in line.split(" ")) >= 2
    return bool(_HEADING_WORD.search(line) or _DATED_ROWS.match(line))


def _single_spaced(lines: list[str], i: int) -> list[tuple[list[str], list[Span]]]:
    """The rows of a table whose heading is line i, its cells set apart by single spaces; a
    row may lack its first cells (a merged cell that names a group of rows: the group then
    names no row).  No rows if fewer than two follow, each a line of cells with a value and
    no punctuation of prose.  A row whose cells do not fall under their columns (a value
    under 属性, words under 2025年: a space the PDF put inside a cell) stays a line as it was.
    Each row comes with where its cells are in its line."""
    if not _spaced_heading(lines[i]):
        return []
    heading, heading_spans = _spaced_cells(lines[i])
    dated = bool(_DATED_ROWS.match(lines[i]))
    body: list[tuple[list[str], list[Span]]] = []
    for line in lines[i + 1:]:
        cells, spans = _unwrapped_cell(*_spaced_cells(line), len(heading))
        if (page_line(line)  # the page ends: - 2 - is no row whose name a merged cell gave
                or not len(heading) - 2 <= len(cells) <= len(heading) or _ROW_PROSE.search(line)
                or not any(_VALUE.match(cell) for cell in cells)
                or (dated and (len(cells) != len(heading) or not (_MONTH_ROW.match(cells[0]) or _TOTAL_ROW.match(cells[0]))))):
            break
        body.append((cells, spans))
    if len(body) < 2:
        return []
    merged = len(heading) - min(len(cells) for cells, _ in body)
    rows = [heading] + [[""] * merged + cells[len(cells) - len(heading) + merged:] for cells, _ in body]
    if not _is_data(rows):
        return []
    spans = [[None] * merged + spans[len(spans) - len(heading) + merged:] for _, spans in body]
    return [(heading, heading_spans)] + [(row, row_spans) if _aligned(heading, row) else ([line], [(0, len(line))])
                                         for row, row_spans, line in zip(rows[1:], spans, lines[i + 1:])]


# Punctuation of prose in a line, which no row of a table holds; not the colon of a ratio (医护比 1:1.06).
_ROW_PROSE = regex.compile(r"[,。;，；：]|(?<!\d):|:(?!\d)")


# A table a sharing site's text gives one cell a line, as it copies a web page's table: a heading of
# three to six short lines of words, one a year or a column's word (2025年目标), then rows of as many
# lines, each a name and cells among which a value.
_STACKED_HEADING = regex.compile(r"^[^\S\n]*(?:\p{Han}{0,8}(?:19|20)\d{2}年|\p{Han}{0,8}(?:目标|目標|完成值|实际值|實際值|指标值|指標值|基数|基數))\p{Han}{0,6}[^\S\n]*$", regex.M)
_STACKED_CELL = 16  # characters of a heading's cell
_STACKED_NAME = 30  # characters of a row's cell


def _stacked(lines: list[str], i: int) -> int:
    """The number of columns of such a table whose heading starts at line i, or 0: 0 too when one
    reads from the next line, line i being its caption (主要指标完成情况 read as a heading's first
    cell makes rows of the last cell of one row and the first cells of the next)."""
    k = _stacked_at(lines, i)
    return k if k and not _stacked_at(lines, i + 1) else 0


def _stacked_at(lines: list[str], i: int) -> int:
    for k in range(3, 7):
        heading = [line.strip() for line in lines[i:i + k]]
        if len(heading) < k or not all(0 < len(cell) <= _STACKED_CELL and not _VALUE.match(cell.replace(" ", ""))
                                       and not _ROW_PROSE.search(cell) for cell in heading):
            return 0  # a heading of more columns holds this one's lines
        if any(_STACKED_HEADING.fullmatch(cell) for cell in heading) and len(_stacked_rows(lines, i, k)) >= 3:
            return k
    return 0


def _stripped_span(line: str, start: int) -> tuple[int, int]:
    """Where a line's words are, without the spaces around them, in the text (the line starts at `start`)."""
    lead = len(line) - len(line.lstrip())
    return start + lead, start + len(line.rstrip())


def _stacked_rows(lines: list[str], i: int, k: int) -> list[list[str]]:
    """The heading at line i and the rows of k lines under it: each a name (after its number under
    序号), then cells holding a value; each column of values, or of words, in every row; the names all differ (not 完成 in each row, which a
    heading taken a line too early reads as names)."""
    rows = [[line.strip() for line in lines[i:i + k]]]
    at = i + k
    while at + k <= len(lines):
        row = [line.strip() for line in lines[at:at + k]]
        if (not all(0 < len(cell) <= _STACKED_NAME and not _ROW_PROSE.search(cell) for cell in row)
                or (_VALUE.match(row[0].replace(" ", "")) and not (_ROW_NUMBER.match(rows[0][0]) and _BARE_INTEGER.match(row[0])))
                or not any(_VALUE.match(cell.replace(" ", "")) for cell in row[1:])):
            break
        rows.append(row)
        at += k
    body = rows[1:]
    kinds = [{bool(_VALUE.match(row[c].replace(" ", ""))) for row in body if not _NO_VALUE.match(row[c])} for c in range(1, k)]
    if (len(body) < 2 or len({tuple(row[:2]) for row in body}) < len(body) or {True} not in kinds
            or any(len(kind) > 1 for kind in kinds) or not _is_data(rows)):
        return rows[:1]  # a column of values in one row and of words in another: the lines are no table's
    return rows


# A cell's words, with no value among them: a name that its cell wraps.
_WORDS_CELL = regex.compile(r"[\p{Han}“”()（）、]+")


def _unwrapped_cell(cells: list[str], spans: list[Span], width: int) -> tuple[list[str], list[Span]]:
    """A row of more cells than its heading's, as one whose name its cell wraps gives a PDF's text
    (1 新型农村合作医疗 参合率 % 98.6 ≥98 99.12): the name's lines made one cell again, the first run of
    cells of words long enough to hold the cells too many; any other row as it is."""
    extra = len(cells) - width
    if extra <= 0:
        return cells, spans
    for start in range(len(cells) - extra):
        if all(_WORDS_CELL.fullmatch(cell) for cell in cells[start:start + extra + 1]):
            end = start + extra + 1
            return (cells[:start] + ["".join(cells[start:end])] + cells[end:],
                    spans[:start] + [(spans[start][0], spans[end - 1][1])] + spans[end:])
    return cells, spans


# A table a PDF's text runs into its paragraph, as 文库 copies have it: a heading of the names'
# column and two columns of values or more, then each row's name and values, all set apart by
# single spaces (…完成情况如下： 指标名称 2019年目标 完成值 居民电子健康档案建档率 90% 91.2% 高血压…).
_INLINE_COLUMN = (r"(?:(?:19|20)\d{2}年(?:度)?)?(?:年度|全年)?(?:目[标標]值?|[计計][划劃](?:值|数|數)?|完成值?|完成[数數]|"
                  r"[实實][际際](?:完成)?值?|基[数數]|基期值?)|(?:19|20)\d{2}年")
_INLINE_HEADING = regex.compile(r"(?<![^\s:：])(?:主要)?(?:指[标標](?:名[称稱])?|[项項]目(?:名[称稱])?)(?P<columns>(?: (?:"
                                + _INLINE_COLUMN + r")){2,4})(?= )")
_PROSE_MARK = regex.compile(r"[,，。;；:：、!！?？]")


def _inline_table(line: str) -> tuple[int, int, list[list[str]], list[list[Span]]] | None:
    """Such a table in a line: where it starts and ends, its rows (the heading first) and
    where each cell is in the line.  None unless two rows or more follow the heading, each a
    name (no prose) and a value under each column."""
    for m in _INLINE_HEADING.finditer(line):
        heading = [m.group().split(" ")[0]] + m.group("columns").split()
        width = len(heading)
        cells, spans = _spaced_cells(line[m.end():])
        rows, row_spans = [heading], [[(m.start(), m.start() + len(heading[0]))] + [None] * (width - 1)]
        t = 0
        while (t + width <= len(cells) and not _VALUE.match(cells[t]) and not _NO_VALUE.match(cells[t])
               and len(cells[t]) <= 40 and not _PROSE_MARK.search(cells[t])
               and all(_VALUE.match(cell) or _NO_VALUE.match(cell) for cell in cells[t + 1:t + width])):
            rows.append(cells[t:t + width])
            row_spans.append([(m.end() + a, m.end() + b) for a, b in spans[t:t + width]])
            t += width
        if len(rows) >= 3:
            return m.start(), row_spans[-1][-1][1], rows, row_spans
    return None


def _spaced_cells(line: str) -> tuple[list[str], list[Span]]:
    """A line's cells set apart by single spaces (5 岁以下 one cell), and where each is in it."""
    joined = Mapped.identity(line).sub(_INSIDE_CELL, "")
    found = list(regex.finditer(r"\S+", joined.text))
    return ([m.group() for m in found],
            [(int(joined.origin[m.start()]), int(joined.origin[m.end() - 1]) + 1) for m in found])


# A space a PDF's text puts inside a cell: 5 岁以下, 2 型糖尿病, /10 万, ≥ 82.3.
_INSIDE_CELL = regex.compile(r"(?<=\d) (?=[岁型万])|(?<=[≥≤<>＜＞]) (?=\d)")
_VALUE_HEAD = regex.compile(r"(?:19|20)\d{2}年|目标|完成|实际|基数|基期|现状|预期")


def _aligned(heading: list[str], row: list[str]) -> bool:
    """Whether each value stands under a column of values, and each column of values holds one."""
    for head, cell in zip(heading, row):
        if _DONE_REMARK.match(head):
            continue  # 完成情况 holds the result (35个, read as 完成值) or says how it went (已完成)
        value = bool(_VALUE.match(cell)) or bool(_NO_VALUE.match(cell))
        remark = bool(_REMARK_COLUMN.search(head))  # 备注 | 已完成
        if (_VALUE_HEAD.search(head) and not remark and cell and not value) or (value and remark):
            return False
    return True


def _split(line: str) -> list[str]:
    """A line's cells; a tab that opens it keeps an empty first cell (a merged cell that named a
    group of rows above), where spaces that open it are an indent."""
    return _SEPARATOR.split(_BAR_EDGES.sub("", line).rstrip().lstrip(" \u3000"))


def _cell_spans(line: str) -> list[tuple[int, int]]:
    """Where each of `_split(line)`'s cells is in the line."""
    body = Mapped.identity(line).sub(_BAR_EDGES, "")
    text = body.text.rstrip()
    at = len(text) - len(text.lstrip(" \u3000"))
    bounds: list[tuple[int, int]] = []
    for sep in _SEPARATOR.finditer(text, at):
        bounds.append((at, sep.start()))
        at = sep.end()
    bounds.append((at, len(text)))
    place = np.append(body.origin, len(line))
    return [(int(place[a]), int(place[b - 1]) + 1 if b > a else int(place[a])) for a, b in bounds]


def _holds_value(line: str) -> bool:
    """Whether a line of cells is a row of values, not the heading of another table."""
    return any(_VALUE.match(cell.replace(" ", "")) for cell in _split(line))


def _cells(line: str) -> int:
    if "\t" not in line and "|" not in line and "｜" not in line:
        if "  " not in line and "\u3000" not in line:
            return 1  # most lines: no separator at all
        body = line.strip(" \u3000")
        if not any(pair in body for pair in _SPACE_PAIRS) and body.count("\u3000") < 2:
            return 1  # spaces that only indent the line (a paragraph's　　) set no cells apart; full-width ones between three cells do
    return len(_split(line))


_SPACE_PAIRS = ("  ", "\u3000\u3000", " \u3000", "\u3000 ")  # the shortest runs `_SEPARATOR` splits at


def sentences(rows: list[list[str]], unit: str = "") -> list[str]:
    """The lines a table gives to a report's text, one per row; `unit` is the unit its caption
    gives its numbers (表2 项目资金投入情况（单位：万元）), or a first row of the table gives it."""
    return ["".join(words for words, _, _ in pieces) for pieces, _ in _restated(rows, unit)]


def _restated(rows: list[list[str]], unit: str = "", subject: str = "") -> list[tuple[list[Piece], int]]:
    """`sentences`, each as its pieces, after the index of the row it comes from; `subject` is whose
    numbers a table by month gives, as its caption says (法定传染病 of 全县法定传染病逐月报告情况)."""
    cleaned = [[_simplified_cell(" ".join(cell.split())) for cell in row] for row in rows]
    kept = [r for r, row in enumerate(cleaned) if any(row)]
    rows = [cleaned[r] for r in kept]
    if rows and (own := _unit_row(rows[0])):
        rows, kept, unit = rows[1:], kept[1:], own
    one = _one_heading(rows)
    rows, kept = one, kept[len(rows) - len(one):]  # a heading of several rows made one: the last of them stands for it
    if not _is_data(rows):
        return [(_as_cells(row), r) for row, r in zip(rows, kept)]
    heading = [_column_words(simplified(cell)) for cell in rows[0]]  # 單位, 目標值: a heading's words are read in Simplified
    half = len(heading) // 2
    if half >= 2 and len(heading) % 2 == 0 and heading[:half] == heading[half:]:
        # 项目 | 决算数 | 项目 | 决算数: two tables side by side (a budget's income beside its spending), a row of each per line
        return [([(words, column + k if column is not None else None, own) for words, column, own
                  in _sentence(heading[k:k + half], row[k:k + half], unit)], r)
                for row, r in zip(rows[1:], kept[1:]) for k in (0, half) if any(row[k:k + half])]
    dated = _DATED_HEAD.match(heading[0]) and all(_MONTH_ROW.match(row[0].replace(" ", "")) or _TOTAL_ROW.match(row[0].replace(" ", ""))
                                                  for row in rows[1:])
    months = _changed_columns(heading, rows[1:]) if dated else None
    if months is not None:
        rows = [rows[0]] + [[_period_total(row[0], rows[1:])] + row[1:] for row in rows[1:]]
        heading = [heading[0]] + [_of_subject(subject, head) for head in heading[1:]]
    return [(_sentence(heading, row, unit, months), r) for row, r in zip(rows[1:], kept[1:])]


def _simplified_cell(cell: str) -> str:
    """A cell in Simplified script, character for character, so that its value reads as one
    (20/10萬以下, 不低於95%); its offsets still lead to the file's own characters."""
    simple = simplified(cell)
    return simple if len(simple) == len(cell) else cell


def _of_subject(subject: str, head: str) -> str:
    """A column's heading after whose numbers they are (法定传染病 + 报告例数), unless it says so already
    (两癌筛查 over 宫颈癌筛查) or names no measure (环比, a change read after the column it fits)."""
    if not subject or _CHANGE_HEAD.match(head) or subject[-2:] in head:
        return head
    return subject + head


_CN_ORDINAL = "一二三四五六七八九十"


def _period_total(name: str, rows: list[list[str]]) -> str:
    """A total's name in a table by month, said of the months it adds up when they stop before the
    year's end (1-11月合计, read as part of the year; a table of 1月 … 12月, or of some months up to 12月, totals the year)."""
    if not _TOTAL_ROW.match(name.replace(" ", "")):
        return name
    found = [regex.match(r"^第?(\d{1,2}|[一二三四五六七八九十]{1,2})(月|季度)", row[0].replace(" ", "")) for row in rows]
    parts = [(int(m.group(1)) if m.group(1).isdigit() else _CN_ORDINAL.index(m.group(1)[-1]) + 1 + 10 * (len(m.group(1)) > 1), m.group(2))
             for m in found if m]
    if not parts:
        return name
    last, what = max(parts)
    return name if last >= (12 if what == "月" else 4) else f"1-{last}{what}{name}"


_NUMBER = regex.compile(r"^[-+−]?\d+(?:\.\d+)?$")


def _changed_columns(heading: list[str], rows: list[list[str]]) -> dict[int, int]:
    """For each column of changes (环比(%)) of a table by month, the column whose change on the
    month before it gives: the one whose every value, set against the row above, rises or falls
    by that much (报告例数 198, then 176 | 环比 -11.11).  A change none fits names no value."""
    found: dict[int, int] = {}
    months = [[cell.replace(" ", "").replace(",", "").replace("−", "-") for cell in row] for row in rows
              if _MONTH_ROW.match(row[0].replace(" ", ""))]
    for c, head in enumerate(heading):
        if not _CHANGE_HEAD.match(head):
            continue
        for v in range(1, len(heading)):
            if v == c or _CHANGE_HEAD.match(heading[v]):
                continue
            checked = 0
            for before, row in zip(months, months[1:]):
                if not (_NUMBER.match(before[v]) and _NUMBER.match(row[v]) and _NUMBER.match(row[c])) or float(before[v]) == 0:
                    continue
                said = Decimal(row[c].lstrip("+"))
                rounding = Decimal(1).scaleb(said.as_tuple().exponent)  # a change said to two places is off by up to 0.005
                checked += 1
                if abs(Decimal(row[v]) / Decimal(before[v]) * 100 - 100 - said) > rounding:
                    checked = -1
                    break
            if checked >= 2:
                found[c] = v
                break
    return found


# A cell that says a sentence of its own (a task's goal: 新增床位1000张, 签约率达到35%): words, then a
# number that is no date (备注:数据截至11月底 remarks on the row), or clauses.
_PROSE_CELL = regex.compile(r"\p{Han}.*\d(?![\d.]*[年月日号])|[,，;；。]")


def _clauses(names: list[tuple[str, int]]) -> list[Piece]:
    """A row whose cells say sentences of their own (重点任务 | 目标 | 牵头单位 | 完成时限), as one
    sentence of them: the task named first (严重精神障碍患者管理:…), the other cells set apart by ;,
    without its number and the columns that name who does it.  A task table's cells glued
    (…新增床位1000张规划发展科…) would join a unit to the name of the next number."""
    pieces: list[Piece] = []
    for said, column in names:
        if pieces and not regex.search(r"[,，;；。:：]$", pieces[-1][0]):
            pieces.append((":" if len(pieces) == 1 and not _PROSE_CELL.search(pieces[0][0]) else ";", None, False))
        pieces.append((said, column, True))
    return pieces + [("。", None, False)]


def _as_cells(row: list[str]) -> list[Piece]:
    """A row as it stands, its cells set apart by tabs."""
    pieces: list[Piece] = []
    for column, cell in enumerate(row):
        pieces += [("\t", None, False)] if column else []
        pieces.append((cell, column, True))
    return pieces


def table_unit(caption: str) -> str:
    """The unit a table's caption, or a line of its own above the table, gives its numbers:
    万元 of 表2 项目资金投入情况（单位：万元）; none when the words are no unit."""
    m = _TABLE_UNIT.search(simplified(caption.strip()))
    return m.group("unit") if m and _is_unit(m.group("unit")) else ""


def _unit_row(row: list[str]) -> str:
    """The unit a table's first row gives, when that row only says it (单位:万元, one cell or merged)."""
    said = {cell for cell in row if cell}
    return table_unit(said.pop()) if len(said) == 1 else ""


# A column's heading in words the extractors do not read as its role, after an optional year
# and before an optional unit: a goal someone set (省定目标, 考核目标值), which would name the
# indicator 省定; the state of things (2018年现状, 2021年实际), a plan's base (基期), a plan's and a
# result's number (计划数 | 完成数).  Not 年度目标 nor 2025年目标, which they read.
_COLUMN_ROLE = regex.compile(r"^(?P<year>(?:19|20)\d{2}年)?(?:(?P<who>(?!年度|全年|度|十[一二三四五]五)\p{Han}{1,4}?)目标值?|(?P<now>现状值?|实际数?)"
                             r"|(?P<base>基期|基线值?)|(?P<plan>(?:年度|全年)?计划(?:数|值)?)|(?P<done>实际完成(?:数|值)?|完成数))(?P<unit>[(（][^()（）]{1,6}[)）])?$")


def _column_words(head: str) -> str:
    """The heading in the words the extractors read: 目标(省定) for 省定目标, 实际值 for 现状 (and 实际),
    基数 for 基期, 计划 for 计划数 (and 年度计划), 完成值 for 完成数, 实际完成值 for 实际完成."""
    m = _COLUMN_ROLE.match(head)
    if not m:
        return head
    year, unit = m.group("year") or "", m.group("unit") or ""
    if m.group("who"):
        return f"{year}目标({m.group('who')}){unit}"
    word = ("实际值" if m.group("now") else "基数" if m.group("base") else "计划" if m.group("plan")
            else "实际完成值" if m.group("done").startswith("实际") else "完成值")
    return year + word + unit


# A heading cell that only groups the columns under it (年份 over 2020年, 2021年).
_GROUP_HEAD = regex.compile(r"^(?:年份|年度|指标值|数值|数据)$")
_HEAD_YEAR = regex.compile(r"(?:19|20)\d{2}年")


def _one_heading(rows: list[list[str]]) -> list[list[str]]:
    """A heading of two or three rows (a year over 全市 and 农村, 年份 over the years) made one:
    each column keeps its lowest cell, after the year of a cell above it that names one and
    compares nothing (2021年 over 农村 is 2021年农村; 2022年比2021年 over 增减量 is 增减量)."""
    width = len(rows[0]) if rows else 0
    depth = 0
    while (depth < min(3, len(rows) - 1) and len(rows[depth]) == width and all(rows[depth]) and len(set(rows[depth])) > 1
           and not any(_VALUE.match(c.replace(" ", "")) for c in rows[depth])):
        depth += 1  # a row of words in every cell under the first, not one cell spanning all (一、卫生资源): the heading goes on
    if depth < 2:
        return rows
    heading = []
    for column in zip(*rows[:depth]):
        cells = [c.removeprefix("其中:").removeprefix("其中：").strip() for c in column]
        lowest = next((c for c in reversed(cells) if c), "")
        year = next((c for c in cells if _HEAD_YEAR.search(c) and not regex.search("[比较]", c) and c != lowest), "")
        heading.append(lowest if not year or _HEAD_YEAR.search(lowest) or _GROUP_HEAD.match(year) else year + lowest)
    return [heading] + rows[depth:]


def is_data(rows: list[list[str]]) -> bool:
    """A heading row of words only, then rows that hold values."""
    return _is_data(_cleaned(rows))


def _cleaned(rows: list[list[str]]) -> list[list[str]]:
    """Cells with their runs of whitespace made one space, in Simplified script; empty rows left out."""
    rows = [[_simplified_cell(" ".join(cell.split())) for cell in row] for row in rows]
    return [row for row in rows if any(row)]


def _is_data(rows: list[list[str]]) -> bool:
    return (len(rows) >= 2 and not any(_VALUE.match(cell.replace(" ", "")) for cell in rows[0])
            and any(_VALUE.match(cell.replace(" ", "")) for row in rows[1:] for cell in row))


def _sentence(heading: list[str], row: list[str], table: str = "", months: dict[int, int] | None = None) -> list[Piece]:
    """A row's sentence; `months`, for a table by month, each column of changes with the column it is the change of."""
    names: list[tuple[str, int]] = []  # each name cell's words, after its column
    values: list[tuple[bool, str, str, int]] = []  # whether each value's heading names a measure of its own, the heading, the value, its column
    row_unit = next((cell.replace(" ", "") for head, cell in zip(heading, row)
                     if _UNIT_COLUMN.match(head) and not _NO_VALUE.match(cell) and not _body(cell)), "")
    if not row_unit:  # 婴儿死亡率(‰): the row names its unit
        named = [m.group(1) for m in map(_HEADING_UNIT.search, row) if m]
        row_unit = named[0] if named and _is_unit(named[0]) else ""
    shared = _values_unit(heading, row)
    deepest = _deepest_level(heading, row)
    scored = _scored(heading, row)
    for column, (head, cell) in enumerate(zip(heading, row)):
        cell = cell.replace(" ", "")
        if scored and _SCORE_READ.match(head) and _VALUE.match(cell):
            values.append((True, head, _with_unit(cell, "分"), column))
            continue
        if scored and _GRADE_COLUMN.match(head):
            continue
        if (not cell or (_UNIT_COLUMN.match(head) and not _body(cell)) or _NO_VALUE.match(cell) or _VERDICT.match(cell) or _SCORE_COLUMN.match(head)
                or (_LEVEL_COLUMN.match(head) and column != deepest) or _PERFORMANCE_GROUP.match(cell)
                or ((_DOMAIN_COLUMN.match(head) or _PLAN_DOMAIN.match(cell)) and not _VALUE.match(cell))):
            continue
        change = _CHANGE_HEAD.match(head)
        signed = _SIGNED.match(cell) if change else None
        if change and months is not None:  # 环比 | -11.11: a fall of the month's 报告例数, or of a value none can tell
            if signed and column in months:
                of = heading[months[column]]
                of = of[:m.start()] if (m := _HEADING_UNIT.search(of)) else of
                word = "下降" if signed.group("sign") in _DOWN_SIGNS else "增长"
                unit = signed.group("unit") or change.group("unit") or "%"
                values.append((False, of + "环比", word + signed.group("number") + ("个百分点" if unit.endswith("百分点") else unit), column))
            continue
        if signed:  # 增长% | -3.5: 下降3.5%, whatever the row's unit; 增减量 | 17: 增长17 in the row's unit
            word = "下降" if signed.group("sign") in _DOWN_SIGNS else "增长"
            if not signed.group("unit") and (change.group("amount") or _difference_of_row(head, signed.group("number"), row)):
                unit = row_unit or shared or table
                amount = signed.group("number") + "个百分点" if unit == "%" else _with_unit(signed.group("number"), unit)
                values.append((False, "", word + amount, column))
                continue
            unit = signed.group("unit") or change.group("unit") or "%"
            values.append((False, "", word + signed.group("number") + ("个百分点" if unit.endswith("百分点") else unit), column))
            continue
        if _SIGNED_ONLY.match(cell):
            continue
        if _VALUE.match(cell):
            if _ROW_NUMBER.match(head) and _BARE_INTEGER.match(cell):
                continue  # the row's number
            unit = _HEADING_UNIT.search(head)
            unit = unit if unit and _is_unit(unit.group(1)) else None  # 目标(省定) names who set it
            if unit:
                head = head[:unit.start()]
            head = "完成值" if _DONE_REMARK.match(head) else head
            measured = table if table and not _RATE_HEAD.search(head) and not _COUNT_HEAD.search(head) else ""
            cell = _with_unit(cell, unit.group(1) if unit else row_unit or (shared if _VALUE_HEAD.search(head) else "") or measured
                              or _counted_in(head))
            cell = _bound_after(cell) if _BASE_HEAD.search(head) else cell
            values.append((_own_measure(head), head, cell, column))
        elif _REMARK_COLUMN.search(head) or (_GOAL_VALUE_HEAD.search(head) and not any(map(str.isdigit, cell))):
            continue  # 年度指标值 | 逐步提高: a goal in words, no name of the row
        elif _GOAL_VALUE_HEAD.search(head):
            values.append((False, head, cell, column))  # 2025年目标值 | 每年下降0.5个百分点以上: a goal in words and a number
        elif cell not in [said for said, _ in names]:  # a merged cell repeats its text in every column it spans
            cell = regex.sub("^其中[:：]", "其中", cell)  # 其中:医院, a part of the row above: one label, 其中医院
            cell = _ITEM_MARK.sub("", cell)  # 一、事业收入: a line of the table, not a heading of the report
            if (bracket := _HEADING_UNIT.search(cell)) and _RATIO_UNIT.match(bracket.group(1)):
                cell = cell[:bracket.start()]  # 孕产妇死亡率(1/10万): the unit goes with the numbers
            names.append((cell, column))
    if not values:
        return _clauses(names) if any(_PROSE_CELL.search(said) for said, _ in names) else _as_cells(row)
    name = "".join(said for said, _ in names)
    if months is not None:
        # 1月 | 报告例数 198 | 死亡数 0 | 发病率 44.01: each value a sentence of its own, after its month (1月:发病率44.01/10万。),
        # which the extractors read as a value of part of the year; run together, 发病率 would borrow 死亡数 for its subject
        pieces = []
        for measure, head, cell, column in values:
            pieces += [(said, c, True) for said, c in names] + [(":", None, False), (head, column, False), (cell, column, True), ("。", None, False)]
        return pieces
    own = name and not _NAME_WITH_VALUE.search(name) and not _PLACE_OR_TOTAL.search(name)
    if name.endswith("率"):  # 筛查率 | 完成率 103.9%: 筛查率完成率, where 完成率 alone would take the place of 筛查率
        values = [(measure or bool(_DONE_RATE.match(head)), head, cell, column) for measure, head, cell, column in values]
    if own and (_HOSPITAL_ROW.search(name) or (_INSTITUTION_ROW.search(name)
                                               and not any(_VALUE_HEAD.search(head) for _, head, _, _ in values))):
        # 县中医院 | 27.2 | 198.5 | 8.4: each value is that hospital's
        values = [(True, head, cell, column) for _, head, cell, column in values]
    elif own and values[0][0]:  # 学校食堂 | 监督户次 126 | 合格率 98.4 | 罚款 3000: the row's own measures, each named by it
        values = [(measure or bool(head) and not _VALUE_HEAD.search(head), head, cell, column)
                  for measure, head, cell, column in values]
    named: list[Piece] = [(said, column, True) for said, column in names]
    pieces: list[Piece] = [] if own and values[0][0] else named + [(":", None, False)]  # the name said once: 乡镇卫生院诊疗人次…
    for n, (measure, head, cell, column) in enumerate(values):
        pieces += [(",", None, False)] if n else []
        if own and measure:
            shared = _shared(name, head + cell)
            head, cell = head[shared:], cell[max(0, shared - len(head)):]
            pieces += named
        pieces += [(head, column, False), (cell, column, True)]
    return pieces + [("。", None, False)]


def _counted_in(head: str) -> str:
    """The unit a heading of counts names (监督户次 | 1860: 1860户次; 出院人数 | 52: 52人), which a bare
    number in its column is counted in: in prose the number stands beside its unit, in a table the
    heading says it once."""
    return next((unit for word, unit in units_before().items() if head.endswith(word)), "")


def _difference_of_row(head: str, number: str, row: list[str]) -> bool:
    """Whether a change under a heading that says neither % nor a rate (增减, 增长) is the difference
    of two of the row's values, so an amount in their unit (1320 | 1486 | +166: 增长166户次, not 166%)."""
    if _CHANGE_RATE_WORD.search(head) or _CHANGE_HEAD.match(head).group("unit"):
        return False
    found = [Decimal(m.group("number")) for cell in row if (m := _BARE_NUMBER.fullmatch(cell.replace(" ", "").replace(",", "")))]
    if not _BARE_NUMBER.fullmatch(number):
        return False
    change = Decimal(number)
    return change > 0 and any(abs(a - b) == change for a, b in itertools.combinations(found, 2))


def _bound_after(cell: str) -> str:
    """A base's value with its bound after the number (>95% → 95%以上), where 基数 reads it as the base."""
    m = _BOUND_BEFORE.match(cell)
    if not m or _QUALIFIER_AFTER.search(cell):
        return cell
    return m.group("value") + _BOUND_WORDS[m.group("bound")]


def _own_measure(head: str) -> bool:
    """Whether a value's heading, without its year, names a measure the row's name must go before."""
    head = _HEAD_YEAR.sub("", head, count=1) if _HEAD_YEAR.match(head) else head
    return (len(head) >= 4 and bool(_OWN_MEASURE.match(head))) or bool(_ACCOUNT_HEAD.match(head) or _CASE_HEAD.match(head))


# The kind an institution's name ends in: a heading opening with it names a measure of its own
# (县人民医院 | 医院感染发生率: 县人民医院医院感染发生率, not 县人民医院感染发生率).
_KIND_WORD = regex.compile(r"医院|卫生院|保健院|中心|卫生室|服务站")


def _shared(name: str, text: str) -> int:
    """How many words a value after its row's name shares with it, to be said once (健康管理 + 管理人数: 健康管理人数)."""
    k = next((k for k in range(min(len(name), len(text)) - 1, 1, -1) if name.endswith(text[:k])), 0)
    return 0 if k and len(name) > k and _KIND_WORD.fullmatch(text[:k]) else k


# A value cell's own unit, between its number and any qualifier (≥18/10万, 92.47%).
_CELL_UNIT = regex.compile(r"^(?:[≥≤><＞＜约]|不低于|不高于|不少于|不超过)?\d[\d,.]*+(?P<unit>[^\d,.].*?)(?:以上|以下|以内|左右)?$")


def _values_unit(heading: list[str], row: list[str]) -> str:
    """The unit every value of the row that writes one shares, for a bare number beside them
    (孕产妇死亡率 | ≤18/10万 | 0: the 0 is 0/10万, not a number without a unit); a column of
    rates (执行率 99.4%) shares its % with none."""
    cells = [cell.replace(" ", "") for head, cell in zip(heading, row)
             if not _CHANGE_HEAD.match(head) and not _SCORE_COLUMN.match(head) and not _RATE_HEAD.search(head)]
    found = {m.group("unit") for cell in cells if _VALUE.match(cell) and (m := _CELL_UNIT.match(cell))}
    unit = found.pop() if len(found) == 1 else ""
    return unit if _is_unit(unit) else ""


def _is_unit(text: str) -> bool:
    """Whether words in brackets or after a number are a unit: 张, 万人次, 1/10万, 元/人 (money per head)."""
    per = text.split("/")[0] if "/" in text[1:] else ""
    return bool(_RATIO_UNIT.match(text)) or any(
        unit in units() for unit in (text, per, text[1:] if text[:1] in ("万", "亿") else "") if unit)


def _deepest_level(heading: list[str], row: list[str]) -> int | None:
    """The column of the deepest level of indicator (三级指标) that the row fills, if the heading has levels."""
    levels = [("一二三四五".index(m.group("level")), column) for column, (head, cell) in enumerate(zip(heading, row))
              if (m := _LEVEL_COLUMN.match(head)) and cell.strip() and not _VALUE.match(cell.replace(" ", ""))]
    return max(levels)[1] if levels else None


def _with_unit(cell: str, unit: str) -> str:
    """A bare number with its column's or row's unit, before a trailing qualifier (90以上 → 90%以上).
    A unit that starts with a digit and is no ratio the extractors read would run into the
    number (18 and 1/10万 are not 181/10万): the number then stays bare."""
    qualifier = _QUALIFIER_AFTER.search(cell)
    number = cell[:qualifier.start()] if qualifier else cell
    ratio = _RATIO_UNIT.match(unit)
    if ratio:
        unit = _RATIO_UNITS[ratio.group("per")]
    if (not unit or not (number[-1:].isdigit() or _CN_BARE.fullmatch(number)) or unit[0].isdigit()
            or number.startswith(("百分之", "千分之"))):
        return cell  # 百分之四十 is a rate already
    return number + unit + (qualifier.group() if qualifier else "")
