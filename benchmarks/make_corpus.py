"""Build a synthetic corpus of N reports from the sample reports, for speed and scale runs.

    python benchmarks/make_corpus.py OUT_DIR N [--seeds ../shared/seeds]

Each report is a sample report moved to another county and shifted by whole years, with
its numbers nudged, so that every file is distinct (no two share a hash) while keeping
the genre's structure, debris and scripts.
"""
from __future__ import annotations

import argparse
import random
import re
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PLACES = ["青川县", "临河区", "东城区", "平武县", "安州区", "江油市", "北川县", "梓潼县", "盐亭县", "三台县",
          "涪城区", "游仙区", "剑阁县", "苍溪县", "旺苍县", "利州区", "昭化区", "朝天区", "南江县", "通江县"]
_NUMBER = re.compile(r"(?<![\d.])(\d{1,5}\.\d{1,2})(?=[%‰万])")


def variant(text: str, n: int, rng: random.Random) -> str:
    shift = n % 9
    text = re.sub(r"(?<!\d)(19[89]\d|20[0-2]\d)(?=年)", lambda m: str(int(m.group(1)) + shift), text)
    for place in ("青川县", "临河区", "臨河區", "东城区"):
        text = text.replace(place, PLACES[(n + zlib.crc32(place.encode())) % len(PLACES)])
    text = _NUMBER.sub(lambda m: f"{float(m.group(1)) * rng.uniform(0.95, 1.05):.2f}", text)
    return text + f"\n(编号 {n})\n"


def build(out: Path, n: int, seeds: Path | None = None) -> list[Path]:
    """Write n reports into `out` (created if needed) and return their paths."""
    sources = sorted((ROOT / "corpus" / "samples").glob("*.txt"))
    if seeds:
        sources += sorted(seeds.glob("*.txt"))
    texts = [(p.stem, p.read_text(encoding="utf-8")) for p in sources]
    rng = random.Random(0)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        stem, text = texts[i % len(texts)]
        paths.append(out / f"{i:06d}_{stem}.txt")
        paths[-1].write_text(variant(text, i, rng), encoding="utf-8")
    return paths


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("n", type=int)
    ap.add_argument("--seeds", type=Path, help="also recombine the report files in this folder")
    args = ap.parse_args()
    build(args.out, args.n, args.seeds)
    print(f"{args.n} reports in {args.out}")


if __name__ == "__main__":
    main()
