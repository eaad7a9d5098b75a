#!/usr/bin/env python3
"""Benchmark and external checks of the MIX rules (run by hand; figures go to bench/RESULTS.md (MIX section)).

    python bench/bench_mix.py [--mb 100] [--external ../shared/data/external]

1. Speed: the MIX rules over ``--mb`` MB (UTF-8) of Chinese documents, one core: the
   hand-cleaned zh-cleaneval texts in Simplified and converted to Traditional (s2tw, s2hk), as
   clean documents (90%), plus mixed ones (5% each) (a Simplified paragraph in a Traditional
   document, converter pinyin glue), each document a fresh ``Document``.
2. Converters on OpenCC's own test cases (testcases.json): exact-match rate and speed of the
   opencc package against a first-candidate character table built from STCharacters/TSCharacters.
3. Script identification on OpenCC's test cases and on hanzidentifier's five test strings.
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import random
import re
import time

from doclint import Document
from doclint.rule import LintContext
from doclint.rules.mix import RULES
from doclint.rules.mix.convert import convert
from doclint.rules.mix.hanscript import SIMPLIFIED, TRADITIONAL, script_positions
from doclint.rules.mix.tables import pinyin_readings

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_EXTERNAL = os.path.normpath(os.path.join(HERE, "..", "..", "shared", "data", "external"))


def corpus(external: str, megabytes: float, damaged: float, seed: int = 7) -> list[str]:
    """Documents of zh text totalling ``megabytes`` of UTF-8: clean ones (S, s2tw, s2hk) and a
    ``damaged`` share, half with a pasted Simplified paragraph, half with pinyin glue."""
    rng = random.Random(seed)
    sources = []
    for path in sorted(glob.glob(os.path.join(external, "zh-cleaneval-content-extraction", "cleaned", "*.txt"))):
        with open(path, encoding="utf-8") as fh:
            text = fh.read().strip()
        if len(text) > 200:
            sources.append(text)
    variants = [(s, convert(s, TRADITIONAL, "tw"), convert(s, TRADITIONAL, "hk")) for s in sources]
    readings = pinyin_readings()
    docs, size = [], 0
    while size < megabytes * 1e6:
        simp, tw, hk = rng.choice(variants)
        kind = rng.random()
        if kind >= damaged:
            doc = rng.choice((simp, tw, hk))
        elif kind < damaged / 2:  # a Simplified paragraph pasted into a Traditional document
            lines, other = tw.split("\n"), simp.split("\n")
            i = rng.randrange(len(lines))
            lines[i] = other[i] if i < len(other) else lines[i]
            doc = "\n".join(lines)
        else:  # converter pinyin glue after a third of the Traditional-only characters
            glued = {c for c in sorted(set(tw)) if c in readings and rng.random() < 0.3}
            doc = "".join(f"{c}({min(readings[c])})" if c in glued else c for c in tw)
        docs.append(doc)
        size += len(doc.encode("utf-8"))
    return docs


def bench_speed(docs: list[str]) -> dict:
    rules = [cls() for cls in RULES]
    context = LintContext()
    per_rule = {r.code: 0.0 for r in rules}
    for text in docs[:20]:  # load the tables and the converter before timing
        for rule in rules:
            list(rule.check(Document.from_text(text), context))
    found = 0
    size = sum(len(d.encode("utf-8")) for d in docs)
    for text in docs:
        document = Document.from_text(text)
        for rule in rules:
            t0 = time.process_time()  # CPU time of this process: other load on the machine does not count
            found += len(list(rule.check(document, context)))
            per_rule[rule.code] += time.process_time() - t0
    total = sum(per_rule.values())
    return {"docs": len(docs), "MB": round(size / 1e6, 1), "seconds": round(total, 2),
            "MB/s": round(size / 1e6 / total, 1), "diagnostics": found,
            "per_rule_MB/s": {code: round(size / 1e6 / t, 1) for code, t in per_rule.items()}}


def load_testcases(external: str) -> list[dict]:
    with open(os.path.join(external, "opencc", "testcases.json"), encoding="utf-8") as fh:
        return json.loads(re.sub(r",(\s*[}\]])", r"\1", fh.read()))["cases"]


def char_table(external: str, name: str) -> dict[int, str]:
    table = {}
    with open(os.path.join(external, "opencc", "dictionary", name), encoding="utf-8") as fh:
        for line in fh:
            if "\t" in line and not line.startswith("#"):
                key, values = line.rstrip("\n").split("\t")
                if len(key) == 1:
                    table[ord(key)] = values.split()[0]
    return table


def bench_converters(external: str) -> dict:
    """Exact-match rate on OpenCC's s2t and t2s cases: opencc package vs character table."""
    cases = load_testcases(external)
    tables = {"s2t": char_table(external, "STCharacters.txt"), "t2s": char_table(external, "TSCharacters.txt")}
    out = {}
    for config, target in (("s2t", TRADITIONAL), ("t2s", SIMPLIFIED)):
        pairs = [(c["input"], c["expected"][config]) for c in cases if config in c["expected"]]
        for name, fn in (("opencc", lambda s: convert(s, target)), ("char-table", lambda s: s.translate(tables[config]))):
            right = sum(fn(a) == b for a, b in pairs)
            text = "\n".join(a for a, _ in pairs) * 200
            t0 = time.process_time()
            fn(text)
            speed = len(text.encode("utf-8")) / 1e6 / (time.process_time() - t0)
            out[f"{config} {name}"] = {"exact": f"{right}/{len(pairs)}", "MB/s": round(speed, 1)}
    return out


def identify(text: str) -> str:
    """hanzidentifier's labels from doclint's one-script character classes."""
    scripts = {s for _, s in script_positions(text)}
    if not re.search("[\u3400-\u9fff]", text):
        return "UNKNOWN"
    if not scripts:
        return "BOTH"
    return "MIXED" if len(scripts) == 2 else {SIMPLIFIED: "SIMPLIFIED", TRADITIONAL: "TRADITIONAL"}[scripts.pop()]


def bench_identification(external: str) -> dict:
    """doclint's script decision on every string of OpenCC's test cases whose script is known:
    inputs of cases converted only from Simplified (s2*) or only to Simplified (*2s), and s2t
    outputs. BOTH
    (only characters common to the two scripts) is an abstention, not an error."""
    cases = load_testcases(external)
    simplified_in = {"s2t", "s2tw", "s2hk", "s2twp", "s2hkp"}
    traditional_in = {"t2s", "tw2s", "hk2s", "tw2sp", "hk2sp"}
    checks = []  # (text, right label)
    for case in cases:
        keys = set(case["expected"])
        if keys & simplified_in and not keys & traditional_in:
            checks.append((case["input"], "SIMPLIFIED"))
        if keys & traditional_in and not keys & simplified_in:
            checks.append((case["input"], "TRADITIONAL"))
        if "s2t" in keys:
            checks.append((case["expected"]["s2t"], "TRADITIONAL"))
    verdicts = [(text, identify(text), want) for text, want in checks]
    right = sum(got == want for _, got, want in verdicts)
    abstained = sum(got == "BOTH" for _, got, _ in verdicts)
    wrong = [(text, got, want) for text, got, want in verdicts if got not in (want, "BOTH")]
    with open(os.path.join(external, "hanzidentifier-tests", "cases.json"), encoding="utf-8") as fh:
        hanzi = json.load(fh)
    hanzi_right = sum(identify(c["text"]) == c["identify"] for c in hanzi)
    return {"opencc strings": len(verdicts), "right": right, "BOTH (abstained)": abstained,
            "wrong": len(wrong), "wrong examples": wrong[:6], "hanzidentifier cases": f"{hanzi_right}/{len(hanzi)}"}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=100.0, help="MB of zh text for the speed run")
    ap.add_argument("--damaged", type=float, default=0.1, help="share of mixed/glued documents")
    ap.add_argument("--external", default=DEFAULT_EXTERNAL)
    args = ap.parse_args()
    print("identification:", json.dumps(bench_identification(args.external), ensure_ascii=False))
    print("converters:", json.dumps(bench_converters(args.external), ensure_ascii=False))
    print("speed:", json.dumps(bench_speed(corpus(args.external, args.mb, args.damaged)), ensure_ascii=False))


if __name__ == "__main__":
    main()
