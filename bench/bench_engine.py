"""Engine benchmarks (run by hand; figures go to bench/RESULTS.md).

1. Cold start: wall time of ``doclint version`` and ``doclint check`` on one small file,
   median of N runs, each a fresh interpreter (what a pre-commit hook pays): a clean 2 KB
   file, and a 2 KB file with problems whose fixes load more data (a Simplified line in a
   Traditional document needs OpenCC's dictionaries, a mojibake line needs ftfy).
   pre-commit installs doclint into a virtualenv of its own, not in editable mode; measure
   the same way with ``--python``:

       python -m venv /tmp/doclint-venv && /tmp/doclint-venv/bin/pip install .
       python bench/bench_engine.py --python /tmp/doclint-venv/bin/python
2. Engine overhead: files per second with no rules selected, over many 2 KB files, for each
   ``--jobs`` value, so the figure is the engine's own cost (discovery, reading, decoding,
   the pool, reporting) and its scaling across cores.

    python bench/bench_engine.py --files 20000 --jobs 1,2
"""
from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

#: A small file with problems: Traditional prose, one Simplified sentence, one line of UTF-8 read as cp1252.
DIRTY = ("今天的會議討論了城市交通問題，專家們認為應該發展公共交通，減少私家車的使用。\n"
         "這座圖書館收藏了大量歷史書籍，每年吸引許多讀者前來參觀，週末更是人滿為患。\n"
         "學生們在操場上鍛鍊身體，老師說運動對健康非常重要，也能讓人心情愉快。\n"
         "夜市裡的小吃攤一直營業到凌晨，遊客們排隊購買臭豆腐和珍珠奶茶。\n"
         "山上的茶園在清晨被雲霧籠罩，採茶的農民說今年的收成比去年好得多。\n"
         "博物館新開的展覽介紹了古代陶瓷的製作工藝，吸引了不少學校組團參觀。\n"
         "经济发展带来了新的机会，也带来了环境保护的压力。\n"
         "The cafÃ© served crÃ¨me brÃ»lÃ©e to every guest.\n")
PARAGRAPH = ("城市的清晨总是从早点摊开始。The morning market opens at six, and by seven the queue "
             "reaches the corner. 老板说，生意最好的时候一天要做上千个包子。")


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def make_files(folder: Path, count: int, size: int = 2048) -> None:
    body = (PARAGRAPH * (size // len(PARAGRAPH.encode()) + 1)).encode()[:size]
    body = body.decode("utf-8", "ignore").encode()
    for i in range(count):
        sub = folder / f"d{i // 1000:03d}"
        sub.mkdir(exist_ok=True)
        (sub / f"doc{i:06d}.txt").write_bytes(body)


#: Byte-code caches are written and used, as in a normal installation (some shells set
#: PYTHONDONTWRITEBYTECODE, which would make every start compile doclint from source).
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
    return time.perf_counter() - start


def cold_start(python: str, runs: int, sample: Path, dirty: Path) -> list[tuple[str, float]]:
    doclint = [python, "-m", "doclint"]
    rows = []
    for label, cmd in (("python -c pass (interpreter alone, for reference)", [python, "-c", "pass"]),
                       ("doclint version", [*doclint, "version"]),
                       ("doclint check (one 2 KB file, no rules: the engine alone)",
                        [*doclint, "check", "--isolated", "--select", "", str(sample)]),
                       ("doclint check (one clean 2 KB file, default rules)", [*doclint, "check", "--isolated", str(sample)]),
                       ("doclint check (one 0.8 KB file with problems, default rules)",
                        [*doclint, "check", "--isolated", str(dirty)])):
        timed(cmd)  # warm the OS file cache and write byte-code caches
        rows.append((label, statistics.median(timed(cmd) for _ in range(runs))))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--files", type=int, default=20000)
    ap.add_argument("--jobs", default="1,2", help="comma-separated --jobs values")
    ap.add_argument("--runs", type=int, default=15, help="cold-start repetitions")
    # the interpreter directly: a version manager's shim (pyenv) would add its own start-up
    ap.add_argument("--python", default=sys.executable, help="interpreter with doclint installed (cold start)")
    args = ap.parse_args()
    doclint = [sys.executable, "-m", "doclint"]
    print(f"machine: {os.cpu_count()} cores, {cpu_model()}, Python {platform.python_version()}, cold start with {args.python}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        make_files(folder, args.files)
        sample = next(folder.rglob("*.txt"))
        dirty = Path(tmp, "dirty.md")
        dirty.write_text(DIRTY, encoding="utf-8")
        print("\n| start-up | median wall |\n|---|---|")
        for label, seconds in cold_start(args.python, args.runs, sample, dirty):
            print(f"| {label} | {seconds * 1000:.0f} ms |")
        print("\n| jobs | files | seconds | files/s | files/s per job | efficiency |\n|---|---|---|---|---|---|")
        base = None
        for jobs in (int(j) for j in args.jobs.split(",")):
            cmd = [*doclint, "check", "--isolated", "--select", "", "--jobs", str(jobs), "--output-format", "concise", tmp]
            seconds = min(timed(cmd) for _ in range(2))
            rate = args.files / seconds
            base = base or rate
            print(f"| {jobs} | {args.files} | {seconds:.2f} | {rate:,.0f} | {rate / jobs:,.0f} | {rate / (base * jobs):.0%} |")


if __name__ == "__main__":
    main()
