"""Republished copies: an article seen before, in this file or another, exactly or nearly.

Documents are compared by MinHash over 5-character shingles of their Chinese
characters only, so that punctuation, spacing, script and stripped decimals do not
hide a copy.  A copy is marked `duplicate_of` the first document of its cluster, and
its facts are flagged so that no fact is counted twice.
"""
from __future__ import annotations

import zlib

import regex

NUM_PERM = 128
SCHEME = "affine32"  # datasketch 2 hashing scheme; stored signatures depend on it, and on crc32
SHINGLE = 5
# Jaccard similarity above which two articles count as one republished text.
THRESHOLD = 0.6
_NOT_HAN = regex.compile(r"[^\p{Han}]+")


def shingles(text: str) -> set[str]:
    han = _NOT_HAN.sub("", text)
    return {han[i:i + SHINGLE] for i in range(max(1, len(han) - SHINGLE + 1))}


def signature(text: str) -> bytes:
    """A document's MinHash signature, as bytes to store beside it."""
    from datasketch import MinHash

    m = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME, hashfunc=zlib.crc32)
    m.update_batch([s.encode("utf-8") for s in shingles(text)])
    return m.hashvalues.tobytes()


def _minhash(sig: bytes):
    import numpy as np
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME, hashfunc=zlib.crc32, hashvalues=np.frombuffer(sig, dtype=np.uint32))


class Index:
    """The documents seen so far; `add` returns the id of the first copy, if any."""

    def __init__(self) -> None:
        from datasketch import MinHashLSH

        # Candidates come from a looser band setting (32 bands of 4): a copy at the
        # threshold is missed 1 time in 85, one at 0.75 almost never; each candidate is
        # then checked against THRESHOLD.
        self._lsh = MinHashLSH(threshold=THRESHOLD - 0.2, num_perm=NUM_PERM)
        self._sigs: dict[str, object] = {}
        self._order: dict[str, int] = {}

    def add(self, doc_id: str, sig: bytes) -> str | None:
        """The id of the first copy of this document, or None when it is an original.

        Only originals are indexed, so a run over many copies compares each new
        document with the originals alone.
        """
        m = _minhash(sig)
        candidates = [c for c in self._lsh.query(m) if c != doc_id and m.jaccard(self._sigs[c]) >= THRESHOLD]
        if candidates:
            return min(candidates, key=self._order.__getitem__)
        if doc_id not in self._sigs:
            self._lsh.insert(doc_id, m)
            self._sigs[doc_id] = m
            self._order[doc_id] = len(self._order)
        return None

    def remove(self, doc_id: str) -> None:
        """Forget a document (its file changed and is about to be replaced)."""
        if doc_id in self._sigs:
            self._lsh.remove(doc_id)
            del self._sigs[doc_id]
