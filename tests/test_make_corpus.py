"""The synthetic corpus of benchmarks/make_corpus.py: reports of many counties, each over a
run of years, that duplicate detection takes for reports of their own, and one in ten a
republished copy that it takes for a copy."""
from __future__ import annotations

import hashlib
import random
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from make_corpus import build, report  # noqa: E402


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    """60 synthetic reports, and the database extracted from them."""
    from minerals import runner
    from minerals.db import open_db

    out = tmp_path_factory.mktemp("synthetic")
    paths = build(out / "corpus", 60)
    db = open_db(out / "synthetic.db")
    runner.extract(db, [out / "corpus"])
    return paths, db


def test_every_file_is_distinct(synthetic):
    paths, _ = synthetic
    assert len(paths) == 60
    assert len({hashlib.sha256(p.read_bytes()).digest() for p in paths}) == 60


# (file, article, region found, report year, the file it is a copy of)
REPORTS = [
    ("000000_qingchuan_2020_summary_plan.txt", 1, "泰阴区", 2004, None),
    ("000001_qingchuan_2019_summary_plan.txt", 1, "泰阴区", 2005, None),
    ("000007_dongcheng_2018_debris.txt", 1, "泰阴区", 2011, None),
    ("000012_linhe_2011_summary_hant.txt", 1, "泰阴区", 2015, None),
    ("000020_qingchuan_2019_summary_plan.txt", 1, "祁水区", 2005, None),
    ("000040_qingchuan_2020_summary_plan.txt", 1, "鹤坪区", 2006, None),
    # a short plan of few numbers, alike in words, is taken for a copy of another county's (the README says so)
    ("000003_compilation_plans.txt", 2, None, None, "000059_copy000049.txt"),
    ("000009_copy000002.txt", 1, "泰阴区", 2006, "000002_qingchuan_2020_summary_plan.txt"),
    ("000019_copy000012.txt", 1, "泰阴区", 2015, "000012_linhe_2011_summary_hant.txt"),
    ("000039_copy000000.txt", 1, "泰阴区", 2004, "000000_qingchuan_2020_summary_plan.txt"),
]


@pytest.mark.parametrize("name,seq,region,year,copy_of", REPORTS, ids=[f"{r[0]}-{r[1]}" for r in REPORTS])
def test_reports(synthetic, name, seq, region, year, copy_of):
    _, db = synthetic
    row = next(db.query(
        "SELECT d.region, d.report_year, d.duplicate_of, o.source AS copied, "
        "(SELECT count(*) FROM facts WHERE document_id = d.id AND duplicate = 0) AS counted "
        "FROM documents d LEFT JOIN documents o ON o.id = d.duplicate_of WHERE d.source = ? AND d.seq = ?", [name, seq]))
    assert (row["region"], row["report_year"], row["copied"]) == (region, year, copy_of)
    assert (row["counted"] > 0) == (copy_of is None)


# (place, year): a plan's targets for the year and the next report's results, indicator by indicator
PAIRED = [("泰阴区", 2006, 10), ("泰阴区", 2005, 3), ("祁水区", 2006, 10), ("鹤坪区", 2008, 10)]


@pytest.mark.parametrize("place,year,results", PAIRED, ids=[f"{p}-{y}" for p, y, _ in PAIRED])
def test_plans_meet_results(synthetic, place, year, results):
    _, db = synthetic
    rows = list(db.query("SELECT actual_value FROM plan_vs_actual WHERE place = ? AND year = ?", [place, year]))
    assert sum(r["actual_value"] is not None for r in rows) == results


# (text of a sample report from 2019, the number nudged or None, what it becomes in 泰阴区 in
# 2021 with the number as a group, the most the number may be)
NUDGED = [
    ("青川县全年报告发病率为168.32/十万。", "168.32", r"泰阴区全年报告发病率为(\d+\.\d\d)/十万。", None),
    ("住院分娩率100%,", "100", r"住院分娩率(\d+)%,", 100),
    ("规范管理率达到98.7%。", "98.7", r"规范管理率达到(\d+\.\d)%。", 100),
    ("高血压患者规范管理 率 79.26%;", "79.26", r"高血压患者规范管理 率 (\d+\.\d\d)%;", 100),
    ("组建县域医共体2个,", "2", r"组建县域医共体(\d+)个,", None),
    ("每月开展健康教育讲座1次,", "1", r"每月开展健康教育讲座(\d+)次,", None),
    ("全区为 46.3 万常住居民建立电子健康档案", "46.3", r"全区为 (\d+\.\d) 万常住居民建立电子健康档案", None),
    ("65岁以上老年人健康管理率", None, r"65岁以上老年人健康管理率", None),
    ("“健康青川”建设,2019 年工作打算", None, r"“健康泰阴”建设,2021 年工作打算", None),
    ("青川县卫生健康局2019年工作总结_第1页", None, r"泰阴区卫生健康局2021年工作总结_第1页", None),
    ("1.辖区居民电子健康档案", None, r"1\.辖区居民电子健康档案", None),
    ("首页 / 工作计划 / | 2019-03-02 工作计划", None, r"首页 / 工作计划 / \| 2022-\d\d-\d\d 工作计划", None),
]


@pytest.mark.parametrize("text,number,becomes,most", NUDGED, ids=[r[0] for r in NUDGED])
def test_numbers_are_nudged_in_their_form(text, number, becomes, most):
    m = re.fullmatch(becomes, report(text, 2019, "泰阴区", 2021, random.Random(0)))
    assert m
    if number is not None:
        assert m.group(1) != number
        assert most is None or float(m.group(1)) <= most
