"""Normalisation: script, width and debris go; the way back to the original words stays."""
from __future__ import annotations

import re

import pytest

from minerals.normalise import normalise

CASES = [
    # (as found, normalised)
    ("衛(wèi)生監(jiān)督執(zhí)業", "卫生监督执业"),
    ("规范管理 率 93.14%,重 点突破", "规范管理率93.14%,重点突破"),
    ("高血压患者规范管理率９３．１４％", "高血压患者规范管理率93.14%"),
    ("⾼⾎压患者", "高血压患者"),
    # a CJK font's radicals and dash, as a PDF it set reads back
    ("县人⺠医院、⻘岚县、⻰潭乡,0―6岁儿童,开展2―3次", "县人民医院、青岚县、龙潭乡,0—6岁儿童,开展2—3次"),
    ("實有床位15826張,比上年增⻑4.9%,⻁門鎮", "实有床位15826张,比上年增长4.9%,虎门镇"),
    ("衞生院", "卫生院"),
    ("0-6歳兒童", "0-6岁儿童"),
    ("「五苗」接種率、『兩癌』篩查", "“五苗”接种率、“两癌”筛查"),
    ("HIV 检测 100%", "HIV检测100%"),
    # a run of spaces after a quantity sets a portal's fields apart: the quantity's clause ends there
    ("· 早筛人数 2.16万人  完成年度目标(4万人)的54%", "·早筛人数2.16万人,完成年度目标(4万人)的54%"),
    ("▲县域内就诊率 90.8%  同比↑1.2个百分点", "▲县域内就诊率90.8%,同比↑1.2个百分点"),
    ("(a)选项保持", "(a)选项保持"),
    ("20xx年全县", "20xx年全县"),
    ("参保率达到1\n0%,覆盖全县", "参保率达到10%,覆盖全县"),
    ("二〇二〇年工作总结,一九九八年以来", "2020年工作总结,1998年以来"),
    ("二○○八年工作总结", "2008年工作总结"),  # ○, a white circle, for 〇
    # the digit 0 or the letter O typed for 〇
    ("二0一0年工作总结,二O一一年一月", "2010年工作总结,2011年一月"),
    # a PDF's running header goes, next to a page number or cutting a sentence in two; a title
    # that starts each of several articles stays
    ("XX县卫生健康局2019年工作总结\n管理率为\n- 1 -\nXX县卫生健康局2019年工作总结\n71.6%。\n",
     "XX县卫生健康局2019年工作总结\n管理率为\n71.6%。\n"),
    ("XX县卫生健康局2019年工作总结\n管理率为\nXX县卫生健康局2019年工作总结\n71.6%。\n", "XX县卫生健康局2019年工作总结\n管理率为\n71.6%。\n"),
    # …also spaced otherwise than the title it repeats, as a PDF prints it, and the body's first line, opening
    # with a year the PDF spaced, is not joined to the title over the page number
    ("平远县卫生健康局2020年健康扶贫工作总结\n- 1 -\n平远县卫生健康局 2020年健康扶贫工作总结\n2020 年,全县参保率100%。\n",
     "平远县卫生健康局2020年健康扶贫工作总结\n2020年,全县参保率100%。\n"),
    ("区卫生局工作总结\n门诊量12万人次。\n区卫生局工作总结\n门诊量13万人次。\n", "区卫生局工作总结\n门诊量12万人次。\n区卫生局工作总结\n门诊量13万人次。\n"),
    ("XX区人民政府|政务公开|办事服务\n全区建档率86.2%。\n", "全区建档率86.2%。\n"),  # a site's navigation bar
    ("二零一九年参保率", "2019年参保率"),
    # a year of the 2000s by its last two numerals
    ("○三年工作打算,〇二年参合率", "2003年工作打算,2002年参合率"),
    ("第一二〇〇年", "第一二〇〇年"),
    # a heading run into its first sentence on one PDF line keeps a line of its own
    ("一、公共卫生服务能力持续增强 (一)项目全面落实。二、医疗服务水平稳步提升 全区总诊疗512.6万人次。",
     "一、公共卫生服务能力持续增强\n(一)项目全面落实。二、医疗服务水平稳步提升\n全区总诊疗512.6万人次。"),
    ("全县共有卫 生院 21 家。", "全县共有卫生院21家。"),
    ("。一、二类疫苗接种 共计12万剂次。", "。一、二类疫苗接种共计12万剂次。"),
    # a letter-spaced line loses every space, those inside its numbers too; other lines keep theirs
    ("建 档 率 达 到 8 6 . 5 % ,\n2019 2020年 HIV 检测", "建档率达到86.5%,\n2019 2020年HIV检测"),
    ("一  、 主 要 工 作\n", "一、主要工作\n"),
    ("a b c d\n", "a b c d\n"),
    # a decimal spaced glyph by glyph inside a line loses its spaces; so does one whose whole part alone is spaced
    ("建档率达到8 5 . 6 %,较上年提高2.1个百分点,另有8 6.5%", "建档率达到85.6%,较上年提高2.1个百分点,另有86.5%"),
    ("就诊率达 8 8.6%,拨付资金 2 3 0 6.\n7 万元,分别下降 0.1 5、0.1 4 个千分点", "就诊率达88.6%,拨付资金2306.7万元,分别下降0.15、0.14个千分点"),
    ("    2 0 2 5 年,签约率 8 1.2 %;\n卫生院 5 3 2.5\n", "2025年,签约率81.2%;\n卫生院5 3 2.5\n"),
    ("县卫生健康局全年争取各类项目资金 8 9 6\n5.4 万元;卫生院 5 3 2\n4 5 6\n", "县卫生健康局全年争取各类项目资金8965.4万元;卫生院5 3 2\n4 5 6\n"),
    # so does a whole number before its unit; a row of one-digit cells keeps its spaces
    ("参保率 1 0 0 %。签约 2 3 5 8 6 人,发病率为 1 3 4 . 7 5 / 1 0 万", "参保率100%。签约23586人,发病率为134.75/10万"),
    ("0 至 3 6 个月儿童\n卫生院 5 3 2\n", "0至36个月儿童\n卫生院5 3 2\n"),
    # commas that group a number's digits go; a list of numbers keeps its commas
    ("采集全血93,516.5单位(约合18,703升),分别为95,96,97人,2019,2020年", "采集全血93516.5单位(约合18703升),分别为95,96,97人,2019,2020年"),
    # a number broken after its grouping comma or its decimal point goes on
    ("报告甲乙类传染病1,\n436例,性别比107.\n2,", "报告甲乙类传染病1436例,性别比107.2,"),
    # …or after the slash of a rate per 10 000 or 100 000
    ("发病率为335.18/\n10万,较上年下降7.5%;病死率0.3/\n万", "发病率为335.18/10万,较上年下降7.5%;病死率0.3/万"),
    # …and one broken anywhere in prose before its 万 or 亿; a column of numbers stays
    ("2020年,全县卫生健康总投入达到2.8\n6亿元,全县医疗卫生机构共完成诊疗12\n6.3万人次,同比增长3%。",
     "2020年,全县卫生健康总投入达到2.86亿元,全县医疗卫生机构共完成诊疗126.3万人次,同比增长3%。"),
    ("合计\n120\n3.5万人\n", "合计\n120\n3.5万人\n"),
    # …or before a measure word; a numbered row of a table after a number stays a line
    ("截至6月底,全县16家乡镇卫生院共有在岗职工1\n126人,全科医生转岗培训4\n1人,带教乡镇卫生院基层医务人员3\n40人次。\n合计乡镇卫生院在岗职工1126\n2新农合参合率98%\n",
     "截至6月底,全县16家乡镇卫生院共有在岗职工1126人,全科医生转岗培训41人,带教乡镇卫生院基层医务人员340人次。\n合计乡镇卫生院在岗职工1126\n2新农合参合率98%\n"),
    # a footnote's mark between two words goes too
    ("覆盖率③达到95%,总诊疗人次②2456.3万人次", "覆盖率达到95%,总诊疗人次2456.3万人次"),
    # a sharing site's note on its mobile reader, above the title
    ("doc文档可能在WAP端浏览体验不佳。建议您优先选择TXT,或下载源文件到本机查看。\n丰源县卫生局2011年工作总结\n",
     "丰源县卫生局2011年工作总结\n"),
    # a sharing site's disclaimer is no title
    ("人人文库 —— 所有资源均是用户自行上传分享,仅供网友学习交流,请勿作他用。\n\n临河区卫生健康局2024年上半年工作总结\n",
     "\n临河区卫生健康局2024年上半年工作总结\n"),
    # a decimal or its bound broken at a line's end goes on; emoji are no words
    ("新生儿访视率96.\n4%,就诊率达到90%\n以上,\n1.\n2. 内容", "新生儿访视率96.4%,就诊率达到90%以上,\n1.\n2.内容"),
    ("✅全县建档31.8万份\n👉 就诊率达到90%;\n🎯 2024年,我们这样干\n👨\u200d⚕️远程会诊", "全县建档31.8万份\n就诊率达到90%;\n2024年,我们这样干\n远程会诊"),
    # a number in groups of three digits before its unit is one number; a row of cells is not
    ("實有床位 1 986 張,籌集基金 22 093.2 萬元\n2019 2020 405 412\n", "实有床位1986张,筹集基金22093.2万元\n2019 2020 405 412\n"),
    # a page break goes with its blank lines and running header, and the sentence it cut goes on; a line that opens with a comma
    # goes on the line before; a number broken before its decimal point is joined
    ("青溪县卫生健康局\n全县累计接种新冠病毒疫苗68.72万剂次\n,其中第一剂次接种31.26万人,签约履约率达\n\n- 1 -\n\n"
     "青溪县卫生健康局\n\n到92%以上,全年开展住院手术1\n.26万台次\n",
     "青溪县卫生健康局\n全县累计接种新冠病毒疫苗68.72万剂次,其中第一剂次接种31.26万人,签约履约率达到92%以上,全年开展住院手术1.26万台次\n"),
    # a footnote's mark after a number goes (NFKC would make it a digit), and so does a list's mark
    # opening a line or an item, which as a digit would run into the number after it (23岁以下, 12022年)
    ("出生人口性别比为107.2①。孕产妇死亡率为0②,面积120m²。\n①加强组织领导。", "出生人口性别比为107.2。孕产妇死亡率为0,面积120m2。\n加强组织领导。"),
    ("注释:①医疗卫生机构数为年末数。②3岁以下儿童系统管理率按年末数计算。\n③ 2022年婴儿死亡率2.48‰。",
     "注释:医疗卫生机构数为年末数。3岁以下儿童系统管理率按年末数计算。\n2022年婴儿死亡率2.48‰。"),
    # rows of a list of values, one to a line, are no wrapped lines
    ("每千人口执业(助理)医师:2.12人\n每千人口医疗卫生机构床位数:4.86张\n甲乙类法定报告传染病发病率:216.35/10万\n"
     "适龄儿童国家免疫规划疫苗接种率:98.2%\n孕产妇系统管理率达到了很高的水平:92.6%\n",
     "每千人口执业(助理)医师:2.12人\n每千人口医疗卫生机构床位数:4.86张\n甲乙类法定报告传染病发病率:216.35/10万\n"
     "适龄儿童国家免疫规划疫苗接种率:98.2%\n孕产妇系统管理率达到了很高的水平:92.6%\n"),
    # a site's breadcrumbs and publishing line go
    ("首页 > 范文大全 > 工作总结\n2018年卫生工作总结\n发布时间:2019-01-05 来源:网络\n全县参合率98%。",
     "2018年卫生工作总结\n全县参合率98%。"),
    ("首页\n>\n工作总结\n石泉县卫生计生局2018年工作总结\n", "工作总结\n石泉县卫生计生局2018年工作总结\n"),
    ("文档分享网 > 工作总结 > 卫生健康\n青岚县卫生健康局2021年工作总结\n全县参合率98%。",
     "青岚县卫生健康局2021年工作总结\n全县参合率98%。"),
    # a mark between a word and its number goes too; words in straight quotes take curly ones
    ("总诊疗人次②２４５６．３万人次,到\"十四五\"末", "总诊疗人次2456.3万人次,到“十四五”末"),
    # a site's download terms and counters go
    ("下载积分:3分\n浏览 2,341 次 下载 87 次 收藏 12 次 文档下载 ↓\n本站已收录文档120万篇。\n全县参合率98%。", "全县参合率98%。"),
    ("松河县2021年卫生健康工作总结\n(2022-01-18 09:12)  本文已被下载 52 次\n全县参合率98%。",
     "松河县2021年卫生健康工作总结\n全县参合率98%。"),
    ("分享者:wenku_user 上传时间:2022-03-10\n桐溪区卫生健康局2022年工作计划\n全县参合率98%。\n本文档仅供学习交流,如有侵权请联系删除。",
     "桐溪区卫生健康局2022年工作计划\n全县参合率98%。\n"),
    ("本文档由 文库网 用户上传\n更多精品文档请访问 www.wenku-share.example.com\n青山县卫生健康局二〇二一年爱国卫生工作总结\n",
     "青山县卫生健康局2021年爱国卫生工作总结\n"),
    ("【原创】文档仅供参考  下载需 5 积分\n\n南溪区卫生健康局2019年爱国卫生工作总结\n", "\n南溪区卫生健康局2019年爱国卫生工作总结\n"),
    ("原创力文档 max.book118.com  预览与源文档一致,下载高清无水印\n松陵县健康松陵行动2022年度工作总结\n",
     "松陵县健康松陵行动2022年度工作总结\n"),
    # a saved WeChat post's page around it
    ("全县参合率98%。\n写留言\n微信扫一扫关注该公众号\n喜欢此内容的人还喜欢\n预览时标签不可点\n视频小程序赞,轻点两下取消赞在看,轻点两下取消在看",
     "全县参合率98%。\n"),
    # a PDF's page lines go, whatever their form
    ("参保率98%。\n第 1 页 共 5 页\n- 2 -\n2/5\n第3页\n第 4 页,共 5 页\n——第5页——\n覆盖全县", "参保率98%。\n覆盖全县"),
    # a page's number between the halves of a sentence: the sentence goes on over it
    ("(一)公共卫生。65岁及以上老年人城乡社区规范健康管理服务率\n第 2 页 共 5 页\n61.5%,0-6岁儿童健康管理率93.2%。",
     "(一)公共卫生。65岁及以上老年人城乡社区规范健康管理服务率61.5%,0-6岁儿童健康管理率93.2%。"),
    ("全县严重精神障碍患者规范管理率89.5%,高血压患者规范管理 \n\n- 2 -\n\n率72.4%。", "全县严重精神障碍患者规范管理率89.5%,高血压患者规范管理率72.4%。"),
    # a running header with its page's number and the count of pages goes with it
    ("丰台区卫生健康委员会2019年工作总结\n全区门诊量12万人次。\n- 2 -\n丰台区卫生健康委员会2019年工作总结 第2页 共4页\n\n(六)住院1.2万人次。",
     "丰台区卫生健康委员会2019年工作总结\n全区门诊量12万人次。\n(六)住院1.2万人次。"),
    ("-- 1 --\n县卫生局2013年妇幼卫生工作总结\n全县住院分娩率99.5%。\n-- 2 of 3 --\n新生儿访视率95.2%。",
     "县卫生局2013年妇幼卫生工作总结\n全县住院分娩率99.5%。\n新生儿访视率95.2%。"),
    # not after a heading, nor before one
    ("二、2020年主要工作完成情况\n- 2 -\n全年门诊量12万人次。", "二、2020年主要工作完成情况\n全年门诊量12万人次。"),
    ("全年门诊量12万人次,住院1.2万人次,比上年增长\n- 2 -\n(二)公共卫生", "全年门诊量12万人次,住院1.2万人次,比上年增长\n(二)公共卫生"),
    # nor after a title, or any line no clause mark divides (a heading's)
    ("梅岭县卫生局2013年工作总结\n\n- 3 -\n今年以来,在县委、县政府的坚强领导下,我局围绕年初确定的目标任务。",
     "梅岭县卫生局2013年工作总结\n今年以来,在县委、县政府的坚强领导下,我局围绕年初确定的目标任务。"),
    # a title set apart from its body by a space alone gets lines of its own, at a line's start (after
    # a site's page number) and after the sentence that ends another article; not before an article's number
    ("1、雲溪縣衛生和計劃生育局2018年工作總結 2018年，在縣委的堅強領導下", "1、云溪县卫生和计划生育局2018年工作总结\n\n2018年,在县委的坚强领导下"),
    ("爭取再創佳績。石門縣衛生計生局2018年度工作總結 今年以來，石門縣衛生計生局狠抓落實。",
     "争取再创佳绩。\n\n石门县卫生计生局2018年度工作总结\n\n今年以来,石门县卫生计生局狠抓落实。"),
    ("卫生院2019年工作总结 篇一\n", "卫生院2019年工作总结篇一\n"),
    ("按照县卫生局2019年工作计划 要求,全面推进。", "按照县卫生局2019年工作计划要求,全面推进。"),
    # a sharing site's first chunk: its page title, the report's own title and the body, set apart by spaces
    ("1、2015年县卫生局工作总结 崇仁县卫生局2015年工作总结 2015年,是收官之年。", "1、2015年县卫生局工作总结\n\n崇仁县卫生局2015年工作总结\n\n2015年,是收官之年。"),
    ("1、2012年卫生局工作总结 安江市卫生局 2012年,全市卫生工作稳步推进。", "1、2012年卫生局工作总结\n\n安江市卫生局\n\n2012年,全市卫生工作稳步推进。"),
    ("云溪县卫生健康局 2019 年工作总结 2019 年,全县门诊量12万人次。", "云溪县卫生健康局\n\n2019年工作总结\n\n2019年,全县门诊量12万人次。"),
    # not the issuers of a joint report, which its title names one after another
    ("合阳县医疗保障局 合阳县卫生健康局关于2022年医保基金运行情况的报告\n县人民政府:", "合阳县医疗保障局合阳县卫生健康局关于2022年医保基金运行情况的报告\n县人民政府:"),
    # a chunk's number before a heading goes, and the heading keeps a line of its own
    ("。\n\n2、二、2015年主要工作完成情况 (一)医改工作纵深推进。", "。\n\n二、2015年主要工作完成情况\n(一)医改工作纵深推进。"),
    # a heading that goes on after 和 is not run into a sentence; nor a line whose words are spaced through
    ("。\n五、存在问题和 2020年工作重点\n", "。\n五、存在问题和2020年工作重点\n"),
    ("。一、人口计生主要指标完成 情况 2014年全 县出生 人口4582人,政 策符 合率为 93.8%,综 合避孕 率89.7%。",
     "。一、人口计生主要指标完成情况2014年全县出生人口4582人,政策符合率为93.8%,综合避孕率89.7%。"),
    # a page's publishing line keeps the field naming who issues the report
    ("关于抽查结果的公示\n\n发布单位:云岭市卫生健康委员会   发布日期:2023年12月28日   阅读次数:642\n\n全市抽查1200家。",
     "关于抽查结果的公示\n\n发布单位:云岭市卫生健康委员会\n\n全市抽查1200家。"),
    # and its source when that is an office, not a site
    ("安顺市2022年卫生健康统计公报\n\n来源:安顺市卫生健康局    发布时间:2023-06-15    浏览次数:1268\n\n全市机构2864个。",
     "安顺市2022年卫生健康统计公报\n\n来源:安顺市卫生健康局\n\n全市机构2864个。"),
    ("卫生工作总结\n\n来源:网络    发布时间:2019-01-05\n\n全市机构2864个。", "卫生工作总结\n\n全市机构2864个。"),
    ("卫生工作总结\n时间:2021-03-02 14:21　作者:admin　点击:568次\n\n全市机构2864个。", "卫生工作总结\n\n全市机构2864个。"),
    # a sharing site's header spaced letter by letter, as a PDF prints it, is furniture too
    ("文 档 下 载 网  wendang xiazai   —— 免 费 下 载 ,仅 供 学 习 交 流\n卫生工作总结\n\n全市机构2864个。",
     "卫生工作总结\n\n全市机构2864个。"),
    # 澂江, the Traditional form t2s leaves, is 澄江
    ("澂江市衛生健康委員會", "澄江市卫生健康委员会"),
    # OCR of a scanned page reads letters for digits inside a number, full-width ones too
    ("２O１２年补偿4l.6万人次,金额52O8.6万元,建档率９l．３%", "2012年补偿41.6万人次,金额5208.6万元,建档率91.3%"),
    ("管理率 7 O.8%,签约率达到8 O%以上,招聘 6 O名,孕产妇死亡率为O,", "管理率70.8%,签约率达到80%以上,招聘60名,孕产妇死亡率为0,"),
    ("完成率达到1 OO%,培训乡村医生不少于4 OO人次,表 1 0 1.4", "完成率达到100%,培训乡村医生不少于400人次,表1 0 1.4"),
    # but not in a word of Latin letters, nor letters alone that no digit or unit stands by
    ("能力由目前的l万管提高到3万管,储备2OOO套、N95口罩,O2O模式,O型血,I期,HbA1c,COVID-19,10mmol/l",
     "能力由目前的1万管提高到3万管,储备2000套、N95口罩,O2O模式,O型血,I期,HbA1c,COVID-19,10mmol/l"),
    # and the full stops it reads as points end sentences, where the text has more of them than 。
    ("(一)资源持续增加.全县机构412个.医共体2个,就诊率89.6%.一.主要指标", "(一)资源持续增加。全县机构412个。医共体2个,就诊率89.6%。一.主要指标"),
    ("(一)深化医改.2020年就诊率达到90%.二.2020年计划", "(一)深化医改。2020年就诊率达到90%。二.2020年计划"),
    # (not where 。 ends more: a sharing site's stray points stay inside their sentences)
    ("全县机构4l2个。危害群众健康的.违法行为,均价46.44元/人.次。", "全县机构412个。危害群众健康的.违法行为,均价46.44元/人.次。"),
    # a number OCR read with letters, that a PDF's line cuts, goes on over the line break
    ("县中医院业务收入4126万元,同比增长l\n6.5%。居民电子健康档案建档率稳定在9\nO%以上。",
     "县中医院业务收入4126万元,同比增长16.5%。居民电子健康档案建档率稳定在90%以上。"),
    # …and so does a unit a line cuts, where the next line's start finishes it before a mark (not 5个\n乡镇)
    ("一、2019年工作\n全年门诊服务达到95万人\n次,住院1.2万人次。\n总投资达到3200万\n元。\n全县设置发热门诊5个\n乡镇卫生院全部达标。",
     "一、2019年工作\n全年门诊服务达到95万人次,住院1.2万人次。\n总投资达到3200万元。\n全县设置发热门诊5个\n乡镇卫生院全部达标。"),
    # a sharing site's first page stub titles a report glued after another (where the text has not given
    # its title before: then it restates it); the site's related list above it is furniture
    ("全年接种疫苗3万剂次。\n您可能关注的文档\n柳溪县卫生健康局2020年工作总结_第1页\n柳溪县卫生健康局2020年工作总结_第2页\n\n"
     "2020年,全县卫生工作稳步推进。", "全年接种疫苗3万剂次。\n柳溪县卫生健康局2020年工作总结\n2020年,全县卫生工作稳步推进。"),
    # a portal's fields spaced letter by letter, as PDF text gives them, keep the issuer and the day written
    ("发 布 机 构 : 澄 湾 区 卫 生 健 康 委 员 会 成 文 日 期 : 2 0 2 3 - 1 2 - 2 5 发 布 日 期 : 2 0 2 3 - 1 2 - 2 7\n"
     "澄湾区卫生健康委员会2023年工作总结\n2023年,全区服务常住人口86.4万人。",
     "发布机构:澄湾区卫生健康委员会\n成文日期:2023-12-25\n澄湾区卫生健康委员会2023年工作总结\n2023年,全区服务常住人口86.4万人。"),
    # a CJK font's full-width solidus, as a PDF reads it back, is a rate's slash
    ("发病率为286.45∕10万", "发病率为286.45/10万"),
    # a furniture line the page's width cut takes its tail with it: the tail would title the report
    ("文档下载 | 免费下载本文档需要 10 积分 | 收藏 | 分享到微\n信\n李县卫生健康局2019年工作要点\n"
     "发布时间:2019-03-05 来源:李县卫生健康局 浏览次数:\n1286\n2019年是机构改革后的第一年。",
     "李县卫生健康局2019年工作要点\n来源:李县卫生健康局\n2019年是机构改革后的第一年。"),
    # …but a sharing site's tag before the report's title, alone on its line, leaves the title
    ("本文档由网友上传分享,如有侵权请联系删除。\n【免费下载】澄溪县卫生健康局2023年工作总结和2024年工作计划\n下载积分:5\n"
     "2023年,全县县域内就诊率91.2%。", "澄溪县卫生健康局2023年工作总结和2024年工作计划\n2023年,全县县域内就诊率91.2%。"),
    ("【免费下载】澄溪县卫生健康局2023年工作总结 - 豆丁文库\n2023年,全县县域内就诊率91.2%。", "2023年,全县县域内就诊率91.2%。"),
    # …and a header spaced letter by letter that the page's width cut
    ("文 档 下 载 网 wendang xiazai —— 免 费 下 载 ,仅 供\n学 习 交 流\n平阳县卫生健康局领导班子任期工作报告(2016年—2020年)\n"
     "2016年换届以来,局领导班子圆满完成了任期目标。",
     "平阳县卫生健康局领导班子任期工作报告(2016年—2020年)\n2016年换届以来,局领导班子圆满完成了任期目标。"),
    # …and the next line, where a boilerplate word runs over the break (发\n布日期:, > 工\n作总结)
    ("首页 > 信息公开 > 法定主动公开内容 > 工\n作总结\n发布机构:澄湾区卫生健康委员会 成文日期:2023-12-25 发\n布日期:2023-12-27\n"
     "澄湾区南浦街道社区卫生服务中心2023年工作总结\n2023年,中心辖区服务常住人口8.6万人。",
     "发布机构:澄湾区卫生健康委员会\n成文日期:2023-12-25\n澄湾区南浦街道社区卫生服务中心2023年工作总结\n2023年,中心辖区服务常住人口8.6万人。"),
    # a character lost in decoding goes, so that the indicator meets its number; a question mark stays
    ("持證上崗率?94%左右,從業人員持證率\ufffd96%,合格率\ufffd\ufffd達到93%。如何落实？2个方面", "持证上岗率94%左右,从业人员持证率96%,合格率达到93%。如何落实?2个方面"),
]


@pytest.mark.parametrize("found,expected", CASES)
def test_cleaning(found, expected):
    assert normalise(found).text == expected


def test_site_furniture_and_page_stubs_are_removed():
    text = ("卫生局2020年工作总结\n\n申明敬告: 本站不保证该用户上传的文档完整性。\n\n文档介绍\n"
            "卫生局2020年工作总结_第1页\n卫生局2020年工作总结_第2页\n已阅读2页,还剩1页未读, 继续免费阅读\n\n"
            "2020年,全县高血压患者规范管理率93.14%。\n\n温馨提示:\n下载本文档\n相关文章\n查看更多>>\n")
    assert normalise(text).text == "卫生局2020年工作总结\n\n2020年,全县高血压患者规范管理率93.14%。\n"


def test_the_first_page_stub_titles_the_text():
    """A sharing site's page stubs opening the text: the first one's words are the report's title."""
    text = ("兴和县卫生健康局2019年健康扶贫工作总结_第1页\n兴和县卫生健康局2019年健康扶贫工作总结_第2页\n"
            "已阅读2页,还剩3页未读,继续免费阅读\n\n2019年,全县贫困人口参保率100%。\n")
    assert normalise(text).text == "兴和县卫生健康局2019年健康扶贫工作总结\n\n2019年,全县贫困人口参保率100%。\n"


def test_download_notices_go_and_report_lines_stay():
    text = ("2018年,全县高血压患者规范管理率72.3%。\n本文档下载自范文网,更多精彩内容请访问\n"
            "【字体大小:大 中 小】【打印本页】【关闭窗口】\n资金来源:县财政配套120万元,浏览次数较去年明显增加的宣传栏已更新。\n")
    assert normalise(text).text == ("2018年,全县高血压患者规范管理率72.3%。\n"
                                    "资金来源:县财政配套120万元,浏览次数较去年明显增加的宣传栏已更新。\n")


def test_page_chunk_numbers_are_joined():
    body = "加强对精神文明建设的领导,成立了以局长为组长的领导组。" * 8 + "坚持卫生工作和精神文明建设协调进"
    text = body + "\n\n2、展,制定了精神文明建设规划。"
    assert normalise(text).text == body + "展,制定了精神文明建设规划。"


def test_pdf_line_wraps_are_joined():
    lines = ["传染病防控工作取得明显成效。今年重", "大疾病防控任务十分繁重,我们坚持抓早、抓主动,及时部", "署安排防控工作,疫情得到有效控制,没有出", "现重症和死亡病例。全区卫生监督工作扎实推进,进", "一步加大了监督执法的力度,取得了良好效果。"]
    assert normalise("\n".join(lines)).text == "".join(lines)


@pytest.mark.parametrize("lines,joined", [
    # a line cut in a word, the next opening on its count and going on with a clause
    (["(一)参保覆盖面持续巩固。全市基本医疗保险参保128.46万人。其中职工医保参保", "21.35万人,比上年增加1.12万人。"],
     "(一)参保覆盖面持续巩固。全市基本医疗保险参保128.46万人。其中职工医保参保21.35万人,比上年增加1.12万人。"),
    # a paragraph that opens with a heading, a number or a percentage at a line's end, a
    # number at the next line's start
    (["(一)医疗卫生服务体系。全区现有医疗卫生机构268家,床位4520张,卫生技术", "人员6832人。完成区中医院迁建项目。"],
     "(一)医疗卫生服务体系。全区现有医疗卫生机构268家,床位4520张,卫生技术人员6832人。完成区中医院迁建项目。"),
    (["全年为辖区65岁以上老年人免费体检5.6万人,体检率", "76.3%;高血压、糖尿病规范管理率分别为72.1%", "和70.8%。"],
     "全年为辖区65岁以上老年人免费体检5.6万人,体检率76.3%;高血压、糖尿病规范管理率分别为72.1%和70.8%。"),
    # the short lines of a list, each ending in a number and its unit, stay lines among wraps
    (["全年全县卫生健康系统共投入各类资金2.86亿元,其中县级财政投入1.12亿元,争取上级资金1.74亿", "元,比上年增长12.6%。",
      "全县设置发热门诊5个、发热哨点诊室21个", "县疾控中心核酸检测能力提升至日检2.4万管", "全年累计开展核酸检测86.7万人次,未发生本土病例。"],
     "全年全县卫生健康系统共投入各类资金2.86亿元,其中县级财政投入1.12亿元,争取上级资金1.74亿元,比上年增长12.6%。\n"
     "全县设置发热门诊5个、发热哨点诊室21个\n县疾控中心核酸检测能力提升至日检2.4万管\n全年累计开展核酸检测86.7万人次,未发生本土病例。"),
    # but a short line cut from its unit, after a year's words or inside a name is wrapped
    (["全年卫生基础设施建设完成投资9850万", "元,县人民医院新住院楼投入使用,全县新增普惠托位300个,到2025年每千",
      "人口托位数达到4.5个;高血压、2型糖", "尿病患者基层规范管理服务率分别达到70%、68%。"],
     "全年卫生基础设施建设完成投资9850万元,县人民医院新住院楼投入使用,全县新增普惠托位300个,到2025年每千人口托位数达到4.5个;"
     "高血压、2型糖尿病患者基层规范管理服务率分别达到70%、68%。"),
    # a bracket or a quotation mark opens the line a word goes on in (执业\n(助理)医师)
    (["三是推进乡村一体化管理,到2021年,乡村医生中具有执业", "(助理)医师资格的比例达到30%以上;通过公开招聘、", "“绿色通道”等方式招录医学类毕业生243名。"],
     "三是推进乡村一体化管理,到2021年,乡村医生中具有执业(助理)医师资格的比例达到30%以上;通过公开招聘、“绿色通道”等方式招录医学类毕业生243名。"),
    # a closing mark opens no line: the title or quotation it closes goes on
    (["(三)加大宣传力度。全县各级发放《育儿补贴政策明白纸", "》4.6万份,在县融媒体中心开设政策专栏,推送政策解读文章12篇。"],
     "(三)加大宣传力度。全县各级发放《育儿补贴政策明白纸》4.6万份,在县融媒体中心开设政策专栏,推送政策解读文章12篇。"),
    # a file number ends its line
    (["梅岭区卫生健康局文件梅卫健〔2022〕3号", "梅岭区卫生健康局2021年工作总结和2022年工作打算",
      "2021年,在区委、区政府的坚强领导下,区卫生健康局紧紧围绕健康梅岭", "建设目标,较好地完成了全年各项目标任务。"],
     "梅岭区卫生健康局文件梅卫健〔2022〕3号\n梅岭区卫生健康局2021年工作总结和2022年工作打算\n"
     "2021年,在区委、区政府的坚强领导下,区卫生健康局紧紧围绕健康梅岭建设目标,较好地完成了全年各项目标任务。"),
    # a file number on a line of its own under a title, and a page's source field: the title ends with its line
    (["关于2016年度国家基本公共卫生服务项目自查工作的报告", "岚卫计发〔2017〕9号", "市卫生计生委:",
      "按照绩效考核的有关要求,我局于2017年1月组织专人对全县乡镇卫生院开展了自", "查,现将有关情况报告如下:"],
     "关于2016年度国家基本公共卫生服务项目自查工作的报告\n岚卫计发〔2017〕9号\n市卫生计生委:\n"
     "按照绩效考核的有关要求,我局于2017年1月组织专人对全县乡镇卫生院开展了自查,现将有关情况报告如下:"),
    (["溪口县2019年度基本公共卫生服务项目绩效考核情况的通报", "来源:溪口县卫生健康局",
      "县卫生健康局组织考核组,对全县14个乡镇卫生院2019年度项目实施情况进行了绩", "效考核,全年拨付补助资金2643.2万元。"],
     "溪口县2019年度基本公共卫生服务项目绩效考核情况的通报\n来源:溪口县卫生健康局\n"
     "县卫生健康局组织考核组,对全县14个乡镇卫生院2019年度项目实施情况进行了绩效考核,全年拨付补助资金2643.2万元。"),
    # a line that ends in a comma is wrapped too, and a line of wraps among whole sentences
    (["全市新型农村合作医疗参合人数达", "到182.4万人,参合率为99.2%,人均筹资标准提高到470元,", "其中各级财政补助380元。",
      "全市累计建立居民健康档案318.6万份,居民健康档案建档率达85.4%。"],
     "全市新型农村合作医疗参合人数达到182.4万人,参合率为99.2%,人均筹资标准提高到470元,其中各级财政补助380元。\n"
     "全市累计建立居民健康档案318.6万份,居民健康档案建档率达85.4%。"),
    # a year opens a line, but the line before wants it (到\n2030年)
    (["(四)提升健康素养。2022年全市居民健康素养水平达到25%,到", "2030年达到30%;15岁以上人群吸烟率控制在23%以下。"],
     "(四)提升健康素养。2022年全市居民健康素养水平达到25%,到2030年达到30%;15岁以上人群吸烟率控制在23%以下。"),
    # a letter's salutation under the title is a line of its own
    (["岚平县卫生健康局关于2020年工作情况的报告", "县人民政府:", "今年是极不平凡的一年。面对突如其来的新冠肺炎疫情,我局坚决贯彻",
      "落实县委、县政府决策部署,全县设置发热门诊4个,现将有关情况报告如下:"],
     "岚平县卫生健康局关于2020年工作情况的报告\n县人民政府:\n今年是极不平凡的一年。面对突如其来的新冠肺炎疫情,我局坚决贯彻"
     "落实县委、县政府决策部署,全县设置发热门诊4个,现将有关情况报告如下:"),
    # a heading's mark ends its line, its words on the next
    (["(五)夯实基层基础。招聘卫生专业技术人员100人左右,定向培养农村订单医学生30名。(六)",
      "提高家庭医生签约质量。签约服务覆盖率达到45%,重点人群签约服务覆盖", "率达到80%。"],
     "(五)夯实基层基础。招聘卫生专业技术人员100人左右,定向培养农村订单医学生30名。(六)提高家庭医生签约质量。"
     "签约服务覆盖率达到45%,重点人群签约服务覆盖率达到80%。"),
    # a heading before a subheading ends no line: the subheading's words go on
    (["电子病历系统应用水平评级达到4级的医院仅1家。三、2023年工作计划(一)抓好“乙", "类乙管”后疫情防控。加强重点人群健康服务,老年人新冠",
      "疫苗接种率达到90%。"],
     "电子病历系统应用水平评级达到4级的医院仅1家。三、2023年工作计划(一)抓好“乙类乙管”后疫情防控。加强重点人群健康服务,老年人新冠"
     "疫苗接种率达到90%。"),
    # a numbered item's first line that a comma runs through, the page's width long
    (["4.人均基本公共卫生服务经费补助标准提高到89元,项", "目资金总额约3120万元。全县高血压患者规范管理率达", "到65%以上。",
      "6.适龄儿童国家免疫规划疫苗接种率保持在95%以上,", "65岁以上老年人新冠病毒疫苗全程接种率达到92%。"],
     "4.人均基本公共卫生服务经费补助标准提高到89元,项目资金总额约3120万元。全县高血压患者规范管理率达到65%以上。\n"
     "6.适龄儿童国家免疫规划疫苗接种率保持在95%以上,65岁以上老年人新冠病毒疫苗全程接种率达到92%。"),
    # a year after 比, a bracket that ends a line, a colon after a sentence's end: no row of values
    (["开展健康教育讲座426场次,受益群众3.8万人次;居民健康素养水平达到23.6%,比", "2020年提高3.2个百分点。培训乡村医生300人次;每千人口执业(助理)",
      "医师达到3.0人。着力提升医疗服务能力。主要预期目标是:全县人均预期寿命达到78.3", "岁,孕产妇死亡率控制在12/10万以下。"],
     "开展健康教育讲座426场次,受益群众3.8万人次;居民健康素养水平达到23.6%,比2020年提高3.2个百分点。培训乡村医生300人次;每千人口执业(助理)"
     "医师达到3.0人。着力提升医疗服务能力。主要预期目标是:全县人均预期寿命达到78.3岁,孕产妇死亡率控制在12/10万以下。"),
    # a printed report's byline under its title; a salutation to offices set apart by commas
    (["松河县2019年基本公共卫生服务项目工作总结", "松河县卫生健康局", "2019年,我县按照国家基本公共卫生服务规范要",
      "求,以提高服务质量和群众获得感为重点,扎实推进基本公共卫生", "服务项目。全县常住人口28.64万人。"],
     "松河县2019年基本公共卫生服务项目工作总结\n松河县卫生健康局\n"
     "2019年,我县按照国家基本公共卫生服务规范要求,以提高服务质量和群众获得感为重点,扎实推进基本公共卫生服务项目。全县常住人口28.64万人。"),
    (["柏林县卫生健康局关于印发2023年全县卫生健康工作要点的通知", "各乡镇卫生院,县直各医疗卫生单位,局机关各股室:",
      "现将《柏林县2023年卫生健康工作要点》印发给你们,请结合实", "际,认真抓好贯彻落实。"],
     "柏林县卫生健康局关于印发2023年全县卫生健康工作要点的通知\n各乡镇卫生院,县直各医疗卫生单位,局机关各股室:\n"
     "现将《柏林县2023年卫生健康工作要点》印发给你们,请结合实际,认真抓好贯彻落实。"),
    # a unit that goes on at the next line's start is cut, though the line ends in a number and a unit
    (["(一)医疗服务。全县13个乡镇卫生院全年完成门急诊人次52.8万人次,同比增长7.4%,病床使用率", "81.7%;住院人次1.94万人",
      "次,同比增长3.2%。"],
     "(一)医疗服务。全县13个乡镇卫生院全年完成门急诊人次52.8万人次,同比增长7.4%,病床使用率81.7%;住院人次1.94万人次,同比增长3.2%。"),
    # …also at the end of a heading's or a numbered item's line short of the page's width
    (["全县卫生健康系统认真落实各项工作任务,医疗服务能力持续提升,群众", "就医满意度进一步提高,各项指标持续向好。", "(三)医疗服务。全年门急诊达到95万人",
      "次,住院2.1万人次。", "1、完成项目总投资3200万", "元。"],
     "全县卫生健康系统认真落实各项工作任务,医疗服务能力持续提升,群众就医满意度进一步提高,各项指标持续向好。\n"
     "(三)医疗服务。全年门急诊达到95万人次,住院2.1万人次。\n1、完成项目总投资3200万元。"),
    # a number in prose that a line the page's width cuts goes on at the next line's start, with its unit
    (["(二)疾病预防控制。全区共报告各类法定传染病21种763例,总发病率为23", "6.43/10万,无传染病死亡病例报告,报告及时率达到100%。"],
     "(二)疾病预防控制。全区共报告各类法定传染病21种763例,总发病率为236.43/10万,无传染病死亡病例报告,报告及时率达到100%。"),
    (["今年全县共申报1个南宁市卫生镇、24个南宁市卫生村、2", "0个自治区卫生村,创建项目全部通过区市相关部门考核。"],
     "今年全县共申报1个南宁市卫生镇、24个南宁市卫生村、20个自治区卫生村,创建项目全部通过区市相关部门考核。"),
    (["全县居民健康素养水平由2019年的18.6%提高到2020年的23.5%,婴儿死亡率由2", "018年的4.3‰下降到2020年的3.1‰,孕产妇系统管理率达到95%。"],
     "全县居民健康素养水平由2019年的18.6%提高到2020年的23.5%,婴儿死亡率由2018年的4.3‰下降到2020年的3.1‰,孕产妇系统管理率达到95%。"),
    # a report's title is a line of its own, though the page is wrapped, unless its second part goes on
    (["岚平县卫生健康局2023年工作总结和2024年工作计划", "一年来,在县委、县政府的坚强领导下,我局以保障群众健康为核心,各项", "指标持续向好,全县活产数2874人。"],
     "岚平县卫生健康局2023年工作总结和2024年工作计划\n一年来,在县委、县政府的坚强领导下,我局以保障群众健康为核心,各项指标持续向好,全县活产数2874人。"),
    (["青岚县卫生健康局2021年工作总结", "和2022年工作计划", "2021年,县卫生健康局在县委、县政府的坚强领导下,坚持人民至上、生命", "至上,统筹推进疫情防控和卫生健康事业发展。"],
     "青岚县卫生健康局2021年工作总结和2022年工作计划\n2021年,县卫生健康局在县委、县政府的坚强领导下,坚持人民至上、生命至上,统筹推进疫情防控和卫生健康事业发展。"),
    # …after a closing quotation mark, inside a rate's base, and a range cut at its dash
    (["全县住院患者县域内就诊率达到91.5%,县域内定点医疗机构住院实行“先诊疗后付费”68", "44人次,涉及金额2936.1万元,孕产妇、婴儿死亡率均低于省定控制目标(10/1",
      "0万、6‰),城区急救半径缩短至5公里以内,农村地区急救半径缩短至10-", "15公里。"],
     "全县住院患者县域内就诊率达到91.5%,县域内定点医疗机构住院实行“先诊疗后付费”6844人次,涉及金额2936.1万元,孕产妇、婴儿死亡率均低于省定控制目标"
     "(10/10万、6‰),城区急救半径缩短至5公里以内,农村地区急救半径缩短至10-15公里。"),
    # a row of values the page's width cuts after a year's words or before a unit goes on
    (["全县卫生健康事业发展“十四五”规划主要指标的中期完成情况如下,多数指标进", "展顺利,部分指标已提前完成规划目标,少数指标仍有差距,需要在后两年中加",
      "大工作力度,确保规划目标如期实现。", "每千人口注册护士数:2020年2.83人,2025年目标3.8", "人,2022年3.27人。",
      "高血压患者规范管理率:2020年66.1%,2025年目标", "70%,2022年76.4%。", "居民电子健康档案建档率:2020年90.6%,2025年目标", "≥90%,2022年92.3%。"],
     "全县卫生健康事业发展“十四五”规划主要指标的中期完成情况如下,多数指标进展顺利,部分指标已提前完成规划目标,少数指标仍有差距,需要在后两年中加"
     "大工作力度,确保规划目标如期实现。\n每千人口注册护士数:2020年2.83人,2025年目标3.8人,2022年3.27人。\n"
     "高血压患者规范管理率:2020年66.1%,2025年目标70%,2022年76.4%。\n居民电子健康档案建档率:2020年90.6%,2025年目标≥90%,2022年92.3%。"),
    # a number that ends a line and one that opens the next are two: a table's rows its cells do not set apart
    (["全县卫生计生主要指标完成情况见下表。", "1新型农村合作医疗参合率%98.6≥98 99.12", "2新农合政策范围内住院费用报销比例%72.5 75 75.8",
      "3孕产妇死亡率1/10万18.2≤20 0", "二、重点工作开展情况"],
     "全县卫生计生主要指标完成情况见下表。\n1新型农村合作医疗参合率%98.6≥98 99.12\n2新农合政策范围内住院费用报销比例%72.5 75 75.8\n"
     "3孕产妇死亡率1/10万18.2≤20 0\n二、重点工作开展情况"),
    # a heading a colon runs through, a row of values and a row a ratio ends, each the page's width, go on
    (["一、主要指标:全县每千人口执业(助理)医师2.71", "人,每千人口注册护士3.12人,每千人口医疗卫生机构床位",
      "6.38张,未完成年度目标。甲乙类传染病报告发病率为268.4/10", "万,较上年下降7.2%。",
      "宫颈癌筛查:年度目标10000人,实际完成值10230人,完成率", "102.3%。",
      "医护比:2015年基期值1:1.06,2020年目标值1:1.25,2017年", "实际值1:1.07。"],
     "一、主要指标:全县每千人口执业(助理)医师2.71人,每千人口注册护士3.12人,每千人口医疗卫生机构床位6.38张,未完成年度目标。"
     "甲乙类传染病报告发病率为268.4/10万,较上年下降7.2%。\n宫颈癌筛查:年度目标10000人,实际完成值10230人,完成率102.3%。\n"
     "医护比:2015年基期值1:1.06,2020年目标值1:1.25,2017年实际值1:1.07。"),
    # a heading a list's 、 runs through, the page's width long, goes on, and a year after 和 goes on its line
    (["(六)认真做好医保结算、特殊病种门诊报销、大病救助和", "2013年农民医保参保工作。今年截止到11月23日全镇门诊",
      "27254人次,住院1639人次,可报总额833.49万元。"],
     "(六)认真做好医保结算、特殊病种门诊报销、大病救助和2013年农民医保参保工作。今年截止到11月23日全镇门诊27254人次,住院1639人次,可报总额833.49万元。"),
    # a numbered item no mark runs through goes on when it runs the page's width, and a line opens with <
    (["3、完成免费孕前优生健康检查2000对。", "4、新生儿遗传代谢病筛查率和听力筛查率分别达到98%和", "96%以上。",
      "全县卫生健康事业规划主要指标中期完成情况如下,多数", "指标进展顺利。成人吸烟率:2020年24.1%,2025年目标", "<20%,2022年22.9%。"],
     "3、完成免费孕前优生健康检查2000对。\n4、新生儿遗传代谢病筛查率和听力筛查率分别达到98%和96%以上。\n"
     "全县卫生健康事业规划主要指标中期完成情况如下,多数指标进展顺利。成人吸烟率:2020年24.1%,2025年目标<20%,2022年22.9%。"),
    # a title that names its year by 年度 alone ends with its line
    (["岚平县妇幼保健计划生育服务中心年度工作总结", "一年来,在县委、县政府和县卫生健康局的领导下,我中心以", "保障母婴安全为核心,全县活产数2874人,孕产妇死亡0人。"],
     "岚平县妇幼保健计划生育服务中心年度工作总结\n一年来,在县委、县政府和县卫生健康局的领导下,我中心以保障母婴安全为核心,全县活产数2874人,孕产妇死亡0人。"),
])
def test_pdf_line_wraps_are_joined_after_headings_and_numbers(lines, joined):
    wrapped = "\n".join(lines * 3)
    assert normalise(wrapped).text == "\n".join([joined] * 3)


@pytest.mark.parametrize("text", [
    "青山区卫生健康局二〇一九年工作总结\n2019年,全区人均预期寿命达到80.12岁,孕产妇死亡率为8.5/10万。\n" * 3,
    "全区卫生工作取得了明显成效,主要有以下几个方面:\n1.医疗服务能力进一步提升,全区门急诊达到186万人次。\n" * 3,
    "(二)基本公共卫生服务\n全年为辖区65岁以上老年人免费体检5.6万人,体检率76.3%。\n" * 3,
    "一、主要做法\n(一)加强领导\n成立了以局长为组长的领导小组,全年召开专题会议12次。\n" * 3,
])
def test_lines_that_end_a_title_or_heading_stay(text):
    assert normalise(text).text.count("\n") == text.count("\n")


def test_script_is_detected():
    assert normalise("臨河區衛生局2011年工作總結,孕產婦系統管理率達到94.6%。").script == "hant"
    assert normalise("临河区卫生局2011年工作总结,孕产妇系统管理率达到94.6%。").script == "hans"


@pytest.mark.parametrize("found", [
    "衛(wèi)生監(jiān)督協管員 126 名,規(guī)範管理 率 93.14%。",
    "第一篇:區衛生局工作總結\r\n嬰兒死亡率５．０３‰,報銷醫藥費1025.65萬元。",
    "申明敬告: 本站不保证\n\n全县 严重精神障碍患者 4326 人,规范管理率达 85.39%。",
])
def test_every_span_maps_back(found):
    """Any normalised span comes from original words that normalise to it."""
    n = normalise(found)
    for start in range(len(n.text)):
        for end in range(start + 1, min(len(n.text), start + 8) + 1):
            span = n.text[start:end]
            if "\n" in span:
                continue
            assert normalise(n.original_text(start, end)).text == span, (span, n.original_text(start, end))


def test_a_letter_spaced_line_maps_back_glyph_by_glyph():
    """Letter-spacing is a property of the whole line, so its spans are checked against
    the line's own words rather than normalised alone."""
    n = normalise("全 縣 建 檔 率 達 到 8 6 . 5 % , 管 理 4 3 2 6 人\n")
    assert n.text == "全县建档率达到86.5%,管理4326人\n"
    assert [n.original_text(*m.span()) for m in re.finditer(r"[\d.]+%?", n.text)] == ["8 6 . 5 %", "4 3 2 6"]


def test_site_furniture_is_a_short_line():
    """A line of up to 80 characters holding a boilerplate word goes, with its line break;
    a longer one is report text."""
    short, long_ = "评论" + "字" * 78, "评论" + "字" * 79
    assert normalise(f"卫生院\n{short}\n卫生院").text == "卫生院\n卫生院"
    assert normalise(f"卫生院\n{long_}\n卫生院").text == f"卫生院\n{long_}\n卫生院"
    assert normalise("卫生院\n相关文章 评论").text == "卫生院\n"


def test_folds_longer_than_a_character_map_to_it():
    n = normalise("面积５０㎡,气温３℃")
    assert n.text == "面积50m2,气温3°C"
    assert [n.original_text(i, i + 1) for i in range(len(n.text))] == list("面积５０㎡㎡,气温３℃℃")


def test_han_count_agrees_with_regex():
    import regex

    from minerals.han import han_count

    text = "衛生 㐀𠀀𪜀豈﨎〇々〆⺀⼀ー abc,。１"
    assert han_count(text) == len(regex.findall(r"\p{Han}", text))


def test_han_class_for_re_is_regex_han():
    """The class built for `re` holds exactly the code points regex calls \\p{Han}."""
    import re

    import regex

    from minerals.han import han_class

    every = "".join(map(chr, [*range(0xD800), *range(0xE000, 0x110000)]))
    assert re.findall(han_class(), every) == regex.findall(r"\p{Han}", every)


def test_script_of():
    from minerals.normalise import script_of

    assert script_of("臨河區衛生局工作總結") == "hant"
    assert script_of("临河区卫生局工作总结") == "hans"
    assert script_of("") == script_of("abc 123") == "hans"


@pytest.mark.parametrize("original,converted,scripts", [
    ("临河区卫生局工作总结。全年门诊12万人次。", 0, ["hans"]),
    ("臨河區衛生局工作總結。全年門診12萬人次。\n临河区卫生局工作计划。", 8, ["hant", "hans"]),
    # a Traditional copy of one section glued after a Simplified report leaves the report Simplified
    ("臨河區衛生局工作總結。\n临河区卫生局2021年工作总结,全年门诊12万人次,住院1.2万人次,医养结合机构床位860张。\n三、工作計劃", 7,
     ["hant", "hans"]),
])
def test_script_of_each_article(original, converted, scripts):
    """An article keeps the script it was found in, also inside a mixed compilation."""
    norm = normalise(original)
    assert norm.converted == converted
    halves = original.split("\n")
    spans = [(0, len(halves[0]))] + ([(len(halves[0]) + 1, len(original))] if len(halves) > 1 else [])
    assert [norm.script_at(a, b) for a, b in spans] == scripts


def test_a_year_in_chinese_numerals_maps_back_digit_by_digit():
    norm = normalise("二〇二〇年参保率98%")
    assert norm.text == "2020年参保率98%"
    assert [norm.original_text(k, k + 1) for k in range(4)] == ["二", "〇", "二", "〇"]
