"""MIX003 homoglyph: look-alike letters of another script inside a word."""
from __future__ import annotations

from doclint.model import Applicability
from doclint.rules.mix.homoglyph import Homoglyph as Rule


def test_cyrillic_letter_in_latin_word(check):
    result = check(Rule, "Log in to your P\u0430ypal account today.")
    assert result.codes == ["MIX003"]
    assert result.positions == [((1, 16), (1, 22))]
    assert "U+0430" in result.diagnostics[0].message
    assert result.diagnostics[0].fix.applicability is Applicability.UNSAFE
    assert result.fixed() == "Log in to your Paypal account today."


def test_greek_letter_in_latin_word(check):
    assert check(Rule, "A g\u03bfod day").fixed() == "A good day"


def test_latin_letter_in_cyrillic_word(check):
    result = check(Rule, "Мы пошли в магазин и купили \u0445\u043b\u0435\u0431.\nОн сказал п\u0070ивет.")
    assert result.rows == [2]
    assert result.fixed().split("\n")[1] == "Он сказал привет."


def test_word_mostly_in_look_alikes_follows_the_line(check):
    # t + Cyrillic һ and е: two Cyrillic letters out of three, but an English line
    assert check(Rule, "He saw t\u04bb\u0435 house.").fixed() == "He saw the house."


def test_clean_texts_in_one_script(check):
    texts = [
        "Москва — столица России, крупнейший город страны.",
        "Η Αθήνα είναι η πρωτεύουσα της Ελλάδας.",
        "The α-helix and β-sheet are secondary structures.",
        "A 4.7 kΩ resistor and a 2.5 μm filter, λ = 550 nm.",
        "Yuri Gagarin (Юрий Гагарин) flew in 1961.",
        "Brands: Yandex, VKontakte, Škoda, Ωmega Labs.",
        "ἦθος, πάθος and λόγος are modes of persuasion.",
    ]
    for text in texts:
        assert check(Rule, text).diagnostics == [], text


def test_min_letters_option(check):
    assert check(Rule, "an \u0430x").diagnostics == []  # two letters: below the default
    assert check(Rule, "an \u0430x", min_letters=2).fixed() == "an ax"
