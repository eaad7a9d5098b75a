"""Per-line evidence for page furniture: phrases, fields, counters, timestamps, shape.

Each non-blank line gets one :class:`LineFacts`: a confidence class (``GOOD`` prose, ``NEAR``
prose-like, ``SHORT`` uncertain, ``BAD`` confident chrome) plus weak hints (timestamp line,
bare bullet) that only count next to other chrome. The decision per line is left to
:mod:`.smoothing`, which looks at neighbours; this module never looks beyond one line, so it
stays cheap (a few dict probes and at most a handful of regex calls per short line; long
prose lines take a fast path).
"""
from __future__ import annotations

from functools import lru_cache
from itertools import islice
from typing import Callable, NamedTuple

from doclint.lazyre import LazyPattern
from .lexicon import (
    LABEL,
    PREFIX,
    TOKEN,
    Lexicon,
    fold,
    fold_label,
    fold_phrase,
    is_han,
    load_lexicon,
    strip_glue,
)

GOOD, NEAR, SHORT, BAD = "good", "near", "short", "bad"
LINK_ITEM = "link"

_BULLETS = LazyPattern(r"^[\s\-–—•·∙□■◆◇●○▪▫▶►▷>»›*|+_~=]+")
_TERMINAL = frozenset("。！？!?.…\"”’'」』:：;；")
_CLOSING = frozenset(")）]】")
_JUNK = frozenset("-–—•·∙*|»>›~_+□■◆◇●○▪▫")  # not ``=``: ``===`` over and under a title is markup
_INNER_PUNCT = LazyPattern(r"[，。、；！？,;!?]|[.:](?= )")
_SENTENCE_END = frozenset("。！？!?")
_SEPARATORS = LazyPattern(r"\s*(?:[|｜/丨│•·»›>【】\[\]]|\s-\s)\s*")
# the label just before a colon (a Han label may have single spaces inside: ``地 址``)
_LABEL_BEFORE = LazyPattern(
    r"([^\s|:()（）【】\[\]](?:[^\s|:()（）【】\[\]]|(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])){0,9})\s*$")
# the patterns below run on folded text (lower case, full-width folded, Simplified)
_COUNTER = LazyPattern(
    r"(?:评论|阅读|浏览|点击|回复|点赞|赞|comments?|views?|likes?|shares?|replies)\s*[:(（]?\s*\d[\d,.]*[万k]?"
    r"|\d[\d,.]*k?\s+(?:comments?|views?|likes?|shares?|replies)\b")
#: a month name or its abbreviation, on folded (lower-case) text; comment headers use it too
MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_TIMESTAMP = LazyPattern(
    r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
    r"|\d{1,2}\s*月\s*\d{1,2}\s*日"
    r"|\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?"
    rf"|{MONTHS}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{MONTHS}\s+\d{{4}}"
    r"|\d+\s*(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago|\d+\s*(?:分钟|小时|天)前")
#: On folded text. A copyright sign glued after a non-ASCII letter is mojibake (ENC's business),
#: not a notice: ``é`` of UTF-8 read as cp1252 is ``Ã©``, as Mac Roman ``√©``, Arabic read as
#: cp1250 ends its words in ``Ř©``; a real notice has the sign after a space, a bracket or the
#: start, and a year or a name after it.
_NOTICE = LazyPattern(r"icp\s*[备证]|(?<![^\s\x00-\x7f])©(?=\s*\w)|版权所有|all rights reserved")
# breadcrumb separators (not ``->`` or ``→``: an article writes a process or a route with them)
_CRUMB_SEPARATORS = LazyPattern(r"\s*(?:-->|(?<![-=])>>?|»|›)\s*")
_CRUMB_LEVELS = 4  # parts of a breadcrumb that starts anywhere; 3 when it starts at a home page
_LINK_LIST_GAPS = LazyPattern(r"\S\s+\S")
_ENUMERATOR = LazyPattern(r"\s*(?:\d{1,2}\s*[、.．)）]|[(（]\s*\d{1,2}\s*[)）]|[一二三四五六七八九十]{1,3}\s*、)\s*\S")
# the end of a list item that is a link: a counter (not a year) in brackets, or a headline cut short
_LINK_TAIL = LazyPattern(r"[(（](?!1[89]\d\d[)）]|20\d\d[)）])\d{1,6}[)）]$|\S(?:\.\.\.|…)$")
_PAGER = LazyPattern(r"第\s*\d+\s*页|共\s*\d+\s*页|\bpage\s+\d+\s+of\s+\d+|^\d+\s*/\s*\d+$|^\[\d+\](?:\s*\[\d+\]){2,}$")
_STRONG_SEPARATORS = LazyPattern(r"\s*[|｜丨│•»›]\s*|\s+[-/]\s+")
# a regex class, not a set: ``frozenset.isdisjoint(line)`` builds a string per CJK character
_STRONG_CHAR = LazyPattern(r"[|｜丨│•»›]")  # or `` - ``, `` / ``: a strong separator in a menu row
ANY_SENTENCE_END = LazyPattern(r"[。！？!?]")
_ANY_SEPARATOR = LazyPattern(r"[|｜/丨│•·»›>【】\[\]]")
_WORDS_LEFT = LazyPattern(r"[^\W\d_]{2,}")  # words of two letters or more (a Han run counts once)
_IDENTIFIER = LazyPattern(r"[^\W_]_[^\W_]")
_ENCLOSING = LazyPattern(r"[{}(`\"<]")
# a bracketed, quoted or code span (a brace may close or open on the next line): a ``|``
# inside it separates alternatives (a type, a regex), not links
_ENCLOSED = LazyPattern(r"\{[^{}]*(?:\}|$)|^[^{}]*\}|\([^()]*\)|`[^`]*`|\"[^\"]*\"|<[^<>]*>")
DIGIT = LazyPattern(r"\d")
# plain literals (no ``[Cc]``): the regex engine then scans for their first characters, 5-10x faster
_COUNTER_HINT = LazyPattern(r"评论|評論|阅读|閱讀|浏览|瀏覽|点|點|回复|回覆|赞|讚|Comment|comment|View|view"
                           r"|Like|like|Share|share|Repl|repl")
# cheap necessary conditions, checked before the costly patterns (same results, fewer calls):
_COUNTER_WORD = LazyPattern(r"评论|阅读|浏览|点击|回复|赞|comment|view|like|share|replies")  # in every _COUNTER
_FOUR_DIGITS = LazyPattern(r"\d{4}")  # in every _TIMESTAMP without ``:``, ``月``, ``ago`` or ``前``
_LEADERS = frozenset(" \t\u3000\xa0-–—•·∙□■◆◇●○▪▫▶►▷>»›*|+_~=")
_ENUMERATOR_STARTS = frozenset("0123456789 (（一二三四五六七八九十")
_BUTTONS = ("ui", "share", "navigation")
_OPENERS = {"(": ")", "（": "）", "[": "]", "【": "】", "［": "］"}  # categories of a lone bracketed button
_SEPARATOR_CHARS = frozenset("|｜/丨│•·»›>【】[]")
# what may follow a one-word phrase (``Share``) for it to be a widget label (see ``_set_off``)
_STRONG_MARKS = frozenset("|｜丨│•·»›>")
_SPACED_MARKS = frozenset("-–—/")
_OPENING = frozenset("(（[【")
_ELLIPSIS_MARKS = ".…!"
_WRAPPED_END = frozenset(".!?,;")  # after a lower-case one-word line: a sentence's last word


class LineFacts(NamedTuple):
    """What one line looks like on its own."""

    kind: str  # GOOD, NEAR, SHORT or BAD
    category: str = ""  # for BAD: navigation, share, metadata, ui, footer, related
    reason: str = ""
    size: int = 0  # rough content size: Han characters + a third of the other characters
    stamp: bool = False  # mostly a date/time (weak: headings in live blogs look the same)
    junk: bool = False  # only bullets or punctuation
    item: bool | str = False  # starts with a list enumerator (``1、``, ``（2）``, ``三、``, ``4.``);
    # LINK_ITEM when it ends like a link in a ranking list: a counter ``(5146)`` or cut short ``...``
    menu: bool = False  # a menu-sized word or two: short, no digits, no punctuation
    late: bool = False  # chrome (``category``, ``reason``) decided after the smoothing, no anchor in it


def _size(text: str) -> int:
    wide = (len(text.encode("utf-8", "surrogatepass")) - len(text)) // 2  # undecodable bytes are lone surrogates
    return wide + (len(text) - wide) // 3


def _prose_kind(body: str, size: int) -> str:
    last = body[-1]
    if last in _CLOSING and len(body) > 1:  # ``…。）`` ends a sentence, ``(图)`` does not
        last = body[-2]
    if size >= 20 and last in _TERMINAL:
        return GOOD
    if size < 10:
        return SHORT
    marks = len(_INNER_PUNCT.findall(body)) if size >= 45 else int(_INNER_PUNCT.search(body) is not None)
    punct = marks > 0
    if size >= 45 and marks * 25 >= size:  # prose has a comma or stop every few words
        return GOOD
    if size >= 80 and next(islice(_LINK_LIST_GAPS.finditer(body), 3, None), None) is None:  # < 4 gaps
        return GOOD
    if (size >= 10 and (last in _TERMINAL or punct)) or size >= 20:
        return NEAR
    return SHORT


def _phrase(folded: str, lex: Lexicon) -> tuple[str, str] | None:
    """(category, phrase) of a line-start phrase, if it applies to this (folded) line."""
    head = folded[:48]
    if "  " in head or "\t" in head:
        head = fold_phrase(head)
    found = lex.longest_prefix(head)
    if found is None:
        return None
    phrase, entry = found
    rest = head[len(phrase):]
    if entry.kind == PREFIX:
        return entry.category, phrase
    stripped = rest.lstrip()
    if stripped.startswith(":"):
        # ``评论:纸包不住火`` is a heading with a value, ``分享到:`` or ``相关阅读:…`` is chrome
        value = stripped[1:].strip()
        if entry.kind == LABEL or not value:
            return entry.category, phrase
        if entry.category in ("related", "share", "navigation") and value[-1] != "." and "@" not in value:
            # ``See also: [x][].`` is a sentence of the text, ``Email: press@…`` a contact field
            return entry.category, phrase
        return None
    if entry.kind == LABEL:
        return None
    if not rest:
        return entry.category, phrase
    if entry.words == 1:  # ``Share``, ``Print``, ``Back``: a common word unless set off as a widget
        return (entry.category, phrase) if _set_off(stripped, rest[0] == " ") else None
    follower = rest[0]
    if follower == " ":
        return entry.category, phrase
    if follower.isalnum() or "\u4e00" <= follower <= "\u9fff":
        return None
    return entry.category, phrase


def _set_off(after: str, spaced: bool) -> bool:
    """Whether what follows a one-word phrase sets it off as a widget label, not a sentence.

    ``Home › News``, ``Share |``, ``Comments (12)``, ``Loading...`` are widgets; ``back-up
    repository``, ``print(s);``, ``like ``aws s3api`` ``, ``recommended. Nettle's support``,
    ``More “Questions” for you`` are text that happens to start with the word.
    """
    if not after:
        return True
    mark = after[0]
    if mark in _STRONG_MARKS:
        return True
    if mark in _SPACED_MARKS:
        return spaced and (len(after) == 1 or after[1] == " ")
    if mark in _OPENING:  # ``Comments (12)``, ``Close (x)``
        return len(after) > 1 and (after[1].isdigit() or (len(after) <= 4 and after[-1] in _CLOSING))
    if mark == "*":  # ``Email *``: a form field marked as required
        return after == "*"
    return mark in _ELLIPSIS_MARKS and not after.strip(_ELLIPSIS_MARKS + " ")


def _may_be_stamp(folded: str) -> bool:
    """False when ``_TIMESTAMP`` cannot match ``folded`` (every branch needs one of these)."""
    return (":" in folded or "月" in folded or "ago" in folded or "前" in folded
            or _FOUR_DIGITS.search(folded) is not None)


def _may_be_notice(folded: str) -> bool:
    """False when ``_NOTICE`` cannot match ``folded`` (``in`` scans in C; the regex tries its
    alternatives at every character)."""
    return "©" in folded or "icp" in folded or "版权所有" in folded or "all rights reserved" in folded


def _talks(folded: str) -> bool:
    """Words beyond the counters and separators: a comment that quotes counts
    (``870,000,000 views...566,000 comments...oh my lanta``), not a counter widget."""
    return len(_WORDS_LEFT.findall(_COUNTER.sub(" ", folded))) >= 3


def _counters(folded: str) -> int:
    """Number of ``评论 196``-style counters in the (folded) line."""
    return len(_COUNTER.findall(folded)) if _COUNTER_WORD.search(folded) else 0


def _button(folded: str, lex: Lexicon) -> bool:
    """One UI button in brackets (``[ 打印 ]``, ``【 关闭 】``); a bracketed heading is no entry."""
    entry = lex.entries.get(folded[1:-1].strip())
    return entry is not None and entry.kind == TOKEN and entry.category in _BUTTONS


def _all_items(folded: str, lex: Lexicon) -> str:
    """Category when the (folded) line is a row of known UI/nav/share words (``放大 缩小 默认``)."""
    first = folded[:1]
    if first not in lex.firsts and not first.isspace() and first not in _SEPARATOR_CHARS:
        return ""  # the first item starts here and no phrase starts with this character
    parts = [p.strip() for p in _SEPARATORS.split(folded)] if _ANY_SEPARATOR.search(folded) else []
    parts = [p for p in parts if p]
    if len(parts) < 2:
        parts = folded.split()
    if len(parts) < 2:
        return ""
    entries = lex.entries
    if parts[0] not in entries:
        return ""
    known = []
    for part in parts:
        entry = entries.get(part if "  " not in part else fold_phrase(part))
        if entry is not None and entry.kind != LABEL:
            known.append(entry.category)
    if len(known) == len(parts) or (len(parts) >= 3 and len(known) * 4 >= len(parts) * 3):
        return max(known, key=known.count)
    return ""


def _item(part: str) -> bool:
    """A menu item: a word of two characters or more, a number, or a Han character."""
    return len(part) > 1 or part.isdigit() or is_han(part)


def _link_row(body: str) -> bool:
    """Menu rows: ``A | B | C`` of short items, or five or more short Han words between spaces."""
    if ANY_SENTENCE_END.search(body) or ("_" in body and _IDENTIFIER.search(body)):
        return False  # a sentence, or ``stmt: simple_stmt | compound_stmt``: names, not links
    if _STRONG_CHAR.search(body) or " - " in body or " / " in body:
        if _ENCLOSING.search(body):  # ``{string|Buffer}``, ``"^(a|b)$"``: alternatives, not links
            body = _ENCLOSED.sub("", body)
        parts = [p for p in _STRONG_SEPARATORS.split(body) if p]
        # a lone letter between marks is no menu item: ``Î•Î»Î»Î·`` is Greek read as cp1252
        if len(parts) >= (3 if "|" in body else 4) and all(_size(p) <= 8 and _item(p) for p in parts):
            return True
    if body.count(" ") < 4 or not is_han(body[0]):
        return False
    words = body.split()
    return len(words) >= 5 and all(len(w) <= 4 and is_han(w[0]) for w in words)


def _breadcrumb(folded: str, lex: Lexicon) -> bool:
    """A (folded) breadcrumb trail: ``新浪首页 > 房产 > 地产新闻 > 正文``, ``Home » News » World``.

    Short parts with letters, the last one may be a headline; four levels, or three after a
    home-page entry of the navigation list (``首页``, ``home``, ``新浪首页``).
    """
    if "<" in folded or ANY_SENTENCE_END.search(folded):
        return False
    parts = [p for p in (p.strip() for p in _CRUMB_SEPARATORS.split(folded)) if p]
    if len(parts) < _CRUMB_LEVELS - 1 or _size(parts[-1]) > 30:
        return False
    if not all(_size(p) <= 8 and any(ch.isalpha() for ch in p) for p in parts[:-1]):
        return False
    if len(parts) >= _CRUMB_LEVELS:
        return True
    first = parts[0]
    for k in range(2, min(len(first), 8) + 1):
        entry = lex.entries.get(first[-k:])
        if entry is not None and entry.category == "navigation" and entry.kind != LABEL:
            return True
    return False


def _fields(folded: str, lex: Lexicon) -> tuple[int, int]:
    """(metadata labels, contact labels) used as ``label:`` fields anywhere in the (folded) line."""
    meta = contact = 0
    colon = folded.find(":")
    while colon > 0:
        label = _LABEL_BEFORE.search(folded, max(0, colon - 12), colon)
        if label:
            key = fold_label(label.group(1))
            entry = lex.entries.get(key)
            if entry is not None and entry.category == "metadata":
                meta += 1
            elif key in lex.contact:
                contact += 1
        colon = folded.find(":", colon + 1)
    return meta, contact


def _is_stamp(folded: str) -> bool:
    """A (folded) line that is mostly a date or time."""
    if not _may_be_stamp(folded):
        return False
    rest = _TIMESTAMP.sub("", folded)
    if len(rest) == len(folded):  # no timestamp (a match is never empty): one regex pass, not two
        return False
    rest = _SEPARATORS.sub(" ", rest).strip(" -–—|,()（）[]【】")
    return _size(rest) <= 8 and not (rest and rest[-1] in _SENTENCE_END)


def _metadata_prefix(body: str) -> int:
    """End of a ``label: timestamp`` prefix when prose follows it on the same line, else 0."""
    body = fold(body)
    colon = min((i for i in (body.find(":"), body.find("：")) if i >= 0), default=-1)
    if colon < 0 or colon > 16:
        return 0
    offset = colon + 1
    value = body[offset:]
    stamp = _TIMESTAMP.match(value.lstrip())
    if stamp is None:
        return 0
    end = offset + (len(value) - len(value.lstrip())) + stamp.end()
    while True:  # a date followed by a time
        tail = body[end:]
        more = _TIMESTAMP.match(tail.lstrip())
        if more is None:
            break
        end += len(tail) - len(tail.lstrip()) + more.end()
    rest = body[end:].strip()
    if _size(rest) >= 12 and _INNER_PUNCT.search(rest):
        return end
    return 0


@lru_cache(maxsize=1 << 14)
def judge(text: str, extra: tuple = (), folder: Callable[[str], str] = fold) -> LineFacts:
    """:func:`analyse` with the data-file lexicon plus ``extra`` phrases, remembered per line.

    Why a cache across documents: a site prints the same furniture (menus, share rows,
    footers) on every page, and web pages repeat their own bullets and separators; on the
    evaluation pages a quarter of the lines judged per document had been judged on another
    page. The facts depend on the line alone (and the fold, the lexicon), never on its
    document, and are immutable; the cache is bounded (16,384 lines, ~6 MB when full).
    """
    return analyse(text, load_lexicon(extra), folder)


def analyse(text: str, lex: Lexicon, folder: Callable[[str], str] = fold) -> LineFacts:
    """Classify one non-blank line on its own evidence.

    Only what a check reads is folded: a long line's head (for the phrase lists), a short
    line whole (``str.translate`` with a CJK table is the costliest step on long prose).
    """
    if "|" in text:
        stripped = text.strip()
        if len(stripped) > 2 and stripped[0] == "|" and stripped[-1] == "|":
            # a table row (Markdown, plain-text tables): its pipes are cell borders, not menu separators
            return LineFacts(NEAR, size=_size(stripped))
    start = _BULLETS.match(text).end() if text[0] in _LEADERS else 0
    body = text[start:].rstrip()
    if "(" in body:
        body = strip_glue(body)
    if not body or not (body[0].isalnum() or any(ch.isalnum() for ch in body)):
        bare = text.strip()
        return LineFacts(SHORT, junk=len(bare) <= 3 and all(ch in _JUNK for ch in bare), reason="bare bullet")
    size = _size(body)
    if size <= 60:
        fbody = folder(body)
    else:  # a long line: only its head is read, and only if a phrase may start there
        first = folder(body[0])[:1]
        fbody = folder(body[:48]) if first in lex.firsts or first.isspace() else ""
    digits = DIGIT.search(body) is not None
    item = text[0] in _ENUMERATOR_STARTS and _ENUMERATOR.match(text) is not None
    if item and _LINK_TAIL.search(body):
        item = LINK_ITEM
    found = _phrase(fbody, lex) if fbody else None
    if found is not None and body[0].islower() and fbody[len(found[1]):len(found[1]) + 1] in _WRAPPED_END:
        found = None  # ``loading.``: the last word of a hard-wrapped sentence, not ``Loading...``
    if found is None and body[0] in _OPENERS and size <= 60 and body[-1] == _OPENERS[body[0]]:
        # a byline or a related link in brackets (``（责任编辑：黄帅）``, ``(Image credit: NASA)``,
        # ``[Related: …]``) closes a paragraph or a caption: chrome, but no anchor, the caption
        # above it stays
        inner = _phrase(folder(body[1:-1].strip()), lex)
        if inner is not None and inner[0] in ("metadata", "related"):
            return LineFacts(_prose_kind(body, size), inner[0], f"'{inner[1]}' in brackets", size, late=True)
    if found is not None:
        category, phrase = found
        cut = _metadata_prefix(body) if category == "metadata" else 0
        if cut:  # judged by the paragraph after the prefix (CHROME002 reports the prefix)
            rest = body[cut:].strip()
            return LineFacts(_prose_kind(rest, _size(rest)), size=size)
        if _fits(category, phrase, body, size, lex):
            return LineFacts(BAD, category, f"'{phrase}'", size)
    kind = _prose_kind(body, size)
    if kind == GOOD and item == LINK_ITEM:  # a long headline in a ranking is no anchor of the text
        kind = NEAR
    if size <= 40:
        category = _all_items(fbody, lex)
        if category:
            return LineFacts(BAD, category, "a row of UI words", size)
        if digits and ("页" in fbody or "page" in fbody or "/" in fbody or fbody[0] == "[") and _PAGER.search(fbody):
            return LineFacts(BAD, "ui", "pager", size)
    if size <= 60 and body[-1] not in _SENTENCE_END:
        meta, contact = _fields(fbody, lex) if ":" in fbody else (0, 0)
        if contact >= 2:
            return LineFacts(BAD, "footer", "contact fields", size)
        stamp = digits and _is_stamp(fbody)
        if meta >= 2 or (meta and digits and _TIMESTAMP.match(fbody)):
            return LineFacts(BAD, "metadata", "metadata fields", size)
        if digits and _counters(fbody) >= 2 and not _talks(fbody):
            return LineFacts(BAD, "related", "counters", size)
        if _may_be_notice(fbody) and _NOTICE.search(fbody):
            return LineFacts(BAD, "footer", "copyright or filing notice", size)
        if kind != GOOD and _link_row(body):
            return LineFacts(BAD, "navigation", "a row of short links", size)
        menu = (kind == SHORT and size <= 6 and not digits and not item and _INNER_PUNCT.search(body) is None
                and all(not w[0].islower() for w in body.split()))  # ``Real Estate``, not a verse line
        if (">" in fbody or "»" in fbody or "›" in fbody) and _breadcrumb(fbody, lex):  # ``in``: C, no regex call
            return LineFacts(kind, "navigation", "a breadcrumb trail", size, late=True)
        if fbody[0] in "[【" and fbody[-1] in "]】" and _button(fbody, lex):
            return LineFacts(kind, "ui", "a button", size, late=True)
        return LineFacts(SHORT if stamp else kind, size=size, stamp=stamp,
                         reason="timestamp line" if stamp else "", item=item, menu=menu)
    if digits and _COUNTER_HINT.search(body) and _counters(folder(body)) >= 2:
        return LineFacts(BAD, "related", "counters", size)
    return LineFacts(kind, size=size, item=item)


def _fits(category: str, phrase: str, body: str, size: int, lex: Lexicon) -> bool:
    """A matched phrase marks the line only when the line is short, or the entry is a prefix."""
    entry = lex.entries[phrase]
    if entry.kind == PREFIX:
        return True
    if body[-1] in _SENTENCE_END and size > 12:
        return False
    if body[-1] in ".,;" and body.count(" ") >= 3:  # a Latin sentence, or a clause running on
        return False
    return size <= (60 if category in ("metadata", "related") else 30)


def metadata_prefix(text: str, lex: Lexicon) -> tuple[str, int]:
    """(label, end offset) of a ``label: timestamp`` prefix glued to prose, else ("", 0)."""
    lead = _BULLETS.match(text)
    start = lead.end() if lead else 0
    body = text[start:].rstrip()
    found = _phrase(fold(body), lex) if body else None
    if found is None or found[0] != "metadata":
        return "", 0
    cut = _metadata_prefix(body)
    return (found[1], start + cut) if cut else ("", 0)
