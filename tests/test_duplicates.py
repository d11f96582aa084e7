"""Republished copies: MinHash over Chinese-character shingles, with its threshold tried on the seeds."""
from __future__ import annotations

from conftest import SEEDS
from minerals.documents import split
from minerals.duplicates import THRESHOLD, Index, signature
from minerals.normalise import normalise


def _docs(name):
    return split(normalise((SEEDS / name).read_text(encoding="utf-8")).text)


def _jaccard(a, b):
    import numpy as np

    x, y = np.frombuffer(signature(a), dtype=np.uint32), np.frombuffer(signature(b), dtype=np.uint32)
    return float((x == y).mean())


def test_near_copy_with_stripped_decimals_is_found():
    """Seed 000's third article republishes the first, without its year and decimals."""
    docs = _docs("000_a0ef4cc83819c552.txt")
    assert _jaccard(docs[0].text, docs[2].text) >= THRESHOLD
    index = Index()
    ids = [index.add(f"d{n}", signature(d.text)) for n, d in enumerate(docs)]
    assert ids == [None, None, "d0", None, None]


def test_different_reports_stay_apart():
    """Other articles of the seeds, on the same subjects, stay well under the threshold."""
    docs = _docs("000_a0ef4cc83819c552.txt") + _docs("002_8cc4176ce2926fda.txt") + _docs("004_7f0a36e5d8183faa.txt")
    pairs = [(0, 1), (0, 3), (0, 4), (1, 3), (0, 5), (5, 6), (7, 8), (8, 9)]
    for a, b in pairs:
        assert _jaccard(docs[a].text, docs[b].text) < THRESHOLD / 2, (docs[a].title, docs[b].title)


def test_exact_copy_across_files(tmp_path):
    from minerals import runner
    from minerals.db import open_db

    text = (SEEDS / "002_8cc4176ce2926fda.txt").read_text(encoding="utf-8")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(text.replace("卫生健康局", "卫生健康局 ", 1) + "\n转载请注明出处\n", encoding="utf-8")
    db = open_db(tmp_path / "m.db")
    summary = runner.extract(db, [tmp_path])
    assert summary.duplicates == 1
    first, copy = list(db.query("SELECT id, duplicate_of FROM documents ORDER BY source"))
    assert first["duplicate_of"] is None and copy["duplicate_of"] == first["id"]
    flags = {r["duplicate"] for r in db.query("SELECT duplicate FROM facts WHERE document_id = ?", [copy["id"]])}
    assert flags == {1}
