"""Reading every format and encoding reports come in, from fixtures made here; bad input named."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from conftest import SEEDS
from minerals.normalise import normalise
from minerals.documents import split
from minerals.reading import ReadError, decode, read

HANS = "青川县卫生健康局2019年工作总结\n2019年,全县高血压患者规范管理率93.14%,孕产妇系统管理率91.7%,报销医药费1025.65万元。\n"
HANT = "臨河區衛生局2011年工作總結\n2011年,全區高血壓患者規範管理率93.14%,孕產婦系統管理率91.7%,報銷醫藥費1025.65萬元。\n"


@pytest.mark.parametrize("text,encoding,found", [
    (HANS, "utf-8", "utf-8"),
    (HANS, "utf-8-sig", "utf-8-sig"),
    (HANS, "utf-16", "utf-16"),
    (HANS, "gb18030", "gb18030"),
    (HANS, "gbk", "gb18030"),
    (HANS, "gb2312", "gb18030"),
    (HANT, "big5", "big5"),
    (HANT, "utf-8", "utf-8"),
    (HANS, "utf-16-le", "utf-16-le"),  # written without its byte-order mark
    (HANS, "utf-16-be", "utf-16-be"),
])
def test_text_encodings(tmp_path, text, encoding, found):
    path = tmp_path / "report.txt"
    path.write_bytes(text.encode(encoding))
    reading = read(path)
    assert (reading.text, reading.encoding, reading.format) == (text, found, "txt")


# UTF-8 bytes read as GBK that happen to pair up whole (Windows' GBK reads 0x80 as €): nothing lost
GARBLED_WHOLE = "杈惧埌瀹屾垚91.7%36.2涓囦汉娆′负2019骞存姤閿€鍖昏嵂璐瑰崼鐢熷仴搴峰眬闂ㄨ瘖"


@pytest.mark.parametrize("garbled,text,found", [
    # GBK's bytes read one by one as Latin-1 (ËÉÁë…) or Windows-1252, then saved as UTF-8
    (HANS.encode("gbk").decode("latin-1"), HANS, "gb18030 (garbled as GBK or UTF-8 read as Latin-1, restored)"),
    (HANS.encode("gbk").decode("cp1252"), HANS, "gb18030 (garbled as GBK or UTF-8 read as Latin-1, restored)"),
    # UTF-8's bytes read as Latin-1 (é’å·…)
    (HANS.encode("utf-8").decode("latin-1"), HANS, "utf-8 (garbled as GBK or UTF-8 read as Latin-1, restored)"),
    (GARBLED_WHOLE, "达到完成91.7%36.2万人次为2019年报销医药费卫生健康局门诊", "utf-8 (garbled as UTF-8 read as GBK, restored)"),
])
def test_text_garbled_before_it_was_saved_is_put_back(tmp_path, garbled, text, found):
    path = tmp_path / "report.txt"
    path.write_bytes(garbled.encode("utf-8"))
    reading = read(path)
    assert (reading.text, reading.encoding) == (text, found)


@pytest.mark.parametrize("data,text", [
    (HANS.encode("utf-8").replace("。".encode(), "。".encode() + b"\x00\x00"), HANS),  # a stray terminator
    (HANS.encode("gb18030") + bytes(6), HANS),  # a copy's padding
])
def test_a_few_zero_bytes_in_text_are_read_past(tmp_path, data, text):
    path = tmp_path / "report.txt"
    path.write_bytes(data)
    assert read(path).text == text


@pytest.mark.parametrize("raw,text", [
    ("青川县&#21355;&#29983;健康局2019年工作总结", "青川县卫生健康局2019年工作总结"),
    ("家庭医&#x751F;签约服务覆盖率45%", "家庭医生签约服务覆盖率45%"),
    ("2019年,&nbsp;全县报销医药费1025.65万元", "2019年,\xa0全县报销医药费1025.65万元"),
    ("R&D投入, A&B", "R&D投入, A&B"),  # an ampersand of the text itself stays
])
def test_character_references_in_a_text_file_are_read(tmp_path, raw, text):
    path = tmp_path / "report.txt"
    path.write_text(raw + "\n" + HANS, encoding="utf-8")
    assert read(path).text.split("\n")[0] == text


@pytest.mark.parametrize("name", ["page.txt", "page.doc"])
def test_a_web_page_under_a_text_files_name_is_read_as_html(tmp_path, name):
    page = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>青川县卫生健康局2019年工作总结</title></head><body><article>"
            "<h1>青川县卫生健康局2019年工作总结</h1><p>2019年,全县孕产妇系统管理率91.7%,报销医药费1025.65万元。</p></article></body></html>")
    path = tmp_path / name
    path.write_text(page, encoding="utf-8")
    reading = read(path)
    assert reading.format == "html"
    assert reading.text.split("\n")[0] == "青川县卫生健康局2019年工作总结"


@pytest.mark.parametrize("seed", sorted(p.name for p in SEEDS.glob("*.txt")))
def test_seeds_round_trip_through_chinese_encodings(seed):
    text = (SEEDS / seed).read_text(encoding="utf-8")[:3000]
    for encoding in ("gb18030", "big5"):
        try:
            data = text.encode(encoding)
        except UnicodeEncodeError:
            continue  # Big5 has no Simplified characters, GB18030 has everything
        assert decode(data)[0] == text


def test_html_main_text_only(tmp_path):
    page = f"""<html><head><meta charset="gb2312"><title>工作总结</title><script>var x = "广告";</script></head>
    <body><nav><a href="/">首页</a> <a href="/list">工作计划</a> <a>登录注册</a></nav>
    <article><h1>青川县卫生健康局2019年工作总结</h1>{''.join(f'<p>{line}</p>' for line in HANS.splitlines())}
    <p>全年举办健康教育讲座420余次,发放宣传资料3.6万份,组建家庭医生签约服务团队94个,团队成员521人。</p></article>
    <aside><h3>相关文章</h3><ul><li><a href="/a">卫生院工作计划范文</a></li><li><a href="/b">社区卫生工作总结</a></li></ul></aside>
    <footer>下载本文档 版权所有 联系我们</footer></body></html>"""
    path = tmp_path / "report.html"
    path.write_bytes(page.encode("gb18030"))
    reading = read(path)
    assert reading.format == "html"
    assert reading.text.startswith("青川县卫生健康局2019年工作总结\n")  # the page's heading titles the text
    assert "高血压患者规范管理率93.14%" in reading.text
    assert "团队成员521人" in reading.text
    for debris in ("登录注册", "var x", "卫生院工作计划范文", "联系我们"):
        assert debris not in reading.text


def test_a_one_column_layout_table_keeps_its_paragraphs(tmp_path):
    """An older site sets its article in a one-column table: the title cell and each <p> of the
    body cell stay lines of their own, not one | row | of the whole article."""
    page = ("<html><head><meta charset='utf-8'><title>云岭区卫生健康局2023年1-9月工作情况 - 云岭区人民政府</title></head><body>"
            "<table><tr><td>云岭区卫生健康局2023年1-9月工作情况</td></tr><tr><td>发布时间:2023-10-16</td></tr>"
            "<tr><td><p>一、主要工作进展</p><p>前三季度全区门诊量36.2万人次,同比增长8.1%。</p>"
            "<p>二、第四季度工作安排</p><p>全年门诊量力争达到48万人次。</p></td></tr></table></body></html>")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    lines = read(path).text.split("\n")
    assert lines[0] == "云岭区卫生健康局2023年1-9月工作情况"
    assert "二、第四季度工作安排" in lines
    assert not any("|" in line for line in lines)


@pytest.mark.parametrize("image,line", [
    ("<img data-src='a.png' alt='三、存在的问题'>", "三、存在的问题"),
    ("<img data-src='a.png' alt='（二）生育支持'>", "（二）生育支持"),
    ("<img data-src='a.png' alt='04 | 一老一小 生育友好'>", "04 | 一老一小 生育友好"),
    ("<img data-src='a.png' alt='图片'>", None),
    ("<img data-src='a.png' alt='东塘卫健二维码'>", None),
], ids=["numbered", "bracketed", "banner_number", "picture", "qr_code"])
def test_a_heading_set_as_a_picture_is_read_from_its_alt_text(tmp_path, image, line):
    """A WeChat post sets its section headings as pictures and names them in their alt text: the
    heading is a line of the text; a picture's other names (图片, a QR code's) are not."""
    path = tmp_path / "post.html"
    path.write_text("<html><head><meta charset='utf-8'></head><body><h1>松岭县卫生健康局2025年工作总结</h1><div id='js_content'>"
                    + "".join(f"<p>{text}</p>" for text in HANS.splitlines()[:3]) + f"<section>{image}</section>"
                    + "".join(f"<p>{text}</p>" for text in HANS.splitlines()[3:]) + "</div></body></html>", encoding="utf-8")
    lines = read(path).text.split("\n")
    assert (line in lines) if line else all(word not in read(path).text for word in ("图片", "二维码"))


@pytest.mark.parametrize("table,words", [
    ("<table><tr><td>云岭区卫生健康局2023年工作\x0b总结</td></tr><tr><td><p>全区门诊量36.2万人次。</p></td></tr></table>",
     "全区门诊量36.2万人次"),
    ("<table><tr><th>指标名称</th><th>目标值</th><th>完成值</th></tr>"
     "<tr><td>高血压患者规范管理率\x01</td><td>60%</td><td>63.5%</td></tr></table>", "63.5%"),
], ids=["layout_table", "data_table"])
def test_a_control_character_in_a_cell_is_read_past(tmp_path, table, words):
    """lxml parses a page's control characters (\x0b) into its text, and will not set them again."""
    path = tmp_path / "page.html"
    path.write_text(f"<html><body><p>云岭区卫生健康局2023年工作总结</p>{table}</body></html>", encoding="utf-8")
    assert words in read(path).text


@pytest.mark.parametrize("headings,first_line", [
    # a site's header (h1) above the article's own heading (h2), which the page's <title> starts with
    ("<h1>梧桐区人民政府</h1><h2 class=\"title\">梧桐区卫生健康委员会2023年工作总结</h2>", "梧桐区卫生健康委员会2023年工作总结"),
    ("<div class=\"header\"><h1>梧桐区人民政府</h1></div>", "梧桐区卫生健康委员会2023年工作总结_计划总结"),
    ("<h1>梧桐区卫生健康委员会2023年工作总结</h1>", "梧桐区卫生健康委员会2023年工作总结"),
], ids=["site_h1_article_h2", "site_h1_alone", "article_h1"])
def test_a_sites_header_does_not_title_the_article(tmp_path, headings, first_line):
    body = "".join(f"<p>{line}</p>" for line in HANS.splitlines())
    path = tmp_path / "page.html"
    path.write_text(f"<html><head><title>梧桐区卫生健康委员会2023年工作总结_计划总结_梧桐区人民政府</title></head>"
                    f"<body>{headings}<div>{body}</div></body></html>", encoding="utf-8")
    assert read(path).text.split("\n", 1)[0] == first_line


@pytest.mark.parametrize("title,first_line", [
    ("XX区卫生健康局2020年工作总结_XX区人民政府", "XX区卫生健康局2020年工作总结"),
    ("XX县卫生局2019年工作总结 - 某某文库", "XX县卫生局2019年工作总结"),
    ("XX县卫生局2019年工作总结 - 2020年工作计划", "XX县卫生局2019年工作总结 - 2020年工作计划"),
])
def test_a_pages_title_without_its_sites_name(tmp_path, title, first_line):
    """A page without a heading is titled by its <title>, without the site's name after it."""
    body = "".join(f"{line}<br>" for line in HANS.splitlines())
    path = tmp_path / "page.html"
    path.write_text(f"<html><head><title>{title}</title></head><body><div>{body}</div></body></html>", encoding="utf-8")
    assert read(path).text.split("\n", 1)[0] == first_line


@pytest.mark.parametrize("info,line", [
    ("<div class=\"info\">发布时间:2012-01-16 09:32 <span>来源:清水县卫生局</span> 浏览次数:1286</div>",
     "发布时间:2012-01-16 09:32 来源:清水县卫生局 浏览次数:1286"),
    ("<p class=\"info\">发布时间：2023年07月12日\u3000\u3000来源：河西区卫生健康局</p>", "发布时间：2023年07月12日 来源：河西区卫生健康局"),
    # a portal's 政务公开 block, a table of fields, each value in the cell after its name: the office that
    # issues it and the day it was written
    ("<table class=\"gkxx\"><tr><td>索引号：</td><td>11370211MB28536X-2021-00015</td><td>发布机构：</td><td>XX区卫生健康局</td></tr>"
     "<tr><td>主题分类：</td><td>卫生、体育</td><td>成文日期：</td><td>2021-01-18</td></tr></table>", "发布机构:XX区卫生健康局 成文日期:2021-01-18"),
    # …the office beside a publishing line whose 来源 names no place
    ("<table class=\"xxgk\"><tr><td>索引号：</td><td>11451023MB1523876X/2021-00317</td><td>发布机构：</td><td>桐川县卫生健康局</td></tr>"
     "<tr><td>发文日期：</td><td>2021-10-26</td></tr></table><div class=\"info\">来源：县卫生健康局　发布时间：2021-10-26 16:42</div>",
     "发布机构:桐川县卫生健康局 来源：县卫生健康局 发布时间：2021-10-26 16:42"),
    # …or a line of them, where the office that issues it stands beside the day it was written
    ("<div class=\"nav\">网站首页 &gt; 政务公开 &gt; 规划计划</div>"
     "<div class=\"info\">索引号:11513822MB0000123X/2021-00087 发布机构:岚溪县卫生健康局 成文日期:2021-11-26</div>",
     "索引号:11513822MB0000123X/2021-00087 发布机构:岚溪县卫生健康局 成文日期:2021-11-26"),
])
def test_a_pages_publishing_line_stays_under_its_title(tmp_path, info, line):
    """trafilatura drops the line that dates the page and names whose site it is: it is kept."""
    body = "".join(f"<p>{line}</p>" for line in HANS.splitlines())
    path = tmp_path / "page.html"
    path.write_text(f"<html><head><title>XX区卫生健康局2020年工作总结_XX区人民政府</title></head>"
                    f"<body><h1>XX区卫生健康局2020年工作总结</h1>{info}<div>{body}</div></body></html>", encoding="utf-8")
    assert read(path).text.split("\n")[:2] == ["XX区卫生健康局2020年工作总结", line]


def test_docx(tmp_path):
    import docx

    document = docx.Document()
    for line in HANT.splitlines():
        document.add_paragraph(line)
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "住院分娩率"
    table.rows[0].cells[1].text = "100%"
    outer = document.add_table(rows=1, cols=2)  # a table inside a cell, as Word lets one be drawn
    outer.rows[0].cells[0].text = "卫生资源"
    inner = outer.rows[0].cells[1].add_table(rows=2, cols=2)
    for row, (name, value) in zip(inner.rows, [("床位数", "1200张"), ("执业医师", "560人")]):
        row.cells[0].text, row.cells[1].text = name, value
    path = tmp_path / "report.docx"
    document.save(path)
    reading = read(path)
    assert reading.format == "docx"
    assert HANT.splitlines()[1] in reading.text
    assert "住院分娩率\t100%" in reading.text
    assert "卫生资源\t床位数 1200张 执业医师 560人" in reading.text


def _pdf(path, lines, columns=()):
    """A PDF of the lines, one under another, then of each column of lines, side by side under them."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path))
    c.setFont("STSong-Light", 11)
    for n, line in enumerate(lines):
        c.drawString(40, 800 - 16 * n, line)
    for k, column in enumerate(columns):
        for n, line in enumerate(column):
            c.drawString(40 + 240 * k, 800 - 16 * (len(lines) + n), line)
    c.save()


def test_pdf(tmp_path):
    path = tmp_path / "report.pdf"
    _pdf(path, HANS.splitlines())
    reading = read(path)
    assert reading.format == "pdf"
    assert normalise(reading.text).text.replace("\n", "") == normalise(HANS).text.replace("\n", "")


def _encrypted(path, algorithm):
    """The PDF at `path` encrypted as portals do theirs: copying forbidden, opened with no password."""
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=str(path))
    writer.encrypt(user_password="", owner_password="owner", algorithm=algorithm)
    writer.write(str(path))


@pytest.mark.parametrize("algorithm", ["AES-128", "AES-256"])
def test_a_pdf_encrypted_with_no_password_is_read(tmp_path, algorithm):
    plain, path = tmp_path / "plain.pdf", tmp_path / "report.pdf"
    _pdf(plain, HANS.splitlines())
    _pdf(path, HANS.splitlines())
    _encrypted(path, algorithm)
    assert b"/AESV" in path.read_bytes()
    assert read(path).text == read(plain).text


def _with_scans(path, pages, scans, blanks=()):
    """A PDF of `pages` pages of text, the ones numbered in `scans` a picture of a page with no text,
    those in `blanks` left blank."""
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path))
    for n in range(1, pages + 1):
        if n in scans:
            c.drawImage(ImageReader(Image.new("L", (50, 70), 200)), 40, 40, 500, 700)
        elif n not in blanks:
            c.setFont("STSong-Light", 11)
            for k, line in enumerate(HANS.splitlines()):
                c.drawString(40, 800 - 16 * k, line)
        c.showPage()
    c.save()


@pytest.mark.parametrize("pages,scans,blanks,notes", [
    (3, {2}, set(), ("1 of 3 pages has no text (scanned?): its words are not read; OCR the file to read them",)),
    (12, {1, 5, 12}, set(),
     ("3 of 12 pages have no text (scanned?): their words are not read; OCR the file to read them",)),
    # a page left blank, with no picture on it, lost no words
    (4, {3}, {2}, ("1 of 4 pages has no text (scanned?): its words are not read; OCR the file to read them",)),
])
def test_a_pdfs_pages_with_no_text_are_named(tmp_path, pages, scans, blanks, notes):
    path = tmp_path / "report.pdf"
    _with_scans(path, pages, scans, blanks)
    reading = read(path)
    assert reading.notes == notes
    assert HANS.splitlines()[0] in reading.text


@pytest.mark.parametrize("lines,columns,text", [
    # a page set in two columns: each column's lines that run to its edge go on in its next line
    (["三、各乡镇卫生院运行情况,全县乡镇卫生院业务量稳步增长,服务能力明显提升。"],
     [["全县十三个乡镇卫生院全年完成门", "急诊人次五十二万人次,同比增长", "较快。"], ["城关中心卫生院和马坊镇卫生院均", "被评为群众满意的乡镇卫生院,全", "县村卫生室达到一百八十六个。"]],
     "三、各乡镇卫生院运行情况,全县乡镇卫生院业务量稳步增长,服务能力明显提升。\n全县十三个乡镇卫生院全年完成门急诊人次五十二万人次,同比增长较快。\n"
     "城关中心卫生院和马坊镇卫生院均被评为群众满意的乡镇卫生院,全县村卫生室达到一百八十六个。"),
    # a page of one column: short lines that end alike (a portal's fields) are no column's wraps
    (["发布机构:岚平县卫生健康局", "成文日期:2023年12月28日", "发布日期:2024年01月05日", "岚平县妇幼保健计划生育服务中心年度工作总结",
      "一年来,在县委、县政府和县卫生健康局的领导下,我中心以保障母婴安全为核心。"], [],
     "发布机构:岚平县卫生健康局\n成文日期:2023年12月28日\n发布日期:2024年01月05日\n岚平县妇幼保健计划生育服务中心年度工作总结\n"
     "一年来,在县委、县政府和县卫生健康局的领导下,我中心以保障母婴安全为核心。"),
], ids=["two_columns", "one_column_fields"])
def test_a_pdfs_columns(tmp_path, lines, columns, text):
    path = tmp_path / "report.pdf"
    _pdf(path, lines, columns)
    assert read(path).text.strip() == text


def _zip(entries: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return buf.getvalue()


def _packed_by(method: int) -> bytes:
    """A zip holding a Word file's first part, said to be packed by `method` (99: none zipfile knows)."""
    data = bytearray(_zip({"[Content_Types].xml": b"<Types/>"}))
    at = data.find(b"PK\x01\x02")  # the central directory's entry, whose method zipfile believes
    data[at + 10:at + 12] = method.to_bytes(2, "little")
    return bytes(data)


def _damaged_deflate() -> bytes:
    """A zip whose deflated first part starts with a block of a type deflate does not have."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", b"<Types/>" * 100)
    data = bytearray(buf.getvalue())
    data[30 + len("[Content_Types].xml")] = 0xFF  # after the local header: BTYPE 11, reserved
    return bytes(data)


def _locked_pdf() -> bytes:
    """A PDF that opens only with its password."""
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    data = io.BytesIO()
    c = canvas.Canvas(data, encrypt=StandardEncryption("secret", ownerPassword="owner", strength=128))
    c.setFont("STSong-Light", 11)
    c.drawString(40, 800, HANS.splitlines()[0])
    c.save()
    return data.getvalue()


DOCS = Path(__file__).parent / "data" / "doc"  # Word 97–2003 files (tests/test_doc.py)


def _locked_doc(data: bytes) -> bytes:
    """A .doc with its FIB's fEncrypted flag set, as Word marks one locked by a password."""
    fib = next(at for at in range(0, len(data), 512) if data[at:at + 2] == b"\xec\xa5")  # wIdent, heading its stream
    return data[:fib + 0x0B] + bytes([data[fib + 0x0B] | 0x01]) + data[fib + 0x0C:]


@pytest.mark.parametrize("name,data,reason", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\n ", "empty file"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "binary file, not text"),
    ("garbage.txt", bytes([0x81, 0x20, 0xFF, 0xFE, 0x80, 0x41]) * 50, "not valid text in UTF-8, UTF-16, GB18030 or Big5"),
    ("zip.docx", _zip({"hello.txt": b"not a word file"}), "not a valid .docx (KeyError)"),
    ("broken.docx", b"PK\x03\x04 truncated", "not a valid .docx (BadZipFile)"),
    ("packed.docx", _packed_by(99), "not a valid .docx (NotImplementedError)"),
    ("deflate.docx", _damaged_deflate(), "not a valid .docx (damaged compressed data)"),
    ("rich.doc", b"{\\rtf1\\ansi{\\fonttbl{\\f0 \\'cb\\'ce\\'cc\\'e5;}}\\f0 Report\\par}", "no text in RTF"),  # its only Han a font's name
    # UTF-8 read as GBK, its split characters replaced, then saved as UTF-8 (闈掑窛鍘垮崼鐢熷仴搴峰眬…)
    ("garbled.txt", HANS.encode().decode("gbk", errors="replace").encode(), "text garbled before it was saved (UTF-8 read as GBK); "
     "18 characters are lost, so it cannot be put back: find a copy in the original encoding"),
    ("zeros.txt", HANS.encode() + bytes(200), "binary file, not text"),  # zeros too many for a text's strays
    ("empty.html", b"<html><body><nav>home</nav><script>x()</script></body></html>", "no text in HTML"),
    ("notes.md", "会议纪要".encode(), "unsupported file type .md"),
    ("page.mht", "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n会议纪要".encode(),
     "no web page in this .mht file; open it in a browser and save it as .html"),
    ("locked.pdf", _locked_pdf(), "PDF is locked by a password; open it with the password and save a copy without one"),
    ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "not a Word document (damaged)"),
    ("cut.doc", (DOCS / "table.doc").read_bytes()[:3000], "not a Word document (damaged)"),
    ("binary.doc", b"\xd0\xcf\x11\xe0" + bytes(100), "binary file, not text"),
    ("locked.doc", _locked_doc((DOCS / "table.doc").read_bytes()),
     "a Word document locked by a password; remove the password in Word and save it again"),
    ("plan.wps", b"\xd0\xcf\x11\xe0" + bytes(100), "a WPS Office .wps file not in Word's format; save it as .docx"),
    ("own.wps", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "a WPS Office .wps file not in Word's format; save it as .docx"),
])
def test_bad_input_is_named(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ReadError) as info:
        read(path)
    assert str(info.value) == f"{name}: {reason}"


def test_truncated_pdf(tmp_path):
    good = tmp_path / "good.pdf"
    _pdf(good, HANS.splitlines())
    path = tmp_path / "truncated.pdf"
    path.write_bytes(good.read_bytes()[:300])
    with pytest.raises(ReadError) as info:
        read(path)
    assert str(info.value).startswith("truncated.pdf: ")


def test_broken_pdf_is_named_quietly(tmp_path, caplog):
    """A file that is no PDF at all is named, and the PDF library's own warnings do not
    cut into the progress bar."""
    path = tmp_path / "page.pdf"
    path.write_bytes("<html>卫生健康局</html>".encode() * 40)
    with pytest.raises(ReadError) as info:
        read(path)
    assert str(info.value).startswith("page.pdf: not a valid PDF (")
    assert [r.getMessage() for r in caplog.records] == []


def test_pdf_without_text_layer(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "scan.pdf"
    c = canvas.Canvas(str(path))
    c.rect(40, 40, 300, 300, fill=1)
    c.save()
    with pytest.raises(ReadError) as info:
        read(path)
    assert str(info.value) == "scan.pdf: PDF has no text layer (scanned image?); OCR it first"


def test_large_text_file(tmp_path):
    """A 50 MB report decodes whole and its text survives."""
    path = tmp_path / "big.txt"
    line = HANS.encode("gb18030")
    path.write_bytes(line * (50_000_000 // len(line)))
    reading = read(path)
    assert reading.encoding == "gb18030"
    assert len(reading.text) == len(HANS) * (50_000_000 // len(line))


# Reports of our own set as PDFs, then damaged byte by byte.
DAMAGED = Path(__file__).parent / "data" / "damaged"


@pytest.mark.parametrize("name,reason", [
    ("filter.pdf", "not a valid PDF (NotImplementedError)"),  # a stream packed by a filter of no known name
    ("loop.pdf", "not a valid PDF (LimitReachedError)"),  # an object that refers to itself
    ("attribute.pdf", "not a valid PDF (AttributeError)"),  # a string where a dictionary should be
])
def test_damaged_pdf_is_named(name, reason):
    with pytest.raises(ReadError) as info:
        read(DAMAGED / name)
    assert str(info.value) == f"{name}: {reason}"


def test_half_a_character_from_a_damaged_font_reads_as_a_replacement():
    """A damaged font can give half of a UTF-16 pair, which no encoder takes (OpenCC's would raise)."""
    from minerals.pipeline import process

    text = read(DAMAGED / "surrogate.pdf").text
    assert "\ufffd" in text and not any("\ud800" <= ch <= "\udfff" for ch in text)
    assert process(DAMAGED / "surrogate.pdf").documents[0]["title"].startswith("青川县卫生健")


def _rtf_escaped(text: str, encoding: str) -> str:
    return "".join("\\par\n" if ch == "\n" else ch if ord(ch) < 128 else "".join(f"\\'{b:02x}" for b in ch.encode(encoding))
                   for ch in text)


def _rtf_unicode(text: str) -> str:
    return "".join("\\par\n" if ch == "\n" else ch if ord(ch) < 128 else f"\\u{ord(ch) - 65536 if ord(ch) > 32767 else ord(ch)}?"
                   for ch in text)


@pytest.mark.parametrize("name,body,text", [
    # Word's or WPS's RTF under a .doc suffix: bytes in the code page it names, a font table to skip
    ("report.doc", "{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 \\'cb\\'ce\\'cc\\'e5;}}"
     "{\\*\\generator Riched20 10.0;}\\f0\\fs24 " + _rtf_escaped(HANS, "gbk") + "}", HANS),
    ("report.rtf", "{\\rtf1\\ansi\\ansicpg950 " + _rtf_escaped(HANT, "big5") + "}", HANT),
    # characters as \\uN (negative above 32767), each with a stand-in for old readers
    ("report.rtf", "{\\rtf1\\ansi\\ansicpg1252\\uc1{\\info{\\title x}}" + _rtf_unicode(HANS) + "}", HANS),
    ("report.doc", "{\\rtf1\\ansi\\uc1 " + _rtf_unicode("镕川县卫生健康局\n全县门诊量36.2万人次。\n") + "}", "镕川县卫生健康局\n全县门诊量36.2万人次。\n"),
])
def test_rtf(tmp_path, name, body, text):
    path = tmp_path / name
    path.write_bytes(body.encode("ascii"))
    reading = read(path)
    assert (reading.text, reading.format) == (text, "rtf")


@pytest.mark.parametrize("joint,titles", [
    ("\n\ufeff", ["青川县卫生健康局2019年工作总结", "柏溪市卫生局2020年工作总结"]),  # each file kept its byte-order mark
    ("\n", ["青川县卫生健康局2019年工作总结"]),  # with no mark, one file
    ("\n全年\ufeff", ["青川县卫生健康局2019年工作总结"]),  # a mark inside a line joins no file
])
def test_two_saved_files_joined_are_two_reports(tmp_path, joint, titles):
    second = "柏溪市卫生局2020年工作总结\n2020年,全市新建村卫生室23个,严重精神障碍患者规范管理率为86.7%。\n"
    path = tmp_path / "report.txt"
    path.write_bytes(b"\xef\xbb\xbf" + (HANS.rstrip("\n") + joint + second).encode("utf-8"))
    norm = normalise(read(path).text)
    assert [doc.title for doc in split(norm.text, norm.files_joined())] == titles
