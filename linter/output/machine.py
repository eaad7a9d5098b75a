"""JSON and JSON-lines: ruff's diagnostic objects, one list (or one object per line)."""
from __future__ import annotations

import json
from typing import TextIO

from ..results import Report
from . import FormatOptions


def write_json(report: Report, stream: TextIO, options: FormatOptions) -> None:
    json.dump([r.as_dict() for r in report.records], stream, ensure_ascii=False, indent=2)
    stream.write("\n")


def write_json_lines(report: Report, stream: TextIO, options: FormatOptions) -> None:
    for r in report.records:
        stream.write(json.dumps(r.as_dict(), ensure_ascii=False) + "\n")
