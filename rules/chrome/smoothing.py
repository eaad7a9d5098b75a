"""Deciding each line from its own evidence and its neighbours' (jusText-style smoothing).

Confident lines (``GOOD`` prose, ``BAD`` chrome) are anchors. Every run of uncertain lines
between two anchors takes a class from them:

* prose on both sides, or no anchor at all (a poem, a list, a recipe): content;
* chrome on one side or both: chrome, except prose-like lines that continue the prose side
  and the headline zone above the first paragraph (title, deck);
* prose on one side and the document's edge on the other: content, except bare bullets;
* a numbered list (three or more enumerated lines) inside a run stays content.

Before that, the body is located as the densest stretch of prose; prose-looking lines beyond
the outermost chrome lines around it (teasers, comments, notices) lose their anchor status.

So a related-news tail (headline, timestamp, headline, ``-`` …) becomes one block while a
subheading between two paragraphs, or the signature of a notice, stays.
"""
from __future__ import annotations

import re
from typing import Collection, NamedTuple, Sequence

from doclint.lazyre import LazyPattern
from .signals import BAD, GOOD, LINK_ITEM, NEAR, SHORT, LineFacts

# the heading alone (``## License``, ``Copyright:``), not a copyright notice that starts with the word
_LICENSE_HEADING = LazyPattern(r"^\s*(?:#+\s*)?(?:licen[cs]e|copyright|版权|版權|许可证?|許可證?)\s*[:：]?\s*$",
                               re.IGNORECASE)
_TITLE_ZONE_LINES = 3
_LICENSE_LOOKBACK = 3  # lines between a License heading and its copyright line (``The MIT License``)
_SHORT_GOOD = 50  # a prose line shorter than this is a headline when chrome surrounds it
_HEAD_TEASER = 60  # prose above the top chrome is demoted only when shorter than this
_LONE_GOOD = 40
_BODY_LINES = 3  # prose lines a document needs before short ones may be taken for teasers
_LIST_ITEMS = 3
#: A short line ending like a sentence continues the prose above it (dialogue: “谢谢你。”).
_SENTENCE_END = ("。", "！", "？", "…", "”", "」", "』", "!", "?", ".")
_MENU_LINES = 6  # menu-sized lines that make the run above the text a menu  # numbered lines that make a run a list of the text  # … or when chrome touches it and no prose does


class Verdict(NamedTuple):  # not a dataclass: ~1.5 ms less at start-up
    """Why a line is chrome: its category and a human-readable reason."""

    category: str
    reason: str


#: the verdict given after the smoothing to comment headers (:mod:`.headers`), no anchor in it
HEADER = Verdict("metadata", "metadata line (a comment header: one template with a date and time, repeated)")


def _chromeish(facts: LineFacts) -> bool:
    return facts.kind == BAD or facts.stamp or facts.junk


def _kinds(facts: Sequence[LineFacts], texts: Sequence[str]) -> list[str]:
    kinds = [f.kind for f in facts]
    for i, f in enumerate(facts):
        # a copyright line inside a README's License section is the licence, not a footer
        if f.kind == BAD and f.category == "footer" and any(
                _LICENSE_HEADING.match(texts[k]) for k in range(max(0, i - _LICENSE_LOOKBACK), i)):
            kinds[i] = SHORT
    last = len(facts) - 1
    if kinds.count(GOOD) < _BODY_LINES:  # no body elsewhere: the prose there is the text
        return kinds
    for i, f in enumerate(facts):
        if kinds[i] != GOOD or f.size >= _SHORT_GOOD:
            continue
        before = facts[i - 1] if i else None
        after = facts[i + 1] if i < last else None
        if before and after and _chromeish(before) and _chromeish(after):
            kinds[i] = NEAR  # a headline between timestamps or bullets
        elif f.size < _LONE_GOOD and any(n and _chromeish(n) for n in (before, after)) \
                and not any(n and n.kind == GOOD for n in (before, after)):
            kinds[i] = NEAR  # a lone short sentence next to chrome is more likely a teaser
    return kinds


def _title_zone(facts: Sequence[LineFacts], kinds: list[str]) -> set[int]:
    """Headline lines just above the first paragraph (bylines and share rows may sit between)."""
    first = next((i for i, k in enumerate(kinds)
                  if k == GOOD and (i + 1 == len(kinds) or kinds[i + 1] in (GOOD, NEAR))), None)
    zone: set[int] = set()
    i = (first or 0) - 1
    while first is not None and i >= 0 and len(zone) < _TITLE_ZONE_LINES:
        f = facts[i]
        if (kinds[i] == BAD and f.category in ("metadata", "share")) or f.stamp:
            i -= 1
            continue
        if kinds[i] in (NEAR, SHORT) and not f.junk and f.size > 4:
            zone.add(i)
            i -= 1
            continue
        break
    return zone


def _body_span(facts: Sequence[LineFacts], kinds: list[str]) -> tuple[int, int]:
    """The densest stretch of prose (maximum-sum segment of per-line scores)."""
    best, best_span = 0, (0, -1)
    total, start = 0, 0
    for i, (f, k) in enumerate(zip(facts, kinds)):
        if k == GOOD:
            score = min(f.size, 150) - 20
        elif k == BAD:
            score = -10
        elif k == NEAR and not (f.stamp or f.junk):
            score = -1
        else:
            score = -4
        if total <= 0:
            total, start = 0, i
        total += score
        if total > best:
            best, best_span = total, (start, i)
    return best_span


def _demote_outside_body(facts: Sequence[LineFacts], kinds: list[str], prose: Collection[int]) -> None:
    """Prose beyond the outermost chrome lines around the body is teaser text, not the article.

    Past the first chrome line after the body (and before the last one above it), prose-looking
    lines are the site's teasers, comments or notices: they lose their anchor status and are
    judged with their neighbours. Running text (``prose``) is never a teaser.
    """
    start, end = _body_span(facts, kinds)
    if end < start:
        return
    after = next((i for i in range(end + 1, len(kinds)) if kinds[i] == BAD), None)
    before = next((i for i in range(start - 1, -1, -1) if kinds[i] == BAD), None)
    for i in range(len(kinds) if after is None else after, len(kinds)):
        if kinds[i] == GOOD and i not in prose:
            kinds[i] = NEAR
    for i in range(0 if before is None else before):
        if kinds[i] == GOOD and facts[i].size < _HEAD_TEASER and i not in prose:  # never a long paragraph above
            kinds[i] = NEAR


def decide(facts: Sequence[LineFacts], texts: Sequence[str], prose: Collection[int] = ()) -> list[Verdict | None]:
    """One verdict per non-blank line (``None``: content), in order.

    Lines marked ``late`` (a breadcrumb, a bracketed button) are chrome but no anchor: the
    page title above a breadcrumb, a signature above a ``[ 打印 ]`` button keep their class.
    ``prose``: lines known to be running text whatever they look like alone (the lines of a
    hard-wrapped paragraph): content, and anchors for their neighbours.
    """
    kinds = _kinds(facts, texts)
    prose = set(prose)
    for i in prose:
        kinds[i] = GOOD
    _demote_outside_body(facts, kinds, prose)
    zone = _title_zone(facts, kinds)
    verdicts: dict[tuple[str, str], Verdict] = {}  # one (immutable) verdict per distinct reason
    out: list[Verdict | None] = [_own_verdict(f, verdicts) if k == BAD else None for f, k in zip(facts, kinds)]
    n = len(facts)
    i = 0
    while i < n:
        if kinds[i] in (GOOD, BAD):
            i += 1
            continue
        j = i
        while j + 1 < n and kinds[j + 1] not in (GOOD, BAD):
            j += 1
        _resolve_run(i, j, facts, kinds, zone, out, texts)
        i = j + 1
    for k, f in enumerate(facts):
        if f.late and out[k] is None and k not in prose:
            out[k] = _own_verdict(f, verdicts)
    return out


def _own_verdict(facts: LineFacts, verdicts: dict[tuple[str, str], Verdict]) -> Verdict:
    """The verdict a line earns on its own evidence, shared by every line with the same reason."""
    key = (facts.category, facts.reason)
    found = verdicts.get(key)
    if found is None:
        found = verdicts[key] = Verdict(facts.category, f"{facts.category} line ({facts.reason})")
    return found


def _resolve_run(a: int, b: int, facts: Sequence[LineFacts], kinds: list[str], zone: set[int],
                 out: list[Verdict | None], texts: Sequence[str]) -> None:
    up = kinds[a - 1] if a > 0 else None
    down = kinds[b + 1] if b + 1 < len(kinds) else None
    # a lone UI line inside prose (``Advertisement``, a button) interrupts the text, it does
    # not start a chrome block: look through it
    if up == BAD and facts[a - 1].category == "ui" and a > 1 and kinds[a - 2] == GOOD:
        up = GOOD
    if down == BAD and facts[b + 1].category == "ui" and b + 2 < len(kinds) and kinds[b + 2] == GOOD:
        down = GOOD
    if BAD not in (up, down):
        if GOOD in (up, down) and up != down:  # prose on one side, the edge on the other
            menu = sum(1 for k in range(a, b + 1) if facts[k].menu)
            is_menu = up is None and menu >= _MENU_LINES and menu * 10 >= (b - a + 1) * 7
            for k in range(a, b + 1):
                if facts[k].junk or (is_menu and k not in zone):
                    what = "a menu of short words" if is_menu else "bare bullet"
                    out[k] = Verdict("navigation", f"{what} at the edge of the text")
        return
    members = list(range(a, b + 1))
    items = [k for k in members if facts[k].item]
    links = sum(1 for k in items if facts[k].item == LINK_ITEM)
    # a numbered list inside the text, not a menu; unless its items end like links in a
    # ranking (``(5146)`` read counts, headlines cut short ``...``)
    if len(items) >= _LIST_ITEMS and links * 3 < len(items) * 2:
        members = [k for k in members if not items[0] <= k <= items[-1]]
    if up == GOOD:  # prose-like lines and sentences that continue the paragraph above stay
        while members and (kinds[members[0]] == NEAR or texts[members[0]].rstrip().endswith(_SENTENCE_END)):
            members.pop(0)
    if down == GOOD:
        while members and (kinds[members[-1]] == NEAR or members[-1] in zone):
            members.pop()
    anchor = a - 1 if up == BAD else b + 1
    category = facts[anchor].category
    for k in members:
        if k not in zone:
            out[k] = Verdict(category, f"inside a {category} block (next to line with {facts[anchor].reason})")
