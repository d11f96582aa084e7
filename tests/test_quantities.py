"""Sentence in, facts out: the extractor's rules as tables of real and realistic sentences."""
from __future__ import annotations

import pytest

from extractors import Passage, extract

# (sentence, section role, [(surface, kind, value, value_max, unit, qualifier, role, aspect, year)])
# Report year 2019, plan year 2020 unless the sentence says otherwise.
CASES = [
    # a goal the measure falls short of keeps its year and role
    ("托位数距2025年每千人口4.5个的目标差距较大。", "results", [
        ("4.5个", "count", 4.5, None, "个", "exact", "target", "level", 2025)]),
    # a part of a quota to be done in a plan is a part of the quota
    ("完成农村适龄妇女“两癌”筛查任务数8500人,其中乳腺癌筛查4000人。", "plan", [
        ("8500人", "count", 8500, None, "人", "exact", "quota", "level", 2020),
        ("4000人", "count", 4000, None, "人", "exact", "quota", "level", 2020)]),
    # the measure word before the doses, as before 学时: the doses are the unit
    ("抗菌药物使用强度为36.8DDDs,同比下降2.1个DDDs。", "results", [
        ("36.8DDDs", "quantity", 36.8, None, "DDDs", "exact", "actual", "level", 2019),
        ("2.1个DDDs", "quantity", 2.1, None, "DDDs", "exact", "actual", "change", 2019)]),
    # a price cut's rate is a change, whatever the dictionary names it by
    ("通过二次议价,药品价格平均降幅达到12.6%,节约采购资金约860万元。", "results", [
        ("12.6%", "rate", 12.6, None, "%", "exact", "actual", "change", 2019),
        ("860万元", "money", 860, None, "万元", "approx", "actual", "level", 2019)]),
    # growths bounded by 分别控制在 are changes, as by 分别为
    ("县级公立医院门诊次均费用186.4元,住院次均费用5230元,增幅分别控制在5%和6%以内。", "results", [
        ("186.4元", "money", 0.01864, None, "万元", "exact", "actual", "level", 2019),
        ("5230元", "money", 0.523, None, "万元", "exact", "actual", "level", 2019),
        ("5%", "rate", 5, None, "%", "at_most", "actual", "change", 2019),
        ("6%以内", "rate", 6, None, "%", "at_most", "actual", "change", 2019)]),
    # an average price a fall starts from, and a quarter's value a fall starts from, of the year reported
    ("冠脉支架中选价格由均价1.3万元左右下降到700元左右,降幅93%。", "results", [
        ("1.3万元左右", "money", 1.3, None, "万元", "approx", "baseline", "level", None),
        ("700元左右", "money", 0.07, None, "万元", "approx", "actual", "level", 2019),
        ("93%", "rate", 93, None, "%", "exact", "actual", "change", 2019)]),
    ("不合理处方率由第一季度的3.83%下降到第四季度的2.25%,下降1.58个百分点。", "results", [
        ("3.83%", "rate", 3.83, None, "%", "exact", "baseline", "level", 2019),
        ("2.25%", "rate", 2.25, None, "%", "exact", "actual", "level", 2019),
        ("1.58个百分点", "rate", 1.58, None, "百分点", "exact", "actual", "change", 2019)]),
    # kinds a deed is done to are counted (将20种…纳入); kinds a count was brought to are counted
    ("将20种辅助用药纳入重点监控,重点监控药品使用金额同比下降38.6%。", "results", [
        ("20种", "count", 20, None, "种", "exact", "actual", "level", 2019),
        ("38.6%", "rate", 38.6, None, "%", "exact", "actual", "change", 2019)]),
    ("将30种大病的贫困人口纳入集中救治。", "results", []),
    ("医用耗材集中带量采购品种扩大到27类,节约耗材费用1180万元。", "results", [
        ("27类", "count", 27, None, "类", "exact", "actual", "level", 2019),
        ("1180万元", "money", 1180, None, "万元", "exact", "actual", "level", 2019)]),
    ("由9类增加到12类。", "results", []),
    # a run of lapses that says who is meant is no count
    ("对连续3次以上出现超常处方的医师予以约谈,门诊患者抗菌药物处方比例控制在15%以下。", "plan", [
        ("15%以下", "rate", 15, None, "%", "at_most", "target", "level", 2020)]),
    # a completion rate bounded is still a share done
    ("各批次约定采购量完成率均超过100%,其中第四批约定采购量完成率达到186.4%。", "results", [
        ("100%", "rate", 100, None, "%", "at_least", "actual", "completion", 2019),
        ("186.4%", "rate", 186.4, None, "%", "exact", "actual", "completion", 2019)]),
    # the year a change is measured from dates no clause the goal opening the sentence carries on to
    ("力争2021年部门预算执行率达到98%以上,“三公”经费较2019年再压减5%。", "results", [
        ("98%以上", "rate", 98, None, "%", "at_least", "target", "level", 2021),
        ("5%", "rate", 5, None, "%", "exact", "target", "change", 2021)]),
    # a project's planned cost, a range, and what is to be done of it this year, named by the project
    ("确保县中医院门诊楼项目2020年6月前开工,计划投资3000—3500万元,年内完成投资不少于1500万元。", "plan", [
        ("3000—3500万元", "money", 3000, 3500, "万元", "exact", "target", "level", 2020),
        ("1500万元", "money", 1500, None, "万元", "at_least", "target", "level", 2020)]),
    # the beds a staffing norm is per, given as a range, are no count of beds
    ("二级以上医院感染管理专职人员按每150-200张床位配备1名。", "plan", [
        ("1名", "count", 1, None, "人", "exact", "target", "level", 2020)]),
    # a ratio to one of beds to nurses is its x, in 1:x; a bound before it bounds it
    ("二级以上综合医院床护比不低于1:0.6,优质护理服务覆盖率达到100%。", "plan", [
        ("1:0.6", "rate", 0.6, None, "1:x", "at_least", "target", "level", 2020),
        ("100%", "rate", 100, None, "%", "exact", "target", "level", 2020)]),
    # the year of what a deed is done to (对2018年督查发现的…问题) is no year of the deed's results after it
    ("对2018年督查发现的48条问题开展“回头看”,整改销号45条,剩余3条。", "results", [
        ("48条", "count", 48, None, "条", "exact", "actual", "level", 2018),
        ("45条", "count", 45, None, "条", "exact", "actual", "level", 2019),
        ("3条", "count", 3, None, "条", "exact", "actual", "level", 2019)]),
    # a value from a named time of the year's course (由高峰时期的, 由疫情初期的) is where the change starts
    ("发热门诊门急诊量由高峰时期的日均6800人次回落至日均420人次。", "results", [
        ("6800人次", "count", 6800, None, "人次", "exact", "baseline", "level", None),
        ("420人次", "count", 420, None, "人次", "exact", "actual", "level", 2019)]),
    # 间 before 隔离 counts rooms: the word is 隔离, not 间隔
    ("新增储备隔离房间200间,确保每万人口不少于20间隔离房间。", "plan", [
        ("200间", "count", 200, None, "间", "exact", "target", "level", 2020),
        ("20间", "count", 20, None, "间", "at_least", "target", "level", 2020)]),
    # a goal of a named year that a result has passed or bettered is that year's goal, not a result
    ("居民健康素养水平达到29.6%,已超过2022年目标值22%,向2030年目标值30%迈进。", "results", [
        ("29.6%", "rate", 29.6, None, "%", "exact", "actual", "level", 2019),
        ("22%", "rate", 22, None, "%", "exact", "target", "level", 2022),
        ("30%", "rate", 30, None, "%", "exact", "target", "level", 2030)]),
    ("心脑血管疾病死亡率降至186.4/10万,已优于2030年目标值190.7/10万。", "results", [
        ("186.4/10万", "rate", 186.4, None, "/10万", "exact", "actual", "level", 2019),
        ("190.7/10万", "rate", 190.7, None, "/10万", "exact", "target", "level", 2030)]),
    # the period in a programme's quoted title dates nothing it is said to hold
    ("紧扣《健康桐溪行动(2020—2030年)》确定的15个专项行动,扎实推进各项工作。", "results", [
        ("15个", "count", 15, None, "个", "exact", "actual", "level", 2019)]),
    # a target word inside a slogan quoted whole (落实“两个确保”) sets no goal: the money was advanced
    ("第一时间落实“两个确保”,向县人民医院、县中医院预拨医保基金1200万元。", "results", [
        ("1200万元", "money", 1200, None, "万元", "exact", "actual", "level", 2019)]),
    # 超 before a number is 超过 said short (降价超80%); B超 and 彩超 are examinations, counted as written
    ("人工晶体、冠脉支架等耗材平均降价超80%,异地就医直接结算超1.2万人次。", "results", [
        ("80%", "rate", 80, None, "%", "at_least", "actual", "change", 2019),
        ("1.2万人次", "count", 12000, None, "人次", "at_least", "actual", "level", 2019)]),
    # a time that ends its clause with 内 is a limit not passed, as 以内 says
    ("医保服务事项网上办比例达92%,平均办理时限压缩至3个工作日内。", "results", [
        ("92%", "rate", 92, None, "%", "exact", "actual", "level", 2019),
        ("3个工作日内", "quantity", 3, None, "工作日", "at_most", "actual", "level", 2019)]),
    ("全年开展B超1500人次、彩超800人次。", "results", [
        ("1500人次", "count", 1500, None, "人次", "exact", "actual", "level", 2019),
        ("800人次", "count", 800, None, "人次", "exact", "actual", "level", 2019)]),
    # a year inside a title earlier in the sentence is not the fact's year; one opening it is
    ("大力贯彻《2012年度农村环境综合整治实施方案》,新增三星级康居示范村10个。", "results", [
        ("10个", "count", 10, None, "个", "exact", "actual", "level", 2019)]),
    ("2018年,新农合参合率达到98.6%。", "results", [
        ("98.6%", "rate", 98.6, None, "%", "exact", "actual", "level", 2018)]),
    ("年内高血压患者规范管理率93.14%,糖尿病患者规范管理率87.3%。", "results", [
        ("93.14%", "rate", 93.14, None, "%", "exact", "actual", "level", 2019),
        ("87.3%", "rate", 87.3, None, "%", "exact", "actual", "level", 2019)]),
    ("5岁以下儿童死亡率6.18‰,婴儿死亡率4.29‰。", "results", [
        ("6.18‰", "rate", 6.18, None, "‰", "exact", "actual", "level", 2019),
        ("4.29‰", "rate", 4.29, None, "‰", "exact", "actual", "level", 2019)]),
    ("全年法定传染病总发病率为236.43/十万。", "results", [
        ("236.43/十万", "rate", 236.43, None, "/10万", "exact", "actual", "level", 2019)]),
    ("麻疹发病率控制在1/10万以下。", "plan", [
        ("1/10万以下", "rate", 1, None, "/10万", "at_most", "target", "level", 2020)]),
    ("全区共计报销医药费1025.65万元,受益40.8万人次。", "results", [
        ("1025.65万元", "money", 1025.65, None, "万元", "exact", "actual", "level", 2019),
        ("40.8万人次", "count", 408000, None, "人次", "exact", "actual", "level", 2019)]),
    ("合计支出582546.3元,降低药品采购成本1.1亿元。", "results", [
        ("582546.3元", "money", 58.25463, None, "万元", "exact", "actual", "level", 2019),
        ("1.1亿元", "money", 11000, None, "万元", "exact", "actual", "level", 2019)]),
    # people counted with no unit, after the noun that implies it, before the clause goes on
    ("国家特别扶助对象111已发放特别扶助金127.752万元。", "results", [
        ("111", "count", 111, None, "人", "exact", "actual", "level", 2019),
        ("127.752万元", "money", 127.752, None, "万元", "exact", "actual", "level", 2019)]),
    ("特扶对象56,奖扶对象1083人。", "results", [
        ("56", "count", 56, None, "人", "exact", "actual", "level", 2019),
        ("1083人", "count", 1083, None, "人", "exact", "actual", "level", 2019)]),
    ("人均补偿39.15元。", "results", [
        ("39.15元", "money", 0.003915, None, "万元", "exact", "actual", "level", 2019)]),
    ("查螺面积达152.00万平方米,回收废弃药品3吨。", "results", [
        ("152.00万平方米", "quantity", 1520000, None, "平方米", "exact", "actual", "level", 2019),
        ("3吨", "quantity", 3000, None, "公斤", "exact", "actual", "level", 2019)]),
    ("每季度开展健康教育2—3次。", "results", [
        ("2—3次", "count", 2, 3, "次", "exact", "actual", "level", 2019)]),
    # the aid those counted got over a threshold only says which are counted
    ("全县有46名大额费用患者获得5万元以上补偿。", "results", [
        ("46名", "count", 46, None, "人", "exact", "actual", "level", 2019)]),
    # an at-least word before the verb and what it acts on bounds the number they end on
    ("年内每个乡镇卫生院至少培训乡村医生2次。", "plan", [
        ("2次", "count", 2, None, "次", "at_least", "target", "level", 2020)]),
    # a running total from a day something happened on (于2017年9月…,累计…) is of now, not of that day's year
    ("全市7家城市公立医院于2017年9月全部取消药品加成,累计为群众减负4360万元。", "results", [
        ("7家", "count", 7, None, "家", "exact", "actual", "level", 2019),
        ("4360万元", "money", 4360, None, "万元", "exact", "actual", "level", 2019)]),
    # the share of patients who finished a clinical pathway is a rate's level, not a share of a task done
    ("临床路径入径率86.4%,完成率93.7%。", "results", [
        ("86.4%", "rate", 86.4, None, "%", "exact", "actual", "level", 2019),
        ("93.7%", "rate", 93.7, None, "%", "exact", "actual", "level", 2019)]),
    ("二级以上医院临床路径入径率达到80%、完成率达到90%。", "plan", [
        ("80%", "rate", 80, None, "%", "exact", "target", "level", 2020),
        ("90%", "rate", 90, None, "%", "exact", "target", "level", 2020)]),
    # the sex ratio a change starts from at a period's end (由“十二五”末的112.3) is its baseline, of that year
    ("出生人口性别比由“十二五”末的112.3下降到2019年的106.5。", "results", [
        ("112.3", "rate", 112.3, None, "女=100", "exact", "baseline", "level", 2015),
        ("106.5", "rate", 106.5, None, "女=100", "exact", "actual", "level", 2019)]),
    # a count glued to another in a second measure (9类41项) is one value with it: a baseline after 由 too
    ("基本公共卫生服务项目由9类41项增加到12类45项。", "results", [
        ("9类", "count", 9, None, "类", "exact", "baseline", "level", None),
        ("41项", "count", 41, None, "项", "exact", "baseline", "level", None),
        ("12类", "count", 12, None, "类", "exact", "actual", "level", 2019),
        ("45项", "count", 45, None, "项", "exact", "actual", "level", 2019)]),
    # each value listed after 由 is a baseline when 分别 pairs the list with the values reached
    ("特扶金标准由每人每月340元、270元分别提高到每人每月500元、400元。", "results", [
        ("340元", "money", 0.034, None, "万元", "exact", "baseline", "level", None),
        ("270元", "money", 0.027, None, "万元", "exact", "baseline", "level", None),
        ("500元", "money", 0.05, None, "万元", "exact", "actual", "level", 2019),
        ("400元", "money", 0.04, None, "万元", "exact", "actual", "level", 2019)]),
    # a value a change starts from now (由目前的, 由现在的) is its baseline, as 由原来的 is; 届时 (when what is
    # planned is done) sets a goal
    ("全县乡镇卫生院床位数由目前的860张增加到920张。", "results", [
        ("860张", "count", 860, None, "张", "exact", "baseline", "level", 2019),
        ("920张", "count", 920, None, "张", "exact", "actual", "level", 2019)]),
    ("届时,全县每千常住人口床位数将由现在的5.4张提高到6.5张。", "results", [
        ("5.4张", "count", 5.4, None, "张", "exact", "baseline", "level", 2019),
        ("6.5张", "count", 6.5, None, "张", "exact", "target", "level", 2019)]),
    # those due to be treated (应救治) are a task's size; the places a thing is set up in, before its count, no fact
    ("9种大病应救治214人,已救治211人,救治率98.6%。", "results", [
        ("214人", "count", 214, None, "人", "exact", "quota", "level", 2019),
        ("211人", "count", 211, None, "人", "exact", "actual", "level", 2019),
        ("98.6%", "rate", 98.6, None, "%", "exact", "actual", "level", 2019)]),
    ("在县人民医院和18个乡镇卫生院设立“一站式”结算窗口20个。", "results", [
        ("20个", "count", 20, None, "个", "exact", "actual", "level", 2019)]),
    # an item's weight in an appraisal is no score obtained, also after a quoted item
    ("3.“先诊疗后付费”(10分):县域内住院“先诊疗后付费”3815人次,自评10分。", "results", [
        ("3815人次", "count", 3815, None, "人次", "exact", "actual", "level", 2019),
        ("10分", "quantity", 10, None, "分", "exact", "actual", "level", 2019)]),
    # a bare item after a task set from above, in a plan, is the same task's
    ("完成市下达的奖励扶助对象确认任务7400人,特别扶助对象680人,资金发放到位率100%。", "plan", [
        ("7400人", "count", 7400, None, "人", "exact", "quota", "level", 2020),
        ("680人", "count", 680, None, "人", "exact", "quota", "level", 2020),
        ("100%", "rate", 100, None, "%", "exact", "target", "level", 2020)]),
    # the sex ratio's bound in a clause after its level is a fact of the same ratio
    ("出生人口性别比为108.6,较上年下降2.1,连续三年控制在110以内。", "results", [
        ("108.6", "rate", 108.6, None, "女=100", "exact", "actual", "level", 2019),
        ("2.1", "rate", 2.1, None, "女=100", "exact", "actual", "change", 2019),
        ("110以内", "rate", 110, None, "女=100", "at_most", "actual", "level", 2019)]),
    ("参加培训1000-1500人。", "results", [
        ("1000-1500人", "count", 1000, 1500, "人", "exact", "actual", "level", 2019)]),
    ("发放宣传资料10000多份,培训卫生技术人员200余名。", "results", [
        ("10000多份", "count", 10000, None, "份", "at_least", "actual", "level", 2019),
        ("200余名", "count", 200, None, "人", "at_least", "actual", "level", 2019)]),
    ("整村参保率全部达到98%以上,法定传染病漏报率低于2。", "results", [
        ("98%以上", "rate", 98, None, "%", "at_least", "actual", "level", 2019),
        ("2", "rate", 2, None, "%", "at_most", "actual", "level", 2019)]),
    ("总投资近亿元,受益群众上亿人次。", "results", [
        ("亿元", "money", 10000, None, "万元", "approx", "actual", "level", 2019),
        ("上亿人次", "count", 100000000, None, "人次", "at_least", "actual", "level", 2019)]),
    ("惠及群众万余人次,投入资金万余元。", "results", [
        ("万余人次", "count", 10000, None, "人次", "at_least", "actual", "level", 2019),
        ("万余元", "money", 1, None, "万元", "at_least", "actual", "level", 2019)]),
    ("“五苗”接种率达到95。", "results", [
        ("95", "rate", 95, None, "%", "exact", "actual", "level", 2019)]),
    ("通过审核的乡镇卫生院不少于2家。", "plan", [
        ("2家", "count", 2, None, "家", "at_least", "target", "level", 2020)]),
    ("近5000人参加义诊,约300人接受咨询。", "results", [
        ("5000人", "count", 5000, None, "人", "approx", "actual", "level", 2019),
        ("300人", "count", 300, None, "人", "approx", "actual", "level", 2019)]),
    ("门诊量比去年增长12.5%,提高2.3个百分点。", "results", [
        ("12.5%", "rate", 12.5, None, "%", "exact", "actual", "change", 2019),
        ("2.3个百分点", "rate", 2.3, None, "百分点", "exact", "actual", "change", 2019)]),
    # a task said to be passed is the task's size; what was done of a task is a result
    ("完成农村妇女“两癌”筛查7200人,超额完成省下达任务6500人。", "results", [
        ("7200人", "count", 7200, None, "人", "exact", "actual", "level", 2019),
        ("6500人", "count", 6500, None, "人", "exact", "quota", "level", 2019)]),
    ("其中完成市下达接种任务2.53万人。", "results", [
        ("2.53万人", "count", 25300, None, "人", "exact", "actual", "level", 2019)]),
    # a project's size, then how far it has got: the size is the plan's, what is begun or built the result
    ("实施乡镇卫生院改造项目8所,已开工5所。", "results", [
        ("8所", "count", 8, None, "所", "exact", "target", "level", 2019),
        ("5所", "count", 5, None, "所", "exact", "actual", "level", 2019)]),
    ("全县实施村卫生室标准化建设工程20个,已建成15个。", "results", [
        ("20个", "count", 20, None, "个", "exact", "target", "level", 2019),
        ("15个", "count", 15, None, "个", "exact", "actual", "level", 2019)]),
    # a level not reached is a target when a goal follows
    ("签约率为38%,未达到45%的年度目标。", "results", [
        ("38%", "rate", 38, None, "%", "exact", "actual", "level", 2019),
        ("45%", "rate", 45, None, "%", "exact", "target", "level", 2019)]),
    # in a plan, the whole a part to be done is counted out of is what there is now
    ("6月底前完成5个乡镇卫生院提升改造中的3个。", "plan", [
        ("5个", "count", 5, None, "个", "exact", "actual", "level", 2019),
        ("3个", "count", 3, None, "个", "exact", "target", "level", 2020)]),
    ("全县23个乡镇卫生院中,年内18个达到国家推荐标准。", "plan", [
        ("23个", "count", 23, None, "个", "exact", "actual", "level", 2019),
        ("18个", "count", 18, None, "个", "exact", "target", "level", 2020)]),
    # …and so is all the place has, a rate of them following in its clause; not what is to be done to them
    ("全县30个村卫生室标准化建设达标率达到90%。", "plan", [
        ("30个", "count", 30, None, "个", "exact", "actual", "level", 2019),
        ("90%", "rate", 90, None, "%", "exact", "target", "level", 2020)]),
    ("全县20个村卫生室完成标准化建设,达标率100%。", "plan", [
        ("20个", "count", 20, None, "个", "exact", "target", "level", 2020),
        ("100%", "rate", 100, None, "%", "exact", "target", "level", 2020)]),
    # what was added to a per-head standard just raised is its rise
    ("人均基本公共卫生服务经费补助标准提高到74元,其中新增5元全部用于疫情防控。", "results", [
        ("74元", "money", 0.0074, None, "万元", "exact", "actual", "level", 2019),
        ("5元", "money", 0.0005, None, "万元", "exact", "actual", "change", 2019)]),
    # a result of a period over before the report's year is of the period's last year
    ("“十一五”期间,全县累计投入卫生基础设施建设资金4.36亿元,婴儿死亡率下降到5.1‰。", "results", [
        ("4.36亿元", "money", 43600, None, "万元", "exact", "actual", "level", 2010),
        ("5.1‰", "rate", 5.1, None, "‰", "exact", "actual", "level", 2010)]),
    ("完成任务数的143.8%,任务数1775人。", "results", [
        ("143.8%", "rate", 143.8, None, "%", "exact", "actual", "completion", 2019),
        ("1775人", "count", 1775, None, "人", "exact", "quota", "level", 2019)]),
    # a goal stated as 目标任务是 is a target, and names what follows it
    ("年初确定的目标任务是门诊量达到60万人次,实际完成62万人次,完成目标任务的103.3%。", "results", [
        ("60万人次", "count", 600000, None, "人次", "exact", "target", "level", 2019),
        ("62万人次", "count", 620000, None, "人次", "exact", "actual", "level", 2019),
        ("103.3%", "rate", 103.3, None, "%", "exact", "actual", "completion", 2019)]),
    # 上下 after a number is about as much
    ("门诊病人人均医药费用控制在120元上下,全县上下共投入资金3000万元。", "results", [
        ("120元上下", "money", 0.012, None, "万元", "approx", "actual", "level", 2019),
        ("3000万元", "money", 3000, None, "万元", "exact", "actual", "level", 2019)]),
    # a range in Chinese numerals; 降至 and 增至 reach a value from a baseline; 增长了近两成 is a change
    ("每年集中培训二至三次,开展义诊三到五次。", "results", [
        ("二至三次", "count", 2, 3, "次", "exact", "actual", "level", 2019),
        ("三到五次", "count", 3, 5, "次", "exact", "actual", "level", 2019)]),
    ("出生缺陷发生率由上年的12.6‰降至10.2‰,门诊量由上年的45万人次增至52万人次。", "results", [
        ("12.6‰", "rate", 12.6, None, "‰", "exact", "baseline", "level", 2018),
        ("10.2‰", "rate", 10.2, None, "‰", "exact", "actual", "level", 2019),
        ("45万人次", "count", 450000, None, "人次", "exact", "baseline", "level", 2018),
        ("52万人次", "count", 520000, None, "人次", "exact", "actual", "level", 2019)]),
    ("住院人次较上年增长了近两成。", "results", [
        ("两成", "rate", 20, None, "%", "approx", "actual", "change", 2019)]),
    # a table's 完成值 in a plan is a result
    ("居民电子健康档案建档率:完成值86.2%,目标值90%。", "plan", [
        ("86.2%", "rate", 86.2, None, "%", "exact", "actual", "level", 2019),
        ("90%", "rate", 90, None, "%", "exact", "target", "level", 2020)]),
    # 应检尽检 is a slogan, not a quota; a share of a task with its size between is a completion
    ("累计完成核酸检测28.7万人份,其中“应检尽检”人群检测9.3万人份。", "results", [
        ("28.7万人份", "count", 287000, None, "人份", "exact", "actual", "level", 2019),
        ("9.3万人份", "count", 93000, None, "人份", "exact", "actual", "level", 2019)]),
    ("完成省下达任务数1万人的120%。", "results", [
        ("1万人", "count", 10000, None, "人", "exact", "quota", "level", 2019),
        ("120%", "rate", 120, None, "%", "exact", "actual", "completion", 2019)]),
    # where a plan starts from (在现有…的基础上) is a baseline, not a target
    ("在现有每千人口床位数5.3张的基础上,2022年达到5.5张以上。", "plan", [
        ("5.3张", "count", 5.3, None, "张", "exact", "baseline", "level", None),
        ("5.5张以上", "count", 5.5, None, "张", "at_least", "target", "level", 2022)]),
    # a goal named after its number (72%目标) is the target of the rate just stated
    ("全县居民电子健康档案建档率达到85.3%,超过年初确定的72%目标。", "results", [
        ("85.3%", "rate", 85.3, None, "%", "exact", "actual", "level", 2019),
        ("72%", "rate", 72, None, "%", "exact", "target", "level", 2019)]),
    # the end of a period a value rose from dates that value only
    ("全县每千人口执业(助理)医师数由“十二五”末的1.72人提高到2.65人。", "results", [
        ("1.72人", "count", 1.72, None, "人", "exact", "baseline", "level", 2015),
        ("2.65人", "count", 2.65, None, "人", "exact", "actual", "level", 2019)]),
    # how far a value is above the national average is a distance, not the average
    ("全县每千人口床位数达到6.2张,高于全国平均水平0.22张。", "results", [
        ("6.2张", "count", 6.2, None, "张", "exact", "actual", "level", 2019),
        ("0.22张", "count", 0.22, None, "张", "exact", "actual", "change", 2019)]),
    # a rise held within a bound, or named by 增速, is a change
    ("住院次均费用增幅控制在5%以内,门诊量增速为8.2%。", "plan", [
        ("5%以内", "rate", 5, None, "%", "at_most", "target", "change", 2020),
        ("8.2%", "rate", 8.2, None, "%", "exact", "target", "change", 2020)]),
    # a value required from above is a target; a threshold that says which are counted is no fact
    ("管理率分别为75.2%和73.1%,均高于国家要求的70%。", "results", [
        ("75.2%", "rate", 75.2, None, "%", "exact", "actual", "level", 2019),
        ("73.1%", "rate", 73.1, None, "%", "exact", "actual", "level", 2019),
        ("70%", "rate", 70, None, "%", "exact", "target", "level", 2019)]),
    # …but the part of a whole that meets a requirement is a result
    ("全县现有乡镇卫生院18所,其中达到省定建设要求的12所。", "results", [
        ("18所", "count", 18, None, "所", "exact", "actual", "level", 2019),
        ("12所", "count", 12, None, "所", "exact", "actual", "level", 2019)]),
    # what was actually done after the last part of a whole is of the whole: that part was no task
    ("下达补助资金2786.5万元,其中中央资金1952万元、县级配套资金332.9万元,实际拨付2643.2万元。", "results", [
        ("2786.5万元", "money", 2786.5, None, "万元", "exact", "actual", "level", 2019),
        ("1952万元", "money", 1952, None, "万元", "exact", "actual", "level", 2019),
        ("332.9万元", "money", 332.9, None, "万元", "exact", "actual", "level", 2019),
        ("2643.2万元", "money", 2643.2, None, "万元", "exact", "actual", "level", 2019)]),
    ("全省有9个市州每千人口床位数超过6张,有3所卫生院业务用房面积不足800平方米。", "results", [
        ("9个", "count", 9, None, "个", "exact", "actual", "level", 2019),
        ("3所", "count", 3, None, "所", "exact", "actual", "level", 2019)]),
    ("核实真实率86.3%,3个单位真实率低于80%;其中2个乡镇卫生院随访规范率不足75%。", "results", [
        ("86.3%", "rate", 86.3, None, "%", "exact", "actual", "level", 2019),
        ("3个", "count", 3, None, "个", "exact", "actual", "level", 2019),
        ("2个", "count", 2, None, "个", "exact", "actual", "level", 2019)]),
    # a range with its unit written twice is one range; 从…到 is a rise
    ("投资一千五百万元至二千万元,门诊量从12万人次到15万人次。", "results", [
        ("一千五百万元至二千万元", "money", 1500, 2000, "万元", "exact", "actual", "level", 2019),
        ("12万人次", "count", 120000, None, "人次", "exact", "baseline", "level", None),
        ("15万人次", "count", 150000, None, "人次", "exact", "actual", "level", 2019)]),
    # a plan table's base year is a baseline; 增幅 after a change is the change of the same thing
    ("人均预期寿命:2020年基数80.2岁,2021年目标80.5岁。", "plan", [
        ("80.2岁", "quantity", 80.2, None, "岁", "exact", "baseline", "level", 2020),
        ("80.5岁", "quantity", 80.5, None, "岁", "exact", "target", "level", 2021)]),
    # 百分之 written once before a list of numbers in Chinese numerals
    ("高血压、糖尿病患者规范管理率分别达到百分之四十和三十五以上。", "results", [
        ("百分之四十", "rate", 40, None, "%", "at_least", "actual", "level", 2019),
        ("三十五以上", "rate", 35, None, "%", "at_least", "actual", "level", 2019)]),
    # counts of visits to things (件次, 例次, 期次) keep their 次
    ("全年共接待群众来信来访36件次,开展新生儿疾病筛查3560例次。", "results", [
        ("36件次", "count", 36, None, "件次", "exact", "actual", "level", 2019),
        ("3560例次", "count", 3560, None, "例次", "exact", "actual", "level", 2019)]),
    # a baseline whose year the text does not say has none (FACTS.md: null when nothing tells)
    ("公卫经费由原来的841万元提高到3312万元。", "results", [
        ("841万元", "money", 841, None, "万元", "exact", "baseline", "level", None),
        ("3312万元", "money", 3312, None, "万元", "exact", "actual", "level", 2019)]),
    ("力争到2020年建档立卡贫困人员100%参保。", "results", [
        ("100%", "rate", 100, None, "%", "exact", "target", "level", 2020)]),
    ("年内“五星级卫生所”达到15个。", "plan", [
        ("15个", "count", 15, None, "个", "exact", "target", "level", 2020)]),
    ("2011年,参合率达到了99.8%。", "results", [
        ("99.8%", "rate", 99.8, None, "%", "exact", "actual", "level", 2011)]),
    ("明年,孕产妇系统管理率要达到90%。", "results", [
        ("90%", "rate", 90, None, "%", "exact", "target", "level", 2020)]),
    # a goal for a five-year period is for its last year; a result within it is not dated by it
    ("“十四五”期间,全县人均预期寿命达到79岁以上。", "plan", [
        ("79岁以上", "quantity", 79, None, "岁", "at_least", "target", "level", 2025)]),
    ("十三五期间,全县累计投入资金5亿元。", "results", [
        ("5亿元", "money", 50000, None, "万元", "exact", "actual", "level", 2019)]),
    # the sex ratio at birth: boys per 100 girls, bare or as n:100
    ("出生人口性别比控制在108以内,政策符合率95.2%。", "results", [
        ("108以内", "rate", 108, None, "女=100", "at_most", "actual", "level", 2019),
        ("95.2%", "rate", 95.2, None, "%", "exact", "actual", "level", 2019)]),
    ("全县出生性别比为107.5:100。", "results", [
        ("107.5:100", "rate", 107.5, None, "女=100", "exact", "actual", "level", 2019)]),
    ("完成适龄儿童窝沟封闭3200颗牙。", "results", [
        ("3200颗", "count", 3200, None, "颗", "exact", "actual", "level", 2019)]),
    ("分三轮次开展集中消杀,引进两个社会组织参与宣传。", "results", [
        ("三轮次", "count", 3, None, "轮次", "exact", "actual", "level", 2019),
        ("两个", "count", 2, None, "个", "exact", "actual", "level", 2019)]),
    ("已为17.6万家庭53.2万居民建立了健康档案。", "results", [
        ("17.6万家庭", "count", 176000, None, "户", "exact", "actual", "level", 2019),
        ("53.2万居民", "count", 532000, None, "人", "exact", "actual", "level", 2019)]),
    ("全年共投入约3千万元用于村卫生室建设,三千万元已到位。", "results", [
        ("3千万元", "money", 3000, None, "万元", "approx", "actual", "level", 2019),
        ("三千万元", "money", 3000, None, "万元", "exact", "actual", "level", 2019)]),
    ("县配套14万资金还没发。", "results", [
        ("14万", "money", 14, None, "万元", "exact", "actual", "level", 2019)]),
    ("群众满意度为最高,获得91.8分。", "results", [
        ("91.8分", "quantity", 91.8, None, "分", "exact", "actual", "level", 2019)]),
    # a measure word followed by the noun measured: the noun is the unit (FACTS.md)
    ("审批时限压缩至5个工作日,累计培训120个学时。", "results", [
        ("5个工作日", "quantity", 5, None, "工作日", "exact", "actual", "level", 2019),
        ("120个学时", "quantity", 120, None, "学时", "exact", "actual", "level", 2019)]),
    ("签约贫困人口68653人。", "results", [
        ("68653人", "count", 68653, None, "人", "exact", "actual", "level", 2019)]),
    ("到十三五末,居民电子健康档案建档率达到90%。", "results", [
        ("90%", "rate", 90, None, "%", "exact", "target", "level", 2020)]),
    ("明年将新建社区卫生服务站5个。", "results", [
        ("5个", "count", 5, None, "个", "exact", "target", "level", 2020)]),
    ("今年全县已完成改厕3200户,2020年继续完成3000户。", "results", [
        ("3200户", "count", 3200, None, "户", "exact", "actual", "level", 2019),
        ("3000户", "count", 3000, None, "户", "exact", "target", "level", 2020)]),
    ("2020年将实现全覆盖,覆盖率达到100%。", "results", [
        ("100%", "rate", 100, None, "%", "exact", "target", "level", 2020)]),
    # a year opening a part after ; dates the facts of that part
    ("今年全县已完成改厕3200户;2020年将实现全覆盖,覆盖率达到100%。", "results", [
        ("3200户", "count", 3200, None, "户", "exact", "actual", "level", 2019),
        ("100%", "rate", 100, None, "%", "exact", "target", "level", 2020)]),
    # …but a year a results section dates its results by says the document's year was misread
    ("2020年,全县共为参合农民免费体检7.4万人,参合率达到了98.5%。", "results", [
        ("7.4万人", "count", 74000, None, "人", "exact", "actual", "level", 2020),
        ("98.5%", "rate", 98.5, None, "%", "exact", "actual", "level", 2020)]),
    ("15年底全县住院分娩率达到99%。", "results", [
        ("99%", "rate", 99, None, "%", "exact", "actual", "level", 2015)]),
    ("药占比下降20%～30%。", "results", [
        ("20%～30%", "rate", 20, 30, "%", "exact", "actual", "change", 2019)]),
    ("今年新建村卫生室三十六个,明年计划新建一万二千平方米业务用房。", "results", [
        ("三十六个", "count", 36, None, "个", "exact", "actual", "level", 2019),
        ("一万二千平方米", "quantity", 12000, None, "平方米", "exact", "target", "level", 2020)]),
    ("免疫规划疫苗接种率达到百分之九十五,漏报率控制在百分之二以内。", "results", [
        ("百分之九十五", "rate", 95, None, "%", "exact", "actual", "level", 2019),
        ("百分之二以内", "rate", 2, None, "%", "at_most", "actual", "level", 2019)]),
    # 本 before 项目 is "this", not a measure word (list numbering after an amount: …万元2.3本项目)
    ("项目总投资3541.07万元2.3本项目建设内容包括门诊楼,发放健康教育手册2000本。", "results", [
        ("3541.07万元", "money", 3541.07, None, "万元", "exact", "actual", "level", 2019),
        ("2000本", "count", 2000, None, "本", "exact", "actual", "level", 2019)]),
    # 千分点 is a change of a rate in ‰, as 百分点 is of one in %; 近三年来 is no name
    ("与2015年相比,婴儿死亡率下降了2.1个千分点,近三年来累计投入资金1.5亿元。", "results", [
        ("2.1个千分点", "rate", 2.1, None, "千分点", "exact", "actual", "change", 2019),
        ("1.5亿元", "money", 15000, None, "万元", "exact", "actual", "level", 2019)]),
    ("一类疫苗、二类疫苗分别接种12.6万和3.2万剂次。", "results", [
        ("12.6万", "count", 126000, None, "剂次", "exact", "actual", "level", 2019),
        ("3.2万剂次", "count", 32000, None, "剂次", "exact", "actual", "level", 2019)]),
    # two neighbouring digits are a range, not a number: 两三个 is two or three
    ("完成两三个村的改造,新建四五个村卫生室。", "results", [
        ("两三个", "count", 2, 3, "个", "exact", "actual", "level", 2019),
        ("四五个", "count", 4, 5, "个", "exact", "actual", "level", 2019)]),
    # Chinese decimals, and the 百 of 百分之百; 三点要求 is no number
    ("住院分娩率达百分之百,婴儿死亡率为千分之三点五,受益群众三点五万人,落实三点要求。", "results", [
        ("百分之百", "rate", 100, None, "%", "exact", "actual", "level", 2019),
        ("千分之三点五", "rate", 3.5, None, "‰", "exact", "actual", "level", 2019),
        ("三点五万人", "count", 35000, None, "人", "exact", "actual", "level", 2019)]),
    # the longest qualifier word wins, whichever qualifier it is: 不超过 ends in 超过
    ("医疗费用增长不超过10%,门诊人次同比增长不低于5%,完成免疫接种5.6万针次。", "plan", [
        ("10%", "rate", 10, None, "%", "at_most", "target", "change", 2020),
        ("5%", "rate", 5, None, "%", "at_least", "target", "change", 2020),
        ("5.6万针次", "count", 56000, None, "针次", "exact", "target", "level", 2020)]),
    # 成 is a tenth: 九成以上 is at least 90 %; 成员, 成立 and 一成不变 are no share
    ("电子建档率达到九成以上,全县已有七成乡镇卫生院达标,3成员参加,5成立,一成不变。", "results", [
        ("九成以上", "rate", 90, None, "%", "at_least", "actual", "level", 2019),
        ("七成", "rate", 70, None, "%", "exact", "actual", "level", 2019)]),
    # one and two tenths are shares too, not the ordinals 一 and 二 are before other measure words
    ("在岗村医平均年龄56.4岁,45岁以下的不到二成,门急诊人次同比下降一成多。", "results", [
        ("56.4岁", "quantity", 56.4, None, "岁", "exact", "actual", "level", 2019),
        ("二成", "rate", 20, None, "%", "at_most", "actual", "level", 2019),
        ("一成多", "rate", 10, None, "%", "at_least", "actual", "change", 2019)]),
    ("发病率为十万分之五,万分感谢5位同志。", "results", [
        ("十万分之五", "rate", 5, None, "/10万", "exact", "actual", "level", 2019),
        ("5位", "count", 5, None, "人", "exact", "actual", "level", 2019)]),
    ("46510人参加了妇女病查治,三轮次集中消杀全部完成。", "results", [
        ("46510人", "count", 46510, None, "人", "exact", "actual", "level", 2019),
        ("三轮次", "count", 3, None, "轮次", "exact", "actual", "level", 2019)]),
    ("长生桥、迎龙镇卫生院分别上报19、10条信息。", "results", [
        ("19", "count", 19, None, "条", "exact", "actual", "level", 2019),
        ("10条", "count", 10, None, "条", "exact", "actual", "level", 2019)]),
    ("全区总诊疗人次达215.3万,出院人数6.1万。", "results", [
        ("215.3万", "count", 2153000, None, "人次", "exact", "actual", "level", 2019),
        ("6.1万", "count", 61000, None, "人", "exact", "actual", "level", 2019)]),
    ("全年共完成体检3,250人次。", "results", [
        ("3,250人次", "count", 3250, None, "人次", "exact", "actual", "level", 2019)]),
    # 岁 is a quantity only after 寿命; elsewhere it says who is counted
    ("全县人均预期寿命达到77.8岁,为65岁以上老年人体检1.2万人。", "results", [
        ("77.8岁", "quantity", 77.8, None, "岁", "exact", "actual", "level", 2019),
        ("1.2万人", "count", 12000, None, "人", "exact", "actual", "level", 2019)]),
    ("全市常住人口52.3万。", "results", [
        ("52.3万", "count", 523000, None, "人", "exact", "actual", "level", 2019)]),
    # an amount obtained (争取到) is no target; 争取到 a year is
    ("积极争取到上级项目资金1.2亿元。", "results", [
        ("1.2亿元", "money", 12000, None, "万元", "exact", "actual", "level", 2019)]),
    ("争取到2025年签约率达到90%。", "results", [
        ("90%", "rate", 90, None, "%", "exact", "target", "level", 2025)]),
    # a share of a group is a fact; a threshold naming who is counted is not (NON_FACTS)
    ("超过90%的乡镇卫生院达到标准。", "results", [
        ("90%", "rate", 90, None, "%", "at_least", "actual", "level", 2019)]),
    # an estimate of the year's own result in its review is the result as the report gives it, no goal;
    # one of a later year or of a project's completion is a goal, and so is the year's in a plan
    ("目标任务完成率达到100%,预计全年门急诊人次将突破80万。", "results", [
        ("100%", "rate", 100, None, "%", "exact", "actual", "completion", 2019),
        ("80万", "count", 800000, None, "人次", "at_least", "actual", "level", 2019)]),
    ("截至11月底,全县完成门诊诊疗46.3万人次,预计全年完成52万人次,同比增长6.5%。", "results", [
        ("46.3万人次", "count", 463000, None, "人次", "exact", "actual", "level", 2019),
        ("52万人次", "count", 520000, None, "人次", "exact", "actual", "level", 2019),
        ("6.5%", "rate", 6.5, None, "%", "exact", "actual", "change", 2019)]),
    ("孕产妇系统管理率93.7%,全年预计可达到95%;住院人次预计全年达到1.52万人次。", "results", [
        ("93.7%", "rate", 93.7, None, "%", "exact", "actual", "level", 2019),
        ("95%", "rate", 95, None, "%", "exact", "actual", "level", 2019),
        ("1.52万人次", "count", 15200, None, "人次", "exact", "actual", "level", 2019)]),
    ("预计明年6月竣工,总投资1.35亿元;预计2025年全县每千人口床位数达到6.5张。", "results", [
        ("1.35亿元", "money", 13500, None, "万元", "exact", "target", "level", 2020),
        ("6.5张", "count", 6.5, None, "张", "exact", "target", "level", 2025)]),
    ("预计全年完成门诊诊疗52万人次。", "plan", [
        ("52万人次", "count", 520000, None, "人次", "exact", "target", "level", 2020)]),
    # a sentence opening on the report's own year estimates that year's result; one naming a later year does not
    ("2019年,全区卫生总费用预计达到268.3亿元。", "results", [
        ("268.3亿元", "money", 2683000, None, "万元", "exact", "actual", "level", 2019)]),
    ("2019年,全区卫生总费用预计2020年达到268.3亿元。", "results", [
        ("268.3亿元", "money", 2683000, None, "万元", "exact", "target", "level", 2020)]),
    # a gap to another area's average said with 较 is a change, as with 比, and no value of the place's
    ("全县人均预期寿命79.2岁,较全省平均高0.9岁,全省平均为78.3岁。", "results", [
        ("79.2岁", "quantity", 79.2, None, "岁", "exact", "actual", "level", 2019),
        ("0.9岁", "quantity", 0.9, None, "岁", "exact", "actual", "change", 2019),
        ("78.3岁", "quantity", 78.3, None, "岁", "exact", "actual", "level", 2019)]),
    # the year a change is measured from (比2018年, 较2017年) is not the fact's year
    ("2019年全县门诊量较2018年增长5%,比2018年提高5个百分点。", "results", [
        ("5%", "rate", 5, None, "%", "exact", "actual", "change", 2019),
        ("5个百分点", "rate", 5, None, "百分点", "exact", "actual", "change", 2019)]),
    ("与2017年相比,门诊人次增长8.2%。", "results", [
        ("8.2%", "rate", 8.2, None, "%", "exact", "actual", "change", 2019)]),
    # a baseline (由上年的, 从2015年的) is the earlier year's; the value it rose to is this year's
    ("儿童健康管理率由上年的85%提高到90%。", "results", [
        ("85%", "rate", 85, None, "%", "exact", "baseline", "level", 2018),
        ("90%", "rate", 90, None, "%", "exact", "actual", "level", 2019)]),
    # a later baseline of the sentence is of the year its first was given (上年), as 由2018年的 gives
    ("乡镇卫生院门诊次均费用由上年的48.6元下降到39.2元,住院次均费用由1120元下降到968元。", "results", [
        ("48.6元", "money", 0.00486, None, "万元", "exact", "baseline", "level", 2018),
        ("39.2元", "money", 0.00392, None, "万元", "exact", "actual", "level", 2019),
        ("1120元", "money", 0.112, None, "万元", "exact", "baseline", "level", 2018),
        ("968元", "money", 0.0968, None, "万元", "exact", "actual", "level", 2019)]),
    ("从2015年的72%提高到2019年的85%。", "results", [
        ("72%", "rate", 72, None, "%", "exact", "baseline", "level", 2015),
        ("85%", "rate", 85, None, "%", "exact", "actual", "level", 2019)]),
    ("药品收入占比由2018年的45.6%下降到38.2%。", "results", [
        ("45.6%", "rate", 45.6, None, "%", "exact", "baseline", "level", 2018),
        ("38.2%", "rate", 38.2, None, "%", "exact", "actual", "level", 2019)]),
    # a number in words before 为县… is an amount, not a place's name as 三台县 is
    ("投资一百二十万元为县疾控中心购置了实验室检测设备。", "results", [
        ("一百二十万元", "money", 120, None, "万元", "exact", "actual", "level", 2019)]),
    # a baseline's year in two digits dates the baseline only
    ("人群感染率由03年的3.2%下降到1.1%,药品收入占比由18年底的45.6%下降到38.2%。", "results", [
        ("3.2%", "rate", 3.2, None, "%", "exact", "baseline", "level", 2003),
        ("1.1%", "rate", 1.1, None, "%", "exact", "actual", "level", 2019),
        ("45.6%", "rate", 45.6, None, "%", "exact", "baseline", "level", 2018),
        ("38.2%", "rate", 38.2, None, "%", "exact", "actual", "level", 2019)]),
    # a baseline before an event (改革前) has no year the text says
    ("药品收入占比由改革前的46.2%下降至35.8%。", "results", [
        ("46.2%", "rate", 46.2, None, "%", "exact", "baseline", "level", None),
        ("35.8%", "rate", 35.8, None, "%", "exact", "actual", "level", 2019)]),
    # …and so has one at the start of a term (任期初), which a 述职报告 compares with
    ("全县具有高级职称人员由任期初的152人增加到238人。", "results", [
        ("152人", "count", 152, None, "人", "exact", "baseline", "level", None),
        ("238人", "count", 238, None, "人", "exact", "actual", "level", 2019)]),
    # 至少 before a verb of the number (至少配备1名) is at least; 多少有 is not
    ("每个乡镇卫生院至少配备1名全科医生,至少有3名医师,多少有5个。", "plan", [
        ("1名", "count", 1, None, "人", "at_least", "target", "level", 2020),
        ("3名", "count", 3, None, "人", "at_least", "target", "level", 2020),
        ("5个", "count", 5, None, "个", "exact", "target", "level", 2020)]),
    # 百余 and 千余 are at least 100 and 1000; 个亿 is 亿; yuan left out of 亿 is still 亿 yuan
    ("培训医务人员百余人次,千余名群众受益,投入资金2.6个亿,争取资金1.5亿、3000万。", "results", [
        ("百余人次", "count", 100, None, "人次", "at_least", "actual", "level", 2019),
        ("千余名", "count", 1000, None, "人", "at_least", "actual", "level", 2019),
        ("2.6个亿", "money", 26000, None, "万元", "exact", "actual", "level", 2019),
        ("1.5亿", "money", 15000, None, "万元", "exact", "actual", "level", 2019),
        ("3000万", "money", 3000, None, "万元", "exact", "actual", "level", 2019)]),
    ("筹集资金14-16万。", "results", [
        ("14-16万", "money", 14, 16, "万元", "exact", "actual", "level", 2019)]),
    # a list after a share of a quota done is a list of such shares
    ("改造乡镇卫生院12所、村卫生室56个,分别完成年度任务的120%和112%。", "results", [
        ("12所", "count", 12, None, "所", "exact", "actual", "level", 2019),
        ("56个", "count", 56, None, "个", "exact", "actual", "level", 2019),
        ("120%", "rate", 120, None, "%", "exact", "actual", "completion", 2019),
        ("112%", "rate", 112, None, "%", "exact", "actual", "completion", 2019)]),
    # 分别 after the list's clause, before a verb of reaching or a comparison; 以下 closes both rates
    ("进一步降低孕产妇死亡率和婴儿死亡率,分别控制在20/10万和8‰以下。", "plan", [
        ("20/10万", "rate", 20, None, "/10万", "at_most", "target", "level", 2020),
        ("8‰以下", "rate", 8, None, "‰", "at_most", "target", "level", 2020)]),
    ("高血压、糖尿病患者规范管理率分别较2018年提高3个和5个百分点。", "results", [
        ("3个", "rate", 3, None, "百分点", "exact", "actual", "change", 2019),
        ("5个百分点", "rate", 5, None, "百分点", "exact", "actual", "change", 2019)]),
    ("全县共有卫生院12所,村卫生室300个,分别比上年增加2所、10个。", "results", [
        ("12所", "count", 12, None, "所", "exact", "actual", "level", 2019),
        ("300个", "count", 300, None, "个", "exact", "actual", "level", 2019),
        ("2所", "count", 2, None, "所", "exact", "actual", "change", 2019),
        ("10个", "count", 10, None, "个", "exact", "actual", "change", 2019)]),
    # 缩短 and 延长 are changes, and 缩短至 reaches a value from a baseline
    ("平均住院日由9.8天缩短至8.5天,比上年缩短1.3天,人均预期寿命延长了0.5岁。", "results", [
        ("9.8天", "quantity", 9.8, None, "天", "exact", "baseline", "level", None),
        ("8.5天", "quantity", 8.5, None, "天", "exact", "actual", "level", 2019),
        ("1.3天", "quantity", 1.3, None, "天", "exact", "actual", "change", 2019),
        ("0.5岁", "quantity", 0.5, None, "岁", "exact", "actual", "change", 2019)]),
    # counted since a year: up to the report's year, not in the year it started
    ("2016年以来,累计投入资金5亿元,新建乡镇卫生院12所。", "results", [
        ("5亿元", "money", 50000, None, "万元", "exact", "actual", "level", 2019),
        ("12所", "count", 12, None, "所", "exact", "actual", "level", 2019)]),
    # 计划免疫 is the immunisation programme, not a plan
    ("全年完成计划免疫接种8.6万剂次,完成年度计划的105%。", "results", [
        ("8.6万剂次", "count", 86000, None, "剂次", "exact", "actual", "level", 2019),
        ("105%", "rate", 105, None, "%", "exact", "actual", "completion", 2019)]),
    # 近万, 上万 and 逾千 are about, at least and over ten thousand or a thousand
    ("受益群众近万人,服务群众上万人次,培训逾千人。", "results", [
        ("万人", "count", 10000, None, "人", "approx", "actual", "level", 2019),
        ("上万人次", "count", 10000, None, "人次", "at_least", "actual", "level", 2019),
        ("千人", "count", 1000, None, "人", "at_least", "actual", "level", 2019)]),
    # the aspiration after a commitment (增长8%,力争10%) is a change too (user research, 2.1)
    ("业务总收入增长8%,力争10%。", "plan", [
        ("8%", "rate", 8, None, "%", "exact", "target", "change", 2020),
        ("10%", "rate", 10, None, "%", "exact", "target", "change", 2020)]),
    # 下一步 in a summary looks ahead to the next year
    ("下一步,将力争全县居民健康档案建档率达到95%。", "results", [
        ("95%", "rate", 95, None, "%", "exact", "target", "level", 2020)]),
    ("上年完成体检2000人。", "results", [
        ("2000人", "count", 2000, None, "人", "exact", "actual", "level", 2018)]),
    # a rate of none takes its indicator's unit; a rate the dictionary does not know stays out
    ("孕产妇死亡率为0,婴儿死亡率为零,手足口病发病率为0。", "results", [
        ("0", "rate", 0, None, "/10万", "exact", "actual", "level", 2019),
        ("零", "rate", 0, None, "‰", "exact", "actual", "level", 2019)]),
    ("高血压患者规范管理率为0。", "results", [  # one fact, though it is also a bare rate
        ("0", "rate", 0, None, "%", "exact", "actual", "level", 2019)]),
    # 自然增长率 is the name of a level, though it ends in a word of change
    ("年末全县常住人口出生率为10.2‰,自然增长率4.1‰。", "results", [
        ("10.2‰", "rate", 10.2, None, "‰", "exact", "actual", "level", 2019),
        ("4.1‰", "rate", 4.1, None, "‰", "exact", "actual", "level", 2019)]),
    # 岁 is a quantity after 寿命, even far after it, and not in an age that says who is counted;
    # a period in quotes ends in its year
    ("全县人均预期寿命较2020年提高1岁,达到79.5岁,65岁以上老年人健康管理率72%。", "results", [
        ("1岁", "quantity", 1, None, "岁", "exact", "actual", "change", 2019),
        ("79.5岁", "quantity", 79.5, None, "岁", "exact", "actual", "level", 2019),
        ("72%", "rate", 72, None, "%", "exact", "actual", "level", 2019)]),
    ("到“十四五”末,全县每千人口医疗卫生机构床位数达到6.5张。", "plan", [
        ("6.5张", "count", 6.5, None, "张", "exact", "target", "level", 2025)]),
    # 岁 after a value in 岁 just found in its sentence is a quantity too, however far from 寿命
    ("本县居民人均预期寿命由2015年的76.4岁提高到77.6岁,距规划确定的2020年78.5岁的目标还差0.9岁。", "results", [
        ("76.4岁", "quantity", 76.4, None, "岁", "exact", "baseline", "level", 2015),
        ("77.6岁", "quantity", 77.6, None, "岁", "exact", "actual", "level", 2019),
        ("78.5岁", "quantity", 78.5, None, "岁", "exact", "target", "level", 2020),
        ("0.9岁", "quantity", 0.9, None, "岁", "exact", "actual", "change", 2019)]),
    # what a target rate actually reached is its level, not a share of a quota
    ("2.糖尿病患者规范管理率:目标60%,完成58.1%。", "results", [
        ("60%", "rate", 60, None, "%", "exact", "target", "level", 2019),
        ("58.1%", "rate", 58.1, None, "%", "exact", "actual", "level", 2019)]),
    ("高血压患者规范管理率目标为70%,实际完成65.2%。", "results", [
        ("70%", "rate", 70, None, "%", "exact", "target", "level", 2019),
        ("65.2%", "rate", 65.2, None, "%", "exact", "actual", "level", 2019)]),
    # a noun of change names a change even before 为 or 达到, which make 提高为 95% a level
    ("全县门诊量增长率为8.2%,住院人次增幅达到5.1%,出院人数提高为3200人。", "results", [
        ("8.2%", "rate", 8.2, None, "%", "exact", "actual", "change", 2019),
        ("5.1%", "rate", 5.1, None, "%", "exact", "actual", "change", 2019),
        ("3200人", "count", 3200, None, "人", "exact", "actual", "level", 2019)]),
    ("人口自然增长率为4.1‰。", "results", [
        ("4.1‰", "rate", 4.1, None, "‰", "exact", "actual", "level", 2019)]),
    # a result compared with the plan is no target; a rate named with 目标人群 or 应签 is no quota
    ("比计划增加了5个百分点,目标人群覆盖率达到80%以上,贫困人口应签尽签率100%。", "results", [
        ("5个百分点", "rate", 5, None, "百分点", "exact", "actual", "change", 2019),
        ("80%以上", "rate", 80, None, "%", "at_least", "actual", "level", 2019),
        ("100%", "rate", 100, None, "%", "exact", "actual", "level", 2019)]),
    # in the plan for 2020, a number of 2019 without a commitment is a result
    ("2019年全县共完成门诊量45万人次,2020年力争突破50万人次。", "plan", [
        ("45万人次", "count", 450000, None, "人次", "exact", "actual", "level", 2019),
        ("50万人次", "count", 500000, None, "人次", "at_least", "target", "level", 2020)]),
    ("2019年力争完成投资3000万元。", "plan", [
        ("3000万元", "money", 3000, None, "万元", "exact", "target", "level", 2019)]),
    # …and so is one of 去年, the year before the one planned; 去年基础上 is where a goal starts from
    ("去年全县孕产妇系统管理率为93.5%,今年力争达到95%以上。", "plan", [
        ("93.5%", "rate", 93.5, None, "%", "exact", "actual", "level", 2019),
        ("95%以上", "rate", 95, None, "%", "at_least", "target", "level", 2020)]),
    ("在上年基础上,全县家庭医生签约率提高3个百分点。", "plan", [
        ("3个百分点", "rate", 3, None, "百分点", "exact", "target", "change", 2020)]),
    # a deadline in a clause before dates the clauses after it, as one opening the sentence does
    ("力争县妇幼保健院迁建项目2022年底前投入使用,总投资1.8亿元,设置床位150张。", "plan", [
        ("1.8亿元", "money", 18000, None, "万元", "exact", "target", "level", 2022),
        ("150张", "count", 150, None, "张", "exact", "target", "level", 2022)]),
    # the value a change starts from is a baseline of its own year, after 由/从 or 比/较 with 的
    ("乡村医生补助标准由每人每月300元提高到500元。", "results", [
        ("300元", "money", 0.03, None, "万元", "exact", "baseline", "level", None),
        ("500元", "money", 0.05, None, "万元", "exact", "actual", "level", 2019)]),
    # 目前 dates a result to the report year, whatever year the sentence opened with
    ("到2020年全县每千人口床位数达到6张,目前已达5.2张。", "results", [
        ("6张", "count", 6, None, "张", "exact", "target", "level", 2020),
        ("5.2张", "count", 5.2, None, "张", "exact", "actual", "level", 2019)]),
    # 与去年同期比 says what a change is measured against, not the year of the change
    ("收治住院病人2156人次,与去年同期比减少3.2%。", "results", [
        ("2156人次", "count", 2156, None, "人次", "exact", "actual", "level", 2019),
        ("3.2%", "rate", 3.2, None, "%", "exact", "actual", "change", 2019)]),
    # a share of a task whose value is given in brackets is a completion
    ("签约率30.1%,完成县下达任务(30%)的100.3%。", "results", [
        ("30.1%", "rate", 30.1, None, "%", "exact", "actual", "level", 2019),
        ("30%", "rate", 30, None, "%", "exact", "quota", "level", 2019),
        ("100.3%", "rate", 100.3, None, "%", "exact", "actual", "completion", 2019)]),
    # …and so is the share of a goal or of its progress, said as a 比例 or not
    ("每千人口床位数达到5.9张,完成2020年目标(6.5张)的比例为90.8%,护士数仅完成目标进度的61.2%。", "results", [
        ("5.9张", "count", 5.9, None, "张", "exact", "actual", "level", 2019),
        ("6.5张", "count", 6.5, None, "张", "exact", "target", "level", 2020),
        ("90.8%", "rate", 90.8, None, "%", "exact", "actual", "completion", 2019),
        ("61.2%", "rate", 61.2, None, "%", "exact", "actual", "completion", 2019)]),
    # a numeral after a Latin name is counted as any other; one in a place's name is not
    ("为县医院购置DR两台。", "results", [("两台", "count", 2, None, "台", "exact", "actual", "level", 2019)]),
    # pieces of equipment, machines and instruments together
    ("全年更新乡镇卫生院医疗设备126台件。", "results", [("126台件", "count", 126, None, "台件", "exact", "actual", "level", 2019)]),
    ("在三个县区开展试点,三台县参加。", "results", [("三个", "count", 3, None, "个", "exact", "actual", "level", 2019)]),
    # what is to be done by a later time, said after the number, is a target for that time;
    # a goal named after a rate is that rate's
    ("全县已建成标准化村卫生室180所,剩余40所将于明年完成。", "results", [
        ("180所", "count", 180, None, "所", "exact", "actual", "level", 2019),
        ("40所", "count", 40, None, "所", "exact", "target", "level", 2020)]),
    ("剩余40所计划于2021年完成。", "results", [("40所", "count", 40, None, "所", "exact", "target", "level", 2021)]),
    ("目前全县家庭医生签约率为35%,距离年底目标40%还有差距。", "results", [
        ("35%", "rate", 35, None, "%", "exact", "actual", "level", 2019),
        ("40%", "rate", 40, None, "%", "exact", "target", "level", 2019)]),
    # per thousand written /千; 人·次 is 人次
    ("新生儿死亡率为3.2/千,全年门诊12.6万人·次。", "results", [
        ("3.2/千", "rate", 3.2, None, "‰", "exact", "actual", "level", 2019),
        ("12.6万人·次", "count", 126000, None, "人次", "exact", "actual", "level", 2019)]),
    # a closing 以下 bounds every number of a list of three; 降至 after 分别 is no part of a name
    ("到2025年,孕产妇死亡率、婴儿死亡率、5岁以下儿童死亡率分别降至12/10万、5‰和6‰以下。", "plan", [
        ("12/10万", "rate", 12, None, "/10万", "at_most", "target", "level", 2025),
        ("5‰", "rate", 5, None, "‰", "at_most", "target", "level", 2025),
        ("6‰以下", "rate", 6, None, "‰", "at_most", "target", "level", 2025)]),
    # whatever a plan says of a period is for its end, what it has added up too
    ("“十四五”期间,累计投入卫生健康基础设施资金15亿元。", "plan", [
        ("15亿元", "money", 150000, None, "万元", "exact", "target", "level", 2025)]),
    # numbers with 万 and no unit after 分别 take the units their names give; so does 农民
    ("门急诊人次、出院人数分别为35.6万、1.2万。", "results", [
        ("35.6万", "count", 356000, None, "人次", "exact", "actual", "level", 2019),
        ("1.2万", "count", 12000, None, "人", "exact", "actual", "level", 2019)]),
    ("全县参合农民40.5万,参合率98.6%。", "results", [
        ("40.5万", "count", 405000, None, "人", "exact", "actual", "level", 2019),
        ("98.6%", "rate", 98.6, None, "%", "exact", "actual", "level", 2019)]),
    # a rate that fell to none is none in its earlier value's unit; a life expectancy far
    # after its name is still one; a baseline without a year is of the year the sentence's
    # baselines were given
    ("全县人均预期寿命由2014年的75.2岁提高到2019年的77.1岁,孕产妇死亡率由25.3/10万下降到0。", "results", [
        ("75.2岁", "quantity", 75.2, None, "岁", "exact", "baseline", "level", 2014),
        ("77.1岁", "quantity", 77.1, None, "岁", "exact", "actual", "level", 2019),
        ("25.3/10万", "rate", 25.3, None, "/10万", "exact", "baseline", "level", 2014),
        ("0", "rate", 0, None, "/10万", "exact", "actual", "level", 2019)]),
    # 亿 then 万 is one amount
    ("完成投资1亿2000万元。", "results", [("1亿2000万元", "money", 12000, None, "万元", "exact", "actual", "level", 2019)]),
    # bed-days are no beds
    ("县医院全年实际占用总床日数8.9万床日。", "results", [("8.9万床日", "quantity", 89000, None, "床日", "exact", "actual", "level", 2019)]),
    # a target cue carries over the clauses of its part of a sentence, not past a ;
    ("一是确保改革医院平稳运行;二是截至10月份,全区共零差价销售药品29369万元。", "results", [
        ("29369万元", "money", 29369, None, "万元", "exact", "actual", "level", 2019)]),
    ("力争高血压患者规范管理率达到75%,糖尿病患者规范管理率达到70%。", "results", [
        ("75%", "rate", 75, None, "%", "exact", "target", "level", 2019),
        ("70%", "rate", 70, None, "%", "exact", "target", "level", 2019)]),
    # two counts that happen to be 1 and 2 are counts
    ("新建1个社区卫生服务中心、2个服务站。", "results", [
        ("1个", "count", 1, None, "个", "exact", "actual", "level", 2019),
        ("2个", "count", 2, None, "个", "exact", "actual", "level", 2019)]),
    # a task in a plan section is the plan year's
    ("省下达我市家庭医生签约任务数为120万人。", "plan", [
        ("120万人", "count", 1200000, None, "人", "exact", "quota", "level", 2020)]),
    # a number that the words after it or its bracket call a goal is a target
    ("县域内就诊率距离90%以上的目标虽已达到,但外转率仍然偏高。", "results", [
        ("90%以上", "rate", 90, None, "%", "at_least", "target", "level", 2019)]),
    ("健康素养水平达到26.8%,超出省定目标(25%)1.8个百分点。", "results", [
        ("26.8%", "rate", 26.8, None, "%", "exact", "actual", "level", 2019),
        ("25%", "rate", 25, None, "%", "exact", "target", "level", 2019),
        ("1.8个百分点", "rate", 1.8, None, "百分点", "exact", "actual", "change", 2019)]),
    # a share of any task, plan or goal is a completion
    ("完成上级下达任务的105%,达到计划的112%。", "results", [
        ("105%", "rate", 105, None, "%", "exact", "actual", "completion", 2019),
        ("112%", "rate", 112, None, "%", "exact", "actual", "completion", 2019)]),
    # …written as a fraction too
    ("完成两癌筛查1500人,占县下达任务的三分之二。", "results", [
        ("1500人", "count", 1500, None, "人", "exact", "actual", "level", 2019),
        ("三分之二", "rate", 66.67, None, "%", "exact", "actual", "completion", 2019)]),
    # so is a share of a project's whole work (总工程量)
    ("县中医院迁建项目完成投资8600万元,已完成总工程量的75%。", "results", [
        ("8600万元", "money", 8600, None, "万元", "exact", "actual", "level", 2019),
        ("75%", "rate", 75, None, "%", "exact", "actual", "completion", 2019)]),
    # the year a sentence opens with dates its result, not the value it rose from; a year it
    # compares with does
    ("2019年,婴儿死亡率由5.2‰下降到4.1‰。", "results", [
        ("5.2‰", "rate", 5.2, None, "‰", "exact", "baseline", "level", None),
        ("4.1‰", "rate", 4.1, None, "‰", "exact", "actual", "level", 2019)]),
    ("与2018年相比,婴儿死亡率由5.2‰下降到4.1‰。", "results", [
        ("5.2‰", "rate", 5.2, None, "‰", "exact", "baseline", "level", 2018),
        ("4.1‰", "rate", 4.1, None, "‰", "exact", "actual", "level", 2019)]),
    ("较2015年的12.3‰下降到6.1‰,比上年的85%提高到90%,门诊量比上年增长5%。", "results", [
        ("12.3‰", "rate", 12.3, None, "‰", "exact", "baseline", "level", 2015),
        ("6.1‰", "rate", 6.1, None, "‰", "exact", "actual", "level", 2019),
        ("85%", "rate", 85, None, "%", "exact", "baseline", "level", 2018),
        ("90%", "rate", 90, None, "%", "exact", "actual", "level", 2019),
        ("5%", "rate", 5, None, "%", "exact", "actual", "change", 2019)]),
    # 只 counts things (口罩, 药物品种), not when it is "only"
    ("储备口罩5万只,使用国家基本药物品种203只,参加人数100只有一半。", "results", [
        ("5万只", "count", 50000, None, "只", "exact", "actual", "level", 2019),
        ("203只", "count", 203, None, "只", "exact", "actual", "level", 2019)]),
    # a target stated in a summary (目标值, 应达到, 指标要求) is a target of the report's year;
    # a result that beats a target is not one
    ("高血压患者规范管理率目标值为60%,电子建档率应达到80%,我县为82.3%,超过省定目标5个百分点。", "results", [
        ("60%", "rate", 60, None, "%", "exact", "target", "level", 2019),
        ("80%", "rate", 80, None, "%", "exact", "target", "level", 2019),
        ("82.3%", "rate", 82.3, None, "%", "exact", "actual", "level", 2019),
        ("5个百分点", "rate", 5, None, "百分点", "exact", "actual", "change", 2019)]),
    # 需达到 and 须达到 demand a value as 应达到 does; what is done beside it stays a result
    ("依照上级要求,负压病房床位需达到总床位的3%,现已改造负压病房56张。", "results", [
        ("3%", "rate", 3, None, "%", "exact", "target", "level", 2019),
        ("56张", "count", 56, None, "张", "exact", "actual", "level", 2019)]),
    ("各乡镇卫生院发热诊室须达到2间以上。", "results", [
        ("2间以上", "count", 2, None, "间", "at_least", "target", "level", 2019)]),
    # 需配置 and 应配备 demand a stock as 需达到 does; what is built beside it stays a result
    ("全县需配置重症监护床位96张,已建成重症监护床位72张。", "results", [
        ("96张", "count", 96, None, "张", "exact", "target", "level", 2019),
        ("72张", "count", 72, None, "张", "exact", "actual", "level", 2019)]),
    ("每个乡镇卫生院应配备全科医生2名以上。", "results", [
        ("2名以上", "count", 2, None, "人", "at_least", "target", "level", 2019)]),
    # a listed 0 takes its indicator's unit (none is none in any unit), not the list's
    ("孕产妇死亡率、婴儿死亡率分别为0、3.2‰。", "results", [
        ("0", "rate", 0, None, "/10万", "exact", "actual", "level", 2019),
        ("3.2‰", "rate", 3.2, None, "‰", "exact", "actual", "level", 2019)]),
    # a list after a change is a list of changes
    ("门诊和住院人次分别增长5%和8%,发病率分别下降12.3%、8.5%。", "results", [
        ("5%", "rate", 5, None, "%", "exact", "actual", "change", 2019),
        ("8%", "rate", 8, None, "%", "exact", "actual", "change", 2019),
        ("12.3%", "rate", 12.3, None, "%", "exact", "actual", "change", 2019),
        ("8.5%", "rate", 8.5, None, "%", "exact", "actual", "change", 2019)]),
    # funds 争取 in a summary were obtained; a share of the year's plan is a completion
    ("全年共争取各类项目资金近3000万元,完成投资2.3亿元,占年度计划的115%。", "results", [
        ("3000万元", "money", 3000, None, "万元", "approx", "actual", "level", 2019),
        ("2.3亿元", "money", 23000, None, "万元", "exact", "actual", "level", 2019),
        ("115%", "rate", 115, None, "%", "exact", "actual", "completion", 2019)]),
    # bonds obtained, as funds obtained, in a summary
    ("争取地方政府专项债券1.5亿元,争取抗疫特别国债3000万元。", "results", [
        ("1.5亿元", "money", 15000, None, "万元", "exact", "actual", "level", 2019),
        ("3000万元", "money", 3000, None, "万元", "exact", "actual", "level", 2019)]),
    ("争取上级项目资金5000万元。", "plan", [
        ("5000万元", "money", 5000, None, "万元", "exact", "target", "level", 2020)]),
    # a task assigned from above is a quota, whatever stands between 下达 and 任务; couples are counted in 对
    ("市下达我县2020年家庭医生签约任务12万人,签约率达到35%以上。", "plan", [
        ("12万人", "count", 120000, None, "人", "exact", "quota", "level", 2020),
        ("35%以上", "rate", 35, None, "%", "at_least", "target", "level", 2020)]),
    # one name and as many years as numbers: each number is its year's
    ("2017-2019年,全县孕产妇死亡率分别为15.2/10万、12.1/10万和9.8/10万。", "results", [
        ("15.2/10万", "rate", 15.2, None, "/10万", "exact", "actual", "level", 2017),
        ("12.1/10万", "rate", 12.1, None, "/10万", "exact", "actual", "level", 2018),
        ("9.8/10万", "rate", 9.8, None, "/10万", "exact", "actual", "level", 2019)]),
    # …and so are as many years counted back from the report's (a 述职报告's 三年来, 2019's report)
    ("三年来,全县婴儿死亡率分别为4.1‰、3.6‰和3.2‰。", "results", [
        ("4.1‰", "rate", 4.1, None, "‰", "exact", "actual", "level", 2017),
        ("3.6‰", "rate", 3.6, None, "‰", "exact", "actual", "level", 2018),
        ("3.2‰", "rate", 3.2, None, "‰", "exact", "actual", "level", 2019)]),
    # …also when their count alone opens the sentence (三年, in a summary of the three years to the report's)
    ("三年全市出生人口分别为4.12万人、3.86万人、3.35万人。", "results", [
        ("4.12万人", "count", 41200, None, "人", "exact", "actual", "level", 2017),
        ("3.86万人", "count", 38600, None, "人", "exact", "actual", "level", 2018),
        ("3.35万人", "count", 33500, None, "人", "exact", "actual", "level", 2019)]),
    ("2016年、2017年、2018年全县门诊量分别为42万人次、45万人次、48万人次。", "results", [
        ("42万人次", "count", 420000, None, "人次", "exact", "actual", "level", 2016),
        ("45万人次", "count", 450000, None, "人次", "exact", "actual", "level", 2017),
        ("48万人次", "count", 480000, None, "人次", "exact", "actual", "level", 2018)]),
    # …and one listed between two rates (12.1/10万、0和…) is read once
    ("三年来,全县孕产妇死亡率分别为12.1/10万、0和10.9/10万。", "results", [
        ("12.1/10万", "rate", 12.1, None, "/10万", "exact", "actual", "level", 2017),
        ("0", "rate", 0, None, "/10万", "exact", "actual", "level", 2018),
        ("10.9/10万", "rate", 10.9, None, "/10万", "exact", "actual", "level", 2019)]),
    # a year without a case listed last (…和0) is none, in the unit of the rate before it
    ("三年来,全县孕产妇死亡率分别为0、12.8/10万和0。", "results", [
        ("0", "rate", 0, None, "/10万", "exact", "actual", "level", 2017),
        ("12.8/10万", "rate", 12.8, None, "/10万", "exact", "actual", "level", 2018),
        ("0", "rate", 0, None, "/10万", "exact", "actual", "level", 2019)]),
    # a clause that adds up the years to now is not of the year the sentence opens with
    ("2015年全面取消药品加成,五年累计让利群众1.36亿元。", "results", [
        ("1.36亿元", "money", 13600, None, "万元", "exact", "actual", "level", 2019)]),
    # …also after 分别 with a verb and a long noun of its own
    ("2017年、2018年分别落实基层医疗机构补助资金1560万元和1820万元。", "results", [
        ("1560万元", "money", 1560, None, "万元", "exact", "actual", "level", 2017),
        ("1820万元", "money", 1820, None, "万元", "exact", "actual", "level", 2018)]),
    ("建档率由上年的百分之八十提高到百分之八十五。", "results", [
        ("百分之八十", "rate", 80, None, "%", "exact", "baseline", "level", 2018),
        ("百分之八十五", "rate", 85, None, "%", "exact", "actual", "level", 2019)]),
    # passing a plan by 5.2% is a change, not 5.2% of it done; a share of a planned amount is done,
    # not planned; a distance from a goal is a result
    ("全年完成新农合筹资4560万元,超计划完成5.2%。", "results", [
        ("4560万元", "money", 4560, None, "万元", "exact", "actual", "level", 2019),
        ("5.2%", "rate", 5.2, None, "%", "exact", "actual", "change", 2019)]),
    ("实际完成投资3200万元,占计划投资的80%;签约率为45%,比省定目标高5个百分点。", "results", [
        ("3200万元", "money", 3200, None, "万元", "exact", "actual", "level", 2019),
        ("80%", "rate", 80, None, "%", "exact", "actual", "completion", 2019),
        ("45%", "rate", 45, None, "%", "exact", "actual", "level", 2019),
        ("5个百分点", "rate", 5, None, "百分点", "exact", "actual", "change", 2019)]),
    ("居民健康素养水平2022年、2025年分别达到25%和30%。", "plan", [
        ("25%", "rate", 25, None, "%", "exact", "target", "level", 2022),
        ("30%", "rate", 30, None, "%", "exact", "target", "level", 2025)]),
    # a bound said once after 分别 bounds every number of its list
    ("力争高血压、糖尿病患者规范管理率分别不低于65%和60%。", "plan", [
        ("65%", "rate", 65, None, "%", "at_least", "target", "level", 2020),
        ("60%", "rate", 60, None, "%", "at_least", "target", "level", 2020)]),
    ("0-6岁儿童应管理1620人,实际管理1552人。", "results", [
        ("1620人", "count", 1620, None, "人", "exact", "quota", "level", 2019),
        ("1552人", "count", 1552, None, "人", "exact", "actual", "level", 2019)]),
    ("市下达我县改水改厕任务3000户,实际完成3215户。", "results", [
        ("3000户", "count", 3000, None, "户", "exact", "quota", "level", 2019),
        ("3215户", "count", 3215, None, "户", "exact", "actual", "level", 2019)]),
    ("免费孕前优生健康检查任务为2500对,实际检查2613对。", "results", [
        ("2500对", "count", 2500, None, "对", "exact", "quota", "level", 2019),
        ("2613对", "count", 2613, None, "对", "exact", "actual", "level", 2019)]),
    # a number between 下达 and its 任务, or after a heading of tasks, is a quota
    ("改厕6300户,为市下达5000户任务的126%。", "results", [
        ("6300户", "count", 6300, None, "户", "exact", "actual", "level", 2019),
        ("5000户", "count", 5000, None, "户", "exact", "quota", "level", 2019),
        ("126%", "rate", 126, None, "%", "exact", "actual", "completion", 2019)]),
    ("下达各乡镇任务数:免费孕前检查1200对。", "results", [
        ("1200对", "count", 1200, None, "对", "exact", "quota", "level", 2019)]),
    # the places' shares of a task, after 其中, are quotas too, in a plan as in a result
    ("省下达各市州招生任务数共2000名,其中衡阳市260名、邵阳市240名。", "plan", [
        ("2000名", "count", 2000, None, "人", "exact", "quota", "level", 2020),
        ("260名", "count", 260, None, "人", "exact", "quota", "level", 2020),
        ("240名", "count", 240, None, "人", "exact", "quota", "level", 2020)]),
    ("市下达我县改水改厕任务3000户,其中城关镇800户,已完成3215户。", "results", [
        ("3000户", "count", 3000, None, "户", "exact", "quota", "level", 2019),
        ("800户", "count", 800, None, "户", "exact", "quota", "level", 2019),
        ("3215户", "count", 3215, None, "户", "exact", "actual", "level", 2019)]),
    # shares of a task or a budget done, listed or not
    ("实际完成宫颈癌检查6218人、乳腺癌检查6105人,任务完成率分别为103.6%和101.8%。", "results", [
        ("6218人", "count", 6218, None, "人", "exact", "actual", "level", 2019),
        ("6105人", "count", 6105, None, "人", "exact", "actual", "level", 2019),
        ("103.6%", "rate", 103.6, None, "%", "exact", "actual", "completion", 2019),
        ("101.8%", "rate", 101.8, None, "%", "exact", "actual", "completion", 2019)]),
    ("拨付项目资金1865万元,占全年预算的52%。", "results", [
        ("1865万元", "money", 1865, None, "万元", "exact", "actual", "level", 2019),
        ("52%", "rate", 52, None, "%", "exact", "actual", "completion", 2019)]),
    # a bound alone reports what was done in a summary; a demand or a pledge makes it a goal
    ("全年共培训乡村医生1200余人次,每人培训不少于40学时。", "results", [
        ("1200余人次", "count", 1200, None, "人次", "at_least", "actual", "level", 2019),
        ("40学时", "quantity", 40, None, "学时", "at_least", "actual", "level", 2019)]),
    ("绩效目标:孕产妇系统管理率达到90%以上,新生儿访视率不低于88%。", "results", [
        ("90%以上", "rate", 90, None, "%", "at_least", "target", "level", 2019),
        ("88%", "rate", 88, None, "%", "at_least", "target", "level", 2019)]),
    ("要求各乡镇每月开展不少于2次。", "results", [
        ("2次", "count", 2, None, "次", "at_least", "target", "level", 2019)]),
    # a bound before the whole a share is of bounds the share
    ("药品收入不超过总收入的40%。", "results", [("40%", "rate", 40, None, "%", "at_most", "actual", "level", 2019)]),
    # 去年 opening a sentence dates all its clauses, but not 去年以来
    ("去年全县参合率为94.7%,筹集基金3862万元;去年以来,全县新建卫生院5所。", "results", [
        ("94.7%", "rate", 94.7, None, "%", "exact", "actual", "level", 2018),
        ("3862万元", "money", 3862, None, "万元", "exact", "actual", "level", 2018),
        ("5所", "count", 5, None, "所", "exact", "actual", "level", 2019)]),
    # a threshold of price or payment says which are counted
    ("配置医疗设备126台,其中单价50万元以上设备18台,单次补偿在1万元以上的患者35人。", "results", [
        ("126台", "count", 126, None, "台", "exact", "actual", "level", 2019),
        ("18台", "count", 18, None, "台", "exact", "actual", "level", 2019),
        ("35人", "count", 35, None, "人", "exact", "actual", "level", 2019)]),
    # the ceiling a change was kept under is its goal
    ("公立医院医疗费用增长幅度为5.6%,控制在8%以内。", "results", [
        ("5.6%", "rate", 5.6, None, "%", "exact", "actual", "change", 2019),
        ("8%以内", "rate", 8, None, "%", "at_most", "target", "change", 2019)]),
    # rises and falls named 回升, 多完成; a change against the quarter before, or 9月底, is of the value before
    ("第三季度门诊量环比下降11.4%,第四季度环比回升12.6%;完成两癌检查3200人,较上年多完成460人。", "results", [
        ("11.4%", "rate", 11.4, None, "%", "exact", "actual", "change", 2019),
        ("12.6%", "rate", 12.6, None, "%", "exact", "actual", "change", 2019),
        ("3200人", "count", 3200, None, "人", "exact", "actual", "level", 2019),
        ("460人", "count", 460, None, "人", "exact", "actual", "change", 2019)]),
    # a national ceiling is a goal set elsewhere, and a bound; a distance from an average may be approximate
    ("医疗费用增长率控制在8.6%,低于国家确定的10%控制线,比全国平均水平低约2个百分点。", "results", [
        ("8.6%", "rate", 8.6, None, "%", "exact", "actual", "change", 2019),
        ("10%", "rate", 10, None, "%", "at_most", "target", "level", 2019),
        ("2个百分点", "rate", 2, None, "百分点", "approx", "actual", "change", 2019)]),
    # strict signs bound too; a range in Chinese numerals may start at one
    ("人均预期寿命>77.3岁,孕产妇死亡率<18/10万,力争县外转诊率再下降一至两个百分点。", "plan", [
        ("77.3岁", "quantity", 77.3, None, "岁", "at_least", "target", "level", 2020),
        ("18/10万", "rate", 18, None, "/10万", "at_most", "target", "level", 2020),
        ("一至两个百分点", "rate", 1, 2, "百分点", "exact", "target", "change", 2020)]),
    # fractions are shares; 降价 is a fall; an average age is a quantity
    ("占全县老年人口的四分之三左右,县外转诊人次下降了近三分之一,集采药品平均降价53%,乡村医生平均年龄超过55岁。", "results", [
        ("四分之三左右", "rate", 75, None, "%", "approx", "actual", "level", 2019),
        ("三分之一", "rate", 33.33, None, "%", "approx", "actual", "change", 2019),
        ("53%", "rate", 53, None, "%", "exact", "actual", "change", 2019),
        ("55岁", "quantity", 55, None, "岁", "at_least", "actual", "level", 2019)]),
    ("出生人口性别比在110左右。", "results", [("110左右", "rate", 110, None, "女=100", "approx", "actual", "level", 2019)]),
    # a count named before a colon; 约占 is approximate; 从上一年的 starts a change; 争取 funds is a result
    ("门诊人次:125.6万,增长8.2%;线上培训约占60%;每人筹资额从上一年的290元增加到340元。", "results", [
        ("125.6万", "count", 1256000, None, "人次", "exact", "actual", "level", 2019),
        ("8.2%", "rate", 8.2, None, "%", "exact", "actual", "change", 2019),
        ("60%", "rate", 60, None, "%", "approx", "actual", "level", 2019),
        ("290元", "money", 0.029, None, "万元", "exact", "baseline", "level", 2018),
        ("340元", "money", 0.034, None, "万元", "exact", "actual", "level", 2019)]),
    ("全年争取中央、省基层医疗卫生机构建设项目资金2680万元。", "results", [
        ("2680万元", "money", 2680, None, "万元", "exact", "actual", "level", 2019)]),
    # a national requirement after a rate is a goal set elsewhere
    ("2型糖尿病患者基层规范管理服务率为66.1%(均高于国家60%的要求)。", "results", [
        ("66.1%", "rate", 66.1, None, "%", "exact", "actual", "level", 2019),
        ("60%", "rate", 60, None, "%", "exact", "target", "level", 2019)]),
    # tenths after 成, and 多; Chinese numerals with 余 before 万元; Chinese decimals from 零点 and 一点
    ("普及率达到九成五,基层就诊率七成多,资助资金四十余万元,比上年提高一点二个百分点。", "results", [
        ("九成五", "rate", 95, None, "%", "exact", "actual", "level", 2019),
        ("七成多", "rate", 70, None, "%", "at_least", "actual", "level", 2019),
        ("四十余万元", "money", 40, None, "万元", "at_least", "actual", "level", 2019),
        ("一点二个百分点", "rate", 1.2, None, "百分点", "exact", "actual", "change", 2019)]),
    # changes listed after 增幅分别为; a baseline with a bound before it
    ("次均门诊费用168.3元,次均住院费用6215元,增幅分别为2.1%和3.4%。", "results", [
        ("168.3元", "money", 0.01683, None, "万元", "exact", "actual", "level", 2019),
        ("6215元", "money", 0.6215, None, "万元", "exact", "actual", "level", 2019),
        ("2.1%", "rate", 2.1, None, "%", "exact", "actual", "change", 2019),
        ("3.4%", "rate", 3.4, None, "%", "exact", "actual", "change", 2019)]),
    ("检测能力由年初的不足200份提升到5000份。", "results", [
        ("200份", "count", 200, None, "份", "at_most", "baseline", "level", 2019),
        ("5000份", "count", 5000, None, "份", "exact", "actual", "level", 2019)]),
    # in a plan, what there is now (目前, 现有) is where a change starts from, of the year the report was
    # written, and the value reached is the plan's
    ("单日核酸检测能力由目前的1万管提高到3万管,病床由现有的120张增加到200张。", "plan", [
        ("1万管", "count", 10000, None, "管", "exact", "baseline", "level", 2019),
        ("3万管", "count", 30000, None, "管", "exact", "target", "level", 2020),
        ("120张", "count", 120, None, "张", "exact", "baseline", "level", 2019),
        ("200张", "count", 200, None, "张", "exact", "target", "level", 2020)]),
    ("出生人口性别比稳定在107以下。", "plan", [("107以下", "rate", 107, None, "女=100", "at_most", "target", "level", 2020)]),
    # a bare count after a label that names its unit, in a list of name:value pairs
    ("3.手术台次:6830,增长11.5%;出生人口:5230,奖励扶助对象:8465。", "results", [
        ("6830", "count", 6830, None, "台次", "exact", "actual", "level", 2019),
        ("11.5%", "rate", 11.5, None, "%", "exact", "actual", "change", 2019),
        ("5230", "count", 5230, None, "人", "exact", "actual", "level", 2019),
        ("8465", "count", 8465, None, "人", "exact", "actual", "level", 2019)]),
    # a sex ratio in a row of values
    ("出生人口性别比:111.6", "results", [("111.6", "rate", 111.6, None, "女=100", "exact", "actual", "level", 2019)]),
    # a count of kinds before the count of cases; residents imply people
    ("全年报告法定传染病十一种一千零八十六例,为全县52.6万城乡居民提供服务。", "results", [
        ("十一种", "count", 11, None, "种", "exact", "actual", "level", 2019),
        ("一千零八十六例", "count", 1086, None, "例", "exact", "actual", "level", 2019),
        ("52.6万城乡居民", "count", 526000, None, "人", "exact", "actual", "level", 2019)]),
    # what was done of a task is a result; a plan's task is a quota; a goal's level is no change
    ("其中完成市下达接种任务2.53万人,任务完成率为101.2%。", "results", [
        ("2.53万人", "count", 25300, None, "人", "exact", "actual", "level", 2019),
        ("101.2%", "rate", 101.2, None, "%", "exact", "actual", "completion", 2019)]),
    ("完成农村妇女宫颈癌检查任务1万人。", "plan", [("1万人", "count", 10000, None, "人", "exact", "quota", "level", 2020)]),
    # …and so is each one's size of a task shared by a list (宫颈癌、乳腺癌筛查任务各4200人)
    ("完成市下达免费婚前医学检查任务2300对,宫颈癌、乳腺癌筛查任务各4200人。", "plan", [
        ("2300对", "count", 2300, None, "对", "exact", "quota", "level", 2020),
        ("4200人", "count", 4200, None, "人", "exact", "quota", "level", 2020)]),
    ("健康管理率69.4%,未完成70%的目标任务。", "results", [
        ("69.4%", "rate", 69.4, None, "%", "exact", "actual", "level", 2019),
        ("70%", "rate", 70, None, "%", "exact", "target", "level", 2019)]),
    ("建档率达到61.2%,超额完成60%的目标。", "results", [
        ("61.2%", "rate", 61.2, None, "%", "exact", "actual", "level", 2019),
        ("60%", "rate", 60, None, "%", "exact", "target", "level", 2019)]),
    # a goal to be reached on the pace so far is still ahead: its year is not said, unless it is the year's
    ("吸烟率为23.4%,按此进度,可如期实现20%以下的目标。", "results", [
        ("23.4%", "rate", 23.4, None, "%", "exact", "actual", "level", 2019),
        ("20%以下", "rate", 20, None, "%", "at_most", "target", "level", None)]),
    ("签约率为38.6%,按此进度,可如期完成40%的年度目标。", "results", [
        ("38.6%", "rate", 38.6, None, "%", "exact", "actual", "level", 2019),
        ("40%", "rate", 40, None, "%", "exact", "target", "level", 2019)]),
    ("新农合定点医疗机构由上年的96家调整为104家。", "results", [
        ("96家", "count", 96, None, "家", "exact", "baseline", "level", 2018),
        ("104家", "count", 104, None, "家", "exact", "actual", "level", 2019)]),
    ("按照人均不低于15元的标准,落实经费574万元。", "results", [
        ("15元", "money", 0.0015, None, "万元", "at_least", "actual", "level", 2019),
        ("574万元", "money", 574, None, "万元", "exact", "actual", "level", 2019)]),
    # 不足 and 不到 bound from above
    ("乡镇卫生院在岗执业医师平均不足8人,托育机构入托不足三成。", "results", [
        ("8人", "count", 8, None, "人", "at_most", "actual", "level", 2019),
        ("三成", "rate", 30, None, "%", "at_most", "actual", "level", 2019)]),
    # 万一 inside a number is no "in case"
    ("为老年人健康体检两万一千余人,资金五万一千二百元。", "results", [
        ("两万一千余人", "count", 21000, None, "人", "at_least", "actual", "level", 2019),
        ("五万一千二百元", "money", 5.12, None, "万元", "exact", "actual", "level", 2019)]),
    # a completion is a result, unless it is pledged or planned
    ("两个项目完成投资不到计划的四成。", "results", [
        ("两个", "count", 2, None, "个", "exact", "actual", "level", 2019),
        ("四成", "rate", 40, None, "%", "at_most", "actual", "completion", 2019)]),
    ("确保全年筛查3000人,完成率100%。", "results", [
        ("3000人", "count", 3000, None, "人", "exact", "target", "level", 2019),
        ("100%", "rate", 100, None, "%", "exact", "target", "completion", 2019)]),
    ("全年完成计划的90%。", "plan", [
        ("90%", "rate", 90, None, "%", "exact", "target", "completion", 2020)]),
    # measure words of inspection rounds, sample tubes, orders, letters and banners; minutes
    ("开展专项检查3轮,日检测能力达到62万管,配送药品约9万单,检查学校654所次。", "results", [
        ("3轮", "count", 3, None, "轮", "exact", "actual", "level", 2019),
        ("62万管", "count", 620000, None, "管", "exact", "actual", "level", 2019),
        ("9万单", "count", 90000, None, "单", "approx", "actual", "level", 2019),
        ("654所次", "count", 654, None, "所次", "exact", "actual", "level", 2019)]),
    ("收到表扬信46封、锦旗38面,进门至球囊扩张时间缩短至68分钟。", "results", [
        ("46封", "count", 46, None, "封", "exact", "actual", "level", 2019),
        ("38面", "count", 38, None, "面", "exact", "actual", "level", 2019),
        ("68分钟", "quantity", 68, None, "分钟", "exact", "actual", "level", 2019)]),
    # the value a change is compared with, or starts from, is a baseline
    ("全县活产数为5284人,比上年的5916人减少632人。", "results", [
        ("5284人", "count", 5284, None, "人", "exact", "actual", "level", 2019),
        ("5916人", "count", 5916, None, "人", "exact", "baseline", "level", 2018),
        ("632人", "count", 632, None, "人", "exact", "actual", "change", 2019)]),
    # …and so is last month's, in a month's analysis, whose year the text does not say
    ("流行性感冒本月报告138例,较上月的72例上升91.67%。", "results", [
        ("138例", "count", 138, None, "例", "exact", "actual", "level", 2019),
        ("72例", "count", 72, None, "例", "exact", "baseline", "level", None),
        ("91.67%", "rate", 91.67, None, "%", "exact", "actual", "change", 2019)]),
    # 由 before last year's value starts a change from it as 比 does
    ("乡镇卫生院提升工程完成投资2340万元,由上年的1520万元增加820万元。", "results", [
        ("2340万元", "money", 2340, None, "万元", "exact", "actual", "level", 2019),
        ("1520万元", "money", 1520, None, "万元", "exact", "baseline", "level", 2018),
        ("820万元", "money", 820, None, "万元", "exact", "actual", "change", 2019)]),
    ("孕产妇死亡率为18.93/10万,较上年的33.8/10万明显下降。", "results", [
        ("18.93/10万", "rate", 18.93, None, "/10万", "exact", "actual", "level", 2019),
        ("33.8/10万", "rate", 33.8, None, "/10万", "exact", "baseline", "level", 2018)]),
    # …and so is the value before a reform, of no year said
    ("县域就诊率累计提高5.1个百分点,较医共体改革前的84.2%明显提升。", "results", [
        ("5.1个百分点", "rate", 5.1, None, "百分点", "exact", "actual", "change", 2019),
        ("84.2%", "rate", 84.2, None, "%", "exact", "baseline", "level", None)]),
    ("医保基金支出增幅由上年的11.2%回落至6.8%,病种由21种扩大到30种。", "results", [
        ("11.2%", "rate", 11.2, None, "%", "exact", "baseline", "level", 2018),
        ("6.8%", "rate", 6.8, None, "%", "exact", "actual", "level", 2019),
        ("21种", "count", 21, None, "种", "exact", "baseline", "level", 2018),
        ("30种", "count", 30, None, "种", "exact", "actual", "level", 2019)]),
    # measure words of passes, livestock and tents; seconds and doses of radiation; 日 after 住院日
    ("检测项目1.87万项次,检测过往车辆12.6万辆次,查耕牛3420头,家畜化疗4150头次,帐篷12顶。", "results", [
        ("1.87万项次", "count", 18700, None, "项次", "exact", "actual", "level", 2019),
        ("12.6万辆次", "count", 126000, None, "辆次", "exact", "actual", "level", 2019),
        ("3420头", "count", 3420, None, "头", "exact", "actual", "level", 2019),
        ("4150头次", "count", 4150, None, "头次", "exact", "actual", "level", 2019),
        ("12顶", "count", 12, None, "顶", "exact", "actual", "level", 2019)]),
    ("调度时间平均缩短约20秒,年人均有效剂量为0.42毫希沃特,平均住院日8.6日,3月8日起施行。", "results", [
        ("20秒", "quantity", 20, None, "秒", "approx", "actual", "change", 2019),
        ("0.42毫希沃特", "quantity", 0.42, None, "毫希沃特", "exact", "actual", "level", 2019),
        ("8.6日", "quantity", 8.6, None, "天", "exact", "actual", "level", 2019)]),
    # a time written in two units is one time in the larger (11分30秒: 11.5 分钟, not a score of 11 and 30 秒)
    ("城区平均急救反应时间为11分30秒,农村地区救护车平均到达时间1小时15分钟,调度时间缩短约20秒。", "results", [
        ("11分30秒", "quantity", 11.5, None, "分钟", "exact", "actual", "level", 2019),
        ("1小时15分钟", "quantity", 1.25, None, "小时", "exact", "actual", "level", 2019),
        ("20秒", "quantity", 20, None, "秒", "approx", "actual", "change", 2019)]),
    # a time limit is part of a rate's name; the population a ratio is per and a product's strength are no facts
    ("AEFI报告发生率为66.03/10万剂次,48小时内调查率100%,所有事件均在2小时内到达现场。", "results", [
        ("66.03/10万剂次", "rate", 66.03, None, "/10万", "exact", "actual", "level", 2019),
        ("100%", "rate", 100, None, "%", "exact", "actual", "level", 2019)]),
    # nor is the term a rule keeps people apart for; the people kept apart are counted
    ("对入境人员实行集中隔离14天、居家健康监测7天,全年累计隔离管控2360人。", "results", [
        ("2360人", "count", 2360, None, "人", "exact", "actual", "level", 2019)]),
    ("全年处置聚集性疫情5起,均在10天内实现社会面清零。", "results", [
        ("5起", "count", 5, None, "起", "exact", "actual", "level", 2019)]),
    ("每10万人口拥有救护车1.2辆,使用50%氯硝柳胺可湿性粉剂42.6吨。", "results", [
        ("1.2辆", "count", 1.2, None, "辆", "exact", "actual", "level", 2019),
        ("42.6吨", "quantity", 42600, None, "公斤", "exact", "actual", "level", 2019)]),
    # …nor the population an old report's rate is per, written before its value (每10万人56.3)
    ("全县孕产妇死亡率为每10万人56.3,婴儿死亡率为12.5‰。", "results", [
        ("12.5‰", "rate", 12.5, None, "‰", "exact", "actual", "level", 2019)]),
    # goals in brackets after the word for them, each of the fact stated before it in order, and
    # the shares of them done after the bracket
    ("总诊疗人次达到142.6万人次,完成全年目标任务(170万人次)的83.9%。", "results", [
        ("142.6万人次", "count", 1426000, None, "人次", "exact", "actual", "level", 2019),
        ("170万人次", "count", 1700000, None, "人次", "exact", "target", "level", 2019),
        ("83.9%", "rate", 83.9, None, "%", "exact", "actual", "completion", 2019)]),
    ("新增签约居民5.6万人,完成全年任务(10万人)的56%;完成艾滋病检测5.9万人次,未完成6万人次的任务。", "results", [
        ("5.6万人", "count", 56000, None, "人", "exact", "actual", "level", 2019),
        ("10万人", "count", 100000, None, "人", "exact", "quota", "level", 2019),
        ("56%", "rate", 56, None, "%", "exact", "actual", "completion", 2019),
        ("5.9万人次", "count", 59000, None, "人次", "exact", "actual", "level", 2019),
        ("6万人次", "count", 60000, None, "人次", "exact", "quota", "level", 2019)]),
    # tasks counted, then how many of them are done: the first is how many were set
    ("县政府民生实事中卫生健康类6项任务,目前已完成5项。", "results", [
        ("6项", "count", 6, None, "项", "exact", "quota", "level", 2019),
        ("5项", "count", 5, None, "项", "exact", "actual", "level", 2019)]),
    ("婴儿死亡率2.31‰,5岁以下儿童死亡率3.46‰,均低于年度控制目标(4‰、5‰)。", "results", [
        ("2.31‰", "rate", 2.31, None, "‰", "exact", "actual", "level", 2019),
        ("3.46‰", "rate", 3.46, None, "‰", "exact", "actual", "level", 2019),
        ("4‰", "rate", 4, None, "‰", "exact", "target", "level", 2019),
        ("5‰", "rate", 5, None, "‰", "exact", "target", "level", 2019)]),
    # a bound after the bracket bounds each goal in it
    ("药占比为27.3%,均控制在考核目标(30%、20元)以内。", "results", [
        ("27.3%", "rate", 27.3, None, "%", "exact", "actual", "level", 2019),
        ("30%", "rate", 30, None, "%", "at_most", "target", "level", 2019),
        ("20元", "money", 0.002, None, "万元", "at_most", "target", "level", 2019)]),
    # a table's 年度指标值 is the goal, its 实际完成值 the result
    ("居民电子健康档案建档率:年度指标值≥90%,实际完成值92.50%,得分5。", "results", [
        ("90%", "rate", 90, None, "%", "at_least", "target", "level", 2019),
        ("92.50%", "rate", 92.5, None, "%", "exact", "actual", "level", 2019)]),
    # 及以下 bounds each goal; the years that open a sentence date each list after 分别 in it
    ("到2022年和2030年,健康素养水平分别不低于22%和30%;婴儿死亡率分别控制在7.5‰及以下和5‰及以下。", "plan", [
        ("22%", "rate", 22, None, "%", "at_least", "target", "level", 2022),
        ("30%", "rate", 30, None, "%", "at_least", "target", "level", 2030),
        ("7.5‰及以下", "rate", 7.5, None, "‰", "at_most", "target", "level", 2022),
        ("5‰及以下", "rate", 5, None, "‰", "at_most", "target", "level", 2030)]),
    # a total a planned addition makes is planned too; one already made before it is what there is
    ("年内再建成3个示范化预防接种门诊,累计达到11个;全县累计建成胸痛中心2个,年内再建1个。", "plan", [
        ("3个", "count", 3, None, "个", "exact", "target", "level", 2020),
        ("11个", "count", 11, None, "个", "exact", "target", "level", 2020),
        ("2个", "count", 2, None, "个", "exact", "actual", "level", 2019),
        ("1个", "count", 1, None, "个", "exact", "target", "level", 2020)]),
    # what there is now, in a plan: all of the sentence that opens with 现有; 压减 is a change
    ("全区现有医疗卫生机构218家,其中二级以上医院6家、社区卫生服务站41个,常住人口58.6万人。", "plan", [
        ("218家", "count", 218, None, "家", "exact", "actual", "level", 2019),
        ("6家", "count", 6, None, "家", "exact", "actual", "level", 2019),
        ("41个", "count", 41, None, "个", "exact", "actual", "level", 2019),
        ("58.6万人", "count", 586000, None, "人", "exact", "actual", "level", 2019)]),
    # so is the place as it lies, in a plan's opening: its border and its ports are no goals
    ("全县地处中老边境,国境线长740.8公里,有国家级口岸1个。", "plan", [
        ("740.8公里", "quantity", 740800, None, "米", "exact", "actual", "level", 2019),
        ("1个", "count", 1, None, "个", "exact", "actual", "level", 2019)]),
    # so is the count of all there are, before what all or each of them will do; not a count to be built or done
    ("全县17家乡镇卫生院、284个村卫生室全部实现医保结算,为12家卫生院各配备1台DR。", "plan", [
        ("17家", "count", 17, None, "家", "exact", "actual", "level", 2019),
        ("284个", "count", 284, None, "个", "exact", "actual", "level", 2019),
        ("12家", "count", 12, None, "家", "exact", "actual", "level", 2019),
        ("1台", "count", 1, None, "台", "exact", "target", "level", 2020)]),
    ("新建5个村卫生室,全部投入使用;完成8家卫生院改造,均达到标准。", "plan", [
        ("5个", "count", 5, None, "个", "exact", "target", "level", 2020),
        ("8家", "count", 8, None, "家", "exact", "target", "level", 2020)]),
    ("确保在册患者管理率达到90%,三公经费较上年压减5%以上。", "plan", [
        ("90%", "rate", 90, None, "%", "exact", "target", "level", 2020),
        ("5%以上", "rate", 5, None, "%", "at_least", "target", "change", 2020)]),
    # a band of scores or a price says which are counted; the group some of which are counted is no fact
    ("得分90分以上的7个,低于80分的1个;单位价值100万元以上的设备14台,6个项目中已完成的2个。", "results", [
        ("7个", "count", 7, None, "个", "exact", "actual", "level", 2019),
        ("1个", "count", 1, None, "个", "exact", "actual", "level", 2019),
        ("14台", "count", 14, None, "台", "exact", "actual", "level", 2019),
        ("2个", "count", 2, None, "个", "exact", "actual", "level", 2019)]),
    # …as does the size of the projects or firms counted after it
    ("全年实施5000万元以上项目132个,亿元以上的工业企业12家,新开工1亿元及以上项目28个。", "results", [
        ("132个", "count", 132, None, "个", "exact", "actual", "level", 2019),
        ("12家", "count", 12, None, "家", "exact", "actual", "level", 2019),
        ("28个", "count", 28, None, "个", "exact", "actual", "level", 2019)]),
    # …but a score in brackets after an institution's name is the score it got
    ("月河镇卫生院(91.5分)、平氏镇卫生院(90.8分)位列前两名。", "results", [
        ("91.5分", "quantity", 91.5, None, "分", "exact", "actual", "level", 2019),
        ("90.8分", "quantity", 90.8, None, "分", "exact", "actual", "level", 2019)]),
    ("得分90分以上的单位5个,80至90分的单位8个,80分以下的单位3个。", "results", [
        ("5个", "count", 5, None, "个", "exact", "actual", "level", 2019),
        ("8个", "count", 8, None, "个", "exact", "actual", "level", 2019),
        ("3个", "count", 3, None, "个", "exact", "actual", "level", 2019)]),
    # …and so does a count of times or years before those counted
    ("对无偿献血满20次以上的62名献血者进行表彰,为从医满30年及以上的126名乡村医生发放补助。", "results", [
        ("62名", "count", 62, None, "人", "exact", "actual", "level", 2019),
        ("126名", "count", 126, None, "人", "exact", "actual", "level", 2019)]),
    # a value set against a goal named after it says nothing of the goal's bound; 均 before a change
    ("预计达到18.7%,低于20%的目标;门诊次均费用182.6元,增幅均控制在5%以内。", "results", [
        ("18.7%", "rate", 18.7, None, "%", "exact", "target", "level", 2019),
        ("20%", "rate", 20, None, "%", "exact", "target", "level", 2019),
        ("182.6元", "money", 0.01826, None, "万元", "exact", "actual", "level", 2019),
        ("5%以内", "rate", 5, None, "%", "at_most", "actual", "change", 2019)]),
    # a problem a plan states is of now: after 存在的问题, 匮乏, 仅
    ("存在的问题主要是:卫生人才匮乏,每千人口执业(助理)医师仅1.38人;乡镇卫生院床位使用率不足60%。", "plan", [
        ("1.38人", "count", 1.38, None, "人", "exact", "actual", "level", 2019),
        ("60%", "rate", 60, None, "%", "at_most", "actual", "level", 2019)]),
    # a problem a plan states is of now (存在问题及2019年工作打算 heads both); what is to be done about it is not
    ("一是人员不足,全中心在编人员仅有62人;三是签约质量不高,续约率仅为62.4%。", "plan", [
        ("62人", "count", 62, None, "人", "exact", "actual", "level", 2019),
        ("62.4%", "rate", 62.4, None, "%", "exact", "actual", "level", 2019)]),
    ("针对基层人员不足的问题,全年招聘医学毕业生50名。", "plan", [
        ("50名", "count", 50, None, "人", "exact", "target", "level", 2020)]),
    # the 万 after 余 is of what follows 亿; a task handed down is a quota; case files in 卷
    ("全年筹集资金一亿六千三百余万元,市下达的20个任务全部完成,抽查案卷60卷。", "results", [
        ("一亿六千三百余万元", "money", 16300, None, "万元", "at_least", "actual", "level", 2019),
        ("20个", "count", 20, None, "个", "exact", "quota", "level", 2019),
        ("60卷", "count", 60, None, "卷", "exact", "actual", "level", 2019)]),
    # a range with 万 at both ends; a count that is no hotline; 亩 in 平方米
    ("全年接种15万至18万剂次,签约12345人,开通12345热线,新增用地60亩。", "results", [
        ("15万至18万剂次", "count", 150000, 180000, "剂次", "exact", "actual", "level", 2019),
        ("12345人", "count", 12345, None, "人", "exact", "actual", "level", 2019),
        ("60亩", "quantity", 40000, None, "平方米", "exact", "actual", "level", 2019)]),
    # a task handed down names its kind between (参合任务); 约有 is about
    ("完成市下达的90%参合任务,约有两成企业未开展体检。", "results", [
        ("90%", "rate", 90, None, "%", "exact", "quota", "level", 2019),
        ("两成", "rate", 20, None, "%", "approx", "actual", "level", 2019)]),
    # a target cue opening a plan's sentence does not carry into a clause dated before the plan's year
    ("预计2020年全县门诊量达到52万人次,2019年为48万人次。", "plan", [
        ("52万人次", "count", 520000, None, "人次", "exact", "target", "level", 2020),
        ("48万人次", "count", 480000, None, "人次", "exact", "actual", "level", 2019)]),
    # a budget is what was planned; what was spent, and the share of the budget, are results
    ("行政运行(项):年初预算为486.00万元,支出决算为512.34万元,完成年初预算的105.42%,预算执行率99.2%。", "results", [
        ("486.00万元", "money", 486, None, "万元", "exact", "target", "level", 2019),
        ("512.34万元", "money", 512.34, None, "万元", "exact", "actual", "level", 2019),
        ("105.42%", "rate", 105.42, None, "%", "exact", "actual", "completion", 2019),
        ("99.2%", "rate", 99.2, None, "%", "exact", "actual", "level", 2019)]),
    # prices raised and cut are changes; a share of an agreed amount done is a completion
    ("诊查费等项目平均上调28.6%,大型设备检查项目价格平均下调12%,完成进度84.3%。", "results", [
        ("28.6%", "rate", 28.6, None, "%", "exact", "actual", "change", 2019),
        ("12%", "rate", 12, None, "%", "exact", "actual", "change", 2019),
        ("84.3%", "rate", 84.3, None, "%", "exact", "actual", "completion", 2019)]),
    # a change from the end of a period is of the report's year
    ("人均预期寿命达到78.6岁,比“十二五”末提高1.4岁。", "results", [
        ("78.6岁", "quantity", 78.6, None, "岁", "exact", "actual", "level", 2019),
        ("1.4岁", "quantity", 1.4, None, "岁", "exact", "actual", "change", 2019)]),
    # 上涨 is a change, after the prices it is measured in
    ("次均门诊费用236.8元,按当年价格比上年上涨2.4%。", "results", [
        ("236.8元", "money", 0.02368, None, "万元", "exact", "actual", "level", 2019),
        ("2.4%", "rate", 2.4, None, "%", "exact", "actual", "change", 2019)]),
    # 今年 is the report's year, 明年 the next; a base's year dates nothing after it
    ("15岁以上人群吸烟率由2017年的26.1%下降到今年的24.5%,明年控制在24%以下。", "results", [
        ("26.1%", "rate", 26.1, None, "%", "exact", "baseline", "level", 2017),
        ("24.5%", "rate", 24.5, None, "%", "exact", "actual", "level", 2019),
        ("24%以下", "rate", 24, None, "%", "at_most", "target", "level", 2020)]),
    # a list of changes after 分别 goes on across units; a total investment a share was done of
    ("床位数5.87张、医师2.65人,分别比上年增加0.32张和0.13人;完成投资8650万元,占总投资1.35亿元的64.1%;配套资金应拨付316万元。", "results", [
        ("5.87张", "count", 5.87, None, "张", "exact", "actual", "level", 2019),
        ("2.65人", "count", 2.65, None, "人", "exact", "actual", "level", 2019),
        ("0.32张", "count", 0.32, None, "张", "exact", "actual", "change", 2019),
        ("0.13人", "count", 0.13, None, "人", "exact", "actual", "change", 2019),
        ("8650万元", "money", 8650, None, "万元", "exact", "actual", "level", 2019),
        ("1.35亿元", "money", 13500, None, "万元", "exact", "target", "level", 2019),
        ("64.1%", "rate", 64.1, None, "%", "exact", "actual", "completion", 2019),
        ("316万元", "money", 316, None, "万元", "exact", "quota", "level", 2019)]),
    # a list of values with no name before them
    ("目标为5‰、6‰。", "plan", [
        ("5‰", "rate", 5, None, "‰", "exact", "target", "level", 2020),
        ("6‰", "rate", 6, None, "‰", "exact", "target", "level", 2020)]),
    # below zero; ≥ in words; a rate per thousand people written bare
    ("人口自然增长率为-0.87‰,常住人口增长-1.2%,目标为大于等于90%,千人口献血率为16.9,0-6岁儿童3-5年。", "results", [
        ("-0.87‰", "rate", -0.87, None, "‰", "exact", "actual", "level", 2019),
        ("-1.2%", "rate", 1.2, None, "%", "exact", "actual", "change", 2019),
        ("90%", "rate", 90, None, "%", "at_least", "target", "level", 2019),
        ("16.9", "rate", 16.9, None, "‰", "exact", "actual", "level", 2019)]),
    # a change written with a sign is its size (its way is down)
    ("门诊量同比-2.1%,住院率较上年-0.5个百分点。", "results", [
        ("-2.1%", "rate", 2.1, None, "%", "exact", "actual", "change", 2019),
        ("-0.5个百分点", "rate", 0.5, None, "百分点", "exact", "actual", "change", 2019)]),
    # the year a clause named dates the next clause that names none; not across another time
    ("2016年城乡居民医保整合后,2018年参保率达到98.6%,人均筹资标准提高到960元。", "results", [
        ("98.6%", "rate", 98.6, None, "%", "exact", "actual", "level", 2018),
        ("960元", "money", 0.096, None, "万元", "exact", "actual", "level", 2018)]),
    ("每千人口床位数2018年达到6.8张,十四五末达到7.5张;2018年编制总数1926个,目前空编167个。", "results", [
        ("6.8张", "count", 6.8, None, "张", "exact", "actual", "level", 2018),
        ("7.5张", "count", 7.5, None, "张", "exact", "target", "level", 2025),
        ("1926个", "count", 1926, None, "个", "exact", "actual", "level", 2018),
        ("167个", "count", 167, None, "个", "exact", "actual", "level", 2019)]),
    # changes after 分别 pair with the levels stated, not with the baselines before them
    ("婴儿死亡率由2012年的9.8‰下降到2.6‰,5岁以下儿童死亡率由12.7‰下降到3.9‰,分别下降7.2个和8.8个千分点;"
     "过早死亡率为13.6%,较基线年2015年的16.2%下降2.6个百分点。", "results", [
        ("9.8‰", "rate", 9.8, None, "‰", "exact", "baseline", "level", 2012),
        ("2.6‰", "rate", 2.6, None, "‰", "exact", "actual", "level", 2019),
        ("12.7‰", "rate", 12.7, None, "‰", "exact", "baseline", "level", 2012),
        ("3.9‰", "rate", 3.9, None, "‰", "exact", "actual", "level", 2019),
        ("7.2个", "rate", 7.2, None, "千分点", "exact", "actual", "change", 2019),
        ("8.8个千分点", "rate", 8.8, None, "千分点", "exact", "actual", "change", 2019),
        ("13.6%", "rate", 13.6, None, "%", "exact", "actual", "level", 2019),
        ("16.2%", "rate", 16.2, None, "%", "exact", "baseline", "level", 2015),
        ("2.6个百分点", "rate", 2.6, None, "百分点", "exact", "actual", "change", 2019)]),
    # a norm keeps its own bound; person-months; where a count started, after 平均
    ("人均驻点时间仅为4.2个月,未达到每人每年不少于6个月的要求,累计驻点197人月;药品品种由原来的平均286种增加到512种。", "results", [
        ("4.2个月", "quantity", 4.2, None, "月", "exact", "actual", "level", 2019),
        ("6个月", "quantity", 6, None, "月", "at_least", "target", "level", 2019),
        ("197人月", "count", 197, None, "人月", "exact", "actual", "level", 2019),
        ("286种", "count", 286, None, "种", "exact", "baseline", "level", None),
        ("512种", "count", 512, None, "种", "exact", "actual", "level", 2019)]),
    # two counts in Chinese numerals in a row are both facts; a slogan counting up its parts is none
    ("新开设科室五个,新增诊室三十二个,打造一个中心、两个平台、三个体系,落实十八项医疗核心制度。", "results", [
        ("五个", "count", 5, None, "个", "exact", "actual", "level", 2019),
        ("三十二个", "count", 32, None, "个", "exact", "actual", "level", 2019)]),
    # a rate reached (签约率完成35.8%) is its level; a task passed is the task; passing what was expected is a rise
    ("签约率完成35.8%,新建村卫生室12所,超额完成10所的任务;争取上级项目资金9150万元,超出预期30.7%。", "results", [
        ("35.8%", "rate", 35.8, None, "%", "exact", "actual", "level", 2019),
        ("12所", "count", 12, None, "所", "exact", "actual", "level", 2019),
        ("10所", "count", 10, None, "所", "exact", "quota", "level", 2019),
        ("9150万元", "money", 9150, None, "万元", "exact", "actual", "level", 2019),
        ("30.7%", "rate", 30.7, None, "%", "exact", "actual", "change", 2019)]),
    # 比上年少/多 say which way; 负增长 is a fall; 恢复到2019年水平 dates nothing
    ("立案查处案件57件,比上年少23件,住院人次同比负增长3.6%。", "results", [
        ("57件", "count", 57, None, "件", "exact", "actual", "level", 2019),
        ("23件", "count", 23, None, "件", "exact", "actual", "change", 2019),
        ("3.6%", "rate", 3.6, None, "%", "exact", "actual", "change", 2019)]),
    ("力争全区总诊疗人次恢复到2017年水平,高血压、糖尿病患者规范管理率分别回升到72%和70%。", "plan", [
        ("72%", "rate", 72, None, "%", "exact", "target", "level", 2020),
        ("70%", "rate", 70, None, "%", "exact", "target", "level", 2020)]),
    # blood in 单位 and platelets in 治疗量; about (约合); where a capacity started (由最初的);
    # a hotline's number is no count, a sum of 12345.6万元 is
    ("采集全血93516.5单位(约合18703升),机采血小板1098治疗量;检测能力由最初的300份提升到3000份;卫生健康支出12345.6万元。", "results", [
        ("93516.5单位", "count", 93516.5, None, "单位", "exact", "actual", "level", 2019),
        ("18703升", "quantity", 18703, None, "升", "approx", "actual", "level", 2019),
        ("1098治疗量", "count", 1098, None, "治疗量", "exact", "actual", "level", 2019),
        ("300份", "count", 300, None, "份", "exact", "baseline", "level", None),
        ("3000份", "count", 3000, None, "份", "exact", "actual", "level", 2019),
        ("12345.6万元", "money", 12345.6, None, "万元", "exact", "actual", "level", 2019)]),
    ("城乡差距由上年的7.9/10万缩小到6.33/10万,门急诊人次恢复到6.5万人次。", "results", [
        ("7.9/10万", "rate", 7.9, None, "/10万", "exact", "baseline", "level", 2018),
        ("6.33/10万", "rate", 6.33, None, "/10万", "exact", "actual", "level", 2019),
        ("6.5万人次", "count", 65000, None, "人次", "exact", "actual", "level", 2019)]),
    # a unit before 以上 or 均在 starts no word with them; a baseline of a month
    ("全县30所以上卫生院,产妇17人均在医院分娩;覆盖率由6月份的81.3%提高到90.6%。", "results", [
        ("30所以上", "count", 30, None, "所", "at_least", "actual", "level", 2019),
        ("17人", "count", 17, None, "人", "exact", "actual", "level", 2019),
        ("81.3%", "rate", 81.3, None, "%", "exact", "baseline", "level", None),
        ("90.6%", "rate", 90.6, None, "%", "exact", "actual", "level", 2019)]),
    # a task's size stated in a summary is a quota; a task done is not
    ("糖尿病患者管理任务1260人,实际管理1180人;开展抽查任务18项。", "results", [
        ("1260人", "count", 1260, None, "人", "exact", "quota", "level", 2019),
        ("1180人", "count", 1180, None, "人", "exact", "actual", "level", 2019),
        ("18项", "count", 18, None, "项", "exact", "actual", "level", 2019)]),
    # a value set from above is a quota
    ("人口自然增长率为4.74‰,控制在市下达的7‰以内。", "results", [
        ("4.74‰", "rate", 4.74, None, "‰", "exact", "actual", "level", 2019),
        ("7‰以内", "rate", 7, None, "‰", "at_most", "quota", "level", 2019)]),
    # a task's size that a share done follows, though 开展 opens it
    ("开展双随机抽查任务812户,完成率100%。", "results", [
        ("812户", "count", 812, None, "户", "exact", "quota", "level", 2019),
        ("100%", "rate", 100, None, "%", "exact", "actual", "completion", 2019)]),
    ("人口自然增长率为4.74‰,控制在市级下达的7‰以内。", "results", [
        ("4.74‰", "rate", 4.74, None, "‰", "exact", "actual", "level", 2019),
        ("7‰以内", "rate", 7, None, "‰", "at_most", "quota", "level", 2019)]),
    # a goal set against a result is a goal, and how far the result is from it no change of its series
    ("居民健康档案建档率达到93.8%,比年度目标93%高出0.8个百分点。", "results", [
        ("93.8%", "rate", 93.8, None, "%", "exact", "actual", "level", 2019),
        ("93%", "rate", 93, None, "%", "exact", "target", "level", 2019),
        ("0.8个百分点", "rate", 0.8, None, "百分点", "exact", "actual", "change", 2019)]),
    ("重点人群签约率76.4%,高于全年目标1.4个百分点;孕产妇死亡率超出控制目标2.6个十万分点。", "results", [
        ("76.4%", "rate", 76.4, None, "%", "exact", "actual", "level", 2019),
        ("1.4个百分点", "rate", 1.4, None, "百分点", "exact", "actual", "change", 2019),
        ("2.6个十万分点", "rate", 2.6, None, "十万分点", "exact", "actual", "change", 2019)]),
    # where a rise started, after 每村每年 or 日检
    ("基本药物制度补助由每村每年8000元提高到1.2万元,检测能力由日检2000管提高到日检1.2万管。", "results", [
        ("8000元", "money", 0.8, None, "万元", "exact", "baseline", "level", None),
        ("1.2万元", "money", 1.2, None, "万元", "exact", "actual", "level", 2019),
        ("2000管", "count", 2000, None, "管", "exact", "baseline", "level", None),
        ("1.2万管", "count", 12000, None, "管", "exact", "actual", "level", 2019)]),
    ("核酸单管检测能力由每日0.8万管提升至每日12万管。", "results", [
        ("0.8万管", "count", 8000, None, "管", "exact", "baseline", "level", None),
        ("12万管", "count", 120000, None, "管", "exact", "actual", "level", 2019)]),
    # a bound set from above, a norm in brackets, what there will be once built
    ("要求医疗费用总额增长控制在10%以内,鼠迹阳性率为1.2%,低于C级标准(≤3%),建成后可新增床位300张。", "results", [
        ("10%以内", "rate", 10, None, "%", "at_most", "target", "change", 2019),
        ("1.2%", "rate", 1.2, None, "%", "exact", "actual", "level", 2019),
        ("3%", "rate", 3, None, "%", "at_most", "target", "level", 2019),
        ("300张", "count", 300, None, "张", "exact", "target", "level", 2019)]),
    # in a plan, how far a value is now from the province's average is of now
    ("基层医疗卫生机构诊疗量占比仅为49.3%,低于全省平均水平约5个百分点。", "plan", [
        ("49.3%", "rate", 49.3, None, "%", "exact", "actual", "level", 2019),
        ("5个百分点", "rate", 5, None, "百分点", "approx", "actual", "change", 2019)]),
    # counted since a year (自2015年起) up to the report
    ("自2015年起,5年来累计招录订单定向医学生86名。", "results", [
        ("86名", "count", 86, None, "人", "exact", "actual", "level", 2019)]),
    # the whole a share was done of, said before its size, is the quota or the plan
    ("检查8215人,完成年度任务8000人的102.7%;完成投资2150万元,占计划总投资3600万元的59.7%。", "results", [
        ("8215人", "count", 8215, None, "人", "exact", "actual", "level", 2019),
        ("8000人", "count", 8000, None, "人", "exact", "quota", "level", 2019),
        ("102.7%", "rate", 102.7, None, "%", "exact", "actual", "completion", 2019),
        ("2150万元", "money", 2150, None, "万元", "exact", "actual", "level", 2019),
        ("3600万元", "money", 3600, None, "万元", "exact", "target", "level", 2019),
        ("59.7%", "rate", 59.7, None, "%", "exact", "actual", "completion", 2019)]),
    ("新建项目到位资金1.6亿元,完成规划总投资(2.5亿元)的64%。", "results", [
        ("1.6亿元", "money", 16000, None, "万元", "exact", "actual", "level", 2019),
        ("2.5亿元", "money", 25000, None, "万元", "exact", "target", "level", 2019),
        ("64%", "rate", 64, None, "%", "exact", "actual", "completion", 2019)]),
    # the share done of the rise a plan's goal sets
    ("每千人口床位数由2015年的4.3张提高到5.1张,完成规划目标增量的47.1%。", "results", [
        ("4.3张", "count", 4.3, None, "张", "exact", "baseline", "level", 2015),
        ("5.1张", "count", 5.1, None, "张", "exact", "actual", "level", 2019),
        ("47.1%", "rate", 47.1, None, "%", "exact", "actual", "completion", 2019)]),
    # by how much a quota was passed is a change; 124% of it is the share done
    ("检查1.5万人,超额完成市下达任务数(1.2万人)的25%;检查6200人,超额完成下达任务5000人的124%。", "results", [
        ("1.5万人", "count", 15000, None, "人", "exact", "actual", "level", 2019),
        ("1.2万人", "count", 12000, None, "人", "exact", "quota", "level", 2019),
        ("25%", "rate", 25, None, "%", "exact", "actual", "change", 2019),
        ("6200人", "count", 6200, None, "人", "exact", "actual", "level", 2019),
        ("5000人", "count", 5000, None, "人", "exact", "quota", "level", 2019),
        ("124%", "rate", 124, None, "%", "exact", "actual", "completion", 2019)]),
    # the reports a study wrote are counted, not a compilation page's articles (工作总结范文5篇)
    ("深入基层开展调研21次,形成调研报告8篇。", "results", [
        ("21次", "count", 21, None, "次", "exact", "actual", "level", 2019),
        ("8篇", "count", 8, None, "篇", "exact", "actual", "level", 2019)]),
    ("撰写调研报告十二篇。", "results", [
        ("十二篇", "count", 12, None, "篇", "exact", "actual", "level", 2019)]),
    ("犬只驱虫投药28.3万只次,专家每周坐诊3个半天。", "results", [
        ("28.3万只次", "count", 283000, None, "只次", "exact", "actual", "level", 2019),
        ("3个半天", "quantity", 3, None, "半天", "exact", "actual", "level", 2019)]),
    # a year with its month dates the fact; a result reached by a date after the report's
    # year (截至, 已于) is still a result
    ("截至2020年10月31日,审计指出的18个问题已整改到位16个。", "problems", [
        ("18个", "count", 18, None, "个", "exact", "actual", "level", 2020),
        ("16个", "count", 16, None, "个", "exact", "actual", "level", 2020)]),
    ("我局已于2020年4月将滞留资金952.72万元全部拨付。", "results", [
        ("952.72万元", "money", 952.72, None, "万元", "exact", "actual", "level", 2020)]),
    ("2020年1—9月通过平台采购耗材9860万元。", "problems", [
        ("9860万元", "money", 9860, None, "万元", "exact", "actual", "level", 2020)]),
    ("距离国家提出的2020年每万名城乡居民拥有2至3名合格全科医生的目标还有较大差距。", "problems", [
        ("2至3名", "count", 2, 3, "人", "exact", "target", "level", 2020)]),
    # a change with no year of its own is of the fact before it, dated in its clause; not
    # when the facts before it are of two years
    ("落实政策,2018年乡镇卫生院人员年人均收入达到8.6万元,较2016年增长21.3%。", "results", [
        ("8.6万元", "money", 8.6, None, "万元", "exact", "actual", "level", 2018),
        ("21.3%", "rate", 21.3, None, "%", "exact", "actual", "change", 2018)]),
    ("医疗卫生机构数:2019年412个,2018年405个,增长1.7%。", "results", [
        ("412个", "count", 412, None, "个", "exact", "actual", "level", 2019),
        ("405个", "count", 405, None, "个", "exact", "actual", "level", 2018),
        ("1.7%", "rate", 1.7, None, "%", "exact", "actual", "change", 2019)]),
    # a year's none after the rate's bound
    ("全县孕产妇死亡率多年控制在15/10万以内,2018年为0。", "results", [
        ("15/10万以内", "rate", 15, None, "/10万", "at_most", "actual", "level", 2019),
        ("0", "rate", 0, None, "/10万", "exact", "actual", "level", 2018)]),
    # a rate that stayed at none for years; measure words (笔, 条次, not 条 and then 次); concentrations
    ("孕产妇死亡率连续三年为0,婴儿死亡率3.1‰。", "results", [
        ("0", "rate", 0, None, "/10万", "exact", "actual", "level", 2019),
        ("3.1‰", "rate", 3.1, None, "‰", "exact", "actual", "level", 2019)]),
    ("抽查资金账目1560笔,制作公益广告1800条次。", "results", [
        ("1560笔", "count", 1560, None, "笔", "exact", "actual", "level", 2019),
        ("1800条次", "count", 1800, None, "条次", "exact", "actual", "level", 2019)]),
    # tablets and pills; weeks; steps, only after a word of walking (not 分三步走)
    ("储备各类退热药物23万片(粒),最长处方用量12周,人均日行走1.02万步,分三步走,建院60周年。", "results", [
        ("23万片", "count", 230000, None, "片", "exact", "actual", "level", 2019),
        ("12周", "quantity", 12, None, "周", "exact", "actual", "level", 2019),
        ("1.02万步", "count", 10200, None, "步", "exact", "actual", "level", 2019)]),
    # 元 left out after a word that makes the amount money
    ("新建业务用房4500平米,购置设备价值860万。", "results", [
        ("4500平米", "quantity", 4500, None, "平方米", "exact", "actual", "level", 2019),
        ("860万", "money", 860, None, "万元", "exact", "actual", "level", 2019)]),
    ("盐碘中位数为24.8mg/kg,儿童尿碘中位数为186.4μg/L,水氟含量均值为0.71mg/L。", "results", [
        ("24.8mg/kg", "quantity", 24.8, None, "毫克/千克", "exact", "actual", "level", 2019),
        ("186.4μg/L", "quantity", 186.4, None, "微克/升", "exact", "actual", "level", 2019),
        ("0.71mg/L", "quantity", 0.71, None, "毫克/升", "exact", "actual", "level", 2019)]),
    # an average grade is a quantity, and so is the level of a hospital listed after it
    ("电子病历系统应用水平平均达到3.6级,区人民医院达到4级。", "results", [
        ("3.6级", "quantity", 3.6, None, "级", "exact", "actual", "level", 2019),
        ("4级", "quantity", 4, None, "级", "exact", "actual", "level", 2019)]),
    # a hospital's level named right after 应用水平 is its measure; a level that picks the hospitals counted is not
    ("县医院电子病历系统应用水平通过四级评价,县中医院电子病历应用水平全部达到3级,应用水平达到4级以上的医院有2家。", "results", [
        ("四级", "quantity", 4, None, "级", "exact", "actual", "level", 2019),
        ("3级", "quantity", 3, None, "级", "exact", "actual", "level", 2019),
        ("2家", "count", 2, None, "家", "exact", "actual", "level", 2019)]),
    # a level after the evaluation graded (分级评价), after 通过 with 评价 after it, the next hospital's after a
    # level found, and one a year is due by; a hospital's grade (三级医院, 二级甲等, 通过三级评审) is none
    ("市人民医院通过电子病历系统应用水平分级评价四级,市中医院达到3级,完成分级评价三级医院5家。", "results", [
        ("四级", "quantity", 4, None, "级", "exact", "actual", "level", 2019),
        ("3级", "quantity", 3, None, "级", "exact", "actual", "level", 2019),
        ("5家", "count", 5, None, "家", "exact", "actual", "level", 2019)]),
    ("县人民医院电子病历系统应用水平通过国家4级评价,县中医院通过3级评价,智慧服务分级评价达到2级。", "results", [
        ("4级", "quantity", 4, None, "级", "exact", "actual", "level", 2019),
        ("3级", "quantity", 3, None, "级", "exact", "actual", "level", 2019),
        ("2级", "quantity", 2, None, "级", "exact", "actual", "level", 2019)]),
    ("县人民医院电子病历应用水平评价达到5级,电子病历系统应用水平县中医院达到4级。", "results", [
        ("5级", "quantity", 5, None, "级", "exact", "actual", "level", 2019),
        ("4级", "quantity", 4, None, "级", "exact", "actual", "level", 2019)]),
    ("推进县人民医院电子病历应用水平2021年达到5级,县中医院达到4级。", "plan", [
        ("5级", "quantity", 5, None, "级", "exact", "target", "level", 2021),
        ("4级", "quantity", 4, None, "级", "exact", "target", "level", 2021)]),
    ("县人民医院顺利通过三级评审,县中医院通过二级甲等医院评审,县妇幼保健院达到二级。", "results", []),
    # a ratio written 1:x, beside its name
    ("全市医护比由2022年的1:1.12提高到1:1.18,二级以上综合医院床护比达到1:0.62,重症监护病房床护比不低于1:2.5。", "results", [
        ("1:1.12", "rate", 1.12, None, "1:x", "exact", "baseline", "level", 2022),
        ("1:1.18", "rate", 1.18, None, "1:x", "exact", "actual", "level", 2019),
        ("1:0.62", "rate", 0.62, None, "1:x", "exact", "actual", "level", 2019),
        ("1:2.5", "rate", 2.5, None, "1:x", "at_least", "actual", "level", 2019)]),
    # …and one after another 1:x of its clauses, far from the name: a table's row restated
    ("医护比:2015年基期值1:1.06,2020年目标值1:1.25,2017年实际值1:1.07。", "results", [
        ("1:1.06", "rate", 1.06, None, "1:x", "exact", "baseline", "level", 2015),
        ("1:1.25", "rate", 1.25, None, "1:x", "exact", "target", "level", 2020),
        ("1:1.07", "rate", 1.07, None, "1:x", "exact", "actual", "level", 2017)]),
    # a unit named before the value a change starts from is the unit of the value it became
    ("住院人次由3.1万增加到5.2万。", "results", [
        ("3.1万", "count", 31000, None, "人次", "exact", "baseline", "level", None),
        ("5.2万", "count", 52000, None, "人次", "exact", "actual", "level", 2019)]),
    # the sex ratio again in the clauses after it: its change, its value in another year
    ("出生人口性别比为109.6,比2014年下降3.2。", "results", [
        ("109.6", "rate", 109.6, None, "女=100", "exact", "actual", "level", 2019),
        ("3.2", "rate", 3.2, None, "女=100", "exact", "actual", "change", 2019)]),
    ("出生人口性别比为106.3(女=100),2022年为108.1。", "results", [
        ("106.3", "rate", 106.3, None, "女=100", "exact", "actual", "level", 2019),
        ("108.1", "rate", 108.1, None, "女=100", "exact", "actual", "level", 2022)]),
    # …and a table's row of it: a goal under a bound, a result
    ("出生人口性别比:2015年113.6,2016年目标≤112,2016年完成110.4。", "results", [
        ("113.6", "rate", 113.6, None, "女=100", "exact", "actual", "level", 2015),
        ("112", "rate", 112, None, "女=100", "at_most", "target", "level", 2016),
        ("110.4", "rate", 110.4, None, "女=100", "exact", "actual", "level", 2016)]),
    # a rate's result in a table is its level, whether the dictionary knows the rate or not
    ("政策外多孩率:2015年2.8%,2016年目标≤3%,2016年完成2.31%。", "results", [
        ("2.8%", "rate", 2.8, None, "%", "exact", "actual", "level", 2015),
        ("3%", "rate", 3, None, "%", "at_most", "target", "level", 2016),
        ("2.31%", "rate", 2.31, None, "%", "exact", "actual", "level", 2016)]),
    # what is done by now, after a clause that plans it, is now's result; a net rise is a change
    ("计划到2018年底建成村卫生室102个,现已建成98个。", "results", [
        ("102个", "count", 102, None, "个", "exact", "target", "level", 2018),
        ("98个", "count", 98, None, "个", "exact", "actual", "level", 2019)]),
    # a sentence that opens on its plan: what its later clauses cost is planned too, until one says what was done
    ("计划改造乡镇卫生院6所,总投资1800万元。", "results", [
        ("6所", "count", 6, None, "所", "exact", "target", "level", 2019),
        ("1800万元", "money", 1800, None, "万元", "exact", "target", "level", 2019)]),
    ("全县卫生技术人员净增二十余人。", "results", [
        ("二十余人", "count", 20, None, "人", "at_least", "actual", "change", 2019)]),
    # 约 that ends another word (续约, 履约) is no "about"
    ("家庭医生新签约1.05万人,续约3.2万人,履约0.6万人。", "results", [
        ("1.05万人", "count", 10500, None, "人", "exact", "actual", "level", 2019),
        ("3.2万人", "count", 32000, None, "人", "exact", "actual", "level", 2019),
        ("0.6万人", "count", 6000, None, "人", "exact", "actual", "level", 2019)]),
    ("全县组建家庭医生团队126个,较上年多12个。", "results", [
        ("126个", "count", 126, None, "个", "exact", "actual", "level", 2019),
        ("12个", "count", 12, None, "个", "exact", "actual", "change", 2019)]),
    # the kinds a list sums up are counted (not 25种大病的贫困人口)
    ("对儿童白血病、先天性心脏病、食管癌、胃癌等30种大病实行集中救治。", "results", [
        ("30种", "count", 30, None, "种", "exact", "actual", "level", 2019)]),
    # a bound that ends its clause bounds the kinds counted (not 6类以上中医药技术服务, which says which)
    ("集中带量采购药品品种达到350种以上,节约医药费用40亿元以上。", "results", [
        ("350种以上", "count", 350, None, "种", "at_least", "actual", "level", 2019),
        ("40亿元以上", "money", 400000, None, "万元", "at_least", "actual", "level", 2019)]),
    # an age or a time that says which are counted; those an average or a count is of; what a
    # ratio is per; a threshold that says which are counted
    ("接受抗病毒治疗6个月以上者病毒抑制比例为96.7%。", "results", [
        ("96.7%", "rate", 96.7, None, "%", "exact", "actual", "level", 2019)]),
    ("全市在岗乡村医生1583人,平均年龄52.3岁,60岁以上的有411人。", "results", [
        ("1583人", "count", 1583, None, "人", "exact", "actual", "level", 2019),
        ("52.3岁", "quantity", 52.3, None, "岁", "exact", "actual", "level", 2019),
        ("411人", "count", 411, None, "人", "exact", "actual", "level", 2019)]),
    ("全县村医平均年龄56岁,60岁以上村医占38%。", "results", [
        ("56岁", "quantity", 56, None, "岁", "exact", "actual", "level", 2019),
        ("38%", "rate", 38, None, "%", "exact", "actual", "level", 2019)]),
    ("市区每千人口注册护士达5.2人,而6个县(市)平均仅为2.9人。", "results", [
        ("5.2人", "count", 5.2, None, "人", "exact", "actual", "level", 2019),
        ("2.9人", "count", 2.9, None, "人", "exact", "actual", "level", 2019)]),
    ("全年两个医共体内上转患者12835人次,每200张床位配备专职人员数达到1.1人。", "results", [
        ("12835人次", "count", 12835, None, "人次", "exact", "actual", "level", 2019),
        ("1.1人", "count", 1.1, None, "人", "exact", "actual", "level", 2019)]),
    ("全县仍有9个村卫生室只有1名乡村医生。", "problems", [
        ("9个", "count", 9, None, "个", "exact", "actual", "level", 2019)]),
    # the groups that open a clause counting what they did (but 组建2个医共体 is a fact)
    ("两个医共体总医院全年向成员单位下沉医务人员285名,全县组建2个医共体。", "results", [
        ("285名", "count", 285, None, "人", "exact", "actual", "level", 2019),
        ("2个", "count", 2, None, "个", "exact", "actual", "level", 2019)]),
    # the hospitals that open a clause stating their joint value (but 3家医院通过评审 is a fact)
    ("全县两所县级医院门急诊34.6万人次,县直三家医疗单位出院2.36万人次,3家医院通过二级甲等评审。", "results", [
        ("34.6万人次", "count", 346000, None, "人次", "exact", "actual", "level", 2019),
        ("2.36万人次", "count", 23600, None, "人次", "exact", "actual", "level", 2019),
        ("3家", "count", 3, None, "家", "exact", "actual", "level", 2019)]),
    # …and any institutions counted before their joint value
    ("全区10个社区卫生服务中心门急诊量32.6万人次,全县256个村卫生室诊疗28.6万人次。", "results", [
        ("32.6万人次", "count", 326000, None, "人次", "exact", "actual", "level", 2019),
        ("28.6万人次", "count", 286000, None, "人次", "exact", "actual", "level", 2019)]),
    # the units a list's values are of, opening the clause (but 新建3所卫生院 is a fact)
    ("三所县级医院门诊次均费用分别为168元和152元,新建3所卫生院,分别为东坪镇、西岭镇和北关镇卫生院。", "results", [
        ("168元", "money", 0.0168, None, "万元", "exact", "actual", "level", 2019),
        ("152元", "money", 0.0152, None, "万元", "exact", "actual", "level", 2019),
        ("3所", "count", 3, None, "所", "exact", "actual", "level", 2019)]),
    # the places a total is summed over
    ("全市5个县(市、区)共23家县级及以上公立医院全部取消药品加成,3个乡镇共有行政村71个。", "results", [
        ("23家", "count", 23, None, "家", "exact", "actual", "level", 2019),
        ("71个", "count", 71, None, "个", "exact", "actual", "level", 2019)]),
    # the places some lie in, and the places whose values a list after 分别 gives (but not the
    # units a clause before it counts: 新建2所卫生院,分别位于…)
    ("全县设置发热哨点诊室32个,其中城区9个,其余分布在11个乡镇。", "results", [
        ("32个", "count", 32, None, "个", "exact", "actual", "level", 2019),
        ("9个", "count", 9, None, "个", "exact", "actual", "level", 2019)]),
    ("县内两家二级医院床位使用率分别为86.4%和79.2%,新建2所卫生院,分别位于城关镇和石桥镇。", "results", [
        ("86.4%", "rate", 86.4, None, "%", "exact", "actual", "level", 2019),
        ("79.2%", "rate", 79.2, None, "%", "exact", "actual", "level", 2019),
        ("2所", "count", 2, None, "所", "exact", "actual", "level", 2019)]),
    # a bound written after whom a rate is per
    ("先天梅毒报告发病率降至3/10万活产以下。", "plan", [
        ("3/10万", "rate", 3, None, "/10万", "at_most", "target", "level", 2020)]),
    # a part (其中) is of its whole's year, not of a year listed before it
    ("人均筹资标准从2015年的100元提高到2016年的120元,2018年达到290元,其中各级财政补助240元,个人缴费50元。", "results", [
        ("100元", "money", 0.01, None, "万元", "exact", "baseline", "level", 2015),
        ("120元", "money", 0.012, None, "万元", "exact", "actual", "level", 2016),
        ("290元", "money", 0.029, None, "万元", "exact", "actual", "level", 2018),
        ("240元", "money", 0.024, None, "万元", "exact", "actual", "level", 2018),
        ("50元", "money", 0.005, None, "万元", "exact", "actual", "level", 2018)]),
    # what was actually done (实际…) is a result beside a promise or in a plan, and so is its
    # share done and its part; not a measure named so, which a plan sets goals for
    ("二是门急诊人次较上年增长10%以上,实际增长12.6%;三是免费体检4.2万人,实际完成4.37万人,完成率104%;四是新增家庭医生团队20个,实际新增23个。", "plan", [
        ("10%以上", "rate", 10, None, "%", "at_least", "target", "change", 2020),
        ("12.6%", "rate", 12.6, None, "%", "exact", "actual", "change", 2019),
        ("4.2万人", "count", 42000, None, "人", "exact", "target", "level", 2020),
        ("4.37万人", "count", 43700, None, "人", "exact", "actual", "level", 2019),
        ("104%", "rate", 104, None, "%", "exact", "actual", "completion", 2019),
        ("20个", "count", 20, None, "个", "exact", "target", "level", 2020),
        ("23个", "count", 23, None, "个", "exact", "actual", "level", 2019)]),
    ("一是乡镇卫生院全部达到基本标准,实际18所全部达标,其中6所达到推荐标准。", "plan", [
        ("18所", "count", 18, None, "所", "exact", "actual", "level", 2019),
        ("6所", "count", 6, None, "所", "exact", "actual", "level", 2019)]),
    ("政策范围内住院费用报销比例提高到75%以上,实际补偿比达到60%。", "plan", [
        ("75%以上", "rate", 75, None, "%", "at_least", "target", "level", 2020),
        ("60%", "rate", 60, None, "%", "exact", "target", "level", 2020)]),
    ("新增开放床位8张,使实际开放床位达到60张。", "plan", [
        ("8张", "count", 8, None, "张", "exact", "target", "level", 2020),
        ("60张", "count", 60, None, "张", "exact", "target", "level", 2020)]),
    ("注:筛查计划数按预计出生人数测算,全年实际出生2510人,筛查率99.1%。", "results", [
        ("2510人", "count", 2510, None, "人", "exact", "actual", "level", 2019),
        ("99.1%", "rate", 99.1, None, "%", "exact", "actual", "level", 2019)]),
    ("到2019年底(预计数,下同),全市人均预期寿命达到79.2岁。", "results", [
        ("79.2岁", "quantity", 79.2, None, "岁", "exact", "actual", "level", 2019)]),
    # what a result was actually done of is the number to do, a quota
    ("应筹集项目资金3152.4万元,实际到位3100万元。", "results", [
        ("3152.4万元", "money", 3152.4, None, "万元", "exact", "quota", "level", 2019),
        ("3100万元", "money", 3100, None, "万元", "exact", "actual", "level", 2019)]),
    ("随机抽取检查对象418家,实际完成检查412家。", "results", [
        ("418家", "count", 418, None, "家", "exact", "quota", "level", 2019),
        ("412家", "count", 412, None, "家", "exact", "actual", "level", 2019)]),
    # a task done (完成…任务) followed by what was actually done with the work's own verb
    ("完成省下达的适龄妇女乳腺癌筛查任务3000人,实际筛查3126人。", "results", [
        ("3000人", "count", 3000, None, "人", "exact", "quota", "level", 2019),
        ("3126人", "count", 3126, None, "人", "exact", "actual", "level", 2019)]),
    # how far past the task a result went is a result too
    ("新增普惠托位2460个,较省下达的2000个任务多出460个。", "results", [
        ("2460个", "count", 2460, None, "个", "exact", "actual", "level", 2019),
        ("2000个", "count", 2000, None, "个", "exact", "quota", "level", 2019),
        ("460个", "count", 460, None, "个", "exact", "actual", "change", 2019)]),
    # how far short of a goal is a result, not the goal
    ("二是项目投资进度滞后,距年度目标尚差8.3亿元。", "problems", [
        ("8.3亿元", "money", 83000, None, "万元", "exact", "actual", "change", 2019)]),
    # goals listed after a colon are goals through every ; of the list
    ("主要目标是:参合率稳定在98%以上;实际补偿比达到60%;封顶线提高到15万元。", "results", [
        ("98%以上", "rate", 98, None, "%", "at_least", "target", "level", 2019),
        ("60%", "rate", 60, None, "%", "exact", "target", "level", 2019),
        ("15万元", "money", 15, None, "万元", "exact", "target", "level", 2019)]),
    # the level of a clause opened by another year is of that year too, among several years
    ("2019年全县孕产妇死亡1例,死亡率为20.57/10万,2018年死亡2例,死亡率为37.62/10万,同比下降45.3%。", "results", [
        ("1例", "count", 1, None, "例", "exact", "actual", "level", 2019),
        ("20.57/10万", "rate", 20.57, None, "/10万", "exact", "actual", "level", 2019),
        ("2例", "count", 2, None, "例", "exact", "actual", "level", 2018),
        ("37.62/10万", "rate", 37.62, None, "/10万", "exact", "actual", "level", 2018),
        ("45.3%", "rate", 45.3, None, "%", "exact", "actual", "change", 2019)]),
    # years listed before 分别 date the numbers after it, and the rates of those numbers
    ("2018年、2019年分别有41人和57人通过执业医师资格考试,通过率分别为38.7%和45.2%。", "results", [
        ("41人", "count", 41, None, "人", "exact", "actual", "level", 2018),
        ("57人", "count", 57, None, "人", "exact", "actual", "level", 2019),
        ("38.7%", "rate", 38.7, None, "%", "exact", "actual", "level", 2018),
        ("45.2%", "rate", 45.2, None, "%", "exact", "actual", "level", 2019)]),
    # a prior year's value in brackets is the baseline of the change, of that year
    ("早孕建册率为93.46%,比2018年(91.08%)提高2.38个百分点。", "results", [
        ("93.46%", "rate", 93.46, None, "%", "exact", "actual", "level", 2019),
        ("91.08%", "rate", 91.08, None, "%", "exact", "baseline", "level", 2018),
        ("2.38个百分点", "rate", 2.38, None, "百分点", "exact", "actual", "change", 2019)]),
    ("婴儿死亡率2.88‰,比上年(3.39‰)下降0.51个千分点。", "results", [
        ("2.88‰", "rate", 2.88, None, "‰", "exact", "actual", "level", 2019),
        ("3.39‰", "rate", 3.39, None, "‰", "exact", "baseline", "level", 2018),
        ("0.51个千分点", "rate", 0.51, None, "千分点", "exact", "actual", "change", 2019)]),
    # the days something was done on are no deadline; the day it will be done on is
    ("我局于2020年1月5日至15日抽调业务骨干组成4个考核组。", "results", [
        ("4个", "count", 4, None, "个", "exact", "actual", "level", 2020)]),
    ("县医院新院区将于2020年3月1日投入使用,新增床位300张。", "results", [
        ("300张", "count", 300, None, "张", "exact", "target", "level", 2020)]),
    # a deadline inside an earlier part of the sentence is that part's
    ("全面推进医共体建设,到2021年实现全覆盖;药品集采品种数达到500个以上。", "plan", [
        ("500个以上", "count", 500, None, "个", "at_least", "target", "level", 2020)]),
    # a control goal (控制目标, one word for jieba) is a goal
    ("31.孕产妇死亡率全年控制目标为12/10万以下,婴儿死亡率控制目标为4.5‰以下。", "results", [
        ("12/10万以下", "rate", 12, None, "/10万", "at_most", "target", "level", 2019),
        ("4.5‰以下", "rate", 4.5, None, "‰", "at_most", "target", "level", 2019)]),
    # a value compared with at the end of a year is that year's baseline
    ("全区登记在册严重精神障碍患者2417人,报告患病率4.97‰,较2018年末的4.61‰有所上升。", "results", [
        ("2417人", "count", 2417, None, "人", "exact", "actual", "level", 2019),
        ("4.97‰", "rate", 4.97, None, "‰", "exact", "actual", "level", 2019),
        ("4.61‰", "rate", 4.61, None, "‰", "exact", "baseline", "level", 2018)]),
    # the year a change starts from (在2020年基础上) is no year of the goal
    ("到2025年,全市卫生健康体系更加完善,人均预期寿命在2020年基础上提高1岁左右。", "plan", [
        ("1岁左右", "quantity", 1, None, "岁", "approx", "target", "change", 2025)]),
    # 共计 adds up what a plan plans
    ("计划投入资金1850万元,为乡镇卫生院配置DR、彩超等设备共计46台(件)。", "plan", [
        ("1850万元", "money", 1850, None, "万元", "exact", "target", "level", 2020),
        ("46台", "count", 46, None, "台", "exact", "target", "level", 2020)]),
    # a budget is a goal, and so are its parts; what was spent of it is a result
    ("年度预算1200万元,实际支出816.40万元,执行率仅为68.03%。", "results", [
        ("1200万元", "money", 1200, None, "万元", "exact", "target", "level", 2019),
        ("816.40万元", "money", 816.4, None, "万元", "exact", "actual", "level", 2019),
        ("68.03%", "rate", 68.03, None, "%", "exact", "actual", "level", 2019)]),
    ("全年调整后预算数为15842.17万元,其中一般公共预算拨款14926.35万元,其他收入315.82万元。", "results", [
        ("15842.17万元", "money", 15842.17, None, "万元", "exact", "target", "level", 2019),
        ("14926.35万元", "money", 14926.35, None, "万元", "exact", "target", "level", 2019),
        ("315.82万元", "money", 315.82, None, "万元", "exact", "target", "level", 2019)]),
    ("全年卫生健康支出预算:60.06亿元。", "results", [
        ("60.06亿元", "money", 600600, None, "万元", "exact", "target", "level", 2019)]),
    # how far a result is short of a goal is a result, measured now, not in the goal's year
    ("二是老年人健康管理率距离全年70%的目标仍有11.7个百分点的差距。", "problems", [
        ("70%", "rate", 70, None, "%", "exact", "target", "level", 2019),
        ("11.7个百分点", "rate", 11.7, None, "百分点", "exact", "actual", "change", 2019)]),
    # each gap listed after 还差 is a result's, of the result's year
    ("每千人口药师数、康复治疗师数和护士数距2020年目标分别还差0.12人、0.08人和0.3人。", "results", [
        ("0.12人", "count", 0.12, None, "人", "exact", "actual", "change", 2019),
        ("0.08人", "count", 0.08, None, "人", "exact", "actual", "change", 2019),
        ("0.3人", "count", 0.3, None, "人", "exact", "actual", "change", 2019)]),
    # …and so are those after goals not reached
    ("一是每千人口注册护士数、二级以上综合医院设置老年医学科比例两项指标未达到规划目标,分别差0.15人和2个百分点。", "problems", [
        ("两项", "count", 2, None, "项", "exact", "actual", "level", 2019),
        ("0.15人", "count", 0.15, None, "人", "exact", "actual", "change", 2019),
        ("2个百分点", "rate", 2, None, "百分点", "exact", "actual", "change", 2019)]),
    ("2017年底,每万人口全科医生1.38人,距2020年目标尚差0.62人。", "results", [
        ("1.38人", "count", 1.38, None, "人", "exact", "actual", "level", 2017),
        ("0.62人", "count", 0.62, None, "人", "exact", "actual", "change", 2017)]),
    # …and so is one 仅差, after a goal whose year 与 opens; the goal is of its own year
    ("15岁以上人群吸烟率为20.4%,距2030年20%以下的目标仅差0.4个百分点。", "results", [
        ("20.4%", "rate", 20.4, None, "%", "exact", "actual", "level", 2019),
        ("20%以下", "rate", 20, None, "%", "at_most", "target", "level", 2030),
        ("0.4个百分点", "rate", 0.4, None, "百分点", "exact", "actual", "change", 2019)]),
    ("人均每日食盐摄入量7.8克,与2030年5克的目标差距较大。", "problems", [
        ("7.8克", "quantity", 0.0078, None, "公斤", "exact", "actual", "level", 2019),
        ("5克", "quantity", 0.005, None, "公斤", "exact", "target", "level", 2030)]),
    # the indicators that meet a goal or miss it are counted now, not in the goal's year
    ("纳入监测的28项主要指标中,已达到2030年目标值的11项,达到2022年目标值但未达到2030年目标值的13项,未达到2022年目标值的4项。", "results", [
        ("28项", "count", 28, None, "项", "exact", "actual", "level", 2019),
        ("11项", "count", 11, None, "项", "exact", "actual", "level", 2019),
        ("13项", "count", 13, None, "项", "exact", "actual", "level", 2019),
        ("4项", "count", 4, None, "项", "exact", "actual", "level", 2019)]),
    # a bound for a later year, or the bound a value was kept within, is a goal
    ("2020年“三公”经费只减不增,控制在12万元以内。", "results", [
        ("12万元以内", "money", 12, None, "万元", "at_most", "target", "level", 2020)]),
    ("血液报废率为1.83%,控制在2%以内。", "results", [
        ("1.83%", "rate", 1.83, None, "%", "exact", "actual", "level", 2019),
        ("2%以内", "rate", 2, None, "%", "at_most", "target", "level", 2019)]),
    # the share of a requirement reached is a result
    ("三是县疾控中心实验室检测能力仅达到标准要求的70%左右。", "problems", [
        ("70%左右", "rate", 70, None, "%", "approx", "actual", "level", 2019)]),
    # 扩大 by a number is a change; a goal for a growth is a goal for a change
    ("全县中药材种植面积达到3.6万亩,较上年扩大4000亩。", "results", [
        ("3.6万亩", "quantity", 24000000, None, "平方米", "exact", "actual", "level", 2019),
        ("4000亩", "quantity", 2666666.6666666665, None, "平方米", "exact", "actual", "change", 2019)]),
    ("住院人均费用增幅控制在5%以内的目标之内。", "results", [
        ("5%以内", "rate", 5, None, "%", "at_most", "target", "change", 2019)]),
    # a bound before whom a count is per, or after per how many doses, or before the verb of a list
    ("重症医学床位不少于每10万人口10张。", "plan", [
        ("10张", "count", 10, None, "张", "at_least", "target", "level", 2020)]),
    ("每个乡镇卫生院至少配备1辆救护车、2名急救医师。", "plan", [
        ("1辆", "count", 1, None, "辆", "at_least", "target", "level", 2020),
        ("2名", "count", 2, None, "人", "at_least", "target", "level", 2020)]),
    # a volume in 立方米 is stored in 升; a rate per 100 000 doses keeps its bound after the doses
    ("县疾控中心有冷库2座,总容积40立方米。", "results", [
        ("2座", "count", 2, None, "座", "exact", "actual", "level", 2019),
        ("40立方米", "quantity", 40000, None, "升", "exact", "actual", "level", 2019)]),
    ("AEFI报告发生率保持在10/10万剂次以上。", "plan", [
        ("10/10万剂次以上", "rate", 10, None, "/10万", "at_least", "target", "level", 2020)]),
    # 折合约 is about; 合 before units of blood after a volume in 毫升
    ("采集全血量76832单位(折合约1536.64万毫升)。", "results", [
        ("76832单位", "count", 76832, None, "单位", "exact", "actual", "level", 2019),
        ("1536.64万毫升", "quantity", 15366.4, None, "升", "approx", "actual", "level", 2019)]),
    ("献血总量达到1280万毫升,合6400单位。", "results", [
        ("1280万毫升", "quantity", 12800, None, "升", "exact", "actual", "level", 2019),
        ("6400单位", "count", 6400, None, "单位", "exact", "actual", "level", 2019)]),
    # a bound before whom a number is per bounds the number; one before the first of counts listed
    # each with its noun bounds them all
    ("其中重症医学床位不少于每10万人口10张。", "plan", [
        ("10张", "count", 10, None, "张", "at_least", "target", "level", 2020)]),
    ("每个乡镇卫生院至少配备1辆救护车、2名急救医师,不少于10人的应急队伍、2辆车。", "plan", [
        ("1辆", "count", 1, None, "辆", "at_least", "target", "level", 2020),
        ("2名", "count", 2, None, "人", "at_least", "target", "level", 2020),
        ("10人", "count", 10, None, "人", "at_least", "target", "level", 2020),
        ("2辆", "count", 2, None, "辆", "exact", "target", "level", 2020)]),
    # in a plan, a list a past year opens goes on stating what there was, where no word of a goal comes
    ("说明:2018年全市人均预期寿命为77.6岁,孕产妇死亡率为11.2/10万,婴儿死亡率为4.3‰。", "plan", [
        ("77.6岁", "quantity", 77.6, None, "岁", "exact", "actual", "level", 2018),
        ("11.2/10万", "rate", 11.2, None, "/10万", "exact", "actual", "level", 2018),
        ("4.3‰", "rate", 4.3, None, "‰", "exact", "actual", "level", 2018)]),
    ("会议总结了2018年工作,2018年全县共有医疗卫生机构312个,卫生技术人员1856人,实际开放床位1420张。", "plan", [
        ("312个", "count", 312, None, "个", "exact", "actual", "level", 2018),
        ("1856人", "count", 1856, None, "人", "exact", "actual", "level", 2018),
        ("1420张", "count", 1420, None, "张", "exact", "actual", "level", 2018)]),
    # a deadline after the goals, ending their sentence (a task table's 完成时限), dates them
    ("县医院新院区建设:完成主体工程,新增床位300张;2021年6月底前。", "plan", [
        ("300张", "count", 300, None, "张", "exact", "target", "level", 2021)]),
    ("新建村卫生室12个,2021年底前完成。", "plan", [
        ("12个", "count", 12, None, "个", "exact", "target", "level", 2021)]),
    # a later year opening a clause dates what follows it, not the sentence's opening year
    ("2020年配置5G救护车6辆,2022年达到15辆;远程会诊每年不少于3000例次。", "plan", [
        ("6辆", "count", 6, None, "辆", "exact", "target", "level", 2020),
        ("15辆", "count", 15, None, "辆", "exact", "target", "level", 2022),
        ("3000例次", "count", 3000, None, "例次", "at_least", "target", "level", 2022)]),
    ("2020年区中医院建成胸痛中心,2021年每个乡镇卫生院建成胸痛救治单元,共建12个。", "plan", [
        ("12个", "count", 12, None, "个", "exact", "target", "level", 2021)]),
    # 一 is a count, not the article, where a list goes on to count more in its measure word
    ("新建发热诊室一所、改造村卫生室两所。", "results", [
        ("一所", "count", 1, None, "所", "exact", "actual", "level", 2019),
        ("两所", "count", 2, None, "所", "exact", "actual", "level", 2019)]),
    # kinds before the items they hold are a count; the size of a donation and the time after which a
    # follow-up counts say who is counted
    ("全年向基层推广中医药适宜技术12类36项。", "results", [
        ("12类", "count", 12, None, "类", "exact", "actual", "level", 2019),
        ("36项", "count", 36, None, "项", "exact", "actual", "level", 2019)]),
    ("其中400毫升献血者29346人次,3个月随访成功戒烟163人。", "results", [
        ("29346人次", "count", 29346, None, "人次", "exact", "actual", "level", 2019),
        ("163人", "count", 163, None, "人", "exact", "actual", "level", 2019)]),
    # a bound of time before 的比例 or 的患者占比 says which cases the share is of
    ("DNT时间小于60分钟的比例达到81.6%,从发病到入院时间在4.5小时以内的患者占比为23.4%。", "results", [
        ("81.6%", "rate", 81.6, None, "%", "exact", "actual", "level", 2019),
        ("23.4%", "rate", 23.4, None, "%", "exact", "actual", "level", 2019)]),
    # 还将 says what is still to come, in a summary or a news item, and carries to the clauses after it
    ("县卫健局还将在敬老月期间组织义诊活动20场次,为高龄老人上门服务不少于500人次,并安排专项经费12万元。", "results", [
        ("20场次", "count", 20, None, "场次", "exact", "target", "level", 2019),
        ("500人次", "count", 500, None, "人次", "at_least", "target", "level", 2019),
        ("12万元", "money", 12, None, "万元", "exact", "target", "level", 2019)]),
    # a share of a task done is one when a bound stands between 完成率 and its number
    ("省下达我市失能老年人健康评估任务数6500人,年内完成率不低于100%。", "plan", [
        ("6500人", "count", 6500, None, "人", "exact", "quota", "level", 2020),
        ("100%", "rate", 100, None, "%", "at_least", "target", "completion", 2020)]),
    # the one an award or a subsidy is paid per is no count
    ("每新增1张护理型床位补助0.3万元。", "plan", [
        ("0.3万元", "money", 0.3, None, "万元", "exact", "target", "level", 2020)]),
    # 不到位 is no bound, and those a rule is for are no problem stated: a sanction the plan sets
    ("县卫生健康委将对整改情况进行“回头看”,整改不到位的扣减项目资金的5%~10%。", "plan", [
        ("5%~10%", "rate", 5, 10, "%", "exact", "target", "level", 2020)]),
    # the month a result's work was done in (于2020年1月组织…开展了) is no deadline; a month's end (于2020年6月底前) is one
    ("我局于2020年1月组织专人对全县12个乡镇卫生院、186个村卫生室开展了自查。", "results", [
        ("12个", "count", 12, None, "个", "exact", "actual", "level", 2020),
        ("186个", "count", 186, None, "个", "exact", "actual", "level", 2020)]),
    # …and so in a report's opening, before any heading, that says it was done (进行了)
    ("县卫生健康局于2020年1月6日至1月17日组织考核组,对全县14个乡镇卫生院进行了绩效考核。", None, [
        ("14个", "count", 14, None, "个", "exact", "actual", "level", 2020)]),
    # a change a portal marks with an arrow (同比↓2.1%) is a change
    ("出院人数8.92万人,同比↓2.1%。", "results", [
        ("8.92万人", "count", 89200, None, "人", "exact", "actual", "level", 2019),
        ("2.1%", "rate", 2.1, None, "%", "exact", "actual", "change", 2019)]),
    # …and so is one a portal marks with another arrow, a triangle, a word or a sign after a value or a comparison;
    # a line's bullet is none, and a value below zero after 为 stays a level
    ("△5个乡镇卫生院完成改造,出院人数8.92万人△2.1%,门诊人次86.5万人次,同比⬇3.4%,手术3200台,同比增6.4%,床位1230张,较上年+5.2%,"
     "人口自然增长率为-0.87‰。", "results", [
        ("5个", "count", 5, None, "个", "exact", "actual", "level", 2019),
        ("8.92万人", "count", 89200, None, "人", "exact", "actual", "level", 2019),
        ("2.1%", "rate", 2.1, None, "%", "exact", "actual", "change", 2019),
        ("86.5万人次", "count", 865000, None, "人次", "exact", "actual", "level", 2019),
        ("3.4%", "rate", 3.4, None, "%", "exact", "actual", "change", 2019),
        ("3200台", "count", 3200, None, "台", "exact", "actual", "level", 2019),
        ("6.4%", "rate", 6.4, None, "%", "exact", "actual", "change", 2019),
        ("1230张", "count", 1230, None, "张", "exact", "actual", "level", 2019),
        ("5.2%", "rate", 5.2, None, "%", "exact", "actual", "change", 2019),
        ("-0.87‰", "rate", -0.87, None, "‰", "exact", "actual", "level", 2019)]),
    # an arrow at a line's start is its bullet, no way of a change
    ("↑5个乡镇卫生院完成改造。", "results", [
        ("5个", "count", 5, None, "个", "exact", "actual", "level", 2019)]),
    # a goal of its own after a task's size is no item of that task
    ("完成市下达的两癌筛查任务3.2万人,癌症早筛不少于9000人。", "plan", [
        ("3.2万人", "count", 32000, None, "人", "exact", "quota", "level", 2020),
        ("9000人", "count", 9000, None, "人", "at_least", "target", "level", 2020)]),
    # a kind of information named by plans (规划计划类) sets no goal, for it or the kinds after it
    ("其中政策文件类28条,规划计划类9条,财政预决算类6条。", "results", [
        ("28条", "count", 28, None, "条", "exact", "actual", "level", 2019),
        ("9条", "count", 9, None, "条", "exact", "actual", "level", 2019),
        ("6条", "count", 6, None, "条", "exact", "actual", "level", 2019)]),
    # what is carried over to the next year is counted at this year's end
    ("结转下年度继续办理1件。", "results", [
        ("1件", "count", 1, None, "件", "exact", "actual", "level", 2019)]),
    # the value at a five-year period's end that a result is compared with is a baseline of that end
    ("每万人口监督员数量0.96名,较“十三五”末的0.82名有所提升。", "results", [
        ("0.96名", "count", 0.96, None, "人", "exact", "actual", "level", 2019),
        ("0.82名", "count", 0.82, None, "人", "exact", "baseline", "level", 2020)]),
    # a share of a procurement's agreed volume is a share done
    ("全年完成约定采购量的136%。", "results", [
        ("136%", "rate", 136, None, "%", "exact", "actual", "completion", 2019)]),
    # a fine's bound that says which cases are counted is part of their name, no amount
    ("给予警告并罚款5000元以下的案件43件。", "results", [
        ("43件", "count", 43, None, "件", "exact", "actual", "level", 2019)]),
    # a statutory limit a time was cut from is where the change starts; cut by a share is a change
    ("审批时限由法定的20个工作日压缩到5个工作日,压缩75%。", "results", [
        ("20个工作日", "quantity", 20, None, "工作日", "exact", "baseline", "level", None),
        ("5个工作日", "quantity", 5, None, "工作日", "exact", "actual", "level", 2019),
        ("75%", "rate", 75, None, "%", "exact", "actual", "change", 2019)]),
    # a bound, beside what was actually reached after it, is the goal
    ("个人自付比例控制在10%以内,实际为8.7%。", "results", [
        ("10%以内", "rate", 10, None, "%", "at_most", "target", "level", 2019),
        ("8.7%", "rate", 8.7, None, "%", "exact", "actual", "level", 2019)]),
    # a goal's value before the share of it done is the goal
    ("监督频次达到2.1次/户,完成省定1.5次/户目标的140%。", "results", [
        ("2.1次", "count", 2.1, None, "次", "exact", "actual", "level", 2019),
        ("1.5次", "count", 1.5, None, "次", "exact", "target", "level", 2019),
        ("140%", "rate", 140, None, "%", "exact", "actual", "completion", 2019)]),
    # the country's value a plan quotes is how it stands, no goal
    ("全国、全市有关指标作参考:全国每千人口执业(助理)医师数3.4人。", "plan", [
        ("3.4人", "count", 3.4, None, "人", "exact", "actual", "level", None)]),
    # a bound a plan keeps a value under, said with 不足, is a goal; a shortage it states is how things stand
    ("居民健康素养水平达到25%以上,15岁以上人群吸烟率控制在不足20%;", "plan", [
        ("25%以上", "rate", 25, None, "%", "at_least", "target", "level", 2020),
        ("20%", "rate", 20, None, "%", "at_most", "target", "level", 2020)]),
    ("一是爱卫专职人员不足,全县仅有专职人员不足10人。", "plan", [
        ("10人", "count", 10, None, "人", "at_most", "actual", "level", 2019)]),
    # the day of another deed in an earlier year (于2018年10月挂牌) does not date the result after it
    ("区疾病预防控制局于2018年10月挂牌,区疾控中心人员编制由58名增加到76名。", "results", [
        ("58名", "count", 58, None, "人", "exact", "baseline", "level", None),
        ("76名", "count", 76, None, "人", "exact", "actual", "level", 2019)]),
    # institutions counted before what they have (现有, as 共有) stay a count; before their joint volume they do not
    ("全县16家乡镇卫生院现有在岗职工1126人,其中卫生技术人员948人。", "results", [
        ("16家", "count", 16, None, "家", "exact", "actual", "level", 2019),
        ("1126人", "count", 1126, None, "人", "exact", "actual", "level", 2019),
        ("948人", "count", 948, None, "人", "exact", "actual", "level", 2019)]),
    ("全区9所乡镇卫生院拥有床位620张。", "results", [
        ("9所", "count", 9, None, "所", "exact", "actual", "level", 2019),
        ("620张", "count", 620, None, "张", "exact", "actual", "level", 2019)]),
    # a sum after an amount per head is of all
    ("为特别扶助对象发放资金,每人每月补助450元,合计218.7万元。", "results", [
        ("450元", "money", 0.045, None, "万元", "exact", "actual", "level", 2019),
        ("218.7万元", "money", 218.7, None, "万元", "exact", "actual", "level", 2019)]),
    # a place's divisions counted without a measure word are counts of 个, as 辖8个镇 is; the number alone is the surface
    ("全县辖8镇3乡、126个行政村,总人口32.6万人。", "results", [
        ("8", "count", 8, None, "个", "exact", "actual", "level", 2019),
        ("3", "count", 3, None, "个", "exact", "actual", "level", 2019),
        ("126个", "count", 126, None, "个", "exact", "actual", "level", 2019),
        ("32.6万人", "count", 326000, None, "人", "exact", "actual", "level", 2019)]),
    ("全市下辖2区3县,辖5街道1个镇。", "results", [
        ("2", "count", 2, None, "个", "exact", "actual", "level", 2019),
        ("3", "count", 3, None, "个", "exact", "actual", "level", 2019),
        ("5", "count", 5, None, "个", "exact", "actual", "level", 2019),
        ("1个", "count", 1, None, "个", "exact", "actual", "level", 2019)]),
    # kinds of diseases or events counted with 类 before their cases are counted, as 9种582例 are
    ("全年报告法定传染病14类826例,其中丙类传染病5类414例。", "results", [
        ("14类", "count", 14, None, "类", "exact", "actual", "level", 2019),
        ("826例", "count", 826, None, "例", "exact", "actual", "level", 2019),
        ("5类", "count", 5, None, "类", "exact", "actual", "level", 2019),
        ("414例", "count", 414, None, "例", "exact", "actual", "level", 2019)]),
    ("突发公共卫生事件相关信息报告3类5起。", "results", [
        ("3类", "count", 3, None, "类", "exact", "actual", "level", 2019),
        ("5起", "count", 5, None, "起", "exact", "actual", "level", 2019)]),
    # 新的一年 in a year's review is the year after it
    ("新的一年,力争四级手术占比达到25%,门诊患者满意度保持在95%以上。", "results", [
        ("25%", "rate", 25, None, "%", "exact", "target", "level", 2020),
        ("95%以上", "rate", 95, None, "%", "at_least", "target", "level", 2020)]),
    # the year a multiple is of (达到2015年的2.5倍) is no date a goal is due by, nor the year of a value after it
    ("力争全县医疗卫生财政投入达到2015年的2.5倍,争取上级项目资金8000万元。", "plan", [
        ("8000万元", "money", 8000, None, "万元", "exact", "target", "level", 2020)]),
    ("全县卫技人员增加到2015年的1.8倍,达到2136人。", "results", [
        ("2136人", "count", 2136, None, "人", "exact", "actual", "level", 2019)]),
    # beds counted with their noun after the measure word are a count of beds, not a quantity
    ("二是业务用房紧张,病房缺口约20张床位。", "problems", [
        ("20张床位", "count", 20, None, "张", "approx", "actual", "level", 2019)]),
    ("新建病房楼可增加100张床。", "results", [("100张床", "count", 100, None, "张", "exact", "actual", "change", 2019)]),
    # those due to declare or be monitored set the task (应申报, 应监测), as 应检 does; those that did are a result
    ("全县应申报用人单位186家,已申报172家。", "results", [
        ("186家", "count", 186, None, "家", "exact", "quota", "level", 2019),
        ("172家", "count", 172, None, "家", "exact", "actual", "level", 2019)]),
    ("应监测饮用水监测点64个,实际监测61个。", "results", [
        ("64个", "count", 64, None, "个", "exact", "quota", "level", 2019),
        ("61个", "count", 61, None, "个", "exact", "actual", "level", 2019)]),
    # a norm the words after its number say a result falls short of is the value required, not one reached
    ("一是人员编制不足,离每万居民配备2至3名全科医生的要求尚有差距。", "problems", [
        ("2至3名", "count", 2, 3, "人", "exact", "target", "level", 2019)]),
    # the group some of which are counted next, its noun bracketed, is none of them
    ("全市6个县(市、区)中,得分95分以上的2个。", "results", [
        ("2个", "count", 2, None, "个", "exact", "actual", "level", 2019)]),
    # an appraisal's average of institutions is a score; those it is of are not counted
    ("全县12个乡镇卫生院考核平均得分88.4分。", "results", [
        ("88.4分", "quantity", 88.4, None, "分", "exact", "actual", "level", 2019)]),
    # tests counted by their items (项次), the heading's word before a number with 万 too
    # works whose name ends in a word of change count what was done
    ("投入资金1260万元,完成村卫生室改造提升35个。", "results", [
        ("1260万元", "money", 1260, None, "万元", "exact", "actual", "level", 2019),
        ("35个", "count", 35, None, "个", "exact", "actual", "level", 2019)]),
    ("检测项次达1.2万,共完成检测2150项次。", "results", [
        ("1.2万", "count", 12000, None, "项次", "exact", "actual", "level", 2019),
        ("2150项次", "count", 2150, None, "项次", "exact", "actual", "level", 2019)]),
]


def _facts(sentence: str, section: str):
    return list(extract(Passage(sentence, section_role=section, report_year=2019, plan_year=2020)))


@pytest.mark.parametrize("sentence,section,expected", CASES, ids=[c[0][:16] for c in CASES])
def test_facts(sentence, section, expected):
    got = [(f.surface, f.kind, f.value, f.value_max, f.unit, f.qualifier, f.role, f.aspect, f.year)
           for f in _facts(sentence, section)]
    assert len(got) == len(expected), got
    for g, e in zip(got, expected):
        assert g[0] == e[0] and g[1] == e[1] and g[4:] == e[4:], (g, e)
        assert g[2] == pytest.approx(e[2], rel=1e-9)
        assert (g[3] is None and e[3] is None) or g[3] == pytest.approx(e[3])


@pytest.mark.parametrize("sentence,expected", [
    # a count there is now, restated under the heading 二、2020年工作计划 of a 2019 report, is 2019's
    ("全县现有乡镇卫生院17家,年内全部完成标准化建设。", [("17家", "actual", 2019)]),
    ("为17家乡镇卫生院各培训2名骨干。", [("17家", "actual", 2019), ("2名", "target", 2020)]),
    ("年内完成17家乡镇卫生院标准化建设。", [("17家", "target", 2020)]),
    # what is not yet done, counted in a 下一步 plan, is how many are left now
    ("一是对尚未完成的2个问题持续推进,确保年底前全部整改到位。", [("2个", "actual", 2019)]),
    ("对未整改到位的3个问题实行挂牌督办,年内完成整改5个。", [("3个", "actual", 2019), ("5个", "target", 2020)]),
    # the people a budget's sum is worked out on are there now; the sum is planned
    ("安排基本公共卫生服务经费1860万元,按服务人口19.8万人测算。", [("1860万元", "target", 2020), ("19.8万人", "actual", 2019)]),
])
def test_counts_restated_under_a_dated_plan_heading(sentence, expected):
    p = Passage(sentence, section_role="plan", section_year=2020, report_year=2019, plan_year=2020)
    assert [(f.surface, f.role, f.year) for f in extract(p)] == expected


# Sentences holding digits that are not facts (FACTS.md "Not facts").
NON_FACTS = [
    "认真落实十八项医疗质量安全核心制度,医疗质量稳中有升。",  # the national set of core rules, a name
    "对单次赔付金额在10万元以上的纠纷逐例开展根因分析。",  # the size that says which disputes
    "对连续两次排名后3位的医院约谈主要负责人。",  # a run of rankings that says which hospitals
    "新增特扶对象2020,奖扶对象标准同步提高。",  # a year after those counted, not a count of them
    "各学校落实晨午检制度,因病缺课率超过5%的班级及时报告。",  # a rate's bar that says which classes report
    "近百年来,以上万人次计。",  # no unit; 以上 is a word of its own
    "成千上万人参与。",  # an idiom, not ten thousand and more
    "各项指标进度均按序时进度(60%)评价。",  # the pace progress is judged against
    "七台河市、六枝特区、九台区和三台县参加了评比。",  # places named with a numeral and a measure word
    "全院职工128具有专业技术职称,其中副高以上职称人员。",  # 具, a measure word, opening 具有 (to have)
    "三台县卫生健康局与九台区人民医院签订对口协作协议。",  # …and an office or a hospital of theirs
    "实施“123”工程,即1个中心、2个平台、3个体系。",  # a slogan that counts up its parts
    "自今年起实施一对夫妇可生育两个孩子政策。",  # the births a policy allows, not children counted
    "0-36个月儿童中医药健康管理服务,6个月以下婴儿纯母乳喂养。",  # ages that say who is counted
    "《条例》自2020年7月1日起施行,共六章三十二条。",  # the parts of a regulation
    "累计投入2.6个亿用于基础设施建设。",  # 亿 of what, the sentence does not say
    "出生人口性别比综合治理列入考核,性别比2019年排名第5。",  # no ratio follows 性别比
    "2019年,全县卫生健康工作取得一定成绩。",
    "去年4月在我县举行了现场会,11月20日上午召开总结会。",
    "组织开展第31个爱国卫生月活动,实施第五轮创建。",
    "出台了《关于印发实施方案的通知》(横政办函〔2018〕128号)。",
    "按照“12345”的工作思路,落实“198”兜底保障政策,实施“5112”工程。",
    "紧紧围绕一个目标,实施“两大工程”,完善“三个体系”,健全四项机制。",
    "为65岁以上老年人和0-6岁儿童提供服务,对7岁、17-19岁人群开展查漏补种。",
    "扎实推进基本公共卫生服务十四大项工作,发放健康素养66条折页。",
    "做好29种门诊特殊慢性病诊断认定及办卡工作。",
    "实行人、财、物“三统一”,推行三期保健,完善24小时疫情值班制。",
    "开展了春节、五一和十一期间的食品卫生安全大检查。",
    "1-12月份全区传染病疫情平稳,1—11月份无死亡病例。",
    "1、2、3月份各开展一轮,2019、2020年连续开展。",
    "母乳喂养率%,5岁以下儿童死亡率‰,已为万家庭万居民建立档案。",
    "确保20xx年各项指标全面完成。",
    "今年防控任务十分繁重,摆上十分突出的位置,千方百计做好工作。",
    "提高工作效率和两个效益,调动两个积极性,拓宽两个渠道。",
    "对年终考评得分低于80分的末位者给予停岗,超过100人的企业重点监督。",
    "全县未发生1例非典病例,无一例医务人员感染,未发生1起食品安全事故。",  # one case denied: none
    "在这三个月里,我学到了很多。",
    "基本药物制度实施两个月来,群众反映良好。",  # the time since a start dates the writing
    "全县80对象均已建档,第3对口帮扶医院开展一对一服务。",
    "建档率达到8 6.5%。",  # a number broken by a space: its value is unknown
    "千万不能放松警惕。",
    "数十个项目已开工,几百人受益,十几个乡镇达标。",  # indefinite numbers
    "实现“四个100%”目标,做到三个100%。",
    "产后42天内完成访视,孕13周前建册。",  # a time after an event says which check is counted
    "综合考核位列全市前三位,进入全省前10名。",  # ranks
    "疫苗接种进度排名全省第4位,较上月前移3位。",  # a move in a ranking counts no one
    "接种进度居全国第11位,较2020年前移3位。",
    "其中90分以上的优秀单位,80-90分的良好单位。",  # grade bands
    "注:签约率=签约人数/常住人口数×100%。",  # a formula's factor
    "考核得分低于80分的科室取消评优资格。",  # a threshold of those counted
    "服务半径超过50公里的嘎查实现巡诊全覆盖。",  # …of Inner Mongolia's villages
    "考核得分低于800分的卫生院予以通报。",
    # the rules of an appraisal: points, what they are given or taken for, grades, weights
    "获得国家级表彰的每项加20分,每低1个百分点扣2分,发生1例可避免孕产妇死亡扣20分,每超过500万元加5分。",
    "年终考核得分90分以上(百分制折算)为优秀,60分以下为不合格;完成率低于80%的,本项不得分。",
    "考核采取日常考核(占40%)与年终考核(占60%)相结合,按照10%的权重纳入综合考核。",
    # a rate or an age that says which are counted; a programme's name; a run of periods
    "第一剂接种率低于80%的乡镇,其中60岁以上的老人,落实残疾人两项补贴,连续两期排名末位。",
    "万一发生疫情,立即启动3级响应。",
    "把乡镇卫生院建设列为十件实事之一,落实母婴安全五项制度,三项指标均优于全省平均水平。",  # named sets
    "对连续两个季度排名末位的县进行约谈。",
    "卫计局工作总结范文三篇",  # the articles of a compilation page
    "县卫生局工作总结(共2篇)",  # …and with 共 before their count
    "卫生院年终工作总结(共三篇)",
    "对排名后3位的单位进行约谈,部分村卫生室业务用房不足60平方米。",  # a rank, a threshold of which are meant
    "部分项目完成投资不足年度计划的60%。",  # …also a share of a plan
    "扎实推进五项重点改革。",
    "全县继续实施12类45项国家基本公共卫生服务项目。",  # the scope of a national package
    "将目标任务分解到12个街道和38家医疗卫生单位。",  # those a task is split among
    "重点抓好以下20项工作。",  # the length of the list that follows
    "打造15分钟健康服务圈,居民出行15分钟可到达,检查36单位,3部门联合,五部委印发。",
    "县长在县十八届人大五次会议上作报告,十件民生实事全面完成。(本报告共印发350份)",  # a session, a named set, a print run
    "卫生院工作总结(通用5篇),打造15分钟医保服务圈,坚持两条主线,守住三条底线。",  # a link of a sharing site's related list, a programme
    # a scoring scheme: full marks, the weights of its parts, an appraisal's weight
    "预算执行(满分20分),从项目决策(15分)、项目管理(25分)两个方面评分,考核权重不低于60%。",
    # a deadline an act keeps, the phase of a project, a time of day and a matching share
    "全部检查结果已于检查结束后20个工作日内通过“信用云岭”网站向社会公开。",
    "启动全民健康信息平台三期建设,中午1:30开会,资金按1:1比例配套。",
    # the layout of an appraisal's form, the priorities a report names, the steps of a procedure
    "我局共设置一级指标3个、二级指标7个,共7个一级指标、24个二级指标。",
    "围绕医改五项重点任务,紧紧围绕重大疾病防控三项重点,自评工作分为准备、核查、评价三个阶段。",
    "南湖区2023年卫生健康十件大事",
    # thresholds that say which are counted, a standard of access, kinds that say what is meant
    "对执行率低于80%的项目压减预算,建成社区15分钟健身圈,统计每天锻炼不少于1小时的学生比例。",
    "基本实现城区10分钟、农村30分钟急救圈,形成城市5分钟和乡村15分钟健康服务圈。",  # each of a list of them
    "每个中医馆能够规范开展6类10项以上中医药适宜技术,救治儿童白血病等20类重大疾病。",
    "发生食物中毒事件,无死亡病例。",
    # the pace a share done is measured against (序时进度), however written
    "截至9月底,序时进度75%,时间进度为75%。",
    # a mark not reached, with no goal named after it
    "部分项目受目标人群变化影响,完成率接近但未达到100%;部分指标尚未达到95%。",
    # the economy's three sectors, in a government's or a statistics office's report
    "三次产业协调发展,三次产业结构进一步优化。",
    # a move in a ranking counted in places (位次)
    "县直部门综合考评位列第一方阵,较上年前移3个位次。",
    # the field a rank is taken in, and the parts of the report itself
    "任务完成率在全省21个市(州)中排名第3位,全市13个县区综合排名第二。",
    # …counted in 家 and 所, and named before the appraisal that ranks a place among them
    "县人民医院在全省参评的236家二级综合医院中排名第58位,较上年提升21个位次。",
    "在市卫生健康委对13个县市区的年度考核中,我县排名由上年的第7位上升至第4位。",
    # a rank as a share of those ranked, and a move after any word of a rank (位列全市第二)
    "在全国二级综合医院中排名前10%,区人民医院位列全国同级医院前5%。",
    "绩效评价位列全市第二,比上年前移两位。",
    # those an appraisal's average score is of, the group some of which are counted next, and an appraisal's layout
    "全县12个乡镇卫生院考核平均得分高于上年。",
    "考核内容包括基本公共卫生、医政医管、疾病防控、妇幼健康等8个方面42项指标。",
    "全文包括总体情况、存在的主要问题及改进情况、其他需要报告的事项等六个部分。",
    # the version of a payment scheme or a system, however written
    "二级以上医院全面执行DRG/DIP 2.0版分组方案,全面执行DRG/DIP 2.0分组,上线智慧医院3.0版本。",
    # a post's counters of readers, likes and shares under it
    "阅读3256赞45在看12分享8留言6",
    # a number of a place's name after 辖 (三乡镇), or a number before a division and more (3乡镇卫生院)
    "全县辖三乡镇卫生院和城关镇卫生院。",
    "目前下辖3乡镇卫生院分院。",
    # multiples and halves: FACTS.md gives 倍 and 一半 no unit, neither a count nor a share
    "家庭医生签约人数增长1.5倍,全县卫生总投入是2015年的2倍。",
    "医疗卫生支出五年翻一番,基层医疗卫生机构诊疗量占比达到一半以上。",
    # fronts of a fight, a figure of speech
    "在抗疫一线和医院发展两条战线上交出了一份合格答卷。",
    # a slogan of full coverage, its parts listed before it
    "DIP支付方式改革实现统筹区、医疗机构、病种、医保基金四个全覆盖。",
    # the goals of HIV care named by their share
    "“三个90%”进展顺利,向“三个95%”目标迈进。",
]


@pytest.mark.parametrize("sentence", NON_FACTS, ids=[s[:12] for s in NON_FACTS])
def test_not_facts(sentence):
    assert _facts(sentence, "results") == []


def test_not_facts_mask_is_the_alternations_matches():
    """Each not-facts pattern is sought alone: the spans are still those of their alternation,
    the first pattern's where two match at one place, and no pattern matches an empty string."""
    from re import _parser as sre_parser

    import regex

    from extractors.patterns import words_needed
    from extractors.quantities import _not_facts
    from extractors.units import alternation, load_toml

    data = load_toml("not_facts.toml")
    patterns = [alternation(data["phrases"]), *data["patterns"]]
    assert all(words_needed(p) for p in patterns)  # else each would be sought in every sentence
    union = regex.compile("|".join(patterns))
    mask, _ = _not_facts()
    sentences = [case[0] for case in CASES] + NON_FACTS + [" ".join(NON_FACTS), "".join(NON_FACTS)]
    for sentence in sentences:
        assert mask.spans(sentence) == [m.span() for m in union.finditer(sentence)]
    assert all(sre_parser.parse(p.replace(r"\p{Han}", r"\w")).getwidth()[0] > 0 for p in patterns)


@pytest.mark.parametrize("sentence,expected", [
    ("抗菌药物使用强度为36.2DDDs。", [("36.2DDDs", 36.2, "DDDs", "actual")]),
    # a unit in Latin letters may stand a space after its number
    ("抗菌药物使用强度由48.6 DDDs降至39.5 DDDs。", [("48.6 DDDs", 48.6, "DDDs", "baseline"), ("39.5 DDDs", 39.5, "DDDs", "actual")]),
])
def test_units_in_latin_letters(sentence, expected):
    assert [(f.surface, f.value, f.unit, f.role) for f in _facts(sentence, "results")] == expected


def test_population_qualifier_stays_in_indicator():
    facts = _facts("对患有25种大病的贫困人口实施救治5558人次,0-6岁儿童健康管理率达95%。", "results")
    assert [(f.value, f.unit) for f in facts] == [(5558, "人次"), (95, "%")]
    assert facts[1].indicator == "0-6岁儿童健康管理率"
    assert facts[1].indicator_key == "child_0_6_health_mgmt_rate"  # children's, not the poor's named before


def test_listed_facts_get_their_own_indicators():
    facts = _facts("登记高血压患者3313人,肿瘤42人,糖尿病294人。", "results")
    assert [f.indicator for f in facts] == ["登记高血压患者", "登记肿瘤", "登记糖尿病"]


@pytest.mark.parametrize("sentence,names,qualifiers", [
    # the words an item ends on that open the head shared are said once
    ("脊灰疫苗、百白破疫苗接种率分别为98.6%、98.3%。", ["脊灰疫苗接种率", "百白破疫苗接种率"], ["exact", "exact"]),
    # a rate after 分别 of each count listed before it is that count's, not one the dictionary names in passing
    ("全年监测城乡饮用水水样432份,其中出厂水108份、末梢水324份,合格率分别为97.2%、93.5%。",
     ["监测城乡饮用水水样", "监测城乡饮用水水样出厂水", "监测城乡饮用水水样末梢水", "城乡饮用水水样出厂水合格率",
      "城乡饮用水水样末梢水合格率"], ["exact"] * 5),
    ("高血压、糖尿病患者规范管理率分别为85%、80%。", ["高血压患者规范管理率", "糖尿病患者规范管理率"], ["exact", "exact"]),
    ("孕产妇、3岁以下儿童系统管理率分别达到85%、90%以上。", ["孕产妇系统管理率", "3岁以下儿童系统管理率"], ["at_least", "at_least"]),
    ("高血压、2型糖尿病患者规范管理率分别为73.6%、70.2%。", ["高血压患者规范管理率", "2型糖尿病患者规范管理率"], ["exact", "exact"]),
    ("建立率、覆盖率、报告率均达100%。", ["建立率、覆盖率、报告率"], ["exact"]),
    # numerals listed before their grade share it (三、四级手术)
    ("区中医院三、四级手术占比分别为31.2%、9.8%。", ["区中医院三级手术占比", "四级手术占比"], ["exact", "exact"]),
    # …and a bare head after 分别 names each thing the clause before listed with its count
    ("县人民医院完成三、四级手术3260台,占比分别为31.5%和8.7%。",
     ["县人民医院完成三、四级手术", "县人民医院完成三级手术占比", "县人民医院四级手术占比"], ["exact", "exact", "exact"]),
    ("开展高血压、糖尿病患者随访2.1万人次,规范管理率分别为78%和75%。",
     ["开展高血压、糖尿病患者随访", "高血压患者规范管理率", "糖尿病患者规范管理率"], ["exact", "exact", "exact"]),
    ("2.力争高血压、糖尿病患者规范管理率分别达到70%和65%。", ["高血压患者规范管理率", "糖尿病患者规范管理率"],
     ["exact", "exact"]),
    ("4、新生儿遗传代谢病筛查率和听力筛查率分别达到98%和96%以上。", ["新生儿遗传代谢病筛查率", "新生儿听力筛查率"],
     ["at_least", "at_least"]),
    # an item's number before an age is no part of the name
    ("3.65岁以上老年人健康管理率、中医药健康管理率均达到70%。", ["65岁以上老年人健康管理率、中医药健康管理率"], ["exact"]),
    # 及 inside a word (及时, 普及) joins no list
    ("其中卡介苗、乙肝疫苗首针及时接种率分别为99.3%和98.1%。", ["卡介苗首针及时接种率", "乙肝疫苗首针及时接种率"],
     ["exact", "exact"]),
    ("卫生厕所普及率、自来水普及率分别为85%和90%。", ["卫生厕所普及率", "自来水普及率"], ["exact", "exact"]),
    # numbers listed after 为 pair with the names listed as after 分别, though the writer left 分别 out
    ("高血压、糖尿病患者规范管理率为76.3%、72.8%。", ["高血压患者规范管理率", "糖尿病患者规范管理率"], ["exact", "exact"]),
    ("高血压、糖尿病患者分别规范管理3.42万人、8960人,规范管理率为76.3%、72.8%。",
     ["高血压患者规范管理", "糖尿病患者规范管理", "高血压患者规范管理率", "糖尿病患者规范管理率"], ["exact"] * 4),
    # a verb after 分别 and the noun it counts, said of each; a change's 同比 is no name
    ("县人民医院、县中医院分别投入资金200万元、150万元。", ["县人民医院投入资金", "县中医院投入资金"], ["exact", "exact"]),
    ("门诊人次、住院人次分别同比增长5.2%、6.1%。", ["门诊人次", "住院人次"], ["exact", "exact"]),
    # places, the last with what each of them has: a county of two characters, townships
    ("马尔康市、汶川县、茂县人民医院分别新增床位120张、80张、60张。",
     ["马尔康市人民医院新增床位", "汶川县人民医院新增床位", "茂县人民医院新增床位"], ["exact"] * 3),
    ("城关镇、河口镇卫生院门诊量分别为2万人次、1.5万人次。", ["城关镇卫生院门诊量", "河口镇卫生院门诊量"], ["exact", "exact"]),
    ("苏尼特左旗、阿巴嘎旗分别完成包虫病筛查1.2万人、0.9万人。", ["苏尼特左旗完成包虫病筛查", "阿巴嘎旗完成包虫病筛查"],
     ["exact", "exact"]),
])
def test_lists_of_indicators(sentence, names, qualifiers):
    """分别 pairs numbers with names in order; one number for several names is one fact;
    a closing 以上 bounds every number of its list."""
    facts = _facts(sentence, "results")
    assert [f.indicator for f in facts] == names
    assert [f.qualifier for f in facts] == qualifiers


@pytest.mark.parametrize("sentence,names,keys", [
    # a line's label (1.流行性感冒:) names the cases its clause only says were reported, and the change after them
    ("1.流行性感冒:本月报告138例,较去年同期下降23.8%。", ["流行性感冒", "流行性感冒"], [None, None]),
    ("2.其他感染性腹泻病:报告61例,环比下降15.28%。", ["其他感染性腹泻病", "其他感染性腹泻病"], [None, None]),
    # a vaccine's rate among the vaccination rate's parts is its vaccination rate, not the vaccine
    ("全县儿童基础免疫接种率均在95%以上,其中卡介苗99.6%、百白破疫苗98.7%。",
     ["儿童基础免疫接种率", "儿童基础免疫卡介苗接种率", "百白破疫苗接种率"], ["nip_vaccination_rate", None, None]),
    # a share its clause's name has right before its number is that name's share, not the name alone
    ("中心编制62名,实有在岗47人,专业技术人员仅占78.7%。", ["中心编制", "实有在岗", "专业技术人员占比"], [None] * 3),
    # the cost after works named before their area is theirs, not another's named in the clause before
    ("县人民医院通过二级甲等医院复审,县中医院新建住院综合楼建筑面积1.2万平方米,总投资4600万元。",
     ["县中医院新建住院综合楼建筑面积", "县中医院新建住院综合楼总投资"], [None, None]),
    ("县妇幼保健院迁建项目建筑面积2.8万平方米,总投资1.5亿元,完成投资6500万元。",
     ["县妇幼保健院迁建项目建筑面积", "县妇幼保健院迁建项目总投资", "县妇幼保健院迁建项目完成投资"], [None] * 3),
    # what of a project's total was spent so far is the project's, an area between them or not
    ("县人民医院医技综合楼项目总投资4.8亿元,建筑面积8.6万平方米,年内累计完成投资2.1亿元。",
     ["县人民医院医技综合楼项目总投资", "县人民医院医技综合楼项目建筑面积", "县人民医院医技综合楼项目累计完成投资"], [None] * 3),
    # the count of the hospitals a value is of is no fact and no part of its name
    ("县直三家医疗单位全年门诊量28.9万人次,同比增长15.2%。", ["县直医疗单位全年门诊量", "县直医疗单位全年门诊量"],
     ["outpatient_visits", "outpatient_visits"]),
    ("全区10个社区卫生服务中心门急诊量32.6万人次。", ["社区卫生服务中心门急诊量"], [None]),
    # a clause judging how much, then its verb counting: those counted, without the judgement
    ("基层医务人员流失较多,近三年流失32人。", ["基层医务人员流失"], [None]),
    # 卫技人员 is the 卫生技术人员 of the ratio too
    ("全县现有卫生技术人员1126人,每千人口卫技人员2.9人。", ["卫生技术人员", "每千人口卫技人员"],
     ["health_tech_staff", "health_tech_per_1000"]),
    # a per-head word written after the verb reaching the value opens the name
    ("新农合筹资标准提高到人均60元。", ["人均新农合筹资标准"], ["ncms_per_capita_funding"]),
    # …and one written after the 由 or 从 the change starts from, of the money after it too
    ("基本公共卫生服务补助标准由人均50元提高到55元。", ["人均基本公共卫生服务补助标准"] * 2, ["bphs_per_capita_subsidy"] * 2),
    ("基本公共卫生服务补助标准从人均50元提高到55元,拨付资金1200万元。",
     ["人均基本公共卫生服务补助标准", "人均基本公共卫生服务补助标准", "基本公共卫生服务拨付资金"], ["bphs_per_capita_subsidy"] * 2 + [None]),
    # an amount right after a count, with no name of its own, is of those just counted, not of the sentence's subject
    ("收到患者锦旗、感谢信86面,拒收红包32人次,金额1.2万元。", ["收到患者锦旗、感谢信", "拒收红包", "拒收红包金额"], [None] * 3),
    ("收到感谢信、锦旗168件,拒收红包46人次计3.8万元。", ["收到感谢信、锦旗", "拒收红包", "拒收红包金额"], [None] * 3),
    # the month a count is compared with (与上月(215例)相比) is no part of any name
    ("全县共报告法定传染病263例,与上月(215例)相比上升22.33%。", ["报告法定传染病"] * 3, [None] * 3),
    # a share after the last count of a list after a colon is the whole list's, which the words before the colon name
    ("发病居前五位的病种为:手足口病312例、肺结核198例、乙肝121例,占总发病数的86.17%。",
     ["手足口病", "肺结核", "乙肝", "发病居前五位的病种占总发病数"], [None, "tb_cases_found", None, None]),
    # where a change starts from now (由目前的) is no part of the name
    ("县级核酸检测基地单日检测能力由目前的1万管提高到3万管。", ["县级核酸检测基地单日检测能力", "县级核酸检测基地单日检测能力"], [None, None]),
    # a % change of a sum with no amount beside it is of the sum's series; a count's stays unkeyed
    ("全县卫生健康支出增长5%以上,门诊量增长5%。", ["卫生健康支出", "门诊量"], ["gov_health_spending", None]),
    # the letter of X光机 is no masked digit
    ("购置数字化X光机18台,新增X线机2台。", ["购置数字化X光机", "新增X线机"], [None, None]),
    # a table row's project (项目名称 | 总投资 | 完成投资) is what its total is of, as its amount done is
    ("县人民医院外科综合楼:总投资52000万元,完成投资13800万元。", ["县人民医院外科综合楼总投资", "县人民医院外科综合楼完成投资"], [None, None]),
    # the sum raised after the standard per head is raised, not of the standard (人均筹资 and 筹集 say one deed):
    # the total of the standard's scheme
    ("人均筹资150元,筹集资金2973万元。", ["人均筹资", "筹集资金"], ["ncms_per_capita_funding", "ncms_fund_raised"]),
    ("筹资标准提高到每人290元,筹集基金15184.4万元。", ["筹资标准每人", "筹集基金"], ["ncms_per_capita_funding", "ncms_fund_raised"]),
    # dogs (犬只) are no dog and an 只 of "only": what a county has registered and dewormed
    ("登记在册犬只6950只,全年犬只驱虫4.6万只次。", ["登记在册犬只", "犬只驱虫"], [None, None]),
    # so it is when the row's works are sized before its colon (a 建设内容 cell: 负压病房40间, 业务用房1.2万平方米)
    ("县人民医院传染病区负压病房40间:总投资6800万元。", ["县人民医院传染病区负压病房", "县人民医院传染病区负压病房总投资"], [None, None]),
    ("口岸医院业务用房1.2万平方米:总投资9500万元。", ["口岸医院业务用房", "口岸医院业务用房总投资"], [None, None]),
    # and the row's amounts after its total are its project's too (the year's planned amount, its 计划 the role's)
    ("乡镇卫生院提升改造8所:总投资1600万元,2021年计划投资1200万元。", ["乡镇卫生院提升改造", "乡镇卫生院提升改造总投资", "乡镇卫生院提升改造投资"],
     [None, None, None]),
    # the amount done after the year's planned amount is done of that plan, as after a total
    ("年度计划投资1.6亿元,完成投资1.52亿元,占年度计划的95%。", ["年度计划投资", "完成投资", "完成投资占年度计划"], [None, None, None]),
    ("县人民医院外科综合楼:计划投资15000万元,完成投资13800万元。", ["县人民医院外科综合楼投资", "县人民医院外科综合楼完成投资"], [None, None]),
    # 在培, as 在岗 and 在编, is a word: those in training, not a lead 在
    ("在培住院医师规范化培训学员58人。", ["在培住院医师规范化培训学员"], [None]),
    # a building's total after the words that say how far its works went
    ("县疾控中心P2实验室竣工并通过验收,总投资1200万元;市传染病医院改扩建项目完成主体工程,总投资3.2亿元。",
     ["县疾控中心P2实验室总投资", "市传染病医院改扩建项目总投资"], [None, None]),
    # 谋划 says how the works go, as 加快 and 推进 do: the total is of the projects done
    ("全市共谋划实施卫生健康项目23个,总投资46.8亿元。", ["谋划实施卫生健康项目", "实施卫生健康项目总投资"], [None, None]),
    # the whole those among it are counted of is named without its 中, also with a comma before 有
    ("全县17个乡镇卫生院中,有4家达到推荐标准;全省县级医院中有86家达到三级医院服务能力。",
     ["乡镇卫生院", "乡镇卫生院达到推荐标准", "县级医院达到三级医院服务能力"], [None, None, None]),
    ("全县登记在册严重精神障碍患者1184人,规范管理率达到83.5%。",
     ["登记在册严重精神障碍患者", "登记在册严重精神障碍患者规范管理率"], ["smi_registered_count", "smi_standard_mgmt_rate"]),
    # the new ones of the works counted are a part of them, no second value of the works' key
    ("村卫生所改貌建设27个,其中新建17个。", ["村卫生所改貌建设", "村卫生所改貌建设新建"], ["new_village_clinics", None]),
    ("(六)计划投入资金2800万元,县域内就诊率力争达到90%以上。", ["投入资金", "县域内就诊率"], [None, "county_retention_rate"]),
    ("三、2019年工作打算力争重点人群家庭医生签约率达到75%。", ["重点人群家庭医生签约率"], ["fd_priority_coverage"]),
    ("全年筛查2000人,筛查率达95%。", ["筛查", "筛查率"], [None, None]),
    # an amount named by the deed the count before it ends on is that part's, not the scheme's total
    ("住院补偿2.38万人次,补偿资金4925.3万元;门诊统筹补偿33.9万人次,补偿资金862.1万元。",
     ["住院补偿", "住院补偿资金", "门诊统筹补偿", "门诊统筹补偿资金"], [None] * 4),
    ("大病二次补偿312人,补偿资金186万元。", ["大病二次补偿", "大病二次补偿资金"], ["critical_illness_payout", None]),
    ("大病救治1263人,补偿资金2146.9万元。", ["大病救治", "大病救治补偿资金"], [None, None]),
    # 规范化管理率 alone says of whom no more than 规范管理率 does
    ("管理高血压患者1.82万人,规范化管理率71.3%。", ["管理高血压患者", "高血压患者规范化管理率"],
     ["hypertension_managed_count", "hypertension_standard_mgmt_rate"]),
    # 实际 and the deed a task names is the task's result
    ("肺结核病人发现任务数为360例,实际发现381例。", ["肺结核病人发现任务数", "肺结核病人发现"], ["tb_cases_found"] * 2),
    # what was done of a task set from above is named without who set it
    ("农村妇女“两癌”免费筛查市下达任务数8000人,实际筛查8326人,完成率104.1%。",
     ["农村妇女“两癌”免费筛查市下达任务数", "农村妇女“两癌”免费筛查", "农村妇女“两癌”免费筛查完成率"], [None, "two_cancers_screened", None]),
    # …and so is a 任务完成率 after its count (任务完成率分别为…: each count's)
    ("完成农村妇女宫颈癌筛查6120人,任务完成率102%。", ["农村妇女宫颈癌筛查", "农村妇女宫颈癌筛查任务完成率"],
     ["cervical_cancer_screened", None]),
    ("实际完成宫颈癌检查6218人、乳腺癌检查6105人,任务完成率分别为103.6%和101.8%。",
     ["宫颈癌检查", "乳腺癌检查", "宫颈癌检查任务完成率", "乳腺癌检查任务完成率"],
     ["cervical_cancer_screened", "breast_cancer_screened", None, None]),
    # the 2010–2013 wordings of the 新农合 and basic public health indicators
    ("政策范围内住院报销比例达到76.8%,0-6岁儿童系统管理率88.6%,糖尿病患者规范化管理率70%。",
     ["政策范围内住院报销比例", "0-6岁儿童系统管理率", "糖尿病患者规范化管理率"],
     ["ncms_policy_inpatient_ratio", "child_0_6_health_mgmt_rate", "diabetes_standard_mgmt_rate"]),
    ("基本公共卫生服务人均经费提高到25元,城乡居民健康档案规范化建档率达到85%以上。",
     ["基本公共卫生服务人均经费", "城乡居民健康档案规范化建档率"], ["bphs_per_capita_subsidy", "standard_e_record_coverage"]),
    # nothing before a count names it: the words after it do
    ("全年共完成7个村的改水工程,受益人口1.2万人。", ["村的改水工程", "受益人口"], [None, None]),
    # 一是 numbers a list; a heading before a colon lends no subject
    ("一是力争全年争取上级项目资金3000万元以上。", ["争取上级项目资金"], ["superior_funds_secured"]),
    ("二、2019年工作完成情况:全年完成免疫接种5.6万针次。", ["免疫接种"], [None]),
    # …but an indicator before a colon names what follows it
    ("2.糖尿病患者规范管理率:目标60%,完成58.1%。", ["糖尿病患者规范管理率", "糖尿病患者规范管理率"],
     ["diabetes_standard_mgmt_rate", "diabetes_standard_mgmt_rate"]),
    # a stock's phrase must end the name; a grade is a group of its own
    ("举办了辖区各医疗机构卫生技术人员参加的培训班,200余名。", ["卫生技术人员参加的培训班"], [None]),
    ("全区卫生技术人员1862人,实有床位980张,初级卫技人员82人。", ["卫生技术人员", "实有床位", "初级卫技人员"],
     ["health_tech_staff", "total_beds", None]),
    # a rate named after a dictionary rate is a rate of its own; a list keeps the last one's key
    ("农村户籍产妇叶酸增补服用率知晓率达到90%,产前健康管理率、产后访视率均达到90%。",
     ["农村户籍产妇叶酸增补服用率知晓率", "产前健康管理率、产后访视率"], [None, "postpartum_visit_rate"]),
    ("至9月份全区已建立户籍规范化电子健康档案建档率85%,新型农村合作医疗行政村覆盖率仍保持100%。",
     ["建立户籍规范化电子健康档案建档率", "新型农村合作医疗行政村覆盖率"], ["standard_e_record_coverage", "ncms_village_coverage"]),
    # the base of a change stays out of the name
    ("医疗性收入的比例要在去年的基础上提高5%,业务收入在上年度基础上增长10%。", ["医疗性收入的比例", "业务收入"], [None, None]),
    # a share after an amount is that amount's share
    ("全县医疗卫生机构总收入3.56亿元,其中药品收入1.2亿元,占33.7%。",
     ["医疗卫生机构总收入", "药品收入", "药品收入占比"], [None, None, "drug_revenue_share"]),
    ("门诊人次35万,占全县的42%。", ["门诊人次", "门诊人次占全县"], ["outpatient_visits", None]),
    # a name says per what, without the verb before 每
    ("补助标准为每人500元,新农合人均筹资标准为每人每年550元。", ["补助标准每人", "新农合人均筹资标准每人每年"],
     [None, "ncms_per_capita_funding"]),
    # 进行 only carries the noun after a count
    ("对辖区内35家公共场所进行了监督检查,合格率达92%。", ["公共场所监督检查", "公共场所监督检查合格率"], [None, None]),
    # a dictionary name is also read as `clean` leaves it, without its brackets
    ("每千人口执业(助理)医师2.1人。", ["每千人口执业(助理)医师"], ["physicians_per_1000"]),
    # words before a fact can show that an indicator does not apply, unless its name says it does
    ("全县新冠病毒疫苗第一剂次接种率98.2%,全程接种率96.5%。", ["新冠病毒疫苗第一剂次接种率", "全程接种率"], [None, None]),
    ("新冠疫苗接种有序推进,适龄儿童免疫规划疫苗全程接种率95%以上。", ["适龄儿童免疫规划疫苗全程接种率"],
     ["nip_vaccination_rate"]),
    ("全程接种率96.5%,新冠疫苗接种12万人。", ["全程接种率", "新冠疫苗接种"], ["nip_vaccination_rate", None]),
    ("全县全人群全程接种率达到91.6%,加强针接种率达到62%以上。", ["全人群全程接种率", "全人群加强针接种率"], [None, None]),
    ("3岁以上人群全程接种率为89.3%。", ["3岁以上人群全程接种率"], [None]),
    # a dose's rate after a rate of a group is the group's, as the next dose's is
    ("60岁以上老年人第一剂次接种率95.2%、全程接种率91.8%、加强免疫接种率78.3%。",
     ["60岁以上老年人第一剂次接种率", "60岁以上老年人全程接种率", "60岁以上老年人加强免疫接种率"], [None, None, None]),
    ("全县3岁以上人群第一剂次接种率达96.8%,全程接种率93.2%。", ["3岁以上人群第一剂次接种率", "3岁以上人群全程接种率"], [None, None]),
    # a bare head the dictionary knows is of whom the rate before it is
    ("严重精神障碍患者在册1342人,规范管理率达87.6%,报告患病率4.61‰。",
     ["严重精神障碍患者在册", "严重精神障碍患者规范管理率", "严重精神障碍患者报告患病率"],
     ["smi_registered_count", "smi_standard_mgmt_rate", "smi_reported_prevalence"]),
    ("改建方舱医院2个,总床位1200张;全市医疗卫生机构床位2.3万张。", ["改建方舱医院", "方舱医院总床位", "医疗卫生机构床位"],
     [None, None, "total_beds"]),
    ("大病保险赔付1520人次,赔付金额2860万元;新农合补偿资金3200万元。",
     ["大病保险赔付", "大病保险赔付金额", "新农合补偿资金"], ["critical_illness_payout", "critical_illness_payout", "ncms_compensation_paid"]),
    # variants of the common indicators: a list of 门诊 and 急诊, 健康管理规范率, 管理人数, the abbreviation 家签,
    # 在册 after the disorder, a ratio without its 每, the newer name of the elderly's rate without 及
    ("全年门诊、急诊人次达186.4万人次,同比增长6.2%。", ["门诊、急诊人次", "门诊、急诊人次"], ["outpatient_visits"] * 2),
    ("2型糖尿病患者健康管理规范率71.8%,高血压患者管理人数较上年增加1200人。", ["2型糖尿病患者健康管理规范率", "高血压患者管理人数"],
     ["diabetes_standard_mgmt_rate", "hypertension_managed_count"]),
    ("组建家签团队126个,贫困人口家签率100%。", ["组建家签团队", "贫困人口家签率"], ["fd_teams", "fd_poor_contract_rate"]),
    # a rate after a count of what was set up or done is of the thing, not of the setting up or the doing
    ("全县建立居民健康档案10.2万份,建档率81.5%。", ["建立居民健康档案", "居民健康档案建档率"],
     ["health_records_count", "health_record_filing_rate"]),
    ("全年开展产前筛查3200人,筛查率86.7%。", ["开展产前筛查", "产前筛查率"], [None, "prenatal_screening_rate"]),
    # 签约覆盖率 and 签约服务人数 alone are the family doctors' (the priority groups' are named so)
    ("全县家庭医生签约服务人数达8.62万人,签约覆盖率36.4%,其中重点人群签约率72.1%。",
     ["家庭医生签约服务人数", "签约覆盖率", "重点人群签约率"], ["fd_contracted", "fd_contract_coverage", "fd_priority_coverage"]),
    ("重点人群签约服务人数3.1万人,建档立卡贫困人口签约覆盖率100%。", ["重点人群签约服务人数", "建档立卡贫困人口签约覆盖率"],
     [None, None]),
    ("严重精神障碍在册患者1632人,报告患病率4.12‰。", ["严重精神障碍在册患者", "报告患病率"], ["smi_registered_count", "smi_reported_prevalence"]),
    ("每千人口执业医师2.58人,千人口注册护士数2.71人。", ["每千人口执业医师", "千人口注册护士数"], ["physicians_per_1000", "nurses_per_1000"]),
    ("65岁以上老年人城乡社区规范健康管理服务率66.8%。", ["65岁以上老年人城乡社区规范健康管理服务率"], ["elderly_health_mgmt_rate"]),
    ("基层医疗卫生机构基本药物配备使用率达到82.6%。", ["基层医疗卫生机构基本药物配备使用率"], ["essential_drug_use_rate"]),
    ("孕产妇艾滋病检测率99.8%,每千农业人口村医1.2人。", ["孕产妇艾滋病检测率", "每千农业人口村医"],
     ["pmtct_testing_rate", "village_doctors_per_1000"]),
    # some of the patients seen, of those signed and of the mothers delivered are none of the whole's series
    ("全县远程诊疗人次3260人次,互联网诊疗人次1.2万人次。", ["远程诊疗人次", "互联网诊疗人次"], [None, None]),
    ("全县家庭医生签约人数12.3万人,慢病签约人数3.2万人。", ["家庭医生签约人数", "慢病签约人数"], ["fd_contracted", None]),
    ("全年筛查孕产妇妊娠风险2874人,高危孕产妇住院分娩率100%。", ["筛查孕产妇妊娠风险", "高危孕产妇住院分娩率"], [None, None]),
    ("全县总诊疗量152万人次,门急诊总量98万人次,重点人群签约服务率75%,每万名居民拥有全科医生2.9人。",
     ["总诊疗量", "门急诊总量", "重点人群签约服务率", "每万名居民全科医生"],
     ["outpatient_visits", "outpatient_visits", "fd_priority_coverage", "gps_per_10000"]),
    ("高血压患者健康管理人数2.3万人,糖尿病患者健康管理人数0.8万人。", ["高血压患者健康管理人数", "糖尿病患者健康管理人数"],
     ["hypertension_managed_count", "diabetes_managed_count"]),
    # the priority groups' rate is not all the people's, though its words hold a name of the whole's
    ("重点人群家庭医生签约覆盖率达到75%以上,签约服务覆盖率达到40%。", ["重点人群家庭医生签约覆盖率", "签约服务覆盖率"],
     ["fd_priority_coverage", "fd_contract_coverage"]),
    # a count of general practitioners is no value of their ratio to the population
    ("全科医生数达到68人,每万人口全科医生1.63人。", ["全科医生数", "每万人口全科医生"], [None, "gps_per_10000"]),
    # an institution named after 其中 owns its part only: after the ; the sentence is of the whole again
    ("全县总诊疗人次152.3万人次,其中乡镇卫生院诊疗人次68.7万人次;住院人次6.12万人次。", ["总诊疗人次", "乡镇卫生院诊疗人次", "住院人次"],
     ["outpatient_visits", None, "inpatient_admissions"]),
    ("全县床位总数达到2200张,其中县级医院床位1200张;病床使用率控制在85%-93%之间。", ["床位总数", "县级医院床位", "病床使用率"],
     ["total_beds", None, "bed_occupancy_rate"]),
    # …and a kind of bed is not all of them, also as their 总数
    ("全省新建改建重症监护床位3800张,重症床位总数达到8216张。", ["新建改建重症监护床位", "重症床位总数"], [None, None]),
    # the inpatients' or outpatients' part of an amount is not the whole amount's series; per head
    # amounts listed after 分别 are of the amounts before them
    ("共支付住院补偿资金5130.81万元,门诊补偿资金2503.42万元,人均补偿分别为4694.24元和39.15元。",
     ["支付住院补偿资金", "门诊补偿资金", "支付住院补偿资金人均补偿", "门诊补偿资金人均补偿"], [None] * 4),
    # a rate is of what a count before it counted
    ("65岁以上老年人健康管理人数达2.3万人,管理率为72.4%。", ["65岁以上老年人健康管理人数", "65岁以上老年人健康管理率"],
     [None, "elderly_health_mgmt_rate"]),
    ("产前筛查例数812例,筛查率88.1%。", ["产前筛查例数", "产前筛查率"], [None, "prenatal_screening_rate"]),
    ("高血压患者规范管理3000人,规范管理率85%。", ["高血压患者规范管理", "高血压患者规范管理率"],
     [None, "hypertension_standard_mgmt_rate"]),
    ("在各部门的大力支持下,今年献血人数达到了173名。", ["献血人数"], [None]),
    ("全年开展不少于12次的健康教育讲座。", ["开展健康教育讲座"], ["health_lectures"]),
    ("建档率达到85.6%,较上年提高2.1个百分点。", ["建档率", "建档率"], [None, None]),
    ("全县人均预期寿命达到77.8岁。", ["人均预期寿命"], ["life_expectancy"]),
    ("全年服务群众1.2万余人次,满意率98%。", ["服务群众", "服务群众满意率"], [None, None]),
    ("全县共有村医426名,其中取得执业(助理)医师资格的83名。", ["村医", "村医取得执业(助理)医师资格"], [None, None]),
    ("国家免疫规划疫苗接种率均在90%以上,门急诊人次将突破80万。", ["国家免疫规划疫苗接种率", "门急诊人次"],
     ["nip_vaccination_rate", "outpatient_visits"]),
    ("发放退休增资5%或10%金额359.79万元。", ["发放退休增资", "发放退休增资", "发放退休增资金额"], [None, None, None]),
    ("组建家庭医生签约服务团队94个,团队成员521人。", ["组建家庭医生签约服务团队", "组建家庭医生签约服务团队成员"],
     ["fd_teams", None]),
    # a lead word is cut only where a word ends: 在岗, 有效率, 计划免疫, 完成率 keep their first character
    ("全县在岗人员320人,有效率达92%。", ["在岗人员", "在岗人员有效率"], [None, None]),
    ("计划免疫接种率达95%。", ["计划免疫接种率"], ["nip_vaccination_rate"]),
    ("投入资金3000余万元,完成率达100%。", ["投入资金", "投入资金完成率"], [None, None]),
    ("全县共出动卫生监督人员320人次。", ["出动卫生监督人员"], ["supervision_staff_trips"]),
    ("使辖区居民健康档案建档率达到85%。", ["居民健康档案建档率"], ["health_record_filing_rate"]),
    # what a change is measured against stays out of the name (the aspect says change)
    ("门诊量较上年增长5%,住院人次比2018年同期下降3%。", ["门诊量", "住院人次"], [None, None]),
    ("门诊人次同比增加1.2万人次。", ["门诊人次"], ["outpatient_visits"]),
    ("全年完成门诊量52.3万人次,出院人次1.8万。", ["门诊量", "出院人次"], ["outpatient_visits", "inpatient_admissions"]),
    ("儿童健康管理率由上年的85%提高到90%。", ["儿童健康管理率", "儿童健康管理率"],
     ["child_0_6_health_mgmt_rate", "child_0_6_health_mgmt_rate"]),
    ("上年完成体检2000人。", ["体检"], [None]),
    # what was done against a task assigned: the task's indicator
    ("市里下达的无偿献血任务为1500人次,实际完成1620人次。", ["无偿献血任务", "无偿献血"],
     ["blood_donations", "blood_donations"]),
    # staff trained or recruited are not the staff
    ("培训卫生技术人员200人,招聘卫生技术人员50人,全县有卫生技术人员3256人。",
     ["培训卫生技术人员", "招聘卫生技术人员", "卫生技术人员"], [None, "staff_recruited", "health_tech_staff"]),
    # 分别 opening a clause after a clause of quantities: the numbers are those quantities'
    ("全年门诊人次45.2万、住院人次2.1万,分别比上年增长5.6%、3.2%。", ["门诊人次", "住院人次", "门诊人次", "住院人次"],
     ["outpatient_visits", "inpatient_admissions", None, None]),
    ("全县共有卫生院12所,村卫生室300个,分别比上年增加2所、10个。", ["卫生院", "村卫生室", "卫生院", "村卫生室"],
     [None, None, None, None]),
    ("全县医疗机构总诊疗312.6万人次、出院9.47万人次,分别同比增长7.4%、5.9%。", ["医疗机构总诊疗", "出院", "医疗机构总诊疗", "出院"],
     ["outpatient_visits", "inpatient_admissions", None, None]),
    # a pledge after the one who pledges names nothing
    ("县人民医院力争门诊量达到32万人次。", ["县人民医院门诊量"], [None]),
    # 中 opening a word after places is not "among them" (县中医院); places in brackets are
    ("实施3个县中医院建设项目。", ["实施县中医院建设项目"], [None]),
    ("13个县(市)中有11个县人民医院达到二级甲等水平。", ["县(市)", "县人民医院达到二级甲等水平"], [None, None]),
    # a date before a share done of a task names nothing: the share is of the task
    ("下达我县两癌筛查任务6000人,6月底前完成60%。", ["两癌筛查任务", "两癌筛查任务"], ["two_cancers_screened", None]),
    # …with a verb and what it counts: each one's
    ("3所乡镇卫生院和35个村卫生室完成标准化建设,分别投入资金450万元和105万元。",
     ["乡镇卫生院", "村卫生室完成标准化建设", "乡镇卫生院投入资金", "村卫生室完成标准化建设投入资金"], [None] * 4),
    # an amount for each one is not the whole amount
    ("基本公共卫生服务经费人均补助标准74元,门诊次均费用128.6元,住院次均费用5632元。",
     ["基本公共卫生服务经费人均补助标准", "门诊次均费用", "住院次均费用"],
     ["bphs_per_capita_subsidy", "outpatient_cost_per_visit", "inpatient_cost_per_case"]),
    # 患者 opening a name is the people named before it in the sentence
    ("肺结核患者成功治疗率达到92%,患者管理率98.5%。", ["肺结核患者成功治疗率", "肺结核患者管理率"],
     ["tb_cure_rate", "tb_patient_mgmt_rate"]),
    ("患者管理率98.5%。", ["患者管理率"], [None]),
    ("全年完成计划免疫接种8.6万剂次,预计全年门诊量可达52万人次。", ["计划免疫接种", "门诊量"], [None, "outpatient_visits"]),
    ("政策外多孩率控制在2%以下。", ["政策外多孩率"], [None]),  # jieba's word 率控制 does not keep 控制
    ("平均住院日由9.8天缩短至8.5天。", ["平均住院日", "平均住院日"], ["avg_length_of_stay", "avg_length_of_stay"]),
    # one hospital's use of its beds is not the county's
    ("县医院平均住院日8.5天,乡镇卫生院病床使用率62%,全县病床使用率85%。", ["县医院平均住院日", "乡镇卫生院病床使用率", "病床使用率"],
     [None, None, "bed_occupancy_rate"]),
    ("两院全年门急诊总量48.6万人次,出院病人2.94万人次。", ["两院全年门急诊总量", "出院病人"], [None, None]),  # the two hospitals'
    # a change that nothing names is of the series just named; 降至 is no part of a name
    ("全县诊疗人次312.4万人次,比2018年增加21.7万人次,增长7.5%,药品收入占比降至32%。",
     ["诊疗人次", "诊疗人次", "诊疗人次", "药品收入占比"], ["outpatient_visits"] * 3 + ["drug_revenue_share"]),
    ("进一步降低孕产妇死亡率和婴儿死亡率,分别控制在20/10万和8‰以下。", ["降低孕产妇死亡率", "婴儿死亡率"],
     ["maternal_mortality_ratio", "infant_mortality_rate"]),
    ("门诊人次和住院人次分别比上年增长5.2%和3.1%。", ["门诊人次", "住院人次"], [None, None]),
    ("高血压、糖尿病患者规范管理率分别较2018年提高3个和5个百分点。", ["高血压患者规范管理率", "糖尿病患者规范管理率"],
     ["hypertension_standard_mgmt_rate", "diabetes_standard_mgmt_rate"]),
    ("十三五期间共投入资金5亿元。", ["投入资金"], [None]),
    ("为辖区内65岁以上老年人免费体检8000人。", ["65岁以上老年人免费体检"], [None]),
    ("第二季度共接种疫苗3000剂次。", ["接种疫苗"], [None]),
    ("上半年完成体检2000人。", ["体检"], [None]),
    # an addition is not the stock (床位 → total_beds), unless the indicator is one of additions
    ("新增床位50张,总床位达到650张。", ["新增床位", "总床位"], [None, "total_beds"]),
    ("村卫生所改貌建设27个,新建村卫生室12个。", ["村卫生所改貌建设", "新建村卫生室"],
     ["new_village_clinics", "new_village_clinics"]),
    # a listed noun shares the list's verb, unless it has a verb of its own
    ("共出动卫生监督人员320人次,车辆56台次,检查单位450家。", ["出动卫生监督人员", "出动车辆", "检查单位"],
     ["supervision_staff_trips", None, None]),
    ("发放宣传资料5万余份,受益群众3万余人。", ["发放宣传资料", "受益群众"], ["health_materials", None]),
    ("全年累计发放灭鼠药4000多包,灭蟑药1000多包。", ["发放灭鼠药", "发放灭蟑药"], [None, None]),
    ("召开专题会议5次,下发文件12份。", ["召开专题会议", "下发文件"], [None, None]),  # 下发文件 is one noun to jieba
    # one institution's count is not the place's; another area's value is no part of the bureau's series
    ("全县医疗卫生机构门诊量52.9万人次,其中县人民医院门诊量25.6万人次,乡镇卫生院床位520张,全县床位1800张。",
     ["医疗卫生机构门诊量", "县人民医院门诊量", "乡镇卫生院床位", "床位"], ["outpatient_visits", None, None, "total_beds"]),
    ("婴儿死亡率4.2‰(全省5.1‰),孕产妇死亡率为19.8/10万,高于全省平均水平(15.6/10万)。",
     ["婴儿死亡率", "全省婴儿死亡率", "孕产妇死亡率", "全省平均孕产妇死亡率"],
     ["infant_mortality_rate", None, "maternal_mortality_ratio", None]),
    # 所, 家 and 处 count what 个 counts
    ("新建村卫生室20所,组建家庭医生团队86个,团队成员320人。", ["新建村卫生室", "组建家庭医生团队", "组建家庭医生团队成员"],
     ["new_village_clinics", "fd_teams", None]),
    ("近三年来,累计投入资金1.5亿元。", ["投入资金"], [None]),
    # listed items share the end of the last one that names them as the dictionary does
    ("高血压、糖尿病、严重精神障碍患者规范管理率分别为72.3%、68.5%和85.1%。",
     ["高血压患者规范管理率", "糖尿病患者规范管理率", "严重精神障碍患者规范管理率"],
     ["hypertension_standard_mgmt_rate", "diabetes_standard_mgmt_rate", "smi_standard_mgmt_rate"]),
    # 分别 with a verb lends it to each name; places are each named whole; a unit written
    # once at the end of a list counts every number of it
    ("一类疫苗、二类疫苗分别接种12.6万和3.2万剂次。", ["一类疫苗接种", "二类疫苗接种"], [None, None]),
    ("长生桥、迎龙镇卫生院分别上报12条、8条。", ["长生桥上报", "迎龙镇卫生院上报"], [None, None]),
    # a measure given place by place after 分别为: is each place's
    ("各区中,每千人口床位数分别为:临湖区6.42张、松山区4.95张。", ["临湖区每千人口床位数", "松山区每千人口床位数"], ["beds_per_1000"] * 2),
    ("乡镇卫生院门诊量分别为:城关镇3.2万人次、李家镇2.1万人次。", ["城关镇乡镇卫生院门诊量", "李家镇乡镇卫生院门诊量"], [None, None]),
    # a noun listed after a verb and its object shares the verb; a longer phrase does not
    ("出动人员25人次,车辆5次,发放药品200盒,试剂50盒。", ["出动人员", "出动车辆", "发放药品", "发放试剂"], [None] * 4),
    ("全区共查治妇女病46510人,产妇系统管理5423人。", ["查治妇女病", "产妇系统管理"], [None, None]),
    # a rate after a rate is of the same people, without the first rate's head
    ("严重精神障碍患者管理率达到92.5%,规范管理率达到85.3%,服药率达到75%。",
     ["严重精神障碍患者管理率", "严重精神障碍患者规范管理率", "严重精神障碍患者服药率"],
     ["smi_mgmt_rate", "smi_standard_mgmt_rate", "smi_medication_rate"]),
    ("高血压患者规范管理率85%,控制率60%。", ["高血压患者规范管理率", "高血压患者控制率"],
     ["hypertension_standard_mgmt_rate", "hypertension_bp_control_rate"]),
    # what a place has: 共有 between them stays out; 今年度 is a lead word;
    # one institution's staff and beds are not the place's, unless the whole place is named (全县)
    ("卫生所共有医护人员126名,病床数180张。", ["卫生所医护人员", "卫生所病床数"], [None, None]),
    ("xx镇社区卫生服务中心在职职工95人,执业医师28人。", ["镇社区卫生服务中心在职职工", "执业医师"], [None, None]),
    ("全县共有乡镇卫生院20个,卫生技术人员3256人。", ["乡镇卫生院", "卫生技术人员"], [None, "health_tech_staff"]),
    # the institution named last owns what follows it, even after 全县 opened the sentence
    ("全县总诊疗人次128.4万人次,县级医院病床使用率91.2%,平均住院日7.8天。", ["总诊疗人次", "县级医院病床使用率", "平均住院日"],
     ["outpatient_visits", None, None]),
    ("今年度完成65岁以上长者健康检查3,250人。", ["65岁以上长者健康检查"], [None]),
    # a verb of change after a quantity is not what it counts
    ("人均期望寿命由76.5岁提高到78岁以上,新建业务用房1200平方米投入使用。",
     ["人均期望寿命", "人均期望寿命", "新建业务用房"], ["life_expectancy", "life_expectancy", None]),
    ("高血压患者规范管理率目标为70%,实际完成65.2%。", ["高血压患者规范管理率", "高血压患者规范管理率"],
     ["hypertension_standard_mgmt_rate", "hypertension_standard_mgmt_rate"]),
    # listed names that are whole keep their own words
    ("全县城乡居民健康档案建档率、电子建档率分别达到92.1%和85.6%。", ["城乡居民健康档案建档率", "电子建档率"],
     ["health_record_filing_rate", "e_health_record_filing_rate"]),
    ("管理高血压3313人,肿瘤42人。组建了3支应急队伍,每支队伍10人。",
     ["管理高血压", "管理肿瘤", "组建应急队伍", "每支队伍"], [None, None, None, None]),
    ("法定传染病报告发病率为186.5/10万。", ["法定传染病报告发病率"], ["notifiable_id_incidence"]),
    # a part (其中…) named by a noun of its own does not take its whole's key
    ("年末全县常住人口出生率为10.2‰,自然增长率4.1‰。", ["常住人口出生率", "自然增长率"],
     ["birth_rate", "natural_growth_rate"]),
    # 人均 alone borrows what it is the average of; a trailing 占 is the verb of a share, which the name says (占比)
    ("共投入基本公共卫生服务资金1860万元,人均达到55元。", ["投入基本公共卫生服务资金", "投入基本公共卫生服务资金人均"],
     ["bphs_funds", None]),
    ("乡村医生中大专以上学历占32%,药品收入占比下降到38%。", ["乡村医生中大专以上学历占比", "药品收入占比"],
     [None, "drug_revenue_share"]),
    # 目标人群覆盖率 borrows what it covers, cut where a word starts
    ("继续实施免费孕前优生健康检查,目标人群覆盖率达到80%以上。", ["实施免费孕前优生健康检查目标人群覆盖率"],
     ["preconception_checkup_coverage"]),
    ("2017-2019年累计投入资金3.2亿元。", ["投入资金"], [None]),
    # a two-character variant (床位) narrowed by a noun before it names a kind, not the stock
    ("全县共有床位2150张,其中隔离病房床位40张。", ["床位", "隔离病房床位"], ["total_beds", None]),
    ("全县医疗机构床位总数2860张,养老机构护理型床位310张。", ["医疗机构床位总数", "养老机构护理型床位"], ["total_beds", None]),
    # …and so does a ward's Latin abbreviation (ICU床位 is the intensive-care beds, not the stock)
    ("全区ICU床位42张,每10万人口ICU床位数为5.2张。", ["ICU床位", "每10万人口ICU床位数"], [None, None]),
    # a hospital's grade of surgery after its name does not count the hospital: what follows is its own
    ("县人民医院三四级手术占比为46.8%,平均住院日为7.6天。", ["县人民医院三四级手术占比", "县人民医院平均住院日"], [None, None]),
    # …nor does a year after its name, which is no part of the name
    ("县人民医院2019年病床使用率91.2%,平均住院日8.4天。", ["县人民医院病床使用率", "县人民医院平均住院日"], [None, None]),
    # what follows an institution the sentence opens on as its subject is its own, in the clauses after it too
    ("县人民医院顺利通过二级甲等医院复审,门诊量达52.3万人次。", ["县人民医院门诊量"], [None]),
    # not a share of the primary level, which is the sector's, not the hospital's
    ("县中医院中医床位占比达到62%,基层中医药服务量占比达到33.4%。", ["县中医院中医床位占比", "基层中医药服务量占比"], [None, None]),
    ("发放健康素养66条折页3000份。", ["发放健康素养66条折页"], ["health_materials"]),
    # a rate of a group (建档立卡贫困人口) is a series of its own, unless the indicator names the group
    ("脱贫人口家庭医生签约率保持100%。", ["脱贫人口家庭医生签约率"], ["fd_poor_contract_rate"]),
    ("建档立卡贫困人口基本医疗保险参保率100%,家庭医生签约率100%,住院费用个人实际报销比例达到91.2%。",
     ["建档立卡贫困人口基本医疗保险参保率", "建档立卡贫困人口家庭医生签约率", "建档立卡贫困人口住院费用个人实际报销比例"],
     [None, "fd_poor_contract_rate", None]),
    ("全县脱贫人口3.2万人,家庭医生签约率100%。", ["脱贫人口", "脱贫人口家庭医生签约率"], [None, "fd_poor_contract_rate"]),
    ("全区医疗卫生机构完成诊疗人次152.3万人次。", ["医疗卫生机构诊疗人次"], ["outpatient_visits"]),
    ("建档立卡贫困人口城乡居民基本医疗保险参保率达到100%,城乡居民基本医疗保险参保率98.2%,贫困人口签约率100%。",
     ["建档立卡贫困人口城乡居民基本医疗保险参保率", "城乡居民基本医疗保险参保率", "贫困人口签约率"],
     [None, "resident_insurance_enrollment", "fd_poor_contract_rate"]),
    # a ratio to the population takes what it counts after it; its key is a ratio's, never the stock's
    ("每万人拥有全科医生2.5名,每千人拥有床位5.6张。", ["每万人全科医生", "每千人床位"], ["gps_per_10000", "beds_per_1000"]),
    # a count for each one of something is no count of the whole place
    ("每名家庭医生团队签约居民1200人,平均每所卫生院拥有床位25张。", ["每名家庭医生团队签约居民", "平均每所卫生院床位"], [None, None]),
    ("全县共有卫生技术人员2860人,每千人口卫生技术人员5.2人,其中执业(助理)医师1120人,每千人口2.04人。",
     ["卫生技术人员", "每千人口卫生技术人员", "执业(助理)医师", "每千人口执业(助理)医师数"],
     ["health_tech_staff", "health_tech_per_1000", "physicians", "physicians_per_1000"]),
    ("门诊病人次均费用185.6元,住院病人人均费用5230元。", ["门诊病人次均费用", "住院病人人均费用"],
     ["outpatient_cost_per_visit", "inpatient_cost_per_case"]),
    ("全县共有执业医师(含助理)1056人,每千人口2.35人。", ["执业医师", "每千人口执业医师数"], ["physicians", "physicians_per_1000"]),
    ("全县实有床位2150张,每千人口4.9张。", ["实有床位", "每千人口实有床位数"], ["total_beds", "beds_per_1000"]),
    ("每万人口卫生技术人员数达到52人,每千人口编制床位4.5张。", ["每万人口卫生技术人员数", "每千人口编制床位"],
     [None, None]),
    # 健康管理率 says what is measured, not of whom; a borrowed subject keeps its age group whole
    ("全县65岁以上老年人11230人,健康管理率75.3%。", ["65岁以上老年人", "65岁以上老年人健康管理率"],
     [None, "elderly_health_mgmt_rate"]),
    ("为全县2.1万名0-6岁儿童建立了保健手册,建册率96%。", ["0-6岁儿童建立保健手册", "0-6岁儿童建立保健手册建册率"], [None, None]),
    # a clause that says when is no subject
    ("下达各乡镇卫生院目标任务后,全年完成体检1.2万人。", ["体检"], [None]),
    # a part the dictionary knows by another key than its whole's keeps its own name
    ("全县现有卫生技术人员1862人,其中执业医师621人。", ["卫生技术人员", "执业医师"],
     ["health_tech_staff", "physicians"]),
    ("争取上级项目资金1.5亿元,其中中央资金8000万元。", ["争取上级项目资金", "争取中央资金"],
     ["superior_funds_secured", None]),
    # a change with no name is of the fact just before it, not of the sentence's first
    ("全年门急诊诊疗人次68.3万人次,同比增长5.6%;住院病人2.1万人次,同比下降1.2%。",
     ["门急诊诊疗人次", "门急诊诊疗人次", "住院病人", "住院病人"], ["outpatient_visits"] * 2 + ["inpatient_admissions"] * 2),
    # …nor, after ;, of the fact before it when its own clause names what changed
    ("一是家庭医生签约服务推进较慢,签约率仅为38%;二是医疗费用上涨较快,同比增长9.4%。",
     ["家庭医生签约率", "医疗费用上涨较快"], ["fd_contract_coverage", None]),
    # who speaks is no part of the name
    ("我们将力争实现居民电子健康档案建档率达到90%以上。", ["居民电子健康档案建档率"], ["e_health_record_filing_rate"]),
    # a 述职报告's first person (我将, 本人) is no part of the name either
    ("今后,我将力争在2020年实现参合率稳定在98%以上。", ["参合率"], ["ncms_enrollment_rate"]),
    ("本人坚持开展廉政谈话47人次。", ["坚持开展廉政谈话"], [None]),
    ("我委全年共收治住院患者1.3万人次。", ["收治住院患者"], ["inpatient_admissions"]),
    # list numbering is no part of a name; a list of grades is
    ("一、全年完成0-6岁儿童健康管理率85%以上。", ["0-6岁儿童健康管理率"], ["child_0_6_health_mgmt_rate"]),
    ("全县一、二级医院病床使用率82.5%。", ["一、二级医院病床使用率"], [None]),
    # a count listed after one per head of population is per head too, not the whole stock
    ("每千常住人口执业(助理)医师数达到2.5人,注册护士数达到3.1人。", ["每千常住人口执业(助理)医师数", "每千常住人口注册护士数"],
     ["physicians_per_1000", "nurses_per_1000"]),
    # …but not a share, nor what was done, after it
    ("每千人口执业医师数完成目标进度的82.3%,乡镇卫生院中级以上职称人员占比为23.5%。",
     ["每千人口执业医师数完成目标进度", "乡镇卫生院中级以上职称人员占比"], [None, None]),
    ("每万常住人口全科医生数达到3人。", ["每万常住人口全科医生数"], ["gps_per_10000"]),
    # a ratio to another population is another measure
    ("每千人口全科医生数为0.31人。", ["每千人口全科医生数"], [None]),
    ("每千人口拥有3岁以下婴幼儿托位数达到4.5个。", ["每千人口拥有3岁以下婴幼儿托位数"], ["childcare_places_per_1000"]),
    # a part that reached more than all of its whole did is named by what it reached
    ("全镇9个村卫生室全部达到甲级标准,其中4个达到示范标准。", ["村卫生室达到甲级标准", "村卫生室达到示范标准"], [None, None]),
    # a kind of institution counted as a part is named by its kind, not after its whole
    ("全区有医疗卫生机构205个,其中医院6家、诊所41个、卫生室150个。", ["医疗卫生机构", "医院", "诊所", "卫生室"],
     ["health_institutions", None, None, None]),
    # a part (其中…) is of the last whole of its kind; the parts listed after it are parts too
    ("全县出生人口3856人,出生率10.2‰,其中二孩出生1520人,占39.4%。", ["出生人口", "出生率", "出生人口二孩出生", "二孩出生占比"],
     ["live_births", "birth_rate", None, None]),
    ("补偿资金2160.5万元,其中住院补偿1580.3万元,门诊补偿580.2万元。", ["补偿资金", "住院补偿", "门诊补偿"],
     ["ncms_compensation_paid", None, None]),
    ("累计补偿238.6万人次、2.36亿元,其中住院补偿4.2万人次、1.86亿元,门诊补偿234.4万人次、0.5亿元。",
     ["补偿", "补偿", "住院补偿", "住院补偿", "门诊补偿", "门诊补偿"], ["ncms_beneficiaries"] + [None] * 5),
    # a name that lacks only its unit to be an indicator's (门诊…人次) takes its key; one institution's does not
    ("全年完成门诊45.6万人次,住院1.8万人次,广阳镇卫生院巡查12户次。", ["门诊", "住院", "广阳镇卫生院巡查"],
     ["outpatient_visits", "inpatient_admissions", None]),
    ("全县卫生技术人员1862人,其中执业医师621人,注册护士735人,床位1200张。",
     ["卫生技术人员", "执业医师", "注册护士", "床位"],
     ["health_tech_staff", "physicians", "registered_nurses", "total_beds"]),
    ("全县完成国家免疫规划疫苗接种8.6万剂次,其中乙肝疫苗1.2万剂次、脊灰疫苗1.5万剂次。",
     ["国家免疫规划疫苗接种", "国家免疫规划疫苗接种乙肝疫苗", "国家免疫规划疫苗接种脊灰疫苗"], [None] * 3),
    # rates after a rate that names no people are of the people counted before them
    ("全年报告严重精神障碍患者2156人,报告患病率4.32‰,在管率96.8%,规范管理率91.2%。",
     ["报告严重精神障碍患者", "报告患病率", "报告严重精神障碍患者在管率", "报告严重精神障碍患者规范管理率"],
     ["smi_registered_count", "smi_reported_prevalence", None, "smi_standard_mgmt_rate"]),
    # money per what, written after it (元/人), goes into the name; a per-head value rises from a baseline
    ("基本公共卫生服务经费补助标准提高到55元/人,次均门诊费用126元/人次。",
     ["基本公共卫生服务经费补助标准每人", "次均门诊费用"], ["bphs_per_capita_subsidy", "outpatient_cost_per_visit"]),
    # the TCM institutions' visits are not the place's
    ("全县中医医疗机构门诊量达28.6万人次,高血压患者基层规范管理率65%。", ["中医医疗机构门诊量", "高血压患者基层规范管理率"],
     [None, "hypertension_primary_standard_service_rate"]),
    ("高血压患者、糖尿病患者基层规范管理率分别为76.2%、75.8%。", ["高血压患者基层规范管理率", "糖尿病患者基层规范管理率"],
     ["hypertension_primary_standard_service_rate", "diabetes_primary_standard_service_rate"]),
    # what was built against a task is named as the task
    ("全年目标任务为新建村卫生室20个,已建成18个。", ["新建村卫生室", "新建村卫生室"], ["new_village_clinics"] * 2),
    ("全县孕产妇产前检查率、产后访视率分别为96.3%、95.8%。", ["孕产妇产前检查率", "产后访视率"],
     ["prenatal_care_rate", "postpartum_visit_rate"]),
    ("药品收入占业务收入的比例由45%下降到38%。", ["药品收入占业务收入的比例"] * 2, ["drug_revenue_share"] * 2),
    ("中小学生健康知识知晓率和健康相关行为形成率分别达到90%和85%以上。", ["中小学生健康知识知晓率", "健康相关行为形成率"],
     [None, None]),
    # one building's floor area is not the place's
    ("启动县人民医院门诊综合楼建设,建筑面积3.2万平方米;全县医疗卫生机构业务用房面积达到12.5万平方米。",
     ["县人民医院门诊综合楼建设建筑面积", "医疗卫生机构业务用房面积"], [None, "facility_floor_area"]),
    # a count with a verb of its own (完成) borrows none; a cause (受疫情影响) is no name
    ("集中隔离医学观察1268人,完成核酸检测18.5万份。", ["集中隔离医学观察", "核酸检测"], [None, None]),
    ("全年总诊疗人次146.2万人次,受疫情影响同比下降6.8%。", ["总诊疗人次", "总诊疗人次"], ["outpatient_visits"] * 2),
    ("县域内就诊率稳定在90%以上,基层医疗卫生机构诊疗量占比达到65%。", ["县域内就诊率", "基层医疗卫生机构诊疗量占比"],
     ["county_retention_rate", "primary_care_visit_share"]),
    # a count for part of a year is no value of the yearly series, nor a rate stated for it
    ("上半年全市门急诊诊疗128.6万人次,居民电子健康档案建档率达到91.3%。", ["门急诊诊疗", "居民电子健康档案建档率"],
     [None, None]),
    # a rate at mid-year is none of the year's: set beside the year's target it would read as missed
    ("截至6月底,高血压患者规范管理率61.2%。", ["高血压患者规范管理率"], [None]),
    ("2019年上半年,全县糖尿病患者规范管理率58.4%,法定传染病发病率同比下降12.6%。", ["糖尿病患者规范管理率", "法定传染病发病率"],
     [None, None]),
    ("全县高血压患者规范管理率61.2%,上半年门诊量6万人次,全年门诊量12万人次。", ["高血压患者规范管理率", "门诊量", "门诊量"],
     ["hypertension_standard_mgmt_rate", None, "outpatient_visits"]),
    ("党的十八大以来,累计投入卫生基础设施建设资金86.4亿元。", ["投入卫生基础设施建设资金"], [None]),
    ("截至10月底,全区共计报销医药费1025.65万元。", ["报销医药费"], [None]),
    ("全年门诊量55万人次,其中第四季度15万人次。", ["门诊量", "门诊量"], ["outpatient_visits", None]),
    # so is one month's (a monthly analysis) or one as of a month's end before December; not a month that
    # dates a deed in the year, nor the year's end
    ("2022年11月,全县共报告法定传染病263例,报告发病率为58.46/10万。", ["报告法定传染病", "法定传染病报告发病率"], [None, None]),
    ("11月份全县法定传染病报告发病率58.46/10万。", ["法定传染病报告发病率"], [None]),
    ("12月份,全县门诊量5万人次。", ["门诊量"], [None]),
    ("本月全县门诊量5万人次。", ["门诊量"], [None]),
    ("10月底,全县高血压患者规范管理率61.2%。", ["高血压患者规范管理率"], [None]),
    ("截至今年9月份,全县高血压患者规范管理率61.2%。", ["高血压患者规范管理率"], [None]),
    ("育儿补贴申领工作于9月启动,全县门诊量55万人次。", ["门诊量"], ["outpatient_visits"]),
    ("3月启动家庭医生签约服务,全县家庭医生签约率达到45.2%。", ["家庭医生签约率"], ["fd_contract_coverage"]),
    ("5月15日召开全县卫生健康工作会议,全年门诊量55万人次。", ["门诊量"], ["outpatient_visits"]),
    ("12月末,全县高血压患者规范管理率61.2%。", ["高血压患者规范管理率"], ["hypertension_standard_mgmt_rate"]),
    # 及以上 inside an item does not break the list; a per-head list is per head throughout
    ("65岁及以上老年人城乡社区规范健康管理服务率、高血压患者基层规范管理服务率分别为65.2%、68.9%。",
     ["65岁及以上老年人城乡社区规范健康管理服务率", "高血压患者基层规范管理服务率"],
     ["elderly_health_mgmt_rate", "hypertension_primary_standard_service_rate"]),
    ("全县每千人口执业(助理)医师、注册护士分别达到3.0人、3.5人。", ["每千人口执业(助理)医师", "每千人口注册护士"],
     ["physicians_per_1000", "nurses_per_1000"]),
    ("每千常住人口执业(助理)医师2.86人、注册护士3.42人。", ["每千常住人口执业(助理)医师", "每千常住人口注册护士"],
     ["physicians_per_1000", "nurses_per_1000"]),
    ("每千人口执业医师2.1人、全县注册护士735人。", ["每千人口执业医师", "注册护士"], ["physicians_per_1000", "registered_nurses"]),
    # a flow added up over several years is no value of the yearly series; a stock is
    ("“十三五”以来,全县共新建村卫生室126所。", ["新建村卫生室"], [None]),
    ("2016-2019年,全县累计新建村卫生室30所。", ["新建村卫生室"], [None]),
    ("近三年来,全县共争取上级资金1.2亿元。", ["争取上级资金"], [None]),
    ("三年共新建乡镇卫生院6所,招聘医学类毕业生412名。", ["新建乡镇卫生院", "招聘医学类毕业生"], [None, None]),
    ("任职以来,全县新建村卫生室43个。", ["新建村卫生室"], [None]),
    ("五年来,全县人均预期寿命提高到2019年的77.1岁,新建村卫生室50所。", ["人均预期寿命", "新建村卫生室"], ["life_expectancy", None]),
    ("2019年以来,全县新建村卫生室26所。", ["新建村卫生室"], ["new_village_clinics"]),  # the report's own year
    ("近三年来我县卫生事业快速发展,2019年全县门诊量达到120万人次。", ["门诊量"], ["outpatient_visits"]),
    ("“十三五”以来,全县卫生技术人员增加到3256人。", ["卫生技术人员"], ["health_tech_staff"]),
    # …and so is one over a five-year period; a ratio or what is done each year is not added up
    ("“十一五”期间,全县累计投入卫生基础设施建设资金4.36亿元,新建乡镇卫生院6所。", ["投入卫生基础设施建设资金", "新建乡镇卫生院"],
     [None, None]),
    ("“十三五”期间,每千人口床位数由4.1张增加到5.6张,每年招聘卫生技术人员不少于100名。",
     ["每千人口床位数", "每千人口床位数", "每年招聘卫生技术人员"], ["beds_per_1000", "beds_per_1000", "staff_recruited"]),
    # assistants alone are not all physicians, nor are physicians listed apart from them; those
    # managed to standard are of the patients before
    ("卫生技术人员48人(执业医师12人,执业助理医师9人,注册护士18人)。", ["卫生技术人员", "执业医师", "执业助理医师", "注册护士"],
     ["health_tech_staff", None, None, "registered_nurses"]),
    ("管理高血压患者3120人,规范管理2360人,规范管理率75.6%;管理2型糖尿病患者986人,规范管理率71.2%。",
     ["管理高血压患者", "高血压患者规范管理", "高血压患者规范管理率", "管理2型糖尿病患者", "2型糖尿病患者规范管理率"],
     ["hypertension_managed_count", None, "hypertension_standard_mgmt_rate", "diabetes_managed_count", "diabetes_standard_mgmt_rate"]),
    # a bracket left open before the number joins the words on both sides; 超额完成 opens no name
    ("疾控中心人员编制仅32名,距国家标准(每万人口1.75名)仍有差距。", ["疾控中心人员编制", "距国家标准每万人口"], [None, None]),
    ("超额完成了65周岁以下慢病检查(高血压检查2553人)。", ["65周岁以下慢病检查高血压检查"], [None]),
    # a bracket after the measure word does not hide the noun counted
    ("全省21个市(州)全部建立了急救中心,183个县(市、区)县级医院全部达到二级甲等水平。",
     ["市建立急救中心", "县(市、区)县级医院达到二级甲等水平"], [None, None]),
    # what was done of a task is named without the task; 继续保持 opens no name
    ("市下达我县免费孕前优生健康检查任务1800对,实际完成1926对。", ["免费孕前优生健康检查任务", "免费孕前优生健康检查"], [None, None]),
    ("继续保持孕产妇死亡率为零。", ["孕产妇死亡率"], ["maternal_mortality_ratio"]),
    ("目前全县家庭医生签约率为35%,距离年底目标40%还有差距。", ["家庭医生签约率"] * 2, ["fd_contract_coverage"] * 2),
    ("截至11月底,全县完成免疫规划接种8.6万剂次,预计全年可完成9.5万剂次。", ["免疫规划接种"] * 2, [None, None]),
    # a completion of "the task" is of the count or amount just before it; a noun counted in
    # other units does not share the verb of the list
    ("全年共征收社会抚养费326万元,完成任务的108.6%。", ["征收社会抚养费", "征收社会抚养费任务"], [None, None]),
    # …and one of a plan's goal, or of the rise it sets, is of what was reached, a rate too, and no value of its series
    ("高血压患者规范管理率63.5%,仅完成规划目标的90.7%。", ["高血压患者规范管理率", "高血压患者规范管理率规划目标"],
     ["hypertension_standard_mgmt_rate", None]),
    ("每千人口注册护士数仅提高0.27人,完成目标增量的28.4%。", ["每千人口注册护士数", "每千人口注册护士数规划目标增量"],
     ["nurses_per_1000", None]),
    # a value reached per day is of what the baseline per day was of
    ("全省核酸检测能力由每日12万份提高到每日86万份。", ["核酸检测能力每日", "核酸检测能力每日"], [None, None]),
    # those among a kind that did something are named by what they did, and so is their share
    ("全省县级医院中有86家达到三级医院服务能力,占比73.5%。",
     ["县级医院达到三级医院服务能力", "县级医院达到三级医院服务能力占比"], [None, None]),
    ("为基层招录定向医学生1200名,任务数为1150名,完成任务的104.3%。",
     ["基层招录定向医学生", "基层招录定向医学生任务数", "基层招录定向医学生任务"], [None] * 3),
    ("全年完成卫生项目投资2.4亿元(其中市级补助5200万元),完成年度计划的112%。",
     ["卫生项目投资", "市级补助", "卫生项目投资年度计划"], [None, None, None]),
    # the whole a share done is of, stated with its size (占年度任务1800对的62.2%), is the task or the budget of
    # what was done, and the share and its distance from the pace are of what was done
    ("完成免费孕前优生健康检查1120对,占年度任务1800对的62.2%,超序时进度12.2个百分点。",
     ["免费孕前优生健康检查", "免费孕前优生健康检查任务", "免费孕前优生健康检查", "免费孕前优生健康检查"], [None] * 4),
    ("区财政预拨基本公共卫生服务补助资金680万元,占全年预算1520万元的44.7%。",
     ["区财政预拨基本公共卫生服务补助资金", "区财政预拨基本公共卫生服务补助资金预算", "区财政预拨基本公共卫生服务补助资金"],
     ["bphs_funds", None, None]),
    # a distance from the pace (序时进度) is of the progress the clause before calls behind it
    ("一是固定资产投资进度滞后,低于序时进度5个百分点;二是老年人健康体检进度偏慢,低于序时进度1.4个百分点。",
     ["固定资产投资进度", "老年人健康体检进度"], [None, None]),
    # a goal the year's (年度目标) is of the year's series, in a sentence of part of the year
    ("截至9月底,65岁以上老年人健康管理41.2万人,健康管理率61.8%,距70%的年度目标差8.2个百分点。",
     ["65岁以上老年人健康管理", "65岁以上老年人健康管理率", "65岁以上老年人健康管理率", "65岁以上老年人健康管理率"],
     [None, None, "elderly_health_mgmt_rate", None]),
    # a month's or a day's average is of what was just counted; 本月 says when, not what
    ("前三季度门急诊诊疗672.5万人次,月均74.7万人次。", ["门急诊诊疗", "门急诊诊疗月均"], [None, None]),
    ("本月共受理医疗投诉转办件23件,按期办结23件,办结率100%。", ["受理医疗投诉转办件", "医疗投诉转办件按期办结", "医疗投诉转办件办结率"],
     [None, None, None]),
    # a table's column of shares done (完成进度) is of its row's result, and its column of the pace is none
    ("固定资产投资:年度目标18亿元,1-9月完成12.6亿元,完成进度70.0%,序时进度75%。",
     ["固定资产投资", "固定资产投资", "固定资产投资进度"], [None, None, None]),
    ("全县改水受益人口达到28万人,改厕1.2万座,卫生厕所普及率达到75%。", ["改水受益人口", "改厕", "卫生厕所普及率"],
     [None, None, "sanitary_toilet_rate"]),
    ("到2025年,孕产妇死亡率、婴儿死亡率分别降至12/10万、5‰以下。", ["孕产妇死亡率", "婴儿死亡率"],
     ["maternal_mortality_ratio", "infant_mortality_rate"]),
    ("居民健康素养水平每年提高2个百分点,卫生总费用年均增长8%。", ["居民健康素养水平", "卫生总费用"], ["health_literacy_level", None]),
    ("村卫生室实施基本药物制度补助每村每年1.5万元。", ["村卫生室实施基本药物制度补助每村每年"], [None]),
    # those compensated are the scheme's beneficiaries; an amount after a part's count is that part's
    ("全年补偿参合农民36.8万人次。", ["补偿参合农民"], ["ncms_beneficiaries"]),
    ("门诊统筹补偿18.6万人次,补偿金额1235万元;住院补偿2.8万人次,补偿金额8650万元。",
     ["门诊统筹补偿", "门诊统筹补偿金额", "住院补偿", "住院补偿金额"], [None, None, None, None]),
    # the funds after a count of people are the funds for them, the subsidy's in its second unit
    ("农村孕产妇住院分娩补助人数达3562人,补助资金106.86万元。", ["农村孕产妇住院分娩补助人数", "农村孕产妇住院分娩补助资金"],
     ["delivery_subsidy", "delivery_subsidy"]),
    # a whole subsidy is no subsidy per head; a change in Chinese numerals after a rate in them is read
    ("共筹集新农合基金一千二百三十六万元,其中中央财政补助四百万元,中央财政补助标准每人200元。",
     ["筹集新农合基金", "中央财政补助", "中央财政补助标准每人"], ["ncms_fund_raised", None, None]),
    ("全县新农合参合率达百分之八十五点六,比上年提高三点二个百分点。", ["新农合参合率"] * 2, ["ncms_enrollment_rate"] * 2),
    # admissions are written in 人 as often as in 人次
    ("全年出院人数5.1万人,同比下降8.9%。", ["出院人数", "出院人数"], ["inpatient_admissions"] * 2),
    # what the bureau actually reached of a goal, and a goal named after its number, are that rate's
    ("按照省里要求,家庭医生签约率应达到30%,我县实际达到32.5%。", ["家庭医生签约率"] * 2, ["fd_contract_coverage"] * 2),
    ("全县居民健康档案建档率达到85%,超额完成省定80%的目标。", ["居民健康档案建档率"] * 2, ["health_record_filing_rate"] * 2),
    # quotes inside a name do not hide its indicator
    ("全县适龄儿童“五苗”接种率达到95%。", ["适龄儿童“五苗”接种率"], ["nip_vaccination_rate"]),
    # a title just before the number is what was counted
    ("发放《母子健康手册》3200册。", ["发放母子健康手册"], [None]),
    # those newly registered are no stock of patients managed; the addition runs along the list
    ("新登记高血压患者2365人、糖尿病患者856人;全县登记管理高血压患者2.6万人。", ["新登记高血压患者", "新登记糖尿病患者", "登记管理高血压患者"],
     [None, None, "hypertension_managed_count"]),
    # 新建 is shared along a list too, where jieba reads it as a place (新建村)
    ("新建乡镇卫生院3所、村卫生室二十五个。", ["新建乡镇卫生院", "新建村卫生室"], ["new_township_hospitals", "new_village_clinics"]),
    # a rate listed after counts is of whom they counted, not of the verb
    ("管理高血压患者4.12万人、糖尿病患者1.35万人,规范管理率分别为72.1%和70.8%。",
     ["管理高血压患者", "管理糖尿病患者", "高血压患者规范管理率", "糖尿病患者规范管理率"],
     ["hypertension_managed_count", "diabetes_managed_count", "hypertension_standard_mgmt_rate", "diabetes_standard_mgmt_rate"]),
    ("每千人口执业(助理)医师2.4人,低于全省平均水平(2.7人)。", ["每千人口执业(助理)医师", "全省平均每千人口执业(助理)医师"],
     ["physicians_per_1000", None]),
    # a part of a total is not the total; a rate after a task is of what the task counts
    ("项目总投资12.5亿元,年内完成投资3亿元。", ["项目总投资", "完成投资"], [None, None]),
    ("省下达我市家庭医生签约任务数为120万人,签约率不低于35%。", ["家庭医生签约任务数", "家庭医生签约率"],
     ["fd_contract_quota", "fd_contract_coverage"]),
    # a goal in brackets is the goal of the rate just stated; how far a value is from it is no change of it
    ("全县居民健康素养水平达到26.8%,超出省定目标(25%)1.8个百分点。", ["居民健康素养水平"] * 3,
     ["health_literacy_level", "health_literacy_level", None]),
    # …and so is one whose year stands before it
    ("全县15岁以上人群吸烟率为24.1%,距2020年22%以下的目标仍有差距。", ["15岁以上人群吸烟率"] * 2,
     ["adult_smoking_rate"] * 2),
    # …and one after which 的目标 names nothing more
    ("县域内就诊率为89.6%,照此进度,2025年能达到90%的目标。", ["县域内就诊率"] * 2, ["county_retention_rate"] * 2),
    ("孕产妇产前检查率为94.6%,按此进度,可如期实现96%的目标。", ["孕产妇产前检查率"] * 2, ["prenatal_care_rate"] * 2),
    ("人均预期寿命达到77.9岁,距2020年78.3岁的目标还差0.4岁。", ["人均预期寿命"] * 3,
     ["life_expectancy", "life_expectancy", None]),
    # numbers after 分别 that pair with no list of names take no key: which is which is unknown
    ("高血压、糖尿病、严重精神障碍患者规范管理率分别为75%和70%。", ["高血压、糖尿病、严重精神障碍患者规范管理率"] * 2,
     [None, None]),
    # an item listed with 、 takes the list's verb where that makes it an indicator of its own
    # (and where it does not, the list's deed still counted them: 管理重性精神疾病患者, its key unchanged)
    ("管理高血压患者2.6万人、糖尿病患者6800人、重性精神疾病患者1320人。", ["管理高血压患者", "管理糖尿病患者", "管理重性精神疾病患者"],
     ["hypertension_managed_count", "diabetes_managed_count", "smi_registered_count"]),
    # …an addition also one the dictionary knows that opens on a verb (注册 of 注册护士): those added, not those there are
    ("力争新增执业(助理)医师200人以上、注册护士450人。", ["新增执业(助理)医师", "新增注册护士"], [None, None]),
    ("基本药物零差率销售金额达4260万元。", ["基本药物零差率销售金额"], ["essential_drug_zero_markup_sales"]),
    # items of other kinds listed before 分别 share no head
    ("城乡居民医保参保人数、参保率分别为45.6万人、98.2%。", ["城乡居民医保参保人数", "参保率"], [None, None]),
    # a kind of management rate after a count of those managed is of the same people
    ("全县高血压患者健康管理人数2.8万人,其中规范管理2.1万人,规范管理率75%。",
     ["高血压患者健康管理人数", "高血压患者健康管理人数规范管理", "高血压患者规范管理率"],
     ["hypertension_managed_count", None, "hypertension_standard_mgmt_rate"]),
    # a listed noun takes the verb of the name before it only when that name is no indicator
    ("全县注册护士735人,床位1200张。", ["注册护士", "床位"], ["registered_nurses", "total_beds"]),
    ("免费孕前优生健康检查目标人群覆盖率达86.5%,完成年度任务的108.1%。", ["免费孕前优生健康检查目标人群覆盖率", "年度任务"],
     ["preconception_checkup_coverage", None]),
    # an amount after a per-head amount is no per-head amount; 下一步 is no part of a name
    ("基本公共卫生服务项目人均补助标准提高到74元,全年拨付资金3561万元。",
     ["基本公共卫生服务项目人均补助标准", "基本公共卫生服务项目拨付资金"], ["bphs_per_capita_subsidy", None]),
    ("人均基本公共卫生服务经费补助标准提高到84元,全年拨付资金4862万元。",
     ["人均基本公共卫生服务经费补助标准", "基本公共卫生服务经费拨付资金"], ["bphs_per_capita_subsidy", "bphs_funds"]),
    ("今年已完成家庭医生签约12.3万人,下一步将力争签约率提高到50%。", ["家庭医生签约", "家庭医生签约率"],
     ["fd_contracted", "fd_contract_coverage"]),
    # a count or amount named on after its indicator's phrase is another amount
    ("全年为参合农民免费健康体检74262人,零差价销售药品让利1.2万元。", ["参合农民免费健康体检", "零差价销售药品让利"], [None, None]),
    ("基本药物销售51.5万元,农保补偿15.5万元。", ["基本药物销售", "农保补偿"], ["essential_drug_zero_markup_sales", None]),
    ("全年立案查处违法案件47件,公开招聘录用79人。", ["立案查处违法案件", "公开招聘录用"], ["admin_penalties", "staff_recruited"]),
    ("全年公开招聘医疗卫生人员88名。", ["公开招聘医疗卫生人员"], ["staff_recruited"]),
    # a level is named by what it rates, without the verb or the kind of rating after it
    ("县人民医院电子病历系统应用水平通过四级评价。", ["县人民医院电子病历系统应用水平"], [None]),
    # the outpatients' ratio is not the inpatients' indicator
    ("门诊费用的实际补偿率为45%,住院费用的实际补偿率为55.2%。", ["门诊费用的实际补偿率", "住院费用的实际补偿率"],
     [None, "ncms_actual_inpatient_ratio"]),
    # a quote left open when a name's lead is cut goes with it
    ("累计下发使用各种疫苗120198人份,“五苗”接种率达到95。", ["下发使用各种疫苗", "五苗接种率"], [None, "nip_vaccination_rate"]),
    # what an amount was used for names no amount after it
    ("争取资金1.2亿多元,约3000万元用于设备购置,3000万元左右用于人才。", ["争取资金", "争取资金", "用于人才"], [None, None, None]),
    # a task's count is the task of what was just counted, and each part after ; has its own;
    # in brackets too, where a completion names the task once
    ("超额完成了建档任务(纸质建档24602人,任务数22827人,完成107.8%)。", ["建档任务纸质建档", "建档任务纸质建档任务数", "建档任务纸质建档任务数"],
     [None] * 3),
    ("实际签约8299户,任务数8152户,完成101.8%;纸质建档24602人,任务数22827人,完成107.8%。",
     ["实际签约", "实际签约任务数", "实际签约任务数", "纸质建档", "纸质建档任务数", "纸质建档任务数"], [None] * 6),
    # after ; a verb names a part of its own; a plain 管理率 after those managed to standard is of all managed
    ("全县出生2860人,出生率9.8‰;死亡1920人,死亡率6.6‰。", ["出生", "出生率", "死亡", "死亡率"], [None, "birth_rate", None, None]),
    ("全县高血压患者规范管理人数1.86万人,管理率为35.2%,规范管理率为71.5%。",
     ["高血压患者规范管理人数", "高血压患者管理率", "高血压患者规范管理率"], [None, "hypertension_mgmt_rate", "hypertension_standard_mgmt_rate"]),
    # rates after a register's count are of the patients on it
    ("严重精神障碍患者在册1256人,规范管理率90.2%。", ["严重精神障碍患者在册", "严重精神障碍患者规范管理率"],
     ["smi_registered_count", "smi_standard_mgmt_rate"]),
    # physicians with their assistants are the indicator; physicians alone, a part of them, are not
    ("全县共有执业(助理)医师1056人,其中执业医师862人、执业助理医师194人。", ["执业(助理)医师", "执业医师", "执业助理医师"],
     ["physicians", None, None]),
    # an aside in brackets lends no subject to what follows it
    ("全县建立居民健康档案38.6万份(电子档案36.2万份),建档率达到89.5%。", ["建立居民健康档案", "建立电子档案", "居民健康档案建档率"],
     ["health_records_count", None, "health_record_filing_rate"]),
    # a verb after a verb is another thing done, not done to those before
    ("全年培训3.6万余人,服务2万多人。", ["培训", "服务"], [None, None]),
    # a verb names its own count, not the funds before it
    ("争取上级资金人民币500万元,培训1.2万余人。", ["争取上级资金", "培训"], ["superior_funds_secured", None]),
    ("投入资金5.6万余元,培训近千人。", ["投入资金培训", "培训"], [None, None]),
    # a time before the name is no part of it; a standard an amount is paid by is named so
    ("年底前居民健康档案建档率达到60%。", ["居民健康档案建档率"], ["health_record_filing_rate"]),
    ("按照每人每年15元的标准,县财政已拨付基本公共卫生服务资金320万元。", ["每人每年标准", "县财政已拨付基本公共卫生服务资金"], [None, "bphs_funds"]),
    ("上年度末全县参合人数为32.5万人。", ["参合人数"], ["ncms_enrollees"]),
    ("“十二五”以来累计投入1.2亿元。", ["投入"], [None]),
    ("全县新农合基金当年结余率12.5%,累计结余率18.6%。", ["新农合基金当年结余率", "累计结余率"], [None, None]),
    ("药品收入1.2亿元,占医疗收入的31.5%。", ["药品收入", "药品收入占医疗收入"], [None, "drug_revenue_share"]),
    # a bare rate with no subject of its own is of the people counted last in its sentence
    ("全县65岁及以上老年人口4.2万人,建档率92.8%;健康管理3.1万人,健康管理率73.8%。",
     ["65岁及以上老年人口", "65岁及以上老年人口建档率", "健康管理", "65岁及以上老年人健康管理率"],
     [None, None, None, "elderly_health_mgmt_rate"]),
    # those on the register (登记管理) are managed: the standard-managed and their rate are theirs
    ("高血压患者登记管理1.2万人,规范管理0.86万人,规范管理率71.7%,血压控制率58.2%。",
     ["高血压患者登记管理", "高血压患者规范管理", "高血压患者规范管理率", "血压控制率"],
     [None, None, "hypertension_standard_mgmt_rate", "hypertension_bp_control_rate"]),
    ("全县所有乡镇卫生院达到“优质服务基层行”基本标准,30%达到推荐标准。", ["“优质服务基层行”基本标准"], [None]),  # quotes kept whole
    ("全县住院分娩率为99.5%,比省定目标高4.5个百分点。", ["住院分娩率"] * 2, ["hospital_delivery_rate", None]),
    ("新农合参合率连续五年稳定在98%以上,每千人口医疗机构床位数由3.8张增加到5.1张。",
     ["新农合参合率", "每千人口医疗机构床位数", "每千人口医疗机构床位数"], ["ncms_enrollment_rate", "beds_per_1000", "beds_per_1000"]),
    # a count per thousand or ten thousand people, said after its unit, is per head
    ("床位:目标5张/千人,完成4.8张/千人。", ["每千人口床位"] * 2, ["beds_per_1000"] * 2),
    ("全科医生2.3名/万人口。", ["每万人口全科医生"], ["gps_per_10000"]),
    # a goal after a rate's change is the rate's; a part is not of its whole's series
    ("全县老年人健康体检率达到70.5%,比上年提高5.2个百分点,高于省定目标(65%)5.5个百分点。", ["老年人健康体检率"] * 4,
     ["elderly_health_mgmt_rate", "elderly_health_mgmt_rate", "elderly_health_mgmt_rate", None]),
    ("全年共完成各类手术6820台次,其中三、四级手术1530台次。", ["各类手术", "三、四级手术"], ["surgeries", None]),
    # those to be managed (应管理) are a quota, and name the rate of those managed; a rate
    # named by its head is of the count just before it, not of the rate before that
    ("0-6岁儿童应管理1620人,实际管理1552人,健康管理率95.8%。", ["0-6岁儿童应管理", "实际管理", "0-6岁儿童健康管理率"],
     [None, None, "child_0_6_health_mgmt_rate"]),
    ("辖区内孕产妇218人,早孕建册率93.6%,产后访视198人,访视率90.8%。", ["孕产妇", "早孕建册率", "产后访视", "产后访视率"],
     [None, "early_pregnancy_registration_rate", None, "postpartum_visit_rate"]),
    # a bound after 分别 pairs the list too; a rate after a list of counts joins each count's name
    ("力争全县高血压、糖尿病患者规范管理率分别不低于65%和60%。", ["高血压患者规范管理率", "糖尿病患者规范管理率"],
     ["hypertension_standard_mgmt_rate", "diabetes_standard_mgmt_rate"]),
    ("高血压、糖尿病患者分别管理8620人、2350人,规范管理率分别为72.3%、70.1%。",
     ["高血压患者管理", "糖尿病患者管理", "高血压患者规范管理率", "糖尿病患者规范管理率"],
     [None, None, "hypertension_standard_mgmt_rate", "diabetes_standard_mgmt_rate"]),
    ("2016年、2017年、2018年全县门诊量分别为42万人次、45万人次、48万人次。", ["门诊量"] * 3, ["outpatient_visits"] * 3),
    ("2015-2019年,全县门诊量分别为42万人次和48万人次。", ["门诊量"] * 2, [None, None]),  # which is which is unknown
    # a clause that states a total names it, and is no part of the list before it
    ("人均筹资标准150元,其中中央财政补助60元,农民个人缴纳30元,共筹集基金6189万元。",
     ["人均筹资标准", "人均中央财政补助", "人均农民个人缴纳", "筹集基金"],
     ["ncms_per_capita_funding", None, None, "ncms_fund_raised"]),
    # a long name borrowed across a colon keeps the population its ratio is taken to
    ("每千人口执业(助理)医师数:2023年目标3.0人,2023年完成3.12人。", ["每千人口执业(助理)医师数"] * 2, ["physicians_per_1000"] * 2),
    ("今年全县已完成建档32万份,明年计划新增3万份。", ["建档", "新增建档"], [None, None]),
    # a one-character noun that ends its clause is what is counted; a verb of its own is not the list's
    ("镇党委将服务站改造列为实事工程之一,新建2个站,改建4个站。", ["新建站", "改建站"], [None, None]),
    ("全年共培训乡村医生3期,培训320人次。", ["培训乡村医生", "培训乡村医生"], [None, None]),
    ("每万人口全科医生数达到2.5名,较年初增加0.4名。", ["每万人口全科医生数"] * 2, ["gps_per_10000"] * 2),
    ("药品收入占比由改革前的46.2%下降至35.8%。", ["药品收入占比"] * 2, ["drug_revenue_share"] * 2),
    ("全县卫生技术人员由任期初的2140人增加到2865人。", ["卫生技术人员"] * 2, ["health_tech_staff"] * 2),
    # the critical-illness insurer's ratio is not the scheme's
    ("城乡居民大病保险覆盖全部参保人员,实际报销比例提高10个百分点以上。", ["实际报销比例"], [None]),
    ("全市结核病患者治疗成功率达到92%,艾滋病抗病毒治疗覆盖率为86.5%。", ["结核病患者治疗成功率", "艾滋病抗病毒治疗覆盖率"],
     ["tb_cure_rate", "hiv_art_coverage"]),
    ("基层医疗卫生机构诊疗量占总诊疗量的比例为54.6%。", ["基层医疗卫生机构诊疗量占总诊疗量的比例"], ["primary_care_visit_share"]),
    # 的 between a name's words is read past; a value set against the province's average is the average's
    ("个人卫生支出占卫生总费用的比重下降到28.5%。", ["个人卫生支出占卫生总费用的比重"], ["oop_share"]),
    ("次均住院费用3856元,较上年下降2.3%,低于全省平均水平(4120元)。", ["次均住院费用", "次均住院费用", "全省平均次均住院费用"],
     ["inpatient_cost_per_case", "inpatient_cost_per_case", None]),
    # a table's columns (年度目标, 完成值) say the role, and the row's name names all three
    ("人均预期寿命:年度目标79岁,完成值79.3岁,完成率100.4%。", ["人均预期寿命", "人均预期寿命", "人均预期寿命完成率"],
     ["life_expectancy", "life_expectancy", None]),
    ("婴儿死亡率:目标值≤5‰,实际值2.9‰。", ["婴儿死亡率"] * 2, ["infant_mortality_rate"] * 2),
    # a share of institutions is of those doing what follows 的; with a number after it, of the noun only
    ("全市100%的社区卫生服务中心和乡镇卫生院设立中医馆。", ["社区卫生服务中心和乡镇卫生院设立中医馆"], [None]),
    # …and when the share is of the last of those listed (服务站和80%以上的村卫生室), of those alone
    ("力争全县社区卫生服务站和80%以上的村卫生室能够提供中医药服务。", ["村卫生室能够提供中医药服务"], [None]),
    ("确保100%的社区卫生服务中心、65%的服务站提供中医药服务。", ["社区卫生服务中心提供中医药服务", "服务站提供中医药服务"], [None, None]),
    # the whole place's stock does not share the verb of the count before it
    ("新增普惠性托位1850个,全市托育机构达到126家。", ["新增普惠性托位", "托育机构"], [None, None]),
    ("全年出动人员25人次,车辆5次。", ["出动人员", "出动车辆"], [None, None]),
    ("年初确定的目标任务是门诊量达到60万人次,实际完成62万人次。", ["门诊量", "门诊量"], ["outpatient_visits"] * 2),
    # 传染病(报告)发病率 is the notifiable diseases'; one class of them (乙类) is not
    ("全县传染病报告发病率为235.6/10万。", ["传染病报告发病率"], ["notifiable_id_incidence"]),
    ("全区报告乙类传染病1263例,发病率271.5/10万。", ["报告乙类传染病", "报告乙类传染病发病率"], [None, None]),
    ("全县甲乙类传染病报告发病率为235.6/10万。", ["甲乙类传染病报告发病率"], ["notifiable_id_incidence"]),
    # the elderly's check-up rate is their health management rate, of those 65 and over only
    ("为全县65岁以上老年人免费体检2.8万人,体检率达到68.5%。", ["65岁以上老年人免费体检", "65岁以上老年人免费体检率"],
     [None, "elderly_health_mgmt_rate"]),
    ("为全县60岁以上老年人免费体检2.8万人,体检率达到68.5%。", ["60岁以上老年人免费体检", "60岁以上老年人免费体检率"], [None, None]),
    ("全县建档立卡贫困人口住院15682人次,家庭医生签约服务率100%。", ["建档立卡贫困人口住院", "建档立卡贫困人口家庭医生签约服务率"],
     [None, "fd_poor_contract_rate"]),
    ("全县家庭医生签约服务率达到45.2%,出生人口1.28万人。", ["家庭医生签约服务率", "出生人口"], ["fd_contract_coverage", "live_births"]),
    ("全县乡镇卫生院门急诊人次达到86.3万人次,同比增长6.2%,占全县的40.1%。",
     ["乡镇卫生院门急诊人次", "乡镇卫生院门急诊人次", "乡镇卫生院门急诊人次占全县"], [None, None, None]),
    # a long name starts where a word starts; what was done is named after 的; titles go with their list words
    ("按要求于今年4、5月份组织辖区各接种门诊对全区7岁以下适龄儿童查漏补种2215人次。",
     ["组织辖区各接种门诊对全区7岁以下适龄儿童查漏补种"], [None]),
    ("并按要求于今年4、5月份组织辖区各接种门诊对7岁人群开展了2215人次的麻疹、风疹疫苗查漏补种工作。", ["麻疹、风疹疫苗查漏补种"], [None]),
    ("印发了《突发人间禽流感应急处理预案》、《人间禽流感防治知识》等宣传资料10000多份。", ["印发宣传资料"], [None]),
    # the elderly's check-ups are how they are managed; 较今年 is what a change is measured from
    ("完成65岁以上老年人健康体检3.5万人,健康管理率达到70%。", ["65岁以上老年人健康体检", "65岁以上老年人健康管理率"],
     [None, "elderly_health_mgmt_rate"]),
    ("高血压患者规范管理率不低于60%,较今年提高3个百分点。", ["高血压患者规范管理率"] * 2, ["hypertension_standard_mgmt_rate"] * 2),
    ("门诊量由上年的45万人次增至52万人次。", ["门诊量"] * 2, ["outpatient_visits"] * 2),
    ("已婚育龄妇女综合避孕率达到85%以上,一至三季度门诊量增长5%。", ["已婚育龄妇女综合避孕率", "门诊量"], ["contraceptive_prevalence", None]),
    # a table row named by one dictionary word longer than a borrowed subject may be
    ("适龄儿童国家免疫规划疫苗接种率:2018年完成值96.5%,2019年目标值≥95%。", ["适龄儿童国家免疫规划疫苗接种率"] * 2,
     ["nip_vaccination_rate"] * 2),
    # the poor's teams are the county's: a group makes its people's values its own, not its teams'
    ("建档立卡贫困人口签约率保持100%,组建家庭医生团队不少于120个。", ["建档立卡贫困人口签约率", "组建家庭医生团队"],
     ["fd_poor_contract_rate", "fd_teams"]),
    ("全年共筹集合作医疗基金3870万元,住院补偿封顶线提高到3万元。", ["筹集合作医疗基金", "住院补偿封顶线"], ["ncms_fund_raised", "ncms_cap"]),
    ("新建标准化村卫生室42个,全年招聘卫生专业技术人员86名。", ["新建标准化村卫生室", "招聘卫生专业技术人员"],
     ["new_village_clinics", "staff_recruited"]),
    # the share done of a task in brackets after a rate is the task's, not the rate's (after a count, the count's)
    ("重点人群签约服务覆盖率81.5%,完成市下达签约任务(9万人)的103.1%,签约9.28万人。",
     ["重点人群签约服务覆盖率", "下达签约任务", "下达签约任务", "签约"], ["fd_priority_coverage", "fd_contract_quota", None, "fd_contracted"]),
    # those counted before their number per head of the people are that ratio (全科医生仅有每万人口2.6名)
    ("社区卫生人才不足,全科医生仅有每万人口2.6名。", ["每万人口全科医生"], ["gps_per_10000"]),
    ("执业医师达到每千人口2.3人,注册护士每千人口2.9人。", ["每千人口执业医师", "每千人口注册护士"],
     ["physicians_per_1000", "nurses_per_1000"]),
    ("家庭医生签约服务覆盖常住人口21.3万人,签约率30.4%。", ["家庭医生签约服务覆盖常住人口", "家庭医生签约服务覆盖常住人口签约率"],
     ["fd_contracted", "fd_contract_coverage"]),
    # an amount named only as spent is named by what it went to
    ("投资1260万元新建县中医院门诊楼;投资580万元改扩建乡镇卫生院5所。", ["投资新建县中医院门诊楼", "投资改扩建乡镇卫生院", "改扩建乡镇卫生院"],
     [None, None, "new_township_hospitals"]),
    # …and so do the works counted after the verb (投入1200万元完成4个…改造)
    ("投入1200万元完成4个社区卫生服务中心提升改造。", ["投入完成社区卫生服务中心提升改造", "社区卫生服务中心提升改造"], [None, None]),
    ("投资2400万元完成8所乡镇卫生院标准化建设,新建村卫生室12个。",
     ["投资完成乡镇卫生院标准化建设", "乡镇卫生院标准化建设", "新建村卫生室"], [None, None, "new_village_clinics"]),
    ("全年投入3000万元用于乡镇卫生院设备购置。", ["投入乡镇卫生院设备购置"], [None]),
    # …the works, not their examples (城关镇、河口镇等)
    ("投资1350万元完成城关镇、河口镇等5所乡镇卫生院业务用房改扩建。",
     ["投资完成乡镇卫生院业务用房改扩建", "乡镇卫生院业务用房改扩建"], [None, None]),
    # the people an aid reaches are those it is given to, its 对象
    ("全年发放农村部分计划生育家庭奖励扶助金486.7万元,惠及4056人。", ["发放农村部分计划生育家庭奖励扶助金", "农村部分计划生育家庭奖励扶助对象"],
     ["fp_reward_funds", "fp_reward_recipients"]),
    ("落实计划生育家庭特别扶助资金9.6亿元,惠及21.3万人。", ["落实计划生育家庭特别扶助资金", "计划生育家庭特别扶助对象"],
     ["fp_special_support_funds", "fp_special_support_recipients"]),
    # patients on the register under a heading that says whose they are
    ("9.严重精神障碍患者管理:在册患者136人,规范管理率为90.4%。", ["在册严重精神障碍患者", "在册严重精神障碍患者规范管理率"],
     ["smi_registered_count", "smi_standard_mgmt_rate"]),
    ("全县居民电子健康档案建档率达到85.3%,超过年初确定的72%目标。", ["居民电子健康档案建档率"] * 2,
     ["e_health_record_filing_rate"] * 2),
    ("居民健康素养水平达到24.5%,高于全国平均水平1.2个百分点。", ["居民健康素养水平"] * 2, ["health_literacy_level", None]),
    # a bare rate whose subject names a dictionary rate in passing takes that rate's name
    ("组建家庭医生签约服务团队8个,签约居民9320人,签约率33.3%。", ["组建家庭医生签约服务团队", "签约居民", "家庭医生签约率"],
     ["fd_teams", "fd_contracted", "fd_contract_coverage"]),
    # the subject further back in the clause before than a name reaches
    ("家庭医生签约服务覆盖面进一步扩大,签约率达到45%以上。", ["家庭医生签约率"], ["fd_contract_coverage"]),
    # or two clauses back, where the clause before only counts the rate's own deed
    ("家庭医生签约服务全面铺开,全市签约8.6万人,签约率34.2%。", ["签约", "家庭医生签约率"],
     ["fd_contracted", "fd_contract_coverage"]),
    # those a family doctor's contracts cover, counted, are those signed
    ("家庭医生签约服务覆盖21.7万人,签约率47.3%。", ["家庭医生签约服务覆盖", "家庭医生签约率"],
     ["fd_contracted", "fd_contract_coverage"]),
    # beds set by the establishment quota are no count of the beds there are
    ("年末全县编制床位1960张,实有床位1885张。", ["编制床位", "实有床位"], [None, "total_beds"]),
    # the per-head subsidy named with 补助经费, the staff newly recruited, the cases of every kind
    ("人均基本公共卫生服务补助经费提高到79元。", ["人均基本公共卫生服务补助经费"], ["bphs_per_capita_subsidy"]),
    ("新招聘卫生专业技术人员64名。", ["新招聘卫生专业技术人员"], ["staff_recruited"]),
    ("立案查处各类违法案件26件,罚款8.7万元。", ["立案查处各类违法案件", "罚款"], ["admin_penalties", "admin_penalties"]),
    # a bare head after the same rate of a group, with a level of its own, is the whole population's
    ("重点人群签约率达到75%,签约率达到45%。", ["重点人群签约率", "家庭医生签约率"], ["fd_priority_coverage", "fd_contract_coverage"]),
    ("贫困人口参保率达到100%,参保率达到98%。", ["贫困人口参保率", "城乡居民医保参保率"], [None, "resident_insurance_enrollment"]),
    ("建档立卡贫困人口签约率为100%,签约率为45%。", ["建档立卡贫困人口签约率", "家庭医生签约率"],
     ["fd_poor_contract_rate", "fd_contract_coverage"]),
    ("居民健康素养水平提升至23.4%,五年提高14.8个百分点。", ["居民健康素养水平"] * 2, ["health_literacy_level"] * 2),
    ("计划生育奖励扶助资金发放560万元,比上年增加85万元,增幅达17.9%。", ["计划生育奖励扶助资金发放"] * 3, [None] * 3),
    # listed names that end in a head of their own share none
    ("全年新农合基金支出、住院补偿金额分别为2.35亿元、1.86亿元。", ["新农合基金支出", "住院补偿金额"], [None, None]),
    ("全年培训乡村医生、村级计生专干分别为420人次、380人次。", ["培训乡村医生", "村级计生专干"], [None, None]),
    # a doubling and a 在…之间 stay out of the name
    ("全年门诊量较2015年翻了一番,达到120万人次。", ["门诊量"], ["outpatient_visits"]),
    ("全县群众满意度测评在85%-90%之间。", ["群众满意度测评"], ["patient_satisfaction"]),
    # the people's satisfaction with their care is the satisfaction indicators.md names 群众满意度
    ("全区群众就医满意度为94.3%,较上年提高0.8个百分点。", ["群众就医满意度", "群众就医满意度"], ["patient_satisfaction", "patient_satisfaction"]),
    # the emergency patients' satisfaction is a part, as the outpatients' is; 急诊, which the tagger takes for a verb,
    # is no deed the inpatients listed after take
    ("急诊患者满意度90.1%,门诊患者满意度91.2%。", ["急诊患者满意度", "门诊患者满意度"], [None, None]),
    ("急诊患者抗菌药物使用率28.5%,住院患者抗菌药物使用率38.9%。", ["急诊患者抗菌药物使用率", "住院患者抗菌药物使用率"], [None, None]),
    # honours of one level among those of that level and above: that level's alone
    ("全年共获得市级以上表彰11项,其中国家级1项、省级3项。", ["获得市级以上表彰", "获得国家级表彰", "获得省级表彰"], [None, None, None]),
    # a bare rate after a satisfaction is of no one's satisfaction; a rate after its deed's end is of what the deed was done to
    ("群众满意度不低于93%,整改率达到98%以上。", ["群众满意度", "整改率"], ["patient_satisfaction", None]),
    ("发现问题168条,现已整改完成161条,整改率95.8%。", ["发现问题", "发现问题整改完成", "发现问题整改率"], [None, None, None]),
    # the appraisal named 目标管理 keeps its 目标; the national programme keeps its 基本 where a long name is cut
    ("在全县目标管理绩效考核中,我局综合得分97.12分。", ["目标管理绩效考核综合得分"], [None]),
    ("在2019年度基本公共卫生服务项目绩效评价中,我县综合得分91.75分。", ["基本公共卫生服务项目绩效评价综合得分"], [None]),
    # the highest and lowest score after the average are of the same appraisal
    ("全县乡镇卫生院考核平均得分88.4分,最高分95.2分,最低分80.6分。", ["乡镇卫生院考核平均得分", "乡镇卫生院考核最高分", "乡镇卫生院考核最低分"],
     [None, None, None]),
    # an amount after a rate is of the rate's subject, not of the rate
    ("全年新农合参合率达99.2%,筹集资金8652万元。", ["新农合参合率", "新农合筹集资金"], ["ncms_enrollment_rate", "ncms_fund_raised"]),
    # a part the dictionary knows by another key keeps its own name
    ("全县卫生技术人员1862人,其中执业(助理)医师621人,注册护士758人。", ["卫生技术人员", "执业(助理)医师", "注册护士"],
     ["health_tech_staff", "physicians", "registered_nurses"]),
    # a list of diseases names all of them, not its last; a group named between makes a bare rate its own
    ("其中高血压、糖尿病、肺结核、严重精神障碍4类慢病患者签约7216人,规范管理率达到95%以上。",
     ["高血压、糖尿病、肺结核、严重精神障碍4类慢病患者签约", "高血压、糖尿病、肺结核、严重精神障碍4类慢病患者签约规范管理率"], [None, None]),
    ("重点人群签约率72.8%,建档立卡贫困人口应签尽签,签约率100%。", ["重点人群签约率", "建档立卡贫困人口签约率"],
     ["fd_priority_coverage", "fd_poor_contract_rate"]),
    # the beds of the facilities just counted are theirs, not the place's
    ("全市储备方舱医院4家、床位6800张;全县共有医疗卫生机构312个、床位2100张。", ["储备方舱医院", "方舱医院床位", "医疗卫生机构", "床位"],
     [None, None, "health_institutions", "total_beds"]),
    # adults are no children of the immunisation programme
    ("60岁以上老年人全程接种率为87.3%,适龄儿童全程接种率95%。", ["60岁以上老年人全程接种率", "适龄儿童全程接种率"],
     [None, "nip_vaccination_rate"]),
    ("规范化电子健康档案覆盖率达到78.4%,开展卫生监督协管巡查2.36万户次。", ["规范化电子健康档案覆盖率", "开展卫生监督协管巡查"],
     ["standard_e_record_coverage", "supervision_coop_inspections"]),
    # the dictionary's variants in context; a second unit of an indicator (fines beside cases)
    ("全年举办健康知识讲座3460场,监督检查各类单位7325户次,罚款12.8万元,立案查处56件。",
     ["举办健康知识讲座", "监督检查各类单位", "罚款", "立案查处"],
     ["health_lectures", "supervision_inspections", "admin_penalties", "admin_penalties"]),
    ("基本公共卫生服务人均财政补助标准提高到89元,每千人口3岁以下婴幼儿托位数达到3.6个。",
     ["基本公共卫生服务人均财政补助标准", "每千人口3岁以下婴幼儿托位数"], ["bphs_per_capita_subsidy", "childcare_places_per_1000"]),
    # kinds listed before 分别 share what the last one can do; a change 比实施前 is of the value before
    ("社区卫生服务站和村卫生室能够提供中医药服务的比例分别达到86.5%和74.3%。",
     ["社区卫生服务站能够提供中医药服务的比例", "村卫生室能够提供中医药服务的比例"], [None, None]),
    ("乡镇卫生院门诊次均费用下降到42.6元,比实施前下降21.3%。", ["乡镇卫生院门诊次均费用", "乡镇卫生院门诊次均费用"],
     [None, None]),
    # an amount listed after a part's count is that part's amount
    ("全年补偿参合农民12.6万人次,其中住院补偿8630人次、补偿金额792.3万元,门诊补偿11.8万人次、补偿金额194.1万元。",
     ["补偿参合农民", "参合农民住院补偿", "参合农民住院补偿金额", "参合农民门诊补偿", "参合农民门诊补偿金额"],
     ["ncms_beneficiaries", None, None, None, None]),
    # shares of several kinds that do one thing: each kind, then what all do
    ("全区有85%以上的社区卫生服务站、72.6%的村卫生室能够提供中医药服务。",
     ["社区卫生服务站能够提供中医药服务", "村卫生室能够提供中医药服务"], [None, None]),
    # the patients of a major-disease scheme are a group of their own; the kinds it was brought to are counted
    ("全年实施重大疾病保障的病种扩大到20类,共救治患者1268人,补偿资金1456.2万元,实际补偿比例达到71.5%。",
     ["实施重大疾病保障的病种", "救治患者", "重大疾病补偿资金", "重大疾病实际补偿比例"], [None, None, None, None]),
    # a bare 报告发病率 is of the cases reported before it; a listed noun takes the list's 在管
    ("全年报告法定传染病12种1520例,报告发病率为207.4/10万。", ["报告法定传染病", "报告法定传染病", "法定传染病报告发病率"],
     [None, None, "notifiable_id_incidence"]),
    ("在管高血压患者2.36万人、糖尿病患者6840人。", ["在管高血压患者", "在管糖尿病患者"],
     ["hypertension_managed_count", "diabetes_managed_count"]),
    # …and after a comma, a clause that is only the next patients (no place of its own) is of those in care too
    ("纳入管理高血压患者2.36万人,糖尿病患者7842人。", ["纳入管理高血压患者", "纳入管理糖尿病患者"],
     ["hypertension_managed_count", "diabetes_managed_count"]),
    # a floor for each township is none of the place's series; subsidies in 万元 beside the mothers counted
    ("确保各乡镇参合率均不低于93%,发放农村孕产妇住院分娩补助268.5万元。", ["各乡镇参合率", "发放农村孕产妇住院分娩补助"],
     [None, "delivery_subsidy"]),
    ("每千人口病床数4.1张,完成农村妇女宫颈癌检查10326人,查处非法行医案件19件,招聘医学院校毕业生46名。",
     ["每千人口病床数", "农村妇女宫颈癌检查", "查处非法行医案件", "招聘医学院校毕业生"],
     ["beds_per_1000", "cervical_cancer_screened", "illegal_practice_closed", "staff_recruited"]),
    # a rate after those signed is the residents' rate; a rate that names its own people is theirs
    ("签约居民18.9万人,签约率38.6%,重点人群签约率72.3%。", ["签约居民", "居民签约率", "重点人群签约率"],
     ["fd_contracted", "fd_contract_coverage", "fd_priority_coverage"]),
    ("组建家庭医生签约团队132个,贫困人口家庭医生签约率100%,重点人群签约服务覆盖率72.8%。",
     ["组建家庭医生签约团队", "贫困人口家庭医生签约率", "重点人群签约服务覆盖率"], ["fd_teams", "fd_poor_contract_rate", "fd_priority_coverage"]),
    ("重性精神疾病患者在册1346人,管理率94.1%,发放奖励扶助资金约390万元,发放医疗救助资金936万元。",
     ["重性精神疾病患者在册", "重性精神疾病患者管理率", "发放奖励扶助资金", "发放医疗救助资金"],
     ["smi_registered_count", "smi_mgmt_rate", "fp_reward_funds", "medical_assistance"]),
    # planned, done and cumulative investment are three amounts
    ("年度计划投资5.6亿元,实际完成投资5.92亿元;本年度完成投资3.46亿元,累计完成投资7.85亿元。",
     ["年度计划投资", "实际完成投资", "本年度完成投资", "累计完成投资"], [None, None, None, None]),
    # a change against the half-year before or a month's end is of the value before it
    ("全县病床使用率为76.5%,环比上半年提高3.2个百分点。", ["病床使用率", "病床使用率"], ["bed_occupancy_rate", "bed_occupancy_rate"]),
    ("全县家庭医生签约率达到36.8%,较一季度末提高2.4个百分点,比上半年提高0.9个百分点。", ["家庭医生签约率"] * 3,
     ["fd_contract_coverage"] * 3),
    ("全县病床使用率为81.2%,较上月下降1.5个百分点。", ["病床使用率", "病床使用率"], ["bed_occupancy_rate", "bed_occupancy_rate"]),
    # the flows of a fund are each the fund's; an amount listed after a count is named as it is
    ("职工医保基金收入2.31亿元,支出1.97亿元;大病保险筹资2748万元,赔付1.02万人次、2513万元。",
     ["职工医保基金收入", "职工医保基金支出", "大病保险筹资", "赔付", "赔付"], [None, None, None, None, None]),
    ("特扶对象家庭医生签约率达到100%。", ["特扶对象家庭医生签约率"], ["fp_special_family_contract_rate"]),
    # in a list of name:value pairs each value takes its own label
    ("5.法定传染病报告率:100%,报告及时率:99.6%;孕产妇系统管理率:91.5%,3岁以下儿童系统管理率:90.2%",
     ["法定传染病报告率", "报告及时率", "孕产妇系统管理率", "3岁以下儿童系统管理率"],
     ["id_report_rate", "id_report_timeliness_rate", "maternal_systematic_mgmt_rate", "child_u3_systematic_mgmt_rate"]),
    ("3.手术台次:6830,增长11.5%", ["手术台次", "手术台次"], ["surgeries"] * 2),
    # a second 分别 list named in full is no head of the first; a bare rate after another measure's ratio is its own
    ("乙肝疫苗首针及时接种率分别为96.2%、95.8%、97.1%;肺结核患者管理率分别为92%、90%和93%。",
     ["乙肝疫苗首针及时接种率"] * 3 + ["肺结核患者管理率"] * 3, [None] * 6),
    ("住院实际补偿比为43.2%,建档率达到28.6%;高血压患者规范管理率76%,控制率60%。",
     ["住院实际补偿比", "建档率", "高血压患者规范管理率", "高血压患者控制率"],
     ["ncms_actual_inpatient_ratio", None, "hypertension_standard_mgmt_rate", "hypertension_bp_control_rate"]),
    # an age says who is counted: it is part of the name, no fact of its own
    ("6个月内婴儿纯母乳喂养率为58.6%。", ["6个月内婴儿纯母乳喂养率"], ["exclusive_breastfeeding_rate"]),
    # a baseline names the value reached after it; the verb of reaching is in neither name
    ("检测实验室由11家扩充至27家,采样点由年初的260个增加到1150个。", ["检测实验室", "检测实验室", "采样点", "采样点"],
     [None, None, None, None]),
    ("企业自查率由年初的41.5%提高到年底的78.9%。", ["企业自查率", "企业自查率"], [None, None]),
    # goals in brackets are of the facts before them, in order; so are the shares of them done
    ("65岁及以上老年人健康管理率为73.6%,高血压患者规范管理率为74.2%,分别完成年度目标(70%、65%)的105.1%和114.2%。",
     ["65岁及以上老年人健康管理率", "高血压患者规范管理率"] * 3,
     ["elderly_health_mgmt_rate", "hypertension_standard_mgmt_rate"] * 3),
    ("每千人口执业(助理)医师数达到2.7人,完成2020年目标(3人)的比例为90%。", ["每千人口执业(助理)医师数"] * 3,
     ["physicians_per_1000", "physicians_per_1000", None]),
    # goals in brackets pair with the values reached, not with the baselines they rose from
    ("孕产妇系统管理率由2015年的88.2%提高到93.5%,3岁以下儿童系统管理率由85.6%提高到91.2%,均达到目标(分别为90%和90%)。",
     ["孕产妇系统管理率", "孕产妇系统管理率", "3岁以下儿童系统管理率", "3岁以下儿童系统管理率", "孕产妇系统管理率", "3岁以下儿童系统管理率"],
     ["maternal_systematic_mgmt_rate"] * 2 + ["child_u3_systematic_mgmt_rate"] * 2
     + ["maternal_systematic_mgmt_rate", "child_u3_systematic_mgmt_rate"]),
    ("完成艾滋病检测5.9万人次,未完成6万人次的任务。", ["艾滋病检测", "艾滋病检测任务"], ["hiv_tests", "hiv_tests"]),
    ("立案查处违法案件94件,罚没款47.8万元,分别完成年度任务(80件、40万元)的117.5%和119.5%。",
     ["立案查处违法案件", "罚没款"] * 3, ["admin_penalties"] * 4 + [None, None]),
    # what there is in all is no addition; a speaker's name is no part of a name
    ("新建乡镇卫生院中医馆5个,累计达到17个。", ["新建乡镇卫生院中医馆", "乡镇卫生院中医馆"], [None, None]),
    ("【宋佳】2019年全市共招聘卫生专业技术人员623人。", ["招聘卫生专业技术人员"], ["staff_recruited"]),
    # the province's or the country's value beside the place's own is no value of the place's series
    ("婴儿死亡率3.8‰,全省为5.1‰;3岁以下儿童系统管理率92.3%,全国同期为90.1%。",
     ["婴儿死亡率", "全省婴儿死亡率", "3岁以下儿童系统管理率", "全国3岁以下儿童系统管理率"],
     ["infant_mortality_rate", None, "child_u3_systematic_mgmt_rate", None]),
    # a number listed after one set against another area is set against it too
    ("高血压患者规范管理率75.6%,糖尿病患者规范管理率71.8%,分别比全市平均高3.4和2.9个百分点。",
     ["高血压患者规范管理率", "糖尿病患者规范管理率", "高血压患者规范管理率", "糖尿病患者规范管理率"],
     ["hypertension_standard_mgmt_rate", "diabetes_standard_mgmt_rate", None, None]),
    ("孕产妇系统管理率92.5%、3岁以下儿童系统管理率91.8%,分别高于全省平均的90.4%和90.1%;婴儿死亡率3.8‰,全省为5.1‰、全国为6.1‰。",
     ["孕产妇系统管理率", "3岁以下儿童系统管理率", "全省孕产妇系统管理率", "全省3岁以下儿童系统管理率", "婴儿死亡率",
      "全省婴儿死亡率", "全国婴儿死亡率"],
     ["maternal_systematic_mgmt_rate", "child_u3_systematic_mgmt_rate", None, None, "infant_mortality_rate", None, None]),
    ("婴儿死亡率3.8‰,全省2.1‰。", ["婴儿死亡率", "全省婴儿死亡率"], ["infant_mortality_rate", None]),
    # …also as a list after 分别, in brackets or not, of the larger area or its average
    ("婴儿死亡率2.48‰,5岁以下儿童死亡率3.65‰,全省分别为3.01‰和4.37‰。",
     ["婴儿死亡率", "5岁以下儿童死亡率", "全省婴儿死亡率", "全省5岁以下儿童死亡率"], ["infant_mortality_rate", "u5_mortality_rate", None, None]),
    ("孕产妇死亡率8.16/10万,婴儿死亡率2.48‰,均优于全省平均水平(全省分别为9.52/10万、3.01‰)。",
     ["孕产妇死亡率", "婴儿死亡率", "全省孕产妇死亡率", "全省婴儿死亡率"], ["maternal_mortality_ratio", "infant_mortality_rate", None, None]),
    ("高血压、糖尿病患者规范管理率分别为76.2%和74.9%,全国分别为70.1%和68.3%。",
     ["高血压患者规范管理率", "糖尿病患者规范管理率", "全国高血压患者规范管理率", "全国糖尿病患者规范管理率"],
     ["hypertension_standard_mgmt_rate", "diabetes_standard_mgmt_rate", None, None]),
    ("孕产妇死亡率8.16/10万,婴儿死亡率2.48‰,全省平均水平分别为9.52/10万、3.01‰。",
     ["孕产妇死亡率", "婴儿死亡率", "全省平均孕产妇死亡率", "全省平均婴儿死亡率"], ["maternal_mortality_ratio", "infant_mortality_rate", None, None]),
    # numbers after 分别 each going their own way are one list
    ("门诊次均费用216元,住院次均费用6800元,分别比上年增长2.1%和下降3.6%。", ["门诊次均费用", "住院次均费用"] * 2,
     ["outpatient_cost_per_visit", "inpatient_cost_per_case", None, None]),
    # how far a value is from one in brackets, or from a goal, is no value of a series
    ("人均基本公共卫生服务经费补助75元,高于国家标准(69元)6元。", ["人均基本公共卫生服务经费补助", "人均基本公共卫生服务经费补助标准", "人均基本公共卫生服务经费补助"],
     ["bphs_per_capita_subsidy", None, None]),
    ("老年人健康管理率61.3%,距全年目标(70%)还有8.7个百分点差距。", ["老年人健康管理率"] * 3,
     ["elderly_health_mgmt_rate", "elderly_health_mgmt_rate", None]),
    # people counted after 万 are people, whatever the sentence's money
    ("全省投入健康扶贫资金12亿元,116.3万建档立卡贫困人口全部参保。", ["投入健康扶贫资金", "全部参保"], [None, None]),
    # nucleic acid tests are no HIV tests, and a payout for a medical dispute is no insurance's
    ("累计核酸检测12.6万人份,调解医疗纠纷12起,赔付金额86万元。", ["核酸检测", "调解医疗纠纷", "赔付金额"], [None, None, None]),
    # a table row's later values take its label; a rural part of it is no value of the whole place's series
    ("医院:2020年58家,2021年61家。", ["医院", "医院"], [None, None]),
    ("总诊疗人次:2021年全市1486.3万人次,2021年农村702.5万人次。", ["总诊疗人次", "农村总诊疗人次"], ["outpatient_visits", None]),
    # each cancer's screening is its own series, apart from the two together
    ("完成宫颈癌筛查1.23万人、乳腺癌筛查1.19万人,两癌检查共2.3万人。", ["宫颈癌筛查", "乳腺癌筛查", "两癌检查"],
     ["cervical_cancer_screened", "breast_cancer_screened", "two_cancers_screened"]),
    ("卫生基础设施投入1.28亿元,培训基层卫生人员3260人次。", ["卫生基础设施投入", "培训基层卫生人员"], ["health_investment", "staff_trained"]),
    ("每千常住人口执业(助理)医师数达到2.5人、床位数达到6张。", ["每千常住人口执业(助理)医师数", "每千常住人口床位数"],
     ["physicians_per_1000", "beds_per_1000"]),
    # an event's report is no infectious disease's; nor is an occupational health card's
    ("突发公共卫生事件报告及时率100%,事件报告及时率100%,个案卡报告及时率为98.2%。",
     ["突发公共卫生事件报告及时率", "事件报告及时率", "个案卡报告及时率"], ["phe_info_report_rate", "phe_info_report_rate", None]),
    ("开展HIV抗体检测38975人份,报告突发公共卫生事件相关信息26起。",
     ["开展HIV抗体检测", "报告突发公共卫生事件相关信息"], ["hiv_tests", "phe_events"]),
    # killing snails is not surveying them; salt that is iodised is not salt that is up to standard
    ("查螺面积1856.4万平方米,药物灭螺面积468.3万平方米,碘盐覆盖率98.7%,合格碘盐食用率95.3%。",
     ["查螺面积", "药物灭螺面积", "碘盐覆盖率", "合格碘盐食用率"],
     ["snail_survey_area", "snail_control_area", "iodised_salt_coverage", "iodised_salt_rate"]),
    # 有螺面积 is the area snails are found on, its 有 no verb; 灭螺 alone in 平方米 is the area treated
    ("有螺面积较上年下降18.6%,现有有螺面积326万平方米,药物灭螺650万平方米,居民血吸虫感染率降至0.8%。",
     ["有螺面积", "现有有螺面积", "药物灭螺", "居民血吸虫感染率"],
     [None, "snail_infested_area", "snail_control_area", "schisto_infection_rate"]),
    ("以乡为单位国家免疫规划疫苗各苗次接种率均保持在95%以上,新发病原学阳性患者治愈率为91.3%,入院人数10.62万人。",
     ["以乡为单位国家免疫规划疫苗各苗次接种率", "新发病原学阳性患者治愈率", "入院人数"],
     ["nip_vaccination_rate", "tb_cure_rate", "inpatient_admissions"]),
    ("完成投资2150万元,占计划总投资3600万元的59.7%。", ["完成投资", "占计划总投资", "完成投资占计划总投资"], [None, None, None]),
    # a share named with its own subject keeps it; growths compared after 分别 are those stated
    ("卫生材料收入6193万元,耗材占比由2015年的13.2%上升到15.0%。", ["卫生材料收入", "耗材占比", "耗材占比"], [None, None, None]),
    ("门诊次均费用213.6元,同比增长2.4%;住院次均费用6124元,同比增长1.9%,增幅分别比上年回落1.3个和2.6个百分点。",
     ["门诊次均费用", "门诊次均费用", "住院次均费用", "住院次均费用", "门诊次均费用增幅", "住院次均费用增幅"],
     ["outpatient_cost_per_visit"] * 2 + ["inpatient_cost_per_case"] * 2 + [None, None]),
    ("婴儿死亡率由9.8‰下降到2.6‰,5岁以下儿童死亡率由12.7‰下降到3.9‰,分别下降7.2个和8.8个千分点。",
     ["婴儿死亡率", "婴儿死亡率", "5岁以下儿童死亡率", "5岁以下儿童死亡率", "婴儿死亡率", "5岁以下儿童死亡率"],
     ["infant_mortality_rate", "infant_mortality_rate", "u5_mortality_rate", "u5_mortality_rate", "infant_mortality_rate", "u5_mortality_rate"]),
    # a part its own words name (其中急诊); a subset of operations is no total; changes in points
    # after 分别 are of the rates, not of the counts between them
    ("门急诊386425人次,其中急诊41236人次,其中三、四级手术1920台次。", ["门急诊", "急诊", "三、四级手术"],
     ["outpatient_visits", None, None]),
    ("婴儿死亡12例,婴儿死亡率为3.08‰;5岁以下儿童死亡17例,5岁以下儿童死亡率为4.37‰,分别比上年下降0.62和0.41个千分点。",
     ["婴儿死亡", "婴儿死亡率", "5岁以下儿童死亡", "5岁以下儿童死亡率", "婴儿死亡率", "5岁以下儿童死亡率"],
     [None, "infant_mortality_rate", None, "u5_mortality_rate", "infant_mortality_rate", "u5_mortality_rate"]),
    # a severe mental disorder's medication rates, HIV treatment coverage and cancer's early diagnosis are
    # measures of their own, not only a count's words before a bare head
    ("全县登记在册严重精神障碍患者1652人,服药率86.4%,规律服药率62.5%。",
     ["登记在册严重精神障碍患者", "登记在册严重精神障碍患者服药率", "登记在册严重精神障碍患者规律服药率"],
     ["smi_registered_count", "smi_medication_rate", "smi_regular_medication_rate"]),
    ("完成上消化道癌筛查2160人,检出早期病例31例,早诊率78.5%;抗病毒治疗覆盖率91.2%。",
     ["上消化道癌筛查", "检出早期病例", "早诊率", "抗病毒治疗覆盖率"], [None, None, "cancer_early_diagnosis_rate", "hiv_art_coverage"]),
    # a topic opening the sentence names the numbers after it by what it is of, not by its work's words
    ("艾滋病防治方面,全年检测9.6万人次;慢病管理方面,全年随访2.3万人次。", ["艾滋病检测", "慢病随访"], ["hiv_tests", None]),
    # patients named by their standing alone are the group counted before them, in that standing; their count
    # is no value of the first count's series (在册 is not 在管), their rates are the group's
    ("全县在册严重精神障碍患者2218人,报告患病率4.67‰,在管患者2174人,规范管理率95.2%,服药率92.8%。",
     ["在册严重精神障碍患者", "报告患病率", "在管严重精神障碍患者", "在管严重精神障碍患者规范管理率", "在管严重精神障碍患者服药率"],
     ["smi_registered_count", "smi_reported_prevalence", None, "smi_standard_mgmt_rate", "smi_medication_rate"]),
    # bare rates, alone or listed, of the one group of patients their sentence names before them
    ("做好严重精神障碍患者管理,报告患病率达到4.5‰,规范管理率达到90%,服药率达到85%;规范管理率、规律服药率均达到80%。",
     ["报告患病率", "严重精神障碍患者规范管理率", "严重精神障碍患者服药率", "严重精神障碍患者规范管理率、规律服药率"],
     ["smi_reported_prevalence", "smi_standard_mgmt_rate", "smi_medication_rate", "smi_standard_mgmt_rate"]),
    # …and a bare rate after 分别 pairs with the rates of its name, not with the last rates stated
    ("在管高血压患者1.8万人,规范管理率72.6%,血压控制率61.3%;在管糖尿病患者5873人,规范管理率70.4%,血糖控制率55.8%,"
     "规范管理率分别比上年提高3.2个和2.7个百分点。",
     ["在管高血压患者", "在管高血压患者规范管理率", "血压控制率", "在管糖尿病患者", "在管糖尿病患者规范管理率", "血糖控制率",
      "在管高血压患者规范管理率", "在管糖尿病患者规范管理率"],
     ["hypertension_managed_count", "hypertension_standard_mgmt_rate", "hypertension_bp_control_rate",
      "diabetes_managed_count", "diabetes_standard_mgmt_rate", "diabetes_glucose_control_rate",
      "hypertension_standard_mgmt_rate", "diabetes_standard_mgmt_rate"]),
    # …but a count's growth in % and a rate's in points, listed as many as the facts before, pair in order
    ("全县签约服务覆盖人口21.4万人,重点人群签约率74.6%,分别比上年增长4.8%和2.7个百分点。",
     ["签约服务覆盖人口", "重点人群签约率", "签约服务覆盖人口", "重点人群签约率"],
     ["fd_contracted", "fd_priority_coverage", None, "fd_priority_coverage"]),
    ("立案查处案件57件,比上年少23件;引进人才17人,比上年多引进6人。",
     ["立案查处案件", "立案查处案件", "引进人才", "引进人才"], ["admin_penalties", "admin_penalties", "staff_recruited", "staff_recruited"]),
    # a clause naming nothing takes the rate the clause before it names; a share of another
    # area's value is none of the place's series
    ("县域内就诊率达到91%,但儿科、精神科等专科外转率仍偏高,约为16%;发病率186.7/10万,仅为全省平均水平(265.3/10万)的七成左右。",
     ["县域内就诊率", "儿科、精神科等专科外转率", "发病率", "全省平均发病率", "仅为全省平均水平"], ["county_retention_rate", None, None, None, None]),
    ("全县共有建档立卡贫困人口12563户41207人,其中因病致贫、因病返贫4321户13560人。",
     ["建档立卡贫困人口", "建档立卡贫困人口", "因病致贫、因病返贫", "因病致贫、因病返贫"], [None, None, None, None]),
    ("孕产妇死亡率12.3/10万,其中城市孕产妇死亡率9.8/10万;城市婴儿死亡率3.1‰。",
     ["孕产妇死亡率", "城市孕产妇死亡率", "城市婴儿死亡率"], ["maternal_mortality_ratio", None, None]),
    ("县人民医院全年开展手术8620台次,全县实施手术1.12万台次。", ["县人民医院开展手术", "实施手术"], [None, "surgeries"]),
    # a negation stays on a long name; counts in another unit the indicator is counted in;
    # a hospital reform's money is no 新农合 compensation
    ("查处非医学需要的胎儿性别鉴定和选择性别人工终止妊娠案件7起,登记肺结核患者486例,出动卫生监督员6230人次。",
     ["非医学需要的胎儿性别鉴定和选择性别人工终止妊娠案件", "登记肺结核患者", "出动卫生监督员"],
     [None, "tb_cases_found", "supervision_staff_trips"]),
    ("县财政全年安排公立医院改革补偿资金870万元。", ["县财政安排公立医院改革补偿资金"], [None]),
    # a group named in one part of a sentence is not the next part's; 1-10月 opens its part
    ("重点人群签约率71.2%,建档立卡贫困人口签约率100%;高血压患者规范管理率72.4%;1-10月为老年人体检2.37万人,体检率65.8%。",
     ["重点人群签约率", "建档立卡贫困人口签约率", "高血压患者规范管理率", "老年人体检", "老年人体检率"],
     ["fd_priority_coverage", "fd_poor_contract_rate", "hypertension_standard_mgmt_rate", None, None]),
    # a part of an amount per head is per head; a fund raised after the parts is no part
    ("人均筹资标准提高到570元,其中各级财政补助420元,个人缴费150元,全年筹集新农合基金2.2亿元。",
     ["人均筹资标准", "人均各级财政补助", "人均个人缴费", "筹集新农合基金"],
     ["ncms_per_capita_funding", "ncms_gov_subsidy_per_capita", None, "ncms_fund_raised"]),
    # a part of a count per head is per head too; blood is counted in 单位
    ("每千常住人口医疗卫生机构床位数7.2张,其中医院床位6.0张。", ["每千常住人口医疗卫生机构床位数", "每千常住人口医院床位"],
     ["beds_per_1000", None]),
    ("全县无偿献血9862人次,采血量3.21万单位,同比分别增长3.5%和4.1%。", ["无偿献血", "采血量", "无偿献血", "采血量"],
     ["blood_donations", None, None, None]),
    # a medicine, a sex, a specialty or a cause of its own is no part of the place's series;
    # nor is a disease's rate named by its head alone, nor a title applied for
    ("卫生技术人员847人,其中藏医执业(助理)医师96人,精神科执业(助理)医师19人。",
     ["卫生技术人员", "藏医执业(助理)医师", "精神科执业(助理)医师"], ["health_tech_staff", None, None]),
    ("成人吸烟率24.8%,男性吸烟率46.3%,严重出生缺陷所致婴儿死亡率1.1‰。",
     ["成人吸烟率", "男性吸烟率", "严重出生缺陷所致婴儿死亡率"], ["adult_smoking_rate", None, None]),
    ("包虫病药物治疗在治患者2783人,规范服药率91.3%。", ["包虫病药物治疗在治患者", "规范服药率"], [None, None]),
    ("全县24个乡镇中已有国家卫生乡镇6个,年内新申报国家卫生乡镇3个。",
     ["乡镇", "国家卫生乡镇", "新申报国家卫生乡镇"], [None, "healthy_city_titles", None]),
    # a rate whose name names the group its key is of is that group's, after another group
    ("惠及贫困患者2863人次;家庭医生签约服务覆盖贫困人口12684人,签约率100%。",
     ["惠及贫困患者", "家庭医生签约服务覆盖贫困人口", "家庭医生签约服务覆盖贫困人口签约率"], [None, None, "fd_poor_contract_rate"]),
    # a subgroup's rate, the urban part's, the migrants', the online part and the township
    # that ranks first take no key of the whole place's series; the 居民 of a scheme's name
    # names no people of the rate's own
    ("全县贫困人口参加城乡居民基本医疗保险41572人,参保率100%。",
     ["贫困人口参加城乡居民基本医疗保险", "贫困人口参加城乡居民基本医疗保险参保率"], [None, None]),
    ("贫困孕产妇住院分娩率100%,贫困家庭0-6岁儿童健康管理率95.2%。", ["贫困孕产妇住院分娩率", "贫困家庭0-6岁儿童健康管理率"],
     [None, None]),
    # children's and mothers' records, contracts and knowledge are some residents', not the residents'
    # series; their own programme's rates stay theirs
    ("孕产妇健康档案建档率达到92.4%,孕产妇产后访视率93.2%。", ["孕产妇健康档案建档率", "孕产妇产后访视率"],
     [None, "postpartum_visit_rate"]),
    ("0-6岁儿童健康档案建档率95.1%,儿童预防接种建证率99.8%。", ["0-6岁儿童健康档案建档率", "儿童预防接种建证率"],
     [None, "vaccination_certificate_rate"]),
    ("儿童家庭医生签约率86.2%,儿童健康知识知晓率80.5%,孕产妇健康素养水平24.3%。",
     ["儿童家庭医生签约率", "儿童健康知识知晓率", "孕产妇健康素养水平"], [None, None, None]),
    ("为2152名特扶对象开展家庭医生签约服务,签约率100%。", ["特扶对象家庭医生签约服务", "特扶对象家庭医生签约率"],
     [None, "fp_special_family_contract_rate"]),
    ("市区每千人口注册护士达5.2人,流动人口孕产妇系统管理率86.4%。", ["市区每千人口注册护士", "流动人口孕产妇系统管理率"], [None, None]),
    ("全县基金使用率最高的是欣山镇,为96.8%。", ["基金使用率最高的是欣山镇"], [None]),
    ("线上签约人数达到38.5万人。", ["线上签约人数"], [None]),
    ("全年开展“线上+线下”培训3.6万人次。", ["开展“线上+线下”培训"], ["staff_trained"]),
    # an exit is no stock, nor is the noun listed after it; a part the dictionary names as its
    # whole, one case's fine and the largest are not the year's fines
    ("全年退出奖励扶助对象318人、特别扶助对象46人。", ["退出奖励扶助对象", "退出特别扶助对象"], [None, None]),
    ("罚没款合计14.26万元,其中罚款13.395万元。", ["罚没款合计", "罚没款合计罚款"], ["admin_penalties", None]),
    ("单笔最高罚款为3万元,对2家村卫生室已分别处以罚款3000元。", ["单笔最高罚款", "村卫生室已处以罚款", "村卫生室已处以罚款"],
     [None, None, None]),
    # a hotline's or petitions' satisfaction is with how requests were handled, not the patients' with care:
    # named so, or bare in a sentence about them
    ("受理12345热线转办工单1532件,办结率99.4%,群众满意度94.2%。", ["受理12345热线转办工单", "12345热线转办工单办结率", "群众满意度"],
     [None, None, None]),
    ("信访群众满意度达到96%,热线工单服务满意率95.1%。", ["信访群众满意度", "热线工单服务满意率"], [None, None]),
    # the leaflets of a campaign of the law are no health education's
    ("落实“谁执法谁普法”责任制,开展宣传活动52场次,发放宣传资料3.2万份。", ["开展宣传活动", "发放宣传资料"],
     [None, None]),
    # 在 that says held or in use stays in the name
    ("在治人数1036人,在用电梯168台。", ["在治人数", "在用电梯"], [None, None]),
    ("在管2097人,管理率95.93%。", ["在管", "管理率"], [None, None]),
    # a list of two names joined by 和 is not cut at the 和 (2型 broke it)
    ("高血压患者基层规范管理服务率和2型糖尿病患者基层规范管理服务率均不低于72%。",
     ["高血压患者基层规范管理服务率和2型糖尿病患者基层规范管理服务率"], ["diabetes_primary_standard_service_rate"]),
    # 新建、改扩建 is carried whole to the noun listed after it; 各 names nothing
    ("新建、改扩建乡镇卫生院15所、村卫生室186所。", ["新建、改扩建乡镇卫生院", "新建、改扩建村卫生室"],
     ["new_township_hospitals", "new_village_clinics"]),
    ("完成农村妇女两癌筛查各1.2万人。", ["农村妇女两癌筛查"], ["two_cancers_screened"]),
    # the dictionary's wordings of fund, fine, licence, subsidy and cost indicators
    ("奖励扶助对象18932人,发放资金1817.47万元;特别扶助对象1768人,发放资金1071.18万元。",
     ["奖励扶助对象", "奖励扶助对象发放资金", "特别扶助对象", "特别扶助对象发放资金"],
     ["fp_reward_recipients", "fp_reward_funds", "fp_special_support_recipients", "fp_special_support_funds"]),
    ("办理卫生许可证428件;立案查处违法案件39起,取缔无证行医11户。", ["办理卫生许可证", "立案查处违法案件", "取缔无证行医"],
     ["hygiene_licences", "admin_penalties", "illegal_practice_closed"]),
    # …but a bureau's 行政许可 are all its licences (a doctor's registration, a clinic's), its 卫生行政许可 the hygiene ones
    ("全年办理行政许可1432件,办理卫生行政许可1208件。", ["办理行政许可", "办理卫生行政许可"], [None, "hygiene_licences"]),
    ("基本公共卫生服务人均补助74元,县域内住院患者次均费用为6832元。", ["基本公共卫生服务人均补助", "县域内住院患者次均费用"],
     ["bphs_per_capita_subsidy", "inpatient_cost_per_case"]),
    ("全年引进卫生人才87名,培训医务人员4860人次。", ["引进卫生人才", "培训医务人员"], ["staff_recruited", "staff_trained"]),
    # an amount of two funds named together is neither's; one added up over years is no year's
    ("全年落实计划生育家庭奖励扶助、特别扶助资金2918万元,设施和医疗器械投资近25万元。",
     ["落实计划生育家庭奖励扶助、特别扶助资金", "设施和医疗器械投资"], [None, None]),
    ("五年累计筹集新农合基金7.86亿元,累计补偿参合农民386.5万人次。", ["筹集新农合基金", "补偿参合农民"], [None, None]),
    ("五年累计引进卫生人才486人,三年累计发放特别扶助资金9362.9万元。", ["引进卫生人才", "发放特别扶助资金"], [None, None]),
    # the aided place of a team sent to help (援疆) is another place: no series of the bureau's
    ("在援疆团队帮助下,受援地区人民医院病床使用率达到87.4%,县域内就诊率由帮扶前的78.5%提高到86.2%。",
     ["受援地区人民医院病床使用率", "受援地区县域内就诊率", "受援地区县域内就诊率"], [None, None, None]),
    # …but a county's hospital a city's hospital is paired with (对口帮扶县人民医院) is the county's own
    ("市中心医院对口帮扶县人民医院,派驻专家86人次,县域内就诊率由2016年的78.6%提高到91.2%。",
     ["市中心医院派驻专家", "县域内就诊率", "县域内就诊率"], [None, "county_retention_rate", "county_retention_rate"]),
    # a share said to be too high, given as a cause of the clause before, is named in its own clause
    ("住院实际报销比例距目标差1.4个百分点,主要原因是县外转诊比例偏高,达到17%。", ["住院实际报销比例距目标差", "县外转诊比例"],
     [None, None]),
    # what was done of those due (应救治) is named by the deed without 应, and its rate too
    ("大病专项救治应救治214人,已救治211人,救治率98.6%。", ["大病专项救治应救治", "大病专项救治", "大病专项救治率"], [None, None, None]),
    # a score given at the end of an item's line of a self-assessment is the item's, not the last fact's
    ("1.贫困人口参保(15分):建档立卡贫困人口12386人,参保率100%,自评15分。", ["建档立卡贫困人口", "建档立卡贫困人口参保率", "贫困人口参保自评"],
     [None, None, None]),
    ("4.大病专项救治(15分):9种大病应救治214人,已救治211人,救治率98.6%,自评15分。",
     ["9种大病应救治", "9种大病救治", "9种大病救治率", "大病专项救治自评"], [None, None, None, None]),
    # a thing listed after a removal's first (消除) was removed too, also when quoted, not one there is
    ("全县共消除村卫生室“空白点”9个、村医“空白点”11个。", ["消除村卫生室空白点", "消除村医空白点"], [None, None]),
    # money paid out right after a count of those it was paid for is theirs
    ("门诊慢特病就诊26381人次,报销612.5万元,报销比例80.3%。", ["门诊慢特病就诊", "门诊慢特病就诊报销", "门诊慢特病就诊报销比例"],
     [None, None, None]),
    # the means a deed was done by are no part of its name
    ("通过定向招聘、乡镇卫生院派驻等方式补充乡村医生21名。", ["补充乡村医生"], [None]),
    # a share of those named doing what follows, also where jieba tags the verb an adjective (落实)
    ("对监测对象100%落实帮扶。", ["监测对象落实帮扶"], [None]),
    # the steps a deed came after (经…后, 经核实) are no part of its name
    ("住院总费用6358.27万元,经基本医保、大病保险、医疗救助“三重保障”后实际报销5786.03万元。", ["住院总费用", "实际报销"], [None, None]),
    ("经核实纳入监测对象87户294人。", ["纳入监测对象", "纳入监测对象"], [None, None]),
    # the places a thing is set up in are no part of its name
    ("在县人民医院、县中医医院和18个乡镇卫生院设立“一站式”结算窗口20个。", ["设立“一站式”结算窗口"], [None]),
    # a ratio names both its terms and borrows no subject from the fact before it
    ("每千人口注册护士3.67人,医护比由2022年的1:1.12提高到1:1.18,二级以上综合医院床护比达到1:0.62。",
     ["每千人口注册护士", "医护比", "医护比", "二级以上综合医院床护比"], ["nurses_per_1000", None, None, None]),
    # staff sent out are not the units inspected; the card is not the certificate; the events' and the
    # vaccine reactions' reports are not the diseases'; the public trained are not the health staff
    ("全年出动卫生监督员3260人次,检查各类单位1840户次。",
     ["出动卫生监督员", "检查各类单位"], ["supervision_staff_trips", "supervision_inspections"]),
    ("全县适龄儿童建卡率99.6%,建证率99.8%。",
     ["适龄儿童建卡率", "建证率"], ["vaccination_card_rate", "vaccination_certificate_rate"]),
    ("突发公共卫生事件相关信息报告及时率100%,传染病报告及时率为99.6%。",
     ["突发公共卫生事件相关信息报告及时率", "传染病报告及时率"], ["phe_info_report_rate", "id_report_timeliness_rate"]),
    # the events' reports sent online are the events' too, not the diseases'
    ("突发公共卫生事件网络直报及时率为98.6%,传染病疫情网络直报及时率100%。",
     ["突发公共卫生事件网络直报及时率", "传染病疫情网络直报及时率"], ["phe_info_report_rate", "id_report_timeliness_rate"]),
    ("AEFI监测报告疑似预防接种异常反应37例,报告及时率100%。",
     ["AEFI监测报告疑似预防接种异常反应", "报告及时率"], [None, None]),
    ("2024年,公众急救培训不少于1.5万人次。", ["公众急救培训"], [None]),
    # one hospital's, one level's or the employees' scheme's values are not the place's; hospitals
    # named by their kind alone are all the place's
    ("县人民医院全年门急诊28.6万人次,门诊病人次均医药费用118元,住院病人人均医药费用3260元。",
     ["县人民医院全年门急诊", "县人民医院门诊病人次均医药费用", "县人民医院住院病人人均医药费用"], [None, None, None]),
    ("全县公立医院次均门诊费用186.3元,住院次均费用6428元。",
     ["公立医院次均门诊费用", "住院次均费用"], ["outpatient_cost_per_visit", "inpatient_cost_per_case"]),
    ("职工医保住院费用政策范围内报销比例为84.2%,乡镇卫生院住院政策范围内报销比例为90%。",
     ["职工医保住院费用政策范围内报销比例", "乡镇卫生院住院政策范围内报销比例"], [None, None]),
    ("全站现有在编职工126人,其中卫生技术人员98人。", ["全站在编职工", "卫生技术人员"], [None, None]),
    ("区精神卫生中心开放床位260张,病床使用率91.2%,平均住院日42.6天。",
     ["区精神卫生中心开放床位", "区精神卫生中心病床使用率", "区精神卫生中心平均住院日"], [None, None, None]),
    # a rate named before 目标为 is its own, not the goal of the rate before
    ("2024年糖尿病患者规范管理率目标为72%,县域内就诊率目标为90%。",
     ["糖尿病患者规范管理率", "县域内就诊率"], ["diabetes_standard_mgmt_rate", "county_retention_rate"]),
    # more of the dictionary's wordings
    ("取缔无证行医点412户,取缔非法行医点17家。",
     ["取缔无证行医点", "取缔非法行医点"], ["illegal_practice_closed", "illegal_practice_closed"]),
    ("立案查处违法案件67起,罚款金额合计186.5万元。",
     ["立案查处违法案件", "罚款金额合计"], ["admin_penalties", "admin_penalties"]),
    ("基本公共卫生服务补助资金:拨付3.14亿元。", ["基本公共卫生服务补助资金拨付"], ["bphs_funds"]),
    ("定向培养农村订单医学生20人,引进高层次医学人才5名。",
     ["定向培养农村订单医学生", "引进高层次医学人才"], ["staff_recruited", "staff_recruited"]),
    # titles newly won are added to the place's titles, as 新增 ones are, not the titles it holds
    ("新创建省级卫生乡镇2个、省级卫生村15个。",
     ["新创建省级卫生乡镇", "新创建省级卫生村"], [None, None]),
    ("成功创建省级卫生乡镇3个,全县国家卫生乡镇达到5个。",
     ["成功创建省级卫生乡镇", "国家卫生乡镇"], [None, "healthy_city_titles"]),
    ("集中式供水单位水质抽检合格率为97.8%,游泳场所水质抽检合格率91.7%。",
     ["集中式供水单位水质抽检合格率", "游泳场所水质抽检合格率"], ["water_quality_pass_rate", None]),
    ("开展义诊咨询326场次,举办健康讲座418场。",
     ["开展义诊咨询", "举办健康讲座"], ["health_consultations", "health_lectures"]),
    # the audience is of what was held before it, not of its verb alone
    ("举办健康知识讲座96场,受众6300余人次。", ["举办健康知识讲座", "举办健康知识讲座受众"], ["health_lectures", None]),
    # a word of going on, or of all, before the number is no part of the name
    ("适龄儿童免疫规划疫苗接种率始终保持在96%以上。", ["适龄儿童免疫规划疫苗接种率"], ["nip_vaccination_rate"]),
    # the verb a count's noun runs into is no part of it, the bound that picks those counted is
    ("全县7个脱贫村整村参保率全部达到100%,有4所卫生院床位不足20张。", ["脱贫村整村参保率", "脱贫村整村参保率", "卫生院床位不足"],
     [None, None, None]),
    ("发现并治疗肺结核病人315例。", ["发现并治疗肺结核病人"], ["tb_cases_found"]),
    # the same count named with 结核病 for 肺结核, the finding after the patients
    ("结核病患者发现1260例,登记管理结核病患者1198例。", ["结核病患者发现", "登记管理结核病患者"], ["tb_cases_found"] * 2),
    ("全年发现结核病人418例。", ["发现结核病人"], ["tb_cases_found"]),
    # a rate after the patients and the deed that counted them is the patients'
    ("结核病患者发现312例,治愈率92%以上。", ["结核病患者发现", "结核病患者治愈率"], ["tb_cases_found", "tb_cure_rate"]),
    ("县财政卫生健康投入4.12亿元。", ["县财政卫生健康投入"], ["gov_health_spending"]),
    ("完成5所乡镇卫生院提质改造和32个村卫生室标准化建设。",
     ["乡镇卫生院提质改造", "村卫生室标准化建设"], ["new_township_hospitals", "new_village_clinics"]),
    ("全年共采集全血42618人次。", ["采集全血"], ["blood_donations"]),
    # a broader measure than the key's, beside the narrower one named apart, is not the key's
    ("卫生技术人员1983人(执业医师564人、执业助理医师312人、注册护士807人)。",
     ["卫生技术人员", "执业医师", "执业助理医师", "注册护士"], ["health_tech_staff", None, None, "registered_nurses"]),
    ("全县卫生技术人员3256人,其中执业医师1200人。", ["卫生技术人员", "执业医师"], ["health_tech_staff", "physicians"]),
    ("全市法定传染病报告发病率为231.6/10万,其中甲乙类传染病发病率为172.4/10万。",
     ["法定传染病报告发病率", "甲乙类传染病发病率"], [None, "notifiable_id_incidence"]),
    # the rest of a list is a part; both cancers screened together are the 两癌, each's count neither
    ("全市医疗卫生机构2864个,其他医疗卫生机构7个。", ["医疗卫生机构", "其他医疗卫生机构"], ["health_institutions", None]),
    ("为35—64岁农村适龄妇女开展宫颈癌和乳腺癌筛查6318人。", ["35—64岁农村适龄妇女宫颈癌和乳腺癌筛查"], ["two_cancers_screened"]),
    # a quoted word inside the noun after a count is part of it
    ("为1.1万名农村妇女开展“两癌”免费检查,共产生15名“健康之星”候选人。", ["农村妇女开展“两癌”免费检查", "产生“健康之星”候选人"],
     ["two_cancers_screened", None]),
    # people of an age after their count are what it counts, not the clause before
    ("全年门诊量8.6万人次;为1.4万名65岁以上老年人提供免费体检。", ["门诊量", "65岁以上老年人提供免费体检"], ["outpatient_visits", None]),
    ("完成宫颈癌、乳腺癌筛查各1万人。", ["宫颈癌、乳腺癌筛查"], [None]),
    # the number of kinds before a count of cases is a count of its own, and no part of the cases' name
    ("全年共报告甲乙类传染病13类1045例。", ["报告甲乙类传染病", "报告甲乙类传染病"], [None, None]),
    # more of the dictionary's wordings
    ("公开招聘医学类专业技术人员60名,新登记肺结核患者214例。",
     ["公开招聘医学类专业技术人员", "新登记肺结核患者"], ["staff_recruited", "tb_cases_found"]),
    ("全县累计建立居民电子健康档案41.3万份,开展血吸虫病查螺186.5万平方米。",
     ["建立居民电子健康档案", "开展血吸虫病查螺"], ["health_records_count", "snail_survey_area"]),
    ("全年县财政安排卫生健康事业经费1.26亿元,投入基础设施建设资金3000万元。",
     ["县财政安排卫生健康事业经费", "投入基础设施建设资金"], ["gov_health_spending", "health_investment"]),
    ("全年卫生基础设施建设完成投资9850万元。", ["卫生基础设施建设完成投资"], ["health_investment"]),
    ("血吸虫病人群感染率由03年的3.2%下降到1.1%。", ["血吸虫病人群感染率", "血吸虫病人群感染率"],
     ["schisto_infection_rate", "schisto_infection_rate"]),
    # 中已有 after a whole counts those among it: 中 is no part of the whole's name, and the part is named by what it reached
    ("全县23所乡镇卫生院中已有18所达到省定标准,达标率78.3%。", ["乡镇卫生院", "乡镇卫生院达到省定标准", "乡镇卫生院达标率"],
     [None, None, None]),
    # the value a baseline reached under a label is the baseline's measure, not the label
    ("血吸虫病防治:居民血吸虫感染率由2003年的3.2%下降到1.1%。",
     ["居民血吸虫感染率", "居民血吸虫感染率"], ["schisto_infection_rate", "schisto_infection_rate"]),
    # …but not one added up over several years
    ("五年间全市累计投入卫生健康基础设施建设资金142.6亿元。", ["投入卫生健康基础设施建设资金"], [None]),
    # a share that opens its clause with a noun after it is the share of those that do what follows
    ("一是人员不足,近三成村医年龄在六十岁以上。", ["村医年龄在六十岁以上"], [None]),
    ("电子建档率达到95%,全县已有七成乡镇卫生院达标。", ["电子建档率", "乡镇卫生院达标"], ["e_health_record_filing_rate", None]),
    # a group that the indicator's own wordings carry is whom it is of; another group still makes a series of its own
    ("农村孕前和孕早期妇女增补叶酸服用率达到92.5%,城镇妇女增补叶酸服用率为81.2%。",
     ["农村孕前和孕早期妇女增补叶酸服用率", "城镇妇女增补叶酸服用率"], ["folic_acid_rate", None]),
    # wordings of plans and their results: coverage of contracts, the primary share, those signed, cases to find
    ("常住人口家庭医生签约覆盖率为43.6%,基层诊疗人次占比为63.8%。",
     ["常住人口家庭医生签约覆盖率", "基层诊疗人次占比"], ["fd_contract_coverage", "primary_care_visit_share"]),
    ("全县签约5.92万人,重点人群签约3.1万人。", ["签约", "重点人群签约"], ["fd_contracted", None]),
    ("基本公共卫生服务项目人均补助经费提高到84元。", ["基本公共卫生服务项目人均补助经费"], ["bphs_per_capita_subsidy"]),
    # …and under a label that names it fully, the label names it
    ("家庭医生签约:全县签约19.3万人,目标完成率104.3%。", ["家庭医生签约", "家庭医生签约完成率"], ["fd_contracted", None]),
    ("全县家庭医生签约21.4万人,结核病发现任务数180例,招聘医学类本科毕业生28名。",
     ["家庭医生签约", "结核病发现任务数", "招聘医学类本科毕业生"], ["fd_contracted", "tb_cases_found", "staff_recruited"]),
    # a task's 应 and its verb are shared by the next listed noun
    ("应管理高血压患者9600人、糖尿病患者2750人。", ["应管理高血压患者", "应管理糖尿病患者"],
     ["hypertension_managed_count", "diabetes_managed_count"]),
    # an institution naming itself as ours (我中心, 本站) names no measure
    ("我中心将力争孕产妇死亡率控制在12/10万以下。", ["孕产妇死亡率"], ["maternal_mortality_ratio"]),
    ("本站现有在编职工126人。", ["在编职工"], [None]),
    # shares done after 分别 are of the counts stated before, in order
    ("农村适龄妇女“两癌”筛查:宫颈癌筛查6015人,乳腺癌筛查6002人,分别完成市下达任务的100.3%和100.0%。",
     ["宫颈癌筛查", "乳腺癌筛查", "宫颈癌筛查", "乳腺癌筛查"], ["cervical_cancer_screened", "breast_cancer_screened", None, None]),
    # …and counts done after 分别完成 are each item's, 完成 no verb of its name (as 分别为)
    ("农村适龄妇女宫颈癌、乳腺癌筛查分别完成4215人和4108人。", ["农村适龄妇女宫颈癌筛查", "乳腺癌筛查"],
     ["cervical_cancer_screened", "breast_cancer_screened"]),
    # a share of a task after a list of counts, and the task, are of the one item whose count / task is the
    # share to its written digits (3320 / 5000 = 66.4%, 1.2万 / 2万 = 60%), first or last; none fitting
    # (70%), or several (3300 and 3310 of 5000 are both 66%), leaves them named as the list's last
    ("完成农村适龄妇女宫颈癌筛查3320人、乳腺癌筛查3210人,完成市下达任务(5000人)的66.4%。",
     ["农村适龄妇女宫颈癌筛查", "乳腺癌筛查", "农村适龄妇女宫颈癌筛查", "农村适龄妇女宫颈癌筛查"],
     ["cervical_cancer_screened", "breast_cancer_screened", "cervical_cancer_screened", None]),
    ("完成宫颈癌筛查1.2万人、乳腺癌筛查0.8万人,占年度任务2万人的60%。", ["宫颈癌筛查", "乳腺癌筛查", "宫颈癌筛查任务", "宫颈癌筛查"],
     ["cervical_cancer_screened", "breast_cancer_screened", "cervical_cancer_screened", None]),
    ("宫颈癌筛查3320人、乳腺癌筛查3210人,任务数5000人,完成率66.4%。", ["宫颈癌筛查", "乳腺癌筛查", "宫颈癌筛查任务数", "宫颈癌筛查完成率"],
     ["cervical_cancer_screened", "breast_cancer_screened", "cervical_cancer_screened", None]),
    ("完成宫颈癌筛查3210人、乳腺癌筛查3320人,完成市下达任务(5000人)的66.4%。", ["宫颈癌筛查", "乳腺癌筛查", "乳腺癌筛查", "乳腺癌筛查"],
     ["cervical_cancer_screened", "breast_cancer_screened", "breast_cancer_screened", None]),
    ("完成宫颈癌筛查3320人、乳腺癌筛查3210人,完成市下达任务(5000人)的70%。", ["宫颈癌筛查", "乳腺癌筛查", "乳腺癌筛查", "乳腺癌筛查"],
     ["cervical_cancer_screened", "breast_cancer_screened", "breast_cancer_screened", None]),
    ("完成宫颈癌筛查3300人、乳腺癌筛查3310人,完成市下达任务(5000人)的66%。", ["宫颈癌筛查", "乳腺癌筛查", "乳腺癌筛查", "乳腺癌筛查"],
     ["cervical_cancer_screened", "breast_cancer_screened", "breast_cancer_screened", None]),
    # so are they after a whole and its part (其中): 2316 / 2000 is 115.8%, the whole's
    ("全州共发现活动性肺结核患者2316例,其中涂阳患者864例,患者发现率为完成自治区下达任务数(2000例)的115.8%。",
     ["发现活动性肺结核患者", "发现活动性肺结核患者涂阳患者", "发现活动性肺结核患者", "发现活动性肺结核患者"],
     ["tb_cases_found", None, None, None]),
    # and with a measure of another unit between the counts and the task: 312 / 260 is 120%, the whole's
    ("全年共发现肺结核病人312例,其中涂阳病人186例,规范治疗率达98%,完成市下达任务数(260例)的120%。",
     ["发现肺结核病人", "发现肺结核病人涂阳病人", "规范治疗率", "发现肺结核病人", "发现肺结核病人"],
     ["tb_cases_found", None, None, "tb_cases_found", None]),
    # a baseline names the value reached after it, though its name only extends the part before it
    ("完成生活饮用水监测水样384份,其中农村饮用水水样288份,合格率由上年的81.2%提高到86.4%。",
     ["生活饮用水监测水样", "农村饮用水水样", "农村饮用水水样合格率", "农村饮用水水样合格率"], [None, None, None, None]),
    # goals in brackets are of the rates stated before, not of a change or a count of deaths between them
    ("孕产妇死亡0人,孕产妇死亡率为0/10万;婴儿死亡9人,婴儿死亡率3.13‰,较上年下降0.89个千分点;5岁以下儿童死亡率4.52‰,"
     "均低于省定控制目标(10/10万、6‰、8‰)。",
     ["孕产妇死亡", "孕产妇死亡率", "婴儿死亡", "婴儿死亡率", "婴儿死亡率", "5岁以下儿童死亡率", "孕产妇死亡率", "婴儿死亡率", "5岁以下儿童死亡率"],
     [None, "maternal_mortality_ratio", None, "infant_mortality_rate", "infant_mortality_rate", "u5_mortality_rate",
      "maternal_mortality_ratio", "infant_mortality_rate", "u5_mortality_rate"]),
    # a standard paid by names what it pays, and the amount paid starts at its verb
    ("全县有农村部分计划生育家庭奖励扶助对象12463人,按每人每年960元标准发放奖励扶助金1196.45万元。",
     ["农村部分计划生育家庭奖励扶助对象", "每人每年奖励扶助金标准", "发放奖励扶助金"],
     ["fp_reward_recipients", None, "fp_reward_funds"]),
    # what the money went to names it, however long the building's name
    ("投资3860万元新建县妇幼保健计划生育服务中心业务楼,建筑面积1.2万平方米。",
     ["投资新建县妇幼保健计划生育服务中心业务楼", "建筑面积"], [None, None]),
    # the value reached after the head it is per is the baseline's measure, not the head alone
    ("人均筹资标准由每人每年290元提高到每人每年340元。",
     ["人均筹资标准每人每年", "人均筹资标准每人每年"], ["ncms_per_capita_funding", "ncms_per_capita_funding"]),
    ("特扶金标准由每人每月340元、270元分别提高到每人每月500元、400元。", ["特扶金标准每人每月"] * 4, [None] * 4),
    # the money each one of a count just stated got is named by the count
    ("改造提升村卫生室24个,每个补助5万元。", ["改造提升村卫生室", "改造提升村卫生室每个补助"], ["new_village_clinics", None]),
    # money only said to be spent, after a count of works in the clause just before, is spent on them
    ("新建村卫生室15个,计划投资480万元。", ["新建村卫生室", "新建村卫生室投资"], ["new_village_clinics", None]),
    # 占比 is a word: the 达 after it is no part of the name
    ("二孩占比达59.98%,较上年提高8.4个百分点。", ["二孩占比", "二孩占比"], [None, None]),
    # the family-planning special families' contracting rate is theirs, not the population's
    ("计生特殊家庭家庭医生签约率达到100%。", ["计生特殊家庭家庭医生签约率"], ["fp_special_family_contract_rate"]),
    # a rate after another is of whom or what that one is of, not of the rate (服用率 and 依从率 are heads like 服药率)
    ("全县农村妇女叶酸增补服用率96.5%,依从率90.2%,知晓率95.0%。",
     ["农村妇女叶酸增补服用率", "农村妇女叶酸增补依从率", "农村妇女叶酸增补知晓率"], ["folic_acid_rate", None, None]),
    # a time a value is per, after the verb that reaches it, names it with the baseline's measure
    ("门诊量由日均860人次增加到日均1020人次。", ["门诊量日均", "门诊量日均"], [None, None]),
    # those trained in the trainings just counted, and those the lectures just counted reached (not the leaflets'
    # nor the last of a list's)
    ("组织网络安全培训3期,培训人员260人次。", ["组织网络安全培训", "组织网络安全培训人员"], [None, None]),
    ("开展健康知识讲座386场次,受益群众2.4万人次。", ["开展健康知识讲座", "开展健康知识讲座受益群众"], ["health_lectures", None]),
    ("开展集中宣传活动23场次,发放宣传资料1.5万余份,受益群众约3万人。",
     ["开展集中宣传活动", "发放宣传资料", "受益群众"], [None, "health_materials", None]),
    # all claimed after the new, and a deed after the items it is framed in: the deed, said once
    ("全年新增申领电子健康卡8.6万张,累计申领23.4万张。", ["新增申领电子健康卡", "申领电子健康卡"], [None, None]),
    ("检查检验结果互认项目达到42项,年内互认2.8万项次。", ["检查检验结果互认项目", "检查检验结果互认"], [None, None]),
    ("开展免费孕前优生健康检查试点,完成检查1260对。", ["免费孕前优生健康检查"], [None]),
    # how finely a booking's time is set, without the verb that reaches it
    ("推行分时段预约诊疗,预约时段精确到30分钟以内。", ["预约时段"], [None]),
    # a grade of the hospitals a count of a kind of them holds: of that kind, none built of the grade
    ("全市已建成互联网医院9家,其中三级医院5家、二级医院4家。",
     ["建成互联网医院", "建成互联网医院三级医院", "建成互联网医院二级医院"], [None, None, None]),
    # a level is of the measure, without the evaluation passed or the pushing; the next hospital's borrows the measure
    ("市人民医院通过电子病历系统应用水平分级评价四级,市中医院达到3级。",
     ["市人民医院电子病历系统应用水平", "市中医院电子病历系统应用水平"], [None, None]),
    ("推进县人民医院电子病历应用水平通过国家4级评价,县中医院通过3级评价。",
     ["县人民医院电子病历应用水平", "县中医院电子病历应用水平"], [None, None]),
    ("全县医院电子病历应用水平平均达到3.2级,二级以上医院全部达到3级。",
     ["医院电子病历应用水平平均", "二级以上医院电子病历应用水平"], [None, None]),
    # a province calling itself ours stays out of names, and a rank after the noun counted stays in
    ("我省有7家医院进入全国前100名。", ["医院进入全国前100名"], [None]),
    # those among a whole, or a part of it, that do something are named by the whole and what they do
    ("全县15个乡镇卫生院中有11家开展中医药服务。", ["乡镇卫生院", "乡镇卫生院开展中医药服务"], [None, None]),
    ("12个社区卫生服务中心中有4个通过验收。", ["社区卫生服务中心", "社区卫生服务中心通过验收"], [None, None]),
    ("新建6个社区卫生服务站,其中2个设置在新建小区。", ["新建社区卫生服务站", "新建社区卫生服务站设置在新建小区"],
     ["new_community_centres", None]),
    # what 的 leads to after a count's noun is counted too
    ("全省118个县市区全部建立公立医院党委领导下的院长负责制。", ["县市区建立公立医院党委领导下的院长负责制"], [None]),
    ("为52名未参保的低保户进行了续保。", ["未参保的低保户续保"], [None]),
    # a share of those named, with what they do after it, is named by both
    ("确保全县建档立卡贫困人员100%参保。", ["建档立卡贫困人员参保"], [None]),
    ("全县临床用血100%来自无偿献血。", ["临床用血来自无偿献血"], [None]),
    ("全县村卫生室85%实现一体化管理。", ["村卫生室一体化管理"], [None]),
    # a value alone is of what was bought or given before it
    ("为乡镇卫生院配备DR、B超等设备86台(套),价值620万元。",
     ["乡镇卫生院配备DR、B超等设备", "乡镇卫生院配备DR、B超等设备价值"], [None, None]),
    # …and an output's value alone of what was made
    ("藏药制剂中心生产院内制剂142个品种,产值3460万元。", ["藏药制剂中心生产院内制剂品种", "藏药制剂中心生产院内制剂品种产值"], [None, None]),
    # a light verb ending the noun a count counts names nothing
    ("配合药监局对8家药品零售户进行了3批次检查。", ["配合药监局对药品零售户", "配合药监局对药品零售户检查"], [None, None]),
    # a part of a sum named in words of its own keeps them
    ("总投资18.4亿元,其中中央预算内投资9.2亿元、省级财政资金6.1亿元、市县配套3.1亿元。",
     ["总投资", "中央预算内投资", "省级财政资金", "市县配套"], [None, None, None, None]),
    # a subject cut to its last words starts after the 的 that tied it to the words cut
    ("全县村医都参加了县卫生局组织的乡村医生岗位技能培训班,合格率96%。", ["乡村医生岗位技能培训班合格率"], [None]),
    # money named only as spent is named by the works of the clause after it
    ("全年投入资金1380万元,新建、改扩建村卫生室19个。", ["投入资金新建、改扩建村卫生室", "新建、改扩建村卫生室"],
     [None, "new_village_clinics"]),
    ("累计投入资金3亿元,新建乡镇卫生院8所。", ["投入资金新建乡镇卫生院", "新建乡镇卫生院"], [None, "new_township_hospitals"]),
    # a rate after a task's count (应检) is of what the task is of
    ("单位职工年度体检应检1260人,实际体检1104人,体检率87.6%。", ["单位职工年度体检应检", "实际体检", "单位职工年度体检率"],
     [None, None, None]),
    # a deed after a number of people is done to the people, not to the number
    ("全县流动人口总数2.86万人,其中流入7320人,流出2.13万人。", ["流动人口总数", "流动人口流入", "流动人口流出"],
     [None, None, None]),
    # a rate whose stem picked out those counted before is of them, without the stem said twice
    ("全年采集流感样病例标本540份,检出阳性标本86份,阳性率15.9%。", ["采集流感样病例标本", "检出阳性标本", "检出标本阳性率"],
     [None, None, None]),
    # of a list after 的, the kind it ends in is counted
    ("全年开展20次以上有规模的讲座、咨询等宣传活动。", ["开展有规模的宣传活动"], [None]),
    # the share of toilets that are harmless is a series of its own beside the share of sanitary ones, of the same 农村
    ("农村卫生厕所普及率由2018年的68.4%提高到91.2%,无害化卫生厕所普及率达到85.6%。",
     ["农村卫生厕所普及率", "农村卫生厕所普及率", "农村无害化卫生厕所普及率"],
     ["sanitary_toilet_rate", "sanitary_toilet_rate", "harmless_toilet_rate"]),
    ("县域内就诊率达到91.3%,基层诊疗量占县域总诊疗量的63.8%。", ["县域内就诊率", "基层诊疗量占县域总诊疗量"],
     ["county_retention_rate", "primary_care_visit_share"]),
    ("县域内就诊率达到90.3%,基层医疗卫生机构诊疗量占县域总诊疗量的62.8%。", ["县域内就诊率", "基层医疗卫生机构诊疗量占县域总诊疗量"],
     ["county_retention_rate", "primary_care_visit_share"]),
    # 未达到 before a goal and 起 after a year are no part of a name
    ("一是基层诊疗量占比未达到65%的目标,乡镇卫生院住院服务能力偏弱。", ["基层诊疗量占比"], ["primary_care_visit_share"]),
    ("2021年起组建以县人民医院为牵头医院的紧密型医共体1个。", ["组建以县人民医院为牵头医院的紧密型医共体"], [None]),
    # a running total after those added counts all there are, not the new ones (新创建 and 新招聘 add, whole)
    ("新创建省级卫生村26个,累计达到142个,占行政村总数的61.7%。", ["新创建省级卫生村", "省级卫生村", "省级卫生村占行政村总数"],
     [None, None, None]),
    ("新招聘全科医生24名,累计达到86名。", ["新招聘全科医生", "全科医生"], [None, None]),
    # a length, like a value, is of what was just counted
    ("新建健康步道9条,总长度23.5公里。", ["新建健康步道", "新建健康步道总长度"], [None, None]),
    # money named only as spent is named by the works of the clause before it
    ("年内完成4所乡镇卫生院提标改造,总投资3200万元。", ["乡镇卫生院提标改造", "乡镇卫生院提标改造总投资"], [None, None]),
    ("推进县第二人民医院迁建工程,总投资1.5亿元。", ["县第二人民医院迁建工程总投资"], [None]),
    # done again (再完成), or the works named first and then said done (…建设完成9所), are works as well
    ("年底前再完成2个社区卫生服务中心提升改造,总投资约950万元。", ["再完成社区卫生服务中心提升改造", "社区卫生服务中心提升改造总投资"], [None, None]),
    ("乡镇卫生院标准化建设完成9所,总投资2700万元。", ["乡镇卫生院标准化建设完成", "乡镇卫生院标准化建设总投资"], [None, None]),
    # …and so is a building the clause before says was finished
    ("市中心医院门急诊楼建成投用,总投资3.6亿元。", ["市中心医院门急诊楼总投资"], [None]),
    ("县人民医院新院区顺利竣工,总投资2.8亿元,新增床位500张。", ["县人民医院新院区总投资", "县人民医院新增床位"], [None, None]),
    ("总投资1.8亿元的县人民医院医技综合楼建成投用。", ["县人民医院医技综合楼总投资"], [None]),
    # a standard a treasury pays by is the standard of what it pays (安排, as 发放)
    ("县级财政按每户不低于1500元的标准安排改厕奖补资金。", ["县级财政每户改厕奖补资金标准"], [None]),
    # a count for each month is not the year's; the year's count after it is of the same deed
    ("每月开展1次健康讲座,全年共开展12次。", ["每月开展健康讲座", "开展健康讲座"], [None, "health_lectures"]),
    ("县级融媒体中心每周播出健康节目1期,全年不少于52期。", ["县级融媒体中心每周播出健康节目", "县级融媒体中心播出健康节目"],
     [None, None]),
    # staff among a whole named by their title keep it, as a longer title does
    ("今年共引进中、高级卫生人才7人,其中副主任医师3人,主治医师4人。", ["引进中、高级卫生人才", "副主任医师", "主治医师"],
     [None, None, None]),
    # a conjunction opening a clause (而, 但) is no part of a name
    ("门诊量增长8%,但住院人次下降2.1%。", ["门诊量", "住院人次"], [None, None]),
    # a change after an aside in brackets is of the fact the aside is about
    ("全县住院人次2.1万人次(含转诊3200人次),同比增长4.3%。", ["住院人次", "住院人次含转诊", "住院人次"],
     ["inpatient_admissions", None, "inpatient_admissions"]),
    # the prices a change is reckoned in are no name, with or without 比上年
    ("次均门诊费用268.4元,按当年价格计算比上年上涨3.6%,按可比价格计算上涨1.5%。", ["次均门诊费用"] * 3,
     ["outpatient_cost_per_visit"] * 3),
    # a kind of institution among a whole not counted in institutions has the whole's measure (their beds,
    # visits, staff, rate), and a share in brackets after it is of that
    ("年末医疗卫生机构床位24683张,其中医院20175张(占81.7%)。", ["医疗卫生机构床位", "医院床位", "医院床位占比"],
     ["total_beds", None, None]),
    # …and a part that names that measure itself needs nothing of the whole's name
    ("医疗卫生机构实有床位3286张,其中医院床位2245张。", ["医疗卫生机构实有床位", "医院床位"], ["total_beds", None]),
    ("总诊疗人次86万人次,其中乡镇卫生院32万人次、村卫生室18万人次。", ["总诊疗人次", "乡镇卫生院总诊疗人次", "村卫生室总诊疗人次"],
     ["outpatient_visits", None, None]),
    ("全县卫生技术人员3256人,其中医院1820人,乡镇卫生院960人。", ["卫生技术人员", "医院卫生技术人员", "乡镇卫生院卫生技术人员"],
     ["health_tech_staff", None, None]),
    ("医院病床使用率为78.6%,其中三级医院91.2%,二级医院74.5%。", ["医院病床使用率", "三级医院病床使用率", "二级医院病床使用率"],
     ["bed_occupancy_rate", None, None]),
    ("医院病床使用率86.3%,其中:公立医院89.7%,民营医院64.2%。", ["医院病床使用率", "公立医院病床使用率", "民营医院病床使用率"],
     ["bed_occupancy_rate", None, None]),
    ("全年财政投入1.2亿元,其中县人民医院5000万元,乡镇卫生院3000万元。", ["财政投入", "县人民医院财政投入", "乡镇卫生院财政投入"],
     [None, None, None]),
    # a task set by an office of a level (区级下达) is named by the deed, as one of 区下达 is
    ("新建改建社区卫生服务站5个,完成区级下达任务数4个的125%。",
     ["新建改建社区卫生服务站", "新建改建社区卫生服务站任务", "新建改建社区卫生服务站"], [None, None, None]),
    # shares done of an amount measured, after 分别, as of counts
    ("无偿献血8260人次,采血2.71万升,分别完成全年任务的52.3%和54.2%。", ["无偿献血", "无偿献血采血", "无偿献血", "无偿献血采血"],
     ["blood_donations", None, None, None]),
    # the same amount again in another unit is of what was just measured
    ("全年街头无偿献血1.96万人次,采血量达6.42万升(折合3210万毫升),同比增长5.6%。", ["街头无偿献血", "采血量", "采血量", "采血量"],
     ["blood_donations", None, None, None]),
    # the places a total is summed over are no part of its name
    ("全区13个街道共设置社区卫生服务中心14个、社区卫生服务站62个。", ["社区卫生服务中心", "社区卫生服务站"], [None, None]),
    ("全县12个乡镇共有乡镇卫生院14个、村卫生室162个。", ["乡镇卫生院", "村卫生室"], [None, None]),
    ("全区14个街道、镇共有社区卫生服务中心14个、社区卫生服务站237个。", ["社区卫生服务中心", "社区卫生服务站"], [None, None]),
    # a change after a line's label is of the fact just before it, not of the label
    ("生活饮用水卫生监测:全年监测水样456份,合格率96.1%,比上年提高1.8个百分点。", ["监测水样", "监测水样合格率", "监测水样合格率"],
     [None, None, None]),
    # a verdict (合格, 不合格) is of the things counted before it, not of the test's verb alone
    ("共采集水样384份,合格362份,合格率94.3%。", ["采集水样", "采集水样合格", "采集水样合格率"], [None, None, None]),
    ("抽检食品样品120份,不合格3份。", ["抽检食品样品", "抽检食品样品不合格"], [None, None]),
    # …and a part after it is of the things tested, not of those found so
    ("共采集水样384份,合格362份,合格率94.3%;其中枯水期192份,丰水期192份。",
     ["采集水样", "采集水样合格", "采集水样合格率", "采集水样枯水期", "采集水样丰水期"], [None, None, None, None, None]),
    # a verbal noun that qualifies its noun (生活饮用水) is no verb the nouns listed after it take
    ("其中公共场所612家,生活饮用水供水单位47家,学校138所,医疗机构391家。", ["公共场所", "生活饮用水供水单位", "学校", "医疗机构"],
     [None, None, None, None]),
    # a value reached after its baseline, among the parts of a whole (其中…), is of what its baseline is of
    ("县财政安排卫生健康支出3.85亿元,其中基本公共卫生服务补助资金2460万元,人均补助标准由去年的84元提高到89元。",
     ["县财政安排卫生健康支出", "基本公共卫生服务补助资金", "人均补助标准", "人均补助标准"],
     ["gov_health_spending", "bphs_funds", "bphs_per_capita_subsidy", "bphs_per_capita_subsidy"]),
    # 药占比 and 耗占比 name their own subject in one character: neither borrows the other
    ("药占比由2022年的26.8%降至25.3%,耗占比为17.9%。", ["药占比", "药占比", "耗占比"],
     ["drug_revenue_share", "drug_revenue_share", None]),
    # institutions listed before 分别 share what follows the last one's name
    ("县人民医院、县中医院实施临床路径管理病种分别达到126个和85个。",
     ["县人民医院实施临床路径管理病种", "县中医院实施临床路径管理病种"], [None, None]),
    # a kind of institution with a value and no measure has the measure of the kind named before it
    ("三级医院平均住院日9.2天,二级医院7.6天。", ["三级医院平均住院日", "二级医院平均住院日"], [None, None]),
    ("全县医疗机构床位2100张,乡镇卫生院620张。", ["医疗机构床位", "乡镇卫生院床位"], ["total_beds", None]),
    # an intensity of use is of the drugs whose rate of use is named before it
    ("住院患者抗菌药物使用率44.2%,使用强度35.8DDDs。", ["住院患者抗菌药物使用率", "住院患者抗菌药物使用强度"], [None, None]),
    # the days DDDs are counted over are of the unit, not of the name
    ("抗菌药物使用强度控制在每百人天38.5DDDs,住院患者抗菌药物使用强度每百床日40.2DDDs。",
     ["抗菌药物使用强度", "住院患者抗菌药物使用强度"], [None, None]),
    # the patients a measure reached are not all the patients admitted
    ("推行“先诊疗后付费”,惠及住院患者2.3万人次。", ["惠及住院患者"], [None]),
    # a clinical pathway's 完成率 after its 入径率 is of the pathway
    ("临床路径入径率86.4%,完成率93.7%。", ["临床路径入径率", "临床路径完成率"], [None, None]),
    # where a change starts from now, and a word of when, are no part of the name
    ("届时,全县每千常住人口床位数将由现在的5.4张提高到6.5张。", ["每千常住人口床位数", "每千常住人口床位数"], ["beds_per_1000", "beds_per_1000"]),
    # what is said of each counted (分别) and the bound of the number after are no part of what is counted
    ("全年对120名急救医生、85名急救护士分别进行了不少于40学时的轮训,对2家村卫生室分别处以罚款3000元。",
     ["急救医生", "急救护士", "轮训", "村卫生室处以罚款", "村卫生室处以罚款"], [None] * 5),
    # …and so is the year a change starts from before an average (由2017年的平均108分钟)
    ("全县急性心肌梗死患者D-to-B时间由2017年的平均108分钟缩短至76分钟。",
     ["急性心肌梗死患者D-to-B时间", "急性心肌梗死患者D-to-B时间"], [None, None]),
    # what a line of the budget spent is the line's, not its budget's
    ("重大公共卫生服务:年初预算为540.00万元,支出决算为498.26万元。", ["重大公共卫生服务预算", "重大公共卫生服务支出决算"], [None, None]),
    # a count after the last item of a list (…及12家乡镇卫生院) counts that item alone
    ("全县有县人民医院、县中医院和12家乡镇卫生院。", ["乡镇卫生院"], [None]),
    # a kind of money named by its own words (公用经费) after another (人员经费), or after a ;, borrows no name
    ("人员经费4210.50万元,公用经费612.30万元;人员经费主要包括基本工资和津贴补贴;办公经费88.40万元。",
     ["人员经费", "公用经费", "办公经费"], [None, None, None]),
    # what money is mainly for (主要用于) says the purpose, no part of what is counted
    ("主要用于9家乡镇卫生院人员经费。", ["乡镇卫生院人员经费"], [None]),
    # the 年 of a year before 收入 or 支出 is the year's, not the start of 年收入
    ("2023年收入预算合计18620.40万元,本年收入合计17905.10万元。", ["收入预算合计", "收入合计"], [None, None]),
    # kinds listed before the noun they share are all counted, not the first word (失 of 失能), with the
    # deed done for them all, as for one
    ("对2680名失能、半失能老人进行了能力评估,为1200名高血压、糖尿病患者进行了随访。",
     ["失能、半失能老人能力评估", "高血压、糖尿病患者随访"], [None, None]),
    ("为全县2865名农村待孕和早孕妇女免费发放叶酸。", ["农村待孕和早孕妇女免费发放叶酸"], [None]),
    ("全县有1200名高血压、糖尿病患者。", ["高血压、糖尿病患者"], [None]),
    # beds after a count of a kind of institution are those institutions', however the beds are said
    ("全县医养结合机构由3家增加到7家,床位总数达到1260张;全县现有医养结合机构4家,设置床位620张。",
     ["医养结合机构", "医养结合机构", "医养结合机构床位总数", "医养结合机构", "医养结合机构床位"], [None] * 5),
    # a change from a value 在…的基础上 is of what that value measures
    ("全市居民健康素养水平在2022年26.1%的基础上提高2个百分点。",
     ["居民健康素养水平", "居民健康素养水平"], ["health_literacy_level", "health_literacy_level"]),
    # those a service was given for (为26712人) are of the people just counted
    ("全县65岁及以上老年人共31865人,为26712人提供健康管理服务,健康管理率达到83.8%。",
     ["65岁及以上老年人", "65岁及以上老年人提供健康管理服务", "65岁及以上老年人健康管理率"], [None, None, "elderly_health_mgmt_rate"]),
    # the office that hands a task down is no part of the task's name, nor the year after it
    ("市卫健委下达我县家庭医生签约任务数5.2万人,省卫生健康委下达我市2023年失能老年人健康评估任务数6500人。",
     ["家庭医生签约任务数", "失能老年人健康评估任务数"], ["fd_contract_quota", None]),
    # the examples before 等 are of those counted, which the noun after the count names
    ("县人民医院、县中医院等12家医疗卫生机构的80余名医务人员参加义诊。", ["医疗卫生机构", "医务人员参加义诊"], [None, None]),
    # a name cut to length ends where a word ends (not …服务中 of 服务中心); a list a little long is not cut
    # before the deed its items share
    ("85%以上的二级及以上综合性医院和乡镇卫生院社区卫生服务中心等基层医疗卫生机构成为老年友善医疗机构。",
     ["二级及以上综合性医院和乡镇卫生院社区卫生服务中心"], [None]),
    ("85%以上的综合性医院、康复医院、护理院和基层医疗卫生机构成为老年友善医疗机构。",
     ["综合性医院、康复医院、护理院和基层医疗卫生机构成为老年友善医疗机构"], [None]),
    # 今年以来 says when, not what: the people of an age after the count are counted
    ("今年以来全县已为2.46万名65岁及以上老年人提供了免费健康体检。", ["65岁及以上老年人提供免费健康体检"], [None]),
    # a field of health inspection's fines or coverage are some of the year's, not the county's
    ("餐饮服务监督户次1860户次,餐饮服务罚款42000元,全年罚款共计8.05万元。",
     ["餐饮服务监督户次", "餐饮服务罚款", "罚款"], [None, None, "admin_penalties"]),
    ("公共场所卫生监督覆盖率98.6%,全县卫生监督覆盖率达到100%。",
     ["公共场所卫生监督覆盖率", "卫生监督覆盖率"], [None, "supervision_coverage"]),
    # what the institutions just counted have is no part of their name, and its count is theirs
    ("全县16家乡镇卫生院共有在岗职工1126人,287个村卫生室共有乡村医生402人。",
     ["乡镇卫生院", "乡镇卫生院在岗职工", "村卫生室", "村卫生室乡村医生"], [None] * 4),
    # …nor the staff they were given (共配备), which are counted by their own name
    ("全区14个协管单位共配备31名专兼职协管工作人员。", ["协管单位", "专兼职协管工作人员"], [None, None]),
    # who did it with whom and by what means, and who moves a value, are no part of its name
    ("2016年以来,我局会同县人社局通过公开招聘、“绿色通道”等方式累计为乡镇卫生院招录医学类毕业生243名;争取县政府将乡镇卫生院人员经费补助标准提高20%。",
     ["乡镇卫生院招录医学类毕业生", "乡镇卫生院人员经费补助标准"], [None, None]),
    # a part named only by its age is the whole's people of that age, and so is its share
    ("全县共有乡村医生402人,其中60岁以上96人,占23.9%;全县户籍人口52.3万人,其中65岁以上老年人6.8万人,60岁以上8.9万人。",
     ["乡村医生", "60岁以上乡村医生", "60岁以上乡村医生占比", "户籍人口", "65岁以上老年人", "60岁以上户籍人口"],
     [None] * 6),
    # those there still are (尚有, 仍有) are named without the words of still having
    ("目前全县尚有3个乡镇卫生院未达到国家基本标准,仍有2个村卫生室无乡村医生。",
     ["乡镇卫生院未达到国家基本标准", "村卫生室无乡村医生"], [None, None]),
    # a change named only by the span of years it took is of what was just named
    ("人均基本公共卫生服务经费补助标准从2016年的45元提高到2020年的74元,5年提高了29元。",
     ["人均基本公共卫生服务经费补助标准"] * 3, ["bphs_per_capita_subsidy"] * 3),
    # a building's area with no name of whose is of the works named before it, past what they cost
    ("县中医院整体迁建项目完成主体工程,建筑面积3.6万平方米;建成县疾控中心综合楼,总投资6800万元,建筑面积1.2万平方米。",
     ["县中医院整体迁建项目建筑面积", "建成县疾控中心综合楼总投资", "建成县疾控中心综合楼建筑面积"], [None] * 3),
    # the span of years a list after 分别 is of, or the years a level held (三年均保持在), is no part of its name
    ("法定传染病报告发病率逐年下降,2015—2019年分别为312.5/10万、298.6/10万、287.1/10万、265.4/10万和251.9/10万。",
     ["法定传染病报告发病率"] * 5, ["notifiable_id_incidence"] * 5),
    ("法定传染病报告发病率年均下降4.7%,2015—2019年分别为312.5/10万、298.6/10万、287.1/10万、265.4/10万和251.9/10万。",
     ["法定传染病报告发病率"] * 6, ["notifiable_id_incidence"] * 6),
    ("严重精神障碍患者管理率三年均保持在90%以上,2019年达到95.7%。", ["严重精神障碍患者管理率"] * 2, ["smi_mgmt_rate"] * 2),
    # two verbs of building run together are both each listed item's, and the dictionary's new buildings
    ("新建改建乡镇卫生院15所、村卫生室214个。", ["新建改建乡镇卫生院", "新建改建村卫生室"],
     ["new_township_hospitals", "new_village_clinics"]),
    # a yearly sum spent names what it is for (每年投入…用于), as a sum spent once does
    ("2016—2020年,每年投入500万元用于卫生人才培养。", ["每年投入卫生人才培养"], [None]),
    # a standard each year's amount is set by (分别按每人每年…标准) names them per what, as one standard does
    ("2015—2016年基本公共卫生服务项目资金分别按每人每年40元、45元标准足额落实。",
     ["基本公共卫生服务项目资金每人每年标准"] * 2, [None, None]),
    # a yearly average after a total named by the same verb is of what the total counts
    ("累计培训乡村医生3200人次,年均培训640人次。", ["培训乡村医生", "年均培训乡村医生"], [None, None]),
    # funds obtained keep the verb that says so, after a period or a year too (争取 is no goal's lead word here)
    ("十三五期间共争取中央和省级资金4.6亿元。", ["争取中央和省级资金"], [None]),
    ("2020年争取抗疫特别国债资金3200万元。", ["争取抗疫特别国债资金"], [None]),
    # a cost after the works' area is of the works named before it
    ("新建县人民医院住院大楼,建筑面积2.4万平方米,总投资1.2亿元。",
     ["新建县人民医院住院大楼建筑面积", "新建县人民医院住院大楼总投资"], [None, None]),
    # the people a sum is worked out on are named without 按 and the verb of working it out
    ("人均补助标准为45元,按全县常住人口28.6万人计算,应落实资金1287万元;按服务人口19.8万人测算。",
     ["人均补助标准", "常住人口", "应落实资金", "服务人口"], ["bphs_per_capita_subsidy", None, None, None]),
    # a bare rate after a rate of people named before a rate word of its own is theirs, not a rate of that rate
    ("肺结核患者成功治疗率达到90%以上,规范管理率达到90%。",
     ["肺结核患者成功治疗率", "肺结核患者规范管理率"], ["tb_cure_rate", None]),
    # a count listed after a ratio to the population, ten times it or more, is a count of its own
    ("全县医疗卫生机构床位3120张,每千常住人口床位数6.12张,全科医生98人,每千常住人口全科医生数1.9人。",
     ["医疗卫生机构床位", "每千常住人口床位数", "全科医生", "每千常住人口全科医生数"], ["total_beds", "beds_per_1000", None, None]),
    # a count of general practitioners is no ratio of them to the population
    ("到2015年,乡镇卫生院全科医生数达到60名以上。", ["乡镇卫生院全科医生数"], [None]),
    # a share done after two counts is of the one just before it, when the dictionary knows its short name
    ("完成免费孕前优生健康检查1950对,两癌筛查6120人,完成率102%。",
     ["免费孕前优生健康检查", "两癌筛查", "两癌筛查完成率"], [None, "two_cancers_screened", None]),
    # a list's number before an age band (4.0-6岁) is no part of the name
    ("4.0-6岁儿童健康管理率达到88%,孕产妇系统管理率达到90%。",
     ["0-6岁儿童健康管理率", "孕产妇系统管理率"], ["child_0_6_health_mgmt_rate", "maternal_systematic_mgmt_rate"]),
    # the deed a subject opens with is said once when its head opens or ends with it too
    ("全年补偿各类参合对象41.2万人次,补偿金额9863.5万元。", ["补偿各类参合对象", "各类参合对象补偿金额"], [None, None]),
    ("签约服务居民15.2万人,签约率达38.6%。", ["签约服务居民", "居民签约率"], [None, "fd_contract_coverage"]),
    # an amount listed after a part's count (、补偿资金) is the part's, not the whole's compensation
    ("累计补偿参合农民9.8万人次,其中住院补偿5210人次、补偿资金612.4万元。",
     ["补偿参合农民", "参合农民住院补偿", "参合农民住院补偿资金"], ["ncms_beneficiaries", None, None]),
    # a count with no name of its own, after one that reached a standard, reached the one its clause names
    ("全县11家乡镇卫生院达到服务能力基本标准,3家达到推荐标准。",
     ["乡镇卫生院达到服务能力基本标准", "乡镇卫生院达到推荐标准"], [None, None]),
    # the works counted are not the money they cost, which follows at once; its baseline and change are the money's
    ("5个乡镇卫生院改造工程完成投资1860万元,由上年的1200万元增加660万元。",
     ["乡镇卫生院改造工程"] + ["乡镇卫生院改造工程完成投资"] * 3, [None] * 4),
    # a list after a count's noun runs on to the head its items share, when no other number is listed
    ("为3.6万名农村适龄妇女开展宫颈癌、乳腺癌免费筛查,完成率为101.2%。",
     ["农村适龄妇女宫颈癌、乳腺癌免费筛查", "农村适龄妇女宫颈癌、乳腺癌免费筛查完成率"], [None, None]),
    # …, and one joined by 和 when it is what the deed after the count is done to
    ("为1.3万名农村妇女开展宫颈癌和乳腺癌筛查。", ["农村妇女宫颈癌和乳腺癌筛查"], ["two_cancers_screened"]),
    # a noun after a count that runs past its length ends where its words do, not inside one (零差率销售)
    ("全市12所乡镇卫生院和150个村卫生室全部配备使用国家基本药物并实行零差率销售。",
     ["乡镇卫生院配备使用国家基本药物并实行零差率销售", "村卫生室配备使用国家基本药物并实行零差率销售"], [None, None]),
    # a part that is a kind of its whole's funds or beds is named by its own words, and by what was done to all
    ("新增床位260张,其中康复床位60张。", ["新增床位", "新增康复床位"], [None, None]),
    ("全年投入村卫生室建设资金860万元,其中国债资金420万元。", ["投入村卫生室建设资金", "投入国债资金"], [None, None]),
    # a population of the whole's, named in words of its own
    ("全区常住人口202.5万人,其中户籍人口114.6万人。", ["常住人口", "户籍人口"], [None, None]),
    ("全区常住人口202.5万人,其中流动人口87.9万人。", ["常住人口", "流动人口"], [None, None]),
    # a deed's 了 says it was done, which the fact says already: no part of the name
    ("已为12.3万家庭建立了健康档案。", ["建立健康档案"], [None]),
    ("为11所乡镇卫生院配备了DR设备。", ["乡镇卫生院配备DR设备"], [None]),
    # a portal's bullets and arrows are no part of a name: a change marked ↑ is of the count before it
    ("▲双向转诊4316人次,同比↑18.6%;■ DRG/DIP付费医疗机构46家。", ["双向转诊", "双向转诊", "DRG/DIP付费医疗机构"], [None] * 3),
    ("县域内就诊率≥92%|普惠托位新增500个|癌症早筛1万人", ["县域内就诊率", "普惠托位新增", "癌症早筛"], ["county_retention_rate", None, None]),
    # a rate's progress to its goal, in a table's row, is named by the rate
    ("二级以上综合医院设置老年医学科比例:2020年基数40%,2025年目标值60%,2025年完成值58%,完成进度96.7%。",
     ["二级以上综合医院设置老年医学科比例"] * 3 + ["二级以上综合医院设置老年医学科比例进度"], [None] * 4),
    # the newer reports' measures
    ("儿童青少年总体近视率49.8%,较上年下降1.2个百分点;基层医疗卫生机构就诊率64.3%。",
     ["儿童青少年总体近视率", "儿童青少年总体近视率", "基层医疗卫生机构就诊率"],
     ["children_myopia_rate", "children_myopia_rate", "primary_care_visit_share"]),
    # a share after those a deed made what they are (建成) is of them, not of the deed
    ("全区建成老年友善医疗机构52家,覆盖率达到96.3%。", ["建成老年友善医疗机构", "老年友善医疗机构覆盖率"], [None, None]),
    # an addition after a running total adds to the thing counted, not to the total, nor to the verb that made it
    ("家庭病床累计建床2350张,年内新建610张。", ["家庭病床累计建床", "新建家庭病床"], [None, None]),
    ("累计建成家庭病床2350张,年内新建610张。", ["建成家庭病床", "新建家庭病床"], [None, None]),
    # the gaps 分别 lists after goals not reached are those of the names listed before, in order, without the goal
    ("一是每千人口注册护士数、二级以上综合医院设置老年医学科比例两项指标未达到规划目标,分别差0.15人和2个百分点。",
     ["每千人口注册护士数、二级以上综合医院设置老年医学科比例指标未达到规划", "每千人口注册护士数", "二级以上综合医院设置老年医学科比例"],
     [None, "nurses_per_1000", None]),
    ("每千人口药师数、康复治疗师数和护士数距2020年目标分别还差0.12人、0.08人和0.3人。",
     ["每千人口药师数", "每千人口康复治疗师数", "每千人口护士数"], [None, None, None]),
    # a rate named by the deed that counts its cases (入组率 after 入组病例) is of those, not of what the sentence's subject did
    ("DRG付费改革覆盖全县8家二级以上医院,入组病例4.21万例,入组率98.7%。",
     ["DRG付费改革覆盖全县二级以上医院", "入组病例", "DRG入组率"], [None, None, None]),
    ("入径病例2.38万例,入径率82.4%。", ["入径病例", "入径率"], [None, None]),
    # the beds after a clause that sets up a ward are that ward's; what the beds set up served is no setting up
    ("县中医院设立安宁疗护病区,开放床位16张,全年服务临终患者214人。", ["县中医院安宁疗护病区开放床位", "县中医院服务临终患者"], [None, None]),
    ("开设安宁疗护床位86张,全年服务1120人次。", ["开设安宁疗护床位", "安宁疗护床位服务"], [None, None]),
    # a bare 增 or 减 after 同比 is the change of what was just counted
    ("出院人数8.92万人,同比增2.1%。", ["出院人数", "出院人数"], ["inpatient_admissions"] * 2),
    # a bare verb of change (再降) is no part of a name
    ("总体近视率再降0.9个百分点。", ["总体近视率"], ["children_myopia_rate"]),
    # the article a deed was done under or against, and the quarters a count ran over, are no part of a name
    ("按照第八十一条处以罚款共计28.6万元。", ["处以罚款"], [None]),
    ("全年查处违反《传染病防治法》第六十九条的案件35件。", ["查处案件"], [None]),
    ("依据第三十六条第(一)项查处案件12件。", ["查处案件"], [None]),
    ("完成第一季度至第四季度网站自查4次。", ["网站自查"], [None]),
    ("审批时限由法定的20个工作日压缩到5个工作日,压缩75%。", ["审批时限"] * 3, [None] * 3),
    # beds after a count of all institutions (a table's 机构数) are all the beds, not those of some
    ("合计:机构数32个,床位3612张,卫生人员2972人。", ["机构数", "床位", "卫生人员"], [None, "total_beds", None]),
    ("全县有机构32个,床位3612张。", ["机构", "床位"], [None, "total_beds"]),
    # the building a cost is of ends where the words of when or where it went up start
    ("投资1.2亿元的门急诊综合楼于年内封顶。", ["门急诊综合楼投资"], [None]),
    # works its subject had done (乡镇卫生院完成房屋改造), and a building that went up (落成), name what was spent on
    # them and their area
    ("全市21所乡镇卫生院完成房屋改造,总投入1260万元。", ["乡镇卫生院完成房屋改造", "乡镇卫生院房屋改造总投入"], [None, None]),
    ("市疾控中心新实验楼落成,面积2600平方米。", ["市疾控中心新实验楼面积"], [None]),
    # a scheme's version is no part of what is measured
    ("全县二级以上医院全面执行DRG/DIP 2.0版分组方案,入组率98.6%。", ["DRG/DIP分组方案入组率"], [None]),
    ("全县DIP 2.0付费医院12家。", ["DIP付费医院"], [None]),
    # a budget table's row: a bare rate's subject stops at the unitless amount before it
    ("合计:计划投资5860,实际到位5712.6,执行率97.5%。", ["实际到位执行率"], [None]),
    ("两癌筛查:计划投资240,两癌筛查实际到位238.6,执行率99.4%。", ["两癌筛查实际到位执行率"], [None]),
    # a list's item named by its level alone is the thing of the item before at that level
    ("建成国家级临床重点专科3个、省级17个。", ["建成国家级临床重点专科", "建成省级临床重点专科"], [None, None]),
    ("创建省级重点专科5个、市级12个。", ["创建省级重点专科", "创建市级重点专科"], [None, None]),
    # an amount per head said as what is paid by it, without 标准, is the standard of what is paid; the money
    # paid after it is of what is paid, not of its standard
    ("对3周岁以下婴幼儿按每孩每年3600元发放补贴,发放资金1539.5万元。",
     ["3周岁以下婴幼儿每孩每年补贴标准", "3周岁以下婴幼儿补贴发放资金"], [None, None]),
    ("按每孩每年3600元标准足额发放育儿补贴。", ["每孩每年育儿补贴标准"], [None]),
    # the month a deed was done in is no part of a name
    ("育儿补贴申领工作于9月启动,截至年底受理申请1.03万件。", ["育儿补贴申领工作启动受理申请"], [None]),
    ("县人民医院外科综合楼于8月主体封顶,建筑面积4.2万平方米。", ["县人民医院外科综合楼建筑面积"], [None]),
    # a building's area after a clause that names the works as it says what they cost; the money after the area
    # is the building's still
    ("县妇幼保健院迁建项目完成投资6500万元,建筑面积2.8万平方米。", ["县妇幼保健院迁建项目完成投资", "县妇幼保健院迁建项目建筑面积"], [None, None]),
    ("县中医院综合楼总投资4800万元,建筑面积1.2万平方米,已完成投资2650万元。",
     ["县中医院综合楼总投资", "县中医院综合楼建筑面积", "县中医院综合楼完成投资"], [None, None, None]),
    # a task set from above that names nothing but itself (市下达, no 级) is the task of what was just done, and
    # how far past it a result went is of what was done
    ("完成农村妇女两癌筛查1.2万人,超额完成市下达的1万人任务。", ["农村妇女两癌筛查", "农村妇女两癌筛查任务"],
     ["two_cancers_screened", "two_cancers_screened"]),
    ("新增普惠托位2460个,较省下达的2000个任务多出460个。", ["新增普惠托位", "新增普惠托位任务", "新增普惠托位"], [None, None, None]),
    # this year, and the pledge after it, inside a name after whose it is
    ("县人民医院今年要创建市级重点专科2个。", ["县人民医院创建市级重点专科"], [None]),
    ("县人民医院年内新开展新技术新项目不少于20项。", ["县人民医院新开展新技术新项目"], [None]),
    # a list number before a Latin abbreviation is no part of the name, as before Han
    ("1.D2B时间中位数缩短至75分钟以内;2.CT检查阳性率达到70%。", ["D2B时间中位数", "CT检查阳性率"], [None, None]),
    # what a change is measured from, the same part of an earlier year too, is no part of the name
    ("法定传染病报告发病率由去年同期的312.5/10万下降到276.3/10万。", ["法定传染病报告发病率"] * 2,
     ["notifiable_id_incidence"] * 2),
    ("门诊量由2018年同期的41.2万人次增加到45.6万人次。", ["门诊量"] * 2, ["outpatient_visits"] * 2),
    # those counted per 10,000 of others are those just counted, not the others (参合农民, ncms_enrollees)
    ("全县新农合经办人员仅有31人,平均每万参合农民不足1人。", ["新农合经办人员", "每万参合农民新农合经办人员"], [None, None]),
    # a bound of the clause before, with no fact of its own, is of what that clause sets, not of the rate before it
    ("政策范围内住院费用报销比例达到70%左右,住院封顶线提高到农民人均纯收入的6倍以上,且不低于6万元。",
     ["政策范围内住院费用报销比例", "住院封顶线"], ["ncms_policy_inpatient_ratio", "ncms_cap"]),
    # a ratio after a scheme's limit is of whom the limit is, not of the limit
    ("乡镇卫生院住院起付线降至100元,补偿比例提高到70%,县级医院补偿比例为55%。",
     ["乡镇卫生院住院起付线", "乡镇卫生院住院补偿比例", "县级医院补偿比例"], [None] * 3),
    # a standard per head names what is paid by it, drawn from a fund or not
    ("按照人均28元的标准从新农合基金中划拨大病保险资金1155.6万元。", ["人均大病保险资金标准", "新农合基金中划拨大病保险资金"], [None, None]),
    # what a change is measured on (在…基础上) and an effort's words are no part of a name
    ("大病患者实际补偿比例在基本医保基础上提高了12.6个百分点。", ["大病患者实际补偿比例"], [None]),
    ("在实现县内26家定点医疗机构即时结报的基础上,全年异地即时结报1836人次。", ["县内定点医疗机构即时结报", "异地即时结报"], [None, None]),
    ("努力使县域内就诊率达到90%。", ["县域内就诊率"], ["county_retention_rate"]),
    # 新农合's wordings of those enrolled, the money paid to them and its cap
    ("全县应参合农业人口38.62万人,实际参合36.95万人。", ["应参合农业人口", "实际参合"], [None, "ncms_enrollees"]),
    ("全年累计补偿参合农民42.38万人次,补偿金额3312.6万元。", ["补偿参合农民", "参合农民补偿金额"],
     ["ncms_beneficiaries", "ncms_compensation_paid"]),
    ("住院统筹基金最高支付限额提高到10万元。", ["住院统筹基金最高支付限额"], ["ncms_cap"]),
    # a fund named only as raised is the scheme's whose standard per head its sentence named; not otherwise
    ("人均筹资标准达到470元,其中个人缴费90元,全年筹集基金19396.9万元。", ["人均筹资标准", "人均个人缴费", "筹集基金"],
     ["ncms_per_capita_funding", None, "ncms_fund_raised"]),
    ("全年筹集资金5000万元用于医院建设。", ["筹集资金"], [None]),
    # those 大病保险 paid, counted as people as well as visits
    ("全年大病保险补偿2173人,补偿金额1387.2万元。", ["大病保险补偿", "大病保险补偿金额"], ["critical_illness_payout"] * 2),
    ("共有612人获得大病保险赔付。", ["获得大病保险赔付"], ["critical_illness_payout"]),
    ("大病保险参保人数35万人。", ["大病保险参保人数"], [None]),
    # firms of a list of hazards counted are all of them, not those of the first, with the deed done to them
    ("对全县56家存在粉尘、噪声危害的企业开展职业卫生监督检查,组织职业健康体检2140人。",
     ["存在粉尘、噪声危害的企业职业卫生监督检查", "组织职业健康体检"], [None, None]),
    # a change whose rise the clause before judges is of what rose, without the judgement
    ("部分乡镇住院人次增长较快,同比增长18.7%。", ["部分乡镇住院人次"], [None]),
    # towns up to a title's standard are not towns named to it
    ("全区11个镇(街道)中已有8个达到省级卫生镇标准,国家卫生镇6个。", ["镇(街道)", "镇(街道)达到省级卫生镇标准", "国家卫生镇"],
     [None, None, "healthy_city_titles"]),
    # an amount per village says so; the sum after it is of all
    ("区财政投入改厕奖补资金12.6万元/村,全年共计1575万元。", ["区财政投入改厕奖补资金每村", "区财政投入改厕奖补资金"], [None, None]),
    # a bound before a number is no part of its name (仅有, 接近)
    ("全区仅有爱卫专职人员11名,改厕返修率接近8%。", ["爱卫专职人员", "改厕返修率"], [None, None]),
    # a place's own divisions are named as such, not by 辖 nor by the division before
    ("全县辖8个镇3个街道、126个行政村和14个社区,总人口41.2万人。", ["镇", "街道", "行政村", "社区", "总人口"],
     [None, None, None, None, None]),
    ("全区下辖6个镇2个乡1个街道,共有行政村98个。", ["镇", "乡", "街道", "行政村"], [None, None, None, None]),
    # …and so without a measure word, after the place's own name too
    ("全县辖8镇3乡、126个行政村,总人口32.6万人。", ["镇", "乡", "行政村", "总人口"], [None, None, None, None]),
    ("柳河县辖8镇3乡1个街道办事处,共有行政村143个。", ["镇", "乡", "街道办事处", "行政村"], [None, None, None, None]),
    # a place's area after its divisions is its own, not theirs as works
    ("全县辖8镇3乡、126个行政村,总面积1684平方公里。", ["镇", "乡", "行政村", "总面积"], [None, None, None, None]),
    # the bare rate after a count of 签约服务 is no 服务签约率
    ("全年签约服务4.9万人,签约率26.2%。", ["签约服务", "签约率"], [None, None]),
    # a rate that says only how a deed ended is named by the deed, written either way round
    ("县医调委受理22起,成功调解21起,成功率95.5%。", ["县医调委受理", "县医调委成功调解", "县医调委调解成功率"], [None, None, None]),
    ("受理医疗纠纷22起,成功调解21起,成功率95.5%。", ["受理医疗纠纷", "成功调解", "医疗纠纷调解成功率"], [None, None, None]),
    # a part's deed is not joined to the same deed said the other way round before it (调解成功…;其中…成功调解)
    ("全年接待医疗纠纷31起,调解成功29起;其中县医调委受理22起,成功调解21起,成功率95.5%。",
     ["接待医疗纠纷", "调解成功", "县医调委受理", "成功调解", "调解成功率"], [None, None, None, None, None]),
    # examples too many for a name, before the kind they are of: the kind, which the counts after do not take a
    # verb from (预防 of 县疾病预防控制中心, where the list was cut)
    ("全县设有县医院、县中医院、县妇幼保健计划生育服务中心、县疾病预防控制中心、县卫生计生监督所等县直医疗卫生单位5个,"
     "镇(乡)卫生院9所,村卫生室121个。", ["县直医疗卫生单位", "镇卫生院", "村卫生室"], [None, None, None]),
    ("开展讲座、义诊等活动36场。", ["开展讲座、义诊等活动"], [None]),
    # a change by a multiple is no part of the name of the value reached after it
    ("门诊量增长1.5倍,达到45.6万人次。", ["门诊量"], ["outpatient_visits"]),
    ("全县卫技人员增加到2015年的1.8倍,达到2136人。", ["卫技人员"], ["health_tech_staff"]),
    ("卫生健康支出翻了一番,达到4.86亿元。", ["卫生健康支出"], ["gov_health_spending"]),
    # a rate right after a count of its own deed, itself after a count of what the deed was done to, is the
    # deed's on that (医疗纠纷调解成功率), as 签约率 after 签约 is the contracts'
    ("全年受理医疗纠纷52起,经县医调委调解成功43起,调解成功率95.6%。", ["受理医疗纠纷", "经县医调委调解成功", "医疗纠纷调解成功率"],
     [None, None, None]),
    ("受理医疗纠纷投诉38件,调处成功35件,调处成功率92.1%。", ["受理医疗纠纷投诉", "调处成功", "医疗纠纷投诉调处成功率"], [None, None, None]),
    ("全年调解医疗纠纷27起,调解成功25起,成功率92.6%。", ["调解医疗纠纷", "调解成功", "医疗纠纷调解成功率"], [None, None, None]),
    ("经县医调委调解成功43起,调解成功率95.6%。", ["经县医调委调解成功", "调解成功率"], [None, None]),
    ("全区9家街道、乡镇申报,工作有序开展。", ["街道、乡镇申报"], [None]),
    ("覆盖全县15个乡镇、126个行政村。", ["覆盖全县乡镇", "行政村"], [None, None]),
    # a sum after an amount per head (人均, 每人每月, 每人每年) does not carry the per-head words
    ("发放计划生育奖励扶助金,人均补助600元/人,共计1575万元。", ["人均补助", "补助"], [None, None]),
    ("对失独家庭每人每年补助7200元,合计1319万元。", ["失独家庭每人每年补助", "失独家庭补助"], [None, None]),
    # those counted before an amount paid each of them are named without the payment
    ("对1832名失独家庭每人每年补助7200元,合计1319万元。", ["失独家庭", "失独家庭每人每年补助", "失独家庭补助"],
     [None, None, None]),
    ("为356户低保家庭每户每月补贴200元。", ["低保家庭", "低保家庭每户每月补贴"], [None, None]),
    ("落实奖励扶助政策,人均补助960元/年,共计发放资金482.6万元。", ["人均补助", "发放资金"], [None, None]),
    # the staff the institutions just counted have, after 现有 or 拥有 as after 共有
    ("全县16家乡镇卫生院现有在岗职工1126人。", ["乡镇卫生院", "乡镇卫生院在岗职工"], [None, None]),
    ("全县11个乡镇卫生院拥有床位620张。", ["乡镇卫生院", "乡镇卫生院床位"], [None, None]),
    # the verb between institutions and their volume of service is no part of its name
    ("全县医疗卫生机构共完成门急诊人次86.7万人次,同比增长6.2%。", ["医疗卫生机构门急诊人次", "医疗卫生机构门急诊人次"],
     ["outpatient_visits", "outpatient_visits"]),
    ("全县公立医疗机构全年累计完成手术5620台次,乡镇卫生院共完成住院人次1.23万人次。", ["公立医疗机构手术", "乡镇卫生院住院人次"],
     ["surgeries", None]),
    # institutions a system is carried out in are named by carrying it out
    ("国家基本药物制度在全县15家乡镇卫生院和126个村卫生室全面实施。",
     ["实施国家基本药物制度的乡镇卫生院", "实施国家基本药物制度的村卫生室"], [None, None]),
    ("一体化管理在全区12个乡镇卫生院、98个村卫生室全面推行。",
     ["推行一体化管理的乡镇卫生院", "推行一体化管理的村卫生室"], [None, None]),
    # healthy_city_titles counts national titles; a province's or a city's is another title, no key
    # those put right of the problems or measures just counted are named by them, not by the sentence's first deed
    ("截至10月31日,巡察反馈的23个问题已整改到位21个,整改率91.3%。", ["巡察反馈问题", "巡察反馈问题整改到位", "巡察反馈问题整改率"],
     [None, None, None]),
    ("深入基层开展调研21次,检视问题37个,已整改34个,整改率91.9%。", ["深入基层开展调研", "检视问题", "检视问题整改", "检视问题整改率"],
     [None, None, None, None]),
    ("对全系统21个单位开展财务专项检查,发现问题47个,整改43个。", ["单位财务专项检查", "发现问题", "发现问题整改"],
     [None, None, None]),
    ("制定完善制度19项;68条整改措施已完成63条。", ["制定完善制度", "整改措施", "整改措施完成"], [None, None, None]),
    # the fines of a part of the cases (其中…) are no value of the year's fines
    ("立案查处违法案件216件,罚没款共计87.35万元,其中涉及疫情防控案件58件、罚款11.2万元。",
     ["立案查处违法案件", "罚没款", "涉及疫情防控案件", "涉及疫情防控案件罚款"], ["admin_penalties", "admin_penalties", None, None]),
    ("全年立案查处违法案件52件、罚款11.6万元。", ["立案查处违法案件", "罚款"], ["admin_penalties", "admin_penalties"]),
    # a measure taken against those at fault names itself, however short; a listed noun still shares the verb
    ("对巡察移交的问题线索9件全部办结,给予党纪政务处分4人,组织处理7人,诫勉谈话3人。",
     ["巡察移交的问题线索办结", "给予党纪政务处分", "组织处理", "诫勉谈话"], [None, None, None, None]),
    ("查处违规收受红包回扣案件2起,给予党纪处分3人、政务处分2人,问责5人。",
     ["查处违规收受红包回扣案件", "给予党纪处分", "给予政务处分", "问责"], [None, None, None, None]),
    # a party's bodies as parts of all of them are named by their kind
    ("指导县直医疗卫生单位党组织14个,其中党总支3个、党支部11个。", ["指导县直医疗卫生单位党组织", "党总支", "党支部"],
     [None, None, None]),
    ("截至年底,全县累计建成国家卫生镇3个、省级卫生镇6个、省级卫生村58个。", ["建成国家卫生镇", "建成省级卫生镇", "建成省级卫生村"],
     ["healthy_city_titles", None, None]),
    ("新增国家卫生乡镇1个,市级卫生村8个,自治区卫生村20个。", ["新增国家卫生乡镇", "市级卫生村", "自治区卫生村"],
     [None, None, None]),
    ("全县国家卫生乡镇累计达到5个,省级卫生乡镇累计达到12个。", ["国家卫生乡镇", "省级卫生乡镇"], ["healthy_city_titles", None]),
    # a noun that implies the unit names what is counted where it ends the clause, as after 名
    ("我院服务全镇14个行政村、2.36万人口。", ["服务全镇行政村", "人口"], [None, None]),
    ("全县共有2.36万人口。", ["人口"], [None]),
    ("项目惠及53.2万居民。", ["居民"], [None]),
    ("全县总人口42.6万人口。", ["总人口"], [None]),
    ("已为17.6万家庭53.2万居民建立了健康档案。", ["建立健康档案", "建立健康档案"], [None, None]),
    # a long list of measures keeps its items whole (the first whole or gone), without the words of achieving
    ("努力做到基础档案建立率、日常监督覆盖率、监督情况和群众举报记录报告率100%。",
     ["基础档案建立率、日常监督覆盖率、监督情况和群众举报记录报告率"], ["supervision_coverage"]),
    ("确保规划内村卫生室公有业务用房比例、紧密型一体化管理率、基本药物制度实施率均达到100%。",
     ["紧密型一体化管理率、基本药物制度实施率"], [None]),
    # an area said before its building is the building's
    ("目前,16500平方米集疾病控制、卫生监督为一体的疾控监督大楼已投入使用,11000平方米市医院门诊大楼正在建设。",
     ["疾控监督大楼", "市医院门诊大楼"], [None, None]),
    ("新建3200平方米的业务用房。", ["新建业务用房"], [None]),
    ("建成建筑面积3200平方米的门诊综合楼。", ["门诊综合楼建筑面积"], [None]),
    ("全县乡镇卫生院业务用房面积达到3.2万平方米。", ["乡镇卫生院业务用房面积"], [None]),
    # 针对 says whom a deed is for, no part of a name
    ("今年针对市下达给我镇130名的献血任务,本办及时分解到各村。", ["献血任务"], [None]),
    ("针对12家医疗机构开展专项检查。", ["医疗机构专项检查"], [None]),
    # a standard per one written after the amount (100元/条) is a standard as 每条100元 is
    ("对线索查实后,按100元/条的金额给与奖励。", ["奖励标准每条"], [None]),
    ("按每条100元的标准给予奖励。", ["每条奖励标准"], [None]),
    # a count whose unit its noun implies (对象 are people), written with none; a deed after a count is none of its name
    ("国家特别扶助对象111已发放特别扶助金127.752万元;南宁市特别扶助对象113人。",
     ["国家特别扶助对象", "发放国家特别扶助金", "南宁市特别扶助对象"],
     ["fp_special_support_recipients", "fp_special_support_funds", "fp_special_support_recipients"]),
    ("奖励扶助对象1083人已全部发放。", ["奖励扶助对象"], ["fp_reward_recipients"]),
    # a bare rate after a clause that serves a group the dictionary keeps the rate for is the group's,
    # not the whole population's the service's name alone gives; a clause of the group's own level
    # before it leaves the bare rate the whole's
    ("为计生特殊家庭开展家庭医生签约服务,签约率达到100%。", ["计生特殊家庭签约率"], ["fp_special_family_contract_rate"]),
    ("为特扶对象开展家庭医生签约服务,签约率达到100%。", ["特扶对象签约率"], ["fp_special_family_contract_rate"]),
    ("为重点人群提供家庭医生签约服务,签约率达到65%。", ["重点人群签约率"], ["fd_priority_coverage"]),
    ("家庭医生签约服务全面铺开,签约率达到45%。", ["家庭医生签约率"], ["fd_contract_coverage"]),
    # …also past a clause that only counts the service done for the group
    ("为全县计生特殊家庭落实“双岗”联系人制度,签订家庭医生服务协议743份,签约率达到100%。",
     ["签订家庭医生服务协议", "计生特殊家庭签约率"], [None, "fp_special_family_contract_rate"]),
    # those who care for infants and the clerks of a subsidy are no health staff trained; a 婚育新风
    # campaign's leaflets are no health education's
    ("组织托育从业人员岗前培训和技能提升培训23期,培训2860人次。",
     ["组织托育从业人员岗前培训和技能提升培训", "组织托育从业人员岗前培训和技能提升培训"], [None, None]),
    ("组织乡镇、村(社区)经办人员业务培训3期,培训186人次。", ["组织乡镇、村经办人员业务培训", "组织乡镇、村经办人员业务培训"], [None, None]),
    ("在全县9个乡镇开展婚育新风宣传活动36场次,发放宣传资料1.2万份。",
     ["乡镇开展婚育新风宣传活动", "乡镇开展婚育新风宣传活动", "发放宣传资料"], [None, None, None]),
    # a goal the measure falls short of, whose base the goal names; a goal met ahead of its period
    ("托育服务供给不足,托位数距2025年每千人口4.5个的目标差距较大。", ["每千人口托位数"], ["childcare_places_per_1000"]),
    ("全县托位总数达到1356个,每千人口托位数4.51个,提前完成“十四五”每千人口4.5个托位的目标。",
     ["托位总数", "每千人口托位数", "每千人口托位"], [None, "childcare_places_per_1000", "childcare_places_per_1000"]),
    # a total after the institutions added and all there are is all the places, not new ones
    ("全年新增托育机构6家,全县托育机构达到29家,总托位1315个。", ["新增托育机构", "托育机构", "总托位"], [None, None, None]),
    # a forecast's word and an enumerator's numeral are none of the name
    ("预测到2025年全县60岁及以上老年人口占比将超过24%。", ["60岁及以上老年人口占比"], [None]),
    ("一是仍有约4.8%的婴幼儿家庭未申领。", ["婴幼儿家庭未申领"], [None]),
    # a bare standard per head is of the aid its recipients or its clause name; a bare payment after a
    # standard is of that aid; a payment after the parts listed is to all
    ("奖励扶助对象5326人,每人每年960元,发放奖励扶助金511.3万元。", ["奖励扶助对象", "奖励扶助每人每年", "发放奖励扶助金"],
     ["fp_reward_recipients", None, "fp_reward_funds"]),
    ("育儿补贴按年发放,每孩每年3600元。", ["育儿补贴每孩每年"], [None]),
    ("每人每年960元。", ["每人每年"], [None]),
    # the applications reviewed pass or not, as the samples tested do
    ("已受理育儿补贴申请6935件,审核通过6812人,审核通过率98.2%。",
     ["受理育儿补贴申请", "受理育儿补贴申请审核通过", "受理育儿补贴申请审核通过率"], [None, None, None]),
    ("一次性生育补贴每孩5000元,全年发放251户、125.5万元。", ["一次性生育补贴每孩", "发放一次性生育补贴", "发放一次性生育补贴"],
     [None, None, None]),
    ("特别扶助对象743人,其中伤残家庭412人、死亡家庭331人,发放特别扶助金486万元。",
     ["特别扶助对象", "特别扶助对象伤残家庭", "特别扶助对象死亡家庭", "发放特别扶助金"],
     ["fp_special_support_recipients", None, None, "fp_special_support_funds"]),
    # those counted before a payment to them are the people; the amount is the payment's
    ("为计划生育家庭特别扶助对象312人发放特扶金61.94万元。", ["计划生育家庭特别扶助对象", "发放特扶金"],
     ["fp_special_support_recipients", "fp_special_support_funds"]),
    ("为未满十八周岁独生子女父母1902人发放保健费18.57万元。", ["未满十八周岁独生子女父母", "发放未满十八周岁独生子女父母保健费"], [None, None]),
    ("全年共为6218户领证家庭发放独生子女父母奖励费74.6万元。", ["领证家庭", "发放独生子女父母奖励费"], [None, "fp_reward_funds"]),
    # institutions counted before all of them carry something out: those that carry it out, as when it is
    # said to be carried out in them
    ("全区9家乡镇卫生院和2家社区卫生服务中心全部实施基本药物制度。",
     ["实施基本药物制度的乡镇卫生院", "实施基本药物制度的社区卫生服务中心"], [None, None]),
    ("全县15家乡镇卫生院全部实施绩效工资。", ["实施绩效工资的乡镇卫生院"], [None]),
    # the 农村 of the 农村部分计划生育家庭 scheme names the scheme, not a part of its money
    ("农村部分计划生育家庭奖扶资金563.9万元全部发放到位。", ["农村部分计划生育家庭奖扶资金"], ["fp_reward_funds"]),
    ("全县特别扶助对象预计增至350人。", ["特别扶助对象"], ["fp_special_support_recipients"]),
    # the rule a standard follows is no part of its name
    ("特扶标准按省规定提高到每人每月400元。", ["特扶标准每人每月"], [None]),
    # a building's cost with its area listed between them is the building's
    ("投资1.15亿元、建筑面积3.2万平方米的外科大楼主体工程完工。", ["外科大楼主体工程投资", "外科大楼建筑面积"],
     [None, "facility_floor_area"]),
    ("总投资2.6亿元、建筑面积4.5万平方米的住院综合楼年内开工建设。", ["住院综合楼总投资", "住院综合楼建筑面积"], [None, None]),
    # the surgeries of a grade or a kind are not all of them
    ("全县完成手术8926台次,其中三、四级手术3105台次。", ["手术", "三、四级手术"], ["surgeries", None]),
    ("全县日间手术820台次。", ["日间手术"], [None]),
    # a total after those added to it is of all there are; the verb of a revenue made, and 一度, name nothing
    ("全年新增省级临床重点专科3个,总数达到11个。", ["新增省级临床重点专科", "省级临床重点专科总数"], [None, None]),
    ("医院全年实现医疗收入12.6亿元。", ["医院医疗收入"], [None]),
    ("上半年门诊量一度下降近四成。", ["门诊量"], [None]),
    # institutions counted, then a deed done for them: the count after is the deed's
    ("向12家成员单位派驻医师46名。", ["成员单位", "成员单位派驻医师"], [None, None]),
    ("为15家乡镇卫生院培训医生320人。", ["乡镇卫生院", "乡镇卫生院培训医生"], [None, None]),
    # the X of a model's formula is no masked digit
    ("组建“1+1+X”家庭医生团队132个。", ["组建“1+1+X”家庭医生团队"], ["fd_teams"]),
    # people moving in and out, each a flow of the same people
    ("已婚育龄妇女流入4120人、流出8934人。", ["已婚育龄妇女流入", "已婚育龄妇女流出"], [None, None]),
    ("流出人口21857人,其中已婚育龄妇女流入4120人、流出8934人。", ["流出人口", "已婚育龄妇女流入", "已婚育龄妇女流出"],
     [None, None, None]),
    # the noun a measure word is written with names what is counted
    ("二是业务用房紧张,病房缺口约20张床位。", ["病房缺口床位"], [None]),
    ("新建病房楼可增加100张床。", ["新建病房楼床位"], [None]),
    # patients listed after those a deed of care counts are in the same care (随访管理, 管理)
    ("三是随访管理高血压患者218人、糖尿病患者64人。", ["随访管理高血压患者", "随访管理糖尿病患者"],
     ["hypertension_managed_count", "diabetes_managed_count"]),
    ("管理高血压患者1056人,糖尿病患者287人,规范管理率分别为70.8%、69.3%。",
     ["管理高血压患者", "管理糖尿病患者", "高血压患者规范管理率", "糖尿病患者规范管理率"],
     ["hypertension_managed_count", "diabetes_managed_count", "hypertension_standard_mgmt_rate", "diabetes_standard_mgmt_rate"]),
    # a trade of the staff counted before is named by itself, as a longer title is
    ("现有职工68人,其中全科医生11名,公卫医师6名,护士24名。", ["现有职工", "全科医生", "公卫医师", "护士"], [None] * 4),
    # an institution's word for itself (该院) opens no name
    ("2021年,该院计划门急诊量达到2.6万人次。", ["门急诊量"], ["outpatient_visits"]),
    # the deaths of the diseases whose incidence was just given; another rate after it is its own
    ("全省报告甲乙类法定传染病发病率为198.7/10万,死亡率为0.72/10万。", ["报告甲乙类法定传染病发病率", "报告甲乙类法定传染病死亡率"],
     ["notifiable_id_incidence", None]),
    ("法定传染病报告发病率236.4/10万,病死率0.31%。", ["法定传染病报告发病率", "法定传染病病死率"], ["notifiable_id_incidence", None]),
    # an age the key's names never give is other people's: the elderly of 70 and over, children of 0-7
    ("为辖区居民开展免费健康查体,70岁以上老年人查体率达到88%。", ["70岁以上老年人查体率"], [None]),
    ("全县65周岁及以上老年人健康管理率达到72.4%,0-7岁儿童健康管理率为91.2%。",
     ["65周岁及以上老年人健康管理率", "0-7岁儿童健康管理率"], ["elderly_health_mgmt_rate", None]),
    ("全镇18岁以上居民高血压知晓率为52.3%,5岁以下儿童死亡率3.6‰。", ["18岁以上居民高血压知晓率", "5岁以下儿童死亡率"],
     [None, "u5_mortality_rate"]),
    # TB patients listed among those in care are in care, not found; those registered are found
    ("中心开展慢性病随访管理,管理高血压1862人,糖尿病517人,肺结核31人。", ["管理高血压", "管理糖尿病", "肺结核"], [None] * 3),
    ("全年登记管理肺结核患者146人,成功治疗率92.5%。", ["登记管理肺结核患者", "肺结核患者成功治疗率"], ["tb_cases_found", "tb_cure_rate"]),
    # the area treated again to hold gains is a kind of the area treated
    ("今年查螺面积88万平方米,灭螺面积45万平方米,巩固灭螺面积31万平方米。", ["查螺面积", "灭螺面积", "巩固灭螺面积"],
     ["snail_survey_area", "snail_control_area", None]),
    # the stations there are by a date are no count of those set up in the year
    ("截至目前,全市设置社区卫生服务站42个,今年新建社区卫生服务站6个。", ["设置社区卫生服务站", "新建社区卫生服务站"],
     [None, "new_community_centres"]),
    # 家庭医生制服务覆盖率 beside its 签约率 is another measure; so is 应签尽签率 beside the poor's 签约率
    ("全区家庭医生制服务签约率达到61%,家庭医生制服务覆盖率达到83%。", ["家庭医生制服务签约率", "家庭医生制服务覆盖率"],
     ["fd_contract_coverage", None]),
    ("建档立卡贫困人口签约率100%,贫困人口(含退出户)应签尽签率98%。", ["建档立卡贫困人口签约率", "贫困人口应签尽签率"],
     ["fd_poor_contract_rate", None]),
    # leaflets of one campaign are a kind of the materials given out
    ("开展世界无烟日宣传,发放控烟宣传折页3500份。", ["发放控烟宣传折页"], [None]),
    # a village's 卫生所 is no community station
    ("年内五星级卫生所达到9个,五星级社区卫生服务站达到14个。", ["五星级卫生所", "五星级社区卫生服务站"], [None, "star_rated_stations"]),
    # the year of a class of graduates is part of whom a count names; where they were placed is not
    ("今年接转安置11名2019届订单定向免费医学毕业生到乡镇卫生院工作。", ["接转安置2019届订单定向免费医学毕业生"], [None]),
    ("与15名2019年高中毕业生签订免费培养协议。", ["2019年高中毕业生签订免费培养协议"], [None]),
    ("接转安置9名2020届本专科农村订单定向免费医学毕业生。", ["接转安置2020届本专科农村订单定向免费医学毕业生"], [None]),
    ("对行动中抓获的人员全部现进行了100%的HIV检测。", ["行动中抓获的人员HIV检测率"], [None]),
    ("接收8名2018级临床医学专业学生到县医院实习。", ["接收2018级临床医学专业学生"], [None]),
    # a share done by a light verb is named by the deed after 的 and those it was done to
    ("对行动中抓获的人员全部进行了100%的HIV检测。", ["行动中抓获的人员HIV检测率"], [None]),
    ("对监管场所新收押人员开展了98.5%的HIV抗体筛查。", ["监管场所新收押人员HIV抗体筛查率"], [None]),
    # divisions joined by 和 after one count are counted together
    ("全县家庭医生签约覆盖全县307个行政村和社区。", ["家庭医生签约覆盖全县行政村和社区"], [None]),
    ("健康讲堂覆盖12个乡镇和街道。", ["健康讲堂覆盖乡镇和街道"], [None]),
    # levels listed before the noun they share
    ("今年全县共申报2个南宁市、自治区卫生镇、23个南宁市卫生村。", ["申报南宁市、自治区卫生镇", "南宁市卫生村"], [None, None]),
    ("申报3个市级、县级卫生村。", ["申报市级、县级卫生村"], [None]),
    # bodies named before their kind and count are examples of it
    ("引进红枫艺术团、晨光公益工作室两个社会组织参与艾滋病宣传。", ["引进社会组织参与艾滋病宣传"], [None]),
    # a payment after a count of those paid says whose it is
    ("全县55-59周岁奖励对象387人,已发放奖扶金33.696万元。", ["55-59周岁奖励对象", "发放55-59周岁奖扶金"], [None, "fp_reward_funds"]),
    ("为独生子女父母1839人发放保健费22.98万元。", ["独生子女父母", "发放独生子女父母保健费"], [None, None]),
    ("为特别扶助对象312人发放特扶金61.94万元。", ["特别扶助对象", "发放特扶金"],
     ["fp_special_support_recipients", "fp_special_support_funds"]),
    ("为6218户领证家庭发放独生子女父母奖励费74.6万元。", ["领证家庭", "发放独生子女父母奖励费"], [None, "fp_reward_funds"]),
    # whose a payment is, not the deed that found or reached those paid
    ("确认独生子女伤残死亡家庭特别扶助对象142人,发放特别扶助金19.8万元。",
     ["确认独生子女伤残死亡家庭特别扶助对象", "发放独生子女伤残死亡家庭特别扶助金"],
     ["fp_special_support_recipients", "fp_special_support_funds"]),
    ("审核确认计划生育家庭特别扶助对象205人,发放特别扶助金31.2万元。", ["审核确认计划生育家庭特别扶助对象", "发放特别扶助金"],
     ["fp_special_support_recipients", "fp_special_support_funds"]),
    ("春节期间走访慰问困难职工38名,发放慰问金1.9万元。", ["春节期间走访慰问困难职工", "发放慰问金"], [None, None]),
    ("农村孕产妇住院分娩补助覆盖3.6万人,发放补助资金1520万元。", ["农村孕产妇住院分娩补助覆盖", "发放补助资金"], [None, None]),
    # the insured's stays and costs, paid by the fund, are not the place's hospitals' admissions or costs
    ("城乡居民医保住院人次4.35万人次,同比下降8.6%。", ["城乡居民医保住院人次", "城乡居民医保住院人次"], [None, None]),
    ("全年参保人员享受住院待遇19.6万人次,次均住院费用7832元。", ["参保人员享受住院待遇", "次均住院费用"], [None, None]),
    ("全县住院人次4.35万人次,次均住院费用7832元。", ["住院人次", "住院人次次均住院费用"], ["inpatient_admissions", "inpatient_cost_per_case"]),
    # fines for misusing the insurance fund are no health inspection's
    ("检查定点医药机构187家,追回医保基金213.7万元,罚款8.5万元。", ["检查定点医药机构", "追回医保基金", "罚款"], [None, None, None]),
    ("全年卫生监督检查单位1260户次,罚款8.5万元。", ["卫生监督检查单位", "罚款"], ["supervision_inspections", "admin_penalties"]),
    # a group's ratio is not the scheme's; the residents' scheme's ratio, however worded, is
    ("困难群众住院政策范围内报销比例达到88.5%。", ["困难群众住院政策范围内报销比例"], [None]),
    ("城乡居民住院政策范围内基金支付比例为70.3%。", ["城乡居民住院政策范围内基金支付比例"], ["ncms_policy_inpatient_ratio"]),
    # 其中 before a colon names nothing: the share done of a task takes the name of what was done
    ("其中:职工医保参保3.87万人;城乡居民医保参保38.76万人,完成市下达任务数38.5万人的100.7%。",
     ["职工医保参保", "城乡居民医保参保", "城乡居民医保参保任务", "城乡居民医保参保"], [None, None, None, None]),
    # a fund's flow or balance named bare is the fund's whose other flow the sentence named, past a ;
    ("全年基本医疗保险基金总收入5.92亿元,同比增长6.8%;总支出5.47亿元,累计结余3.15亿元。",
     ["基本医疗保险基金总收入", "基本医疗保险基金总收入", "基本医疗保险基金总支出", "基本医疗保险基金结余"], [None, None, None, None]),
    ("全年职工医保统筹基金收入162385万元,支出148920万元,当期结余13465万元。",
     ["职工医保统筹基金收入", "职工医保统筹基金支出", "职工医保统筹基金当期结余"], [None, None, None]),
    # the providers of a basic public health service (基层医疗卫生机构) do all of it, no part; their visits are a part
    ("全市基层医疗卫生机构肺结核患者管理率为98.1%,规则服药率为95.7%。", ["基层医疗卫生机构肺结核患者管理率", "规则服药率"],
     ["tb_patient_mgmt_rate", "tb_regular_medication_rate"]),
    ("全县基层医疗卫生机构诊疗人次86.2万人次。", ["基层医疗卫生机构诊疗人次"], [None]),
    # those a deed is done to or for (对…开展, 为…开展) and the deed name what is counted, not who did it nor the verb;
    # a theme the deed takes (以…为契机) is no part of it
    ("全年对病原学阳性患者开展耐药筛查287例,为感染者和病人开展CD4检测1063人次。", ["病原学阳性患者耐药筛查", "感染者和病人CD4检测"],
     [None, None]),
    ("公安、司法部门对监管场所被监管人员开展HIV检测2146人次。", ["监管场所被监管人员HIV检测"], [None]),
    ("以世界艾滋病日为契机开展宣传进校园活动12场。", ["开展宣传进校园活动"], [None]),
    # …also with the count of those it is done to between, or a list of them before their kind
    ("对全县3所中学的1520名学生开展防艾知识问卷调查,知晓率为93.4%。", ["中学", "学生防艾知识问卷调查", "学生防艾知识问卷调查知晓率"],
     [None] * 3),
    ("为1.2万名农村妇女开展了宫颈癌和乳腺癌筛查。", ["农村妇女宫颈癌和乳腺癌筛查"], ["two_cancers_screened"]),
    ("对65岁以上老年人、糖尿病患者、HIV感染者等重点人群开展主动筛查4.12万人,发现患者37例。", ["重点人群主动筛查", "发现患者"], [None, None]),
    # the rate named by the end of the deed counted just before it, and the whole a rate is reckoned on
    ("全县现存活感染者和病人203例,抗病毒治疗182人,治疗覆盖率89.7%。", ["现存活感染者和病人", "抗病毒治疗", "抗病毒治疗覆盖率"],
     [None, None, "hiv_art_coverage"]),
    ("检测覆盖率达到全县常住人口的21.4%。", ["检测覆盖率"], [None]),
    # who moves them, offices listed before 将
    ("县民政、人社部门将符合条件的感染者和病人家庭42户纳入最低生活保障。", ["符合条件的感染者和病人家庭纳入最低生活保障"], [None]),
    # an addition lends its verb to the next thing listed, of another measure word too; not to what the
    # institutions it built have
    ("新增医用冰箱22台、冷藏车1辆。", ["新增医用冰箱", "新增冷藏车"], [None, None]),
    ("新建村卫生室12个、床位30张。", ["新建村卫生室", "村卫生室床位"], ["new_village_clinics", None]),
    # who set a task (县卫生健康局下达我中心) is no part of its name, an office and its institution as a place and its county
    ("县卫生健康局下达我中心肺结核患者发现任务数为162例。", ["肺结核患者发现任务数"], ["tb_cases_found"]),
    # 已于 before the date a deed was done by is no part of those counted
    ("上半年推迟接种的2936名儿童已于7月底前全部完成补种。", ["推迟接种儿童"], [None]),
    # the year's estimate named without its 预计全年, as a rate named bare after the patients counted
    ("高血压患者管理人数1.42万人,规范管理率预计全年达到76%左右。", ["高血压患者管理人数", "高血压患者规范管理率"],
     ["hypertension_managed_count", "hypertension_standard_mgmt_rate"]),
    ("住院人次预计全年达到1.52万人次,县域内就诊率预计全年可达89%左右。", ["住院人次", "县域内就诊率"],
     ["inpatient_admissions", "county_retention_rate"]),
    # a share named without how small it is judged (仅占, 只占)
    ("乡镇卫生院执业医师仅占卫生技术人员的28%,注册护士只占卫生技术人员的31%。",
     ["乡镇卫生院执业医师占卫生技术人员", "乡镇卫生院注册护士占卫生技术人员"], [None, None]),
    # a gap to another area's average (较全省平均高) is the level's, and takes no key
    ("居民健康素养水平25.2%,较全省平均水平高1.8个百分点。", ["居民健康素养水平"] * 2, ["health_literacy_level", None]),
    # a drug price cut in % is the cut rate's series, a change still; not other goods', nor a price raised
    ("集采药品平均降价53%,高值医用耗材平均降价70%以上,药品收入下降5%。", ["集采药品平均降价", "高值医用耗材平均降价", "药品收入"],
     ["drug_price_cut_rate", None, None]),
    ("基本药物价格平均下降32.6%,中标药品价格平均降低21%,药品价格上涨3%。", ["基本药物价格", "中标药品价格", "药品价格上涨"],
     ["drug_price_cut_rate", "drug_price_cut_rate", None]),
    ("承诺时限较法定时限平均压缩62%。", ["承诺时限"], [None]),
    # a payment after a count of those who drew a scheme's benefit is the scheme's, not the drawing's
    ("长期护理保险享受待遇1200人,支付护理费用386万元。", ["长期护理保险享受待遇", "支付长期护理保险护理费用"], [None, None]),
    # 免费为 before those served names nothing
    ("免费为城乡居民建立健康档案31.2万份。", ["城乡居民建立健康档案"], ["health_records_count"]),
    # a deed after the enrolled's rate or count, or after the fund raised, is the scheme's
    ("全县参合农民38.7万人,参合率99.3%,全年累计补偿46.2万人次。", ["参合农民", "参合率", "新农合补偿"],
     ["ncms_enrollees", "ncms_enrollment_rate", "ncms_beneficiaries"]),
    ("全年参合人数35.1万人,参合率98.9%,筹集基金1.93亿元,累计补偿52.7万人次。", ["参合人数", "参合率", "新农合筹集基金", "新农合补偿"],
     ["ncms_enrollees", "ncms_enrollment_rate", "ncms_fund_raised", "ncms_beneficiaries"]),
    ("全县新农合参合人数42.8万人,累计补偿13.6万人次,补偿金额6820万元。", ["新农合参合人数", "新农合补偿", "新农合补偿金额"],
     ["ncms_enrollees", "ncms_beneficiaries", "ncms_compensation_paid"]),
    # a fund paid by a standard per head: the standard is named, and keyed, as the fund's per head
    ("基本公共卫生服务补助资金按人均84元标准足额拨付。", ["人均基本公共卫生服务补助标准"], ["bphs_per_capita_subsidy"]),
    ("基本公共卫生服务项目人均财政补助标准提高到79元。", ["基本公共卫生服务项目人均财政补助标准"], ["bphs_per_capita_subsidy"]),
    ("新农合人均财政补助标准提高到280元。", ["新农合人均财政补助标准"], ["ncms_gov_subsidy_per_capita"]),
    # kinds of care counted side by side are siblings, not parts of the visits before them
    ("全年共完成门诊4.35万人次,急诊3200人次,出诊620次。", ["门诊", "急诊", "出诊"], ["outpatient_visits", None, None]),
    # pushing a rate up is no part of its name
    ("我们将推动全市家庭医生签约服务覆盖率提高到48%。", ["家庭医生签约服务覆盖率"], ["fd_contract_coverage"]),
    ("全年免费为2.6万名城乡居民建立健康档案。", ["城乡居民建立健康档案"], [None]),
    # an office or committee that did the deed, before the time or the total of it, is no part of what is counted
    ("县防治艾滋病工作委员会全年召开成员单位联席会议3次,督导乡镇防艾工作12次。", ["召开成员单位联席会议", "督导乡镇防艾"], [None, None]),
    ("全年县疾控中心共采购分发免疫规划疫苗4.8万支。", ["采购分发免疫规划疫苗"], [None]),
    ("县人民医院全年门诊人次12万人次。", ["县人民医院全年门诊人次"], [None]),
    # a list of those a deed is done to that ends in their kind: the kind and the deed
    ("县疾控中心对全县38家宾馆、洗浴等公共场所开展安全套推广使用督查。", ["公共场所安全套推广使用督查"], [None]),
    # not a list of what a deed gave those counted, with no deed after its kind
    ("投入资金65万元,为全县12个乡镇计生服务站更新B超、心电监护等设备。", ["投入资金", "乡镇计生服务站更新B超、心电监护等设备"], [None, None]),
    ("全县56家养殖场、屠宰场等单位全部完成整改。", ["养殖场"], [None]),
    # a verb that only carries a deed's noun (作出, 给予) lends nothing to the noun listed after
    ("作出行政处罚19件,罚款126.5万元。", ["作出行政处罚", "罚款"], [None, "admin_penalties"]),
    # a kind listed after a deed done to another kind of the same head takes the deed (报告接种); not a place's
    # kind (省增补), nor where the name has a deed of its own
    ("全年共报告接种免疫规划疫苗4.2万剂次,非免疫规划疫苗1.6万剂次。", ["报告接种免疫规划疫苗", "报告接种非免疫规划疫苗"], [None, None]),
    ("全年报告接种一类疫苗3.9万剂次,二类疫苗1.1万剂次。", ["报告接种一类疫苗", "报告接种二类疫苗"], [None, None]),
    ("使用国家基本药物品种203只,省增补药物品种109只。", ["使用国家基本药物品种", "省增补药物品种"], [None, None]),
    ("开展非法行医巡查36次,村级开展日常非法行医巡查120次。", ["开展非法行医巡查", "村级开展日常非法行医巡查"], [None, None]),
    ("出院病人3.12万人次,门诊病人12万人次。", ["出院病人", "门诊病人"], ["inpatient_admissions", None]),
    # a sum a list closes, after the count of those it went to, is of the deed and all the items
    ("为980名在治患者发放营养补助和交通补助共计58.8万元。", ["在治患者发放营养补助", "发放营养补助和交通补助"], [None, None]),
    # a price cut named bare is the goods' named before it in its part of the sentence; a drug's largest cut is
    # no average's
    ("落地执行集采药品共126个,平均降价58%;医用耗材12类,平均降价82%。", ["落地执行集采药品", "集采药品平均降价", "医用耗材平均降价"],
     [None, "drug_price_cut_rate", None]),
    ("落地执行中选药品57个品种,平均降价52%,其中最大降幅达96%。",
     ["落地执行中选药品品种", "中选药品平均降价", "中选药品平均降价最大降幅"], [None, "drug_price_cut_rate", None]),
    # a benefit drawn, named bare, is of the long-term care scheme its part of the sentence named
    ("长期护理保险参保18.6万人,累计评估失能人员2950人,享受待遇2410人,支付长护险基金1620.5万元。",
     ["长期护理保险参保", "评估失能人员", "长期护理保险享受待遇", "支付长护险基金"], [None, None, None, None]),
    ("推动长期护理保险扩面,覆盖参保人员20万人。", ["长期护理保险覆盖参保人员"], [None]),
    # a part of the places a deed was done to, of the same kind, named bare: done to by it too; not one with a deed
    # of its own
    ("全年检查定点医药机构1210家次,其中定点医疗机构405家、定点零售药店805家。",
     ["检查定点医药机构", "检查定点医疗机构", "检查定点零售药店"], [None, None, None]),
    ("新建村卫生室12个,其中中心村卫生室5个。", ["新建村卫生室", "新建中心村卫生室"], ["new_village_clinics", None]),
    ("全区设置社区卫生服务站66个,其中有20个社区卫生服务站创建为五星级站。",
     ["设置社区卫生服务站", "社区卫生服务站创建为五星级站"], ["new_community_centres", None]),
    # a rate after a daily average is none of its; a value named only as an average is of what the clause before judged
    ("年内累计治疗吸毒人员165人,日均服药人数128人,年保持率为80.4%。", ["治疗吸毒人员", "日均服药人数", "年保持率"], [None, None, None]),
    ("检测阳性者确证时间较长,平均为11天。", ["检测阳性者确证时间"], [None]),
    # 报告发生率 named bare is of the cases reported before it
    ("全年共报告AEFI病例39例,其中异常反应5例,报告发生率为7.12/10万剂次。",
     ["报告AEFI病例", "报告AEFI病例异常反应", "AEFI病例报告发生率"], [None, None, None]),
    # examples of a kind listed before it (暗娼、男男性行为者等重点人群): what follows the kind is each one's
    ("暗娼、男男性行为者等重点人群干预覆盖率分别为90.6%和84.2%。", ["暗娼干预覆盖率", "男男性行为者干预覆盖率"], [None, None]),
    # a rate after those due to do a deed is of them without 应 (应申报用人单位…,申报率: 用人单位申报率)
    ("全县应申报用人单位186家,已申报172家,申报率为92.5%。", ["应申报用人单位", "申报", "用人单位申报率"], [None, None, None]),
    # a deed that names whom it was done to is no deed of the count before it (放射诊疗机构…): its rate is its own
    ("全县放射诊疗机构26家,开展放射工作人员个人剂量监测148人,监测率100%。",
     ["放射诊疗机构", "开展放射工作人员个人剂量监测", "放射工作人员个人剂量监测率"], [None, None, None]),
    # a share followed by those it counts names them, not the rate the clause before judged
    ("一是小微企业职业健康检查率偏低,约三成企业未按要求组织体检。", ["企业未按要求组织体检"], [None]),
    ("职业健康检查率仍然偏低,约25%的劳动者未按期体检。", ["劳动者未按期体检"], [None]),
    # the drinking water's samples passing, named by their samples, are its water quality
    ("全年生活饮用水水样合格率为93.5%,农村饮用水水样合格率为90.4%。",
     ["生活饮用水水样合格率", "农村饮用水水样合格率"], ["water_quality_pass_rate", None]),
    ("饮用水水样合格率不低于90%。", ["饮用水水样合格率"], ["water_quality_pass_rate"]),
    ("暗娼、吸毒人员等高危人群检测率分别为90%和85%。", ["暗娼检测率", "吸毒人员检测率"], [None, None]),
    ("高血压、糖尿病等慢性病患者规范管理率分别为75%和70%。", ["高血压患者规范管理率", "糖尿病等慢性病患者规范管理率"],
     ["hypertension_standard_mgmt_rate", None]),
    # kinds of the same first word listed before a rate are each named whole, the rate after them
    ("健康促进医院和健康学校覆盖率分别达到68%和75%。", ["健康促进医院覆盖率", "健康学校覆盖率"], [None, None]),
    # the literacy of one field is not the residents' health literacy
    ("居民心理健康素养水平为18.2%,居民健康素养水平为24.8%。", ["居民心理健康素养水平", "居民健康素养水平"],
     [None, "health_literacy_level"]),
    # a standard's title before the grade it judges is part of the name; a survey's 显示 and 高达 are none
    ("城乡居民达到《国民体质测定标准》合格以上的人数比例为92.4%。", ["城乡居民达到国民体质测定标准合格以上的人数比例"], [None]),
    ("监测显示居民人均每日食盐摄入量为9.1克。", ["居民人均每日食盐摄入量"], [None]),
    ("初中生近视率高达71.5%,高中生近视率为80.2%。", ["初中生近视率", "高中生近视率"], [None, None]),
    # money allotted, with a bound before it, is the noun after its 的
    ("县财政安排不少于50万元的监测评估专项经费。", ["县财政安排监测评估专项经费"], [None]),
    # a change from a named year's baseline value is of the rate before it
    ("心脑血管疾病死亡率为198.6/10万,较2019年基线值下降7.2%。", ["心脑血管疾病死亡率", "心脑血管疾病死亡率"], [None, None]),
    # a task named before its number by who set it alone is the task of what was just done
    ("全年完成农村妇女宫颈癌筛查4560人、乳腺癌筛查4510人,均超额完成省下达4500人的任务。",
     ["农村妇女宫颈癌筛查", "乳腺癌筛查", "乳腺癌筛查任务"],
     ["cervical_cancer_screened", "breast_cancer_screened", "breast_cancer_screened"]),
    # a part named by what its staff hold is of the whole, unless the whole names that already
    ("全年公开招聘医疗卫生专业技术人员126名,其中本科及以上学历94名。",
     ["公开招聘医疗卫生专业技术人员", "公开招聘医疗卫生专业技术人员本科及以上学历"], ["staff_recruited", None]),
    ("在职职工78人,其中具有专业技术职称人员72人,其中高级专业技术职称8人。",
     ["在职职工", "具有专业技术职称人员", "高级专业技术职称"], [None, None, None]),
    # parts in a bracket right after their whole are parts, as after ,其中
    ("全年公开招聘卫生专业技术人员68人(其中县级医院45人、乡镇卫生院23人)。",
     ["公开招聘卫生专业技术人员", "县级医院公开招聘卫生专业技术人员", "乡镇卫生院公开招聘卫生专业技术人员"],
     ["staff_recruited", None, None]),
    ("全县卫生技术人员1690人(其中县级医院820人、乡镇卫生院610人)。",
     ["卫生技术人员", "县级医院卫生技术人员", "乡镇卫生院卫生技术人员"], ["health_tech_staff", None, None]),
    # a sum named bare after those an aid reached is the aid's
    ("农村孕产妇住院分娩补助惠及1280人,补助资金64万元。", ["农村孕产妇住院分娩补助惠及", "农村孕产妇住院分娩补助资金"],
     [None, "delivery_subsidy"]),
    # a rate the dictionary does not know, of the deed the rate before was of and a word of how it was
    # done, is of what that one was; one naming others is not
    ("增补叶酸服用率达到96.3%,服用依从率88.5%。", ["增补叶酸服用率", "增补叶酸服用依从率"], ["folic_acid_rate", None]),
    ("新生儿访视率96.2%,访视及时率90.4%。", ["新生儿访视率", "新生儿访视及时率"], ["newborn_visit_rate", None]),
    ("严重精神障碍患者规范管理率85%,管理人群服药率60%。", ["严重精神障碍患者规范管理率", "管理人群服药率"],
     ["smi_standard_mgmt_rate", None]),
    # 提供 carries a deed done for those named before it, as 开展 does
    ("全年为全市0-6岁儿童提供免费健康检查18.6万人次。", ["0-6岁儿童免费健康检查"], [None]),
    ("为辖区65岁以上老年人提供健康管理服务2.3万人。", ["65岁以上老年人健康管理服务"], [None]),
    # a baseline of a named time per day is named per day, without the time (由高峰时期的日均…)
    ("发热门诊门急诊量由高峰时期的日均6800人次回落至日均420人次。", ["发热门诊门急诊量日均"] * 2, [None, None]),
    # beds after counts of several kinds of institution are all the place's, not the last kind's
    ("全县有县级公立医院3家,乡镇卫生院12家,村卫生室186个,实有床位2320张。", ["县级公立医院", "乡镇卫生院", "村卫生室", "实有床位"],
     [None, None, None, "total_beds"]),
    ("建成方舱医院1个、床位800张。", ["建成方舱医院", "方舱医院床位"], [None, None]),
    # a list ending in its kind before a deed with a count of its own: the places are the kind, the deed is its count's
    ("对全县286家养老机构、学校、商超等重点场所开展防控督查1160家次。", ["重点场所", "重点场所开展防控督查"], [None, None]),
    # a deadline's 前 goes with its date, though the dictionary glues it to the next word (前日)
    ("力争2022年底前日核酸检测能力达到2万管。", ["日核酸检测能力"], [None]),
    # a noun with a code of letters and digits after its count is what is counted; 至少 is the qualifier's, no part of a name
    ("每个县(市、区)至少建成1个P2实验室,每个县级医院至少配备重症医学专业医师5名。", ["每个县(市、区)建成P2实验室", "每个县级医院配备重症医学专业医师"],
     [None, None]),
    # a name borrowed from a long clause before is not cut from the age that says who is counted, nor does it
    # keep how little the clause judged them willing
    ("疫苗接种工作中,80岁以上高龄老人接种意愿不强,接种率仅为61.5%。", ["80岁以上高龄老人接种率"], [None]),
    # a rate named by the deed a kind of institution did in the clause before is theirs, of what the deed set up
    ("全部乡镇卫生院设置发热诊室,设置率100%。", ["乡镇卫生院发热诊室设置率"], [None]),
    # what is counted follows its size (建设1个500平方米的气膜实验室)
    ("建设1个500平方米的气膜实验室。", ["建设气膜实验室", "气膜实验室"], [None, None]),
    # a count's share of a whole said with 达到…的 is named as with 占
    ("县人民医院ICU床位达到全院床位的4%,县域ICU床位仅占全市的23.5%。", ["县人民医院ICU床位占全院床位", "县域ICU床位占全市"], [None, None]),
    # the whole a share is reckoned on after its bound is no part of its name
    ("全市二级以上综合医院重症医学科床位占比不低于总床位的5%。", ["二级以上综合医院重症医学科床位占比"], [None]),
    # the drugs' share of all hospitals of a level is the place's (县级公立医院 already was), not one hospital's
    ("县级医院药占比由2018年的32.5%下降到29.1%。", ["县级医院药占比"] * 2, ["drug_revenue_share"] * 2),
    ("市级医院药占比为27.3%,县人民医院药占比为30.1%。", ["市级医院药占比", "县人民医院药占比"], ["drug_revenue_share", None]),
    # those who took a paid or tailored package are some of all those signed
    ("全县签约居民22.6万人,有偿签约服务包签约1.86万人。", ["签约居民", "有偿签约服务包签约"], ["fd_contracted", None]),
    # referrals down after referrals up are siblings, no part of them
    ("全年向上转诊2650人次,向下转诊820人次。", ["向上转诊", "向下转诊"], [None, None]),
    # a yearly rise's 年 is no part of what rose
    ("医务人员收入年增长9.2%。", ["医务人员收入"], [None]),
    # a share of one kind of institution after the same share of another that says what it is of
    ("能提供中医药服务的乡镇卫生院比例达到100%、社区卫生服务中心比例达到100%,村卫生室比例达到78.5%。",
     ["能提供中医药服务的乡镇卫生院比例", "能提供中医药服务的社区卫生服务中心比例", "能提供中医药服务的村卫生室比例"], [None] * 3),
    ("乡镇卫生院比例为60%,村卫生室比例为40%。", ["乡镇卫生院比例", "村卫生室比例"], [None, None]),
    # a whole before the part it includes names the part as the whole's
    ("成员单位包括乡镇卫生院86家、社区卫生服务中心12家。", ["成员单位乡镇卫生院", "社区卫生服务中心"], [None, None]),
    # things listed after the first with a number of their own were counted by its deed too, and by the kind
    # of institution that did it; not by an item's own verb, nor by a verb read where there is none
    ("全年成功救治危重孕产妇286例、危重新生儿517例。", ["成功救治危重孕产妇", "成功救治危重新生儿"], [None, None]),
    ("县疾控中心储备医用外科口罩30万只、N95口罩2.6万只。", ["县疾控中心储备医用外科口罩", "县疾控中心储备N95口罩"], [None, None]),
    ("为全市基层医疗卫生机构配发指氧仪1500台、制氧机360台。", ["基层医疗卫生机构配发指氧仪", "基层医疗卫生机构配发制氧机"], [None, None]),
    ("发放防治药物套盒200套、创建卫生城市宣传折页1500份、健康素养折页900份。",
     ["发放防治药物套盒", "创建卫生城市宣传折页", "健康素养折页"], [None, None, None]),
    ("全年收治确诊病例37例、无症状感染者12例。", ["收治确诊病例", "无症状感染者"], [None, None]),
    # goods stocked or handed out are so in any measure word; what those built or formed have is theirs, not built
    ("全县储备医用外科口罩30万只、防护服1.5万套、抗原检测试剂8万人份。", ["储备医用外科口罩", "储备防护服", "储备抗原检测试剂"],
     [None, None, None]),
    ("建成方舱医院1个、床位800张。", ["建成方舱医院", "方舱医院床位"], [None, None]),
    ("组建流调队伍12支、流调人员96人。", ["组建流调队伍", "流调人员"], [None, None]),
    ("全县有县级公立医院3家、乡镇卫生院12家。", ["县级公立医院", "乡镇卫生院"], [None, None]),
    ("全系统共有党员380名,其中在职党员312名、离退休党员68名。", ["党员", "在职党员", "离退休党员"], [None, None, None]),
    # a condition's rate listed after another's is of the same people, not of that condition
    ("3岁以下儿童贫血患病率4.2%、生长迟缓率1.1%。", ["3岁以下儿童贫血患病率", "3岁以下儿童生长迟缓率"], [None, None]),
    ("5岁以下儿童低体重患病率0.71%、生长迟缓率0.92%。", ["5岁以下儿童低体重患病率", "5岁以下儿童生长迟缓率"], [None, None]),
    # how the care of patients brought in ended is a rate of those patients, not of the bringing in
    ("全年收治危重孕产妇48例,救治成功率99.2%。", ["收治危重孕产妇", "危重孕产妇救治成功率"], [None, None]),
    ("全年转诊危重新生儿120例,救治成功率98.5%。", ["转诊危重新生儿", "危重新生儿救治成功率"], [None, None]),
    # a light verb before a rate is none of its name; nor is leading a whole place's people to the deed counted
    ("开展妊娠风险筛查与评估覆盖率为98.6%。", ["妊娠风险筛查与评估覆盖率"], [None]),
    ("组织全市卫生健康系统党员干部下沉社区参与防控2.6万人次。", ["卫生健康系统党员干部下沉社区参与防控"], [None]),
    # a payment to those an institution took on is theirs, not the institution's taking them on
    ("为村卫生室招录大学生村医12人,发放人才津贴36万元。", ["村卫生室招录大学生村医", "发放大学生村医人才津贴"], [None, None]),
    # one field's inspections, coverage and cases are a part of the county's, not their series;
    # kinds listed up to 等单位 are all the units inspected
    ("其中公共场所监督检查820户次,学校卫生监督检查156户次。", ["公共场所监督检查", "学校卫生监督检查"], [None, None]),
    ("放射卫生监督覆盖率达到100%。", ["放射卫生监督覆盖率"], [None]),
    ("全年监督检查医疗机构、学校、公共场所等单位1874户次。", ["监督检查医疗机构、学校、公共场所等单位"],
     ["supervision_inspections"]),
    ("其中医疗机构立案12件。", ["医疗机构立案"], [None]),
    # dens of illegal practice closed are counted in 处 as well
    ("联合公安部门取缔非法行医窝点7处。", ["联合公安部门取缔非法行医窝点"], ["illegal_practice_closed"]),
    # that all of those counted did it is the number's to say, not the name's; 全部 as a whole's adjective stays
    ("全县182个行政村全部开展新农合。", ["行政村开展新农合"], [None]),
    ("投诉举报信访事项全部办结,办结率100%。", ["投诉举报信访事项办结率"], [None]),
    ("DIP付费住院费用占全部住院费用的比例达到45%。", ["DIP付费住院费用占全部住院费用的比例"], [None]),
    # the year a deed was done in is the fact's, not part of its name
    ("县人民医院投诉办全年受理患者投诉118件。", ["县人民医院投诉办受理患者投诉"], [None]),
    # an activity listed after another is done by the list's deed, not to the first item
    ("开展健康讲座24次、咨询活动12次。", ["开展健康讲座", "开展咨询活动"], ["health_lectures", None]),
    # those a deed was done for, named before their count: the deed without its 开展 or 提供
    ("为65岁以上老年人316人开展健康体检。", ["65岁以上老年人健康体检"], [None]),
    ("为辖区65岁以上老年人2860人提供免费体检。", ["65岁以上老年人免费体检"], [None]),
    # those the classes trained, not a deed done to the classes
    ("举办安全生产培训班3期,培训210人。", ["举办安全生产培训班", "安全生产培训"], [None, None]),
    # records made and children vaccinated, in the words of the dictionary's variants
    ("截至12月底,辖区居民建档57816份,建档率90.06%。", ["居民建档", "居民建档率"],
     ["health_records_count", "health_record_filing_rate"]),
    ("完成适龄儿童预防接种6320剂次,接种率达到96.5%。", ["适龄儿童预防接种", "适龄儿童预防接种率"], [None, "nip_vaccination_rate"]),
    ("发现并治疗肺结核患者93例。", ["发现并治疗肺结核患者"], ["tb_cases_found"]),
    # cases taken in, then what was done to them: the cases', not the taking in's
    ("受理投诉举报89件,办结89件,办结率100%。", ["受理投诉举报", "投诉举报办结", "投诉举报办结率"], [None, None, None]),
    ("县人民医院投诉办全年受理患者投诉118件,办结115件,办结率97.5%。",
     ["县人民医院投诉办受理患者投诉", "县人民医院投诉办患者投诉办结", "县人民医院投诉办患者投诉办结率"], [None, None, None]),
    # all the place's hospitals, named by their kind alone, in a statistical bulletin: the yearbooks' series;
    # one hospital's or one level's stay theirs
    ("医院出院者平均住院日为8.9日,医院病床使用率为82.3%。", ["医院出院者平均住院日", "医院病床使用率"],
     ["avg_length_of_stay", "bed_occupancy_rate"]),
    ("县人民医院平均住院日8.2天,县级医院病床使用率为90%。", ["县人民医院平均住院日", "县级医院病床使用率"], [None, None]),
    # institutions counted by the standard they reach are those of the kind counted before that reached it,
    # not the standard; 达到 before such a name is part of it
    ("全县共有乡镇卫生院16所,2022年新增4所达到服务能力基本标准,累计达到基本标准的11所、达到推荐标准的3所。",
     ["乡镇卫生院", "新增乡镇卫生院达到服务能力基本标准", "乡镇卫生院达到基本标准", "乡镇卫生院达到推荐标准"], [None] * 4),
    ("全市共有乡镇卫生院和社区卫生服务中心78家,其中达到服务能力基本标准的58家、推荐标准的21家,分别较上年增加9家和6家。",
     ["乡镇卫生院和社区卫生服务中心", "乡镇卫生院和社区卫生服务中心达到服务能力基本标准", "乡镇卫生院和社区卫生服务中心达到推荐标准",
      "乡镇卫生院和社区卫生服务中心达到服务能力基本标准", "乡镇卫生院和社区卫生服务中心达到推荐标准"], [None] * 5),
    ("力争2021年底全县乡镇卫生院达到服务能力基本标准的达到12所,达到推荐标准的达到3所。",
     ["乡镇卫生院达到服务能力基本标准", "乡镇卫生院达到推荐标准"], [None, None]),
    ("力争全市达到推荐标准的乡镇卫生院和社区卫生服务中心不少于28家,社区医院达到12家。",
     ["乡镇卫生院和社区卫生服务中心达到推荐标准", "社区医院"], [None, None]),
    ("5家县级医院全部完成等级评审,其中2家达到三级医院水平。", ["县级医院完成等级评审", "县级医院达到三级医院水平"], [None, None]),
    # the villages a total of clinics is summed over are where, not what
    ("全县203个行政村共设村卫生室196个,其中公有产权村卫生室182个。", ["村卫生室", "公有产权村卫生室"], [None, None]),
    ("全市1156个行政村共有村卫生室1089所,新改建标准化村卫生室46所。", ["村卫生室", "新改建标准化村卫生室"],
     [None, "new_village_clinics"]),
    # …and the counties a rate is over
    ("全市5个县(市、区)脱贫人口家庭医生签约率保持在99%以上。", ["脱贫人口家庭医生签约率"], ["fd_poor_contract_rate"]),
    # teams counted, then those they served: the teams, counted in 支 as in 个
    ("全县86支家庭医生团队为贫困人口提供签约服务,贫困人口签约41236人。", ["家庭医生团队", "贫困人口签约"], ["fd_teams", None]),
    # a kind of care standing bare after a rate of another kind names the same rate of its own
    ("二级医院门诊患者抗菌药物处方比例不超过20%,急诊不超过40%。",
     ["二级医院门诊患者抗菌药物处方比例", "二级医院急诊患者抗菌药物处方比例"], [None, None]),
    # blood given, counted in donations, in millilitres or in units of blood
    ("全年组织无偿献血6412人次,献血量213.5万毫升。", ["组织无偿献血", "献血量"], ["blood_donations", "blood_donations"]),
    ("全年无偿献血2870人次,采集全血86.1万毫升。", ["无偿献血", "采集全血"], ["blood_donations", "blood_donations"]),
    ("全县临床用血5826单位,采集全血3.2万单位。", ["临床用血", "采集全血"], [None, "blood_donations"]),
    # medical waste disposed of as the rules say is the waste disposal rate
    ("医疗废物规范处置率100%,转运交接登记率100%。", ["医疗废物规范处置率", "转运交接登记率"],
     ["medical_waste_disposal_rate", None]),
    # the same amount said again in another unit after 即 is named as the first
    ("全年采血量达到18吨,即1800万毫升。", ["采血量", "采血量"], [None, None]),
    # an average per day of a deed is named with what the deed was done to
    ("全县医疗机构共收集医疗废物386.5吨,其中乡镇卫生院收集42.3吨,日均收集约1060公斤。",
     ["医疗机构收集医疗废物", "乡镇卫生院收集", "日均收集医疗废物"], [None, None, None]),
    # what was done to the problems found, after the date it was counted by, is of those problems
    ("检查医疗机构83家,发现问题167条,截至12月底已整改153条,整改率91.6%。",
     ["检查医疗机构", "发现问题", "发现问题整改", "发现问题整改率"], [None] * 4),
    # how far a value is from a norm (离…的要求) is no part of the norm's name
    ("护士配置不足,床护比离1:0.6的要求差距较大。", ["床护比要求"], [None]),
    # people counted by their noun, then a rate of theirs right after it: the people, and their rate
    ("全县4.12万建档立卡贫困人口参保率100%,县域内住院实行“一站式”结算。", ["建档立卡贫困人口", "建档立卡贫困人口参保率"], [None, None]),
    # an average age is of the people counted before it
    ("全县现有乡村医生412名,平均年龄56.3岁。", ["乡村医生", "乡村医生平均年龄"], [None, None]),
    # a province's goal a rate is still short of is the rate's: 距省定 opens no name
    ("三是县域内就诊率距省定90%以上目标虽已达到,但外转病人中常见病占比仍偏高。", ["县域内就诊率"], ["county_retention_rate"]),
    # a licence the part holds is of the whole's staff (资格 as 学历 and 职称)
    ("全市在岗乡村医生1736人,其中具有执业(助理)医师资格的512人。", ["在岗乡村医生", "在岗乡村医生具有执业(助理)医师资格"], [None, None]),
    # a grade given in the clause before a score is no part of the score's name; who was appraised stays
    ("县人民医院绩效考核中获评A等级,得分806.4分。", ["县人民医院绩效考核得分"], [None]),
    ("县人民医院在2022年度全国二级公立医院绩效考核中获评A等级,得分812.5分。", ["县人民医院全国二级公立医院绩效考核得分"], [None]),
    # the same share after its baseline is no sibling kind's share
    ("达到基本标准以上的机构占比由2022年的62.8%提高到74.4%。", ["基本标准以上的机构占比", "基本标准以上的机构占比"], [None, None]),
    # the figures of a body that opens a part of the sentence after a ; are the body's, as of one opening the sentence
    ("全县共受理医患纠纷36起,依法处理率100%;县医调委全年调处医患纠纷22起,成功调解21起,医患纠纷调解成功率95.5%。",
     ["受理医患纠纷", "依法处理率", "县医调委调处医患纠纷", "县医调委成功调解", "县医调委医患纠纷调解成功率"], [None] * 5),
    # funds secured from the levels above, whatever programme is named between
    ("争取中央和省级基层卫生项目资金2860万元,完成6所乡镇卫生院业务用房改扩建。", ["争取中央和省级基层卫生项目资金", "乡镇卫生院业务用房改扩建"],
     ["superior_funds_secured", None]),
    # what the money the clause before spent went to, its verbs of building one deed
    ("投资1860万元,新建、改扩建乡镇卫生院周转宿舍和业务用房6所,建筑面积5600平方米。",
     ["投资新建、改扩建乡镇卫生院周转宿舍和业务用房", "新建、改扩建乡镇卫生院周转宿舍和业务用房",
      "新建、改扩建乡镇卫生院周转宿舍和业务用房建筑面积"], [None, None, None]),
    # the works paid for, not their area
    ("投资186万元,改造实验室面积850平方米。", ["投资改造实验室", "改造实验室面积"], [None, None]),
    # the works the money named are counted as what they are, not as the money's
    ("投资320万元,新建标准化村卫生室40个。", ["投资新建标准化村卫生室", "新建标准化村卫生室"], [None, "new_village_clinics"]),
    # what money was spent on, past those it was spent for, and a second measure word left out
    ("投入资金2380万元,为县级医院和乡镇卫生院购置医疗设备136台(套)。", ["投入资金购置医疗设备", "县级医院和乡镇卫生院购置医疗设备"],
     ["equipment_purchase", None]),
    # a % change of funds secured from above is of their series; 医疗卫生支出 is the government's spending
    ("全年共争取上级各类项目资金1.26亿元,同比增长18.5%。", ["争取上级各类项目资金", "争取上级各类项目资金"],
     ["superior_funds_secured", "superior_funds_secured"]),
    ("全县医疗卫生支出2.16亿元,同比增长14.2%。", ["医疗卫生支出", "医疗卫生支出"], ["gov_health_spending", "gov_health_spending"]),
    ("新型农村合作医疗筹资总额1.12亿元。", ["新型农村合作医疗筹资总额"], ["ncms_fund_raised"]),
    # what was spent against a budget is of what the budget was for
    ("“三公”经费年初预算58万元,实际支出41.26万元,比上年下降9.7%。", ["三公经费年初预算", "三公经费实际支出", "三公经费实际支出"],
     [None, None, None]),
    # an institution opening the part after 其中 owns the rate after its figure
    ("全县医疗卫生机构负债总额1.54亿元,其中县人民医院负债9860万元,资产负债率达到51.3%。",
     ["医疗卫生机构负债总额", "县人民医院负债", "县人民医院资产负债率"], [None, None, None]),
    # a project's cost named by the project, not by when it is to start
    ("确保县中医院门诊楼项目2020年6月前开工,计划投资3500万元。", ["县中医院门诊楼项目投资"], [None]),
    ("县疾控中心业务用房项目年内完成全部建设任务,计划完成投资1100万元。", ["县疾控中心业务用房项目完成投资"], [None]),
    # funds paid out of the fund the sentence opens on
    ("基本公共卫生服务项目资金实行“先预拨、后结算”,全年拨付资金1265万元。", ["拨付基本公共卫生服务项目资金"], ["bphs_funds"]),
    # 压减 is a change's verb, no part of its name
    ("“三公”经费较2018年再压减5%。", ["三公经费"], [None]),
    # 累计建档 is the dictionary's name of all the records
    ("截至12月底,全县累计建档38.6万份,建档率91.8%。", ["累计建档", "建档率"], ["health_records_count", None]),
    # the older bureaus' wordings of the dictionary's indicators: licences counted in 份, all kinds of premises
    # inspected, a scheme's enrollees named by its full name, smear-positive and active TB patients, dens of
    # practice without a licence, a rate of migrant children's cards, the check-up rate of those who handle food
    ("全年发放卫生许可证826份,监督检查各类经营单位2860户次。", ["发放卫生许可证", "监督检查各类经营单位"],
     ["hygiene_licences", "supervision_inspections"]),
    ("新型农村合作医疗参合农民36.8万人,参合率达到95.2%。", ["新型农村合作医疗参合农民", "参合率"],
     ["ncms_enrollees", "ncms_enrollment_rate"]),
    ("全年共发现新涂阳肺结核病人186例。", ["发现新涂阳肺结核病人"], ["tb_cases_found"]),
    ("开展打击非法行医专项整治3次,取缔无证行医窝点12处。", ["开展打击非法行医专项整治", "取缔无证行医窝点"],
     [None, "illegal_practice_closed"]),
    ("流动儿童建卡率达到92%。", ["流动儿童建卡率"], ["migrant_child_vaccination_rate"]),
    ("从业人员健康体检率达到100%。", ["从业人员健康体检率"], ["health_certificate_rate"]),
    # …but the smear-positive among all the active cases registered are a part of them
    ("全市共登记活动性肺结核病人1032例,其中新涂阳病人571例。", ["登记活动性肺结核病人", "新涂阳病人"], ["tb_cases_found", None]),
    # one field's licences are a part of all the bureau issued
    ("全年共审核发放食品卫生许可证5630份,公共场所卫生许可证1240份。", ["审核发放食品卫生许可证", "审核发放公共场所卫生许可证"],
     [None, None]),
    # 组织, like 开展, only says the check-ups were arranged: the rate is of those checked
    ("组织食品从业人员健康体检2.86万人,体检率达到98.2%。", ["组织食品从业人员健康体检", "食品从业人员健康体检率"],
     [None, "health_certificate_rate"]),
    # funds and projects secured from the centre's bonds, and the works built with them
    ("全年争取国债项目及中央扩大内需项目资金1860万元,建成村卫生室45所。", ["争取国债项目及中央扩大内需项目资金", "建成村卫生室"],
     ["superior_funds_secured", "new_village_clinics"]),
    ("争取国债项目4个,总投资385万元,完成了4所乡镇卫生院改扩建工程。", ["争取国债项目", "争取国债项目总投资", "乡镇卫生院改扩建工程"],
     [None, None, "new_township_hospitals"]),
    # the deed of a scheme named in the clause before, and nothing else, counts those its aid reached
    ("继续落实农村孕产妇住院分娩补助项目,补助3160人。", ["农村孕产妇住院分娩补助"], ["delivery_subsidy"]),
    ("落实农村孕产妇住院分娩补助政策,共补助2.18万人,发放补助资金436万元。", ["农村孕产妇住院分娩补助", "农村孕产妇住院分娩补助资金"],
     ["delivery_subsidy", "delivery_subsidy"]),
    # a rate opening on the deed a count of people ended on is of those people; those struck in the events
    # just counted are named by the events
    ("组织从业人员体检4380人,体检合格率96.1%。", ["组织从业人员体检", "从业人员体检合格率"], [None, None]),
    ("处理食物中毒事件3起,中毒68人,无死亡。", ["处理食物中毒事件", "食物中毒"], ["phe_events", None]),
    ("完成村卫生室建设128所。", ["村卫生室建设"], ["new_village_clinics"]),
    # the members of the teams just counted, and those who passed the exam the others sat
    ("组建应急医疗队4支、队员48人。", ["组建应急医疗队", "组建应急医疗队员"], [None, None]),
    ("全县乡村医生参加执业资格考试286人,通过241人。", ["乡村医生参加执业资格考试", "乡村医生通过执业资格考试"], [None, None]),
    # a date between those counted and their deed is none of the name
    ("全县18个乡镇于2007年全部通过初级卫生保健达标验收。", ["乡镇通过初级卫生保健达标验收"], [None]),
    # a count by its head in the clause after money spent is no work the money paid for
    ("县财政投入资金86万元,参保人数4.3万人。", ["县财政投入资金", "参保人数"], [None, None]),
    # care homes' agreements with providers are no residents' contracts with a family doctor
    ("医疗卫生机构与养老机构签约合作648对,签约服务覆盖率达100%。", ["医疗卫生机构与养老机构签约合作", "签约服务覆盖率"], [None, None]),
    # staff sent to help another place's hospitals, and the surgeries the visiting experts did, are no
    # place's 卫生技术人员 nor all its surgeries
    ("全年共选派医疗卫生专业技术人员86人,其中副高级以上职称52人。",
     ["选派医疗卫生专业技术人员", "选派医疗卫生专业技术人员副高级以上职称"], [None, None]),
    ("力争全年选派专业技术人员不少于90人。", ["选派专业技术人员"], [None]),
    ("派驻专家开展手术612台次,远程会诊386例。", ["派驻专家开展手术", "远程会诊"], [None, None]),
    ("全县卫生技术人员2860人,开展手术5120台次。", ["卫生技术人员", "开展手术"], ["health_tech_staff", "surgeries"]),
    # a connective opening the clause is none of the name
    ("一方面承担对8家乡镇卫生院的帮扶任务,另一方面接受省级医院派驻专家17人。",
     ["承担对乡镇卫生院的帮扶任务", "接受省级医院派驻专家"], [None, None]),
    # that all of those counted can do it (均能) is the number's to say
    ("全县15个村卫生室均能提供中医药服务。", ["村卫生室能提供中医药服务"], [None]),
    ("全县126个行政村均设有村卫生室。", ["行政村设有村卫生室"], [None]),
    # what all the institutions listed do is done by the first counted too
    ("全县11个乡镇卫生院、1个社区卫生服务中心均能提供中医药服务。", ["乡镇卫生院能提供中医药服务", "社区卫生服务中心能提供中医药服务"], [None, None]),
    ("全县18个乡镇卫生院和126个村卫生室全部开展家庭医生签约服务。", ["乡镇卫生院开展家庭医生签约服务", "村卫生室开展家庭医生签约服务"], [None, None]),
    # a share of those listed keeps the deed they share, past a list a little long
    ("全市85%的综合性医院、康复医院、护理院和基层医疗卫生机构建成老年友善医疗机构。",
     ["综合性医院、康复医院、护理院和基层医疗卫生机构建成老年友善医疗机构"], [None]),
    # a density of TCM physicians keeps its 每万人口 and its measure word; the dictionary has no key for it
    ("全县每万人口中医类别执业(助理)医师达到4.1人,65岁及以上老年人中医药健康管理率71.6%。",
     ["每万人口中医类别执业(助理)医师", "65岁及以上老年人中医药健康管理率"], [None, "tcm_elderly_service_rate"]),
    # the performance appraisal's name of the elderly's health management rate
    ("65岁以上老年人规范健康管理服务率达到68.5%,较2020年提高4.2个百分点。",
     ["65岁以上老年人规范健康管理服务率"] * 2, ["elderly_health_mgmt_rate"] * 2),
    # those counted, a bracket in their name, then how many per head of the people: the ratio as the dictionary names it
    ("全县执业(助理)医师达到每千人口3.2人,中医类别执业(助理)医师达到每万人口4.1人。",
     ["每千人口执业(助理)医师", "每万人口中医类别执业(助理)医师"], ["physicians_per_1000", None]),
    # a share a little too long is not cut inside what it is of
    ("全县中医类别执业(助理)医师占执业(助理)医师总数的比例为21.6%。", ["中医类别执业(助理)医师占执业(助理)医师总数的比例"], [None]),
    # staff recruited, however the intake is worded: posts filled, graduates of a kind, the scarce, those trained for the county
    ("全年公开招聘医学类大中专毕业生63人,实际招聘到岗58人。", ["公开招聘医学类大中专毕业生", "实际招聘到岗"],
     ["staff_recruited", "staff_recruited"]),
    ("通过绿色通道引进急需紧缺专业人才9人,接收订单定向免费医学毕业生15名。",
     ["绿色通道引进急需紧缺专业人才", "接收订单定向免费医学毕业生"], ["staff_recruited", "staff_recruited"]),
    ("培训卫生专业技术人员4800余人次,继续医学教育学分达标率96.8%。", ["培训卫生专业技术人员", "继续医学教育学分达标率"],
     ["staff_trained", None]),
    # those who finished a training some of whose trainees were just counted, named by the training
    ("住院医师规范化培训在培学员64人,年内结业21人。", ["住院医师规范化培训在培学员", "住院医师规范化培训结业"], [None, None]),
    # a ratio to the population after a count of staff takes none of the count's verb
    ("全县注册全科医生达到41人,每万人口全科医生1.02人。", ["注册全科医生", "每万人口全科医生"], [None, "gps_per_10000"]),
    ("全县培训全科医生41人,每万人口全科医生1.02人。", ["培训全科医生", "每万人口全科医生"], [None, "gps_per_10000"]),
    # the degree of some of those recruited, of the recruited; how long a deed just counted lasted, of that deed;
    # 推动, a lead word as 使 is
    ("全年共引进高层次人才12名,其中博士研究生2名、硕士研究生10名。", ["引进高层次人才", "引进高层次人才博士研究生", "引进高层次人才硕士研究生"],
     ["staff_recruited", None, None]),
    ("选派45名业务骨干到省级医院进修学习,时间3至6个月。", ["选派业务骨干到省级医院进修学习", "选派业务骨干到省级医院进修学习时间"], [None, None]),
    ("推动乡村医生中具有执业(助理)医师资格的比例提高到45%。", ["乡村医生中具有执业(助理)医师资格的比例"], [None]),
    # what the liability insurance paid is no compensation of the rural scheme
    ("推行医疗责任保险,全年理赔84件,赔付金额312.6万元。", ["推行医疗责任保险理赔", "赔付金额"], [None, None]),
    # cases dealt with on time after the cases counted are of those cases, as is the rate
    ("受理12345热线转办工单3120件,按时办结3098件,按时办结率99.3%。",
     ["受理12345热线转办工单", "12345热线转办工单按时办结", "12345热线转办工单按时办结率"], [None] * 3),
    ("办理行政审批事项926件,按时办结率99.8%。", ["办理行政审批事项", "办理行政审批事项按时办结率"], [None, None]),
    # those who took part are of the events just counted
    ("开展应急演练30次,参与人员1800人次。", ["开展应急演练", "开展应急演练参与人员"], [None, None]),
    # the rate of a deed done by the people counted is theirs, of what they did it to
    ("医务人员签订廉洁行医承诺书1250人,签订率100%。", ["医务人员签订廉洁行医承诺书", "医务人员廉洁行医承诺书签订率"], [None, None]),
    # each of a pair of kinds the whole is named by, listed as its parts
    ("全年共受理群众来信来访86件,其中来信21件、来访65件。", ["受理群众来信来访", "群众来信", "群众来访"], [None] * 3),
    ("受理投诉举报89件,其中投诉52件、举报37件。", ["受理投诉举报", "投诉", "举报"], [None] * 3),
    # a bare rate after a count of its deed that names what it was done to is that deed's; a whole whose
    # verb is of a clause of its noun keeps the verb
    ("全市存在职业病危害的用人单位3862家,完成职业病危害项目申报3745家,申报率97.0%。",
     ["存在职业病危害的用人单位", "职业病危害项目申报", "职业病危害项目申报率"], [None] * 3),
    ("全县存在职业病危害因素的用人单位328家,完成申报315家,申报率96.0%。",
     ["存在职业病危害因素的用人单位", "申报", "存在职业病危害因素的用人单位申报率"], [None] * 3),
    # …but who did the deed is no object of it
    ("全年受理医疗纠纷52起,经县医调委调解成功43起,调解成功率95.6%。",
     ["受理医疗纠纷", "经县医调委调解成功", "医疗纠纷调解成功率"], [None] * 3),
    # occupational disease's reports are no infectious disease's; the fines of occupational health, one field's,
    # and the leaflets of the law's week are not the county's
    ("新发职业病网络直报率100%,法定传染病网络直报率100%。", ["新发职业病网络直报率", "法定传染病网络直报率"],
     [None, "id_report_rate"]),
    ("开展职业卫生监督检查用人单位2156家次,罚没款合计127.45万元。", ["开展职业卫生监督检查用人单位", "罚没款合计"], [None, None]),
    ("开展重点行业职业病危害专项治理,立案查处9起,罚款18.6万元。", ["立案查处", "罚款"], [None, None]),
    ("对粉尘危害严重的企业开展专项执法检查142户次,罚款9.5万元;全年监督检查公共场所、学校等各类单位1260户次,立案查处38起,罚款12.6万元。",
     ["粉尘危害严重的企业专项执法检查", "罚款", "监督检查公共场所、学校等各类单位", "立案查处", "罚款"],
     [None, None, "supervision_inspections", "admin_penalties", "admin_penalties"]),
    ("开展《职业病防治法》宣传周活动,发放宣传资料8000余份。", ["发放宣传资料"], [None]),
    # bare rates after staff of a kind counted are theirs
    ("放射工作人员216人,个人剂量监测率达到98.6%,职业健康检查率为100%。",
     ["放射工作人员", "放射工作人员个人剂量监测率", "放射工作人员职业健康检查率"], [None] * 3),
    # those a deed was arranged for name it without the arranging; 参加 stays
    ("组织粉尘作业劳动者开展在岗期间职业健康检查5412人,组织卫生监督人员参加业务培训90人。",
     ["粉尘作业劳动者在岗期间职业健康检查", "组织卫生监督人员参加业务培训"], [None, None]),
    # institutions counted before the deed they did together, which has its count: the institutions
    ("全市17家职业健康检查机构全年共完成职业健康检查14.26万人次。", ["职业健康检查机构", "职业健康检查机构完成职业健康检查"],
     [None, None]),
    ("全市3家职业病诊断机构共诊断职业病127例。", ["职业病诊断机构", "职业病诊断机构诊断职业病"], [None, None]),
    # the next trade or township named alone takes the measure the one before was named with
    ("石材加工业现存活患者238人,非煤矿山业196人,陶瓷制品业87人。",
     ["石材加工业现存活患者", "非煤矿山业现存活患者", "陶瓷制品业现存活患者"], [None] * 3),
    ("石门镇现存活患者186人,青岭乡142人。", ["石门镇现存活患者", "青岭乡现存活患者"], [None, None]),
    # a bare rate of what the tests found is of the tests counted just before
    ("对二级以上医疗机构放射诊疗设备开展性能检测1247台次,检测合格率96.8%。",
     ["二级以上医疗机构放射诊疗设备性能检测", "二级以上医疗机构放射诊疗设备性能检测合格率"], [None, None]),
    # a price cut's rate keeps its key as a change; an average price a fall starts from names none
    ("中选药品价格平均降幅53%。", ["中选药品价格平均降幅"], ["drug_price_cut_rate"]),
    ("冠脉支架中选价格由均价1.3万元左右下降到700元左右。", ["冠脉支架中选价格", "冠脉支架中选价格"], [None, None]),
    ("不合理处方率由第一季度的3.83%下降到第四季度的2.25%。", ["不合理处方率", "不合理处方率"], [None, None]),
    # one drug's largest cut, named bare after the goods' average cut, is of those goods, with no key
    ("中选药品价格平均降幅53%,最高降幅达96%。", ["中选药品价格平均降幅", "中选药品最高降幅"], ["drug_price_cut_rate", None]),
    # what was done to some of the kinds just counted is named by them
    ("全年上报短缺药品14种,协调调剂解决12种。", ["上报短缺药品", "上报短缺药品协调调剂解决"], [None, None]),
    # names the dictionary knows: a subsidy paid as money, equipment bought, a drug tender's rate, the rebuilt
    # township hospitals, all visits, those recruited (not the part of them trained for the countryside)
    ("发放农村孕产妇住院分娩补助资金142.8万元。", ["发放农村孕产妇住院分娩补助资金"], ["delivery_subsidy"]),
    ("全年投入资金1850万元,新建、改扩建乡镇卫生院5所,购置医疗设备326万元。",
     ["投入资金新建、改扩建乡镇卫生院", "新建、改扩建乡镇卫生院", "购置医疗设备"], [None, "new_township_hospitals", "equipment_purchase"]),
    ("药品集中招标采购率达到100%。", ["药品集中招标采购率"], ["drug_procurement_rate"]),
    ("完成3所中心卫生院改扩建。", ["中心卫生院改扩建"], ["new_township_hospitals"]),
    ("全县医疗机构诊疗总人次达到168.4万人次。", ["医疗机构诊疗总人次"], ["outpatient_visits"]),
    ("公开招聘医学类大学生42名,其中定向培养医学生15名。", ["公开招聘医学类大学生", "定向培养医学生"], ["staff_recruited", None]),
    ("65岁及以上老年人健康管理服务率达到62%。", ["65岁及以上老年人健康管理服务率"], ["elderly_health_mgmt_rate"]),
    # the funds come in after the per-head standard are the fund's; those recruited as arrived are recruited
    ("人均基本公共卫生服务经费补助标准由55元提高到69元,全年到位资金2086.5万元。",
     ["人均基本公共卫生服务经费补助标准", "人均基本公共卫生服务经费补助标准", "基本公共卫生服务经费到位资金"],
     ["bphs_per_capita_subsidy", "bphs_per_capita_subsidy", "bphs_funds"]),
    ("全年计划引进高层次人才50名,实际到位31名。", ["引进高层次人才", "引进高层次人才实际到位"], ["staff_recruited", "staff_recruited"]),
    # the rule a standard is raised by is none of its name
    ("人均基本公共卫生服务经费补助标准按上级要求提高到94元。", ["人均基本公共卫生服务经费补助标准"], ["bphs_per_capita_subsidy"]),
    # a bare rate after the patients counted is theirs; those an aid reached are of the aid
    ("新发现肺结核患者1265例,成功治疗率92%。", ["新发现肺结核患者", "肺结核患者成功治疗率"], ["tb_cases_found", "tb_cure_rate"]),
    ("大病保险累计赔付1.26亿元,惠及群众3.8万人次。", ["大病保险累计赔付", "大病保险累计赔付惠及群众"], [None, None]),
    ("发放医疗救助资金936万元,受益群众1.2万人次。", ["发放医疗救助资金", "发放医疗救助资金受益群众"], ["medical_assistance", None]),
    ("全县妇幼项目资金到位426.5万元,其中农村孕产妇住院分娩补助惠及1280人,补助资金64万元。",
     ["妇幼项目资金到位", "农村孕产妇住院分娩补助惠及", "农村孕产妇住院分娩补助资金"], [None, None, "delivery_subsidy"]),
    # the deed of carrying a scheme out names no one its money was paid to; the works' floor area; the poor's
    # contracts (签约 inside the service's name restates nothing); the scheme's patients and institutions
    ("落实农村部分计划生育家庭奖励扶助对象4.56万人,发放奖励扶助金5472万元。",
     ["落实农村部分计划生育家庭奖励扶助对象", "发放奖励扶助金"], ["fp_reward_recipients", "fp_reward_funds"]),
    ("全年投资3.5亿元实施市中心医院新院区建设,建筑面积12.8万平方米。",
     ["投资实施市中心医院新院区建设", "市中心医院新院区建筑面积"], [None, None]),
    ("家庭医生签约服务实现贫困人口应签尽签,签约25871人,签约率为90.3%。",
     ["贫困人口签约", "贫困人口签约率"], [None, "fd_poor_contract_rate"]),
    ("大病专项救治病种扩大到30种,救治患者426人。", ["大病专项救治病种", "大病专项救治患者"], [None, None]),
    ("实现县域内检查检验结果互认项目30项、互认机构19家。", ["县域内检查检验结果互认项目", "县域内检查检验结果互认机构"], [None, None]),
    ("全年为农村孕产妇发放住院分娩补助资金约120万元,覆盖4800人左右。",
     ["农村孕产妇发放住院分娩补助资金", "农村孕产妇发放住院分娩补助资金覆盖"], ["delivery_subsidy", None]),
    # what help from another place bought is no place's own purchase
    ("全年落实东西部扶贫协作卫生健康帮扶资金1260万元,其中用于购置医疗设备680万元。",
     ["落实东西部扶贫协作卫生健康帮扶资金", "用于购置医疗设备"], [None, None]),
    # the sum word between institutions of a kind and their deed; not the 共 of a word
    ("全市各级医疗机构共点评门急诊处方48.6万张。", ["各级医疗机构点评门急诊处方"], [None]),
    ("全市定点医院共收治确诊病例37例。", ["定点医院收治确诊病例"], [None]),
    ("组建县域医疗共同体3个。", ["组建县域医疗共同体"], [None]),
    # a part of one kind of post's staff is theirs, not the whole staff's key
    ("全市乡村医生4286人,其中执业(助理)医师1639人。", ["乡村医生", "乡村医生执业(助理)医师"], [None, None]),
    ("全县卫生技术人员1862人,其中执业(助理)医师621人。", ["卫生技术人员", "执业(助理)医师"], ["health_tech_staff", "physicians"]),
    # the share of primary care's visits in the whole, however the whole is worded
    ("基层医疗卫生机构诊疗人次占全县总诊疗量的比例为58.3%,比上年提高1.6个百分点。",
     ["基层医疗卫生机构诊疗人次占全县总诊疗量的比例", "基层医疗卫生机构诊疗人次占全县总诊疗量的比例"],
     ["primary_care_visit_share", "primary_care_visit_share"]),
    ("全市基层医疗卫生机构诊疗人次1265.3万人次,占总诊疗人次的61.4%。",
     ["基层医疗卫生机构诊疗人次", "基层医疗卫生机构诊疗人次占总诊疗人次"], [None, "primary_care_visit_share"]),
    # a part reaching a higher standard is named by its own standard, and so is its share
    ("全县乡镇卫生院累计达到基本标准的12家,占比66.7%;其中达到推荐标准的3家,占比16.7%。",
     ["乡镇卫生院累计达到基本标准", "乡镇卫生院累计达到基本标准占比", "乡镇卫生院达到推荐标准", "乡镇卫生院达到推荐标准占比"],
     [None, None, None, None]),
    ("全县9个乡镇卫生院全部达到优质服务基层行基本标准,其中达到推荐标准的4个,占比44.4%。",
     ["乡镇卫生院达到优质服务基层行基本标准", "乡镇卫生院达到推荐标准", "乡镇卫生院达到推荐标准占比"], [None, None, None]),
    # 参与 is a deed, not a joiner cutting the name
    ("全县3个社区卫生服务中心全部参与活动。", ["社区卫生服务中心参与活动"], [None]),
    # two kinds of institutions joined before what they do are both counted
    ("119个乡镇卫生院和社区卫生服务中心中,达到基本标准的91家。",
     ["乡镇卫生院和社区卫生服务中心", "乡镇卫生院和社区卫生服务中心达到基本标准"], [None, None]),
    # the share after an average is of those counted before it
    ("全县乡村医生186人,平均年龄56.3岁,其中60岁以上的占41.9%。", ["乡村医生", "乡村医生平均年龄", "60岁以上乡村医生占比"], [None, None, None]),
    # each share 分别占 lists is a share
    ("15个乡镇卫生院中,达到基本标准的14家,达到推荐标准的7家,分别占93.3%和46.7%。",
     ["乡镇卫生院", "乡镇卫生院达到基本标准", "乡镇卫生院达到推荐标准", "乡镇卫生院达到基本标准占比", "乡镇卫生院达到推荐标准占比"],
     [None, None, None, None, None]),
    # an evaluation's advice before a goal's year is no part of its name
    ("建议2026年力争基层诊疗量占比达到65%。", ["基层诊疗量占比"], ["primary_care_visit_share"]),
    # the date's word after those counted is none of their name
    ("全县2家县级公立医院自2017年9月1日起全部取消药品加成。", ["县级公立医院"], [None]),
    ("全县2家县级公立医院于2017年9月1日全部取消药品加成。", ["县级公立医院"], [None]),
    # the giver of a bound is none of the bound's name
    ("抗菌药物使用强度为37.9DDDs,控制在国家要求的40DDDs以内。", ["抗菌药物使用强度", "抗菌药物使用强度"], [None, None]),
    # what all the institutions listed are brought into, the first counted are too
    ("全市126个乡镇卫生院和1842个村卫生室全部纳入药品集中采购平台。", ["乡镇卫生院纳入药品集中采购平台", "村卫生室纳入药品集中采购平台"], [None, None]),
    # the parts of a pair of kinds counted, each named by its kind's last word: that kind, with the deed before
    ("新报告HIV感染者和AIDS病人46例,其中感染者31例、病人15例。", ["新报告HIV感染者和AIDS病人", "新报告HIV感染者", "新报告AIDS病人"],
     [None] * 3),
    ("累计报告存活感染者和病人287例,其中病人102例。", ["报告存活感染者和病人", "报告存活病人"], [None, None]),
    # the clinics counted before the service they alone give, which has its own count: the clinics, and all the service
    ("全县4个犬伤门诊全年共处置狂犬病暴露人员4125人次。", ["犬伤门诊", "犬伤门诊处置狂犬病暴露人员"], [None, "rabies_exposure_cases"]),
    ("全县设立狂犬病暴露处置门诊3个,全年处置1836人次。", ["设立狂犬病暴露处置门诊", "狂犬病暴露处置门诊处置"],
     [None, "rabies_exposure_cases"]),
    ("全市6个美沙酮维持治疗门诊年内累计在治1082人。", ["美沙酮维持治疗门诊", "美沙酮维持治疗门诊累计在治"], [None, None]),
    # tests of HIV counted as tests, as the dictionary's 艾滋病检测
    ("全年完成HIV检测4万人次以上。", ["HIV检测"], ["hiv_tests"]),
    ("力争全市HIV检测人次达到75万人次。", ["HIV检测人次"], ["hiv_tests"]),
    # …not those of a group at risk, some of all
    ("对暗娼人群开展HIV检测1260人次。", ["暗娼人群HIV检测"], [None]),
    # where snails were found (发现有…) is the infested area, not a 现有 of the survey; what was taken off it is none
    ("完成查螺面积186.4万平方米,其中发现有螺面积12.7万平方米。", ["查螺面积", "发现有螺面积"], ["snail_survey_area", "snail_infested_area"]),
    ("累计压缩有螺面积23.5万平方米。", ["压缩有螺面积"], [None]),
    ("全年共开展查螺面积1268.5万平方米。", ["查螺面积"], ["snail_survey_area"]),
    # a rate of a deed after those found due it: theirs
    ("查出需补种儿童1127人,补种疫苗1693剂次,补种率为96.2%。", ["查出需补种儿童", "补种疫苗", "儿童补种率"], [None] * 3),
    # a screening for a disease of its own is no variant's whose words it shares (新生儿筛查率 is of inherited
    # diseases), but a place between (饮用水监测点) leaves the variant its rate
    ("新生儿先天性心脏病筛查4960人,筛查率97.5%。", ["新生儿先天性心脏病筛查", "新生儿先天性心脏病筛查率"], [None, None]),
    ("全年在全县设置饮用水监测点40个,采集水样160份,检测合格138份,合格率86.3%。",
     ["设置饮用水监测点", "采集水样", "检测合格", "饮用水合格率"], [None, None, None, "water_quality_pass_rate"]),
    # the per-head standard and the funds of 基本公共卫生服务 in other word orders; funds named as the project's
    ("基本公共卫生服务人均经费补助标准提高至79元,全年到位资金6327万元。",
     ["基本公共卫生服务人均经费补助标准", "基本公共卫生服务到位资金"], ["bphs_per_capita_subsidy", "bphs_funds"]),
    ("国家基本公共卫生服务项目人均补助标准提高到94元,全年共拨付项目资金7368万元。",
     ["国家基本公共卫生服务项目人均补助标准", "拨付国家基本公共卫生服务项目资金"], ["bphs_per_capita_subsidy", "bphs_funds"]),
    ("完成15岁以下人群乙肝疫苗查漏补种1.35万剂次,免疫规划疫苗报告接种率均在98%以上。",
     ["15岁以下人群乙肝疫苗查漏补种", "免疫规划疫苗报告接种率"], [None, "nip_vaccination_rate"]),
    ("签约常住居民37.8万人,签约覆盖率达到46.2%。", ["签约常住居民", "签约覆盖率"], ["fd_contracted", "fd_contract_coverage"]),
    # patients named by their register alone are of the disease named before them; patients' outcomes after a rate of theirs
    ("全区严重精神障碍患者检出率4.62‰,在册患者规范管理率92.7%,服药率87.5%。",
     ["严重精神障碍患者检出率", "严重精神障碍在册患者规范管理率", "严重精神障碍在册患者服药率"],
     [None, "smi_standard_mgmt_rate", "smi_medication_rate"]),
    ("在册患者142人,规范管理率达95.1%。", ["在册患者", "在册患者规范管理率"], [None, "smi_standard_mgmt_rate"]),
    ("新登记肺结核患者158例,肺结核患者规范管理率95.6%,成功治疗率94.1%。",
     ["新登记肺结核患者", "肺结核患者规范管理率", "肺结核患者成功治疗率"], ["tb_cases_found", None, "tb_cure_rate"]),
    # 共享 is a word, no sum; 联通 a verb, those connected no institutions there are
    ("医共体内建成五大共享中心,全年共享中心服务基层患者9.7万人次。", ["共享中心服务基层患者"], [None]),
    ("县全民健康信息平台联通医疗卫生机构438家。", ["县全民健康信息平台联通医疗卫生机构"], [None]),
    # a sum right after a listed count is of that item; a deed after a service's time is the service's
    ("建设健康主题公园3个、健康步道12条共18.6公里。", ["建设健康主题公园", "健康步道", "健康步道"], [None, None, None]),
    ("120急救平均反应时间缩短至11.8分钟,全年出车2.05万次。", ["120急救平均反应时间", "120急救出车"], [None, None]),
    ("完成重点人群艾滋病检测6.8万人次,检测覆盖率达到23.5%。", ["重点人群艾滋病检测", "重点人群艾滋病检测覆盖率"], [None, None]),
    # a share of those that can offer the kinds bounded after them; those sent to whom a deed names
    ("85%的社区卫生服务站能够提供6类以上中医药技术方法。", ["社区卫生服务站能够提供6类以上中医药技术方法"], [None]),
    ("集团牵头医院向成员单位派驻业务院长21名、专家214人。",
     ["集团牵头医院向成员单位派驻业务院长", "集团牵头医院向成员单位派驻专家"], [None, None]),
    # the evaluation a level is taken by and the verb that holds a rate are none of their names; the hospital first
    ("电子病历系统应用水平县人民医院达到5级。", ["县人民医院电子病历系统应用水平"], [None]),
    ("县人民医院电子病历应用水平评价达到5级。", ["县人民医院电子病历应用水平"], [None]),
    ("家庭医生重点人群签约率巩固在85%以上。", ["家庭医生重点人群签约率"], ["fd_priority_coverage"]),
    # those a service is provided for, counted before it, name it without the light verb; a work of a list
    # with no number of its own is no part of the next one's name
    ("为辖区3.46万名老年人提供免费健康体检,体检率达71.2%。", ["老年人免费健康体检", "老年人免费健康体检率"],
     [None, "elderly_health_mgmt_rate"]),
    ("完成县妇幼保健院迁建、5所乡镇卫生院改扩建。", ["乡镇卫生院改扩建"], ["new_township_hospitals"]),
    # money done on the works just counted is theirs, the kind their examples end in; those a screening found,
    # named by nothing of their own, are the screening's
    ("实施县人民医院医技综合楼、县疾控中心业务用房等重点项目9个,完成投资2.36亿元。", ["实施重点项目", "实施重点项目完成投资"], [None, None]),
    ("县人民医院外科大楼竣工投入使用,新增床位200张,完成投资1.2亿元。", ["县人民医院新增床位", "县人民医院完成投资"], [None, None]),
    ("开展慢性阻塞性肺疾病筛查1.12万人,发现高危人群1860人。", ["开展慢性阻塞性肺疾病筛查", "慢性阻塞性肺疾病筛查发现高危人群"], [None, None]),
    ("开展结核病主动筛查2.6万人,发现肺结核患者43例。", ["开展结核病主动筛查", "发现肺结核患者"], [None, "tb_cases_found"]),
    # a rate named without the group its dictionary name opens on, after a rate of that group
    ("新生儿疾病筛查率99.6%,听力筛查率98.9%。", ["新生儿疾病筛查率", "新生儿听力筛查率"],
     ["newborn_disease_screening_rate", "newborn_hearing_screening_rate"]),
    # a short rate opening with the deed of handling a count opens with is of what was handled, and so is the
    # rate listed after it; a reactions' report is no infectious disease's, an infectious disease's keeps its key
    ("全年报告疑似预防接种异常反应45例,报告及时率98.6%,调查处置率100%。",
     ["报告疑似预防接种异常反应", "疑似预防接种异常反应报告及时率", "疑似预防接种异常反应调查处置率"], [None] * 3),
    ("全年报告传染病312例,报告及时率100%。", ["报告传染病", "传染病报告及时率"], [None, "id_report_timeliness_rate"]),
    ("参合农民为12.6万人,参合率达到了97.2%。", ["参合农民", "参合率"], ["ncms_enrollees", "ncms_enrollment_rate"]),
    # a short rate opening with the end of what a count counted is of that, without the count's verb
    ("新发现结核潜伏感染者412人,感染者预防性治疗率58.2%。", ["新发现结核潜伏感染者", "结核潜伏感染者预防性治疗率"], [None, None]),
    ("全县美沙酮维持治疗门诊3个,在治病人215人,门诊平均年保持率82.4%。",
     ["美沙酮维持治疗门诊", "美沙酮维持治疗门诊在治病人", "美沙酮维持治疗门诊平均年保持率"], [None] * 3),
    ("开展艾滋病高危人群综合干预,干预覆盖率达到91.3%。", ["艾滋病高危人群综合干预覆盖率"], [None]),
    # …not after a list and the deed done to all of it, no one thing
    ("对暗娼、男男性行为者等高危人群开展干预,干预覆盖率达到90%以上。", ["干预覆盖率"], [None]),
    # …not after a failing kind, nor of a doer's deed
    ("处方点评共抽查处方5200张,不合理处方168张,处方合格率96.8%。", ["处方点评共抽查处方", "不合理处方", "处方合格率"], [None] * 3),
    ("县医调委全年调处医患纠纷18起,医患纠纷调解成功率94.4%。", ["县医调委调处医患纠纷", "县医调委医患纠纷调解成功率"], [None, None]),
    ("全县发生孕产妇死亡1例,孕产妇死亡率为18.6/10万,婴儿死亡率4.2‰。", ["发生孕产妇死亡", "孕产妇死亡率", "婴儿死亡率"],
     [None, "maternal_mortality_ratio", "infant_mortality_rate"]),
    # what staff hold, named bare after a count naming them, is theirs
    ("举办托育机构从业人员培训班3期,培训260人次,持证上岗率达到92%。",
     ["举办托育机构从业人员培训班", "托育机构从业人员培训", "托育机构从业人员持证上岗率"], [None, None, None]),
    # a part of a deed done to things of every kind is the deed's, unless it says a deed of its own
    ("全县接种各类疫苗8.6万剂次,其中国家免疫规划疫苗6.9万剂次。", ["接种各类疫苗", "接种国家免疫规划疫苗"], [None, None]),
    ("发表各级各类论文42篇,其中sci论文5篇。", ["发表各级各类论文", "发表sci论文"], [None, None]),
    ("举办各类继教项目12项,其中主办省继教项目4项。", ["举办各类继教项目", "主办省继教项目"], [None, None]),
    # what a doer has done to the first listed, it has done to the rest
    ("信息平台已接入县级医院3家、乡镇卫生院11家、村卫生室152个。",
     ["信息平台已接入县级医院", "信息平台已接入乡镇卫生院", "信息平台已接入村卫生室"], [None] * 3),
    # a problem judged, or a motto kept, before a 、 is no indicator of the rate
    ("部分托育机构收费偏高、入托率仅42.6%。", ["入托率"], [None]),
    ("计划生育奖励扶助金做到应发尽发、发放率100%。", ["计划生育奖励扶助金发放率"], [None]),
    # places counted before the title they were given are the title's
    ("全市已有2个县被评为国家级慢性病综合防控示范区。", ["国家级慢性病综合防控示范区"], [None]),
    # a deed of handling that names no matter is of the matter the clause before names
    ("推进出生一件事联办,全年办理865件。", ["出生一件事联办办理"], [None]),
    ("组织申报市级临床重点专科,完成申报9项。", ["申报市级临床重点专科"], [None]),
    # those machines or vehicles counted served are theirs
    ("全县二级以上医院投放自助机86台,服务患者126万人次。", ["二级以上医院投放自助机", "自助机服务患者"], [None, None]),
    # …and so are those served a day after them
    ("全县二级以上医院投放自助机86台,服务患者126万人次,日均服务3500人次。",
     ["二级以上医院投放自助机", "自助机服务患者", "自助机日均服务"], [None] * 3),
    ("家庭医生团队全年服务患者3.2万人次,日均服务88人次。", ["家庭医生团队服务患者", "家庭医生团队日均服务"], [None, None]),
    ("出动流动体检车48车次,服务群众6200人次。", ["出动流动体检车", "流动体检车服务群众"], [None, None]),
    # …and those a run of events served
    ("全年开展义诊活动86场次,服务群众1.6万人次。", ["开展义诊活动", "开展义诊活动服务群众"], [None, None]),
    # shares after 分别占 the whole's, each the share of what is listed before
    ("其中基层医疗卫生机构诊疗人次96.4万人次、县级医院诊疗人次52.1万人次,分别占全县的61.5%和33.2%。",
     ["基层医疗卫生机构诊疗人次", "县级医院诊疗人次", "基层医疗卫生机构诊疗人次占比", "县级医院诊疗人次占比"],
     [None, None, "primary_care_visit_share", None]),
    ("全县卫生技术人员1860人,其中执业医师612人、注册护士804人,分别占总数的32.9%和43.2%。",
     ["卫生技术人员", "执业医师", "注册护士", "执业医师占比", "注册护士占比"],
     ["health_tech_staff", "physicians", "registered_nurses", None, None]),
    # a bare rate after a clause that only pledges a motto is of what the pledge was about
    ("落实奖励扶助对象4120人,奖励扶助金做到应发尽发,发放率100%。", ["落实奖励扶助对象", "奖励扶助金发放率"],
     ["fp_reward_recipients", None]),
    # a vaccination named without its vaccine is of the vaccine the count before names
    ("新冠病毒疫苗累计接种41.2万剂次,全程接种16.8万人,全程接种率89.6%。",
     ["新冠病毒疫苗累计接种", "新冠病毒疫苗全程接种", "新冠病毒疫苗全程接种率"], [None, None, None]),
    ("全县流感疫苗接种2.1万人,60岁以上老年人接种率21.4%。", ["流感疫苗接种", "60岁以上老年人流感疫苗接种率"], [None, None]),
    ("新生儿乙肝疫苗接种率99.2%,首针及时接种率96.5%。", ["新生儿乙肝疫苗接种率", "首针及时接种率"], [None, None]),
    # those counted by the standard they reached alone
    ("累计达到基本标准的9家,达到推荐标准的3家。", ["达到基本标准", "达到推荐标准"], [None, None]),
    # a place's kinds in brackets are of its name
    ("全市6个县(市、区)建成紧密型县域医共体。", ["县(市、区)建成紧密型县域医共体"], [None]),
    # a deed after the last of a list of counts is the deed of all of them
    ("二级以上医院5家、乡镇卫生院14家实现检查结果互认。", ["二级以上医院实现检查结果互认", "乡镇卫生院实现检查结果互认"], [None, None]),
    ("全县有二级以上医院4家、乡镇卫生院12家。", ["二级以上医院", "乡镇卫生院"], [None, None]),
    # those kept in care named bare after the clinics that keep them
    ("全县设立美沙酮维持治疗门诊3个,在治病人214人。", ["设立美沙酮维持治疗门诊", "美沙酮维持治疗门诊在治病人"], [None, None]),
    # a standard made one for all places, and a kind of towns that is no township
    ("乡村医生养老补助标准统一每人每月300元。", ["乡村医生养老补助标准每人每月"], [None]),
    ("全县建成省级卫生乡镇6个,国家卫生乡镇1个。", ["建成省级卫生乡镇", "国家卫生乡镇"], [None, "healthy_city_titles"]),
    # those recruited as arrived
    ("全年公开招聘医学类大学生45名,实际到岗41名。", ["公开招聘医学类大学生", "公开招聘医学类大学生实际到岗"], ["staff_recruited", None]),
    # a deed of handling after a clause whose doers and manner come first
    ("各县(市、区)均开通出生一件事联办,全年办理1.2万件。", ["出生一件事联办办理"], [None]),
    # funds named only as a project's after the standard per head it pays
    ("基本公共卫生服务人均经费补助标准提高到89元,全年拨付项目资金2860万元。",
     ["基本公共卫生服务人均经费补助标准", "拨付基本公共卫生服务项目资金"], ["bphs_per_capita_subsidy", "bphs_funds"]),
    # a gap to a goal said 仅差 is no change of the rate's series
    ("15岁以上人群吸烟率为20.4%,距2030年20%以下的目标仅差0.4个百分点。",
     ["15岁以上人群吸烟率"] * 3, ["adult_smoking_rate", "adult_smoking_rate", None]),
    # a goal and its gap after a clause of no number are of the rate before it, not of the words after 的
    ("国家学生体质健康标准达标优良率为53.9%,达到2022年目标,距2030年60%的目标仍有6.1个百分点差距。",
     ["国家学生体质健康标准达标优良率"] * 3, [None] * 3),
    # those of the indicators that meet a goal or miss it, not all of them
    ("纳入监测的28项主要指标中,已达到2030年目标值的11项,未达到2022年目标值的4项。",
     ["纳入监测主要指标", "纳入监测主要指标达到2030年目标值", "纳入监测主要指标未达到2022年目标值"], [None] * 3),
    ("纳入评估的30项主要指标中,24项已达到2030年目标值,6项未达到。",
     ["纳入评估主要指标", "纳入评估主要指标达到2030年目标值", "纳入评估主要指标未达到2030年目标值"], [None] * 3),
    # a goal all the rates before reach is of each of them
    ("高血压患者规范管理率为73.5%,2型糖尿病患者规范管理率为72.9%,均达到2022年60%以上的目标。",
     ["高血压患者规范管理率", "2型糖尿病患者规范管理率", "高血压患者规范管理率、2型糖尿病患者规范管理率"],
     ["hypertension_standard_mgmt_rate", "diabetes_standard_mgmt_rate", "diabetes_standard_mgmt_rate"]),
])
def test_indicator_names(sentence, names, keys):
    """Bare heads borrow their subject; cue words, headings and places stay out of names."""
    facts = _facts(sentence, "results")
    assert [f.indicator for f in facts] == names
    assert [f.indicator_key for f in facts] == keys


@pytest.mark.parametrize("heading,sentence,names,keys", [
    # a rate named by its samples alone is of the thing the section's heading tests
    ("饮用水卫生监测", "全年采集水样96份,水样合格率为91.7%。", ["采集水样", "饮用水水样合格率"], [None, "water_quality_pass_rate"]),
    ("饮用水卫生", "水样合格率为94.1%,农村水样合格率为90.2%。", ["饮用水水样合格率", "农村水样合格率"], ["water_quality_pass_rate", None]),
    # not under a heading of anything else
    ("存在问题", "部分小型供水工程消毒不规范,水样合格率仅为78.3%。", ["水样合格率"], [None]),
    # (a short rate opening with the end of what was counted is of the samples counted)
    ("游泳场所卫生监测", "采集池水样品120份,样品合格率为89.2%。", ["采集池水样品", "池水样品合格率"], [None, None]),
    # a bare rate the dictionary names with a subject the heading names (家庭医生签约率) is that one
    ("(二)做实家庭医生签约", "全县签约率达到40%以上,重点人群签约率达到75%以上。", ["家庭医生签约率", "重点人群签约率"],
     ["fd_contract_coverage", "fd_priority_coverage"]),
    ("三、存在的问题", "部分乡镇签约率仅为31.5%。", ["部分乡镇签约率"], [None]),
    # …and a count named by its last noun alone (团队数量) whose name the heading completes
    ("(二)做实家庭医生签约", "团队数量增加到85个。", ["家庭医生签约团队"], ["fd_teams"]),
    ("二、疾病预防控制", "团队数量增加到85个。", ["团队数量"], [None]),
])
def test_rates_of_samples_under_a_heading(heading, sentence, names, keys):
    facts = list(extract(Passage(sentence, section_role="results", report_year=2019, plan_year=2020, heading=heading)))
    assert [f.indicator for f in facts] == names
    assert [f.indicator_key for f in facts] == keys


# one number stated for several indicators → (indicator_key, other_keys) of each fact: the fact
# is one (FACTS.md), counted in the comparisons under each key; numbers paired in order are not
@pytest.mark.parametrize("sentence,section,keys", [
    ("高血压、糖尿病患者规范管理率均不低于75%。", "plan",
     [("diabetes_standard_mgmt_rate", "hypertension_standard_mgmt_rate")]),
    ("严重精神障碍患者规范管理率、服药率均达到80%以上。", "plan", [("smi_standard_mgmt_rate", "smi_medication_rate")]),
    ("孕产妇系统管理率、3岁以下儿童系统管理率均保持在90%以上。", "results",
     [("child_u3_systematic_mgmt_rate", "maternal_systematic_mgmt_rate")]),
    ("65岁以上老年人健康管理率、高血压患者基层规范管理服务率、糖尿病患者基层规范管理服务率均达到65%以上。", "plan",
     [("elderly_health_mgmt_rate", "hypertension_primary_standard_service_rate,diabetes_primary_standard_service_rate")]),
    ("卫生厕所普及率、自来水普及率均达到90%。", "results", [("sanitary_toilet_rate", "tap_water_coverage")]),
    ("卫生厕所普及率、自来水普及率分别达到85%和92%。", "results", [("sanitary_toilet_rate", None), ("tap_water_coverage", None)]),
    # a list the numbers do not pair with: no key is sure, none is given
    ("高血压、糖尿病、严重精神障碍患者规范管理率分别为75%和70%。", "results", [(None, None), (None, None)]),
    # a part whose measure is unknown adds none
    ("传染病报告及时率、完整率均达100%。", "results", [("id_report_timeliness_rate", None)]),
    # a count of several is their sum, or one count of a joint deed: no other's
    ("为4.2万名农村适龄妇女免费开展宫颈癌、乳腺癌筛查。", "results", [("two_cancers_screened", None)]),
    # two joined by one 和 are such a list, the first named by its subject alone or whole
    ("孕产妇和3岁以下儿童系统管理率均达到90%以上。", "plan",
     [("child_u3_systematic_mgmt_rate", "maternal_systematic_mgmt_rate")]),
    ("孕产妇系统管理率和3岁以下儿童系统管理率均保持在92%以上。", "plan",
     [("child_u3_systematic_mgmt_rate", "maternal_systematic_mgmt_rate")]),
    ("高血压和糖尿病患者规范管理率均达到70%。", "results",
     [("diabetes_standard_mgmt_rate", "hypertension_standard_mgmt_rate")]),
])
def test_one_number_of_several_indicators_keys_each(sentence, section, keys):
    assert [(f.indicator_key, f.other_keys) for f in _facts(sentence, section)] == keys


def test_each_place_listed_after_a_task_takes_the_task_as_its_name():
    """A city's quotas for its counties name the task; none is the city's own series."""
    sentence = "完成农村适龄妇女宫颈癌检查任务数:永宁县6000人、河东县4500人。"
    facts = list(extract(Passage(sentence, section_role="plan", report_year=None, plan_year=2023, region="安川市")))
    assert [(f.indicator, f.role, f.indicator_key) for f in facts] == [
        ("永宁县农村适龄妇女宫颈癌检查任务数", "quota", None), ("河东县农村适龄妇女宫颈癌检查任务数", "quota", None)]


@pytest.mark.parametrize("title,report_year,sentence,expected", [
    # goals for a year of the period a plan is for, or after the year it was written in, stay goals
    ("某市卫生健康事业发展“十五五”规划基本思路", None,
     "到2028年,乡镇卫生院达标比例提高到60%,村卫生室标准化建设达标率保持100%;签约服务覆盖率年均提高2个百分点。",
     [("target", 2028)] * 3),
    ("某市卫生健康事业发展规划", 2025, "到2028年,乡镇卫生院达标比例提高到60%。", [("target", 2028)]),
    # a year before the period is a result
    ("某市卫生健康事业发展“十五五”规划基本思路", None, "2024年全市门诊量达到500万人次。", [("actual", 2024)]),
    # a total to be reached within the period is a goal, whatever word of a result it takes (累计完成)
    ("某县“十五五”卫生健康发展规划", None, "“十五五”期间累计完成上消化道癌筛查1.5万人,早诊率达到70%以上。",
     [("target", 2030)] * 2),
    ("某县“十五五”卫生健康发展规划", None, "到2030年,累计建成标准化村卫生室210个。", [("target", 2030)]),
])
def test_goals_within_a_plans_period_stay_goals(title, report_year, sentence, expected):
    passage = Passage(sentence, section_role="plan", report_year=report_year, plan_year=2030, title=title)
    assert [(f.role, f.year) for f in extract(passage)] == expected


@pytest.mark.parametrize("title,sentence,expected", [
    # an evaluation of a five-year plan states the plan's goals, due by the period's end, unless dated
    ("某县卫生健康事业发展“十五五”规划中期评估报告", "县域内就诊率达到86.2%,距90%的目标还差3.8个百分点。",
     [("actual", 2027), ("target", 2030), ("actual", 2027)]),
    ("某县卫生健康事业发展“十五五”规划中期评估报告", "完成2028年目标(6.5张)的比例为92%。", [("target", 2028), ("actual", 2027)]),
    # …and so does one of a plan whose period its title gives in brackets
    ("某市区域卫生规划(2026—2030年)中期评估报告", "全市医护比为1:1.07,与1:1.25的目标差距较大。", [("actual", 2027), ("target", 2030)]),
    # a summary of several years (2025—2027年) lists a value of one name for each of them, none dated
    ("某市卫生健康委员会2025—2027年工作总结", "县域内就诊率分别达到88.2%、89.6%和91.3%。",
     [("actual", 2025), ("actual", 2026), ("actual", 2027)]),
    ("某区卫生健康局2023—2027年工作总结", "孕产妇死亡率分别为12.1/10万、0、11.5/10万、0和10.9/10万。",
     [("actual", 2023), ("actual", 2024), ("actual", 2025), ("actual", 2026), ("actual", 2027)]),
    # …a summary's goals without a year are its year's
    ("某县卫生健康局2027年工作总结", "县域内就诊率达到86.2%,距90%的目标还差3.8个百分点。",
     [("actual", 2027), ("target", 2027), ("actual", 2027)]),
])
def test_an_evaluations_goals_are_its_plans(title, sentence, expected):
    passage = Passage(sentence, section_role="results", report_year=2027, plan_year=2030 if "规划" in title else 2028, title=title)
    assert [(f.role, f.year) for f in extract(passage)] == expected


@pytest.mark.parametrize("title,key", [("某县卫生健康局2021年工作总结", "nip_vaccination_rate"),
                                       ("某县新冠病毒疫苗接种进展情况通报", None),
                                       # a bulletin's issue reports on its month, part of a year
                                       ("某县卫生健康工作简报2021年第4期", None),
                                       ("某县2021年卫生健康统计简报", "nip_vaccination_rate")])
def test_a_documents_title_can_say_an_indicator_does_not_apply(title, key):
    """全程接种率 in a bulletin on COVID-19 vaccination is not the immunisation programme's."""
    facts = list(extract(Passage("全县全程接种率93.29%。", section_role="results", report_year=2021, title=title)))
    assert [f.indicator_key for f in facts] == [key]


@pytest.mark.parametrize("title,key", [("某县卫生健康局2021年卫生监督工作总结", "admin_penalties"),
                                       ("某县2021年尘肺病防治攻坚行动工作进展情况的报告", None),
                                       ("某市卫生健康委员会2022年职业病防治工作总结", None)])
def test_a_fields_report_keeps_its_fines_from_the_countys(title, key):
    """罚款 in a 尘肺病 or 职业病防治 report are the fines of occupational health, one field's."""
    facts = list(extract(Passage("全年开展专项执法检查318户次,罚款23.7万元。", section_role="results", report_year=2021, title=title)))
    assert [f.indicator_key for f in facts if f.unit == "万元"] == [key]


@pytest.mark.parametrize("title,role", [
    ("安宁县卫生健康局2019年工作总结", "actual"),
    # a review of part of a year estimates the whole year ahead of it: a goal still
    ("安宁县卫生健康局2019年上半年工作总结", "target"),
])
def test_an_estimate_of_the_years_result_is_its_result_in_a_review_of_the_whole_year(title, role):
    facts = list(extract(Passage("预计全年完成门诊诊疗52万人次。", section_role="results", report_year=2019, title=title)))
    assert [(f.role, f.year) for f in facts] == [(role, 2019)]


@pytest.mark.parametrize("title,sentence,keys", [
    # in a year's summary 今年以来 is the year: it names nothing, and the rate after the count is of those counted
    ("山阳县卫生健康局2020年工作总结", "今年以来全县已为2.46万名65岁及以上老年人提供了免费健康体检,健康管理率为76.5%。",
     [None, "elderly_health_mgmt_rate"]),
    # a news item's 今年以来 runs up to the day it was written: part of a year
    ("山阳县卫健局启动2020年敬老月系列活动", "今年以来全县65岁及以上老年人健康管理率为76.5%。", [None]),
    # a half-year summary's baseline of the same months a year before is of part of a year too; one
    # of the year's end is the year's
    ("山阳县卫生健康局2020年上半年工作总结", "全县法定传染病报告发病率由去年同期的312.5/10万下降到276.3/10万。", [None, None]),
    ("山阳县卫生健康局2020年上半年工作总结", "全县每万人口全科医生数由2019年底的2.7人增加到3.1人。", ["gps_per_10000", None]),
])
def test_results_so_far_in_a_summary_and_in_a_news_item(title, sentence, keys):
    facts = list(extract(Passage(sentence, section_role="results", report_year=2020, title=title)))
    assert [f.indicator_key for f in facts] == keys


@pytest.mark.parametrize("sentence,keys", [
    # a relative change of a count or amount is of its level's series
    ("全县总诊疗人次为138.7万人次,同比下降8.9%。", ["outpatient_visits"] * 2),
    ("全年门急诊86.2万人次,比上年增长7.8%;出院3.2万人次,同比增长6.1%。", ["outpatient_visits"] * 2 + ["inpatient_admissions"] * 2),
    ("全县出生人口4100人,同比下降6%。", ["live_births"] * 2),
    # not one institution's, nor a number listed after 分别 (which pairs them), nor a share
    ("县人民医院门急诊38万人次,同比增长5%。", [None, None]),
    ("全县医疗机构总诊疗312.6万人次、出院9.47万人次,分别同比增长7.4%、5.9%。",
     ["outpatient_visits", "inpatient_admissions", None, None]),
    ("全县门急诊86.2万人次,占全市的12.5%。", ["outpatient_visits", None]),
    # nor a change over several years, against a goal, or of all of a list
    ("2022年全县财政卫生健康支出7.86亿元,比2012年的2.94亿元增长167.3%,年均增长10.3%。",
     ["gov_health_spending"] * 2 + [None, None]),
    ("全年争取上级项目资金9150万元,超出预期30.7%。", ["superior_funds_secured", None]),
    ("卫生技术人员由2012年的2865人增加到2022年的5437人,增长89.8%。", ["health_tech_staff"] * 2 + [None]),
    ("门诊次均费用186.4元,住院次均费用6832元,增幅均控制在5%以内。",
     ["outpatient_cost_per_visit", "inpatient_cost_per_case", None]),
    # …in the level's own unit or in points too, from a year or a period's end more than a year back
    ("2019年末,全县执业(助理)医师1028人,较2015年底增加312人;较上年增加31人。", ["physicians", None, "physicians"]),
    ("2019年,卫生技术人员总数达到3126人,比“十二五”末增加842人。", ["health_tech_staff", None]),
    ("2019年,家庭医生签约服务覆盖率达到46.5%,较2016年提高11.2个百分点。", ["fd_contract_coverage", None]),
    # …and a change said with 新增 after 比上年 is the level's too, as with 增加
    ("确认农村部分计划生育家庭奖励扶助对象2863人,比上年新增417人。", ["fp_reward_recipients"] * 2),
    ("全县执业(助理)医师1028人,比上年新增31人。", ["physicians"] * 2),
    # …also after the share of its task done between them
    ("全年登记肺结核患者149例,完成任务的92.0%,较上年同期下降11.3%。", ["tb_cases_found", None, "tb_cases_found"]),
])
def test_a_change_of_a_count_takes_its_levels_key(sentence, keys):
    assert [f.indicator_key for f in _facts(sentence, "results")] == keys


@pytest.mark.parametrize("title,sentence,keys", [
    # an institution's own staff, beds, visits, bed use and costs in its own report are not its place's
    ("清河县疾病预防控制中心2020年工作总结", "中心现有编制72人,在岗职工66人,其中专业技术人员58人。", [None, None, None]),
    ("石桥镇中心卫生院2021年工作总结", "开放床位65张,全年完成门急诊4.62万人次,病床使用率82.6%。", [None, None, None]),
    ("县人民医院2019年工作总结", "门诊病人次均费用186元,患者满意度93.4%。", [None, None]),
    ("东湖街道社区卫生服务中心2023年工作总结", "中心组建家庭医生团队12个,签约率38.7%。", ["fd_teams", None]),
    # its staff per 1,000 it serves is its own where it names itself (全院), its township's where it names that
    ("白沙镇中心卫生院2022年工作总结", "一是人才队伍不足,全院每千服务人口卫生技术人员仅1.84人,全科医生只有5名。", [None, None]),
    ("白沙镇中心卫生院2022年工作总结", "全镇每千人口卫生技术人员2.1人。", ["health_tech_per_1000"]),
    # a hospital's row of a bureau's table: its drugs' share of revenue and its stay are its own, not the county's
    ("某县卫生健康局2023年工作总结", "县中医院:药占比27.2%,平均住院日8.4天。", [None, None]),
    # the whole place's figures it reports keep their keys
    ("东湖街道社区卫生服务中心2023年工作总结", "全区常住人口家庭医生签约率为36.5%。", ["fd_contract_coverage"]),
    # institutions counted before their kind are all of that kind: the place's costs
    ("某县卫生健康局2021年工作总结", "全县12家乡镇卫生院全部取消药品加成,门诊病人次均医药费用86元。", [None, "outpatient_cost_per_visit"]),
    ("清河县疾病预防控制中心2020年工作总结", "全县共有卫生技术人员3256人。", ["health_tech_staff"]),
    ("清河县妇幼保健院2020年工作总结", "全县孕产妇死亡率为0/10万,我院全年门诊量8.6万人次,开放床位120张。",
     ["maternal_mortality_ratio", None, None]),
    # a 医共体's lead hospital (总院) reports its own figures and its member centres' (分院), and the county's
    # where it names the whole county (县域内)
    ("望川县医共体总院2022年工作总结", "总院全年门急诊42.15万人次,出院2.73万人次,手术1.02万台次,病床使用率92.8%,平均住院日7.9天。",
     [None, None, None, None, None]),
    ("望川县医共体总院2022年工作总结", "业务收入3.86亿元,药占比26.4%。", [None, None]),
    ("望川县医共体总院2022年工作总结", "分院平均病床使用率由上年的52.6%提高到61.4%,全年分院完成手术1864台次。", [None, None, None]),
    ("望川县医共体总院2022年工作总结", "全县县域内就诊率达到91.3%,县域内住院人次4.86万人次。", ["county_retention_rate", "inpatient_admissions"]),
    ("某县卫生健康局2022年工作总结", "医共体总院全年门急诊42.15万人次,分院平均病床使用率61.4%。", [None, None]),
    # a bureau's report on an institution, or on all of a kind, is the place's
    ("某县卫生健康局2020年工作总结", "开放床位650张,全年完成门急诊46.2万人次。", ["total_beds", "outpatient_visits"]),
    ("关于县级公立医院综合改革效果评估的报告", "病床使用率82.6%。", ["bed_occupancy_rate"]),
])
def test_an_institutions_own_figures_in_its_own_report_take_no_place_key(title, sentence, keys):
    facts = list(extract(Passage(sentence, section_role="results", report_year=2021, title=title)))
    assert [f.indicator_key for f in facts] == keys


def test_an_institutions_ratio_keeps_its_word_for_itself():
    """全院 says whose a ratio is, and stays in its name, so that the staff after it are no ratio's
    (全科医生, not 每千服务人口全科医生)."""
    sentence = "一是人才队伍不足,全院每千服务人口卫生技术人员仅1.84人,全科医生只有5名。"
    facts = list(extract(Passage(sentence, section_role="problems", report_year=2022, title="白沙镇中心卫生院2022年工作总结")))
    assert [f.indicator for f in facts] == ["全院每千服务人口卫生技术人员", "全科医生"]


@pytest.mark.parametrize("sentence,directions", [
    ("全县法定传染病发病382例,比上年同期减少56例,下降12.8%。", [None, "down", "down"]),
    ("住院分娩率同比提高0.6个百分点,达到99.6%;门诊人次增幅为8.3%。", ["up", None, "up"]),
    ("二级以上医院平均住院日8.2天,较上年缩短0.3天;婴儿死亡率下降了1.2个千分点。", [None, "down", "down"]),
    # the word of change nearest before the number, over a word that only compares
    ("人口自然增长率下降0.5个千分点,门诊费用下降超过10%。", ["down", "down"]),
    ("体检率达到70.5%,比上年提高5.2个百分点,高于省定目标(65%)5.5个百分点。", [None, "up", None, "up"]),
    ("门诊、住院费用分别下降2.1%和3.5%;门诊量同比8.3%。", ["down", "down", None]),  # 同比 alone says no way
    ("全年的业务总收入比去年增加8%,力争10%。", ["up", "up"]),  # a list after a change goes its way
    ("全年完成筹资4560万元,超计划完成5.2%;签约率为45%,比省定目标高5个百分点。", [None, "up", None, "up"]),
    ("每千人口执业医师2.1人,低于全国平均水平0.3人。", [None, "down"]),
    ("投资完成21.7亿元,距年度目标尚差8.3亿元。", [None, "down"]),  # short of the goal
    ("签约服务覆盖率为38.6%,距2020年目标(≥50%)仍有11.4个百分点的差距。", [None, None, "down"]),
    ("护士数、医学科设置比例两项指标未达到规划目标,分别差0.15人和2个百分点。", [None, "down", "down"]),
    # a portal's marks of the way after a value or a comparison
    ("出院人数8.92万人△2.1%,门诊人次86.5万人次,同比⬇3.4%,手术3200台,同比增6.4%,床位1230张,较上年+5.2%,费用5600万元▽1.2%。",
     [None, "up", None, "down", None, "up", None, "up", None, "down"]),
    ("补助资金拨付进度为87.6%,比序时进度慢4.1个百分点。", [None, "down"]),
    ("完成孕前优生健康检查1120对,占年度任务1800对的62.2%,超序时进度12.2个百分点。", [None, None, None, "up"]),
    ("完成投资12.6亿元,完成年度计划的70%,慢于序时进度5个百分点。", [None, None, "down"]),
    # a portal's 数说 page marks the way with an arrow or a sign
    ("县域内就诊率90.8%,同比↑1.2个百分点;基层就诊率62.7%,较上年同期+2.4个百分点;总体近视率51.3%,较上年↓0.9个百分点。",
     [None, "up", None, "up", None, "down"]),
    ("儿童青少年近视率48.6%▼1.1个百分点,县域内就诊率92.1%▲1.3个百分点。", [None, "down", None, "up"]),
    ("门急诊诊疗量186.2万人次,同比▼6.1%;出院人数5.2万人次▲3.4%。", [None, "down", None, "up"]),
])
def test_changes_say_which_way_they_go(sentence, directions):
    assert [f.direction for f in _facts(sentence, "results")] == directions


@pytest.mark.parametrize("sentence,flags", [
    ("2012年参合率达到102.99%,完成任务的107.2%,门诊量增长120%。", ["over_100", None, None]),
    ("婴儿死亡率为0.5%,孕产妇死亡率12.5/10万。", ["unit_differs", None]),
    ("全县卫生技术人员1862人,其中执业医师2621人,注册护士735人。", [None, "part_over_whole", None]),
    ("人均筹资标准150元,其中中央财政补助60元,农民个人缴纳30元,共筹集基金6189万元。", [None, None, None, None]),  # a total is no part
    # the whole a part is of is the value reached, not its baseline
    ("人均筹资标准由上年的50元提高到100元,其中各级财政补助80元。", [None, None, None]),
    # a ratio to the population is no whole of the parts after it
    ("全县卫生技术人员2860人,每千人口卫生技术人员5.2人,其中执业(助理)医师1120人。", [None, None, None]),
    ("参合农民14.34万人,参合率达到98.5%。", [None, None]),
    # a part's rate or change may pass its whole's
    ("各乡镇卫生院门诊量同比增长15%,其中A镇增长28%。", [None, None]),
    # ratios good within a band may pass 100
    ("全县病床使用率105.3%,出生人口性别比为107.5:100。", [None, None]),
    # birth defects are counted per 10 000 as well as per mille
    ("出生缺陷发生率为98.5/万,较上年下降12.3/万。", [None, None]),
])
def test_implausible_facts_are_flagged_not_changed(sentence, flags):
    facts = _facts(sentence, "results")
    assert [f.flags for f in facts] == flags


def test_evidence_offsets_point_at_the_surface():
    sentence = "全区共查治妇女病46510人,产妇系统管理5423人。"
    for f in extract(Passage(sentence, start=100, report_year=2011)):
        assert sentence[f.start - 100:f.end - 100] == f.surface
        assert f.sentence == sentence


def _traditional(text: str) -> str:
    import opencc

    return opencc.OpenCC("s2t.json").convert(text)


def _pdf_spaced(text: str) -> str:
    """Spaces where PDF extraction leaves them: every few characters and around numbers."""
    import re

    spaced = re.sub(r"(\d+(?:\.\d+)?)", r" \1 ", text)
    return "".join(ch + (" " if i % 5 == 4 and not ch.isdigit() else "") for i, ch in enumerate(spaced))


@pytest.mark.parametrize("variant", [_traditional, _pdf_spaced], ids=["hant", "pdf"])
@pytest.mark.parametrize("sentence,section,expected", CASES, ids=[c[0][:16] for c in CASES])
def test_same_facts_in_traditional_and_pdf_spacing(variant, sentence, section, expected):
    from minerals.normalise import normalise

    text = normalise(variant(sentence)).text
    got = [(f.kind, f.value, f.value_max, f.unit, f.qualifier, f.role, f.aspect, f.year) for f in _facts(text, section)]
    want = [(e[1], e[2], e[3], e[4], e[5], e[6], e[7], e[8]) for e in expected]
    assert len(got) == len(want), (text, got)
    for g, w in zip(got, want):
        assert g[0] == w[0] and g[3:] == w[3:], (text, g, w)
        assert g[1] == pytest.approx(w[1], rel=1e-9)


@pytest.mark.parametrize("numeral,value", [
    ("1,025.65万", "10256500"), ("40.8万", "408000"), ("两", "2"), ("十", "10"), ("十二", "12"), ("二十万", "200000"),
    ("一百零五", "105"), ("三千零五十", "3050"), ("一万零一", "10001"), ("两万三千", "23000"), ("三千二百万", "32000000"),
    ("一亿二千万", "120000000"), ("五亿二千零九十一", "500002091"), ("二〇二〇", "2020"), ("三点五", "3.5"),
    ("零点五", "0.5"), ("百", "100"),
    # a last digit right after a unit counts in the next unit down: 三万五 is 35,000
    ("三万五", "35000"), ("三亿五", "350000000"), ("一千二", "1200"), ("两百五", "250"), ("一千零二", "1002"),
])
def test_numerals(numeral, value):
    from decimal import Decimal

    from extractors.numbers import parse_number

    assert parse_number(numeral) == Decimal(value)


@pytest.mark.parametrize("numeral", ["万", "一点", "点五", "三x", ""])
def test_not_numerals(numeral):
    from extractors.numbers import parse_number

    with pytest.raises(ValueError):
        parse_number(numeral)


@pytest.mark.parametrize("sentence,names,keys", [
    ("全市高血压患者规范管理率达到75%,涪城区、游仙区分别为78%和72%。",
     ["高血压患者规范管理率", "涪城区高血压患者规范管理率", "游仙区高血压患者规范管理率"],
     ["hypertension_standard_mgmt_rate", None, None]),
    ("各县区中,江油市参合率最高,达99.5%。", ["江油市参合率最高"], [None]),
    # 和县 joining two hospitals of the county (县人民医院和县中医医院) is no county of that name
    ("市第一人民医院对口帮扶县人民医院和县中医医院,全年派驻帮扶人员32人。", ["市第一人民医院派驻帮扶人员"], [None]),
    # a place named between the place's value and the next one makes that one its own
    ("全市城乡居民基本医疗保险参保率达到96.8%,其中苍溪县最高,为98.1%。", ["城乡居民基本医疗保险参保率", "苍溪县城乡居民基本医疗保险参保率"],
     ["resident_insurance_enrollment", None]),
    # …and it takes the place of one the borrowed name holds
    ("各区中,涪城区高血压患者规范管理率最高,为82.4%,游仙区最低,为71.3%。",
     ["涪城区高血压患者规范管理率最高", "游仙区高血压患者规范管理率"], [None, None]),
    ("各区中,涪城区接种进度最快,全程接种率为93.1%,游仙区最慢,为85.4%。", ["涪城区全程接种率", "游仙区全程接种率"], [None, None]),
    ("利州区、昭化区每千人口床位数分别为9.2张、5.1张。", ["利州区每千人口床位数", "昭化区每千人口床位数"], [None, None]),
    # a township's value is a part of the place, not the place's
    ("全市家庭医生签约率达到45%,其中城关镇、东关镇分别为52%和48%。", ["家庭医生签约率", "城关镇家庭医生签约率", "东关镇家庭医生签约率"],
     ["fd_contract_coverage", None, None]),
    ("石桥乡参合率达到99%,乡镇卫生院门诊量达到56万人次,城镇居民医保参保率98%。", ["石桥乡参合率", "乡镇卫生院门诊量", "城镇居民医保参保率"],
     [None, None, "resident_insurance_enrollment"]),
    # the document's own place, and words that only end like a place, are no other place
    ("绵阳市参合率达到98.5%,五星级社区卫生服务站达到30个。", ["绵阳市参合率", "五星级社区卫生服务站"],
     ["ncms_enrollment_rate", "star_rated_stations"]),
    # a place and its number after another place's named value: the same measure, that place's
    ("涪城区高血压患者规范管理率达到76.3%,游仙区72.1%。", ["涪城区高血压患者规范管理率", "游仙区高血压患者规范管理率"], [None, None]),
    # another place opening a clause before the sentence's first fact; places listed before 分别
    ("各市中,江油市参合率最高,达到99.5%。", ["江油市参合率最高"], [None]),
    ("江油市、安州区、三台县参合人数分别为32.1万人、28.6万人、41.2万人。", ["江油市参合人数", "安州区参合人数", "三台县参合人数"],
     [None, None, None]),
    ("按照绵阳市卫健委要求,全市参合率达到98%。", ["参合率"], ["ncms_enrollment_rate"]),
    # places among a whole's parts, and places after another place's value, name the same measure as theirs
    ("全省三级医院达到139家,其中长沙市41家,占全省的29.5%,衡阳市、岳阳市分别为14家和11家。",
     ["全省三级医院", "长沙市三级医院", "长沙市三级医院占全省", "衡阳市三级医院", "岳阳市三级医院"], [None] * 5),
    ("建成固定核酸采样点215个,其中东湖区62个、西城区48个。", ["建成固定核酸采样点", "东湖区建成固定核酸采样点", "西城区建成固定核酸采样点"],
     [None] * 3),
    ("郴州市、永州市基层诊疗量占比分别为62.1%、60.8%,居全省前两位;张家界市仅为48.7%,居全省末位。",
     ["郴州市基层诊疗量占比", "永州市基层诊疗量占比", "张家界市基层诊疗量占比"], [None] * 3),
    ("全省总诊疗人次2.13亿人次,其中南昌市占全省的24.8%,赣州市占19.1%。",
     ["全省总诊疗人次", "南昌市占全省", "赣州市占全省"], [None, None, None]),
    # a list of places opening the sentence: each one's value, none the first's
    ("江油市、三台县入选国家公立医院改革示范项目,每个县获得中央财政补助资金5000万元。", ["每个县获得中央财政补助资金"], [None]),
    ("以乡镇为单位适龄儿童免疫规划疫苗接种率保持在90%以上,以县为单位保持在95%以上。",
     ["以乡镇为单位适龄儿童免疫规划疫苗接种率", "以县为单位适龄儿童免疫规划疫苗接种率"], ["nip_vaccination_rate"] * 2),
    ("基层诊疗量占比提高到65%以上,其中湘西自治州、张家界市分别提高3个和4个百分点。",
     ["基层诊疗量占比", "湘西自治州基层诊疗量占比", "张家界市基层诊疗量占比"], ["primary_care_visit_share", None, None]),
    # a table row headed by another place is all that place's
    ("涪城区:高血压患者规范管理率78.2%,糖尿病患者规范管理率75.6%。", ["涪城区高血压患者规范管理率", "涪城区糖尿病患者规范管理率"],
     [None, None]),
    # a district jieba cuts before a district it knows (澧 + 西区) opening the sentence or its clause
    ("澧西区婴儿死亡率降至1.86‰。", ["澧西区婴儿死亡率"], [None]),
    ("涪城区每千人口床位数9.12张,而游仙区仅5.02张。", ["涪城区每千人口床位数", "游仙区每千人口床位数"], [None, None]),
    # town against country names its values as places do
    ("城区平均急救反应时间为11分30秒,农村地区为21分钟左右;城区急救半径缩短至5公里以内,农村10-15公里。",
     ["城区平均急救反应时间", "农村地区平均急救反应时间", "城区急救半径", "农村急救半径"], [None] * 4),
    ("城市居民健康档案建档率92%,农村88%。", ["城市居民健康档案建档率", "农村居民健康档案建档率"], [None, None]),
    ("医疗资源分布不均衡,沅北区每千人口床位数9.12张。", ["沅北区每千人口床位数"], [None]),
    # the whole place's value after its parts' is the place's own
    ("涪城区、游仙区住院分娩率分别为99.2%和95.8%,全市为98.9%。", ["涪城区住院分娩率", "游仙区住院分娩率", "住院分娩率"],
     [None, None, "hospital_delivery_rate"]),
    # …and one of a township or a 街道 jieba does not know as a place
    ("卢沟桥街道:签约人数8.4万人,常住人口签约率37.2%。", ["卢沟桥街道签约人数", "卢沟桥街道常住人口签约率"], [None, None]),
    ("石碾镇:高血压患者规范管理率78.2%。", ["石碾镇高血压患者规范管理率"], [None]),
    # a county of two characters, or one jieba reads as a person's name, heading its row
    ("茂县:常住人口10.63万人,家庭医生签约率47.5%。", ["茂县常住人口", "茂县家庭医生签约率"], [None, None]),
    ("马尔康市:高血压患者规范管理率81.4%,住院分娩率99.6%。", ["马尔康市高血压患者规范管理率", "马尔康市住院分娩率"], [None, None]),
    # a county town's built-up area (建成区) is no other place opening the sentence
    ("开展2次统一灭鼠活动,县城建成区病媒生物密度控制水平达到国家标准C级以上,重点行业和单位防蝇防鼠设施合格率达到95%以上。",
     ["开展统一灭鼠活动", "重点行业和单位防蝇防鼠设施合格率"], [None, None]),
    # building the county's institution (新建县妇幼保健院) names no county 新建县
    ("投入资金1.2亿元,新建县妇幼保健院门诊综合楼,建筑面积1.8万平方米。", ["投入资金新建县妇幼保健院门诊综合楼", "新建县妇幼保健院门诊综合楼建筑面积"], [None, None]),
    # …nor building the city's (新建市传染病医院) a city 新建市
    ("固定资产投资完成6.8亿元,新建市传染病医院一期工程,新增床位300张。", ["固定资产投资完成", "新增床位"], [None, None]),
])
def test_another_places_values_take_no_key(sentence, names, keys):
    """In 绵阳市's report a county's, district's or township's value is not the city's."""
    facts = list(extract(Passage(sentence, section_role="results", report_year=2019, plan_year=2020, region="绵阳市")))
    assert [f.indicator for f in facts] == names
    assert [f.indicator_key for f in facts] == keys


@pytest.mark.parametrize("region,sentence,names,keys", [
    # an autonomous place's short name, which its own reports use beside the full one, is its own
    ("长阳土家族自治县", "长阳县高血压患者规范管理率71.6%。", ["长阳县高血压患者规范管理率"], ["hypertension_standard_mgmt_rate"]),
    ("长阳土家族自治县", "长阳县:常住人口38.7万人,高血压患者规范管理率71.6%。", ["常住人口", "高血压患者规范管理率"],
     [None, "hypertension_standard_mgmt_rate"]),
    # a prefecture's table: each county's row is that county's
    ("阿坝藏族羌族自治州", "理县:常住人口4.25万人,家庭医生签约率46.1%。", ["理县常住人口", "理县家庭医生签约率"], [None, None]),
    # 苏木镇 is Inner Mongolia's word for its townships (苏木 and 镇), no township's name
    ("科尔沁右翼中旗", "13所苏木镇卫生院全部设立蒙医科,全旗居民电子健康档案建档率89.4%。",
     ["苏木镇卫生院设立蒙医科", "居民电子健康档案建档率"], [None, "e_health_record_filing_rate"]),
    ("锡林郭勒盟", "完成8个苏木乡镇卫生院提档升级,新建、改扩建嘎查村卫生室60个。", ["苏木乡镇卫生院提档升级", "新建、改扩建嘎查村卫生室"],
     [None, None]),
    # 全州 and 全旗 are the whole place as 全县 is; a county of two characters is another place
    ("阿坝藏族羌族自治州", "全州住院分娩率98.9%,其中茂县为95.8%。", ["住院分娩率", "茂县住院分娩率"], ["hospital_delivery_rate", None]),
    ("阿坝藏族羌族自治州", "汶川县、茂县住院分娩率分别为99.2%和95.8%,全州为98.9%。", ["汶川县住院分娩率", "茂县住院分娩率", "住院分娩率"],
     [None, None, "hospital_delivery_rate"]),
    ("科尔沁右翼中旗", "全旗婴儿死亡率4.12‰。", ["婴儿死亡率"], ["infant_mortality_rate"]),
    # …and 全州 or 全盟 in a county's or a banner's report is the prefecture or league it is in, as 全市 is
    ("汶川县", "全县婴儿死亡率5.1‰,全州婴儿死亡率6.12‰。", ["婴儿死亡率", "全州婴儿死亡率"], ["infant_mortality_rate", None]),
    ("科尔沁右翼中旗", "全盟婴儿死亡率6.12‰。", ["全盟婴儿死亡率"], [None]),
    # a district whose name other cities' districts bear is known by its city's name before it: without it, its own;
    # the city's value is not
    ("南京市鼓楼区", "鼓楼区高血压患者规范管理率71.6%。", ["鼓楼区高血压患者规范管理率"], ["hypertension_standard_mgmt_rate"]),
    ("南京市鼓楼区", "南京市高血压患者规范管理率70.2%。", ["南京市高血压患者规范管理率"], [None]),
    # a province's cities that jieba does not know (白水/市, 昭/南市) are other places all the same
    ("湖西省", "各市州中,银滩市孕产妇死亡率为11.3/10万,河套市为19.8/10万。", ["银滩市孕产妇死亡率", "河套市孕产妇死亡率"], [None, None]),
    ("云江省", "昭南市每千人口执业(助理)医师3.41人,居全省首位。", ["昭南市每千人口执业(助理)医师"], [None]),
    ("湖西省", "每千人口床位数分别为:沐阳市5.63张、石门市4.21张、白水市3.18张。",
     ["沐阳市每千人口床位数", "石门市每千人口床位数", "白水市每千人口床位数"], [None, None, None]),
    ("白水市", "白水市孕产妇死亡率为12.6/10万。", ["白水市孕产妇死亡率"], ["maternal_mortality_ratio"]),
    # places listed with no measure of their own share the one just given, without its place or area
    ("湖西省", "各市州中,白水市参合率为99.1%,沐阳市、石门市均在98%以上。", ["白水市参合率", "沐阳市、石门市参合率"], [None, None]),
    ("云江省", "全省每千人口床位数6.58张,长沙市、株洲市均超过7张。", ["每千人口床位数", "长沙市、株洲市每千人口床位数"],
     ["beds_per_1000", None]),
    ("云江省", "昭南市每千人口执业(助理)医师3.41人,居全省首位;其中昭南市、沐阳市均超过3人。",
     ["昭南市每千人口执业(助理)医师", "昭南市、沐阳市每千人口执业(助理)医师"], [None, None]),
    ("青山县", "全县新建村卫生室12个,城关镇、河口镇各3个。", ["新建村卫生室", "城关镇、河口镇新建村卫生室"], ["new_village_clinics", None]),
    # a township's health centre, whose township jieba does not know, counts a part of the county's
    ("桐溪县", "柳塘镇卫生院家庭医生团队数9个。", ["柳塘镇卫生院家庭医生团队数"], [None]),
    ("桐溪县", "全县组建家庭医生团队168个。", ["组建家庭医生团队"], ["fd_teams"]),
    # a city inside the name of the count before, run on past its number, is no place of the clause after
    ("澜溪县", "今年全县共申报1个南宁市、自治区卫生镇,申报3个市级、县级卫生村。", ["申报南宁市、自治区卫生镇", "申报市级、县级卫生村"],
     [None, None]),
])
def test_places_by_their_names(region, sentence, names, keys):
    """The names of autonomous counties and prefectures, of Inner Mongolia's banners and 苏木, and of
    districts with their cities' names."""
    facts = list(extract(Passage(sentence, section_role="results", report_year=2023, plan_year=2024, region=region)))
    assert [f.indicator for f in facts] == names
    assert [f.indicator_key for f in facts] == keys


_CITYS = "全区居民电子健康档案建档率为93.4%,全市居民电子健康档案建档率为92.8%。"


@pytest.mark.parametrize("region,sentence,expected", [
    ("宁东区", _CITYS, [(93.4, "e_health_record_filing_rate"), (92.8, None)]),
    ("江油市", _CITYS, [(93.4, "e_health_record_filing_rate"), (92.8, "e_health_record_filing_rate")]),
    # the city's, in brackets or in the clauses after its own, and its goal
    ("闵行区", "每万常住人口全科医生数4.12人(全市为4.0人)。", [(4.12, "gps_per_10000"), (4.0, None)]),
    ("丰台区", "注:全市常住人口签约率为35.2%,重点人群签约率为92.1%。", [(35.2, None), (92.1, None)]),
    ("丰台区", "全市常住人口签约率为35.2%,比上年提高2.1个百分点。", [(35.2, None), (2.1, None)]),
    ("闵行区", "每千常住人口托位数达到3.6个,低于全市目标(4.5个)。", [(3.6, "childcare_places_per_1000"), (4.5, None)]),
    # the country's clause, and the place's own after it
    ("闵行区", "户籍人口人均预期寿命达到84.21岁;全国人均预期寿命为78.6岁。", [(84.21, "life_expectancy"), (78.6, None)]),
    ("河西区", "全国每千人口执业(助理)医师数3.4人,全市为4.1人。", [(3.4, None), (4.1, None)]),
    ("闵行区", "全国人均预期寿命为78.6岁,我区为84.2岁。", [(78.6, None), (84.2, "life_expectancy")]),
    # a quarter of the district is a part of it
    ("丰台区", "南部地区每千常住人口执业(助理)医师数仅为2.1人。", [(2.1, None)]),
    # the province's clause in a city's report; in the province's own, its own value
    ("江城市", "全省家庭医生签约服务覆盖率为38.5%。", [(38.5, None)]),
    ("湖西省", "全省家庭医生签约服务覆盖率为38.5%。", [(38.5, "fd_contract_coverage")]),
    ("江城市", "全省人均预期寿命为77.6岁,我市为78.3岁。", [(77.6, None), (78.3, "life_expectancy")]),
    # …but a quota the province set the city is the city's
    ("江城市", "全省下达我市的家庭医生签约任务为135万人。", [(1350000, "fd_contract_quota")]),
])
def test_the_citys_value_in_a_districts_report_takes_no_key(region, sentence, expected):
    """全市 in a district's or county's report is the city it is in; in a city's, the city itself."""
    facts = list(extract(Passage(sentence, section_role="results", report_year=2021, plan_year=2022, region=region)))
    assert [(f.value, f.indicator_key) for f in facts] == expected


@pytest.mark.parametrize("sentence,expected", [
    ("到2020年全省孕产妇死亡率控制在15/10万以下、婴儿死亡率控制在6‰以下,每千人口执业(助理)医师达到2.8人。", [
        (15, "target", 2020, "全省孕产妇死亡率", None), (6, "target", 2020, "全省婴儿死亡率", None),
        (2.8, "target", 2020, "全省每千人口执业(助理)医师", None)]),
    ("全省人均预期寿命2020年要达到77.8岁,我市力争达到78.5岁。", [
        (77.8, "target", 2020, "全省人均预期寿命", None), (78.5, "target", 2020, "人均预期寿命", "life_expectancy")]),
])
def test_the_provinces_goals_in_a_citys_plan_take_no_key(sentence, expected):
    """The province's goals a city's plan quotes beside its own are the province's, due by their year."""
    facts = list(extract(Passage(sentence, section_role="plan", report_year=2019, plan_year=2020, region="江城市")))
    assert [(f.value, f.role, f.year, f.indicator, f.indicator_key) for f in facts] == expected


@pytest.mark.parametrize("section,sentence,expected", [
    ("plan", "年内新建社区卫生服务中心3个,完成30个村卫生室标准化建设。", [
        ("新建社区卫生服务中心", "new_community_centres", "target"), ("村卫生室标准化建设", "new_village_clinics", "target")]),
    ("results", "全年新建社区卫生服务中心4个,完成28个村卫生室标准化建设。", [
        ("新建社区卫生服务中心", "new_community_centres", "actual"), ("村卫生室标准化建设", "new_village_clinics", "actual")]),
    # with nothing after the count, 完成 is the result of the target before
    ("results", "新建村卫生室目标为30个,实际完成28个。", [("新建村卫生室", "new_village_clinics", "target"),
                                          ("新建村卫生室", "new_village_clinics", "actual")]),
])
def test_a_count_done_names_what_follows_it(section, sentence, expected):
    """What a count after 完成 counts is named after it when a noun follows (完成30个村卫生室标准化建设),
    not by the target or the count before."""
    facts = list(extract(Passage(sentence, section_role=section, report_year=2019, plan_year=2020, region="江城市")))
    assert [(f.indicator, f.indicator_key, f.role) for f in facts] == expected


@pytest.mark.parametrize("region,key", [("西城区", "physicians_per_1000"), ("青山县", None)])
def test_a_district_whose_name_holds_城区_is_a_place(region, key):
    """In 西城区's report its own value takes its key as a county's does; 主城区 is the urban part,
    and in another place's report the district is that place."""
    sentence = "西城区每千人口执业医师数达到3.5人,主城区每千人口执业医师数达到4.1人。"
    facts = list(extract(Passage(sentence, section_role="results", report_year=2022, plan_year=2023, region=region)))
    assert [(f.value, f.indicator_key) for f in facts] == [(3.5, key), (4.1, None)]


@pytest.mark.parametrize("sentence,expected", [
    # how far the value is from another area's average is a change, not the place's level
    ("每千人口执业(助理)医师3.56人,比全国平均水平高0.16人。", [
        ("3.56人", "actual", "level", "exact", "每千人口执业(助理)医师", "physicians_per_1000"),
        ("0.16人", "actual", "change", "exact", "每千人口执业(助理)医师", None)]),
    ("每千人口注册护士数低于全国平均水平0.13人。", [
        ("0.13人", "actual", "change", "exact", "每千人口注册护士数", None)]),
    # another area's value is named for that area
    ("每千人口床位数7.5张,高于全国7.23张和全省6.98张的水平。", [
        ("7.5张", "actual", "level", "exact", "每千人口床位数", "beds_per_1000"),
        ("7.23张", "actual", "level", "exact", "全国每千人口床位数", None),
        ("6.98张", "actual", "level", "exact", "全省每千人口床位数", None)]),
    ("产前筛查率只有71.4%,低于全省80%的平均水平。", [
        ("71.4%", "actual", "level", "exact", "产前筛查率", "prenatal_screening_rate"),
        ("80%", "actual", "level", "exact", "全省产前筛查率", None)]),
    # the area named after its value (低于1.9人的全市平均水平): the bound word compares, it bounds nothing
    ("每千人口执业医师1.6人,低于1.9人的全市平均水平。", [
        ("1.6人", "actual", "level", "exact", "每千人口执业医师", "physicians_per_1000"),
        ("1.9人", "actual", "level", "exact", "全市每千人口执业医师", None)]),
    ("婴儿死亡率4.1‰,远低于6.5‰的全国水平。", [
        ("4.1‰", "actual", "level", "exact", "婴儿死亡率", "infant_mortality_rate"),
        ("6.5‰", "actual", "level", "exact", "全国婴儿死亡率", None)]),
    # a norm the value is measured against is a goal set elsewhere (a control or elimination
    # norm is a ceiling), written after its number or before it
    ("漏报率为0.4%,低于1%的控制标准。", [
        ("0.4%", "actual", "level", "exact", "漏报率", None),
        ("1%", "target", "level", "at_most", "漏报率标准", None)]),
    ("甲状腺肿大率为1.5%,低于5%的消除标准。", [
        ("1.5%", "actual", "level", "exact", "甲状腺肿大率", None),
        ("5%", "target", "level", "at_most", "甲状腺肿大率标准", None)]),
    ("鼠密度阳性率1.2%,低于国家标准的3%。", [
        ("1.2%", "actual", "level", "exact", "鼠密度阳性率", None),
        ("3%", "target", "level", "exact", "鼠密度阳性率标准", None)]),
    ("二是病原学阳性率距离60%的国家要求仍有差距。", [
        ("60%", "target", "level", "exact", "病原学阳性率要求", None)]),
    ("血压控制率仅58.3%,离70%的省级要求仍有差距。", [
        ("58.3%", "actual", "level", "exact", "血压控制率", "hypertension_bp_control_rate"),
        ("70%", "target", "level", "exact", "血压控制率要求", None)]),
    # …and one it is set beside (与…相比), the pace a plan's goal asks for by now
    ("每千常住人口注册护士数2.11人,与2.5人的序时进度要求相比差距较大。", [
        ("2.11人", "actual", "level", "exact", "每千常住人口注册护士数", "nurses_per_1000"),
        ("2.5人", "target", "level", "exact", "每千常住人口注册护士数要求", None)]),
    # a norm a shortage is counted by: the norm's, not the place's value
    ("县疾控中心在编人员仅58人,按照每万人口1.75人的标准缺编约20人。", [
        ("58人", "actual", "level", "exact", "县疾控中心在编人员", None),
        ("1.75人", "target", "level", "exact", "县疾控中心在编人员每万人口标准", None),
        ("20人", "actual", "level", "approx", "县疾控中心在编人员缺编", None)]),
    ("一是人员缺口较大,按每万人口配备2-3名全科医生的标准,尚缺2名;", [
        ("2-3名", "target", "level", "exact", "每万人口配备全科医生标准", None),
        ("2名", "actual", "level", "exact", "每万人口配备全科医生标准尚缺", None)]),
    ("按照每千服务人口1名乡村医生的标准测算,全县乡村医生缺口约60人。", [
        ("1名", "target", "level", "exact", "每千服务人口乡村医生标准", None),
        ("60人", "actual", "level", "approx", "乡村医生缺口", None)]),
    # a norm named right before its number, the gap after it
    ("全县疾控中心实验室检测项目仅186项,距省定县级标准300项差距较大。", [
        ("186项", "actual", "level", "exact", "疾控中心实验室检测项目", None),
        ("300项", "target", "level", "exact", "疾控中心实验室检测项目标准", None)]),
    ("全县精神科执业医师仅4名,按照每10万人口3.8名的标准尚缺15名。", [
        ("4名", "actual", "level", "exact", "精神科执业医师", None),
        ("3.8名", "target", "level", "exact", "精神科执业医师每10万人口标准", None),
        ("15名", "actual", "level", "exact", "精神科执业医师尚缺", None)]),
    # a norm a need is worked out from is the norm's too
    ("按照每千人口4张的标准,全市需配置传染病床位1680张。", [
        ("4张", "target", "level", "exact", "每千人口标准", None),
        ("1680张", "target", "level", "exact", "需配置传染病床位", None)]),
    # how far from the province's average or from another group is the place's own (no key), named
    # for the place's level, not the average's nor a level of another unit
    ("每千人口注册护士3.67人,低于全省平均水平(4.05人)0.38人。", [
        ("3.67人", "actual", "level", "exact", "每千人口注册护士", "nurses_per_1000"),
        ("4.05人", "actual", "level", "exact", "全省平均每千人口注册护士", None),
        ("0.38人", "actual", "change", "exact", "每千人口注册护士", None)]),
    ("每千人口注册护士数与全市平均水平(3.52人)相比仍差0.41人。", [
        ("3.52人", "actual", "level", "exact", "全市平均每千人口注册护士数", None),
        ("0.41人", "actual", "change", "exact", "每千人口注册护士数", None)]),
    ("乡镇卫生院人均年收入5.8万元左右,比县级医院低约2.4万元。", [
        ("5.8万元左右", "actual", "level", "approx", "乡镇卫生院人均年收入", None),
        ("2.4万元", "actual", "change", "approx", "乡镇卫生院人均年收入", None)]),
    ("系统管理率为86.4%,比户籍孕产妇低约6个百分点。", [
        ("86.4%", "actual", "level", "exact", "系统管理率", None),
        ("6个百分点", "actual", "change", "approx", "系统管理率", None)]),
    # the other area's measure named by its own name, though 预期寿命 holds the 期 of a period (同期)
    ("全县人均预期寿命80.6岁,比全国人均预期寿命高2.8岁。", [
        ("80.6岁", "actual", "level", "exact", "人均预期寿命", "life_expectancy"),
        ("2.8岁", "actual", "change", "exact", "人均预期寿命", None)]),
    ("县域内就诊率仅为88%左右,每千人口执业(助理)医师数仍低于全省平均水平0.26人。", [
        ("88%左右", "actual", "level", "approx", "县域内就诊率", "county_retention_rate"),
        ("0.26人", "actual", "change", "exact", "每千人口执业(助理)医师数", None)]),
    # but not a change over time (同比, 比例提高)
    ("高血压患者规范管理率为78.4%,同比提高2.3个百分点,住院补偿比例提高5个百分点。", [
        ("78.4%", "actual", "level", "exact", "高血压患者规范管理率", "hypertension_standard_mgmt_rate"),
        ("2.3个百分点", "actual", "change", "exact", "高血压患者规范管理率", "hypertension_standard_mgmt_rate"),
        ("5个百分点", "actual", "change", "exact", "住院补偿比例", None)]),
    ("I类切口手术部位感染率0.42%,低于1%的控制目标。", [
        ("0.42%", "actual", "level", "exact", "I类切口手术部位感染率", None),
        ("1%", "target", "level", "at_most", "I类切口手术部位感染率", None)]),
    ("人均每日食盐摄入量9.6克,高于5克的推荐标准。", [
        ("9.6克", "actual", "level", "exact", "人均每日食盐摄入量", None),
        ("5克", "target", "level", "exact", "人均每日食盐摄入量标准", None)]),
    # how far a result is from a goal whose value is not said is the result's, with no key
    ("2型糖尿病患者规范管理率63.8%,比年度指标值低1.2个百分点。", [
        ("63.8%", "actual", "level", "exact", "2型糖尿病患者规范管理率", "diabetes_standard_mgmt_rate"),
        ("1.2个百分点", "actual", "change", "exact", "2型糖尿病患者规范管理率", None)]),
    ("全镇居民健康素养水平为24.3%,与市定目标相比仍差0.7个百分点。", [
        ("24.3%", "actual", "level", "exact", "居民健康素养水平", "health_literacy_level"),
        ("0.7个百分点", "actual", "change", "exact", "居民健康素养水平", None)]),
    ("每千人口拥有3岁以下婴幼儿托位数达到2.6个,较年初目标多0.1个。", [
        ("2.6个", "actual", "level", "exact", "每千人口拥有3岁以下婴幼儿托位数", "childcare_places_per_1000"),
        ("0.1个", "actual", "change", "exact", "每千人口拥有3岁以下婴幼儿托位数", None)]),
    ("孕前优生健康检查目标人群覆盖率达到98.6%,超过国家要求8.6个百分点。", [
        ("98.6%", "actual", "level", "exact", "孕前优生健康检查目标人群覆盖率", "preconception_checkup_coverage"),
        ("8.6个百分点", "actual", "change", "exact", "孕前优生健康检查目标人群覆盖率", None)]),
    # gaps to goals listed after 分别 are how far each result is beyond its goal, not goals
    ("高血压患者规范管理率78.6%、2型糖尿病患者规范管理率77.1%,分别超过市定目标3.6个和5.1个百分点。", [
        ("78.6%", "actual", "level", "exact", "高血压患者规范管理率", "hypertension_standard_mgmt_rate"),
        ("77.1%", "actual", "level", "exact", "2型糖尿病患者规范管理率", "diabetes_standard_mgmt_rate"),
        ("3.6个", "actual", "change", "exact", "高血压患者规范管理率", None),
        ("5.1个百分点", "actual", "change", "exact", "2型糖尿病患者规范管理率", None)]),
    # a norm the work is done by (按…的标准, 按照…的要求) is set, not done, and names what is done by it
    ("按每万人不少于20间的标准储备集中隔离房间1360间。", [
        ("20间", "target", "level", "at_least", "每万人储备集中隔离房间", None),
        ("1360间", "actual", "level", "exact", "储备集中隔离房间", None)]),
    ("按照满负荷运转30天的要求储备防疫物资,储备医用外科口罩126万只。", [
        ("30天", "target", "level", "exact", "满负荷运转储备防疫物资", None),
        ("126万只", "actual", "level", "exact", "储备医用外科口罩", None)]),
    # …and a share it sets (按…的比例) is of what is done by it
    ("按照100%的比例要求培养全科医生和社区护士,按不低于40%的比例用于村医。", [
        ("100%", "target", "level", "exact", "培养全科医生和社区护士比例", None),
        ("40%", "target", "level", "at_least", "用于村医比例", None)]),
    # a bound before the whole the share is of bounds the share
    ("按照不低于项目资金总额70%的比例核拨至乡镇卫生院和村卫生室。", [
        ("70%", "target", "level", "at_least", "项目资金总额核拨至乡镇卫生院和村卫生室比例", None)]),
])
def test_comparisons_are_not_the_places_values(sentence, expected):
    got = [(f.surface, f.role, f.aspect, f.qualifier, f.indicator, f.indicator_key) for f in _facts(sentence, "results")]
    assert got == expected
