"""The text of a Word (.docx) file as Word shows it on the page.

python-docx's own paragraph text reads only a paragraph's plain runs, so it loses what Word
writes around them: tracked insertions (w:ins), fields' results (w:fldSimple), content
controls, text boxes, and the numbers of a numbered list, which live in numbering.xml
(一、 二、 (一) of a report's headings).  Here a paragraph reads as shown: deleted text
(w:del, w:moveFrom), hidden text (w:vanish) and fields' instructions stay out, a text box's
paragraphs follow the paragraph they are anchored in, and a list's paragraph starts with its number.
"""
from __future__ import annotations

from collections.abc import Iterator

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"

# Not shown on the page: deleted and moved-away text, a field's instruction, formatting, and the
# fallback copy of a drawing (a text box is written twice, as mc:Choice and as mc:Fallback).
_UNREAD = {_W + "del", _W + "moveFrom", _W + "delText", _W + "instrText", _W + "pPr", _W + "rPr",
           _W + "footnoteReference", _W + "endnoteReference", _MC + "Fallback"}
_CHARACTERS = {_W + "tab": "\t", _W + "br": "\n", _W + "cr": "\n", _W + "noBreakHyphen": "-"}
_HAN_DIGITS = "〇一二三四五六七八九"
_STEMS = "甲乙丙丁戊己庚辛壬癸"


def words(paragraph, boxes: list) -> str:
    """The text a paragraph shows; the text boxes anchored in it are added to `boxes`."""
    return "".join(_words(paragraph, boxes))


def _words(element, boxes: list) -> Iterator[str]:
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in _UNREAD:
            continue
        if tag == _W + "r" and _hidden(child):
            continue
        if tag == _W + "t":
            yield child.text or ""
        elif tag in _CHARACTERS:
            yield _CHARACTERS[tag]
        elif tag == _W + "txbxContent":
            boxes.append(child)
        else:  # runs, and what holds them: w:ins, w:hyperlink, w:fldSimple, w:sdt, w:smartTag, a drawing
            yield from _words(child, boxes)


def _hidden(run) -> bool:
    """Whether a run is hidden text (w:vanish), which Word neither shows nor prints."""
    vanish = run.find(f"{_W}rPr/{_W}vanish")
    return vanish is not None and vanish.get(_W + "val", "true") not in ("0", "false", "off")


class Numbering:
    """The numbers Word shows before the paragraphs of its numbered lists, counted in order."""

    def __init__(self, document):
        self.levels: dict[str, dict[int, tuple[int, str, str]]] = {}  # numId -> ilvl -> (start, format, text)
        self.styles: dict[str, tuple[str, int]] = {}  # styleId -> (numId, ilvl) of a style that numbers its paragraphs
        self.counts: dict[str, dict[int, int]] = {}
        try:
            numbering = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            return
        abstract = {a.get(_W + "abstractNumId"): _levels(a) for a in numbering.iter(_W + "abstractNum")}
        for num in numbering.iter(_W + "num"):
            ref = num.find(_W + "abstractNumId")
            levels = dict(abstract.get(ref.get(_W + "val") if ref is not None else None, {}))
            for override in num.iter(_W + "lvlOverride"):
                start = override.find(_W + "startOverride")
                level = int(override.get(_W + "ilvl", "0"))
                if start is not None and level in levels:
                    levels[level] = (int(start.get(_W + "val", "1")),) + levels[level][1:]
            self.levels[num.get(_W + "numId")] = levels
        for style in document.styles.element.iter(_W + "style"):
            found = _number_of(style)
            if found[0]:
                self.styles[style.get(_W + "styleId")] = (found[0], found[1] or 0)

    def label(self, paragraph) -> str:
        """The number Word shows before a paragraph ('一、', '（二）', '3.'), or ''; counts it."""
        num, level = _number_of(paragraph)
        if num is None:
            style = paragraph.find(f"{_W}pPr/{_W}pStyle")
            num, styled = self.styles.get(style.get(_W + "val") if style is not None else None, (None, 0))
            level = styled if level is None else level
        level = level or 0
        levels = self.levels.get(num)
        if not levels or level not in levels:
            return ""
        counts = self.counts.setdefault(num, {})
        counts[level] = counts.get(level, levels[level][0] - 1) + 1
        for deeper in [k for k in counts if k > level]:
            del counts[deeper]  # a new heading starts its sub-items' count again
        shown = levels[level][2]
        for k in range(level + 1):
            if f"%{k + 1}" in shown:
                start, form, _ = levels.get(k, (1, "decimal", ""))
                shown = shown.replace(f"%{k + 1}", _formatted(counts.get(k, start), form))
        return "" if levels[level][1] in ("bullet", "none") else shown


def _number_of(element) -> tuple[str | None, int | None]:
    """The list (numId) and level a paragraph's or a style's own properties put it in."""
    numbered = element.find(f"{_W}pPr/{_W}numPr")
    if numbered is None:
        return None, None
    num, level = numbered.find(_W + "numId"), numbered.find(_W + "ilvl")
    number = num.get(_W + "val") if num is not None else None
    return (None if number in (None, "0") else number), (int(level.get(_W + "val", "0")) if level is not None else None)


def _levels(abstract) -> dict[int, tuple[int, str, str]]:
    levels = {}
    for lvl in abstract.iter(_W + "lvl"):
        values = {name: (lvl.find(_W + name).get(_W + "val") if lvl.find(_W + name) is not None else None)
                  for name in ("start", "numFmt", "lvlText")}
        levels[int(lvl.get(_W + "ilvl", "0"))] = (int(values["start"] or 1), values["numFmt"] or "decimal",
                                                  values["lvlText"] or "")
    return levels


def _formatted(n: int, form: str) -> str:
    """A list's count as its format writes it: 11 as 十一 (chineseCounting), 3 as 丙, ③, C, iii."""
    if form in ("chineseCounting", "chineseCountingThousand", "ideographDigital") and 0 < n < 100:
        if form == "ideographDigital":
            return "".join(_HAN_DIGITS[int(d)] for d in str(n))
        tens, ones = divmod(n, 10)
        return ((_HAN_DIGITS[tens] if tens > 1 else "") + ("十" if tens else "") + (_HAN_DIGITS[ones] if ones else "")) or "〇"
    if form == "ideographTraditional" and 0 < n <= len(_STEMS):
        return _STEMS[n - 1]
    if form == "decimalEnclosedCircle" and 0 < n <= 20:
        return chr(0x2460 + n - 1)
    if form in ("upperLetter", "lowerLetter") and 0 < n <= 26:
        letter = chr(ord("A") + n - 1)
        return letter if form == "upperLetter" else letter.lower()
    if form in ("upperRoman", "lowerRoman") and 0 < n < 40:
        roman = "X" * (n // 10) + ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"][n % 10]
        return roman if form == "upperRoman" else roman.lower()
    if form == "decimalFullWidth":
        return "".join(chr(ord(d) - ord("0") + ord("０")) for d in str(n))
    return str(n)
