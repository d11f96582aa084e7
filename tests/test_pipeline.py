"""End to end over the seed reports: documents, facts, evidence, idempotence, the gold score."""
from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import GOLD, ROOT, SEEDS
from minerals import runner
from minerals.db import open_db
from minerals.export import rows, write
from minerals.normalise import normalise
from minerals.reading import ReadError


def test_every_seed_is_extracted(seeds_db):
    _, db, summary = seeds_db
    assert summary.files == 5 and summary.extracted == 5 and summary.skipped == []
    assert db["sources"].count == 5
    assert summary.facts == db["facts"].count > 500
    # 004's first two articles are a student union's 卫生部 (type other): kept, without facts
    by_type = db.execute("SELECT d.seq, d.type, count(f.id) FROM documents d LEFT JOIN facts f ON f.document_id = d.id "
                         "WHERE d.source = '004_7f0a36e5d8183faa.txt' GROUP BY d.id ORDER BY d.seq").fetchall()
    assert [(seq, t) for seq, t, _ in by_type] == [(1, "other"), (2, "other"), (3, "summary_and_plan"),
                                                   (4, "summary_and_plan"), (5, "summary")]
    assert [n > 0 for _, _, n in by_type] == [False, False, True, True, True]


@pytest.mark.parametrize("source,seq,title,doc_type,report_year,plan_year", [
    ("002_8cc4176ce2926fda.txt", 1, "卫生健康局2020年总结和2021年工作计划", "summary_and_plan", 2019, 2020),
    ("000_a0ef4cc83819c552.txt", 1, "区卫生局2011年工作总结", "summary_and_plan", 2011, 2012),
    ("000_a0ef4cc83819c552.txt", 2, "区卫生局工作总结", "summary", 2004, None),
    ("004_7f0a36e5d8183faa.txt", 1, "卫生部年终工作总结篇1", "other", None, None),
])
def test_document_metadata(seeds_db, source, seq, title, doc_type, report_year, plan_year):
    _, db, _ = seeds_db
    doc = next(db["documents"].rows_where("source = ? AND seq = ?", [source, seq]))
    assert (doc["title"], doc["type"], doc["report_year"], doc["plan_year"]) == (title, doc_type, report_year, plan_year)


def test_compilations_are_split(seeds_db):
    _, db, _ = seeds_db
    count = {r["source"]: r["n"] for r in db.query("SELECT source, count(*) AS n FROM documents GROUP BY source")}
    assert count["000_a0ef4cc83819c552.txt"] == 5
    assert count["004_7f0a36e5d8183faa.txt"] == 5
    assert count["002_8cc4176ce2926fda.txt"] == 1


def test_republished_article_is_marked(seeds_db):
    _, db, _ = seeds_db
    third = next(db["documents"].rows_where("source = ? AND seq = 3", ["000_a0ef4cc83819c552.txt"]))
    first = next(db["documents"].rows_where("source = ? AND seq = 1", ["000_a0ef4cc83819c552.txt"]))
    assert third["duplicate_of"] == first["id"]
    flags = {r["duplicate"] for r in db["facts"].rows_where("document_id = ?", [third["id"]])}
    assert flags == {1}


def test_traditional_script_is_kept_on_the_document(seeds_db):
    _, db, _ = seeds_db
    scripts = {r["source"]: r["script"] for r in db.query("SELECT source, script FROM documents WHERE seq = 1")}
    assert scripts["000_a0ef4cc83819c552.txt"] == "hant"
    assert scripts["002_8cc4176ce2926fda.txt"] == "hans"


def test_every_fact_leads_back_to_its_original_words(seeds_db):
    """Offsets point at the surface, and the original words, normalised, are the surface."""
    _, db, _ = seeds_db
    texts = {d["id"]: (d["text"], d["original"]) for d in db.query("SELECT id, text, original FROM documents")}
    facts = list(db["facts"].rows)
    for fact in facts:
        text, original = texts[fact["document_id"]]
        assert text[fact["start"]:fact["end"]] == fact["surface"]
        assert original[fact["original_start"]:fact["original_end"]] == fact["original_surface"]
        assert fact["surface"] in fact["sentence"]
        assert normalise(fact["original_surface"]).text == fact["surface"], fact
        assert fact["original_surface"].replace(" ", "") in fact["original_sentence"].replace(" ", "")
    assert len(facts) > 500


def test_rerun_changes_nothing(seeds_db, tmp_path):
    path, db, _ = seeds_db
    before = (db["facts"].count, db["documents"].count)
    summary = runner.extract(db, [SEEDS])
    assert summary.unchanged == 5 and summary.extracted == 0
    assert (db["facts"].count, db["documents"].count) == before


def test_changed_file_replaces_its_rows(tmp_path):
    report = tmp_path / "report.txt"
    report.write_text("青川县卫生健康局2019年工作总结\n2019年,全县高血压患者规范管理率达到93.14%,孕产妇系统管理率95.2%。", encoding="utf-8")
    db = open_db(tmp_path / "m.db")
    runner.extract(db, [report])
    assert [r["value"] for r in db["facts"].rows] == [93.14, 95.2]
    report.write_text("青川县卫生健康局2019年工作总结\n2019年,全县高血压患者规范管理率达到94.5%。", encoding="utf-8")
    summary = runner.extract(db, [report])
    assert summary.extracted == 1
    assert [r["value"] for r in db["facts"].rows] == [94.5]
    assert db["sources"].count == 1 and db["documents"].count == 1


def test_gold_precision_and_recall(seeds_db, tmp_path):
    """The shared gold facts, scored by the shared scorer: precision >= 0.90, recall >= 0.80."""
    _, db, _ = seeds_db
    pred = tmp_path / "facts.jsonl"
    with pred.open("w", encoding="utf-8") as fh:
        write(rows(db, "facts"), fh, "jsonl")
    out = subprocess.run(
        [sys.executable, str(GOLD.parent / "eval" / "score.py"), "--gold", str(GOLD / "dev.jsonl"), "--pred", str(pred),
         "--sources", str(SEEDS), "--coverage", str(GOLD / "coverage.json"), "--json"],
        check=True, capture_output=True, text=True,
    )
    report = json.loads(out.stdout.strip().splitlines()[-1])
    assert report["precision"] >= 0.90, report
    assert report["recall"] >= 0.80, report


def test_document_as_spacy_doc(seeds_db):
    from minerals.spacy_doc import document

    _, db, _ = seeds_db
    doc_id = next(db["documents"].rows_where("source = ?", ["002_8cc4176ce2926fda.txt"]))["id"]
    doc = document(db, doc_id)
    spans = doc.spans["facts"]
    assert len(spans) == db["facts"].count_where("document_id = ?", [doc_id])
    first = next(s for s in spans if s._.fact["value"] == 93.14)
    assert "93.14%" in first.text and first.label_ == "rate"
    assert first._.fact["indicator"] == "高血压患者规范管理率"


STUDENT_UNION = ("学生会卫生部工作总结\n本学期我部在老师和同学的支持下,每周检查宿舍两次,"
                 "宿舍卫生合格率达到95%。班级值日安排到位,学期末评出优秀宿舍12个。\n")


@pytest.mark.parametrize("manifest_type,doc_type,facts", [
    (None, "other", []),
    ("summary", "summary", [(2, "次"), (95, "%"), (12, "个")]),
])
def test_a_text_that_is_no_bureau_report_gives_no_facts(tmp_path, manifest_type, doc_type, facts):
    """A student union's 卫生部 is no health bureau: its document is kept, its numbers are not
    facts, unless a manifest says the file is a report."""
    from minerals.manifest import load

    (tmp_path / "r.txt").write_text(STUDENT_UNION, encoding="utf-8")
    known = None
    if manifest_type:
        (tmp_path / "m.csv").write_text(f"path,type\nr.txt,{manifest_type}\n", encoding="utf-8")
        known = load(tmp_path / "m.csv")
    db = open_db(tmp_path / "r.db")
    runner.extract(db, [tmp_path / "r.txt"], manifest=known)
    assert [d["type"] for d in db["documents"].rows] == [doc_type]
    assert [(f["value"], f["unit"]) for f in db["facts"].rows] == facts


def test_manifest_wins_over_the_text(tmp_path):
    from minerals.manifest import load

    report = tmp_path / "r.txt"
    report.write_text("卫生局工作总结\n今年全县高血压患者规范管理率达到93.14%。\n三、明年工作计划\n高血压患者规范管理率达到95%。", encoding="utf-8")
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("path,bureau,region,report_year,type\nr.txt,青川县卫生健康局,青川县,2019,summary_and_plan\n", encoding="utf-8")
    db = open_db(tmp_path / "m.db")
    runner.extract(db, [report])
    assert [f["year"] for f in db["facts"].rows] == [None, None]
    summary = runner.extract(db, [report], manifest=load(manifest))
    assert summary.extracted == 1  # what is known changed: extracted again
    doc = next(db["documents"].rows)
    assert (doc["region"], doc["bureau"], doc["report_year"], doc["plan_year"]) == ("青川县", "青川县卫生健康局", 2019, 2020)
    assert [(f["role"], f["year"]) for f in db["facts"].rows] == [("actual", 2019), ("target", 2020)]


def test_section_tree(seeds_db):
    """Seed 002: three top-level sections, their (一)… subsections, each with its role."""
    _, db, _ = seeds_db
    doc_id = next(db["documents"].rows_where("source = ?", ["002_8cc4176ce2926fda.txt"]))["id"]
    rows = list(db.query("SELECT level, role, year, title FROM sections WHERE document_id = ? ORDER BY start, level", [doc_id]))
    top = [(r["role"], r["year"], r["title"]) for r in rows if r["level"] == 1]
    assert top == [("results", None, "锁定目标任务,各项工作扎实推进"), ("problems", None, "存在工作问题"),
                   ("plan", 2020, "2020年工作计划")]
    subs = [r for r in rows if r["level"] == 2]
    assert len(subs) == 12 and {r["role"] for r in subs[:8]} == {"results"}
    assert subs[3]["title"] == "严格落实计划生育政策,服务工作扎实有效"
    fact = next(db["facts"].rows_where("document_id = ? AND value = 87.3", [doc_id]))
    assert fact["section"] == "扎实开展公共卫生服务,群众健康保障有力"


def test_two_jobs_store_the_same_facts(seeds_db, tmp_path):
    """Extraction in two processes gives the database one process gives."""
    _, db, _ = seeds_db
    parallel = open_db(tmp_path / "two.db")
    summary = runner.extract(parallel, [SEEDS], jobs=2)
    assert summary.extracted == 5 and summary.skipped == []
    query = "SELECT id, value, unit, role, year, indicator, duplicate FROM facts ORDER BY id"
    assert list(parallel.query(query)) == list(db.query(query))
    docs = "SELECT id, duplicate_of, report_year, type FROM documents ORDER BY id"
    assert list(parallel.query(docs)) == list(db.query(docs))


def _where(i: int) -> tuple[int, int]:
    """A file's work as far as scheduling sees it: some time, and the process that did it."""
    time.sleep(0.005)
    return i, os.getpid()


def test_two_jobs_are_this_process_and_one_worker():
    """This process extracts while the next result is not ready, so two jobs are two processes;
    the results come back in the files' order whoever made them."""
    outcomes = list(runner._parallel(((i,) for i in range(60)), 2, work=_where, ahead=2))
    assert [path for path, _ in outcomes] == [i for _, (i, _) in outcomes] == list(range(60))
    made_by = {pid for _, (_, pid) in outcomes}
    assert len(made_by) == 2 and os.getpid() in made_by
    assert sum(pid == os.getpid() for _, (_, pid) in outcomes) >= 10


def test_a_file_a_worker_cannot_read_comes_back_as_its_error(tmp_path):
    """A worker's ReadError crosses back to this process whole (unpickled, it had broken the pool
    and stopped the run), so the file is reported and the run goes on."""
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"\x00\x01 not a pdf")
    outcomes = list(runner._parallel(((bad, bad.read_bytes(), None) for _ in range(3)), 2, ahead=3))
    assert [(path, str(error), error.reason) for path, error in outcomes] == [
        (bad, "bad.pdf: not a valid PDF (PdfStreamError)", "not a valid PDF (PdfStreamError)")] * 3


def _dies_on_seven(path: Path, marker: Path, every_time: bool, parent: int) -> tuple[str, int]:
    """A file's work that kills the worker given file 07 (the first time, or every time), as
    the kernel kills a process out of memory or a library's crash ends it."""
    if path.name == "07.txt" and os.getpid() != parent and (every_time or not marker.exists()):
        marker.touch()
        os.kill(os.getpid(), signal.SIGKILL)
    time.sleep(0.005)
    return path.name, os.getpid()


@pytest.mark.parametrize("every_time", [False, True], ids=["once", "every_time"])
def test_a_worker_that_dies_costs_no_file_but_the_one_it_dies_on_again(tmp_path, every_time):
    """A dead worker took the pool and the run with it (BrokenProcessPool); now the files it
    held are tried again, each alone, and only a file that kills its worker twice is lost, as
    its error."""
    marker = tmp_path / "killed"
    files = [Path(f"{i:02d}.txt") for i in range(60)]
    outcomes = list(runner._parallel(((f, marker, every_time, os.getpid()) for f in files), 2,
                                     work=_dies_on_seven, ahead=16))
    assert marker.exists() and [path for path, _ in outcomes] == files
    made = [outcome if isinstance(outcome, ReadError) else outcome[0] for _, outcome in outcomes]
    if every_time:
        assert str(made.pop(7)) == ("07.txt: the process extracting it stopped, twice (killed, out of memory, "
                                    "or a crash in a library it uses): try it alone with --jobs 1")
        files.pop(7)
    assert made == [f.name for f in files]


def test_facts_do_not_depend_on_the_hash_seed(tmp_path):
    """Two processes with different string hashes store the same facts: no rule picks among
    equals by the order of a set."""
    rows = []
    for seed in ("1", "2"):
        db = tmp_path / f"seed{seed}.db"
        subprocess.run([sys.executable, "-m", "minerals.cli", "extract", "-q", "--db", str(db), str(SEEDS), str(ROOT / "corpus")],
                       check=True, env={**os.environ, "PYTHONHASHSEED": seed})
        rows.append(list(open_db(db).query("SELECT id, value, role, year, indicator, indicator_key FROM facts ORDER BY id")))
    assert len(rows[0]) > 800 and rows[0] == rows[1]


def _every_sentence_facts(path) -> list:
    """The facts of a file with every sentence given to the extractors, unscanned."""
    from extractors import extract
    from minerals.documents import describe, split
    from minerals.pipeline import passages
    from minerals.reading import read

    docs = [describe(d) for d in split(normalise(read(path, path.read_bytes()).text).text)]
    return [(d.seq, f) for d in docs if d.type != "other" for p, _ in passages(d) for f in extract(p)]


@pytest.mark.parametrize("name", sorted(p.name for p in SEEDS.glob("*.txt")))
def test_scan_passes_every_sentence_that_holds_a_fact(name):
    """Sentences the quantities scan leaves out hold no fact: the facts are those found
    by giving every sentence to the extractors."""
    from minerals.pipeline import process

    path = SEEDS / name
    expected = _every_sentence_facts(path)
    stored = process(path).facts
    assert len(stored) == len(expected) > 0
    assert [(f["start"], f["value"], f["unit"], f["role"], f["year"], f["indicator"]) for f in stored] == [
        (f.start, f.value, f.unit, f.role, f.year, f.indicator) for _, f in expected]


def test_scan_leaves_out_sentences_without_a_quantity():
    from extractors import wanted

    text = "一是加强领导。全年接种疫苗12.5万剂次。二是强化宣传。接种率达到95。"
    holds = wanted(text)
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^。]+。", text)]
    assert [holds(a, b) for a, b in sentences] == [False, True, False, True]


def test_an_extractor_without_a_scan_sees_every_sentence():
    from extractors import REGISTRY, SCANS, register, wanted

    @register("test_every_sentence")
    def every(p):
        return iter(())

    try:
        assert wanted("一是加强领导。二是强化宣传。")(0, 7)
    finally:
        del REGISTRY["test_every_sentence"], SCANS["test_every_sentence"]


def test_years_in_chinese_numerals_date_the_document_and_its_facts(tmp_path):
    from minerals.pipeline import process

    path = tmp_path / "report.txt"
    path.write_text("某县卫生健康局二〇二〇年工作总结\n一、主要工作成效\n全县高血压患者规范管理率达到85%。\n"
                    "二、二〇二一年工作计划\n力争高血压患者规范管理率达到90%。\n", encoding="utf-8")
    result = process(path)
    doc = result.documents[0]
    assert (doc["report_year"], doc["plan_year"], doc["type"]) == (2020, 2021, "summary_and_plan")
    assert [(f["value"], f["role"], f["year"]) for f in result.facts] == [(85, "actual", 2020), (90, "target", 2021)]


def test_a_text_saved_under_its_title_is_dated_by_the_name(tmp_path):
    from minerals.pipeline import process

    path = tmp_path / "2018年青禾县卫计局工作总结.txt"
    path.write_bytes("今年以来,全县卫生计生各项工作取得新的进展。\r\n全县高血压患者规范管理率达到67.5%。\r\n"
                     "三、明年工作打算\r\n力争家庭医生签约服务覆盖率达到40%。\r\n".encode("gbk"))
    result = process(path)
    doc = result.documents[0]
    assert (doc["title"], doc["region"], doc["report_year"], doc["plan_year"]) == ("2018年青禾县卫计局工作总结", "青禾县", 2018, 2019)
    assert [(f["value"], f["role"], f["year"]) for f in result.facts] == [(67.5, "actual", 2018), (40, "target", 2019)]


ARTICLE = "全县高血压患者规范管理率达到85%,糖尿病患者规范管理率达到80%,老年人健康管理率达到70%。\n" * 10


@pytest.mark.parametrize("headers,titles", [
    (["篇一:甲县卫生局2019年工作总结", "篇二:乙区卫生局2019年工作总结"], ["甲县卫生局2019年工作总结", "乙区卫生局2019年工作总结"]),
    (["【篇1】甲县卫生局工作计划", "【篇2】乙区卫生局工作计划"], ["甲县卫生局工作计划", "乙区卫生局工作计划"]),
    (["范文一:甲县卫生局工作总结", "范文二:乙区卫生局工作总结"], ["甲县卫生局工作总结", "乙区卫生局工作总结"]),
    (["第一篇:甲县卫生局工作总结", "第二篇:乙区卫生局工作总结"], ["甲县卫生局工作总结", "乙区卫生局工作总结"]),
    (["卫生院工作计划范文第一篇", "卫生院工作计划范文第二篇"], ["卫生院工作计划", "卫生院工作计划"]),
    (["卫生局工作总结(一)", "卫生局工作总结(二)"], ["卫生局工作总结(一)", "卫生局工作总结(二)"]),
    # the page's title before each article's number
    (["卫计局工作总结范文三篇 篇一", "卫计局工作总结范文三篇 篇二"], ["卫计局工作总结", "卫计局工作总结"]),
    (["卫生院2019年工作总结 篇一", "卫生院2019年工作总结 篇二"], ["卫生院2019年工作总结", "卫生院2019年工作总结"]),
    # …in brackets, above each article's own title, which titles it
    (["卫生健康局年度工作总结范文3篇(篇一)\n青石县卫生健康局2019年工作总结", "卫生健康局年度工作总结范文3篇(篇二)\n白河区卫生局2017年工作总结"],
     ["青石县卫生健康局2019年工作总结", "白河区卫生局2017年工作总结"]),
    # a rule of dashes between glued articles: each is titled by the line after it
    (["——————————\n\n甲县卫生局2019年工作总结", "——————————\n乙区卫生局2020年工作计划"], ["甲县卫生局2019年工作总结", "乙区卫生局2020年工作计划"]),
    # an article before the first header is titled by the file's first line
    (["甲县卫生局工作总结", "扩展阅读:乙区卫生局工作总结"], ["卫生局工作总结范文(通用2篇)", "乙区卫生局工作总结"]),
])
def test_compilation_headers(headers, titles):
    from minerals.documents import split

    text = "卫生局工作总结范文(通用2篇)\n" + "".join(f"{h}\n{ARTICLE}" for h in headers)
    assert [d.title for d in split(normalise(text).text)] == titles


def test_a_number_repeated_on_lines_of_its_own_heads_no_article():
    """A table's cell a PDF's text puts on a line of its own (100.0, twice) is no compilation's header."""
    from minerals.documents import split

    text = "岚山市卫生健康委员会2021年工作总结\n" + ARTICLE + "100.0\n" + ARTICLE + "100.0\n" + ARTICLE
    assert [d.title for d in split(normalise(text).text)] == ["岚山市卫生健康委员会2021年工作总结"]


def test_a_title_under_the_line_of_its_issuer():
    from minerals.documents import split

    text = "湖口县血防领导小组办公室\n2016年血防工作总结及2017年工作计划\n" + ARTICLE
    assert [d.title for d in split(normalise(text).text)] == ["湖口县血防领导小组办公室2016年血防工作总结及2017年工作计划"]


def test_a_plan_says_last_year_of_the_year_before_it_plans(tmp_path):
    """青岚县卫生局2010年卫生工作计划: 去年 is 2009, and what was done then is no 2010 target."""
    from minerals.pipeline import process

    path = tmp_path / "plan.txt"
    path.write_text("青岚县卫生局2010年卫生工作计划\n去年全县参合率为94.7%,筹集基金3862万元。\n今年力争参合率达到96%以上。\n",
                    encoding="utf-8")
    facts = process(path).facts
    assert [(f["value"], f["role"], f["year"]) for f in facts] == [(94.7, "actual", 2009), (3862, "actual", 2009),
                                                                  (96, "target", 2010)]


_SPEECH_REVIEW = ("一、充分肯定过去一年取得的成绩\n去年全县总诊疗人次达到186.4万人次,比上年下降4.2%。"
                  "全县居民电子健康档案建档率达到91.3%,高血压患者规范管理率73.5%。\n")


@pytest.mark.parametrize("text,expected", [
    # 截至目前 and a day of the year in a speech given in February 2021 on 2020: what is done by the day it is given
    ("在全县卫生健康工作会议上的讲话\n(2021年2月26日)\n副县长 王某某\n同志们:\n" + _SPEECH_REVIEW
     + "二、准确把握今年工作的目标任务\n全县总诊疗人次力争达到200万人次以上。"
       "截至目前,全县已累计接种新冠疫苗3.2万剂次,完成首批接种任务的96%。\n",
     [(1864000, "actual", 2020), (4.2, "actual", 2020), (91.3, "actual", 2020), (73.5, "actual", 2020),
      (2000000, "target", 2021), (32000, "actual", 2021), (96, "actual", 2021)]),
    ("在全市卫生健康工作会议上的讲话\n副市长 陈某某\n(2023年2月17日)\n同志们:\n" + _SPEECH_REVIEW.replace("去年全县", "过去一年,全县")
     + "二、压实责任,确保各项任务落地见效\n截至2月15日,全市已完成60岁以上老年人加强免疫接种12.3万人。\n",
     [(1864000, "actual", 2022), (4.2, "actual", 2022), (91.3, "actual", 2022), (73.5, "actual", 2022),
      (123000, "actual", 2023)]),
])
def test_a_speech_says_now_of_the_day_it_is_given(tmp_path, text, expected):
    """A speech at the year's work meeting, given early in the year, reviews the year before; its 今年,
    截至目前 and 截至2月15日 are of the year it is given in."""
    from minerals.pipeline import process

    path = tmp_path / "speech.txt"
    path.write_text(text, encoding="utf-8")
    assert [(f["value"], f["role"], f["year"]) for f in process(path).facts] == expected


def test_a_speech_glued_after_another_article_is_its_own_document():
    """A sharing site's page that runs a speech on after a short notice of another office: the speech,
    under its title and the day it was given, is a document of its own (the notice is too short to be one)."""
    from minerals.documents import describe, split

    text = ("关于加强农村饮水安全工作的实施意见\n\n各乡镇人民政府,县直各单位:为进一步巩固农村饮水安全成果,县政府决定"
            "在全县范围内开展农村供水工程提质行动。到2022年底,全县农村自来水普及率达到95%以上。各乡镇要于每季度末报送工作进展情况。\n"
            "(此件公开发布)\n上一篇:关于加强农村饮水安全工作的实施意见 下一篇:在全县卫生健康工作会议上的讲话\n\n"
            "在全县卫生健康工作会议上的讲话\n(2021年2月26日)\n副县长 王某某\n\n同志们:\n" + ARTICLE * 2)
    docs = [describe(d) for d in split(normalise(text).text)]
    assert [d.title for d in docs] == ["在全县卫生健康工作会议上的讲话"]
    assert "农村自来水普及率" not in docs[0].text


@pytest.mark.parametrize("header", ["相关文档推荐:", "相关阅读", "延伸阅读:"])
def test_an_article_glued_after_a_sites_related_links_is_its_own_document(header):
    """A site's list of related documents ends the report; the article after its links is
    another document (a school's, here: no bureau's, so no facts of the county's plan)."""
    from minerals.documents import describe, split

    text = ("甲县卫生健康局2019年工作总结精品文档可编辑\n" + ARTICLE + "三、2020年工作打算\n力争签约率达到45%。\n"
            f"{header}\n2019年县卫生健康局工作总结范文5篇\n乡镇卫生院2019年工作总结(精选)\n\n小学卫生工作总结\n"
            + "本学期,我校组织全体学生进行了健康体检,体检率达98.5%,举办卫生知识讲座4次,全校学生1260人。\n" * 3)
    docs = [describe(d) for d in split(normalise(text).text)]
    assert [(d.title, d.type) for d in docs] == [("甲县卫生健康局2019年工作总结", "summary_and_plan"), ("小学卫生工作总结", "other")]
    assert header not in docs[0].text and "范文5篇" not in docs[1].text


def test_text_without_full_stops_is_read_in_clauses(tmp_path):
    """A 90,000-character line with 3,000 facts: cut at clause breaks into sentences of at
    most 600 characters, every fact found once and led back to its own clause."""
    from minerals.pipeline import process

    clause = "全县孕产妇住院分娩率达{}%,"
    path = tmp_path / "report.txt"
    path.write_text("某县卫生健康局2019年工作总结\n" + "".join(clause.format(90 + n % 10) for n in range(3000)), encoding="utf-8")
    facts = process(path).facts
    assert [f["value"] for f in facts] == [90 + n % 10 for n in range(3000)]
    assert {f["indicator_key"] for f in facts} == {"hospital_delivery_rate"}
    assert max(len(f["sentence"]) for f in facts) <= 600
    assert all(f["sentence"].endswith(",") for f in facts)


@pytest.mark.parametrize("heading,role", [
    ("二、重点工作推进情况", "results"),  # 重点工作 that were pushed on: done
    ("二、2019年工作计划完成情况", "results"),
    ("二、各项重点工作稳步推进", "results"),
    ("二、重点工作取得新突破", "results"),
    ("二、2020年重点工作", "plan"),
    ("二、2020年重点工作安排", "plan"),
    ("二、下一步工作打算", "plan"),
    ("二、存在的问题", "problems"),
    ("二、计划生育工作", "results"),  # the work of family planning, not a plan
    ("二、计划免疫", "results"),
    ("二、免疫规划工作", "results"),  # the immunisation programme, not a plan
    ("二、卫生健康事业发展规划", "plan"),
    ("二、有关建议", "plan"),  # what is asked for is to be done
    ("二、重点工作进展", "results"),
    ("二、规划背景", "results"),  # the background of a 规划 looks back
    ("二、“十三五”规划目标全面完成", "results"),  # goals met are results
    ("二、面临形势", "problems"),
    ("二、存在问题及建议", "problems"),
    ("二、项目支出:指为完成特定行政任务和事业发展目标所发生的支出", "results"),  # a term and what it means
    ("二、农村义务教育学生营养改善计划", "results"),  # a programme, not a plan
    ("二、准确把握今年工作的目标任务", "plan"),  # a speech at the year's work meeting: this year's targets and tasks
    ("二、突出重点,全力推进2023年各项工作", "plan"),  # …and the work it sets for the year
])
def test_section_roles(heading, role):
    from minerals.documents import Document, describe

    text = f"某县卫生健康局2019年工作总结\n一、主要工作\n全年门诊量12万人次。\n{heading}\n全县签约率达到70%。\n"
    doc = describe(Document(seq=1, title="某县卫生健康局2019年工作总结", start=0, end=len(text), text=text))
    assert [(s.title, s.role) for s in doc.sections] == [("主要工作", "results"), (heading[2:], role)]


@pytest.mark.parametrize("heading,title,role", [
    ("第二部分 明年工作要点", "明年工作要点", "plan"),
    ("第二部分:存在的问题", "存在的问题", "problems"),
])
def test_parts_head_sections_too(heading, title, role):
    from minerals.documents import Document, describe

    text = f"某县卫生健康局2019年工作总结\n一、主要工作\n全年门诊量12万人次。\n{heading}\n全县签约率达到70%。\n"
    doc = describe(Document(seq=1, title="某县卫生健康局2019年工作总结", start=0, end=len(text), text=text))
    assert [(s.title, s.role) for s in doc.sections] == [("主要工作", "results"), (title, role)]


@pytest.mark.parametrize("heading", ["2020年工作思路", "下一步工作打算", "明年工作重点", "2020年卫生健康工作要点"])
def test_a_plan_heading_on_a_line_of_its_own_needs_no_number(heading):
    from minerals.documents import Document, describe

    text = f"某县卫生健康局2019年工作总结\n一、主要工作\n全年门诊量12万人次。\n{heading}\n全县签约率达到70%。\n"
    doc = describe(Document(seq=1, title="某县卫生健康局2019年工作总结", start=0, end=len(text), text=text))
    assert [(s.title, s.role) for s in doc.sections] == [("主要工作", "results"), (heading, "plan")]
    assert doc.type == "summary_and_plan"


def test_a_plan_reports_the_year_before_under_a_heading_that_looks_back():
    """三、2018年基本情况 in the plan for 2019 is results, and dates no plan."""
    from minerals.documents import Document, describe

    text = ("西岭县卫生健康局2019年工作计划\n一、总体目标\n居民健康素养水平提高到20%。\n二、2018年基本情况\n"
            "2018年全县总诊疗人次为268万人次。\n三、保障措施\n加强组织领导。\n")
    doc = describe(Document(seq=1, title="西岭县卫生健康局2019年工作计划", start=0, end=len(text), text=text))
    assert [(s.title, s.role) for s in doc.sections if s.title != doc.title] == [
        ("总体目标", "plan"), ("2018年基本情况", "results"), ("保障措施", "plan")]
    assert (doc.type, doc.report_year, doc.plan_year) == ("plan", None, 2019)


def test_a_plans_foundation_is_the_year_before(tmp_path):
    """一、发展基础 in the plan for 2025: the results of 2024, in every sentence of it."""
    from minerals.pipeline import process

    path = tmp_path / "plan.txt"
    path.write_text("南湖区卫生健康局2025年工作计划\n一、发展基础\n2024年,全区卫生健康事业稳步发展。全区每千人口医疗卫生机构床位数5.86张。"
                    "全年卫生健康财政支出6.72亿元。\n二、2025年主要目标\n每千人口医疗卫生机构床位数达到6.2张。\n", encoding="utf-8")
    facts = process(path).facts
    assert [(f["value"], f["role"], f["year"], f["indicator_key"]) for f in facts] == [
        (5.86, "actual", 2024, "beds_per_1000"), (67200, "actual", 2024, "gov_health_spending"),
        (6.2, "target", 2025, "beds_per_1000")]


def test_weak_plan_heading_before_a_plan_heads_results():
    """二、重点工作 before 三、2024年工作计划 reports the year's work; alone it is the plan."""
    from minerals.documents import Document, describe

    text = ("北川县卫生健康局2023年工作总结\n一、主要指标\n全县人均预期寿命78.9岁。\n二、重点工作\n全县总诊疗人次98.6万人次。\n"
            "三、2024年工作计划\n居民健康素养水平达到30%。\n")
    doc = describe(Document(seq=1, title="北川县卫生健康局2023年工作总结", start=0, end=len(text), text=text))
    assert [(s.title, s.role) for s in doc.sections] == [("主要指标", "results"), ("重点工作", "results"),
                                                          ("2024年工作计划", "plan")]


def test_a_comparisons_base_dates_no_heading(tmp_path):
    """四、与2018年对比 in a 2019 summary: its results are 2019's, compared with 2018."""
    from minerals.pipeline import process

    path = tmp_path / "report.txt"
    path.write_text("兴和县卫生健康局2019年健康扶贫工作总结\n一、主要工作\n全县贫困人口参保率100%。\n四、与2018年对比\n"
                    "与2018年相比,县域内就诊率由85.6%提高到90.8%;因病致贫返贫户减少1285户。\n", encoding="utf-8")
    facts = {f["surface"]: (f["role"], f["year"]) for f in process(path).facts}
    assert facts["85.6%"] == ("baseline", 2018) and facts["90.8%"] == ("actual", 2019) and facts["1285户"] == ("actual", 2019)


def test_a_subheadings_year_is_not_the_base_it_compares_with():
    """(四)…经费150万元,较2020年增长25%: a plan's item, for the plan's year."""
    from minerals.documents import Document, describe

    text = ("某区卫生健康局2020年工作总结\n一、主要工作\n全年门诊量12万人次。\n二、2021年工作计划\n"
            "(一)全年监督检查企业300家。\n(二)区财政预算安排职业病防治专项经费150万元,较2020年增长25%。\n")
    doc = describe(Document(seq=1, title="某区卫生健康局2020年工作总结", start=0, end=len(text), text=text))
    items = [doc.section_at(text.index(mark)) for mark in ("(一)", "(二)")]
    assert [(s.role, s.year) for s in items] == [("plan", 2021), ("plan", 2021)]


@pytest.mark.parametrize("heading,role", [
    ("(三)明年工作", "plan"),
    ("(三)下一步工作打算", "plan"),
    ("(三)2014年工作计划", "plan"),
    ("(三)计划生育", "results"),
    ("(三)2013年工作计划完成情况", "results"),
])
def test_subheadings_alone_head_results_or_look_ahead(heading, role):
    """A report headed by (一)… alone: its subsections are results, unless one looks ahead."""
    from minerals.documents import Document, describe

    text = f"卫生局工作总结\n2013年,我区卫生工作顺利推进。\n(一)医疗服务。全区门急诊186.3万人次。\n{heading}。全区建档率达到85%。\n"
    doc = describe(Document(seq=1, title="卫生局工作总结", start=0, end=len(text), text=text))
    assert [(s.title, s.role) for s in doc.sections] == [("医疗服务", "results"), (heading[3:], role)]
    assert (doc.report_year, doc.plan_year) == (2013, 2014 if role == "plan" else None)


BODY = "\n一、主要工作\n全年门诊诊疗12.5万人次,同比增长3.2%。\n二、下一步工作打算\n力争家庭医生签约率达到70%。\n"


@pytest.mark.parametrize("title,doc_type,report_year,plan_year,bureau,region,level", [
    ("江油市卫生和计划生育局2016年工作总结", "summary_and_plan", 2016, 2017, "江油市卫生和计划生育局", "江油市", "county"),
    ("临河区卫生健康局2024年工作计划", "plan", None, 2024, "临河区卫生健康局", "临河区", "district"),
    ("市卫健委2020年工作总结及2021年工作思路", "summary_and_plan", 2020, 2021, "卫健委", None, "city"),
    ("四川省卫生厅2010年工作总结", "summary_and_plan", 2010, 2011, "四川省卫生厅", "四川省", "province"),
    # a city inside a prefecture is county-level; one inside a province is not
    ("恩施土家族苗族自治州利川市卫生计生局2016年度工作总结", "summary_and_plan", 2016, 2017, "利川市卫生计生局", "利川市", "county"),
    ("广东省深圳市卫生健康委员会2019年工作总结", "summary_and_plan", 2019, 2020, "深圳市卫生健康委员会", "深圳市", "city"),
    # a half-year summary plans the second half of the same year
    ("某某区卫生局二〇〇九年上半年工作总结", "summary_and_plan", 2009, 2009, "卫生局", None, "district"),
    ("内蒙古自治区卫生健康委2019年工作总结", "summary_and_plan", 2019, 2020, "内蒙古自治区卫生健康委", "内蒙古自治区",
     "province"),
    ("XX市卫生健康委员会2021年工作总结和2022年工作计划", "summary_and_plan", 2021, 2022, "卫生健康委员会", None, "city"),
    # the office a report works under is not its author
    ("2019年卫生院工作总结\n今年来,在县卫健局的正确领导下,我院圆满完成了各项任务。", "summary_and_plan", 2019, 2020, None, None, None),
    ("社区卫生服务中心2012年工作计划\n我中心将严格按照省卫生厅《社区卫生服务中心建设标准》开展工作。", "plan", None, 2012, None, None, None),
    ("××县卫生局工作总结", "summary_and_plan", None, None, "卫生局", None, "county"),
    # a title in two lines, the office's name (a PDF's running header) and then the report's
    ("江源市卫生和计划生育委员会\n2015年工作总结", "summary_and_plan", 2015, 2016, "江源市卫生和计划生育委员会", "江源市", "city"),
    ("青溪县卫生健康局\n\n青溪县卫生健康局2021年工作总结及2022年工作计划", "summary_and_plan", 2021, 2022, "青溪县卫生健康局",
     "青溪县", "county"),
    # a county or district jieba does not tag as a place is one right before its office
    ("青石县卫生健康局2019年工作总结", "summary_and_plan", 2019, 2020, "青石县卫生健康局", "青石县", "county"),
    # …and one in which jieba finds a two-character county (岚县, 山县)
    ("青岚县卫生局2009年工作总结", "summary_and_plan", 2009, 2010, "青岚县卫生局", "青岚县", "county"),
    ("鹿山县卫生计生局2018年工作总结", "summary_and_plan", 2018, 2019, "鹿山县卫生计生局", "鹿山县", "county"),
    ("鄂尔多斯市东胜区卫生和计划生育委员会2015年工作总结", "summary_and_plan", 2015, 2016, "东胜区卫生和计划生育委员会", "东胜区",
     "district"),
    ("乡镇卫生院2016年工作计划", "plan", None, 2016, None, None, None),
    # a scanned page's year, OCR reading the letter O for its zero
    ("石泉县卫生健康局2O22年工作要点", "plan", None, 2022, "石泉县卫生健康局", "石泉县", "county"),
    # a hospital's report is the hospital's, not its county's: no place for the county's series
    ("青川县人民医院2019年工作总结\n青川县人民医院全年门诊量12万人次,青川县卫健局考核优秀。", "summary_and_plan", 2019, 2020,
     None, None, None),
    # a summary of part of a year plans the rest of that year
    ("浦江县卫生健康局2022年1-10月工作进展情况", "summary_and_plan", 2022, 2022, "浦江县卫生健康局", "浦江县", "county"),
    ("南川市卫生健康局2023年第一季度工作总结", "summary_and_plan", 2023, 2023, "南川市卫生健康局", "南川市", "city"),
    # an 实施方案 is a plan, for the last year it names
    ("健康云岭行动(2020—2030年)实施方案", "plan", None, 2030, None, None, None),
    # a county's disease control or health inspection works for the county; a township's health centre for its township
    ("清河县疾病预防控制中心2018年工作总结", "summary_and_plan", 2018, 2019, "清河县疾病预防控制中心", "清河县", "county"),
    # and so does its maternal and child health hospital, whose rates are the county's
    ("岚平县妇幼保健计划生育服务中心2023年工作总结", "summary_and_plan", 2023, 2024, "岚平县妇幼保健计划生育服务中心", "岚平县", "county"),
    ("清河县妇幼保健院2020年工作总结", "summary_and_plan", 2020, 2021, "清河县妇幼保健院", "清河县", "county"),
    ("新乐市疾病预防控制中心2020年工作总结", "summary_and_plan", 2020, 2021, "新乐市疾病预防控制中心", "新乐市", "county"),
    ("云溪县石门镇中心卫生院2020年工作总结", "summary_and_plan", 2020, 2021, "云溪县石门镇中心卫生院", "云溪县石门镇", "township"),
    ("城关镇卫生院2020年工作总结\n在云溪县卫健局的领导下,我院全年门诊量3万人次。", "summary_and_plan", 2020, 2021,
     "云溪县城关镇卫生院", "云溪县城关镇", "township"),
    # which county's 城关镇 or 城南街道 is unknown: the centre is known, its place is not
    ("城关镇卫生院2020年工作总结", "summary_and_plan", 2020, 2021, "城关镇卫生院", None, None),
    ("城南街道社区卫生服务中心2020年工作总结", "summary_and_plan", 2020, 2021, "城南街道社区卫生服务中心", None, None),
    ("云溪县城南街道社区卫生服务中心2020年工作总结", "summary_and_plan", 2020, 2021, "云溪县城南街道社区卫生服务中心", "云溪县城南街道",
     "township"),
    ("乡镇卫生院2020年工作总结", "summary_and_plan", 2020, 2021, None, None, None),
    # a county named only to compare with is not the report's; a subtitle after dashes is no glued article
    ("关于2018年全县卫生计生事业发展情况的报告\n——在县人大常委会第十四次会议上\n我县每千人口执业医师2.12人,邻近的北川县为2.35人,"
     "而同期北川县仅流失19人。", "summary_and_plan", 2018, 2019, None, None, "county"),
    # a sharing site's page title above the report's own
    ("县卫生监督所2020年度工作总结_文库下载\n下载积分: 10    文档页数: 4页\n\n河东县卫生监督所2020年度工作总结", "summary_and_plan", 2020,
     2021, "河东县卫生监督所", "河东县", "county"),
    ("云溪县合作医疗管理办公室2012年工作总结", "summary_and_plan", 2012, 2013, "云溪县合作医疗管理办公室", "云溪县", "county"),
    # the county's 爱卫办 under its issuer's line, not the office it sits in (设在县卫生健康委)
    ("岳西县爱国卫生运动委员会办公室\n2019年创建国家卫生县城和健康县城工作情况汇报\n2019年,县爱卫办(设在县卫生健康委)推进创建工作。",
     "summary_and_plan", 2019, 2020, "岳西县爱国卫生运动委员会办公室", "岳西县", "county"),
    # a site's page title names the office without its place; the report's own title under it does
    ("2016年区卫计局工作总结及2017年工作计划\n\n东城区卫生和计划生育局2016年工作总结及2017年工作计划", "summary_and_plan", 2016, 2017,
     "东城区卫生和计划生育局", "东城区", "district"),
    # 澂江, as Traditional script writes 澄江
    ("澂江市衛生健康委員會關於2019年出生缺陷綜合防治工作情況的報告", "summary_and_plan", 2019, 2020, "澄江市卫生健康委员会", "澄江市", "county"),
    ("青溪县医疗保障局2021年工作总结", "summary_and_plan", 2021, 2022, "青溪县医疗保障局", "青溪县", "county"),
    # an autonomous county jieba cuts into a place, its peoples and 自治县
    ("石林彝族自治县卫生健康局2019年工作总结", "summary_and_plan", 2019, 2020, "石林彝族自治县卫生健康局", "石林彝族自治县", "county"),
    # a report on the work's progress is a summary, with its plan for the rest of the year
    ("浦江县卫生健康局2022年1-9月工作进展情况及第四季度工作打算", "summary_and_plan", 2022, 2022, "浦江县卫生健康局", "浦江县", "county"),
    # five-year periods and 规划 date a title too
    ("平武县卫生健康局“十三五”工作总结及“十四五”工作规划", "summary_and_plan", 2020, 2025, "平武县卫生健康局", "平武县", "county"),
    ("平武县卫生健康局2021-2023年工作规划", "plan", None, 2023, "平武县卫生健康局", "平武县", "county"),
    # an unnamed bureau that says 我县 in its opening is a county's
    ("卫生局年度工作总结范文篇1\n20xx年,我县卫生工作在县委、县政府的领导下全面完成了各项目标任务。", "summary_and_plan", None, None,
     "卫生局", None, "county"),
    # the city a county's report names most is not the county: its level says so
    ("卫生健康局2020年工作总结\n2020年,我县卫生工作在南宁市卫健委的指导下推进。南宁市下达的任务全面完成。", "summary_and_plan", 2020, 2021,
     "卫生健康局", None, "county"),
])
def test_title_metadata(tmp_path, title, doc_type, report_year, plan_year, bureau, region, level):
    """Type, years and place from a title; a masked place name (某某区, XX市) stays unknown, its level does not."""
    from minerals.pipeline import process

    path = tmp_path / "report.txt"
    path.write_text(title + BODY, encoding="utf-8")
    doc = process(path).documents[0]
    assert (doc["type"], doc["report_year"], doc["plan_year"]) == (doc_type, report_year, plan_year)
    assert (doc["bureau"], doc["region"], doc["level"]) == (bureau, region, level)


def test_a_pages_breadcrumbs_do_not_title_its_report(tmp_path):
    from minerals.pipeline import process

    path = tmp_path / "page.html"
    path.write_text("<html><head><meta charset='utf-8'></head><body><div><a href='/'>首页</a> &gt; <a href='/zj/'>工作总结</a></div>"
                    "<div><h2>石泉县卫生计生局2018年工作总结</h2><p>2018年,全县住院分娩率100%,婴儿死亡率4.12‰。</p>"
                    "<p>全县新农合参合率达到98.96%,人均筹资标准达到690元。</p></div></body></html>", encoding="utf-8")
    doc = process(path).documents[0]
    assert (doc["title"], doc["region"], doc["report_year"]) == ("石泉县卫生计生局2018年工作总结", "石泉县", 2018)


def test_the_signature_names_the_bureau_the_body_names_without_its_place(tmp_path):
    from minerals.pipeline import process

    path = tmp_path / "report.txt"
    path.write_text("关于2017年度工作总结的报告\n2017年,县卫计局在县委、县政府的正确领导下,全县住院分娩率100%。\n特此报告。\n"
                    "寿宁县卫生和计划生育局\n2018年1月15日\n", encoding="utf-8")
    doc = process(path).documents[0]
    assert (doc["bureau"], doc["region"], doc["level"], doc["report_year"]) == ("寿宁县卫生和计划生育局", "寿宁县", "county", 2017)


def test_a_half_year_summary_results_join_no_yearly_series(tmp_path):
    """安宁县卫生局2011年上半年工作总结: its counts are half a year's, its rates are where the
    year stood at its middle (set beside the year's target they would read as missed); its
    plan for the year is the year's."""
    from minerals.pipeline import process

    path = tmp_path / "report.txt"
    path.write_text("安宁县卫生局2011年上半年工作总结\n一、主要工作\n全县新建村卫生室12所,住院分娩率98.6%。"
                    "住院分娩率年度目标95%。\n二、下半年工作打算\n全年新建村卫生室20所。\n", encoding="utf-8")
    result = process(path)
    assert [(f["value"], f["role"], f["year"], f["indicator_key"]) for f in result.facts] == [
        (12, "actual", 2011, None), (98.6, "actual", 2011, None), (95, "target", 2011, "hospital_delivery_rate"),
        (20, "target", 2011, "new_village_clinics")]


@pytest.mark.parametrize("title,key", [
    ("安宁县卫生局2011年年中工作总结", None),  # the middle of a year: where it stood then
    ("安宁县卫生局2011年中医药工作总结", "hospital_delivery_rate"),  # 年中医药 is no middle of a year
])
def test_a_title_of_part_of_a_year(tmp_path, title, key):
    from minerals.pipeline import process

    path = tmp_path / "report.txt"
    path.write_text(f"{title}\n一、主要工作\n全县住院分娩率98.6%。\n", encoding="utf-8")
    assert [f["indicator_key"] for f in process(path).facts] == [key]


@pytest.mark.parametrize("text,report_year,plan_year", [
    # the plan year is the year before the plan word, not the first year of the title
    ("桐庐县卫生计生局关于2017年工作总结及2018年工作思路的报告\n全县门诊诊疗12.5万人次。\n", 2017, 2018),
    # a body that opens with its half year dates a title without a year
    ("关于上半年工作总结的报告\n青川县卫生局\n2013年上半年,全县新农合参合率达到98.5%。\n", 2013, None),
])
def test_years_without_a_plan_section(tmp_path, text, report_year, plan_year):
    from minerals.pipeline import process

    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    doc = process(path).documents[0]
    assert (doc["report_year"], doc["plan_year"]) == (report_year, plan_year)


@pytest.mark.parametrize("text,facts", [
    # 到2025年,… opens a sentence of the plan, not the report: the title's 2020 stands
    ("安州区卫生健康局2020年工作总结和“十四五”工作思路\n一、2020年工作回顾\n全年全区医疗机构总诊疗人次146.2万人次。\n"
     "二、“十四五”工作思路\n到2025年,全区人均预期寿命达到78.5岁。\n", [(1462000, "actual", 2020), (78.5, "target", 2025)]),
    # 三、“十四五”发展目标 before 四、2021年工作计划 is a plan all the same, due by 2025
    ("某县卫生健康局2020年工作总结\n一、主要工作\n全年门诊量12万人次。\n三、“十四五”发展目标\n全县新增床位800张。\n"
     "四、2021年工作计划\n全县家庭医生签约率达到70%。\n", [(120000, "actual", 2020), (800, "target", 2025), (70, "target", 2021)]),
])
def test_a_five_year_plan_beside_the_summary_dates_its_targets_not_the_report(tmp_path, text, facts):
    from minerals.pipeline import process

    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    result = process(path)
    assert (result.documents[0]["report_year"], result.documents[0]["plan_year"]) == (2020, 2021)
    assert [(f["value"], f["role"], f["year"]) for f in result.facts] == facts


@pytest.mark.parametrize("text,report_year,plan_year", [
    # a plan without a year in its title is for the year its opening looks ahead to
    ("卫生院工作计划\n2016年,我院将继续做好基本公共卫生服务工作,力争居民健康档案建档率达到85%以上。\n", None, 2016),
    ("卫生院工作计划\n为了做好2016年卫生工作,特制定计划如下:高血压患者规范管理率达到65%。\n", None, 2016),
    # one that opens with the past year's results plans the year after
    ("卫生院工作计划\n2015年,我院取得了一定成绩,居民健康档案建档率达到80%。\n一、工作目标\n建档率达到85%。\n", 2015, 2016),
])
def test_plan_years(tmp_path, text, report_year, plan_year):
    from minerals.pipeline import process

    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    doc = process(path).documents[0]
    assert (doc["type"], doc["report_year"], doc["plan_year"]) == ("plan", report_year, plan_year)


SCANNED_TEXTS = [
    "恭城瑶族自治县卫生健康局", "双江拉祜族佤族布朗族傣族自治县", "据某某某某某自治县统计", "全县各乡镇卫生院和区市县",
    "卫生局某某县卫生局", "据悉某某某某某某某某自治区卫生健康委", "印发了殷都区卫健委文件", "市场县域民族区", "旗县区三级", "",
    "卫生工作总结篇1\n正文。\n卫生工作总结篇2 \n  卫生工作总结 3\n达到95\n12\n", "工作总结1",
]


@pytest.mark.parametrize("text", SCANNED_TEXTS + [p.read_text(encoding="utf-8", errors="replace")
                                                for p in sorted(SEEDS.glob("*.txt"))])
def test_scans_find_what_the_whole_patterns_find(text):
    """The place, bureau and numbered-title scans, which try only near a 县/区/市/旗, an
    office name or a digit at a line end, find exactly what their patterns find."""
    from minerals import documents

    assert [m.span() for m in documents._numbered(text)] == [m.span() for m in documents._NUMBERED.finditer(text)]
    assert documents._place_names(text) == documents._place_pattern().findall(text)
    fast, whole = documents._bureau(text), documents._BUREAU.search(text)
    assert (fast.span(), fast.group()) == (whole.span(), whole.group()) if whole else fast is None


GLUED = ("云溪县卫生和计划生育局2018年工作总结 2018年,全县卫生工作稳步推进。\n" + ARTICLE
         + "三、2019年工作打算 一是电子建档率稳定在90%以上;二是家庭医生签约率提高到40%。{title}今年以来,石门县卫生计生局"
         "围绕年初确定的目标任务,狠抓落实。全县14家公立医院全部取消药品加成,药品收入占比由36.2%下降到31.5%;县域医共体覆盖乡镇"
         "卫生院16所。全县适龄儿童免疫规划疫苗接种率96.8%,肺结核患者规则服药率93.5%。兑现奖励扶助资金562.4万元,惠及6542人。\n")


@pytest.mark.parametrize("title,second,fact", [
    ("石门县卫生计生局2018年度工作总结 ", ("石门县卫生计生局2018年度工作总结", "石门县"), (31.5, "药品收入占比")),
    # an institution's, of the same county, glued into the line with no break, its own opening year after it:
    # the title's words are no part of the first sentence's names
    ("云溪县城关镇卫生院2018年工作总结2018年,我院管理高血压患者2316人,规范管理率70.2%。",
     ("云溪县城关镇卫生院2018年工作总结", "云溪县城关镇"), (70.2, "高血压患者规范管理率")),
    # a reply to a deputy's proposal, its title above the salutation
    ("\n对县十八届人大二次会议第27号建议的答复\n张卫平代表:\n您提出的《关于解决农村群众看病难问题的建议》收悉,现答复如下:\n2018年,全县卫生工作稳步推进。",
     ("对县十八届人大二次会议第27号建议的答复", "石门县"), (31.5, "药品收入占比")),
    # a whole report's title on lines of its own, of a place the text before names
    ("\n云溪县卫生和计划生育局2018年度卫生计生工作总结\n", ("云溪县卫生和计划生育局2018年度卫生计生工作总结", "云溪县"), (31.5, "药品收入占比")),
    # …in two lines, its office above its year
    ("\n石门县卫生计生局\n2018年度工作总结\n", ("石门县卫生计生局2018年度工作总结", "石门县"), (31.5, "药品收入占比")),
    # …of a public body, under a portal's fields
    ("\n发布机构:石门县卫生计生局\n成文日期:2019年01月14日\n石门县疾病预防控制中心2018年工作总结\n",
     ("石门县疾病预防控制中心2018年工作总结", "石门县"), (96.8, "适龄儿童免疫规划疫苗接种率")),
    # …a report of any kind (自查报告), of a hidden place (YY县) under a site's tag
    ("\n石门县卫生计生局关于2018年度健康扶贫工作的自查报告\n", ("石门县卫生计生局关于2018年度健康扶贫工作的自查报告", "石门县"),
     (31.5, "药品收入占比")),
    ("\n【精品推荐】YY县卫生局2018年卫生工作总结\n", ("YY县卫生局2018年卫生工作总结", None), (31.5, "药品收入占比")),
    # a title that names no owner, a page's start by the debris around it: a sharing site's title restated, a post's byline
    ("\n2018年卫生计生工作总结(卫计局)\n1、高品质文档2018年卫生计生工作总结(卫计局)\n", ("2018年卫生计生工作总结(卫计局)", None),
     (31.5, "药品收入占比")),
    # …a sharing site's page glued after the site's furniture, its first page stub the only line that titles it
    ("\n您可能关注的文档2018年卫生计生工作总结(卫计局)_第1页\n2018年卫生计生工作总结(卫计局)_第2页\n"
     "已阅读2页,还剩1页未读, 继续免费阅读\n\n1、高品质文档2018年卫生计生工作总结(卫计局) ",
     ("2018年卫生计生工作总结(卫计局)", None), (31.5, "药品收入占比")),
    ("\n权威发布|2018年,石门县卫生计生工作交出亮眼答卷!\n健康石门2019-01-08 18:30发表于湖南\n",
     ("权威发布|2018年,石门县卫生计生工作交出亮眼答卷", "石门县"), (31.5, "药品收入占比")),
])
def test_an_article_glued_on_without_a_header_is_a_document_of_its_own(tmp_path, title, second, fact):
    """A report's whole title, of an office of a place the text before never names, glued
    after another article's last sentence: its results are 石门县's of 2018, not 云溪县's
    targets for 2019; and the first title ends where its body starts."""
    from minerals.pipeline import process

    path = tmp_path / "report.txt"
    path.write_text(GLUED.format(title=title), encoding="utf-8")
    result = process(path)
    assert [(d["title"], d["region"], d["report_year"]) for d in result.documents] == [
        ("云溪县卫生和计划生育局2018年工作总结", "云溪县", 2018), (*second, 2018)]
    facts = [(f["value"], f["indicator"], f["role"], f["year"]) for f in result.facts if f["document_id"] == result.documents[1]["id"]]
    assert (*fact, "actual", 2018) in facts and "target" not in {role for _, _, role, _ in facts}


@pytest.mark.parametrize("masthead,issue,title", [
    ("云溪县卫生健康工作简报", "2018年第12期(总第40期)", "云溪县卫生健康工作简报2018年第12期"),
    ("卫生计生工作动态", "第 3 期", "卫生计生工作动态第3期"),
])
def test_a_bulletins_issue_glued_on_is_a_document_of_its_own(masthead, issue, title):
    """A bulletin's masthead with its issue on the line below starts an article, wherever a site glued it,
    titled by both."""
    from minerals.documents import split

    text = GLUED.format(title="\n" + masthead + "\n" + issue + "\n") + "【医疗服务】11月,全县门诊量3.2万人次。\n" * 8
    assert [d.title for d in split(normalise(text).text)][1:] == [title]


@pytest.mark.parametrize("title", [
    "\n云溪县卫生和计划生育局2018年工作总结\n",  # the report's own title, repeated as a running header
    "参照石门县卫生计生局2018年度工作总结的做法,",  # a title quoted in a sentence
    "\n参照石门县卫生计生局2018年度工作总结\n",  # …alone on a line
    "\n四、2019年工作计划\n",  # a section's heading
    "\n附件\n石门县卫生计生局2018年度工作总结\n",  # an appendix's title
])
def test_a_title_in_the_text_that_heads_no_glued_article(title):
    from minerals.documents import split

    assert len(split(normalise(GLUED.format(title=title)).text)) == 1


@pytest.mark.parametrize("sign_off,titles", [
    # a report signed and dated, then the plan its title names, under its own title: a report of its own
    ("云溪县卫生健康局\n2019年1月8日\n", ["云溪县卫生健康局2018年工作总结和2019年工作计划", "云溪县卫生健康局2019年工作计划"]),
    ("云溪县卫生健康局\n2019年1月8日\n**********\n", ["云溪县卫生健康局2018年工作总结和2019年工作计划", "云溪县卫生健康局2019年工作计划"]),
])
def test_a_plan_its_title_names_after_a_signed_report(sign_off, titles):
    """The plan part of a report under its own title is no report of its own (test_sections, office_titled_plan_part),
    but once the report is signed off, a plan with that title is another file's, glued on."""
    from minerals.documents import split

    text = ("云溪县卫生健康局2018年工作总结和2019年工作计划\n" + ARTICLE + "二、2019年工作计划\n力争签约率达到45%。\n" + sign_off
            + "云溪县卫生健康局2019年工作计划\n" + "全县高血压患者规范管理率力争达到80%,糖尿病患者规范管理率力争达到75%。\n" * 4)
    assert [d.title for d in split(normalise(text).text)] == titles


@pytest.mark.parametrize("lines,title", [
    # the second line of a title that names a second report
    ("清水县卫生和计划生育局2016年工作总结\n暨2017年工作计划", "清水县卫生和计划生育局2016年工作总结暨2017年工作计划"),
    # an issuer's line, then a title that says what the report is about
    ("岳西县爱国卫生运动委员会办公室\n2019年创建国家卫生县城和健康县城工作情况汇报", "岳西县爱国卫生运动委员会办公室2019年创建国家卫生县城和健康县城工作情况汇报"),
    # a running header that starts like a title's second line (和平县) is no part of it
    ("和平县卫生局2012年工作总结\n和平县卫生局2012年工作总结", "和平县卫生局2012年工作总结"),
])
def test_a_title_in_two_lines(lines, title):
    from minerals.documents import split

    assert [d.title for d in split(normalise(lines + "\n" + ARTICLE).text)] == [title]


@pytest.mark.parametrize("item,section", [
    # an item that states a quantity is the plan's text, for the plan's year
    ("(三)新增医养结合机构3家,医养结合床位达到3000张。", ("2023年工作计划", "plan", 2023)),
    ("(二)年内完成县中医医院门诊综合楼建设,总投资3800万元,建筑面积12000m2;启动迁建前期工作。", ("2023年工作计划", "plan", 2023)),
    # …headed by its label where it has one
    ("(四)基层能力:年内完成8个乡镇卫生院标准化建设,每个投资约150万元。", ("基层能力", "plan", 2023)),
    # …and a subsection still where its year is its own
    ("(五)到2025年,建成县级心理危机干预中心1个。", ("到2025年,建成县级心理危机干预中心1个", "plan", 2025)),
    # counts in words, and a note in brackets, are what a heading is about
    ("(一)三项核心指标持续向好。", ("三项核心指标持续向好", "plan", 2023)),
    ("(一)加分项目(总加分不超过50分)。", ("加分项目(总加分不超过50分)", "plan", 2023)),
])
def test_a_list_item_that_states_a_quantity_is_no_heading(item, section):
    from minerals.documents import Document, describe

    text = "某县卫生健康局2022年工作总结\n一、主要工作\n全年门诊量12万人次。\n二、2023年工作计划\n" + item + "\n"
    doc = describe(Document(seq=1, title="某县卫生健康局2022年工作总结", start=0, end=len(text), text=text))
    found = doc.section_at(text.index(item) + len(item) - 2)
    assert (found.title, found.role, found.year) == section


def test_a_fault_in_a_rule_costs_only_its_file(tmp_path):
    """An extractor that fails on one report skips that report, with the fault said; the run
    goes on over the others."""
    from extractors import REGISTRY, SCANS, register

    @register("fails_on_a_word")
    def fails_on_a_word(p):
        if "故障" in p.text:
            raise ValueError("a rule failed")
        return iter(())

    try:
        (tmp_path / "a.txt").write_text("某县卫生局2019年工作总结\n全县门诊人次85万,故障。", encoding="utf-8")
        (tmp_path / "b.txt").write_text("某县卫生局2019年工作总结\n全县门诊人次85万,住院3万人次。", encoding="utf-8")
        db = open_db(tmp_path / "x.db")
        summary = runner.extract(db, [tmp_path])
    finally:
        del REGISTRY["fails_on_a_word"], SCANS["fails_on_a_word"]
    assert summary.extracted == 1 and [name for name, _ in summary.skipped] == ["a.txt"]
    assert "ValueError: a rule failed" in summary.skipped[0][1]
    assert db["facts"].count == 2


def test_a_sentence_said_twice_counts_once(tmp_path):
    """A paragraph a page repeats word for word gives its facts again, marked duplicate; a
    sentence said once is not."""
    (tmp_path / "r.txt").write_text("某县卫生健康局2021年工作总结\n全年下拨基本公共卫生服务资金3160万元。\n"
                                    "全年门诊量12万人次。\n全年下拨基本公共卫生服务资金3160万元。\n", encoding="utf-8")
    db = open_db(tmp_path / "x.db")
    runner.extract(db, [tmp_path])
    rows = list(db.query("SELECT surface, duplicate FROM facts ORDER BY start"))
    assert [(r["surface"], r["duplicate"]) for r in rows] == [("3160万元", 0), ("12万人次", 0), ("3160万元", 1)]


@pytest.mark.parametrize("text,expected", [
    # a post's headline that the paragraph under it states again: the headline's copy is the repeat
    ("疫苗接种|全县累计接种46.8万剂次\n全县累计接种46.8万剂次,其中加强免疫9.2万剂次。\n",
     [("46.8万剂次", 1), ("46.8万剂次", 0), ("9.2万剂次", 0)]),
    # a headline whose figure the text below does not restate keeps it
    ("家庭医生签约|签约率达到48.5%\n全县组建家庭医生团队126个,重点人群签约率达到76.3%。\n",
     [("48.5%", 0), ("126个", 0), ("76.3%", 0)]),
], ids=["headline_restated", "headline_alone"])
def test_a_headlines_figure_restated_below_counts_once(tmp_path, text, expected):
    from minerals.pipeline import process

    path = tmp_path / "post.txt"
    path.write_text("某县卫生健康局2021年工作总结\n" + text, encoding="utf-8")
    assert [(f["surface"], f["duplicate"]) for f in process(path).facts] == expected


def test_a_monthly_of_part_of_a_year_gives_its_year_but_no_yearly_series(tmp_path):
    """江临市卫生健康统计月报 / (2023年1-11月): its values are 2023's, but eleven months' are no year's total."""
    from minerals.pipeline import process

    path = tmp_path / "monthly.txt"
    path.write_text("江临市卫生健康统计月报\n\n(2023年1-11月)\n\n一、医疗服务\n\n1.全市医疗卫生机构总诊疗人次:1386.42万人次。\n",
                    encoding="utf-8")
    facts = process(path).facts
    assert [(f["value"], f["year"], f["indicator_key"]) for f in facts] == [(13864200, 2023, None)]
