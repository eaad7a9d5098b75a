"""An example doclint plugin: a rule and an output format, registered through hooks."""
from __future__ import annotations

from doclint import Edit, Fix, Option, Rule, hookimpl


class ShoutingLine(Rule):
    """What: a line written entirely in capital letters (``ADVERTISEMENT``, ``SPONSORED``).

    Why: such labels are page furniture, not text.
    Example: ``ADVERTISEMENT`` on a line of its own.
    Fix safety: unsafe, the line is deleted.
    Options: ``min-letters``, the fewest letters a line needs to count.
    """

    code = "CHROME901"
    name = "shouting-line"
    summary = "Line written entirely in capitals"
    options_schema = {"min-letters": Option(6, "fewest letters a shouting line has")}

    def check(self, document, context):
        for line in document.lines:
            letters = [c for c in line.text if c.isalpha()]
            if len(letters) >= self.options.min_letters and all(c.isupper() for c in letters):
                yield self.diagnostic((line.start, line.end), "line is all capitals",
                                      Fix.unsafe("delete the line", Edit.delete(line.start, document.end_with_newline(line))))


def write_count(report, stream, options) -> None:
    stream.write(f"{len(report.records)}\n")


@hookimpl
def doclint_rules():
    return [ShoutingLine]


@hookimpl
def doclint_formats():
    return {"count": write_count}
