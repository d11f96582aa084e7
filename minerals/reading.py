"""Read a report file into text: .txt in any common Chinese encoding, a web page (.html, a portal's
.shtml/.jsp/.aspx/.php, or saved whole as .mht), .docx, .doc (Word 97–2003, or one of these under
its name), .pdf, .rtf, and a .wps that WPS Office saved in Word's format.

Nothing is guessed into garbage: a text file must decode strictly in one of the
encodings reports come in and read as Chinese, or it is reported with the reason.
Format libraries are imported only when a file of their format is read.
"""
from __future__ import annotations

import codecs
import html
import io
import logging
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import regex

from .normalise import Mapped
from .tables import is_data, restated, restated_rows

# A page saved from a portal keeps its address's suffix (.shtml, .jsp, .aspx, .php): it is HTML all the same.
HTML_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml", ".jsp", ".asp", ".aspx", ".php")
# A page saved as one file by a browser or by Word: MIME, the page a part of it.
MHT_SUFFIXES = (".mht", ".mhtml")
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # a compound file's signature: Word 97–2003's, and WPS Office's like it
SUPPORTED = (".txt", ".text", *HTML_SUFFIXES, *MHT_SUFFIXES, ".docx", ".doc", ".pdf", ".rtf")
# Tried in this order after the byte-order marks; GB18030 is a superset of GBK and GB2312.
# Big5 is read as cp950 (Microsoft's Big5, what Windows writes), falling back to
# big5hkscs for the Hong Kong characters.
ENCODINGS = ("utf-8", "gb18030", "cp950", "big5hkscs")
_BINARY_MAGIC = (b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"%PDF", b"\xd0\xcf\x11\xe0", b"\x7fELF", b"MZ")
_HAN = regex.compile(r"\p{Han}")
_LETTER = regex.compile(r"[\p{L}]")
# Characters common in these reports; a wrong decoding of GB18030 as Big5 (or the
# reverse) yields rare characters instead.
_COMMON = set("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质导世强")
# Counted by `re`, four times as fast as `regex` over plain classes: every file is checked.
_COMMON_CHARACTER = re.compile("[" + "".join(sorted(_COMMON)) + "]")
_HAN_COUNTED = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_ACCENTED = re.compile("[\u00a0-\u00ff]")  # a byte of another encoding read as Latin-1
_COMMON_SHARE = 0.3  # Chinese text is at least this share common characters (reports: 0.39 and up)
_GARBLED_SHARE = 0.1  # UTF-8 read as GBK is at most this share (none at all in a report's worth)
# character references a page's source carries into a copy of its text
_ENTITY = regex.compile(r"&(?:#\d{2,7}|#[xX][0-9a-fA-F]{2,6}|nbsp|ensp|emsp|amp|lt|gt|quot|ldquo|rdquo|lsquo|rsquo|mdash|hellip|middot);")
# An RTF file's tokens: a control word and its number, an escaped byte, a control symbol, a brace, plain text.
_RTF_TOKEN = regex.compile(r"\\([a-z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([^a-z'])|([{}])|[\r\n]+|([^\\{}\r\n]+)")
# groups whose words are no text of the document
_RTF_SKIPPED = frozenset("fonttbl colortbl stylesheet info pict object header footer headerl headerr footerl footerr "
                         "themedata colorschememapping datastore xmlnstbl listtable listoverridetable rsidtbl generator "
                         "latentstyles fldinst bkmkstart bkmkend".split())
_RTF_BREAKS = {"par": "\n", "line": "\n", "row": "\n", "page": "\n", "sect": "\n", "tab": "\t", "cell": " ", "emdash": "—",
               "endash": "–", "lquote": "‘", "rquote": "’", "ldblquote": "“", "rdblquote": "”", "bullet": "•"}
_SURROGATE = regex.compile(r"[\ud800-\udfff]")
_TEXT_SHARE = 0.3  # at least this share of letters must be Han for text to count as Chinese


class ReadError(ValueError):
    """A file that cannot be read as a report; str() is one line: '<file name>: <reason>'."""

    def __init__(self, path: Path, reason: str):
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path.name}: {reason}")

    def __reduce__(self):
        """Rebuilt from its path and reason: an error made in a worker process crosses back whole."""
        return type(self), (self.path, self.reason)


@dataclass(frozen=True)
class Reading:
    text: str
    encoding: str | None
    format: str  # txt | html | docx | doc | pdf | rtf
    # the words of the file where `text` restates them (a table's rows as sentences), and
    # `text` mapped back to them, so that evidence quotes the file's own words
    original: str | None = None
    mapped: Mapped | None = None
    # what the file holds that was not read, though the rest was (a PDF's scanned pages), for its summary
    notes: tuple[str, ...] = ()


def _looks_chinese(text: str) -> bool:
    letters = len(_LETTER.findall(text[:20000]))
    return letters > 0 and len(_HAN.findall(text[:20000])) / letters >= _TEXT_SHARE


def _commonness(text: str) -> float:
    head = text[:20000]
    han = len(_HAN_COUNTED.findall(head))
    return len(_COMMON_CHARACTER.findall(head)) / han if han else 0.0


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding) of a text file's bytes, or ValueError with the reason."""
    if not data.strip():
        raise ValueError("empty file")
    if data.startswith(codecs.BOM_UTF8):
        return _unmangled(data[len(codecs.BOM_UTF8):].decode("utf-8", errors="strict"), "utf-8-sig")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise ValueError(f"broken UTF-16 ({exc.reason})") from exc
    if data.startswith(_BINARY_MAGIC):
        raise ValueError("binary file, not text")
    if b"\x00" in data[:8192]:
        found = _utf16_without_bom(data) or _with_stray_nuls(data)
        if found is None:
            raise ValueError("binary file, not text")
        return found
    if _is_utf8(data):
        # valid UTF-8 is almost never an accident for Chinese text, but it may carry text garbled before it was saved
        return _unmangled(data.decode("utf-8"), "utf-8")
    mixed = _mostly_utf8(data)
    if mixed is not None:
        return mixed, "utf-8+gb18030"
    candidates: list[tuple[str, str]] = []
    for encoding in ENCODINGS[1:]:
        try:
            text = data.decode(encoding, errors="strict")
        except UnicodeDecodeError:
            continue
        if _looks_chinese(text):
            candidates.append((text, encoding))
    if not candidates:
        best = _charset_normalizer_guess(data)
        if best:
            return best
        raise ValueError("not valid text in UTF-8, UTF-16, GB18030 or Big5")
    # Bytes valid in both GB18030 and Big5: the decoding made of common characters wins.
    text, encoding = max(candidates, key=lambda c: _commonness(c[0]))
    return text, "big5" if encoding in ("cp950", "big5hkscs") else encoding


def _with_stray_nuls(data: bytes) -> tuple[str, str] | None:
    """A text file with a few zero bytes in it (a copy's padding, a tool's stray terminator): the
    text around them, when it decodes and reads as Chinese; a binary file's zeros are far more."""
    if data.count(0) > max(8, len(data) // 100):
        return None
    try:
        text, encoding = decode(data.replace(b"\x00", b""))
    except ValueError:
        return None
    return (text, encoding) if _looks_chinese(text) else None


def _unmangled(text: str, encoding: str) -> tuple[str, str]:
    """Text that was garbled before it was saved as UTF-8, put back where that loses nothing, refused
    with the reason where it would: a wrong reading of it yields facts named in nonsense."""
    for mangled, undone in ((_LATIN1, _from_latin1), (_GBK, _from_gbk)):
        if not mangled(text):
            continue
        data, lost = undone(text)
        if lost:
            raise ValueError(f"text garbled before it was saved ({_NAMES[undone]}); "
                             f"{lost} characters are lost, so it cannot be put back: find a copy in the original encoding")
        try:
            found, was = decode(data)
        except ValueError:
            continue
        if _looks_chinese(found) and _commonness(found) >= _COMMON_SHARE:
            return found, f"{was} (garbled as {_NAMES[undone]}, restored)"
    return text, encoding


def _LATIN1(text: str) -> bool:
    """Bytes of another encoding read one by one (as Latin-1 or Windows-1252): letters with accents, few Han."""
    head = text[:20000]
    accented = len(_ACCENTED.findall(head))
    return accented >= 10 and not _looks_chinese(head) and accented >= len(_HAN.findall(head))


def _GBK(text: str) -> bool:
    """UTF-8 read as GBK: every three bytes become a character and a half, rare ones (鍗敓鍋ュ悍);
    a text whose first lines are common Chinese is none (every file is checked)."""
    if _commonness(text[:2000]) >= _GARBLED_SHARE:
        return False
    return len(_HAN_COUNTED.findall(text[:20000])) >= 10 and _commonness(text) < _GARBLED_SHARE


def _from_latin1(text: str) -> tuple[bytes, int]:
    """The bytes read one by one as characters, and how many of them were lost on the way."""
    data, lost = bytearray(), 0
    for ch in text:
        if ord(ch) < 0x100:
            data.append(ord(ch))
            continue
        try:
            data += ch.encode("cp1252")
        except UnicodeEncodeError:
            lost += 1
    return bytes(data), lost


def _from_gbk(text: str) -> tuple[bytes, int]:
    """The bytes read as GBK, and how many were lost: a UTF-8 character split between two GBK
    ones, which the reading replaced (\ufffd, ?) or dropped, leaves bytes that are no UTF-8."""
    data = bytearray()
    for ch in text:
        data += b"\x80" if ch == "\u20ac" else ch.encode("gb18030")  # Windows' GBK reads 0x80 as €
    restored = bytes(data).decode("utf-8", errors="replace")
    return bytes(data), restored.count("\ufffd")


_NAMES = {_from_latin1: "GBK or UTF-8 read as Latin-1", _from_gbk: "UTF-8 read as GBK"}


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """A UTF-16 file written without its byte-order mark: the zero bytes of its ASCII characters
    (line ends, digits) stand all on one side of their pairs, which tells the byte order."""
    if len(data) % 2:
        return None
    head = data[:8192]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    encoding = "utf-16-le" if odd > 4 * even else "utf-16-be" if even > 4 * odd else None
    if encoding is None:
        return None
    try:
        text = data.decode(encoding, errors="strict")
    except UnicodeDecodeError:
        return None
    return (text, encoding) if "\x00" not in text and _looks_chinese(text) else None


def _mostly_utf8(data: bytes) -> str | None:
    """A UTF-8 file with a few lines pasted in from a GB18030 one: each line in its own encoding.
    A line of Chinese in GB18030 is almost never valid UTF-8, so a file at least half of whose lines
    of Chinese (two or more) are is UTF-8 at heart; every other line must decode in GB18030 and read
    as Chinese."""
    if len(data) > 200_000:  # a big GB18030 file is told by its head, not split whole
        head = data[:200_000].split(b"\n")[:-1]
        if 2 * sum(not _is_utf8(line) for line in head) > sum(max(line, default=0) > 0x7F for line in head):
            return None
    lines = data.split(b"\n")
    foreign = {n for n, line in enumerate(lines) if not _is_utf8(line)}
    chinese = sum(1 for line in lines if max(line, default=0) > 0x7F)
    if not foreign or chinese - len(foreign) < max(2, len(foreign)):
        return None
    texts = []
    for n, line in enumerate(lines):
        try:
            texts.append(line.decode("gb18030" if n in foreign else "utf-8", errors="strict"))
        except UnicodeDecodeError:
            return None
        if n in foreign and not _looks_chinese(texts[-1]):
            return None
    return "\n".join(texts)


def _is_utf8(line: bytes) -> bool:
    try:
        line.decode("utf-8", errors="strict")
    except UnicodeDecodeError:
        return False
    return True


def _charset_normalizer_guess(data: bytes) -> tuple[str, str] | None:
    """A last resort for other encodings, kept only when the result reads as Chinese."""
    from charset_normalizer import from_bytes

    match = from_bytes(data[:200_000]).best()
    if match is None or match.encoding in ("ascii",):
        return None
    try:
        text = data.decode(match.encoding, errors="strict")
    except (UnicodeDecodeError, LookupError):
        return None
    return (text, match.encoding) if _looks_chinese(text) else None


def _html(path: Path, data: bytes, declared: str | None = None) -> Reading:
    """A web page's article; `declared` is the charset its container says (a .mht's part), else its <meta>'s."""
    import trafilatura

    meta = regex.search(rb"""<meta[^>]+charset=["']?([\w-]+)""", data[:4096], regex.I)
    if declared is None and meta:
        declared = meta.group(1).decode("ascii")
    text = encoding = None
    if declared:
        try:
            encoding = declared.lower()
            text = data.decode(encoding, errors="strict")
        except (LookupError, UnicodeDecodeError):
            text = None
    if text is None:
        try:
            text, encoding = decode(data)
        except ValueError as exc:
            raise ReadError(path, str(exc)) from exc
    if "srcdoc" in text:
        text = _frames_inlined(text)
    said: dict[str, list[tuple[str, Mapped]]] = {}  # each paragraph a table's row gives: the row, and the paragraph mapped to it
    page = _tables_as_sentences(text, said)
    body = trafilatura.extract(page, include_comments=False, include_tables=True, favor_recall=True)
    if not body or not _HAN.search(body):
        raise ReadError(path, "no text in HTML")
    root = _tree(text)  # for the page's title, publishing line and date, which trafilatura drops
    title = _page_title(root) if root is not None else ""
    if title and _HAN.search(title) and not body.lstrip().startswith(title):
        body = title + "\n\n" + body  # trafilatura keeps the page's heading out of its text, or after a page's metadata
    line = ""
    if root is not None:
        line = " ".join(field for field in (_issuer_field(root), _publishing_line(root) or _date_field(root)) if field)
    if line:
        # trafilatura drops the page's publishing line (发布时间:2012-01-16 来源:清水县卫生局), or keeps
        # a piece of it, or keeps it below the page's links, though it dates the report and says whose
        # site it is: it stands whole under the title, as in a saved text
        lines = [kept for kept in body.lstrip().split("\n")
                 if not (_PUBLISHING.search(kept) and " ".join(kept.split()) in line)]
        body = "\n".join(lines[:1] + [line] + lines[1:])
    if not said:
        return Reading(body, encoding, "html")
    original, mapped = _joined([said[line].pop(0) if said.get(line) else (line, None) for line in body.split("\n")])
    return Reading(body, encoding, "html", original, mapped)


def _frames_inlined(html: str) -> str:
    """The page with each frame that carries its own page (<iframe srcdoc="…">) replaced by that
    page's body: what the reader sees there, which trafilatura, reading the outer page, skips."""
    import lxml.html

    root = _tree(html)
    frames = [frame for frame in root.iter("iframe") if frame.get("srcdoc", "").strip()] if root is not None else []
    for frame in frames:
        inner = _tree(frame.get("srcdoc"))
        if inner is None:
            continue
        body = inner.find(".//body")
        div = lxml.html.Element("div")
        div.extend(list(body if body is not None else [inner]))
        div.tail = frame.tail
        frame.getparent().replace(frame, div)
    return lxml.html.tostring(root, encoding="unicode") if frames else html


def _mht(path: Path, data: bytes) -> Reading:
    """A page saved as one file: its first HTML part (quoted-printable or base64), read as a page in the charset its part names."""
    import email

    message = email.message_from_bytes(data)
    part = next((part for part in message.walk() if part.get_content_type() == "text/html"), None)
    page = part.get_payload(decode=True) if part is not None else None
    if not page:
        raise ReadError(path, "no web page in this .mht file; open it in a browser and save it as .html")
    return _html(path, page, part.get_content_charset())


def _tree(html: str):
    """The page parsed by lxml, or None when it cannot be."""
    import lxml.html
    from lxml import etree

    try:
        return lxml.html.fromstring(html)
    except (ValueError, etree.ParserError):
        return None


# A page's publishing line: 发布时间：2023-07-15 or 发布日期:2022年12月30日, under the title.
_PUBLISHING = regex.compile(r"[发發][布表](?:时间|時間|日期)[:：]\s*(?:19|20)\d{2}[-/.年]")
# A portal's 政务公开 line that dates the page by the day its report was written, in one run of text
# (索引号:… 发布机构:岚溪县卫生健康局 成文日期:2021-11-26); not a table whose cells part name and date.
_WRITTEN = regex.compile(r"成文(?:日期|时间)[:：]\s*(?:19|20)\d{2}[-/.年]")


def _publishing_line(root) -> str:
    """The page's publishing line, its spaces made single: the innermost element that holds one,
    with what stands beside it on its line (来源:…), up to a paragraph of text."""
    holding = [element for element in root.iter() if isinstance(element.tag, str)
               and element.tag not in ("script", "style")
               and (_PUBLISHING.search(element.text_content()) or _WRITTEN.search(element.text or ""))]
    if not holding:
        return ""
    element = holding[-1]  # the innermost: an element comes after those that hold it
    while (parent := element.getparent()) is not None and len(text := parent.text_content()) <= 120 and "。" not in text:
        element = parent
    return " ".join(element.text_content().split())


# A portal's 政务公开 block as a table, each field's name in a cell and its value in the next:
# <td>成文日期：</td><td>2021-01-18</td>.
_DATE_FIELD_NAME = regex.compile(r"成文(?:日期|时间)[:：]?")
_DATE_VALUE = regex.compile(r"(?:19|20)\d{2}(?:[-/.](?:1[0-2]|0?[1-9])[-/.]\d{1,2}|年(?:1[0-2]|0?[1-9])月\d{1,2}日)")


def _field(root, name: "regex.Pattern[str]", value: "regex.Pattern[str]") -> str:
    """The value of a 政务公开 block's field whose name is in one cell and its value in the next, as
    trafilatura drops the table; empty when no cell names it."""
    for element in root.iter("td", "th", "span", "dt", "dd", "li", "div", "p", "label", "b", "strong"):
        if not name.fullmatch(" ".join(element.text_content().split())):
            continue
        after = element.getnext()
        if after is not None and value.fullmatch(found := "".join(after.text_content().split())):
            return found
    return ""


def _date_field(root) -> str:
    """The day the report was written: 成文日期:2021-01-18, as a saved page's text has it."""
    date = _field(root, _DATE_FIELD_NAME, _DATE_VALUE)
    return "成文日期:" + date if date else ""


# The office a 政务公开 block says issued the page (<td>发布机构：</td><td>桐川县卫生健康局</td>): its place
# is the report's where the report names only 县卫生健康局.
_ISSUER_FIELD_NAME = regex.compile(r"(?:发布机构|发布单位)[:：]?")
_ISSUER_VALUE = regex.compile(r"(?=.*\p{Han})[^\s:：]{2,30}")  # XX区卫生健康局 too


def _issuer_field(root) -> str:
    """The issuer as a saved page's text has it: 发布机构:桐川县卫生健康局."""
    issuer = _field(root, _ISSUER_FIELD_NAME, _ISSUER_VALUE)
    return "发布机构:" + issuer if issuer else ""


def _joined(parts: list[tuple[str, Mapped | None]]) -> tuple[str, Mapped]:
    """Lines of a file, each as the file has it and as read (mapped back to it, when the two
    differ), made one text: the file's, and the text as read mapped back to it."""
    texts: list[str] = []
    origins: list[np.ndarray] = []
    at = 0
    for n, (line, read) in enumerate(parts):
        read = Mapped.identity(line) if read is None else read
        texts.append(read.text)
        origins.append(read.origin + at)
        at += len(line) + 1
        if n < len(parts) - 1:
            origins.append(np.array([at - 1], dtype=np.int64))
    return "\n".join(line for line, _ in parts), Mapped("\n".join(texts), np.concatenate(origins))


def _page_title(root) -> str:
    """The page's title: the heading (h1 to h3) its <title> starts with, else its first h1 unless
    that is the site's own header (<h1>梧桐区人民政府</h1> above the article's <h2>), else its
    <title> without the site's name."""
    page = " ".join((root.findtext(".//title") or "").split())
    own = _SITE_NAME.sub("", page)
    headings = [(h.tag, " ".join(h.text_content().split())) for h in root.iter("h1", "h2", "h3")]
    headings = [(tag, text) for tag, text in headings if _HAN.search(text)]
    named = next((text for _, text in headings if page.startswith(text) and len(text) >= 4), None)
    if named:
        return named
    first = next((text for tag, text in headings if tag == "h1"), None)
    if first and (not own or first in own or not page.endswith(first)):
        return first
    return own


# The site a page's title names after its own: …工作总结_XX区人民政府, …工作总结 - 某某网; not
# a title's second part (…2019年工作总结 - 2020年工作计划).
_SITE_NAME = regex.compile(r"\s*(?:[_|｜]|\s[-—–]\s)(?![^_|｜]*(?:总结|计划|要点|规划|打算|思路|报告))[^_|｜]*$")


# The characters an XML text node cannot hold, which a page's text can (lxml parses them, and will not set them).
_NOT_XML = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _tables_as_sentences(html: str, said: dict[str, list[tuple[str, Mapped]]] | None = None) -> str:
    """The page with each data table (see `minerals.tables`) replaced by a paragraph per row,
    and its section headings made paragraphs; a table holding another table lays out the
    page, and is left to trafilatura.  `said` gets, for each paragraph a row gives, the row
    as the page has it (its cells set apart by tabs) and the paragraph mapped back to it."""
    import lxml.html

    root = _tree(html)
    if root is None:
        return html
    changed = _banners_as_headings(root) | _grids_as_tables(root)
    for heading in root.iter("h2", "h3", "h4", "h5", "h6"):
        heading.tag, changed = "p", True  # trafilatura leaves out a section's heading (二、2020年工作计划)
    for table in list(root.iter("table")):
        if table.find(".//table") is not None:
            continue
        rows = _grid(table)
        if all(len(row) <= 1 for row in rows):
            _unwrapped(table)  # one column lays out the page: trafilatura would join its <p>s into one | row |
            changed = True
            continue
        if not is_data(rows):
            continue
        div = lxml.html.Element("div")
        for line, row in _row_lines(*restated_rows(rows, _caption(table))):
            paragraph = lxml.html.Element("p")
            paragraph.text = _NOT_XML.sub("", line.text)
            div.append(paragraph)
            if said is not None:
                said.setdefault(line.text, []).append((row, line))
        div.tail = table.tail
        table.getparent().replace(table, div)
        changed = True
    return lxml.html.tostring(root, encoding="unicode") if changed else html


# A heading a WeChat post sets as a picture and names in the picture's alt text: 一、主要工作成效,
# (三)存在的问题, 01 | 医疗服务能力持续增强; not 图片, a QR code's caption or a photo's.
_BANNER = regex.compile(r"\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）]|0?\d{1,2}\s*[|｜、.．])\s*\p{Han}")


def _banners_as_headings(root) -> bool:
    """Put in each heading set as a picture its alt text, as a paragraph, which trafilatura
    would leave out with the picture though it opens a section (三、存在的问题 after a table of
    targets); whether any was."""
    import lxml.html

    changed = False
    for image in list(root.iter("img")):
        alt = " ".join((image.get("alt") or "").split())
        if not _BANNER.match(alt) or len(alt) > 30 or image.getparent() is None:
            continue
        paragraph = lxml.html.Element("p")
        paragraph.text = _NOT_XML.sub("", alt)
        paragraph.tail = image.tail
        image.getparent().replace(image, paragraph)
        changed = True
    return changed


# A cell of a table a WeChat editor builds of blocks side by side (<section style="display:flex">
# holding a <section> per cell): a few words or a value, not a paragraph.
_GRID_BLOCKS = ("section", "div")
_GRID_CELL_LENGTH = 40


def _grid_row(element) -> list[str] | None:
    """The cells of a block that lays out one row of such a table, or None."""
    if element.tag not in _GRID_BLOCKS or (element.text or "").strip():
        return None
    cells = list(element)
    if len(cells) < 2 or any(cell.tag not in _GRID_BLOCKS or (cell.tail or "").strip() for cell in cells):
        return None
    texts = [" ".join(cell.text_content().split()) for cell in cells]
    if any(len(text) > _GRID_CELL_LENGTH or "。" in text for text in texts):
        return None
    return texts


def _grids_as_tables(root) -> bool:
    """Make each run of two blocks or more that lay out rows of as many cells a <table>, when
    its rows read as a data table (a heading of words, then values): trafilatura gives each of
    its cells a line of its own and leaves out a cell that repeats one above (≥90% in two
    rows), so that no value keeps its row's name.  Whether any was."""
    from lxml import etree

    changed = False
    for parent in list(root.iter(*_GRID_BLOCKS)):
        run: list[tuple[object, list[str]]] = []
        for child in list(parent) + [None]:
            cells = _grid_row(child) if child is not None else None
            if cells and (not run or len(cells) == len(run[0][1])):
                run.append((child, cells))
                continue
            if len(run) >= 2 and is_data([row for _, row in run]):
                table = etree.Element("table")
                for _, row in run:
                    tr = etree.SubElement(table, "tr")
                    for text in row:
                        etree.SubElement(tr, "td").text = _NOT_XML.sub("", text)
                table.tail = run[-1][0].tail
                parent.replace(run[0][0], table)
                for element, _ in run[1:]:
                    parent.remove(element)
                changed = True
            run = [(child, cells)] if cells else []
    return changed


def _caption(table) -> str:
    """A web table's caption: its <caption>, or the text of the element right before it."""
    caption = table.find("caption")
    if caption is None:
        caption = table.getprevious()
    return caption.text_content() if caption is not None else ""


def _unwrapped(table) -> None:
    """Put a one-column table's cells in its place, each a block of its own: the title cell
    <td>…工作安排</td> a paragraph, the body cell's <p>s paragraphs."""
    import lxml.html

    div = lxml.html.Element("div")
    for cell in list(table.iter("td", "th")):
        cell.tag = "div"  # moved as it is, with its text as parsed (which lxml would not take again if it holds a control character)
        div.append(cell)
    div.tail = table.tail
    table.getparent().replace(table, div)


def _row_lines(raw: str, mapped: Mapped) -> list[tuple[Mapped, str]]:
    """Each line a table gives, mapped back to its row as the table has it (cells set apart by
    tabs), and that row."""
    out: list[tuple[Mapped, str]] = []
    at = 0
    for line in mapped.text.split("\n"):
        origin = mapped.origin[at:at + len(line)]
        at += len(line) + 1
        if not line:
            continue
        start = raw.rfind("\n", 0, int(origin.min())) + 1
        end = raw.find("\n", int(origin.min()))
        out.append((Mapped(line, origin - start), raw[start:end if end >= 0 else len(raw)]))
    return out


def _grid(table) -> list[list[str]]:
    """A table's rows with each cell repeated over the rows and columns it spans, as a
    Word table's are (a heading's 2021年 over both 全市 and 农村)."""
    rows: list[list[str]] = []
    pending: dict[int, tuple[str, int]] = {}  # column -> (text, rows still to fill) of a cell spanning rows
    for tr in table.iter("tr"):
        row: list[str] = []
        cells = iter(tr.iter("td", "th"))
        while True:
            if len(row) in pending:
                text, left = pending.pop(len(row))
                row.append(text)
                if left > 1:
                    pending[len(row) - 1] = (text, left - 1)
                continue
            cell = next(cells, None)
            if cell is None:
                break
            text = cell.text_content()
            for _ in range(_span(cell, "colspan")):
                if _span(cell, "rowspan") > 1:
                    pending[len(row)] = (text, _span(cell, "rowspan") - 1)
                row.append(text)
        rows.append(row)
    return rows


def _span(cell, name: str) -> int:
    try:
        return max(1, min(50, int(cell.get(name, "1"))))
    except ValueError:
        return 1


def _docx(path: Path, data: bytes) -> Reading:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, NotImplementedError, EOFError,
            SyntaxError) as exc:  # NotImplementedError: a zip packed in a way zipfile cannot unpack; SyntaxError: lxml's
        raise ReadError(path, f"not a valid .docx ({exc.__class__.__name__})") from exc
    except zlib.error as exc:
        raise ReadError(path, "not a valid .docx (damaged compressed data)") from exc
    from .word import Numbering

    original, mapped = _joined(_blocks(document.element.body, document, Numbering(document)))
    if not mapped.text.strip():
        raise ReadError(path, "empty document")
    return Reading(mapped.text, None, "docx", original, mapped)


def _blocks(container, document, numbering) -> list[tuple[str, Mapped | None]]:
    """A Word file's paragraphs and tables, in their order, as lines (a table's rows restated):
    each paragraph as Word shows it (see `minerals.word`), the text boxes anchored in it after it."""
    from docx.table import Table

    from .word import words

    parts: list[tuple[str, Mapped | None]] = []
    caption = ""  # the last paragraph with words: a table's caption when one follows it
    for block in container.iterchildren():
        tag = block.tag if isinstance(block.tag, str) else ""
        if tag.endswith("}p"):
            boxes: list = []
            parts.append((numbering.label(block) + words(block, boxes), None))
            caption = parts[-1][0] if parts[-1][0].strip() else caption
            for box in boxes:
                parts += _blocks(box, document, numbering)
        elif tag.endswith("}tbl"):
            texts: dict = {}  # a merged cell is given once for each place it spans, and read once
            rows = [[texts[cell._tc] if cell._tc in texts else texts.setdefault(cell._tc, _cell_text(cell._tc, document, numbering))
                     for cell in row.cells] for row in Table(block, document).rows]
            raw, mapped = restated_rows(rows, caption)
            caption = ""
            if mapped.text:
                parts.append((raw, mapped))
        elif tag.endswith("}sdt") and not _is_contents(block):  # a content control around paragraphs
            content = block.find(block.tag.replace("sdt", "sdtContent"))
            if content is not None:
                parts += _blocks(content, document, numbering)
    return parts


def _cell_text(cell, document, numbering) -> str:
    """A table cell's text: its paragraphs, and a table inside it row by row, its cells set apart by spaces."""
    return "\n".join(" ".join(line.split("\t")) if read is not None else line
                     for line, read in _blocks(cell, document, numbering))


def _is_contents(sdt) -> bool:
    """Whether a content control holds the table of contents Word builds: the headings again, with page numbers."""
    return any((gallery.get(gallery.tag.replace("docPartGallery", "val")) or "").startswith("Table of Contents")
               for gallery in sdt.iter("{*}docPartGallery"))


_LONE_SURROGATE = regex.compile("[\ud800-\udfff]")


def _pdf(path: Path, data: bytes) -> Reading:
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, PyPdfError

    # what it reports of a broken file it reads on (errors included) would cut into the progress bar
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [_page_text(page) for page in reader.pages]
    except FileNotDecryptedError as exc:  # one locked with no password opens as it is
        raise ReadError(path, "PDF is locked by a password; open it with the password and save a copy without one") from exc
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError, NotImplementedError,
            RecursionError) as exc:  # a damaged file's objects are not what pypdf expects
        raise ReadError(path, f"not a valid PDF ({exc.__class__.__name__})") from exc
    text = _LONE_SURROGATE.sub("\ufffd", "\n".join(pages))  # a damaged font's half of a character: no text to encode
    if not _HAN.search(text):
        raise ReadError(path, "PDF has no text layer (scanned image?); OCR it first")
    scans = sum(not _HAN.search(page) and _has_image(reader.pages[n]) for n, page in enumerate(pages))
    read = restated(text)
    notes = (f"{scans} of {len(pages)} pages {'has' if scans == 1 else 'have'} no text (scanned?): "
             f"{'its' if scans == 1 else 'their'} words are not read; OCR the file to read them",) if scans else ()
    return Reading(read.text, None, "pdf", text, read, notes)


def _has_image(page) -> bool:
    """Whether a page draws an image: one without text then is a scan, not a page left blank."""
    from pypdf.errors import PyPdfError

    try:
        return len(page.images) > 0
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError, NotImplementedError,
            RecursionError):  # a damaged image's page is taken for no scan: its file's text is read still
        return False


# What a CJK font sets a full em wide; any other character is taken as a little over half of one.
_FULL_WIDTH = regex.compile(r"[\p{Han}\p{Ps}\p{Pe}，。；：、！？“”‘’《》—…]")
_HALF = 0.55
_SENTENCE_END = tuple("。！？；：…”!?;:")
_NARROW = 0.75  # a column of a page set in two or more is at most this share of the page's width of text
_INDENT = 2.5  # ems a line of the same column may start further in (a paragraph's first line)
_FLUSH = 0.75  # ems a full line of a column may end short of its neighbour's end
_ALIGNED = 0.3  # ems two lines of a column may start apart, but for a paragraph's indent


@dataclass
class _Line:
    """A line of a PDF's page as drawn: where it starts and ends across the page, its height on it."""

    y: float
    x0: float
    x1: float
    size: float
    text: str = ""


def _page_text(page) -> str:
    """A page's text as pypdf extracts it, with the lines of a narrow column that run to its edge
    (a page set in two columns) joined to the next line of theirs: what ends a line there is the
    column's width, not the sentence.  The text's own wraps of lines as wide as the page are left to
    normalising, which joins them by their words; a narrow column's lines are too short for it."""
    lines: list[_Line] = []

    def visit(text, cm, tm, font, size) -> None:
        if not text.strip():
            return
        x, y = tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]
        size = abs(size * tm[0] * cm[0]) or size
        if not lines or abs(y - lines[-1].y) > 0.3 * size:
            lines.append(_Line(y, x, x, size))
        line = lines[-1]
        width = sum(size if _FULL_WIDTH.match(ch) else _HALF * size for ch in text if not ch.isspace())
        line.text += text.rstrip("\n")
        line.x0, line.x1 = min(line.x0, x), max(line.x1, x + width)

    text = page.extract_text(visitor_text=visit) or ""
    body = text.rstrip("\n")
    rows = body.split("\n")
    if not lines or [row.replace(" ", "") for row in rows] != [line.text.replace(" ", "") for line in lines]:
        return text  # the lines as drawn are not those extracted: nothing to go by
    if not _side_by_side(lines):
        return text  # one column: short lines of like length (成文日期:…, 发布日期:…) are lines of their own
    page_width = max(line.x1 for line in lines) - min(line.x0 for line in lines)
    breaks = ["" if _column_wrap(lines, i, page_width) else "\n" for i in range(len(lines) - 1)] + [text[len(body):]]
    return "".join(row + after for row, after in zip(rows, breaks))


def _side_by_side(lines: list[_Line]) -> bool:
    """Whether two lines of a page stand at one height, one to the right of the other: the page is
    set in columns."""
    return any(abs(a.y - b.y) <= 0.3 * a.size and (a.x1 <= b.x0 or b.x1 <= a.x0)
               for i, a in enumerate(lines) for b in lines[i + 1:])


def _column_wrap(lines: list[_Line], i: int, page_width: float) -> bool:
    """Whether line i of a page runs to the edge of a narrow column and goes on in the next line:
    it ends where a line of its column next to it ends, open (no sentence's end), and the next line
    is of its column too."""
    line = lines[i]
    if i + 1 >= len(lines) or line.text.rstrip().endswith(_SENTENCE_END) or line.x1 - line.x0 > _NARROW * page_width:
        return False
    above, below = (lines[i - 1] if i else None), lines[i + 1]
    same = [other for upper, lower, other in ((above, line, above), (line, below, below))
            if other is not None and _one_column(upper, lower) and other.x1 - other.x0 <= _NARROW * page_width]
    return below in same and any(abs(other.x1 - line.x1) <= _FLUSH * line.size for other in same)


def _one_column(upper: _Line | None, lower: _Line) -> bool:
    """Whether two lines, one above the other, are of one column: they start where it starts, or the
    upper one a paragraph's indent in; lines set flush right (a signature, its date) start anywhere."""
    return upper is not None and lower.y < upper.y and -_ALIGNED <= (upper.x0 - lower.x0) / lower.size <= _INDENT


def _doc(path: Path, data: bytes) -> Reading:
    """A Word 97–2003 document: its body's text, its tables' rows as lines of cells (see `minerals.doc`)."""
    from . import doc

    try:
        text = doc.text(data)
    except doc.DocError as exc:
        if path.suffix.lower() == ".wps":
            raise ReadError(path, "a WPS Office .wps file not in Word's format; save it as .docx") from exc
        hint = "; remove the password in Word and save it again" if "password" in str(exc) else ""
        raise ReadError(path, f"{exc}{hint}") from exc
    if not _HAN.search(text):
        raise ReadError(path, "no text in the Word document")
    read = restated(text)
    return Reading(read.text, None, "doc", text, read)


def _rtf(path: Path, data: bytes) -> Reading:
    """A file in Rich Text Format (Word and WPS save one, portals give it a .doc suffix): its text, its
    bytes escaped (\\'cc\\'e5) in the code page it names, its characters (\\u21355?) as they are."""
    source = data.decode("latin-1")
    page = regex.search(r"\\ansicpg(\d+)", source[:2000])
    codepage = f"cp{page.group(1)}" if page else "cp1252"
    try:
        codecs.lookup(codepage)
    except LookupError:
        raise ReadError(path, f"RTF in an unknown code page ({codepage})") from None
    text = _rtf_text(source, codepage)
    if not _HAN.search(text):
        raise ReadError(path, "no text in RTF")
    read = restated(text)
    return Reading(read.text, f"rtf {codepage}", "rtf", text, read)


def _rtf_text(source: str, codepage: str) -> str:
    """The text of an RTF document, without what its groups of fonts, styles, pictures and the like hold."""
    out: list[str] = []
    pending = bytearray()  # escaped bytes, decoded together: a character of two bytes is two escapes
    skip, uc, drop = False, 1, 0
    stack: list[tuple[bool, int]] = []

    def flush() -> None:
        if pending:
            out.append(pending.decode(codepage, errors="replace"))
            pending.clear()

    for m in _RTF_TOKEN.finditer(source):
        word, arg, hexbyte, symbol, brace, plain = m.groups()
        if drop and (hexbyte or plain or symbol):  # the stand-in after a \uN for readers without Unicode
            drop -= 1
            if plain and len(plain) > 1:
                plain = plain[1:]
            else:
                continue
        if brace == "{":
            stack.append((skip, uc))
        elif brace == "}":
            flush()
            skip, uc = stack.pop() if stack else (False, 1)
        elif symbol == "*" or word in _RTF_SKIPPED:
            skip = True
        elif skip:
            continue
        elif hexbyte:
            pending.append(int(hexbyte, 16))
        elif word == "u" and arg:
            flush()
            out.append(chr(int(arg) % 0x10000))
            drop = uc
        elif word == "uc" and arg:
            uc = int(arg)
        elif word in _RTF_BREAKS:
            flush()
            out.append(_RTF_BREAKS[word])
        elif symbol in ("\\", "{", "}"):
            flush()
            out.append(symbol)
        elif plain:
            flush()
            out.append(plain)
    flush()
    text = "".join(out)
    if _SURROGATE.search(text):  # a character beyond the first plane, written as its UTF-16 pair of \uN
        text = text.encode("utf-16", "surrogatepass").decode("utf-16", errors="replace")
    return "\n".join(line.strip() for line in text.split("\n"))


def _disguised(data: bytes) -> str | None:
    """What a file named .doc really is, when not Word's old format: portals and Word itself give a
    web page (HTML, or saved whole as MHT), a .docx or an RTF file the .doc suffix, and Word opens them all."""
    if data.startswith(b"PK\x03\x04"):
        return ".docx"
    head = data[:2048].lstrip(codecs.BOM_UTF8 + b" \t\r\n").lower()
    if regex.match(rb"[a-z-]+:", head) and (head.startswith(b"mime-version:") or b"\nmime-version:" in head):
        return ".mht"  # a mail's headers, in any order
    if head.startswith((b"<html", b"<!doctype html")) or (head.startswith(b"<") and b"<html" in head):
        return ".html"
    if head.startswith(b"{\\rtf"):
        return ".rtf"
    return None


def _unescaped(text: str) -> str:
    """A text file's HTML character references (&#21355;&#29983;, &nbsp;), left by a copy taken from a
    page's source, as the characters they stand for: else a name or a title breaks at each of them."""
    if "&" not in text:
        return text
    return _ENTITY.sub(lambda m: html.unescape(m.group()), text)


def read(path: Path, data: bytes | None = None) -> Reading:
    """Read one report file.  Raises ReadError naming the file and the reason."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED + (".wps",):
        raise ReadError(path, f"unsupported file type {suffix or '(none)'}")
    if data is None:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ReadError(path, exc.strerror or str(exc)) from exc
    if suffix == ".wps":  # WPS Office's format, in which many bureaus write: read when it is Word's
        if not data.startswith(_OLE):
            raise ReadError(path, "a WPS Office .wps file not in Word's format; save it as .docx")
        suffix = ".doc"
    if suffix == ".doc":  # Word's own format, or what portals give that name: a page, a .docx, RTF or plain text
        suffix = _disguised(data) or (".doc" if data.startswith(_OLE) else ".txt")
    elif suffix in (".txt", ".text") and _disguised(data) in (".html", ".mht"):
        suffix = _disguised(data)  # a web page saved, or copied from its source, under a text file's name
    if not data.strip():
        raise ReadError(path, "empty file")
    if suffix in HTML_SUFFIXES:
        return _html(path, data)
    if suffix in MHT_SUFFIXES:
        return _mht(path, data)
    if suffix == ".docx":
        return _docx(path, data)
    if suffix == ".doc":
        return _doc(path, data)
    if suffix == ".pdf":
        return _pdf(path, data)
    if suffix == ".rtf":
        return _rtf(path, data)
    try:
        text, encoding = decode(data)
    except ValueError as exc:
        raise ReadError(path, str(exc)) from exc
    text = _unescaped(text)
    read = restated(text)
    return Reading(read.text, encoding, "txt", text, read)
