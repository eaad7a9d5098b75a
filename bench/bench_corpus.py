"""Corpus-mode benchmark: doclint clean vs ftfy.fix_text vs a datatrove pipeline, same corpus.

Every tool reads the same JSONL shard, processes each document and writes a JSONL shard, in a
separate process tree whose wall time and peak resident memory (sum over the tree, sampled
every 50 ms) are measured. Figures go to stdout as a markdown table.

* ``doclint``: ``doclint clean IN -o OUT -j N`` with the default rule set (or ``--select``);
* ``ftfy``: ``ftfy.fix_text`` on each text, the same reader and ordered pool as doclint;
* ``datatrove``: FineWeb-2's Chinese (cmn_Hani) quality filters — GopherRepetitionFilter,
  FineWebQualityFilter, GopherQualityFilter with the thresholds of ``fineweb2-zh-filter-configs``
  — between a JsonlReader and a JsonlWriter; datatrove parallelises over files, so the corpus
  is cut into as many files as the largest job count, one task each.

Needs only the repo (the corpus is generated into bench/corpus/ when missing):

    python bench/bench_corpus.py --size-mb 200 --jobs 1,2
    python bench/bench_corpus.py --size-mb 1024 --jobs 1,2,4,8,16 --tools doclint,ftfy
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from make_corpus import SHARED, ensure_corpus

OUT_DIR = HERE / "out"


@dataclass
class Result:
    tool: str
    jobs: int
    seconds: float
    peak_rss: tuple[int, int]  # sum over the process tree, largest single process
    note: str = ""


def _tree_rss(pid: int) -> tuple[int, int]:
    """(sum, largest) resident set size over ``pid`` and its descendants, in bytes."""
    import psutil

    try:
        root = psutil.Process(pid)
        procs = [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0, 0
    sizes = []
    for proc in procs:
        try:
            sizes.append(proc.memory_info().rss)
        except psutil.NoSuchProcess:
            pass
    return sum(sizes), max(sizes, default=0)


def measure(command: list[str], env: dict | None = None) -> tuple[float, tuple[int, int], str]:
    """Wall seconds, peak RSS (sum over the process tree, largest process) and stdout of ``command``."""
    started = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, **(env or {})})
    peak = [0, 0]

    def sample() -> None:
        while proc.poll() is None:
            total, largest = _tree_rss(proc.pid)
            peak[0], peak[1] = max(peak[0], total), max(peak[1], largest)
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    seconds = time.perf_counter() - started
    sampler.join()
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"{command[:3]} failed ({proc.returncode}): {err[-2000:]}")
    return seconds, (peak[0], peak[1]), out


# -- the tools ------------------------------------------------------------------------------
def run_doclint(corpus: Path, jobs: int, select: str | None, chunk_mb: float, ignore: str | None = None) -> Result:
    out = OUT_DIR / f"doclint-{jobs}.jsonl"
    stats = OUT_DIR / f"doclint-{jobs}.stats.json"
    command = ["doclint", "clean", str(corpus), "-o", str(out), "-j", str(jobs), "--progress", "never",
               "--statistics", str(stats), "--chunk-mb", str(chunk_mb)]
    if select:
        command += ["--select", select]
    if ignore:
        command += ["--ignore", ignore]
    seconds, peak, _ = measure(command)
    data = json.loads(stats.read_text())
    note = f"{data['changed']} docs changed, {data['removed']:,} chars removed"
    return Result("doclint clean", jobs, seconds, peak, note)


def _ftfy_chunk(chunk, _options) -> tuple[bytes, int]:
    import ftfy

    lines = []
    changed = 0
    for raw in chunk.items:
        try:
            record = json.loads(raw)
            text = record["text"]
        except (ValueError, KeyError, TypeError):
            continue
        fixed = ftfy.fix_text(text)
        changed += fixed != text
        record["text"] = fixed
        lines.append(json.dumps(record, ensure_ascii=False).encode("utf-8", "surrogatepass") + b"\n")
    return b"".join(lines), changed


def ftfy_main(corpus: str, out: str, jobs: int, chunk_mb: float) -> None:
    """Child process: ftfy.fix_text over every record, through doclint's reader and ordered pool."""
    from doclint.corpus.pool import ChunkPool
    from doclint.corpus.records import ShardReader

    changed = 0
    reader = ShardReader(corpus, chunk_bytes=int(chunk_mb * (1 << 20)))
    with open(out, "wb") as fh, ChunkPool(jobs) as pool:
        for data, n in pool.map(_ftfy_chunk, reader.chunks(), None):
            fh.write(data)
            changed += n
    print(json.dumps({"changed": changed}))


def run_ftfy(corpus: Path, jobs: int, chunk_mb: float) -> Result:
    out = OUT_DIR / f"ftfy-{jobs}.jsonl"
    seconds, peak, stdout = measure([sys.executable, __file__, "--child-ftfy", str(corpus), str(out), str(jobs),
                                     str(chunk_mb)])
    return Result("ftfy.fix_text", jobs, seconds, peak, f"{json.loads(stdout)['changed']} docs changed")


def split_corpus(corpus: Path, parts: int) -> Path:
    """The corpus cut into ``parts`` JSONL files (datatrove parallelises over files)."""
    folder = corpus.parent / f"{corpus.stem}-split{parts}"
    if folder.exists():
        return folder
    tmp = folder.with_suffix(".partial")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    size = corpus.stat().st_size
    with open(corpus, "rb") as src:
        for i in range(parts):
            with open(tmp / f"part-{i:03d}.jsonl", "wb") as dst:
                written = 0
                for line in src:
                    dst.write(line)
                    written += len(line)
                    if written >= size / parts and i < parts - 1:
                        break
    os.replace(tmp, folder)
    return folder


def _fineweb2_zh() -> dict:
    import yaml

    path = SHARED / "data" / "external" / "fineweb2-zh-filter-configs" / "cmn_Hani.yml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def datatrove_main(folder: str, out: str, jobs: int) -> None:
    """Child process: FineWeb-2's cmn_Hani filters on ``jobs`` local tasks."""
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.filters import FineWebQualityFilter, GopherQualityFilter, GopherRepetitionFilter
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    cfg = _fineweb2_zh()
    language = "cmn_Hani"
    pipeline = [
        JsonlReader(folder, glob_pattern="*.jsonl", id_key="id"),
        GopherRepetitionFilter(language=language, dup_line_frac=cfg["dup_line_frac"],
                               top_n_grams=tuple(map(tuple, cfg["top_n_grams"])),
                               dup_n_grams=tuple(map(tuple, cfg["dup_n_grams"]))),
        FineWebQualityFilter(language=language, line_punct_thr=cfg["line_punct_thr"],
                             new_line_ratio=cfg["new_line_ratio"]),
        GopherQualityFilter(language=language, min_avg_word_length=cfg["min_avg_word_length"],
                            max_avg_word_length=cfg["max_avg_word_length"],
                            max_non_alpha_words_ratio=cfg["max_non_alpha_words_ratio"],
                            stop_words=cfg["stopwords"], min_stop_words=2),
        JsonlWriter(out, compression=None),
    ]
    logs = Path(out) / "logs"
    LocalPipelineExecutor(pipeline, tasks=len(list(Path(folder).glob("*.jsonl"))), workers=jobs,
                          logging_dir=str(logs), skip_completed=False).run()
    kept = sum(path.read_bytes().count(b"\n") for path in Path(out).glob("*.jsonl"))
    print(json.dumps({"kept": kept}))


def run_datatrove(corpus: Path, jobs: int, total_docs: int, parts: int) -> Result:
    folder = split_corpus(corpus, parts)
    out = OUT_DIR / f"datatrove-{jobs}"
    shutil.rmtree(out, ignore_errors=True)
    seconds, peak, stdout = measure([sys.executable, __file__, "--child-datatrove", str(folder), str(out), str(jobs)],
                                    env={"LOGURU_LEVEL": "WARNING"})
    kept = json.loads(stdout.strip().splitlines()[-1])["kept"]
    note = f"{total_docs - kept} of {total_docs} docs dropped"
    return Result("datatrove FineWeb-2 zh filters", jobs, seconds, peak, note)


# -- reporting -----------------------------------------------------------------------------
def table(results: list[Result], size: int, docs: int) -> str:
    one_job = {r.tool: r.seconds for r in results if r.jobs == 1}
    doclint = {r.jobs: r.seconds for r in results if r.tool == "doclint clean"}
    header = ("| tool | jobs | seconds | MB/s | docs/s | MB/s per job | parallel efficiency "
              "| peak RSS MB (all / largest) | time vs doclint | result |")
    rows = [header, "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|"]
    for r in results:
        mbs = size / 1e6 / r.seconds
        eff = f"{one_job[r.tool] / (r.seconds * r.jobs):.0%}" if r.tool in one_job else "n/a"
        ratio = f"{r.seconds / doclint[r.jobs]:.2f}x" if r.jobs in doclint else "n/a"
        rows.append(f"| {r.tool} | {r.jobs} | {r.seconds:.1f} | {mbs:.2f} | {docs / r.seconds:,.0f} | "
                    f"{mbs / r.jobs:.2f} | {eff} | {r.peak_rss[0] / 1e6:,.0f} / {r.peak_rss[1] / 1e6:,.0f} | {ratio} | "
                    f"{r.note} |")
    return "\n".join(rows)


def machine() -> str:
    model = "unknown CPU"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            model = next((line.split(":", 1)[1].strip() for line in fh if line.startswith("model name")), model)
    except OSError:
        pass
    return f"{os.cpu_count()} cores, {model}, Python {sys.version.split()[0]}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size-mb", type=float, default=200, help="corpus size in MiB (generated if missing)")
    parser.add_argument("--corpus", type=Path, help="use this JSONL shard instead of the generated corpus")
    parser.add_argument("--jobs", default="1,2", help="comma-separated job counts (default 1,2)")
    parser.add_argument("--tools", default="doclint,ftfy,datatrove")
    parser.add_argument("--select", help="doclint rule selection (default: the default rule set)")
    parser.add_argument("--ignore", help="doclint rules to leave out")
    parser.add_argument("--chunk-mb", type=float, default=1.0, help="records per task for doclint and ftfy, in MB")
    parser.add_argument("--child-ftfy", nargs=4, help=argparse.SUPPRESS)
    parser.add_argument("--child-datatrove", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child_ftfy:
        ftfy_main(args.child_ftfy[0], args.child_ftfy[1], int(args.child_ftfy[2]), float(args.child_ftfy[3]))
        return 0
    if args.child_datatrove:
        datatrove_main(args.child_datatrove[0], args.child_datatrove[1], int(args.child_datatrove[2]))
        return 0
    corpus = args.corpus or ensure_corpus(args.size_mb)
    OUT_DIR.mkdir(exist_ok=True)
    size = corpus.stat().st_size
    with open(corpus, "rb") as fh:
        docs = sum(1 for line in fh if line.strip())
    tools = args.tools.split(",")
    results = []
    job_counts = [int(j) for j in args.jobs.split(",")]
    for jobs in job_counts:
        if "doclint" in tools:
            results.append(run_doclint(corpus, jobs, args.select, args.chunk_mb, args.ignore))
        if "ftfy" in tools:
            results.append(run_ftfy(corpus, jobs, args.chunk_mb))
        if "datatrove" in tools:
            results.append(run_datatrove(corpus, jobs, docs, max(job_counts)))
        print(f"done jobs={jobs}", file=sys.stderr)
    selection = (args.select or "default rule set") + (f" minus {args.ignore}" if args.ignore else "")
    print(f"Corpus: {corpus.name}, {size / 1e6:,.1f} MB, {docs:,} documents; doclint rules: {selection}; "
          f"chunks of {args.chunk_mb:g} MB; machine: {machine()}\n")
    print(table(results, size, docs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
