"""Tables read as sentences, and the facts of their rows (minerals.tables)."""
from __future__ import annotations

import pytest

from minerals.pipeline import process
from minerals.tables import sentences

HEADING = ["序号", "指标名称", "目标值", "完成值"]


@pytest.mark.parametrize("rows,lines", [
    # each value after its heading, the row number left out
    ([HEADING, ["1", "居民健康档案建档率", "90%", "91.2%"]], ["居民健康档案建档率:目标值90%,完成值91.2%。"]),
    # a goal in words and a number under a goal's column is that column's value, not part of the row's name
    ([HEADING, ["2", "儿童青少年总体近视率", "每年下降0.5个百分点以上", "49.1%"]],
     ["儿童青少年总体近视率:目标值每年下降0.5个百分点以上,完成值49.1%。"]),
    # …and so is one under a year's goal column
    ([["指标", "2020年", "2021年", "2022年目标", "2030年目标"], ["儿童青少年总体近视率(%)", "53.6", "52.1", "力争每年降低0.5个百分点以上", "<50"]],
     ["儿童青少年总体近视率(%):2020年53.6%,2021年52.1%,2022年目标力争每年降低0.5个百分点以上,2030年目标<50%。"]),
    # a unit in the heading goes to each bare number of its column; spaces in cells go
    ([["指标", "目标值(%)", "完成值(%)"], ["0-6岁儿童健康管理率", "85", "88. 6"]],
     ["0-6岁儿童健康管理率:目标值85%,完成值88.6%。"]),
    # name cells join (a merged cell repeats its text: once); an empty cell says nothing
    ([["类别", "项目", "2018年", "2019年"], ["妇幼", "孕产妇系统管理率", "", "92.5%"], ["妇幼", "住院分娩率", "99.8%", "100%"]],
     ["妇幼孕产妇系统管理率:2019年92.5%。", "妇幼住院分娩率:2018年99.8%,2019年100%。"]),
    # a unit column gives each bare number of its row its unit, before a trailing 以上; a
    # column of remarks names nothing
    ([["序号", "指标名称", "单位", "2020年", "2021年", "2022年目标", "完成情况"],
      ["1", "婴儿死亡率", "‰", "3.1", "2.8", "4", "完成"], ["2", "居民健康档案建档率", "%", "86.5", "88.2", "90以上", "未完成"]],
     ["婴儿死亡率:2020年3.1‰,2021年2.8‰,2022年目标4‰。", "居民健康档案建档率:2020年86.5%,2021年88.2%,2022年目标90%以上。"]),
    # a unit in brackets after the row's name is its numbers' unit; a bracket that is no unit is not
    ([["指标名称", "2023年完成", "2024年目标"], ["婴儿死亡率(‰)", "3.1", "≤4"], ["参合率(新农合)", "98.5", "99"]],
     ["婴儿死亡率(‰):2023年完成3.1‰,2024年目标≤4‰。", "参合率(新农合):2023年完成98.5,2024年目标99。"]),
    # a unit written as a ratio (1/10万, 1/千) is the rate it names; a cell of dashes says nothing;
    # a unit that starts with a digit and is no ratio never runs into the number
    ([["指标", "单位", "目标", "完成", "完成率"], ["孕产妇死亡率", "1/10万", "≤18", "0", "—"], ["婴儿死亡率", "1/千", "≤8", "3.2", "/"],
      ["服务人口", "3年", "5", "6", ""]],
     ["孕产妇死亡率:目标≤18/10万,完成0/10万。", "婴儿死亡率:目标≤8‰,完成3.2‰。", "服务人口:目标5,完成6。"]),
    # a column that says whether a goal binds (属性: 预期性, 约束性) names nothing
    ([["序号", "指标", "单位", "2020年基数", "2021年目标", "属性"], ["1", "人均预期寿命", "岁", "80.2", "80.5", "预期性"]],
     ["人均预期寿命:2020年基数80.2岁,2021年目标80.5岁。"]),
    # …nor one that says how far along it is (进度: 符合预期, 滞后), though a number under it is a value
    ([["指标", "单位", "2015年", "2020年目标", "2017年", "进度", "属性"], ["每千人口注册护士数", "人", "1.86", "2.5", "2.05", "滞后", "预期性"],
      ["县域内就诊率", "%", "82.1", "90", "86.3", "52%", "约束性"]],
     ["每千人口注册护士数:2015年1.86人,2020年目标2.5人,2017年2.05人。", "县域内就诊率:2015年82.1%,2020年目标90%,2017年86.3%,进度52%。"]),
    # …nor a plan's assessment's verdict on each row (评估结论: 已完成, 进度符合预期, 滞后)
    ([["指标", "单位", "2015年基期值", "2020年目标值", "2018年实际值", "评估结论"], ["人均预期寿命", "岁", "76.8", "77.5", "77.6", "已完成"],
      ["每千常住人口注册护士数", "人", "1.52", "3.14", "2.11", "滞后"]],
     ["人均预期寿命:2015年基期值76.8岁,2020年目标值77.5岁,2018年实际值77.6岁。",
      "每千常住人口注册护士数:2015年基期值1.52人,2020年目标值3.14人,2018年实际值2.11人。"]),
    # a base's bound goes after its number, where 基数 reads it as the base (>95 is 95%以上)
    ([["序号", "指标", "单位", "2020年基数", "2025年目标", "属性"], ["14", "适龄儿童免疫规划疫苗接种率", "%", ">95", ">95", "约束性"],
      ["2", "孕产妇死亡率", "/10万", "≤10", "≤9", "预期性"]],
     ["适龄儿童免疫规划疫苗接种率:2020年基数95%以上,2025年目标>95%。", "孕产妇死亡率:2020年基数10/10万以下,2025年目标≤9/10万。"]),
    # a column of changes reads as rises and falls, in % (or points), whatever the row's unit
    ([["指标名称", "单位", "2013年", "2014年", "增长%"], ["总诊疗人次", "万人次", "152.3", "163.8", "7.6"],
      ["平均住院日", "天", "8.6", "8.3", "-3.5"]],
     ["总诊疗人次:2013年152.3万人次,2014年163.8万人次,增长7.6%。", "平均住院日:2013年8.6天,2014年8.3天,下降3.5%。"]),
    ([["指标", "2021年", "2022年", "增减(百分点)"], ["参合率", "98.7%", "99.1%", "0.4"]],
     ["参合率:2021年98.7%,2022年99.1%,增长0.4个百分点。"]),
    # …signed by a portal's arrow, triangle or word as by + and -
    ([["指标", "2024年", "同比"], ["出院人数(万人)", "8.92", "↗2.1%"], ["门诊人次(万人次)", "86.5", "▽3.4%"],
      ["手术台次(台)", "3200", "增6.4%"]],
     ["出院人数(万人):2024年8.92万人,增长2.1%。", "门诊人次(万人次):2024年86.5万人次,下降3.4%。", "手术台次(台):2024年3200台,增长6.4%。"]),
    # …but a change under 增减 or 增长 alone that is the difference of the row's values is an amount in their
    # unit, and in points when they are rates
    ([["监督领域", "单位", "2022年", "2023年", "增减"], ["公共场所", "户次", "1320", "1486", "+166"],
      ["学校卫生", "户次", "410", "362", "-48"]],
     ["公共场所:2022年1320户次,2023年1486户次,增长166户次。", "学校卫生:2022年410户次,2023年362户次,下降48户次。"]),
    ([["指标", "2021年", "2022年", "增长"], ["参合率", "98.7%", "99.1%", "0.4"], ["总诊疗人次(万人次)", "152.3", "163.8", "7.6"]],
     ["参合率:2021年98.7%,2022年99.1%,增长0.4个百分点。", "总诊疗人次(万人次):2021年152.3万人次,2022年163.8万人次,增长7.6%。"]),
    # a ratio in brackets after the row's name is its numbers' unit, and no value of its own
    ([["指标", "2021年", "2020年"], ["孕产妇死亡率(1/10万)", "21.35", "0"]], ["孕产妇死亡率:2021年21.35/10万,2020年0/10万。"]),
    # a unit with 万 in brackets after the row's name
    ([["指标", "2019年", "2020年"], ["总诊疗人次(万人次)", "132.5", "118.7"]], ["总诊疗人次(万人次):2019年132.5万人次,2020年118.7万人次。"]),
    # a heading of two rows: the year over each column's own heading, a group's word (年份) or a comparison
    # (2022年比2021年) over it gives nothing; an amount of change is in the row's unit
    ([["指标", "单位", "年份", "年份", "2022年比2021年", "2022年比2021年"], ["指标", "单位", "2021年", "2022年", "增减量", "增减(%)"],
      ["床位数", "张", "16502", "17215", "713", "4.32"]], ["床位数:2021年16502张,2022年17215张,增长713张,增长4.32%。"]),
    ([["指标", "2021年", "2021年"], ["指标", "全市", "其中:农村"], ["其中:医院病床使用率(%)", "78.4", "71.2"]],
     ["其中医院病床使用率(%):2021年全市78.4%,2021年农村71.2%。"]),
    # a table in Traditional script is read as in Simplified (單位 is the unit column, 20/10萬以下 a value)
    ([["指標", "單位", "目標值", "完成值"], ["嬰兒死亡率", "‰", "4", "3.1"]], ["婴儿死亡率:目标值4‰,完成值3.1‰。"]),
    ([["指標名稱", "2014年目標", "完成值"], ["孕產婦死亡率", "20/10萬以下", "0"], ["新農合參合率", "不低於98%", "98.7%"]],
     ["孕产妇死亡率:2014年目标20/10万以下,完成值0/10万。", "新农合参合率:2014年目标不低于98%,完成值98.7%。"]),
    # a 绩效目标表: the deepest level of indicator names the row, the groups above it (产出指标, 数量指标)
    # name nothing, nor do the scores (分值, 得分); a bare 0 beside ≤18/10万 is 0/10万; 79元/人 is one value
    ([["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分"],
      ["产出指标", "数量指标", "居民电子健康档案建档人数", "≥32.5万人", "33.18万人", "5", "5"],
      ["效益指标", "社会效益指标", "孕产妇死亡率", "≤18/10万", "0", "5", "5"],
      ["产出指标", "成本指标", "人均基本公共卫生服务经费补助标准", "79元/人", "79元/人", "3", "3"]],
     ["居民电子健康档案建档人数:指标值≥32.5万人,实际完成值33.18万人。", "孕产妇死亡率:指标值≤18/10万,实际完成值0/10万。",
      "人均基本公共卫生服务经费补助标准:指标值79元/人,实际完成值79元/人。"]),
    # the template's groups name nothing under any heading; a bare number takes its row's unit only in a
    # column of values, and only when the row's values agree on one
    ([["指标类别", "指标名称", "目标值", "完成值", "排名"], ["满意度指标", "群众满意度", "≥85%", "91.3", "2"],
      ["质量指标", "床位数", "500张", "80%", ""]],
     ["群众满意度:目标值≥85%,完成值91.3%。", "床位数:目标值500张,完成值80%。"]),
    # a goal someone set (省定目标) is a goal of the row's indicator, who set it in brackets; a column
    # of changes against last year (较上年增减) reads as rises and falls
    ([["指标", "省定目标", "2019年完成", "较上年增减（百分点）"], ["居民电子健康档案建档率", "90", "92.4%", "+1.8"],
      ["严重精神障碍患者规范管理率", "80%", "88.5%", "-0.7"]],
     ["居民电子健康档案建档率:目标(省定)90%,2019年完成92.4%,增长1.8个百分点。",
      "严重精神障碍患者规范管理率:目标(省定)80%,2019年完成88.5%,下降0.7个百分点。"]),
    # a row drawn with bars may lack its last cell
    ([["指标名称", "单位", "2018年目标", "2018年完成", "完成率"], ["65岁以上老年人健康管理率", "%", "67", "69.8", ""],
      ["孕产妇系统管理率", "%", "≥90", "91.7", "101.9%"]],
     ["65岁以上老年人健康管理率:2018年目标67%,2018年完成69.8%。", "孕产妇系统管理率:2018年目标≥90%,2018年完成91.7%,孕产妇系统管理率完成率101.9%。"]),
    # who is to do it (责任股室) names nothing measured
    ([["指标", "2023年完成", "2024年目标", "责任股室"], ["家庭医生团队数(个)", "172", "186", "基层卫生股"]],
     ["家庭医生团队数(个):2023年完成172个,2024年目标186个。"]),
    # the state of things (现状) is a result, a 基期 the base, 计划数 and 完成数 a plan and its result,
    # each with its year and unit; words in brackets that are no unit stay with their heading
    ([["指标", "2018年现状", "2025年目标", "指标性质"], ["每千常住人口床位数（张）", "6.10", "7.2", "指导性"]],
     ["每千常住人口床位数（张）:2018年实际值6.10张,2025年目标7.2张。"]),
    ([["指标", "2015年基期(%)", "计划数", "完成数"], ["住院分娩率", "96.5", "98%", "99.1%"]],
     ["住院分娩率:2015年基数96.5%,计划98%,完成值99.1%。"]),
    # a signed number under a column not read as changes names nothing
    ([["指标", "2019年", "比省均"], ["婴儿死亡率", "3.1‰", "-0.6"]], ["婴儿死亡率:2019年3.1‰。"]),
    # a plan and its result (年度计划 | 实际完成) are read as such, so the row's name names both
    ([["序号", "项目名称", "单位", "年度计划", "实际完成", "完成率"], ["1", "适龄妇女“两癌”免费筛查", "人", "12000", "12436", "103.6%"]],
     ["适龄妇女“两癌”免费筛查:计划12000人,实际完成值12436人,完成率103.6%。"]),
    # a heading that names a measure of its own (实际到位) follows the row's name; a column of rates
    # (执行率 99.4%) lends its % to no bare number; a total names its values by the headings alone
    ([["项目", "计划投资", "实际到位", "执行率"], ["两癌筛查", "240", "238.6", "99.4%"], ["合计", "1000", "1010.9", "101.1%"]],
     ["两癌筛查:计划投资240,两癌筛查实际到位238.6,执行率99.4%。", "合计:计划投资1000,实际到位1010.9,执行率101.1%。"]),
    # the words the row's name and such a heading share are said once (健康管理 | 管理人数); a place's row
    # is named by the headings, the place kept apart
    ([["项目", "目标人数（人）", "管理人数（人）", "管理率（%）"], ["65岁及以上老年人健康管理", "41510", "43227", "72.9"]],
     ["65岁及以上老年人健康管理:目标人数41510人,65岁及以上老年人健康管理人数43227人,管理率72.9%。"]),
    ([["乡镇", "签约人数（人）", "签约率（%）"], ["城关镇", "38420", "45.3"]], ["城关镇:签约人数38420人,签约率45.3%。"]),
    # …in Traditional script too, which the cells are read in
    ([["區縣", "床位數（張）", "病床使用率（%）"], ["江城區", "5920", "92.4"], ["總計", "15826", "86.3"]],
     ["江城区:床位数5920张,病床使用率92.4%。", "总计:床位数15826张,病床使用率86.3%。"]),
    # a row of an institution whose first value is so named: its name is said before each, not before a colon
    ([["机构", "诊疗人次", "住院人次"], ["县人民医院", "5000人次", "3000人次"]], ["县人民医院诊疗人次5000人次,县人民医院住院人次3000人次。"]),
    # a heading of counts (监督户次) names the unit of its bare numbers; a row whose first value is a measure of its own
    # (学校食堂监督户次) names each of its measures (学校食堂合格率)
    ([["监督领域", "监督户次", "合格率（%）"], ["学校食堂", "126", "98.4"], ["合计", "2810", "—"]],
     ["学校食堂监督户次126户次,学校食堂合格率98.4%。", "合计:监督户次2810户次。"]),
    ([["监督领域", "监督户次", "罚款（元）"], ["公共场所", "738", "15500"]], ["公共场所监督户次738户次,公共场所罚款15500元。"]),
    # …as a heading of doses given does (报告接种剂次)
    ([["乡镇", "建卡建证率(%)", "报告接种剂次"], ["石桥镇", "99.1", "9847"]], ["石桥镇:建卡建证率99.1%,报告接种剂次9847剂次。"]),
    # …and one of tests made (检测项次), beside a heading that says its unit in brackets
    ([["季度", "采集样品（份）", "检测项次"], ["第一季度", "312", "2086"]], ["第一季度:采集样品312份。第一季度:检测项次2086项次。"]),
    # …and so does a heading of 件数, as a 政府信息公开 report's table of documents made and repealed has it
    ([["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"], ["行政规范性文件", "2", "1", "9"]],
     ["行政规范性文件本年制发件数2件,行政规范性文件本年废止件数1件,行政规范性文件现行有效件数9件。"]),
    # a plan's domain (领域: 健康水平, 健康服务) groups its rows and names none
    ([["领域", "主要指标", "单位", "2025年基期值", "2030年目标值"], ["健康水平", "人均预期寿命", "岁", "79.2", "80.5"],
      ["健康服务", "县域内就诊率", "%", "88", "≥90"]],
     ["人均预期寿命:2025年基期值79.2岁,2030年目标值80.5岁。", "县域内就诊率:2025年基期值88%,2030年目标值≥90%。"]),
    # a column of how things went (完成情况) that holds numbers holds the results; its remarks name nothing
    ([["项目", "年度目标", "完成情况", "完成率"], ["孕妇无创产前基因检测", "1500人", "1486人", "99.1%"],
      ["新建标准化村卫生室", "12个", "已完成", ""]],
     ["孕妇无创产前基因检测:年度目标1500人,完成值1486人,完成率99.1%。", "新建标准化村卫生室:年度目标12个。"]),
    # a rate's row says its name before its share done, which would else take the rate's place (筛查率完成率)
    ([["项目", "年度目标", "完成值", "完成率"], ["新生儿遗传代谢病筛查率", "≥95%", "98.7%", "103.9%"]],
     ["新生儿遗传代谢病筛查率:年度目标≥95%,完成值98.7%,新生儿遗传代谢病筛查率完成率103.9%。"]),
    # values in Chinese numerals are values, a share as it stands and a bare numeral with its column's unit
    ([["指标名称", "2021年目标值", "2021年完成值"], ["家庭医生签约率", "百分之四十", "百分之四十二点五"]],
     ["家庭医生签约率:2021年目标值百分之四十,2021年完成值百分之四十二点五。"]),
    ([["项目名称", "计划投资（万元）", "完成投资（万元）"], ["乡镇卫生院周转房", "六百", "五百八十"]],
     ["乡镇卫生院周转房:计划投资六百万元,完成投资五百八十万元。"]),
    # a year's 实际 is its result, as 现状 is
    ([["指标", "2021年实际", "2022年目标"], ["每千人口床位数(张)", "6.12", "6.3"]],
     ["每千人口床位数(张):2021年实际值6.12张,2022年目标6.3张。"]),
    # a row without a value keeps its cells
    ([HEADING, ["", "备注:数据截至11月底", "", ""], ["2", "床位数", "500张", "520张"]],
     ["\t备注:数据截至11月底\t\t", "床位数:目标值500张,完成值520张。"]),
    # a task table's row says its goal in words: its cells are clauses of one sentence, the task named
    # first, without its number and the offices that do it (新增床位1000张规划发展科 would name 规划发展科)
    ([["序号", "重点任务", "目标", "牵头单位", "责任单位", "完成时限"],
      ["2", "推进区域医疗中心建设", "新院区完成投资8.5亿元，新增床位1000张", "规划发展科", "市人民医院", "2021年10月底前"]],
     ["推进区域医疗中心建设:新院区完成投资8.5亿元，新增床位1000张;2021年10月底前。"]),
    ([["序号", "重点任务", "目标", "完成时限"], ["7", "严重精神障碍患者管理", "规范管理率不低于85%", "全年"]],
     ["严重精神障碍患者管理:规范管理率不低于85%;全年。"]),
    # a hospital's row: its name before every value's heading, however short, as each value is that hospital's
    ([["医院", "药占比(%)", "次均门诊费用(元)", "平均住院日(天)"], ["县中医院", "27.2", "198.5", "8.4"]],
     ["县中医院药占比27.2%,县中医院次均门诊费用198.5元,县中医院平均住院日8.4天。"]),
    # a budget's amounts (年初预算数, 全年执行数) are money in the table's unit, each named by its row
    ([["单位:万元", "", "", ""], ["项目名称", "年初预算数", "全年执行数", "执行率"], ["家庭医生签约服务项目", "420.00", "398.60", "94.90%"]],
     ["家庭医生签约服务项目年初预算数420.00万元,家庭医生签约服务项目全年执行数398.60万元,家庭医生签约服务项目执行率94.90%。"]),
    # …and so is a year's budget (年度预算) beside what was spent of it
    ([["项目名称", "年度预算", "上半年支出", "执行率"], ["基本公共卫生服务", "3250", "1689", "52.0%"]],
     ["基本公共卫生服务年度预算3250,基本公共卫生服务上半年支出1689,基本公共卫生服务执行率52.0%。"]),
    # two tables side by side (income beside spending) give a line each; a row's list number is no heading
    ([["单位:万元", "", "", ""], ["项目", "决算数", "项目", "决算数"], ["一、财政拨款收入", "8,216.40", "一、卫生健康支出", "9,102.75"]],
     ["财政拨款收入决算数8,216.40万元。", "卫生健康支出决算数9,102.75万元。"]),
    # why a result fell short (偏差原因分析) and a goal in words (逐步提高) name nothing
    ([["三级指标", "年度指标值", "实际完成值", "偏差原因分析"], ["居民健康素养水平", "逐步提高", "24.1%", ""],
      ["2型糖尿病患者基层规范管理服务率", "≥60%", "57.4%", "外出务工人员随访困难"]],
     ["居民健康素养水平:实际完成值24.1%。", "2型糖尿病患者基层规范管理服务率:年度指标值≥60%,实际完成值57.4%。"]),
    # a row of a kind of institution under what they have is named before each value, as a hospital's row is;
    # the total's row is the whole's
    ([["类别", "机构数(个)", "床位(张)"], ["社区卫生服务中心", "2", "80"], ["合计", "32", "3612"]],
     ["社区卫生服务中心机构数2个,社区卫生服务中心床位80张。", "合计:机构数32个,床位3612张。"]),
    # a field's cases and fines in an enforcement table are the field's, however short the headings
    ([["类别", "立案(件)", "罚款(元)"], ["放射卫生", "9", "27000"], ["合计", "64", "152300"]],
     ["放射卫生立案9件,放射卫生罚款27000元。", "合计:立案64件,罚款152300元。"]),
    ([["监督类别", "立案数", "罚没款(万元)"], ["学校卫生", "3", "0.6"]],
     ["学校卫生立案数3,学校卫生罚没款0.6万元。"]),
    # …but not the kind an institution's name ends in, which opens a heading of its own (医院 | 医院感染发生率)
    ([["医院名称", "甲级病历率(%)", "医院感染发生率(%)", "床护比"], ["县中医医院", "92.6", "0.96", "1:0.58"]],
     ["县中医医院甲级病历率92.6%,县中医医院医院感染发生率0.96%,县中医医院床护比1:0.58。"]),
    # a yes or a no under a heading that asks (达到基本标准 | 是) is no name of the row
    ([["序号", "单位", "达到基本标准", "达到推荐标准", "家庭医生团队数(个)"], ["2", "柳塘镇卫生院", "是", "否", "9"]],
     ["柳塘镇卫生院家庭医生团队数9个。"]),
    # no heading row of words: a list or a layout, rows as they stand
    ([["住院分娩率", "100%"], ["建档率", "90%"]], ["住院分娩率\t100%", "建档率\t90%"]),
    ([["工作总结", "全年门诊量12万人次。"]], ["工作总结\t全年门诊量12万人次。"]),
])
def test_rows_as_sentences(rows, lines):
    assert sentences(rows) == lines


def _docx(path, rows, caption="主要指标完成情况如下:"):
    import docx

    document = docx.Document()
    document.add_paragraph("某县卫生健康局2019年工作总结")
    document.add_paragraph(caption)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    document.add_paragraph("下一步,全县门诊量力争达到15万人次。")
    document.save(path)


def _html(path, rows, caption="主要指标完成情况如下:"):
    cells = "".join("<tr>" + "".join(f"<td>\n  {c} </td>" for c in row) + "</tr>\n" for row in rows)  # as pages lay them out
    path.write_text(f"<html><head><meta charset='utf-8'></head><body><h1>某县卫生健康局2019年工作总结</h1>"
                    f"<p>{caption}</p><table>{cells}</table>"
                    f"<p>下一步,全县门诊量力争达到15万人次。</p></body></html>", encoding="utf-8")


def _wechat(path, rows, caption="主要指标完成情况如下:"):
    """A WeChat post's table, as its editors build one: a <section> laid out as a row (display:flex)
    holding a <section> per cell."""
    grid = "".join("<section style='display:flex;'>" + "".join(f"<section style='width:25%;'><p><span>{c}</span></p></section>" for c in row)
                   + "</section>\n" for row in rows)
    path.write_text(f"<html><head><meta charset='utf-8'></head><body><h1>某县卫生健康局2019年工作总结</h1>"
                    f"<div id='js_content'><p>{caption}</p>{grid}"
                    f"<p>下一步,全县门诊量力争达到15万人次。</p></div></body></html>", encoding="utf-8")


ROWS = [HEADING, ["1", "居民健康档案建档率", "90%", "91.2%"], ["2", "高血压患者规范管理率", "60%", "58.3%"]]
FACTS = [(90, "target", "居民健康档案建档率", "health_record_filing_rate"),
         (91.2, "actual", "居民健康档案建档率", "health_record_filing_rate"),
         (60, "target", "高血压患者规范管理率", "hypertension_standard_mgmt_rate"),
         (58.3, "actual", "高血压患者规范管理率", "hypertension_standard_mgmt_rate"),
         (150000, "target", "门诊量", "outpatient_visits")]


@pytest.mark.parametrize("write,name", [(_docx, "report.docx"), (_html, "report.html"), (_wechat, "post.html")])
def test_a_table_of_targets_and_results(tmp_path, write, name):
    """A target and its result in one row: two facts of the row's indicator, in the table's place."""
    path = tmp_path / name
    write(path, ROWS)
    facts = process(path).facts
    assert [(f["value"], f["role"], f["indicator"], f["indicator_key"]) for f in facts] == FACTS
    assert {(f["aspect"], f["year"]) for f in facts[:4]} == {("level", 2019)}
    assert (facts[1]["original_sentence"], facts[1]["original_surface"]) == ("居民健康档案建档率\t90%\t91.2%", "91.2%")


@pytest.mark.parametrize("write,name", [(_docx, "report.docx"), (_html, "report.html")])
def test_a_table_in_traditional_script(tmp_path, write, name):
    """A bound in Traditional script (20/10萬以下) is a target as in Simplified, and the 0 beside it
    its result, quoted in the file's own characters."""
    path = tmp_path / name
    write(path, [["指標名稱", "2019年目標", "完成值"], ["孕產婦死亡率", "20/10萬以下", "0"], ["新農合參合率", "不低於98%", "98.7%"]],
          caption="主要指標完成情況如下:")
    facts = process(path).facts
    assert [(f["value"], f["unit"], f["qualifier"], f["role"], f["indicator_key"]) for f in facts[:4]] == [
        (20, "/10万", "at_most", "target", "maternal_mortality_ratio"), (0, "/10万", "exact", "actual", "maternal_mortality_ratio"),
        (98, "%", "at_least", "target", "ncms_enrollment_rate"), (98.7, "%", "exact", "actual", "ncms_enrollment_rate")]
    assert facts[0]["original_surface"] == "20/10萬以下"


def test_cells_spanning_rows_and_columns_of_a_web_page(tmp_path):
    """rowspan and colspan fill every place their cell covers, as a Word table's merged cells do."""
    path = tmp_path / "brief.html"
    path.write_text("<html><body><h1>青梧市2022年卫生健康统计简报</h1><table>"
                    "<tr><th rowspan='2'>指标</th><th rowspan='2'>单位</th><th colspan='2'>年份</th></tr>"
                    "<tr><th>2021年</th><th>2022年</th></tr>"
                    "<tr><td>床位数</td><td>张</td><td>16502</td><td>17215</td></tr>"
                    "<tr><td>孕产妇死亡率</td><td>1/10万</td><td>9.87</td><td>8.12</td></tr></table>"
                    "<p>全市卫生健康事业稳步发展。</p></body></html>", encoding="utf-8")
    facts = process(path).facts
    assert [(f["value"], f["unit"], f["year"], f["indicator"], f["indicator_key"]) for f in facts] == [
        (16502, "张", 2021, "床位数", "total_beds"), (17215, "张", 2022, "床位数", "total_beds"),
        (9.87, "/10万", 2021, "孕产妇死亡率", "maternal_mortality_ratio"), (8.12, "/10万", 2022, "孕产妇死亡率", "maternal_mortality_ratio")]


def _txt(path, rows):
    path.write_text("某县卫生健康局2019年工作总结\n主要指标完成情况如下:\n" + "".join("\t".join(row) + "\n" for row in rows)
                    + "下一步,全县门诊量力争达到15万人次。\n", encoding="utf-8")


def test_a_text_files_tab_separated_table(tmp_path):
    """Lines of tab-separated cells in a text file are a table too."""
    path = tmp_path / "report.txt"
    _txt(path, ROWS)
    facts = process(path).facts
    assert [(f["value"], f["role"], f["indicator"], f["indicator_key"]) for f in facts] == FACTS
    assert (facts[1]["original_sentence"], facts[1]["original_surface"]) == ("居民健康档案建档率\t90%\t91.2%", "91.2%")


@pytest.mark.parametrize("text,expected", [
    # a table drawn with bars, its rule of dashes left out
    ("表1\n| 指标 | 2019年 | 2020年 |\n|---|---|---|\n| 高血压患者规范管理率(%) | 68.5 | 71.2 |\n| 婴儿死亡率(‰) | 3.8 | 2.95 |\n",
     "表1\n高血压患者规范管理率(%):2019年68.5%,2020年71.2%。\n婴儿死亡率(‰):2019年3.8‰,2020年2.95‰。\n"),
    # a row that opens with a tab keeps the empty cell of a group named above it; the group (领域) names nothing
    ("领域\t主要指标\t2015年基数\t2020年目标\n健康水平\t人均预期寿命(岁)\t75.96\t77\n\t婴儿死亡率(‰)\t5.73\t<6\n",
     "人均预期寿命(岁):2015年基数75.96岁,2020年目标77岁。\n婴儿死亡率(‰):2015年基数5.73‰,2020年目标<6‰。\n"),
    # a ratio to one under single-spaced columns (医护比 1:1.06) is a value, its colon no prose, and the rows after it stay in the table
    ("指标名称 单位 2015年基期值 2020年目标值 2017年实际值 评估结论\n婴儿死亡率 ‰ 5.4 ≤5 4.1 已完成\n"
     "医护比 — 1:1.06 1:1.25 1:1.07 滞后\n县域内就诊率 % 82.1 90 86.7 进度符合预期\n",
     "婴儿死亡率:2015年基期值5.4‰,2020年目标值≤5‰,2017年实际值4.1‰。\n医护比:2015年基期值1:1.06,2020年目标值1:1.25,2017年实际值1:1.07。\n"
     "县域内就诊率:2015年基期值82.1%,2020年目标值90%,2017年实际值86.7%。\n"),
    # a row drawn with bars that lacks its last cell stays in the table, and the rows after it too
    ("| 指标名称 | 单位 | 2018年目标 | 2018年完成 | 完成率 |\n| 老年人健康管理率 | % | 67 | 69.8 |\n"
     "| 孕产妇系统管理率 | % | ≥90 | 91.7 | 101.9% |\n",
     "老年人健康管理率:2018年目标67%,2018年完成69.8%。\n孕产妇系统管理率:2018年目标≥90%,2018年完成91.7%,孕产妇系统管理率完成率101.9%。\n"),
    # a 绩效目标表 set apart by single spaces, its heading naming its column of values (指标值): the levels above
    # the indicator group it and name nothing
    ("绩效目标表\n一级指标 二级指标 三级指标 指标值\n产出指标 数量指标 家庭医生签约人数 ≥8万人\n效益指标 满意度指标 签约居民满意度 ≥92%\n",
     "绩效目标表\n家庭医生签约人数:指标值≥8万人。\n签约居民满意度:指标值≥92%。\n"),
    # a table of diseases set apart by single spaces, its heading giving a rate's unit: the deaths counted in 例
    ("表1 2019年法定传染病报告情况\n病种 报告例数 死亡数 发病率（/10万） 构成比（%）\n手足口病 402 0 77.61 21.43\n"
     "肺结核 213 1 41.12 11.35\n",
     "表1 2019年法定传染病报告情况\n手足口病报告例数402例,手足口病死亡数0例,手足口病发病率77.61/10万,手足口病构成比21.43%。\n"
     "肺结核报告例数213例,肺结核死亡数1例,肺结核发病率41.12/10万,肺结核构成比11.35%。\n"),
    # a year-end table of a county's projects set apart by single spaces: its 完成情况 holds the results, read as 完成值,
    # and its 责任单位 names no row
    ("2021年民生实事完成情况表\n项目 年度目标 完成情况 完成率 责任单位\n新建村卫生室 20个 22个 110% 县卫健局\n"
     "两癌筛查 6000人 6240人 104% 县妇幼保健院\n",
     "2021年民生实事完成情况表\n新建村卫生室:年度目标20个,完成值22个,完成率110%。\n两癌筛查:年度目标6000人,完成值6240人,完成率104%。\n"),
    # a web table a sharing site's text gives one cell a line: the row's words repeated in each row (完成) name none
    ("主要指标完成情况\n指标\n2025年目标\n2025年完成\n完成情况\n孕产妇系统管理率\n≥90%\n95.8%\n完成\n"
     "3岁以下儿童系统管理率\n≥90%\n93.4%\n完成\n三、存在的问题\n",
     "主要指标完成情况\n孕产妇系统管理率:2025年目标≥90%,2025年完成95.8%。\n3岁以下儿童系统管理率:2025年目标≥90%,2025年完成93.4%。\n三、存在的问题\n"),
    ("序号\n项目\n年度目标\n完成值\n1\n新建村卫生室\n20个\n22个\n2\n两癌筛查\n6000人\n6240人\n",
     "新建村卫生室:年度目标20个,完成值22个。\n两癌筛查:年度目标6000人,完成值6240人。\n"),
    # a table by month set apart by single spaces: each value a sentence of its month's, of whom its caption says; the change
    # on the month before is of the column it fits (报告例数 198 then 176: -11.11%), and a total of months short of the year's end is theirs
    ("附表：2022年1—3月全县法定传染病逐月报告情况\n月份 报告例数 死亡数 发病率（/10万） 环比（%）\n1月 198 0 44.01 —\n2月 176 1 39.12 -11.11\n"
     "3月 245 0 54.46 39.20\n合计 619 1 137.59 —\n",
     "附表：2022年1—3月全县法定传染病逐月报告情况\n1月:法定传染病报告例数198例。1月:法定传染病死亡数0例。1月:法定传染病发病率44.01/10万。\n"
     "2月:法定传染病报告例数176例。2月:法定传染病死亡数1例。2月:法定传染病发病率39.12/10万。2月:法定传染病报告例数环比下降11.11%。\n"
     "3月:法定传染病报告例数245例。3月:法定传染病死亡数0例。3月:法定传染病发病率54.46/10万。3月:法定传染病报告例数环比增长39.20%。\n"
     "1-3月合计:法定传染病报告例数619例。1-3月合计:法定传染病死亡数1例。1-3月合计:法定传染病发病率137.59/10万。\n"),
    # by quarter: a change none of the columns fits (同比) names no value
    ("季度 监督户次 立案（件） 同比（%）\n第一季度 612 18 8.5\n第二季度 745 25 -3.1\n合计 1357 43 —\n",
     "第一季度:监督户次612户次。第一季度:立案18件。\n第二季度:监督户次745户次。第二季度:立案25件。\n"
     "1-2季度合计:监督户次1357户次。1-2季度合计:立案43件。\n"),
    # an appraisal's scores by township set apart by full-width spaces: its 单位 names each row, its 得分 is a fact
    ("\u3000\u3000序号\u3000单位\u3000\u3000\u3000\u3000得分\u3000\u3000排名\n\u3000\u30001\u3000\u3000青石镇卫生院\u3000\u300095.6\u3000\u30001\n"
     "\u3000\u30002\u3000\u3000城关社区卫生服务中心\u300093.8\u3000\u30002\n",
     "青石镇卫生院得分95.6分。\n城关社区卫生服务中心得分93.8分。\n"),
    # …and by county with tabs, the grade each got (等次) beside its score and rank: a verdict, no name of the row
    ("序号\t县（市、区）\t综合得分\t排名\t等次\n1\t临河区\t96.82\t1\t优秀\n2\t北岭县\t91.67\t2\t良好\n",
     "临河区:综合得分96.82分。\n北岭县:综合得分91.67分。\n"),
    ("乡镇\u3000早孕建册率（%）\u3000系统管理率（%）\n城南镇\u300092.4\u300094.8\n东坪乡\u300089.7\u300092.3\n",
     "城南镇:早孕建册率92.4%,系统管理率94.8%。\n东坪乡:早孕建册率89.7%,系统管理率92.3%。\n"),
], ids=["bars", "tab_group", "single_spaced_ratio", "bars_short_row", "single_spaced_levels", "single_spaced_rates",
        "single_spaced_results", "one_cell_a_line", "one_cell_a_line_numbered", "single_spaced_months", "single_spaced_quarters",
        "full_width_scores", "tab_scores_graded", "single_full_width"])
def test_a_table_drawn_with_bars_or_tabs(text, expected):
    from minerals.tables import in_text

    assert in_text(text) == expected


def test_a_table_spaced_into_columns(tmp_path):
    """Cells set apart by runs of spaces, as tables come out of PDFs and scraped pages."""
    from minerals.tables import in_text

    text = "指标名称    2023年完成    2024年目标\n婴儿死亡率(‰)  3.1  ≤4\n一、主要工作  (一)医疗服务。全县门诊量12万人次。\n"
    assert in_text(text) == "婴儿死亡率(‰):2023年完成3.1‰,2024年目标≤4‰。\n一、主要工作  (一)医疗服务。全县门诊量12万人次。\n"


def test_a_table_set_apart_by_single_spaces():
    """A PDF's text keeps one space between cells: a heading with a year or a column's word,
    rows under it, some without the group named on the first row of theirs."""
    from minerals.tables import in_text

    text = ("表1 主要指标\n领域 序号 主要指标 单位 2020年 2025年 指标属性\n健康水平 1 人均预期寿命 岁 77.9 78.8 预期性\n"
            "2 孕产妇死亡率 /10万 12.6 ≤12 预期性\n13 个人卫生支出占卫生总费用的比重 % 28.6 ≤27 约束性\n\n一、发展基础\n")
    assert in_text(text) == ("表1 主要指标\n人均预期寿命:2020年77.9岁,2025年78.8岁。\n孕产妇死亡率:2020年12.6/10万,2025年≤12/10万。\n"
                             "个人卫生支出占卫生总费用的比重:2020年28.6%,2025年≤27%。\n\n一、发展基础\n")
    pdf = ("领域 序号 指标名称（单位） 2020 年 2025 年 属性\n健康水平 1 人均预期寿命（岁） 77.6 78.5 预期性\n"
           "4 5 岁以下儿童死亡率（‰） 6.02 ＜6 预期性\n5 重大慢性病过早死亡率（%） 15.9 下降 10% 预期性\n")
    assert in_text(pdf) == ("人均预期寿命（岁）:2020年77.6岁,2025年78.5岁。\n5岁以下儿童死亡率（‰）:2020年6.02‰,2025年＜6‰。\n"
                            "5 重大慢性病过早死亡率（%） 15.9 下降 10% 预期性\n")  # a row whose cells cannot be told apart stays
    # a page's number ends a table that the next page goes on with under its heading repeated
    paged = ("指标名称 2019年目标值 完成值 完成情况\n健康档案使用率 60% 63.2% 完成\n新生儿访视率 90% 95.6% 完成\n- 2 -\n"
             "指标名称 2019年目标值 完成值 完成情况\n产后访视率 90% 93.1% 完成\n孕产妇系统管理率 90% 91.42% 完成\n")
    assert in_text(paged) == ("健康档案使用率:2019年目标值60%,完成值63.2%。\n新生儿访视率:2019年目标值90%,完成值95.6%。\n- 2 -\n"
                              "产后访视率:2019年目标值90%,完成值93.1%。\n孕产妇系统管理率:2019年目标值90%,完成值91.42%。\n")
    # a name its cell wraps is one cell again; a unit column's dash gives no unit
    wrapped = ("序号 指标名称 单位 2015年 2016年目标 2016年完成\n1 新型农村合作医疗 参合率 % 98.6 ≥98 99.12\n"
               "8 出生人口性别比 — 113.6 ≤112 110.4\n9 每千常住人口医疗 卫生机构床位数 张 3.86 4.1 4.23\n")
    assert in_text(wrapped) == ("新型农村合作医疗参合率:2015年98.6%,2016年目标≥98%,2016年完成99.12%。\n"
                                "出生人口性别比:2015年113.6,2016年目标≤112,2016年完成110.4。\n"
                                "每千常住人口医疗卫生机构床位数:2015年3.86张,2016年目标4.1张,2016年完成4.23张。\n")
    years = "指标名称 2015年 2020年目标 2018年 进展情况\n婴儿死亡率(‰) 6.1 ≤6 4.6 已提前完成\n床位数(张) 5.1 6.0 5.72 符合进度\n"
    assert in_text(years) == "婴儿死亡率(‰):2015年6.1‰,2020年目标≤6‰,2018年4.6‰。\n床位数(张):2015年5.1张,2020年目标6.0张,2018年5.72张。\n"


def test_a_text_files_table_with_blank_lines_between_its_rows(tmp_path):
    """A 绩效目标表 in a text file that sets every line apart: its targets (指标值) and results
    (实际完成值) are the row's indicator's, a result of 0 included; its scores are no facts."""
    path = tmp_path / "report.txt"
    path.write_text("某县卫生健康局2021年度部门整体支出绩效自评报告\n\n一、绩效指标完成情况\n\n"
                    "一级指标    二级指标    三级指标    指标值    实际完成值    分值    得分\n\n"
                    "产出指标    质量指标    0-6岁儿童健康管理率    ≥90%    92.47%    5    5\n\n"
                    "效益指标    社会效益指标    孕产妇死亡率    ≤18/10万    0    5    5\n\n"
                    "指标    2020年    2021年\n\n床位数    500张    520张\n\n全年门诊量12万人次。\n", encoding="utf-8")
    facts = process(path).facts
    assert [(f["value"], f["unit"], f["role"], f["year"], f["indicator"], f["indicator_key"]) for f in facts[:4]] == [
        (90, "%", "target", 2021, "0-6岁儿童健康管理率", "child_0_6_health_mgmt_rate"),
        (92.47, "%", "actual", 2021, "0-6岁儿童健康管理率", "child_0_6_health_mgmt_rate"),
        (18, "/10万", "target", 2021, "孕产妇死亡率", "maternal_mortality_ratio"),
        (0, "/10万", "actual", 2021, "孕产妇死亡率", "maternal_mortality_ratio")]
    # another table after a blank line keeps its own heading
    assert [(f["value"], f["year"], f["indicator"]) for f in facts[4:6]] == [(500, 2020, "床位数"), (520, 2021, "床位数")]
    assert len(facts) == 7


@pytest.mark.parametrize("rows,expected", [
    ([["指标", "省定目标", "2019年完成", "较上年增减（百分点）"], ["高血压患者规范管理率", "70%", "76.1%", "-0.7"]],
     [(70, "%", "target", "level", None, "高血压患者规范管理率"), (76.1, "%", "actual", "level", None, "高血压患者规范管理率"),
      (0.7, "百分点", "actual", "change", "down", "高血压患者规范管理率")]),
    ([["指标", "2018年现状", "2025年目标"], ["每千常住人口床位数（张）", "6.10", "7.2"]],
     [(6.1, "张", "actual", "level", None, "每千常住人口床位数"), (7.2, "张", "target", "level", None, "每千常住人口床位数")]),
    ([["月份", "报告例数", "环比(%)"], ["1月", "198", "—"], ["2月", "176", "-11.11"], ["3月", "245", "39.20"]],
     [(198, "例", "actual", "level", None, "报告例数"), (176, "例", "actual", "level", None, "报告例数"),
      (11.11, "%", "actual", "change", "down", "报告例数"), (245, "例", "actual", "level", None, "报告例数"),
      (39.2, "%", "actual", "change", "up", "报告例数")]),
])
def test_the_roles_a_tables_headings_give(tmp_path, rows, expected):
    path = tmp_path / "report.html"
    _html(path, rows)
    facts = process(path).facts
    assert [(f["value"], f["unit"], f["role"], f["aspect"], f["direction"], f["indicator"]) for f in facts[:-1]] == expected


@pytest.mark.parametrize("text", [
    "全县\t门诊量12万人次。\n住院\t2万人次。\n",  # two cells a line: no table
    "2019年 全县 门诊量 12万人次\n住院 2万人次,出院 1万人次\n",  # one row after a heading-like line: no table
    "甲\t乙\t丙\n1\t2\n",  # lines of different widths
])
def test_text_without_a_table_stays(text):
    from minerals.tables import in_text

    assert in_text(text) == text


@pytest.mark.parametrize("rows,expected", [
    # a month's count is of part of the year: the year's, with no key of the year's series
    ([["月份", "宫颈癌筛查（人）", "乳腺癌筛查（人）"], ["3月", "820", "790"], ["6月", "1650", "1580"]],
     [(820, "宫颈癌筛查", 2019, None), (790, "乳腺癌筛查", 2019, None), (1650, "宫颈癌筛查", 2019, None), (1580, "乳腺癌筛查", 2019, None)]),
    ([["月份", "宫颈癌筛查（人）", "乳腺癌筛查（人）"], ["三月", "820", "790"], ["十一月", "1650", "1580"]],
     [(820, "宫颈癌筛查", 2019, None), (790, "乳腺癌筛查", 2019, None), (1650, "宫颈癌筛查", 2019, None), (1580, "乳腺癌筛查", 2019, None)]),
])
def test_a_tables_months_are_parts_of_the_year(tmp_path, rows, expected):
    path = tmp_path / "report.txt"
    _txt(path, rows)
    facts = process(path).facts
    assert [(f["value"], f["indicator"], f["year"], f["indicator_key"]) for f in facts[:-1]] == expected


def test_a_rate_done_in_a_table_is_its_level(tmp_path):
    path = tmp_path / "report.txt"
    _txt(path, [["指标名称", "2018年完成", "2019年完成"], ["居民健康素养水平(%)", "28.5", "30.2"]])
    facts = process(path).facts
    assert [(f["value"], f["aspect"], f["year"], f["indicator_key"]) for f in facts[:2]] == [
        (28.5, "level", 2018, "health_literacy_level"), (30.2, "level", 2019, "health_literacy_level")]


# A money table whose caption gives its unit, as a text file writes it with runs of spaces or bars.
MONEY = "某县卫生健康局2023年民生实事完成情况\n表2　项目资金投入情况（单位：万元）\n"


@pytest.mark.parametrize("table", [
    "项目            计划投资    实际到位    执行率\n两癌筛查        240         238.6       99.4%\n合计            5860        5712.6      97.5%\n",
    "项目 | 计划投资 | 实际到位 | 执行率\n两癌筛查 | 240 | 238.6 | 99.4%\n合计 | 5860 | 5712.6 | 97.5%\n",
    "项目            计划投资    实际到位\n两癌筛查        240         238.6\n合计            5860        5712.6\n",  # no column of rates
], ids=["spaces", "bars", "no_rates"])
def test_a_tables_caption_gives_its_unit(tmp_path, table):
    """（单位：万元） above a table makes its bare numbers money; a column of rates keeps its % to itself."""
    path = tmp_path / "report.txt"
    path.write_text(MONEY + table + "全县民生实事项目全部按期推进。\n", encoding="utf-8")
    facts = [(f["value"], f["unit"], f["role"], f["indicator"]) for f in process(path).facts if f["unit"] == "万元"]
    assert facts == [(240, "万元", "target", "两癌筛查投资"), (238.6, "万元", "actual", "两癌筛查实际到位"),
                     (5860, "万元", "target", "投资"), (5712.6, "万元", "actual", "投资实际到位")]
    assert not any(f["unit"] == "%" and f["value"] > 200 for f in process(path).facts)


@pytest.mark.parametrize("write,name", [(_docx, "report.docx"), (_html, "report.html")])
def test_a_tables_first_row_gives_its_unit(tmp_path, write, name):
    """A Word or web table whose first row, merged across it, says 单位:万元."""
    path = tmp_path / name
    write(path, [["单位：万元"] * 3, ["项目", "计划投资", "实际到位"], ["两癌筛查", "240", "238.6"]])
    facts = process(path).facts
    assert [(f["value"], f["unit"], f["indicator"]) for f in facts[:2]] == [(240, "万元", "两癌筛查投资"), (238.6, "万元", "两癌筛查实际到位")]


@pytest.mark.parametrize("write,name", [(_docx, "report.docx"), (_html, "report.html")])
def test_a_word_or_web_tables_caption_gives_its_unit(tmp_path, write, name):
    """表1 …（单位：%） above a Word or web table, as above a text file's: its bare numbers are rates."""
    path = tmp_path / name
    write(path, [["指标名称", "2019年目标值", "2019年完成值"], ["孕产妇系统管理率", "≥90", "93.2"]],
          caption="表1 2019年度目标任务完成情况表（单位：%）")
    facts = process(path).facts
    assert [(f["value"], f["unit"], f["qualifier"], f["role"]) for f in facts[:2]] == [
        (90, "%", "at_least", "target"), (93.2, "%", "exact", "actual")]


def test_a_line_of_named_values_keeps_its_columns(tmp_path):
    """A data appendix sets named values side by side: each name keeps its own value."""
    from minerals.tables import in_text

    line = "　　检查医疗机构：968家次　　监督覆盖率：100%\n"
    assert in_text(line) == "　　检查医疗机构：968家次；监督覆盖率：100%\n"
    assert in_text("一、主要工作  (一)医疗服务。全县门诊量12万人次。\n") == "一、主要工作  (一)医疗服务。全县门诊量12万人次。\n"
    path = tmp_path / "report.txt"
    path.write_text("某区卫生健康局2023年医疗废物监督检查工作情况的报告\n全年监督检查工作有序开展。\n附件：主要数据\n" + line
                    + "　　立案查处：47件　　　　　　罚没款：26.85万元\n", encoding="utf-8")
    assert [(f["value"], f["indicator"]) for f in process(path).facts] == [
        (968, "检查医疗机构"), (100, "监督覆盖率"), (47, "立案查处"), (26.85, "罚没款")]


def test_a_plan_tables_base_with_a_bound_is_its_base(tmp_path):
    """A plan table's base year written with a bound (2020年基数 >95) is the base, as its neighbours are."""
    path = tmp_path / "plan.txt"
    path.write_text("临江市“十四五”卫生健康事业发展规划\n表1 主要指标\n"
                    "类别 序号 主要指标 单位 2020年基数 2025年目标 指标属性\n健康水平 1 人均预期寿命 岁 78.6 79.6 预期性\n"
                    "2 适龄儿童免疫规划疫苗接种率 % >95 >95 约束性\n3 孕产妇死亡率 /10万 ≤10 ≤9 预期性\n", encoding="utf-8")
    facts = [(f["value"], f["qualifier"], f["role"], f["year"]) for f in process(path).facts]
    assert facts == [(78.6, "exact", "baseline", 2020), (79.6, "exact", "target", 2025), (95, "at_least", "baseline", 2020),
                     (95, "at_least", "target", 2025), (10, "at_most", "baseline", 2020), (9, "at_most", "target", 2025)]


def test_a_tables_evidence_is_the_files_own_words(tmp_path):
    """A row read as a sentence is quoted as the file writes it: the row's cells, each value its
    own cell (0, not the 0/10万 it is read as); the headings and scores stay out of the quote."""
    path = tmp_path / "report.txt"
    text = ("某县卫生健康局2023年度部门整体支出绩效自评报告\n一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
            "效益指标\t社会效益指标\t孕产妇死亡率\t≤15/10万\t0\t5\t5\n产出指标\t数量指标\t县域内就诊率\t≥90%\t88.5\t5\t3.5\n")
    path.write_text(text, encoding="utf-8")
    facts = process(path).facts
    assert [(f["surface"], f["original_surface"], f["original_sentence"]) for f in facts] == [
        ("15/10万", "15/10万", "孕产妇死亡率\t≤15/10万\t0"), ("0/10万", "0", "孕产妇死亡率\t≤15/10万\t0"),
        ("90%", "90%", "县域内就诊率\t≥90%\t88.5"), ("88.5%", "88.5", "县域内就诊率\t≥90%\t88.5")]
    document = process(path).documents[0]
    assert all(document["original"][f["original_start"]:f["original_end"]] == f["original_surface"] for f in facts)
    assert all(f["original_sentence"] in text for f in facts)


def test_a_web_tables_evidence_is_its_row(tmp_path):
    """A web table's row is quoted as its cells set apart by tabs, all of them, where a name
    cell stands right of the values it names (建设内容 after 完成投资)."""
    path = tmp_path / "report.html"
    _html(path, [["项目", "总投资(万元)", "完成投资(万元)", "建设内容"], ["县人民医院新院区", "128000", "46500", "床位1200张"]])
    facts = process(path).facts
    assert [(f["surface"], f["original_surface"], f["original_sentence"]) for f in facts[:3]] == [
        ("1200张", "1200张", "县人民医院新院区\t128000\t46500\t床位1200张"),
        ("128000万元", "128000", "县人民医院新院区\t128000\t46500\t床位1200张"),
        ("46500万元", "46500", "县人民医院新院区\t128000\t46500\t床位1200张")]


@pytest.mark.parametrize("text,expected", [
    # three columns set apart by single spaces, two of their headings a year's or a column's word; a PDF's
    # font may set its radicals for whole characters (⽬标, ⼈)
    ("指标 2022年⽬标 完成值\n家庭医⽣签约率 ≥45% 47.2%\n每千⼈⼝执业(助理)医师数 2.8⼈ 2.91⼈\n二、工作计划\n",
     "家庭医生签约率:2022年目标≥45%,完成值47.2%。\n每千人口执业(助理)医师数:2022年目标2.8人,完成值2.91人。\n二、工作计划\n"),
    ("项目 2019年 2020年\n床位数 5800张 6100张\n门诊人次 120万 128万\n",
     "床位数:2019年5800张,2020年6100张。\n门诊人次:2019年120万,2020年128万。\n"),
    # one such word among three pieces of a PDF's spaced prose is no heading
    ("全县 2019年 医疗卫生\n机构 1937 个\n床位 5800 张\n", "全县 2019年 医疗卫生\n机构 1937 个\n床位 5800 张\n"),
])
def test_a_pdfs_table_of_three_columns(text, expected):
    from minerals.tables import in_text

    assert in_text(text) == expected


def test_a_table_run_into_its_paragraph(tmp_path):
    """A 文库 copy runs a table into its paragraph, cells set apart by single spaces: each row is
    read with its heading (2019年目标 a target, 完成值 a result) and quoted as the file writes it."""
    from minerals.tables import in_text

    line = ("全县卫生工作成效明显。 2019年主要指標完成情況如下： 指標名稱 2019年目標 完成值 居民電子健康檔案建檔率 90% 91.2% "
            "高血壓患者規(guī)範管理率 70% 72.6% 二、存在的主要問題 一是人才不足。\n")
    assert in_text(line) == ("全县卫生工作成效明显。 2019年主要指標完成情況如下： \n居民电子健康档案建档率:2019年目标90%,完成值91.2%。\n"
                             "高血压患者规(guī)范管理率:2019年目标70%,完成值72.6%。\n二、存在的主要問題 一是人才不足。\n")
    path = tmp_path / "report.txt"
    path.write_text("寧川縣衛生健康局2019年工作總結\n" + line, encoding="utf-8")
    facts = process(path).facts
    assert [(f["value"], f["role"], f["indicator"], f["original_sentence"]) for f in facts] == [
        (90, "target", "居民电子健康档案建档率", "居民電子健康檔案建檔率 90% 91.2%"),
        (91.2, "actual", "居民电子健康档案建档率", "居民電子健康檔案建檔率 90% 91.2%"),
        (70, "target", "高血压患者规范管理率", "高血壓患者規(guī)範管理率 70% 72.6%"),
        (72.6, "actual", "高血压患者规范管理率", "高血壓患者規(guī)範管理率 70% 72.6%")]
    # one row after the heading, or a row of prose: no table
    for text in ("指标 2019年目标 完成值 建档率 90% 91.2% 其余未完成。\n", "项目 2018年 2019年 全县门诊量增长,住院 2万 3万 4万 5万\n"):
        assert in_text(text) == text
