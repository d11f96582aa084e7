"""Characters per second of each stage of minerals, beside jieba.lcut alone on the same text.

    python benchmarks/bench.py [FOLDER ...] [--repeat N] [--json OUT]

With no folder it runs over the bundled sample corpus plus ../shared/seeds when present.
Each stage is timed over the whole corpus in this one process: read and decode,
normalise (OpenCC and cleaning), split and describe documents, extract facts, store in
SQLite; then the whole pipeline end to end, then jieba.lcut over the same normalised text.
"""
from __future__ import annotations

import argparse
import json
import platform
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _timed(fn):
    start = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - start


def run(folders: list[Path], repeat: int) -> dict:
    from extractors import extract
    from minerals import runner
    from minerals.db import open_db
    from minerals.documents import describe, split
    from minerals.normalise import normalise
    from minerals.pipeline import iter_files, passages, process
    from minerals.reading import read

    files = list(iter_files(folders)) * repeat
    blobs = [(p, p.read_bytes()) for p in files]
    process(*blobs[0])  # load jieba's dictionaries and every cached table before timing

    readings, t_read = _timed(lambda: [read(p, b).text for p, b in blobs])
    chars = sum(len(t) for t in readings)
    norms, t_norm = _timed(lambda: [normalise(t) for t in readings])
    docs, t_docs = _timed(lambda: [describe(d) for n in norms for d in split(n.text)])
    facts, t_extract = _timed(lambda: [f for d in docs for p in passages(d) for f in extract(p)])
    results = [process(p, b) for p, b in blobs[: len(blobs) // repeat]]
    with tempfile.TemporaryDirectory() as tmp:
        db = open_db(Path(tmp) / "bench.db")
        from minerals.db import store

        _, t_store = _timed(lambda: [store(db, r) for r in results])
        t_store *= repeat
        db2 = open_db(Path(tmp) / "whole.db")
        _, t_whole = _timed(lambda: runner.extract(db2, folders))
        _, t_rerun = _timed(lambda: runner.extract(db2, folders))
    whole_chars = chars // repeat
    texts = [n.text for n in norms]
    import jieba

    _, t_jieba = _timed(lambda: [jieba.lcut(t) for t in texts])
    norm_chars = sum(len(t) for t in texts)

    def rate(n, t):
        return round(n / t) if t else None

    report = {
        "machine": {"python": platform.python_version(), "platform": platform.platform(), "processor": platform.processor() or platform.machine()},
        "files": len(files), "characters": chars, "facts": len(facts),
        "chars_per_second": {
            "read_decode": rate(chars, t_read),
            "normalise": rate(chars, t_norm),
            "documents": rate(norm_chars, t_docs),
            "extract": rate(norm_chars, t_extract),
            "store": rate(chars, t_store),
            "whole_pipeline": rate(whole_chars, t_whole),
            "jieba_lcut": rate(norm_chars, t_jieba),
        },
        "rerun_seconds": round(t_rerun, 3),
        "first_run_seconds": round(t_whole, 3),
    }
    cps = report["chars_per_second"]
    report["whole_pipeline_over_jieba"] = round(cps["whole_pipeline"] / cps["jieba_lcut"], 2)
    return report


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folders", nargs="*", type=Path)
    ap.add_argument("--repeat", type=int, default=3, help="read the corpus this many times for the stage timings")
    ap.add_argument("--json", type=Path, help="also write the report here")
    args = ap.parse_args()
    folders = args.folders or [p for p in (ROOT / "corpus" / "samples", ROOT.parent / "shared" / "seeds") if p.is_dir()]
    report = run(folders, args.repeat)
    width = max(map(len, report["chars_per_second"]))
    print(f"{report['files']} files, {report['characters']:,} characters, {report['facts']:,} facts")
    for stage, value in report["chars_per_second"].items():
        print(f"  {stage:<{width}}  {value:>12,} chars/s")
    print(f"  whole pipeline / jieba.lcut: {report['whole_pipeline_over_jieba']}x")
    print(f"  first run {report['first_run_seconds']} s, re-run over unchanged files {report['rerun_seconds']} s")
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
