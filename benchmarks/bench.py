"""Characters per second of each stage of minerals, beside jieba.lcut alone on the same text.

    python benchmarks/bench.py [--reports N] [--seeds DIR] [--jobs 1 2] [--json OUT]

It builds a corpus of N reports from the sample reports (and the seeds, when present
beside the project) with `make_corpus.py`, then in this one process times each stage over
all of it: read and decode, normalise (OpenCC and debris, with the offset map), split and
describe documents, search words (rjieba), MinHash signatures, extract facts, store in
SQLite; then the whole pipeline end to end (`minerals extract`) with each number of jobs,
a re-run over the unchanged files, and jieba.lcut over the same normalised text.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).parent))


def _timed(fn):
    start = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - start


def run(files: list[Path], jobs: list[int], workdir: Path) -> dict:
    import gc

    import jieba

    from extractors import extract, wanted
    from minerals import runner
    from minerals.db import open_db, store
    from minerals.documents import describe, split
    from minerals.duplicates import signature
    from minerals.normalise import normalise
    from minerals.pipeline import passages, process, words
    from minerals.reading import read

    blobs = [(p, p.read_bytes()) for p in files]
    process(*blobs[0])  # load every dictionary and cached table before timing
    jieba.lcut("预热")

    readings, t_read = _timed(lambda: [read(p, b).text for p, b in blobs])
    chars = sum(len(t) for t in readings)
    norms, t_norm = _timed(lambda: [normalise(t) for t in readings])
    docs, t_docs = _timed(lambda: [describe(d) for n in norms for d in split(n.text)])
    _, t_words = _timed(lambda: [words(d.text) for d in docs])
    _, t_minhash = _timed(lambda: [signature(d.text) for d in docs])
    facts, t_extract = _timed(lambda: [f for d in docs for p, _ in passages(d, wanted(d.text)) for f in extract(p)])
    results = [process(p, b) for p, b in blobs]
    stages_db = open_db(workdir / "stages.db")

    def store_all() -> None:
        with runner._batched_commits(stages_db) as tick:  # committing as `minerals extract` does
            for r in results:
                store(stages_db, r, index=False)
                tick()

    _, t_store = _timed(store_all)
    texts = [n.text for n in norms]
    _, t_jieba = _timed(lambda: [jieba.lcut(t) for t in texts])
    n_facts = len(facts)
    del readings, norms, docs, facts, results, texts  # a run holds none of them
    gc.collect()

    def rate(t: float) -> int:
        return round(chars / t)

    whole = {}
    for n in jobs:
        db = open_db(workdir / f"whole-{n}.db")
        _, t_whole = _timed(lambda: runner.extract(db, files, jobs=n))
        whole[n] = t_whole
    _, t_rerun = _timed(lambda: runner.extract(open_db(workdir / f"whole-{jobs[0]}.db"), files))
    cps = {
        "read_decode": rate(t_read), "normalise": rate(t_norm), "documents": rate(t_docs),
        "search_words": rate(t_words), "minhash": rate(t_minhash), "extract": rate(t_extract),
        "store": rate(t_store),
        **{f"whole_pipeline_jobs_{n}": rate(t) for n, t in whole.items()},
        "jieba_lcut": rate(t_jieba),
    }
    return {
        "machine": {"python": platform.python_version(), "platform": platform.platform(),
                    "processor": platform.processor() or platform.machine(), "cores": os.cpu_count()},
        "reports": len(files), "characters": chars, "facts": n_facts,
        "chars_per_second": cps,
        "whole_pipeline_over_jieba": {n: round(t_jieba / t, 2) for n, t in whole.items()},
        "first_run_seconds": {n: round(t, 2) for n, t in whole.items()},
        "rerun_seconds": round(t_rerun, 3),
    }


def main() -> None:
    from make_corpus import build

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reports", type=int, default=200, help="size of the corpus to build (default 200)")
    seeds = ROOT.parent / "shared" / "seeds"
    ap.add_argument("--seeds", type=Path, default=seeds if seeds.is_dir() else None,
                    help="also recombine these report files (default ../shared/seeds when present)")
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="job counts for the whole pipeline")
    ap.add_argument("--json", type=Path, help="also write the report here")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        files = build(Path(tmp) / "corpus", args.reports, args.seeds)
        report = run(files, args.jobs, Path(tmp))
    cps = report["chars_per_second"]
    width = max(map(len, cps))
    print(f"{report['reports']} reports, {report['characters']:,} characters, {report['facts']:,} facts")
    for stage, value in cps.items():
        print(f"  {stage:<{width}}  {value:>12,} chars/s")
    for n, ratio in report["whole_pipeline_over_jieba"].items():
        print(f"  whole pipeline with {n} job(s) / jieba.lcut: {ratio}x ({report['first_run_seconds'][n]} s)")
    print(f"  re-run over unchanged files {report['rerun_seconds']} s")
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
