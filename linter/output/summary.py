"""The closing lines shared by the human-readable formats."""
from __future__ import annotations

from collections import Counter

from ..model import Applicability
from ..results import Report
from . import FormatOptions


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def footer(report: Report, options: FormatOptions) -> str:
    """"Found N problems in M files (K fixable with --fix, J with --unsafe-fixes)"."""
    records = report.records
    fixed = sum(len(f.applied) for f in report.files)
    lines = []
    if options.fix and fixed:
        lines.append(f"Fixed {_plural(fixed, 'problem')}.")
    if not records:
        if not fixed:
            lines.append("All checks passed!")
        return "\n".join(lines)
    files = len({r.filename for r in records})
    safe = report.count_fixable(Applicability.SAFE)
    unsafe = report.count_fixable(Applicability.UNSAFE)
    extra = []
    if safe:
        extra.append(f"{safe} fixable with --fix")
    if unsafe and not options.unsafe_fixes:
        extra.append(f"{unsafe} with --unsafe-fixes")
    elif unsafe:
        extra.append(f"{unsafe} unsafe-fixable")
    tail = f" ({', '.join(extra)})" if extra else ""
    lines.append(f"Found {_plural(len(records), 'problem')} in {_plural(files, 'file')}{tail}.")
    return "\n".join(lines)


def statistics(report: Report) -> list[tuple[int, str, str, bool]]:
    """(count, code, name, fixable) per rule, most frequent first."""
    counts = Counter(r.code for r in report.records)
    names = {r.code: r.diagnostic.name for r in report.records}
    fixable = {r.code for r in report.records if r.applicability in (Applicability.SAFE, Applicability.UNSAFE)}
    return [(n, code, names[code], code in fixable) for code, n in counts.most_common()]
