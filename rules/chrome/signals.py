"""Per-line evidence for page furniture: phrases, fields, counters, timestamps, shape.

Each non-blank line gets one :class:`LineFacts`: a confidence class (``GOOD`` prose, ``NEAR``
prose-like, ``SHORT`` uncertain, ``BAD`` confident chrome) plus weak hints (timestamp line,
bare bullet) that only count next to other chrome. The decision per line is left to
:mod:`.smoothing`, which looks at neighbours; this module never looks beyond one line, so it
stays cheap (a few dict probes and at most a handful of regex calls per short line; long
prose lines take a fast path).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import LABEL, PREFIX, Lexicon, fold_label, fold_phrase, strip_glue

GOOD, NEAR, SHORT, BAD = "good", "near", "short", "bad"

_BULLETS = re.compile(r"^[\s\-–—•·∙□■◆◇●○▪▫▶►▷>»›*|+_~=]+")
_TERMINAL = frozenset("。！？!?.…\"”’'」』:：;；")
_CLOSING = frozenset(")）]】")
_JUNK = frozenset("-–—•·∙*|»>›~_=+□■◆◇●○▪▫")
_INNER_PUNCT = re.compile(r"[，。、；！？,;!?]|[.:](?= )")
_SENTENCE_END = frozenset("。！？!?")
_SEPARATORS = re.compile(r"\s*(?:[|｜/丨│•·»›>]|\s-\s)\s*")
_FIELD = re.compile(r"((?:[^\s|｜:：()（）【】\[\]]|(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])){1,8}?)\s*[:：]")
_COUNTER = re.compile(
    r"(?:评论|評論|阅读|閱讀|浏览|瀏覽|点击|點擊|回复|回覆|点赞|點讚|赞|讚|comments?|views?|likes?|shares?|replies)"
    r"\s*[:：(（]?\s*\d[\d,.]*[万萬kK]?|\d[\d,.]*[kK]?\s+(?:comments?|views?|likes?|shares?|replies)\b",
    re.IGNORECASE)
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_TIMESTAMP = re.compile(
    r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
    r"|\d{1,2}\s*月\s*\d{1,2}\s*日"
    r"|\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?"
    rf"|{_MONTHS}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTHS}\s+\d{{4}}"
    r"|\d+\s*(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago|\d+\s*(?:分钟|分鐘|小时|小時|天)前"
    r"|\b(?:yesterday|today)\b|昨天|今天",
    re.IGNORECASE)
_NOTICE = re.compile(r"ICP\s*[备備证證]|©|版权所有|版權所有|all rights reserved", re.IGNORECASE)
_LINK_LIST_GAPS = re.compile(r"\S\s+\S")
_ENUMERATOR = re.compile(r"\s*(?:\d{1,2}\s*[、.．)）]|[(（]\s*\d{1,2}\s*[)）]|[一二三四五六七八九十]{1,3}\s*、)\s*\S")
_PAGER = re.compile(r"第\s*\d+\s*[页頁]|共\s*\d+\s*[页頁]|\bpage\s+\d+\s+of\s+\d+|^\d+\s*/\s*\d+$", re.IGNORECASE)
_STRONG_SEPARATORS = re.compile(r"\s*[|｜丨│•»›]\s*|\s+[-/]\s+")
_HAN = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True)
class LineFacts:
    """What one line looks like on its own."""

    kind: str  # GOOD, NEAR, SHORT or BAD
    category: str = ""  # for BAD: navigation, share, metadata, ui, footer, related
    reason: str = ""
    size: int = 0  # rough content size: Han characters + a third of the other characters
    stamp: bool = False  # mostly a date/time (weak: headings in live blogs look the same)
    junk: bool = False  # only bullets or punctuation
    item: bool = False  # starts with a list enumerator (``1、``, ``（2）``, ``三、``, ``4.``)


def _size(text: str) -> int:
    wide = (len(text.encode("utf-8")) - len(text)) // 2
    return wide + (len(text) - wide) // 3


def _prose_kind(body: str, size: int) -> str:
    last = body[-1]
    if last in _CLOSING and len(body) > 1:  # ``…。）`` ends a sentence, ``(图)`` does not
        last = body[-2]
    if size >= 20 and last in _TERMINAL:
        return GOOD
    marks = len(_INNER_PUNCT.findall(body)) if size >= 20 else int(_INNER_PUNCT.search(body) is not None)
    punct = marks > 0
    if size >= 45 and marks * 25 >= size:  # prose has a comma or stop every few words
        return GOOD
    if size >= 80 and len(_LINK_LIST_GAPS.findall(body)) < 4:
        return GOOD
    if (size >= 10 and (last in _TERMINAL or punct)) or size >= 20:
        return NEAR
    return SHORT


def _phrase(body: str, lex: Lexicon) -> tuple[str, str] | None:
    """(category, phrase) of a line-start phrase, if it applies to this line."""
    head = fold_phrase(body[:64])
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
        if entry.kind == LABEL or not stripped[1:].strip() or entry.category in ("related", "share", "navigation"):
            return entry.category, phrase
        return None
    if entry.kind == LABEL:
        return None
    if not rest:
        return entry.category, phrase
    follower = rest[0]
    if follower == " ":
        if entry.words == 1 and not (len(stripped) > 0 and not stripped[0].isalnum()):
            return None
        return entry.category, phrase
    if follower.isalnum() or "\u4e00" <= follower <= "\u9fff":
        return None
    return entry.category, phrase


def _all_items(body: str, lex: Lexicon) -> str:
    """Category when the line is a row of known UI/nav/share words (``放大 缩小 默认``)."""
    parts = [p for p in _SEPARATORS.split(body) if p.strip()]
    if len(parts) < 2:
        parts = body.split()
    if len(parts) < 2:
        return ""
    known = []
    for part in parts:
        entry = lex.entries.get(fold_phrase(part))
        if entry is not None and entry.kind != LABEL:
            known.append(entry.category)
    if len(known) == len(parts) or (len(parts) >= 3 and len(known) * 4 >= len(parts) * 3):
        return max(set(known), key=known.count)
    return ""


def _link_row(body: str) -> bool:
    """Menu rows: ``A | B | C`` of short items, or five or more short Han words between spaces."""
    if any(ch in _SENTENCE_END for ch in body):
        return False
    parts = [p for p in _STRONG_SEPARATORS.split(body) if p]
    if len(parts) >= (3 if "|" in body else 4) and all(_size(p) <= 8 for p in parts):
        return True
    words = body.split()
    return len(words) >= 5 and all(len(w) <= 4 and _HAN.match(w) for w in words)


def _fields(body: str, lex: Lexicon) -> tuple[int, int]:
    """(metadata labels, contact labels) used as ``label:`` fields anywhere in the line."""
    meta = contact = 0
    for match in _FIELD.finditer(body):
        key = fold_label(match.group(1))
        entry = lex.entries.get(key)
        if entry is not None and entry.category == "metadata":
            meta += 1
        elif key in lex.contact:
            contact += 1
    return meta, contact


def _is_stamp(body: str) -> bool:
    if not _TIMESTAMP.search(body):
        return False
    rest = _TIMESTAMP.sub("", body)
    rest = _SEPARATORS.sub(" ", rest).strip(" -–—|,()（）[]【】")
    return _size(rest) <= 8 and not (rest and rest[-1] in _SENTENCE_END)


def _metadata_prefix(body: str) -> int:
    """End of a ``label: timestamp`` prefix when prose follows it on the same line, else 0."""
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
    if _size(rest) >= 20 and _INNER_PUNCT.search(rest):
        return end
    return 0


def analyse(text: str, lex: Lexicon) -> LineFacts:
    """Classify one non-blank line on its own evidence."""
    lead = _BULLETS.match(text)
    body = strip_glue(text[lead.end():].rstrip() if lead else text.rstrip())
    if not body or not any(ch.isalnum() for ch in body):
        bare = text.strip()
        return LineFacts(SHORT, junk=len(bare) <= 3 and all(ch in _JUNK for ch in bare), reason="bare bullet")
    size = _size(body)
    found = _phrase(body, lex)
    if found is not None:
        category, phrase = found
        cut = _metadata_prefix(body) if category == "metadata" else 0
        if cut:  # judged by the paragraph after the prefix (CHROME002 reports the prefix)
            rest = body[cut:].strip()
            return LineFacts(_prose_kind(rest, _size(rest)), size=size)
        if _fits(category, phrase, body, size, lex):
            return LineFacts(BAD, category, f"'{phrase}'", size)
    kind = _prose_kind(body, size)
    if size <= 40:
        category = _all_items(body, lex)
        if category:
            return LineFacts(BAD, category, "a row of UI words", size)
        if _PAGER.search(body):
            return LineFacts(BAD, "ui", "pager", size)
    if size <= 60 and body[-1] not in _SENTENCE_END:
        meta, contact = _fields(body, lex) if (":" in body or "：" in body) else (0, 0)
        if contact >= 2:
            return LineFacts(BAD, "footer", "contact fields", size)
        stamp = _is_stamp(body)
        if meta >= 2 or (meta and _TIMESTAMP.match(body)):
            return LineFacts(BAD, "metadata", "metadata fields", size)
        if len(_COUNTER.findall(body)) >= 2:
            return LineFacts(BAD, "related", "counters", size)
        if _NOTICE.search(body):
            return LineFacts(BAD, "footer", "copyright or filing notice", size)
        if kind != GOOD and _link_row(body):
            return LineFacts(BAD, "navigation", "a row of short links", size)
        return LineFacts(SHORT if stamp else kind, size=size, stamp=stamp,
                         reason="timestamp line" if stamp else "", item=_ENUMERATOR.match(text) is not None)
    if len(_COUNTER.findall(body)) >= 2:
        return LineFacts(BAD, "related", "counters", size)
    return LineFacts(kind, size=size, item=_ENUMERATOR.match(text) is not None)


def _fits(category: str, phrase: str, body: str, size: int, lex: Lexicon) -> bool:
    """A matched phrase marks the line only when the line is short, or the entry is a prefix."""
    entry = lex.entries[phrase]
    if entry.kind == PREFIX:
        return True
    if body[-1] in _SENTENCE_END and size > 12:
        return False
    return size <= (60 if category in ("metadata", "related") else 30)


def metadata_prefix(text: str, lex: Lexicon) -> tuple[str, int]:
    """(label, end offset) of a ``label: timestamp`` prefix glued to prose, else ("", 0)."""
    lead = _BULLETS.match(text)
    start = lead.end() if lead else 0
    body = text[start:].rstrip()
    found = _phrase(body, lex) if body else None
    if found is None or found[0] != "metadata":
        return "", 0
    cut = _metadata_prefix(body)
    return (found[1], start + cut) if cut else ("", 0)
