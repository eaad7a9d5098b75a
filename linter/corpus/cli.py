"""Command-line wiring of corpus mode: ``doclint clean IN [-o OUT] [--rejects R] …``.

Without ``-o`` the shard is only linted (no fixes computed); ``--diagnostics`` then says per
record what is wrong. Exit codes: 0 the run completed, 2 a usage, file or configuration error
or a rule that raised (DL001), 130 interrupted (the partial files stay for ``--resume``).
"""
from __future__ import annotations

import argparse
import json
import os
import sys


def _comma_list(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def _share(value: str) -> float:
    share = float(value)
    if not 0.0 <= share <= 1.0:
        raise argparse.ArgumentTypeError(f"{value} is not a share between 0 and 1")
    return share


def add_clean_parser(sub: argparse._SubParsersAction) -> None:
    """Register ``doclint clean``."""
    clean = sub.add_parser("clean", help="lint and clean a JSONL/Parquet shard of documents",
                           description="Lint every record of a shard (.jsonl, .jsonl.gz, .jsonl.zst, .parquet) "
                                       "and write a cleaned shard; the input is never modified.")
    clean.add_argument("input", metavar="IN")
    clean.add_argument("-o", "--output", metavar="OUT", help="cleaned shard (omit to lint only)")
    clean.add_argument("--rejects", metavar="PATH", help="write documents over a --reject-* threshold here")
    clean.add_argument("--diagnostics", metavar="PATH",
                       help="every diagnostic with its record id and index (.jsonl, .jsonl.gz, .jsonl.zst)")
    clean.add_argument("--text-field", default="text", help="field holding the document text (default: text)")
    clean.add_argument("--id-field", help="field holding the record id, reported with each diagnostic")
    clean.add_argument("--summary-field", metavar="NAME",
                       help="add a per-record summary (codes, characters removed, rejected) under NAME")
    clean.add_argument("--unsafe-fixes", action="store_true", help="also apply unsafe fixes")
    clean.add_argument("--no-fix", action="store_true", help="write records unchanged (with --summary-field)")
    clean.add_argument("--reject-removed-share", type=_share, metavar="F",
                       help="reject documents whose fixes remove more than this share of the text")
    clean.add_argument("--reject-flagged-share", type=_share, metavar="F",
                       help="reject documents with more than this share of non-blank lines flagged")
    clean.add_argument("--reject-codes", type=_comma_list, metavar="CODES",
                       help="reject documents with any diagnostic of these codes or code prefixes")
    for flag in ("select", "extend-select", "ignore"):
        clean.add_argument(f"--{flag}", type=_comma_list, metavar="CODES", help=f"as for 'check' ({flag})")
    clean.add_argument("--config", help="use this config file (default: the one closest to IN)")
    clean.add_argument("--isolated", action="store_true", help="ignore every config file")
    clean.add_argument("--plugin", action="append", default=[], metavar="MODULE",
                       help="also load the rules of this module (repeatable)")
    clean.add_argument("--jobs", "-j", type=int, default=None, help="worker processes (default: all cores)")
    clean.add_argument("--chunk-mb", type=float, default=1.0, help="records per task, in MB (default: 1)")
    clean.add_argument("--resume", action="store_true", help="continue an interrupted run from its checkpoint")
    clean.add_argument("--statistics", nargs="?", const="-", metavar="PATH",
                       help="write run statistics as JSON to PATH (default: stdout) instead of the table")
    clean.add_argument("--progress", choices=("auto", "always", "never"), default="auto",
                       help="progress bar on stderr (auto: only on a terminal)")


def _config(args: argparse.Namespace) -> str | None:
    if args.config or args.isolated:
        return args.config
    from pathlib import Path

    from ..config import find_config

    found = find_config(Path(os.path.abspath(args.input)))
    return str(found) if found else None


def _work_options(args: argparse.Namespace):
    from ..api import EngineOptions
    from .records import shard_format
    from .work import Sink, Thresholds, WorkOptions

    engine = EngineOptions.make(select=args.select, ignore=args.ignore, extend_select=args.extend_select,
                                unsafe_fixes=args.unsafe_fixes, config=_config(args), plugins=args.plugin)
    reject_codes = frozenset(code.upper() for code in args.reject_codes or [])
    thresholds = Thresholds(args.reject_removed_share, args.reject_flagged_share, reject_codes)
    return WorkOptions(
        engine=engine, source=args.input, text_field=args.text_field, id_field=args.id_field,
        fix=bool(args.output) and not args.no_fix, summary_field=args.summary_field,
        output=Sink(*shard_format(args.output)) if args.output else None,
        rejects=Sink(*shard_format(args.rejects)) if args.rejects else None,
        diagnostics=Sink(*shard_format(args.diagnostics)) if args.diagnostics else None, thresholds=thresholds)


def run_clean(args: argparse.Namespace) -> int:
    """Run ``doclint clean``; errors become one line on stderr and exit code 2."""
    from concurrent.futures.process import BrokenProcessPool

    from ..cli import CliError
    from ..config import ConfigError
    from ..registry import UnknownSelectorError
    from .records import ShardError
    from .run import Paths, run

    if args.rejects and not args.output:
        raise CliError("--rejects needs -o/--output")
    if not os.path.isfile(args.input):
        raise CliError(f"{args.input}: no such file")
    jobs = args.jobs if args.jobs and args.jobs > 0 else (os.cpu_count() or 1)
    paths = Paths(args.input, args.output, args.rejects, args.diagnostics)
    try:
        from ..api import engine_for

        options = _work_options(args)
        engine_for(options.engine)  # a bad selector or config fails here, before any worker starts
        result = _run_with_progress(run, paths, options, jobs, args)
    except (ShardError, ConfigError, UnknownSelectorError, OSError) as exc:
        raise CliError(str(exc)) from None
    except BrokenProcessPool:
        raise CliError("a worker process died (out of memory, or a crash in native code); the partial "
                       "output is kept: run again with --resume") from None
    _report(result, args)
    return 2 if "DL001" in result.stats.rules else 0


def _run_with_progress(run, paths, options, jobs: int, args: argparse.Namespace):
    from .progress import progress_bar

    enabled = {"auto": None, "always": True, "never": False}[args.progress]
    with progress_bar(os.path.basename(args.input), os.path.getsize(args.input), enabled) as update:
        return run(paths, options, jobs=jobs, resume=args.resume, progress=update,
                   chunk_bytes=max(1, int(args.chunk_mb * (1 << 20))))


def _report(result, args: argparse.Namespace) -> None:
    from .stats import statistics_json, summary_table

    if args.statistics:
        text = json.dumps(statistics_json(result.stats, result.seconds, result.jobs), indent=2) + "\n"
        if args.statistics == "-":
            sys.stdout.write(text)
            return
        with open(args.statistics, "w", encoding="utf-8") as fh:
            fh.write(text)
    from rich.console import Console

    Console(highlight=False, markup=False, no_color=bool(os.environ.get("NO_COLOR"))).print(
        summary_table(result.stats, result.seconds))
