"""The same report in another form gives the same documents and facts: researchers meet one
report as a Simplified or a Traditional text, in any common encoding, as a Word file, as a
portal's web page, or copied by a sharing site with its lines among the report's."""
from __future__ import annotations

import html
import io
from collections import Counter
from pathlib import Path

import pytest

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


def _portal_page(text: str) -> tuple[str, bytes]:
    """A county portal's page: the report in its article's frame, between the site's links."""
    title = next(line for line in text.split("\n") if line.strip())
    body = "".join(f"<p>{html.escape(line)}</p>\n" for line in text.split("\n"))
    page = (f"<html><head><meta charset='utf-8'><title>{html.escape(title)}</title></head><body>"
            "<div class='nav'><a href='/'>首页</a> > <a href='/gk'>政务公开</a></div>"
            f"<div class='main'><div id='zoom' class='TRS_Editor'>{body}</div></div>"
            "<div class='foot'>主办单位:县人民政府办公室 技术支持:某某网络公司</div></body></html>")
    return ".html", page.encode("utf-8")


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
