"""Inline suppression comments for formats that have comments (Markdown, HTML).

``<!-- doclint: disable CODE[,CODE…] -->`` silences the codes (or, with none, everything) from
that line on; ``<!-- doclint: enable [CODE…] -->`` ends it; ``<!-- doclint:
disable-next-line [CODE…] -->`` covers only the following line. Codes may be prefixes
(``CHROME``). Plain text has no comments, so it relies on configuration instead.

Fenced code blocks (```` ``` ```` or ``~~~``) in these formats are code, not prose: every code is
silenced on their rows, fences included, and so is a Markdown file's front matter (the YAML
block between ``---`` lines at its top). So are comments (``<!-- … -->``, other than doclint's
own): a reader never sees them, so they are neither text to judge nor context for the lines
around them.
"""
from __future__ import annotations

import re

_FENCE = re.compile(r"^\s*(`{3,}|~{3,})")  # any indent: fences inside list items count too
_COMMENT = re.compile(r"<!--(?!\s*doclint:).*?-->", re.DOTALL)
_EVERYTHING = frozenset({"*"})
_DIRECTIVE = re.compile(r"<!--\s*doclint:\s*(disable-next-line|disable|enable)\b([^>]*?)-->")


def _codes(arg: str) -> frozenset[str]:
    codes = frozenset(c.upper() for c in re.split(r"[\s,]+", arg.strip()) if c)
    return codes or frozenset({"*"})


def parse_suppressions(text: str) -> dict[int, frozenset[str]]:
    """Row (1-based) -> codes suppressed on that row."""
    out: dict[int, frozenset[str]] = _fenced_rows(text) if ("```" in text or "~~~" in text) else {}
    if text.startswith("---\n"):
        for row in _front_matter_rows(text):
            out[row] = _EVERYTHING
    if "<!--" in text:
        for row in _comment_rows(text):
            out[row] = _EVERYTHING
    if "doclint:" not in text:
        return out
    active: frozenset[str] = frozenset()
    next_line: frozenset[str] = frozenset()
    for row, line in enumerate(text.split("\n"), 1):
        here = active | next_line
        next_line = frozenset()
        for match in _DIRECTIVE.finditer(line):
            verb, codes = match.group(1), _codes(match.group(2))
            if verb == "disable":
                active |= codes
                here |= codes
            elif verb == "enable":
                active = frozenset() if "*" in codes else active - codes
            else:
                next_line |= codes
                here |= codes  # the comment line itself is never reported
        if here:
            out[row] = out.get(row, frozenset()) | here
    return out


def _fenced_rows(text: str) -> dict[int, frozenset[str]]:
    """Rows inside fenced code blocks (an unclosed fence runs to the end, as in CommonMark)."""
    out: dict[int, frozenset[str]] = {}
    fence = ""
    for row, line in enumerate(text.split("\n"), 1):
        match = _FENCE.match(line)
        if fence:
            out[row] = frozenset({"*"})
            if match and match.group(1)[0] == fence[0] and len(match.group(1)) >= len(fence):
                fence = ""
        elif match:
            fence = match.group(1)
            out[row] = frozenset({"*"})
    return out


def _comment_rows(text: str) -> set[int]:
    """Rows (1-based) holding nothing but an HTML comment, or inside a multi-line one."""
    rows: set[int] = set()
    row, counted = 1, 0  # the row at offset ``counted``: newlines are counted once, left to right
    for match in _COMMENT.finditer(text):
        row += text.count("\n", counted, match.start())
        counted = match.start()
        last = row + match.group().count("\n")
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        before = text[line_start:match.start()]
        after = text[match.end():len(text) if line_end < 0 else line_end]
        # text before the comment on its first line, or after it on its last, stays visible
        rows.update(range(row + bool(before.strip()), last + 1 - bool(after.strip())))
    return rows


_FRONT_MATTER_LINES = 100  # a longer block is no front matter but a document opened by a rule


def _front_matter_rows(text: str) -> range:
    """Rows of the ``---`` … ``---`` (or ``...``) metadata block that opens a Markdown file."""
    lines = text.split("\n", _FRONT_MATTER_LINES + 1)[:_FRONT_MATTER_LINES + 1]
    end = next((i for i in range(1, len(lines)) if lines[i].rstrip() in ("---", "...")), None)
    return range(1, end + 2) if end is not None else range(0)
