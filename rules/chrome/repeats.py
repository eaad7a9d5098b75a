"""CHROME003: lines that repeat the title (captions, sticky headers) or double themselves."""
from __future__ import annotations

from typing import Iterable

from doclint import Diagnostic, Option, Rule

from .edits import delete_line, delete_span

_VERSE_SIZE = 15  # a document whose lines are mostly this short is verse or a list


def _halves(text: str) -> int:
    """Offset where ``text`` (stripped) splits into two identical halves, else 0."""
    body = text.strip()
    half = len(body) // 2
    if half and len(body) % 2 == 0 and body[:half] == body[half:]:
        return len(text) - len(text.lstrip()) + half
    return 0


class RepeatedLine(Rule):
    """What: a line that repeats the document's title (its first line, or a part of it
    between separators such as `` - Site``) once case, digits, punctuation, spacing and the
    Simplified/Traditional variant are ignored: image captions, sticky headers, the title
    printed again in the other script. A line made of one sentence written twice
    (``標題標題``) is reported too. With ``all-repeats`` every repeat of any line is reported.

    Why: extraction keeps every copy of the headline; the first is content, the rest are
    furniture. Other repeats are often content (the questions of an interview, a summary list
    whose items come back as section headings, two spec sheets), so they are only reported on
    request.

    Example: a Traditional article titled ``雲陽137萬人共奮進…`` whose Simplified caption
    ``云阳137万人共奋进…`` comes back six times → the six captions are reported.

    Fix safety: unsafe: the repeated line (or the second copy of a doubled line) is deleted.

    Options: ``min-chars`` (shortest key compared, in letters and digits; default 8);
    ``all-repeats`` (report every repeat after the first, not only title repeats; default
    false). Documents made mostly of short lines (poems with refrains, lists) are left alone.
    """

    code = "CHROME003"
    name = "repeated-line"
    summary = "Line repeats the title (caption, sticky header) or doubles itself"
    options_schema = {
        "min-chars": Option(8, "shortest normalised line compared, in letters and digits"),
        "all-repeats": Option(False, "report every repeat of any line, not only repeats of the title"),
    }

    def check(self, document, context) -> Iterable[Diagnostic]:
        from .lexicon import needs_table  # lazy: doclint starts as a pre-commit hook
        from .linekey import document_keys, line_key, title_parts, worded

        lines = [ln for ln in document.lines if ln.text.strip()]
        if len(lines) < 2:
            return
        if sum(1 for ln in lines if len(ln.text.strip()) < _VERSE_SIZE) * 5 >= len(lines) * 3:
            return
        minimum = self.options.min_chars
        title = lines[0]
        quick = not needs_table(document.text)
        seen = {key: title.row for key in {line_key(part, quick) for part in (title.text, *title_parts(title.text))}
                if worded(key, minimum)}
        everything = self.options.all_repeats
        # a key is never longer than its line: shorter lines cannot repeat the title, and
        # a line far longer than the title (with its punctuation, or written twice) neither;
        # with no title to repeat, only lines written twice are looked at
        shortest = minimum if everything else min(map(len, seen), default=1 << 30)
        longest = None if everything or not seen else 3 * max(map(len, seen)) + 20
        candidates = [line for line in lines[1:]
                      if shortest <= len(line.text) and not (longest and len(line.text) > longest)
                      or len(line.text) >= 2 * minimum and _halves(line.text)]
        # the whole document's keys when CHROME004 computes them anyway (the run counts lines
        # across documents) or most lines are compared (web pages); else (article text, whose
        # long lines cannot repeat a title) one key per compared line
        shared = context.corpus is not None or len(candidates) * 2 >= len(lines)
        keys = document_keys(document.text) if shared else None
        for line in candidates:
            text = line.text
            key = keys[line.row - 1] if keys is not None else line_key(text, quick)
            if not worded(key, minimum):
                continue
            half = key[: len(key) // 2]
            doubled = len(key) % 2 == 0 and key == half * 2
            first = seen.get(key) or (seen.get(half) if doubled else None)
            if first is not None:
                what = "the title" if first == lines[0].row else f"line {first}"
                yield self.diagnostic((line.start, line.end), f"repeats {what}",
                                      delete_line(document, line, "delete the repeated line"))
                continue
            cut = _halves(line.text) if doubled else 0
            if cut:
                yield self.diagnostic((line.start + cut, line.end), "the line repeats its own first half",
                                      delete_span(line.start + cut, line.end, "delete the second copy"))
            if everything:
                seen.setdefault(key, line.row)
                if doubled:
                    seen.setdefault(half, line.row)
