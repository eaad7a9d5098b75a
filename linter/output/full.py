"""The ``full`` report: each problem with its line, the span underlined, and the fix.

Underlines are measured in terminal cells (CJK characters are two cells wide) after invisible
characters have been replaced by visible tokens. Document text only ever reaches rich as
``Text`` objects, so it cannot carry markup or escape codes.
"""
from __future__ import annotations

from typing import TextIO

from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

from ..results import Record, Report
from . import FormatOptions
from .escape import make_visible
from .summary import footer

#: Long lines are shown as a window of about this many characters around the span.
WINDOW = 80


def _excerpt(record: Record) -> tuple[str, int, int]:
    """(displayed line, underline start cell, underline width in cells)."""
    line = record.source_line
    start = record.location.column - 1
    end = record.end_location.column - 1 if record.end_location.row == record.location.row else len(line)
    end = max(start + 1, min(end, len(line))) if line else start + 1
    lo = max(0, start - WINDOW // 2)
    hi = min(len(line), max(end, start + WINDOW // 2) + WINDOW // 2)
    head = ("…" if lo else "") + make_visible(line[lo:start])
    if end - start > WINDOW:  # a span longer than the window: its start, underlined, then "…"
        body = make_visible(line[start:start + WINDOW]) + "…"
        return head + body, cell_len(head), cell_len(body)
    body = make_visible(line[start:end]) or " "
    tail = make_visible(line[end:hi]) + ("…" if hi < len(line) else "")
    return head + body + tail, cell_len(head), max(1, cell_len(body))


def _record(console: Console, record: Record, options: FormatOptions) -> None:
    d = record.diagnostic
    header = Text()
    header.append(make_visible(record.filename), style="bold")
    header.append(f":{record.location.row}:{record.location.column}: ")
    header.append(d.code, style="bold red" if d.severity.value == "error" else "bold yellow")
    if options.applies(record):
        header.append(" [*]", style="cyan")
    header.append(" ")
    header.append(make_visible(d.message))
    console.print(header)
    if record.source_line or record.location.row > 1:
        shown, offset, width = _excerpt(record)
        gutter = str(record.location.row)
        pad = " " * len(gutter)
        console.print(Text(f"{pad} |", style="blue"))
        line = Text(f"{gutter} | ", style="blue")
        line.append(shown)
        console.print(line)
        mark = Text(f"{pad} | ", style="blue")
        mark.append(" " * offset + "^" * width, style="bold red")
        console.print(mark)
    for note in d.notes:
        console.print(Text(f"  = note: {make_visible(note)}", style="dim"))
    if d.fix is not None:
        label = {"safe": "help", "unsafe": "help (unsafe)", "display-only": "suggestion"}[d.fix.applicability.value]
        console.print(Text(f"  = {label}: {make_visible(d.fix.message)}", style="cyan"))
    console.print()


def write(report: Report, stream: TextIO, options: FormatOptions) -> None:
    console = Console(file=stream, highlight=False, markup=False, emoji=False,
                      no_color=not options.color, soft_wrap=True)
    for record in report.records:
        _record(console, record, options)
    if options.show_fixes:
        applied = [(f.filename, code, msg) for f in report.files for code, msg in f.applied]
        if applied:
            console.print(Text("Applied fixes:", style="bold"))
            for filename, code, msg in applied:
                console.print(Text(f"  {make_visible(filename)}: {code} {make_visible(msg)}"))
    text = footer(report, options)
    if text:
        console.print(Text(text, style="bold"))
