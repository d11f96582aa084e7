"""Republished copies: an article seen before, in this file or another, exactly or nearly.

Documents are compared by MinHash over 5-character shingles of their Chinese
characters only, so that punctuation, spacing, script and stripped decimals do not
hide a copy.  Then by their numbers: a near copy must hold at least half of the numbers
of the other (or of its own, when it has fewer), so that a copy that lost its decimals
stays a copy, while the same template filled with another county's numbers is a report
of its own.  A short article restated in other words is a copy too, when less alike in
words but with nearly all its numbers the same, and so is a long one rewritten throughout
when twenty numbers or more are nearly all the same; and so is a shortened copy (a mirror's preview of
a report's first pages, or its opening and a section or two) under the full text's title, when nearly all its
words and ten or more of its numbers are the full text's.  Years are left out of the numbers: a copy a
sharing site re-dated is a copy, and a bureau's short summaries of two years, nearly the
same words, are two reports when their few other numbers differ.  A copy is marked `duplicate_of` the original of its
cluster: the copy that holds clearly more numbers, else the one whose words hold the other's and more (the full
text of a shortened copy), else the one given first, else the one on the bureau's own site
rather than a sharing site's (`before`), whichever copy is met first; its facts are flagged so that no fact is counted twice.

`signature` is on the hot path, so it is computed with numpy rather than shingle by
shingle, but it gives the very bytes of datasketch's MinHash (scheme affine32, seed 1)
fed with `zlib.crc32` of each UTF-8 shingle: signatures stored by earlier versions
still compare with new ones.
"""
from __future__ import annotations

import functools
import heapq
import zlib
from collections import Counter
from typing import Iterator

import numpy as np
import regex

from .han import codepoints, is_han

NUM_PERM = 128
SCHEME = "affine32"  # datasketch 2 hashing scheme; stored signatures depend on it, and on crc32
SEED = 1
SHINGLE = 5
# Jaccard similarity above which two articles count as one republished text.
THRESHOLD = 0.6
# A lower similarity will do when nearly all numbers are the same (RESTATED_NUMBERS of the
# numbers of the one with fewer, and at least FEW_NUMBERS of them): a short article restated
# in other words by a sharing site.  Such copies are looked up by their NUMBER_KEYS
# smallest number hashes, which a few numbers added or lost leave mostly in place.
RESTATED = 0.4
RESTATED_NUMBERS = 0.9
NUMBER_KEYS = 3
# Whatever the words, a long article whose numbers (REWORDED_NUMBERS of them at least) are
# nearly all another's (REWORDED_SHARE) is that article rewritten: no two reports share so
# many numbers by chance.
REWORDED_NUMBERS = 20
REWORDED_SHARE = 0.95
# A shortened copy (a preview of a report's first pages, or its opening and a section or two)
# is nearly all contained in the full text, however small a share of it it is, and so has a low
# Jaccard similarity with it: CONTAINED of its words and CONTAINED_SHARE of its numbers, at least
# CONTAINED_NUMBERS of them (no two reports share so many by chance), are the other's.  Its
# containment is estimated from the two signatures alone, so that stored ones still compare: of
# the permutations whose minimum falls in the shorter text, the share whose minimum is the
# longer's too.  The shorter must be CONTAINED_PART of the longer at least (that share of the
# permutations), and both must have the same title: one report among the few that a compilation holds,
# or a table quoting its sentences, is no copy of it.
CONTAINED = 0.9
CONTAINED_SHARE = 0.9
CONTAINED_NUMBERS = 10
CONTAINED_PART = 0.2
# Share of the distinct numbers of the document with fewer that the other must hold too;
# with fewer than FEW_NUMBERS numbers one in common will do, and with none the words alone
# decide (a copy may have lost them all).
SAME_NUMBERS = 0.5
FEW_NUMBERS = 5
# A copy with this many times the distinct numbers of its first copy is the fuller text: the
# first one lost numbers (seed 000's copy lost every decimal), and the copy takes its place.
FULLER = 1.2
# How a document's page ranks as the original of its copies, after the date it was given: the bureau's own first,
# a sharing site's or another office's repost last.
_SITES = {"own": 0, None: 1, "sharing": 2, "repost": 2}
_NUMBER = regex.compile(r"(?<![\d.])(?!(?:19|20)\d\d年)\d+(?:\.\d+)?(?![\d.xX*×])")  # not a year (2019年, 20xx年)
_NOT_HAN = regex.compile(r"[^\p{Han}]+")
_BLOCK = 512  # shingles per block of (permutations × shingles) products, to stay in cache


def shingles(text: str) -> set[str]:
    """The 5-character shingles of a text's Chinese characters (the whole of them when fewer)."""
    han = _NOT_HAN.sub("", text)
    return {han[i:i + SHINGLE] for i in range(max(1, len(han) - SHINGLE + 1))}


@functools.cache
def _crc_tables() -> tuple[int, np.ndarray]:
    """crc32 of a shingle of five 3-byte UTF-8 characters as crc0 ^ T[0][c0] ^ ... ^ T[4][c4].

    For messages of one length CRC-32 is affine in the message bits, so each byte's
    share can be tabulated against the all-zero message, then each BMP character's.
    """
    width = 3 * SHINGLE
    zero = zlib.crc32(bytes(width))
    by_byte = np.empty((width, 256), dtype=np.uint32)
    for pos in range(width):
        for value in range(256):
            msg = bytearray(width)
            msg[pos] = value
            by_byte[pos, value] = zlib.crc32(msg) ^ zero
    cp = np.arange(0x10000, dtype=np.uint32)
    lead, mid, last = 0xE0 | cp >> 12, 0x80 | (cp >> 6) & 0x3F, 0x80 | cp & 0x3F
    tables = np.stack([by_byte[3 * k][lead] ^ by_byte[3 * k + 1][mid] ^ by_byte[3 * k + 2][last] for k in range(SHINGLE)])
    tables[:, :0x800] = 0  # meaningless below U+0800 (not 3 bytes long), where no Han character is
    return zero, tables


@functools.cache
def _permutations() -> np.ndarray:
    """datasketch's affine32 permutations (a, b) for NUM_PERM and SEED, drawn as it draws them.

    Drawn once here and shared, read-only, by every MinHash: datasketch would draw them
    again for each one it builds, and importing it costs a worker a third of a second.
    """
    gen = np.random.RandomState(SEED)
    a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    perms = np.array([a, b])
    perms.flags.writeable = False
    return perms


def _shingle_hashes(text: str) -> np.ndarray:
    """crc32 of each shingle's UTF-8 bytes, repeats included (they cannot change a minimum)."""
    points = codepoints(text)
    han = points[is_han()[points]]
    n = len(han) - SHINGLE + 1
    if n < 1 or han.max() > 0xFFFF:
        # Short texts, and the rare Han characters beyond the BMP (4 bytes in UTF-8).
        return np.array([zlib.crc32(s.encode("utf-8")) for s in shingles(text)], dtype=np.uint32)
    zero, tables = _crc_tables()
    h = tables[0].take(han[:n])  # take: faster than indexing
    for k in range(1, SHINGLE):
        h ^= tables[k].take(han[k:k + n])
    return h ^ np.uint32(zero)


def _fmix32(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's finaliser, which datasketch applies to each input hash (in place)."""
    h ^= h >> 16
    h *= np.uint32(0x85EBCA6B)
    h ^= h >> 13
    h *= np.uint32(0xC2B2AE35)
    h ^= h >> 16
    return h


@functools.cache
def _tiled(width: int) -> tuple[np.ndarray, np.ndarray]:
    """The permutations' a and b, each repeated `width` times: one row per permutation."""
    a, b = _permutations()
    return np.repeat(a, width).reshape(NUM_PERM, width), np.repeat(b, width).reshape(NUM_PERM, width)


def signature(text: str) -> bytes:
    """A document's MinHash signature (NUM_PERM uint32), as bytes to store beside it.

    The products a·h + b are taken in blocks of (permutations × shingles), with the
    tiled a and b of `_tiled`: numpy is 2-3 times faster on contiguous operands of one
    shape than when it broadcasts.  Block widths are multiples of 64, padded with a
    repeated hash, so that only a few tilings are kept.
    """
    h = np.sort(_fmix32(_shingle_hashes(text)))
    h = h[np.concatenate(([True], h[1:] != h[:-1]))]  # repeats cannot change a minimum
    blocks = -(-len(h) // _BLOCK)
    width = -(-len(h) // (blocks * 64)) * 64
    h = np.concatenate((h, np.full(blocks * width - len(h), h[0], dtype=np.uint32)))
    a, b = _tiled(width)
    products = np.empty((NUM_PERM, width), dtype=np.uint32)
    out = np.full(NUM_PERM, np.iinfo(np.uint32).max, dtype=np.uint32)
    for start in range(0, len(h), width):
        products[:] = h[start:start + width]
        products *= a  # wraps mod 2**32, as datasketch's affine32 does
        products += b
        np.minimum(out, products.min(axis=1), out=out)
    return out.tobytes()


def numbers(text: str) -> bytes:
    """The distinct numbers of a text, as sorted crc32 values (uint32), to store beside it."""
    found = {zlib.crc32(n.encode("ascii")) for n in _NUMBER.findall(text)}
    return np.array(sorted(found), dtype=np.uint32).tobytes()


def rank(doc) -> tuple[str | None, int, str]:
    """What places a document row among its copies (see `before`): the date it was given (YYYY-MM),
    its site (`_SITES`) and its id, which its file's bytes make."""
    return doc["given"], _SITES.get(doc["site"], 1), doc["id"]


def before(a: tuple[str | None, int, str], b: tuple[str | None, int, str]) -> bool:
    """Whether the copy ranked `a` is the original rather than `b`: the one given first, when both
    dates are known (a repost's page may date it where the bureau's own text does not); else the
    one on the bureau's own site; else the lower id, so that the order of the files decides nothing."""
    if a[0] and b[0] and a[0] != b[0]:
        return a[0] < b[0]
    return a[1:] < b[1:]


def _minima(x: np.ndarray, y: np.ndarray) -> tuple[int, int, int]:
    """Of two signatures' permutations, how many have the minimum of both texts together (the smaller
    of the two minima) in both, in `x`'s text alone, and in `y`'s alone."""
    return int(np.count_nonzero(x == y)), int(np.count_nonzero(x < y)), int(np.count_nonzero(y < x))


def contained(x: np.ndarray, y: np.ndarray) -> float:
    """Estimated share of the words of the shorter of two signatures' texts that the other holds too
    (0 when it is less than CONTAINED_PART of the other): of the permutations whose joint minimum
    lies in the shorter, the share in which it lies in both."""
    equal, only_x, only_y = _minima(x, y)
    sample = equal + min(only_x, only_y)
    return equal / sample if sample >= CONTAINED_PART * NUM_PERM else 0.0


def _holds(x: np.ndarray, y: np.ndarray) -> bool:
    """Whether the text of signature `x` holds nearly all the words of `y`'s (as `contained` says) and
    clearly more, as FULLER says of numbers: the full text of a shortened copy."""
    equal, only_x, only_y = _minima(x, y)
    return (only_x >= (1 - 1 / FULLER) * NUM_PERM and equal + only_y >= CONTAINED_PART * NUM_PERM
            and equal >= CONTAINED * (equal + only_y))


def copied(sim: float, a: bytes | None, b: bytes | None, within: float = 0.0) -> bool:
    """Whether two documents this alike in words, with these `numbers`, are one text; `within` is
    how nearly the shorter's words are all the longer's (`contained`)."""
    if sim >= THRESHOLD:
        return same_numbers(a, b)
    if a is None or b is None:
        return False
    x, y = np.frombuffer(a, dtype=np.uint32), np.frombuffer(b, dtype=np.uint32)
    fewer = min(len(x), len(y))
    shared = len(np.intersect1d(x, y, assume_unique=True))
    if within >= CONTAINED and fewer >= CONTAINED_NUMBERS and shared >= CONTAINED_SHARE * fewer:
        return True  # a shortened copy
    if sim < RESTATED:
        return fewer >= REWORDED_NUMBERS and shared >= REWORDED_SHARE * fewer
    return fewer >= FEW_NUMBERS and shared >= RESTATED_NUMBERS * fewer


def _split(nums: bytes | None) -> list[bytes]:
    """A document's `numbers`, one hash each."""
    return [nums[i:i + 4] for i in range(0, len(nums), 4)] if nums else []


def _whole(nums: bytes | None) -> list[bytes]:
    """A document's `numbers` as one key, apart from any one number's."""
    return [b"all" + nums] if nums else []


def _number_keys(nums: bytes | None) -> list[bytes]:
    """The smallest hashes of a document's `numbers` (they are stored sorted), when it has enough."""
    if not nums or len(nums) // 4 < FEW_NUMBERS:
        return []
    return [nums[i:i + 4] for i in range(0, 4 * NUMBER_KEYS, 4)]


def same_numbers(a: bytes | None, b: bytes | None) -> bool:
    """Whether two near copies hold the same numbers (see the module's docstring); True
    when either's numbers are unknown (a row stored before they were kept)."""
    if a is None or b is None:
        return True
    x, y = np.frombuffer(a, dtype=np.uint32), np.frombuffer(b, dtype=np.uint32)
    fewer = min(len(x), len(y))
    if fewer == 0:
        return True
    shared = len(np.intersect1d(x, y, assume_unique=True))
    return shared >= 1 if fewer < FEW_NUMBERS else shared >= SAME_NUMBERS * fewer


class Index:
    """The documents seen so far; `add` returns the id of the first copy, if any.

    Locality-sensitive hashing over the signatures: 32 bands of 4 values, the setting
    datasketch's MinHashLSH picks for a threshold of 0.4 (a copy at THRESHOLD is missed
    1 time in 85, one at 0.75 almost never).  Each document sharing a band with the new
    one is then checked against THRESHOLD.  Kept here, in a few dicts, because
    importing datasketch's LSH (and the scipy it pulls in) costs 0.75 s a run.

    The work per new document is bounded.  A template filled by many counties puts all its
    originals in the same band buckets, so that each new report would meet every earlier one.
    When a bucket it meets holds more than BUCKET documents, only the latest BUCKET of it are
    taken, joined by the documents that share its rarer numbers (each held by BUCKET documents
    at most: a common small number says nothing) or all of them, or whose copies do, since a
    copy of a copy is a copy of the original; they are ranked by the numbers they share with
    it, then by the bands, and the best CHECKED are checked.  A copy shares nearly all
    its numbers with its original, a template's other filling the bands but few numbers.
    With no bucket that full, as in an ordinary corpus, every document met is checked.
    `compared` counts the checks.
    """

    BANDS, ROWS = 32, 4
    BUCKET = 100
    CHECKED = 16

    def __init__(self) -> None:
        self._bands: list[dict[bytes, list[str]]] = [{} for _ in range(self.BANDS)]
        self._by_numbers: dict[bytes, list[str]] = {}  # a restated copy is found by its numbers' NUMBER_KEYS
        # The originals holding each number (and each whole set of numbers), and those whose copies do: to rank the
        # documents met in full buckets.
        self._by_number: dict[bytes, list[str]] = {}
        self.compared = 0
        self._sigs: dict[str, np.ndarray] = {}
        self._numbers: dict[str, bytes | None] = {}
        self._order: dict[str, int] = {}
        self._ranks: dict[str, tuple | None] = {}
        self._titles: dict[str, str] = {}  # each document's `_title_key`, when it has a title
        self._by_title: dict[str, list[str]] = {}

    def _keys(self, sig: np.ndarray) -> list[bytes]:
        return [sig[i * self.ROWS:(i + 1) * self.ROWS].tobytes() for i in range(self.BANDS)]

    def add(self, doc_id: str, sig: bytes, nums: bytes | None = None, rank: tuple | None = None,
            title: str | None = None) -> str | None:
        """The id of the first copy of this document, or None when it is an original.

        `nums` are the document's `numbers`, `rank` its `rank`, `title` its title (a shortened copy
        keeps its original's).  Only originals are indexed, so a run over
        many copies compares each new document with the originals alone.  They are
        compared in the order they were indexed, up to the first that this one copies.
        """
        values = np.frombuffer(sig, dtype=np.uint32)
        for c in self._to_check(doc_id, values, nums, title):
            self.compared += 1
            theirs = self._sigs[c]
            sim = similarity(values, theirs)
            within = contained(values, theirs) if sim < THRESHOLD and _same_title(title, self._titles.get(c)) else 0.0
            if copied(sim, nums, self._numbers[c], within):
                for key in _split(nums) + _whole(nums):  # a copy of this copy shares its numbers: they lead to the original
                    self._by_number.setdefault(key, []).append(c)
                return c
        self.insert(doc_id, sig, nums, rank, title)
        return None

    def _to_check(self, doc_id: str, values: np.ndarray, nums: bytes | None, title: str | None) -> Iterator[str]:
        """The `_candidates`, then, when no bucket was full, those of its title that `_titled` picks: sought
        only when none of the others is copied, as most copies are found in the bands."""
        candidates, full = self._candidates(doc_id, values, nums)
        yield from candidates
        if not full:
            seen = set(candidates)
            yield from (c for c in self._titled(doc_id, nums, title) if c not in seen)

    def _candidates(self, doc_id: str, values: np.ndarray, nums: bytes | None) -> tuple[list[str], bool]:
        """The documents to check, in the order they were indexed: every one met in the band
        and number-key buckets, or, when a bucket is full, the best CHECKED (see the class); and
        whether a bucket was full."""
        bands: Counter[str] = Counter()
        buckets = [band.get(key, ()) for band, key in zip(self._bands, self._keys(values))]
        keyed = [self._by_numbers.get(key, ()) for key in _number_keys(nums)]
        for bucket in buckets:
            bands.update(bucket[-self.BUCKET:])
        met = set(bands).union(*(bucket[-self.BUCKET:] for bucket in keyed))
        met.discard(doc_id)
        if all(len(bucket) <= self.BUCKET for bucket in buckets + keyed):
            return sorted(met, key=self._order.__getitem__), False
        shared = self._shared(nums)
        for c in self._by_number.get(_whole(nums)[0], ())[-self.BUCKET:] if nums else ():
            shared[c] += len(nums) // 4  # all its numbers, however common each is
        met.update(c for c in shared if c in self._sigs)  # not one removed since a copy of it was met
        met.discard(doc_id)
        order = self._order.__getitem__
        best = heapq.nlargest(self.CHECKED, met, key=lambda c: (shared[c], bands[c], -order(c)))
        return sorted(best, key=order), True

    def _shared(self, nums: bytes | None) -> Counter[str]:
        """The documents sharing each of these numbers held by BUCKET documents at most: a common
        small number says nothing."""
        shared: Counter[str] = Counter()
        for key in _split(nums):
            bucket = self._by_number.get(key, ())
            if len(bucket) <= self.BUCKET:
                shared.update(bucket)
        return shared

    def _titled(self, doc_id: str, nums: bytes | None, title: str | None) -> list[str]:
        """The best CHECKED documents of this title (of the latest BUCKET) that share CONTAINED_NUMBERS of
        these numbers, in the order they were indexed: a shortened copy, or the full text of one, shares
        few bands with it."""
        titled = self._by_title.get(_title_key(title), ())[-self.BUCKET:] if title else ()
        if not titled or len(nums or b"") // 4 < CONTAINED_NUMBERS:
            return []
        shared = self._shared(nums)
        holding = [c for c in titled if shared[c] >= CONTAINED_NUMBERS and c != doc_id]
        order = self._order.__getitem__
        return sorted(heapq.nlargest(self.CHECKED, holding, key=lambda c: (shared[c], -order(c))), key=order)

    def insert(self, doc_id: str, sig: bytes, nums: bytes | None = None, rank: tuple | None = None,
               title: str | None = None) -> None:
        """Index an original without comparing it: a document stored as one.  Compared, the
        originals of one template filled by many counties would each meet all the others."""
        if doc_id in self._sigs:
            return
        values = np.frombuffer(sig, dtype=np.uint32)
        for band, key in zip(self._bands, self._keys(values)):
            band.setdefault(key, []).append(doc_id)
        for key in _number_keys(nums):
            self._by_numbers.setdefault(key, []).append(doc_id)
        for key in _split(nums) + _whole(nums):
            self._by_number.setdefault(key, []).append(doc_id)
        self._sigs[doc_id] = values
        self._numbers[doc_id] = nums
        self._ranks[doc_id] = rank
        if title:
            self._titles[doc_id] = _title_key(title)
            self._by_title.setdefault(self._titles[doc_id], []).append(doc_id)
        self._order[doc_id] = len(self._order)

    def precedes(self, nums: bytes | None, rank: tuple | None, first: str, sig: bytes | None = None,
                 title: str | None = None) -> bool:
        """Whether a copy is the original rather than its first copy: it holds clearly more
        numbers, or else its words hold the other's and not the other way round (the full text
        of a shortened copy), or else it ranks before."""
        held = self._numbers.get(first)
        if _fuller(nums, held) or _fuller(held, nums):
            return _fuller(nums, held)
        fewer = min(len(nums or b""), len(held or b"")) // 4
        if sig is not None and first in self._sigs and fewer >= CONTAINED_NUMBERS and _same_title(title, self._titles.get(first)):
            ours, theirs = np.frombuffer(sig, dtype=np.uint32), self._sigs[first]
            if _holds(ours, theirs) or _holds(theirs, ours):
                return _holds(ours, theirs)
        theirs = self._ranks.get(first)
        return rank is not None and theirs is not None and before(rank, theirs)

    def promote(self, doc_id: str, sig: bytes, nums: bytes | None, first: str, rank: tuple | None = None,
                title: str | None = None) -> None:
        """Index a copy in the place of its first copy, as the original of them all (not
        compared again: it is the original of a group found already)."""
        order = self._order[first]
        self.remove(first)
        self.insert(doc_id, sig, nums, rank, title)
        self._order[doc_id] = order

    def remove(self, doc_id: str) -> None:
        """Forget a document (its file changed and is about to be replaced)."""
        values = self._sigs.pop(doc_id, None)
        if values is None:
            return
        self._ranks.pop(doc_id, None)
        if (title := self._titles.pop(doc_id, None)) is not None:
            self._by_title[title].remove(doc_id)
            if not self._by_title[title]:
                del self._by_title[title]
        keyed = [(band, key) for band, key in zip(self._bands, self._keys(values))]
        nums = self._numbers.pop(doc_id)
        keyed += [(self._by_numbers, key) for key in _number_keys(nums)]
        keyed += [(self._by_number, key) for key in _split(nums) + _whole(nums)]
        for table, key in keyed:
            table[key].remove(doc_id)  # once: a number its copies held too stays, and is passed over
            if not table[key]:
                del table[key]


def _fuller(nums: bytes | None, held: bytes | None) -> bool:
    """Whether a copy's numbers are clearly more than another copy's."""
    if nums is None or held is None:
        return False
    return len(nums) // 4 >= FEW_NUMBERS and len(nums) > FULLER * len(held)


def _title_key(title: str) -> str:
    """A title as documents that share it are indexed: spaces aside."""
    return title.replace(" ", "")


def _same_title(title: str | None, key: str | None) -> bool:
    """Whether a document's title is the one indexed as `key` (a title unknown is none)."""
    return bool(title and key) and _title_key(title) == key


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures: the share of equal values."""
    return float(np.count_nonzero(a == b)) / NUM_PERM
