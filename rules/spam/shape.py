"""The shape of a line: sentences, separator-joined phrase lists, prose markers.

Injected spam and content differ less in their words (a crackdown report names the same terms)
than in their shape: spam is a run of short phrases joined by commas, bars or spaces, with no
sentence punctuation, no quotation and no function words; content is sentences. These helpers
measure that shape so rules can require it next to lexicon evidence.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from doclint.lazyre import LazyPattern

from .matcher import Hit

#: Characters that join the phrases of a keyword list.
SEPARATORS = LazyPattern(r"[,，、|｜/／;；·•_~\-—–\s]+")
#: Where a glued-on tail can begin: right after a sentence end.
_SENTENCE_END = LazyPattern(r"[。！？!?…]+[”」』\"')）]*|\.(?=\s|$|[\u3400-\u9fff])[”\"')]*")
#: A number stuck to the end of a Chinese phrase before a separator (``免费精品29,``), as SEO
#: titles number their variants; years and counts in prose are followed by a unit (2019年).
GLUED_NUMBER = LazyPattern(r"[\u3400-\u9fff][0-9]{1,4}(?=[,，、|｜/\s]|$)")
#: Quotation marks: terms quoted inside a sentence are reported, not injected.
QUOTES = LazyPattern(r"[“”「」『』\"]")
#: Words of a text that reports, warns about or regulates adverts and promos rather than being
#: one: a reporter and the people quoted (记者, 表示, said), warnings and rules (诈骗, 提醒, 不得,
#: scam, must not), a message told of in the third person (消费者, 市民, recipients, victims), and
#: one quoted after a colon (短信内容为：“……”, the text read: '…').
REPORTED = LazyPattern(r"记者|記者|報道|报道|據悉|据悉|据了解|表示|声称|聲稱|新华社|新華社|通讯员|通訊員|消费者|消費者|"
                       r"市民|提醒|诈骗|詐騙|骗局|騙局|谨防|謹防|警惕|不得|禁止|违法|違法|非法|"
                       r"\b(?:said|says|told|according to|reported|warned|recipients|victims|scam|fraud|phishing|beware"
                       r"|illegal|unlawful|must not|prohibited)\b"
                       r"|[:：]\s*[“「『\"‘']", re.IGNORECASE)
#: Quotation marks that open and close a quotation; a straight ``"`` toggles.
_OPEN_QUOTES, _CLOSE_QUOTES = frozenset("“「『«‘"), frozenset("”」』»’")
_SINGLE_QUOTE = LazyPattern(r"(?<![^\s:(])(')(?=\w)|(?<=[\w.!?,])'(?!\w)")
#: Runs of letters and digits, and of Han characters: counted by the length of the runs (one
#: string per run, not one per character).
_LETTERS = LazyPattern(r"[^\W_]+", re.UNICODE)
_LATIN_WORD = LazyPattern(r"[A-Za-z]+(?:'[a-z]+)?")
_HAN = LazyPattern(r"[\u3400-\u9fff\uf900-\ufaff]+")
#: English function words: prose has one in every three or four words, keyword lists almost none.
FUNCTION_WORDS = frozenset("""
a an the of to in on at by for from with as and or but if that this these those is are was were be been
being have has had do does did it its he she they we you i his her their our your not no so than then
which who whom what when where how will would can could should may might must about into over after
""".split())


def sentence_breaks(text: str) -> list[int]:
    """Offsets just after each sentence end (where a glued tail could start), excluding the end."""
    return [m.end() for m in _SENTENCE_END.finditer(text) if m.end() < len(text)]


def inside_quote(text: str, start: int) -> bool:
    """Whether ``start`` lies inside a quotation opened earlier in ``text`` and not yet closed:
    a news story quoting a scam message (收到短信：“恭喜您……”) reports it, it is not one."""
    depth, straight = 0, False
    for ch in text[:start]:
        if ch in _OPEN_QUOTES:
            depth += 1
        elif ch in _CLOSE_QUOTES:
            depth = max(0, depth - 1)
        elif ch == '"':
            straight = not straight
    if depth or straight:
        return True
    single = 0  # a straight ' opens before a word after a space or colon, closes after one (not don't)
    for m in _SINGLE_QUOTE.finditer(text, 0, start):
        single = single + 1 if m.group(1) else max(0, single - 1)
    return single > 0


def skip_space(text: str, start: int) -> int:
    """``start`` moved past the whitespace that follows it (a glued tail begins at its first word)."""
    while start < len(text) and text[start] in " \t\u3000":
        start += 1
    return start


def letters(text: str) -> int:
    """Letters and digits in ``text`` (punctuation and spaces excluded)."""
    return sum(map(len, _LETTERS.findall(text)))


def is_han_text(text: str) -> bool:
    """Han characters are at least half of the letters."""
    return sum(map(len, _HAN.findall(text))) * 2 >= max(1, letters(text))


def phrases(text: str) -> list[str]:
    """The separator-delimited pieces of ``text``; Latin text is cut on punctuation only."""
    if is_han_text(text):
        pieces = SEPARATORS.split(text)
    else:
        pieces = re.split(r"[,，、|｜/／;；·•]+", text)
    return [p for p in (piece.strip() for piece in pieces) if p]


def function_word_ratio(text: str) -> float:
    """Share of English function words among the Latin words of ``text``."""
    words = [w.lower() for w in _LATIN_WORD.findall(text)]
    return sum(w in FUNCTION_WORDS for w in words) / len(words) if words else 0.0


def shift(hits: Iterable[Hit], by: int) -> list[Hit]:
    """The hits with their offsets moved ``by`` code points to the left (into a substring)."""
    return [Hit(h.start - by, h.end - by, h.term, h.label) for h in hits]


def leftmost_longest(hits: Iterable[Hit]) -> list[Hit]:
    """Non-overlapping hits, preferring the earliest then the longest (精品视频 over 视频)."""
    chosen: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start, -(h.end - h.start))):
        if not chosen or hit.start >= chosen[-1].end:
            chosen.append(hit)
    return chosen


def covered(hits: Iterable[Hit]) -> int:
    """Code points covered by the union of the hits' spans."""
    total, reach = 0, -1
    for hit in sorted(hits):
        if hit.end > reach:
            total += hit.end - max(hit.start, reach)
            reach = hit.end
    return total
