#!/usr/bin/env python3
"""Precision audit on documentation files that happen to be on this machine (run by hand).

    python bench/audit_clean_docs.py [--roots DIR ...] [--files 400] [--select CHROME] [--show 20]

Why: the labelled sets hold web pages and articles; doclint also runs as a pre-commit hook
over a project's own text files (READMEs, release notes, API references, man pages), which are
clean documents with tables, code, hard-wrapped paragraphs and licence sections. Every
diagnostic on them is a false alarm (or, rarely, a real stray character), so the count per code
is a precision figure for text no rule was written from. The files are whatever the roots
hold (by default the documentation under this Python's ``site-packages`` and
``/usr/share/doc``): the same machine gives the same sample (sorted, then every n-th file),
another machine a different one, so record the machine with the figures.

The sample is copied (names kept, so ``.md`` files are read as Markdown) into a temporary
folder and checked in one run, as a hook would check a repository: the cross-document rule
CHROME004 sees all of them together.
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

SUFFIXES = (".md", ".rst", ".txt")
SKIP_NAMES = ("license", "copying", "top_level", "entry_points", "record", "requirements", "sources",
              "dependency_links", "namespace")  # licence texts and packaging lists are not prose
MIN_BYTES, MAX_BYTES = 2_000, 200_000


def default_roots() -> list[str]:
    return [sysconfig.get_paths()["purelib"], "/usr/share/doc"]


def candidates(roots: list[str]) -> list[Path]:
    """Documentation-like files under ``roots``, sorted (so the sample is stable)."""
    found = []
    for root in roots:
        for path in Path(root).rglob("*"):
            name = path.name.lower()
            if not (name.endswith(SUFFIXES) or name.startswith("readme")) or any(s in name for s in SKIP_NAMES):
                continue
            try:
                if path.is_file() and not path.is_symlink() and MIN_BYTES <= path.stat().st_size <= MAX_BYTES:
                    found.append(path)
            except OSError:
                continue
    return sorted(found)


def sample(paths: list[Path], count: int) -> list[Path]:
    """Every n-th path, ``count`` in all: spread over every package, not the first few."""
    if len(paths) <= count:
        return paths
    step = len(paths) / count
    return [paths[int(i * step)] for i in range(count)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--roots", nargs="+", default=default_roots())
    ap.add_argument("--files", type=int, default=400)
    ap.add_argument("--select", default="ALL", help="codes or families to check (default: every rule)")
    ap.add_argument("--show", type=int, default=20, help="print this many flagged lines")
    args = ap.parse_args()

    chosen = sample(candidates(args.roots), args.files)
    with tempfile.TemporaryDirectory(prefix="doclint-audit-") as folder:
        for i, path in enumerate(chosen):
            shutil.copyfile(path, os.path.join(folder, f"{i:04d}_{path.name}"))
        proc = subprocess.run([sys.executable, "-m", "doclint", "check", "--isolated", "--select", args.select,
                               "--output-format", "json", folder], capture_output=True, text=True)
        found = [d for d in json.loads(proc.stdout or "[]") if not d["code"].startswith("DL")]
        codes = collections.Counter(d["code"] for d in found)
        files = {d["filename"] for d in found}
        megabytes = sum(p.stat().st_size for p in chosen) / 1e6
        print(f"{len(chosen)} files ({megabytes:.1f} MB) from {', '.join(args.roots)}; select {args.select}")
        print(f"files flagged: {len(files)} of {len(chosen)}; diagnostics: {len(found)}")
        for code, n in sorted(codes.items()):
            print(f"  {code:10s} {n:6d} diagnostics in {len({d['filename'] for d in found if d['code'] == code})} files")
        texts: dict[str, list[str]] = {}  # each flagged file read once
        for d in found[:args.show]:
            if d["filename"] not in texts:
                texts[d["filename"]] = Path(d["filename"]).read_text(encoding="utf-8", errors="replace").split("\n")
            line = texts[d["filename"]][d["location"]["row"] - 1]
            print(f"  {Path(d['filename']).name}:{d['location']['row']} {d['code']} {line.strip()[:70]!r}")


if __name__ == "__main__":
    main()
