"""Word 97–2003 documents (.doc), made by LibreOffice from the sample reports and a page with a
table: their text as Word shows it, and the facts of their sources."""
from __future__ import annotations

from pathlib import Path

import pytest

from minerals.doc import DocError, text
from minerals.pipeline import process
from minerals.reading import ReadError, read

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


def _locked(data: bytes) -> bytes:
    """The same document with its FIB's fEncrypted flag set, as Word marks one locked by a password."""
    fib = next(at for at in range(0, len(data), 512) if data[at:at + 2] == b"\xec\xa5")  # wIdent, heading its stream
    return data[:fib + 0x0B] + bytes([data[fib + 0x0B] | 0x01]) + data[fib + 0x0C:]


def test_a_text_file_named_doc_is_read_as_text(tmp_path):
    path = tmp_path / "report.doc"
    path.write_bytes((SAMPLES / "linhe_2011_summary_hant.txt").read_text(encoding="utf-8").encode("gb18030"))
    reading = read(path)
    assert reading.format == "txt" and reading.encoding == "gb18030" and "臨河區衛生局" in reading.text


@pytest.mark.parametrize("name,data,reason", [
    ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "not a Word document (damaged)"),
    ("cut.doc", (DOCS / "table.doc").read_bytes()[:3000], "not a Word document (damaged)"),
    ("binary.doc", b"\xd0\xcf\x11\xe0" + bytes(100), "binary file, not text"),
    ("locked.doc", _locked((DOCS / "table.doc").read_bytes()),
     "a Word document locked by a password; remove the password in Word and save it again"),
    ("plan.wps", b"\xd0\xcf\x11\xe0" + bytes(100), "a WPS Office .wps file not in Word's format; save it as .docx"),
])
def test_a_doc_that_cannot_be_read_is_named(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ReadError) as info:
        read(path)
    assert str(info.value) == f"{name}: {reason}"


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
