"""jieba set up once for the extractors: the shared dictionary changes no word and no tag."""
from __future__ import annotations

import pytest

from conftest import SEEDS


def _pieces():
    """Clause-sized pieces of the seeds, the length the extractors tag."""
    return [line.strip()[:30] for path in sorted(SEEDS.iterdir())
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()][:100]


@pytest.fixture(scope="module")
def posseg():
    """jieba.posseg's tagger as jieba builds it, on its own prefix dictionary."""
    import jieba
    import jieba.posseg

    return jieba.posseg.POSTokenizer(jieba.Tokenizer())


def test_tagger_tags_as_jieba_posseg_does(posseg):
    """Ours takes its route from rjieba: the words and tags must stay jieba.posseg's."""
    from extractors.segment import tagged

    lines = _pieces() + [line[i:i + 12] for line in _pieces()[:50] for i in (3, 11)]
    assert len(lines) == 200
    for line in lines:
        assert tagged(line) == [(w.word, w.flag) for w in posseg.cut(line)], line


@pytest.mark.parametrize("text", [
    "HIV感染者B超检查0-6岁儿童abc",  # rjieba joins single letters and digits; B超 is a word
    "AA制的T恤和CT检查",
    "全县65岁以上老年人健康管理率达到70%",
    "衛生局开展工作",  # unknown runs of single characters go to posseg's HMM
    "殷都区", "某", "", " \r\n 换行", "x1", "2019年",
])
def test_tagger_edge_cases_as_jieba_posseg(posseg, text):
    from extractors.segment import tagged

    assert tagged(text) == [(w.word, w.flag) for w in posseg.cut(text)]


@pytest.mark.parametrize("text, expected", [
    ("青川县卫生健康局", [("青川县", "ns"), ("卫生", "an"), ("健康", "a"), ("局", "n")]),
    ("计划生育", [("计划生育", "l")]),
])
def test_tagged_words(text, expected):
    from extractors.segment import tagged

    assert tagged(text) == expected


def test_user_words_reach_the_segmenter_not_the_tagger():
    """规范管理率 is one word for role cues; the tagger keeps jieba's own dictionary."""
    from extractors.segment import tagged, word_set

    assert "规范管理率" in word_set("全县规范管理率达到93.14%")
    assert "规范管理率" not in [w for w, _ in tagged("高血压患者规范管理率")]


def test_word_sets_are_jiebas_words_without_hmm():
    """rjieba with the same user words cuts as jieba with HMM off, on every piece of the seeds."""
    from extractors.segment import word_set, words

    pieces = [line[i:i + n] for line in _pieces() for i in range(0, 30, 7) for n in (3, 9, 20)]
    assert len(pieces) > 1000
    for piece in pieces:
        assert word_set(piece) == frozenset(words(piece, hmm=False)), piece
