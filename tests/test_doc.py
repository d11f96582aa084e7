"""Word 97–2003 documents (.doc), made by LibreOffice from the sample reports and a page with a
table: their text as Word shows it, and the facts of their sources."""
from __future__ import annotations

from pathlib import Path

import pytest

from minerals.doc import DocError, text
from minerals.pipeline import process
from minerals.reading import read

DOCS = Path(__file__).parent / "data" / "doc"
SAMPLES = Path(__file__).parents[1] / "corpus" / "samples"


@pytest.mark.parametrize("name,lines", [
    # a table's rows as lines of cells, an empty cell kept in its place; a link shows its words, not its field's code
    ("table.doc", ["清河县卫生健康局2022年工作总结", "全年各项指标完成情况见下表（详见县政府网站）。", "指标\t2021年\t2022年",
                   "孕产妇死亡率\t\t8.2/10万", "婴儿死亡率\t3.1‰\t2.9‰", "\t合计\t",
                   "全县家庭医生签约服务覆盖率达到42.3%，较上年提高1.5个百分点。"]),
    ("qingchuan_2021_summary_table.doc", ["序号\t指标名称\t目标值\t完成值", "3\t孕产妇死亡率\t≤12/10万\t9.6/10万",
                                          "本文由用户上传，如有侵权请联系删除。"]),
    ("linhe_2011_summary_hant.doc", ["臨河區衛生局2011年工作總結", "(四)力爭嬰兒死亡率控制在5‰以內。"]),
])
def test_the_text_of_a_doc(name, lines):
    shown = text((DOCS / name).read_bytes()).splitlines()
    assert all(line in shown for line in lines), shown


@pytest.mark.parametrize("doc,source", [("qingchuan_2021_summary_table.doc", "qingchuan_2021_summary_table.docx"),
                                        ("linhe_2011_summary_hant.doc", "linhe_2011_summary_hant.txt")])
def test_a_doc_gives_the_facts_of_its_source(doc, source):
    def facts(path: Path) -> list[tuple]:
        return [(f["value"], f["unit"], f["kind"], f["role"], f["year"], f["indicator"], f["indicator_key"],
                 f["original_surface"]) for f in process(path).facts]

    assert facts(DOCS / doc) == facts(SAMPLES / source) != []


def test_a_doc_s_table_gives_its_rows_facts():
    facts = {(f["indicator_key"], f["year"]): (f["value"], f["unit"]) for f in process(DOCS / "table.doc").facts}
    assert facts[("maternal_mortality_ratio", 2022)] == (8.2, "/10万")
    assert facts[("infant_mortality_rate", 2021)] == (3.1, "‰")
    assert facts[("infant_mortality_rate", 2022)] == (2.9, "‰")
    assert ("maternal_mortality_ratio", 2021) not in facts  # its empty cell


def test_a_wps_file_in_word_s_format_is_read_as_one(tmp_path):
    path = tmp_path / "plan.wps"
    path.write_bytes((DOCS / "linhe_2011_summary_hant.doc").read_bytes())
    assert read(path).format == "doc" and "臨河區衛生局2011年工作總結" in read(path).text


def test_a_damaged_doc_is_read_or_named_never_raises_otherwise():
    """Bytes changed or cut at random (with this seed, olefile raised OSError and ValueError on some
    before they were named): each is read, or named as a damaged Word document."""
    import random

    data, rnd, named = (DOCS / "table.doc").read_bytes(), random.Random(1), 0
    for _ in range(600):
        damaged = bytearray(data)
        for _ in range(rnd.choice([1, 3, 10])):
            damaged[rnd.randrange(len(damaged))] = rnd.randrange(256)
        try:
            text(bytes(damaged[:rnd.randrange(len(damaged))] if rnd.random() < 0.2 else damaged))
        except DocError:
            named += 1
    assert named > 50
