"""What a quantity means: its role, its aspect and the year it belongs to.

The words of its own clause decide first; then the section it sits in (a plan section
states targets); then the document (FACTS.md, "Hard cases, decided").
"""
from __future__ import annotations

import re
from functools import cache, lru_cache

import regex

from .fact import Passage
from .patterns import guard_words
from .segment import word_set
from .units import load_toml

CLAUSE_BREAK = regex.compile(r"[,;:。!?\n]")
_LAST_BREAK = regex.compile(r"[,;:。!?\n]", regex.REVERSE)
# 2021年 and 2021年4月, 2021年1-9月 (a date or months of the year); not 2019年12345 (a year run into a number)
_YEAR = regex.compile(r"(?<![\d.])((?:19|20)\d{2})(?:年|届)(?!\d(?!\d?(?:月|[-—–~至到]\d{1,2}月)))")
_SHORT_YEAR = regex.compile(r"(?<![\d.由从])(\d{2})年(?:底|末)")  # not a baseline's: 由18年底的45.6%
_MASKED_YEAR = re.compile(r"20(?:[xX*×]{2}|\d[xX*×])年")
_BASELINE = regex.compile(r"(?:(?:由|从)(?:原来|过去|法定|现在|目前|当前|现有|上一年|上年|去年|年初|(?:19|20)?\d{2}年(?:底|末|初)?|\d{1,2}月份?(?:底|末)?|第?[一二三四1-4]季度(?:末)?|“?十[一二三四五]五”?(?:期末|末)|最初|起初|原先|\p{Han}{2,4}?(?:前|初期?|时期|期间))?|(?:比|较)(?:上年|去年|(?:19|20)\d{2}年(?:底|末)?)?)的?"
                          r"(?:人均|平均|均价|每人份|每满一年|每[人年月日天周次村户床]|日检|日均)*$")  # 由每村每年8000元提高到1.2万元; 由改革前的46.2%下降至35.8%; 由高峰时期的日均6800人次回落至; 由日检200份, 由每日1.2万管
# (and an earlier quarter of the year, an average price: 由第一季度的3.83%下降到…, 由均价1.3万元左右下降到700元左右)
# Target cue words that state no target: a commitment already kept (确保了), an amount
# obtained (争取到上级资金, 争取项目资金, 争取专项债券; but not 争取到2025年…, a deadline; in a plan
# section the section itself makes an amount a target), a slogan quoted whole (落实“两个确保”,
# “应保尽保”: the name of a policy, no goal of the clause), 目标 naming the tasks themselves
# (目标任务完成率, 目标责任制), a kind or an office named by plans (规划计划类信息, 规划计划科), a plan or a target a result is compared with (比计划增加,
# 超过省定目标, 距年度目标尚差…), an estimate of where things stand (到2025年底(预计数,下同)).
_NOT_TARGET = regex.compile(r"(?:确保|争取|力争)了|“[^“”,;:。]{0,4}(?:确保|争取|力争)[^“”,;:。]{0,4}”|争取到(?!\d{2,4}年|[二〇一两三四五六七八九十]{2,4}年|年底|年末|明年|本年)"
                            r"|争取(?=[^,;:。]{0,20}?(?:资金|经费|投资|项目|补助|债))"
                            r"|目标(?=任务(?![是为])|责任|管理|考核|人群)|(?:比|较|超|超出|超过)(?:原)?计划|占[^,;:。]{0,6}计划|计划(?=类|科|股)"
                            r"|(?:超过|超出|高于|低于|比|较)[^,;:。]{0,4}(?:目标|指标值)|距离?[^,;:。\d]{0,4}目标(?=\p{Han}{0,2}?差)|预计(?=数|值)")
# An estimate of the year's own result in its review (预计全年完成门诊诊疗52万人次, 全年预计可达到95%):
# the result as the report gives it, no goal; one of a later year (预计明年6月竣工, 预计2025年…), of
# the year in a plan, or of the whole year in a review of part of it (上半年工作总结) stays one.
_ESTIMATE_NOW = regex.compile(r"预计(?=(?:到|至)?(?:全年|今年|本年|年底|年末))|(?<=全年|今年|本年|年底|年末)预计")
# A year after the one a sentence opens on (…,预计2025年达到…): an estimate of that later year's stays a goal.
_LATER_YEAR = regex.compile(r"(?<=.)(?:19|20)\d{2}年")
# Every _NOT_TARGET match holds one of these words (确保了, 计划…): a clause without them has nothing to remove.
_NOT_TARGET_WORDS = re.compile("|".join(map(re.escape, guard_words(_NOT_TARGET))))
# 比2018年, 较2018年, 与2018年相比: the year a change is measured from, not the fact's.
_COMPARED_WITH = regex.compile(r"(?:比|较|与|同)(?:基线年|基期|基准年)?$")  # 较基线年2018年的16.2%
_DIGIT = regex.compile(r"\d")
# A goal right after its value (与2030年5克的目标差距较大): the year before the value is the goal's, not a comparison's.
_GOAL_AFTER = regex.compile(r"\s*(?:以[上下内])?的?目标")
# A multiple of a year's value, after the year (2015年的2.5倍, 2015年的两倍多).
_MULTIPLE_OF = regex.compile(r"的?[\d.一二两三四五六七八九十点]+倍")
# The end of a programme's period inside its quoted title (紧扣《健康X县行动(2020—2030年)》确定的15个专项行动):
# how long the programme runs, not a year the fact is of or due by.
_PERIOD_IN_TITLE = regex.compile(r"《[^《》]*(?:19|20)\d{2}年?[—–\-~至到]$")
_SINCE = ("以来", "来", "起", "开始")  # 自2015年起,…累计招录86名: counted up to the report
# A number that states a goal by the words after it or the bracket it stands in:
# 90%以上的目标虽已达到, 超出省定目标(25%).
GOAL_AFTER = regex.compile(r"的?\p{Han}{0,4}?目标(?!人群|任务的|的)")
# A budget, named right before its amount: 年度预算1200万元, 政府采购预算1486.20万元, 卫生健康支出预算:60.06亿元
# (not what a budget saved or exceeded: 节约预算20万元, 超预算5万元).
_BUDGET = regex.compile(r"(?<!超|超出|节约|节省|压减|减少|执行|完成|追加)预算(?:数|总额|金额)?(?:为|是|:)?$")
# A value required from above, stated right before it: 均高于国家要求的70%; not the share of it
# reached (检测能力仅达到标准要求的70%), nor the part of a whole that meets it (村卫生室226个,
# 其中达到标准化建设要求的138个).
_REQUIRED = regex.compile(r"(?<!(?:仅|只|才)(?:达到|达|为|有|占)[^,;:。]{0,8})(?<!其中[^,;:。]{0,12})要求的$")
# A norm the work is done by, its value in the clause that opens on 按 (按每万人不少于20间的标准储备…): the
# standard set, not what was done; not a rate of payment (按每人每年15元的标准发放), which is what was paid.
_BY_NORM = regex.compile(r"按照?|依照|参照")
# A norm's words after its value (按每万人不少于20间的标准, 按照满负荷运转30天的要求, 按照100%的比例要求).
NORM_AFTER = regex.compile(r"的?(?:比例)?(?:标准|要求)(?!化)|的?(?P<share>比例)")
# A bound set from above: 要求医疗费用总额增长控制在10%以内.
# A norm a result is short of, stated with the words after its number (离每万居民配备2至3名全科医生的要求尚有差距,
# 与每千人口3张床位的标准还有较大差距): the value required, not one reached.
_NORM_SHORT_OF = regex.compile(r"[^,;:。\d]{0,12}?的(?:要求|标准)(?:尚|还|仍|存在|有|较大|一定|很大)*差距")
_REQUIRED_BOUND = regex.compile(r"(?:要求|规定)\p{Han}{0,16}?(?:控制在|降至|降到|下降到|不超过|低于)$")
_DEMANDED = regex.compile(r"要求|规定|必须|务必|应当|须")
_GOAL_BRACKET = regex.compile(r"目标(?:值|为)?\($")
# A goal named to set a result against: 比年度目标93%高出0.8个百分点, 距年度目标68%还差….
_GOAL_COMPARED = regex.compile(r"(?:比|较|距离?|低于|高于|超过|超出|优于|好于|未达到?)(?:(?:19|20)\d{2}年)?(?:年度|全年|省定|市定|既定|规划|考核)?(?:控制)?目标值?(?:为|的)?$")
# A gap in points, or the first of gaps listed before their unit (超过市定目标3.6个和5.1个百分点): how far a
# result is from its goal, not the goal.
_POINTS = regex.compile(r"(?<=分点)|个?(?:[、和及与][\d.]+个?)+(?:百|千|十万)分点")
# What is to be done by a later time, said after the number: 剩余40所将于明年完成.
_LATER = regex.compile(r"[^,;。]{0,6}?(?:将于|计划于|预计于|争取于|力争于|拟于|将在)(?P<when>明年|下年度?|来年|(?:19|20)\d{2}年)")
# A task assigned from above, with whom, when and what between: 市下达我县改水改厕任务3000户,
# 市下达我县2020年家庭医生签约任务12万人.
_ASSIGNED = regex.compile(r"(?:下达|分配|下派)[^,;:。]{0,18}任务")
_FROM_YEAR_START = regex.compile(r"(?:由|从)(?:年初|第?[一二三四1-4]季度)")  # 由年初的, 由第一季度的: this year's
_COMPARED_PERIOD = regex.compile(r"(?:比|较|与)十[一二三四五]五(?:期末|末|期间|时期)")
# 由每人每月340元、: a list of values after 由 or 从, each a baseline when 分别 pairs them with the values reached
_LISTED_BASELINE = regex.compile(r"(?:由|从)[^,;。由从\d]{0,12}(?:(?:19|20)?\d{2}年(?:底|末|初)?的?)?(?:\d[\d.]*[^\d、,;。]{0,5}、)+$")
_BOUND_BEFORE = regex.compile(r"(?:不足|不到|近|约|超过)$")  # 由年初的不足200份提升到5000份
# A count glued to the one before it in another measure (由9类41项增加到12类45项): both are one value, the
# same role.
_GLUED_BEFORE = regex.compile(r"\d[\d.]*[类项个种所家户人]$")
_DONE_TASK = regex.compile(r"完成了?[^,;。]{0,4}$")
# …but a task said to be passed is its size: 超额完成省下达任务6500人 (超额完成任务12% is by how much).
_PASSED_TASK = regex.compile(r"(?:超额|超)完成了?[^,;。]{0,4}$")
_SHARE_AFTER = regex.compile(r"\)?的[\d.]+%")
# A goal's value right before the share of it done: 完成省定1.5次/户目标的140%, 完成2000人目标的105%.
_GOAL_SHARED = regex.compile(r"(?:/\p{Han})?的?目标值?\)?的[\d.]+%")
# A value set from above: 人口自然增长率为4.74‰,控制在市下达的7‰以内.
_ASSIGNED_VALUE = regex.compile(r"(?:[省市州县区]级?|上级)里?下达(?:给我[市县区])?的$")
# The whole of which a share was done, said before its size: 完成年度任务8000人的102.7%,
# 占三年计划总投资1.2亿元的66.3%, 占应加强人群(…)26.4万人的67.7%; or in the brackets after it
# (完成规划总投资(4.5亿元)的47.6%).
_WHOLE_BEFORE_SHARE = regex.compile(r"(?:年度|全年|[一二两三四五]年)?(?:(?P<plan>计划总?投资|计划|总投资计划|总投资)|任务|应\p{Han}{1,6}人群)(?:数|总数)?"
                                    r"(?:\([^()]{1,16}\)|\()?$")
_TASK_BEFORE = regex.compile(r"任务(?:数)?(?:为|是)?各?$")  # 宫颈癌、乳腺癌筛查任务各4200人: each one's
_DONE_WORDS = regex.compile(r"完成|落实|实现|达成|开展|执行")
# How far a result went past a task set from above, said after the task: 较省下达的2000个任务多出460个.
_BEYOND_TASK = regex.compile(r"任务数?(?:多出|超出|多完成|超额完成)了?$")
# A share done of the task just sized: 开展双随机抽查任务812户,完成率100% (the 812 is what was set).
_SHARE_DONE_AFTER = regex.compile(r",(?:任务)?完成率(?:为|达到|达)?\d")
# A clause ending on the size of a task set from above (市下达的…确认任务7400人), and one that only
# names what the next number counts (特别扶助对象): the second item of the same task.
_TASK_ENDS = regex.compile(r"(?:下达|分配|下派)[^,;:。]{0,18}任务数?(?:为|是)?[\d.]+万?(?P<unit>人次|\p{Han})$")
_BARE_NOUN = regex.compile(r"\p{Han}{2,12}")
# A part named after 其中, with no verb of its own (其中衡阳市260名、邵阳市240名): a share of its whole.
_PART_AFTER = regex.compile(r"其中(?:[^,;:。、\d]{1,12}\d[^,;:。、]{0,8}、)*[^,;:。、\d]{0,12}$")
_ASSIGNING = regex.compile(r"(?:下达|分配)(?:给)?(?:我[市县区镇乡局])?的?$")
_TASK_AFTER = regex.compile(r"的?(?:目标)?\p{Han}{0,4}?任务")  # 市下达5000户任务, 市下达的90%参合任务
# Tasks counted, then how many of them are done: 涉及卫生健康的4项任务,已完成3项.
_TASKS_THEN_DONE = regex.compile(r"\p{Han}{0,2}?任务,(?:目前|现|截至目前)?已经?完成了?(?:其中)?(?:\d|[一二三四五六七八九十两]\p{Han})")
# A project's size, then how far it has got: 实施乡镇卫生院改造项目8所,已开工5所 (the 8 is what the plan holds).
_PROJECT_THEN_PROGRESS = regex.compile(r"\p{Han}{0,2}?,(?:目前|现|截至目前)?(?:其中)?已经?(?:开工(?:建设)?|完工|竣工|建成|完成|投入使用|交付使用)了?"
                                       r"(?:\d|[一二三四五六七八九十两]\p{Han})")
_PROJECT_END = ("项目", "工程")
_TASK_NAMED_AFTER = regex.compile(r"的(?:年度|全年)?任务(?!的|中|量)")
# A sentence of a plan that opens on what there is now: 全区现有医疗卫生机构218家,其中…; not on where a
# change starts from (病床由现有的120张增加到200张)
_NOW_OPENING = regex.compile(r"[^,;:。]{0,12}?(?<![由从])(?:现有|目前)")
_FROM_NOW = regex.compile(r"(?:由|从)(?:目前|现有|现在|当前)")
# A sentence of a plan that opens on the place as it is (勐腊县地处中老边境,国境线长740.8公里,有…口岸1个;
# 全县总面积2158平方公里,辖8个乡镇): its lie and size, no goal.
_PLACE_OPENING = regex.compile(r"(?:地处|位于|坐落于|国土面积|总面积)")
_THE_PLACE = regex.compile(r"(?:全|本|我)(?:县|市|区|州|旗)")


def _opens_on_place(p: Passage) -> bool:
    """Whether the sentence opens on the place the document is of, as it is (勐腊县地处…, 全县总面积…)."""
    s = p.text
    if p.region and s.startswith(p.region):
        return bool(_PLACE_OPENING.match(s, len(p.region)))
    return bool((place := _THE_PLACE.match(s)) and _PLACE_OPENING.match(s, place.end()))
# The count of all there is, restated in a plan before what all or each of them will do: 全县17家乡镇卫生院、
# 284个村卫生室全部实现医保结算, 为17家乡镇卫生院各培训2名.  Nothing but the place (or 为, 对) and the
# counts listed with it comes before it; its noun, then 全部, 均 or 各 and a verb, after it.
_ALL_OF_THEM_BEFORE = regex.compile(r"(?:\d{1,2}[.、]|\([一二三四五六七八九十]{1,3}\))?(?:全县|全区|全市|全州|全旗|辖区内?)?(?:为|对|给)?"
                                    r"(?:\d+[个家所座]\p{Han}{2,12}、)*")
_ALL_OF_THEM_AFTER = regex.compile(r"[个家所座]\p{Han}{2,12}?(?:、\d+[个家所座]\p{Han}{2,12}?)*(?:全部|均|各)(?=\p{Han})(?!项|类|级|种|地|乡镇|部门|单位)")
# What is not yet done, counted (对尚未完成的2个问题持续推进, 未整改到位的3个问题): how many are left now.
_STILL_UNDONE = regex.compile(r"(?:尚未|仍未|还未|未)(?:完成|整改到位|整改|办结|解决|销号)的$")
# The count a plan's sums are worked out on (按常住人口26.7万人测算, 按服务人口3.2万人核定): the people there are.
_BASIS = regex.compile(r"按(?:照)?\p{Han}{0,10}$")
_WORKED_OUT = regex.compile(r"[^,;:。\d]{0,8}?(?:测算|计算|核定|核算)")
# Goals listed after a colon, through every ; of the list: 主要目标是:参合率稳定在98%以上…;实际补偿比达到60%;….
_GOALS_LISTED = regex.compile(r"目标(?:任务)?(?:是|为|如下)?:$")
# How far a result is short of a goal: 距年度目标尚差8.3亿元, 距离全年70%的目标仍有11.7个百分点的差距.
# The numbers listed after it are short of their goals too: 距2025年目标分别还差0.26人和0.53人.
# So are those after a goal not reached: 两项指标未达到规划目标,分别差0.15人和2个百分点.
_SHORT_OF_GOAL = regex.compile(r"(?:(?:距离?|离)[^,;:。]{0,12}?目标\p{Han}{0,2}?|(?:未|没有|尚未)能?(?:达到|完成|实现)[^,;:。]{0,8}?目标值?,?(?:分别)?)"
                               r"(?:尚差|还差|相差|仅差|只差|差)(?:约|近)?(?:[\d.]+[^\d,;:。、和]{0,4}[、和])*$")
_GAP_TO_GOAL = regex.compile(r"(?:距离?|离|与)[^,;:。]{0,12}?目标值?(?:\([^()]{1,12}\))?(?:仍|还|尚)?有(?:约|近)?$")
_GAP_AFTER = regex.compile(r"的?差距")
# The things that reach a goal or fall short of it, counted: 已达到2030年目标值的11项, 未达到2022年目标值的4项.
_GOAL_MET_COUNTED = regex.compile(r"(?:达到|实现|完成)[^,;:。]{0,10}?目标值?的$")
# A problem stated before a number: 一是人员不足, 检测能力有待提高, 签约质量不高.
_PROBLEM_WORDS = r"不足|不够|有待|滞后|薄弱|不高|较低|偏低|短缺|缺乏|匮乏|不强|不到位|(?<!不)仅|尚缺|缺编"
# not a problem word before 的 and a word, which names those a rule is for (整改不到位的扣减项目资金的5%~10%);
# before 的 and a count it states those that lag now (对进度滞后的3项指标实行清单化管理)
_PROBLEM_STATED = regex.compile(rf"(?:{_PROBLEM_WORDS})(?!的(?![\d一二两三四五六七八九十]|$))")
_PROBLEM_OPENING = regex.compile(rf"[一二三四五六七八九十]是[^,;:。]*?(?:{_PROBLEM_WORDS})|存在的?(?:主要)?问题")
# …but not the bound a value is to be kept under, said right before it: 吸烟率控制在不足20%.
_KEPT_UNDER = regex.compile(r"(?<=控制在|控制到|降至|降到|降低到|下降到|减少到|压缩到)(?:不足|不到)$")
_HAN_ONLY = regex.compile(r"\p{Han}+")
# What was actually done, said right before its number: 实际增长12.6%, 实际新增23个, 实际18所 (beside
# a promise or a plan); not a rate named so (实际补偿比达到60%, 资金实际到位率) nor a measure a plan
# sets a goal for (使实际开放床位达到60张).
_ACTUALLY = regex.compile(r"实际(?!上)(?:(?![率比达为]|到(?!位))\p{Han}){0,4}(?=\d|$)")
# What a clause says is done by now, after a clause that plans it: 现已建成98个.
_DONE_NOW = re.compile(r"现已|目前已|现在已|至今已|已经")
# A sentence that opens on a plan (计划改造乡镇卫生院6所,总投资1800万元): what its later clauses
# cost or reach is planned too, as after 力争 or 计划到, until one says what was done; not 计划生育,
# 计划免疫, 计划财务科.
_PLAN_OPENING = regex.compile(r"(?:今年|年内|全年|年度)?计划(?!生育|免疫|财务|单列|内|外|的)")
# An addition in a clause before a total (再有2家…达标,累计达到7家), not a result said done (已建成5家,累计…).
_ADDED_BEFORE_TOTAL = regex.compile(r"(?:(?!已|截至|截止|目前|现有)[^;。])*?(?:再|新增|新建|增加)[^,;。]*\d[^;。]*,")
_LAST_YEAR = re.compile(r"(?<![比较同与])(?:去年|上年|上一年)")
_SAID_LAST_YEAR = re.compile(r"去年|上年|上一年")  # a baseline's own year: 比上年的85%
# 去年 opening a sentence dates all its clauses: 去年全县参合率为94.7%,筹集基金3862万元
_OPENING_LAST_YEAR = re.compile(r"(?:去年|上年|上一年)(?!以来|来|底|末|同期)(?:全[县区市])?")
_COMPARED = re.compile(r"(?:比|较)(?:去年|上年|上一年|同期|\d{4}年|(?:年初|年度|全年|省定|市定)?(?:目标|计划))[^,;。]{0,6}(?:增|减|多|少|提高|下降|上升|降低)[^,;。到至]{0,3}$")
# A value reached: 提高到, 下降至.
# Verbs of change that, with 到 or 至, reach a value (提高到90%); without, change by one (提高5%).
REACH_VERBS = ("提高", "增加", "增长", "上升", "下降", "降低", "减少", "提升", "扩大", "扩充", "扩展", "回落", "回升", "恢复", "缩小", "压缩", "缩短",
               "延长", "调整")
REACHED = rf"(?:(?:{'|'.join(REACH_VERBS)})(?:到|至)|[降升增减](?:到|至)|降为|调整为)"
_TO = regex.compile(rf"^(?:[^,;。]{{0,12}}?{REACHED}|[到至](?=[\d〇一二两三四五六七八九十]))")  # 从12万人次到15万人次
# 由2018年的45.6%下降到38.2%: 2018 is the baseline's year, not the value reached.
_FROM = regex.compile(r"(?:由|从)$")
# What is left over to the next year (结转下年度, 转入下一年): counted at this year's end.
_CARRIED_OVER = regex.compile(r"(?:结转|转入|转至|留待)(?:到|至)?$")
_FROM_PERIOD = regex.compile(r"(?:由|从|比|较|与)(十[一二三四五]五)(?:期末|末)")
_FROM_YEAR = regex.compile(r"(?:由|从)((?:19|20)?\d{2}年|去年|上年|上一年)(?:底|末)?的")  # 由03年的3.2%: 2003; 由上年的48.6元
_ON_BASIS = regex.compile(r"的?基础上")
# 比上年的5916人, 比2022年(91.08%)提高…, 较2021年末的4.61‰: the value compared with
# …or with the time before a change (较改革前的83.4%大幅提升, 比医共体建设前的); 由上年的1520万元增加820万元
# starts from it as 比 does.
_COMPARED_VALUE = regex.compile(r"(?:比|较|与|由|从)(?:基线年|基期|基准年)?(?:上年|去年|上一年|(?:19|20)\d{2}年|\p{Han}{2,5}?前|上月|上季度|“?十[一二三四五]五”?(?:期)?)"
                             r"(?:同期|度|底|末)?(?:的(?:人均|每人)?|\()$")  # 较上月的72例, 与上月(215例)相比
_BASE_COLUMN = regex.compile(r"(?:基数|基期值|基期|基准值|基线值)(?:为|是)?$")
# A slogan of all who are due (应检尽检, 应签尽签), not a quota of them.
_RESPECTIVELY_SAID = regex.compile(r"分别(?:为|是|达到|达|控制在|保持在|稳定在)?$")
_ALL_DUE = regex.compile(r"应(\p{Han}{1,2})尽\1")
# A share of a task, plan or goal: 完成上级下达任务的105%, 达到计划的112%, 完成县下达任务(30%)的100.3%,
# 占计划投资的80%, a project's whole work (完成总工程量的68%), a procurement's agreed volume (完成约定采购量的136%); named or not (完成2025年目标(7.0张)的比例为
# 91.7%, 仅完成目标进度的45.6%), or of the rise a goal sets (完成规划目标增量的47.1%).
_SHARE_OF_TASK = regex.compile(r"(?:任务|计划|目标|预算|总投资|工程量|约定(?:采购)?量|应\p{Han}{1,6}人群)(?:数|总?投资|资金|进度|增量)?(?:\([^()]{1,16}\))?(?:[\d.]+[万亿]?\p{Han}{0,2})?"
                               r"的(?:比例|比重)?(?:为|是|达到?)?$")
# 超计划完成5.2%, 超额完成12%: by how much a plan was passed, not the share of it done.
# 比上年少23件, 比上年多引进6人, 比序时进度慢4.1个百分点
_HIGHER = regex.compile(r"比[^,;:。]{0,8}([高低多少快慢])(?:了|出|\p{Han}{0,2})?(?:约|近)?$")
_PAST_PLAN = re.compile(r"(?:超计划|超额|超出计划|超过计划)(?:完成)?了?$")
# The rest of a clause that only says what is compared with (与2018年相比,).
_COMPARED_CLAUSE = regex.compile(r"(?:同期)?(?:相比|比较)?[,，]")
_REACHED = regex.compile(REACHED)
REACHED_BEFORE = regex.compile(rf"{REACHED}$")  # a verb of reaching a value, ending the text before one


def _full_year(digits: str) -> int:
    """A year written in two or four digits: 03年 is 2003, 98年 1998."""
    year = int(digits)
    return year if year >= 100 else year + (2000 if year < 50 else 1900)


def _goal_after(s: str, end: int) -> "regex.Match[str] | None":
    """GOAL_AFTER at `end`, tried only where its 目标 can stand (after 的 and four characters)."""
    return GOAL_AFTER.match(s, end) if "目标" in s[end:end + 7] else None


def _task_named_after(s: str, end: int) -> "regex.Match[str] | None":
    """_TASK_NAMED_AFTER at `end`, which opens on 的."""
    return _TASK_NAMED_AFTER.match(s, end) if s.startswith("的", end) else None


def _later(s: str, end: int) -> "regex.Match[str] | None":
    """_LATER at `end`, tried only where its verb can stand: each holds 于 or 将在, within nine
    characters (six, then a verb of three)."""
    after = s[end:end + 9]
    return _LATER.match(s, end) if "于" in after or "将在" in after else None


@cache
def cues() -> dict:
    return load_toml("cues.toml")


@lru_cache(maxsize=4096)
def clause_bounds(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The clause around [start, end): from the last break before to the next break after.

    Role, year and indicator each ask it of the same fact: it is remembered."""
    m = _LAST_BREAK.search(sentence, 0, start)
    left = m.end() if m else 0
    m = CLAUSE_BREAK.search(sentence, end)
    return left, (m.start() if m else len(sentence))


@cache
def _aspect_words(name: str) -> tuple[str, ...]:
    """An [aspect] cue list, longest first, so that a suffix test finds the longest cue."""
    return tuple(sorted(cues()["aspect"][name], key=len, reverse=True))


def _ends_with_any(text: str, words: tuple[str, ...]) -> str | None:
    if not text.endswith(words):
        return None
    return next(w for w in words if text.endswith(w))


def short_of_goal(sentence: str, start: int, end: int) -> bool:
    """Whether the number says how far a result is short of a goal (距年度目标尚差8.3亿元,
    距离全年70%的目标仍有11.7个百分点的差距): a result, not the goal."""
    if sentence.find("目标", max(0, start - 32), start) < 0:
        return False  # both patterns name the goal
    # (32 characters: a list of gaps may stand between 目标 and the last of them)
    return bool(_SHORT_OF_GOAL.search(sentence, max(0, start - 32), start)
                or (_GAP_TO_GOAL.search(sentence, max(0, start - 20), start) and _GAP_AFTER.match(sentence, end)))


# A portal's marks of a change's way, right after the word or value it is of (同比▼6.1%, 5.2万人次▲3.4%);
# at a line's start they are its bullets.
WAY_MARKS = {"↑": "up", "▲": "up", "△": "up", "⬆": "up", "↗": "up", "↓": "down", "▼": "down", "▽": "down", "⬇": "down", "↘": "down"}
# What a sign before a number follows when it marks a change's way: a comparison (同比, 较上年) or a
# value with its unit (8.92万人 -2.1%).
_SIGNED_AFTER = regex.compile(r"(?:同比|环比|(?:较|比)(?:上年|去年|上一年|上月|上期|(?:19|20)\d{2}年)(?:同期)?|\d[^\d,;:。、\s]{0,3})\s*$")

# Changes in points, of a rate in % and in ‰: never a level.
POINTS = ("百分点", "千分点", "十万分点")


@cache
def _between_change() -> tuple[str, ...]:
    """What may stand between a word of change and its number: 了, 达, 为 and the
    qualifier words (增长不低于10%), longest first."""
    q = cues()["qualifier"]
    words = ["了", "达", "达到", "为", "控制在", "保持在", "稳定在", "均", "都", *q["approx_before"], *q["at_least_before"], *q["at_most_before"]]
    return tuple(sorted(set(words), key=len, reverse=True))


@cache
def _before_change() -> "regex.Pattern[str]":
    return regex.compile(f"(?:{'|'.join(map(regex.escape, _between_change()))})+$")


def _change_word_end(before: str) -> str:
    """The text before a number without the words between a word of change and it
    (增长不低于 → 增长); most texts end in none, and `$` also matches before a last newline."""
    if not before.endswith(_between_change()) and not before.endswith("\n"):
        return before
    return _before_change().sub("", before)


def _without_not_target(text: str) -> str:
    """The text without the target cue words that state no target (确保了, 比计划, 预计数)."""
    return _NOT_TARGET.sub("", text) if _NOT_TARGET_WORDS.search(text) else text


def _without_estimate_now(p: Passage, text: str) -> str:
    """The text without a 预计 that estimates the year's own result, in a review of the whole year."""
    if "预计" not in text or p.section_role == "plan":
        return text
    from .facts import part_year_title

    if p.title and part_year_title(p.title):
        return text
    if p.report_year and p.text.startswith(f"{p.report_year}年") and not _LATER_YEAR.search(p.text):
        return text.replace("预计", "")  # 2019年,全区卫生总费用预计达到268.3亿元: the report's own year, estimated
    return _ESTIMATE_NOW.sub("", text)


def _without_respectively(text: str) -> str:
    """The text without the 分别 (为, 达到) that ends it."""
    return _RESPECTIVELY_SAID.sub("", text) if "分别" in text else text


def aspect(sentence: str, start: int, end: int, unit: str) -> str:
    """'change' for 增长10%, 'completion' for 完成143.8%, else 'level'."""
    before = _without_respectively(sentence[max(0, start - 16):start])  # 增幅分别为2.1%和3.4%
    if unit in POINTS:
        return "change"
    if _goal_after(sentence, end) or _task_named_after(sentence, end):
        # 超额完成60%的目标, 未完成70%的目标任务, 超额完成10所的任务: the goal itself; but 增幅控制在5%以内的
        # 目标之内 is a goal for a change
        before_word = _change_word_end(before)
        grows = before_word.endswith(_aspect_words("change_nouns")) and not before_word.endswith(_named_by_change())
        return "change" if grows else "level"
    if short_of_goal(sentence, start, end):
        return "change"  # 距年度目标尚差8.3亿元: how far short of the goal
    if unit == "%" and before.endswith(("率完成", "率完成了")):
        return "level"  # 签约率完成35.8%: the rate reached
    if unit == "%" and completed(before):
        return "completion"
    before_word = _change_word_end(before)
    named = before_word.endswith(_named_by_change())  # 自然增长率为 4.1‰ states a level
    if before.endswith(_aspect_words("level_after_change")) and (named or not before_word.endswith(_aspect_words("change_nouns"))):
        return "level"
    if before.endswith(tuple(WAY_MARKS)) and before[:-1].rstrip()[-1:] not in ("", *",;:。、"):
        return "change"  # 同比▼6.1%, 5.2万人次▲3.4%, 出院人数8.92万人△2.1%: a portal's mark of the way; not a line's bullet (▲5个乡镇…)
    signed = before.rstrip()  # 较上年+ 5.2%: a PDF's space after the sign
    if (signed.endswith("+") or sentence[start:start + 1] in ("-", "−")) and _SIGNED_AFTER.search(signed.removesuffix("+")):
        return "change"  # 较上年+3.2%, 8.92万人 -2.1%: a portal's sign of the way; not a value below zero (增长率为-0.87‰)
    word = _ends_with_any(before_word, _aspect_words("change"))
    if (word and not (word == "同比" and unit not in ("%", *POINTS)) and not named
            and not before_word.endswith(_aspect_words("works"))):
        return "change"  # but 完成村卫生室改造提升35个: the works done
    if _COMPARED.search(sentence[max(0, start - 16):start]):
        return "change"
    return "level"


def direction(sentence: str, start: int) -> str | None:
    """'up' or 'down': which way the change whose number starts at `start` goes (下降12.8%,
    缩短0.3天, 高于省定目标…5.5个百分点), or None when no word says (同比8.3%)."""
    before = sentence[clause_bounds(sentence, start, start)[0]:start][-16:]
    if before.rstrip().endswith("+"):
        return "up"  # 较上年+1.5个百分点: a portal's sign of the way
    if before.endswith(tuple(WAY_MARKS)) and before[:-1].strip():
        return WAY_MARKS[before[-1]]  # 近视率48.6%▼1.1个百分点; not a line's bullet (▲5个乡镇…)
    if "负增长" in before or _GAP_TO_GOAL.search(sentence, max(0, start - 20), start) or _SHORT_OF_GOAL.search(sentence, max(0, start - 32), start):
        return "down"  # 同比负增长3.6%; 距离全年70%的目标仍有11.7个百分点(的差距): short of it
    for up, down in (("up", "down"), ("up_compared", "down_compared")):
        last = {way: max(map(before.rfind, _aspect_words(name)), default=-1)
                for way, name in (("up", up), ("down", down))}
        if max(last.values()) >= 0:
            return max(last, key=last.get)
    higher = _HIGHER.search(before)  # 比省定目标高5个百分点
    return ("up" if higher.group(1) in "高多快" else "down") if higher else None


@cache
def _named_by_change() -> tuple[str, ...]:
    """Indicator names that end in a word of change but state a level (自然增长率 4.1‰); a price cut's
    rate (药品价格平均降幅53%) is a change whatever its name (FACTS.md: 降幅达30%)."""
    from .indicators import dictionary

    words = _aspect_words("change")
    cuts = {pair.split(":")[1] for pair in cues()["indicator"]["price_cuts"]}
    return tuple(name for ind in dictionary().values() if ind.key not in cuts for name in (ind.name, *ind.variants)
                 if name.endswith(words) and name not in words)


def completed(before: str) -> bool:
    """完成143.8%: the words before a percentage make it a share of a quota done."""
    if _PAST_PLAN.search(before):
        return False
    before = _without_respectively(before)  # 任务完成率分别为103.6%和101.8%
    return (before.endswith(_aspect_words("completion")) or before.endswith("完成")
            or ("的" in before and bool(_SHARE_OF_TASK.search(before)))
            or _change_word_end(before).endswith("完成率"))  # 约定采购量完成率均超过100%: bounded, still a share done


@cache
def _any_cue(name: str) -> "re.Pattern[str]":
    """One pattern for a [role] cue list: most clauses hold none of its words."""
    return re.compile("|".join(map(re.escape, cues()["role"][name])))


def _has_cue(text: str, name: str) -> bool:
    """A role cue counts only as a word of its own: 计划 in 计划生育 is not a plan."""
    if not _any_cue(name).search(text):
        return False
    present = [c for c in cues()["role"][name] if c in text]
    words = word_set(text)
    return any(c in words or len(word_set(c)) > 1 or not _HAN_ONLY.fullmatch(c) for c in present)


@cache
def _sums() -> "re.Pattern[str]":
    """The [role] sums: actual cues that only add up what they count."""
    return re.compile("|".join(map(re.escape, cues()["role"]["sums"])))


def said_done(text: str) -> bool:
    """Whether the words say a result was reached: an [role] actual cue, or 实际 before it."""
    return _has_cue(text, "actual") or ("实际" in text and bool(_ACTUALLY.search(text)))


@cache
def _bound_words() -> "regex.Pattern[str]":
    """The target cues that are bounds (不低于, 不得超过 …): [role] target words that open with 不."""
    return regex.compile("|".join(sorted((w for w in cues()["role"]["target"] if w.startswith("不")), key=len, reverse=True)))


def _bound_only(p: Passage, start: int, end: int) -> bool:
    """Whether the target cue of a result's clause is a bound alone (帮扶时间均不少于6个月,
    每人培训不少于40学时 report what was done), with no word that demands it (要求各乡镇…不少于2次), nor
    in a list of goals (总体目标:…,0-6岁儿童健康管理率不低于85%)."""
    left, _ = clause_bounds(p.text, start, end)
    clause = p.text[left:start]
    bounds = _bound_words()
    colon = p.text.rfind(":", 0, left)
    if colon >= 0 and _GOALS_LISTED.search(p.text, 0, colon + 1):
        return False
    return (not _DEMANDED.search(p.text, 0, start) and bool(bounds.search(clause))
            and not _has_cue(_without_not_target(bounds.sub("", clause)), "target")
            and not _has_cue(_without_not_target(p.text[p.text.rfind(";", 0, left) + 1:left]), "carry"))


def pledged(p: Passage, start: int, end: int) -> bool:
    """Whether a target cue stands before the quantity in its clause, or opens its
    sentence and carries over later clauses (力争A达到75%,B达到80%以上 states two targets),
    up to a ; that starts another part (…,确保…运行;二是…,截至10月份共销售29369万元) or a
    result said to be done (实际…); goals listed after a colon (主要目标是:…;…) all are."""
    left, _ = clause_bounds(p.text, start, end)
    part = p.text.rfind(";", 0, left) + 1
    if _has_cue(_without_not_target(_without_estimate_now(p, p.text[left:start])), "target"):
        return True
    colon = p.text.rfind(":", 0, left)
    listed = colon >= 0 and bool(_GOALS_LISTED.search(p.text, 0, colon + 1)) and not said_done(p.text[colon:start])
    carried = p.text[part:left]
    if "实际" in carried:  # 按预计…测算,实际出生2510人,筛查率…: only what comes after it
        carried = carried[max((m.end() for m in _ACTUALLY.finditer(carried)), default=0):]
    if "已" in p.text[left:left + 3] and _DONE_NOW.match(p.text, left, start):
        return listed  # 计划到2018年底建成102个,现已建成98个: what is done now, whatever the clause before plans
    planned = bool(_PLAN_OPENING.match(p.text, part)) and not said_done(p.text[part:left])  # not 计划…,已筛查1388名,筛查率…
    if not (listed or planned or _has_cue(_without_not_target(_without_estimate_now(p, carried)), "carry")):
        return False
    # …,2019年为4.48万人: a clause dated before the year planned is not carried; the year a change is
    # measured from dates no clause (力争…,“三公”经费较2022年再压减5%)
    own = next((m for m in _YEAR.finditer(p.text, left, start) if not _COMPARED_WITH.search(p.text, left, m.start())), None)
    now = p.plan_year or (p.report_year + 1 if p.report_year else None)
    return not (own and now and int(own.group(1)) < now)


def restated(p: Passage, start: int, end: int) -> bool:
    """Whether a plan restates a count there is now (全县现有乡镇卫生院17家,…; 为17家乡镇卫生院各培训2名)."""
    if p.section_role != "plan":
        return False
    s = p.text
    left, _ = clause_bounds(s, start, end)
    if ("现有" in s[:14] or "目前" in s[:14]) and _NOW_OPENING.match(s) and not _has_cue(s[:start], "target"):
        return True
    if "按" in s[left:start] and _BASIS.search(s, left, start) and _WORKED_OUT.match(s, end):
        return True
    if "未" in s[left:start] and _STILL_UNDONE.search(s, left, start):
        return True
    return bool(_ALL_OF_THEM_AFTER.match(s, end - 1) and _ALL_OF_THEM_BEFORE.fullmatch(s, left, start))


# What 去年 may be read with that does not date a value to it: where a change starts from (在去年基础上).
_LAST_YEAR_AS_BASE = re.compile(r"(?:去年|上年|上一年)(?:的)?(?:基础上|水平|同期)")


def said_last_year(s: str, left: int, start: int) -> bool:
    """Whether 去年 (上年) dates the value at `start`: in its clause, with no number or value reached
    between (去年门诊量为120万人次; not 由去年的85%提高到90%), or opening the sentence with no other
    time after it (去年全县参合率为94.7%,筹集基金3862万元)."""
    if _LAST_YEAR_AS_BASE.search(s, 0, start):
        return False
    last = _LAST_YEAR.search(s, left, start)
    if last:
        return not _DIGIT.search(s, last.end(), start) and not _REACHED.search(s, last.end(), start)
    opening = _OPENING_LAST_YEAR.match(s)
    y = cues()["year"]
    return bool(opening) and not any(w in s[opening.end():start] for w in (*y["now"], *y["next_year"], "年"))


def _dated_ahead(p: Passage, before: str) -> bool:
    """Whether the words before a plan's number date it to a year or period still ahead (到2025年,
    “十四五”期间, for a plan of 2025), with no word of now (目前, 截至目前): the actual cues after
    such a time (累计完成, 实现了) state what is to be reached, not what was (已 says it was)."""
    now = p.report_year + 1 if p.report_year else p.plan_year
    if now is None or year_words("now").search(before):
        return False
    if any(int(m.group(1)) >= now for m in _YEAR.finditer(before)):
        return True
    bare = before.replace("“", "").replace("”", "")  # “十四五”期间
    return any(last >= now and (during in bare or any(w in bare for w in ends)) for ends, during, last in _period_ends())


def _quota_before(s: str, left: int, plan: bool = False) -> bool:
    """Whether the clause ending at `left` sets a task of a size (下达各市州招生任务数共2000名); in a
    plan, one to be done is the task too (完成…筛查任务数8500人, as its own number is), not one done (已完成)."""
    before = s[clause_bounds(s, left - 1, left - 1)[0]:left - 1]
    done = _DONE_WORDS.search(before) and not (plan and "已" not in before)
    return (bool(_any_cue("quota").search(before) or _ASSIGNED.search(before)) and not done
            and bool(_DIGIT.search(before)))


def _is_share(s: str, start: int, end: int) -> bool:
    """A number that is a share: 105%, 九成, or written as a fraction (百分之九十, 三分之二)."""
    return s[end - 1:end] in ("%", "成") or "分之" in s[start:end]


def role(p: Passage, start: int, end: int) -> str:
    s = p.text
    left, _ = clause_bounds(s, start, end)
    clause_before = s[left:start]
    if _is_share(s, start, end) and completed(s[max(0, start - 16):start]) and not _goal_after(s, end):
        # 完成计划的110% reports a result whatever 计划 says; 确保…完成率100% and a plan's 完成90% are goals
        part = s.rfind(";", 0, left) + 1
        if _has_cue(_without_not_target(s[part:start]), "carry"):
            return "target"
        # 实际完成4.37万人,完成率104%: the share of a result just stated, even in a plan
        done = said_done(s[clause_bounds(s, left - 1, left - 1)[0] if left else 0:start])
        return "target" if p.section_role == "plan" and not done else "actual"
    if "的" in s[end:end + 2] and _SHARE_AFTER.match(s, end) and (whole := _WHOLE_BEFORE_SHARE.search(s, max(0, start - 30), start)):
        return "target" if whole.group("plan") else "quota"
    if "目标" in s[end:end + 5] and _GOAL_SHARED.match(s, end):
        return "target"  # 完成省定1.5次/户目标的140%: the goal a share done is of
    if p.section_role != "plan" and "任务" in clause_before and _BEYOND_TASK.search(clause_before):
        return "actual"  # 新增普惠托位2460个,较省下达的2000个任务多出460个: the result's excess, not a task
    if "下达" in clause_before and _ASSIGNED_VALUE.search(clause_before):
        return "quota"
    due = _ALL_DUE.sub("", clause_before) if "尽" in clause_before else clause_before
    quota = _any_cue("quota").search(due) or ("任务" in due and _ASSIGNED.search(due))
    if quota and "率" not in clause_before[quota.end():]:  # 目标人群覆盖率 is a rate, not a quota
        # 其中完成市下达接种任务2.53万人: what was done of the task, in a result
        # (完成省下达任务数1万人的120%: the task's size, a share of which was done)
        done = (p.section_role != "plan" and _DONE_TASK.search(due, 0, quota.start()) and not _SHARE_AFTER.match(s, end)
                and not (_PASSED_TASK.search(due, 0, quota.start()) and not _is_share(s, start, end)))
        return "actual" if done else "quota"
    if "任务" in clause_before and _TASK_BEFORE.search(clause_before) and (p.section_role == "plan" or not _DONE_WORDS.search(clause_before)):
        return "quota"  # 完成农村妇女宫颈癌检查任务1万人 in a plan, 糖尿病患者管理任务1260人: the task set for the year
    if "任务" in clause_before and _TASK_BEFORE.search(clause_before) and _SHARE_DONE_AFTER.match(s, end):
        return "quota"  # 开展双随机抽查任务812户,完成率100%: the task's size, which a share done follows
    if ("下达" in clause_before or "分配" in clause_before) and _ASSIGNING.search(clause_before) and _TASK_AFTER.match(s, end):
        return "quota"  # 市下达5000户任务
    if _task_named_after(s, end):
        return "quota"  # 完成艾滋病检测5.9万人次,未完成6万人次的任务: the task's size, not what was done
    if _TASKS_THEN_DONE.match(s, end):
        return "quota"  # 4项任务,已完成3项: how many were set, of which 3 are done
    if clause_before.endswith(_PROJECT_END) and _PROJECT_THEN_PROGRESS.match(s, end):
        return "target"  # 实施乡镇卫生院改造项目8所,已开工5所: the size the project is planned to, of which 5 are begun
    head = s[:s.find(":", 0, start)] if ":" in s[:start] else ""
    if head and head.endswith(tuple(cues()["role"]["quota"])) and "率" not in s[len(head):start]:
        return "quota"  # 下达各乡镇任务数:免费孕前检查1200对
    if (p.section_role == "plan" and left and s[left - 1] == "," and _BARE_NOUN.fullmatch(clause_before)
            and not _has_cue(clause_before, "target")
            and (task := _TASK_ENDS.search(s, 0, left - 1)) and task.group("unit") == s[end - len(task.group("unit")):end]):
        # 完成市下达的奖励扶助对象确认任务7400人,特别扶助对象680人: the next item of the same task; not a
        # goal of its own after it (…任务3.2万人,癌症早筛不少于9000人), nor an item after ;
        return "quota"
    if (left and _PART_AFTER.match(clause_before) and not _DONE_WORDS.search(clause_before)
            and _quota_before(s, left, p.section_role == "plan")):
        return "quota"  # 省下达各市州招生任务数共2000名,其中衡阳市260名: the city's share of the task
    near = s[max(0, start - 12):start]
    # both open on 由, 从, 比, 较 or 与: 由2018年的45.6%下降到…, 比上年的5916人
    compared = "由" in near or "从" in near or "比" in near or "较" in near or "与" in near
    if compared and _BASELINE.search(_BOUND_BEFORE.sub("", _GLUED_BEFORE.sub("", near))) and _TO.match(s[end:]):
        return "baseline"
    if s[start - 1:start] == "、" and _LISTED_BASELINE.search(s, max(0, start - 40), start) and (to := _TO.match(s[end:])) and "分别" in to.group():
        return "baseline"  # 由每人每月340元、270元分别提高到500元、400元: each listed value is one a change starts from
    if (compared and ("年" in near or "前" in near or "上月" in near or "上季" in near or "五" in near)
            and _COMPARED_VALUE.search(s, max(0, start - 12), start)):
        return "baseline"  # 比上年的5916人减少632人, 较改革前的83.4%, 较“十三五”末的0.82名: the value compared with
    if "基" in clause_before and _BASE_COLUMN.search(clause_before):
        return "baseline"  # 人均预期寿命:2020年基数80.2岁,2021年目标80.5岁: a plan table's base year
    if "基础上" in s[end:end + 4] and _ON_BASIS.match(s, end) and "在" in clause_before:
        return "baseline"  # 在现有每千人口床位数5.3张的基础上,达到5.5张: where the plan starts from
    if short_of_goal(s, start, end):
        return "actual"  # 距离全年70%的目标仍有11.7个百分点的差距: how far the result is from it
    if s[end - 1:end] in ("项", "个") and "目标" in s[max(0, start - 6):start] and _GOAL_MET_COUNTED.search(s, max(0, start - 24), start):
        return "actual"  # 未达到2030年目标值的13项: the indicators that meet a goal or miss it, counted now
    if s.endswith("元", 0, end) and "预算" in near and _BUDGET.search(s, max(0, start - 12), start):
        return "target"  # 年度预算1200万元,实际支出816.40万元: the budget, beside what was spent
    if (_goal_after(s, end) or _later(s, end)
            or ("要求的" in s[max(0, start - 4):start] and _REQUIRED.search(s, max(0, start - 4), start))
            or (s[end:end + 1] == ")" and _GOAL_BRACKET.search(s, max(0, start - 8), start))
            or ("差距" in s[end:end + 24] and _NORM_SHORT_OF.match(s, end))
            # not 高于全年目标1.4个百分点
            or ("目标" in near and _GOAL_COMPARED.search(s, max(0, start - 12), start) and not _POINTS.match(s, end))
            or (("要求" in clause_before or "规定" in clause_before) and _REQUIRED_BOUND.search(clause_before))
            or (_BY_NORM.match(clause_before) and NORM_AFTER.match(s, end) and not s.endswith("元", 0, end))):
        return "target"
    has_target_cue = pledged(p, start, end)
    # 由目前的1万管提高到3万管: the word of now dates where the change starts, not the value reached
    from_now = ("由" in clause_before or "从" in clause_before) and _FROM_NOW.search(clause_before)
    has_actual_cue = said_done(_FROM_NOW.sub("", clause_before) if from_now else clause_before)
    if p.section_role == "plan":
        if has_actual_cue and any(w in clause_before for w in cues()["role"]["sums"]):
            has_actual_cue = said_done(_sums().sub("", clause_before))  # 配置设备共计46台: a sum of what is planned
        if has_actual_cue and "已" not in clause_before and _dated_ahead(p, s[s.rfind(";", 0, left) + 1:start]):
            has_actual_cue = False  # 到2025年,累计完成筛查1.5万人; “十四五”期间累计完成…: a total the plan is to reach
        if has_actual_cue and "累计" in clause_before and _ADDED_BEFORE_TOTAL.fullmatch(s, s.rfind(";", 0, left) + 1, left):
            # 再有2家卫生院达标,累计达到7家: the total a planned addition makes, planned too
            has_actual_cue = said_done(clause_before.replace("累计", ""))
        # 全区现有医疗卫生机构218家,其中…; 一是人员不足,全中心在编人员仅有62人 (a heading that joins
        # problems and a plan): what there is now
        stated = _PROBLEM_STATED.search(_KEPT_UNDER.sub("", clause_before) if "不" in clause_before else clause_before) or _PROBLEM_OPENING.match(s)
        opening = (("现有" in s[:14] or "目前" in s[:14]) and _NOW_OPENING.match(s)) or _opens_on_place(p)
        has_actual_cue = has_actual_cue or bool((opening or stated) and not _has_cue(s[:start], "target"))
        if restated(p, start, end):
            return "actual"  # 全县17家乡镇卫生院全部实现…: the count there is, of which the plan says all
        # 去年全市加强针接种率为73.6%,今年力争达到85%: last year's result, where the plan starts from
        has_actual_cue = has_actual_cue or (not has_target_cue and said_last_year(s, left, start))
        return "actual" if has_actual_cue and not has_target_cue else "target"
    if has_target_cue and not has_actual_cue and not _bound_only(p, start, end):
        return "target"
    return "actual"


@cache
def year_words(name: str) -> "re.Pattern[str]":
    """One pattern for a [year] cue list (now, next_year): most texts hold none of its words."""
    return re.compile("|".join(map(re.escape, cues()["year"][name])))


@cache
def _period_ends() -> tuple[tuple[tuple[str, str], str, int], ...]:
    """十三五末 and 十三五期末, and 十三五期间, for each named period, with the year it ends."""
    return tuple(((name + "末", name + "期末"), name + "期间", last) for name, last in cues()["year"]["periods"].items())


# A goal said to be reached on the pace so far: 按此进度,可如期实现…的目标.
_ON_SCHEDULE = regex.compile(r"[按照]照?(?:此|目前|现有|当前)进度|如期|按期")


def _baseline_year(text: str, m: "regex.Match[str]", opening: bool) -> bool:
    """Whether a year dates a baseline: one in its clause (由2018年的…), or one compared with
    at the sentence's opening (与2018年相比,…由5.2‰下降到…); not the year of the result
    (2019年,…由5.2‰下降到4.1‰)."""
    return not opening or bool(_COMPARED_WITH.search(text, 0, m.start()) and _COMPARED_CLAUSE.match(text, m.end()))


def _earlier_deadline(text: str, m: "regex.Match[str]") -> bool:
    """Whether a year is a deadline set inside an earlier part of the sentence than the fact's
    (…,到2027年实现县(区)全覆盖;…比例提高到35%): not one opening the sentence (到2025年,…;…),
    nor the year a value reached (…增加到2020年的2.12人;…)."""
    return (text[m.start() - 1] in "到至于在截" and m.start() < text.rfind(";") + 1
            and bool(CLAUSE_BREAK.search(text, 0, m.start())) and not REACHED_BEFORE.search(text, 0, m.start()))


# A year's month, which makes the year a day something happened on (2017年9月取消药品加成).
_EVENT_DAY = regex.compile(r"\d{1,2}月(?!底|末)")
# Words that make a date the end of what is counted up to it (截至2018年12月, 到2018年9月).
_UP_TO = regex.compile(r"(?:截至|截止|截止到|到|至)$")
# A day of the year up to which something is counted, its year unsaid (截至2月15日).
_UP_TO_DAY = regex.compile(r"(?:截至|截止)(?:到)?\d{1,2}月(?:\d{1,2}日)?")
# Years a clause adds its number up over, counted back from now: 五年累计, 三年来, 两年共, 任职以来.
_YEARS_COUNTED = regex.compile(r"(?<![\d一二两三四五六七八九十第])(?:[两二三四五六七八九十]|\d)年(?:来|以来|间|累计|共计|合计|共)"
                               r"|(?:任职|任期|上任|到任)(?:以来|来|内|期间)")


def _opens_dated_clause(text: str, m: "regex.Match[str]") -> bool:
    """2023年配置救护车6辆,2025年达到15辆;远程会诊…: a year opening a later clause of the sentence,
    after the years before it, dates what follows it as the opening year dated what came before;
    not an earlier year set beside (2019年死亡1例,…,2018年死亡2例,同比下降45.3% is 2019's), a list
    of years (2019,2020年), a day a deed was done on (…,2019年5月投入使用) nor a year named as a
    thing's (…,2018年的水平)."""
    return (text[m.start() - 1] == "," and not text[m.start() - 2:m.start() - 1].isdigit()
            and not text.startswith("的", m.end()) and not _EVENT_DAY.match(text, m.end())
            and all(int(e.group(1)) < int(m.group(1)) for e in _YEAR.finditer(text, 0, m.start())))


def year(p: Passage, start: int, end: int, role_: str) -> int | None:
    """The year the fact belongs to: its clause, then its sentence, section, document."""
    s = p.text
    left, _ = clause_bounds(s, start, end)
    y = cues()["year"]
    # A year written in the fact's own clause, or opening its sentence (2011年,参合率…), unless
    # the clause adds up the years up to now (2017年取消药品加成,五年累计让利…: not 2017's).
    counted = ("年" in s[left:start] or "任" in s[left:start]) and _YEARS_COUNTED.search(s, left, start)
    total = "累计" in s[left:start]
    goal_after = role_ == "target" and "目标" in s[end:end + 8] and bool(_GOAL_AFTER.match(s, end))
    for opening, text in ((False, s[left:start]), (True, s[:left])):
        if opening and counted:
            break
        if "年" in text or "届" in text:  # every year pattern below needs one of them
            text = _MASKED_YEAR.sub("", text)
            found = [m for m in _YEAR.finditer(text)
                     if not text.startswith(_SINCE, m.end())  # 2016年以来,累计…: counted up to the report
                     # 于2017年9月取消药品加成,…,累计为群众减负…: the day a running total started from, not its year
                     and not (opening and total and _EVENT_DAY.match(text, m.end()) and not _UP_TO.search(text, 0, m.start()))
                     # 区疾病预防控制局于2024年10月挂牌,人员编制…增加到76名 in the report on 2025: the day of
                     # another deed, before the report's year, not the result's year
                     and not (opening and role_ == "actual" and text[m.start() - 1:m.start()] == "于" and _EVENT_DAY.match(text, m.end())
                              and int(m.group(1)) < (p.report_year or 0))
                     # 恢复到2019年水平: a level, not a date; 在2020年基础上提高1岁: where a change starts from
                     and not text.startswith(("水平", "的水平", "同期水平", "基础上", "的基础上"), m.end())
                     # 《健康X县行动(2020—2030年)》确定的: a programme's period, no date of the fact
                     and not ("《" in text and _PERIOD_IN_TITLE.search(text, 0, m.start()))
                     # 达到2015年的2.5倍: the year a multiple is of, not a date the value is due by
                     and not ("倍" in text and _MULTIPLE_OF.match(text, m.end()))
                     # 距2020年目标尚差0.62人: the goal's year, not the result's
                     and not (role_ == "actual" and text.startswith(("目标", "的目标"), m.end()))
                     # 对2020年督查发现的48条问题开展“回头看”,整改销号45条: the year of what the deed is done to,
                     # not of the deed, which the clauses after it tell
                     and not (opening and text[m.start() - 1:m.start()] == "对")
                     # …,2024年底前竣工,总投资2.6亿元: a deadline dates the sentence, as 到2024年 does
                     and (not opening or m.start() < 3 or text[m.start() - 1] in "到至于在截;"
                          or text.startswith(("底前", "末前", "前"), m.end()) or _opens_dated_clause(text, m))
                     and (_baseline_year(text, m, opening) if role_ == "baseline" else
                          not ((_COMPARED_WITH.search(text, 0, m.start()) and not (goal_after and not text[m.end():].strip()))
                               or (_FROM.search(text, 0, m.start()) and _REACHED.search(text, m.end()))))]
            if opening:  # …,到2027年实现全覆盖;…提高到35%: that deadline and the years before it are not this part's
                found = found[max((n for n, m in enumerate(found) if _earlier_deadline(text, m)), default=-1) + 1:]
            years = [int(m.group(1)) for m in found]
            if years:
                return years[-1]
            short = [m for m in _SHORT_YEAR.finditer(text)] if "年底" in text or "年末" in text else []
            if short:
                return _full_year(short[-1].group(1))
        if not opening and role_ == "actual" and year_words("now").search(text):
            break  # 到2020年…达到6张,目前已达5.2张: now, whatever year the sentence opened with
        if "末" not in text and "期间" not in text:
            continue
        text = text.replace("“", "").replace("”", "")
        since = _FROM_PERIOD.search(text)
        if since and role_ == "baseline":  # 由十二五末的1.72人提高到2.65人, 较十三五末的0.82名: the period's end dates the baseline
            return cues()["year"]["periods"][since.group(1)]
        text = _COMPARED_PERIOD.sub("", text)  # 到“十四五”末; not 比十二五末, a base
        since = _FROM_PERIOD.search(text)
        if since:  # …提高到2.65人 after 由十二五末的1.72人: the period's end dates the baseline only
            text = text[:since.start()] + text[since.end():]
        for ends, during, last in _period_ends():
            # a goal for a period (十四五期间…达到, or anything a plan says of it) is for its end; a
            # result in it may be earlier, but not after it: 十二五期间累计投入4.36亿元 in the 2016 report
            # is by 2015
            past = bool(p.report_year and last < p.report_year)
            if ends[0] in text or ends[1] in text or ((role_ == "target" or p.section_role == "plan" or past) and during in text):
                return last
    if p.spoken_year and role_ != "baseline" and (year_words("now").search(s, 0, start) or _UP_TO_DAY.search(s, 0, start)):
        return p.spoken_year  # 截至目前,全县已接种3.2万剂次 in a speech given in 2021: done by the day it is given
    later = _later(s, end)
    if later and later.group("when")[:2].isdigit():
        return int(later.group("when")[:4])
    ahead = year_words("next_year").search(s, 0, start)
    if ahead and _CARRIED_OVER.search(s, max(0, ahead.start() - 4), ahead.start()):
        ahead = None  # 结转下年度继续办理1件: what this year leaves over, counted in it
    if (later or ahead) and p.report_year:
        return p.report_year + 1
    last = (_SAID_LAST_YEAR if role_ == "baseline" else _LAST_YEAR).search(s, left, start)
    opening = None if last else _OPENING_LAST_YEAR.match(s)  # 去年全县参合率为94.7%,筹集基金3862万元
    # a plan alone (for 2010) says 去年 of the year before the one it plans, and so does the plan
    # for the next year after a summary (去年…为73.6%,今年力争… is of the year summarised)
    now = p.spoken_year or p.report_year or (p.plan_year if p.section_role == "plan" else None)
    if p.section_role == "plan" and p.report_year and p.plan_year == p.report_year + 1:
        now = p.plan_year
    if (now and (role_ in ("actual", "baseline") or not p.report_year)
            and ((last and not _DIGIT.search(s, last.end(), start) and not _REACHED.search(s, last.end(), start))
                 or (opening and not any(w in s[opening.end():start] for w in (*y["now"], *y["next_year"], "年"))))):
        return now - 1  # 上年完成…; not the 90% of 由上年的85%提高到90% (or 百分之九十)
    if role_ == "baseline" and _FROM_YEAR_START.search(s, left, start):
        return now  # 由年初的28个增加到35个: the start of this year
    if role_ == "baseline" and _FROM_NOW.search(s, left, start):
        return p.report_year  # 由目前的1万管提高到3万管: when the report was written, in its plan too
    if role_ == "baseline":
        # …由2010年的28.4/10万下降到…;婴儿死亡率由10.2‰下降到…: the year the sentence's baselines
        # were given; else none (由原来的841万元提高到…: earlier, but the text does not say when)
        earlier = [m for m in _FROM_YEAR.finditer(s, 0, start)]  # its clause's in two digits too: 由03年的
        if not earlier:
            return None
        given = earlier[-1].group(1)
        if not given[0].isdigit():  # 由上年的48.6元下降到39.2元,…由1120元下降到968元: last year's too
            return now - 1 if now else None
        return _full_year(given[:-1])
    if (role_ == "target" and _ON_SCHEDULE.search(s, max(0, left - 8), start) and (goal := _goal_after(s, end))
            and "年" not in goal.group()):  # (not 可如期完成85%的年度目标: this year's)
        return None  # 按此进度,可如期实现20%以下的目标: a goal still ahead, its year not said
    if p.section_year:
        return p.section_year
    if role_ in ("target", "quota") and p.section_role == "plan":
        return p.plan_year
    return p.report_year
