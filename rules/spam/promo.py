"""SPAM002 contact-promo: messaging handles, phone numbers and links used to solicit."""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import ClassVar, NamedTuple

from doclint.document import Document
from doclint.lazyre import LazyPattern
from doclint.model import Diagnostic

from . import shape
from .base import LEXICON_OPTIONS, LexiconRule, user_terms_as_offers
from .evasion import evasive_contact
from .matcher import Hit, Termed

#: A handle right after a channel word: ``微信：abc123``, ``QQ群 123456``, ``Telegram @deals``.
HANDLE = LazyPattern(r"\s?(?:号码?|號碼?|群号?|羣號?|群號|帐号|账号|帳號|\s?id)?\s?([:：=＠@+]?)\s?@?"
                     r"([A-Za-z0-9][A-Za-z0-9_.\-]{3,}[A-Za-z0-9])", re.IGNORECASE)
PHONE = LazyPattern(r"(?<![\w.+])\+?\d[\d\s\-]{6,18}\d(?!\w|\.\d)")
DATE = LazyPattern(r"\d{4}\s?-\s?\d{1,2}\s?-\s?\d{1,2}")
#: Self-promotion in comment threads: "check out my channel", "subscribe to my videos".
SELF_PROMO = LazyPattern(r"\b(?:(?:check\s+out|subscribe\s+to|visit|watch|follow)\s+(?:me\s+on\s+|my)\s*"
                         r"(?:[\w-]+\s+){0,2}?(?:channel|videos?|page|covers?|music|blog|profile)"
                         r"|subscribe\s+(?:to\s+|in\s+)?(?:me|my\s+channel))\b", re.IGNORECASE)
#: A plug for a song, video or channel in a comment thread: "check out X's new remix", "share
#: this video". News and blogs write the same words ("check out the video below"), so a plug
#: counts only in a comment's voice (``COMMENT_VOICE``, or shouting in capitals).
MEDIA_PLUG = LazyPattern(r"\b(?:check\s+(?:out\s+)?|go\s+to\s+|listen\s+to\s+|share\s+)(?:[\w'&.-]+\s+){0,6}?"
                         r"(?:channel|videos?|songs?|tracks?|remix|covers?|playlist|music|raps?|lyrics)\b",
                         re.IGNORECASE)
#: A request to visit the commenter's own channel or site ("check my channel", "go to my chanell",
#: "sub to my channel"): counts, like a media plug, only in a commenter's voice.
MY_PLUG = LazyPattern(r"\b(?:check(?:\s+out)?|look\s+at|go\s+to|visit|see|sub(?:scribe)?(?:\s+to)?|watch)\s+my\s+(?:new\s+)?"
                      r"(?:channel|chanel|chanell|channal|site|page|videos?|music|songs?|raps?)\b", re.IGNORECASE)
#: Engagement bait of comment threads: "like this comment if …"; counts with a commenter's voice,
#: shouting, or the date check of such bait ("if you are watching in 2015").
ENGAGEMENT_BAIT = LazyPattern(r"\blike\s+this\s+comment\b", re.IGNORECASE)
WATCHING_IN = LazyPattern(r"\bwatching\s+(?:this\s+|it\s+)?in\s+(?:19|20)\d\d\b", re.IGNORECASE)
#: Begging for subscribers: "please subscribe", "like and subscribe", "subscribe and win" (the
#: lexicon's "subscribe" brings the line here). News pages ask readers to subscribe too, so it
#: counts only with chat marks (``CHAT_MARKS``) or shouting, never on "please" or "subscribe" alone.
SUBSCRIBER_BEGGING = LazyPattern(r"\b(?:please|plz|pls)\s+(?:like\s+(?:and|&|n)\s+)?subscribe\b"
                                 r"|\blike,?\s+(?:and\s+|&\s+|n\s+)?subscribe\b|\bsubscribe\s+(?:and|&|n)\s+(?:like|win|comment)\b",
                                 re.IGNORECASE)
#: Marks of a chat or comment voice that a news page does not use: emoticons, doubled "!!", textspeak.
CHAT_MARKS = LazyPattern(r"!!|:[)DP]|;\)|<3|\b(?:u|ur|plz|pls|guys|yall|y'all|thx)\b", re.IGNORECASE)
#: A commenter's voice: pleading, shouting marks, chat shorthand, the YouTube share template.
COMMENT_VOICE = LazyPattern(r"\b(?:subscribe|please|plz|pls|guys|u|ur|thx|yall|y'all)\b|!!|:[)DP]|;\)|<3|you\s+tube|on\s+youtube\s*:",
                            re.IGNORECASE)
#: Shouting: capitals are at least this share of a stretch's Latin letters (of at least 12).
SHOUT_RATIO, SHOUT_LETTERS = 0.6, 12
#: An SMS short code to text a keyword to: "txt WIN to 87077".
SHORT_CODE = LazyPattern(r"\b(?:txt|text|send|reply)\s+[A-Za-z0-9]{2,12}\s+to\s+\d{4,6}\b", re.IGNORECASE)
#: Calls to act that open a channel plug (see ``SELF_PROMO``): enough alone for a line to be looked
#: at. An SMS short code's verbs (txt, send, reply) are not: a short code is a weak contact, which
#: needs offers besides.
PLUG_CALLS = frozenset({"check out", "check out my", "subscribe", "subscribe to my", "visit my", "follow me",
                        "watch my", "my channel", "my chanel", "my chanell", "my channal", "my site",
                        "like this comment"})
URL = LazyPattern(r"(?:https?://|www\.)[^\s<>\"'，。、）)]+", re.IGNORECASE)
#: The code of a private group's invite link after its prefix (``t.me/+`` ``AbC12dEf…``): chat spam
#: recruits with such links; an article cites a public channel, not a private invite.
INVITE_CODE = LazyPattern(r"[A-Za-z0-9_\-]{10,}")
#: A glued-on advert is widened over at most this many preceding sentences.
MAX_WIDEN = 4
#: Calls to act and offers count only this close (code points) to the contact.
WINDOW = 100
#: A look-alike channel next to a handle needs nothing more in a stretch this short (letters):
#: a chat line that is little but the contact.
SHORT = 40
#: Underground-trade jargon (跑分, 接料, 直押 …) without a contact: this many distinct terms in a
#: stretch this short (letters).
MIN_JARGON, MAX_JARGON_LETTERS = 3, 120
#: Police and court words: a stretch naming them reports the trade, it does not advertise it.
LAW = LazyPattern(r"警方|公安|民警|法院|检察|犯罪|嫌疑|判处|警察|檢察|嫌疑人|判處|police|court|arrest", re.IGNORECASE)
#: Openers of an advertising message, pulled into a glued-on tail.
OPENER = LazyPattern(r"【|尊敬的|亲爱的|親愛的|您好|恭喜|urgent|winner|congratulations|free\b", re.IGNORECASE)


class Promo(NamedTuple):
    """The contact found in a line and the solicitation around it."""

    contact: str
    at: int
    calls: tuple[str, ...]
    offers: tuple[str, ...]


def find_contact(text: str, hits: list[Hit], plugs: bool = True, weak: bool = True) -> tuple[str, int, int] | None:
    """The first contact in ``text``: ``(kind, start, strength)``. Handles and self-promotion of a
    channel are strong (2), a handle next to a look-alike channel word (``evasion``) stronger
    (3); SMS short codes, phone numbers and links are ordinary in content (a crisis line's "text
    HOME to 741741") and weak (1). ``plugs=False`` / ``weak=False`` skip the channel plugs /
    weak contacts, whose regexes cost a pass over the line, where they could not be enough."""
    if evasive := evasive_contact(text, hits):
        return (*evasive, 3)
    for hit in hits:
        if hit.label.kind == "private" and (m := INVITE_CODE.match(text, hit.end)):
            return f"private group invite {text[hit.start:m.end()]}", hit.start, 3
    for hit in hits:
        if hit.label.kind in ("channel", "reach", "at"):
            m = HANDLE.match(text, hit.end)
            if not m or (hit.label.kind == "at" and "@" not in text[hit.end:m.start(2)].replace("＠", "@")):
                continue
            if m.group(1) or re.search(r"\d", m.group(2)) or hit.term.endswith("/"):
                return f"handle {text[hit.start:hit.end]} {m.group(2)}", hit.start, 2
    if not plugs:
        return None
    m = SELF_PROMO.search(text)
    if m and not shape.QUOTES.search(text):
        return f"self-promotion '{m.group()}'", m.start(), 2
    m = MEDIA_PLUG.search(text)
    if m and not shape.QUOTES.search(text) and (COMMENT_VOICE.search(text) or _shouting(text)):
        return f"media plug '{m.group()}'", m.start(), 2
    m = MY_PLUG.search(text) or ENGAGEMENT_BAIT.search(text)
    if (m and not shape.QUOTES.search(text)
            and (COMMENT_VOICE.search(text) or _shouting(text) or WATCHING_IN.search(text))):
        return f"comment plug '{m.group()}'", m.start(), 2
    m = SUBSCRIBER_BEGGING.search(text)
    if m and not shape.QUOTES.search(text) and (CHAT_MARKS.search(text) or _shouting(text)):
        return f"subscriber begging '{m.group()}'", m.start(), 2
    if not weak:
        return None
    m = SHORT_CODE.search(text)
    if m:
        return f"SMS short code '{m.group()}'", m.start(), 1
    for m in PHONE.finditer(text):
        digits = sum(c.isdigit() for c in m.group())
        if 8 <= digits <= 15 and not DATE.search(m.group()):
            return f"phone number {m.group().strip()}", m.start(), 1
    m = URL.search(text)
    if m:
        return f"link {m.group()}", m.start(), 1
    return None


def assess(text: str, hits: list[Hit]) -> Promo | None:
    """A promo when a contact comes with calls to act or offers near it (within ``WINDOW``): an
    obfuscated handle needs a short stretch or a call or offer, a handle needs one call to act
    or two offers, a phone number or link needs a call to act and two offers (or three offers).
    Without a contact, ``MIN_JARGON`` underground-trade terms in a short stretch that names no
    police or court are a promo."""
    has_calls = any(h.label.kind in ("cta", "reach") for h in hits)
    n_offers = len({h.term for h in hits if h.label.kind in ("offer", "jargon")})
    contact = find_contact(text, hits, plugs=has_calls or n_offers >= 2,
                           weak=(has_calls and n_offers >= 2) or n_offers >= 3)
    if not contact:
        return _jargon(text, hits)
    kind, at, strength = contact
    hits = [h for h in hits if abs(h.start - at) <= WINDOW]
    calls = tuple(dict.fromkeys(h.term for h in hits if h.label.kind in ("cta", "reach")))
    offers = tuple(dict.fromkeys(h.term for h in hits if h.label.kind in ("offer", "jargon")))
    if strength == 3:
        enough = shape.letters(text) <= SHORT or bool(calls or offers)
    elif strength == 2:
        enough = bool(calls) or len(offers) >= 2
    else:
        enough = (bool(calls) and len(offers) >= 2) or len(offers) >= 3
    return Promo(kind, at, calls, offers) if enough else None


def _shouting(text: str) -> bool:
    """Most Latin letters are capitals ("CHECK OUT MY NEW VIDEO")."""
    latin = [c for c in text if c.isascii() and c.isalpha()]
    return len(latin) >= SHOUT_LETTERS and sum(c.isupper() for c in latin) >= SHOUT_RATIO * len(latin)


def _jargon(text: str, hits: list[Hit]) -> Promo | None:
    """A contact-less promo of underground trade: enough distinct jargon terms in a short
    stretch with no 。 (chat adverts are phrase lists) that names no police or court."""
    jargon = tuple(dict.fromkeys(h.term.lower() for h in hits if h.label.kind == "jargon"))
    if (len(jargon) < MIN_JARGON or shape.letters(text) > MAX_JARGON_LETTERS or "。" in text
            or LAW.search(text)):
        return None
    at = min(h.start for h in hits if h.label.kind == "jargon")
    offers = tuple(dict.fromkeys(h.term for h in hits if h.label.kind in ("offer", "jargon")))
    return Promo(f"trade jargon {', '.join(jargon)}", at, (), offers)


def _glued(text: str, hits: list[Hit]) -> Promo | None:
    """A promo in the stretch after the last sentence end before the first hit, when the whole
    line is not one: a short chat advert glued onto a paragraph (a look-alike handle counts as
    enough only in a short stretch, and the paragraph in front is not part of it)."""
    first = min(h.start for h in hits)
    cut = max((b for b in shape.sentence_breaks(text) if b <= first), default=0)
    if not cut:
        return None
    promo = assess(text[cut:], shape.shift([h for h in hits if h.start >= cut], cut))
    return promo._replace(at=promo.at + cut) if promo else None


def promo_start(text: str, hits: list[Hit], promo: Promo) -> int:
    """Where the promo begins: the sentence of its first evidence, widened over the preceding
    sentences that open an advert or carry promo words; 0 when no content precedes it. A
    look-alike channel character is evidence only as the contact itself (next to a handle):
    elsewhere it is an ordinary character (口口声声, 权威)."""
    hits = [h for h in hits if h.label.kind != "evade"]
    first = min([promo.at, *(h.start for h in hits)])
    breaks = [0, *shape.sentence_breaks(text)]
    idx = max(i for i, b in enumerate(breaks) if b <= first)
    stop = max(0, idx - MAX_WIDEN)
    while idx > stop:
        prev = text[breaks[idx - 1]:breaks[idx]]
        if not (OPENER.search(prev) or any(breaks[idx - 1] <= h.start < breaks[idx] for h in hits)):
            break
        idx -= 1
    start = breaks[idx]
    return 0 if shape.letters(text[:start]) < 8 else shape.skip_space(text, start)


class ContactPromo(LexiconRule):
    """What: a messaging handle (WeChat/微信 and its homophones, QQ群, Telegram, WhatsApp, LINE,
    KakaoTalk …), a ``t.me/`` link, a channel plug ("check out my channel"), an SMS short code
    ("txt WIN to 87077"), a phone number or a URL offered together with a call to act (加微信,
    扫码进群, DM me, click here) and sales hooks (领取, 日赚, 彩金, 跑分, free, prize, bonus).

    Why: SMS, chat and comment spam injected into pages and threads lives off a contact; a
    contact alone (an editor's WeChat account, a hotline in a notice, a crisis line's short
    code) is content, so a channel without a handle never counts, and a phone number, short
    code or link needs a call to act plus two offers, or three offers. Chat and comment spam
    hides or replaces the contact: a look-alike channel next to a handle (伽徽, 佳喂, 微.信), a
    private invite link (t.me/+…), a comment plug or engagement bait ("check my channel", "like
    this comment if …", "please subscribe :)") in a commenter's voice, or underground-trade
    jargon. A stretch that reports, warns about, regulates or quotes such messages (记者, 诈骗,
    谨防, 不得, said, scam, recipients, a quotation opened before it) stays clean.

    Example: ``加微信 abc8888 免费领取彩金，日赚500`` → flagged; ``……表示。【福利】扫码进群，加V：vip2024
    领红包`` → only the glued-on advert after ``。`` is flagged; ``微信公众平台：CQZXB999`` → clean.

    Fix safety: unsafe (it deletes text): the whole line, or only the glued-on advert when the
    line starts with content.

    Options: ``extend-terms`` (extra promo words, counted as offers); ``allow-terms`` (words never
    to count, e.g. your own channel name).
    """

    code = "SPAM002"
    name = "contact-promo"
    summary = "Contact handle, phone or link offered as a promotion"
    lexicons: ClassVar[tuple[str, ...]] = ("zh-promo.txt", "en-promo.txt")
    options_schema = dict(LEXICON_OPTIONS)

    def check(self, document: Document, context: object) -> Iterable[Diagnostic]:
        for line, raw in self.lines_with_hits(document, _worth_a_look):
            hits = user_terms_as_offers(raw)
            promo = assess(line.text, hits) or _glued(line.text, hits)
            if not promo:
                continue
            start = promo_start(line.text, hits, promo)
            span_hits = [h for h in hits if h.start >= start]
            if (shape.REPORTED.search(line.text[start:]) or shape.inside_quote(line.text, start)
                    or not assess(line.text[start:], shape.shift(span_hits, start))):
                continue
            where = "line" if start == 0 else "advert glued onto the end of the line"
            notes = [f"contact: {promo.contact}",
                     f"calls to act: {', '.join(promo.calls) or 'none'}; offers: {', '.join(promo.offers) or 'none'}"]
            yield self.line_diagnostic(document, line, start, f"contact promo in the {where}: {promo.contact}",
                                       "promotional", notes)


def _worth_a_look(hits: Sequence[Termed]) -> bool:
    """Cheap necessary condition of :func:`assess`, before any regex runs: a look-alike channel or
    a private invite link's prefix, a reach word (加微信: a call and a channel in one), a channel
    word with a call to act or two offers, a channel plug's verb, a call to act with two offers,
    three offers, or
    ``MIN_JARGON`` jargon terms (user ``extend-terms`` have no kind yet and always pass)."""
    channel = False
    calls: set[str] = set()
    offers: set[str] = set()
    jargon: set[str] = set()
    for hit in hits:
        kind = hit.label.kind
        if kind in ("evade", "reach", "private", ""):
            return True
        if kind in ("channel", "at"):
            channel = True
        elif kind == "cta":
            calls.add(hit.term.lower())
        elif kind == "offer" or kind == "jargon":
            offers.add(hit.term.lower())
            if kind == "jargon":
                jargon.add(hit.term.lower())
    if len(offers) >= 3 or len(jargon) >= MIN_JARGON or calls & PLUG_CALLS:
        return True
    return (bool(calls) or len(offers) >= 2) and (channel or (bool(calls) and len(offers) >= 2))
