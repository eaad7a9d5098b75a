"""SPAM004 advert-message: shop, service and prize SMS adverts injected into pages and threads."""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import ClassVar, NamedTuple

from doclint.document import Document
from doclint.lazyre import LazyPattern
from doclint.model import Diagnostic

from . import shape
from .base import LEXICON_OPTIONS, LexiconRule, user_terms_as_offers
from .matcher import Hit, Termed
from .promo import DATE, PHONE, SHORT_CODE, URL, ContactPromo

#: Kinds that give a message its own voice: it speaks to its reader, or of its sender, or it bills
#: its reader as premium-rate text services do.
VOICE = frozenset({"address", "vendor", "billing"})
#: Kinds of which an advert carries at least one: something on offer, or a call to come or call.
PITCH = frozenset({"offer", "invite"})
#: Distinct cues and kinds an advert needs: with its own voice, or without it, one kind more.
MIN_CUES, MIN_KINDS = 4, 3
#: An advertising message is short (an SMS or two: letters of Latin text, Han characters of
#: Chinese text); a longer stretch is prose that happens to mention offers.
MAX_LETTERS, MAX_HAN = 320, 160
#: A glued-on advert is widened over at most this many preceding sentences.
MAX_WIDEN = 4
#: A price or a discount (the digits may be masked as ``x`` in SMS dumps): one more kind of cue.
PRICE = LazyPattern(r"[£$€¥￥]\s?[\dxX]|[\dxX]+(?:\.[\dxX]+)?\s?(?:元|块钱|万元|万起|折|平方|平米|pounds?\b|p\b|gbp\b)"
                    r"|满\s?[\dxX]+\s?元?\s?[送减]|(?:价格|售价|单价|总价|报价|特价|起价|原价|现价|活动价|优惠价|团购价|仅需|只需|低至)\s?[:：]?\s?[\dxX]"
                    r"|[\dxX]\s?(?:元|块)?\s?/\s?(?:平|㎡|月|次|小时|斤|位|人)|每(?:平方?米?|小时|斤|位)\s?[\dxX]+\s?元", re.IGNORECASE)
#: A number masked with ``x`` (SMS collections hide digits: ``xxxx-xxxxxxx``, ``138xxxx5678``): a
#: contact when at least seven digits long and with at least three masked.
MASKED_NUMBER = LazyPattern(r"(?<![A-Za-z\d])[\dxX](?:[\-/ ]?[\dxX]){6,14}(?![A-Za-z\d])")
#: How a premium-rate text service bills its reader: a charge per message or per week (150p/msg,
#: £1.50 per txt, 25ppm, msg@£1.50). Shops, notices and booking lines give a price per item or per
#: minute of a call, never per message received.
BILLING = LazyPattern(r"\b\d{1,3}(?:\.\d\d)?p\s?(?:/|per\s|a\s)\s?(?:msg|txt|text\b|wk\b|week\b)"
                      r"|\b\d{1,3}ppm\b|\b\d{1,3}p(?:pm)?msg\b|msg@£|\bmsgs?\s?(?:rcvd|recd)\b"
                      r"|£\d{1,2}(?:\.\d\d)?\s?(?:/|per\s|a\s)\s?(?:msg|txt|text\b|wk\b|week\b)", re.IGNORECASE)
#: A sender introducing itself (我是某某家具的小邱, 我是置业顾问): the message speaks of its sender.
SELF_INTRO = LazyPattern(r"我是[\u4e00-\u9fffA-Za-z]{1,14}?(?:公司|店|专柜|顾问|经理|店长|导购|客服|销售|老师)"
                         r"|我是[\u4e00-\u9fffA-Za-z]{2,12}的小[\u4e00-\u9fff](?=[，,。！!\s])")
#: A sender's signature in brackets opening or closing a Chinese SMS (【某某商城】): its own voice.
SIGNATURE = LazyPattern(r"^\s*【[^】\s]{2,12}】|【[^】\s]{2,12}】\s*$")
#: An opt-out instruction, which commercial text messages must carry ("Reply STOP to end",
#: 回T退订, 拒收请回复R): the sender's way to be reached, so one more contact cue.
OPT_OUT = LazyPattern(r"\b(?:reply|send|txt|text)\s+(?:stop|end|quit|unsub\w*|opt-?out)\b"
                      r"|回[复覆]?\s?[A-Za-z]{1,2}\s?退[订訂]|退[订訂]\s?(?:请)?回[复覆]?\s?[A-Za-z]{1,2}\b|拒收请?回[复覆]",
                      re.IGNORECASE)
#: A salutation opening a Chinese message (老师新年好：, 王总您好，, 各位业主好！): the message
#: speaks to its reader.
SALUTATION = LazyPattern(r"^\s*(?:[\u4e00-\u9fff]{0,3}?(?:老师|先生|女士|总|经理|老板|家长|业主|同学|姐|哥)|大家|各位[\u4e00-\u9fff]{0,3}"
                         r"|朋友们?)(?:新年|节日|春节|中秋|国庆|元旦|周末|早上|上午|中午|下午|晚上)?(?:您)?好\s*[:：,，!！]")
#: Openers of an advertising message, pulled into a glued-on advert.
OPENER = LazyPattern(r"【|尊敬的|亲爱的|親愛的|您好|恭喜|\b(?:urgent|congratulations|dear)\b", re.IGNORECASE)


class Advert(NamedTuple):
    """The advertising cues of a stretch of text, by kind."""

    cues: dict[str, tuple[str, ...]]

    def describe(self) -> str:
        return "; ".join(f"{kind}: {', '.join(terms)}" for kind, terms in sorted(self.cues.items()))


def assess(text: str, hits: list[Hit], size: int | None = None) -> Advert | None:
    """An advert when ``text`` is short, reports nothing, and its cues are ``MIN_CUES`` distinct
    terms of ``MIN_KINDS`` kinds including a voice (``VOICE``), or one kind more without it, with
    something on offer or a call to come (``PITCH``). The cheap tests run first: only the lexicon
    gives a pitch, and a stretch longer than an SMS is never one (``size``: its letters, when the
    caller has counted them)."""
    if not any(hit.label.kind in PITCH for hit in hits):
        return None
    size = shape.letters(text) if size is None else size
    if size > MAX_LETTERS or (size > MAX_HAN and shape.is_han_text(text)):
        return None
    cues: dict[str, dict[str, None]] = {}
    # A charge per message is one cue, not also a price; a lexicon term inside either (the £ of
    # £500) is not a second one: one token, one cue.
    billing = BILLING.search(text)
    charge = billing or PRICE.search(text)
    lo, hi = charge.span() if charge else (0, 0)
    for hit in shape.leftmost_longest(hits):  # 好礼相送 is one cue, not three
        if not lo <= hit.start < hi:
            cues.setdefault(hit.label.kind, {})[hit.term.lower()] = None
    if charge:
        cues["billing" if billing else "price"] = {charge.group(): None}
    if signature := SIGNATURE.search(text):
        cues.setdefault("vendor", {})[signature.group().strip()] = None
    if "我是" in text and (intro := SELF_INTRO.search(text)):
        cues.setdefault("vendor", {})[intro.group()] = None
    if salutation := SALUTATION.search(text):
        cues.setdefault("address", {})[salutation.group().strip()] = None
    if opt_out := OPT_OUT.search(text):
        cues.setdefault("contact", {})[opt_out.group()] = None
    if number := _number(text):
        cues.setdefault("contact", {})[number] = None
    kinds = cues.keys()
    needed = MIN_KINDS if kinds & VOICE else MIN_KINDS + 1
    if (len(kinds) < needed or not kinds & PITCH or sum(map(len, cues.values())) < MIN_CUES
            or shape.REPORTED.search(text)):  # a sentence that reports, warns or regulates is no advert
        return None
    return Advert({kind: tuple(terms) for kind, terms in cues.items()})


def _number(text: str) -> str | None:
    """An SMS short code ("txt WIN to 80082"), a phone number (digits or masked ``x``) or a link in
    ``text``, as a contact cue."""
    if code := SHORT_CODE.search(text):
        return code.group()
    for m in PHONE.finditer(text):
        if 8 <= sum(c.isdigit() for c in m.group()) <= 15 and not DATE.search(m.group()):
            return m.group().strip()
    if text.count("x") + text.count("X") >= 3:
        for m in MASKED_NUMBER.finditer(text):
            if m.group().lower().count("x") >= 3:
                return m.group().strip()
    if link := URL.search(text):  # where a fake-delivery or account notice sends its reader
        return link.group()
    return None


def advert_span(text: str, hits: list[Hit]) -> tuple[int, Advert] | None:
    """Where an advert starts in a line, and its cues; 0 when no content precedes it.

    The shortest tail after a sentence end that reads as an advert wins, so content in front of
    it is kept; it is then widened over preceding sentences that open an advert or carry cues.
    """
    starts = [0, *shape.sentence_breaks(text)]
    last_cue = max(h.start for h in hits)
    size = 0  # letters of the tail tried, counted a sentence at a time: linear in the line's length
    for idx in range(len(starts) - 1, -1, -1):
        size += shape.letters(text[starts[idx]:starts[idx + 1] if idx + 1 < len(starts) else len(text)])
        if size > MAX_LETTERS:  # this tail, and every longer one, is longer than any advert
            return None
        if starts[idx] > last_cue:
            continue
        ad = assess(text[starts[idx]:], _from(hits, starts[idx]), size)
        if ad:
            break
    else:
        return None
    stop = max(0, idx - MAX_WIDEN)
    while idx > stop:
        prev = text[starts[idx - 1]:starts[idx]]
        carries = any(starts[idx - 1] <= h.start < starts[idx] for h in hits)
        if not (OPENER.search(prev) or SALUTATION.search(prev) or carries) or shape.REPORTED.search(prev):
            break
        wider = assess(text[starts[idx - 1]:], _from(hits, starts[idx - 1]))
        if not wider:
            break
        idx, ad = idx - 1, wider
    start = starts[idx]
    return (0 if shape.letters(text[:start]) < 8 else shape.skip_space(text, start)), ad


def _from(hits: list[Hit], start: int) -> list[Hit]:
    """The hits at or after ``start``, shifted into the substring that begins there."""
    return shape.shift([h for h in hits if h.start >= start], start)


class AdvertMessage(LexiconRule):
    """What: a shop, service, property, training or prize message of the kind that fills SMS
    inboxes (亲爱的会员……进店即有好礼相送，名额有限，详询 …; "Congratulations! You have won a
    £500 prize, call now to claim"), standing as a line or glued onto the end of one.

    Why: spam injected into pages and threads is often a real advert with its phone number
    masked or missing, so no contact gives it away; its voice and cues do. Every cue is an
    ordinary word, so a stretch counts only when it is short (an SMS, not a paragraph), names
    no reporter or warning (记者, 表示, 提醒, 诈骗, said, scam) and stacks at least four distinct
    cues of three kinds: offer (优惠, 赠送, prize), urgency (限量, 先到先得, urgent), invitation
    (进店, 来电, 报名, call, reply, verify your), contact (详询, 热线, T&Cs, a phone number, masked
    or not, an SMS short code, a link, an opt-out line: "Reply STOP", 回T退订), lure (your parcel,
    has been suspended, 派送失败), price, and the message's own voice (亲爱的会员, 您好, 本店,
    【商城】, 我是某某家居的小王, a salutation opening it: 李老师新年好：, dear customer, ``ur``, or
    a premium-rate charge: 150p/msg); without a voice it needs four kinds. One token gives one
    cue (the £ of £12 is a price, not also an offer); a quoted message is reported, not sent.
    A news story about a shopping festival reports in the third person and stays clean. Lines
    that SPAM002 reports are left to it.

    Example: ``亲爱的会员：本店周年庆全场八折，进店即有好礼相送，数量有限，先到先得！`` → flagged;
    ``……发展。尊敬的客户您好，本店新品特惠，满300元立减50元，欢迎进店选购！`` → only the glued-on
    advert after ``。`` is flagged; ``商场推出优惠活动，消费者进店即可领取礼品，记者了解到……`` → clean.

    Fix safety: unsafe (it deletes text): the whole line, or only the glued-on advert when the
    line starts with content.

    Options: ``extend-terms`` (extra advert words, counted as offers); ``allow-terms`` (words
    never to count).
    """

    code = "SPAM004"
    name = "advert-message"
    summary = "Shop, service or prize advert message injected into the text"
    lexicons: ClassVar[tuple[str, ...]] = ("zh-advert.txt", "en-advert.txt")
    options_schema = dict(LEXICON_OPTIONS)

    def check(self, document: Document, context: object) -> Iterable[Diagnostic]:
        promos: set[int] | None = None  # lines SPAM002 reports already (its contact says more)
        for line, raw in self.lines_with_hits(document, _worth_a_look):
            hits = user_terms_as_offers(raw)
            found = advert_span(line.text, hits)
            if not found:
                continue
            start, ad = found
            if shape.inside_quote(line.text, start):
                continue
            if promos is None:
                promos = {d.span.end for d in ContactPromo().check(document, context)}
            if line.end in promos:
                continue
            where = "line" if start == 0 else "advert glued onto the end of the line"
            yield self.line_diagnostic(document, line, start,
                                       f"advertising message in the {where} ({len(ad.cues)} kinds of cues)",
                                       "advertising message", [f"cues: {ad.describe()}"])


def _worth_a_look(hits: Sequence[Termed]) -> bool:
    """Cheap gate before any regex runs: the lexicon cues must give all but one of the kinds and
    cues :func:`assess` needs, a pitch among them (the regex cues, a price or charge, a number,
    a signature, a self-introduction, a salutation or an opt-out line, are counted on to add one
    kind and one cue; user ``extend-terms`` have no kind yet and count as a pitch). Looser gates
    were measured: letting two lexicon cues through finds a few more SMS adverts but sends most
    documents to the per-line regexes, 20 % slower on the bench."""
    if len(hits) < MIN_CUES - 1:
        return False
    kinds: dict[str, set[str]] = {}
    for hit in hits:
        kinds.setdefault(hit.label.kind or "offer", set()).add(hit.term.lower())
    return (len(kinds) >= MIN_KINDS - 1 and bool(kinds.keys() & PITCH)
            and sum(map(len, kinds.values())) >= MIN_CUES - 1)
