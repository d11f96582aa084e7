"""jieba, set up once: quiet, and with the indicator dictionary's names as words.

Indicator names and their variants are added as user words so that 规范管理率,
家庭医生签约 or 新农合 come out whole (jieba's own dictionary splits them).

Setting jieba up is most of what a worker process spends before its first file (3 s
here): so its dictionary is loaded once and shared by the segmenter and the tagger,
whose word tags are the ones jieba.posseg reads when imported.
"""
from __future__ import annotations

import logging
from functools import cache, lru_cache


@cache
def _dictionary() -> tuple[dict[str, int], int]:
    """jieba's own dictionary (word frequencies and their total), before any user word."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.dt.check_initialized()
    return dict(jieba.dt.FREQ), jieba.dt.total


@cache
def _jieba():
    import jieba

    _dictionary()  # taken before the user words below go into jieba's default tokenizer
    from .indicators import dictionary

    for ind in dictionary().values():
        for phrase in (ind.name, *ind.variants):
            if phrase.isalnum():  # jieba ignores words with punctuation in them
                jieba.add_word(phrase, freq=2000)
    for word in ("新农合", "规范管理率", "家庭医生签约", "应签尽签", "建档立卡", "医共体"):
        jieba.add_word(word, freq=2000)
    return jieba


def words(text: str, hmm: bool = True) -> list[str]:
    return _jieba().lcut(text, HMM=hmm)


@lru_cache(maxsize=4096)
def word_set(text: str) -> frozenset[str]:
    """The words of a short text, without jieba's guesses for unknown words."""
    return frozenset(words(text, hmm=False))


@cache
def _tagger():
    """jieba's part-of-speech tagger on its own dictionary: user words carry no tag."""
    import jieba
    import jieba.posseg

    class Tagger(jieba.posseg.POSTokenizer):
        def load_word_tag(self, f) -> None:
            """The tags jieba.posseg read from the same dict.txt when it was imported."""
            f.close()
            self.word_tag_tab = dict(jieba.posseg.dt.word_tag_tab)

    plain = jieba.Tokenizer()
    freq, total = _dictionary()
    plain.FREQ, plain.total, plain.initialized = freq, total, True
    return Tagger(plain)


@lru_cache(maxsize=65536)
def tagged(text: str) -> list[tuple[str, str]]:
    """(word, part of speech) pairs; verbs start with 'v', places are 'ns'."""
    return [(w.word, w.flag) for w in _tagger().cut(text)]
