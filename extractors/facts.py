"""The built-in extractor: quantities, read for role, aspect, year and indicator."""
from __future__ import annotations

import os
import re
from dataclasses import replace
from decimal import Decimal
from functools import cache, lru_cache
from typing import Iterator

import regex

from . import register
from .checks import flags
from .fact import Fact, Passage
from .indicators import (FLOWS, HELD, PER_HEAD, PER_UNIT, SHORT, TOTAL_OPENING, added, applies, canonical, clean,
                         dictionary, found_by_test, group_named, institution_kind, is_bare, is_verdict, join_name,
                         leading_verb, level_key, listed_deed, named_count, named_rate, names_whole_place, not_places,
                         of_fund, of_institution, of_other_campaign, of_post_staff, paid_to, of_petitions,
                         of_subgroup, other_keys, phrase, restated_deed, starts_with_verb, stocks, whose,
                         without_intake, years_change)
from .numbers import parse_number
from .meaning import GOAL_AFTER, REACHED_BEFORE, aspect, clause_bounds, cues, direction, pledged, restated, role, said_done, year, year_words
from .patterns import guard_words
from .quantities import Quantity, find, scan
from .segment import tagged
from .units import alternation, counted_alike, implied_units, named_in_unit, units

# Patterns of words and plain classes are compiled with the standard `re` module, which runs
# them about three times faster than regex where they are tried in the few characters around
# a number; regex is kept for those that need \p{Han}, and for those searched over a whole
# sentence or that re tries at every position before a `$` (there regex is faster).

# What comes before the distinguishing word of a listed name: an age or a disease type.
_AGE = re.compile(r"^(?:\d+(?:[-—~]\d+)?(?:周岁|岁)(?:及以上|以上|以下)?|\d型|[ⅠⅡ]型)")
# 分别为, 分别达到; 分别接种 and 分别上报 lend their verb to each name.
_RESPECTIVELY = regex.compile(r"分别(?:(?:比|较)(?:上年|去年|上一年|\d{4}年|(?:全国|全省|全市|全州)(?:平均水平|平均)?)(?:同期)?)?"
                              r"(?:达到了|达到|为|是|有|达|占(?:(?:全国|全省|全市|全州|全县|全区)?(?:总数|总量)?的)?|不低于|不少于|不高于|不超过|(?:低于|高于|超过)(?:(?:全国|全省|全市|全州)(?:平均水平|平均)?的?"
                              r"|(?:年度|全年|省定|市定|既定|考核)?(?:控制)?目标值?)?"
                              r"|(?:同比)?(?:增长|提高|下降|降低|上升|减少|回升|回落|恢复)(?:到|至|了)?|[降升增减](?:至|到)|(?:控制|保持|稳定)在|高出?|低出?"
                              r"|完成了?[^,;:。()\d]{1,12}?的"  # 分别完成市下达任务的100.3%和100.0%: shares done
                              r"|完成了?"  # 宫颈癌、乳腺癌筛查分别完成4215人和4108人: done, as 为 says, no verb of the name
                              r"|(?:还|尚|相)?差"  # (未达到目标,)分别差0.15人和2个百分点: how far each is short, no verb of the name
                              # a verb, and the noun it counts (分别新增床位120张、80张)
                              r"|(?P<verb>\p{Han}{2}|(?![为是有达占比较]|增长|增加|提高|下降|降低|上升|减少|回升|回落|恢复|控制|保持|稳定)\p{Han}{3,12}))?$")
_LIST_JOIN = re.compile(r"[、和及与,]")
# The goal a list of gaps is measured from, after the list: …和护士数距2020年目标(分别还差0.3人).
_GOAL_FROM = regex.compile(r"(?:(?:距离?|离)[^,;:。]{0,12}?|(?:均|都)?(?:未|没有|尚未)能?(?:达到|完成|实现)[^,;:。]{0,8}?)目标值?$")
# A list's count of its items right after it: 注册护士数、老年医学科设置比例两项指标(未达到目标).
_ITEMS_COUNTED = regex.compile(r"(?<=\p{Han})(?P<n>[2-9]|[两二三四五六七八九])项(?:指标|任务)?")
# The standard a list of amounts after 分别按 sets (分别按每人每年79元、84元标准落实).
_STANDARD_AFTER_RUN = re.compile(r"的?(?:补助|筹资|补偿)?标准")
# What joins the numbers after 分别: a list's joint, with the way each goes (增长2.1%和下降3.6%).
_RUN_JOIN = re.compile(r"[、和及与,](?:增长|下降|增加|减少|提高|降低|上升)?")
_PLACE_END = re.compile(r"(?:镇|乡|村|街道|社区|中心|院|站|所|室)$")
# The words that make a name a task's (检查任务1800对): what was done of it is named without them.
_TASK = re.compile(r"(?:(?:[省市县区]级?|上级)?下达的?)?(?:任务数?|目标数?|计划数?)$")  # and who set it (市下达任务数)
# A result said only to be done, in a clause of its own: 2023年完成28.5%.
_DONE = re.compile(r"(?:\d{4}年)?(?:实际)?完成(?:值|数)?(?:为|了)?")
# What patients go through to its end, whose 完成率 is the share who did (临床路径完成率).
_COURSE = re.compile(r"路径|疗程")
# A rate's last word, after what it is of (临床路径|入径率, 抗菌药物|使用率).
_RATE_HEAD = regex.compile(r"(?<=\p{Han}{2})\p{Han}{2}率$")
# A rate's name, not a share of a task done (完成率, 执行率).
_RATE_NAME = re.compile(r"(?<!完成|执行)(?:率|比例|占比)$")
# A name that says only that a task or plan was done, not which (完成任务的108.6%; 完成进度78.2%,
# a table's column of shares done beside a row's target and result).
# A plan's goal, or the rise it sets, reached in part (仅完成规划目标的90.7%, 完成目标增量的28.4%): named by
# what was reached, a rate's as a count's (高血压患者规范管理率规划目标).
_TASK_ONLY = re.compile(r"占?(?:较|比)?(?:年度|全年|年初|(?:[省市州县区]级?|上级)?下达的?)?(?:目标)?(?P<head>任务|计划|预算)(?:数)?(?:多出|超出|多完成)?|(?:完成)?进度"
                        r"|仅?(?:完成|实现)?(?P<plan>规划)(?:目标)?(?P<rise>增量)?|(?:目标)?(?P<goal_rise>增量)")
# Who set a task named before its number, the task's word after it (均超额完成省下达4500人的任务).
_SET_BY = re.compile(r"(?:[省市州县区]级?|上级)下达的?")
_TASK_AFTER = re.compile(r"的?(?:目标)?任务")
# How far past the task just stated a result went: 较省下达的2000个任务多出460个.
_PAST_TASK = re.compile(r"任务数?(?:多出|超出|多完成)了?$")
# The result of a target just stated: 规范管理率目标为70%,实际完成65.2% (or 完成65.2%, and in a
# table's row 目标值90%,完成值91.2%).
_ACTUALLY = re.compile(r"(?:我[县区市旗镇局]|全[县区市旗镇])?(?:已?(?:实际)?(?:完成|建成)(?:值|数)?(?:了|为)?|实际(?:值|数|达到|为)?)")
# A value of a larger area given beside the bureau's own, for comparison: 婴儿死亡率4.2‰(全省5.1‰),
# 高于全省平均水平(15.6/10万).  (全市 is left out: in a city's report it is the city itself.)
_ELSEWHERE = re.compile(r"(?:\((?P<place>全省|全国)|(?P<average>全省|全国|全市|全州|省|国家)平均(?:水平|值)?\(?)(?:分别)?(?:为|是)?(?:约|近)?$")
# The province's or the country's value, stated after the place's own: …,全省为5.1‰.
_LARGER_AREA_SAID = re.compile(r"(?:^|[,;、])(?P<place>全省|全国)(?:同期|平均)?(?:分别)?(?:为|是)?$")
# …and in a county's or a district's report the city's, in brackets too: 全科医生数4.12人(全市为4.0人), and
# its goal: 托位数达到3.6个,低于全市目标(4.5个).
_CITY_SAID = re.compile(r"(?:^|[,;、(]|高于|低于|达到|超过)(?P<place>全市|全州|全盟)(?:同期|平均)?(?P<goal>目标值?)?(?:分别)?\(?(?:为|是)?$")
# The city's, the autonomous prefecture's or the league's clause in a county's or a banner's report.
_CITY_CLAUSE = re.compile(r"(?P<place>全市|全州|全盟)")
# The country's clause, in any place's report: ;全国人均预期寿命为78.6岁; not a national title the place won or
# strives for (全国文明城区测评得分, 全国卫生城市复审, 全国示范…).
_NATION_CLAUSE = re.compile(r"(?P<place>全国)(?!文明|卫生[城区县乡镇村]|示范|先进|百强|优秀|十佳|首批|第)")
# The province's clause in a city's or a county's report, after the year it is due by too (到2020年全省孕产妇死亡率
# 控制在…, 全省家庭医生签约服务覆盖率为38.5%); not a title or a rank the place won there (全省首批, 全省率先).
# The place's own, named after the province in the clause (全省下达我市的签约任务为135万人): the value is its own.
_OWN_PLACE_NAMED = re.compile(r"我[市县区州旗盟]")
_PROVINCE_CLAUSE = re.compile(r"(?:(?:到|至)(?:19|20)\d{2}年(?:底|末)?)?(?P<place>全省)"
                              r"(?!文明|卫生[城区县乡镇村]|示范|先进|百强|优秀|十佳|首批|第|率先|排名|领先)")
# The area words a name may open with, left out where the area is named anew (全市为4.1人 after 全国每千人口…).
_OWN_PLACE = re.compile(r"[全我本][国省市区县州旗盟镇]|其中")  # a clause's own place, or its part
_AREA_OPENING = re.compile(r"^(?:全国|全省|全市|全州|全盟)(?:平均)?")
# A larger area, or its average, whose values a list after 分别 gives (全国分别为…, 全省平均水平分别为…)
_AREA_HEAD = re.compile(r"(?:全国|全省|全市|全州|省|国家)?(?:平均(?:水平|值)?)?")
# Heads a listed name ends in by itself, which no other item of its list needs to share.
_OWN_HEADS = ("支出", "金额", "资金", "经费", "费用", "收入")
# Beds by their kind (开放床位, 实际开放床位, 编制床位), a name whose first word is no deed.
_BED_KIND = re.compile(r"(?:实际)?(?:开放|实有|编制)(?:床位|病床)(?:总数|数)?")
# Beds, with the verb that only says they are there (设置床位620张) and the word of their sum (床位总数).
_BEDS = re.compile(r"(?:设置|设有|开设|拥有|共有|有)?(?P<beds>(?:开放|实有|编制)?(?:床位|病床)(?:总数|数)?|总床位数?)")
_FACILITY_UNITS = ("家", "所", "个", "座")
# A ward or department a clause says was set up, right before the clause of its beds.
_WARD_SET_UP = regex.compile(r"(?:设立|设置|开设|建立|成立|建成|新建|新设)(?P<ward>[^,;:。\d]{2,12}?(?:病区|病房|科室|科|中心)),$")
_ALL_FACILITIES = re.compile(r"医疗卫生机构|医疗机构|卫生机构|卫生单位|^机构(?:总?数)?$")  # a table's 机构数 | 床位: all of them
# The same amount again in another unit, right after it: 采血6.42万升(折合3210万毫升), 3.2万美元,约合22万元.
_CONVERTED = re.compile(r"[(,]?(?:折合|约合|相当于)(?:约|为|成|人民币)?")
# An amount said right after a count with no name of its own (拒收红包32人次,金额1.2万元; …46人次计3.8万元).
# A payment right after a count of those paid (奖励对象387人,已发放奖扶金…; 父母1839人发放保健费…):
# nothing else between them, so the count says whom it was paid to.
_PAID_AFTER_COUNT = regex.compile(r"[,,]?\s*(?:已经?)?\s*(?:发放|兑现|拨付|支付|发给)\s*\p{Han}{2,6}\s*")
_AMOUNT_OF_COUNTED = re.compile(r"(?:,(?:涉及|共计|合计)?金额|,?(?:共计|合计|计))(?:为|达|共)?")
_AMOUNT_OF_LISTED = re.compile(r"、(?:补偿|补助|报销|救助|支付|发放)?(?:金额|资金|费用)(?:为|达|共|计)?")
# The fine of the cases a part just counted (其中涉及疫情防控案件58件、罚款11.2万元).
_FINE_OF_LISTED = re.compile(r"、(?P<fine>罚款|罚没款)(?:金额)?(?:为|达|共|计)?")


def _did_as_tasked(said: str, task: str) -> bool:
    """肺结核病人发现任务数为360例,实际发现381例: 实际 and the deed the task names, the task's result."""
    deed = said.removeprefix("实际")
    return deed != said and 0 < len(deed) <= 3 and bool(_TASK.search(task)) and deed in _TASK.sub("", task)


# A removal, which the things listed after its first take too (消除村卫生室"空白点"9个、村医"空白点"11个: 消除村医空白点):
# without it a count of what was done away with reads as one of what there is.
_REMOVED = ("消除", "取缔", "注销", "关闭", "撤销", "淘汰")
# Deeds of stocking or handing out goods, which the goods listed after the first took too in any measure word.
_SUPPLIED = tuple(cues()["indicator"]["supply_verbs"])
_QUOTES = re.compile(r"[“”]")  # a name quoted in part (村医“空白点”) is the same name
# A deed done to some of those the fact before counted, between the two counts: ,已整改(34个); (68条整改措施)已完成(63条);
# ,截至12月底已整改(153条); ,已全部完成整改的(421条).
_DONE_TO_COUNTED = regex.compile(r"(?:,(?:截[至止](?:目前|年底|年末|\d{{1,2}}月(?:底|末)))?(?:均|全部)?(?:已经?)?(?:均|全部)?"
                                 r"|(?:均|全部)?已经?(?:均|全部)?)(?P<done>{})的?".format(
    "|".join(cues()["indicator"]["done_to_counted"])))
# 在管高血压患者2.36万人、糖尿病患者6840人; 随访管理高血压患者218人、糖尿病患者64人; 管理高血压患者1056人,糖尿病患者287人
_IN_CARE = re.compile(r"在管|纳入管理|规范管理|登记管理|随访管理|管理")
_CEILING_WORDS = ("控制在", "均控制在", "控制于")
_KEPT_WORDS = (*_CEILING_WORDS, "保持在", "稳定在")  # 为1.83%,控制在2%以内: the bound a value was kept within
# What was reached, said right after a bound (…控制在10%以内,实际为8.7%).
_ACTUAL_AFTER = re.compile(r",实际(?:为|是|达到|达|仅为|只有)?(?=\d)")
_CLAUSE_SPLIT = re.compile(r"[,;:]")
_CLAUSE_PLACE = regex.compile(r"(?:其中|各[县区市州]中)?(\p{Han}{2,5}?(?:县|区|市|旗))(?![长委政级属直])")
# The place a team sent from the document's own is helping (援疆, 对口帮扶): another place.  After the
# verbs 对口支援 and 对口帮扶 a county's hospital is what is helped, not the county (三级医院对口帮扶县人民医院,
# 健康扶贫's pairing of city hospitals with the county's own): its values are the county's.
_AIDED = re.compile(r"(?:受援|受帮扶|被帮扶)(?:地区|地|县|市|州)"
                    r"|(?:对口支援|对口帮扶)(?:地区|地|县|市|州)(?!人民医院|医院|中医|妇幼|级)")
# The last characters of an institution's name, after which 和县 and 及县 join it to the county's next one.
_INSTITUTION_ENDS = ("院", "室", "站", "所", "心", "局", "校", "委")
# A span of years a change took, all its name (5年提高了20元, 三年间增加了): no measure.
_SPAN_ONLY = regex.compile(r"(?:近|这)?[\d一二两三四五六七八九十]{1,2}年(?:来|间|内|中)?")
_CHANGE_ONLY = ("增幅", "降幅", "涨幅", "增速", "增长率", "超出预期", "超过预期", "增", "减")  # 同比增2.1%: a cell's bare way
_BEYOND = re.compile(r"(?:高于|低于|超过|超出|高出|低出)$")
# How far the value is from another area's average: 比全国平均水平高0.16人.
_DISTANCE = re.compile(r"[比较](?:全国|全省|全市|全州|国家|省|市)(?:平均水平|平均值|平均)?(?:高出|低出|高|低|多|少)了?(?:约|近)?$")
# …or from another group's, in points or in the unit of the value just stated: 比户籍孕产妇低约6个百分点,
# 人均年收入5.8万元,比县级医院低约2.4万元 (not 比上年低, 比目标高: a time, a goal).
_OTHER_GROUP = re.compile(r"(?<![同环])比(?![例重率])(?P<other>[^,;:。\d()]{2,8}?)(?<![提升])(?:高出|低出|高|低)了?(?:约|近)?$")
# (期 of 同期 or 期末, not of 预期寿命: 比全国人均预期寿命高2.8岁 is how far it is from the country's)
_NO_GROUP = re.compile(r"[年月季末初底前去上时日原过往]|(?<!预)期|分别|目标|计划|任务|预算|标准|要求|预期(?!寿命)")
# Another area's value it is compared with: 高于全国7.23张和全省6.98张的水平, 低于全市1.68人的平均水平.
_AREA = r"(?:全国|全省|全市|全州|国家|省|市)"
_AREA_AFTER_BEYOND = re.compile(rf"(?:高于|低于|超过|优于|好于|不及|接近)(?P<place>{_AREA})(?:平均水平|平均值|平均)?(?:的)?$")
_AREA_BEFORE_LEVEL = re.compile(rf"(?:^|[和及、,])(?P<place>{_AREA})(?:平均)?$")
_LEVEL_AFTER = re.compile(r"的?(?:平均)?水平")
# …or the area named after its value: 低于20/10万的全省平均水平.
_BEYOND_BEFORE = re.compile(r"(?:高于|低于|超过|优于|好于|不及|接近)$")
_AREA_LEVEL_AFTER = re.compile(rf"的(?P<place>{_AREA})(?:平均水平|平均值|平均|水平)")
# A norm it is measured against: 远低于1至1.5名的标准, 低于1%的控制标准, 离70%的省级要求.
_NORM_KINDS = r"(?:规定|要求|控制|考核|达标|配置|配备|消除|推荐|序时进度)?"  # 高于5克的推荐标准, 2.5人的序时进度要求
_NORM_BRACKETED = regex.compile(rf"(?:国家|省级?|市级?)?{_NORM_KINDS}(?P<word>标准|控制线|红线|警戒线|要求)\([≤≥<>]?$")  # 高于国家标准(69元)
_NORM_AFTER = re.compile(rf"的?(?:国家|省级?|市级?)?{_NORM_KINDS}(?P<word>标准|控制线|红线|警戒线|要求)")
# The norm named before its number: 阳性率1.2%,低于国家标准的3% (not 超过国家标准的20%, by how much).
_NORM_BEFORE = re.compile(rf"(?:高于|低于|未达到|距离?)(?:国家|省级?|市级?){_NORM_KINDS}(?P<word>标准|要求)(?:的|为)$")
# …or named right before it, the gap after it: 检测项目仅186项,距省定县级标准300项差距较大 (the norm's 300, not the place's).
_NORM_APART = re.compile(rf"距离?(?:国家|省|市)[定级]?(?:县级|乡级|基层)?{_NORM_KINDS}(?P<word>标准|要求)$")
_GAP_AFTER = re.compile(r"的?(?:还|仍|尚)?(?:有|存在)?(?:较大|很大|明显|一定)?的?差距")
# A norm a shortage is counted by: 按照每万人口1.75人的标准缺编约20人, 按每万人口配备2-3名全科医生的
# 标准,尚缺2名, 按照每千服务人口1名乡村医生的标准测算,全县乡村医生缺口约60人, or a need worked out from it: 按照每千人口6张的标准,全区需配置ICU床位415张
# (not 按照每人每年25元的标准发放补助: the rate paid).
_BY_NORM = re.compile(r"(?:按照|按|依照|参照)(?P<name>(?:[^,;:。\d]|\d{1,3}(?=[十百千万]))*)$")  # 按照每10万人口…
_NORM_SHORT_OF = re.compile(r"(?P<what>[^,;:。\d]{0,8}?)的?(?P<word>标准|要求)(?:测算|计算)?,?(?:[^,;:。\d]{0,8}?(?:尚|还|仍|约)?(?:缺|差|少|不足)"
                            r"|[^,;:。\d]{0,8}?(?:需|须|应|需要)(?:配置|配备|设置|达到))")
# Every match of a norm pattern holds one of these words (标准, 要求…): a passage without them is not tried.
_NORM_WORDS = guard_words(_NORM_AFTER, _NORM_BRACKETED, _NORM_BEFORE, _NORM_APART, _NORM_SHORT_OF)
# A norm or goal that caps a value, whatever it is compared with: 低于5%的消除标准, 低于1%的控制目标.
_CEILING_NORM = re.compile(r"控制|消除")
_COMPARISON_WORDS = re.compile(rf"(?:仍|远|略)?(?:高于|低于|超过|优于|好于|不及|接近){_AREA}?(?:平均水平|平均)?|水平$"
                               rf"|与{_AREA}(?:平均水平|平均值|平均)$")  # 每千人口注册护士数与全市平均水平(3.65人)相比
# An area's average ratio to the population, named before it: 全市平均每千人口注册护士数.
_AVERAGE_OF = re.compile(rf"^{_AREA}平均(?=每)")
# A name that ends in the average it is set against: 每千人口注册护士数与全市平均水平.
_AVERAGE_NAMED = re.compile(rf"与{_AREA}(?:平均水平|平均值|平均)$")
# Words that set a value beside the norm named after it (低于1%的控制标准, 与2.5人的序时进度要求相比).
_COMPARED = re.compile(r"(?<!不)(?:高于|低于|超过|优于|好于|不及|达到|未达到|接近|距离?|(?<![隔脱分撤])离|与)[^,;。]{0,8}$")
_LEVEL_UNIT = {"百分点": "%", "千分点": "‰", "十万分点": "/10万"}  # the unit of the level a change in points is of
# Part of a year: a count or amount for it is no value of the yearly series (上半年, 1-10月,
# 截至9月底, 第四季度); not 比上半年 or 较一季度末, what a change is measured from.
PART_OF_YEAR = regex.compile(r"(?<![比较])[上下]半年|前三季度|前(?:[1-9]|1[01]|[一二三四五六七八九]|十一?)个月|(?<![比较])第?[一二三四1-4]季度|(?<![\d.])1\s*[-—~至到]\s*(?:[1-9]|1[01])月"
                              r"|[一1]至(?:[二三四五六七八九]|十一?)月|(?:截至|截止|截止到|截至到|到)(?:今年|本年)?(?:[1-9]|1[01]|[一二三四五六七八九]|十一?)月"
                              r"|(?<![\d年])(?:[1-9]|1[0-2]|[一二三四五六七八九十]|十[一二])月份?:"  # a table's row of one month, said 3月:发病率54.46/10万 (minerals.tables)
                              # one month opening a clause as its period (11月份,全县…; 2022年11月全县共报告…; 10月底,…),
                              # not one that dates a deed (3月启动, 于9月完成, 5月15日召开) nor the year's end (12月底)
                              r"|(?<![^,;:。年])(?:(?:19|20)\d{2}年|今年|本年)?(?:(?:[1-9]|1[01]|[一二三四五六七八九]|十一?)月(?:份|底|末)?|(?:12|十二)月份?(?![底末]))"
                              r"(?=[,:]|全[省市县区州旗]|我[市县区州旗]|共|累计|报告|新增)|(?<!每)(?:本月|当月)")
_WHOLE_YEAR = re.compile(r"全年|全年度")
# A goal the words after it call the year's, in a sentence of part of one: 截至9月底,…健康管理率61.8%,
# 距70%的年度目标差8.2个百分点 (the 70% is the year's, the 61.8% September's).
_YEAR_GOAL_AFTER = re.compile(r"的?(?:年度|全年|年底|年末)(?:目标|任务|计划)")
# The year a part of a year may open with: 2019年上半年, 2023年1—6月.
_YEAR_NAMED = regex.compile(r"(?:(?:19|20)\d{2}年)?")
# A title of a report on part of a year: the above, or 半年工作总结, 年中工作总结, and a periodical's
# issue of a year (工作简报2021年第4期) or a monthly's (月报), which reports on the weeks or the month
# since the last (not 2022年卫生健康统计简报, a year's).
PART_YEAR_TITLE = regex.compile(rf"{PART_OF_YEAR.pattern}|(?<!全)半年度?(?:工作)?(?:总结|小结|汇报)|(?<!\d)年中(?=工作|总结|小结|汇报)"  # not 2019年中医药
                                r"|(?:19|20)\d{2}年第\d{1,3}期|月报|周报")
# Up to now in the year (今年以来), and a title that names a report, a plan or a speech, not a news item.
_SO_FAR = re.compile(r"(?:今年|本年|年初)以来")
_REPORT_TITLE = re.compile(r"总结|小结|计划|打算|要点|报告|规划|方案|汇报|讲话|述职|思路|简报|通报|公报")
# The period a plan's title names (规划(2019—2025年), 三年行动计划(2021—2023年)): its goals are due
# by the period's end, and each year of it is a year planned, not past.
PLAN_PERIOD_TITLE = regex.compile(r"(?<!\d)(?P<start>(?:19|20)\d{2})年?[—–\-~至到](?P<end>(?:19|20)\d{2})年")
# The years a summary's title says it reports on (2018—2020年工作总结, “十三五”工作总结): a list of as many
# values of one name, with no year written, in its results is one value a year.
_SUMMARY_PERIOD = regex.compile(r"(?:(?P<start>(?:19|20)\d{2})年?[—–\-~至到](?P<end>(?:19|20)\d{2})年|“?(?P<five>十[一二三四五]五)”?(?:时期|期间)?)"
                                r"[^,;。]{0,8}?总结")
# A five-year plan's title: 卫生健康事业发展“十五五”规划 (its five years end in the period's last year).
_FIVE_YEAR_TITLE = re.compile(r"(十[一二三四五]五)(?:时期|期间)?[^,;。]{0,12}?(?:规划|计划|思路)")
# Several years: a count or amount added up over them (“十三五”以来共新建村卫生室126所,
# 2016-2019年累计投入3.6亿元, 三年共新建…) is no value of a yearly series, unless it is a stock
# (卫生技术人员); so is one over an official's term (任职以来, 任期内), which a 述职报告 reports on.
_SEVERAL_YEARS = regex.compile(r"(?:(?P<since>(?:19|20)\d{2})年|“?十[一二三四五]五”?|(?:党的)?十[七八九]大)(?:以来|来)|“?十[一二三四五]五”?(?:期间|时期)"
                               r"|近(?:[两二三四五六七八九十]+|\d{1,2})年|(?:[两二三四五六七八九十]+|(?<!\d)\d{1,2})年(?:以来|来|间|累计|共计|合计|共)"
                               r"|(?:任职|任期|上任|到任)(?:以来|来|内|期间)"
                               r"|(?:19|20)\d{2}\s*[-—~至到]\s*(?:(?:19|20)\d{2}|\d{2})年")
_EACH_YEAR = re.compile(r"每年")
_ONE_YEAR = regex.compile(r"(?<![\d\-—~至到])(?:19|20)\d{2}年(?!以来|来)|全年|今年|本年")
# A name that is a place and nothing else (涪城区).
_PLACE_ONLY = regex.compile(r"\p{Han}{1,8}(?:自治县|自治州|县|区|市|州|旗|镇|乡|街道)")
# The place that opens the last of a list of places' names (茂县人民医院 after 马尔康市、汶川县).
_PLACE_LEAD = regex.compile(r"\p{Han}{1,8}?(?:自治县|自治州|县|区|市|州|旗|镇|乡|街道)(?![长委政级属直])")
# A place that opens another place's name (长沙市三级医院), which a place after it replaces; not
# 社区 or 城市, whose one character before is no place's name.
# Town against country (城区急救半径5公里以内,农村地区10-15公里): the parts of a place a report
# compares, which name a value as a place does; and a part of it by its quarter, whose values are not the
# whole place's (南部地区每千常住人口执业(助理)医师数仅为2.1人).
_QUARTER = r"(?:[东西][南北]|[东南西北中])部(?:地区|片区|山区)?"
_TOWN_OR_COUNTRY = rf"主城区|城区|市区|县城|城镇|城市|农村地区|农村|乡村|山区|偏远地区|边远地区|{_QUARTER}"
_QUARTER_OPENING = re.compile(_QUARTER)
_OPENING_PLACE = regex.compile(rf"(?:全|本)[省市县区]|{_TOWN_OR_COUNTRY}|\p{{Han}}{{2,6}}?(?:自治县|自治州|县|区|市|州|旗)(?![级属直委政卫人医民])")
# Each one of a count just stated, and the money each got (每个补助, 每所奖励): no noun of its own.
_EACH_ONLY = regex.compile(r"每(?P<measure>[个所家户座支])\p{Han}{1,4}")
# The scope a rate is taken over (以乡镇为单位…接种率), which a scope after it replaces (以县为单位保持在95%以上).
_SCOPE = regex.compile(r"以\p{Han}{1,4}?为单位")
# A time or a head a value is per, said again before the value reached (由每日12万份提高到每日86万份,
# 由每人每月340元提高到每人每月500元).
_PER_ONLY = regex.compile(r"(?:每|日均|年均|月均)[日天月年周]?|(?:每人|人均|每户|户均)(?:每[日天月年周])?")
# A place and the verb of its value only (张家界市仅为48.7%), after a value of another place.
_PLACE_AND_VERB = regex.compile(rf"(?:而|但)?(?P<place>{_TOWN_OR_COUNTRY}|\p{{Han}}{{1,8}}?(?:自治县|自治州|县|区|市|州|旗))(?:仅|只|才|则|也)?(?:为|是|达到?|有|占)?")
# A trade or a township named alone before a number, as the one before was named with its measure.
# (Not a kind of towns, 卫生乡镇, whose 乡 is no township's end.)
_TRADE_OR_TOWN = regex.compile(r"(?P<which>\p{Han}{2,6}?(?:业|镇|乡(?!镇)))(?:为|有|是)?")
# Money per what, written after the amount: 55元/人, 126元/人次, 12.6万元/村 (each village's, not all).
_PER_AFTER = re.compile(r"/(人次|人|例|床日|次|户|村|所|家|座|个|条|件)")
# A sum of all said right after an amount per one (奖补资金12.6万元/村,全年共计1575万元; 人均补助600元/人,
# 共计157.5万元): what may stand between the two, and the words of the amount's name that say per what.
_SUM_AFTER_PER = regex.compile(r"(?:/\p{Han}{1,2}(?:[·.]?[年月])?)?[,,、]?(?:全年|累计)?(?:共计|合计|总计|累计|共)(?:发放|兑现|拨付)?(?:资金)?$")
_PER_ONE_WORDS = regex.compile(r"(?:人均|户均|每人|每户)(?:每[年月日天周])?|每[村所家座个]$")


def _sum_after_per_one(text: str, end: int, start: int, last_name: str, name: str) -> str:
    """The name of a sum said right after an amount per one (ending at `end`) whose name it borrows:
    that name without its words of per what, the sum being of all; "" when not so."""
    if (name != last_name and not name.startswith(last_name + "/")) or not _SUM_AFTER_PER.fullmatch(text, end, start):
        return ""
    whole = _PER_ONE_WORDS.sub("", last_name)
    return whole if whole != last_name and len(whole) >= 2 else ""


# A value named only as an average (平均为11天), after a clause that judges what it measures (确证时间较长).
_AVERAGE_ONLY = ("平均", "平均为", "平均值")
_JUDGED_BEFORE = regex.compile(r"(?P<what>\p{Han}{2,16}?)(?:较|偏|过|太)(?:长|短|高|低|多|少|大|小|慢|快)")
# The last item of a list a sum closes (…营养补助和交通补助共计65.2万元), after the name of the count before it.
_SUM_OF_LISTED = regex.compile(r"(?P<joint>[和及与、])(?P<item>\p{Han}{2,10}?)(?:共计|合计|总计|共)")


def _sum_of_listed(text: str, named_to: int, start: int, last_name: str) -> str:
    """A sum said after the count of those it went to, whose name ran into the list's first item (为…在治患者
    发放营养补助, 和交通补助共计…): the deed and all the items it lists, from the count name's last verb."""
    listed = _SUM_OF_LISTED.fullmatch(text, named_to, start)
    if not listed:
        return ""
    at, verb_at, words = 0, -1, tagged(last_name)
    for (word, flag), _ in zip(words, words[1:]):  # a verb with its object after it (补助 of 营养补助 ends it)
        if flag.startswith("v"):
            verb_at = at
        at += len(word)
    return last_name[verb_at:] + listed.group("joint") + listed.group("item") if verb_at > 0 else ""


# A name that counts people whose rates a report gives: 65岁及以上老年人口, 0-6岁儿童, 孕产妇.
_PEOPLE = regex.compile(r"((?:\d+(?:[-—~]\d+)?(?:周岁|岁)(?:及以上|以上|以下)?)?(?:老年人|儿童|孕产妇|产妇|新生儿|婴儿|妇女))口?$")
# Words that put what follows a year ahead (2020年将实现, 2020年继续完成), besides the target cues
# (cues.toml), which make a fact a target already.
_FUTURE = regex.compile(r"将|继续|(?<![主重需])要|准备")
# Words that say a result was reached by a date: 截至2021年10月底, 已于2021年4月.
_DONE_BY = re.compile(r"截至|截止|已")
# The year a change is measured from: 较2017年, 比上年同期.
_COMPARED_YEAR = re.compile(r"(?:比|较|与|同)(?:(?:19|20)\d{2}年|上年|去年|上一年)(?:同期)?")
_CLAUSE_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d{2})年")
# A rate named right after a count of people by their noun (4.12万建档立卡贫困人口参保率100%): the count is of
# those people, and the rate theirs, its name starting after the noun.
_RATE_NAMED_NEXT = regex.compile(r"\p{Han}{1,6}?率(?:为|达到|达|是)?\d")
# The year of what a deed is done to (对2020年督查发现的48条问题开展“回头看”): the problems', not the deed's,
# so no year the clauses after it go on with.
_OBJECT_YEAR = re.compile(r"对(?:19|20)\d{2}年")
# What between two facts starts another time: a new part (;), a year (力争到2025年), a period's end.
_TIME_BETWEEN = re.compile(r";|年|末|期间")
# A time something is to be done by: 到2020年, 至十三五末; not 截至2021年9月底 (as of), 已于2021年6月 (done in)
# nor 我局于2021年1月5日至15日 or 于2017年1月组织 (the days or the month it was done in; but 于2022年6月底前
# is a deadline, and 将于2021年3月1日 is ahead).
_BY_A_TIME = regex.compile(r"(?:到|(?<!截)至|(?<!已)于)(?:“?十[一二三四]五”?|(?:19|20)\d{2}年(?!\d{1,2}月(?![底末前])))"
                           r"|(?:将|拟|计划|预计|力争|争取)于(?:19|20)\d{2}年")
# A deadline said after the goals it is for, ending their sentence: 新增床位300张,2022年6月底前完成; a task
# table's 完成时限 cell (…新增床位300张;2022年6月底前。).
_DUE_AFTER = regex.compile(r"[,;(]((?:19|20)\d{2})年(?:(?:1[0-2]|0?[1-9])月)?(?:底|末|(?:[12]\d|3[01]|0?[1-9])日)?(?:前|以前)?"
                           r"(?:完成|建成|到位|实现)?\)?[。;]?$")
# A rate named by its head alone (访视率), which the count just before it may name (产后访视).
_RATE_OF_COUNT = regex.compile(r"(\p{Han}{2,4})率")
# A rate's name that is its head alone: 开放率, 检出率.
_SHORT_RATE_HEAD = regex.compile(r"\p{Han}{1,3}率")
# The noun a count of people or cases names after the deed that counts them, and nothing else (入组病例, 随访人数).
_COUNTED_NOUN = regex.compile(r"病例|例数|人数|人次|患者|病人|对象")
# A count per thousand or ten thousand people, said after its unit: 床位5张/千人, 2.5名/万人口.
_PER_PEOPLE_AFTER = re.compile(r"/(千|万)(?:常住|户籍)?人口?")
# Where a list of names before 分别 breaks: not in 65岁及以上, nor inside a word (及时接种率, 普及率, 及格率).
_ITEM_BREAK = re.compile(r"[、和与]|以及|(?<![普涉波危顾])及(?!以[上下]|时|格)")
# A list item's number opening the clause (4、新生儿…筛查率和听力筛查率分别…): no item of the list
# before 分别; not a grade's numeral listed (3、4级手术占比).
_ITEM_NUMBER = re.compile(r"\d{1,2}、(?!\d)")
# The words between the rate just stated and its goal: 素养水平达到26.8%,超出省定目标(25%);
# 签约率为35%,距离年底目标40%; 建档率达到85%,超额完成省定80%的目标 (the goal named after its number);
# 吸烟率为22.9%,距2025年20%以下的目标仍有差距, 均已超过2025年70%的目标 (a goal's year before it).
_TOWARDS_GOAL = r",?\p{Han}{0,8}?(?:超额)?(?:超过|超出|高于|低于|达到|完成|距离|离)?了?(?:(?:19|20)\d{2}年(?:底|末)?的?)?\p{Han}{0,6}"
_GOAL_OF_LAST = regex.compile(_TOWARDS_GOAL + r"(?<![率数量])目标(?:值|为|是)?\(?")  # not 县域内就诊率目标为90%: a name of its own
_GOAL_NAMED_AFTER = regex.compile(_TOWARDS_GOAL)
# Goals listed in brackets after the word for them, each of a fact stated before (完成全年目标任务
# (170万人次)的83.9%; 均低于年度控制目标(12/10万、4‰、5‰)), and the shares of them done after
# (分别完成年度目标(70%、65%、63%)的105.1%、114.2%和115.1%).
_GOAL_WORD = re.compile(r"(?:目标任务|目标值?|任务数?|计划投资|计划)\($")
_BRACKET_LIST = re.compile(r"[^,;:。()]{1,40}")
_BOUND_AFTER_BRACKET = re.compile(r"以内|以下|以上")  # 均控制在考核目标(30%、20元)以内
_LIST_SEPARATOR = re.compile(r"[、和及]")
_SHARES_AFTER = re.compile(r"\)的(?:比例|比重)?(?:为|是|达到?)?(?:[^,;:。()、和及]{1,12}[、和及])*")  # …(7.0张)的比例为91.7%


def _bracketed_goal(text: str, start: int) -> tuple[str, int, int, int] | None:
    """(what the bracket holds, n, k, where it opens) for the n-th of k numbers in a bracket of
    goals, or for the n-th of k shares of them after it: 'goal' or 'share'."""
    close = text.rfind(")", 0, start)
    shares = _SHARES_AFTER.fullmatch(text, close, start) if close >= 0 else None
    at = text.rfind("(", 0, close if shares else start)
    end = text.find(")", at) if at >= 0 else -1
    if at < 0 or end < 0 or not _GOAL_WORD.search(text, max(0, at - 6), at + 1) or not _BRACKET_LIST.fullmatch(text, at + 1, end):
        return None
    k = len(_LIST_SEPARATOR.findall(text, at + 1, end)) + 1
    if shares:
        return "share", len(_LIST_SEPARATOR.findall(text, close, start)), k, at
    if end < start:
        return None
    return "goal", len(_LIST_SEPARATOR.findall(text, at + 1, start)), k, at


_RATE_MARK = re.compile(r"%|‰|/10?万|/千")


def _goals_of(stated: list[tuple[str, str]], held: str) -> list[str]:
    """The names of the facts stated before that the goals `held` in brackets are of, in order: the
    last ones, each a rate where its goal is one (孕产妇死亡0人,孕产妇死亡率为0/10万;婴儿死亡9人,婴儿
    死亡率3.13‰;…均低于控制目标(10/10万、6‰、8‰): the rates, not the deaths counted between them)."""
    names: list[str] = []
    i = len(stated) - 1
    for goal in reversed(_LIST_SEPARATOR.split(held)):
        rate = bool(_RATE_MARK.search(goal))
        while i >= 0 and (stated[i][1] == "rate") != rate:
            i -= 1
        if i < 0:
            return []
        names.append(stated[i][0])
        i -= 1
    return names[::-1]


# A value set against a goal named after it: 低于20%的目标 (but 不低于 bounds it).
_SET_AGAINST = re.compile(r"(?<!不)(?:低于|高于|超过|超出)$")
# How far a value is from a goal, not how it changed: 超出省定目标(25%)1.8个百分点, 超序时进度2.3个百分点.
_FROM_GOAL = re.compile(r"(?:超过|超出|高于|低于|超额完成|比|较|距离?)[^,;:。]{0,8}(?:目标|计划|指标值|序时进度|要求)"
                        r"|(?:超|快于|慢于|落后于?)(?:序时|时序|时间)进度"
                        r"|与[^,;:。]{0,8}(?:目标|计划|指标)值?相比")  # 与省定目标相比仍差1.2个百分点
# The pace alone as a name (低于序时进度), and the progress a clause before it calls behind or ahead of
# it (二是老年人健康体检进度滞后,低于序时进度1.4个百分点: how far the 体检进度 is from the pace).
_PACE_ONLY = regex.compile(r"(?:低于|高于|超过?|慢于|快于|落后于?|比)?(?:序时|时序|时间)进度(?:慢|快|低|高)?")
_PROGRESS_BEFORE = regex.compile(r"(?P<name>[^,;:。]{2,16}?进度)(?:明显|严重|相对|较为|略有?)?(?:滞后|偏慢|较慢|缓慢|落后|超前|较快)了?,$")
# How far the value is from a value in brackets it was set against: 高于国家标准(69元)6元.
_FROM_BRACKETED = re.compile(r"(?:高于|低于|超过|超出|高出|低出|比)[^,;:。()]{0,12}\([^()]{1,12}\)(?:高|低|多|少)?$"
                             r"|与[^,;:。()]{0,12}\([^()]{1,12}\)相比(?:仍|还|尚)?(?:高出|低出|高|低|多|少|差)了?$")  # 与全市平均水平(3.65人)相比仍差0.38人
# A head before a list of places and their numbers: 宫颈癌检查任务数:永宁县6000人、河东县4500人.
_TASK_HEAD = re.compile(r"(?:任务|任务数|指标|目标|目标值)$")
# Bounds that are a norm's own, not how a value compares with it (远低于…的标准).
_NORM_BOUNDS = ("不少于", "不低于", "不超过", "不高于", "不得低于", "不得少于", "不得超过")
# A clause that names nothing (约为16%), and a clause before it that names a rate and no number.
_BARE_CLAUSE = re.compile(r"(?:约|大约|仅|只)?(?:为|是|达|达到)?(?:约|近)?")
# …also a share (县外转诊比例偏高,达到17%), and a cause given for the clause before (主要原因是…) is no part of its name.
_RATE_CLAUSE_BEFORE = re.compile(r"(?:^|[,;。])(?:但|而|其中|(?:主要)?原因(?:是|为|在于))?([^,;。\d]{2,20}?(?:率|比例|占比))(?!最高|最低)"
                                 r"[^,;。\d率]{0,6},$")
# A score given in an appraisal (自评15分, 得分14分) at the end of an item's line (1.贫困人口参保(15分):…) is
# the item's score, not one of the facts the line lists: a self-assessment (自查报告) scores item by item.
_APPRAISED = re.compile(r"(?:我局|本单位)?(自评得分|自评|得分|考核得分|评分)(?:为)?")
_SCORED_ITEM = re.compile(r"[ ]*(?:\d{1,2}[.、]|\(\d{1,2}\)|[一二三四五六七八九十]{1,3}、)[ ]*(?P<item>[^:,;。\d]{2,20}?)"
                          r"(?:\(\d+(?:\.\d+)?分\))?:")
# A share of another area's value: 仅为全省平均水平的七成, 相当于全国的85%.
_AREA_RATIO = re.compile(r"(?:为|是|相当于)(?:全国|全省|全市|全州|国家|省|市)[^,;。]{0,16}的$")
# What was added to a per-head amount just raised: 人均…补助标准提高到74元,其中新增5元 (新增的5元)
# is the rise of the standard, not an amount of its own.
_ADDED_TO_RAISED = re.compile(r"(?:其中)?新增(?:的|加)?")
# The whole a part to be done is counted out of: 完成5个乡镇卫生院提升改造中的3个 (the 5 there are).
# (not 达到15家(其中三甲医院6家): a part of the goal)
_WHOLE_OF_PART = re.compile(r"[^,;:。()\d]{1,16}?(?<!其)中(?:,(?:年内|今年|明年|力争|争取)?)?的?(?:已有|有)?(?:\d|[一二两三四五六七八九十]+[个家所名人项])")
# A count of all the place has, a rate of them following in its clause (全县15个乡镇年内省级卫生乡镇
# 覆盖率达到80%): in a plan, the count is what there is, the rate the goal.
_ALL_OF_PLACE = re.compile(r"全[县区市旗州盟]$")
_RATE_OF_THEM = re.compile(r"[^,;:。()\d]{1,16}?(?:率|比例|占比)(?:达到|提高到|保持在|保持|不低于|达|为|在)?\d")
# The places some of which are counted next: 全县24个乡镇中已有国家卫生乡镇6个, 13个县(市)中有11个…; not
# a 中 that opens a word (3个县中医院建设项目, 乡镇中心卫生院).
_PLACES_AMONG = re.compile(r"((?:乡镇|乡|镇|街道|村|行政村|社区|县|区|县区|县市区)(?:\([^()]{1,6}\))?)中(?![医心学药小])")
# Words that say a goal was passed: 超额完成任务数(1.2万人)的25%.
_PAST_GOAL = re.compile(r"超额|超计划|超出")
_MULTIPLIED = re.compile(r"[万亿]")
# The words between a goal and how far a result is from it: 比年度目标93%高出0.8个百分点.
_GAP = re.compile(r"(?:的?目标值?(?:仍|还|尚|仅|只)?有?)?(?:高出|超出|低出|高了?|低了?|多|少|还差|尚差|差|还有|相差|有)(?:约|近)?")
# Words that make a part of a goal a result: 目标任务1万人,其中完成8000人.
_DONE_IN_PART = re.compile(r"完成|到位|支出|实现|落实")
# What was actually done of the number before: 随机抽取检查对象418家,实际完成检查412家;
# the work's own verb too: 宫颈癌检查任务5000人,实际检查5362人.
_DONE_OF_IT = re.compile(r",[^,;:。\d]{0,8}?实际(?:完成|到位|发放|拨付|落实|检查|筛查|接种|救治|救助|培训)[^,;:。\d]{0,8}")
# A share that names nothing of its own: 其中药品收入1.2亿元,占33.7%.
_BARE_SHARE = re.compile(r"占(?:比|比例|比重)?(?:为|达到|达)?")
# A share its clause's name has right before its number (专业技术人员仅占78.7%), and the heads that
# already say a share or a rate.
_OWN_SHARE = regex.compile(r"\p{Han}(?:仅|只|约|共|已)?占(?:比|比例|比重)?(?:为|达到|达)?$")
_SHARE_HEADS = ("率", "比", "比例", "比重", "占比")


def _pledge_only(sentence: str, start: int, end: int) -> bool:
    """增长8%,力争10%: nothing but a target word between two numbers (the second is the
    aspiration); 增长幅度为5.6%,控制在8%以内: nothing but the words of a ceiling (the second is
    the bound it was kept under)."""
    from .meaning import cues

    between = sentence[start:end]
    return between[:1] == "," and (between[1:] in cues()["role"]["target"] or between[1:] in _CEILING_WORDS)


@cache
def _bound_after_per() -> "re.Pattern[str]":
    """A bound written after whom a rate is per: 降至3/10万活产以下."""
    q = cues()["qualifier"]
    per, bounds = (alternation(q["per_before_after"]), alternation(q["at_least_after"] + q["at_most_after"]))
    return re.compile(f"(?:{per})(?P<word>{bounds})")


def _due(sentence: str, quantities: list[Quantity]) -> set[int]:
    """Where the numbers start that a result after them was actually done of (检查对象418家,实际
    完成检查412家): the number to be done, a task, not a result."""
    return {q.start for q, nxt in zip(quantities, quantities[1:])
            if counted_alike(q.unit.unit, nxt.unit.unit) and _DONE_OF_IT.fullmatch(sentence, q.end, nxt.start)
            and not _LAST_OF_PARTS.search(sentence, 0, q.start)}


# The last of the parts a whole is listed in (下达资金2786.5万元,其中中央资金1952万元、…、县级配套资金332.9万元,
# 实际拨付2643.2万元): what was actually done after it is of the whole, not of that part.
_LAST_OF_PARTS = regex.compile(r"其中[^,;。]*、[^,;。]*$")


def _respective_names(sentence: str, quantities: list, report_year: int | None = None, period: list[int] | None = None
                      ) -> tuple[dict[int, str], dict[int, tuple[int, int, str]], set[int], dict[int, int]]:
    """高血压、糖尿病患者规范管理率分别为85%、80%: one name per number, in order.

    The listed items share the head of the last one (患者规范管理率, see `_shared_head`),
    and a verb after 分别 (分别接种).  Where the list before 分别 is one of quantities
    (门诊128.6元,住院5632元,分别增长2.1%和3.5%), the numbers are those quantities': each
    number's place in its list, the list's length and the head it adds (住院补偿资金…,门诊
    补偿资金…,人均补偿分别为4694元和39元: 人均补偿) are given instead.  The numbers of a list
    that pairs with no names are returned apart: which is which is unknown.  One name with
    as many years before it (2017-2019年,孕产妇死亡率分别为…) gives each number its year, and so
    do as many years counted back from the report's (三年来,…分别为…, in a report on the third), and,
    in a sentence that writes no year, those of the `period` a summary reports on.
    """
    names: dict[int, str] = {}
    of_quantities: dict[int, tuple[int, int, str]] = {}
    unpaired: set[int] = set()
    dated: dict[int, int] = {}
    for i, q in enumerate(quantities):
        lead = _RESPECTIVELY.search(sentence, 0, q.start)
        implied = not lead and bool(lead := _implied_respectively(sentence, quantities, i))
        if not lead or q.start in names or q.start in of_quantities:
            continue
        run = [q]
        for nxt in quantities[i + 1:]:
            if not (_LISTED_AFTER if implied else _RUN_JOIN).fullmatch(sentence, run[-1].end, nxt.start):
                break
            run.append(nxt)
        left = clause_bounds(sentence, lead.start(), lead.start())[0]
        if (opened := sentence.rfind("(", left, lead.start())) > sentence.rfind(")", left, lead.start()):
            left = opened + 1  # …均优于全省平均水平(全省分别为…): the list is in the brackets
        listed = sentence[left:lead.start()]
        if not listed and left:  # 降低孕产妇死亡率和婴儿死亡率,分别控制在…: the list is the clause before
            before = clause_bounds(sentence, left - 1, left - 1)[0]
            counted = _ITEMS_COUNTED.search(sentence, before, left - 1)
            if counted and parse_number(counted.group("n")) == len(run) == len(_ITEM_BREAK.split(sentence[before:counted.start()])):
                listed = sentence[before:counted.start()]  # 护士数、…比例两项指标未达到目标,分别差…: the names before their count
            elif len(run) >= 2 and any(before <= other.start for other in quantities[:i]):
                # (…35个村卫生室完成标准化建设,分别投入资金450万元和105万元: each one's 投入资金; not a change's verb)
                verb = lead.group("verb") or ""
                head = "" if any(word in verb for word in cues()["aspect"]["change"]) else verb
                of_quantities.update({quantity.start: (n, len(run), head) for n, quantity in enumerate(run)})
                continue
            else:
                listed = sentence[before:left - 1]
        # 2016年、2017年、2018年门诊量分别为…, 健康素养水平2022年、2025年分别达到…: years, and the name
        years_listed = _YEARS_FIRST.match(listed) or _YEARS_LAST.search(listed)
        if years_listed:
            listed = listed[:years_listed.start()] + listed[years_listed.end():]
        years = _listed_years(years_listed.group() if years_listed else
                              sentence[clause_bounds(sentence, max(0, left - 1), max(0, left - 1))[0]:left])
        if not years and (opening := _YEARS_OPENING.match(sentence)):
            years = _listed_years(opening.group())  # 到2022年和2030年,…;孕产妇死亡率分别控制在…: the sentence's years
        if not years and report_year and (back := _YEARS_BACK.search(sentence, 0, lead.start())):
            years = _years_back(back, report_year)  # 三年来…分别为…: the years up to the report's
        if not years and period and not _CLAUSE_YEAR.search(sentence):
            years = period  # 县域内就诊率分别达到88.2%、89.6%和91.3%, in a summary of 2018—2020: one a year
        if numbered := _ITEM_NUMBER.match(listed):
            listed = listed[numbered.end():]
        if "目标" in listed:
            # 护士数距2020年目标(分别还差…), …比例均未完成目标: the goal is none of the names (a goal alone
            # leaves the numbers to the facts before it)
            listed = _GOAL_FROM.sub("", listed) or listed
        items = [t for t in _ITEM_BREAK.split(listed) if t]
        if items:
            items[0] = clean(items[0])  # 2.高血压, 力争高血压: the list starts after them
            items[1:] = [_per_listed(items[0], item) for item in items[1:]]  # 每千人口执业医师、注册护士
        if implied:
            if len(items) == 1 and left and is_bare(items[0]):
                # 管理高血压、糖尿病患者(分别规范管理)3.42万人、8960人,规范管理率为…: those counted, each with the head
                head = items[0]
                items = [regex.sub(rf"分别\p{{Han}}*?(?={regex.escape(head)}$)", "", _DEED.sub("", item)) for item in
                         _listed_in_clause_before(sentence, left, quantities, len(run), head)] or items
            if len(items) != len(run):
                continue  # 高血压、糖尿病患者规范管理率为…: as many names as numbers, or one name of them all
        if (len(items) == 1 and len(run) >= 2 and sum(other.end <= left for other in quantities[:i]) >= len(run)
                and (len(items[0]) <= 4 or is_bare(items[0]))):  # 人均补偿, 增幅; not 肺结核患者管理率, a name of its own
            # (…,全国分别为70.1%和68.3%: the country's values of those, no head to add)
            head = "" if _AREA_HEAD.fullmatch(items[0]) else items[0]
            of_quantities.update({quantity.start: (n, len(run), head) for n, quantity in enumerate(run)})
            # …分别有41人和57人…,通过率分别为38.7%和45.2%: each of the year of the number it is of
            paired = [other.start for other in quantities[:i] if other.end <= left][-len(run):]
            if all(start in dated for start in paired):
                dated.update((quantity.start, dated[start]) for quantity, start in zip(run, paired))
            continue
        if len(run) < 2:
            continue
        if len(items) == 1 and left and (len(items[0]) <= 4 or is_bare(items[0])):
            items = _listed_in_clause_before(sentence, left, quantities, len(run), items[0]) or items
        if not items and len(years) == len(run):
            dated.update((quantity.start, year_) for quantity, year_ in zip(run, years))  # 2022年、2023年分别有41人和57人
            continue
        verb = lead.group("verb") or ""
        if verb.startswith("按") and _STANDARD_AFTER_RUN.match(sentence, run[-1].end):
            verb = verb.removeprefix("按照").removeprefix("按") + "标准"  # 分别按每人每年79元、84元标准: per what, a standard
        if len(items) == 1 and len(years) == len(run):
            for quantity, year_ in zip(run, years):
                dated[quantity.start] = year_
                if not is_bare(items[0]):  # (…检查任务2.4万对,)完成率分别为…: a bare head borrows its subject
                    names[quantity.start] = items[0] + verb
            continue
        if len(items) != len(run):
            unpaired.update(quantity.start for quantity in run)
            continue
        # 参保人数、参保率分别为45.6万人、98.2%: items of other kinds share no head
        head = _shared_head(items, run[0].unit.unit) if len({x.unit.kind for x in run}) == 1 else ""
        for item, quantity in zip(items, run):
            # 产前检查率、产后访视率: an item that is a rate already is named whole
            whole_item = (item == items[-1] or item.endswith(head) or (head.endswith("率") and item.endswith("率"))
                          or item.endswith(_OWN_HEADS)  # 新农合基金支出、住院补偿金额
                          or canonical(item, quantity.unit.unit) is not None)
            # 三、四级手术占比: the grade's word the numerals share (三级手术占比, not 三手术占比)
            grade = (graded.group(1) if not whole_item and _NUMERAL_END.search(item)
                     and (graded := _GRADED.match(items[-1])) and not head.startswith(graded.group(1)) else "")
            # 脊灰疫苗、百白破疫苗接种率: the words an item ends on that open the head are said once
            said = next((k for k in range(min(len(item), len(head)), 1, -1) if item.endswith(head[:k])), 0)
            names[quantity.start] = (item if whole_item else item + grade + head[said:]) + verb
            if item == items[-1] and head and (cut := item.find("等")) > 0 and item.endswith(head) \
                    and item[:-len(head)].endswith(_KIND_ENDS):
                names[quantity.start] = item[:cut] + head + verb  # 男男性行为者等重点人群干预覆盖率: its own, as the others'
    return names, of_quantities, unpaired, dated


# A list of numbers written with no 分别 (高血压、糖尿病患者规范管理率为76.3%、72.8%): joined as a list
# is, after a verb that states a value.
_IMPLIED_LEAD = regex.compile(r"(?<=\p{Han})(?:达到了|达到|为|达)(?P<verb>)$")
_LISTED_AFTER = re.compile(r"[、和及与]")
# What the clause before did to the things it lists, no part of their rate's name: (管理)高血压, 患者(分别规范管理).
_DEED = re.compile(r"^(?:管理|登记|随访|开展|完成)")


def _implied_respectively(sentence: str, quantities: list, i: int) -> "regex.Match[str] | None":
    """高血压、糖尿病患者规范管理率为76.3%、72.8%: names listed, then as many numbers of one kind
    listed after 为 or 达到, pair in order as after 分别, though the writer left 分别 out."""
    q = quantities[i]
    if i + 1 >= len(quantities) or i and _LISTED_AFTER.fullmatch(sentence, quantities[i - 1].end, q.start):
        return None
    nxt = quantities[i + 1]
    if nxt.unit.unit != q.unit.unit or not _LISTED_AFTER.fullmatch(sentence, q.end, nxt.start):
        return None
    return _IMPLIED_LEAD.search(sentence, max(0, q.start - 3), q.start)


def _listed_in_clause_before(sentence: str, left: int, quantities: list, count: int, head: str) -> list[str]:
    """完成三、四级手术3260台,占比分别为31.5%和8.7%: a bare head after 分别's clause (占比, 规范管理率)
    names as many things as the clause before lists before its count of them, each with the head
    (三级手术占比, 四级手术占比); nothing when that clause counts nothing or lists another number of things."""
    before = clause_bounds(sentence, left - 1, left - 1)[0]
    first = next((q.start for q in quantities if before <= q.start < left), None)
    if first is None:
        return []  # 组建县人民医院、县中医院两大健康共同体,成员单位分别为…: no count of the things listed
    # what was done to them is no part of their rate's name: (开展)高血压、糖尿病患者(随访), 服务站(各)
    words = tagged(sentence[before:first])
    while words and words[-1][1] in ("v", "r", "d"):
        words = words[:-1]
    if words and words[0][1] == "v":
        words = words[1:]
    named = "".join(w for w, _ in words)
    items = [t for t in _ITEM_BREAK.split(named) if t]
    if len(items) != count:
        return []
    items = [t for t in _ITEM_BREAK.split(named + head) if t]
    items[0] = clean(items[0])
    return items


# Numerals listed before the word of their grade: 三、四级手术, 一、二类疫苗.
_NUMERAL_END = re.compile(r"(?<![一二三四五六七八九十])[一二三四五六七八九十]$")
_GRADED = re.compile(r"^[一二三四五六七八九十]([级类型期度等])")


# Years listed (2017年、2018年和2019年) or spanned (2017-2019年) before a list of numbers.
_YEARS = r"(?:19|20)\d{2}年?(?:[-—~至到、和及与](?:19|20)\d{2}年?)+"
_YEARS_FIRST = re.compile(rf"^{_YEARS}")
_YEARS_OPENING = re.compile(rf"^(?:到|至|在)?{_YEARS}[,:]")
_YEARS_LAST = re.compile(rf"{_YEARS}$")
_YEAR_SPAN = re.compile(r"((?:19|20)\d{2})年?[-—~至到]((?:19|20)\d{2})年")
_YEAR_ITEM = re.compile(r"(?<!\d)((?:19|20)\d{2})(?=年|[、和,])")


# Years counted back from the report's: 三年来, 近五年, 连续3年 (a 述职报告's term, each year's value listed),
# and a clause opened by their count alone (三年全市出生人口分别为…, in a summary of 2018—2020).
_YEARS_BACK = regex.compile(r"(?<![\d一二两三四五六七八九十第])(?P<n>[两二三四五六七八九十]|\d)年(?:来|以来|间)"
                            r"|(?:^|(?<=[,;:]))近?(?P<n>[两二三四五六七八九十])年(?=\p{Han})(?![度级内底末初前后])")
_SMALL_NUMERALS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def _years_back(m: "regex.Match[str]", report_year: int) -> list[int]:
    n = m.group("n")
    count = int(n) if n.isdigit() else _SMALL_NUMERALS[n]
    return list(range(report_year - count + 1, report_year + 1)) if count >= 2 else []


def _listed_years(text: str) -> list[int]:
    span = _YEAR_SPAN.search(text)
    if span:
        first, last = int(span.group(1)), int(span.group(2))
        return list(range(first, last + 1)) if 0 < last - first < 10 else []
    return [int(y) for y in _YEAR_ITEM.findall(text)]


_KIND_ENDS = ("人群", "人员", "对象", "群体", "人口")


def _after_kind(words: list[str]) -> str:
    """What follows the kind a list's items are examples of (…等重点人群干预覆盖率: 干预覆盖率), or ""."""
    if "等" not in words:
        return ""
    k = words.index("等") + 1
    end = next((i for i in range(k, min(k + 3, len(words))) if words[i].endswith(_KIND_ENDS)), -1)
    return "".join(words[end + 1:]) if end >= 0 and end + 1 < len(words) else ""


_RATE_HEADS = ("率", "比例")


def _shared_head(items: list[str], unit: str) -> str:
    """The end of the last listed item that the others share: after its first word, or
    after more words when that names more of the others as the dictionary does
    (高血压、糖尿病、严重精神障碍患者规范管理率 share 患者规范管理率, not 精神障碍患者规范管理率)."""
    lead = _CLAUSE_PLACE.match(items[-1])
    places = all(_PLACE_ONLY.fullmatch(item) for item in items[:-1])
    if places and not (lead and lead.end() < len(items[-1])):
        lead = _PLACE_LEAD.match(items[-1])  # 马尔康市、汶川县、茂县人民医院, 城关镇、河口镇卫生院: a county of two characters, a township
    if lead and lead.end() < len(items[-1]) and places:
        return items[-1][lead.end():]  # 临江市、东阳市、南湖市总诊疗人次: each place's 总诊疗人次
    if all(institution_kind(item) for item in items[:-1]):
        # 县人民医院、县中医院门诊量: what follows the last institution's name is each one's
        owner = next((k for k in range(2, len(items[-1])) if institution_kind(items[-1][:k])), 0)
        if owner:
            return items[-1][owner:]
    if _PLACE_END.search(items[-1]):
        return ""  # 长生桥、迎龙镇卫生院分别上报: places, each named whole
    words = [w for w, _ in tagged(_AGE.sub("", items[-1]))]
    heads = ["".join(words[k:]) for k in range(1, len(words))]
    if not heads:
        return ""
    known = [sum(canonical(item + head, unit) is not None for item in items[:-1]) for head in heads]
    if not any(known) and not heads[0].endswith(("率", "比例", "比")) and all(len(item) >= 4 for item in items[:-1]):
        return ""  # 培训乡村医生、村级计生专干 (not 高血压、糖尿病患者): nothing says the others lack a head
    if not any(known) and len(heads) >= 2 and heads[-1].endswith(_RATE_HEADS) and all(item.startswith(words[0]) for item in items[:-1]):
        return heads[-1]  # 健康促进医院和健康学校覆盖率: kinds of the same first word, each whole, share only the rate
    if not any(known) and (after_kind := _after_kind(words)):
        return after_kind  # 暗娼、男男性行为者等重点人群干预覆盖率: each one's 干预覆盖率, not the last one's words
    if not any(known):  # 社区卫生服务站和村卫生室能够提供中医药服务的比例: what the last one can do, not 卫生室…
        return next((head for head in heads if head.startswith(("能够", "能", "可以"))), heads[0])
    return heads[known.index(max(known))]


# Patients named by their standing alone (在管患者, 新发现患者), and the standing a named group's count
# opens with (在册严重精神障碍患者, 登记在册的…).
_PATIENTS_IN_STATUS = regex.compile(r"(?P<status>在管|在册|登记在册|规范管理|纳入管理|新发现|新登记|新报告)患者")
_STATUS_OPENING = regex.compile(r"^(?:全县|全市|全区)?(?:在管|登记在册的?|在册的?|规范管理|纳入管理|新发现|新登记|新报告|登记|管理)?")


def _patients_named(name: str, counts: list[str]) -> str:
    """在管患者2174人 after 在册严重精神障碍患者2218人 in its sentence: those patients in that standing
    (在管严重精神障碍患者), not patients of no disease; the last count of a named group of them."""
    status = _PATIENTS_IN_STATUS.fullmatch(name).group("status")
    for counted in reversed(counts):
        group = counted[_STATUS_OPENING.match(counted).end():]
        if group.endswith("患者") and len(group) > len("患者") and not _PATIENTS_IN_STATUS.fullmatch(group):
            return status + group
    return name


@cache
def _registered() -> tuple[str, ...]:
    """Patients named by their register alone (cues.toml registered_patients: 在册患者), whose disease
    a sentence names before them."""
    return tuple(cues()["indicator"]["registered_patients"])


def _patients_before(sentence: str, start: int) -> str:
    """The one group of patients a sentence names before `start`, without the verb done to them
    (做好严重精神障碍患者管理: 严重精神障碍患者); none where it names several (高血压、糖尿病患者) or none."""
    before = sentence[:start]
    if before.count("患者") != 1:
        return ""
    at = before.index("患者")
    left = clause_bounds(sentence, at, at)[0]
    words = clean(sentence[left:at])
    group = words[len(leading_verb(words)):]
    return group + "患者" if group and not any(joint in group for joint in "、和及与") else ""


def _listed(previous: str, name: str) -> str:
    """A noun listed right after a verb and its object takes the verb: 出动人员25人次,车辆5次
    is 出动车辆.  Not a phrase (产妇系统管理), nor a noun whose first characters are a verb
    jieba glued to it (下发文件), nor one that holds the verb already (出生人口, 出生率).  A verdict
    takes both, being found of the things counted (采集水样384份,合格362份,合格率94.3%: 采集水样合格,
    采集水样合格率)."""
    if previous and is_verdict(name):
        found = next((w for w in cues()["indicator"]["verdicts"] if previous.endswith(w) and len(w) < len(previous)), "")
        return previous[:len(previous) - len(found)] + name
    if _BED_KIND.fullmatch(previous):
        return name  # 开放床位480张,职工612人: the beds' kind, no deed the staff were counted by
    if PER_HEAD.match(name):
        return name  # 注册全科医生41人,每万人口全科医生1.02人: a ratio to the population, of no deed done
    words = tagged(previous) if previous else []
    if (len(words) == 2 and words[0][1] == "v" and words[1][1].startswith("n") and not name.startswith(words[0][0])
            and words[0][0] not in cues()["indicator"]["carrier_verbs"]):
        if [flag[:1] for _, flag in tagged(name)] == ["n"] and not starts_with_verb(name):
            return words[0][0] + name
    return _deed_of_parallel(words, name) + name


def _deed_of_parallel(words: list[tuple[str, str]], name: str) -> str:
    """The deed of a name before (报告接种 of 报告接种免疫规划疫苗) that a noun listed after it of the same head
    and another kind (非免疫规划疫苗, 二类疫苗 after 报告接种一类疫苗) takes too, or "": only where the name before has
    its kind between the deed and the head, so that a kind listed after stands for it (出院病人,门诊病人: no deed
    lent)."""
    own = tagged(name)
    if len(words) < 3 or len(own) < 2 or own[0][1][:1] == "v" or words[-1][0] != own[-1][0] or len(own[-1][0]) < 2:
        return ""
    previous = "".join(w for w, _ in words)
    shared = len(os.path.commonprefix([previous[::-1], name[::-1]]))
    if shared == len(name):
        return ""  # 投资320万元,新建标准化村卫生室40个: the works the money named, not another kind of them
    at, deed, kept = 0, "", []
    for word, flag in words:  # the words wholly before what the two share, the last of them a verb
        if at + len(word) > len(previous) - shared:
            break
        at, kept = at + len(word), kept + [word]
        deed = previous[:at] if flag[:1] == "v" else ""
    # a deed of a word or two of its own (报告接种), none of them in the name (开展…, 村级开展…巡查), nor a place (省增补),
    # nor a kind of care the tagger takes for a verb (急诊患者…使用率, 住院患者…: siblings, 急诊 no deed of the inpatients)
    if (not deed or len(deed) > 4 or any(len(w) < 2 or w in name for w in kept)
            or len(previous) - len(deed) <= len(own[-1][0]) or deed in cues()["indicator"]["visit_kinds"]):
        return ""
    return deed


def _dated_result(p: Passage, q: Quantity, year_: int) -> bool:
    """Whether a results section dates the fact by its year as done (2010年,共为…体检74262人),
    which says the document's year was misread; not as to be done (到2020年…, 2020年将实现…)."""
    at = p.text.rfind(f"{year_}年", 0, q.start)
    if at > 0 and p.text[at - 1] in "由从比较与":
        return False  # 由2020年的26.1%下降到…,明年控制在24%以下: the base's year dates nothing after it
    left, right = clause_bounds(p.text, q.start, q.end)
    # 截至2021年10月底,…; 已于2021年4月将…拨付 (将 after 已 marks the object, not the future)
    if _DONE_BY.match(p.text) or _DONE_BY.search(p.text, left, right):
        return at >= 0 and p.section_role != "plan"
    # a problem found is as done as a result (…2021年1—9月通过平台采购耗材9860万元), but not
    # the goal it falls short of (距离国家提出的2020年…2至3名…的目标)
    # nor a bound it is to be kept within (2024年“三公”经费只减不增,控制在12万元以内)
    kept = q.qualifier != "exact" and any(w in p.text[max(at, left):q.start] for w in _KEPT_WORDS)
    # an opening before any heading says the work was done with 了 after the number (我局于2017年1月…对全县12个
    # 乡镇卫生院开展了自查)
    done = p.section_role in ("results", "problems") or (p.section_role is None and "了" in p.text[q.end:right])
    return (done and at >= 0 and not _BY_A_TIME.search(p.text, 0, q.start)
            and not _FUTURE.search(p.text, at, q.start) and "目标" not in p.text[q.end:right] and not kept)


def _dated_by_default(p: Passage, q: Quantity, role_: str, year_: int | None) -> bool:
    """Whether a fact's year is its section's or document's, its clause naming none."""
    default = p.section_year or (p.plan_year if role_ in ("target", "quota") and p.section_role == "plan" else p.report_year)
    return year_ == default and _own_year(p, q) is None


# A deadline the sentence sets (到2025年, 至2025年底): the values it gives are due by then, another area's too.
_DEADLINE = regex.compile(r"(?:到|至|在)(?:19|20)\d{2}年")


def _now_elsewhere(p: Passage, q: Quantity, role_: str) -> bool:
    """Whether another area's value a plan states is how that area stands, not a goal: no pledge before it, no
    deadline in its sentence, no year in its clause (全国、全市有关指标作参考:全国每千人口…3.4人,全市为4.1人)."""
    return (role_ == "target" and not pledged(p, q.start, q.end) and not _DEADLINE.search(p.text, 0, q.start)
            and not _own_year(p, q))


def _own_year(p: Passage, q: Quantity) -> int | None:
    """The year the fact's own clause names before it, not one it is compared with (较2017年)."""
    left = clause_bounds(p.text, q.start, q.end)[0]
    clause = p.text[left:q.start]
    if "年" in clause:  # every year, and every year compared with, is written with it
        clause = _COMPARED_YEAR.sub("", clause)
        if years := _CLAUSE_YEAR.findall(clause):
            return int(years[-1])
    # another word of time: 十四五末, 今年, 目前 (0: a time, but no year written)
    return 0 if "年" in clause or "末" in clause or "期间" in clause or year_words("now").search(clause) else None


def _of_series(p: Passage, q: Quantity, left: int, name: str, key: str, dated: bool = False, role_: str = "actual") -> bool:
    """Whether the fact is a value of `key`'s series for the document's place and year: not
    one words before it keep off the indicator (`applies`), nor a group's named earlier in the
    sentence (`of_subgroup`), nor for part of a year (上半年门急诊诊疗128.6万人次, or in a
    half-year summary, with its baselines of 去年同期), nor another place's (江油市参合率最高 in the city's report)."""
    before = p.text[:q.start]
    return (applies(key, name, before, p.owner or p.title or "", p.text, p.heading) and not of_subgroup(key, name, p.text[_part_start(p.text, left):left])
            and not ((_part_of_year(p.text, left, q.start, q.unit.kind == "rate") and not _YEAR_GOAL_AFTER.match(p.text, q.end))
                     or ((role_ == "actual" or role_ == "baseline" and "同期" in p.text[left:q.start])
                         and (_reports_part_of_year(p) or _so_far_in_news(p, q.start))))
            # (a ratio is none of them: “十三五”期间,…每千人口床位数由4.1张增加到5.6张)
            and not (q.unit.kind in ("count", "money") and not dated and not PER_HEAD.search(name)
                     and _several_years(p.text, left, q.start, p.report_year, key))
            and not _another_place(name, p.region) and not _unknown_place_opening(name, p.region, key, q.unit.unit)
            and not _township_centre_opening(name, p.region))


# The year a change is measured from: 较2015年底, 比“十二五”末 (2015).
_SINCE = regex.compile(r"(?:比|较|与|由|从)(?:((?:19|20)\d{2})年|“?(十[一二三四五]五)”?(?:期末|末))")


def _since_year(clause: str) -> int | None:
    if not (since := _SINCE.search(clause)):
        return None
    return int(since.group(1)) if since.group(1) else cues()["year"]["periods"].get(since.group(2))


def _part_of_year(text: str, left: int, start: int, rate: bool) -> bool:
    """Whether the words before a number say it is of part of a year: anywhere before a count
    or an amount (上半年…,门诊128.6万人次), in a rate's clause or at its sentence's opening
    (截至6月底,高血压患者规范管理率61.2%); not in a clause of the whole year (全年门诊量…)."""
    if _WHOLE_YEAR.search(text, left, start) or not ("月" in text or "季" in text or "半年" in text):
        return False  # (each part of a year is named with one of them)
    # …;1-10月全县累计为…体检2.37万人,体检率65.8%: the opening of the fact's part of the sentence
    opening = _part_start(text, left)
    return bool(PART_OF_YEAR.search(text, left, start) or PART_OF_YEAR.match(text, _YEAR_NAMED.match(text).end())
                or PART_OF_YEAR.match(text, _YEAR_NAMED.match(text, opening).end())
                or (not rate and PART_OF_YEAR.search(text, 0, start)))


def _part_start(text: str, at: int, marks: str = ";") -> int:
    """Where the part of a sentence holding offset `at` starts: after the last of `marks` before it."""
    return max(text.rfind(mark, 0, at) for mark in marks) + 1


def _planned_period(p: Passage, year_: int) -> bool:
    """Whether a year is one of the period a plan is for: 2021年92% in 三年行动计划(2021—2023年),
    2028年 in a “十五五”规划 (2026—2030), or any year after the one reported on (到2028年 in a
    plan for 2030 written in 2025)."""
    if p.report_year and year_ > p.report_year:
        return True
    period = PLAN_PERIOD_TITLE.search(p.title)
    if period:
        return int(period.group("end")) == p.plan_year and int(period.group("start")) <= year_
    five = _FIVE_YEAR_TITLE.search(p.title.replace("“", "").replace("”", ""))
    last = cues()["year"]["periods"].get(five.group(1)) if five else None
    return last == p.plan_year and last - 4 <= year_


@lru_cache(maxsize=1024)
def _summary_period(p: Passage) -> list[int]:
    """The years a summary's title reports on, for its results; none for its plan or any other title."""
    span = _SUMMARY_PERIOD.search(p.title) if p.section_role != "plan" and "总结" in p.title else None
    if not span:
        return []
    if span.group("five"):
        end = cues()["year"]["periods"].get(span.group("five"))
        return list(range(end - 4, end + 1)) if end else []
    start, end = int(span.group("start")), int(span.group("end"))
    return list(range(start, end + 1)) if 0 < end - start < 10 else []


def _five_year_plan_of(title: str) -> int | None:
    """The last year of the five-year plan a title names (卫生健康事业发展“十四五”规划中期评估报告: 2025), or
    of the period in brackets after a plan's name (区域卫生规划(2016—2020年)中期评估报告: 2020)."""
    five = _FIVE_YEAR_TITLE.search(title.replace("“", "").replace("”", ""))
    if five:
        return cues()["year"]["periods"].get(five.group(1))
    period = PLAN_PERIOD_TITLE.search(title)
    return int(period.group("end")) if period and "规划" in title[:period.start()] else None


def _so_far_in_news(p: Passage, start: int) -> bool:
    """今年以来 in a news item, whose title names no report (县卫健局启动敬老月系列活动), counts up
    to the day it was written, part of a year; in a year's summary it is the year."""
    return bool(p.title and "以来" in p.text[:start] and _SO_FAR.search(p.text, 0, start) and not _REPORT_TITLE.search(p.title))


def _benefit_scheme(text: str, start: int, name: str) -> str:
    """The scheme a benefit named bare (享受待遇, 覆盖参保人员) is of: the last named in its part of the sentence, or ""."""
    c = cues()["indicator"]
    if not name.startswith(tuple(c["scheme_bare"])):
        return ""
    part = _part_start(text, start, ";。")
    at, scheme = max((text.rfind(w, part, start), w) for w in c["benefit_schemes"])
    return scheme if at >= 0 else ""


@cache
def _funds_from_above() -> "re.Pattern[str]":
    """Funds secured from the levels above, whatever programme is named between (争取中央和省级基层卫生项目资金)."""
    levels = alternation(list(cues()["indicator"]["superior_levels"]))
    return re.compile(rf"争取到?(?:{levels})[^,;:。\d]{{0,16}}?(?:资金|经费)")


def _superior_funds(name: str, unit: str) -> str | None:
    """The key of funds secured from above, named by levels and a programme the dictionary's words leave out
    (争取中央和省级基层卫生项目资金: that of 争取上级项目资金); None otherwise."""
    return canonical("争取上级项目资金", unit) if "争取" in name and _funds_from_above().fullmatch(name) else None


@cache
def _goods_words() -> "regex.Pattern[str]":
    return regex.compile(alternation(list(cues()["indicator"]["price_cut_goods"])))


def _goods_cut(text: str, start: int, name: str) -> str:
    """The goods a cut named bare (平均降价) is of: the last named in its part of the sentence before it, or ""."""
    if name not in cues()["indicator"]["bare_price_cuts"]:
        return ""
    goods = list(_goods_words().finditer(text, _part_start(text, start, ";。"), start))
    return goods[-1].group() if goods else ""


@lru_cache(maxsize=1024)
def _price_cut_key(name: str) -> str | None:
    """The key of a price cut's rate the name of a cut in % names (集采药品平均降价, 药价), else None."""
    if "价" not in name and "降幅" not in name:
        return None
    c = cues()["indicator"]
    if any(w in name for w in c["price_cut_others"]):
        return None
    return next((key for goods, key in (pair.split(":") for pair in c["price_cuts"]) if goods in name), None)


def _reports_part_of_year(p: Passage) -> bool:
    """A half-year summary's results (安宁县卫生局2011年上半年工作总结) are all of part of a
    year; its plan for the year is not, nor a goal for the year it restates (年度目标4.2万人)."""
    return p.section_role != "plan" and part_year_title(p.title)


@lru_cache(maxsize=1024)
def part_year_title(title: str) -> bool:
    """Whether a title names part of a year: asked of every fact, the same for a whole document."""
    return bool(PART_YEAR_TITLE.search(title))


def _several_years(text: str, left: int, start: int, report_year: int | None, key: str) -> bool:
    """Whether the words before a flow's number add it up over several years; a year since
    which it is counted that is the report's own (2019年以来 in the 2019 report) is one year,
    and so is one its clause names (近三年来…,2019年全县门诊量…)."""
    m = _SEVERAL_YEARS.search(text, 0, start)
    # (not what is done each year: “十四五”期间,每年招聘…不少于120名)
    if not m or key in stocks() or _ONE_YEAR.search(text, max(m.end(), left), start) or _EACH_YEAR.search(text, left, start):
        return False
    return not (m.group("since") and report_year and int(m.group("since")) >= report_year)


_TOWNSHIP = ("镇", "乡", "街道")
_COUNTY = ("县", "区", "市", "旗")
# A verb of building before the county's institution it builds (新建县妇幼保健院), which jieba reads as a
# place (新建县, a county renamed 新建区 in 2015), or the city's (新建市传染病医院一期工程: no city 新建市).
_BUILDS = ("新建县", "扩建县", "改建县", "迁建县", "新建市", "扩建市", "改建市", "迁建市")
_BUILT = regex.compile(r"[^,。;:]{0,10}?(?:院|中心|站|所|楼)")
_PLACE_ENDS = (*_TOWNSHIP, *_COUNTY)
_PLACE_END_WORD = re.compile("|".join(_PLACE_ENDS))  # one search of a short text for any of them
# What jieba tags the first character of a district's name it does not know, cut off before a
# district it knows (岑/nr 东区/ns): a noun or a name, not a word such as 在 of 在东区.
_NAME_FLAGS = frozenset(("n", "nr", "ns", "nz", "zg"))


def _without_area(name: str) -> str:
    """A name without the comparison it was cut from: 每千人口仍低于全国 is 每千人口."""
    return _COMPARISON_WORDS.sub("", name)


def _clause_place(text: str, region: str | None) -> str:
    """Another place that opens a clause before the sentence's first fact (各市中,东阳市高血压
    患者规范管理率最高,达到78.6%: 东阳市's), or ""; not one named in passing (按照绵阳市…), nor the first
    of a list of places (长沙市、株洲市、湘潭市入选…,每个城市获得…5亿元: each city's)."""
    if not any(end in text for end in _COUNTY):
        return ""  # every opening place ends in one of them
    for clause in _CLAUSE_SPLIT.split(text):
        opening = _CLAUSE_PLACE.match(clause)
        if opening and clause[opening.end():opening.end() + 1] != "、" and _another_place(opening.group(1), region) == opening.group(1):
            return opening.group(1)
    return ""


def _aids(text: str) -> bool:
    """Whether the text may name an aided place: each word of `_AIDED` holds 援 or 帮扶."""
    return "援" in text or "帮扶" in text


def _another_place(text: str, region: str | None) -> str:
    """The county, district or city the text names that is not the document's own (涪城区 in
    绵阳市's report), or the township (城关镇 in a county's), or "".  全县, 我区 and the
    document's own place are its own; unknown where the document's own place is unknown.
    An aided place (受援地区) is always another's."""
    if _aids(text) and (aided := _AIDED.search(text)):
        return aided.group()
    if not region or not _PLACE_END_WORD.search(text):
        return ""  # (each place it finds ends in one of them)
    words = tagged(text)
    for (before, _), (word, flag), (after, after_flag) in zip([("", "")] + words, words, words[1:] + [("", "")]):
        # jieba cuts 东关镇 and 利州区 as a place and its 镇 or 区
        place = word + after if flag == "ns" and after in (*_TOWNSHIP, *_COUNTY) else word
        if flag == "ns" and after[:1] in "县区市旗镇乡" and place == word:
            place = word + after[:1]  # 南湖 + 市总诊疗人次: jieba glued the place's 市 to the next word
        elif (flag in _NAME_FLAGS and len(word) == 1 and word not in _COUNTY and after_flag == "ns" and len(after) == 2
              and after[0] in "东西南北中" and after.endswith(_COUNTY)):
            place = word + after  # 岑 + 东区: a district jieba does not know, cut before the district it does
        if (not _same_place(place, region) and not place.startswith(("全", "本", "我", "各")) and place not in not_places()
                and not (place in _BUILDS and _BUILT.match(text, text.find(place) + len(place)))
                and (flag == "ns" and place.endswith(_TOWNSHIP) or len(place) >= 3 and place.endswith(_COUNTY)
                     or flag == "ns" and len(place) == 2 and place.endswith(("县", "旗"))  # 茂县, 沙县: a county of two characters
                     and not (place[0] in "和及与" and before.endswith(_INSTITUTION_ENDS)))):  # 县人民医院和县中医医院: a joint
            return place
    return ""


# A place jieba does not know, opening a name (白水市孕产妇死亡率, 昭南市每千人口执业(助理)医师 in a province's
# report): two characters and the level's, which jieba cuts as a word and the level (白水/市) or as a
# character and a place (昭/南市); not a word of its own (开发区, 贫困县, 地级市) nor a grade (二级/市).
_UNTAGGED_PLACE = regex.compile(r"(?![全本我各该两每邻外省市县区州乡])\p{Han}{2}[市州盟县区旗]")
_OPENING_WORD_FLAGS = _NAME_FLAGS | {"nrt"}


def _unknown_place_opening(name: str, region: str | None, key: str, unit: str) -> str:
    """The other place a name opens on that jieba does not tag as one, where the words after it
    name the same indicator by themselves: each place's value in a list, not the document's."""
    if not region or not (opening := _UNTAGGED_PLACE.match(name)) or canonical(name[3:], unit) != key:
        return ""
    return opening.group() if _untagged(opening.group(), region) else ""


# Institutions counted by the standard or level they reach, named as those of the kind counted before that
# reached it (乡镇卫生院达到推荐标准, as 3家达到推荐标准 after 11家乡镇卫生院 is): 达到基本标准的11所 and
# 推荐标准的3所 after the centres counted (not the standard), 乡镇卫生院达到基本标准的达到12所, 达到推荐标准的
# 乡镇卫生院达到5所 (达到 is part of the name, not the verb of reaching), 新增4所达到服务能力基本标准 and 其中2家
# 达到三级医院水平 (the standard after the count says which are counted).
_INSTITUTION_COUNTS = ("所", "家", "个")
_STANDARD = r"\p{Han}{0,10}?(?:标准|水平)"
_STANDARD_OF = regex.compile(rf"(?P<standard>{_STANDARD})的(?P<kind>\p{{Han}}{{2,}})")
_REACHES_AFTER = regex.compile(rf"(?:已|均|全部)?(?:达到|达)(?P<standard>{_STANDARD})(?=[,;。、]|$)")
_INSTITUTION_KIND = regex.compile(r"\p{Han}{0,12}?(?:卫生院|医院|服务中心|卫生室|服务站)(?:和\p{Han}{0,12}?(?:卫生院|医院|服务中心|卫生室|服务站))?")
_KIND_REACHING = regex.compile(rf"(?P<kind>{_INSTITUTION_KIND.pattern})(?:达到|达)")
_OF_STANDARD = regex.compile(r"(?:标准|水平)的(?:达到|达|为|有)?$")


def _reaching_standard(text: str, start: int, end: int, name: str, earlier: list[tuple[int, str, str]]) -> str:
    """The name of institutions counted by the standard they reach, or "" where the count names no such."""
    kinds = [kind.group().rpartition("的")[2] for _, said, _ in earlier if (kind := _INSTITUTION_KIND.search(said))]
    if _OF_STANDARD.search(text, 0, start) and name.endswith(("标准", "水平")):
        before = text[:start].rstrip("达到为有")[:-1]  # up to the standard, past its 的 and the verb after it
        opening = _KIND_REACHING.match(name)
        at = opening.end() if opening else next((i for i in range(len(name)) if before.endswith(name[i:])
                                                  and not _INSTITUTION_KIND.search(name[i:])), -1)
        if opening and not before.endswith(name[at:]):
            # 累计达到基本标准的12家,其中达到推荐标准的3家: the part's own standard, not its whole's and its own
            at = next((i for i in range(at, len(name)) if before.endswith(name[i:])), at)
        kind = opening.group("kind") if opening else name[:at] if at >= 0 else ""
        kind = kind if kind and _INSTITUTION_KIND.fullmatch(kind) else (kinds[0] if kinds and at >= 0 else "")
        return kind + "达到" + name[at:].removeprefix("达到") if kind and before.endswith(name[at:]) else ""
    if (of := _STANDARD_OF.fullmatch(name)) and _INSTITUTION_KIND.fullmatch(of.group("kind")) and "达到" + name in text[:start]:
        return of.group("kind") + "达到" + of.group("standard")
    if (reached := _REACHES_AFTER.match(text, end)) and not name.endswith(reached.group("standard")):
        verb = leading_verb(name)
        own = name[len(verb):]
        kind = own if _INSTITUTION_KIND.fullmatch(own) else (kinds[0] if kinds else "")
        return (verb if kind == own else "") + kind + "达到" + reached.group("standard") if kind else ""
    return ""


# A township's own health centre opening a name (柳塘镇卫生院, 白沙镇中心卫生院), whose township jieba may not
# know as a place: its figures are parts of the county's, as those of a township it knows (城关镇) are.
_TOWNSHIP_CENTRE = regex.compile(r"(?![全本我各该两每邻])\p{Han}{2}[镇乡](?=(?:中心)?卫生院)")


def _township_centre_opening(name: str, region: str | None) -> str:
    """The township whose health centre a name opens on, where the document is another place's, or ""."""
    if not region or not (opening := _TOWNSHIP_CENTRE.match(name)):
        return ""
    return "" if _same_place(opening.group(), region) or opening.group() in not_places() else opening.group()


def _untagged(place: str, region: str | None) -> bool:
    """Whether two characters and a level's (白水市) are a place other than the document's that jieba does not tag."""
    if not region or _same_place(place, region) or place in not_places():
        return False
    words = tagged(place)
    if len(words) != 2:
        return False
    (first, first_flag), (second, second_flag) = words
    if len(first) == 2 and second == place[2] and first_flag in _OPENING_WORD_FLAGS:
        return True  # 白水/市
    return len(first) == 1 and first_flag in _OPENING_WORD_FLAGS and second_flag == "ns"  # 昭/南市


def _places_listed(name: str) -> str:
    """The places a name lists and nothing else (其中昭南市、沐阳市、石门市; 每千人口长沙市、株洲市, the ratio
    borrowed before them), joined with 、, or ""."""
    items = PER_HEAD.sub("", name.removeprefix("其中"), count=1).removeprefix("其中").split("、")
    return "、".join(items) if len(items) >= 2 and all(_PLACE_ONLY.fullmatch(item) for item in items) else ""


def _measure_of_place(name: str, places: str, region: str | None) -> str:
    """The measure a name before gives, without the place or area it was of (昭南市每千人口执业医师, 全省每千人口床位数:
    每千人口…), for places listed after it to share."""
    own = next((place for place in places.split("、") if name.startswith(place)), "") or _place_opening(name, region)
    measure = name[len(own):] if own else _AREA_OPENING.sub("", name)
    return measure if len(measure) >= 2 else ""


def _place_opening(name: str, region: str | None) -> str:
    """The other place a name opens on, known to jieba or not (白水市参合率: 白水市), or ""."""
    if (known := _another_place(name, region)) and name.startswith(known):
        return known
    return opening.group() if (opening := _UNTAGGED_PLACE.match(name)) and _untagged(opening.group(), region) else ""


def _bracketed(text: str, at: int) -> bool:
    """Whether a bracket open before `at` is still open there."""
    return text.count("(", 0, at) > text.count(")", 0, at)


# A table row's head that is a place's name and nothing else (理县:, 马尔康市:), which a county of
# two characters or one jieba does not know still is, and a township's or a 街道's (卢沟桥街道:); not a
# level's word (市县:, 省市:, 乡镇:).
_ROW_PLACE = regex.compile(r"(?![全本我各该两每邻外省市县区州乡])\p{Han}{1,8}?(?:自治县|自治州|自治旗|县|区|市|旗|州|盟|街道|镇|乡)")


def _same_place(place: str, region: str) -> bool:
    """Whether two names are of one place: the same, an autonomous place's full name and its
    short one (阿坝藏族羌族自治州 and 阿坝州), which its own reports use both, or a district's name with
    its city's and without (南京市鼓楼区 and 鼓楼区)."""
    if place == region:
        return True
    full, short = (place, region) if len(place) > len(region) else (region, place)
    if full.endswith(short) and full[:-len(short)].endswith("市") and short.endswith("区"):
        return True
    return len(short) >= 3 and full.startswith(short[:-1]) and full.endswith("自治" + short[-1]) and "族" in full


# A count's share of a whole said with the verb of a level (县人民医院ICU床位达到全院床位的4%): named as with 占.
_SHARE_REACHED = regex.compile(r"(?P<what>\p{Han}[^,;:。]{1,20}?(?<![率比]))(?:达到|达)(?P<whole>[^,;:。\d率]{2,12})")


def _last_of_kinds(text: str, earlier: list[tuple[int, str, str]], at: int) -> bool:
    """Whether the last fact before `at` closes a list of counts of two kinds of institution or more
    (县级公立医院3家,乡镇卫生院12家,村卫生室186个,实有床位2320张): beds after it are of them all, so the
    place's, not the last kind's."""
    if len(earlier) < 2:
        return False
    (first, name, kind), (_, last, last_kind) = earlier[-2], earlier[-1]
    return (kind == last_kind == "count" and name != last and institution_kind(name) and institution_kind(last)
            and ";" not in text[first:at])


def _whole_before(p: Passage, unit: str) -> tuple[str, str]:
    """The name and unit of the level the sentence before states last in a unit counted as `unit`
    is (…实有床位15826张,比上年增加742张。其中医院12461张: 医疗卫生机构实有床位), or ("", "")."""
    wholes = [(f.indicator, f.unit) for f in quantities(replace(p, text=p.before, before=""))
              if f.aspect == "level" and f.role == "actual" and counted_alike(f.unit, unit) and f.indicator]
    return wholes[-1] if wholes else ("", "")


def _row_place(head: str, region: str | None) -> str:
    """The place a table row or a line is headed by (东城区:高血压规范管理率78.2%,…), when it is
    another than the document's own, or ""."""
    if _another_place(head, region) == head:
        return head
    if (region and _ROW_PLACE.fullmatch(head) and head not in not_places() and not _same_place(head, region)):
        return head
    return ""


# A portal line's bullet before its words and the space after them (· 向个人开放 186.3万份).
_BULLETS = regex.compile(r"^[^\p{Han}A-Za-z]+|\s+$")


def _before_deed(subject: str) -> str:
    """What a subject names before the deed it states, past the verbs it opens on: DRG of DRG付费改革覆盖…医院,
    大病专项 of 开展大病专项; the whole of one that states none (临床路径管理病种)."""
    words = tagged(subject)
    while words and words[0][1] == "v":
        words = words[1:]
    said = ""
    for word, flag in words:
        if flag == "v":
            break
        said += word
    return said


# One institution named by its place (县人民医院, 市第一人民医院, 城关镇卫生院), not a kind named by its level
# (乡镇卫生院, 县级医院).
_ONE_NAMED = regex.compile(r"(?:[县市区旗](?!级)|\p{Han}{2,4}(?:镇|乡|街道)(?!级))")
# A sentence opening on a fund and how it is run (基本公共卫生服务项目资金实行…), and a deed done to funds named bare
# after (拨付资金): the deed is done to that fund.
_FUND_OPENING = regex.compile(r"(?P<fund>\p{Han}{4,20}?(?:资金|经费))(?:实行|实施|严格|按照|采取|采用)")
_DEED_ON_FUNDS = re.compile(r"(拨付|下拨|安排|到位|支付|使用)资金")
# A project said again as "this" under the numbered item that names it (1.县人民医院住院综合楼项目。该项目总投资…).
_THIS_WORKS = re.compile(r"(?:该|此)(项目|工程)")


def _owners(p: Passage, name: str, key: str | None, before: str) -> str:
    """A fact under a heading that names one institution (【县人民医院】…年末开放床位920张), or in a
    sentence that opens on one as its subject (县人民医院顺利通过二级甲等医院复审,门诊量达52.3万人次), named
    as its, where nothing else claims it: no series of the place's, no whole place named, nor another
    institution in its own clause."""
    if p.owner:
        return name if key or of_institution(name) or names_whole_place(before) else p.owner + name
    # in a clause after the one the institution opens, in the same part of the sentence (the sentence's, or one
    # after a ; that opens on it: …;县医调委全年调处医患纠纷22起,成功调解21起), and none that names other
    # institutions or the whole sector (托育机构…, 卫生健康固定资产投资, 基层…), a distance from a norm, or a ratio
    # to the population
    at = before.rfind(";") + 1
    if ((whose := before.rfind(",其中", at)) >= 0 and _ONE_NAMED.match(before, whose + 3)
            and _opening_institution(before[whose + 3:])):
        # …负债总额1.54亿元,其中县人民医院负债9860万元,资产负债率达到51.3%: the hospital's; not a kind's
        # (其中乡镇卫生院收集42.3吨,日均收集…: all the county's institutions')
        at = whose + 3
    part = before[at:]
    if (key or "," not in part or of_institution(name)
            or any(word in name for word in _NOT_ONE_INSTITUTIONS)
            or name.startswith(_DISTANCE_OPENING) or PER_HEAD.search(name)):
        return name
    owner = _opening_institution(p.text[at:] if at else p.text)
    if (not owner or "," not in part[len(owner):] or names_whole_place(part)
            or of_institution(part[part.rfind(",") + 1:])):
        return name
    return owner + name


_NOT_ONE_INSTITUTIONS = ("机构", "卫生健康", "医疗卫生", "基层")
_PREPOSITIONS = "经由对在为被从向"  # 经县医调委调解成功: through the body, which opens no sentence as its subject
_DISTANCE_OPENING = ("距", "比", "较")  # a distance from a norm or another value (距国家标准…): not the institution's own
_NUMBERING = regex.compile(r"[(（]?[一二三四五六七八九十\d]{1,2}[)）、.．]")
_JOINED_TO = "、和及与等的"  # an institution listed with others, or owning what comes after it
_EACH = "各每全"  # every institution of a kind, not one
_HAN_ONLY = regex.compile(r"\p{Han}+")  # a name, not a table row's label (白沙县:医疗卫生机构) nor a quote's end


@lru_cache(maxsize=256)
def _opening_institution(sentence: str) -> str:
    """The one institution a sentence opens on as its subject (县人民医院 of 县人民医院顺利通过…), or ""."""
    text = sentence[numbered.end():] if (numbered := _NUMBERING.match(sentence)) else sentence
    # a body (县医调委) after no preposition: 经县医调委调解成功43起 is what was done through it, named so
    bodies = tuple(cues()["indicator"]["opening_bodies"]) if text[:1] not in _PREPOSITIONS else ()
    k = next((k for k in range(3, min(len(text), 14) + 1) if institution_kind(text[:k]) or text.endswith(bodies, 0, k)), 0)
    if (not k or text[k:k + 1] in _JOINED_TO or text[0] in _EACH or any(c in _JOINED_TO for c in text[:k])
            or not _HAN_ONLY.fullmatch(text, 0, k) or text[:k].endswith("机构")):
        return ""
    # not one of several its clause lists (县中医院综合楼、县疾控中心实验楼先后投入使用)
    if any(of_institution(item) for item in text[k:clause_bounds(text, k, k)[1]].split("、")[1:]):
        return ""
    # a name is nouns and places (县人民医院, 城关镇卫生院, 市第一人民医院), not a time, a verb or an adverb before
    # an institution done something to (三年共新建乡镇卫生院, 镇党委将服务站, 全年投入村卫生室, 落实基层…)
    if any(flag[0] in "vdptrb" or flag == "a" or (flag == "m" and not word.startswith("第")) for word, flag in tagged(text[:k])):
        return ""
    return text[:k]


def _raised_by(earlier: list[tuple[int, str, str]], unit: str) -> str | None:
    """The key of the total that a standard per head named earlier in the sentence raises
    (cues.toml `raised_by`): a fund named only as raised is that scheme's."""
    totals = dict(pair.split(":") for pair in cues()["indicator"]["raised_by"])
    return next((totals[key] for _, name, kind in earlier
                 if kind == "money" and (key := canonical(name, unit)) in totals), None)


# The words a section's heading closes its subject with (饮用水卫生监测: 饮用水).
_HEADING_WORKS = re.compile(r"(?:卫生|监测|工作|管理)+$")


def _of_heading(heading: str, name: str, unit: str) -> str:
    """A rate of nothing named but its samples (水样合格率) under a heading of the thing tested
    (三、饮用水卫生监测): the heading's thing's, where the two make a known name (饮用水水样合格率);
    "" otherwise."""
    if not name.startswith(_SAMPLES) or not name.endswith("率"):
        return ""
    thing = _HEADING_WORKS.sub("", _BULLETS.sub("", heading))
    return thing + name if 2 <= len(thing) <= 6 and canonical(thing + name, unit) else ""


_SAMPLES = ("水样", "样品")


def _of_topic(topic: str, name: str, said: str, unit: str) -> str:
    """A portal's line under a topic heading whose name is a bare rate head (开放率) or a bare deed
    (向个人开放), of no thing of its own: the topic's (电子健康档案开放率, 电子健康档案向个人开放);
    "" for any other name."""
    deed = _BULLETS.sub("", said)
    if _SHORT_RATE_HEAD.fullmatch(deed) and canonical(deed, unit) is None and canonical(name, unit) is None:
        return join_name(topic, deed)  # (not the deed of the line's count before it: 向个人开放186.3万份, 开放率…)
    if topic in name:
        return ""
    words = tagged(deed)
    if words and words[0][1] == "p":  # 向个人开放: to whom, then the deed
        words = words[1:]
        while words and words[0][1].startswith("n"):
            words = words[1:]
    if words and all(flag == "v" for _, flag in words) and (deed.endswith(name) or name.endswith(deed)):
        return topic + deed
    return ""


def _per_listed(previous: str, name: str, unit_kind: str = "count") -> str:
    """A count listed right after one per head of population is per head too: 每千常住人口执业
    医师数2.5人,注册护士数3.1人 is 每千常住人口注册护士数, not 3.1 nurses."""
    per = PER_HEAD.match(previous)
    # not a share (…仅完成目标进度的45.6%,乡镇卫生院本科以上学历人员占比31.2%), nor what was done
    # (每千人口执业医师2.12人,…,而同期北川县仅流失19人)
    if not per or unit_kind != "count" or _RATE_NAME.search(name) or (name and tagged(name)[-1][1].startswith("v")):
        return name
    return per.group() + name if "人口" not in name and not name.startswith(("每", "人均")) else name


# Per a number of people (每10万人口, 每十万人口), which PER_HEAD's ratios to the population leave out.
_PER_POPULATION = re.compile(r"每(?:\d{1,3}|十)?[千万](?:常住|户籍|服务)?人口")


def _norm_name(said: str, level_of: str) -> str:
    """What a norm is of: the words around its number (每万人口配备全科医生), or, when they
    only say per whom (每万人口), those and the level stated before (县疾控中心在编人员)."""
    said = clean(said)
    if (PER_HEAD.fullmatch(said) or _PER_POPULATION.fullmatch(said)) and level_of:
        return level_of + said
    return said or level_of


# A list of counts after a colon (居前五位的病种为:手足口病312例、…、流行性腮腺炎84例): its items,
# each named and counted, and the words that open it, without the verb that gives the list.
_COUNT_LIST = regex.compile(r"(?:[^,;:。、\d]{1,16}\d+(?:\.\d+)?\p{Han}{1,2}、)+[^,;:。、\d]{1,16}$")
_LIST_OPENER = regex.compile(r"(?:依次|分别)?(?:为|是|有)$")


def _listed_whole(sentence: str, start: int) -> str:
    """The whole a share after a list's last count is of (…、流行性腮腺炎84例,占总发病数的86.17%):
    the list the words before its colon name, not its last item; "" when the count is no such item."""
    colon = sentence.rfind(":", 0, start)
    if colon < 0 or any(mark in sentence[colon:start] for mark in ",;。") or not _COUNT_LIST.fullmatch(sentence, colon + 1, start):
        return ""
    opening = sentence[max(sentence.rfind(mark, 0, colon) for mark in ",;:。") + 1:colon]
    return clean(_LIST_OPENER.sub("", opening))


def _shares_listed(text: str, start: int) -> bool:
    """Whether the number at `start` is one of the shares 分别占 lists in its clause (分别占93.3%和46.7%)."""
    at = text.rfind("分别占", 0, start)
    return at >= 0 and not _CLAUSE_SPLIT.search(text, at, start)


def _average(name: str, kind: str) -> bool:
    """Whether a fact is an average measure (平均年龄56.3岁): after a count, no whole that parts or shares
    after it are of."""
    return kind == "quantity" and "平均" in name


def _share_name(sentence: str, left: int, at: int, counted: str, name: str) -> str:
    """The share of the amount just named: 其中药品收入1.2亿元,占33.7% is 药品收入占比, and
    门诊人次35万,占全县的42% is 门诊人次占全县."""
    if _BARE_SHARE.fullmatch(sentence, left, at):
        return counted + "占比"
    return counted + name if name.startswith("占") else name


def _in_bracket_part(text: str, start: int, previous: Quantity | None, in_part: bool) -> bool:
    """Whether the number at `start` is listed in a bracket of parts opened right after its whole
    (招聘卫生专业技术人员68人(其中县级医院45人、乡镇卫生院23人)): a part, as after ,其中."""
    if previous is None or "(其中" not in text:
        return False
    opened = text.rfind("(其中", 0, start)
    if opened < 0 or ")" in text[opened:start]:
        return False
    return previous.end == opened or (in_part and previous.start > opened)


# A share of a task right after it (完成市下达任务(5000人)的66.4%, 占年度任务1800对的62.2%, 任务数5000人,
# 完成率66.4%), the task in a clause of its own after a list of counts (宫颈癌筛查3320人、乳腺癌筛查3210人,) or
# after a whole and its part (发现肺结核患者2316例,其中涂阳患者864例,).
_TASK_CLAUSE = re.compile(r",[^,;:。\d]{0,16}?(?:任务|目标|计划)数?[^,;:。\d]{0,4}?\(?")
_SHARE_OF_TASK = re.compile(r"\)?的|,完成率(?:为|达到?)?")
_NEXT_ITEM = re.compile(r"(?:、|,其中)[^,;:。、\d]{1,16}")
_APART = re.compile(r"[;。]")
_OTHERS_BETWEEN = 2  # measures of another unit that may stand between a task and the counts it is of


def _share_refits(text: str, found: list[Quantity]) -> dict[int, tuple[int, int]]:
    """The task and its share after a list of counts that the numbers say are of an item before the
    last: 宫颈癌筛查3320人、乳腺癌筛查3210人,完成市下达任务(5000人)的66.4% (3320 / 5000 is 66.4%), or a
    whole before its part (患者2316例,其中涂阳患者864例,患者发现率为完成任务数(2000例)的115.8%), each
    start mapped to that item's and the last item's; none where no item, or more than one, fits to the
    share's written digits."""
    refits: dict[int, tuple[int, int]] = {}
    for i in range(2, len(found)):
        share, task = found[i], found[i - 1]
        if (share.unit.unit != "%" or not task.value
                or not _SHARE_OF_TASK.fullmatch(text, task.end, share.start) or "分别" in text[:share.start]
                or not _TASK_CLAUSE.fullmatch(text, found[i - 2].end, task.start)):
            continue
        # the counts may stand a clause or two before the task, with measures of another unit between
        # (肺结核病人312例,其中涂阳病人186例,规范治疗率达98%,完成市下达任务数(260例)的120%)
        last = i - 2
        while (last > 0 and i - 2 - last < _OTHERS_BETWEEN and found[last].unit.unit != task.unit.unit
               and not _APART.search(text, found[last - 1].end, found[last].start)):
            last -= 1
        if found[last].unit.unit != task.unit.unit:
            continue
        j = last
        while j > 0 and found[j - 1].unit.unit == task.unit.unit and _NEXT_ITEM.fullmatch(text, found[j - 1].end, found[j].start):
            j -= 1
        items = found[j:last + 1]
        if len(items) < 2:
            continue
        digits = len(text[share.start:share.end].removesuffix("%").partition(".")[2])
        fits = [q for q in items if abs(q.value / task.value * 100 - share.value) <= Decimal(5) / 10 ** (digits + 1)]
        if len(fits) == 1 and fits[0] is not items[-1]:
            refits[task.start] = refits[share.start] = (fits[0].start, items[-1].start)
    return refits


def _clause_before(text: str, left: int) -> str:
    """The words of the clause before the one that opens at `left`, whole."""
    if not left:
        return ""
    return clean(text[clause_bounds(text, left - 1, left - 1)[0]:left])


def _subject_before(text: str, left: int, bare: str) -> str:
    """The clause before a bare rate, and the one before it too where the nearer one only
    counts the rate's own deed (家庭医生签约服务全面推开,全县签约12.8万人,签约率: the
    subject is two clauses back)."""
    nearer = _clause_before(text, left)
    stem = bare.removesuffix("率")
    if len(stem) < 2 or stem not in nearer or named_rate(nearer + bare):
        return nearer
    start = clause_bounds(text, left - 1, left - 1)[0]
    return _clause_before(text, start) + nearer


# Funds named by the word 项目 alone, after a deed or none (拨付项目资金, 项目经费).
_BARE_PROJECT_FUNDS = regex.compile(r"(?P<deed>\p{Han}{0,4}?)项目(?P<what>资金|经费|补助资金)")
# A project named earlier in the sentence, up to its word 项目 (国家基本公共卫生服务项目人均补助标准), or up to
# the standard per head it pays (基本公共卫生服务人均经费补助标准).
_PROJECT_OF = regex.compile(r"(?P<project>\p{Han}{4,20}?)(?:项目(?=\p{Han})|(?=人均(?:经费)?补助标准))")


def _project_named(name: str, earlier: list[tuple[int, str, str]]) -> str:
    """Funds named only as a project's (国家基本公共卫生服务项目人均补助标准提高到94元,全年共拨付项目资金7368万元)
    after a name of the sentence that says which project: named by it (拨付国家基本公共卫生服务项目资金); or ""."""
    bare = _BARE_PROJECT_FUNDS.fullmatch(name)
    if not bare or (bare.group("deed") and not starts_with_verb(bare.group("deed"))):
        return ""
    project = next((m.group("project") for _, before, _ in reversed(earlier) if (m := _PROJECT_OF.match(before))), "")
    return bare.group("deed") + project + "项目" + bare.group("what") if project else ""


# A level's measure, then the institution whose it is (电子病历系统应用水平|县人民医院|达到5级).
_LEVEL_THEN_WHOSE = regex.compile(r"(?P<what>\p{Han}{2,16}水平)(?P<whose>\p{Han}{1,8}(?:医院|卫生院|保健院))")


def _group_of_sibling(name: str, key: str, before: str) -> str:
    """A rate named without the group the dictionary's name of it opens on, right after a rate of that
    group (新生儿疾病筛查率99.6%,听力筛查率98.9%): the dictionary's name (新生儿听力筛查率); else the name."""
    full = dictionary()[key].name
    group = full[:-len(name)] if full.endswith(name) else ""
    return full if len(group) >= 2 and before.startswith(group) else name


# Those a screening found, named by no disease of their own (发现高危人群, 检出阳性), after the screening counted.
_FOUND_BARE = regex.compile(r"(?:发现|检出|查出|筛出)(?:高危人群|高危对象|高风险人群|可疑病例|疑似病例|疑似患者|可疑患者|阳性|阳性者|异常)")
_SCREENING_END = regex.compile(r"(?:筛查|检测|检查|体检)$")


def _found_by_screening(name: str, counted: str) -> str:
    """Those found named bare after a count of the screening that found them (开展慢性阻塞性肺疾病筛查1.12万人,
    发现高危人群1860人): named by the screening (慢性阻塞性肺疾病筛查发现高危人群); else the name."""
    if not _FOUND_BARE.fullmatch(name) or not _SCREENING_END.search(counted):
        return name
    screening = _LIGHT_OPENING.sub("", counted, count=1) if _LIGHT_OPENING.match(counted) else counted
    return screening + name if len(screening) >= 4 else name


# A sum right after a count, in another unit (健康步道12条共18.6公里): of those just counted.
_SUM_RIGHT_AFTER = re.compile(r"共计?|合计|总计")


# A flow listed right after another (流入4120人、流出8934人): of the same people or fund.
_OTHER_FLOW = re.compile("[、,](?:" + "|".join(FLOWS) + ")")


def _level_added_to(name: str, unit: str, named: dict[str, tuple[float, str]]) -> str:
    """The level a change named by an addition word is of (…对象2863人,比上年新增417人: 新增 says
    how it changed, as 增加 does, not another count); "" when no level so named and counted
    alike came before it."""
    opening = next((w for w in added() if name.startswith(w)), "")
    level = name[len(opening):]
    return level if opening and level in named and named[level][1] == unit else ""


def _group_rate(text: str, left: int, bare: str, unit: str, key: str) -> tuple[str, str] | None:
    """A bare rate after a clause of no number of its own that serves a group the dictionary
    keeps this rate for (为计生特殊家庭开展家庭医生签约服务,签约率: 计生特殊家庭签约率): the
    group's, not the whole population's (`key`) the service's name alone would give; also past a
    clause that only counts the service done (为计生特殊家庭落实…,签订家庭医生服务协议743份,签约率)."""
    nearer = _clause_before(text, left)
    if nearer and any(c.isdigit() for c in nearer) and not _RATE_SAID.search(nearer):
        nearer = _clause_before(text, clause_bounds(text, left - 1, left - 1)[0])
    if not nearer or any(c.isdigit() for c in nearer):
        return None  # 重点人群签约率75%,签约率45%: a level of the group's stands before the whole's
    rate = named_rate(nearer + bare)
    group_key = canonical(rate, unit) if rate else None
    if not group_key or group_key == key or not rate.endswith(bare):
        return None
    return (rate, group_key) if _GROUP_END.search(rate[:-len(bare)]) else None


# A measure said before the goal it falls short of, whose base the goal names (托位数距2025年每千人口4.5个的目标).
_GOAL_BEHIND = regex.compile(r"(?P<measure>\p{Han}{2,10}?)距离?(?:\d{4}年)?(?P<base>每[十百千万]?(?:常住)?人口)")


# Parts listed after their whole (其中伤残家庭412人、死亡家庭331人): a payment after the last is to all of
# them (…,发放特别扶助金486万元), not to the last; after one part alone (其中55-59周岁奖励对象387人,已发放奖扶金)
# it is that part's.
_LAST_OF_PARTS = re.compile(r"其中[^,;:。]*、")


# A rate or share said in a clause: a level of its own, which a bare rate after it does not look past.
_RATE_SAID = re.compile(r"[%‰率比]")


# The deed a count of patients is named by, before those counted (新发现|肺结核患者, 登记管理|…患者).
_PATIENTS_COUNTED = regex.compile(r"^.*(?:发现|登记|管理|报告|确诊|收治|治疗|在管|在册)(?=\p{Han}{2,10}(?:患者|病人)$)")


def _patients_rate(counted: str, bare: str, unit: str, key: str) -> str:
    """A bare rate of how patients fared that the dictionary keys, after a count of them (新发现肺结核患者1265例,
    成功治疗率92%): named by those patients (肺结核患者成功治疗率), where that name keeps the key; else the
    bare name.  (A prevalence after the patients registered is the population's: 报告患病率 stays.)"""
    people = _PATIENTS_COUNTED.sub("", counted) if "患者" in counted or "病人" in counted else ""
    if not people.endswith(("患者", "病人")) or starts_with_verb(people):
        return bare
    return people + bare if canonical(people + bare, unit) == key else bare


# The end of a group's name: those a service is for (特扶对象, 计生特殊家庭, 重点人群, 贫困人口).
_GROUP_END = regex.compile(r"(?:对象|家庭|人群|人口|患者|人员|成员|群众)$")


# A light verb opening a deed, which names what it is done to after it (开展放射工作人员个人剂量监测).
_LIGHT_OPENING = re.compile(r"(?:全年|累计)?(?:开展|进行|实施)")
# Who did a deed, before it (县医调委|调解成功): the doer, not what the deed was done to.
_AGENT_END = re.compile(r"(?:委|局|院|中心|站|所|室|会|机构|部门|办)$")
# What a verb opening a name governs up to a 的 that makes it a clause of the noun after it
# (存在|职业病危害因素的用人单位): the verb is of that clause, no deed done to the noun.
_RELATIVE_CLAUSE = re.compile(r"[^的,;。、]{2,12}的[^的]{2,}$")


def _without_light_opening(name: str) -> str:
    """The name past a light verb it opens on (开展|水质检测)."""
    light = _LIGHT_OPENING.match(name)
    return name[light.end():] if light else name


# A bare rate of what a test found, named by the test (检测|合格率): of the tests counted just before.
_VERDICT_OF_DEED = re.compile(r"(?P<deed>检测|监测|检查|抽检|抽查)(?P<verdict>合格率|达标率)")
# Words of a rate's name that say whose it is: a rate so named is not the staff's before it.
_OWN_SUBJECTS = ("人员", "人群", "人口", "居民", "单位", "机构", "企业", "患者")
# Staff of a kind counted by their name alone (放射工作人员, 食品从业人员), whose rate may follow bare.
_STAFF_COUNTED = regex.compile(r"\p{Han}{2,8}?(?:工作人员|从业人员)")


# A goal said to be reached by all the rates stated before it: 高血压…为73.5%,糖尿病…为72.9%,均达到…60%以上的目标.
_ALL_REACH = regex.compile(r"(?:均|都)(?:已|已经)?(?:达到|超过|优于|实现)(?:了)?(?:(?:19|20)\d{2}年)?(?:的)?")


def _goal_of_all(text: str, left: int, earlier: list[tuple[int, str, str]], name: str) -> str:
    """The rates of the sentence's clause before, since its last ;, a goal after 均达到 is of, joined with 、;
    the name alone when it was the only one."""
    opened = text.rfind(";", 0, left) + 1
    rates = list(dict.fromkeys(n for at, n, kind in earlier if kind == "rate" and opened <= at < left))
    return "、".join(rates) if len(rates) >= 2 and rates[-1] == name else name


def _staff_counted(earlier: list[tuple[int, str, str]]) -> str:
    """The staff of a kind counted just before by their name alone (放射工作人员216人), also when rates
    of theirs were named after them since (…,个人剂量监测率98.6%,); "" otherwise."""
    for _, name, kind in reversed(earlier):
        if kind == "count":
            return name if _STAFF_COUNTED.fullmatch(name) and len(tagged(name)) == 2 else ""
        if kind != "rate" or not (staff := _STAFF_COUNTED.match(name)) or staff.end() == len(name):
            return ""
    return ""


def _bare_rate_of_staff(name: str, staff: str, words: str) -> bool:
    """Whether a rate named bare after staff counted (个人剂量监测率, 职业健康检查率) is theirs: one the
    dictionary does not know that names no people or institutions of its own."""
    return (name in words and name.endswith("率") and not any(w in name for w in _OWN_SUBJECTS)
            and canonical(name, "%") is None and canonical(staff + name, "%") is None)



def _deed_rate(bare: str, earlier: list[tuple[int, str, str]]) -> str | None:
    """The rate of a deed counted right before it, of what the count before that names
    (受理医疗纠纷52起,调解成功43起,调解成功率95.6%: 医疗纠纷调解成功率), as 签约率 after 签约 is
    the contracts'; a rate that says only how the deed ended is named by the deed (县医调委受理22起,
    成功调解21起,成功率: 调解成功率); None when the rate names more than its deed or the counts are not so."""
    if not bare.endswith("率") or len(bare) > 6:
        return None
    stem = bare[:-1]
    (_, done, done_kind), (_, whole, whole_kind) = earlier[-1], earlier[-2]
    outcome = stem in cues()["indicator"]["outcome_only"] and len(done) <= 4
    if (done_kind != "count" or whole_kind != "count" or len(stem) < 2 or stem in whole
            or not (done.endswith(stem) or (outcome and stem in done))):
        return None
    light = _LIGHT_OPENING.match(done)
    if len(done) - (light.end() if light else 0) - len(stem) >= 4 and not _AGENT_END.search(done, 0, len(done) - len(stem)):
        # 开展放射工作人员个人剂量监测215人,监测率; 完成职业病危害项目申报3745家,申报率: the deed names
        # whom or what it was done to
        return None
    deed = done.replace(stem, "") + stem if outcome else stem  # 成功调解 and 调解成功 alike: 调解成功率
    verb = leading_verb(whole)
    what = whole[len(verb):] if verb and not _RELATIVE_CLAUSE.match(whole, len(verb)) else whole if verb else ""
    if len(what) < 2 or what in done:
        return deed + "率" if deed != stem else None
    return what + deed + "率"


def _rate_of_counted(name: str, earlier: list[tuple[int, str, str]], clause: str, made: set[str],
                     keyed: bool = False) -> str | None:
    """A short rate the dictionary does not know, whose name opens with the end of what a count just before
    counted (检出潜伏感染者326人,感染者预防性治疗率: 潜伏感染者预防性治疗率; 美沙酮维持治疗门诊5个,…,
    门诊平均年保持率) or with the count's deed of handling (报告疑似预防接种异常反应32例,报告及时率, and the
    调查处置率 listed after it): of the thing counted, as a rate named bare is no measure of its own.  With no
    count, a clause of no number before it may name the deed (开展艾滋病高危人群综合干预,干预覆盖率); None
    otherwise.  A rate the dictionary knows by its short name is renamed only by the deed (报告及时率 of the
    reactions reported is no infectious disease's)."""
    if not name.endswith("率") or not 4 <= len(name) <= 10 or "、" in name or _OWN_RATE_SUBJECT.search(name):
        return None
    if keyed:
        return _named_by_deed(name, earlier[-1][1]) if earlier and earlier[-1][2] == "count" else None
    listed: list[str] = []  # the rates said of the count since
    for _, done, kind in reversed(earlier[-3:]):
        if kind == "rate" and done in made:
            listed.append(done)
            continue
        if kind != "count":
            return None
        if listed:
            thing = _deed_and_thing(done)[1]
            return thing + name if thing and all(rate.startswith(thing) for rate in listed) else None
        if named := _named_by_deed(name, done) or _named_by_end(name, done):
            return named
        if done.startswith("不"):
            return None  # 抽查处方9600张,不合理处方312张,处方合格率: of all those checked, named as it is
    if earlier or not clause or any(c.isdigit() for c in clause) or not _DEED_CLAUSE.fullmatch(clause):
        return None  # 对暗娼、男男性行为者等高危人群开展干预: a list and a deed after it, no one thing done
    return _named_by_end(name, clause)


# A clause that is one deed and what it was done to (开展艾滋病高危人群综合干预), Han alone.
_DEED_CLAUSE = regex.compile(r"\p{Han}{4,24}")


def _deed_and_thing(done: str) -> tuple[str, str]:
    """The deed of handling a count opens with and what it counts after it (报告, 疑似预防接种异常反应 of
    报告疑似预防接种异常反应); ("", "") for a count opening otherwise."""
    deed = next((w for w in cues()["indicator"]["rated_deeds"] if done.startswith(w)), "")
    return (deed, done[len(deed):]) if deed and len(done) - len(deed) >= 2 else ("", "")


def _named_by_deed(name: str, done: str) -> str | None:
    """报告及时率 after 报告疑似预防接种异常反应: the rate of the deed, of what it was done to."""
    deed, thing = _deed_and_thing(done)
    if not deed or _OWN_RATE_SUBJECT.search(thing):
        return None  # 报告严重精神障碍患者2156人,报告患病率: the population's, the patients named by rules of their own
    return thing + name if name.startswith(deed) and len(name) - len(deed) >= 3 else None


def _named_by_end(name: str, done: str) -> str | None:
    """The rate's name whole, where it opens with the end of what `done` counts (感染者预防性治疗率 after
    检出潜伏感染者: 潜伏感染者预防性治疗率), without the verb `done` opens with."""
    words = tagged(done)
    first, flag = words[0] if words else ("", "")
    opening = max((w for w in added() if done.startswith(w)), key=len, default="")
    whole = (done[len(opening):] if opening
             else done[len(first):] if flag.startswith("v") and len(first) >= 2 and len(done) - len(first) >= 2 else done)
    if "的" in whole or whole.startswith("不") or _DOER_IN.search(whole):
        return None  # 落实…的村卫生室, 不合理处方, 县医调委调处医患纠纷: a clause, a failing kind, a doer
    for k in range(min(len(whole) - 2, len(name) - 3), 1, -1):
        if whole.endswith(name[:k]):
            return whole + name[k:]
    return None


# Who did a deed, inside a count's name (县医调委调处医患纠纷, 各级医疗机构点评…, 县人民医院…获评): the rate after
# it is of the deed, not of the doer's doing.
_DOER_IN = re.compile(r"委|局|医院|中心|机构|部门|会")


def _without_clause_items(name: str) -> str:
    """A rate's name without the items before its 、 that are clauses of their own: a problem judged
    (部分机构收费偏高、入托率: 入托率), or a motto kept (独生子女父母奖励费做到应发尽发、发放率: 独生子女父母奖励费发放率)."""
    items = name.split("、")
    if len(items) < 2 or not items[-1].endswith("率"):
        return name
    cue = cues()["indicator"]
    if (motto := _MOTTO.search(items[-2])) and items[-2][:motto.start()].endswith(tuple(cue["pledges"])):
        what = items[-2][:motto.start()]
        what = what[:-next(len(w) for w in cue["pledges"] if what.endswith(w))]
        return "、".join(items[:-2] + [what + items[-1]]) if len(what) >= 2 else items[-1]
    judged = max((k for k, item in enumerate(items[:-1]) if item.endswith(tuple(cue["judged_items"]))), default=-1)
    return "、".join(items[judged + 1:])


def _vaccine_before(earlier: list[tuple[int, str, str]]) -> str:
    """The vaccine the last count before that names one counted (新冠病毒疫苗 of 新冠病毒疫苗累计接种), or "";
    not a rate's, after which a dose's rate names itself (cues.toml dose_rates)."""
    for _, name, kind in reversed(earlier):
        if kind == "count" and (at := name.find("疫苗")) >= 0:
            vaccine = name[len(leading_verb(name[:at])):at + 2]
            if group := _GROUP_BEFORE.match(vaccine):
                vaccine = vaccine[group.end():]  # 全人群新冠病毒疫苗: the vaccine, not those it was given to
            return vaccine if len(vaccine) >= 4 and "、" not in vaccine else ""
    return ""


def _with_vaccine(name: str, vaccine: str) -> str:
    """A vaccination named without its vaccine (全程接种, 60岁以上老年人接种率), with it before the deed; the
    name as it was where the deed is not its end (接种单位, 接种门诊: no vaccine's)."""
    deed = _VACCINATION_END.search(name)
    if not deed or (deed.start() and not name.endswith(_VACCINATED, 0, deed.start())):
        return name  # 首针及时接种率: a deed's own words before it, no group that the vaccine goes after
    return name[:deed.start()] + vaccine + name[deed.start():]


# Those kept in care named bare (在治病人, 在管患者), after a count of the institutions that keep them.
_CARING_END = regex.compile(r"(?:门诊|医院|卫生院|中心|机构)$")


def _deed_after_list(text: str, found: list, q: Quantity) -> str:
    """What the things listed with their counts did, written once after the last count (二级以上医院4家、乡镇卫生院
    12家实现一卡通用: 实现一卡通用), or "" where the list ends with no deed or the items are no nouns alone."""
    last = q
    for nxt in found[found.index(q) + 1:]:
        if nxt.unit.unit != q.unit.unit or not _LIST_ITEM.fullmatch(text, last.end, nxt.start):
            break
        last = nxt
    if last is q:
        return ""
    tail = _DEED_TAIL.match(text, last.end)
    words = tagged(tail.group("deed")) if tail else []
    return tail.group("deed") if words and words[0][1] == "v" and len(words[0][0]) >= 2 else ""


# An item of a list of counts after the first (、乡镇卫生院), and the deed after the last count, to its clause's end.
_LIST_ITEM = regex.compile(r"、\p{Han}{2,12}")
_DEED_TAIL = regex.compile(r"(?:均|全部|都)?(?P<deed>\p{Han}{3,14})(?=[,;:。]|$)")


# Those a count is of named only by the standard they reached, right before it (达到基本标准的12家).
_REACHED_STANDARD = regex.compile(r"(?P<verb>达到|通过)(?P<what>[^,;:。\d的]{2,16}标准)的$")
# Those vaccinated, before the vaccine in a count's name (18岁以上人群, 全人群, 60岁以上老年人, 适龄儿童).
_GROUP_BEFORE = regex.compile(r".*(?:人群|老年人|儿童|学生|人员|居民|妇女|患者)")
# The ends of a group vaccinated (60岁以上老年人, 适龄儿童, 重点人群, 在校学生, 医务人员, 患者).
_VACCINATED = ("人", "群", "童", "生", "员", "者")
# The deed of vaccinating that ends a count's or a rate's name (全程接种, 加强免疫接种率, 接种).
_VACCINATION_END = regex.compile(r"(?:全程|加强|首剂|基础|第[一二三]剂次?)?(?:免疫)?接种(?:率)?$")


def _pledged_matter(clause: str) -> str:
    """What a clause that only pledges a motto was about (奖励扶助金做到应发尽发: 奖励扶助金), or "": a bare
    rate after it is that matter's, the motto none of its name."""
    motto = _MOTTO.search(clause)
    if not motto:
        return ""
    pledge = next((w for w in cues()["indicator"]["pledges"] if clause.endswith(w, 0, motto.start())), "")
    what = clause[:motto.start() - len(pledge)]
    return what if pledge and len(what) >= 2 and not any(c.isdigit() for c in what) else ""


# A rate's own short name, a deed's rate alone (发放率, 兑现率), after a clause that says what it is of.
_SHORT_RATE = regex.compile(r"\p{Han}{1,3}率")


# A deed done to things of every kind (接种各类疫苗, 开展各类培训): a part of it named by its kind alone is the deed's,
# not one that says a deed of its own with a word of the whole's verb (举办各类继教项目…,其中主办省继教项目).
_OF_ALL_KINDS = regex.compile(r"(?:全年|累计)?(?P<verb>\p{Han}{2})(?:各类|各种|各项|各级各类)(?P<head>\p{Han}{2,4})")


def _deed_of_clause_before(name: str, clause: str) -> str | None:
    """A count named by a bare verb (办理, 申报) after a clause of no number that says what the deed was about:
    that clause's thing with the verb (推进出生一件事联办,办理1260件: 出生一件事联办办理), or the clause from the
    verb on where it names it (组织申报省级医学重点学科,完成申报15项: 申报省级医学重点学科); None otherwise."""
    if name not in cues()["indicator"]["bare_deeds"] or len(clause) < 4 or any(c.isdigit() for c in clause):
        return None
    if (at := clause.find(name)) >= 0:
        return clause[at:] if len(clause) - at >= len(name) + 2 else None
    clause = _PLACE_KINDS.sub("", clause)  # 各县(市、区)均开通…: the doers' kinds, none of the deed
    words = tagged(clause)
    opening = 0  # the doer and the manner before the deed (各县均开通出生一件事联办): none of what was dealt with
    while len(words) > 1 and words[0][1] in ("r", "d"):
        opening += len(words.pop(0)[0])
    first, flag = words[0]
    opening += len(first)
    return clause[opening:] + name if len(first) >= 2 and flag.startswith("v") and len(clause) - opening >= 3 else None


# The kinds of places after a county's word, in brackets (县(市、区)).
_PLACE_KINDS = regex.compile(r"\([市区旗县、]+\)")


def _staff_named(earlier: list[tuple[int, str, str]]) -> str:
    """The staff the last count before names (托育从业人员 of 开展托育从业人员培训), or ""."""
    for _, name, kind in reversed(earlier):
        if kind == "count":
            verb = leading_verb(name)
            staff = _STAFF_IN_NAME.search(name, len(verb))
            return staff.group() if staff else ""
    return ""


# Staff named inside a count's name, with the words that say which (托育从业人员, 乡村医生).
_STAFF_IN_NAME = regex.compile(r"\p{Han}{0,6}?(?:从业人员|工作人员|医务人员|技术人员|乡村医生|医师|护士)")


# The places counted before the title they were given (3个区被评为…示范区): the count is of the title's.
_TITLED_OPENING = re.compile(r"[区县市镇乡村街道]{1,2}(?:被评为|被命名为|被确定为|被认定为|被授予|获评|获得)")


# A motto of four characters, the same deed owed and done to all (应发尽发, 应检尽检, 应保尽保).
_MOTTO = re.compile(r"应(.)尽\1$")


# Rates that name whose they are themselves (患者…率, 儿童…率): no thing counted before them opens them.
_OWN_RATE_SUBJECT = re.compile(r"患者|病人|儿童|老年人|孕产妇|居民|人群|群众|学生")


def _share_of_sibling_kind(name: str, last: str) -> str | None:
    """A share named by a kind of institution alone (社区卫生服务中心比例) right after the same share of
    another kind that says what the share is of (能提供中医药服务的乡镇卫生院比例): of that too
    (能提供中医药服务的社区卫生服务中心比例); None otherwise."""
    tail = next((t for t in _SHARE_TAILS if name.endswith(t) and last.endswith(t)), "")
    kind, of = name[:-len(tail)], last.rfind("的")
    if not tail or not institution_kind(kind) or of < 2 or not institution_kind(last[of + 1:-len(tail)]):
        return None
    if "的" in kind:
        return None  # 基本标准以上的机构占比由…的62.8%提高到74.4%: the same share again, which says what it is of
    return last[:of + 1] + kind + tail


_SHARE_TAILS = ("比例", "占比")


def _rate_of_deed(name: str, earlier: list[tuple[int, str, str]], unit: str) -> tuple[str, str] | None:
    """The rate named by the end of the deed counted right before it (抗病毒治疗182人,治疗覆盖率89.7%:
    抗病毒治疗覆盖率), with its key, where the name the two make up has one; None otherwise."""
    _, done, kind = earlier[-1]
    if kind != "count" or not name.endswith("率"):
        return None
    for k in range(min(len(done), len(name)) - 1, 1, -1):
        if done.endswith(name[:k]) and len(done) > k and (key := canonical(done + name[k:], unit)):
            return done + name[k:], key
    return None


@register("quantities", scan=scan)
def quantities(p: Passage) -> Iterator[Fact]:
    previous_end = None
    named: dict[str, tuple[float, str]] = {}  # value and unit of each name met in the sentence
    made_of_counted: set[str] = set()  # rates named by the thing a count before them counted
    found = find(p.text)
    parent = ("", "")  # the name of the sentence's last fact long enough to be a subject, and its unit
    # a table row or a line headed by another place (东城区:高血压规范管理率78.2%,…) is all that place's
    head = p.text.split(":", 1)[0] if ":" in p.text[:12] else ""
    row_place = _row_place(head, p.region) if head else ""
    respective, of_listed, unpaired, dated = _respective_names(p.text, found, p.report_year, _summary_period(p)) if "分别" in p.text or "、" in p.text else ({}, {}, set(), {})
    due = _due(p.text, found) if "实际" in p.text else set()
    refits = _share_refits(p.text, found) if "、" in p.text or "其中" in p.text else {}
    # Words some patterns cannot match without, sought once in the sentence (most hold none):
    # a norm (远低于…的标准), a goal (高于省定目标(65%)), a value in brackets (高于国家标准(69元)6元).
    norms = any(word in p.text for word in _NORM_WORDS)
    goals = "目标" in p.text
    bracketed = ")" in p.text
    earlier: list[tuple[int, str, str]] = []  # (start, name, kind) of the facts met so far
    before: tuple[Quantity, str, str | None] | None = None  # the previous quantity, its aspect and direction
    counted = ""  # the name of the previous count or amount, without its whole
    target: tuple[str, str] | None = None  # the name and unit of the previous fact when it is a target or quota
    last_name, last_key = "", None  # the previous fact's name and key
    level_name: dict[str, str] = {}  # the name of the last level stated in each unit
    listed_after = ""  # the name of the fact before a list of places and numbers (分别)
    whole: str | None = None  # the whole the previous fact is a part of
    part_unit = ""  # the unit of the first part (其中…): the parts listed after it share it
    off_series = ""  # how the previous fact was set against another area: "distance", or the area's words
    area_opened: re.Match | None = None  # the larger area whose clause the previous fact was in
    last_dated: tuple[int | None, str] = (None, "")  # the previous fact's year and role
    years_met: set[int | None] = set()  # the years of the facts met so far
    last_own: int | None = None  # the previous fact's year, when its own clause named it
    listed_year: int | None = None  # the year of a result the previous fact's clause opened with (2020年…), or the list it goes on
    baselines: set[int] = set()  # where the baselines met so far start: no fact a list after 分别 pairs with
    changes_at: set[int] = set()  # where the changes met so far start: no goal in brackets is of one
    changes_met: list[str] = []  # the names of the changes in % met so far
    for q in found:
        role_ = role(p, q.start, q.end)
        year_ = dated.get(q.start) or year(p, q.start, q.end, role_)
        if (role_ == "actual" and year_ and p.report_year and year_ > p.report_year and _own_year(p, q) is None
                and year_ != p.spoken_year and restated(p, q.start, q.end)):
            year_ = p.report_year  # the plan for 2024 in a 2023 report: 全县现有乡镇卫生院17家 is 2023's count
        elif (role_ == "actual" and year_ and p.report_year and year_ > p.report_year and not _dated_result(p, q, year_)
              and not (year_ == p.spoken_year and said_done(p.text[:q.start]))):
            # a result cannot be reported before its year: 到十三五末…达到90%, 明年将新建…; but a speech
            # given in its year says what is done by then (截至2月15日,全市已完成…12.3万人)
            role_ = "target"
        elif (role_ == "target" and p.section_role == "plan" and year_ and p.plan_year and year_ < p.plan_year
              and not pledged(p, q.start, q.end) and not _planned_period(p, year_)):
            role_ = "actual"  # nor a year past planned: 2019年共完成… in the plan for 2020
        if (role_ == "target" and p.section_role == "plan" and q.unit.kind == "count"
                and (_WHOLE_OF_PART.match(p.text, q.end)
                     or (_ALL_OF_PLACE.search(p.text, max(0, q.start - 2), q.start) and _RATE_OF_THEM.match(p.text, q.end)))):
            role_ = "actual"  # 6月底前完成5个乡镇卫生院提升改造中的3个: the 5 are what there is, the 3 the goal
            year_ = year(p, q.start, q.end, role_)
        if (role_ == "target" and p.section_role != "plan" and p.report_year and p.plan_year and p.plan_year > p.report_year + 1
                and not dated.get(q.start) and _dated_by_default(p, q, role_, year_) and _five_year_plan_of(p.title) == p.plan_year):
            year_ = p.plan_year  # 距90%的目标还差… in a “十四五”规划中期评估报告 of 2022: the plan's goal, due by its end
        due_after = _DUE_AFTER.search(p.text, q.end) if role_ in ("target", "quota") and "年" in p.text[q.end:] else None
        if due_after and not _CLAUSE_YEAR.search(p.text, q.end, due_after.start()) and _dated_by_default(p, q, role_, year_):
            year_ = int(due_after.group(1))  # 新增床位300张,2022年6月底前完成 in a plan for 2021: due in 2022
        aspect_ = aspect(p.text, q.start, q.end, q.unit.unit)
        if q.start in due and role_ == "actual" and aspect_ == "level":
            role_ = "quota"  # 随机抽取检查对象418家,实际完成检查412家: what was to be done
        inherited = bool(before and before[1] in ("change", "completion")
                         and (counted_alike(before[0].unit.unit, q.unit.unit) or "分别" in p.text[:before[0].start])
                         and (_LIST_JOIN.fullmatch(p.text, before[0].end, q.start) or _pledge_only(p.text, before[0].end, q.start)))
        if inherited:
            aspect_ = before[1]  # 分别下降12.3%、8.5%: a list after a change is a list of changes; so is 增长8%,力争10%
            if p.text[before[0].end + 1:q.start] in _CEILING_WORDS and q.qualifier == "at_most":
                role_ = "target"  # 增长幅度为5.6%,控制在8%以内: the bound it was kept under
        raised = bool(before and before[1] == "level" and q.unit.kind == "money" and before[0].unit.unit == q.unit.unit
                      and PER_UNIT.match(last_name) and REACHED_BEFORE.search(p.text, max(0, before[0].start - 4), before[0].start)
                      and _ADDED_TO_RAISED.fullmatch(p.text, clause_bounds(p.text, q.start, q.end)[0], q.start))
        if raised:
            aspect_, role_, year_ = "change", last_dated[1], last_dated[0]  # 提高到74元,其中新增5元: the rise
        way = (direction(p.text, q.start) or (before[2] if inherited else None)) if aspect_ == "change" else None
        previous, before = before, (q, aspect_, way)
        if previous and last_dated[1] == role_ != "baseline":
            one_year = len(years_met) == 1
            if (one_year and aspect_ == "change" and previous[1] == "level" and last_dated[0] not in (None, year_)
                    and _dated_by_default(p, q, role_, year_)):
                year_ = last_dated[0]  # 2019年…经费总额1.38亿元,比上年增加1760万元: the change of that year's amount
            elif (last_own and last_own != year_ and _own_year(p, q) is None
                  and not _TIME_BETWEEN.search(p.text, previous[0].end, q.start)
                  # …,2022年死亡2例,死亡率为37.62/10万: the level of the clause just before, opened by its year,
                  # among several years (not …,已提前完成2020年目标的有8项,符合时间进度的有10项)
                  and (one_year or (role_ == "actual" and aspect_ == previous[1] == "level"
                                    and p.text[previous[0].end:q.start].startswith(",")
                                    and _CLAUSE_YEAR.match(p.text, clause_bounds(p.text, previous[0].start, previous[0].end)[0])))):
                # 2018年医保整合后,2022年参保率达到98.6%,人均筹资标准提高到960元: of the year the clause before named
                year_ = last_own
        if (previous and (role_ == "target" or (role_ == "actual" and (year_ is None or _dated_by_default(p, q, role_, year_))))
                and last_dated == (listed_year, "actual") and listed_year and aspect_ == previous[1] == "level"
                and _own_year(p, q) is None and not pledged(p, q.start, q.end)
                and p.text[previous[0].end:q.start].startswith(",") and not _TIME_BETWEEN.search(p.text, previous[0].end, q.start)):
            # 2020年全市人均预期寿命为77.6岁,孕产妇死亡率为11.2/10万,婴儿死亡率为4.3‰ in a plan: the list a
            # past year opens goes on stating what there was, with no word of a goal, not the plan's target
            role_, year_ = "actual", listed_year
        if previous and ";" in p.text[previous[0].end:q.start]:
            parent = ("", "")  # …;住院补偿2.8万人次,补偿金额8650万元: each part after ; has its own subject
        left = clause_bounds(p.text, q.start, q.end)[0]
        # Parts (其中…) name their whole: 其中执业医师621人 after 卫生技术人员1862人.  A part may
        # follow another in its clause (其中乙肝疫苗1.2万剂次、脊灰疫苗…), share its name (其中住院
        # 补偿4.2万人次、1.86亿元), or open the next clause in its unit (其中住院补偿1580.3万元,门诊
        # 补偿580.2万元).
        in_part = bool(whole and previous and previous[0].start > left)
        opens_part = (p.text.startswith("其中", left) or p.text.endswith("其中:", 0, left)  # (其中:公立医院89.7%)
                      or _in_bracket_part(p.text, q.start, previous[0] if previous else None, in_part))
        # 其中乙肝疫苗1.2万剂次、脊灰疫苗…; 其中因病致贫4321户13560人: the part's name, both numbers
        listed_in_part = in_part and (bool(_LIST_JOIN.fullmatch(p.text, previous[0].end, q.start)) or previous[0].end == q.start)
        continued = bool(whole and not opens_part and previous and previous[0].end == left - 1
                         and p.text[left - 1] == "," and counted_alike(part_unit, q.unit.unit)
                         and not TOTAL_OPENING.match(p.text, left) and not PER_HEAD.match(p.text, left))
        part = opens_part or continued
        if part and previous and last_dated[1] == "actual" and _own_year(p, q) is None:
            if role_ == "target" and opens_part and p.section_role == "plan" and not pledged(p, q.start, q.end):
                role_ = "actual"  # 实际18所全部达标,其中6所达到推荐标准: a part of the result, in a plan too
            if role_ == "actual" and last_dated[0]:
                year_ = last_dated[0]  # 2012年达到290元,其中各级财政补助240元: of the whole's year
        elif (part and previous and last_dated[1] == "target" and role_ == "actual" and _own_year(p, q) is None
              and not said_done(p.text[left:q.start]) and not _DONE_IN_PART.search(p.text, left, q.start)):
            role_, year_ = "target", last_dated[0]  # 调整后预算数为15842.17万元,其中一般公共预算拨款14926.35万元: of the budget
        subject, subject_unit = parent
        amount_of = ""
        if aspect_ == "change" and previous and ";" not in p.text[previous[0].end:q.start]:
            # a change with no name of its own is of the fact just before: 诊疗人次…万人次,比2018年
            # 增加21.7万人次,增长7.5%; 住院病人2.1万人次,同比下降1.2% after 门诊人次; but not across ;
            # (…完成率不足六成;二是基金支出增速较快,同比增长12.7%: of the 基金支出 its clause names)
            subject, subject_unit = last_name, previous[0].unit.unit
            if _bracketed(p.text, previous[0].start) and not _bracketed(p.text, q.start):
                # 医疗卫生机构1937个(不含村卫生室为886个),比上年减少12个: of the fact the aside is about
                subject = next((name for start, name, kind in reversed(earlier)
                                if kind == previous[0].unit.kind and not _bracketed(p.text, start)), subject)
                subject_unit = named.get(subject, (0, subject_unit))[1]
        elif listed_in_part:
            subject = last_name
        elif (in_part and q.unit.kind == "money" and previous[0].unit.kind != "money"
              and _AMOUNT_OF_LISTED.fullmatch(p.text, previous[0].end, q.start)):
            subject = last_name  # 其中住院补偿8630人次、补偿金额792.3万元: the amount of those just counted
        elif (q.unit.kind == "money" and previous and previous[0].unit.kind == "count"
              and _AMOUNT_OF_COUNTED.fullmatch(p.text, previous[0].end, q.start)):
            subject = amount_of = last_name  # 拒收红包32人次,金额1.2万元; 拒收红包46人次计3.8万元: the amount of those just counted
        elif in_part and previous[0].start in baselines and previous[0].unit.unit == q.unit.unit:
            subject = last_name  # 其中…,人均补助标准由去年的84元提高到89元: the value its baseline rose to, not the whole
        elif in_part and last_name.endswith(FLOWS) and _OTHER_FLOW.fullmatch(p.text, previous[0].end, q.start):
            subject = last_name  # 其中已婚育龄妇女流入4120人、流出8934人: the other flow of those just counted
        elif previous and _SUM_RIGHT_AFTER.fullmatch(p.text, previous[0].end, q.start):
            subject = last_name  # 建设健康主题公园3个、健康步道12条共18.6公里: the length of those just counted
        elif continued or in_part:
            subject = whole
        elif part:  # 出生人口3856人,出生率10.2‰,其中二孩出生1520人: a part of the last whole of its kind
            # …, not a ratio to the population (每千人口卫生技术人员5.2人,其中执业(助理)医师…)
            # …, nor those a test found (合格362份 after 采集水样384份: 其中枯水期192份 is of the samples)
            subject = next((name for _, name, kind in reversed(earlier)
                            if kind == q.unit.kind and not PER_HEAD.match(name) and not found_by_test(name)), subject)
        if previous is None and opens_part and p.before and institution_kind(clean(p.text[left:q.start])):
            # …实有床位15826张,比上年增加742张。其中医院12461张: a kind of institution's part of the whole
            # the sentence before stated (医院实有床位), not the institutions
            subject, subject_unit = _whole_before(p, q.unit.unit)
        # a noun that implies the unit and ends its clause (服务14个村、2.36万人口; 惠及53.2万居民) names what
        # is counted, as after 名; not one a deed follows (为46.3万居民建立健康档案), nor one its clause
        # named before the number (总人口42.6万人口)
        implied = (q.unit.written in implied_units() and q.unit.written not in p.text[left:q.start]
                   and (p.text[q.end:q.end + 1] in ("", ",", ";", "。", "、") or bool(_RATE_NAMED_NEXT.match(p.text, q.end))))
        named_end = q.end - len(q.unit.written) if implied else q.end
        named_to = previous_end
        indicator, previous_end = phrase(p.text, q.start, named_end, q.unit.unit, previous_end, subject, subject_unit, part)
        if q.unit.kind == "rate" and "、" in indicator:
            indicator = _without_clause_items(indicator)  # 部分机构收费偏高、入托率仅38.5%: the problem is no indicator
        if (q.unit.kind == "count" and indicator.startswith(HELD) and earlier and earlier[-1][2] == "count"
                and _CARING_END.search(earlier[-1][1])):
            # 美沙酮维持治疗门诊2个,在治病人128人: those the clinics keep in care
            clinics = earlier[-1][1]
            indicator = clinics[len(leading_verb(clinics)):] + indicator
        if (q.unit.kind == "count" and p.text.startswith("、", q.end) and left < q.start
                and (deed := _deed_after_list(p.text, found, q)) and deed not in indicator):
            indicator += deed  # 二级以上医院4家、乡镇卫生院12家实现一卡通用: what the last did, the first did too
        if q.unit.kind == "count" and indicator.endswith("标准") and (reached := _REACHED_STANDARD.search(p.text, left, q.start)) \
                and reached.group("what").endswith(indicator):
            indicator = reached.group("verb") + indicator  # 累计达到基本标准的12家: those that reached it, not the standard
        if "接种" in indicator and "苗" not in indicator and earlier and (vaccine := _vaccine_before(earlier)):
            indicator = _with_vaccine(indicator, vaccine)  # 新冠病毒疫苗累计接种…,全程接种19.3万人: of that vaccine
        if q.unit.kind == "rate" and "尽" in p.text[:left] and (matter := _pledged_matter(_clause_before(p.text, left))) \
                and _SHORT_RATE.fullmatch(own := clean(p.text[left:q.start])):
            indicator = matter + own  # 奖励扶助金做到应发尽发,发放率100%: the rate of what the pledge was about
        if part and subject and (of_kinds := _OF_ALL_KINDS.fullmatch(subject)) and indicator.endswith(of_kinds.group("head")) \
                and not set(of_kinds.group("verb")) & set(indicator) and not leading_verb(indicator):
            indicator = of_kinds.group("verb") + indicator  # 接种各类疫苗…,其中国家免疫规划疫苗: 接种国家免疫规划疫苗
        if q.unit.kind == "count" and not earlier and (deed := _deed_of_clause_before(indicator, _clause_before(p.text, left))):
            indicator = deed  # 推进出生一件事联办,全年办理1260件: what was dealt with, as the clause before says
        if q.unit.kind == "count" and (titled := _TITLED_OPENING.match(indicator)) and titled.end() < len(indicator) - 2:
            indicator = indicator[titled.end():]  # 3个区被评为省级慢性病综合防控示范区: those of the title
        if implied and q.unit.written in indicator and _RATE_NAMED_NEXT.match(p.text, q.end):
            # 4.12万建档立卡贫困人口参保率100%: the people counted; the rate's name starts after them
            indicator = indicator[:indicator.index(q.unit.written) + len(q.unit.written)]
            previous_end = q.end
        if q.unit.kind == "money" and earlier:
            indicator = of_fund(indicator, [name for _, name, kind in earlier if kind == "money"])
        if indicator in _AVERAGE_ONLY and (judged := _JUDGED_BEFORE.fullmatch(_clause_before(p.text, left))):
            indicator = judged.group("what")  # 确证时间较长,平均为11天: the time the clause before judged
        if q.unit.kind == "money" and named_to is not None and last_name and (both := _sum_of_listed(p.text, named_to, q.start, last_name)):
            indicator = both  # 为1086名在治患者发放营养补助和交通补助共计65.2万元: the sum of both, not of the last
        if (noun := named_in_unit().get(q.unit.written)) and noun not in indicator:
            indicator += noun  # 病房缺口约20张床位: 病房缺口床位
        named_after = previous_end > named_end  # 完成30个村卫生室标准化建设: what is counted follows the count
        if not indicator and p.label:
            indicator = clean(p.label)  # 1.县域就诊率。目标90%,实际达到90.7%: the item's name
        elif p.label and (this := _THIS_WORKS.match(indicator)) and p.label.endswith(this.group(1)):
            indicator = clean(p.label) + indicator[this.end():]  # 1.县人民医院住院综合楼项目。该项目总投资8500万元
        if (q.unit.kind == "money" and "资金" in indicator and (fund := _FUND_OPENING.match(p.text)) and fund.end() <= left
                and (deed := _DEED_ON_FUNDS.fullmatch(clean(p.text[left:q.start])))):
            # 基本公共卫生服务项目资金实行“先预拨、后结算”,全年拨付资金1265万元: the fund the sentence opened on
            indicator = deed.group(1) + fund.group("fund")
        if amount_of and indicator == amount_of:
            indicator += "金额"  # 拒收红包46人次计3.8万元: named apart from the count it is of
        if (part and subject and len(indicator) > len(subject) and indicator.startswith(subject)
                and (per := PER_HEAD.match(subject))):
            indicator = per.group() + indicator[len(subject):]  # 每千常住人口床位数7.2张,其中医院床位6.0张: 每千常住人口医院床位
        elif (part and q.unit.written == "元" and not _MULTIPLIED.search(p.text, q.start, q.end)
              and (per := PER_UNIT.match(subject)) and not PER_UNIT.search(indicator)):
            indicator = per.group() + indicator  # 人均筹资标准570元,其中各级财政补助420元: 人均各级财政补助
        if (q.unit.kind == "rate" and previous and previous[0].unit.kind == "count" and previous[0].end == left - 1
                and (stem := _RATE_OF_COUNT.fullmatch(clean(p.text[left:q.start])))):
            deed = stem.group(1)
            if subject.endswith("率") and last_name.endswith(deed):
                indicator = last_name + "率"  # 早孕建册率93.6%,产后访视198人,访视率90.8%: of those just counted
            elif last_name.startswith(deed) and _COUNTED_NOUN.fullmatch(last_name, len(deed)) and indicator.endswith(stem.group()):
                # DRG付费改革覆盖…医院,入组病例4.21万例,入组率98.7%: of those the deed counted, not of what the sentence's
                # subject did (DRG入组率, was DRG付费改革覆盖…医院入组率)
                named_by = indicator[:-len(stem.group())]  # (病例 of 病例入径率, after 入径病例: those counted again, no subject)
                indicator = ("" if _COUNTED_NOUN.fullmatch(named_by) else _before_deed(named_by)) + stem.group()
        elif (q.unit.kind == "rate" and previous and previous[0].end == left - 1
              and (staff := _staff_counted(earlier)) and _bare_rate_of_staff(indicator, staff, p.text[left:q.start])):
            indicator = staff + indicator  # 放射工作人员318人,个人剂量监测率100%: the staff's, not every worker's
        if (q.unit.kind == "rate" and previous and previous[0].end == left - 1 and previous[0].unit.kind == "count"
                and (verdict := _VERDICT_OF_DEED.fullmatch(indicator)) and last_name.endswith(verdict.group("deed"))
                and verdict.group() in p.text[left:q.start]
                and len(tests := _without_light_opening(last_name)) > len(verdict.group("deed")) + 1):
            indicator = tests + verdict.group("verdict")  # 开展性能检测1247台次,检测合格率: of those tests
        indicator = respective.get(q.start, indicator)
        if q.unit.unit == "%" and p.text[q.start - 1:q.start] == "的" and (share := _SHARE_REACHED.fullmatch(indicator)):
            indicator = share.group("what") + "占" + share.group("whole")  # ICU床位达到全院床位的4%: a share, as 占 says
        if (role_ == "baseline" and q.unit.unit in level_name and p.text.startswith(("比", "较", "与"), left)
                and not clean(p.text[left:q.start]) and not whole):  # (not a part's: …,其中…1360万元,较2022年的2100万元)
            indicator = level_name[q.unit.unit]  # 报告患病率4.97‰,较2021年末的4.61‰: the value that level is compared with
        if aspect_ == "change" and previous and (indicator in _CHANGE_ONLY or (len(indicator) <= 3 and indicator[:1] in "多少")
                                                 or _SPAN_ONLY.fullmatch(indicator)):
            # …,比上年增加85万元,增幅达17.9%; 从69元提高到89元,5年提高了20元: the change of what was just named
            indicator = last_name
        if q.start in respective and (previous is None or previous[0].start not in respective):
            # the name of the fact of its kind before the list, without the place it was of
            listed_after = next((name for _, name, kind in reversed(earlier) if kind == q.unit.kind), last_name)
            if (own := _OPENING_PLACE.match(listed_after)) and own.end() < len(listed_after):
                listed_after = listed_after[own.end():]  # 长沙市三级医院41家,…,衡阳市、岳阳市分别为14家和11家
        if (q.start not in respective and previous and (said := _PLACE_AND_VERB.fullmatch(p.text, left, q.start))
                and (indicator == said.group() or (indicator.startswith(said.group("place")) and previous[0].unit.unit == q.unit.unit))
                and (own := _OPENING_PLACE.match(last_name)) and own.end() < len(last_name)):
            # 兰州市…管理率达到76.3%,天水市72.1% (张家界市仅为48.7%; 南昌市…占全省的24.8%,赣州市占19.1%): 天水市's 管理率
            indicator = said.group("place") + last_name[own.end():]
        elif (q.start not in respective and previous and previous[0].unit.unit == q.unit.unit and previous[0].end == left - 1
              and (said := _TRADE_OR_TOWN.fullmatch(p.text, left, q.start)) and indicator == said.group("which")
              and (own := _TRADE_OR_TOWN.match(last_name)) and own.end() < len(last_name)
              and (own.group("which")[-1] == "业") == (said.group("which")[-1] == "业")):
            # 石材加工业现存活患者238人,非煤矿山业196人; 石门镇…186人,青岭乡142人: the same measure of the next trade or township
            indicator = said.group("which") + last_name[own.end():]
        elif (q.start not in respective and previous and indicator == last_name and previous[0].unit.unit == q.unit.unit
              and (said := _PLACE_AND_VERB.fullmatch(p.text, left, q.start)) and said.group("place") in cues()["indicator"]["whole_place"]
              and (own := _PLACE_LEAD.match(last_name)) and own.end() < len(last_name)):
            # 城关镇、河口镇住院分娩率分别为99.2%和95.8%,全县为98.9%: the whole place's, not the last township's
            indicator = last_name[own.end():]
        if previous and previous[0].start in baselines and previous[0].unit.unit == q.unit.unit and _PER_ONLY.fullmatch(indicator):
            indicator = last_name  # 核酸检测能力由每日12万份提高到每日86万份: the capacity, not 每日
        if (q.unit.kind == "money" and previous and previous[0].unit.kind == "count"
                and (each := _EACH_ONLY.fullmatch(indicator)) and each.group("measure") == previous[0].unit.unit):
            indicator = last_name + indicator  # 改造提升村卫生室24个,每个补助5万元: each of those counted
        if (previous and previous[0].unit.unit == q.unit.unit and _SCOPE.fullmatch(indicator)
                and (own := _SCOPE.match(last_name)) and own.end() < len(last_name)):
            indicator += last_name[own.end():]  # 以乡镇为单位…接种率保持在90%以上,以县为单位保持在95%以上
        if (not respective and ":" in p.text[:left] and _PLACE_ONLY.fullmatch(indicator)
                and _TASK_HEAD.search(task := clean(p.text[:p.text.index(":")]))):
            indicator += task  # 宫颈癌检查任务数:永宁县6000人、河东县4500人: each place's 宫颈癌检查任务数
        if q.start in respective and listed_after and _PLACE_ONLY.fullmatch(indicator):
            indicator += listed_after  # 全市…管理率75%,涪城区、游仙区分别为78%和72%: each place's 管理率
        if q.start in of_listed:  # the n-th of k numbers after 分别: the n-th of the k facts before them
            n, k, head = of_listed[q.start]
            stated = [(name, kind) for start, name, kind in earlier if start not in of_listed and start not in baselines]
            listed = [name for name, kind in stated if kind == "rate" or q.unit.unit not in _LEVEL_UNIT]  # points are changes of rates
            if aspect_ == "completion":
                # 宫颈癌筛查6015人,乳腺癌筛查6002人,分别完成任务的100.3%和100.0%: shares done of the counts
                # (and of an amount measured: 采血2.71万升)
                listed = [name for name, kind in stated if kind in ("count", "money", "quantity")]
            if len(listed) < k <= len(stated) and stated[n - k][1] == "rate":
                # 覆盖18.6万人,签约率72.3%,分别比上年增长5.2%和3.1个百分点: a count's growth in % and a rate's in
                # points, each in the order of the facts stated
                listed = [name for name, _ in stated]
            if head.endswith("率") and len(named_so := [name for name in listed if name.endswith(head)]) >= k:
                # …规范管理率72.6%,血压控制率61.3%;…规范管理率70.4%,血糖控制率55.8%,规范管理率分别比上年
                # 提高3.2个和2.7个百分点: of the rates the head names, not of the last rates stated
                listed = named_so
            if q.unit.unit in _LEVEL_UNIT and head in _CHANGE_ONLY and len(changes_met) >= k:
                # …同比增长2.4%;…同比增长1.9%,增幅分别比上年回落1.3个和2.6个百分点: of those growths
                indicator = changes_met[n - k] + head
            elif len(listed) >= k:
                subject = listed[n - k]
                if head.endswith("率"):  # 管理高血压患者…,规范管理率分别为…: 高血压患者规范管理率
                    subject = subject[len(leading_verb(subject)):]
                # 高血压患者管理…,规范管理率…: 高血压患者规范管理率; 增幅分别为…: the changes of those before
                indicator = join_name(subject, head) if head and head not in _CHANGE_ONLY else subject
            if (q.unit.kind == "rate" and _shares_listed(p.text, q.start) and not indicator.endswith(_SHARE_HEADS)
                    and "占" not in indicator):
                indicator += "占比"  # 达到基本标准的14家,达到推荐标准的7家,分别占93.3%和46.7%: each one's share
        # the share opens its clause, or a bracket right after the count (其中医院20175张(占81.7%))
        share_at = (None if q.start in of_listed else left if p.text.startswith("占", left) else previous[0].end + 1
                    if previous and p.text.startswith("(占", previous[0].end) else None)
        if q.unit.kind == "rate" and indicator.endswith("苗") and "接种率" in p.text[:left]:
            indicator += "接种率"  # 接种率均在95%以上,其中卡介苗99.6%: a vaccine's rate is its own vaccination rate
        if (q.unit.kind == "rate" and share_at is None and _OWN_SHARE.search(p.text, left, q.start)
                and not indicator.endswith(_SHARE_HEADS) and "占" not in indicator):
            indicator += "占比"  # 专业技术人员仅占78.7%: their share, not a measure the name alone would be
        if counted and q.unit.kind == "rate" and share_at is not None:
            if counted.startswith("占") and len(earlier) >= 2 and indicator.startswith(counted):
                indicator = earlier[-2][1] + counted  # 完成投资2150万元,占计划总投资3600万元的59.7%: of the amount done
            else:
                indicator = _share_name(p.text, share_at, q.start, _listed_whole(p.text, previous[0].start) or counted, indicator)
        if (previous and p.text[previous[0].end:previous[0].end + 1] == "、"
                and (counted_alike(previous[0].unit.unit, q.unit.unit)
                     or (previous[0].unit.kind == q.unit.kind == "count" and leading_verb(last_name) in added()
                         and not of_institution(last_name))
                     or (previous[0].unit.kind == q.unit.kind == "count" and listed_deed(last_name).endswith(_SUPPLIED)))
                and indicator == _QUOTES.sub("", p.text[previous[0].end + 1:q.start])
                and (not starts_with_verb(indicator) or canonical(indicator, q.unit.unit))):
            # 管理高血压患者2.6万人、糖尿病患者6800人: the list's verb makes 糖尿病患者 an indicator of
            # its own; an addition (新登记, 新建) is one whatever it makes, also of a noun the dictionary
            # knows that opens on a verb (新增执业医师200人、注册护士450人: 新增注册护士, not the nurses there are)
            # the longer of the verbs and the words of care (随访管理, not 随访 alone); an addition lends its verb
            # to things of another measure word too (新增医用冰箱22台、冷藏车1辆: 新增冷藏车), not to what institutions
            # built have (新建村卫生室12个、床位30张: their beds)
            verb = max(leading_verb(last_name), m.group() if (m := _IN_CARE.match(last_name)) else "", key=len)
            if (canonical(verb + indicator, q.unit.unit) not in (None, canonical(indicator, q.unit.unit))
                    or verb in added() or verb in _REMOVED):
                indicator = verb + indicator
            elif (not starts_with_verb(indicator) and (deed := listed_deed(last_name))
                  and (counted_alike(previous[0].unit.unit, q.unit.unit)
                       # goods stocked or handed out, whatever each is counted in (口罩…万只、防护服…万套)
                       or (previous[0].unit.kind == q.unit.kind == "count" and deed.endswith(_SUPPLIED)))
                  and (said := p.text.rfind(deed, 0, previous[0].start)) >= 0
                  # 创建国家卫生县城宣传折页2000份、健康素养折页: an item's own verb; 病种为:手足口病…: labels
                  and p.text[said - 1:said] not in ("、", ":") and not p.text.endswith("其中", 0, said)
                  and canonical(deed + indicator, q.unit.unit) == canonical(indicator, q.unit.unit)):
                # 储备医用外科口罩62万只、N95口罩8.5万只; 成功救治危重孕产妇412例、危重新生儿638例: the things
                # listed after the first were counted by its deed too (储备N95口罩, 成功救治危重新生儿), and by
                # the kind of institution that did it (为…基层医疗卫生机构配发指氧仪2860台、制氧机420台)
                indicator = deed + indicator
        in_standing = (_patients_named(p.text[left:q.start], [name for _, name, kind in earlier if kind == "count"])
                       if q.unit.unit == "人" and _PATIENTS_IN_STATUS.fullmatch(p.text, left, q.start) else "")
        standing = bool(in_standing) and in_standing != p.text[left:q.start]
        if standing:
            indicator = in_standing
        elif previous and previous[0].end == left - 1 and p.text[left - 1] == ",":
            if indicator == p.text[left:q.start] and not last_key:  # 注册护士 is a name, not 注册 + 护士
                indicator = _listed(last_name, indicator)
            elif (indicator == p.text[left:q.start] and counted_alike(previous[0].unit.unit, q.unit.unit)
                  and (care := _IN_CARE.match(last_name))
                  and canonical(care.group() + indicator, q.unit.unit) not in (None, canonical(indicator, q.unit.unit))):
                indicator = care.group() + indicator  # 纳入管理高血压患者2.36万人,糖尿病患者7842人: those in care too
        if (previous and (counted_alike(previous[0].unit.unit, q.unit.unit)
                          or (previous[0].unit.kind == q.unit.kind == "count" and PER_HEAD.match(last_name))) and q.value < 100
                and not q.value > 10 * previous[0].value  # 每千常住人口床位数6.12张,全科医生98人: 98 doctors, no ratio
                and (previous[0].end == left - 1 and p.text[left - 1] == "," or p.text[previous[0].end:q.start].startswith("、"))):
            indicator = _per_listed(last_name, indicator, q.unit.kind)  # 每千常住人口执业医师2.86人、注册护士3.42人
        if (in_part and q.unit.kind == "money" and previous and previous[0].unit.kind == "count" and last_name
                and (fine := _FINE_OF_LISTED.fullmatch(p.text, previous[0].end, q.start))):
            indicator = last_name + fine.group("fine")  # 其中涉及疫情防控案件58件、罚款11.2万元: those cases' fines
        if (previous and named_to is not None and last_name and last_dated[1] == "actual" and q.unit.unit == previous[0].unit.unit
                and not named_after and (done := _DONE_TO_COUNTED.fullmatch(p.text, named_to, q.start))):
            # 检视问题37个,已整改34个: 检视问题整改, those found that were put right; 受理投诉举报89件,办结89件: 投诉举报办结
            indicator = without_intake(last_name) + done.group("done")
        per = _PER_AFTER.match(p.text, q.end) if q.unit.kind == "money" else None
        if per and not PER_UNIT.search(indicator):
            indicator += "每" + per.group(1)  # 补助标准55元/人: the name says per what
        elif (q.unit.kind == "money" and previous and previous[0].unit.kind == "money"
              and (whole := _sum_after_per_one(p.text, previous[0].end, q.start, last_name, indicator))):
            indicator = whole  # 奖补资金12.6万元/村,全年共计1575万元; 人均补助600元/人,共计157.5万元: the sum, of all
        per = _PER_PEOPLE_AFTER.match(p.text, q.end) if q.unit.kind == "count" else None
        if per and not PER_HEAD.search(indicator):
            indicator = "每" + per.group(1) + "人口" + indicator  # 床位5张/千人: 每千人口床位
        if previous and goals and (_GOAL_OF_LAST.fullmatch(p.text, previous[0].end, q.start)
                         or (_GOAL_NAMED_AFTER.fullmatch(p.text, previous[0].end, q.start) and GOAL_AFTER.match(p.text, q.end))):
            # the goal of the rate just stated, or of the rate whose change was just stated
            # (达到70.5%,比上年提高5.2个百分点,高于省定目标(65%))
            if previous[0].unit.unit == q.unit.unit:
                indicator = last_name
            elif previous[1] == "change":
                indicator = level_name.get(q.unit.unit, indicator)
        if (q.unit.kind == "count" and "累计" in p.text[left:q.start] and not any(w in p.text[left:q.start] for w in added())
                and (verb := max((w for w in added() if indicator.startswith(w)), key=len, default=None))):
            indicator = indicator[len(verb):]  # 新建中医馆5个,累计达到17个: all there are, not those built
        if (role_ in ("quota", "target") and (task := _TASK_ONLY.fullmatch(indicator)) and task.group("head")
                and previous and previous[0].unit.unit == q.unit.unit):
            # 完成艾滋病检测5.9万人次,未完成6万人次的任务: the task of those; 预拨补助资金680万元,占全年预算
            # 1520万元的44.7%: the budget of that money
            indicator = last_name + ("任务" if role_ == "quota" else task.group("head"))
        elif (role_ == "quota" and _SET_BY.fullmatch(indicator) and _TASK_AFTER.match(p.text, q.end)
              and previous and previous[0].unit.unit == q.unit.unit):
            indicator = last_name + "任务"  # 乳腺癌筛查4510人,均超额完成省下达4500人的任务: the task of those
        elif (role_ == "actual" and previous and previous[0].unit.unit == q.unit.unit and last_name.endswith("任务")
              and _PAST_TASK.search(p.text, left, q.start)):
            indicator = last_name.removesuffix("任务")  # …,较省下达的2000个任务多出460个: past the task of what was done
        goal = _bracketed_goal(p.text, q.start) if "(" in p.text else None
        goal_bound = None  # 均控制在考核目标(30%、20元)以内: each goal's bound
        if goal:
            held, n, k, at = goal
            # (not the baselines: 由4.72‰下降到3.65‰,…目标值(分别低于5‰和6‰) pairs 6‰ with 3.65‰'s name; nor the
            # changes: 婴儿死亡率3.13‰,较上年下降0.89个千分点;…,均低于控制目标(10/10万、6‰、8‰) sets no goal of a fall)
            stated = _goals_of([(name, kind) for start, name, kind in earlier
                                if start < at and start not in baselines and start not in changes_at],
                               p.text[at + 1:p.text.find(")", at)])
            if len(stated) == k and n < k:
                indicator = stated[n]
            if held == "goal":
                role_, aspect_ = ("quota" if "目标" not in p.text[at - 6:at] and "计划" not in p.text[at - 6:at] else "target"), "level"
                if bound := _BOUND_AFTER_BRACKET.match(p.text, p.text.find(")", q.start) + 1):
                    goal_bound = "at_most" if bound.group() in ("以内", "以下") else "at_least"
            elif _PAST_GOAL.search(p.text, left, q.start) and q.value < 100:
                # 超额完成任务数(1.2万人)的25%: by how much it was passed (超额完成…的124% is the share done)
                role_, aspect_, way = "actual", "change", "up"
            else:
                role_, aspect_ = "actual", "completion"
                if (previous and previous[0].start > at and indicator == parent[0] and parent[1]
                        and units()[parent[1]].kind == "rate" and previous[0].unit.kind != "rate"):
                    # 重点人群签约率81.5%,完成市下达签约任务(9万人)的103.1%: the share done of the task in
                    # the bracket, named by it, not by the rate stated before (a count before is its own: 签约8.36万人,…)
                    indicator = last_name
        if (aspect_ == "completion" and (task := _TASK_ONLY.fullmatch(indicator)) and previous
                and (previous[0].unit.kind in ("count", "money", "quantity")
                     or (previous[0].unit.kind == "rate" and (task.group("plan") or task.group("goal_rise")
                                                               or (task.group().endswith("进度") and previous[1] == "level"))))):
            # 征收社会抚养费326万元,完成任务的108.6%: of that task (纸质建档任务数…,完成107.8%: of it; a
            # table's 完成值58%,完成进度96.7%: a rate's progress to its goal, not a change's: 价格平均下调12%,
            # 完成进度84.3% is the price reform's);
            # not of a part in brackets: 投入资金1.36亿元(其中省级补助3600万元),完成年度计划的105% is 投入资金's
            done = last_name
            if (p.text.count("(", 0, previous[0].start) > p.text.count(")", 0, previous[0].start)
                    and p.text.count("(", 0, q.start) <= p.text.count(")", 0, q.start)):
                done = next((name for start, name, kind in reversed(earlier) if kind in ("count", "money")
                             and p.text.count("(", 0, start) <= p.text.count(")", 0, start)), last_name)
            # (完成任务的104.3% after 招录定向医学生任务数1150名: 招录定向医学生任务, not …任务数任务; 支出决算…,
            # 完成年初预算的105.42%: the spending's share of its budget, named by the spending)
            if task.group("plan") or task.group("goal_rise"):
                indicator = "规划目标增量" if task.group("rise") or task.group("goal_rise") else "规划目标"
            indicator = (done if done.endswith(indicator) or task.group("head") == "预算"
                         else done[:-1] if done.endswith(indicator + "数") else done + indicator)
        if target and target[1] == q.unit.unit and not named_after and (_ACTUALLY.fullmatch(p.text, left, q.start)
                                                    or _did_as_tasked(p.text[left:q.start], target[0])):
            indicator, aspect_ = _TASK.sub("", target[0]) or target[0], "level"  # its level, not a share of a quota
        if not (in_part or continued):
            whole, part_unit = (subject, q.unit.unit) if part else (None, "")
        # past the previous fact's name where it ran on after its number (申报1个南宁市、自治区卫生镇,申报3个…:
        # the city is that name's, no place of the clause after)
        since = max(previous[0].end, named_to or 0) if previous else 0
        place = ((_another_place(p.text[since:left], p.region) if previous and since < left else "")
                 or (_clause_place(p.text[:q.start], p.region) if not previous else "") or row_place
                 # 受援地区人民医院…,县域内就诊率…提高到86.2%: the aided county's, not the bureau's
                 or (aided.group() if _aids(p.text) and (aided := _AIDED.search(p.text, 0, q.start)) else ""))
        if place and place not in indicator:
            # 东湖区全程接种率为91.2%,青山县最低,为79.5%: 青山县's, the name borrowed without 东湖区
            if (named_place := _another_place(indicator, p.region)) and indicator.startswith(named_place):
                indicator = indicator[len(named_place):].removesuffix("最高").removesuffix("最低")  # its rank too
            indicator = place + indicator  # 全市参保率96.8%,其中苍溪县最高,为98.1%: 苍溪县's
        if (previous and q.unit.kind == "money" and previous[0].unit.kind == "count" and last_name and not goal
                and p.text[previous[0].end:q.start] == "、"):
            indicator = last_name  # 赔付1.02万人次、2513万元: the amount of those just counted, named as they are
        if previous and last_name and q.unit.kind == previous[0].unit.kind and _CONVERTED.fullmatch(p.text, previous[0].end, q.start):
            indicator = last_name  # 6.42万升(折合3210万毫升): what was just measured, not 折合
        if (previous and q.unit.kind == "money" and previous[0].unit.kind == "count" and not goal
                and (p.text[previous[0].end:left] == "," or _AMOUNT_OF_LISTED.fullmatch(p.text, previous[0].end, q.start))
                and (of_part := restated_deed(last_name, indicator))):
            # 其中住院补偿2.38万人次,补偿资金4925.3万元 (or 、补偿资金): the inpatients' money, not all of it
            indicator = of_part
        if (previous and q.unit.kind == "rate" and (group := group_named(p.text[previous[0].end:left]))
                and is_bare(said := clean(p.text[left:q.start]))):
            indicator = group + said  # …,建档立卡贫困人口应签尽签,签约率100%: the group's, not the rate before
        if (q.unit.unit == "张" and previous and (beds := _BEDS.fullmatch(indicator)) and previous[0].unit.unit in _FACILITY_UNITS
                and p.text[previous[0].end:q.start].startswith(("、", ",")) and not _ALL_FACILITIES.search(last_name)
                and not _last_of_kinds(p.text, earlier, q.start)):
            # 方舱医院4家、床位6800张, 医养结合机构4家,设置床位620张: the beds of those, not all the place's beds
            indicator = last_name[len(leading_verb(last_name)):] + beds.group("beds")
        elif (q.unit.unit == "张" and (beds := _BEDS.fullmatch(indicator)) and (previous is None or previous[0].end < left - 1)
              and (ward := _WARD_SET_UP.search(p.text, 0, left))):
            indicator = ward.group("ward") + beds.group("beds")  # 设立安宁疗护病区,开放床位16张: the ward's beds, not all
        if (q.unit.kind == "rate" and _BARE_CLAUSE.fullmatch(p.text, left, q.start) and not named_after
                and (named_before := _RATE_CLAUSE_BEFORE.search(p.text, previous[0].end if previous else 0, left))):
            indicator = clean(named_before.group(1))  # 但专科外转率仍偏高,约为16%: the rate the clause before names
        if (q.unit.unit == "分" and _APPRAISED.fullmatch(p.text, left, q.start) and (item := _SCORED_ITEM.match(p.text))
                and item.end() <= left):
            indicator = clean(item.group("item")) + _APPRAISED.fullmatch(p.text, left, q.start).group(1)  # its item's score
        if raised:
            indicator = last_name
        listed_places = (_places_listed(indicator) if previous and last_name and previous[0].unit.unit == q.unit.unit
                         and "、" in indicator else "")
        if listed_places and (measure := _measure_of_place(last_name, listed_places, p.region)):
            indicator = listed_places + measure  # 其中昭南市、沐阳市、石门市均超过3人 after 昭南市每千人口执业医师3.41人
        else:
            listed_places = ""
        if q.unit.unit in _INSTITUTION_COUNTS and (reached := _reaching_standard(p.text, q.start, q.end, indicator, earlier)):
            indicator = reached  # 达到基本标准的11所: the township centres that reached it, not the standard
        if p.topic and (topical := _of_topic(p.topic, indicator, p.text[left:q.start], q.unit.unit)):
            indicator = topical
        if goal_of := _GOAL_BEHIND.fullmatch(indicator):
            indicator = goal_of.group("base") + goal_of.group("measure")  # 托位数距2025年每千人口4.5个的目标: 每千人口托位数
        # the document's own district, when its name holds 城区 (西城区每千人口执业医师数 in 西城区's report),
        # is looked up without it, as the urban part 城区 would keep the name off every key
        own = indicator[len(p.region):] if p.region and "城区" in p.region and indicator.startswith(p.region) else indicator
        key = canonical(own, q.unit.unit, None if raised else whole)  # the rise is of the standard, not a part of it
        if listed_places:
            key = None  # the places' values, none the document's own
        elif key is None and q.unit.kind == "rate" and p.heading and (headed := _of_heading(p.heading, indicator, q.unit.unit)):
            indicator, key = headed, canonical(headed, q.unit.unit)
        if key is None and aspect_ == "change" and q.unit.unit == "%" and indicator in named and "分别" not in p.text[:q.start]:
            key = level_key(indicator, named[indicator][1], whole, p.text[:q.start])  # 门急诊86.2万人次,同比增长4.8%: of that series
            if key is None and units()[named[indicator][1]].kind == "money" and years_change(p.text[:q.start]):
                key = _superior_funds(indicator, named[indicator][1])  # 争取上级各类项目资金1.26亿元,同比增长18.5%
        elif key is None and aspect_ == "change" and q.unit.unit == "%" and indicator not in named:
            # 力争卫生健康支出增长5%以上 with no amount beside it: a % change of a sum is of the sum's series
            key = level_key(indicator, "万元", whole, p.text[:q.start])
        elif key is None and aspect_ == "change" and (level := _level_added_to(indicator, q.unit.unit, named)):
            indicator, key = level, canonical(level, q.unit.unit, whole)  # 对象2863人,比上年新增417人: the change of those counted
        if q.unit.unit == "级" and (level := _LEVEL_THEN_WHOSE.fullmatch(indicator)):
            indicator = level.group("whose") + level.group("what")  # 电子病历系统应用水平县人民医院达到5级: the hospital's
        if scheme := _benefit_scheme(p.text, q.start, indicator):
            indicator = scheme + indicator  # 长期护理保险参保…,享受待遇2684人: that scheme's
        if aspect_ == "change" and q.unit.unit == "%" and (goods := _goods_cut(p.text, q.start, indicator)):
            indicator = goods + indicator  # 集采药品共126个,平均降价58%: those goods' price
        if key is None and aspect_ == "change" and q.unit.unit == "%" and way == "down":
            key = _price_cut_key(indicator)  # 集采药品平均降价53%: the cut rate's series, still a change
        if key and _AREA_RATIO.search(p.text, left, q.start):
            key = None  # 发病率…,仅为全省平均水平(265.3/10万)的七成左右: a ratio to another area's value
        # a group named before a ; is of that part (…贫困人口签约率100%;…)
        group = of_subgroup(key, indicator, p.text[_part_start(p.text, left):left]) if key else ""
        if group and group not in indicator:
            indicator = group + indicator  # 建档立卡贫困人口3.2万人,家庭医生签约服务率100%: the poor's
            key = canonical(indicator, q.unit.unit, whole)  # the group's own series, when there is one
        if (aspect_ == "completion" and ((key and dictionary()[key].unit == "%") or _RATE_NAME.search(indicator))
                and _DONE.fullmatch(p.text, left, q.start)):
            aspect_ = "level"  # 居民健康素养水平:2023年完成28.5%, 政策外多孩率:2016年完成2.31%: a rate's level, not a share of a task
        if aspect_ == "completion" and indicator.endswith("完成率") and _COURSE.search(indicator if indicator != "完成率" else last_name):
            # 临床路径入径率86.4%,完成率93.7%: the share of patients who finished the pathway they entered,
            # a rate's level as the 入径率 is, not a share of a task
            aspect_ = "level"
            if indicator == "完成率" and (head := _RATE_HEAD.search(last_name)):
                indicator = last_name[:head.start()] + indicator
        if key is None and q.unit.kind == "rate" and is_bare(indicator):
            # 65岁及以上老年人口4.2万人,…;健康管理率73.8%: the rate of the people counted last
            people = next((m for _, name, _ in reversed(earlier) if (m := _PEOPLE.search(name))), None)
            if people and canonical(people.group(1) + indicator, q.unit.unit):
                indicator = people.group(1) + indicator
                key = canonical(indicator, q.unit.unit)
        if (key is None and q.unit.kind == "rate" and all(is_bare(item) for item in indicator.split("、"))
                and (group := _patients_before(p.text, q.start)) and canonical(group + indicator, q.unit.unit)):
            # (三)做好严重精神障碍患者管理,…,规范管理率不低于90%: the rate of the one group of patients the
            # sentence names before it
            indicator = group + indicator
            key = canonical(indicator, q.unit.unit)
        if (q.unit.kind == "rate" and indicator.startswith(_registered())
                and (group := _patients_before(p.text, left)) and not group.endswith(_registered())):
            # 严重精神障碍患者检出率4.62‰,在册患者规范管理率92.7%: the register of the patients named before
            indicator = group.removesuffix("患者") + indicator
            key = key or canonical(indicator, q.unit.unit)
        # not a rate 分别 gave each listed count (出厂水108份、末梢水324份,合格率分别为…): named by them
        if (key is None and q.unit.kind == "rate" and q.start not in of_listed and is_bare(bare := clean(p.text[left:q.start]))
                and (known_rate := named_rate(indicator)
                     or (not group_named(indicator) and named_rate(_subject_before(p.text, left, bare) + bare)))):
            # the subject may lie further back in the clause before than a name reaches (家庭医生签约服务覆盖面
            # 进一步扩大,签约率: 家庭医生签约率), where the name has no group of its own (建档立卡贫困人口…参保率)
            indicator, key = known_rate, canonical(known_rate, q.unit.unit)  # 签约率 after 组建家庭医生签约服务团队
        if (key is None and q.unit.kind == "rate" and p.heading and q.start not in of_listed and is_bare(indicator)
                and (headed := named_rate(_BULLETS.sub("", p.heading) + indicator))):
            indicator, key = headed, canonical(headed, q.unit.unit)  # (二)做实家庭医生签约 … 签约率: 家庭医生签约率
        if (key is None and q.unit.kind == "count" and p.heading
                and (headed := named_count(_BULLETS.sub("", p.heading), indicator, q.unit.unit))):
            indicator, key = headed, canonical(headed, q.unit.unit)  # 团队数量 under 做实家庭医生签约: 家庭医生团队
        if key and q.unit.kind == "rate" and q.start not in of_listed and is_bare(bare := clean(p.text[left:q.start])):
            indicator, key = _group_rate(p.text, left, bare, q.unit.unit, key) or (indicator, key)
        if key and q.unit.kind == "rate" and earlier and earlier[-1][2] in ("count", "rate") and indicator in cues()["indicator"]["treated_rates"]:
            # 新发现肺结核患者…,成功治疗率; 肺结核患者规范管理率…,成功治疗率: the same patients'
            counted = earlier[-1][1] if earlier[-1][2] == "count" else whose(earlier[-1][1])
            indicator = _patients_rate(counted, indicator, q.unit.unit, key)
        if key is None and q.unit.kind == "rate" and aspect_ == "level" and len(earlier) >= 2 and q.start not in of_listed:
            indicator = _deed_rate(clean(p.text[left:q.start]), earlier) or indicator
        if ((key is None or len(indicator) <= 5) and q.unit.kind == "rate" and aspect_ == "level" and q.start not in of_listed
                and indicator == clean(p.text[left:q.start])
                and (of_counted := _rate_of_counted(indicator, earlier, _clause_before(p.text, left), made_of_counted,
                                                    key is not None))):
            indicator, key = of_counted, canonical(of_counted, q.unit.unit)  # 报告疑似预防接种异常反应32例,报告及时率
            made_of_counted.add(indicator)
        if key is None and q.unit.kind == "rate" and indicator in cues()["indicator"]["held_rates"]:
            indicator = _staff_named(earlier) + indicator  # 开展托育从业人员培训4期,…,持证上岗率: the staff's
        if key is None and q.unit.kind == "rate" and earlier and earlier[-1][2] == "rate":
            indicator = _share_of_sibling_kind(indicator, earlier[-1][1]) or indicator
        if key and q.unit.kind == "rate" and earlier and earlier[-1][2] == "rate":
            indicator = _group_of_sibling(indicator, key, earlier[-1][1])  # 新生儿疾病筛查率…,听力筛查率
        if (key is None and q.unit.kind == "rate" and aspect_ == "level" and earlier and q.start not in of_listed
                and (of_deed := _rate_of_deed(indicator, earlier, q.unit.unit))):
            indicator, key = of_deed  # 抗病毒治疗182人,治疗覆盖率89.7%: the deed's rate
        if q.unit.kind == "count" and earlier and earlier[-1][2] == "count":
            indicator = _found_by_screening(indicator, earlier[-1][1])  # …筛查1.12万人,发现高危人群1860人
        if key is None and q.unit.kind == "count" and not indicator.endswith(q.unit.unit) and not of_institution(indicator):
            key = canonical(indicator + q.unit.unit, q.unit.unit, whole)  # 门诊45.6万人次: 门诊人次
        if key is None and q.unit.kind == "money" and (project := _project_named(indicator, earlier)):
            indicator, key = project, canonical(project, q.unit.unit)  # 项目人均补助标准…,拨付项目资金: that project's
        if key is None and q.unit.kind == "money":
            key = _superior_funds(indicator, q.unit.unit)  # 争取中央和省级基层卫生项目资金: funds from above
        if key is None and q.unit.kind == "money" and indicator in cues()["indicator"]["raised_bare"]:
            key = _raised_by(earlier, q.unit.unit)  # 人均筹资标准达到470元,…,全年筹集基金19396.9万元: the scheme's fund
        if key and (q.start in unpaired or (row_place and indicator.startswith(row_place))
                    or not _of_series(p, q, left, indicator, key, q.start in dated, role_)
                    or (place and indicator.startswith(place)) or (aspect_ == "change" and _FROM_GOAL.search(p.text, left, q.start))):
            # numbers after 分别 that pair with no names, a value off the series (another place's, named
            # as such above though jieba does not know it), a distance from a goal
            key = None
        if key and aspect_ == "change" and year_ and (since := _since_year(p.text[left:q.start])) and year_ - since > 1:
            key = None  # 较2015年底增加312人, 比“十二五”末增加842人 in 2020: a change over several years, no year's
        if key and aspect_ == "completion" and indicator.endswith(("规划目标", "规划目标增量")):
            key = None  # 高血压患者规范管理率63.5%,仅完成规划目标的90.7%: how far to its goal, no value of the rate's series
        if key and opens_part and previous and of_post_staff(last_name, key):
            # 乡村医生4286人,其中执业(助理)医师1639人: the village doctors', not all physicians
            indicator, key = indicator if indicator.startswith(last_name) else last_name + indicator, None
        if of_petitions(key, p.text[:q.start]):
            key = None  # 受理热线工单1532件,…,群众满意度94.2%: the satisfaction with how the hotline handled them
        if of_other_campaign(key, p.text[:q.start]):
            key = None  # 落实“谁执法谁普法”责任制,…发放宣传资料3.2万份: the law's leaflets, no health education's
        if key and standing and any(canonical(name, q.unit.unit) == key for _, name, kind in earlier if kind == "count"):
            key = None  # 在管严重精神障碍患者2174人 after 在册…2218人: those in care are no value of the registered's series
        if key and q.unit.kind == "money" and (part or in_part) and (opening := p.text.rfind("其中", 0, q.start)) >= 0 and any(
                canonical(name, q.unit.unit) == key for start, name, kind in earlier if kind == "money" and start < opening):
            key = None  # 罚没款87.35万元,其中涉及疫情防控案件58件、罚款11.2万元: a part of the sum before, not the year's fines
        qualifier, aside = goal_bound or q.qualifier, False
        if qualifier == "exact" and q.unit.kind == "rate" and (bound := _bound_after_per().match(p.text, q.end)):
            qualifier = "at_least" if bound.group("word") in cues()["qualifier"]["at_least_after"] else "at_most"
        if (role_ == "actual" and previous and previous[0].unit.unit == q.unit.unit and q.qualifier in ("at_most", "at_least")
                and p.text[previous[0].end:q.start].removeprefix(",") in _KEPT_WORDS and p.text[previous[0].end] == ","):
            role_ = "target"  # 血液报废率为1.83%,控制在2%以内: the bound it was kept under
        if (role_ == "actual" and q.qualifier in ("at_most", "at_least") and p.text.endswith(_KEPT_WORDS, 0, q.start)
                and _ACTUAL_AFTER.match(p.text, q.end)):
            role_ = "target"  # 自付比例控制在10%以内,实际为8.7%: the bound, beside what was reached
        if role_ == "target" and GOAL_AFTER.match(p.text, q.end) and _SET_AGAINST.search(p.text, max(0, q.start - 3), q.start):
            # 预计达到18.7%,低于20%的目标: the projection is below the goal, the goal is 20% (a
            # control goal is a ceiling: 低于1%的控制目标)
            qualifier = "at_most" if _CEILING_NORM.search(GOAL_AFTER.match(p.text, q.end).group()) else "exact"
        near = p.text[max(0, q.start - 10):q.start]  # (each value of `_ELSEWHERE` follows 平均 or a bracket and 全)
        elsewhere = _ELSEWHERE.search(p.text, max(0, q.start - 10), q.start) if "平均" in near or "(全" in near else None
        below_city = (p.region or "").endswith(("区", "县", "旗"))
        larger = (None if elsewhere or (p.region or "").endswith(("省", "自治区"))
                  # 全省为5.1‰, or 全省2.1‰ right after the place's own value in that unit (not 全省21个市)
                  else (said if "全" in near and ((said := _LARGER_AREA_SAID.search(p.text, max(0, q.start - 10), q.start))
                                                  or below_city and (said := _CITY_SAID.search(p.text, max(0, q.start - 10), q.start)))
                        and (said.group().endswith(("为", "是")) or previous and previous[0].unit.unit == q.unit.unit) else None))
        # 全市居民电子健康档案建档率为92.8% in a district's report: the city's; 全国人均预期寿命为78.6岁 the country's
        opened = (None if larger or elsewhere or (p.region or "").endswith(("省", "自治区")) or q.start == left
                  else ((below_city and _CITY_CLAUSE.match(p.text, left)) or _NATION_CLAUSE.match(p.text, left)
                        or (p.region and (province := _PROVINCE_CLAUSE.match(p.text, left))
                            and not _OWN_PLACE_NAMED.search(p.text, province.end(), q.start) and province)))
        beyond = _BEYOND.search(p.text, max(0, elsewhere.start() - 2), elsewhere.start()) if elsewhere else None
        area = (_AREA_AFTER_BEYOND.search(p.text, max(0, q.start - 12), q.start)
                or (_LEVEL_AFTER.match(p.text, q.end) and _AREA_BEFORE_LEVEL.search(p.text, max(0, q.start - 4), q.start))
                or (_BEYOND_BEFORE.search(p.text, max(0, q.start - 2), q.start) and _AREA_LEVEL_AFTER.match(p.text, q.end)))
        # the n-th number after 分别 is of the n-th fact before, whatever it is set against
        level_unit = _LEVEL_UNIT.get(q.unit.unit, q.unit.unit)
        # (the fact just before names it only when in that unit: not 就诊率88%,…低于全省平均水平0.26人)
        level_of = indicator if q.start in of_listed else level_name.get(
            level_unit, last_name if previous and previous[0].unit.unit in (level_unit, q.unit.unit) else "")
        # a number listed after one set against another area is set against it too (分别比全市平均高3.4和2.9个百分点)
        listed_off = off_series if previous and _LIST_JOIN.fullmatch(p.text, previous[0].end, q.start) else ""
        # 全市常住人口签约率为35.2%,重点人群签约率为92.1%: a clause naming no place of its own after the larger
        # area's clause goes on with that area's values
        # (and its change: …为35.2%,比上年提高2个百分点); a clause of the place's own (我区为…) takes no name of the area's
        was_opened, area_opened = area_opened, None
        if was_opened and previous and not (opened or larger or elsewhere):
            if not _OWN_PLACE.search(p.text, left, q.start) and (
                    indicator == last_name or q.start > left and p.text[previous[0].end:left] == ","):
                opened = was_opened
            elif indicator.startswith(was_opened.group("place")) and was_opened.group("place") not in p.text[left:q.start]:
                indicator = indicator.removeprefix(was_opened.group("place"))
        off_series = ""
        # 比年度目标93%高出0.8个百分点: how far the result is from the goal just stated
        from_goal = bool(previous and last_dated[1] == "target" and _GAP.fullmatch(p.text, previous[0].end, q.start)
                         # …63.8%,比年度指标值低1.2个百分点: from a goal whose value is not said, of the level just stated
                         or aspect_ == "change" and previous and _FROM_GOAL.match(p.text, left))
        if from_goal:
            role_ = "actual"
        if ((beyond and elsewhere.group("average") and not elsewhere.group().endswith("("))
                or _DISTANCE.search(p.text, max(0, q.start - 12), q.start) or listed_off == "distance"
                or bracketed and _FROM_BRACKETED.search(p.text, max(0, q.start - 30), q.start) or from_goal
                or ((q.unit.unit in _LEVEL_UNIT or (previous and previous[0].unit.unit == q.unit.unit))
                    and (other := _OTHER_GROUP.search(p.text, max(0, q.start - 14), q.start))
                    and not _NO_GROUP.search(other.group("other")))):
            # 高于全国平均水平0.22张, 比全国平均水平高0.16人: how far the value is from the average, not the average
            key, aspect_, way = None, "change", direction(p.text, q.start) or (previous[2] if listed_off else None)
            if role_ == "target" and last_dated[1] == "actual" and not pledged(p, q.start, q.end):
                role_, year_ = "actual", last_dated[0]  # a plan's 现状:…仅为49.3%,低于全省平均水平约5个百分点: how far it is now
            # (…与全市平均水平(3.65人)相比仍差0.38人: the place's own 每千人口注册护士数, not the average's)
            level_of = _AVERAGE_OF.sub("", _AVERAGE_NAMED.sub("", level_of))
            indicator, off_series = level_of or _without_area(indicator), "distance"
        elif area and not elsewhere and not (norms and _NORM_AFTER.match(p.text, q.end)):
            # 高于全国7.23张和全省6.98张的水平: another area's value
            key, qualifier, aside = None, "exact", True
            indicator = area.group("place") + (level_of if level_of and level_of != indicator else _without_area(indicator))
            off_series = area.group("place")
        elif norms and ((norm := _NORM_AFTER.match(p.text, q.end)) and _COMPARED.search(p.text, left, q.start) and q.start > left
                        or (norm := _NORM_BRACKETED.search(p.text, max(0, q.start - 12), q.start)) and p.text.startswith(")", q.end)
                        or (norm := _NORM_BEFORE.search(p.text, max(0, q.start - 12), q.start))
                        or (norm := _NORM_APART.search(p.text, max(0, q.start - 14), q.start)) and _GAP_AFTER.match(p.text, q.end)):
            # 远低于1至1.5名的标准: the norm the value is measured against, a goal the bureau did not set
            # the bound is the norm's when written inside its bracket (低于C级标准(≤3%))
            key, role_, aside = None, "target", True
            own_bound = p.text[q.start - 1:q.start] in ("≤", "≥", "<", ">") or p.text.endswith(_NORM_BOUNDS, 0, q.start)
            # 未达到每人每年不少于6个月的要求: the norm's bound; 低于30%的控制标准: a ceiling
            qualifier = qualifier if own_bound else "at_most" if _CEILING_NORM.search(norm.group()) else "exact"
            indicator = (level_of or indicator) + norm.group("word")
        elif norms and (norm := _NORM_SHORT_OF.match(p.text, q.end)) and (by := _BY_NORM.search(p.text, left, q.start)):
            # 按照每万人口1.75人的标准缺编约20人: the norm the staff is counted short of, not the place's value
            key, role_, aside = None, "target", True
            indicator = _norm_name(by.group("name") + norm.group("what"), level_of) + norm.group("word")
        elif larger:  # 婴儿死亡率3.8‰,全省为5.1‰: the province's value beside the place's own
            key, aside = None, True
            if larger.groupdict().get("goal"):
                role_ = "target"
            elif _now_elsewhere(p, q, role_):
                role_, year_ = "actual", None  # a plan's 全市为4.1人: the city's now, no goal of the place's
            indicator = larger.group("place") + _AREA_OPENING.sub("", level_of or _without_area(indicator))
            off_series = larger.group("place")
        elif opened:  # the clause names the larger area's own measure
            key, aside, area_opened = None, True, opened
            if _now_elsewhere(p, q, role_):
                role_, year_ = "actual", None  # 全国每千人口执业(助理)医师数3.4人 in a plan
            indicator = opened.group("place") + _AREA_OPENING.sub("", _without_area(indicator))
            off_series = opened.group("place")
        elif elsewhere:  # another area's value: no key of the bureau's series, nor the name of its level
            key, aside = None, True
            if elsewhere.group("place") and elsewhere.group("place") not in indicator:
                indicator = elsewhere.group("place") + indicator
                off_series = elsewhere.group("place")
            elif elsewhere.group("average") and q.unit.unit in level_name:
                # 低于全省平均水平(2.7人): 全省平均每千人口执业医师; also after the value's change (…,较上年下降2.3%,低于…)
                off_series = elsewhere.group("average") + "平均"
                indicator = off_series + (level_of if q.start in of_listed else level_name[q.unit.unit])
            elif elsewhere.group("average") and _AVERAGE_NAMED.search(indicator):
                # 每千人口注册护士数与全市平均水平(3.65人)相比: 全市平均每千人口注册护士数
                off_series = elsewhere.group("average") + "平均"
                indicator = off_series + _without_area(indicator)
        elif listed_off:  # 分别高于全省平均的90.4%和90.1%: the second is the province's too
            key, aside = None, True
            indicator, off_series = listed_off + _without_area(level_of or indicator), listed_off
        if (aspect_ == "change" and (_PACE_ONLY.fullmatch(indicator) or _PACE_ONLY.fullmatch(p.text, left, q.start))
                and (lagging := _PROGRESS_BEFORE.search(p.text, max(0, left - 24), left))):
            indicator = clean(lagging.group("name"))  # 体检进度滞后,低于序时进度1.4个百分点: of the 体检进度
        if key and _QUARTER_OPENING.match(indicator):
            key = None
        if _PLACES_AMONG.match(p.text, q.end):
            indicator, key = _PLACES_AMONG.match(p.text, q.end).group(1), None  # 全县24个乡镇中已有…6个: the places, not those titled
        if (q.unit.kind == "money" and previous and previous[0].unit.unit in ("人", "户")
                and _PAID_AFTER_COUNT.fullmatch(p.text, previous[0].end, q.start)
                and not _LAST_OF_PARTS.search(p.text, clause_bounds(p.text, previous[0].start, previous[0].end)[0],
                                              previous[0].start)):
            indicator = paid_to(last_name, indicator)  # 奖励对象387人,已发放奖扶金…: the scheme's, as the count is
        unit = q.unit
        stated = units().get(dictionary()[key].unit) if key and q.value == 0 else None
        if stated and stated.kind == unit.kind:
            unit = stated  # none is none in any unit: 孕产妇死亡率…分别为0、3.2‰ gives 0 /10万
        value, value_max = float(q.value), float(q.value_max) if q.value_max is not None else None
        if value < 0 and aspect_ == "change" and (value_max is None or value_max <= 0):
            # 增长-1.2%, 同比-2.1%: a change's value is its size and its way down, as 下降1.2% (and as a
            # table's -1.2 under 增长 reads); the sign stays in the surface
            value, value_max = (-value, None) if value_max is None else (-value_max, -value)
            way = "down"
        failed = flags(unit.unit, value, value_max, aspect_, key, named.get(whole) if whole else None)
        if role_ != "baseline":  # the whole a part is of is the value reached, not where it started
            named.setdefault(indicator, (value, unit.unit))
        target = (indicator, unit.unit) if role_ in ("target", "quota") else None
        if not (aspect_ == "completion" and last_name and indicator.removeprefix(last_name) in ("任务", "任务数")):
            # a share of the task done leaves the count it is of the name a change after it borrows (登记肺结核患者
            # 149例,完成任务的92.0%,较上年同期下降11.3%: the patients fell, not the task)
            last_name, last_key, last_dated = indicator, key, (year_, role_)
        opens_list = _own_year(p, q) == year_ and bool(_CLAUSE_YEAR.match(p.text, clause_bounds(p.text, q.start, q.end)[0]))
        listed_year = year_ if role_ == "actual" and year_ and (opens_list or year_ == listed_year) else None
        last_own = year_ if _own_year(p, q) == year_ and not _OBJECT_YEAR.search(p.text, left, q.start) else None
        if aspect_ == "change" and unit.unit == "%":
            changes_met.append(indicator)
        years_met.add(year_)
        if role_ == "baseline":
            baselines.add(q.start)
        if aspect_ == "change":
            changes_at.add(q.start)
        if aspect_ == "level" and not aside:
            level_name[unit.unit] = indicator
        earlier.append((q.start, indicator, unit.kind))
        # a change after a count leaves the count the one a share is of (…,同比增长6.2%,占全县的40.1%)
        # (not after an average: 乡村医生186人,平均年龄56.3岁,其中60岁以上的占41.9% is of the doctors)
        of_counted = _average(indicator, unit.kind) and previous is not None and previous[0].unit.kind == "count"
        if (unit.kind != "rate" or aspect_ == "level") and not of_counted:
            counted = "" if unit.kind == "rate" else indicator.removeprefix(whole or "")
        # a name of four the dictionary knows, opening on no verb, names its subject fully (两癌筛查6120人,
        # 完成率102%), as a longer one does; not 签约居民, who are the subject of a 签约率 longer before them
        if ((len(indicator) > SHORT or role_ == "baseline"
             or (key and len(indicator) == SHORT and not starts_with_verb(indicator))) and not is_bare(indicator)
                and not indicator.endswith("面积")  # …综合楼建筑面积1.2万平方米,已完成投资…: the building's, not its area's
                and not of_counted  # 乡村医生186人,平均年龄56.3岁,其中60岁以上的…: of those counted before
                and (role_ == "baseline" or not indicator.startswith(parent[0] or "\0")
                     or (unit.kind == "money" != units()[parent[1]].kind and previous
                         and not _CLAUSE_SPLIT.search(p.text, previous[0].end, q.start)))
                and p.text.count("(", 0, q.start) <= p.text.count(")", 0, q.start)):
            # not an aside in brackets: 档案38.6万份(电子档案36.2万份),建档率…; a baseline names the value
            # reached after it, however short its name (采样点由260个增加到1150个), and however like the
            # subject before it (水样288份,合格率由81.2%提高到86.4%: 水样合格率, not 水样); the money a count's
            # works cost in its clause names what comes after it (6个…提升工程完成投资2340万元,由上年的1520万元…)
            parent = (indicator, unit.unit)
        elif of_counted and len(earlier) > 1:
            # 乡村医生186人,平均年龄56.3岁,其中60岁以上的占41.9%: the parts after the average are of those counted
            counted_name = earlier[-2][1]
            if indicator.startswith(counted_name) and len(counted_name) >= 2:
                parent = (counted_name, previous[0].unit.unit)
        shown, shown_key = indicator, key
        if (role_ == "target" and unit.kind == "rate" and p.text[left:left + 1] in ("均", "都")
                and _ALL_REACH.match(p.text, left, q.start) and "分别" not in p.text[left:q.start]):
            shown = _goal_of_all(p.text, left, earlier[:-1], indicator)  # …,均达到2022年60%以上的目标: the goal of each rate
        if q.start in refits:
            # the item the share's numbers are of, for the share and its task (what follows is named as before)
            names = {start: name for start, name, _ in earlier}
            fitting, listed_last = (names.get(start, "\0") for start in refits[q.start])
            if indicator.startswith(listed_last):
                shown = fitting + indicator[len(listed_last):]
                shown_key = key and canonical(shown, unit.unit, whole)
        yield Fact(
            kind=unit.kind,
            value=value,
            value_max=value_max,
            unit=unit.unit,
            start=p.start + q.start,
            end=p.start + q.end,
            surface=p.text[q.start:q.end],
            sentence=p.text,
            sentence_start=p.start,
            qualifier=qualifier,
            role=role_,
            aspect=aspect_,
            direction=way,
            year=year_,
            indicator=_owners(p, shown, shown_key, p.text[:q.start]),
            indicator_key=shown_key,
            # one number of several names (均达到78%), not one of a list paired with names in order (分别)
            other_keys=None if "分别" in p.text[p.text.rfind(";", 0, q.start) + 1:q.start] else other_keys(shown, unit.unit, shown_key),
            flags=failed,
        )
