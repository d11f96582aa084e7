"""A stored document as a spaCy `Doc`, its facts as spans, for work in spaCy's object model.

The pipeline is spaCy's blank Chinese one with the jieba segmenter (no model is
downloaded).  It is built on demand, never in the extraction path: spaCy is slow to
import and segmenting through it costs more than jieba alone.

    from minerals.spacy_doc import document
    doc = document(db, "68631a80447745b4-01")
    for span in doc.spans["facts"]:
        print(span.text, span.label_, span._.fact["value"])
"""
from __future__ import annotations

from functools import cache

import sqlite_utils


@cache
def nlp():
    import spacy
    from spacy.tokens import Span

    from extractors.segment import words

    words("")  # jieba with the indicator words, which spaCy's segmenter shares
    if not Span.has_extension("fact"):
        Span.set_extension("fact", default=None)
    return spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})


def to_doc(text: str, facts: list[dict]):
    """`text` as a Doc; each fact (with `start`, `end`, `kind`) a span in doc.spans['facts']."""
    doc = nlp()(text)
    spans = []
    for fact in facts:
        span = doc.char_span(fact["start"], fact["end"], label=fact["kind"], alignment_mode="expand")
        if span is not None:
            span._.fact = fact
            spans.append(span)
    doc.spans["facts"] = spans
    return doc


def document(db: sqlite_utils.Database, document_id: str):
    """A stored document and its facts as a Doc."""
    text = db["documents"].get(document_id)["text"]
    facts = list(db["facts"].rows_where("document_id = ?", [document_id], order_by="start"))
    return to_doc(text, facts)
