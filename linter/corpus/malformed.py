"""The diagnostic for a record doclint cannot check (bad JSON, missing or non-string text).

A shard of millions of records always holds a few broken ones; each becomes one ``DL100``
diagnostic naming the record, and the run goes on.
"""
from __future__ import annotations

from typing import Any

from ..internal import INTERNAL_CODES

MALFORMED_CODE = "DL100"
MALFORMED_NAME = INTERNAL_CODES[MALFORMED_CODE][0]


def malformed_record(problem: str, name: str) -> dict[str, Any]:
    """A ruff-shaped diagnostic dict for the malformed record ``name``."""
    return {
        "code": MALFORMED_CODE,
        "name": MALFORMED_NAME,
        "message": f"malformed record: {problem}",
        "severity": "error",
        "filename": name,
        "location": {"row": 1, "column": 1},
        "end_location": {"row": 1, "column": 1},
        "fix": None,
        "notes": [],
        "url": None,
        "noqa_row": None,
    }
