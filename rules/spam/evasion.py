"""Contacts written to slip past filters: look-alike channel names next to handles typed oddly.

Chat spam rarely writes 微信 or QQ plainly; it writes a homophone or picture of the channel
(薇, 嶶, 伽, 喂, 蔻, 丘丘, 口口, 企鹅, 🐧) next to an account number split by spaces or symbols
(``2744 7053``, ``2◎48 7832``) or typed in fullwidth or mathematical letters (``ＦＴＡ６８９``,
``𝐱𝐜𝐤396``). Nobody sharing an account in earnest spells it so; the spelling is the evidence.
Matching runs on a copy folded with NFKC character by character, so offsets stay the same.
"""
from __future__ import annotations

from doclint.lazyre import LazyPattern

from .matcher import Hit

#: An account handle after folding: 5-12 digits, possibly split by spaces or symbols, or a few
#: letters followed by at least three digits (``FTA689``).
HANDLE = LazyPattern(r"(?<![A-Za-z0-9])(?:[A-Za-z]{1,4}[\s\-_.]?\d{3,}|\d(?:[\s◎○●·.\-+*_~]{0,2}\d){4,11})"
                     r"(?![A-Za-z0-9])")
#: A look-alike channel word counts only this close (code points) to a handle.
GAP = 2
#: Code points searched on each side of a look-alike channel word (a handle is at most ~30 long).
WINDOW = 40


def fold(text: str) -> str:
    """``text`` with each non-ASCII character that NFKC maps to one character replaced by it
    (fullwidth and mathematical letters and digits become ASCII); lengths are kept."""
    if text.isascii():
        return text
    import unicodedata  # only chat lines with a look-alike channel name get here

    out = []
    for ch in text:
        if ch.isascii():
            out.append(ch)
        else:
            folded = unicodedata.normalize("NFKC", ch)
            out.append(folded if len(folded) == 1 else ch)
    return "".join(out)


def evasive_contact(text: str, hits: list[Hit]) -> tuple[str, int] | None:
    """The first look-alike channel word (an ``evade`` hit; the matcher drops a lone character
    that follows a Han character) right next to a handle, as ``(description, offset)``. Only a window
    around each such word is folded and searched, so common characters (威, 徽) cost little."""
    for hit in hits:
        if hit.label.kind != "evade":
            continue
        lo = max(0, hit.start - WINDOW)
        window = fold(text[lo:hit.end + WINDOW])
        start, end = hit.start - lo, hit.end - lo
        for handle in HANDLE.finditer(window):
            if sum(c.isdigit() for c in handle.group()) < 3:
                continue
            if 0 <= handle.start() - end <= GAP or 0 <= start - handle.end() <= GAP:
                return (f"look-alike channel {text[hit.start:hit.end]} next to handle "
                        f"{text[lo + handle.start():lo + handle.end()]}"), lo + min(start, handle.start())
    return None
