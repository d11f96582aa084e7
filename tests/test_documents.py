"""A document's metadata from its own words: years, type, bureau and region (FACTS.md, "Documents")."""
from __future__ import annotations

import pytest

from extractors import extract
from minerals.documents import describe, published, split, titled_by_name
from minerals.normalise import normalise
from minerals.pipeline import passages

_WORK = "\n\n二、主要工作\n\n全年门诊量12万人次,住院1.2万人次。"
_PLAN = "\n\n三、下一步工作打算\n\n全县家庭医生签约率达到70%。"
# A yearbook's health chapter: entries under topics in square brackets, one of them a hospital's own.
_YEARBOOK = ("梅溪县年鉴(2020)\n\n卫生健康\n\n【概况】 2019年,全县有医疗卫生机构412个,卫生技术人员3126人。\n"
             "【县人民医院】 年末开放床位920张,职工1128人。全年门急诊61.3万人次,比上年增长6.2%;药占比27.8%。\n"
             "【妇幼健康与人口家庭】 全年全县出生人口5126人。\n")


def _described(text: str):
    docs = split(normalise(text).text)
    if docs and docs[0].start == 0:
        docs[0].published = published(text)  # as the pipeline gives it
    docs = [describe(d) for d in docs]
    assert len(docs) == 1
    return docs[0]


@pytest.mark.parametrize("text,report_year,plan_year", [
    # a dateline under the title: a report given in December reports its year; the year a
    # comparison starts from (较2016年) and the start of a span (2016年以来) do not
    ("关于全县基层卫生人才队伍建设情况的报告\n\n——2019年12月18日在县十七届人大常委会第二十三次会议上\n\n一、基本情况\n\n"
     "全县共有注册全科医生156人,每万人口全科医生数为2.34人,较2016年的1.12人增加了1.22人。\n\n二、主要工作\n\n"
     "(一)加大培养力度。2016年以来,全县累计选送126名医生参加转岗培训。2019年新增注册全科医生39人。" + _PLAN, 2019, 2020),
    # an as-of date opening the text
    ("关于全县基层卫生人才队伍建设情况的报告\n\n一、基本情况\n\n截至2019年11月底,全县有乡镇卫生院21所。\n\n二、主要工作\n\n"
     "2016年以来,全县累计选送126名医生参加转岗培训。" + _PLAN, 2019, 2020),
    ("临川县卫生健康局关于全县新冠病毒疫苗接种工作进展情况的通报\n(第23期)\n\n各乡镇人民政府:\n\n"
     "现将截至2021年12月15日的接种进展情况通报如下:\n\n一、总体进展\n\n全县累计接种106.83万剂次。" + _PLAN
     + "\n\n临川县卫生健康局\n2021年12月16日\n", 2021, 2022),
    # the year evaluated, under a dateline of the next spring
    ("关于县级公立医院综合改革效果评估的报告\n\n(临澧县卫生和计划生育局 2018年4月)\n\n"
     "评估以2015年为基期,以2017年为评估年度,现将有关情况报告如下。" + _WORK, 2017, None),
    # a dateline of January to April with no year named: the year before
    ("关于县级公立医院综合改革效果评估的报告\n\n(临澧县卫生和计划生育局 2018年3月)\n\n现将有关情况报告如下。" + _WORK, 2017, None),
    # a signature at the end: the latest year the results name, up to the year signed
    ("云溪区国家慢性病综合防控示范区复审工作自评报告\n\n云溪区卫生健康局\n\n2016年我区被命名为国家慢性病综合防控示范区。"
     "\n\n一、基本情况\n\n全区2020年末常住人口67.3万人。人均预期寿命由2015年的78.2岁提高到2020年的80.1岁。" + _PLAN
     + "到2022年,居民健康素养水平达到28%以上。\n\n云溪区卫生健康局\n2021年5月\n", 2020, 2021),
    ("关于全县卫生工作情况的报告\n\n一、基本情况\n\n全县门诊量12万人次。" + _PLAN + "\n\n某县卫生健康局\n二〇二〇年十二月八日\n",
     2020, 2021),
    # signed in midsummer with no year named: nothing tells
    ("关于全县卫生工作情况的报告\n\n一、基本情况\n\n全县门诊量12万人次。" + _WORK + "\n\n某县卫生健康局\n2021年7月2日\n", None, None),
    # …but one that speaks of 今年 reports the year it is given in
    ("关于全县卫生健康工作情况的报告\n\n——2022年8月26日在长宁县第十八届人民代表大会常务委员会第五次会议上\n\n"
     "一、基本情况\n\n今年以来,全县门诊量12万人次,去年同期为11万人次。" + _PLAN, 2022, 2023),
    # a reply dated in June reports the state at the end of the year before
    ("关于县政协十届一次会议第0087号提案的答复\n\n河东县卫生健康局\n\n王文华委员:\n\n现将办理情况答复如下:\n\n"
     "一、我县乡村医生队伍现状\n\n截至2021年底,全县共有行政村248个,在岗乡村医生413人。"
     "所需资金约90万元,已列入2022年县级财政预算。\n\n二、下一步工作\n\n力争年内再将60名乡村医生纳入“乡聘村用”。"
     "\n\n河东县卫生健康局\n2022年6月15日\n", 2021, 2022),
    # a title naming the year audited, a rectification as of the next autumn
    ("新城区卫生健康局关于2020年度预算执行审计发现问题整改情况的报告\n\n区审计局:\n\n"
     "截至2021年10月31日,审计报告指出的18个问题已整改到位16个。" + _PLAN + "\n\n新城区卫生健康局\n2021年11月5日\n", 2021, 2022),
    # but an as-of date of the next spring does not move a year the title names
    ("新城区卫生健康局关于2020年度预算执行情况的报告\n\n截至2021年3月31日,已拨付资金952万元。" + _WORK, 2020, None),
    ("某县卫生健康局2020年工作总结\n\n截至2021年10月底,全县累计接种疫苗106万剂次。" + _WORK, 2020, None),
    # the base of a comparison is no report year
    ("关于全县卫生工作情况的报告\n\n较2016年,全县门诊量增长了12%。" + _WORK, None, None),
    ("某县卫生健康局工作总结\n\n2019年以来,全县卫生健康工作稳步推进。" + _WORK, 2019, None),
    # a summary reports no year after its title's, whatever year its plan opens with; a post's
    # plan may be headed 2024年,我们这样干
    ("丰宁县卫生健康局2023年工作总结\n\n全县组建家庭医生团队236个。\n\n2024年,我们这样干\n\n县域内就诊率力争达到90%。", 2023, 2024),
    # a plan whose body opens with the year its title plans: that year is planned, not reported
    ("北川县卫生局2011年卫生工作计划\n\n2011年,全县新农合参合率稳定在96%以上,住院分娩率达到99%以上。\n\n一、重点工作\n\n新建村卫生室30个。",
     None, 2011),
    # a plan for the rest of the year (二、第四季度工作安排) plans that year, though a point under it looks ahead
    ("宁远区卫生健康局2023年1-9月工作情况及第四季度工作安排\n\n2023年前三季度,全区门诊量12万人次。\n\n二、第四季度工作安排\n\n"
     "(一)冲刺全年目标。全年门诊量达到16万人次。\n\n(二)谋划2024年工作。2024年新增床位120张。", 2023, 2023),
    # a meeting's news: the year it looked back on, and the year its work ahead is for
    ("全市卫生健康工作会议召开\n\n会议全面总结2022年全市卫生健康工作,部署2023年重点任务。\n\n会议指出,2022年全市门诊量12万人次。"
     "\n\n会议强调,2023年全市卫生健康工作要重点抓好五个方面。一是县域内就诊率力争达到92%。", 2022, 2023),
    # a period's plan: the end of the span its preface gives opens no report year; its title's period plans
    ("赣州市“十四五”卫生健康事业发展规划\n\n前言\n\n本规划期限为2021—2025年,展望到2035年。\n\n第一章 发展基础\n\n"
     "2020年,全市共有医疗卫生机构9823个。\n\n第二章 主要目标\n\n到2025年,人均预期寿命达到79岁。", 2020, 2025),
    # …and one whose body opens with no year reports on the period before it, which its review looks back on
    ("岚溪县“十四五”卫生健康发展规划\n\n第一章 规划背景\n\n“十三五”期间,全县卫生健康事业取得长足发展。高血压患者规范管理率"
     "达到74.3%。\n\n第二章 发展目标\n\n到2025年,人均预期寿命达到78岁以上。", 2020, 2025),
    # a mid-term evaluation of a period's plan reports on the year it is as of, not the period's end
    ("安平县“十三五”卫生与健康规划中期评估报告\n\n安平县卫生和计划生育局\n2018年5月\n\n一、总体进展\n\n"
     "截至2017年底,规划确定的20项指标中已完成6项。全县每千人口床位数达到5.1张。\n\n二、下一步工作\n\n"
     "到2020年,每千人口床位数达到5.8张。", 2017, 2020),
    # …also when its title names the plan's period, whose end it is not as of
    ("清溪市区域卫生规划(2016—2020年)\n中期评估报告\n\n清溪市卫生和计划生育委员会\n2018年3月\n\n一、总体评价\n\n"
     "截至2017年底,全市每千人口床位数达到5.7张。\n\n二、下一步措施\n\n每年招聘护理人员400名以上。", 2017, 2020),
    # an interview's broadcast date in December dates it
    ("《民生面对面》访谈实录\n\n播出时间:2020年12月30日\n\n主持人:今年全县完成疫苗接种12万剂次。" + _WORK, 2020, None),
    # a speech at a year's work meeting, given as the year opens, reviews the year before it
    ("在全县2013年卫生工作会议上的讲话\n\n县卫生局局长周建国\n(2013年2月5日)\n\n同志们:\n\n一、五年来全县卫生工作取得的主要成绩\n\n"
     "2012年全县新农合参合率达到98.7%。\n\n二、2013年主要工作任务\n\n新农合参合率稳定在98%以上。", 2012, 2013),
    # the issuer and the date on one line under the title; its plan's one paragraph opens with the year it is due
    ("云岭县国家慢性病综合防控示范区复审自评报告\n\n云岭县人民政府 2020 年 10 月\n\n我县于2014年被命名为示范区。\n\n"
     "一、基本情况\n\n全县高血压患者规范管理率为71.6%。\n\n二、下一步打算\n\n到2022年,居民健康素养水平提高到25%以上。"
     "新建健康步道10条。\n\n云岭县卫生健康局代拟\n", 2020, 2022),
    ("江临市卫生健康统计月报\n\n(2023年1-11月)\n\n江临市卫生健康委员会统计信息中心      2023年12月15日\n\n"
     "一、医疗服务\n\n1.全市医疗卫生机构总诊疗人次:1386.42万人次,同比增长8.7%。", 2023, None),
    # the period covered, alone under the title
    ("江临市卫生健康统计月报\n\n(2023年1-11月)\n\n1.病床使用率:84.6%,比上年同期提高6.3个百分点。", 2023, None),
    # a page's publishing line that names the office: a half-year's summary given in July reports that
    # year; a sharing site's date (来源:网络) says only when it reposted a report
    ("南湖区卫生健康局上半年工作总结\n发布时间:2024-07-12  来源:南湖区卫生健康局  浏览次数:218\n\n"
     "上半年,全区门急诊总量186.3万人次,出院患者2.1万人次。" + _WORK, 2024, None),
    ("卫生院工作总结\n\n来源:网络    发布时间:2021-02-03\n\n全院门诊量3.2万人次。" + _WORK, None, None),
    # a post's byline by the office's own account, under the account's name: a January post reports the year before
    ("岚溪健康\n岚溪县卫生健康局 2022-01-12 08:30 发表于湖南\n\n岚溪县卫生健康局年度工作总结\n\n"
     "一年来,全县新冠疫苗累计接种52.6万剂次。" + _WORK, 2021, None),
    # a portal's 政务公开 block above a title with no year: the day the report was written dates it
    ("网站首页 政务公开 政策文件 通知公告\n索 引 号:431225002/2023-03417\n发布机构:岚平县卫生健康局\n"
     "成文日期:2023-12-28  发布日期:2024-01-05\n岚平县妇幼保健计划生育服务中心年度工作总结\n【字体:大 中 小】 【打印】\n"
     "一年来,我中心各项妇幼健康指标持续向好。" + _WORK, 2023, None),
    # the same block as PDF text spaces it (2023 年 12 月 28 日)
    ("发布机构:岚平县卫生健康局\n成文日期:2023 年 12 月 28 日\n岚平县妇幼保健计划生育服务中心年度工作总结\n"
     "一年来,我中心各项妇幼健康指标持续向好。" + _WORK, 2023, None),
    # …and spaced letter by letter, its fields on one line
    ("发 布 机 构 : 岚 平 县 卫 生 健 康 局   成 文 日 期 : 2 0 2 3 - 1 2 - 2 8   发 布 日 期 : 2 0 2 4 - 0 1 - 0 5\n"
     "岚平县妇幼保健计划生育服务中心年度工作总结\n一年来,我中心各项妇幼健康指标持续向好。" + _WORK, 2023, None),
    # a quarter's report given in the next month reports its quarter's year, not the year before
    ("临河县卫生健康局一季度工作总结\n\n一季度,全县门诊量3.2万人次。" + _WORK + "\n\n临河县卫生健康局\n2023年4月8日\n", 2023, None),
    ("第一季度卫生健康工作总结\n\n(成文日期:2023年4月6日)\n\n一季度,全县门诊量3.2万人次。" + _PLAN, 2023, 2023),
    # a bulletin's issue under its editor's name and date, and its plan for the next month, of the same year
    ("安平县卫生健康工作简报\n\n2021年第4期\n\n安平县卫生健康局办公室编  2021年5月6日\n\n【医疗服务】4月,全县门诊量3.2万人次。"
     "\n\n【爱国卫生】组织志愿者1500余人次,清理卫生死角360处,发放宣传资料2.2万份,全县病媒生物密度控制水平达到C级以上。"
     "\n\n【下月安排】5月计划完成疫苗接种3.5万剂次,5月底前完成辖区内中小学校传染病防控督导全覆盖。", 2021, 2021),
    # a report on drawing up a period's plan, given before the period: it reports on no period's end, nor plans for it
    ("关于编制“十五五”卫生健康规划的情况汇报\n\n(2025年6月)\n\n一、发展基础\n\n全县医疗卫生机构320个。\n\n二、下一步打算\n\n"
     "7月底前形成规划初稿。", None, None),
    # news: an outlet's publishing line dates its own news (来源:…融媒体中心), a newspaper's page line above the
    # headline, a news conference's time under its title (given in January, they review the year before)
    ("柳川县:织密基层健康网 群众就医更舒心\n发布时间:2023-12-21 09:32  来源:柳川县融媒体中心  浏览次数:1268\n\n"
     "本报讯(记者 王晓岚 通讯员 陈立新)12月19日,记者从县卫生健康局获悉,今年以来,全县家庭医生签约率达到42.6%。" + _WORK, 2023, None),
    ("桐岭日报 2020年1月3日 第02版:综合新闻\n守护百姓健康 书写民生答卷\n\n本报记者 赵雪梅\n\n"
     "这一年,全县孕产妇系统管理率达到92.3%。" + _WORK, 2019, None),
    ("梅溪县人民政府新闻办公室\n梅溪县卫生健康工作新闻发布会\n时间:2024年1月16日上午10:00\n地点:县政府新闻发布厅\n\n"
     "【主持人】欢迎参加今天的新闻发布会。\n\n【林海涛】去年,全县总诊疗人次达到186.4万人次。" + _WORK, 2023, None),
    # a report on a term (任期工作报告(2016年—2020年)) whose body opens on its first year is as of its end
    ("平阳县卫生健康局领导班子任期工作报告(2016年—2020年)\n\n2016年换届以来,局领导班子团结协作,圆满完成了任期目标。"
     + _WORK + _PLAN, 2020, 2021),
    # a yearbook whose title writes its own year bare (年鉴2008) opens its entry on the end of the year it describes
    ("桐江市年鉴2008\n\n卫生\n\n【概况】 2007年末,全市有各级各类医疗卫生机构586个,卫生技术人员2874人。"
     "\n【医疗服务】 全年门急诊142.6万人次。", 2007, None),
    # a plan given in the year before the one it plans, reviewing its results first: its 今年 is the year given
    ("临河市卫生健康局2022年创建国家卫生城市工作计划\n发布时间:2021-12-28 来源:临河市卫生健康局\n\n一、今年工作回顾\n\n"
     "今年,全市完成农村无害化卫生厕所改造1.2万户。\n\n二、工作目标\n\n全市卫生厕所普及率达到95%以上。", 2021, 2022),
    ("临河市卫生健康局2022年创建国家卫生城市工作计划\n\n一、今年工作回顾\n\n今年,全市完成农村无害化卫生厕所改造1.2万户。"
     "\n\n二、工作目标\n\n全市卫生厕所普及率达到95%以上。\n\n临河市卫生健康局\n2021年12月28日\n", 2021, 2022),
    # …not one given in its own year, nor one reviewing nothing
    ("临河市卫生健康局2022年创建国家卫生城市工作计划\n\n一、上半年工作回顾\n\n全市完成农村无害化卫生厕所改造1.2万户。"
     "\n\n二、下半年工作目标\n\n全市卫生厕所普及率达到95%以上。\n\n临河市卫生健康局\n2022年7月6日\n", None, 2022),
    ("临河市卫生健康局2022年创建国家卫生城市工作计划\n\n一、工作目标\n\n全市卫生厕所普及率达到95%以上。"
     "\n\n临河市卫生健康局\n2021年12月28日\n", None, 2022),
    # a summary of part of a year whose plan is named the next year's plans that year, not the rest of its own
    ("白沙县卫生健康局1-10月工作总结和明年工作思路\n\n一、1-10月工作完成情况\n\n1-10月,全县总诊疗人次68.7万人次。"
     "\n\n二、明年工作思路\n\n力争县域内就诊率达到90%以上。\n\n白沙县卫生健康局\n2021年11月5日\n", 2021, 2022),
    ("临川区卫生健康局2020年上半年工作总结\n\n一、上半年工作\n\n全区门急诊诊疗52.3万人次。"
     "\n\n二、下一年度工作计划\n\n全区家庭医生签约率达到38%。\n", 2020, 2021),
], ids=["dateline_december", "as_of_opening", "as_of_and_signature", "evaluated_year", "dateline_spring_no_year",
        "signed_may_latest_result_year", "signed_december_cn_numerals", "signed_midsummer_no_year", "dateline_summer_this_year",
        "reply_as_of_year_end",
        "rectification_as_of_autumn", "as_of_spring_keeps_title_year", "summary_title_keeps_year", "comparison_base",
        "span_start_undated", "summary_before_its_plans_year", "plan_opening_with_its_year", "rest_of_year_plan_looking_ahead",
        "meeting_news", "period_plan", "period_plan_reviewing_the_period_before", "mid_term_evaluation", "mid_term_evaluation_of_a_dated_plan", "broadcast_date",
        "work_meeting_speech", "issuer_and_date_line", "issuer_and_date_line_of_a_monthly", "period_line",
        "published_half_year_by_office", "published_by_sharing_site", "office_account_post", "portal_written_date", "portal_written_date_spaced", "portal_fields_letter_spaced", "first_quarter_signed_april", "first_quarter_dated_april",
        "bulletin_issue_edited_may",
        "drawing_up_a_period_plan", "news_outlet_publishing_line", "newspaper_page_line", "news_conference_time",
        "term_report", "yearbook_year_end_opening", "plan_reviewing_the_year_given_published", "plan_reviewing_the_year_given_signed",
        "plan_given_in_its_year", "plan_reviewing_nothing", "part_year_summary_planning_next_year",
        "half_year_summary_planning_next_year"])
def test_report_and_plan_year(text, report_year, plan_year):
    doc = _described(text)
    assert (doc.report_year, doc.plan_year) == (report_year, plan_year)


@pytest.mark.parametrize("text,title,doc_type,plan_year", [
    # a plan for a period is due by the period's end (十四五 goals are for 2025)
    ("临江市医疗卫生服务体系规划(2019—2025年)\n\n一、规划背景\n\n全市医疗卫生机构1200个。\n\n二、发展目标\n\n到2025年,每千人口床位7.2张。",
     "临江市医疗卫生服务体系规划(2019—2025年)", "plan", 2025),
    ("永宁县卫生健康局关于印发《永宁县基层卫生健康服务能力提升三年行动计划(2021—2023年)》的通知\n\n"
     "各乡镇卫生院:\n\n现将行动计划印发给你们,请认真贯彻落实。\n\n一、总体目标\n\n县域内就诊率达到90%以上。",
     "永宁县卫生健康局关于印发《永宁县基层卫生健康服务能力提升三年行动计划(2021—2023年)》", "plan", 2023),
    # an annex's label above its own title; a breakdown of the year's tasks is a plan for it
    ("附件\n\n安阳市卫生健康委员会2021年重点工作任务分解表\n\n为全面完成2021年各项目标任务,现将重点任务分解如下。\n\n"
     "实施健康安阳行动:居民健康素养水平达到26%。",
     "安阳市卫生健康委员会2021年重点工作任务分解表", "plan", 2021),
    # a budget plans the year's money; a report on how it was spent (预算执行情况) stays a summary
    ("南溪县卫生健康局2023年部门预算公开说明\n\n一、收支预算总体情况\n\n2023年收入预算合计18620.40万元,比上年预算增加930.20万元。",
     "南溪县卫生健康局2023年部门预算公开说明", "plan", 2023),
    # a portal's link to the plan as an attachment, above the notice issuing it, is no title
    ("相关下载:临江县“十三五”卫生计生事业发展规划(PDF)\n临江县卫生和计划生育局关于印发《临江县“十三五”卫生计生事业发展规划》的通知\n\n"
     "各乡镇卫生院:\n\n现将规划印发给你们,请认真贯彻执行。\n\n一、发展目标\n\n孕产妇系统管理率达到90%以上。",
     "临江县卫生和计划生育局关于印发《临江县“十三五”卫生计生事业发展规划》的通知", "plan", 2020),
], ids=["plan_2019_2025", "notice_of_plan_2021_2023", "annex_task_breakdown", "department_budget", "download_link_above_notice"])
def test_a_plan_for_a_period(text, title, doc_type, plan_year):
    doc = _described(text)
    assert (doc.title, doc.type, doc.report_year, doc.plan_year) == (title, doc_type, None, plan_year)


def test_each_year_of_a_plans_period_is_planned(tmp_path):
    """A plan for 2021—2023 is due by 2023; its goals for 2021 and 2022 are goals all the same,
    while a year before its period is past."""
    from minerals.pipeline import process

    path = tmp_path / "plan.txt"
    path.write_text("永宁县基层卫生健康服务能力提升三年行动计划(2021—2023年)\n\n一、主要指标\n\n"
                    "居民健康档案建档率:2020年基数91.2%,2021年92%,2022年93%,2023年95%。\n\n"
                    "二、重点任务\n\n县域内就诊率达到90%以上。2019年全县新建村卫生室12个。\n", encoding="utf-8")
    facts = {f["surface"]: (f["role"], f["year"]) for f in process(path).facts}
    assert facts["92%"] == ("target", 2021) and facts["93%"] == ("target", 2022) and facts["95%"] == ("target", 2023)
    assert facts["90%以上"] == ("target", 2023)
    assert facts["12个"] == ("actual", 2019)


_QUOTAS = ("\n\n一、目标任务\n\n1.高血压患者基层规范管理服务率达到62%以上(30分)。\n\n"
           "2.完成宫颈癌检查任务数:永宁县6000人、河东县4500人、新城区3000人;下达检查任务共计9600对,其中永宁县2850对。")


@pytest.mark.parametrize("text,expected", [
    # a city's letter setting its counties' targets: the city's plan for its year, not the
    # first county its quota list names
    ("安川市卫生健康委员会关于印发2023年度各县(市、区)卫生健康工作目标管理责任书及考核细则的通知\n\n"
     "各县(市、区)卫生健康局:\n\n为确保全市2023年度卫生健康重点工作任务落到实处,现将责任书印发给你们。" + _QUOTAS,
     ("plan", None, 2023, "安川市卫生健康委员会", "安川市", "city")),
    ("安川市卫生健康委员会关于2022年度目标管理责任书完成情况的报告\n\n2022年,全市卫生健康工作稳步推进。" + _WORK,
     ("summary", 2022, None, "安川市卫生健康委员会", "安川市", "city")),
], ids=["city_responsibility_letter", "responsibility_report"])
def test_targets_set_for_others(text, expected):
    doc = _described(text)
    assert (doc.type, doc.report_year, doc.plan_year, doc.bureau, doc.region, doc.level) == expected


def test_a_plan_states_its_problems():
    text = ("临江市医疗卫生服务体系规划(2019—2025年)\n\n一、现状与成就\n\n全市医疗卫生机构1200个。\n\n二、存在的主要问题\n\n"
            "城区每千人口床位数达到8.92张,山区县不足4.5张。\n\n三、总体目标\n\n到2025年,每千人口床位7.2张。")
    doc = _described(text)
    assert [(s.title, s.role) for s in doc.sections if s.level == 1] == [
        ("临江市医疗卫生服务体系规划(2019—2025年)", "plan"), ("现状与成就", "results"), ("存在的主要问题", "problems"),
        ("总体目标", "plan")]


@pytest.mark.parametrize("text,expected", [
    # a title naming a class of hospitals names no institution: the dateline's office reports
    ("关于县级公立医院综合改革效果评估的报告\n\n(临澧县卫生和计划生育局 2018年4月)\n\n现将有关情况报告如下。" + _WORK,
     ("临澧县卫生和计划生育局", "临澧县", "county")),
    # a hospital's report is the hospital's, not its county's
    ("青川县人民医院2019年工作总结\n\n2019年,我院在县卫生健康局的领导下,全年门诊量12万人次。" + _WORK, (None, None, None)),
    # a title's opening county that its year follows is a place, whatever jieba takes its name for
    ("兰屿县2025年紧密型县域医共体建设评估报告\n\n县卫生健康局 2025年11月\n\n全县组建2个紧密型县域医共体。" + _WORK,
     ("兰屿县卫生健康局", "兰屿县", "county")),
    # …and so is one a programme named after it follows; the office it is set in is the county's
    ("松陵县健康松陵行动2022年度工作总结\n\n县健康松陵行动推进委员会办公室(设在县卫生健康局)围绕15个专项行动推进工作。" + _WORK,
     ("松陵县卫生健康局", "松陵县", "county")),
    # a county-level city (县级市) is of a county's level
    ("新乐市卫生健康局2023年工作总结\n\n2023年,全市门诊量12万人次。" + _WORK, ("新乐市卫生健康局", "新乐市", "county")),
    # a county whose name is one character and 县, alone, after its province, and of its disease control
    ("涉县卫生健康局2019年工作总结\n\n2019年,全县门诊量32万人次。" + _WORK, ("涉县卫生健康局", "涉县", "county")),
    ("2012年安徽省萧县卫生局工作总结\n\n2012年,全县新农合参合率98.5%。" + _WORK, ("萧县卫生局", "萧县", "county")),
    ("沛县疾病预防控制中心2020年工作总结\n\n2020年,全县报告法定传染病1526例。" + _WORK, ("沛县疾病预防控制中心", "沛县", "county")),
    # a county's supervision and enforcement office, under the name it took with the bureaus of 卫生健康
    ("丰源县卫生健康综合监督执法所2022年工作总结\n\n2022年,全县监督检查各类单位2860户次。" + _WORK,
     ("丰源县卫生健康综合监督执法所", "丰源县", "county")),
    # a county whose name ends with one that is one character (青岚县, not 岚县), its reform office's title
    ("青岚县深化医药卫生体制改革领导小组办公室2022年工作总结\n\n2022年,全县县域内就诊率91.2%。" + _WORK, (None, "青岚县", "county")),
    # a county of three characters whose last one jieba joins to 县 (石门 + 岭县), and spaced as a PDF's text
    ("石门岭县卫生健康局2019年工作总结\n\n2019年,全县门诊量32万人次。" + _WORK, ("石门岭县卫生健康局", "石门岭县", "county")),
    ("石门岭县卫生健 康局 2019年工作总结和2020年工作计划\n2019年，县卫生健康局在县委的领导下，全县门诊量32万人次。" + _WORK,
     ("石门岭县卫生健康局", "石门岭县", "county")),
    # a government's report to its congress: the congress's place
    ("关于全县卫生健康工作情况的报告\n\n——2022年8月26日在长宁县第十八届人民代表大会常务委员会第五次会议上\n\n"
     "县人民政府副县长  王立新\n\n今年以来,全县门诊量12万人次。" + _WORK, (None, "长宁县", "county")),
    # the issuer on a line of its own under the title (a place jieba reads as a person's name, 安澜)
    ("安澜县2023年妇幼健康统计分析报告\n\n安澜县卫生健康局  妇幼健康股\n2024年3月\n\n为全面掌握全县妇女儿童健康状况,现报告如下。" + _WORK,
     ("安澜县卫生健康局", "安澜县", "county")),
    # a page's publishing line names the issuer
    ("关于2023年度卫生健康领域监督抽查结果的公示\n\n发布单位:云岭市卫生健康委员会   发布日期:2023年12月28日\n\n"
     "市卫生健康委组织开展了随机抽查。" + _WORK, ("云岭市卫生健康委员会", "云岭市", "city")),
    ("安顺市2022年卫生健康事业发展统计公报\n\n来源:安顺市卫生健康局    发布时间:2023-06-15    浏览次数:1268\n\n"
     "一、卫生资源\n\n2022年末,全市医疗卫生机构总数达2864个。", ("安顺市卫生健康局", "安顺市", "city")),
    # the signature closing a repost, before the site's bracketed list of related posts
    ("2020年县卫生健康局工作总结及2021年工作计划范文\n\n2020年,全县卫生健康系统统筹推进疫情防控。" + _WORK
     + "\n\n宁川县卫生健康局\n\n【相关推荐】\n2021年乡镇卫生院工作计划(精选5篇)\n2022年卫生健康局上半年工作总结\n2019年卫生院工作总结范文3篇",
     ("宁川县卫生健康局", "宁川县", "county")),
    # a title that opens with its place and names no office: the place is the report's, the innermost of two; the
    # office a byline names by the place's level (县卫生健康局, 市衛生局) is that place's
    ("石阡县年鉴(2019)  卫 生\n\n【概况】 2018年,全县有各级各类医疗卫生机构386个。\n\n撰稿:县卫生健康局 张三" + _WORK,
     ("石阡县卫生健康局", "石阡县", "county")),
    ("桐江市年鑑2008\n\n衛生\n\n【概況】 2007年末,全市有醫療衛生機構586個。\n【醫療服務】 全年門急診142.6萬人次。\n\n(市衛生局  陳國華)",
     ("桐江市卫生局", "桐江市", "city")),
    ("南宁市青秀区2022年卫生健康事业发展统计公报\n\n一、卫生资源\n\n2022年末,全区医疗卫生机构总数达286个。", (None, "青秀区", "district")),
    # a title about hospital infection names no hospital
    ("旌阳区卫生健康局\n关于2023年度医疗废物管理和医院感染防控监督检查工作情况的报告\n\n区人民政府:\n2023年,我局开展专项检查。" + _WORK,
     ("旌阳区卫生健康局", "旌阳区", "district")),
    # a city's site reposting a county's report: the county's office reports, not the site's
    ("青州市卫生健康委员会\n首页 > 信息公开 > 县区动态\n安溪县卫生健康局2019年工作总结和2020年工作思路\n"
     "2019年,全县卫生健康工作稳步推进。" + _WORK, ("安溪县卫生健康局", "安溪县", "county")),
    # a place jieba reads as an adjective (明远), and a Mongolian banner's name in two words (查干 + 淖尔旗)
    ("明远市卫生健康委员会2023年职业健康工作总结\n\n2023年,全市职业健康检查8.2万人。" + _WORK, ("明远市卫生健康委员会", "明远市", "city")),
    ("查干淖尔旗卫生和计划生育局2016年工作总结及2017年工作计划\n\n2016年,全旗婴儿死亡率5.3‰。" + _PLAN,
     ("查干淖尔旗卫生和计划生育局", "查干淖尔旗", "county")),
    # an office signing by its level alone: the place is unknown, its level is not
    ("关于2023年一季度卫生健康工作进展情况的报告\n\n县人民政府:\n\n2023年一季度,我局统筹推进各项工作。" + _WORK
     + "\n\n特此报告。\n\n县卫生健康局\n2023年4月10日", ("卫生健康局", None, "county")),
    # an autonomous county whose peoples jieba reads with its 自治县 (巴马 + 瑶族自治县)
    ("巴马瑶族自治县卫生健康局2023年工作总结\n\n2023年,全县卫生健康工作稳步推进。" + _WORK,
     ("巴马瑶族自治县卫生健康局", "巴马瑶族自治县", "county")),
    # a portal's 政务公开 block: its fields are no title, and the office publishing a street's centre's
    # report names the district no dictionary knows
    ("索引号:000014349/2023-02871  主题分类:卫生健康\n发布机构:澄湾区卫生健康委员会  成文日期:2023-12-25  发布日期:2023-12-27\n"
     "澄湾区南浦街道社区卫生服务中心2023年工作总结\n信息来源:澄湾区卫生健康委员会 浏览次数:1263\n"
     "2023年,中心辖区服务常住人口8.6万人。" + _WORK, ("澄湾区南浦街道社区卫生服务中心", "澄湾区南浦街道", "township")),
    ("首页 | 政务公开 | 部门动态\n索引号:11510722MB1C03875X/2024-00118 发布机构:桐溪县卫生健康局\n"
     "成文日期:2024-01-19 发布日期:2024-01-22\n主题分类:卫生、体育 / 疾病预防控制\n桐溪县疾病预防控制中心2023年工作总结\n"
     "今年以来,我中心在县卫生健康局的正确领导下,全县报告法定传染病1526例。" + _WORK,
     ("桐溪县疾病预防控制中心", "桐溪县", "county")),
    # a 苏木 is Inner Mongolia's township: its health centre reports for it, of the banner the text names
    ("高力板苏木中心卫生院2019年工作总结\n\n2019年,我院立足科尔沁右翼中旗西部牧区实际,全年门诊诊疗2.46万人次。" + _WORK,
     ("科尔沁右翼中旗高力板苏木中心卫生院", "科尔沁右翼中旗高力板苏木", "township")),
    # an autonomous prefecture's short name in the title, its full name in the text: the full one, as
    # its reports titled in full have
    ("阿坝州卫生健康委2023年工作总结\n\n2023年,全州卫生健康工作稳步推进。" + _WORK + "\n\n阿坝藏族羌族自治州卫生健康委员会\n2024年1月30日",
     ("阿坝州卫生健康委", "阿坝藏族羌族自治州", "prefecture")),
    # an autonomous banner's name of eleven characters, its people's among them
    ("莫力达瓦达斡尔族自治旗卫生健康局2022年工作总结\n\n2022年,全旗卫生健康工作稳步推进。" + _WORK,
     ("莫力达瓦达斡尔族自治旗卫生健康局", "莫力达瓦达斡尔族自治旗", "county")),
    # a banner named by its side, which jieba cuts from the name it is of (察哈尔 + 右翼后旗, 科右 + 中旗)
    ("乌兰察布市察哈尔右翼后旗卫生健康委员会2019年工作总结\n\n2019年,全旗卫生健康工作稳步推进。" + _WORK,
     ("察哈尔右翼后旗卫生健康委员会", "察哈尔右翼后旗", "county")),
    ("科右中旗卫健委2020年工作总结\n\n2020年,全旗卫生健康工作稳步推进。" + _WORK, ("科右中旗卫健委", "科右中旗", "county")),
    # a township's centre in a county whose long name the township's match began inside
    ("松桃苗族自治县孟溪镇中心卫生院2020年工作总结\n\n2020年,我院全年门诊诊疗2.1万人次。" + _WORK,
     ("松桃苗族自治县孟溪镇中心卫生院", "松桃苗族自治县孟溪镇", "township")),
    # an unnamed prefecture's or league's office calling its place ours: the level is known
    ("2019年卫生健康工作总结\n\n2019年,我州卫生健康工作在州委、州政府的领导下稳步推进。" + _WORK, (None, None, "prefecture")),
    ("2019年卫生健康工作总结\n\n2019年,我盟卫生健康工作在盟委、行署的领导下稳步推进。" + _WORK, (None, None, "prefecture")),
    # a news review names its county once, in the subtitle under its headline
    ("守护百姓健康 书写民生答卷\n——2019年桐岭县卫生健康工作综述\n\n回望2019年,我县卫生健康系统交出了一份健康答卷。" + _WORK,
     (None, "桐岭县", "county")),
    # a district or county named with its prefecture, its long or transliterated name cut by jieba across both
    ("乌鲁木齐市沙依巴克区卫生健康委员会2019年工作总结\n\n2019年,全区卫生健康工作稳步推进。" + _WORK,
     ("沙依巴克区卫生健康委员会", "沙依巴克区", "district")),
    ("那曲市色尼区卫生健康委员会2019年工作总结\n\n2019年,全区卫生健康工作稳步推进。" + _WORK,
     ("色尼区卫生健康委员会", "色尼区", "district")),
    ("普洱市孟连傣族拉祜族佤族自治县卫生健康局2019年工作总结\n\n2019年,全县卫生健康工作稳步推进。" + _WORK,
     ("孟连傣族拉祜族佤族自治县卫生健康局", "孟连傣族拉祜族佤族自治县", "county")),
    # a district's name that several cities' districts bear takes its city's where the report names it: in
    # the office's name, or in its text; else it stays the name alone; a name no other district bears never does
    ("南京市鼓楼区卫生健康委员会2020年工作总结\n\n2020年,全区卫生健康工作稳步推进。" + _WORK,
     ("鼓楼区卫生健康委员会", "南京市鼓楼区", "district")),
    ("鼓楼区卫生健康局2021年工作总结\n\n2021年,我局围绕福州市鼓楼区“十四五”规划,全区卫生健康工作稳步推进。" + _WORK,
     ("鼓楼区卫生健康局", "福州市鼓楼区", "district")),
    ("鼓楼区卫生健康局2021年工作总结\n\n2021年,全区卫生健康工作稳步推进。" + _WORK, ("鼓楼区卫生健康局", "鼓楼区", "district")),
    ("北京市丰台区卫生健康委员会2020年工作总结\n\n2020年,全区卫生健康工作稳步推进。" + _WORK,
     ("丰台区卫生健康委员会", "丰台区", "district")),
    # a county's 新农合 office reports as itself, whatever bureau a portal's source line names
    ("石门县新型农村合作医疗管理中心2013年工作总结\n\n来源:石门县卫生局\n\n2013年,全县参合率98.9%。" + _WORK,
     ("石门县新型农村合作医疗管理中心", "石门县", "county")),
    # an office named in passing by a report that speaks as a district's (我区, 区委、区政府) is not its own
    ("2013年卫生工作总结\n\n2013年,全区卫生工作在区委、区政府的正确领导下稳步推进。组织9家社区卫生服务中心参加复旦大学与宁波市卫生局合办的研修班。"
     "我区共引进卫生人才5人。宁波市第一医院对口支援我区。" + _WORK, (None, None, "district")),
    # …but is where the report speaks as one of its level (我市)
    ("2013年卫生工作总结\n\n2013年,全市卫生工作稳步推进。组织人员参加复旦大学与宁波市卫生局合办的研修班。"
     "我市共引进卫生人才5人,我市门诊量12万人次。" + _WORK, ("宁波市卫生局", "宁波市", "city")),
    # a township's report that names its city twice (a policy, a pilot) is the township's, not the city's
    ("2013年公共卫生服务工作总结\n\n全镇共有行政村12个。我中心按照《温州市人民政府关于加快发展城乡社区卫生服务的实施意见》"
     "合理布局,全镇设站2个。我中心为温州市慢病管理试点单位,全镇建档率85%。" + _WORK, (None, None, "township")),
    # a county's 人口和计划生育局 of the years before the merger is an office of the genre
    ("松岭县人口和计划生育局2010年工作总结\n\n2010年,全县出生政策符合率达到92.8%。" + _WORK,
     ("松岭县人口和计划生育局", "松岭县", "county")),
    ("2011年工作总结\n\n来源:安平县人口计生局\n\n2011年,全县出生政策符合率达到93.1%。" + _WORK,
     ("安平县人口计生局", "安平县", "county")),
    # a county's report on its township centres as a class: 年乡镇 is no township
    ("桐溪县2020年乡镇卫生院工作总结\n\n2020年,全县乡镇卫生院在县卫健局的领导下稳步推进。" + _WORK, (None, "桐溪县", "county")),
    # a city's office under a county's report that speaks as 全县 (the city's site's name): not the report's
    ("江源县2019年卫生健康工作总结\n\n2019年,全县卫生健康系统各项工作取得明显成效。全县居民健康档案建档率达到90.2%,"
     "全县高血压患者规范管理率达到70.6%。" + _WORK + "\n\n丰阳市卫生健康委员会\n2020年1月8日", (None, "江源县", "county")),
    # …but the city's own report, speaking as 全市, is its office's
    ("2019年卫生健康工作总结\n\n2019年,全市卫生健康系统各项工作取得明显成效。全市居民健康档案建档率达到90.2%,"
     "全市高血压患者规范管理率达到70.6%。" + _WORK + "\n\n丰阳市卫生健康委员会\n2020年1月8日",
     ("丰阳市卫生健康委员会", "丰阳市", "city")),
    # an office named by its level alone, then with its place's name: the place's
    ("2020年度述职述廉报告\n县卫生健康局党组书记、局长 刘建平\n\n本人于2019年3月起任云岭县卫生健康局党组书记、局长。"
     "一年来,全县县域内就诊率达到87.4%。" + _WORK, ("云岭县卫生健康局", "云岭县", "county")),
    # …not another place's office it deals with
    ("2020年工作总结\n县卫生健康局\n\n2020年,全县卫生健康系统统筹推进各项工作。与石门县卫生健康局签订医疗协作协议,"
     "全县县域内就诊率达到87.4%。" + _WORK, ("卫生健康局", None, None)),
], ids=["class_of_hospitals", "hospital", "county_opening_title_before_year", "county_before_its_own_programme", "county_level_city", "one_character_county", "one_character_county_of_province",
        "one_character_county_disease_control", "supervision_office", "one_character_county_inside_a_name", "name_jieba_joins_to_its_end", "name_jieba_joins_spaced", "congress_dateline", "issuer_under_title", "publishing_line", "source_line", "signature_before_related", "yearbook_title", "yearbook_byline_office",
        "bulletin_title", "hospital_infection", "city_site_reposts_county",
        "adjective_place", "banner_of_two_words", "unnamed_signature", "autonomous_county",
        "portal_block_street_centre", "portal_block_disease_control", "sumu_health_centre", "autonomous_prefecture_short_title",
        "autonomous_banner_long_name", "banner_of_a_side_in_a_city", "banner_short_name", "township_of_a_long_county",
        "our_prefecture", "our_league", "news_review_subtitle", "district_of_a_city_transliterated",
        "district_of_a_prefecture_city", "autonomous_county_of_a_city", "shared_district_name_office", "shared_district_name_text",
        "shared_district_name_alone", "district_name_of_one_city", "ncms_office", "another_levels_office_in_passing",
        "own_levels_office_in_passing", "township_naming_its_city", "family_planning_office", "family_planning_office_source_line",
        "class_of_township_centres", "city_office_signing_county_report", "city_office_signing_its_own",
        "office_named_later_by_its_place", "office_of_another_place_dealt_with"])
def test_place(text, expected):
    doc = _described(text)
    assert (doc.bureau, doc.region, doc.level) == expected


@pytest.mark.parametrize("text,doc_type", [
    # a bureau's report on school health speaks of terms and school nurses, and stays a bureau's report
    ("南安市卫生健康局2022年学校卫生工作总结\n\n一、近视防控\n\n每学期开展视力筛查,培训保健老师320人,"
     "保健老师配备率78%,老师和家长共同参与,中小学生近视率为52.1%。", "summary"),
    # …and so does a county's education bureau: an office's report, whatever office
    ("石岭县教育局2022年工作总结\n\n全县共有学校98所,招聘新教师186名,培训老师3200人次,配备保健老师126名。"
     "春季学期、秋季学期各开展演练1次。", "summary"),
    # a school's own report of its 卫生部 is no bureau's
    ("学生会卫生部工作总结\n\n本学期我们卫生部在老师的指导下,检查宿舍120次,全校班级卫生合格率95%,同学们积极配合。", "other"),
], ids=["bureau_on_schools", "education_bureau", "student_union"])
def test_a_schools_report_is_no_bureaus(text, doc_type):
    assert _described(text).type == doc_type


@pytest.mark.parametrize("text,title", [
    # a sharing site's page stubs, its first chunk restating the title, then the report's own title that names its place
    ("2015年縣衛(wèi)生和計(jì)劃生育局工作總結_第1頁\n2015年縣衛(wèi)生和計(jì)劃生育局工作總結_第2頁\n已閱讀2頁,還剩2頁未讀\n\n"
     "1、2015年縣衛(wèi)生和計(jì)劃生育局工作總結 崇仁縣衛(wèi)生和計(jì)劃生育局2015年工作總結 2015年,是“十二五”規劃的收官之年。" + _WORK,
     "崇仁县卫生和计划生育局2015年工作总结"),
    ("XX县卫生计生监督所2017年工作总结_第1页\n\n1、临沭县卫生计生监督所2017年工作总结 2017年,全所工作取得新进展。" + _WORK,
     "临沭县卫生计生监督所2017年工作总结"),
    # a speech's page title with the site's labels after it, the speech's own title below (PDF text, its lines joined)
    ("在全市卫生健康工作会议上的讲话-讲话稿-道客巴巴\n下载积分:800 文档页数:6\n在全市卫生健康工作会议上的讲话\n副市长 陈某某\n"
     "(2023 年 2 月 17 日)\n同志们:\n今天,市政府召开全市卫生健康工作会议,主要任务是总结 2022 年全市卫\n生健康工作,安排部署 2023 年工作任务。" + _WORK,
     "在全市卫生健康工作会议上的讲话"),
    # a sharing site's name after the title
    ("安平县卫生健康局 2021 年工作总结-文档在线\n下载提示:本文档由用户上传。\n\n2021年,全县卫生健康工作稳步推进。" + _WORK,
     "安平县卫生健康局2021年工作总结"),
    # a portal's page title (its office and its disclosure section), the report's own title below it
    ("梧溪縣衛生健康局 - 政府信息公開\n梧溪縣衛生健康局2021年艾滋病防治工作總結\n發布時間:2022-01-21 10:32 來源:梧溪縣衛生健康局\n\n"
     "2021年,全縣艾滋病防治工作穩步推進。" + _WORK, "梧溪县卫生健康局2021年艾滋病防治工作总结"),
    # a forum's repost tag before the title, the forum's name after it
    ("【转帖】宁溪县卫生和计划生育局2015年工作总结 - 政策文件区 - 海峡论坛\n\n2015年,全县卫生计生工作稳步推进。" + _WORK,
     "宁溪县卫生和计划生育局2015年工作总结"),
    # a forum thread's title with the poster's note, the post's header lines, then the report's own title
    ("【转帖】某县卫生局2007年工作总结(供大家参考)\n楼主 发表于 2008-2-18 10:23 | 只看该作者\n本帖最后由 小白杨 于 2008-2-18 10:30 编辑\n\n"
     "河口县卫生局2007年工作总结和2008年工作要点\n\n2007年,全县卫生工作稳步推进。" + _WORK,
     "河口县卫生局2007年工作总结和2008年工作要点"),
    # a page stub alone titles the text
    ("兴和县卫生健康局2019年健康扶贫工作总结_第1页\n兴和县卫生健康局2019年健康扶贫工作总结_第2页\n\n2019年,我局全面落实健康扶贫政策。" + _WORK,
     "兴和县卫生健康局2019年健康扶贫工作总结"),
    # the issuer on the line above a title that says what it is about
    ("旌阳区卫生健康局\n关于2023年度医疗废物管理和医院感染防控监督检查工作情况的报告\n\n区人民政府:\n2023年,我局开展专项检查。" + _WORK,
     "关于2023年度医疗废物管理和医院感染防控监督检查工作情况的报告"),
    # a city's site names itself above the county report it reposts, whose title names its own office
    ("青州市卫生健康委员会\n首页 > 信息公开 > 县区动态\n安溪县卫生健康局2019年工作总结和2020年工作思路\n"
     "来源:安溪县卫生健康局\n2019年,全县卫生健康工作稳步推进。" + _WORK, "安溪县卫生健康局2019年工作总结和2020年工作思路"),
    # a red-headed document's letterhead and file number stand above its title
    ("青河县卫生健康局文件\n\n青卫健〔2024〕5号\n\n青河县卫生健康局\n关于印发2024年全县卫生健康工作要点的通知\n\n"
     "各乡镇卫生院:\n现将工作要点印发给你们。" + _WORK, "青河县卫生健康局关于印发2024年全县卫生健康工作要点的通知"),
    # …its letterhead in large type on two lines, as a PDF's text breaks it
    ("柏林县卫生健康局\n文件\n柏卫健发〔2023〕15号\n柏林县卫生健康局\n关于印发2023年全县卫生健康工作要点的通知\n"
     "各乡镇卫生院:\n现将工作要点印发给你们。" + _WORK, "柏林县卫生健康局关于印发2023年全县卫生健康工作要点的通知"),
    # a letter's issuer in large type, then its file number with who signed it
    ("安平县卫生健康局\n\n安卫健函〔2019〕47号 签发人:刘建国\n类别:A\n\n关于县政协十届三次会议第63号提案的答复函\n\n杨玉梅委员:\n"
     "您提出的《关于加强基层医疗卫生人才队伍建设的建议》收悉,现答复如下:" + _WORK, "关于县政协十届三次会议第63号提案的答复函"),
    # a notice that quotes a plan's title restates it, but is not its title
    ("临江市医疗卫生服务体系规划(2019—2025年)\n\n临江市人民政府办公室关于印发临江市医疗卫生服务体系规划(2019—2025年)的通知\n\n"
     "各县(市、区)人民政府:现印发给你们。\n\n一、现状与成就\n\n全市医疗卫生机构3284个。", "临江市医疗卫生服务体系规划(2019—2025年)"),
    # a joint report's title names both issuers, and a title a few characters over the length keeps its end
    ("合阳县医疗保障局 合阳县卫生健康局关于2022年医保基金运行和分级诊疗工作情况的报告\n\n县人民政府:\n2022年,两局认真履职。" + _WORK,
     "合阳县医疗保障局合阳县卫生健康局关于2022年医保基金运行和分级诊疗工作情况的报告"),
    # a 医疗保障局's title spaced as a PDF's text spaces it, which breaks it under its issuer
    ("澄江市医疗保障局 2023 年工作总结及 2024 年工作打算\n\n2023 年，市医保局持续深化医疗保障制度改革。" + _WORK,
     "澄江市医疗保障局2023年工作总结及2024年工作打算"),
    # a post's headline after its column label: a bare year before the comma does not end it
    ("📣回眸|2021年，白沙县卫生健康事业再上新台阶！\n\n点击上方蓝字关注我们\n\n2021年,全县新冠疫苗累计接种52.6万剂次。" + _WORK,
     "回眸|2021年,白沙县卫生健康事业再上新台阶"),
    # a WeChat post's byline (account, date and time, where posted) stands above its title
    ("原创 安平县卫健 2023-01-03 08:30 发表于河北\n\n安平县卫生健康局2023年工作计划\n\n一、工作目标\n\n全县家庭医生签约率达到75%。" + _PLAN,
     "安平县卫生健康局2023年工作计划"),
    # the account's name above its byline, then the report's title
    ("岚溪健康\n岚溪县卫生健康局 2022-01-12 08:30 发表于湖南\n\n岚溪县卫生健康局2021年工作总结\n\n"
     "2021年,全县新冠疫苗累计接种52.6万剂次。" + _WORK, "岚溪县卫生健康局2021年工作总结"),
    # the period a monthly covers, in brackets under its name
    ("江临市卫生健康统计月报\n\n(2023年1-11月)\n\n1.全市医疗卫生机构总诊疗人次:1386.42万人次。", "江临市卫生健康统计月报(2023年1-11月)"),
    # the report's own title under a site's, its issuer set apart by spaces (平安县人民医院 2019 年工作总结)
    ("县人民医院2019年工作总结\n\n申明敬告:本站不保证该用户上传的文档完整性。\n\n文档介绍\n\n平安县人民医院 2019 年工作总结\n\n"
     "2019 年,我院在县卫生健康局的领导下,各项工作取得新进展。" + _WORK, "平安县人民医院2019年工作总结"),
    # but not a title under its issuer that restates the first line whole
    ("上犹县全民健康信息化建设三年行动计划(2022—2024年)\n上犹县卫生健康委员会\n\n上犹县全民健康信息化建设三年行动计划(2022—2024年)\n\n"
     "为加快推进“互联网+医疗健康”发展,制定本计划。\n\n一、建设现状\n\n全县23家公立医疗卫生机构中,已有19家部署了医院信息系统。",
     "上犹县全民健康信息化建设三年行动计划(2022—2024年)"),
    # a site's toned pinyin reading of the title above it
    ("shí quán xiàn wèi shēng jiàn kāng jú 2022 nián gōng zuò zǒng jié\n石泉县卫生健康局2022年工作总结\n\n"
     "2022年,全县卫生健康工作稳步推进。" + _WORK, "石泉县卫生健康局2022年工作总结"),
    # news: a headline that opens with its place and a colon, a newspaper's page line above a headline and
    # its subtitle, a news conference under the office that holds it
    ("柳川县:织密基层健康网 群众就医更舒心\n\n本报讯 今年以来,全县家庭医生签约率达到42.6%。" + _WORK,
     "柳川县:织密基层健康网群众就医更舒心"),
    ("桐岭日报 2019年12月30日 第02版:综合新闻\n守护百姓健康 书写民生答卷\n——2019年桐岭县卫生健康工作综述\n本报记者 赵雪梅\n\n"
     "这一年,全县孕产妇系统管理率达到92.3%。" + _WORK, "守护百姓健康书写民生答卷——2019年桐岭县卫生健康工作综述"),
    ("梅溪县人民政府新闻办公室\n梅溪县2023年卫生健康工作新闻发布会\n时间:2024年1月16日上午10:00\n\n"
     "【主持人】欢迎参加今天的新闻发布会。" + _WORK, "梅溪县2023年卫生健康工作新闻发布会"),
    # a plan's evaluation whose kind a PDF's text breaks onto the line under the plan's name
    ("清溪市区域卫生规划(2016—2020年)\n中期评估报告\n\n清溪市卫生和计划生育委员会\n2018年3月\n\n" + _WORK,
     "清溪市区域卫生规划(2016—2020年)中期评估报告"),
    # a portal's column label before the title (一图读懂|, 图解:) is no part of it
    ("一图读懂|临江市卫生健康局2025年上半年工作总结\n来源:临江市卫生健康局\n\n" + _WORK, "临江市卫生健康局2025年上半年工作总结"),
    # a yearbook's page number in dots beside its name, and a yearbook database's name after an entry's, are none of it
    ("·312· 梅溪县年鉴(2020)\n\n卫生健康\n\n【概况】 2019年,全县有医疗卫生机构412个。\n【医疗服务】 全年诊疗286.4万人次。",
     "梅溪县年鉴(2020)"),
    ("桐江市年鉴2008 · 2 4 7 ·\n\n卫生\n\n【概况】 2007年末,全市有医疗卫生机构586个。\n【医疗服务】 全年门急诊142.6万人次。",
     "桐江市年鉴2008"),
    ("柳河区年鉴2024_卫生健康_中国年鉴网络出版总库\n\n卫生健康\n\n【概况】 2023年,全区有医疗卫生机构618个。\n"
     "【医疗服务】 全年诊疗682.5万人次。", "柳河区年鉴2024_卫生健康"),
    # a post's title that sets its office before a colon, and its report after it
    ("东塘区卫生健康局:2025年工作总结\n东塘卫健 2026年1月14日 09:05\n\n" + _WORK, "东塘区卫生健康局:2025年工作总结"),
    # …and an institution's headline after its name and a colon
    ("青梧市第一人民医院:砥砺奋进谱新篇 2020年工作回眸\n发布时间:2021-01-18 09:32  来源:青梧市第一人民医院\n\n" + _WORK,
     "青梧市第一人民医院:砥砺奋进谱新篇2020年工作回眸"),
    # a 政务公开 block's 名称 field holds the title: its value, not the field's name
    ("发布机构:岚平县卫生健康局\n成文日期:2022-01-18\n名称:岚平县卫生健康局2021年政府信息公开工作年度报告\n文号:主题词:\n\n"
     "岚平县卫生健康局2021年政府信息公开工作年度报告\n\n" + _WORK, "岚平县卫生健康局2021年政府信息公开工作年度报告"),
    # a site's path to its category above the title the category word is in
    ("健康资讯网 - 基层卫生 - 工作总结\n青峰县卫生和计划生育局工作总结\n2017-01-09 阅读:1123\n今年以来,全县各项工作取得较好成效。"
     + _WORK, "青峰县卫生和计划生育局工作总结"),
    # a sharing site's label of a model text after the title's last word
    ("【精选】2019年县卫生健康局工作总结范文_道客文库\n本文由用户上传,仅供学习参考。\n一、全年主要工作\n" + _WORK,
     "2019年县卫生健康局工作总结"),
    # a portal's path, then its 来源 field naming the office, then the title
    ("云阳市人民政府门户网站 > 政务公开 > 部门文件 > 卫生健康\n发布时间:2024-01-18 来源:市卫生健康局 浏览次数:1362\n\n"
     "云阳市卫生健康局2023年深化医药卫生体制改革工作总结\n\n2023年,全市县域内就诊率92.3%。" + _WORK,
     "云阳市卫生健康局2023年深化医药卫生体制改革工作总结"),
    # a sharing site's tag of a model text before the title
    ("【范文下载】柘原县卫生健康局2019年工作总结及2020年工作计划\n\n2019年,全县县域内就诊率87.6%。" + _WORK,
     "柘原县卫生健康局2019年工作总结及2020年工作计划"),
    # a sharing site's page title holding the report's, its download notice and first page stub, then the report's own
    # title: no running head, said before only inside the page's title
    ("【免费下载】松岭县卫生局2014年卫生基本建设和财务管理工作总结 - 文库\n本文档由用户上传,下载需5积分,如有侵权请联系删除。\n"
     "                    第1页 共3页\n松岭县卫生局2014年卫生基本建设和财务管理工作总结\n\n2014年,全县新增床位320张。" + _WORK,
     "松岭县卫生局2014年卫生基本建设和财务管理工作总结"),
    # a sharing site's own name as a tag before the title
    ("【文库】荆川市卫生健康委员会2021年合理用药和药品集中带量采购工作总结 - 道客文库\n本文档由用户上传,仅供学习交流。\n"
     "第1页 共3页\n\n荆川市卫生健康委员会2021年合理用药和药品集中带量采购工作总结\n\n2021年,全市药占比27.4%。" + _WORK,
     "荆川市卫生健康委员会2021年合理用药和药品集中带量采购工作总结"),
    # …and the line of its tag and the title alone, the only title the page gives
    ("本文档由网友上传分享,仅供学习参考,如有侵权请联系删除。\n【免费下载】澄溪县卫生健康局2023年工作总结和2024年工作计划\n"
     "上传时间:2024-01-12  文档页数:3页  下载积分:5\n\n2023年,全县县域内就诊率91.2%。" + _WORK,
     "澄溪县卫生健康局2023年工作总结和2024年工作计划"),
    # a sharing site's pick in brackets before the title, its name after it, a page marker
    ("【精品文档】岚山县卫生健康局2022年全民健康信息化工作总结 - 道客文库\n本文档由用户上传,仅供学习交流。\n第1页 共3页\n"
     "2022年,全县全民健康信息化建设稳步推进。" + _WORK, "岚山县卫生健康局2022年全民健康信息化工作总结"),
    # a mirror's note of where it copied the report from, above its title, in Traditional script
    ("轉載自 某某文獻網 繁體版\n青峪縣衛生健康局2019年工作總結\n2019年,全縣國家免疫規劃疫苗接種率達到96.3%。" + _WORK,
     "青峪县卫生健康局2019年工作总结"),
    # a PDF's title spaced letter by letter, its words a little wider apart
    ("柘 阳 县 卫 生 健 康 局   2 0 2 4   年 工 作 总 结\n  2024 年,县卫生健康局紧紧围绕县委、县政府中心工作。" + _WORK,
     "柘阳县卫生健康局2024年工作总结"),
], ids=["chunk_then_own_title", "masked_place_in_stub", "speech_page_title_site_labels", "site_after_title", "portal_disclosure_section", "forum_repost_tag", "forum_thread_title", "page_stub", "issuer_above_about",
        "site_above_county_title", "letterhead_and_file_number", "letterhead_broken", "letter_file_number_signed", "notice_quoting_plan", "joint_issuers", "insurance_bureau_title_spaced", "post_headline_label_year",
        "wechat_byline_above_title", "account_above_byline", "period_under_name", "own_title_in_two_lines",
        "issuer_then_title_restated", "pinyin_above_title", "news_place_headline", "newspaper_page_line_and_subtitle",
        "news_conference_under_its_office", "evaluation_under_plan_name", "portal_column_label",
        "yearbook_page_number_before", "yearbook_page_number_after", "yearbook_database_after", "office_colon_report",
        "institution_colon_headline",
        "portal_name_field", "site_breadcrumb_above_title", "model_text_label_after_title",
        "site_breadcrumb_then_source_field", "model_text_tag_before_title", "own_title_under_page_stub",
        "site_name_tag_before_title", "download_tag_before_only_title", "site_pick_in_brackets", "mirror_note_above_title",
        "pdf_title_spaced_wider_between_words"])
def test_title(text, title):
    assert _described(text).title == title


@pytest.mark.parametrize("text,names", [
    # a numbered item's name opens its line, and the numbers after it are its target and result
    ("临溪县卫生健康局2020年工作总结\n一、主要目标完成情况\n1.县域就诊率。目标90%,实际达到91.2%,完成。\n"
     "2.每千人口执业(助理)医师数。目标2.6人,实际2.58人,未完成。" + _WORK,
     ["县域就诊率", "县域就诊率", "每千人口执业(助理)医师数", "每千人口执业(助理)医师数"]),
    # numbers that name themselves keep their own names; a section's heading names a part of the work, no measure
    ("临溪县卫生健康局2020年工作总结\n一、主要目标完成情况\n1.慢病管理。高血压患者规范管理率76.2%。\n"
     "二、重点工作\n(一)疫情防控。累计设置发热门诊3个。", ["高血压患者规范管理率", "设置发热门诊"]),
    # a portal's topic heading, as its lines write it, names a line's bare deed or bare rate; a name of its own stays
    ("临江市卫生健康局2025年上半年工作总结\n【健康档案】\n· 电子健康档案建档率 92.4%\n· 向个人开放 186.3万份  开放率 84.1%\n"
     "· 家庭医生签约 143.6万人\n【癌症早筛】\n· 早筛人数 2.16万人\n· 阳性检出率 3.42%\n",
     ["电子健康档案建档率", "电子健康档案向个人开放", "电子健康档案开放率", "家庭医生签约", "早筛人数", "阳性检出率"]),
    # a yearbook's entry of one institution (【县人民医院】) names its figures as the hospital's, its beds' kind
    # lending no deed to the staff after them; a long topic heading (【妇幼健康与人口家庭】) is no part of a name
    (_YEARBOOK, ["医疗卫生机构", "卫生技术人员", "县人民医院开放床位", "县人民医院职工", "县人民医院门急诊",
                 "县人民医院门急诊", "县人民医院药占比", "出生人口"]),
    # a project said again as 该项目 under the numbered item that names it
    ("松岭县卫生局2014年工作总结\n一、卫生基本建设\n1.县人民医院住院综合楼项目。该项目总投资8500万元,新增床位260张。" + _WORK,
     ["县人民医院住院综合楼项目总投资"]),
], ids=["item_names_its_numbers", "own_names_and_section_headings", "topic_heading_names_bare_lines", "yearbook_institution_entry",
        "project_said_again_under_its_item"])
def test_a_numbered_items_name_names_the_numbers_after_it(text, names):
    doc = _described(text)
    assert [f.indicator for p, _ in passages(doc) for f in extract(p)][:len(names)] == names


# A bureau's collection of its township centres' reports, each under its name on a line of its own.
_COLLECTION = ("桐溪县2020年乡镇卫生院工作总结汇编\n桐溪县卫生健康局基层卫生股 编印\n\n一、城关镇卫生院\n\n"
               "2020年,城关镇卫生院全年完成门急诊3.12万人次,较上年下降8.5%。医院现有职工58人,开放床位40张。辖区常住人口4.25万人,"
               "高血压患者规范管理率71.2%,糖尿病患者规范管理率70.4%,全年业务收入726万元。全院职工团结协作,较好地完成了全年各项目标任务。\n\n二、龙潭乡卫生院\n\n"
               "龙潭乡卫生院地处山区,服务人口1.36万人。全年门急诊11205人次,住院病人318人次,职工22人,床位20张。"
               "65岁及以上老年人健康管理率66.4%,全年接种一类疫苗3420剂次。全院职工克服山区交通不便等困难,较好地完成了各项工作任务。\n\n【鹤鸣镇卫生院】\n\n"
               "2020年,鹤鸣镇中心卫生院门急诊量2.46万人次,住院人数1520人次,病床使用率82.5%。辖区人口3.07万人,"
               "电子建档率92.5%,新生儿访视率95.2%。全院职工团结协作,较好地完成了全年各项目标任务。2021年,该院计划门急诊量达到2.6万人次。\n")


def test_a_collection_of_institutions_reports_is_one_document_each():
    """Each township centre's report is its own, of its township in the county the collection names;
    its heading naming it lends its figures no name, and its own beds and visits take no key."""
    docs = [describe(d) for d in split(normalise(_COLLECTION).text)]
    assert [(d.bureau, d.region, d.level, d.type, d.report_year) for d in docs] == [
        ("桐溪县城关镇卫生院", "桐溪县城关镇", "township", "summary", 2020),
        ("桐溪县龙潭乡卫生院", "桐溪县龙潭乡", "township", "summary", 2020),
        ("桐溪县鹤鸣镇卫生院", "桐溪县鹤鸣镇", "township", "summary", 2020)]
    facts = [f for p, _ in passages(docs[1]) for f in extract(p)]
    assert [(f.indicator, f.indicator_key) for f in facts] == [
        ("龙潭乡卫生院服务人口", None), ("门急诊", None), ("住院病人", None), ("职工", None), ("床位", None),
        ("65岁及以上老年人健康管理率", "elderly_health_mgmt_rate"), ("接种一类疫苗", None)]


@pytest.mark.parametrize("text", [
    # a yearbook's entries, a hospital's among them, are no collection of reports
    _YEARBOOK,
    # headings naming institutions as a class, or in a file that names no collection
    "桐溪县2020年卫生工作汇编\n\n一、乡镇卫生院\n\n" + "全县乡镇卫生院门急诊45.2万人次,住院1.3万人次。" * 6
    + "\n\n二、村卫生室\n\n" + "全县村卫生室诊疗12.6万人次,乡村医生312人。" * 6,
    "桐溪县2020年卫生工作总结\n\n一、县人民医院\n\n" + "全年门急诊45.2万人次,住院1.3万人次。" * 6
    + "\n\n二、县中医院\n\n" + "全年门急诊12.6万人次,住院0.6万人次。" * 6,
], ids=["yearbook", "classes", "no_collection"])
def test_headings_of_institutions_split_only_a_collection(text):
    assert len(split(normalise(text).text)) == 1


@pytest.mark.parametrize("text,keys", [
    # the hospital's beds, visits and drug share are no values of the county's series; the county's are
    (_YEARBOOK, ["health_institutions", "health_tech_staff", None, None, None, None, None, "live_births"]),
], ids=["hospital_entry"])
def test_a_yearbooks_entry_of_one_institution_is_its_own(text, keys):
    doc = _described(text)
    assert [f.indicator_key for p, _ in passages(doc) for f in extract(p)] == keys


@pytest.mark.parametrize("text,keys", [
    # a bare 服药依从率 under a heading of echinococcosis is its patients' compliance, not TB's
    ("聂荣县卫生局2015年工作总结\n一、重点工作完成情况\n(一)包虫病综合防治。全县完成人群B超筛查4.82万人。"
     "其中药物治疗患者354例,服药依从率92%以上。" + _WORK, [None, None, None, "outpatient_visits", "inpatient_admissions"]),
    # nor is a bare 规范服药率 under a heading of the severely mentally ill, unless TB is named there too;
    # the patients on the register there are theirs (严重精神障碍在册患者)
    ("临溪县卫生健康局2020年工作总结\n一、重点工作完成情况\n(一)严重精神障碍患者管理。在册患者1200人,规范服药率65%。"
     "\n(二)结核病和精神障碍患者管理。肺结核患者管理率95%,规范服药率93%。" + _WORK,
     ["smi_registered_count", None, "tb_patient_mgmt_rate", "tb_regular_medication_rate", "outpatient_visits", "inpatient_admissions"]),
    # a bare 全程接种率 under a heading of COVID-19 is of its doses, not the programme's; under one of all
    # infectious diseases it stays the programme's
    ("宁安县卫生健康局2021年工作总结\n一、新冠肺炎疫情防控\n截至12月底,全程接种率达到96.5%。"
     "\n二、传染病疫情防控\n全县全程接种率95.1%。" + _WORK,
     [None, "nip_vaccination_rate", "outpatient_visits", "inpatient_admissions"]),
], ids=["echinococcosis_heading", "mental_illness_heading", "covid_heading"])
def test_a_sections_heading_can_say_an_indicator_does_not_apply(text, keys):
    doc = _described(text)
    assert [f.indicator_key for p, _ in passages(doc) for f in extract(p)] == keys


@pytest.mark.parametrize("text,names", [
    # a kind of institution opening a sentence with 其中 has the measure of the whole the sentence before stated
    ("陵江市2019年卫生健康事业发展统计公报\n一、卫生资源\n2019年末全市医疗卫生机构实有床位15826张,比上年增加742张。"
     "其中医院12461张,基层医疗卫生机构2873张。" + _WORK,
     ["医疗卫生机构实有床位", "医疗卫生机构实有床位", "医院实有床位", "基层医疗卫生机构实有床位"]),
    ("陵江市2019年卫生健康事业发展统计公报\n二、医疗服务\n全年总诊疗人次1326.5万人次,比上年增长6.8%。"
     "其中:医院587.2万人次,占44.3%。" + _WORK,
     ["总诊疗人次", "总诊疗人次", "医院总诊疗人次", "医院总诊疗人次占比"]),
], ids=["beds_by_kind", "visits_by_kind"])
def test_a_part_opening_a_sentence_is_of_the_whole_before(text, names):
    doc = _described(text)
    assert [f.indicator for p, _ in passages(doc) for f in extract(p)][:len(names)] == names


@pytest.mark.parametrize("text,expected", [
    # a news conference's speech closing with the plan for the next year, then the answers, which report what was done
    ("梅溪县2023年卫生健康工作新闻发布会\n\n【林海涛】2023年,全县总诊疗人次达到186.4万人次。\n\n"
     "2024年,我们将重点抓好以下工作:县域内就诊率力争达到93%。\n\n【主持人】下面进入提问环节。\n\n"
     "【融媒记者】请问去年在减轻群众就医负担方面做了哪些工作?\n\n【吴雅琴】全年节约药品费用1860万元,检查检验结果互认3.9万人次。"
     "\n\n【电视台记者】请问新院区进展如何?\n\n【林海涛】新院区总投资6.2亿元。",
     [("186.4万人次", "actual", 2023), ("93%", "target", 2024), ("1860万元", "actual", 2023), ("3.9万人次", "actual", 2023),
      ("6.2亿元", "actual", 2023)]),
], ids=["news_conference_answers_after_the_plan"])
def test_a_closing_plan_ends_where_the_next_speaker_starts(text, expected):
    doc = _described(text)
    assert [(f.surface, f.role, f.year) for p, _ in passages(doc) for f in extract(p)] == expected


def test_a_heading_of_problems_and_a_plan_states_the_problems_first():
    """存在问题及2024年工作重点: its problems (一是…) are the year's, its plan opens with 2024年."""
    doc = _described("安澜县卫生健康局2023年妇幼健康工作总结\n\n一、基本情况\n\n全县活产数4862人。\n\n八、存在问题及2024年工作重点\n\n"
                     "一是剖宫产率偏高。二是先天性心脏病占比超过三分之一。\n\n2024年,全县孕产妇死亡率控制在15/10万以下。")
    problems, plan = [doc.section_at(doc.text.index(words)) for words in ("二是先天性", "全县孕产妇死亡率")]
    assert (problems.role, problems.year, plan.role, plan.year) == ("problems", None, "plan", 2024)
    assert (doc.type, doc.report_year, doc.plan_year) == ("summary_and_plan", 2023, 2024)


@pytest.mark.parametrize("text,sections,meta", [
    # 二、2013年主要工作任务 in a 2012 summary is the plan for 2013.
    ("县卫生局2012年工作总结和2013年工作计划\n\n一、五年来的主要成绩\n\n2012年全县新农合参合率达到98.7%。\n\n"
     "二、2013年主要工作任务\n\n2013年全县新农合参合率稳定在98%以上。",
     [("五年来的主要成绩", "results", None), ("2013年主要工作任务", "plan", 2013)],
     ("summary_and_plan", 2012, 2013)),
    # 附件 after the plan for next year lists the report year's data, not next year's goals.
    ("云岭市卫生健康委员会2023年工作总结\n\n一、主要工作\n\n全年抽查412家。\n\n二、下一步工作\n\n"
     "2024年,计划抽查各类监管对象不少于450家。\n\n附件:1.2023年抽查公共场所不合格单位名单(8家)\n\n"
     "云岭市卫生健康委员会\n2023年12月28日",
     [("主要工作", "results", None), ("下一步工作", "plan", None), ("附件", "results", None)],
     ("summary_and_plan", 2023, 2024)),
    # 附表 after the plan: a table of the report year's projects as they stand, not next year's goals.
    ("白河县卫生健康局2023年工作总结和2024年工作计划\n\n一、主要工作\n\n全年完成投资1.2亿元。\n\n三、2024年工作计划\n\n"
     "计划完成投资1.5亿元。\n\n附表：2023年重点项目推进情况\n\n项目名称\t总投资\t完成投资\n县医院住院楼\t8000\t2600\n",
     [("主要工作", "results", None), ("2024年工作计划", "plan", 2024), ("附表", "results", None)],
     ("summary_and_plan", 2023, 2024)),
    # …but a table of next year's projects after it is the plan's.
    ("白河县卫生健康局2023年工作总结和2024年工作计划\n\n一、主要工作\n\n全年完成投资1.2亿元。\n\n三、2024年工作计划\n\n"
     "计划完成投资1.5亿元。\n\n附表：2024年重点项目投资计划\n\n项目名称\t总投资\t年度计划\n县医院住院楼\t8000\t3000\n",
     [("主要工作", "results", None), ("2024年工作计划", "plan", 2024), ("附表", "plan", 2024)],
     ("summary_and_plan", 2023, 2024)),
    # (四)年内…提高到80%,到2025年实现全覆盖: 80% is for the plan's year, 2025 only for 全覆盖.
    ("某市卫生健康局2022年学校卫生工作总结\n\n一、主要工作\n\n全年筛查12万人。\n\n二、2023年工作计划\n\n"
     "(四)年内校医配备率提高到80%,到2025年实现全覆盖。",
     [("主要工作", "results", None), ("2023年工作计划", "plan", 2023)],
     ("summary_and_plan", 2022, 2023)),
    # (二)…由2023年的7.2天缩短至6.9天: the year a change starts from dates no item of a 2024 summary.
    ("某县卫生健康局2024年工作总结\n\n一、目标完成情况\n\n(一)门诊次均费用151.2元。\n"
     "(二)平均住院日由2023年的7.2天缩短至6.9天。\n(三)2024年新建村卫生室12个。",
     [("目标完成情况", "results", None), ("2024年新建村卫生室12个", "results", 2024)],
     ("summary", 2024, None)),
    # A WeChat post numbers its parts 01, 02 …; its last part is its plan.
    ("南湖区卫健局2023年工作总结出炉\n\n01 医疗服务能力再上新台阶\n\n全区门诊量182万人次。\n\n"
     "02公共卫生服务更加均等\n\n高血压患者规范管理率78%。\n\n08  2024年,我们这样干\n\n县域内就诊率力争达到92%。",
     [("医疗服务能力再上新台阶", "results", None), ("公共卫生服务更加均等", "results", None), ("2024年,我们这样干", "plan", 2024)],
     ("summary_and_plan", 2023, 2024)),
    # 青石县卫生健康局2019年工作总结 closes with 2020年,我们将力争…: a plan for 2020, after its last heading.
    ("青石县卫生健康局2019年工作总结\n\n一、卫生资源稳步增长。全县卫生技术人员2874人。\n\n"
     "二、医疗服务能力增强。县域内就诊率达到88.5%。\n同时,全县改善医疗服务。\n"
     "2020年,我们将力争县域内就诊率达到90%。",
     [("卫生资源稳步增长", "results", None), ("医疗服务能力增强", "results", None), ("2020年", "plan", 2020)],
     ("summary_and_plan", 2019, 2020)),
    # …closes with 明年,我院将力争…: a plan for the year after; 下半年,我局将… in a half-year summary: for the rest of it
    ("桃源镇卫生院2021年工作总结\n\n一、医疗服务。全年门诊2.6万人次。\n\n明年,我院将力争门诊人次增长10%。",
     [("医疗服务", "results", None), ("明年", "plan", 2022)], ("summary_and_plan", 2021, 2022)),
    ("柳河县卫生局2015年上半年工作总结\n\n今年上半年,全县新农合参合人数42.8万人。\n"
     "下半年,我局将重点抓好以下工作:一是力争建档率达到80%;二是完成乡村医生培训600人次。",
     [("下半年", "plan", 2015)], ("summary_and_plan", 2015, 2015)),
    # a year masked by a sharing site dates none of it; 下半年 in a whole year's summary looks back
    ("×××卫生院20**年度工作总结\n\n今年以来,我院门诊接诊病人1.82万人次。\n明年,我院将力争住院人次突破1100人次。",
     [("明年", "plan", None)], ("summary_and_plan", None, None)),
    ("石门县卫生局2016年工作总结\n\n上半年,全县新建村卫生室12所。\n下半年,我局将重点抓好卫生监督工作。",
     [], ("summary", 2016, None)),
    # 五、下一步打算 / 到2022年,…。新建健康步道10条。: the paragraph's goals are all due in 2022.
    ("云岭县国家慢性病综合防控示范区复审自评报告\n\n一、基本情况\n\n2020年,全县高血压患者规范管理率为71.6%。\n\n"
     "二、下一步打算\n\n到2022年,居民健康素养水平提高到25%以上。新建健康步道10条。\n\n云岭县卫生健康局代拟\n",
     [("基本情况", "results", None), ("下一步打算", "plan", 2022)],
     ("summary_and_plan", 2020, 2022)),
    # A yearbook's chapter heads its parts 【概况】, 【计划生育】 …: topics of the year's results.
    ("石阡县年鉴(2019) 卫 生\n\n【概况】 2018年,全县有各级各类医疗卫生机构386个。\n\n"
     "【计划生育】 全县出生人口4102人,出生人口性别比108.6。\n\n【2019年目标】 全县住院分娩率保持在99%以上。",
     [("概况", "results", None), ("计划生育", "results", None), ("2019年目标", "plan", 2019)],
     ("summary_and_plan", 2018, 2019)),
    # Flowed PDF text runs a heading into its body: 三、存在问题公共卫生人员不足,…; 四、2021年工作计划2021年是…
    ("南湖区卫生健康局2020年工作总结和2021年工作计划\n\n一、卫生健康事业稳步发展(一)公共卫生服务。"
     "全区居民电子健康档案建档率89.2%。三、存在问题公共卫生人员不足,每万人口专业公共卫生机构人员仅5.1人;"
     "基层医疗卫生机构服务能力仍然薄弱。四、2021年工作计划2021年是“十四五”开局之年。(一)常态化疫情防控。"
     "全力推进新冠病毒疫苗接种,接种率达到70%以上。",
     [("卫生健康事业稳步发展", "results", None),
      ("公共卫生服务", "results", None),
      ("存在问题", "problems", None),
      ("2021年工作计划", "plan", 2021),
      ("常态化疫情防控", "plan", 2021)],
     ("summary_and_plan", 2020, 2021)),
    # 述职述廉报告 … 2022年,我将重点抓好以下工作:力争…: the plan for 2022.
    ("县卫生健康局局长2021年度述职述廉报告\n\n各位领导、同志们:\n\n一、履职尽责\n\n全年县域内就诊率达到87.6%。\n\n"
     "二、存在的不足和今后努力方向\n\n一是学习不够深入。\n\n2022年,我将重点抓好以下工作:力争县域内就诊率达到90%。\n\n"
     "述职人:杨建华\n2022年1月12日",
     [("履职尽责", "results", None), ("存在的不足和今后努力方向", "problems", None), ("2022年", "plan", 2022)],
     ("summary_and_plan", 2021, 2022)),
    # A plan heading on a line of its own, then its items numbered again from 一: the plan's items.
    ("某县卫生局2006年工作总结及2007年工作思路\n\n一、新型农村合作医疗运行平稳\n\n全县参合率达86.3%。\n\n"
     "二、妇幼卫生工作\n\n住院分娩率达到91.6%。\n\n二〇〇七年工作思路\n\n一、巩固和完善新型农村合作医疗。参合率力争达到90%以上。\n"
     "二、继续加强乡镇卫生院建设。年内完成5所乡镇卫生院改扩建。",
     [("新型农村合作医疗运行平稳", "results", None), ("妇幼卫生工作", "results", None), ("2007年工作思路", "plan", 2007),
      ("巩固和完善新型农村合作医疗", "plan", 2007), ("继续加强乡镇卫生院建设", "plan", 2007)],
     ("summary_and_plan", 2006, 2007)),
    # …under the office's title for its plan part, with the year in two numerals
    ("XX县卫生局二〇〇二年工作总结及○三年工作打算\n\nXX县卫生局二〇〇二年工作总结\n\n一、农村合作医疗\n\n合作医疗覆盖率47.8%。\n\n"
     "XX县卫生局○三年工作打算\n\n一、合作医疗覆盖率达到60%以上。\n二、乡村医生持证率达到98%。",
     [("农村合作医疗", "results", None), ("XX县卫生局2003年工作打算", "plan", 2003),
      ("合作医疗覆盖率达到60%以上", "plan", 2003), ("乡村医生持证率达到98%", "plan", 2003)],
     ("summary_and_plan", 2002, 2003)),
    # a budget's part on the department as it is (第一部分 部门概况) looks back over its items: the staff it is for
    ("南溪县卫生健康局2023年部门预算公开说明\n\n第一部分 部门概况\n\n一、部门职责\n\n负责全县卫生健康工作。\n\n"
     "二、预算单位构成\n\n所属事业单位9家,编制内人员614人。\n\n第二部分 2023年部门预算情况说明\n\n"
     "一、收支预算总体情况\n\n收入预算合计18620.40万元。",
     [("南溪县卫生健康局2023年部门预算公开说明", "plan", None), ("部门概况", "results", None),
      ("部门职责", "results", None), ("预算单位构成", "results", None),
      ("2023年部门预算情况说明", "plan", 2023), ("收支预算总体情况", "plan", None)],
     ("plan", None, 2023)),
    # a portal's 下半年目标 on a line of its own heads the goals for the rest of the year, its plan part
    ("临江市卫生健康局2025年上半年工作总结\n\n一、医共体建设\n\n县域内就诊率90.8%。\n\n下半年目标\n县域内就诊率≥90%\n",
     [("医共体建设", "results", None), ("下半年目标", "plan", None)], ("summary_and_plan", 2025, 2025)),
    # a period's 开局之年 is its first year, not its last
    ("云溪区卫生健康局2025年工作总结\n\n一、主要工作\n\n全年完成投资1.2亿元。\n\n四、“十五五”开局之年工作打算\n\n"
     "计划投入强基工程资金6000万元。",
     [("主要工作", "results", None), ("“十五五”开局之年工作打算", "plan", 2026)], ("summary_and_plan", 2025, 2026)),
], ids=["main_tasks", "annex", "appended_table", "appended_plan_table", "item_dates_its_clauses", "change_start_dates_no_item", "post_numbered", "closing_paragraph_plan", "closing_next_year", "closing_rest_of_half_year", "closing_masked_year", "second_half_of_whole_year",
        "plan_paragraph_year", "yearbook_topics", "run_on_headings", "directors_closing", "line_plan_items_numbered_again", "office_titled_plan_part",
        "budget_overview_part", "rest_of_year_goals", "periods_first_year"])
def test_sections(text, sections, meta):
    """A document's sections (title, role, year) and its type and years."""
    doc = _described(text)
    assert [(s.title, s.role, s.year) for s in doc.sections] == sections
    assert (doc.type, doc.report_year, doc.plan_year) == meta


@pytest.mark.parametrize("text,titles", [
    # a subheading that opens with a number, on a line of its own
    ("(四)0-6岁儿童健康管理\n辖区0-6岁儿童28176人,健康管理率93.2%。", ["主要工作", "0-6岁儿童健康管理"]),
    ("(八)2型糖尿病患者健康管理\n管理率73.99%。", ["主要工作", "2型糖尿病患者健康管理"]),
    # a list item run on with a number is no heading
    ("(三)3个乡镇卫生院完成改造,投入资金120万元。", ["主要工作"]),
    # a subheading that opens with a quoted name
    ("(一)老年人免费健康体检。体检3.02万人。\n(二)“两癌”免费筛查。为6318名妇女开展筛查。",
     ["主要工作", "老年人免费健康体检", "“两癌”免费筛查"]),
], ids=["age_range", "type_2", "item", "quoted_name"])
def test_subheadings_that_open_with_a_number(text, titles):
    doc = _described("某县卫生健康局2020年工作总结\n\n一、主要工作\n\n" + text)
    assert [s.title for s in doc.sections] == titles


@pytest.mark.parametrize("heading,role", [
    ("五、改进措施", "plan"),  # a self-evaluation's measures for the next year
    ("五、存在问题及改进措施", "problems"),  # its problems come first
    ("五、整改要求", "plan"),  # a notice's demands of those inspected, and its measures, are to be done
    ("五、整改措施", "plan"),
], ids=["measures", "problems_and_measures", "demands", "rectification"])
def test_a_self_evaluations_measures_are_its_plan(heading, role):
    doc = _described("永修县卫生健康局2023年度部门整体支出绩效自评报告\n\n一、基本情况\n\n全年支出1.2亿元。\n\n" + heading
                     + "\n\n一是预算执行率偏低。")
    assert [(s.title, s.role) for s in doc.sections][-1] == (heading[2:], role)


@pytest.mark.parametrize("heading", ["往期推荐", "推荐阅读"])
def test_a_posts_earlier_posts_are_no_part_of_it(heading):
    """往期推荐 after a post lists links to earlier posts: 南湖区2023年卫生健康十件大事 counts nothing."""
    docs = split(normalise("南湖区卫健局2023年工作总结出炉\n\n" + "全区门诊量182万人次,高血压患者规范管理率达到78%。\n" * 15
                           + f"\n- END -\n\n{heading}\n▶ 南湖区2023年卫生健康十件大事\n▶ 冬季流感高发,这份防护指南请收好!\n"
                           + "▶ 新院区预计2027年投入使用,开放床位800张\n\n阅读原文\n").text)
    assert len(docs) == 1 and "十件大事" not in docs[0].text and "800张" not in docs[0].text


@pytest.mark.parametrize("text", [
    "【主持人】请何局长介绍2019年工作情况。\n【何建平】2019年全市门诊量182万人次。\n【记者】请问明年的重点?\n【何建平】明年力争达到200万人次。",
    "【打印本页】【关闭窗口】\n【下载提示】本站资源来源于网络\n2019年全市门诊量182万人次。",
], ids=["speakers", "buttons"])
def test_brackets_that_head_no_topic(text):
    doc = _described("青阳市卫生健康局2019年工作情况新闻发布会实录\n\n" + text)
    assert [s.title for s in doc.sections] == []


@pytest.mark.parametrize("name,text,title", [
    # a text that opens on a sentence, saved under its page's title: the name is its title
    ("2018年青禾县卫计局工作总结", "今年以来,全县卫生计生各项工作取得新的进展。" + _WORK, "2018年青禾县卫计局工作总结"),
    ("2018年青禾县卫计局工作总结(1)", "今年以来,全县卫生计生各项工作取得新的进展。" + _WORK, "2018年青禾县卫计局工作总结"),
    # …not where the text has a title of its own, nor a name that is no report's title or several's
    ("2018年青禾县卫计局总结", "青禾县卫生和计划生育局2018年工作总结\n\n今年以来,全县各项工作取得新的进展。" + _WORK,
     "青禾县卫生和计划生育局2018年工作总结"),
    ("qinghe_2018", "今年以来,全县卫生计生各项工作取得新的进展。" + _WORK, "今年以来"),
    ("卫生局工作总结范文3篇", "今年以来,全县卫生计生各项工作取得新的进展。" + _WORK, "今年以来"),
    ("工作总结", "今年以来,全县卫生计生各项工作取得新的进展。" + _WORK, "今年以来"),
], ids=["name_is_title", "name_with_copy_mark", "own_title", "name_no_title", "name_of_compilation", "name_too_short"])
def test_a_file_without_a_title_is_titled_by_its_name(name, text, title):
    doc = split(normalise(text).text)[0]
    titled_by_name(doc, name)
    assert describe(doc).title == title


def test_a_file_titled_by_its_name_reports_on_its_year():
    doc = split(normalise("今年以来,全县卫生计生各项工作取得新的进展。" + _WORK + _PLAN).text)[0]
    titled_by_name(doc, "2018年青禾县卫计局工作总结")
    doc = describe(doc)
    assert (doc.region, doc.report_year, doc.plan_year) == ("青禾县", 2018, 2019)


# Two offices' reports a sharing site glued, the second under the first's closing with no title between.
_GLUED_AFTER_CLOSING = ("县卫生局工作总结(共2篇)\n2012年,县卫生局在县委、县政府的正确领导下,以深化医药卫生体制改革为中心,各项工作取得新成效。"
                        + "全县新型农村合作医疗参合率达到98.6%,全年补偿参合农民48.6万人次,补偿资金8326万元。" * 9
                        + "\n南岭县卫生局\n2012年12月26日\n"
                        + "今年以来,我局以创建省级卫生强县为目标,加强基层医疗卫生服务体系建设,全县新建标准化村卫生室46个。"
                        + "全县新农合参合人数38.2万人,参合率达到97.9%。" * 4
                        + "\n东浦县卫生局\n二〇一二年十二月二十八日\n")


def test_a_report_glued_after_anothers_closing_is_its_own():
    docs = [describe(d) for d in split(normalise(_GLUED_AFTER_CLOSING).text)]
    assert [(d.bureau, d.region, d.report_year) for d in docs] == [
        ("南岭县卫生局", "南岭县", 2012), ("东浦县卫生局", "东浦县", 2012)]


@pytest.mark.parametrize("text", [
    # a closing then an appendix, a note or a short line: no report of its own
    _GLUED_AFTER_CLOSING.split("今年以来")[0] + "附件:全县新农合补偿情况统计表\n",
    _GLUED_AFTER_CLOSING.split("今年以来")[0] + "今年以来,我局以创建省级卫生强县为目标,加强基层医疗卫生服务体系建设,全县新建标准化村卫生室46个。\n",
])
def test_a_closing_without_another_report_after_it_splits_nothing(text):
    assert len(split(normalise(text).text)) == 1
