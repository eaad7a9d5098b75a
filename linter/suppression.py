"""Inline suppression comments for formats that have comments (Markdown, HTML).

``<!-- doclint: disable CODE[,CODE…] -->`` silences the codes (or, with none, everything) from
that line on; ``<!-- doclint: enable [CODE…] -->`` ends it; ``<!-- doclint:
disable-next-line [CODE…] -->`` covers only the following line. Codes may be prefixes
(``CHROME``). Plain text has no comments, so it relies on configuration instead.
"""
from __future__ import annotations

import re

_DIRECTIVE = re.compile(r"<!--\s*doclint:\s*(disable-next-line|disable|enable)\b([^>]*?)-->")


def _codes(arg: str) -> frozenset[str]:
    codes = frozenset(c.upper() for c in re.split(r"[\s,]+", arg.strip()) if c)
    return codes or frozenset({"*"})


def parse_suppressions(text: str) -> dict[int, frozenset[str]]:
    """Row (1-based) -> codes suppressed on that row."""
    out: dict[int, frozenset[str]] = {}
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
            out[row] = here
    return out
