"""Lines of code, data and markup: what a project's files share, never a site's furniture.

Why: a crawl's pages share their site's menus and footers, but a project's documentation
files share their JSON examples (``"Timestamp": "2014-01-06T07:10:55Z",``), command-line
options (``--region us-east-1``), Markdown headings and links, reStructuredText directives and
tags. Such a line recurring from file to file, or carrying a date and a time, is no evidence
of page chrome.
"""
from __future__ import annotations

from doclint.lazyre import LazyPattern

#: code and data: braces, ``=``, a backtick, a closing ``;`` or ``\\``, a JSON key or string
_CODE = r"[{}=`]|[;\\]\s*$|\"\s*[:,]"
CODE_MARKS = LazyPattern(_CODE)
#: code, data and markup: also a Markdown link or heading, a command-line option,
#: reStructuredText's ``::`` and ``..``, a tag (a comment header may start with ``#``, a
#: recurring line of a site never does)
MARKUP_MARKS = LazyPattern(_CODE + r"|::\s*$|\]\(|^\s*(?:--\w|\.\.\s|#{1,6}\s|</?[a-z])")
