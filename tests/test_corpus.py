"""The bundled sample corpus: documents as described in corpus/README.md, and the plan-vs-actual it yields."""
from __future__ import annotations

import pytest


def test_documents(corpus_db):
    _, db, summary = corpus_db
    assert summary.skipped == []
    docs = {(d["source"], d["seq"]): d for d in db["documents"].rows}
    assert len(docs) == 8
    got = {k: (d["region"], d["type"], d["report_year"], d["plan_year"], d["script"]) for k, d in docs.items()}
    assert got[("qingchuan_2019_summary_plan.txt", 1)] == ("青川县", "summary_and_plan", 2019, 2020, "hans")
    assert got[("qingchuan_2020_summary_plan.txt", 1)] == ("青川县", "summary_and_plan", 2020, 2021, "hans")
    assert got[("qingchuan_2021_summary_table.docx", 1)] == ("青川县", "summary", 2021, None, "hans")
    assert got[("linhe_2011_summary_hant.txt", 1)] == ("临河区", "summary_and_plan", 2011, 2012, "hant")
    assert got[("dongcheng_2018_debris.txt", 1)] == ("东城区", "summary_and_plan", 2018, 2019, "hans")
    assert [got[("compilation_plans.txt", n)][1:4] for n in (1, 2, 3)] == [("plan", None, None)] * 3
    assert docs[("compilation_plans.txt", 3)]["duplicate_of"] == docs[("compilation_plans.txt", 1)]["id"]
    assert docs[("compilation_plans.txt", 2)]["duplicate_of"] is None


def test_debris_is_gone(corpus_db):
    _, db, _ = corpus_db
    text = next(db["documents"].rows_where("source = ?", ["dongcheng_2018_debris.txt"]))["text"]
    for debris in ("申明敬告", "下载本文档", "_第1页", "温馨提示", "查看更多", "重 点", "- 1 -", "共 2 页"):
        assert debris not in text
    assert "重点突破" in text and "规范管理率79.26%" in text and "规则服药率93.4%" in text


# (indicator_key, target, qualifier, actual, met) for 青川县 in 2020
PLAN_VS_ACTUAL_2020 = [
    ("county_retention_rate", 90.0, "at_least", 89.4, False),
    ("e_health_record_filing_rate", 90.0, "exact", 90.8, True),
    ("hypertension_standard_mgmt_rate", 75.0, "at_least", 76.1, True),
    ("diabetes_standard_mgmt_rate", 70.0, "at_least", 67.5, False),
    ("elderly_health_mgmt_rate", 65.0, "at_least", 66.2, True),
    ("maternal_systematic_mgmt_rate", 92.0, "at_least", 93.1, True),
    ("maternal_mortality_ratio", 15.0, "at_most", 18.2, False),
    ("infant_mortality_rate", 5.0, "at_most", 4.2, True),
    ("fd_priority_coverage", 75.0, "at_least", 73.2, False),
    ("new_village_clinics", 30.0, "exact", 27.0, False),
]


@pytest.mark.parametrize("key,target,qualifier,actual,met", PLAN_VS_ACTUAL_2020, ids=[r[0] for r in PLAN_VS_ACTUAL_2020])
def test_plan_vs_actual(corpus_db, key, target, qualifier, actual, met):
    _, db, _ = corpus_db
    rows = list(db.query("SELECT * FROM plan_vs_actual WHERE place = '青川县' AND year = 2020 AND indicator_key = ?", [key]))
    assert len(rows) == 1, rows
    r = rows[0]
    assert (r["target_value"], r["target_qualifier"], r["actual_value"], bool(r["met"])) == (target, qualifier, actual, met)
    assert r["target_source"] == "qingchuan_2019_summary_plan.txt"
    assert r["actual_source"] == "qingchuan_2020_summary_plan.txt"
    assert r["gap"] == pytest.approx(actual - target)


def test_year_over_year(corpus_db):
    _, db, _ = corpus_db
    row = next(db.query("SELECT * FROM year_over_year WHERE place = '青川县' AND indicator_key = 'hypertension_standard_mgmt_rate' AND year = 2020"))
    assert (row["value"], row["previous_value"], row["change"]) == (76.1, 72.4, 3.7)


# (indicator_key, target, qualifier, actual, met, the result as the table's cell gives it) for
# 青川县 in 2021: targets of the 2020 plan (which the 2021 report's table restates), results from that
# table (a .docx)
PLAN_VS_ACTUAL_2021 = [
    ("hypertension_standard_mgmt_rate", 78.0, "exact", 79.3, True, "完成值79.3%"),
    ("diabetes_standard_mgmt_rate", 72.0, "exact", 71.6, False, "完成值71.6%"),
    ("maternal_mortality_ratio", 12.0, "at_most", 9.6, True, "完成值9.6/10万"),
    ("fd_priority_coverage", 78.0, "at_least", 80.2, True, "完成值80.2%"),
    ("new_village_clinics", 20.0, "exact", 22.0, True, "完成值22个"),
]


@pytest.mark.parametrize("key,target,qualifier,actual,met,cell", PLAN_VS_ACTUAL_2021, ids=[r[0] for r in PLAN_VS_ACTUAL_2021])
def test_plan_vs_actual_from_a_table(corpus_db, key, target, qualifier, actual, met, cell):
    _, db, _ = corpus_db
    rows = list(db.query("SELECT * FROM plan_vs_actual WHERE place = '青川县' AND year = 2021 AND indicator_key = ?", [key]))
    assert len(rows) == 1, rows  # the table states the target again: one row, the plan's
    r = rows[0]
    assert (r["target_source"], r["statements"]) == ("qingchuan_2020_summary_plan.txt", 2)
    assert (r["target_value"], r["target_qualifier"], r["actual_value"], bool(r["met"])) == (target, qualifier, actual, met)
    assert r["actual_source"] == "qingchuan_2021_summary_table.docx"
    assert r["actual_sentence"].endswith(cell + "。")
