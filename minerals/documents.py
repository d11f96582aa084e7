"""From one normalised file to its documents: articles, sections, sentences and metadata.

Report-sharing sites glue several articles into one file (第一篇:…, 篇一:…, 范文一, …篇1,
(扩展1), 扩展阅读), and mirrors a shortened copy of the first under its title again; each article
is a document of its own.  A document knows its title, years, type, bureau and region as far as
its own words tell (FACTS.md, "Documents").
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Iterator

import regex

from extractors.facts import PART_YEAR_TITLE, PLAN_PERIOD_TITLE
from extractors.indicators import not_places
from extractors.meaning import cues
from extractors.quantities import find

from .han import han_class, han_count
from .normalise import SITE_PRAISE, names_issuer, names_outlet, simplified

_CN_NUM = "一二三四五六七八九十"


def _rows(file: str) -> list[list[str]]:
    """The lines of a list in `data/`, split at spaces; a line starting with # is a comment."""
    text = (Path(__file__).parent / "data" / file).read_text(encoding="utf-8")
    return [line.split() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _names(file: str) -> frozenset[str]:
    """The names of a list in `data/`, several on a line."""
    return frozenset(name for row in _rows(file) for name in row)


_ONE_CHARACTER_COUNTIES = _names("one_character_counties.txt")
_ONE_CHARACTER_COUNTY = "|".join(sorted(_ONE_CHARACTER_COUNTIES))  # 涉县|沛县|…, which no {2,8} name takes

# Headers that open an article of a compilation: 第一篇, 【篇2】, 篇三:, 范文一, (扩展1), 扩展阅读.
_NAMED_HEADER = re.compile(
    rf"^(?:【?第[{_CN_NUM}\d]+篇】?[:]?|【?篇[{_CN_NUM}\d]+】?[:]?|(?:精选)?范文[{_CN_NUM}\d]+[:]?|[(]扩展\d+[)]|扩展阅读[:]?|——)"
    rf"[ ]*(?P<title>[^\n]{{0,60}})$", re.M
)
# The line break before a line that may open with such a header: `re` finds it fast, and the header
# is tried there only (and at the text's start).
_BEFORE_NAMED_HEADER = re.compile(r"\n(?=【|第|篇|精选|范文|[(]扩展|扩展阅读|——)")
# After a rule of dashes, the title of a glued article names a summary or a plan.
_DASHED_TITLE = regex.compile(r"^(?!在)[^\n]*(?:总结|计划|要点|打算|报告|汇报)")
# …(扩展1) and 卫生院工作计划范文第二篇: a title with the article's number after it.
# A page's title repeated before each article's number: 卫计局工作总结范文三篇 篇一, 卫生院2019年工作总结 篇二.
# The article's number may be in brackets: 卫生健康局年度工作总结范文3篇(篇一).
_TITLE_THEN_NUMBER = regex.compile(rf"^(?P<title>[^\n。,;:!?]{{2,40}}?)(?:(?:范文)?[{_CN_NUM}\d]{{1,2}}篇[ ]*(?P<open>[(【])?篇[{_CN_NUM}\d]{{1,3}}"
                                rf"|(?<=总结|计划|要点|打算|汇报|报告)[ ]*(?P<open>[(【])?篇[{_CN_NUM}]{{1,3}})(?(open)[)】])[ ]*$",
                                regex.M)
_EXTENSION = regex.compile(rf"^(?P<title>[^\n]{{2,60}}?)(?:[(]扩展\d+[)]|(?:范文)?第[{_CN_NUM}\d]+篇)[ ]*$", regex.M)
_NUMBERED = regex.compile(r"^[ ]*(?P<title>(?P<prefix>(?=[^\n]*\p{Han})[^\n,。;:]{4,40}?)[ ]*(?:篇[ ]*)?\d{1,2})[ ]*$", regex.M)  # not 100.0
_DIGIT_LINE_END = regex.compile(r"\d[ ]*$", regex.M)
# The same title numbered in Chinese, in brackets: 卫生局工作总结(一), 卫生局工作总结(二).
_NUMBERED_CN = regex.compile(r"^[ ]*(?P<title>(?P<prefix>[^\n,。;:]{2,40}?(?:总结|计划|报告|打算|要点|范文))[ ]*\([一二三四五六七八九十]{1,2}\))[ ]*$",
                             regex.M)
_BRACKET_LINE_END = regex.compile(r"\)[ ]*$", regex.M)

# A page number and a sharing site's label glued before a title (1、高品质文档2022年…), a forum's repost tag or
# a site's pick (【转帖】xx县卫生局2015年工作总结, 【精品推荐】YY县卫生局2003年卫生工作总结, 【范文下载】…, 【文库】…, 【精品文档】…), a portal's column
# (一图读懂|临江市卫生健康局2025年上半年工作总结), a site's or a database's name after it (_中国年鉴网络出版总库), or a
# yearbook's page number in dots its header sets beside the title (·312·梅溪县年鉴(2020), 桐江市年鉴2008·2 4 7·), or
# a site's label of a model text after the title's last word (2019年县卫生健康局工作总结范文).
_TITLE_JUNK = regex.compile(r"^(?:\d{1,3}、)?(?:[【\[](?:转帖|转载|原创|分享|转|精品推荐|推荐|精品|精选|范文下载|范文|免费下载|文档下载|文库|文档|" + SITE_PRAISE + r")[】\]][ ]*)?" + SITE_PRAISE + "?"
                         r"(?:(?:一图读懂|一图看懂|一图了解|图解|图说|数说)[ ]*[|丨:][ ]*)?"
                         r"|[ ]*" + SITE_PRAISE + r"?[ ]*(?:可编辑|可下载|word版|WORD版)*[ ]*$"
                         r"|[ ]*[-_|][ ]*\p{Han}{0,8}(?:文库|文档|范文|在线|网|总库|数据库)[ ]*$"  # …2021年工作总结-文档在线, _豆丁网
                         r"|^[ ]*·[ ]*\d[\d ]{0,6}·[ ]*|[ ]*·[ ]*\d[\d ]{0,6}·[ ]*$"
                         r"|[ ]*[(](?:供大家参考|仅供参考|供参考|转)[)][ ]*$"  # a poster's note: …工作总结(供大家参考)
                         r"|(?<=总结|计划|要点|打算|汇报|思路)(?:范文|模板)(?:大全)?[ ]*$")  # a site's label: …工作总结范文
# A forum post's header lines above the post: who posted when (楼主 发表于 2008-2-18 10:23 | 只看该作者),
# and the note of its last edit (本帖最后由 某人 于 2008-2-18 10:30 编辑).
_POST_HEADER = regex.compile(r"(?:楼主|沙发|板凳|地板|\d{1,4}楼|#\d{1,4})?[ ]*发表于[ ]*(?:19|20)\d{2}-\d{1,2}-\d{1,2}[^\n]*"
                             r"|本帖最后由[^\n]{1,40}编辑")
# A site's list of related documents (相关文档推荐:, 【相关推荐】, 猜你喜欢; a post's 往期推荐), its link lines, and an article a
# site glued after them: that article is a document of its own, titled by the last line
# before its first paragraph; the links belong to neither.
_RELATED = re.compile(r"^[ ]*[【\[]?(?:相关文档推荐|相关推荐|相关范文|猜你喜欢|你可能感兴趣的?|热门推荐|精彩推荐|往期推荐|往期回顾|往期精彩|推荐阅读|相关阅读|延伸阅读)[^\n]{0,12}$", re.M)  # words and plain classes: `re` is twice as fast
_LINE = regex.compile(r"[^\n]+")
_LINK_LINE = regex.compile(r"^[^\n。;!?]{1,40}$")
# A top-level heading: 一、… or 第三部分 …, at a line start or after the end of a sentence.
_HEADING = regex.compile(
    rf"(?:^|(?<=[。;:!?\n]))(?:(?P<mark>[{_CN_NUM}]{{1,3}})、(?![{_CN_NUM}]{{1,2}}[级类])|第(?P<mark>[{_CN_NUM}]{{1,3}})(?:部分|章)[ \u3000:、]?)"
    rf"(?P<title>[^\n。]{{1,40}}?)(?=[(][{_CN_NUM}]{{1,3}}[)]|[{_CN_NUM}]是|[。\n]|$)",
    regex.M,
)
# A heading run into its first sentence, as PDF text has it: 三、2019年工作打算力争…
_RUN_ON_PLAN_HEADING = regex.compile(
    rf"(?:^|(?<=[。;:!?\n]))(?P<mark>[{_CN_NUM}]{{1,3}})、(?P<title>[^\n。,]{{0,16}}?(?:工作计划|工作打算|工作思路|工作安排|工作要点|工作重点|计划(?!生育|免疫)|打算))",
    regex.M,
)
# A heading of problems run into its first sentence: 三、存在问题公共卫生人员不足,每万人口…
_RUN_ON_PROBLEMS_HEADING = regex.compile(
    rf"(?:^|(?<=[。;:!?\n]))(?P<mark>[{_CN_NUM}]{{1,3}})、(?P<title>存在的?(?:主要|突出)?(?:问题|不足|困难)(?:(?:和|与|及)(?:不足|困难|挑战|问题))?)"
    rf"(?=\p{{Han}})(?![和与及])",
    regex.M,
)
# A county's 人口和计划生育局 (人口计生局) carried family planning before it joined the health office
# in 2013: its reports are of the genre.
_OFFICE = (r"卫生健康委员会|卫生健康委|卫生健康局|卫生和计划生育委员会|卫生和计划生育局|卫生计生委|卫健委|卫健局|卫生计生局|卫生局|卫计局|卫计委|卫生厅"
           r"|人口和计划生育委员会|人口和计划生育局|人口计生委|人口计生局")
# A plan heading on a line of its own, without a number: 2021年工作思路, 下一步工作打算, a portal's
# 下半年目标, and the plan part of a summary and plan under its own title (XX县卫生局2003年工作打算),
# naming an office the text named before it: a report's own title, or another office's, is no heading of its parts.
_LINE_PLAN_HEADING = regex.compile(
    rf"^[ ]*(?P<title>(?P<office>[\p{{Han}}xX×*＊○□]{{0,12}}?(?:{_OFFICE}))?(?:(?:19|20)\d{{2}}年度?|明年|下一步|下步|下半年|今后)的?(?:\p{{Han}}{{0,6}}工作)?(?:计划|打算|思路|安排|要点|重点|目标)"
    r"|(?:19|20)\d{2}年,?\p{Han}{0,6}?(?:这样干|这么干|怎么干|干什么|再出发|新目标|展望))[ ]*$",  # a post's 2024年,我们这样干
    regex.M,
)
# A post's headings, numbered 01, 02 … on lines of their own (08 2024年,我们这样干).
_POST_HEADING = regex.compile(r"^[ ]*0[1-9][ ]*(?P<title>(?:\p{Han}|(?:19|20)\d{2}年)[^\n。;]{1,24}?)[ ]*$", regex.M)
# A yearbook's or a post's headings, a topic in square brackets at a line's start: 【概况】 2018年,全县…,
# 【疫情防控】筑牢防线守护平安.  Not a page's buttons and notices (【打印本页】【关闭窗口】, 【下载提示】), nor the
# speakers of an interview, whose names come back (【主持人】, 【何建平】).
_BRACKET_HEADING = regex.compile(r"^[ ]*【(?P<title>(?:(?:19|20)\d{2}年度?)?\p{Han}{2,10})】(?![ ]*【)", regex.M)
_NOT_BRACKET_HEADING = re.compile(r"打印|关闭|下载|纠错|字体|来源|推荐|相关|文档|文章|篇|范文|编者按|导读|片头|访谈|记者|主持|提示|说明|盘点")
# A second-level heading: (一)…, up to the end of its first sentence (PDF text runs it on
# from the heading above, so nothing is required before it), or opening with a quoted name ((二)“两癌”免费筛查);
# one that opens with a number is a line of its own ((四)0-6岁儿童健康管理).
_SUBHEADING = regex.compile(
    rf"[(](?P<mark>[{_CN_NUM}]{{1,3}})[)](?P<title>(?:\p{{Han}}|“\p{{Han}}|\d{{4}}年)[^\n。;]{{1,39}}?|\d[^\n。;,]{{1,39}}(?=\n|$))(?=[。;\n]|$)",
    regex.M,
)
# The label of a list item before what it says: (四)基层能力:…
_LABEL = regex.compile(r"([^,:;。]{2,12}):")
_BRACKETED = regex.compile(r"\([^()]*\)")
# Heading words are compiled with `re`, which finds words and plain classes faster than regex; only
# _PLAN_HEADING's lookbehinds of varying width need regex.
_PLAN_HEADING = regex.compile(r"(?<!营养改善)计划(?!生育|免疫)|打算|思路|安排|要点|明年|下一步|下步|谋划|展望|重点工作|工作重点|设想|任务目标|工作目标"
                           r"|主要任务|工作任务|重点任务|目标任务"  # 三、2013年主要工作任务, 二、准确把握今年工作的目标任务
                           r"|这样干|这么干|怎么干|再出发|会议(?:强调|要求|部署|明确)"
                           r"|(?:做好|抓好|干好|推进)(?:19|20)\d{2}年"  # a speech's 二、全力推进2023年各项工作
                           r"|(?<!免疫)规划|发展目标|主要目标|预期目标|^(?:(?:19|20)\d{2}年度?|下半年|明年|下一步)目标$"  # a post's 【2023年目标】, a portal's 下半年目标  # 一、免疫规划工作 reports vaccination, 三、学生营养改善计划 a programme
                           r"|(?<!(?:问题|不足|困难|短板)[\p{Han}、]{0,6})(?:改进|整改)措施"  # a self-evaluation's 五、改进措施; not 存在问题及改进措施
                           r"|(?<!(?:问题|不足|困难|短板)[\p{Han}、]{0,6})整改(?:要求|意见)")  # a notice's 五、整改要求: what those inspected are to do
# Heading words that name a plan only where no clearer plan heading follows: 二、重点工作 before
# 三、2024年工作计划 reports the year's work.
_WEAK_PLAN_HEADING = re.compile(r"重点工作|工作重点|任务目标|工作目标|发展目标|主要目标|预期目标|主要任务|工作任务|重点任务|目标任务")
# A subheading that looks ahead whatever its section: (三)明年工作, (五)下一步工作打算.
_AHEAD_SUBHEADING = re.compile(r"^(?:明年|下一步|下步|下年度?|来年|今后)|工作(?:计划|打算|思路|安排)$")
# A five-year period a heading names (三、“十四五”发展目标), and the words that name its first year
# (四、“十五五”开局之年工作打算).
_PERIOD = re.compile(r"十[一二三四五]五")
_PERIODS_FIRST_YEAR = re.compile(r"开局(?:之年|年)")
# A part's heading, whose items are numbered under it: 第一部分 部门概况.
_PART_MARK = re.compile(r"第[一二三四五六七八九十]{1,3}(?:部分|章)")
# A heading that looks back, in a plan as much as in a summary: 三、2018年基本情况, 第一部分 部门概况.
_LOOKS_BACK = re.compile(r"基本情况|概况|现状|工作总结|发展基础|工作基础|工作回顾|取得的成绩|主要成效|面临的?形势|规划背景|发展环境")
# Recommendations ask for what is to be done: 四、有关建议 (not 存在问题及建议, which states problems).
_ADVICE_HEADING = re.compile(r"建议")
_PROBLEM_HEADING = re.compile(r"问题|不足|困难|差距|挑战|形势|短板")
# A heading that states problems, in a plan as much as in a summary: 二、存在的主要问题.
_PROBLEMS_STATED = re.compile(r"存在的?(?:主要|突出)?问题|^主要问题|问题(?:和|与|及)(?:不足|挑战|困难)|(?:困难|不足)(?:和|与)问题")
# A heading that reports what was done, whatever it names: 重点工作推进情况, 2020年工作计划完成情况,
# 各项重点工作稳步推进, 各项工作取得新进展.
_DONE_HEADING = re.compile(r"(?:完成|推进|进展|开展|落实|执行)情况|工作进展|成效|成绩|回顾|取得新?(?:进展|突破)"
                              r"|(?:全面|圆满|顺利|如期|基本|胜利)(?:完成|实现)"  # “十三五”规划目标全面完成
                              r"|(?:稳步|扎实|有序|顺利|全面|深入|持续|不断|有效)(?:推进|开展|实施|提升|落实)$")
_YEAR = regex.compile(r"(?<![\d.])((?:19|20)\d{2})年")
# A year a heading names, but not the base of a comparison: (四)…经费150万元,较2020年增长25%; 四、与2018年对比.
# The list of a report's attachments or its appended table, after its last section (附件:1.2023年…名单(8家);
# 附表:2023年重点项目推进情况, a table of the year's results after the plan for the next).
_ANNEX = regex.compile(r"^[ \t\u3000]*(附[件表])[\d一二三四五六七八九十]*[ \t]*(?::|$)", regex.M)
_HEADING_YEAR = regex.compile(r"(?<![\d.比较])((?:19|20)\d{2})年(?!度?(?:对比|相比|比较))"
                           r"(?!(?<=[由从]\d{4}年)(?:底|末)?的)")  # nor a change's start: (七)平均住院日由2023年的7.2天缩短至6.9天
# The year a plan is for, in its opening words: 为了做好2016年卫生工作, or an opening year whose
# sentence looks ahead (2016年,我院将…; 2016年是“十三五”开局之年).
_PLAN_OPENING = regex.compile(r"(?:做好|制定|抓好|完成好)((?:19|20)\d{2})年"
                              r"|((?:19|20)\d{2})年(?:度)?[,:是][^。\n]{0,40}?(?:将|要|计划|力争|拟|争取|之年)")
# The year a summary opens with: "2019年,全县卫生健康工作…" (masked 20xx never matches).
# A meeting's news turning to the work ahead opens its plan: 会议强调,2023年全市卫生健康工作要….
_MEETING_PLAN = regex.compile(r"^[ ]*(?P<title>会议(?:强调|要求|部署|明确)[,:]?(?:19|20)\d{2}年)", regex.M)
# A year's work meeting a title names (在全县2013年卫生工作会议上的讲话): held as the year opens, it
# reviews the year before.
_MEETING_TITLE = regex.compile(r"(?:19|20)\d{2}年度?[^\n,。]{0,12}?工作会议")
# What a meeting's news says it looked back on: 会议全面总结2022年全市卫生健康工作,部署2023年重点任务.
_SUMMED_UP = regex.compile(r"总结了?((?:19|20)\d{2})年")
_OPENING_YEAR = regex.compile(r"(?<![\d.到至比较—\-~])((?:19|20)\d{2})年(?:度|以来|上半年|下半年|前三季度)?[,:]")  # not 到2023年, a deadline
# A yearbook's entry opens on the year's end (2007年末,全市有医疗卫生机构…), under a title that writes its
# own year bare (桐江市年鉴2008): the year reported on where the title gives none, not a state a
# summary compares with (2017年底,每万人口全科医生1.38人,距2020年目标尚差… in a 2019年工作总结).
_YEAR_END_OPENING = regex.compile(r"(?<![\d.到至比较—\-~])((?:19|20)\d{2})年(?:末|底)[,:]")
# An opening year that starts a span (2016年以来, in a report given in 2019) rather than names the year.
_SPAN_START = "以来"
# The day a report is as of, or the year it evaluates, in its opening words: 截至2019年11月底,
# 截至2021年12月15日, 截至2021年底, 以2017年为评估年度 (not 以2015年为基期, a base).
_MONTH = r"1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]"
_AS_OF = regex.compile(rf"(?:截至|截止到?|截止至)(?P<year>(?:19|20)\d{{2}})年(?:(?P<month>{_MONTH})月|(?P<end>底|末))"
                       r"|以(?P<year>(?:19|20)\d{2})年度?为(?:评估|评价|考核|监测|报告)年度")
# The date a report is given, on a line of its own: a dateline under the title
# (——2019年12月18日在县十七届人大常委会第二十三次会议上, (临澧县卫生和计划生育局 2018年4月)) or a
# signature closing it (2021年12月16日; 二〇二三年三月二日, which normalising makes 2023年三月二日).
_DAY = r"(?:[0-3]?\d|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日"
_DATE_ALONE = regex.compile(rf"[ ]*(?P<year>(?:19|20)\d{{2}})年(?P<month>{_MONTH})月(?:{_DAY})?[ ]*")
_DATELINE = regex.compile(rf"[ ]*(?:——?|[(]|(?:播出|采访|成文|印发)(?:时间|日期):)[^,。;!?]{{0,30}}?(?<!\d)(?P<year>(?:19|20)\d{{2}})年(?P<month>{_MONTH})月"
                          rf"(?:{_DAY})?[^,。;!?]{{0,30}}")
# A portal's field for the day a report was written, on a line of its own: 成文日期:2024-01-19,
# 成文日期:2023年12月28日.
_DATE_FIELD = regex.compile(r"[ ]*成文(?:时间|日期):[ ]*(?P<year>(?:19|20)\d{2})(?:[-/.]|年)(?P<month>1[0-2]|0?[1-9])(?:[-/.]|月)\d{1,2}日?[ ]*")
# An issuer's name and the date on one line, under a title or closing a report (云岭县人民政府
# 2020年10月; 江临市卫生健康委员会统计信息中心 2023年12月15日), or a bulletin's editor (卫生健康局办公室编
# 2021年5月6日).
_SIGNED_DATE = regex.compile(rf"[ ]*\p{{Han}}{{2,30}}?(?:政府|委员会|局|厅|中心|办公室|小组)(?:编印|编)?[ ]*(?P<year>(?:19|20)\d{{2}})年"
                             rf"(?P<month>{_MONTH})月(?:{_DAY})?[ ]*")
# The time a meeting or a news conference is held, a field of its own under its title (时间:2024年1月16日上午10:00).
_MEETING_TIME = regex.compile(rf"[ ]*(?:会议|召开|发布)?时间:[ ]*(?P<year>(?:19|20)\d{{2}})年(?P<month>{_MONTH})月{_DAY}"
                              r"(?:上午|下午|晚上)?(?:\d{1,2}[:时]\d{0,2}分?)?[ ]*")
# The part of a year a report covers, on a line of its own under its title: (2023年1-11月), 2022年上半年
# (not a month alone: (2018年4月) is the date a report is given).
_PERIOD_LINE = regex.compile(rf"[ ]*[(]?(?:19|20)\d{{2}}年度?(?:(?:{_MONTH})[-—~至到](?:{_MONTH})月份?|上半年|下半年"
                             rf"|前三季度|第?[一二三四1-4]季度)[)]?[ ]*")
_CN_MONTHS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11, "十二": 12}
# A summary given from January to April reports the year before (年度工作总结 are written then).
_LAST_SPRING_MONTH = 4
# A part of a year that ends with it: its report is given after the year's turn (下半年工作总结, 2024年1月).
_YEAR_END_PART = regex.compile(r"下半年|第?[四4]季度")
# A report given after spring that speaks of 今年 reports the year it is given.
_THIS_YEAR = regex.compile(r"今年|本年度")
_YEAR_END_MONTH = 10  # a report given from October on, naming no year, reports its own year
# A year the results name, not the base of a comparison or a change (较2016年, 由2015年的), nor
# the start of a span (2016年以来).
_RESULT_YEAR = regex.compile(r"(?<![\d.比较由从自])((?:19|20)\d{2})年(?!以来|以前|起)")
# What a title calls a summary and a plan (工作思路, 工作要点 and 重点工作任务分解表 are plans).
# (a plan's evaluation reports on it: “十四五”规划中期评估报告)
_SUMMARY_WORDS = "总结|汇报|工作情况|回顾|述职|进展情况|推进情况|完成情况|执行情况|中期评估|终期评估|评估报告"
# (a budget plans its year's money: 2024年部门预算公开说明; not a report on how one was spent or did: 部门预算执行情况,
# 部门预算项目绩效评价报告)
_PLAN_WORDS = ("计划(?!生育|免疫)|打算|要点|安排|思路|规划|实施方案|行动方案|工作方案|目标(?:管理)?责任书|考核细则|任务分解"
               "|(?:部门|单位)预算(?![^,。\n]{0,8}?(?:执行|绩效|评价|审计))|预算(?:公开|说明|草案)")
# A five-year period a title names for its summary or plan: “十三五”工作总结 (2020).
_TITLE_PERIOD = r"“?(十[一二三四五]五)”?(?:时期|期间)?(?:(?!十[一二三四五]五)[^\n]){0,12}?"
# A year of a title and the words after it, up to the next year (2017年工作总结及2018年工作思路).
_TITLE_YEAR = r"((?:19|20)\d{2})年(?:度)?(?:(?!(?:19|20)\d{2}年)[^\n]){0,12}?"
# What a title calls itself: a summary or a plan, of a year (2019年工作总结) or a period (“十四五”卫生健康事业发展规划).
_SUMMARY_TITLE = regex.compile(f"{_SUMMARY_WORDS}|成绩")
_PLAN_TITLE = regex.compile(_PLAN_WORDS)
_SUMMARY_TITLE_YEAR = regex.compile(rf"{_TITLE_YEAR}(?:{_SUMMARY_WORDS})")
_PLAN_TITLE_YEAR = regex.compile(rf"{_TITLE_YEAR}(?:{_PLAN_WORDS})")
_SUMMARY_TITLE_PERIOD = regex.compile(rf"{_TITLE_PERIOD}(?:{_SUMMARY_WORDS})")
_PLAN_TITLE_PERIOD = regex.compile(rf"{_TITLE_PERIOD}(?:(?!十[一二三四五]五)[^,。]){{0,16}}?(?:{_PLAN_WORDS})")
# A plan a title or a heading gives for the year after, by name (明年工作思路, 下一年度工作打算).
_NEXT_YEAR_PLAN = regex.compile(rf"(?:明年|来年|下一?年度?)(?:度|的)?(?:工作|重点)?(?:{_PLAN_WORDS})")
# A plan heading for part of a year: 11-12月工作安排, 第四季度工作打算, 下半年工作计划, a bulletin's 下月安排.
_PART_YEAR_PLAN = regex.compile(r"下半年|下月|[一二三四1-4]季度|(?<![\d年])(?:[1-9]|1[0-2])\s*[-—~至到]\s*(?:[1-9]|1[0-2])月")
_SENTENCE = re.compile(r"[^。!?\n]+[。!?]?")  # plain classes: `re` finds them faster than regex
_LONGEST_SENTENCE = 600  # characters; the longest sentence of the seeds and samples has 427

# (an autonomous place's name may be longer: 莫力达瓦达斡尔族自治旗, 海西蒙古族藏族自治州; the 年 of a year
# before it is none of it: 2018年青禾县卫计局, whose 年青 a segmenter reads as a word)
_BUREAU = regex.compile(rf"(?P<region>(?!(?<=\d)年)[\p{{Han}}]{{2,8}}?(?:省|市|县|区|旗|州|盟)|{_ONE_CHARACTER_COUNTY}|[\p{{Han}}]{{1,12}}?自治(?:区|州|县|旗))?"
                        rf"(?P<office>{_OFFICE})")
_FIRST_OFFICE = re.compile(_OFFICE)
# A report's whole title on a line of its own: an office, a year and what the report is
# (石门县卫生计生局2018年度工作总结, 江源市卫生局2015年工作总结暨2016年工作计划).
_TITLE_OF_OFFICE = regex.compile(rf"^[ ]*(?P<title>\p{{Han}}{{2,12}}?(?:{_OFFICE})(?:关于)?(?:19|20)\d{{2}}年度?[^\n,。;:!?]{{0,24}}?"
                                 rf"(?:{_SUMMARY_WORDS}|{_PLAN_WORDS}))[ ]*$", regex.M)
# Who issues a report, on a line of its own under its title (安澜县卫生健康局, 安江市卫生局 妇幼健康股)
# or in a page's publishing row (发布单位:云岭市卫生健康委员会, 来源:安顺市卫生健康局).
_ISSUER_BELOW = regex.compile(rf"(?:(?:发布单位|发布机构|来源|信息来源|文章来源):)?\p{{Han}}{{0,12}}?(?:{_OFFICE})(?:\p{{Han}}{{2,8}}?[股科处室办])?")
# What follows an office a report works under or cites, not one that writes it: 在县卫健局的正确
# 领导下, 按照省卫生厅《关于…》, 根据市卫生局关于…的通知.
_LED_BY = regex.compile(r"的?(?:(?:正确|坚强|大力|精心)?(?:领导|指导|关心|支持|部署)|《|关于|印发|下发|下达|要求|文件|通知)")
# A place whose name a republishing site hid (XX县卫生局, 某某市卫生健康委员会, ×××区卫健局) or
# a title did not give (市卫健委2020年工作总结).
_MASKED_PLACE = regex.compile(rf"(?:^|[xX×*＊○□]{{1,4}}|某某?)[省市县区旗州盟](?={_OFFICE})")
# A title that names an institution, not a bureau: its report is the institution's (not a class of
# them: 关于县级公立医院综合改革效果评估的报告 is a bureau's; nor 医院感染, hospital infection).
_INSTITUTION_TITLE = regex.compile(r"(?<!公立|县级|城市|各级)医院(?!感染)|卫生院|服务中心|服务站|卫生室|保健院|保健所|疾控中心|疾病预防控制中心|监督所|血站")
# One institution's name, as a heading of its own gives it (城关镇卫生院, 南湖街道社区卫生服务中心, 县人民医院).
_INSTITUTION_NAME = r"\p{Han}{2,14}?(?:卫生院|卫生服务中心|卫生服务站|卫生室|医院|保健院|保健所|疾病预防控制中心|疾控中心)"
# A body that works for a whole county or district (疾控中心, 卫生监督所, 爱卫办, and the 妇幼保健院 that
# keeps its mothers' and children's statistics): its rates are the place's; its own staff, beds and
# visits stay its own (`issued_by_institution` in extractors/indicators.py).  A township's health
# centre, or a street's community health centre, reports for its township or street.
_PUBLIC_BODY = regex.compile(rf"(?P<place>\p{{Han}}{{2,8}}?(?:自治县|县|区|市|旗)|{_ONE_CHARACTER_COUNTY})"
                             r"(?:疾病预防控制中心|疾控中心|卫生监督所|卫生计生监督所"
                             r"|卫生健康监督所|卫生监督局|卫生计生综合监督执法局|卫生健康综合监督执法局|卫生健康综合监督执法所|卫生计生综合监督执法所|卫生综合监督执法所|(?:新型农村)?合作医疗管理办公室|(?:新型农村)?合作医疗管理中心|新农合管理办公室|新农合管理中心|合管办|医疗保障局"
                             r"|爱国卫生运动委员会办公室|爱国卫生运动委员会|爱卫办|爱卫会"
                             r"|妇幼保健计划生育服务中心|妇幼保健服务中心|妇幼保健中心|妇幼保健院|妇幼保健所|妇幼保健站)")
# Words for any township, no township's name: 乡镇卫生院, 我镇, 某某镇, and Inner Mongolia's 苏木镇.
_ANY_TOWNSHIP = regex.compile(r"\p{Han}?(?:乡镇|镇乡)|苏木乡?镇|[各我本全该某每](?:镇|乡|街道|苏木)|某+\p{Han}*")
# A township's health centre; a 苏木 is Inner Mongolia's township (高力板苏木中心卫生院).
_TOWNSHIP_CENTRE = regex.compile(r"(?P<place>\p{Han}{1,6}?(?:镇|乡|苏木))(?:中心)?卫生院|(?P<place>\p{Han}{1,6}?街道)(?:社区)?卫生服务中心")
# How an unnamed bureau names its own place in its opening: 我县卫生工作…; 我州 and 我盟 are a prefecture's.
_SELF_PLACE = regex.compile(r"我([县旗区市州盟])(?!委|局|院)")
# An office signing a report by its level alone, on a line of its own (县卫生健康局 above the date).
_UNNAMED_SIGNATURE = regex.compile(rf"[县旗区市州盟](?:{_OFFICE})")
_LEVELS = {"县": "county", "旗": "county", "区": "district", "市": "city", "州": "prefecture", "盟": "prefecture",
           "省": "province"}
_BUREAU_REACH = 15  # the longest region _BUREAU takes before an office
# Words alone: the standard `re` module finds them twice as fast as regex.
_OTHER = re.compile(r"学生会|同学|班级|学期|老师|宿舍|值日|卫生委员|团委|我校|全校|本校")
_BUREAU_WORDS = re.compile(r"卫生局|卫生厅|卫健|卫生计生|卫生健康|县委|区委|市委|政府|乡镇卫生院|医共体|新农合|公共卫生|我局")
# A title naming a county's or a city's office (石岭县教育局…工作总结): an office's report, never a school's own.
_OFFICE_TITLE = re.compile(r"[县区市旗州盟][^\s,，。:]{0,8}?局")


@dataclass
class Section:
    start: int
    end: int
    title: str
    role: str  # results | problems | plan
    year: int | None
    level: int = 1  # 1 for 一、…, 2 for (一)…


@dataclass
class Document:
    """One article: its text (normalised) and what it says about itself."""

    seq: int
    title: str
    start: int  # offsets of the article in the file's normalised text
    end: int
    text: str
    report_year: int | None = None
    plan_year: int | None = None
    type: str = "other"
    bureau: str | None = None
    region: str | None = None
    level: str | None = None
    sections: list[Section] = field(default_factory=list)
    # (year, month) of the publishing line a web page's furniture held (发布时间:2023-07-15), which
    # normalising strips: the date it was given when no line of the text gives one
    published: tuple[int, int] | None = None

    def section_at(self, offset: int) -> Section | None:
        """The innermost section holding `offset`."""
        found = None
        for s in self.sections:
            if s.start <= offset < s.end and (found is None or s.level >= found.level):
                found = s
        return found

    def sentences(self) -> Iterator[tuple[int, str]]:
        """(start, sentence) pairs over the document's text, from the first after its title."""
        for m in _SENTENCE.finditer(self.text, _body_start(self)):
            sentence = m.group()
            if sentence.isspace():  # never empty: a sentence holds a character before its end
                continue
            if len(sentence) > _LONGEST_SENTENCE:
                yield from _pieces(m.start(), sentence)
            else:
                yield m.start(), sentence


# A title that ends as a report's does, and the body's opening year right after it on its line.
_REPORT_TITLE_END = regex.compile(rf"(?:{_SUMMARY_WORDS}|{_PLAN_WORDS})$")
_OPENING_AFTER_TITLE = regex.compile(r"[ ]*(?:19|20)\d{2}年度?(?:以来)?[,,]")


def _body_start(doc: Document) -> int:
    """Where a document's sentences start: after a title that runs into the first of them with no
    line break (岚溪县城关镇卫生院2019年工作总结2019年,我院…), whose words are no part of its facts."""
    if (doc.title and doc.text.startswith(doc.title) and _REPORT_TITLE_END.search(doc.title)
            and _OPENING_AFTER_TITLE.match(doc.text, len(doc.title))):
        return len(doc.title)
    return 0


def _pieces(start: int, sentence: str) -> Iterator[tuple[int, str]]:
    """A sentence, cut at its last clause break before `_LONGEST_SENTENCE` characters while
    longer: text without full stops (a table flattened from a PDF) would otherwise make
    one sentence of a whole report, and each fact's reading looks at all of its sentence."""
    while len(sentence) > _LONGEST_SENTENCE:
        cut = max(sentence.rfind(";", 0, _LONGEST_SENTENCE), sentence.rfind(",", 0, _LONGEST_SENTENCE)) + 1
        cut = cut or _LONGEST_SENTENCE
        yield start, sentence[:cut]
        start, sentence = start + cut, sentence[cut:]
    yield start, sentence


def _numbered(text: str) -> Iterator[regex.Match]:
    """`_NUMBERED.finditer(text)`, tried only on the lines that end in a digit: a match is a
    whole line.  Trying every line start took 0.56 s of the 1.1 s spent splitting the 600
    reports of the benchmark into articles."""
    for ends, pattern in ((_DIGIT_LINE_END, _NUMBERED), (_BRACKET_LINE_END, _NUMBERED_CN)):
        for end in ends.finditer(text):
            m = pattern.match(text, text.rfind("\n", 0, end.start()) + 1)
            if m:
                yield m


_ARTICLE_WORD = re.compile(r"篇|扩展")


def _lines_naming(text: str) -> list[int]:
    """The starts of the lines that hold 篇 or 扩展, where `_EXTENSION` and `_TITLE_THEN_NUMBER`
    can match (each match is a whole line): trying every line start cost more than half of the
    time spent splitting files into articles."""
    starts: list[int] = []
    next_line = 0  # the words before it are on lines already taken
    for word in _ARTICLE_WORD.finditer(text):
        if word.start() < next_line:
            continue
        starts.append(text.rfind("\n", 0, word.start()) + 1)
        end = text.find("\n", word.end())
        next_line = len(text) if end < 0 else end + 1
    return starts


def _boundaries(text: str) -> list[tuple[int, str]]:
    """(offset of the header line, title) for every article header of a compilation."""
    found: dict[int, str] = {}
    lines = [0, *(m.start() + 1 for m in _BEFORE_NAMED_HEADER.finditer(text))]
    for m in _matches_at(_NAMED_HEADER, text, lines):
        title = m.group("title").strip(" —")  # a rule of dashes (————) titles nothing
        if m.group().startswith("——") and title and not _DASHED_TITLE.search(title):
            continue  # ——在县人大常委会第十四次会议上: a subtitle, not a glued article's title
        found[m.start()] = title
    starts = _lines_naming(text)  # both headers name one: 篇 or 扩展
    for pattern in (_EXTENSION, _TITLE_THEN_NUMBER):
        for start in starts:
            if m := pattern.match(text, start):
                found[m.start()] = m.group("title").strip()
    numbered: dict[str, list[regex.Match]] = {}
    for m in _numbered(text):
        numbered.setdefault(m.group("prefix").strip(), []).append(m)
    for matches in numbered.values():
        if len(matches) >= 2:
            for m in matches:
                found[m.start()] = m.group("title").strip()
    return sorted(found.items())


# A site's path to a page's category, two steps or more (健康资讯网 - 基层卫生 - 工作总结, 首页>政务公开>工作总结).
_BREADCRUMB = regex.compile(r"[^\n\-—>›»|/]{1,16}(?:[ ]*[\-—>›»|/][ ]*[^\n\-—>›»|/]{1,16}){1,4}?[ ]*[\-—>›»|/][ ]*(?P<last>\p{Han}{2,6})")
# What a sharing site adds to a page's title: _文库下载, - 豆丁网, _百度文库.
_PAGE_TITLE_SEPARATOR = regex.compile(r"[ ]*[_\-—|]")
# A page title's site or section after the page's own title: a sharing site (_文库下载, -文档在线), or a
# portal's disclosure section (梧溪县卫生健康局 - 政府信息公开, whose report's title is on the next line).
_SITE_SUFFIX = regex.compile(r"[ ]*[_\-—|][ ]*(?:\p{Han}{0,4}(?:文库|文档|下载|网|范文|信息公开|政务公开)\p{Han}{0,4})$")
_OFFICE_LINE = regex.compile(rf"\p{{Han}}{{0,12}}(?:{_OFFICE})")
# A title spelt out in toned pinyin above it (xún yì xiàn wèi shēng jiàn kāng jú 2022 nián …): a
# reading aid of the site that copied it, not a title.
_PINYIN_LINE = regex.compile(r"(?=.*[\u00e0-\u01dc])[a-zA-Z\u00e0-\u01dc\d '’·-]+")
# Who issues a report, on the line above its title: an office, or a body that reports (疾控中心, 领导小组办公室,
# 医疗保障局).
# A red-headed document's first lines, above its title: the issuer's letterhead (化隆县卫生健康局文件)
# and its file number (化卫健〔2024〕5号).
# A letter's file number may carry who signed it and its class, on its line or the next (安卫健函〔2019〕47号
# 签发人:刘建国 / 类别:A).
_FILE_FIELD = r"(?:[ ]*(?:签发人|类别|密级|缓急):[ ]*[A-Z\p{Han}]{1,4})"
_LETTERHEAD = regex.compile(rf"\p{{Han}}{{0,24}}(?:{_OFFICE}|人民政府|办公室)(?:办公室)?文件|\p{{Han}}{{1,12}}[〔\[]\d{{4}}[〕\]]\d{{1,4}}号"
                         rf"{_FILE_FIELD}*|{_FILE_FIELD}+")
# A newspaper's page line above an article (桐岭日报 2019年12月30日 第02版:综合新闻): no title.
_MASTHEAD = regex.compile(r"[ ]*\p{Han}{2,12}报[ ]*(?P<year>(?:19|20)\d{2})年(?P<month>\d{1,2})月\d{1,2}日[^\n,。]{0,8}?第?[ ]*\d{1,3}[ ]*版(?:[::][^\n]{0,16})?")
# A news conference the line under its organiser names (梅溪县人民政府新闻办公室 / 梅溪县2023年卫生健康工作新闻发布会).
_NEWS_CONFERENCE = regex.compile(r"[^\n,。:;]{2,40}(?:新闻发布会|发布会|新闻通气会)(?:文字实录|实录)?")
# A news feature's subtitle, under its headline, that says what it reviews (——2019年桐岭县卫生健康工作综述).
_SUBTITLE = regex.compile(rf"——(?![^\n]*\d{{1,2}}月)[^\n,。:;]{{2,40}}(?:综述|{_SUMMARY_WORDS}|{_PLAN_WORDS})")
_ISSUER_LINE = regex.compile(rf"\p{{Han}}{{0,24}}(?:{_OFFICE}|办公室|领导小组|中心|卫生院|医院|监督所|保健院|医疗保障局|医保局)")
_TITLE_LINE = regex.compile(rf"(?:(?:19|20)\d{{2}}年度?)?[^\n,。:;]{{0,24}}(?:{_SUMMARY_WORDS}|{_PLAN_WORDS})[^\n,。:;]{{0,12}}")
_TITLE_WORDS = regex.compile(rf"{_SUMMARY_WORDS}|{_PLAN_WORDS}")
# The rest of a title after its issuer, from its year (2019年工作总结).
_YEAR_TITLE_LINE = regex.compile(rf"(?:19|20)\d{{2}}年度?[^\n,。:;]{{0,24}}(?:{_SUMMARY_WORDS}|{_PLAN_WORDS})[^\n,。:;]{{0,12}}")
# A report's title that says what it is about: 关于2023年度医疗废物管理…工作情况的报告.
_ABOUT_TITLE = regex.compile(rf"关于[^\n,。:;!?]{{2,60}}(?:报告|汇报|通报|答复|{_SUMMARY_WORDS}|{_PLAN_WORDS})")
_CLAUSE_MARK = regex.compile(r"[,。;:!?]")
_MASK = regex.compile(r"[xX×*＊○□某]")  # a place's name hidden: XX县, ×××区, 某县
_RESTATED_MORE = 10  # characters a title restated may add: its place, its office's full name
# The second line of a title that names a second report: 暨2017年工作计划, 及2020年工作要点.
_TITLE_TAIL = regex.compile(rf"(?:暨|及|和|与|兼)(?:(?:19|20)\d{{2}}年度?|下一步|下步|明年|今后|“?十[一二三四五]五”?)[^\n,。:;]{{0,16}}?"
                            rf"(?:{_SUMMARY_WORDS}|{_PLAN_WORDS})")

# A plan's evaluation in large type that a PDF's text breaks under the plan's name (…区域卫生规划(2016—2020年) /
# 中期评估报告): the line says what the document is, a report on the plan, not the plan.
_EVALUATION_LINE = regex.compile(r"(?:实施情况|执行情况)?(?:中期|终期|末期|总体)?评估(?:报告)?|(?:实施|执行)情况(?:的)?(?:报告|总结)")


def _first_line(text: str) -> str:
    """A file's title: its first line, unless that is a site's category (工作总结) that the
    next line, the report's own title, holds; with the line that ends the title, when it
    goes on under it (…2016年工作总结 / 暨2017年工作计划), or the period it covers in brackets."""
    lines = [line.strip() for line in text.splitlines()[:10] if line.strip() and not _POST_HEADER.fullmatch(line.strip())]
    title, after = _title_lines(lines)
    if after < len(lines) and _TITLE_TAIL.fullmatch(lines[after]) and _TITLE_WORDS.search(title):
        return title + lines[after]
    if after < len(lines) and _SUBTITLE.fullmatch(lines[after]):
        return title + lines[after]  # 守护百姓健康 书写民生答卷 / ——2019年桐岭县卫生健康工作综述
    if after < len(lines) and _EVALUATION_LINE.fullmatch(lines[after]) and _PLAN_TITLE.search(title):
        return title + lines[after]
    if after < len(lines) and _PERIOD_LINE.fullmatch(lines[after]):
        return title + lines[after]  # 江临市卫生健康统计月报 / (2023年1-11月): a report on part of a year
    return title


# A copy's mark a file manager or a browser adds to a saved file's name: (1), 副本, _2.
_NAME_COPY = regex.compile(r"[ ]*(?:[(]\d{1,2}[)]|-?[ ]*副本|_\d{1,2})$")
# A name that several articles share (工作总结范文3篇, 卫生院工作总结汇编): no one article's title.
_COMPILATION_NAME = regex.compile(rf"[{_CN_NUM}\d]+篇|汇编|合集|大全")
_NAME_LEAST = 6  # Chinese characters of a file name that is a report's title (2018年工作总结 has 4)


def titled_by_name(doc: Document, name: str) -> None:
    """Title a file's one article by the file's name where its text opens on a sentence, with no
    title (今年以来,在县委…), and the name is a report's title (2018年青禾县卫计局工作总结.txt): the
    researcher saved the text under the title the page gave it, whose year and place the text may
    not say again."""
    first = next((line.strip() for line in doc.text.splitlines() if line.strip()), "")
    if not _CLAUSE_MARK.search(first) or _TITLE_WORDS.search(doc.title):
        return
    stem = _TITLE_JUNK.sub("", _NAME_COPY.sub("", simplified(unicodedata.normalize("NFKC", name)).strip()))
    if _TITLE_WORDS.search(stem) and han_count(stem) >= _NAME_LEAST and not _COMPILATION_NAME.search(stem):
        doc.title = stem[:80]


def _restated(first: str, second: str) -> bool:
    """Whether the line `second` restates the title `first` as fully or more: a sharing site's page
    title (2015年县卫生和计划生育局工作总结), then its first chunk's (1、2015年…) or the report's own,
    which names its place (崇仁县卫生和计划生育局2015年工作总结, 临沭县 for XX县); not a notice that
    quotes it (…人民政府办公室关于印发…规划(2019—2025年)的通知)."""
    if _CLAUSE_MARK.search(second):  # a sentence's line (its junk holds no clause mark): spare its junk
        return False
    a, b = _TITLE_JUNK.sub("", first), _TITLE_JUNK.sub("", second)
    # …2007年工作总结和2008年工作要点: the second report a title names adds to neither's length
    own_a, own_b = _TITLE_TAIL.sub("", a), _TITLE_TAIL.sub("", b)
    return (4 <= len(own_a) <= len(own_b) <= len(own_a) + _RESTATED_MORE and set(_MASK.sub("", a)) <= set(b)
            and bool(_TITLE_WORDS.search(b)))


def _own_office_title(line: str) -> bool:
    """Whether the line is a whole report title that opens with a named place's office
    (仙源县卫生健康局2019年工作总结): it needs no issuer line above it to say whose it is."""
    title = _TITLE_OF_OFFICE.fullmatch(line)
    office = _BUREAU.match(line) if title else None
    return bool(office and office.group("region") and _place_name(office.group("region"), of_office=True))


# A page's field naming who issues or publishes it, on a line of its own (发布机构:岚平县卫生健康局,
# 来源:安顺市卫生健康局): no title.
_FIELD_LINE = regex.compile(r"(?:发布单位|发布机构|来源|信息来源|文章来源):\p{Han}{2,30}")
# A 政务公开 block's field holding the page's title (名称:岚平县卫生健康局2021年政府信息公开工作年度报告):
# the title is its value, not the field's name.
_NAME_FIELD = regex.compile(r"(?:名称|标题|文件名称|信息名称):[ ]*(?P<title>\S.{3,})")
# A WeChat post's byline above its title: 原创 临川区卫健 2022-12-30 17:45 发表于江西 (normalised, its
# spaces between words and digits gone).
_BYLINE = regex.compile(r"(?P<own>原创)?[ ]*(?P<account>[^\n,。;:!?]{0,24}?)[ ]*(?P<year>(?:19|20)\d{2})-(?P<month>\d{1,2})-\d{1,2}"
                        r"(?:[ ]*(?P<time>\d{1,2}:\d{2}))?"
                        r"[ ]*(?P<where>发表于\p{Han}{1,8})?[ ]*")


_ACCOUNT_LENGTH = 16  # characters of a WeChat account's name


def _byline(line: str) -> bool:
    """Whether a line is a post's byline: a date with its account marked 原创, its time or where it was posted."""
    m = _BYLINE.fullmatch(line) if "-" in line else None
    return bool(m and (m.group("own") or m.group("time") or m.group("where")))


def _office_post(line: str) -> "regex.Match[str] | None":
    """The byline of a post by an office's own account (柳溪县卫生健康局 2022-01-12 08:30 发表于湖南): the
    day the office published its report; not a sharing account's, which reposts reports of any year."""
    m = _BYLINE.fullmatch(line) if "-" in line and _byline(line) else None
    return m if m and _OFFICE_LINE.fullmatch(m.group("account").split(" ")[-1]) else None


def _title_lines(lines: list[str]) -> tuple[str, int]:
    """The title the first lines give, and the index of the line after it."""
    if len(lines) >= 2 and (_FIELD_LINE.fullmatch(lines[0]) or _DATE_FIELD.fullmatch(lines[0])):
        title, after = _title_lines(lines[1:])  # a portal's 发布机构:安澜县卫生健康局 and 成文日期:…, then the title
        return title, after + 1
    if name := _NAME_FIELD.fullmatch(lines[0]) if lines else None:
        return name.group("title").strip(), 1
    if len(lines) >= 2 and _byline(lines[0]):
        title, after = _title_lines(lines[1:])  # 原创 临川区卫健 2022-12-30 17:45 发表于江西, then the post's title
        return title, after + 1
    if (len(lines) >= 3 and len(lines[0]) <= _ACCOUNT_LENGTH and _byline(lines[1]) and _TITLE_WORDS.search(lines[2])
            and not _TITLE_WORDS.search(lines[0])):
        title, after = _title_lines(lines[2:])  # the account's name (柳溪健康) above its byline, then the report's title
        return title, after + 2
    if len(lines) >= 2 and _ANNEX.fullmatch(lines[0]):
        title, after = _title_lines(lines[1:])  # 附件 / 附件2: the annex's label, then its own title
        return title, after + 1
    if len(lines) >= 2 and _MASTHEAD.fullmatch(lines[0]):
        title, after = _title_lines(lines[1:])
        return title, after + 1
    if len(lines) >= 2 and _PINYIN_LINE.fullmatch(lines[0]):
        title, after = _title_lines(lines[1:])
        return title, after + 1
    if len(lines) >= 2 and _LETTERHEAD.fullmatch(lines[0]):
        title, after = _title_lines(lines[1:])
        return title, after + 1
    if len(lines) >= 3 and _ISSUER_LINE.fullmatch(lines[0]) and _LETTERHEAD.fullmatch(lines[1]):
        title, after = _title_lines(lines[2:])  # a letter's issuer in large type, then its file number (安卫健函〔2019〕47号)
        return title, after + 2
    if len(lines) >= 3 and len(lines[1]) <= 4 and _LETTERHEAD.fullmatch(lines[0] + lines[1]):
        title, after = _title_lines(lines[2:])  # a letterhead in large type that a PDF's text breaks: 柏林县卫生健康局 / 文件
        return title, after + 2
    if len(lines) >= 2 and _restated(lines[0], lines[1]):
        title, after = _title_lines(lines[1:])
        return title, after + 1
    if (len(lines) >= 3 and _ISSUER_LINE.fullmatch(lines[1]) and _YEAR_TITLE_LINE.fullmatch(lines[2])
            and _restated(lines[0], lines[1] + lines[2])):
        return lines[1] + lines[2], 3  # 县人民医院2019年工作总结 / 平安县人民医院 / 2019年工作总结: the own title, spaced in two
    if lines and (restated := next((line for line in lines[1:6] if 4 <= len(line) < len(lines[0])
                                    and _PAGE_TITLE_SEPARATOR.match(lines[0], len(line)) and lines[0].startswith(line)), None)):
        return restated, lines.index(restated) + 1  # 在全市…上的讲话-讲话稿-道客巴巴 / 在全市…上的讲话: a page's title, its labels after the report's
    if lines and (site := _SITE_SUFFIX.search(lines[0])):
        stem = lines[0][:site.start()]  # 县卫生监督所2020年度工作总结_文库下载: a site's page title
        return next(((line, i + 1) for i, line in enumerate(lines[1:6], 1) if stem in line and len(line) <= 60), (stem, 1))
    if len(lines) >= 2 and len(lines[0]) <= 6 and lines[0] in lines[1]:
        return lines[1], 2  # a site's category (工作总结)
    if (len(lines) >= 3 and (_FIELD_LINE.fullmatch(lines[1]) or _DATE_FIELD.fullmatch(lines[1]))
            and _BREADCRUMB.fullmatch(lines[0])):
        title, after = _title_lines(lines[1:])  # a portal's path, its 来源:市卫生健康局, then the title
        return title, after + 1
    if len(lines) >= 2 and (crumbs := _BREADCRUMB.fullmatch(lines[0])) and crumbs.group("last") in lines[1]:
        return lines[1], 2  # a site's path to its category (健康资讯网 - 基层卫生 - 工作总结), then the title
    if len(lines) >= 2 and _OFFICE_LINE.fullmatch(lines[0]) and lines[1].startswith(lines[0]):
        return lines[1], 2  # a running header (青溪县卫生健康局), then the title that starts with it
    if len(lines) >= 2 and _ISSUER_LINE.fullmatch(lines[0]) and _own_office_title(lines[1]):
        return lines[1], 2  # 丽山市卫生健康委员会 / 仙源县卫生健康局2019年工作总结: the site's name, then a county's own title
    if len(lines) >= 2 and _ISSUER_LINE.fullmatch(lines[0]) and _TITLE_LINE.fullmatch(lines[1]):
        return lines[0] + lines[1], 2  # 江源市卫生和计划生育委员会 / 2015年工作总结: a title in two lines
    if len(lines) >= 2 and _ISSUER_LINE.fullmatch(lines[0]) and _NEWS_CONFERENCE.fullmatch(lines[1]):
        return lines[1], 2  # the government's news office, then the conference it holds
    if len(lines) >= 2 and _ISSUER_LINE.fullmatch(lines[0]) and _ABOUT_TITLE.fullmatch(lines[1]):
        return lines[1], 2  # 旌阳区卫生健康局 / 关于2023年度…工作情况的报告: the issuer, then its report's title
    return (lines[0], 1) if lines else ("", 0)


def _glued(text: str) -> tuple[list[int], list[tuple[int, str]]]:
    """Where each list of related documents starts, and (offset, title) of each article
    glued after one."""
    cuts, starts = [], []
    for m in _RELATED.finditer(text):
        cuts.append(m.start())
        lines = [(a.start(), a.group()) for a in _LINE.finditer(text[m.end():m.end() + 3000])]
        first_long = next((i for i, (_, line) in enumerate(lines) if not _LINK_LINE.fullmatch(line.strip())), None)
        if first_long:  # the line before the first paragraph titles the article
            at, title = lines[first_long - 1]
            starts.append((m.end() + at, title.strip()))
    return cuts, starts


# A post's column label and a bare year before a comma (权威发布|2022年,…工作交出亮眼答卷): the
# headline goes on after the comma, which the year alone does not end.
_LABEL_YEAR = regex.compile(r"[^|]{1,8}\|[ ]*(?:19|20)\d{2}年度?")
# A news headline that opens with its place and a colon (柳川县:织密基层健康网): the place is no headline alone,
# nor is the office before its report's name.
_PLACE_LABEL = regex.compile(r"\p{Han}{1,10}(?:县|区|市|旗|州|盟)")


def _headline(parts: list[str]) -> str:
    """A title's first clause of `parts` (clauses split with their marks kept), and the next one after
    a post's column label and a bare year (权威发布|2022年,蓝湾市卫生健康工作交出亮眼答卷)."""
    if len(parts) >= 3 and parts[1] == "," and _LABEL_YEAR.fullmatch(parts[0]):
        return parts[0] + parts[1] + parts[2]
    if len(parts) >= 3 and parts[1] == ":" and _PLACE_LABEL.fullmatch(parts[0]) and parts[2]:
        return parts[0] + parts[1] + parts[2]
    if len(parts) >= 3 and parts[1] == ":" and _ISSUER_LINE.fullmatch(parts[0]) and parts[2]:
        # a post's title, its office or institution and its report (东塘区卫生健康局:2025年工作总结), or its
        # headline (青梧市第一人民医院:砥砺奋进谱新篇2020年工作回眸): the name alone is no title
        return parts[0] + parts[1] + parts[2]
    return parts[0]


_TITLE_LENGTH = 40
_TITLE_SLACK = 4  # characters a title may run over to keep its last word: …工作情况的报告, not …的报
_CLOSING = {"(": ")", "《": "》", "“": "”"}


def _clipped(title: str) -> str:
    """A title's first `_TITLE_LENGTH` characters, and on to the close of a bracket they leave
    open: …三年行动计划(2021—2023年)》, not …三年行动计划(2021—, whose period is the plan's."""
    if len(title) <= _TITLE_LENGTH + _TITLE_SLACK:
        return title
    open_brackets: list[str] = []
    for i, ch in enumerate(title):
        if i >= _TITLE_LENGTH and not open_brackets:
            return title[:i]
        if ch in _CLOSING:
            open_brackets.append(_CLOSING[ch])
        elif open_brackets and ch == open_brackets[-1]:
            open_brackets.pop()
    return title if not open_brackets else title[:_TITLE_LENGTH]


# What a place in a title may follow: the places it is in (甘孜藏族自治州石渠县).
_WITHIN = ("省", "市", "州", "盟", "地区", "自治区")


# A place's office, body or institution opening a title, its region before it (岚平县, 澄湾区南浦街道, and hidden:
# XX县, and YY县 for a second county).
_OWNER = regex.compile(rf"(?P<region>\p{{Han}}{{1,12}}?(?:省|市|县|区|旗|州|盟|镇|乡|街道|苏木)|[xXyY×*＊○□]{{1,4}}[省市县区旗州盟]|{_ONE_CHARACTER_COUNTY})"
                       rf"(?P<owner>{_OFFICE}|\p{{Han}}{{0,12}}?(?:{_INSTITUTION_TITLE.pattern}|中心|监督所|办公室|领导小组))")
# What a whole report's title names it (any 报告: 自查报告, 任期工作报告).
_REPORT_WORDS = regex.compile(rf"{_SUMMARY_WORDS}|{_PLAN_WORDS}|报告")
# What a line that may start a glued report holds: a report's word, a news conference (under its organiser's
# line), or the date of a post's byline.
_START_WORD = re.compile(rf"{_SUMMARY_WORDS}|{_PLAN_WORDS}|报告|发布会|(?:19|20)\d{{2}}-\d{{1,2}}-\d{{1,2}}")  # `re`: words, found faster
_DEBRIS_ABOVE = 3  # lines of a site's or a post's debris above a title: a restated title, a source, a byline
_TITLE_LINE_LENGTH = 60
_SHORT_LINE = re.compile(rf"^[^\n]{{1,{_TITLE_LINE_LENGTH}}}$", re.M)
_RULE_LINE = regex.compile(r"[^\p{Han}\w]*")  # a blank line or a rule of symbols between glued reports


def _owned(title: str) -> bool:
    """Whether a title opens with whose report it is: an office, a public body or an institution of a
    named place (仙源县卫生健康局…, 岚平县妇幼保健计划生育服务中心…, 桥头镇卫生院…) or of a hidden one (XX县卫生局…)."""
    m = _OWNER.match(title)
    if not m:
        return False
    region = m.group("region")
    if _MASK.match(region) or region[0] in "yY" or region in _ONE_CHARACTER_COUNTIES:
        return True
    if region.endswith(("镇", "乡", "街道", "苏木")):
        return len(region) >= 3 and not _ANY_TOWNSHIP.fullmatch(region)
    place = _place_name(region, of_office=True)
    before = region[:region.find(place)] if place else ""
    return bool(place) and (not before or before.endswith(_WITHIN))  # not a sentence's words (参照石门县…)


def _whole_title(title: str, debris: bool) -> bool:
    """Whether a title is a whole report's: of a year (or a year's, 年度), saying what the report is and
    whose (`_owned`); a site's or a post's `debris` around it marks a page's start, which needs no owner."""
    if not (_YEAR.search(title) or "年度" in title or _PERIOD.search(title)):
        return False
    return debris or (not _CLAUSE_MARK.search(title) and bool(_REPORT_WORDS.search(title)) and _owned(title))


def _named_part(title: str, before: str) -> bool:
    """Whether a title is of the second report the title before names, by the same owner: the plan part
    (XX县卫生局○三年工作打算) of XX县卫生局二〇〇二年工作总结及○三年工作打算."""
    own, tail = _OWNER.match(title), _TITLE_TAIL.search(before)
    return bool(own and tail and own.group() in before and own.end() < len(title) and title[own.end():] in tail.group())


def _signed_off(text: str, start: int) -> bool:
    """Whether the last line before `start`, above any rule of symbols (**********), dates the report it closes
    (2024年1月12日, 云岭县人民政府 2020年10月): what follows is no part of it."""
    for line in reversed(text[:start].splitlines()[-4:]):
        if _RULE_LINE.fullmatch(line):
            continue
        return bool(_DATE_ALONE.fullmatch(line) or _SIGNED_DATE.fullmatch(line))
    return False


def _start_lines(text: str) -> Iterator[int]:
    """The starts of the short lines that name a report or hold a byline's date (short lines first: seeking
    the words in the whole text took twice as long as the rest of splitting)."""
    for m in _SHORT_LINE.finditer(text):
        line = m.group().strip()
        if _START_WORD.search(line) and (not _CLAUSE_MARK.search(line) or _byline(line)):
            yield m.start()


def _lines_above(text: str, start: int, stop: int) -> list[int]:
    """The starts of up to `_DEBRIS_ABOVE` lines above `start` that may be a page's debris (short, no
    sentence's end), not before `stop`, nearest first; blank lines are skipped."""
    found: list[int] = []
    while len(found) < _DEBRIS_ABOVE and start > stop:
        start = text.rfind("\n", 0, start - 1) + 1
        line = text[start:text.find("\n", start)].strip()
        if not line:
            continue
        if start < stop or len(line) > _TITLE_LINE_LENGTH or line[-1] in "。;?":  # a headline may end in !
            break
        found.append(start)
    return found


def _block(text: str, start: int) -> list[tuple[int, str]]:
    """(offset, line stripped) of the first ten lines from `start` that hold words and are no forum post's header."""
    found: list[tuple[int, str]] = []
    at = start
    for line in text[start:start + 1500].split("\n"):
        stripped = line.strip()
        if stripped and not _POST_HEADER.fullmatch(stripped):
            found.append((at, stripped))
            if len(found) == 10:
                break
        at += len(line) + 1
    return found


def _titled(text: str) -> list[tuple[int, str]]:
    """(offset, title) of each report glued after another one with nothing between them: a block of lines
    `_title_lines` reads as a page's start (debris, then a title) whose title is a whole report's
    (`_whole_title`), after an article and before one.  Not a running header or a quoted title the text
    before gives, nor the plan part of a report under its own title (XX县卫生局二〇〇二年工作总结及○三年工作打算,
    then XX县卫生局○三年工作打算), nor an appendix."""
    found: list[tuple[int, str]] = []
    last_title, taken = "", 0  # the title before (the file's, found when needed), and where its lines end
    han, counted = 0, 0  # the Han characters before `counted`
    for line in _start_lines(text):
        han, counted = han + han_count(text[counted:line]), line
        if line < taken or han < 300:
            continue
        for start in [*reversed(_lines_above(text, line, taken)), line]:  # the farthest debris first
            lines = _block(text, start)
            above = text[text.rfind("\n", 0, max(start - 1, 0)) + 1:start].strip()
            if _ANNEX.fullmatch(lines[0][1]) or _ANNEX.match(above):
                break  # an appendix's title
            title, after = _title_lines([l for _, l in lines])
            if not any(at == line for at, _ in lines[:after + 1]):
                continue  # the title ends above the line, or its lines start below it
            # debris above the title, or a post's byline or a page's source field under it
            debris = (after >= 2 and title == lines[after - 1][1]) or (
                after < len(lines) and (_byline(lines[after][1]) or bool(_FIELD_LINE.fullmatch(lines[after][1]))))
            title = _TITLE_JUNK.sub("", title)
            end = lines[after - 1][0] + len(lines[after - 1][1])
            if not _whole_title(title, debris) or han_count(text[end:]) < 100:
                continue
            if title.replace(" ", "") in text[:start].replace("\n", "").replace(" ", "") or (
                    _named_part(title, last_title or _first_line(text)) and not _signed_off(text, start)):
                break  # a running header or a quoted title; the plan part the title before names, before it is signed
            found.append((start, _first_line(text[start:start + 1500])))
            last_title, taken = title, end
            break
    return found


# A bulletin's masthead, its issue on the line below (卫生健康工作简报 / 2021年第4期(总第52期)): an
# article of its own wherever a site glued it, after a report or before one, titled by both.
_BULLETIN = regex.compile(r"^[ ]*(?P<title>[^\n,。;:!?]{0,24}(?:简报|快报|工作动态|工作通讯))[ ]*\n(?:[ ]*\n)*"
                          r"[ ]*(?P<issue>(?:(?:19|20)\d{2}年)?第[ ]*[\d一二三四五六七八九十]{1,3}[ ]*期)", regex.M)


# A report's whole title glued into a line right after the last sentence of the article before it,
# and its own opening year right after it (…圆满完成。岚溪县城关镇卫生院2019年工作总结2019年,我院…):
# a site that ran the lines of its articles together.  An institution's report is one too.
_TITLE_IN_LINE = regex.compile(
    rf"(?<=[。!?])[ ]*(?P<title>\p{{Han}}{{2,16}}?(?:{_OFFICE}|{_INSTITUTION_TITLE.pattern})(?:关于)?(?P<year>(?:19|20)\d{{2}})年度?"
    rf"(?:(?!(?:19|20)\d{{2}})[^\n,。;:!?]){{0,24}}?(?:{_SUMMARY_WORDS}|{_PLAN_WORDS}))[ ]*(?=(?P=year)年度?[,,])")


# What every such title ends in, sought first by `re` (the whole pattern costs half of splitting).
_TITLE_END_IN_LINE = re.compile(rf"(?:{_SUMMARY_WORDS}|{_PLAN_WORDS})[ ]*(?:19|20)\d{{2}}年度?[,,]")


def _titled_in_line(text: str) -> list[tuple[int, str]]:
    """(offset, title) of each article glued into a line after another (`_TITLE_IN_LINE`), after an
    article and before one, whose title the text before it never gives (a running header repeats it)."""
    if not _TITLE_END_IN_LINE.search(text):
        return []
    return [(m.start("title"), m.group("title")) for m in _TITLE_IN_LINE.finditer(text)
            if han_count(text[:m.start()]) >= 300 and han_count(text[m.end():]) >= 100
            and m.group("title") not in text[:m.start()]]


# A letter glued after another article without a header (…请予审议。\n对县人大二次会议第27号建议的答复\n张卫平代表:):
# its title, a reply's or a report's, on a line of its own above the salutation to the deputy or members it answers.
_LETTER = regex.compile(r"^[ ]*(?P<title>(?:关于|对)[^\n,。;!?]{2,60}?(?:答复|答复函|复函|回复|报告))[ ]*\n(?:[ ]*\n)*"
                        r"[ ]*[^\n,。;!?:]{0,30}?(?:代表|委员):[ ]*$", regex.M)


def _letters(text: str) -> list[tuple[int, str]]:
    """(offset, title) of each letter (`_LETTER`) after an article and before one, whose title the
    text before it never gives."""
    if "代表:" not in text and "委员:" not in text:
        return []
    return [(m.start("title"), m.group("title")) for m in _LETTER.finditer(text)
            if han_count(text[:m.start()]) >= 300 and han_count(text[m.end():]) >= 100
            and m.group("title") not in text[:m.start()]]


# A speech's title block, the day it was given (and who gave it) on the lines under it: 在全县卫生健康工作会议上的讲话 /
# (2021年2月26日) / 副县长 王某某.  The day marks the title as a speech's own, not a heading or a link to it.
_SPEECH_BLOCK = regex.compile(r"^[ ]*(?P<title>在[^\n,。;!?]{2,40}?(?:会议|大会)上的(?:工作)?(?:讲话|报告|发言))[ ]*\n(?:[ ]*\n)*"
                              r"(?:[^\n,。;!?(]{2,20}\n(?:[ ]*\n)*)?[ ]*\((?:19|20)\d{2}年\d{1,2}月\d{1,2}日\)[ ]*$", regex.M)


def _speeches(text: str) -> list[tuple[int, str]]:
    """(offset, title) of each speech (`_SPEECH_BLOCK`) glued after an article, whose title the text before
    it never gives (a page's title that restates it is the same speech's)."""
    if "上的" not in text:
        return []
    return [(m.start("title"), m.group("title")) for m in _SPEECH_BLOCK.finditer(text)
            if han_count(text[:m.start()]) >= 80 and han_count(text[m.end():]) >= 300
            and m.group("title") not in text[:m.start()]]


# A file's title on a line of its own again further on, one of the lines under it the same as one under the
# first (its opening sentence, or the site's notice under the page's title), their Han characters compared
# (a mirror's copy in Traditional script has its own quotation marks): a site glued a copy of the article after
# it (a preview of its first pages, or an excerpt), not a running header, which the text under it goes on from.
_RESTATED_TITLE = 8  # characters a title needs to be told from a heading
_RESTATED_UNDER = 3  # lines under each title compared
_RESTATED_HAN = 20  # Han characters compared of each, 10 at least
_NOT_HAN = regex.compile(r"[^\p{Han}]+")


def _lines_under(text: str, at: int) -> set[str]:
    """The first Han characters of the first lines holding ten or more after the line at `at`."""
    found = set()
    for line in text[at:at + 1000].split("\n")[1:]:
        han = _NOT_HAN.sub("", line)[:_RESTATED_HAN]
        if len(han) >= 10:
            found.add(han)
        if len(found) == _RESTATED_UNDER:
            break
    return found


# A report's closing: its office's name on a line of its own, then the date it is given.
_SIGNATURE = regex.compile(rf"^[ ]*(?P<office>\p{{Han}}{{0,12}}(?:{_OFFICE}))[ ]*\n(?P<date>[^\n]{{6,30}})\n", regex.M)
_OPENING_LEAST = 40  # Chinese characters of the paragraph that opens a report glued after a closing
_SIGNED_LEAST = 100  # Chinese characters of a report glued after a closing, up to its own
_CLOSED_LEAST = 300  # Chinese characters of the report whose closing another follows (an article's least)


def _signed_again(text: str) -> list[tuple[int, str]]:
    """(offset, title) of each report glued after another's closing (南岭县卫生局 / 2012年12月26日) with no
    title between, its opening paragraph right under the date (今年以来,我局…), where it closes under an
    office's name and a date of its own: a sharing site's compilation of two offices' reports, each
    report of its own office (东浦县卫生局 / 二〇一二年十二月二十八日); titled by its opening, as a file
    without a title is."""
    if not _FIRST_OFFICE.search(text):  # `re`: no office's name, no closing (most texts have one, few have two)
        return []
    closings = [m for m in _SIGNATURE.finditer(text) if _date_given(m.group("date").strip())]
    found: list[tuple[int, str]] = []
    for m, after in zip(closings, closings[1:]):
        opening = text[m.end():text.find("\n", m.end())].strip()
        body = text[m.end():after.start()]
        if (han_count(text[:m.start()]) >= _CLOSED_LEAST and han_count(opening) >= _OPENING_LEAST and _CLAUSE_MARK.search(opening)
                and han_count(body) >= _SIGNED_LEAST):
            found.append((m.end(), _first_line(text[m.end():])))
    return found


def _restarted(text: str) -> list[tuple[int, str]]:
    """(offset, title) of each copy of the file's first article glued after it, under its title again."""
    title = _first_line(text)
    if len(title) < _RESTATED_TITLE:
        return []
    line = re.compile(rf"^[ ]*{re.escape(title)}[ ]*$", re.M)  # `re`: a literal compiles in a tenth of `regex`'s time
    first = line.search(text, 0, 1500)
    under = _lines_under(text, first.start()) if first else set()
    if not under:
        return []
    return [(m.start(), title) for m in line.finditer(text, first.end())
            if under & _lines_under(text, m.start()) and han_count(text[:m.start()]) >= 300 and han_count(text[m.end():]) >= 100]


# A bureau's collection of its institutions' reports (桐溪县2020年乡镇卫生院工作总结汇编): its title names a
# collection, and each institution's report starts under its name alone on a line of its own (一、城关镇卫生院,
# 【鹤鸣镇卫生院】, 二、石桥镇卫生院2020年工作总结); not a class of them (一、乡镇卫生院, 二、村卫生室).
_COLLECTION_TITLE = re.compile(r"汇编|汇总|选编|合集")
_INSTITUTION_HEADING = regex.compile(
    rf"^[ ]*(?:[{_CN_NUM}]{{1,3}}、(?P<name>{_INSTITUTION_NAME})|【(?P<name>{_INSTITUTION_NAME})】)"
    r"(?:(?:19|20)\d{2}年度?(?:工作)?(?:总结|汇报))?[ ]*$", regex.M)
_CLASS_OF_INSTITUTIONS = regex.compile(r"乡镇|镇乡|各|全|县级|县直|城市|社区|村")


def _institutions(text: str) -> list[tuple[int, str]]:
    """(offset, title) of each institution's report in a bureau's collection of them, two or more, each titled
    by the institution and the collection (城关镇卫生院(桐溪县2020年乡镇卫生院工作总结汇编)), whose title, on one of
    the first lines, gives the county and the year its reports share."""
    title = next((line.strip()[:m.end()] for line in text[:600].splitlines()[:6] if (m := _COLLECTION_TITLE.search(line.strip()))), "")
    if "卫生" not in title:  # the title ends with its collection's word: a line joined to it (its compiler) is no part
        return []
    found = [(m.start(), f"{m.group('name')}({title})") for m in _INSTITUTION_HEADING.finditer(text)
             if not _CLASS_OF_INSTITUTIONS.match(m.group("name"))]
    return found if len(found) >= 2 else []


def split(text: str, joined: list[int] | None = None) -> list[Document]:
    """The articles of a file; a file without headers is one article titled by its first line.
    `joined`: where a second file glued to it starts, a report of its own however short."""
    joined = joined or []
    cuts, glued = _glued(text)
    bulletins = [(m.start(), m.group("title").strip() + m.group("issue").replace(" ", ""))
                 for m in _BULLETIN.finditer(text)] if "期" in text else []
    bounds = sorted(_boundaries(text) + glued + _titled(text) + _titled_in_line(text) + _letters(text) + _speeches(text)
                    + bulletins + _institutions(text) + _signed_again(text))
    bounds = sorted(bounds + [(at, _first_line(text[at:])) for at in joined if not any(abs(at - b) < 10 for b, _ in bounds)])
    # a copy of the first article that a header found already starts (its 篇二 above the title) is no more
    bounds = sorted(bounds + [(at, title) for at, title in _restarted(text) if not any(abs(at - b) < 200 for b, _ in bounds)])
    pieces: list[tuple[int, int, str]] = []
    first_end = min([bounds[0][0] if bounds else len(text), *cuts])
    if not bounds or han_count(text[:first_end]) > 300 or first_end in joined:
        pieces.append((0, first_end, _first_line(text)[:80]))
    for i, (at, title) in enumerate(bounds):
        end = min([bounds[i + 1][0] if i + 1 < len(bounds) else len(text), *(c for c in cuts if c > at)])
        below = next((line.strip() for line in text[at:end].splitlines()[1:] if line.strip()), "")
        if not title or (_TITLE_OF_OFFICE.fullmatch(below) and not _TITLE_OF_OFFICE.fullmatch(title)):
            title = below  # 卫生健康局年度工作总结范文3篇(篇一) / 青石县卫生健康局2019年工作总结: the article's own title
        pieces.append((at, end, title[:80]))
    pieces = [(a, b, _clipped(_headline(regex.split(r"([。:,;!?])", _TITLE_JUNK.sub("", t))))) for a, b, t in pieces]
    docs = []
    least = 80 if bounds else 10  # a compilation's header stubs are not articles
    for start, end, title in pieces:
        if han_count(text[start:end]) < (10 if joined and (start == 0 or start in joined) else least):
            continue
        docs.append(Document(seq=len(docs) + 1, title=title, start=start, end=end, text=text[start:end]))
    return docs


def _bracket_headings(text: str) -> list[regex.Match]:
    """Topics in square brackets heading a text's parts: two or more, none twice (a speaker's
    name in an interview comes back)."""
    found = [m for m in _BRACKET_HEADING.finditer(text) if not _NOT_BRACKET_HEADING.search(m.group("title"))]
    titles = [m.group("title") for m in found]
    return found if len(titles) >= 2 and len(set(titles)) == len(titles) else []


# The end of a sentence or line before a numbered heading (一、, 第三部分), and the line break before
# a plan heading or a post's heading (2021年工作思路, 会议强调, 08 …): `re` finds these plain words
# and classes fast, and the heading patterns are tried after them only (and at the text's start).
_BEFORE_HEADING_MARK = re.compile(rf"[。;:!?\n](?:[{_CN_NUM}]{{1,3}}、|第[{_CN_NUM}]{{1,3}}(?:部分|章))")
_BEFORE_LINE_HEADING = re.compile(rf"\n[ ]*(?:(?:19|20)\d{{2}}年|明年|下一步|下步|下半年|今后|会议|0[1-9]|[^\n]{{0,12}}?(?:{_OFFICE}))")


def _matches_at(pattern: regex.Pattern, text: str, starts: list[int]) -> Iterator[regex.Match]:
    """`pattern.finditer(text)` for a pattern whose matches can start only at `starts` (ascending)."""
    end = 0  # a match starts at or after the end of the one before
    for start in starts:
        if start >= end and (m := pattern.match(text, start)):
            yield m
            end = m.end()


def _headings(text: str) -> list[regex.Match]:
    marks = [0, *(m.start() + 1 for m in _BEFORE_HEADING_MARK.finditer(text))]
    found = {m.start(): m for m in _matches_at(_HEADING, text, marks)}
    if "【" in text:
        for m in _bracket_headings(text):
            found.setdefault(m.start(), m)
    run_on = list(_matches_at(_RUN_ON_PLAN_HEADING, text, marks))
    for m in run_on:
        whole = found.get(m.start())
        if whole is not None and _YEAR.match(whole.group("title"), len(m.group("title"))):
            # 四、2021年工作计划2021年是“十四五”开局之年: the heading's words end where its first sentence's year starts
            found[m.start()] = m
    for m in run_on:
        found.setdefault(m.start(), m)
    for m in _matches_at(_RUN_ON_PROBLEMS_HEADING, text, marks):
        found.setdefault(m.start(), m)
    lines = [0, *(m.start() + 1 for m in _BEFORE_LINE_HEADING.finditer(text))]
    for pattern in (_LINE_PLAN_HEADING, _MEETING_PLAN, _POST_HEADING):
        for m in _matches_at(pattern, text, lines):
            if pattern is _LINE_PLAN_HEADING and m.group("office") and m.group("office") not in text[:m.start()]:
                continue
            found.setdefault(m.start(), m)
    return [found[k] for k in sorted(found)]


def _sections(doc: Document, headings: list[regex.Match]) -> list[Section]:
    """The sections of a document under its `_headings`, read as a plan's when it is one."""
    out: list[Section] = []
    whole_plan = doc.type == "plan"
    part_looks_back = False  # a part's heading (第一部分 部门概况) over the headings of its items
    for m in headings:
        title = m.group("title")
        head = title.split(":", 1)[0]  # 五、项目支出:指…事业发展目标所发生的支出: a term, then what it means
        advice = _ADVICE_HEADING.search(head) and not _PROBLEM_HEADING.search(head)
        planned = (_PLAN_HEADING.search(_LOOKS_BACK.sub("", head)) or advice) and not _DONE_HEADING.search(head)  # not 规划背景
        looks_back = _DONE_HEADING.search(head) or _LOOKS_BACK.search(head)
        if _PART_MARK.match(m.group()):
            part_looks_back = bool(looks_back)
        elif part_looks_back and not planned:
            looks_back = True  # 第一部分 部门概况 / 二、部门预算单位构成: the units and staff a budget is for, as they are
        stated = whole_plan and not planned and _PROBLEMS_STATED.search(head)  # a plan's 二、存在的主要问题
        role = ("plan" if (whole_plan and not looks_back and not stated) or planned
                else "problems" if _PROBLEM_HEADING.search(head) else "results")
        years = [int(y) for y in _HEADING_YEAR.findall(title)]
        if not years and role == "plan":  # 三、“十四五”发展目标: due by the period's end; its 开局之年 is its first year
            years = [_period_end(name) - (4 if _PERIODS_FIRST_YEAR.search(title) else 0) for name in _PERIOD.findall(title)]
        out.append(Section(m.start(), len(doc.text), title, role, years[0] if years else None))
    for a, b in zip(out, out[1:]):
        a.end = b.start
    _items_of_line_plans(headings, out)
    for sec in out:
        if sec.role == "plan" and sec.year is None:
            sec.year = _paragraph_year(doc.text, sec)
    out = [part for sec in out for part in _problems_then_plan(doc.text, sec)]
    if not whole_plan:
        # a weak heading with a year of its own (三、“十四五”发展目标) is a plan all the same
        clear = [s.role == "plan" and (bool(_PLAN_HEADING.search(_WEAK_PLAN_HEADING.sub("", s.title))) or s.year is not None)
                 for s in out]
        for i, sec in enumerate(out):
            if sec.role == "plan" and not clear[i] and any(clear[i + 1:]):
                sec.role = "results"
    for sec in out:  # an item 三、… that states a quantity stays a section: its siblings head theirs
        _labelled(sec)
    if not whole_plan and (ahead := _closing_plan(doc, out)):
        if out:
            out[-1].end = ahead.start
        out.append(ahead)
    if out and not whole_plan and (annex := _ANNEX.search(doc.text, out[-1].start)):
        # 附件:2023年…主要数据 after the plan for 2024: the year's data, not its goals
        out[-1].end = annex.start()
        # …unless its caption says it is a plan (附表:2024年重点项目计划表), due by its own year or the plan's
        line_end = doc.text.find("\n", annex.start())
        caption = doc.text[annex.start():line_end if line_end >= 0 else len(doc.text)]
        if _PLAN_HEADING.search(caption) and not _DONE_HEADING.search(caption):
            years = [int(y) for y in _HEADING_YEAR.findall(caption)]
            out.append(Section(annex.start(), len(doc.text), annex.group(1), "plan", years[0] if years else out[-1].year))
        else:
            out.append(Section(annex.start(), len(doc.text), annex.group(1), "results", None))
    if whole_plan and (not out or out[0].start > 0):
        out.insert(0, Section(0, out[0].start if out else len(doc.text), doc.title, "plan", None))
    subsections = []
    # a report headed by (一)… alone has its subsections in one untitled section of results
    for parent in out or [Section(0, len(doc.text), "", "results", None)]:
        subs = []
        for m in _SUBHEADING.finditer(doc.text, parent.start, parent.end):
            title = m.group("title")
            # an item that states a quantity is dated by the words before its first quantity only:
            # (五)到2025年,建成…1个 is 2025's; (四)年内…提高到80%,到2025年实现全覆盖 is the plan's year
            dating = title[:_first_stated(title)] if _states(title) else title
            years = [int(y) for y in _HEADING_YEAR.findall(dating)]
            # a subsection holds what its section holds (计划生育 in its title is no plan), unless
            # it looks ahead: (三)明年工作 closing the year's results
            role = "plan" if _AHEAD_SUBHEADING.search(title) and not _DONE_HEADING.search(title) else parent.role
            subs.append(Section(m.start(), parent.end, title, role, years[0] if years else parent.year, level=2))
        for a, b in zip(subs, subs[1:]):
            a.end = b.start
        for sub in subs:
            _labelled(sub)
        # an item that states a quantity is text of the section it is in, with its role and year,
        # unless it has its own
        subsections += [sub for sub in subs if not _states(sub.title) or (sub.role, sub.year) != (parent.role, parent.year)]
    return sorted(out + subsections, key=lambda sec: (sec.start, sec.level))


def _items_of_line_plans(headings: list[regex.Match], sections: list[Section]) -> None:
    """Give the plan's role and year to the numbered headings that start again at 一 under a plan
    heading on a line of its own (2007年工作思路 / 一、巩固和完善新型农村合作医疗 / 二、…): they are
    its items, not more of the year's results, though they stand at the level of the results."""
    for i, m in enumerate(headings):
        if m.re is not _LINE_PLAN_HEADING or sections[i].role != "plan":
            continue
        for n, (item, sec) in enumerate(zip(headings[i + 1:], sections[i + 1:])):
            mark = item.groupdict().get("mark")
            head = sec.title.split(":", 1)[0]
            if (mark != _CN_NUM[n:n + 1] or sec.role != "results"
                    or _DONE_HEADING.search(head) or _LOOKS_BACK.search(head)):
                break
            sec.role = "plan"
            sec.year = sec.year or sections[i].year


# Where the plan of a heading that states problems and a plan starts: a sentence opening with a
# year or a word that looks ahead (2024年,全县孕产妇死亡率控制在…; 下一步,…).
_PLAN_START = regex.compile(r"(?:^|(?<=[。;!?\n]))[ ]*(?:(?:19|20)\d{2}年|下一步|下步|今后|明年)")


# The year a plan's one paragraph opens with: 五、下一步打算 / 到2022年,全县…。新建健康步道10条…
_PARAGRAPH_YEAR = regex.compile(r"(?:到|至)?((?:19|20)\d{2})年(?:底|末)?[,:]")


def _paragraph_year(text: str, sec: Section) -> int | None:
    """The year of a plan section that is one paragraph under its heading, opening with a year:
    all its goals are due by then."""
    heading_end = text.find("\n", sec.start)
    body = text[heading_end:sec.end].strip() if 0 <= heading_end < sec.end else ""
    m = _PARAGRAPH_YEAR.match(body)
    signed = all(len(line) <= 30 and not _CLAUSE_MARK.search(line) for line in body.split("\n")[1:])  # its signature and date
    return int(m.group(1)) if m and signed else None


# A summary's closing paragraph that turns to the next year: 2020年,我们将力争县域内就诊率达到90%…,
# 明年,我院将力争门诊人次增长10%; a half-year summary's to the rest of its year: 下半年,我局将重点抓好….
# A director's 述职 says 我 (2022年,我将重点抓好以下工作:…).
_CLOSING_PLAN = regex.compile(r"^[ ]*(?P<title>((?:19|20)\d{2})年|明年|下半年),?(?:我们|我局|我委|我县|我区|我市|全县|全区|全市|我院|我中心|我)?"
                              r"(?:将|要|计划|力争|拟)", regex.M)
# A year masked by a sharing site in a title or an opening (XX县卫生局20xx年工作总结, 20**年,我局…):
# a year the text had, unknown.
_MASKED_TITLE_YEAR = re.compile(r"(?:19|20)(?:[xX*＊×]{2}|\d[xX*＊×])年")
_OPENING_SPAN = 300


# The next speaker of a transcript (【主持人】, 主持人:, 【市日报记者】): a news conference's answers after a
# speech that closed with its plan report what was done.
_NEXT_SPEAKER = regex.compile(r"^[ ]*(?:【[^】\n]{1,16}】|(?:主持人|\p{Han}{0,8}记者)[::])", regex.M)


def _closing_plan(doc: Document, sections: list[Section]) -> Section | None:
    """The plan a summary closes with in a paragraph of its own, after its last heading, for a year
    after every year its title names (青石县卫生健康局2019年工作总结 … 2020年,我们将力争…), for the
    next year (明年,…), or for the rest of the year a half-year summary reports on (下半年,…).  A title
    or opening whose year is masked (×××卫生院20**年度工作总结) dates none of them."""
    title_years = [int(y) for y in _YEAR.findall(doc.title)]
    masked = not title_years and _MASKED_TITLE_YEAR.search(doc.text, 0, _OPENING_SPAN)
    if not (title_years or masked) or any(s.role == "plan" for s in sections):
        return None
    last = None
    for last in _CLOSING_PLAN.finditer(doc.text, sections[-1].start if sections else 0):
        pass
    if last is None:
        return None
    year = _closing_year(last, title_years, PART_YEAR_TITLE.search(doc.title) is not None)
    if year is False:
        return None
    turn = _NEXT_SPEAKER.search(doc.text, last.end())
    return Section(last.start("title"), turn.start() if turn else len(doc.text), last.group("title"), "plan", year)


def _closing_year(opening: "regex.Match[str]", title_years: list[int], part_year: bool) -> int | None | bool:
    """The year a closing plan is due by, None where the title's year is masked, False where the
    paragraph plans nothing ahead: a year not after the title's, or 下半年 in a whole year's summary."""
    word = opening.group("title")
    latest = max(title_years) if title_years else None
    if opening.group(2):
        return int(opening.group(2)) if latest is not None and int(opening.group(2)) > latest else False
    if word == "下半年":
        return latest if part_year else False
    return latest + 1 if latest is not None else None


def _problems_then_plan(text: str, sec: Section) -> list[Section]:
    """A section headed 存在问题及2024年工作重点 as its problems (一是剖宫产率偏高…) and then its plan,
    which starts with a sentence opening with a year or a word that looks ahead."""
    head = sec.title.split(":", 1)[0]
    if sec.role != "plan" or not _PROBLEMS_STATED.search(head):
        return [sec]
    body = text.find(sec.title, sec.start) + len(sec.title)  # after the heading's mark and words
    start = _PLAN_START.search(text, body, sec.end)
    if start is None or not text[body:start.start()].strip():
        return [sec]
    problems = Section(sec.start, start.start(), sec.title, "problems", None, sec.level)
    return [problems, Section(start.start(), sec.end, sec.title, "plan", sec.year, sec.level)]


@lru_cache(maxsize=4096)  # a heading's words are asked of again as it is dated, labelled and kept
def _states(title: str) -> bool:
    """Whether a heading's words state a quantity in digits, as a list item does ((三)新增医养结合
    机构3家,医养结合床位达到3000张).  Counts in words name what a heading is about (三项核心指标持续
    向好), and one in brackets is its note (加分项目(总加分不超过50分))."""
    return any(map(str.isdigit, title)) and any(not q.chinese for q in find(_BRACKETED.sub("", title)))


def _first_stated(title: str) -> int:
    """Where the first quantity in digits a heading states starts."""
    return min(q.start for q in find(title) if not q.chinese)


def _labelled(sec: Section) -> None:
    """Title a heading that states a quantity after its label by the label: (四)基层能力:年内完成
    8个乡镇卫生院… is 基层能力.  Its role and year, read from all its words, stay."""
    label = _LABEL.match(sec.title)
    if label and _states(sec.title) and not _states(label.group(1)):
        sec.title = label.group(1)


def _years(doc: Document) -> tuple[int | None, int | None]:
    """Report and plan year: the body's opening year wins over the title's (FACTS.md)."""
    title_years = [int(y) for y in _YEAR.findall(doc.title)]
    skip = len(doc.title) if doc.text.startswith(doc.title) else 0
    body = doc.text[skip:]
    # the opening is before the plan: 到2025年,… in a plan section opens no summary
    plan_at = min((s.start - skip for s in doc.sections if s.role == "plan" and doc.type != "plan"), default=len(body))
    head = body[:max(0, min(800, plan_at))]
    opening = _OPENING_YEAR.search(head) or (None if title_years else _YEAR_END_OPENING.search(head))
    report = _report_year(doc, title_years, head, body[:max(0, plan_at)], opening)
    planned = _PLAN_TITLE_YEAR.search(doc.title) if doc.type == "plan" and opening else None
    if planned and report == int(planned.group(1)) == int(opening.group(1)) and not _SUMMARY_TITLE_YEAR.search(doc.title):
        report = None  # 2011年卫生工作计划 whose body opens 2011年,全县参合率稳定在96%以上: the year planned, not reported
    # the year a plan section's heading names (not a period's end: the plan of 2020年工作总结和
    # “十四五”工作思路 starts in 2021); a plan for a period (规划(2019—2025年)) is due by its end, and so is
    # the work a mid-term evaluation of it sets out (规划(2016—2020年)中期评估报告)
    period = PLAN_PERIOD_TITLE.search(doc.title) if doc.type == "plan" or "中期" in doc.title else None
    plan = int(period.group("end")) if period else None
    if plan is None:
        # or the year its one paragraph opens with (到2022年,…), unless the title names a plan of its own
        by_paragraph = not _PLAN_TITLE.search(doc.title)
        for s in doc.sections:
            if s.role != "plan":
                continue
            if _YEAR.search(s.title) or (by_paragraph and _paragraph_year(doc.text, s)):
                plan = s.year
                break
            if s.level == 1 and _PART_YEAR_PLAN.search(s.title):
                break  # 二、第四季度工作安排 plans the rest of its year, not its (四)谋划2024年工作's
    if plan is None and doc.type == "plan" and not title_years:
        # a plan that opens with its own year: 2016年,我院将…; 为了做好2016年卫生工作
        ahead = _PLAN_OPENING.search(body[:300])
        if ahead and (ahead.group(1) or (opening and ahead.start() == opening.start())):
            plan, report = int(ahead.group(1) or ahead.group(2)), None
    if plan is None:
        plan_title = _PLAN_TITLE_YEAR.search(doc.title)
        if plan_title and (report is None or int(plan_title.group(1)) > report):
            plan = int(plan_title.group(1))
    if plan is None and doc.type == "plan" and len(set(title_years)) == 1 and report is None:
        # a plan's one year, however far from its name: 关于印发2023年度各县(市、区)卫生健康工作目标管理责任书
        plan = title_years[0]
    # a report on a period's plan that reports on no period (关于编制“十五五”规划的情况汇报) plans for none either
    on_plan = doc.type != "plan" and report is None and _SUMMARY_TITLE_PERIOD.search(doc.title)
    if plan is None and not title_years and not on_plan:  # 2020年工作总结和“十四五”工作思路 plans 2021 first
        plan_period = _PLAN_TITLE_PERIOD.search(doc.title)  # “十四五”卫生健康事业发展规划
        if plan_period and (report is None or _period_end(plan_period.group(1)) > report):
            plan = _period_end(plan_period.group(1))
    if plan is None and report is not None and any(s.role == "plan" for s in doc.sections):
        # a summary of part of a year (上半年, 1-9月, 第一季度) plans the rest of its year, and so does
        # a plan section for part of one (11-12月工作安排, 第二季度工作打算)
        part = PART_YEAR_TITLE.search(doc.title) or any(s.role == "plan" and _PART_YEAR_PLAN.search(s.title) for s in doc.sections)
        ahead = _NEXT_YEAR_PLAN.search(doc.title) or any(s.role == "plan" and _NEXT_YEAR_PLAN.search(s.title) for s in doc.sections)
        plan = report if part and not ahead else report + 1  # 1-10月工作总结和明年工作思路 plans the next year
    if report is None and plan is not None and doc.type != "plan":
        report = plan - 1
    if report is None and plan is not None and any(s.role == "results" for s in doc.sections):
        report = _reviewed_before(doc, plan)
    return report, plan


def _reviewed_before(doc: Document, plan: int) -> int | None:
    """The year a plan's review of results (一、今年工作回顾) reports on: the year the plan is given
    in, when that is the year before the one it plans (for 2022, given 2021年12月28日: its 今年 is
    2021); a plan given in its own year reviews no year it names."""
    stated = given(doc)
    return stated[0] if stated and stated[0] == plan - 1 else None


def _report_year(doc: Document, title_years: list[int], head: str, results: str,
                 opening: "regex.Match[str] | None") -> int | None:
    """The year a document reports on: its opening year, its title's, then the day it is as of
    and the date it is given.  `head` is the body's opening, `results` the body before its plan."""
    report = int(opening.group(1)) if opening else None
    reporting = doc.type in ("summary", "summary_and_plan")
    if report is not None and _SPAN_START in opening.group() and reporting:
        # 2016年以来,… in a report as of 2019 starts a span: the later date names the year
        later = [stated[0] for stated in (_as_of(head), _dated(doc, results)) if stated]
        report = max([report, *later])
    # …but a plan's mid-term evaluation (规划(2016—2020年)中期评估报告) is as of a year inside the plan's period
    period = PLAN_PERIOD_TITLE.search(doc.title) if reporting and "中期" not in doc.title else None
    if period and (report is None or int(period.group("start")) <= report < int(period.group("end"))):
        # 任期工作报告(2016年—2020年) whose body opens 2016年换届以来: a report on a term is as of its end
        report = int(period.group("end"))
    summary_year = _midterm_free(_SUMMARY_TITLE_YEAR.search(doc.title), doc.title)
    if report is not None and summary_year and report > int(summary_year.group(1)):
        # 丰宁县卫生健康局2023年工作总结 whose plan opens on 2024年,我们这样干: no summary reports ahead of its title
        report = int(summary_year.group(1))
    if report is None and title_years:
        summary_year = _midterm_free(_SUMMARY_TITLE_YEAR.search(doc.title), doc.title)
        report = int(summary_year.group(1)) if summary_year else None
        if report is None and not _PLAN_TITLE.search(doc.title):
            report = title_years[0]
            dated = _dated(doc, results) if _MEETING_TITLE.search(doc.title) else None
            if dated and dated[0] < report:
                report = dated[0]  # 在全县2013年卫生工作会议上的讲话, (2013年2月5日): the year before is reviewed
            # a title's year that no summary word follows may name what is reported on, not when:
            # 关于2020年度预算执行…审计发现问题整改情况的报告, as of 2021年10月31日
            as_of = _as_of(head) if reporting else None
            if as_of and as_of[0] > report and as_of[1] > _LAST_SPRING_MONTH:
                report = as_of[0]
    if report is None:
        summary_period = _SUMMARY_TITLE_PERIOD.search(doc.title)
        # a mid-term evaluation (“十四五”规划中期评估报告) reports on no period's end, nor does a report given
        # before the period ends (关于编制“十五五”规划的情况汇报, 2025年6月: the plan is being drawn up)
        end = _period_end(summary_period.group(1)) if summary_period and "中期" not in doc.title else None
        stated = given(doc) if end is not None else None
        report = end if end is not None and (stated is None or stated[0] >= end) else None
    if report is None and reporting:
        stated = _as_of(head) or _dated(doc, results)
        report = stated[0] if stated else None
    if report is None and (summed := _SUMMED_UP.search(head)):
        report = int(summed.group(1))  # a meeting's news: 会议全面总结2022年全市卫生健康工作
    if report is None and doc.type == "plan" and (period := _PLAN_TITLE_PERIOD.search(doc.title)):
        report = _reviewed_period_end(period.group(1), results)  # “十四五”规划: “十三五”期间,全县…
    return report


def _midterm_free(summary_year: "regex.Match[str] | None", title: str) -> "regex.Match[str] | None":
    """A title's year before its summary words, unless it ends the period of the plan a mid-term
    evaluation is of (规划(2016—2020年)中期评估报告 reports on a year within it, not on 2020)."""
    period = PLAN_PERIOD_TITLE.search(title) if summary_year and "中期" in title else None
    return None if period and period.group("end") == summary_year.group(1) else summary_year


def _reviewed_period_end(planned: str, body: str) -> int | None:
    """The end of the period before `planned` (十三五 before 十四五: 2020) when a five-year plan's body
    looks back on it (“十三五”期间, 十三五以来, 十三五末): the plan's review reports on that period."""
    end = _period_end(planned) - 5
    before = next((name for name, last in cues()["year"]["periods"].items() if last == end), None)
    if before is None:
        return None
    bare = body.replace("“", "").replace("”", "")
    return end if regex.search(rf"{before}(?:期间|时期|以来|期末|末)", bare) else None


def _month(text: str) -> int:
    return int(text) if text.isdigit() else _CN_MONTHS[text]


def _as_of(head: str) -> tuple[int, int] | None:
    """(year, month) of the day an opening says it is as of (截至2019年11月底), or of the year it
    evaluates (以2017年为评估年度: its end)."""
    m = _AS_OF.search(head)
    if not m:
        return None
    return int(m.group("year")), _month(m.group("month")) if m.group("month") else 12


def _date_lines(doc: Document) -> list[str]:
    """The lines where a report gives its date: under its title, and closing it."""
    lines = [line for line in doc.text.splitlines() if line.strip()]
    return lines[int(not (lines and _MASTHEAD.fullmatch(lines[0]))):7] + lines[-4:]  # a newspaper's page line above its title


def _date_given(line: str) -> "regex.Match[str] | None":
    """The date a line gives a report: alone, in a dateline, or after its issuer's name."""
    return (_DATE_ALONE.fullmatch(line) or _DATELINE.fullmatch(line) or _SIGNED_DATE.fullmatch(line)
            or _DATE_FIELD.fullmatch(line) or _MEETING_TIME.fullmatch(line) or _MASTHEAD.fullmatch(line))


# A web page's publishing line, in the text as read (NFKC and Simplified): 发布时间:2023-07-15,
# 发布日期:2022年12月30日.
_PUBLISHED = regex.compile(r"(?:发布|发表)(?:时间|日期):[ \t\u3000]*(?P<year>(?:19|20)\d{2})[-/.年](?P<month>1[0-2]|0?[1-9])(?!\d)")
_PUBLISHED_LINES = 10  # a page's publishing line stands under its title


def published(original: str) -> tuple[int, int] | None:
    """(year, month) a page's publishing line gives among the first lines of the text as read, when
    the line names the office that issues the report (来源:西城区卫生健康委员会) or a news outlet whose
    own news the page is (来源:柳川县融媒体中心): a sharing site's date (来源:网络  发布时间:2019-01-05)
    is when it reposted a report of any year."""
    for line in original.lstrip().splitlines()[:_PUBLISHED_LINES]:
        if "发" not in line and "發" not in line:
            continue
        line = simplified(unicodedata.normalize("NFKC", line))
        if (m := _PUBLISHED.search(line)) and (names_issuer(line) or names_outlet(line)):
            return int(m.group("year")), int(m.group("month"))
    return None


def given(doc: Document) -> tuple[int, int] | None:
    """(year, month) a document is given: the date a line under its title or closing it gives, else
    its page's publishing line."""
    found = None
    for line in _date_lines(doc):
        found = _date_given(line) or _office_post(line) or found
    return (int(found.group("year")), _month(found.group("month"))) if found else doc.published


# A sharing site's or a forum's marks on a page it reposts: its source, its labels, its lists of
# other documents, a forum's software, the user who uploaded it and its notice of takedown (分享者:…
# 上傳時間:…, 如有侵權請聯繫刪除) (a bureau's own page names its issuer in its publishing line instead).
# In either script, as the file has them: 【轉帖】, 來源：網絡.
_SHARING_MARKS = re.compile(r"[来來]源[:：][ \t]*(?:网络|網絡)|[转轉](?:载|載|帖)|文[库庫]|[范範]文|(?:高品[质質]|精品|[优優][质質]|推[荐薦]|精[选選])文[档檔]"
                            r"|相[关關](?:文[档檔])?推[荐薦]|猜你喜[欢歡]|免[费費]下[载載]|[楼樓]主|Discuz"
                            r"|分享者[:：]|上[传傳](?:者|[时時][间間])[:：]|如有侵[权權]")


def shared(text: str) -> bool:
    """Whether a file's text as read bears a sharing site's or a forum's marks."""
    return bool(_SHARING_MARKS.search(text))


def hosted_by_other(text: str, bureau: str | None) -> bool:
    """Whether a page's first line is the site of an office other than the report's (丽山市卫生健康委员会
    above 仙源县卫生健康局2019年工作总结: the city's site reposts the county's report)."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return bool(bureau and _OFFICE_LINE.fullmatch(first) and bureau not in first and first not in bureau)


# A speech or a meeting's report, whose 今年 is the day it is given: 在全县卫生健康工作会议上的讲话.
_SPEECH_TITLE = re.compile(r"讲话|会议上的(?:工作)?报告")


def spoken_year(doc: Document) -> int | None:
    """The year a speech was given in, when that is after the year it reviews (在全县卫生健康工作会议上
    的讲话, 2021年2月26日, on 2020): the year its 今年 and 截至目前 speak of, its plan's year."""
    stated = given(doc) if _SPEECH_TITLE.search(doc.title) else None
    return stated[0] if stated and doc.report_year and stated[0] > doc.report_year else None


def _dated(doc: Document, results: str) -> tuple[int, int] | None:
    """(year reported, month given) from the date a report is given: a summary given from January
    to April reports the year before; otherwise the latest year its results name, up to the
    year given (自评报告, 2021年5月: 2020年末常住人口… reports 2020); with no year named, a date
    at the year's end (2019年12月18日) names the year."""
    if (stated := given(doc)) is None:
        return None
    given_year, month = stated
    if PART_YEAR_TITLE.search(doc.title) and (month > _LAST_SPRING_MONTH or not _YEAR_END_PART.search(doc.title)):
        # 上半年工作总结 given in July, 一季度工作总结 given in April: the part of the year just ended
        return given_year, month
    bound = given_year - 1 if month <= _LAST_SPRING_MONTH else given_year
    dateless = "\n".join(line for line in results.splitlines() if not _date_given(line))
    if month > _LAST_SPRING_MONTH and _THIS_YEAR.search(dateless):
        return given_year, month  # 2022年8月26日在…常务委员会…上: its 今年 is 2022
    named = [int(y) for y in _RESULT_YEAR.findall(dateless) if int(y) <= bound]
    if named and max(named) >= bound - 1:
        return max(named), month
    if month <= _LAST_SPRING_MONTH or month >= _YEAR_END_MONTH:
        return bound, month
    return None


def _period_end(name: str) -> int:
    """The last year of a five-year period (十三五: 2020)."""
    return cues()["year"]["periods"][name]


def _type(doc: Document) -> str:
    # more than three words of a school's, and three times the bureau's words; the bureau's are
    # counted only where the school's are that many
    if (not _BUREAU_WORDS.search(doc.title)  # 卫生健康局…学校卫生和近视防控工作总结 speaks of 学期 and 保健老师
            and not _OFFICE_TITLE.search(doc.title)  # as an education bureau's own report does
            and (others := len(_OTHER.findall(doc.text))) > 3 and others > 3 * len(_BUREAU_WORDS.findall(doc.text))):
        return "other"
    title = doc.title
    summary = bool(_SUMMARY_TITLE.search(title))
    plan = bool(_PLAN_TITLE.search(title))
    if plan and not summary:
        return "plan"
    has_plan_section = any(s.role == "plan" for s in doc.sections)
    if summary or not plan:
        return "summary_and_plan" if has_plan_section else "summary"
    return "summary_and_plan"


_PLACE_END = re.compile(r"[县区市旗]")
# A county or district named with the prefecture or city it lies in, before an office (那曲市色尼区,
# 乌鲁木齐市沙依巴克区, 普洱市孟连傣族拉祜族佤族自治县, 那曲地区比如县): the part after the prefecture is the
# office's place, though jieba cuts its long or transliterated name across the two (市色 + 尼区).
_WITHIN_PREFECTURE = regex.compile(r"\p{Han}{2,12}?(?:市|州|地区|盟)(?P<place>(?![各全本我该某])\p{Han}{2,12}(?:县|区|市|旗))")
# A banner's side, which jieba cuts from the name it is of (察哈尔 + 右翼后旗, 科右 + 中旗).
_BANNER_SIDE = re.compile(r"(?:[左右]翼)?[前中后左右]旗|联合旗")
_NOT_NAME_HEADS = "省市州盟全本我各该某县区"  # a character before a county's name that is not part of it


def _place_name(candidate: str, of_office: bool = False) -> str | None:
    """The place name a candidate ends with, or None: 印发了殷都区 -> 殷都区, 按照县 -> None.

    jieba's part-of-speech dictionary knows Chinese place names (ns); a name it reads
    as a person's (nr) is accepted too, as unknown place names often are.  Right before
    an office (`of_office`: 东胜区卫生和计划生育委员会) any word that ends like a place is one.
    A name of two characters is too short to tell from 全县 or 按照县 unless it is a county's
    whose name is one character (涉县, `data/one_character_counties.txt`).
    """
    from extractors.segment import tagged

    if candidate in _ONE_CHARACTER_COUNTIES:
        return candidate
    if (of_office and (inside := _WITHIN_PREFECTURE.fullmatch(candidate))
            and not inside.group("place").startswith("自治") and inside.group("place") not in not_places()):
        return inside.group("place")
    words = tagged(candidate)
    name, flag = words[-1]
    if (name.startswith("自治") or "族自治" in name) and len(words) > 1:  # 石林 + 彝族 + 自治县, 巴马 + 瑶族自治县: the place and its peoples
        first = max((i for i, (_, f) in enumerate(words[:-1]) if f in ("ns", "nr")), default=None)
        if first is not None:
            return "".join(word for word, _ in words[first:])
    before = len(words) - 2  # the word before the name
    if of_office and len(words) > 1 and _BANNER_SIDE.fullmatch(name) and len(words[-2][0]) >= 2 and words[-2][1] in ("ns", "nr", "nrt", "nz"):
        name, before = words[-2][0] + name, before - 1  # 察哈尔 + 右翼后旗, 科右 + 中旗: a banner named by its side
    elif len(words) > 1 and len(name) == 1 and (words[-2][1] == "ns" or (of_office and words[-2][1] in ("n", "nr", "nrfg", "nrt", "nz", "a"))):
        name = words[-2][0] + name  # 殷都 + 区; before an office, 青石 + 县 and 明远 + 市 too
        before -= 1
        if (of_office and len(name) == 3 and before >= 0 and len(words[before][0]) == 2 and words[before][1] in ("nr", "ns")
                and han_count(words[before][0]) == 2):
            name = words[before][0] + name  # 查干 + 淖尔 + 旗: a Mongolian name of two words
            before -= 1
    elif flag not in ("ns", "nr") and name not in _ONE_CHARACTER_COUNTIES and not (of_office and _PLACE_END.fullmatch(name[-1])):
        return None
    if (of_office and len(name) == 2 and _PLACE_END.fullmatch(name[-1]) and before >= 0 and len(words[before][0]) == 1
            and han_count(words[before][0]) == 1 and words[before][0] not in _NOT_NAME_HEADS):
        name = words[before][0] + name  # 青 + 岚县, 鹿 + 山县, 澂 + 江 + 市: a two-character county inside the name
    elif (of_office and len(name) == 2 and flag == "ns" and _PLACE_END.fullmatch(name[-1]) and before == 0
          and len(words[0][0]) == 2 and han_count(words[0][0]) == 2 and words[0][1] in ("n", "ns", "nr", "nz")
          and words[0][0][0] not in _NOT_NAME_HEADS):
        name = words[0][0] + name  # 石门 + 岭县 before its office: a county of four characters, the whole candidate
    if (len(name) < 3 and name not in _ONE_CHARACTER_COUNTIES) or name in not_places() or regex.search(r"[xX*×]", name):
        return None
    return name


@cache
def _place_pattern() -> "re.Pattern[str]":
    return re.compile(han_class() + r"{2,6}?(?:自治县|县|区|市|旗)(?![场域民容貌级直属内外间长情])")


def _place_names(text: str) -> list[str]:
    """`_place_pattern().findall(text)`, trying only the starts 2 to 8 characters before a
    县, 区, 市 or 旗 (a match ends with one): four times faster on a whole report."""
    pattern = _place_pattern()
    found: list[str] = []
    next_start = 0  # every start before it is tried or inside a match
    for end in _PLACE_END.finditer(text):
        for i in range(max(next_start, end.start() - 8), end.start() - 1):
            next_start = i + 1
            m = pattern.match(text, i)
            if m:
                found.append(m.group())
                next_start = m.end()
                break
    return found


def _bureau(text: str, pos: int = 0) -> "regex.Match[str] | None":
    """`_BUREAU.search(text, pos)`, started where a match can start: no earlier than
    `_BUREAU_REACH` characters before the first office named."""
    first = _FIRST_OFFICE.search(text, pos)
    return _BUREAU.search(text, max(pos, first.start() - _BUREAU_REACH)) if first else None


def _author(text: str, title: bool = False) -> "regex.Match[str] | None":
    """The first office the text names that is not one it works under (在县卫健局的正确领导下);
    an office heading the text, or a title's office before 关于, issues it (安川市卫生健康委员会
    关于印发…的通知, 澄江市卫生健康委员会关于2019年…工作情况的报告)."""
    m = _bureau(text)
    while (m and m.start() > 0 and _LED_BY.match(text, m.end())
           and not (title and text.startswith("关于", m.end()))):
        m = _bureau(text, m.end())
    return m


def _names_institution(title: str) -> bool:
    """Whether a title names an institution, not only township centres as a class (桐溪县2020年乡镇卫生院
    工作总结汇编, a county's, whose 年乡镇 is no township)."""
    if not _INSTITUTION_TITLE.search(title):
        return False
    rest = _TOWNSHIP_CENTRE.sub(lambda m: "" if _ANY_TOWNSHIP.fullmatch(m.group("place")) else m.group(), title)
    return bool(_INSTITUTION_TITLE.search(rest))


def _place(doc: Document) -> tuple[str | None, str | None, str | None]:
    """Bureau, region and administrative level, as far as the text names them."""
    body = None if _FIRST_OFFICE.search(doc.title) else _PUBLIC_BODY.search(doc.title)
    place = _place_name(body.group("place"), of_office=True) if body else None
    if place:  # 清河县疾病预防控制中心2018年工作总结: the county's disease control
        level = _LEVELS.get(place[-1])
        return body.group(), place, "county" if level == "city" and place in _county_level_cities() else level
    if _names_institution(doc.title) and not _FIRST_OFFICE.search(doc.title):
        centre = _TOWNSHIP_CENTRE.search(doc.title)
        if centre and "医院" not in doc.title.replace("卫生院", ""):
            # 石门镇中心卫生院 reports for 石门镇 of the county it names (many counties have a 城关镇)
            township = centre.group("place")
            counties = [p for p in map(_place_name, _place_names(doc.title + "\n" + doc.text)) if p and not p.endswith(("镇", "乡", "苏木"))]
            office = None if counties else _author(doc.text)
            if office and office.group("region"):
                # a county no dictionary knows, named by its office (发布机构:澄湾区卫生健康委员会)
                counties = [p for p in [_place_name(office.group("region"), of_office=True)] if p]
            if counties:
                county = Counter(counties).most_common(1)[0][0]
                # the county's name, or its end that the township's match took (松桃苗族自治县孟溪镇: 族自治县孟溪镇)
                said = next((k for k in range(min(len(county), len(township)), 1, -1) if township.startswith(county[-k:])), 0)
                township = township[said:]
                if len(township) >= 2:
                    return county + centre.group()[said:], county + township, "township"
            if not _ANY_TOWNSHIP.fullmatch(township):  # not 乡镇卫生院, 我镇卫生院: a name
                # 城南街道社区卫生服务中心 of a county not named: the centre is known, its place is not
                return centre.group(), None, None
        return None, None, None  # 青川县人民医院2019年工作总结: a hospital's report, not its county's
    bureau = region = None
    own_level = ""  # the level a bare office is named by (市 of 市卫生局)
    within = ""  # the place a region is named inside: 恩施土家族苗族自治州 of …利川市
    # the title, then a report's title on the first lines (东城区卫生和计划生育局2016年工作总结 under a
    # site's page title, 2016年区卫计局工作总结) or its issuer under it, then the body's first office,
    # then the signature that closes the report
    heading = _TITLE_OF_OFFICE.search("\n".join(doc.text.splitlines()[:6]))
    lines = [line.strip() for line in doc.text.splitlines()[:8] if line.strip()]
    issuer = next((line for line in lines[1:5] if _ISSUER_BELOW.fullmatch(line)), "")
    titles = (doc.title, heading.group("title") if heading else "", issuer)
    spoken = _spoken_level(doc.text)
    signature = "\n".join(doc.text.rstrip().splitlines()[-3:])
    for text in (*titles, doc.text, signature):
        m = _author(text, title=text in titles)
        place = _place_name(m.group("region"), of_office=True) if m and m.group("region") else None
        if place and (text is doc.text or text is signature) and spoken and _LEVELS.get(place[-1]) != spoken:
            # 复旦大学与宁波市卫生局合办 in a report that speaks as 我区, 区委、区政府: another's office; and so is
            # a city's office under a county's report that speaks as 全县 (丰阳市卫生健康委员会, its site's name)
            continue
        if place:
            bureau, region = place + m.group("office"), place
            within = m.group("region").removesuffix(place)
            break
        if m and bureau is None:
            bureau = m.group("office")
            # 市卫生局 in a byline ((市卫生局 陈国华)): the office of the place of that level the text is of
            own_level = text[m.start() - 1:m.start()] if m.start() else ""
            if (said_in := m.group("region") or "")[-1:] in _LEVELS and said_in[:-1].endswith("在"):
                own_level = said_in[-1]  # (设在县卫生健康局): the office of the county the text is of
        if m and text is doc.text and own_level and (named := _named_later(text, m, own_level)):
            bureau, region = named + m.group("office"), named  # 县卫生健康局局长 …, 任云岭县卫生健康局局长
            break
    masked = _MASKED_PLACE.search(doc.title) or _MASKED_PLACE.search(doc.text, 0, 300)
    own = None if masked else _SELF_PLACE.search(doc.text, 0, 300)
    said = _LEVELS.get(own.group(1) if own else masked.group()[-1]) if own or masked else None
    if said is None:
        said = _signed_level(doc.text) or spoken
    if region is None and (meeting := _MEETING_PLACE.search("\n".join(_date_lines(doc)[:6]))):
        region = _place_name(meeting.group("place"), of_office=True)  # ——…在长宁县第十八届人民代表大会…上
    if region is None and (titled := _title_place(doc.title)) and said in (None, _LEVELS.get(titled[-1])):
        region = titled  # 安顺市2022年卫生健康事业发展统计公报, 石阡县年鉴(2019)卫生: the title's place is the report's
    if region is None:
        counts = Counter(p for p in map(_place_name, _place_names(doc.text)) if p)
        if counts:
            place, n = counts.most_common(1)[0]
            # the place named most, unless the report says it is of another level (区卫生局 or
            # 我县 in a report that names 南宁市 most: the city its district or county is in)
            if n >= 2 and said in (None, _LEVELS.get(place[-1])) and not _only_compared(doc.text, place):
                region = place
    if region:
        region = _with_city(_full_name(region, doc.text), within, doc.title + "\n" + doc.text)
        if bureau and own_level and region.endswith(own_level) and not bureau.startswith(region):
            bureau = region + bureau  # 卫生局 of 市卫生局 in 桐江市's yearbook: 桐江市卫生局
    level = None
    if region or said:  # XX县卫生局, 市卫健委, 我县…: the name is unknown, its level is not
        level = _LEVELS.get(region[-1]) if region else said
        if region and region.endswith("自治区"):
            level = "province"
        elif level == "city" and (within.endswith(("州", "市", "盟", "地区")) or region in _county_level_cities()):
            level = "county"  # a city inside a prefecture or a city is county-level (利川市 of 恩施州), and so is 新乐市
    return bureau, region, level


# A head's post after an office's name: the office its writer holds a post in (任云岭县卫生健康局党组书记、局长).
_HEAD_POST = regex.compile(r"[ ]*(?:党组|党委)?(?:书记|副?局长|副?主任)")


def _named_later(text: str, unnamed: "regex.Match[str]", level: str) -> str | None:
    """The place of an office the text first names by its level alone (县卫生健康局党组书记、局长 under a
    述职's title), where it names the same office of a place of that level later with a head's post
    (本人…任云岭县卫生健康局党组书记、局长), and no other place's: not an office it only deals with."""
    office = unnamed.group("office")
    if not re.compile(re.escape(office) + _HEAD_POST.pattern).search(text, unnamed.end()):
        return None  # the office is named with no head's post after it (and most reports never so): no place to find
    places = {_place_name(m.group("region"), of_office=True) for m in _BUREAU.finditer(text, unnamed.end())
              if m.group("region") and m.group("office") == office and _HEAD_POST.match(text, m.end())}
    places.discard(None)
    return places.pop() if len(places) == 1 and next(iter(places)).endswith(level) else None


def _full_name(region: str, text: str) -> str:
    """An autonomous place's full name, which its text gives beside the short one its title may use
    (阿坝州 of 阿坝藏族羌族自治州, 松桃县 of 松桃苗族自治县), so that its reports join one series; else the region."""
    if "族自治" in region or not region.endswith(("县", "州", "旗")) or "族自治" not in text:
        return region
    full = regex.search(rf"{regex.escape(region[:-1])}\p{{Han}}{{1,12}}?族自治{region[-1]}", text)
    return full.group() if full else region


@cache
def _shared_district_names() -> dict[str, frozenset[str]]:
    """The districts' names of `data/shared_district_names.txt`, each with the cities whose districts bear it."""
    return {name: frozenset(cities) for name, *cities in _rows("shared_district_names.txt") if cities}


def _with_city(region: str, within: str, text: str) -> str:
    """A district's name that districts of several cities bear, after its city's where the report names
    that city before it (南京市鼓楼区卫生健康委员会, or 南京市鼓楼区 in its text, most often of them), so
    that two cities' districts never make one series; else the name alone (鼓楼区)."""
    cities = _shared_district_names().get(region)
    if not cities:
        return region
    if within in cities:
        return within + region
    said = Counter(m.group(1) + "市" for m in regex.finditer(
        rf"({'|'.join(sorted(city[:-1] for city in cities))})市?{region}", text))
    return said.most_common(1)[0][0] + region if said else region


@cache
def _county_level_cities() -> frozenset[str]:
    """The county-level cities (县级市) of `data/county_level_cities.txt`: their 市 names no prefecture."""
    return _names("county_level_cities.txt")


# How a report speaks of its own place: 全区, 我区, 区委、区政府; 全镇 in a township's.
_SPOKEN_AS = regex.compile(r"[我全]([县旗区市州盟镇乡])(?!委|局|院|镇)|([县旗区市州盟镇乡])委、\2政府")
_SPOKEN_LEVELS = {**_LEVELS, "镇": "township", "乡": "township"}
_SPOKEN_SHARE = 0.8  # of all the ways it speaks of a place, those at one level


def _spoken_level(text: str) -> str | None:
    """The level a report speaks of its own place at, where three times or more and most of the times
    it speaks of one (全区 16 times, 全市 3 times), for an office it names in passing (与宁波市卫生局合办)
    is not its own when it says 全区, nor the city it names most when it says 全镇."""
    said = Counter(m.group(1) or m.group(2) for m in _SPOKEN_AS.finditer(text))
    if not said:
        return None
    place, n = said.most_common(1)[0]
    return _SPOKEN_LEVELS[place] if n >= 3 and n >= _SPOKEN_SHARE * sum(said.values()) else None


def _signed_level(text: str) -> str | None:
    """The level of the office that signs a report without its place's name: 县卫生健康局 / 2023年4月10日."""
    lines = [line.strip() for line in text.rstrip().splitlines()[-4:] if line.strip()]
    signed = next((line for line in lines if _UNNAMED_SIGNATURE.fullmatch(line)), None)
    return _LEVELS.get(signed[0]) if signed else None


def _title_place(title: str) -> str | None:
    """The place a title opens with (安顺市2022年…统计公报), the innermost of those named one in
    another (南宁市青秀区2022年…: 青秀区), or None; else the place a news headline's subtitle opens with,
    after its year (…——2019年桐岭县卫生健康工作综述)."""
    at, place = 0, None
    while m := _place_pattern().match(title, at):
        at, place = m.end(), m.group()
    if place is None and (sub := _SUBTITLE_PLACE.search(title)):
        return _title_place(sub.group("rest"))
    name = _place_name(place) if place else None
    if name is None and place and (_YEAR_AFTER_PLACE.match(title, at) or _programme_of_place(title, at, place)):
        # 兰屿县2025年…评估报告, 松陵县健康松陵行动…: a place its year or its own programme follows, as an office would
        name = _place_name(place, of_office=True)
    if name and place and len(place) == len(name) + 1 == 3 and place[0] not in _NOT_NAME_HEADS:
        return place  # 青岚县…: a title opens with the whole name, not the one-character county inside it (岚县)
    return name


# A year right after a title's opening place (兰屿县2025年…), which reads it as a place whatever jieba takes its
# name for.
_YEAR_AFTER_PLACE = re.compile(r"(?:19|20)\d{2}年")


def _programme_of_place(title: str, at: int, place: str) -> bool:
    """Whether a title's opening place is followed by a programme named after it (松陵县健康松陵行动)."""
    stem = place[:-1]
    return len(stem) >= 2 and title.startswith(("健康" + stem, "健康“" + stem), at)


_SUBTITLE_PLACE = regex.compile(r"——(?:(?:19|20)\d{2}年度?)?(?P<rest>[^\n]+)")


# The place whose congress or conference a report is given at, in its dateline.
_MEETING_PLACE = regex.compile(r"——[^\n]{0,16}?在(?P<place>\p{Han}{1,8}?(?:自治县|县|区|市|旗|州))(?:第|\p{Han}{0,3}届)[^\n]{0,20}?(?:人民代表大会|人大|政协|会议)")


# Words before a place the report sets itself against: 邻近的北川县为2.35人, 而同期北川县仅….
_COMPARED_PLACE = regex.compile(r"(?:邻近|相邻|周边|毗邻|同期|比|较|于|而|与|如)的?$")


def _only_compared(text: str, place: str) -> bool:
    """Whether every mention of a place is one the report compares itself with."""
    return all(_COMPARED_PLACE.search(text, max(0, m.start() - 4), m.start()) for m in regex.finditer(regex.escape(place), text))


def describe(doc: Document) -> Document:
    """Fill in a document's sections, type, years and place from its text."""
    headings = _headings(doc.text)  # the type a document's sections tell may make them a plan's
    doc.sections = _sections(doc, headings)
    doc.type = _type(doc)
    if doc.type == "plan":
        doc.sections = _sections(doc, headings)
    doc.report_year, doc.plan_year = _years(doc)
    doc.bureau, doc.region, doc.level = _place(doc)
    return doc
