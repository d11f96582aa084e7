"""Build a synthetic corpus of N reports from the sample reports, for speed and scale runs.

    python benchmarks/make_corpus.py OUT_DIR N [--seeds ../shared/seeds]

The corpus is laid out as a real one is: many counties, each with a run of consecutive
years, one report a year.  A county's reports are the sample reports (and the seeds,
when given) moved to that county and shifted to that year, each with every number nudged
(a count stays a count, a share stays at most 100 %), so that duplicate detection sees
the same template filled by another county, not a copy.  The reports that state a year's
summary and the next year's plan take turns, so that a plan's targets for a year meet
the next report's results for it.  One report in COPY_EVERY is a republished copy of an
earlier one, with a sharing site's furniture around it, as the real corpus has them.
Unlike most of a real corpus, the reports of one template are alike in words, so they fill
duplicate detection's buckets: it then checks only the few originals that share most of a
report's numbers (`minerals.duplicates.Index`, and the README's scale run).
"""
from __future__ import annotations

import argparse
import random
import re
from collections import deque
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Two syllables and an ending make a county's name: 6,849 of them, RUN years each for 123,000
# original reports, after which they repeat.  Each is found as the region of its reports
# (syllables that jieba reads as part of a word are left out).
FIRST = "安宝昌丰富广桂海和鹤华怀吉嘉金靖乐黎灵龙泸鹿米岷南宁蒲祁庆瑞汝邵寿泰汤桐威文武仙湘兴延阳宜永攸禹岳云漳昭"
SECOND = "川丰城池丹甸峰阜冈沟谷河湖江津康兰林陵罗门宁坪屏平山水顺台潭塘田西溪祥峡阳义阴源岳州兴隆"
# The sample reports' own places, and the short forms they use (健康青川).
SAMPLE_PLACES = {"青川县": "青川", "临河区": "临河", "臨河區": "臨河", "东城区": "东城"}
RUN = 18  # years per county
FIRST_YEAR = 2004
COPY_EVERY = 10
COPIED_FROM = 1000  # a copy is of one of the last reports written
# A sharing site's furniture around a republished copy (the normaliser strips each line).
SITES = ["文库", "范文网", "文档网", "写作网"]
_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d\d)(?=\s?年)")
_DATE = re.compile(r"(?<!\d)20\d\d-\d\d-\d\d(?!\d)")  # a sharing site's date of posting
# A quantity's number: before a unit, 万, % or a rate's /; not a year, an age, a date, a page or a list's mark.
_NUMBER = re.compile(r"(?<![\d.\-:/第篇表])(\d+)(\.\d+)?(?=\s?([%‰/]|(?![年月日号时岁页篇])[\u4e00-\u9fff]))")


def places() -> list[str]:
    """County names in a fixed shuffled order, so that neighbours in the list differ."""
    names = [a + b + end for a in FIRST for b in SECOND if a != b for end in "县区市"]
    random.Random(1).shuffle(names)
    return names


def nudge(m: re.Match[str], rng: random.Random) -> str:
    """A number moved by up to a fifth, in its own form: as many decimals, a count a whole
    number that moves, a share of 100 % or less no more than 100 %."""
    whole, decimals = m.group(1), m.group(2) or ""
    value = float(whole + decimals)
    moved = value * rng.uniform(0.8, 1.2)
    if m.group(3) == "%" and value <= 100 < moved:
        moved = 200 - moved  # reflected: a share stays a share, and does not pile up at 100
    if decimals:
        return f"{moved:.{len(decimals) - 1}f}"
    count = round(moved)
    if count == value and value >= 1:  # a small count moves too: 1 up, 100 % down, others either way
        count += 1 if value == 1 else -1 if m.group(3) == "%" and value == 100 else rng.choice((-1, 1))
    return str(count)


def report(text: str, year: int | None, place: str, target: int, rng: random.Random) -> str:
    """A sample report moved to `place`, shifted from its `year` to `target`, its numbers nudged."""
    if year is not None:
        shift = target - year
        text = _YEAR.sub(lambda m: str(int(m.group(1)) + shift), text)
    for name, short in SAMPLE_PLACES.items():
        text = text.replace(name, place).replace(short, place[:-1])
    text = _DATE.sub(lambda m: f"{target + 1}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", text)
    return _NUMBER.sub(lambda m: nudge(m, rng), text)


def republished(text: str, n: int) -> str:
    """A copy of a report as a sharing site shows it: its furniture before and after."""
    site = SITES[n % len(SITES)]
    day = f"20{22 + n % 3}-{1 + n % 12:02d}-{1 + n % 28:02d}"
    head = f"首页 / 工作总结 / | {day} {site}\n申明敬告: 本站不保证该用户上传的文档完整性。\n\n"
    return head + text + f"\n温馨提示:本文档下载后可编辑\n本文由{site}用户上传,编号{n}\n"


def _first_year(text: str) -> int | None:
    m = _YEAR.search(text)
    return int(m.group(1)) if m else None


def build(out: Path, n: int, seeds: Path | None = None) -> list[Path]:
    """Write n reports into `out` (created if needed) and return their paths."""
    sources = sorted((ROOT / "corpus" / "samples").glob("*.txt"))
    if seeds:
        sources += sorted(seeds.glob("*.txt"))
    texts = [(p.stem, p.read_text(encoding="utf-8")) for p in sources]
    # Reports of a year's summary and the next year's plan (their title says both) take turns
    # in a county's years, each in the year of its own parity; every fourth year is another report.
    paired = [t for t in texts if all(word in t[1].split("\n", 1)[0] for word in ("总结", "计划"))]
    others = [t for t in texts if t not in paired] or paired
    paired = sorted(paired or others, key=lambda t: _first_year(t[1]) or 0)
    start = _first_year(paired[0][1]) or 0
    names = places()
    rng = random.Random(0)
    out.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    recent: deque[tuple[int, str]] = deque(maxlen=COPIED_FROM)
    originals = 0
    for i in range(n):
        if i % COPY_EVERY == COPY_EVERY - 1:
            source, text = recent[rng.randrange(len(recent))]
            stem, text = f"copy{source:06d}", republished(text, i)
        else:
            county, step = divmod(originals, RUN)
            year = FIRST_YEAR + county % 5 + step
            stem, template = others[(county + step) % len(others)] if step % 4 == 3 else paired[(year - start) % len(paired)]
            place = names[county % len(names)]
            text = report(template, _first_year(template), place, year, rng)
            originals += 1
        recent.append((i, text))
        paths.append(out / f"{i:06d}_{stem}.txt")
        paths[-1].write_text(text, encoding="utf-8")
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
