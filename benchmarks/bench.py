"""Characters per second of each stage of minerals, beside jieba.lcut alone on the same text.

    python benchmarks/bench.py [--reports N] [--seeds DIR] [--jobs 1 2] [--json OUT]

It builds a corpus of N reports from the sample reports (and the seeds, when present
beside the project) with `make_corpus.py`, then in this one process times each stage over
all of it: read and decode, normalise (OpenCC and debris, with the offset map), split and
describe documents, search words (rjieba), MinHash signatures, extract facts, store in
SQLite; then the whole pipeline end to end and jieba.lcut over the same normalised text.

Each whole run is timed twice: warm, in this process once every dictionary is loaded,
and cold, as a user runs it: `minerals extract --jobs N` in a fresh process, against a
fresh process that imports jieba and cuts the same text, each paying its own start-up.
Then a re-run over the unchanged files.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
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


def _fresh(code: str, *args: str) -> None:
    """Run Python code in a new process of this interpreter, as a user's command would run."""
    subprocess.run([sys.executable, "-c", code, *args], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)


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

    corpus = files[0].parent
    assert all(p.parent == corpus for p in files), "the corpus is one folder"
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
    (workdir / "texts.json").write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    n_facts = len(facts)
    del readings, norms, docs, facts, results, texts  # a run holds none of them
    gc.collect()

    def rate(t: float) -> int:
        return round(chars / t)

    _, t_warm = _timed(lambda: runner.extract(open_db(workdir / "warm.db"), files))
    _, t_jieba_cold = _timed(lambda: _fresh("import json, logging, sys, jieba; jieba.setLogLevel(logging.WARNING); "
                                            "[jieba.lcut(t) for t in json.load(open(sys.argv[1], encoding='utf-8'))]",
                                            str(workdir / "texts.json")))
    whole = {}
    for n in jobs:
        _, whole[n] = _timed(lambda: _fresh("from minerals.cli import cli; cli()", "extract", "-q", "--jobs", str(n),
                                            "--db", str(workdir / f"whole-{n}.db"), str(corpus)))
    _, t_rerun = _timed(lambda: runner.extract(open_db(workdir / f"whole-{jobs[0]}.db"), files))
    cps = {
        "read_decode": rate(t_read), "normalise": rate(t_norm), "documents": rate(t_docs),
        "search_words": rate(t_words), "minhash": rate(t_minhash), "extract": rate(t_extract),
        "store": rate(t_store), "whole_pipeline_warm": rate(t_warm), "jieba_lcut_warm": rate(t_jieba),
        **{f"whole_pipeline_jobs_{n}_cold": rate(t) for n, t in whole.items()},
        "jieba_lcut_cold": rate(t_jieba_cold),
    }
    return {
        "machine": {"python": platform.python_version(), "platform": platform.platform(),
                    "processor": platform.processor() or platform.machine(), "cores": os.cpu_count()},
        "reports": len(files), "characters": chars, "facts": n_facts,
        "chars_per_second": cps,
        "warm_over_jieba": round(t_jieba / t_warm, 2),
        "cold_over_jieba": {n: round(t_jieba_cold / t, 2) for n, t in whole.items()},
        "cold_jobs_over_one_job": {n: round(whole[1] / t, 2) for n, t in whole.items() if n != 1} if 1 in whole else {},
        "seconds": {"whole_pipeline_warm": round(t_warm, 2), "jieba_lcut_warm": round(t_jieba, 2),
                    "jieba_lcut_cold": round(t_jieba_cold, 2),
                    **{f"whole_pipeline_jobs_{n}_cold": round(t, 2) for n, t in whole.items()}},
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
    print(f"  whole pipeline / jieba.lcut, both warm in this process: {report['warm_over_jieba']}x")
    for n, ratio in report["cold_over_jieba"].items():
        print(f"  minerals extract --jobs {n} / jieba.lcut, each a fresh process: {ratio}x")
    for n, ratio in report["cold_jobs_over_one_job"].items():
        print(f"  minerals extract --jobs {n} / --jobs 1: {ratio}x")
    for name, seconds in report["seconds"].items():
        print(f"  {name:<{width}}  {seconds:>8} s")
    print(f"  re-run over unchanged files {report['rerun_seconds']} s")
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
