"""Engine benchmarks (run by hand; figures go to bench/RESULTS.md).

1. Cold start: wall time of ``doclint version`` and ``doclint check`` on one small file,
   median of N runs, each a fresh interpreter (what a pre-commit hook pays).
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


def timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def cold_start(doclint: list[str], runs: int, sample: Path) -> list[tuple[str, float]]:
    rows = []
    for label, cmd in (("python -c pass (interpreter alone, for reference)", [sys.executable, "-c", "pass"]),
                       ("doclint version", [*doclint, "version"]),
                       ("doclint check (one 2 KB file, no rules: the engine alone)",
                        [*doclint, "check", "--isolated", "--select", "", str(sample)]),
                       ("doclint check (one 2 KB file, default rules)", [*doclint, "check", "--isolated", str(sample)])):
        timed(cmd)  # warm the OS file cache
        rows.append((label, statistics.median(timed(cmd) for _ in range(runs))))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--files", type=int, default=20000)
    ap.add_argument("--jobs", default="1,2", help="comma-separated --jobs values")
    ap.add_argument("--runs", type=int, default=15, help="cold-start repetitions")
    args = ap.parse_args()
    # the interpreter directly: a version manager's shim (pyenv) would add its own start-up
    doclint = [sys.executable, "-m", "doclint"]
    print(f"machine: {os.cpu_count()} cores, {cpu_model()}, Python {platform.python_version()}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        make_files(folder, args.files)
        sample = next(folder.rglob("*.txt"))
        print("\n| start-up | median wall |\n|---|---|")
        for label, seconds in cold_start(doclint, args.runs, sample):
            print(f"| {label} | {seconds * 1000:.0f} ms |")
        print(f"\n| jobs | files | seconds | files/s | files/s per job | efficiency |\n|---|---|---|---|---|---|")
        base = None
        for jobs in (int(j) for j in args.jobs.split(",")):
            cmd = [*doclint, "check", "--isolated", "--select", "", "--jobs", str(jobs), "--output-format", "concise", tmp]
            seconds = min(timed(cmd) for _ in range(2))
            rate = args.files / seconds
            base = base or rate
            print(f"| {jobs} | {args.files} | {seconds:.2f} | {rate:,.0f} | {rate / jobs:,.0f} | {rate / (base * jobs):.0%} |")


if __name__ == "__main__":
    main()
