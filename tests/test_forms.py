"""The same report in another form gives the same documents and facts: researchers meet one
report as a Simplified or a Traditional text, in any common encoding, as a Word file, as a
portal's web page, or copied by a sharing site with its lines among the report's."""
from __future__ import annotations

import html
import io
import re
from collections import Counter
from pathlib import Path

import pytest
from lxml import etree

from conftest import ROOT, SEEDS
from minerals.pipeline import process
from minerals.reading import read

REPORTS = sorted(SEEDS.glob("*.txt")) + sorted((ROOT / "corpus" / "samples").glob("*.txt"))
# A sharing site's lines, as they fall among a copied report's: a page's number, its notices.
SITE_LINES = ["第 {n} 页 共 12 页", "- {n} -", "本文档由用户上传,仅供参考,下载即视为同意《用户协议》",
              "更多精品文档请访问 www.wenku-fanwen.com", "文档下载 | 免费下载本文档需要 10 积分 | 收藏"]


def _traditional(text: str) -> tuple[str, bytes]:
    import opencc

    return ".txt", opencc.OpenCC("s2t.json").convert(text).encode("utf-8")


def _word(text: str) -> tuple[str, bytes]:
    import docx

    document = docx.Document()
    for line in text.split("\n"):
        document.add_paragraph(line)
    data = io.BytesIO()
    document.save(data)
    return ".docx", data.getvalue()


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# A heading's number as a report writes it, which Word keeps in its list's definition instead.
HEADING_NUMBER = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)")
CHINESE_NUMBERS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五"]


def _word_as_written(text: str, edit) -> tuple[str, bytes]:
    """A Word file of the text whose paragraphs `edit` then writes as Word does, each given its
    element, its text and its place, with the document to add parts to."""
    import docx

    document = docx.Document()
    for line in text.split("\n"):
        document.add_paragraph(line)
    for n, paragraph in enumerate(document.paragraphs):
        text = paragraph.text
        if text:
            for run in paragraph._p.findall(W + "r"):
                paragraph._p.remove(run)
            edit(document, paragraph._p, text, n)
    data = io.BytesIO()
    document.save(data)
    return ".docx", data.getvalue()


def _sub(parent, tag: str, text: str | None = None, **attributes):
    element = etree.SubElement(parent, W + tag, {W + k: v for k, v in attributes.items()})
    if text is not None:
        element.text = text
    return element


def _run(parent, text: str):
    return _sub(_sub(parent, "r"), "t", text)


def _tracked(document, p, text: str, n: int) -> None:
    """Every third paragraph's second half inserted with changes tracked, and a deleted clause before every fifth."""
    if n % 5 == 1:
        _sub(_sub(_sub(p, "del", id=str(n), author="a"), "r"), "delText", "全年新增床位9999张,")
    cut = len(text) // 2 if n % 3 == 0 else len(text)
    _run(p, text[:cut])
    if text[cut:]:
        _run(_sub(p, "ins", id=str(1000 + n), author="a"), text[cut:])


def _hidden(document, p, text: str, n: int) -> None:
    """A hidden clause (w:vanish: Word neither shows nor prints it) before every fourth paragraph."""
    if n % 4 == 1:
        run = _sub(p, "r")
        _sub(_sub(run, "rPr"), "vanish")
        _sub(run, "t", "全年新增床位9999张,")
    _run(p, text)


def _fields(document, p, text: str, n: int) -> None:
    """Every fourth paragraph's middle the result of a simple field, its end a complex field's."""
    a, b = (len(text) // 3, 2 * len(text) // 3) if n % 4 == 0 else (len(text), len(text))
    _run(p, text[:a])
    if text[a:]:
        _run(_sub(p, "fldSimple", instr=" DOCPROPERTY 单位 "), text[a:b])
        _sub(_sub(p, "r"), "fldChar", fldCharType="begin")
        _sub(_sub(p, "r"), "instrText", " MERGEFIELD 全年新增床位9999张 ")
        _sub(_sub(p, "r"), "fldChar", fldCharType="separate")
        _run(p, text[b:])
        _sub(_sub(p, "r"), "fldChar", fldCharType="end")


def _text_boxes(document, p, text: str, n: int) -> None:
    """The title and every tenth paragraph in a text box, written twice as Word does (for newer and older readers)."""
    if n and n % 10 != 3:
        _run(p, text)
        return
    mc = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
    alternate = etree.SubElement(_sub(p, "r"), mc + "AlternateContent")
    shape = etree.SubElement(_sub(etree.SubElement(alternate, mc + "Choice", Requires="wps"), "drawing"),
                             "{http://schemas.microsoft.com/office/word/2010/wordprocessingShape}txbx")
    vml = etree.SubElement(_sub(etree.SubElement(alternate, mc + "Fallback"), "pict"), "{urn:schemas-microsoft-com:vml}textbox")
    for holder in (shape, vml):
        _run(_sub(_sub(holder, "txbxContent"), "p"), text)


def _soft_hyphens(document, p, text: str, n: int) -> None:
    """Soft hyphens inside words, as Word's element and as the character, and a tab after a heading's number."""
    run = _sub(p, "r")
    heading = HEADING_NUMBER.match(text)
    if heading:
        _sub(run, "t", heading.group())
        _sub(run, "tab")
        _sub(run, "t", text[heading.end():])
    else:
        _sub(run, "t", text[:4])
        _sub(run, "softHyphen")
        _sub(run, "t", text[4:8] + "\u00ad" + text[8:])


def _numbered(document, p, text: str, n: int) -> None:
    """Headings numbered by a Word list (一、 and （一）), their numbers not in their text; a list
    that starts again (二、 then 一、) is a new list, told to start at its number, as Word writes it."""
    heading = HEADING_NUMBER.match(text)
    _run(p, text[heading.end():] if heading else text)
    if not heading:
        return
    numbering = document.part.numbering_part.element
    if numbering.find(f"{W}abstractNum[@{W}abstractNumId='90']") is None:  # the template has lists of its own
        abstract = _sub(numbering, "abstractNum", abstractNumId="90")
        for level, shown in enumerate(("%1、", "（%2）")):
            lvl = _sub(abstract, "lvl", ilvl=str(level))
            _sub(lvl, "start", val="1")
            _sub(lvl, "numFmt", val="chineseCounting")
            _sub(lvl, "lvlText", val=shown)
    level = 0 if heading.group().endswith("、") else 1
    number = CHINESE_NUMBERS.index(heading.group().strip().strip("、（）")) + 1
    counts = getattr(document, "list_counts", {})  # each level's number so far
    if counts.get(level, 0) + 1 != number or not counts:
        document.list_id = getattr(document, "list_id", 100) + 1
        num = _sub(numbering, "num", numId=str(document.list_id))
        _sub(num, "abstractNumId", val="90")
        _sub(_sub(num, "lvlOverride", ilvl=str(level)), "startOverride", val=str(number))
        counts = {k: v for k, v in counts.items() if k < level}
    counts[level] = number
    counts = {k: v for k, v in counts.items() if k <= level}
    document.list_counts = counts
    numbered = _sub(_sub(p, "pPr"), "numPr")
    _sub(numbered, "ilvl", val=str(level))
    _sub(numbered, "numId", val=str(document.list_id))
    p.insert(0, p[-1])


def _portal_page(text: str) -> tuple[str, bytes]:
    """A county portal's page: the report in its article's frame, between the site's links."""
    body = "".join(f"<p>{html.escape(line)}</p>\n" for line in text.split("\n"))
    return ".html", _portal(text, f"<div id='zoom' class='TRS_Editor'>{body}</div>")


def _framed_page(text: str) -> tuple[str, bytes]:
    """A portal's page whose article is a page of its own inside a frame (<iframe srcdoc>)."""
    article = "<html><body>" + "".join(f"<p>{html.escape(line)}</p>\n" for line in text.split("\n")) + "</body></html>"
    return ".html", _portal(text, f"<iframe srcdoc=\"{html.escape(article)}\" width='100%'></iframe>")


def _portal(text: str, article: str) -> bytes:
    """The portal's page around its article: the report's first line as its title, the site's links."""
    title = next(line for line in text.split("\n") if line.strip())
    return (f"<html><head><meta charset='utf-8'><title>{html.escape(title)}</title></head><body>"
            "<div class='nav'><a href='/'>首页</a> > <a href='/gk'>政务公开</a></div>"
            f"<div class='main'>{article}</div>"
            "<div class='foot'>主办单位:县人民政府办公室 技术支持:某某网络公司</div></body></html>").encode("utf-8")


def _saved_whole(text: str) -> tuple[str, bytes]:
    """The portal's page saved as one file, as a browser or Word saves it: MIME, the page in GBK
    and quoted-printable, its picture a part of its own."""
    import quopri

    page = _portal_page(text)[1].decode("utf-8").replace("charset='utf-8'", "charset='gbk'").encode("gb18030")
    return ".mht", (b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"part\"\r\n\r\n--part\r\n"
                    b"Content-Type: text/html; charset=\"gbk\"\r\nContent-Transfer-Encoding: quoted-printable\r\n"
                    b"Content-Location: http://wjw.example.gov.cn/art/2020/1/6/art_1.html\r\n\r\n"
                    + quopri.encodestring(page).replace(b"\n", b"\r\n") +
                    b"\r\n--part\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--part--\r\n")


def _one_line_pasted_in_gb18030(text: str) -> tuple[str, bytes]:
    """A UTF-8 file with one paragraph pasted in from a GB18030 file, its bytes kept."""
    lines = text.split("\n")
    middle = max(range(len(lines)), key=lambda n: (len(lines[n]) > 10, -abs(n - len(lines) // 2)))
    return ".txt", b"\n".join(line.encode("gb18030" if n == middle else "utf-8") for n, line in enumerate(lines))


def _site_copy(text: str) -> tuple[str, bytes]:
    lines = []
    for i, line in enumerate(text.split("\n")):
        lines.append(line)
        if i % 12 == 11:
            lines.append(SITE_LINES[i // 12 % len(SITE_LINES)].format(n=i // 12 + 2))
    return ".txt", "\n".join(lines).encode("utf-8")


FORMS = {
    "traditional": _traditional,
    "gb18030": lambda text: (".txt", text.encode("gb18030")),
    "utf16": lambda text: (".txt", text.encode("utf-16")),
    "crlf": lambda text: (".txt", text.replace("\n", "\r\n").encode("utf-8")),
    "word": _word,
    "portal_page": _portal_page,
    "site_copy": _site_copy,
    "portal_page_shtml": lambda text: (".shtml", _portal_page(text)[1]),
    "saved_whole_mht": _saved_whole,
    "portal_page_in_a_frame": _framed_page,
    # a portal's "Word" download: a page, a page saved whole or a .docx, named .doc
    "doc_that_is_a_page": lambda text: (".doc", _portal_page(text)[1]),
    "doc_that_is_mht": lambda text: (".doc", _saved_whole(text)[1]),
    "doc_that_is_docx": lambda text: (".doc", _word(text)[1]),
    "utf16_without_bom": lambda text: (".txt", text.encode("utf-16-le")),
    "one_line_pasted_in_gb18030": _one_line_pasted_in_gb18030,
    "word_tracked_changes": lambda text: _word_as_written(text, _tracked),
    "word_fields": lambda text: _word_as_written(text, _fields),
    "word_hidden_text": lambda text: _word_as_written(text, _hidden),
    "word_text_boxes": lambda text: _word_as_written(text, _text_boxes),
    "word_soft_hyphens": lambda text: _word_as_written(text, _soft_hyphens),
    "word_numbered_headings": lambda text: _word_as_written(text, _numbered),
}


def _extracted(path: Path, data: bytes) -> tuple[list, Counter]:
    result = process(path, data, None)
    documents = [(d["bureau"], d["region"], d["type"], d["report_year"], d["plan_year"]) for d in result.documents]
    facts = Counter((f["value"], f["unit"], f["role"], f["year"], f["qualifier"], f["indicator"], f["indicator_key"],
                     f["aspect"]) for f in result.facts if not f["duplicate"])
    return documents, facts


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("report", REPORTS, ids=lambda p: p.stem)
def test_a_report_in_another_form_gives_the_same_facts(report, form):
    text = read(report, report.read_bytes()).text
    documents, facts = _extracted(report, text.encode("utf-8"))
    suffix, data = FORMS[form](text)
    again, facts_again = _extracted(report.with_suffix(suffix), data)
    assert sum(facts.values()) > 10
    assert again == documents
    assert facts_again - facts == Counter() and facts - facts_again == Counter()
