"""The plain-text formats: ``concise`` (one line per problem) and ``github`` annotations."""
from __future__ import annotations

from typing import TextIO

from ..results import Report
from . import FormatOptions
from .escape import make_visible
from .summary import footer


def write_concise(report: Report, stream: TextIO, options: FormatOptions) -> None:
    for record in report.records:
        mark = " [*]" if options.applies(record) else ""
        stream.write(f"{make_visible(record.filename)}:{record.location.row}:{record.location.column}: "
                     f"{record.code}{mark} {make_visible(record.diagnostic.message)}\n")
    text = footer(report, options)
    if text:
        stream.write(text + "\n")


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def write_github(report: Report, stream: TextIO, options: FormatOptions) -> None:
    """GitHub Actions workflow commands: one ``::warning``/``::error`` annotation per problem."""
    for r in report.records:
        level = "error" if r.diagnostic.severity.value == "error" else "warning"
        props = (f"title={_escape_property('doclint (' + r.code + ')')},file={_escape_property(r.filename)},"
                 f"line={r.location.row},col={r.location.column},"
                 f"endLine={r.end_location.row},endColumn={r.end_location.column}")
        message = make_visible(f"{r.code} {r.diagnostic.message}")
        stream.write(f"::{level} {props}::{_escape_data(message)}\n")
