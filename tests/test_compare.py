"""Plans against results from the command line, and the panel export."""
from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from minerals.cli import cli


def test_compare_jsonl(corpus_db):
    path, _, _ = corpus_db
    result = CliRunner().invoke(cli, ["compare", "--db", str(path), "--bureau", "青川", "--indicator",
                                      "maternal_mortality_ratio", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert len(rows) == 2  # 2020 with its result; 2021 once, though the 2021 report's table states it again
    first = rows[0]
    for key in ("place", "bureau", "region", "indicator_key", "indicator", "year", "plan_role", "target_value",
                "target_unit", "target_qualifier", "target_source", "target_sentence", "target_fact", "target_flags",
                "actual_value", "actual_unit", "actual_source", "actual_sentence", "actual_fact", "actual_flags", "gap",
                "met", "statements"):
        assert key in first
    assert (first["year"], first["target_value"], first["target_unit"], first["target_qualifier"]) == (2020, 15.0, "/10万", "at_most")
    assert (first["actual_value"], first["met"], first["indicator"]) == (18.2, False, "孕产妇死亡率")
    assert "孕产妇死亡率控制在15/10万以内" in first["target_sentence"]
    second = rows[1]
    assert (second["year"], second["target_value"], second["actual_value"], second["met"]) == (2021, 12.0, 9.6, True)
    assert (second["target_source"], second["statements"]) == ("qingchuan_2020_summary_plan.txt", 2)


def test_compare_table(corpus_db):
    path, _, _ = corpus_db
    result = CliRunner().invoke(cli, ["compare", "--db", str(path), "--indicator", "hypertension_standard_mgmt_rate"])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0].split() == ["place", "indicator", "year", "target", "actual", "gap", "met"]
    assert any(line.split()[2:] == ["2020", "≥75%", "76.1%", "+1.1", "yes"] for line in lines)


def test_panel_export(corpus_db, tmp_path):
    path, _, _ = corpus_db
    out = tmp_path / "panel.csv"
    result = CliRunner().invoke(cli, ["export", "--db", str(path), "--panel", "--format", "csv", "--out", str(out)])
    assert result.exit_code == 0
    raw = out.read_text(encoding="utf-8")
    assert raw.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(raw.lstrip("\ufeff"))))
    row = next(r for r in rows if r["place"] == "青川县" and r["indicator_key"] == "diabetes_standard_mgmt_rate" and r["year"] == "2020")
    assert (row["target_value"], row["actual_value"], row["unit"]) == ("70.0", "67.5", "%")
    assert len({(r["place"], r["indicator_key"], r["year"], r["unit"]) for r in rows}) == len(rows)


def test_reports_of_unknown_places_pair_with_none(tmp_path):
    """Two counties whose names are masked (XX县) are two places, not one 卫生局: a plan of
    one is never set beside the results of the other; a named county's are."""
    reports = {
        "masked_plan.txt": "XX县卫生局2019年工作总结和2020年工作计划\n一、2019年工作\n全县住院分娩率达到98%。\n"
                           "二、2020年工作计划\n力争住院分娩率达到99%以上。\n",
        "masked_result.txt": "XX县卫生局2020年工作总结\n一、2020年工作\n全县住院分娩率达到99.6%。\n",
        "named_plan.txt": "青石县卫生健康局2019年工作总结和2020年工作计划\n一、2019年工作\n全县住院分娩率达到97.1%。\n"
                          "二、2020年工作计划\n力争住院分娩率达到98.5%以上。\n",
        "named_result.txt": "青石县卫生健康局2020年工作总结\n一、2020年工作\n全县住院分娩率达到99.2%。\n",
    }
    rows = _compared(tmp_path, reports)
    assert [(r["region"], r["year"], r["target_value"], r["actual_value"], r["met"]) for r in rows] == [
        ("青石县", 2020, 98.5, 99.2, True)]


def test_an_activity_planned_is_met_by_as_much_or_more(tmp_path):
    """发放健康教育资料 has no better direction: 16.8万份 done against 15万份 planned is met."""
    reports = {
        "plan.txt": "青石县卫生健康局2019年工作总结和2020年工作计划\n一、2019年工作\n全年发放健康教育资料14万份。\n"
                    "二、2020年工作计划\n全年发放健康教育资料15万份。\n",
        "result.txt": "青石县卫生健康局2020年工作总结\n一、2020年工作\n全年发放健康教育资料16.8万份。\n",
    }
    rows = _compared(tmp_path, reports)
    assert [(r["indicator_key"], r["year"], r["target_value"], r["actual_value"], r["met"]) for r in rows] == [
        ("health_materials", 2020, 150000.0, 168000.0, True)]


# A plan stated loosely, and the results that meet it: (plan sentence and its year's report, result
# sentence of the next year's, key, target, result, met).
_RAISED_PLAN = ("青石县卫生健康局2019年工作总结和2020年工作计划\n一、2019年工作\n全年争取上级项目资金6000万元。\n"
                "二、2020年工作计划\n全年争取上级项目资金7000万元左右。\n")
_BAND_PLAN = ("青石县卫生局2009年工作总结和2010年工作计划\n一、2009年工作\n全县新农合基金使用率为88.2%。\n"
              "二、2010年工作计划\n基金使用率控制在85%—90%之间。\n")


@pytest.mark.parametrize("plan,result,key,target,actual,met", [
    # 争取上级项目资金7000万元左右: more is better, so 9150万元 raised is met, and so is 6800万元, within 5 % of it
    *[(_RAISED_PLAN, f"青石县卫生健康局2020年工作总结\n一、2020年工作\n全年争取上级项目资金{raised}万元。\n",
       "superior_funds_secured", 7000.0, float(raised), met) for raised, met in [(9150, True), (6800, True), (6500, False)]],
    # 基金使用率控制在85%—90%: a fund's use is good within a band, so 89.01 % is met and 92.3 % is not
    *[(_BAND_PLAN, f"青石县卫生局2010年工作总结\n一、2010年工作\n全县新农合基金使用率为{used}%。\n",
       "ncms_fund_use_rate", 85.0, used, met) for used, met in [(89.01, True), (85, True), (92.3, False), (83.5, False)]],
])
def test_a_plan_stated_loosely_is_met_as_it_says(tmp_path, plan, result, key, target, actual, met):
    rows = _compared(tmp_path, {"plan.txt": plan, "result.txt": result})
    assert [(r["indicator_key"], r["target_value"], r["actual_value"], r["met"]) for r in rows] == [
        (key, target, actual, met)]


PLAN = "青石县卫生健康局2019年工作总结和2020年工作计划\n一、2019年工作\n全县孕产妇死亡率为16.2/10万。\n二、2020年工作计划\n"
RESULT = "青石县卫生健康局2020年工作总结\n一、2020年工作\n"


# (the plan's 2020 section, the 2020 summary's lines) → rows of plan_vs_actual as
# (plan_role, indicator_key, target_value, target_source, actual_value, met, statements)
PLANS_AND_RESULTS = [
    # a target restated in the review of its year is one target, the plan's
    ("力争孕产妇死亡率控制在15/10万以内。", "全县孕产妇死亡率12.5/10万,完成控制在15/10万以内的目标。",
     [("target", "maternal_mortality_ratio", 15.0, "plan.txt", 12.5, True, 2)]),
    # a target revised is two targets
    ("力争孕产妇死亡率控制在15/10万以内。", "全县孕产妇死亡率12.5/10万,未完成控制在12/10万以内的目标。",
     [("target", "maternal_mortality_ratio", 15.0, "plan.txt", 12.5, True, 1),
      ("target", "maternal_mortality_ratio", 12.0, "result.txt", 12.5, False, 1)]),
    # a target the review calls a task is still one plan
    ("新建村卫生室25个。", "新建村卫生室27个,超额完成25个的年度任务。",
     [("target", "new_village_clinics", 25.0, "plan.txt", 27.0, True, 2)]),
    # a quota set from above beside what was done, met by as much or more
    ("力争孕产妇死亡率控制在15/10万以内。", "全年完成农村妇女“两癌”筛查3.6万人,完成省下达任务数3.2万人的112.5%。",
     [("target", "maternal_mortality_ratio", 15.0, "plan.txt", None, None, 1),
      ("quota", "two_cancers_screened", 32000.0, "result.txt", 36000.0, True, 1)]),
    ("力争孕产妇死亡率控制在15/10万以内。", "全年完成农村妇女“两癌”筛查2.9万人,完成省下达任务数3.2万人的90.6%。",
     [("target", "maternal_mortality_ratio", 15.0, "plan.txt", None, None, 1),
      ("quota", "two_cancers_screened", 32000.0, "result.txt", 29000.0, False, 1)]),
    # a quota named by a key of its own (签约任务数) beside the result it was set for (签约人数)
    ("力争孕产妇死亡率控制在15/10万以内。", "市下达我县家庭医生签约任务数12万人,全年签约12.6万人。",
     [("target", "maternal_mortality_ratio", 15.0, "plan.txt", None, None, 1),
      ("quota", "fd_contracted", 120000.0, "result.txt", 126000.0, True, 1)]),
    ("市下达我县2020年家庭医生签约任务15万人。", "全年家庭医生签约13.8万人。",
     [("quota", "fd_contracted", 150000.0, "plan.txt", 138000.0, False, 1)]),
    # those the contracts cover are those signed; the share done of the task after a rate is the task's, no rate's
    ("完成市下达家庭医生签约任务9万人。", "家庭医生签约服务覆盖常住人口9.28万人,重点人群签约率81.5%,完成市下达签约任务(9万人)的103.1%。",
     [("quota", "fd_contracted", 90000.0, "plan.txt", 92800.0, True, 2)]),
    # one target for two indicators is each one's, beside each one's result
    ("高血压、糖尿病患者规范管理率均不低于75%。", "高血压患者规范管理率76.2%,糖尿病患者规范管理率73.5%。",
     [("target", "diabetes_standard_mgmt_rate", 75.0, "plan.txt", 73.5, False, 1),
      ("target", "hypertension_standard_mgmt_rate", 75.0, "plan.txt", 76.2, True, 1)]),
    # and one result for two indicators each one's, beside each one's target
    ("高血压患者规范管理率达到70%,糖尿病患者规范管理率达到65%。", "高血压、糖尿病患者规范管理率均达到68%。",
     [("target", "diabetes_standard_mgmt_rate", 65.0, "plan.txt", 68.0, True, 1),
      ("target", "hypertension_standard_mgmt_rate", 70.0, "plan.txt", 68.0, False, 1)]),
]


@pytest.mark.parametrize("planned,done,expected", PLANS_AND_RESULTS,
                         ids=["restated", "revised", "called_a_task", "quota_met", "quota_not_met", "own_quota_met",
                              "own_quota_not_met", "covered_by_contracts", "joint_target", "joint_result"])
def test_each_plan_once_targets_and_quotas(tmp_path, planned, done, expected):
    rows = _compared(tmp_path, {"plan.txt": PLAN + planned + "\n", "result.txt": RESULT + done + "\n"})
    assert sorted((r["plan_role"], r["indicator_key"], r["target_value"], r["target_source"], r["actual_value"], r["met"],
                   r["statements"]) for r in rows if r["year"] == 2020) == sorted(expected)


# the summary's line at first and when the file is changed and extracted again → the
# actual values beside the plan's target after each run
RERUNS = [
    ("全县孕产妇死亡率12.5/10万。", "全县孕产妇死亡率11.8/10万。", [12.5], [11.8]),
    ("全县孕产妇死亡率12.5/10万。", "全县孕产妇系统管理率96.5%。", [12.5], [None]),
]


@pytest.mark.parametrize("first,changed,before,after", RERUNS, ids=["value_changed", "result_gone"])
def test_a_file_changed_changes_its_rows(tmp_path, first, changed, before, after):
    """The stored rows of plan_vs_actual follow an incremental re-run that changes one file."""
    plan = {"plan.txt": PLAN + "力争孕产妇死亡率控制在15/10万以内。\n"}
    actuals = [r["actual_value"] for r in _compared(tmp_path, {**plan, "result.txt": RESULT + first + "\n"})]
    assert actuals == before
    actuals = [r["actual_value"] for r in _compared(tmp_path, {"result.txt": RESULT + changed + "\n"})]
    assert actuals == after


def test_a_quota_is_marked_in_the_table(tmp_path):
    """A task set from above is not printed as though it were the bureau's own target."""
    (tmp_path / "r.txt").write_text(RESULT + "全年完成农村妇女“两癌”筛查3.6万人,完成省下达任务数3.2万人的112.5%。\n", encoding="utf-8")
    db = tmp_path / "r.db"
    assert CliRunner().invoke(cli, ["extract", "-q", "--db", str(db), str(tmp_path)]).exit_code == 0
    lines = CliRunner().invoke(cli, ["compare", "--db", str(db)]).output.splitlines()
    assert lines[1].split()[2:] == ["2020", "32000人", "(quota)", "36000人", "+4000", "yes"]


def _compared(tmp_path, reports: dict[str, str]) -> list[dict]:
    """plan_vs_actual, as `minerals compare` prints it, over these reports extracted by `minerals extract`."""
    for name, text in reports.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    db = tmp_path / "r.db"
    assert CliRunner().invoke(cli, ["extract", "-q", "--db", str(db), str(tmp_path)]).exit_code == 0
    result = CliRunner().invoke(cli, ["compare", "--db", str(db), "--format", "jsonl"])
    return [json.loads(line) for line in result.output.splitlines()]
