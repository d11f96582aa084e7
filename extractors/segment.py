"""jieba, set up once: quiet, and with the indicator dictionary's names as words.

Indicator names and their variants are added as user words so that 规范管理率,
家庭医生签约 or 新农合 come out whole (jieba's own dictionary splits them).

The extractors' word sets come from rjieba, jieba's dictionary and algorithm in
Rust: with HMM off and the same user words it cuts exactly as jieba (checked on
35,000 pieces of the seeds and samples), 11 times faster.  Part-of-speech tags are
jieba.posseg's (its word tags and its HMM), along the route rjieba finds: rjieba's own
tagger does not match jieba.posseg.
"""
from __future__ import annotations

import logging
import re
from functools import cache, lru_cache
from typing import Iterator

# Verbs jieba's tags read as something else (联通, China Unicom's name, for connecting a platform to institutions).
_VERBS_MISTAGGED = ("联通", "连通")

# Words jieba's dictionary lacks beside the indicator names.
_EXTRA_WORDS = ("新农合", "规范管理率", "家庭医生签约", "应签尽签", "建档立卡", "医共体", "在岗", "在编", "目标人群",
                "计划免疫", "占比", "犬只")


def _user_words() -> list[str]:
    from .indicators import dictionary

    names = [phrase for ind in dictionary().values() for phrase in (ind.name, *ind.variants)]
    return [w for w in names if w.isalnum()] + list(_EXTRA_WORDS)  # jieba ignores words with punctuation


@cache
def _jieba():
    """jieba's default tokenizer with the user words (spaCy's segmenter uses it)."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    for word in _user_words():
        jieba.add_word(word, freq=2000)
    return jieba


@cache
def _rjieba():
    """An rjieba tokenizer of its own with the user words (rjieba's default one cuts search words)."""
    import rjieba

    tokenizer = rjieba.Jieba()
    for word in _user_words():
        tokenizer.add_word(word, 2000, None)
    return tokenizer


def words(text: str, hmm: bool = True) -> list[str]:
    """jieba's words of a text, with the user words."""
    return _jieba().lcut(text, HMM=hmm)


@lru_cache(maxsize=65536)
def word_ends(text: str) -> tuple[int, ...]:
    """Where the words of a short text end (HMM off, with the user words), from 0 to its length."""
    ends, at = [0], 0
    for word in _rjieba().cut(text, False):
        at += len(word)
        ends.append(at)
    return tuple(ends)


@lru_cache(maxsize=4096)
def word_set(text: str) -> frozenset[str]:
    """The words of a short text, without jieba's guesses for unknown words (HMM off)."""
    return frozenset(_rjieba().cut(text, False))


_ASCII_RUN = re.compile("[a-zA-Z0-9]{2,}")


@cache
def _tagger():
    """jieba's part-of-speech tagger on its own dictionary (user words carry no tag), with
    its word route taken from rjieba.

    jieba.posseg cuts a block of text along the most probable route through the
    dictionary, then tags each word from the word tags it read at import and runs its
    HMM over any run of single characters that is no word.  rjieba finds the same route
    in Rust, from the same dictionary, without the 1-1.3 s a process spends loading
    jieba's own prefix dictionary; the tags and the HMM stay jieba.posseg's.  rjieba
    joins a route's single ASCII letters and digits (HIV): none is a word of the
    dictionary, so such a run is split again.
    """
    import jieba
    import jieba.posseg
    import rjieba

    word_tags = {**jieba.posseg.dt.word_tag_tab, **dict.fromkeys(_VERBS_MISTAGGED, "v")}
    pair = jieba.posseg.pair

    def route(block: str) -> Iterator[str]:
        for word in rjieba.cut(block, False):
            if _ASCII_RUN.fullmatch(word):
                yield from word
            else:
                yield word

    class Tagger(jieba.posseg.POSTokenizer):
        def load_word_tag(self, f) -> None:
            f.close()
            self.word_tag_tab = word_tags

        def _POSTokenizer__cut_DAG(self, sentence: str) -> Iterator:
            """jieba.posseg's own `__cut_DAG`, along rjieba's route; a dictionary word
            is one with a tag (every word of jieba's dictionary has a frequency)."""
            buf = ""
            for word in (*route(sentence), ""):
                if len(word) == 1:
                    buf += word
                    continue
                if len(buf) == 1:
                    yield pair(buf, word_tags.get(buf, "x"))
                elif buf and buf not in word_tags:
                    yield from self.unknown(buf)
                else:
                    for char in buf:
                        yield pair(char, word_tags.get(char, "x"))
                buf = ""
                if word:
                    yield pair(word, word_tags.get(word, "x"))

        @lru_cache(maxsize=4096)
        def unknown(self, run: str) -> tuple:
            """The words and tags jieba.posseg's HMM reads in a run of characters that is
            no word (a millisecond's work for three): such runs recur (二是, 两癌, 全旗)."""
            return tuple(self._POSTokenizer__cut_detail(run))

    jieba.setLogLevel(logging.WARNING)
    return Tagger(jieba.Tokenizer())


@lru_cache(maxsize=65536)
def tagged(text: str) -> list[tuple[str, str]]:
    """(word, part of speech) pairs; verbs start with 'v', places are 'ns'."""
    return [(w.word, w.flag) for w in _tagger().cut(text)]
