"""SPAM003 spam-links: listed gambling/porn domains and link-farm lines."""
from __future__ import annotations

import re
from collections.abc import Iterable
from typing import ClassVar

from doclint.document import Document
from doclint.lazyre import LazyPattern
from doclint.model import Diagnostic

from . import shape
from .base import LEXICON_OPTIONS, LexiconRule, by_line
from .lexicon import spam_domains

#: Where a top-level domain can start: a dot and two letters (cheap to search for, because the
#: pattern starts with a literal dot); every ``LINK`` has one at the end of its host.
TLD_ANCHOR = LazyPattern(r"\.[A-Za-z]{2}")  # no IGNORECASE: sre then compares plain code points
#: A URL or a bare host name with a dot-separated top-level domain.
LINK = LazyPattern(r"(?<![a-z0-9.\-])(?:https?://)?((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,12})(?::\d+)?"
                   r"(?:/[^\s<>\"'，。、）)\]]*)?", re.IGNORECASE)
#: The characters of a host name, walked back over from its top-level domain.
HOST_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-")
#: A scheme right before a host name (matched up to the host's start).
SCHEME = LazyPattern(r"https?://$", re.IGNORECASE)
#: Links must make up this share of a line's letters for one listed host to mark a link farm.
MIN_LINK_SHARE = 0.5


def listed(host: str, domains: frozenset[str], allowed: frozenset[str]) -> bool:
    """The host or one of its parent domains is on the spam-domain list (and not allowed)."""
    labels = host.lower().split(".")
    parents = {".".join(labels[i:]) for i in range(len(labels) - 1)}
    return not parents & allowed and bool(parents & domains)


class SpamLinks(LexiconRule):
    """What: a line listing links to gambling, porn or scam sites: host names on the spam-domain
    list (Sensitive-lexicon, 12k hosts) or host names built on porn/gambling URL tokens (MAP-NEO:
    ``91porn``, ``xinpujing`` …). Two such links in a line, or one listed host in a line made
    mostly of links, are flagged.

    Why: link farms and hacked pages append lists of spam domains; a news sentence that names
    one site (``Pornhub.com said …``) has one link among many words and stays clean.

    Example: ``www.xinpujing-vip.com | 91porn.example.net`` → flagged; ``The ruling names
    pornhub.com.`` → clean.

    Fix safety: unsafe (it deletes the line).

    Options: ``extend-terms`` (extra domains or URL tokens); ``allow-terms`` (domains or URL
    tokens never to count).
    """

    code = "SPAM003"
    name = "spam-links"
    summary = "Line of links to gambling, porn or scam sites"
    lexicons: ClassVar[tuple[str, ...]] = ("url-words.txt",)
    options_schema = dict(LEXICON_OPTIONS)

    def check(self, document: Document, context: object) -> Iterable[Diagnostic]:
        links = links_in(document.text)
        if not links:
            return
        extra = {str(t).lower() for t in self.options.extend_terms}
        domains = spam_domains() | extra if extra else spam_domains()
        allowed = frozenset(str(t).lower() for t in self.options.allow_terms)
        words = self.matcher()
        for line, found in by_line(document, links, [m.start() for m in links]):
            listed_links = [m.group() for m in found if listed(m.group(1), domains, allowed)]
            worded = [m.group() for m in found if words.scan(m.group(1)).cues()]
            bad = list(dict.fromkeys(listed_links + worded))
            if not bad:
                continue
            share = sum(len(m.group()) for m in found) / max(1, shape.letters(line.text) + line.text.count("."))
            if len(bad) < 2 and not (listed_links and share >= MIN_LINK_SHARE):
                continue
            notes = [f"spam links ({len(bad)}): {', '.join(dict.fromkeys(bad))}",
                     f"links make up {min(share, 1):.0%} of the line"]
            yield self.line_diagnostic(document, line, 0, f"spam links: {len(bad)} link(s) to listed gambling/porn sites",
                                       "spam-link", notes)


def links_in(text: str) -> list[re.Match[str]]:
    """The links of ``text`` (``LINK`` matches, in order), found from their top-level domains.

    ``LINK`` has no literal to search for, so running it over a line tries every position; a
    link's host ends in a ``TLD_ANCHOR``, which starts with a literal dot, and a link starts
    where the host characters before that dot end (``LINK`` asks for no host character before
    it), or at the ``http://`` in front of them. So each anchor not inside an earlier link is
    walked back to that start and ``LINK`` is tried there only.
    """
    links: list[re.Match[str]] = []
    for anchor in TLD_ANCHOR.finditer(text):
        dot, end = anchor.start(), links[-1].end() if links else 0
        if dot < end:
            continue  # a later label of the same host, or a dot in its path
        start = dot
        while start > end and text[start - 1] in HOST_CHARS:
            start -= 1
        scheme = SCHEME.search(text, max(end, start - 8), start)
        link = (scheme and LINK.match(text, scheme.start())) or LINK.match(text, start)
        if link:
            links.append(link)
    return links
