"""CHROME001: page furniture lines (navigation, share rows, bylines, UI words, footers, lists)."""
from __future__ import annotations

from typing import Iterable

from doclint import Diagnostic, Option, Rule

from .edits import delete_line
from .options import PHRASE_OPTIONS, phrase_extra

_CACHED_LINE = 80  # characters

_LABELS = {
    "navigation": "navigation or masthead", "share": "share widget", "metadata": "byline or metadata",
    "ui": "UI words", "footer": "site footer", "related": "related-articles list",
}


class BoilerplateLine(Rule):
    """What: a line of website furniture left by text extraction: navigation, breadcrumbs and
    mastheads (``首頁>政協·協商>協商``), share widgets (``分享到:``), bylines and metadata
    (``編輯:李敏杰``, ``2020年03月31日 10:02 | 作者:… | 來源:…``), UI words (``放大 缩小 默认``,
    ``Skip to content``, ``Read more``), footers (copyright, ICP filing, sponsor and address,
    reprint disclaimers, cookie banners), related or recommended lists with their headers,
    breadcrumb trails (``新浪首页 > 房产 > 正文``), bracketed buttons (``[ 打印 ]``) and comment
    headers (``# re: <title> 2004-12-27 12:53 <name>``: one template with a date and a time
    recurring three or more times in the document; the comments themselves are judged apart).

    Why: chrome repeated over millions of pages teaches a model menus instead of language, and
    it is invisible once the HTML is gone. Each line is judged on several signals: phrases
    anchored at the line start (``rules/data/chrome/*.txt``: Chinese in Simplified and
    Traditional, English, and the common CMS wordings of seven more languages),
    label fields, counters (``評論 196``), timestamps, bullets, length and punctuation; then
    uncertain short lines take the class of their confident neighbours, so a headline list
    after ``相關推薦`` goes as one block while subheadings between paragraphs, a notice's
    signature, recipe and poem lines stay.

    Example: ``分享到:`` and ``相關推薦 -`` followed by a list of headlines and ``-`` bullets →
    every line of the list is reported; ``深入调研 精准开展帮扶`` between two paragraphs is not.

    Fix safety: unsafe (``--unsafe-fixes``): the whole line and its newline are deleted; a
    misjudged line would be lost content.

    Options: ``extra-navigation``, ``extra-share``, ``extra-metadata``, ``extra-ui``,
    ``extra-footer``, ``extra-related`` (phrases in the data-file syntax: ``phrase``, ``label:``,
    ``prefix*``) and ``extra-contact`` (footer field labels); ``ignore-categories`` (categories
    never reported, e.g. ``["metadata"]`` to keep bylines).
    """

    code = "CHROME001"
    name = "boilerplate-line"
    summary = "Line is website furniture (navigation, share, byline, UI, footer, related list)"
    options_schema = {
        **PHRASE_OPTIONS,
        "ignore-categories": Option([], "categories never reported: navigation, share, metadata, ui, footer, related", list),
    }

    def check(self, document, context) -> Iterable[Diagnostic]:
        # lazy: doclint starts as a pre-commit hook
        from .headers import header_lines
        from .lexicon import folder_for, load_lexicon
        from .signals import analyse, judge
        from .smoothing import HEADER, decide
        from .wrapping import wrapped_lines

        extra = phrase_extra(self.options)
        lex = load_lexicon(extra)
        silenced = document.suppressions  # code blocks of Markdown: not text, not context either
        lines = [ln for ln in document.lines if ln.text.strip() and "*" not in silenced.get(ln.row, ())]
        if not lines:
            return
        texts = [ln.text for ln in lines]
        folder = folder_for(document.text)
        # short lines (where site furniture repeats from page to page) go through the cache
        # across documents; a long line rarely recurs and would only cost the cache its hashing
        facts = [judge(text, extra, folder) if len(text) <= _CACHED_LINE else analyse(text, lex, folder)
                 for text in texts]
        wrapped = wrapped_lines(lines)
        verdicts = decide(facts, texts, wrapped)
        # comment headers are decided after the smoothing, never anchors in it: a comment body
        # under its header is judged on its own (and a line of a wrapped paragraph is prose)
        for i in header_lines(lines, document.text, folder, lex):
            if verdicts[i] is None and i not in wrapped:
                verdicts[i] = HEADER
        ignored = set(self.options.ignore_categories)
        said: dict[object, tuple[str, str]] = {}  # (message, fix message) per verdict: a block shares one
        for line, verdict in zip(lines, verdicts):
            if verdict is not None and verdict.category not in ignored:
                words = said.get(verdict)
                if words is None:
                    label = _LABELS.get(verdict.category, verdict.category)
                    words = said[verdict] = (f"{label}: {verdict.reason}", f"delete the {label} line")
                yield self.diagnostic((line.start, line.end), words[0], delete_line(document, line, words[1]))
