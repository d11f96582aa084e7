"""Republished copies: MinHash over Chinese-character shingles, with its threshold tried on the seeds."""
from __future__ import annotations

import numpy as np
import pytest

from conftest import SEEDS
from minerals.documents import split
from minerals.duplicates import THRESHOLD, Index, numbers, signature, similarity
from minerals.normalise import normalise


def _docs(name):
    return split(normalise((SEEDS / name).read_text(encoding="utf-8")).text)


def _jaccard(a, b):
    import numpy as np

    return similarity(np.frombuffer(signature(a), dtype=np.uint32), np.frombuffer(signature(b), dtype=np.uint32))


def test_near_copy_with_stripped_decimals_is_found():
    """Seed 000's third article republishes the first, without its year and decimals."""
    docs = _docs("000_a0ef4cc83819c552.txt")
    assert _jaccard(docs[0].text, docs[2].text) >= THRESHOLD
    index = Index()
    ids = [index.add(f"d{n}", signature(d.text)) for n, d in enumerate(docs)]
    assert ids == [None, None, "d0", None, None]


def test_a_template_filled_with_other_numbers_is_no_copy():
    """Same words: a copy when the numbers are the same (or lost), a report of its own when
    they are another county's."""
    import regex

    docs = _docs("000_a0ef4cc83819c552.txt")
    first, damaged = docs[0].text, docs[2].text
    other_numbers = regex.sub(r"\d+", lambda m: str(int(m.group()) + 7), first)
    renamed = first.replace("县", "区")
    index = Index()
    ids = [index.add(name, signature(text), numbers(text))
           for name, text in (("first", first), ("other", other_numbers), ("damaged", damaged), ("renamed", renamed))]
    assert ids == [None, None, "first", "first"]
    assert len(np.frombuffer(numbers(first), dtype=np.uint32)) == 39  # distinct numbers, years left out: the words alone do not decide


def test_short_texts_with_other_numbers_are_no_copy():
    """A bureau's short summaries of two years can share nearly every word: their few
    numbers, years left out, keep them apart; a re-dated copy or one that lost its numbers
    is still a copy."""
    text = "永宁县卫生健康局{}年工作总结。全县卫生健康工作在县委县政府的坚强领导下稳步推进,各项工作取得明显成效,全县住院人次{}万人次。"
    index = Index()
    for doc_id, year, value, first in [("a", 2017, 3.1, None), ("b", 2018, 3.3, None), ("re-dated", 2022, 3.1, "a"),
                                        ("lost", "20xx", "", "a")]:
        filled = text.format(year, value)
        assert index.add(doc_id, signature(filled), numbers(filled)) == first, doc_id


RESTATED_ORIGINAL = (
    "2017年,全县卫生工作在县委县政府的正确领导下,紧紧围绕年初确定的目标任务,扎实推进医药卫生体制改革。全县门诊诊疗人次达到68.5万人次,"
    "同比增长6.3%;住院病人2.1万人次,病床使用率为86.2%。新农合参合率达到98.6%,人均筹资标准提高到450元,全年补偿参合农民32.6万人次,"
    "补偿资金1.26亿元。全县建立居民健康档案42.3万份,建档率达到85.7%,管理高血压患者1.86万人。")
RESTATED_COPY = (
    "2017年,全县卫生工作在县委县政府的坚强领导下,紧紧围绕年初制定的目标任务,稳步推进医药卫生体制改革。全县门诊诊疗人次达到68.5万人次,"
    "比上年增长6.3%;住院病人2.1万人次,病床使用率为86.2%。新型农村合作医疗参合率达到98.6%,人均筹资标准提高到450元,全年补偿参合群众"
    "32.6万人次,支出补偿资金1.26亿元。全县为居民建立健康档案42.3万份,建档率达到85.7%,规范管理高血压病人1.86万人。")


def test_a_short_article_restated_in_other_words_is_a_copy_when_its_numbers_are_the_same():
    """Less alike in words than THRESHOLD, but all eleven numbers the same: one text; the
    same restatement with other numbers is a report of its own."""
    import regex

    assert 0.4 <= _jaccard(RESTATED_ORIGINAL, RESTATED_COPY) < THRESHOLD
    other = regex.sub(r"(?<![\d.])(?!20)\d+(?:\.\d+)?", lambda m: str(round(float(m.group()) * 1.1, 1)), RESTATED_COPY)
    trailed = RESTATED_COPY + "\n卫生院工作计划范文5篇\n卫生院工作计划2018"  # a site's links add numbers
    index = Index()
    ids = [index.add(name, signature(text), numbers(text))
           for name, text in (("original", RESTATED_ORIGINAL), ("other", other), ("copy", RESTATED_COPY),
                              ("trailed", trailed))]
    assert ids == [None, None, "original", "original"]


_MEASURES = ["门诊人次", "出院人数", "建档人数", "签约人数", "体检人数", "接种剂次", "筛查人数", "培训人次", "监督户次", "投入资金",
             "新建卫生室", "招聘人员", "救治人数", "随访人次", "讲座场次", "宣传资料", "义诊人次", "补偿人次", "检查单位", "处罚案件",
             "献血人数", "改厕户数", "咨询人次", "孕检对数", "帮扶人数"]


def test_a_long_article_rewritten_throughout_is_a_copy_when_its_numbers_are_the_same():
    """Twenty-five numbers in other words entirely: the same article; with other numbers, another."""
    original = "".join(f"全县{m}完成{n * 37 + 11}个,比上年有所增加,各乡镇积极配合。" for n, m in enumerate(_MEASURES))
    reworded = "".join(f"今年{m}共计{n * 37 + 11}个,工作扎实推进并取得成效。" for n, m in enumerate(_MEASURES))
    other = "".join(f"今年{m}共计{n * 41 + 13}个,工作扎实推进并取得成效。" for n, m in enumerate(_MEASURES))
    assert _jaccard(original, reworded) < 0.4
    index = Index()
    ids = [index.add(name, signature(text), numbers(text))
           for name, text in (("original", original), ("other", other), ("reworded", reworded))]
    assert ids == [None, None, "original"]


def test_different_reports_stay_apart():
    """Other articles of the seeds, on the same subjects, stay well under the threshold."""
    docs = _docs("000_a0ef4cc83819c552.txt") + _docs("002_8cc4176ce2926fda.txt") + _docs("004_7f0a36e5d8183faa.txt")
    pairs = [(0, 1), (0, 3), (0, 4), (1, 3), (0, 5), (5, 6), (7, 8), (8, 9)]
    for a, b in pairs:
        assert _jaccard(docs[a].text, docs[b].text) < THRESHOLD / 2, (docs[a].title, docs[b].title)


def test_exact_copy_across_files(tmp_path):
    from minerals import runner
    from minerals.db import open_db

    text = (SEEDS / "002_8cc4176ce2926fda.txt").read_text(encoding="utf-8")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(text.replace("卫生健康局", "卫生健康局 ", 1) + "\n转载请注明出处\n", encoding="utf-8")
    db = open_db(tmp_path / "m.db")
    summary = runner.extract(db, [tmp_path])
    assert summary.duplicates == 1
    first, copy = list(db.query("SELECT id, duplicate_of FROM documents ORDER BY source"))
    assert first["duplicate_of"] is None and copy["duplicate_of"] == first["id"]
    flags = {r["duplicate"] for r in db.query("SELECT duplicate FROM facts WHERE document_id = ?", [copy["id"]])}
    assert flags == {1}


def _datasketch_signature(text):
    """The signature as datasketch computes it, shingle by shingle: the reference."""
    import zlib

    from datasketch import MinHash

    from minerals.duplicates import NUM_PERM, SCHEME, shingles

    m = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME, hashfunc=zlib.crc32)
    m.update_batch([s.encode("utf-8") for s in shingles(text)])
    return m.hashvalues.tobytes()


def test_signature_is_datasketch_minhash_of_crc32_shingles():
    """Signatures stored by the earlier, datasketch-built version still compare with new ones."""
    docs = _docs("000_a0ef4cc83819c552.txt") + _docs("001_d6143e268f753b17.txt")
    texts = [d.text for d in docs] + [
        "", "no Chinese at all 12.5%", "卫生", "卫生健康局", "卫生健康局局", "〇〇〇〇〇〇", "⺀⺁⺂⺃⺄⺅",
        "全市衛生機構總數達到1,234個，比上年增長5.6%。", "𠀀𠀁卫生健康局𠀂统计", "卫生\udc80健康局工作总结",
        "卫生健康局" * 400 + "妇幼保健院" * 300,
    ]
    for text in texts:
        assert signature(text) == _datasketch_signature(text), text[:20]


def test_permutations_are_datasketch_own():
    from datasketch import MinHash

    from minerals.duplicates import _permutations

    drawn = MinHash(num_perm=128, seed=1, scheme="affine32").permutations
    assert drawn.dtype == _permutations().dtype and (drawn == _permutations()).all()


def test_index_finds_what_datasketch_lsh_finds():
    """The band index is MinHashLSH's at threshold 0.4: same bands, same candidates, same Jaccard."""
    import numpy as np
    from datasketch import MinHash, MinHashLSH

    from minerals.duplicates import NUM_PERM, _permutations

    lsh = MinHashLSH(threshold=THRESHOLD - 0.2, num_perm=NUM_PERM)
    assert (lsh.b, lsh.r) == (Index.BANDS, Index.ROWS)
    docs = [d.text for name in ("000_a0ef4cc83819c552.txt", "001_d6143e268f753b17.txt") for d in _docs(name)]
    index, originals = Index(), {}
    for n, text in enumerate(docs):
        sig = signature(text)
        m = MinHash(seed=1, scheme="affine32", hashvalues=np.frombuffer(sig, dtype=np.uint32), permutations=_permutations())
        theirs = sorted((int(c[1:]) for c in lsh.query(m) if m.jaccard(originals[c]) >= THRESHOLD))
        assert index.add(f"d{n}", sig) == (f"d{theirs[0]}" if theirs else None)
        if not theirs:
            lsh.insert(f"d{n}", m)
            originals[f"d{n}"] = m
    assert len(originals) < len(docs)  # some copies were found


def test_removed_document_is_no_longer_a_first_copy():
    index = Index()
    sig = signature(_docs("002_8cc4176ce2926fda.txt")[0].text)
    assert index.add("a", sig) is None and index.add("b", sig) == "a"
    index.remove("a")
    assert index.add("b", sig) is None and index.add("c", sig) == "b"


def test_stored_originals_are_indexed_as_stored():
    """A database's originals are indexed as the database has them (duplicate_index on a
    re-run), without comparing each with the others: one it would now take for a copy stays."""
    index = Index()
    sig = signature(_docs("002_8cc4176ce2926fda.txt")[0].text)
    index.insert("a", sig)
    index.insert("b", sig)
    assert index.add("c", sig) == "a"
    index.remove("a")
    assert index.add("d", sig) == "b"


def test_estimated_jaccard_of_unrelated_and_decimal_stripped_articles():
    """Unrelated articles stay well apart; one with its decimal numbers stripped stays a copy."""
    import regex

    first = _docs("000_a0ef4cc83819c552.txt")[0].text
    unrelated = _docs("004_7f0a36e5d8183faa.txt")[0].text
    assert _jaccard(first, unrelated) < 0.3
    stripped = regex.sub(r"\d+\.\d+", "", first)
    assert stripped != first
    assert _jaccard(first, stripped) >= THRESHOLD


@pytest.mark.parametrize("jobs", [1, 2])
def test_the_fuller_copy_is_kept(tmp_path, jobs):
    """Seed 000's third article lost its decimals.  Met first, in a file of its own, it is
    replaced as the original by the full text met later: the full text's facts count, and
    the damaged copy's (and those of a copy of it met in between) are flagged."""
    from minerals import runner
    from minerals.db import open_db

    docs = _docs("000_a0ef4cc83819c552.txt")
    (tmp_path / "1_damaged.txt").write_text(docs[2].text, encoding="utf-8")
    (tmp_path / "2_damaged_again.txt").write_text(docs[2].text + "\n转载请注明出处\n", encoding="utf-8")
    (tmp_path / "3_full.txt").write_text(docs[0].text, encoding="utf-8")
    db = open_db(tmp_path / "m.db")
    summary = runner.extract(db, [tmp_path], jobs=jobs)
    assert summary.duplicates == 2
    rows = {r["source"]: r for r in db.query("SELECT id, source, duplicate_of FROM documents")}
    full = rows["3_full.txt"]["id"]
    assert [rows[name]["duplicate_of"] for name in ("1_damaged.txt", "2_damaged_again.txt", "3_full.txt")] == [full, full, None]
    counted = {r["source"]: r["n"] for r in db.query("SELECT source, count(*) AS n FROM facts WHERE duplicate = 0 GROUP BY source")}
    assert list(counted) == ["3_full.txt"] and counted["3_full.txt"] > 20


def test_copies_stay_copies_when_their_original_is_extracted_again(tmp_path):
    """A re-run after an upgrade extracts every file again, here the original after its copies:
    they stay its copies.  When the original's file then holds another report, the first copy
    becomes the original, its facts count again, and the other copy is its copy."""
    from minerals import runner
    from minerals.db import open_db

    docs = _docs("000_a0ef4cc83819c552.txt")
    (tmp_path / "1_damaged.txt").write_text(docs[2].text, encoding="utf-8")
    (tmp_path / "2_damaged_again.txt").write_text(docs[2].text + "\n转载请注明出处\n", encoding="utf-8")
    (tmp_path / "3_full.txt").write_text(docs[0].text, encoding="utf-8")
    db = open_db(tmp_path / "m.db")
    query = ("SELECT source, duplicate_of, (SELECT sum(duplicate) FROM facts WHERE document_id = documents.id) AS flagged, "
             "(SELECT count(*) FROM facts WHERE document_id = documents.id) AS facts FROM documents ORDER BY source")
    runner.extract(db, [tmp_path])
    first = list(db.query(query))
    db.execute("UPDATE sources SET pipeline = 'earlier'")
    db.conn.commit()
    assert runner.extract(db, [tmp_path]).extracted == 3
    assert list(db.query(query)) == first

    (tmp_path / "3_full.txt").write_text(_docs("001_d6143e268f753b17.txt")[0].text, encoding="utf-8")
    runner.extract(db, [tmp_path])
    rows = {r["source"]: r for r in db.query(query)}
    damaged = db.execute("SELECT id FROM documents WHERE source = '1_damaged.txt'").fetchone()[0]
    assert rows["1_damaged.txt"]["duplicate_of"] is None and rows["1_damaged.txt"]["flagged"] == 0
    assert rows["1_damaged.txt"]["facts"] > 20
    assert rows["2_damaged_again.txt"]["duplicate_of"] == damaged


# A report and its repost, as pages: (the original's, the copy's), each from its title and body.
_PAGES = {
    # the bureau's own page, its publishing line naming it, over a sharing site's
    "own_over_sharing": ("{title}\n发布时间:2019-01-08  来源:青川县卫生健康局\n{body}", "{title}_文库下载\n来源:网络  发布时间:2019-01-03\n{body}"),
    # the copy given first, by the date that closes it
    "given_first": ("{title}\n{body}\n\n青川县卫生健康局\n2019年1月8日\n", "{title}\n{body}\n\n青川县卫生健康局\n2019年3月2日\n"),
    # the county's own text over a city's site that reposts it, naming the county as its source
    # …and over a forum's repost, its marks in Traditional script as read
    "own_over_forum": ("{title}\n{body}", "【轉帖】{title} - 海峽論壇\n\n樓主 | 發表於 2019-1-8 14:32\n{body}"),
    "own_over_city_site": ("{title}\n{body}", "丽山市卫生健康委员会\n首页 > 信息公开 > 县市区动态\n{title}\n发布时间:2019-01-08  来源:青川县卫生健康局\n{body}"),
    # …and over a sharing site's copy that names who uploaded it, when, and how to have it taken down
    "own_over_uploaded": ("{title}\n{body}", "分享者:lanxi2019 上傳時間:2019-03-10\n{title}\n{body}\n本文檔僅供學習交流,如有侵權請聯繫刪除。\n"),
}


@pytest.mark.parametrize("case,jobs", [("own_over_sharing", 1), ("own_over_sharing", 2), ("given_first", 1), ("own_over_forum", 1),
                                      ("own_over_city_site", 1), ("own_over_uploaded", 1)])
def test_the_original_is_the_one_given_first_or_the_bureaus_own(tmp_path, case, jobs):
    """A report and its repost, the repost met first: the original is the bureau's own page or text,
    or the copy given earlier, whatever the order of the files."""
    from minerals import runner
    from minerals.db import open_db

    text = _docs("000_a0ef4cc83819c552.txt")[0].text
    body = text.split("\n", 1)[1]
    title = "青川县卫生健康局2011年工作总结"
    original, copy = (page.format(title=title, body=body) for page in _PAGES[case])
    (tmp_path / "2_original.txt").write_text(original, encoding="utf-8")
    (tmp_path / "1_copy.txt").write_text(copy, encoding="utf-8")
    db = open_db(tmp_path / "m.db")
    assert runner.extract(db, [tmp_path], jobs=jobs).duplicates == 1
    rows = {r["source"]: r for r in db.query("SELECT id, source, duplicate_of FROM documents")}
    assert rows["2_original.txt"]["duplicate_of"] is None and rows["1_copy.txt"]["duplicate_of"] == rows["2_original.txt"]["id"]


# One template filled by many counties: alike in words, each with numbers of its own.
FILLED = ("{county}卫生健康局{year}年工作总结。全县卫生健康工作在县委县政府的领导下稳步推进,全年门诊诊疗{0}万人次,住院病人{1}人次,"
          "病床使用率{2}%,建立居民健康档案{3}万份,管理高血压患者{4}人,孕产妇系统管理率{5}%,儿童免疫规划疫苗接种{6}剂次。")
COUNTIES = [a + b + "县" for a in "安宝昌丰富广桂海和鹤华怀吉嘉金靖乐黎" for b in "川丰城池丹甸峰阜冈沟谷河湖江津康兰林" if a != b]


def _filled(n: int, rng) -> str:
    values = [f"{rng.uniform(20, 90):.1f}", rng.randint(3000, 9000), f"{rng.uniform(60, 95):.1f}", f"{rng.uniform(10, 60):.1f}",
              rng.randint(5000, 20000), f"{rng.uniform(85, 99):.2f}", rng.randint(20000, 90000)]
    return FILLED.format(*values, county=COUNTIES[n], year=2004 + n % 18)


@pytest.mark.parametrize("copy,first", [
    ("d150", "d150"),  # republished as it was
    ("d7", "d7"),  # one of the first, long before the latest BUCKET of its buckets
    ("d299", "d299"),  # the last one
    ("d150 cut short", "d150"),  # its last sentence lost, and a number with it
    ("d150 with a site's lines", "d150"),  # a sharing site's furniture around it
    ("another county", None),  # the template filled again: a report of its own
])
def test_a_template_filled_by_many_is_checked_against_a_few(copy, first):
    """300 originals of one template each share their bands with all the others: a copy of one of them
    is still found, and checked against CHECKED documents at most, not against every earlier one."""
    import random

    rng = random.Random(5)
    texts = [_filled(n, rng) for n in range(300)]
    index = Index()
    assert [index.add(f"d{n}", signature(t), numbers(t)) for n, t in enumerate(texts)] == [None] * 300
    source = texts[int(copy.split()[0][1:])] if copy.startswith("d") else _filled(300, rng)
    if copy.endswith("cut short"):
        source = source.rsplit(",", 1)[0] + "。"
    elif copy.endswith("site's lines"):
        source = f"首页 / 工作总结 / | 2023-05-17 文库\n{source}\n本文由文库用户上传,编号81734\n"
    before = index.compared
    assert index.add("copy", signature(source), numbers(source)) == first
    assert index.compared - before <= Index.CHECKED


# A county's report dense with numbers, each section of its own words, to cut shortened copies from.
_SECTIONS = {
    "一、医疗服务能力持续提升": ("围绕群众就医需求,推动优质资源下沉,县乡两级服务能力明显增强。",
                        ["县人民医院新开展介入手术", "胸痛中心救治急性心梗患者", "全县医疗机构总诊疗", "乡镇卫生院住院分娩",
                         "远程心电会诊中心出具报告", "急救站出车转运危重病人", "中医院康复科收治偏瘫病人", "血液透析室完成治疗"]),
    "二、基本公共卫生服务扎实推进": ("以慢病管理和重点人群健康服务为抓手,十四类项目绩效考核位居全市前列。",
                            ["辖区居民电子健康档案", "高血压患者规范管理", "糖尿病患者随访服务", "六十五岁以上老年人免费体检",
                             "严重精神障碍患者面访", "适龄儿童免疫规划疫苗接种", "肺结核患者督导服药", "中医药健康管理服务老人"]),
    "三、基层综合改革不断深化": ("紧密型县域医共体建设全面铺开,人财物统一管理,分级诊疗格局初步形成。",
                          ["家庭医生团队签约贫困人口", "标准化村卫生室改造", "乡村医生定向培养", "牵头医院下派专家坐诊",
                           "基层中医馆推广适宜技术", "药品集中带量采购节约资金", "乡镇卫生院职称评聘", "村医养老补助发放"]),
    "四、卫生监督执法持续加强": ("坚持日常监督与专项整治相结合,严厉打击各类违法违规行为,执法水平稳步提高。",
                          ["公共场所经营单位监督检查", "学校传染病防控专项督查", "生活饮用水水质抽检", "职业健康检查机构备案",
                           "医疗废物处置专项整治", "无证行医打击行动", "放射诊疗单位年度校验", "消毒产品生产企业巡查"]),
    "五、妇幼健康服务提质增效": ("落实母婴安全五项制度,妇女儿童健康主要指标持续向好,服务体系日益完善。",
                          ["农村妇女两癌免费筛查", "孕产妇系统管理", "新生儿遗传代谢病筛查", "出生缺陷综合防治宣传",
                           "婴幼儿托育机构备案", "危重孕产妇救治演练", "增补叶酸预防神经管缺陷", "儿童眼保健和视力检查"]),
}
_CLAUSES = ["全年完成{}例,同比增长{}%", "累计达到{}人次,较上年提高{}个百分点", "共计{}份,覆盖率为{}%", "投入{}万元,完成率{}%",
            "惠及群众{}人,满意度调查得分{}分", "涉及{}家单位,整改到位率{}%", "培训骨干{}名,考核合格比例为{}%", "新增{}个服务点,知晓率提升至{}%",
            "受益家庭{}户,回访率保持在{}%以上", "发放资料{}册,群众参与度达到{}%"]


def _county_report(county: str, seed: int) -> str:
    """The report, its numbers drawn from `seed`: the same seed, the same report."""
    import random

    rng = random.Random(seed)
    parts = [f"{county}卫生健康局2019年工作总结\n",
             f"2019年,{county}卫生健康局在县委县政府的坚强领导下,坚持以人民健康为中心,各项工作取得新成效。现将有关情况总结如下:\n"]
    for n, (heading, (lead, items)) in enumerate(_SECTIONS.items()):
        parts.append(f"{heading}\n{lead}" + "".join(
            item + _CLAUSES[(3 * n + k) % len(_CLAUSES)].format(rng.randint(110, 9800), f"{rng.uniform(1, 99):.1f}") + "。" for k, item in enumerate(items))
            + "\n")
    return "".join(parts)


def _cut(text: str, share: float) -> str:
    """The text's first `share`, to the end of a sentence."""
    return text[:text.index("。", int(share * len(text))) + 1] + "\n"


def _opening_and_second(text: str) -> str:
    """A site's excerpt: the text to its first heading, and its second section only."""
    import regex

    starts = [m.start() for m in regex.finditer(r"[一二三四五六七八九十]+、", text)]
    return text[:starts[0]] + text[starts[1]:starts[2]]


def _traditional(text: str) -> str:
    from opencc import OpenCC

    return normalise(OpenCC("s2t").convert(text)).text


# The full reports: a sharing site's page of a bureau's application (seed 003, 27 numbers), a district's yearly report
# (seed 000, its numbers mostly in its first half) and a county's report.
_FULL = {"application": lambda: _docs("003_9070ae23c15341c6.txt")[0].text, "yearly": lambda: _docs("000_a0ef4cc83819c552.txt")[0].text,
         "county": lambda: _county_report("青川县", 1)}
# How a mirror shortened it: its first half in Traditional script as the mirror had it (normalised, as the
# pipeline reads it), an excerpt of its opening and its second section.
_SHORTENED = {"half_traditional": lambda full: _traditional(_cut(full, 1 / 2)), "opening_and_second": _opening_and_second}


@pytest.mark.parametrize("full,shortened,full_first", [
    ("county", "opening_and_second", True),  # a quarter of the words and 16 of the 79 numbers (Jaccard 0.38)
    ("county", "opening_and_second", False),
    ("application", "opening_and_second", False),
    ("yearly", "half_traditional", False),  # 35 of its 39 numbers: not clearly fewer, but clearly fewer words
])
def test_a_shortened_copy_is_a_copy_of_the_full_report(full, shortened, full_first):
    """A shortened copy shares few of the full text's shingles (Jaccard 0.3–0.5), but it has the full text's
    title and nearly all its own words and numbers are the full text's: a copy, whichever comes first, and
    the full text is the original."""
    full_text = _FULL[full]()
    short_text = _SHORTENED[shortened](full_text)
    index = Index()
    docs = [("full", full_text), ("short", short_text)] if full_first else [("short", short_text), ("full", full_text)]
    (a, first_text), (b, second_text) = docs
    title = split(full_text)[0].title  # a shortened copy keeps its original's title
    assert index.add(a, signature(first_text), numbers(first_text), None, title) is None
    assert index.add(b, signature(second_text), numbers(second_text), None, title) == a
    assert index.precedes(numbers(second_text), None, a, signature(second_text), title) == (b == "full")


_NAVIGATION = "\n\n首页 > 工作总结 > 卫生工作总结\n上一篇:乡镇卫生院工作总结\n下一篇:社区卫生服务中心工作计划\n\n"
_PORTAL_FIELDS = "索引号:QC2410000202001-00012   发布日期:2020-01-15   发文机构:青川县卫生健康局\n"


@pytest.mark.parametrize("fields,between,shortened", [
    ("", "\n\n", "third"),  # the title again right after the report
    ("", _NAVIGATION, "third"),  # a mirror's navigation lines between
    ("", "\n\n", "half_traditional"),  # in Traditional script, as the mirror has it
    (_PORTAL_FIELDS, _NAVIGATION, "half_traditional"),  # the portal's fields under the first title only: the same opening
])
def test_a_shortened_copy_glued_after_its_report_is_its_copy(tmp_path, fields, between, shortened):
    """A mirror's file with the full report, then its shortened copy under the same title and opening: two
    documents, the second a copy of the first, its facts flagged."""
    from opencc import OpenCC

    from minerals import runner
    from minerals.db import open_db

    full = _county_report("青川县", 1)
    excerpt = _cut(full, 1 / 3) if shortened == "third" else OpenCC("s2t").convert(_cut(full, 1 / 2))
    title, body = full.split("\n", 1)
    (tmp_path / "mirror.txt").write_text(f"{title}\n{fields}{body}{between}{excerpt}", encoding="utf-8")
    db = open_db(tmp_path / "m.db")
    assert runner.extract(db, [tmp_path]).duplicates == 1
    first, copy = db.query("SELECT id, title, duplicate_of FROM documents ORDER BY seq")
    assert (first["title"], first["duplicate_of"], copy["title"], copy["duplicate_of"]) == (
        "青川县卫生健康局2019年工作总结", None, "青川县卫生健康局2019年工作总结", first["id"])
    flags = {r["duplicate"] for r in db.query("SELECT duplicate FROM facts WHERE document_id = ?", [copy["id"]])}
    assert flags == {1}
