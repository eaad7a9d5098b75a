"""MIX003: a word spelled with look-alike letters of another script (``Pаypal`` with Cyrillic а)."""
from __future__ import annotations

from typing import Iterable

from doclint import Edit, Fix, Option, Rule

from .locate import row_index
from .tables import compiled, lookalikes

#: Greek and Cyrillic blocks (one range, the fastest scan): without any of their letters no
#: word can mix them with Latin (Greek Extended letters never come without basic ones).
CYRILLIC_GREEK = "[\u0370-\u052f]"
SCRIPT_CLASSES = {
    "Latin": "[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]",
    "Cyrillic": "[\u0400-\u052f]",
    "Greek": "[\u0370-\u03ff\u1f00-\u1fff]",
}
#: A Latin letter next to a Cyrillic or Greek one: every word mixing them holds such a pair,
#: and finding pairs keeps the scan in the regex engine (Russian text: 40 MB/s, not 1).
MIXED_PAIR = f"{SCRIPT_CLASSES['Latin']}{CYRILLIC_GREEK}|{CYRILLIC_GREEK}{SCRIPT_CLASSES['Latin']}"


def _script_of(char: str) -> str | None:
    for script, pattern in SCRIPT_CLASSES.items():
        if compiled(pattern).match(char):
            return script
    return None


def _dominant(counts: dict[str, int]) -> str | None:
    """The script with strictly the most letters, or None on a tie."""
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]


class Homoglyph(Rule):
    """What: a word that mixes Latin letters with Cyrillic or Greek ones, where the letters
    from the other script look the same (Unicode UTS #39 confusables): ``Pаypal`` with a
    Cyrillic ``а``, ``пpивет`` with a Latin ``p``. Words written in one script (Russian, Greek
    text, brand names), Greek symbols standing apart (``α-helix``, ``β-blockers``) and mixed
    words whose foreign letters have no look-alike (``kΩ``, ``μm``) stay clean.

    Why: look-alike letters hide words from search, filters and deduplication (spam and
    phishing use them on purpose) and split a model's vocabulary.

    Example: ``Log in to your Pаypal account`` → ``Log in to your Paypal account``.

    Fix safety: unsafe: each foreign letter is replaced by its look-alike in the word's main
    script: its majority script, or the line's when only that one has look-alikes for every
    foreign letter (``tһе`` in an English line is ``the``).

    Options: ``min-letters`` (shortest word, in letters, that is checked).
    """

    code = "MIX003"
    name = "homoglyph"
    summary = "Word mixes Latin with look-alike Cyrillic or Greek letters"
    options_schema = {"min-letters": Option(3, "shortest word (letters) that is checked")}

    def check(self, document, context) -> Iterable:
        text = document.text
        if compiled(CYRILLIC_GREEK).search(text) is None:
            return
        table = lookalikes()
        line_scripts: dict[int, str | None] = {}
        last_end = -1
        for pair in compiled(MIXED_PAIR).finditer(text):
            if pair.start() < last_end:
                continue  # another pair of a word already looked at
            start, end = _word_around(text, pair.start(), pair.end())
            last_end = end
            word = text[start:end]
            if len(word) < self.options.min_letters:
                continue
            scripts = [_script_of(c) for c in word]
            if None in scripts or len(set(scripts)) < 2:
                continue
            main = self._main_script(document, start, word, scripts, line_scripts)
            if main is None:
                continue
            foreign = [c for c, s in zip(word, scripts) if s != main]
            fixed = "".join(table[c][main] if s != main else c for c, s in zip(word, scripts))
            letters = ", ".join(f"{c} U+{ord(c):04X}" for c in foreign[:3])
            yield self.diagnostic(
                (start, end),
                f"{main} word with look-alike letters of another script ({letters})",
                Fix.unsafe(f"write '{fixed}'", Edit.replace(start, end, fixed)),
            )

    @staticmethod
    def _main_script(document, offset: int, word: str, scripts: list[str],
                     line_scripts: dict[int, str | None]) -> str | None:
        """The script the word is meant in: its majority script, else the line's, provided
        every letter from the other scripts has a look-alike in it; None when neither fits."""
        table = lookalikes()
        candidates = [_dominant({s: scripts.count(s) for s in set(scripts)})]
        row = row_index(document, offset)
        if row not in line_scripts:
            line_scripts[row] = _line_script(document.line(row + 1).text)
        candidates.append(line_scripts[row])
        for main in candidates:
            if main is not None and all(s == main or main in table.get(c, {}) for c, s in zip(word, scripts)):
                return main
        return None


def _word_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The run of letters holding ``text[start:end]``."""
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    while end < len(text) and text[end].isalpha():
        end += 1
    return start, end


def _line_script(line: str) -> str | None:
    return _dominant({script: len(compiled(p).findall(line)) for script, p in SCRIPT_CLASSES.items()})
