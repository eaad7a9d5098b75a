"""The ``doclint`` command line: ``check``, ``rule``, ``rules`` and ``version``.

Exit codes: 0 nothing found, 1 problems remain (or ``--diff`` would change a file), 2 usage,
configuration or internal error (a rule that raised), 130 interrupted. Every error is one line
on stderr; no traceback reaches the user.
"""
from __future__ import annotations

import argparse
import os
import sys
from typing import Sequence

from . import __version__

EXIT_CLEAN, EXIT_PROBLEMS, EXIT_ERROR, EXIT_INTERRUPTED = 0, 1, 2, 130
FORMATS = ("full", "concise", "json", "json-lines", "github", "sarif")


class CliError(Exception):
    """A one-line error for the user; exit code 2."""


def _comma_list(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="doclint", description="Lint documents for broken encodings, "
                                     "mixed scripts, injected spam and boilerplate chrome.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = sub.add_parser("check", help="check files and folders (- reads stdin)")
    check.add_argument("paths", nargs="*", default=["."], metavar="PATH")
    check.add_argument("--fix", action="store_true", help="apply safe fixes")
    check.add_argument("--unsafe-fixes", action="store_true", help="also apply (and count) unsafe fixes")
    check.add_argument("--diff", action="store_true", help="print a unified diff of the fixes; write nothing")
    check.add_argument("--show-fixes", action="store_true", help="list the fixes that were applied")
    check.add_argument("--output-format", choices=None, default=None,
                       help="full, concise, json, json-lines, github, sarif (or a plugin's)")
    check.add_argument("--statistics", action="store_true", help="print counts per rule instead of problems")
    for flag in ("select", "extend-select", "ignore", "fixable", "unfixable",
                 "extend-safe-fixes", "extend-unsafe-fixes"):
        check.add_argument(f"--{flag}", type=_comma_list, metavar="CODES",
                           help=f"comma-separated codes, prefixes or names ({flag} in config)")
    check.add_argument("--config", help="use this config file for every path")
    check.add_argument("--isolated", action="store_true", help="ignore every config file")
    check.add_argument("--jobs", "-j", type=int, default=None, help="worker processes (default: all cores)")
    check.add_argument("--stdin-filename", default="-", help="the name to report for stdin")
    check.add_argument("--exit-zero", action="store_true", help="exit 0 even when problems remain")
    check.add_argument("--exit-non-zero-on-fix", action="store_true",
                       help="exit 1 when fixes were applied, even if nothing remains")
    check.add_argument("--no-color", action="store_true", help="no colours (NO_COLOR is honoured too)")

    rule = sub.add_parser("rule", help="explain a rule")
    rule.add_argument("code", help="a rule code or name (e.g. ENC001)")
    rule.add_argument("--output-format", choices=("text", "json"), default="text")

    rules = sub.add_parser("rules", help="list every available rule")
    rules.add_argument("--output-format", choices=("table", "json"), default="table")

    from .corpus.cli import add_clean_parser

    add_clean_parser(sub)
    sub.add_parser("version", help="print doclint's version")
    return parser


def _json():
    """The json module, imported only by the commands that print JSON (start-up time)."""
    import json

    return json


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        sys.stdout.reconfigure(errors="backslashreplace")  # type: ignore[attr-defined]
    except (AttributeError, ValueError):
        pass
    try:
        if args.command == "version":
            print(f"doclint {__version__}")
            return EXIT_CLEAN
        if args.command == "check":
            return _check(args)
        if args.command == "rule":
            return _rule(args)
        if args.command == "rules":
            return _rules(args)
        if args.command == "clean":
            from .corpus.cli import run_clean

            return run_clean(args)
        parser.print_help()
        return EXIT_ERROR
    except CliError as exc:
        print(f"doclint: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("doclint: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_ERROR


def _warn_load_errors() -> bool:
    """Print plugin and rule loading problems; True when there were any.

    The run goes on with the plugins that did load, but ends with exit code 2: a check that
    silently lost its rules must not pass CI.
    """
    from .registry import load_registry

    problems = load_registry().errors
    for problem in problems:
        print(f"doclint: warning: {problem}", file=sys.stderr)
    return bool(problems)


def _check(args: argparse.Namespace) -> int:
    from .config import ConfigError, ConfigResolver
    from .output import FormatOptions
    from .plugins import call_each, load_plugins
    from .registry import load_registry
    from .runner import STDIN, PathError, RunOptions, run

    registry = load_registry()
    plugins_broken = _warn_load_errors()
    formats: dict = {}
    for _, provided in call_each(load_plugins(), "doclint_formats"):
        formats.update(provided)  # type: ignore[arg-type]
    fmt = args.output_format or ("full" if sys.stdout.isatty() else "concise")
    if fmt not in formats:
        from .registry import suggest

        raise CliError(f"unknown output format '{fmt}'{suggest(fmt, list(formats))}")
    overrides = {key.replace("_", "-"): getattr(args, key) for key in (
        "select", "extend_select", "ignore", "fixable", "unfixable", "extend_safe_fixes", "extend_unsafe_fixes")}
    try:
        resolver = ConfigResolver(registry, overrides, config=args.config, isolated=args.isolated)
    except ConfigError as exc:
        raise CliError(str(exc)) from None
    jobs = args.jobs if args.jobs and args.jobs > 0 else (os.cpu_count() or 1)
    options = RunOptions(fix=args.fix, unsafe_fixes=args.unsafe_fixes, diff=args.diff, jobs=jobs,
                         stdin_filename=args.stdin_filename)
    stdin_data = sys.stdin.buffer.read() if STDIN in args.paths else None
    try:
        report = run(args.paths, resolver, options, stdin_data)
    except (ConfigError, PathError) as exc:
        raise CliError(str(exc)) from None

    color = sys.stdout.isatty() and not args.no_color and not os.environ.get("NO_COLOR")
    fmt_options = FormatOptions(fix=args.fix, unsafe_fixes=args.unsafe_fixes, show_fixes=args.show_fixes,
                                color=color, rules=tuple(registry.sorted_classes()))
    fixed_stdin = next((f.fixed_text for f in report.files if f.fixed_text is not None), None)
    stream = sys.stderr if fixed_stdin is not None else sys.stdout
    if fixed_stdin is not None:
        sys.stdout.write(fixed_stdin)
        sys.stdout.flush()
    if args.diff:
        for f in report.files:
            if f.diff:
                sys.stdout.write(f.diff)
    if args.statistics:
        _print_statistics(report, fmt, stream)
    elif not (args.diff and fmt in ("full", "concise")):
        formats[fmt](report, stream, fmt_options)
    return EXIT_ERROR if plugins_broken else _exit_code(report, args)


def _print_statistics(report, fmt: str, stream) -> None:
    from .output.summary import statistics

    rows = statistics(report)
    if fmt in ("json", "json-lines"):
        _json().dump([{"code": c, "name": n, "count": k, "fixable": f} for k, c, n, f in rows], stream, indent=2)
        stream.write("\n")
        return
    for count, code, name, fixable in rows:
        stream.write(f"{count:6d}  {code:10s} {'[*]' if fixable else '   '} {name}\n")


def _exit_code(report, args: argparse.Namespace) -> int:
    records = report.records
    if any(r.code == "DL001" for r in records):
        return EXIT_ERROR
    if args.diff:
        return EXIT_PROBLEMS if any(f.diff for f in report.files) else EXIT_CLEAN
    if args.exit_non_zero_on_fix and any(f.applied for f in report.files):
        return EXIT_PROBLEMS
    if records and not args.exit_zero:
        return EXIT_PROBLEMS
    return EXIT_CLEAN


def _find_rule(code: str):
    from .internal import INTERNAL_CODES
    from .registry import load_registry, suggest

    registry = load_registry()
    cls = registry.rules.get(code.upper()) or registry.by_name().get(code.lower())
    if cls is not None:
        return cls
    if code.upper() in INTERNAL_CODES:
        return code.upper()
    raise CliError(f"unknown rule '{code}'{suggest(code, [*registry.rules, *registry.by_name(), *INTERNAL_CODES])}")


def _rule_dict(cls) -> dict:
    return {
        "code": cls.code, "name": cls.name, "summary": cls.summary, "family": cls.code.rstrip("0123456789"),
        "severity": cls.severity.value, "default_enabled": cls.default_enabled,
        "options": {k: {"default": o.default, "help": o.help} for k, o in cls.options_schema.items()},
        "explanation": (cls.__doc__ or "").strip(),
    }


def _rule(args: argparse.Namespace) -> int:
    import inspect

    from .internal import INTERNAL_CODES

    found = _find_rule(args.code)
    if isinstance(found, str):
        name, text = INTERNAL_CODES[found]
        info = {"code": found, "name": name, "summary": text, "family": "DL", "explanation": text}
    else:
        info = _rule_dict(found)
    if args.output_format == "json":
        print(_json().dumps(info, ensure_ascii=False, indent=2))
        return EXIT_CLEAN
    print(f"# {info['code']} {info['name']}\n\n{info['summary']}\n")
    if not isinstance(found, str):
        print(inspect.cleandoc(found.__doc__ or ""))
        if info["options"]:
            print("\nOptions (under [tool.doclint.rules." + info["name"] + "]):")
            for key, opt in info["options"].items():
                # TOML spelling (``false``, ``"text"``), as the line is meant to be pasted
                print(f"  {key} = {_json().dumps(opt['default'], ensure_ascii=False)}  # {opt['help']}")
    return EXIT_CLEAN


def _rules(args: argparse.Namespace) -> int:
    from .registry import load_registry

    _warn_load_errors()
    classes = load_registry().sorted_classes()
    if args.output_format == "json":
        print(_json().dumps([_rule_dict(c) for c in classes], ensure_ascii=False, indent=2))
        return EXIT_CLEAN
    from rich.console import Console
    from rich.table import Table

    table = Table("Code", "Name", "Default", "Summary", box=None, highlight=False)
    for cls in classes:
        table.add_row(cls.code, cls.name, "on" if cls.default_enabled else "opt-in", cls.summary)
    Console(highlight=False, markup=False, no_color=bool(os.environ.get("NO_COLOR"))).print(table)
    return EXIT_CLEAN
