"""CHROME002: a metadata prefix (``最后更新: 2020-07-18 09:38:47``) glued to a paragraph."""
from __future__ import annotations

from typing import Iterable

from doclint import Diagnostic, Option, Rule

from .edits import delete_span


class MetadataPrefix(Rule):
    """What: a metadata label and its timestamp at the start of a line that goes on with the
    text itself, e.g. ``最后更新: 2020-07-18 09:38:47滬滇共飲一江水…`` or
    ``Updated: Nov 19, 2019 10:31 pm The company said…`` (extraction glued two blocks).

    Why: deleting the line would lose the paragraph; only the prefix is chrome. CHROME001
    judges such a line by the paragraph after the prefix.

    Example: ``最后更新: 2020-07-18 09:38:47滬滇共飲一江水。`` → ``滬滇共飲一江水。``.

    Fix safety: unsafe: the prefix up to the end of its timestamp is deleted.

    Options: ``extra-labels``: more labels (``label:`` entries, like ``rules/data/chrome/metadata.*.txt``).
    """

    code = "CHROME002"
    name = "metadata-prefix"
    summary = "Metadata label and timestamp glued to the start of a paragraph"
    options_schema = {"extra-labels": Option([], "more metadata labels, e.g. ['修改时间:']", list)}

    def check(self, document, context) -> Iterable[Diagnostic]:
        from .lexicon import load_lexicon  # lazy: doclint starts as a pre-commit hook
        from .signals import metadata_prefix

        lex = load_lexicon((("metadata", tuple(self.options.extra_labels)),) if self.options.extra_labels else ())
        for line in document.lines:
            head = line.text[:24]
            if len(line.text) < 12 or (":" not in head and "：" not in head):
                continue
            label, end = metadata_prefix(line.text, lex)
            if end:
                start = line.start + len(line.text) - len(line.text.lstrip())
                yield self.diagnostic((start, line.start + end), f"metadata prefix '{label}' glued to the text",
                                      delete_span(start, line.start + end, "delete the metadata prefix"))
