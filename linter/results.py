"""Diagnostics placed in their file: rows, columns and source lines, ready for any format.

Locating happens where the document is still in memory (the worker process), so only small
records travel back to the parent and the formatters never re-read files.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .document import Document
from .model import Applicability, Diagnostic


@dataclass(frozen=True)
class Position:
    row: int
    column: int

    def as_dict(self) -> dict[str, int]:
        return {"row": self.row, "column": self.column}


@dataclass(frozen=True)
class Record:
    """One diagnostic with everything a report needs, detached from the document."""

    filename: str
    diagnostic: Diagnostic
    location: Position
    end_location: Position
    source_line: str
    edits: tuple[tuple[Position, Position, str], ...] = ()

    @property
    def code(self) -> str:
        return self.diagnostic.code

    @property
    def applicability(self) -> Applicability | None:
        fix = self.diagnostic.fix
        return fix.applicability if fix else None

    def as_dict(self) -> dict[str, Any]:
        """ruff's JSON diagnostic shape, plus ``name``, ``severity`` and ``notes``."""
        d = self.diagnostic
        fix = None
        if d.fix is not None:
            fix = {
                "applicability": d.fix.applicability.value,
                "message": d.fix.message,
                "edits": [{"content": content, "location": start.as_dict(), "end_location": end.as_dict()}
                          for start, end, content in self.edits],
            }
            change = d.fix.document_change
            if change is not None:
                fix["document_change"] = {"encoding": change.encoding, "bom": change.bom}
        return {
            "code": d.code,
            "name": d.name,
            "message": d.message,
            "severity": d.severity.value,
            "filename": self.filename,
            "location": self.location.as_dict(),
            "end_location": self.end_location.as_dict(),
            "fix": fix,
            "notes": list(d.notes),
            "url": None,
            "noqa_row": None,
        }


def locate(document: Document, diagnostic: Diagnostic, filename: str) -> Record:
    """Resolve a diagnostic's spans into rows and columns of ``document``."""
    text_len = len(document.text)
    start = min(diagnostic.span.start, text_len)
    end = min(diagnostic.span.end, text_len)
    row, col = document.row_col(start)
    end_row, end_col = document.row_col(end)
    edits: tuple = ()
    if diagnostic.fix is not None:
        edits = tuple(
            (Position(*document.row_col(min(e.span.start, text_len))),
             Position(*document.row_col(min(e.span.end, text_len))), e.replacement)
            for e in diagnostic.fix.edits)
    line = document.lines[row - 1].text if document.text else ""
    return Record(filename, diagnostic, Position(row, col), Position(end_row, end_col), line, edits)


@dataclass
class FileReport:
    """What happened to one file."""

    filename: str
    records: list[Record] = field(default_factory=list)
    applied: list[tuple[str, str]] = field(default_factory=list)  # (code, fix message)
    written: bool = False
    diff: str = ""
    fixed_text: str | None = None  # stdin with --fix: the text to print


@dataclass
class Report:
    """A whole run, in input order."""

    files: list[FileReport]

    @property
    def records(self) -> list[Record]:
        return [r for f in self.files for r in f.records]

    def count_fixable(self, applicability: Applicability) -> int:
        return sum(1 for r in self.records if r.applicability is applicability)
