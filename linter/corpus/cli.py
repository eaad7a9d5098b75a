"""Command-line wiring of corpus mode (``doclint clean``)."""
from __future__ import annotations

import argparse


def add_clean_parser(sub: argparse._SubParsersAction) -> None:
    """Register ``doclint clean IN -o OUT``."""
    clean = sub.add_parser("clean", help="lint and clean a JSONL/Parquet shard of documents")
    clean.add_argument("input", metavar="IN")
    clean.add_argument("-o", "--output", required=True, metavar="OUT")


def run_clean(args: argparse.Namespace) -> int:
    raise NotImplementedError("corpus mode is being built (issue 7)")
