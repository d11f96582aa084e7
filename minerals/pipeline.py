"""One report file in, its documents and facts out: read, normalise, split, extract.

`process` is a pure function of a file's bytes, so it can run in any worker; storing
the result is `minerals.db`'s job.
"""
from __future__ import annotations

import hashlib
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

import regex

from extractors import Fact, Passage, extract, wanted
from extractors.indicators import named_institution

from .duplicates import numbers, signature
from .documents import (Document, Section, describe, given, hosted_by_other, published, shared, split, spoken_year,
                        titled_by_name)
from .normalise import Normalised, normalise
from .regions import code as region_code
from .reading import SUPPORTED, ReadError, read
from .trust import anachronisms, has_spun, spun


# The shortest sentence whose second saying in a document is flagged a repeat (shorter ones, 合计, recur by chance).
REPEATED = 10


@dataclass
class FileResult:
    """What one input file yields: a `sources` row, `documents` rows and `facts` rows."""

    source: dict
    documents: list[dict] = field(default_factory=list)
    sections: list[dict] = field(default_factory=list)
    facts: list[dict] = field(default_factory=list)
    # (earlier original, document of this file): stored originals a fuller copy here replaces
    replaced: list[tuple[str, str]] = field(default_factory=list)
    notes: tuple[str, ...] = ()  # what of the file was not read, though the rest was (`Reading.notes`)


def words(text: str) -> str:
    """The words of a text separated by spaces, for full-text search (SQLite's
    tokenizers do not split Chinese).

    rjieba is jieba's dictionary and algorithm in Rust: about 18 times faster here, and
    for search the few words where it differs from jieba do not matter.  It gives each
    whitespace character (or \\r\\n) as a word of its own, and no other word holds one
    (jieba cuts words within runs of Han characters, letters, digits and +#&._%-), so those are
    the words to drop.
    """
    import rjieba

    return " ".join([word for word in rjieba.cut(text) if not word.isspace()])


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# Reports read when they are in a format read, else named in their error with what to do.
_REPORTED = (".wps",)


def iter_files(paths: Iterable[Path], others: list[Path] | None = None) -> Iterator[Path]:
    """The report files named or held (recursively) by `paths`, in a stable order; the
    other files the folders hold (pictures, spreadsheets) are added to `others`.  A file
    named twice (on its own and in its folder) is given once."""
    seen: set[Path] = set()
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file()
                           and not any(part.startswith(".") for part in p.relative_to(path).parts))
            reports = [p for p in found if p.suffix.lower() in SUPPORTED + _REPORTED]
            if others is not None:
                others += [p for p in found if p.suffix.lower() not in SUPPORTED + _REPORTED]
        else:
            reports = [path]
        for p in reports:
            if p.resolve() not in seen:
                seen.add(p.resolve())
                yield p


def passages(doc: Document, keep: Callable[[int, int], bool] | None = None
             ) -> Iterator[tuple[Passage, Section | None]]:
    """Every sentence of a document as the extractors see it, with the section holding it;
    only those for which `keep(start, end)` is true, when it is given."""
    # The innermost section is the same between two section edges: look it up once each.
    edges = sorted({offset for sec in doc.sections for offset in (sec.start, sec.end)})
    between: dict[int, Section | None] = {}
    topics: dict[int, str] = {}  # by section start
    label, label_end = "", -1  # the last numbered item's name, and where its sentence ends
    spoken = spoken_year(doc)
    last, last_end = "", -1  # the sentence before, and where it ends
    for start, sentence in doc.sentences():
        before = last if sentence.startswith("其中") and start <= last_end + 1 else ""
        last, last_end = sentence, start + len(sentence)
        labelled = label if start == label_end else ""
        item = _ITEM_LABEL.fullmatch(sentence)
        label, label_end = ((item.group(1), start + len(sentence)) if item and not _heads_section(doc, start)
                            else ("", -1))
        if keep is not None and not keep(start, start + len(sentence)):
            continue
        at = bisect_right(edges, start)
        if at not in between:
            between[at] = doc.section_at(start)
        section = between[at]
        if section and section.start not in topics:
            topics[section.start] = _topic(doc.text, section)
        yield Passage(
            text=sentence,
            start=start,
            section_role=section.role if section else None,
            section_year=section.year if section else None,
            report_year=doc.report_year,
            plan_year=doc.plan_year,
            region=doc.region,
            title=doc.title,
            label=labelled,
            before=before,
            topic=topics[section.start] if section else "",
            owner=_owner(doc, section),
            spoken_year=spoken,
            heading=section.title if section else "",
        ), section


def _owner(doc: Document, section: Section | None) -> str:
    """The one institution a section's heading names (a yearbook's entry 【县人民医院】), when the document
    is not that institution's own report (城关镇卫生院 heading its own report in a bureau's collection of them),
    whose figures are all its own already."""
    owner = named_institution(section.title) if section else ""
    return "" if owner and doc.title.startswith(owner) else owner


# A numbered item that only names what its line goes on to measure, a sentence of its own
# (1.总诊疗人次。目标340万人次,实际完成318.4万人次): the name of the numbers after it.
_ITEM_LABEL = regex.compile(r"[ ]*(?:\d{1,2}[.、．]|\(\d{1,2}\)|[①-⑳])[ ]*(\p{Han}[^\d,;:。!?、]{1,19})。")


# A portal's topic heading on a line of its own: 【健康档案】, 01 医共体建设.
_TOPIC_HEADING = regex.compile(r"[ ]*(?:【(?P<title>\p{Han}{2,10})】|0[1-9][ ]*(?P<title>\p{Han}{2,10}))[ ]*(?:\n|$)")
_HAN_BEFORE = regex.compile(r"\p{Han}*$")


def _topic(text: str, section: Section) -> str:
    """The subject a portal's topic heading names, as the first line under it that names it writes it
    (【健康档案】 over 电子健康档案建档率 92.4%: 电子健康档案); "" under any other heading."""
    heading = _TOPIC_HEADING.match(text, section.start)
    if not heading or heading.group("title") != section.title:
        return ""
    at = text.find(section.title, heading.end(), section.end)
    return text[_HAN_BEFORE.search(text, heading.end(), at).start():at] + section.title if at >= 0 else section.title


def _heads_section(doc: Document, start: int) -> bool:
    """Whether a section of the document starts at `start`: its heading names a part of the
    work ((一)疫情防控有力有效。累计检测…), not a measure."""
    return any(sec.start == start for sec in doc.sections)


# A headline's figure that the paragraph under it states again (疫苗接种|全区累计接种826.3万剂次, then
# 全区累计接种826.3万剂次,其中…) is one fact: the headline's copy is a repeat, as a repeated paragraph is.
_HEADLINE_LENGTH = 40  # characters of a headline, a line of its own that ends no sentence
_RESTATED_REACH = 300  # characters below a headline its figure is sought in
_RESTATED_LEAD = 4  # characters before the figure that must come with it (接种826.3万剂次)


def _headline_line(text: str, p: Passage) -> bool:
    """Whether the passage is a short line of its own that ends no sentence (a headline)."""
    end = p.start + len(p.text)
    line = p.text.strip()
    return (0 < len(line) <= _HEADLINE_LENGTH and not line.endswith(("。", "!", "?", ";", ",", ":"))
            and (p.start == 0 or text[p.start - 1] == "\n") and (end == len(text) or text[end:end + 1] == "\n"))


def _restated_below(text: str, p: Passage, fact: Fact) -> bool:
    """Whether a headline's fact is stated again, with the words just before it, in the text under it,
    by a line other than the headline's own words (a copy of the whole line is the repeat instead)."""
    key = text[max(p.start, fact.start - _RESTATED_LEAD):fact.end]
    below = p.start + len(p.text)
    at = text.find(key, below, below + _RESTATED_REACH)
    if at < 0:
        return False
    end = text.find("\n", at)
    return text[text.rfind("\n", 0, at) + 1:len(text) if end < 0 else end].strip() != p.text.strip()


def process(path: Path, data: bytes | None = None, known: dict | None = None) -> FileResult:
    """Read one file and extract everything from it.  Raises ReadError on bad input.

    `known` holds what a researcher's manifest says of the file (bureau, region,
    report_year, plan_year, type); it wins over what the text suggests, before any
    fact's year is resolved.  A document of type `other` is stored without facts.
    """
    data = path.read_bytes() if data is None else data
    reading = read(path, data)
    digest = sha256(data)
    source_id = digest[:16]
    norm = normalise(reading.text) if reading.mapped is None else normalise(reading.original, reading.mapped)
    result = FileResult(source={
        "id": source_id, "name": path.name, "path": str(path.resolve()), "sha256": digest, "size": len(data),
        "encoding": reading.encoding, "format": reading.format, "script": norm.script,
    }, notes=reading.notes)
    publishing = published(norm.original)
    docs = split(norm.text, norm.files_joined())
    # a page of the bureau's own names it in its publishing line; a compilation of articles is a sharing site's
    site = "own" if publishing else "sharing" if len(docs) > 1 or shared(norm.original) else None
    for doc in docs:
        if doc.seq == 1 and doc.start == 0:
            doc.published = publishing  # the page's publishing line stands above its first article
        if len(docs) == 1:
            titled_by_name(doc, path.stem)
        describe(doc)
        if site == "own" and hosted_by_other(norm.text, doc.bureau):
            site = "repost"  # another office's site, whose publishing line names the report's source
        apply_known(doc, known or {})
        result.documents.append(_document_row(source_id, path, norm, doc, site))
        doc_id = result.documents[-1]["id"]
        out_of_era, spun_words = result.documents[-1]["anachronisms"], result.documents[-1]["spun"]
        result.sections += [
            {"id": f"{doc_id}:{sec.start}:{sec.level}", "document_id": doc_id, "seq": n, "level": sec.level,
             "title": sec.title, "role": sec.role, "year": sec.year, "start": sec.start, "end": sec.end}
            for n, sec in enumerate(doc.sections, 1)
        ]
        if doc.type == "other":
            continue  # not a bureau's report (a student union's 卫生部): its numbers measure no bureau's work
        said: set[str] = set()  # the sentences of the document met so far
        base = norm.original_span(doc.start, doc.end)[0]  # where the document's `original` starts
        for p, section in passages(doc, wanted(doc.text)):
            sentence = None  # the original words of the sentence, once for all its facts
            repeated = p.text in said and len(p.text) >= REPEATED  # a paragraph the document repeats word for word
            said.add(p.text)
            headline = not repeated and _headline_line(doc.text, p)
            for fact in extract(p):
                if sentence is None:
                    sa, sb = norm.original_span(doc.start + p.start, doc.start + p.start + len(p.text))
                    sentence = norm.original[sa:sb]
                row = _fact_row(doc_id, path.name, norm, doc.start, base, fact, sentence, section.title if section else None,
                                repeated or (headline and _restated_below(doc.text, p, fact)))
                if out_of_era:
                    _flag(row, "out_of_era")
                if spun_words and has_spun(p.text):
                    _flag(row, "spun")
                result.facts.append(row)
    if not result.documents:
        raise ReadError(path, "no report text found (fewer than 10 Chinese characters)")
    return result


def _flag(row: dict, name: str) -> None:
    """Add a check the fact fails to its flags (extractors.checks)."""
    row["flags"] = f"{row['flags']},{name}" if row["flags"] else name


def apply_known(doc: Document, known: dict) -> None:
    for name in ("bureau", "region", "type"):
        if known.get(name):
            setattr(doc, name, known[name])
    for name in ("report_year", "plan_year"):
        if known.get(name):
            setattr(doc, name, int(known[name]))
    has_plan = doc.plan_year is not None or any(s.role == "plan" for s in doc.sections)
    if known.get("report_year") and not known.get("plan_year") and has_plan:
        doc.plan_year = doc.report_year + 1


def _document_row(source_id: str, path: Path, norm: Normalised, doc: Document, site: str | None = None) -> dict:
    a, b = norm.original_span(doc.start, doc.end)
    original = norm.original[a:b]
    date = given(doc)
    return {
        "id": f"{source_id}-{doc.seq:02d}", "source_id": source_id, "source": path.name, "seq": doc.seq,
        "title": doc.title, "script": norm.script_at(a, b), "bureau": doc.bureau,
        "region": doc.region, "region_code": region_code(doc.region, doc.report_year or (doc.plan_year and doc.plan_year - 1)),
        "level": doc.level, "type": doc.type, "report_year": doc.report_year,
        "plan_year": doc.plan_year, "given": f"{date[0]}-{date[1]:02d}" if date else None, "site": site,
        "duplicate_of": None, "chars": len(doc.text), "text": doc.text,
        "original": original, "words": words(doc.text), "minhash": signature(doc.text), "numbers": numbers(doc.text),
        "anachronisms": anachronisms(doc.text, doc.report_year or doc.plan_year), "spun": spun(doc.text),
    }


def _fact_row(doc_id: str, source: str, norm: Normalised, start: int, base: int, fact: Fact, original_sentence: str,
              section: str | None, repeated: bool = False) -> dict:
    """A `facts` row: the fact, and its evidence in normalised and original words; its
    original offsets are in the document's `original` (which starts at `base` in the file's
    words), as its offsets are in its `text` (which starts at `start` in the normalised text)."""
    oa, ob = norm.original_span(start + fact.start, start + fact.end)
    return {
        "id": f"{doc_id}:{fact.start}", "document_id": doc_id, "source": source, **fact.as_dict(),
        "section": section, "original_surface": norm.original[oa:ob], "original_sentence": original_sentence,
        "original_start": oa - base, "original_end": ob - base, "duplicate": int(repeated),
    }
