#!/usr/bin/env python3
"""Build the Han tables of the MIX rules from OpenCC's dictionaries and Unihan's readings.

Run from the repository root (it reads ``../shared/data/external``)::

    python rules/data/mix/build_han.py [EXTERNAL_DIR]

Writes, next to this script:

- ``han_classes.txt``: characters that only one of the two scripts writes. ``S`` = a key of
  OpenCC's STCharacters whose candidates never include itself, that is no Traditional
  candidate of any character, no TSCharacters key and no Taiwan/Hong Kong variant form
  (为, 国, 说); ``T`` = a key of TSCharacters whose candidates never include itself, that is
  neither an STCharacters key nor the Simplified candidate of any character, and that Unihan
  also links to another Simplified form, or a Taiwan/Hong Kong variant form (為, 爲, 國, 說). Characters both scripts write (干, 于, 后, 里, 台, 着, 云, 群) are in neither class.
  ``TW``/``HK`` are pairs of an OpenCC-standard form and its Taiwan or Hong Kong variant,
  both Traditional-only (爲為, 裏裡, 說説); they only choose the converter for fixes.
- ``pinyin_readings.txt``: the toned Mandarin readings (kMandarin, kHanyuPinyin, kXHC1983,
  kTGHZ2013) of every ``T`` character, the characters a broken converter annotates.

Licences: OpenCC dictionaries Apache-2.0 (BYVoid/OpenCC); Unihan data (Unihan_Variants,
Unihan_Readings) Unicode License.
"""
from __future__ import annotations

import bz2
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_EXTERNAL = os.path.normpath(os.path.join(HERE, "..", "..", "..", "..", "shared", "data", "external"))
READING_FIELDS = ("kMandarin", "kHanyuPinyin", "kXHC1983", "kTGHZ2013")


def load_opencc(folder: str, name: str) -> dict[str, list[str]]:
    """One OpenCC dictionary as key -> candidates (single-character keys only)."""
    table: dict[str, list[str]] = {}
    with open(os.path.join(folder, name), encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or "\t" not in line:
                continue
            key, values = line.rstrip("\n").split("\t")
            if len(key) == 1:
                table[key] = values.split()
    return table


def simplified_links(unihan: str) -> dict[str, set[str]]:
    """Unihan's kSimplifiedVariant: Traditional character -> its Simplified form(s)."""
    links: dict[str, set[str]] = {}
    with bz2.open(os.path.join(unihan, "Unihan_Variants.txt.bz2"), "rt", encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 3 and parts[1] == "kSimplifiedVariant":
                links[chr(int(parts[0][2:], 16))] = {chr(int(v.split("<")[0][2:], 16)) for v in parts[2].split()}
    return links


def han_classes(folder: str, links: dict[str, set[str]]) -> dict[str, str]:
    st = load_opencc(folder, "STCharacters.txt")
    ts = load_opencc(folder, "TSCharacters.txt")
    tw = load_opencc(folder, "TWVariants.txt")
    hk = load_opencc(folder, "HKVariants.txt")
    variant_forms = {c for table in (tw, hk) for key, vals in table.items() for c in (key, *vals)}
    traditional_ok = {c for vals in st.values() for c in vals} | set(ts) | variant_forms
    simplified_ok = set(st) | {c for vals in ts.values() for c in vals}
    s_only = {c for c, vals in st.items() if c not in vals and c not in traditional_ok}
    # Unihan must agree that a Traditional character has another Simplified form (拚, 捱, 摺
    # are mapped by OpenCC but written in Simplified text too); regional forms (爲, 裏) stay.
    t_only = {c for c, vals in ts.items() if c not in vals and c not in simplified_ok
              and (links.get(c, {c}) - {c} or c in variant_forms)}

    def pairs(table: dict[str, list[str]]) -> str:
        """``standard+variant`` pairs where both forms are Traditional-only (爲為, 說説)."""
        found = {key + v for key, vals in table.items() for v in vals
                 if v != key and key in t_only and v in t_only}
        return " ".join(sorted(found))

    return {"S": "".join(sorted(s_only)), "T": "".join(sorted(t_only)), "TW": pairs(tw), "HK": pairs(hk)}


def readings(unihan: str, wanted: set[str]) -> dict[str, list[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    with bz2.open(os.path.join(unihan, "Unihan_Readings.txt.bz2"), "rt", encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 3 or parts[1] not in READING_FIELDS:
                continue
            char = chr(int(parts[0][2:], 16))
            if char not in wanted:
                continue
            value = parts[2]
            # kHanyuPinyin "74355.010:xié,yè", kXHC1983 "1348.061:yè", kMandarin "yè"
            for chunk in value.split(" "):
                syllables = chunk.split(":", 1)[-1]
                out[char].update(s for s in syllables.split(",") if re.fullmatch(r"[^\W\d_]+", s))
    return {c: sorted(v) for c, v in sorted(out.items())}


def main() -> None:
    external = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_EXTERNAL
    classes = han_classes(os.path.join(external, "opencc", "dictionary"), simplified_links(os.path.join(external, "unihan")))
    with open(os.path.join(HERE, "han_classes.txt"), "w", encoding="utf-8") as fh:
        fh.write("# Generated by build_han.py from OpenCC data/dictionary (Apache-2.0, BYVoid/OpenCC)\n"
                 "# and Unihan 15.0.0 Unihan_Variants.txt (Unicode License).\n"
                 "# class<TAB>characters; S/T = only Simplified/Traditional writes them;\n"
                 "# TW/HK = space-separated pairs: OpenCC-standard form + its Taiwan/Hong Kong variant.\n")
        for name, chars in classes.items():
            fh.write(f"{name}\t{chars}\n")
    table = readings(os.path.join(external, "unihan"), set(classes["T"]))
    with open(os.path.join(HERE, "pinyin_readings.txt"), "w", encoding="utf-8") as fh:
        fh.write("# Generated by build_han.py from Unihan 15.0.0 Unihan_Readings.txt (Unicode License):\n"
                 "# toned readings (kMandarin, kHanyuPinyin, kXHC1983, kTGHZ2013) of the T characters.\n")
        for char, syllables in table.items():
            fh.write(f"{char}\t{' '.join(syllables)}\n")
    print({k: len(v) for k, v in classes.items()}, "readings:", len(table))


if __name__ == "__main__":
    main()
