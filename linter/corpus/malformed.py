"""The diagnostic for a record doclint cannot check (bad JSON, missing or non-string text).

A shard of millions of records always holds a few broken ones; each becomes one ``DL100``
diagnostic naming the record, and the run goes on.
"""
from __future__ import annotations

from typing import Any

from ..document import Document
from ..internal import INTERNAL_CODES, internal
from ..results import locate

MALFORMED_CODE = "DL100"
MALFORMED_NAME = INTERNAL_CODES[MALFORMED_CODE][0]


def malformed_record(problem: str, name: str) -> dict[str, Any]:
    """A ruff-shaped diagnostic dict for the malformed record ``name`` (at row 1, column 1)."""
    return locate(Document.from_text("", name), internal(MALFORMED_CODE, f"malformed record: {problem}"), name).as_dict()
