#!/usr/bin/env python3
"""Benchmark and external checks of the ENC rules (run by hand; figures go to bench/RESULTS.md (ENC section)).

    python bench/bench_enc.py [--mb 100] [--ftfy-mb 10] [--repeat 3] [--external ../shared/data/external]
                              [--baseline /tmp/enc-before/rules/enc] [--skip-cases]

1. Speed, one core: the ENC family over ``--mb`` MB (UTF-8) of clean documents (the hand-cleaned
   zh-cleaneval texts and the English gold article bodies of article-extraction-benchmark),
   then over the same documents with a fifth of their lines damaged programmatically (UTF-8 read
   as GBK or cp1252, GBK byte-shift garble with a pinyin annotation, controls, U+FFFD), each
   document a fresh ``Document``; ``ftfy.fix_text`` on the same texts for comparison. With
   ``--baseline``, a copy of the ENC package from another commit runs in turn with this one
   (interleaved, so that machine load hits both alike).
2. ftfy's own test cases (in-the-wild, synthetic, negative, known failures): detection recall
   on the damaged cases, false-positive rate on the cases that must stay unchanged, and exact
   match of the fixed text with the case's ``fixed-encoding`` — doclint (ENC, unsafe fixes
   applied) next to ``ftfy.fix_encoding`` on the same cases.
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import random
import time

from doclint import Document
from doclint.fixer import apply_one_pass
from doclint.rule import LintContext
from doclint.rules.enc import RULES

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_EXTERNAL = os.path.normpath(os.path.join(HERE, "..", "..", "shared", "data", "external"))


def sources(external: str) -> list[str]:
    texts = []
    for path in sorted(glob.glob(os.path.join(external, "zh-cleaneval-content-extraction", "cleaned", "*.txt"))):
        with open(path, encoding="utf-8") as fh:
            texts.append(fh.read().strip())
    with open(os.path.join(external, "article-extraction-benchmark", "ground-truth.json"), encoding="utf-8") as fh:
        texts += [item["articleBody"] for item in json.load(fh).values()]
    return [t for t in texts if len(t) > 200]


def damage(line: str, rng: random.Random) -> str:
    """One programmatic encoding damage of ``line`` (the line unchanged when it cannot take it)."""
    kind = rng.randrange(5)
    try:
        if kind == 0:
            return line.encode("utf-8").decode("gbk", "replace")
        if kind == 1:
            import ftfy.bad_codecs  # noqa: F401

            return line.encode("utf-8").decode("sloppy-windows-1252")
        if kind == 2 and len(line) > 4:
            data = line.encode("gbk")
            cut = len(line[:len(line) // 2].encode("gbk"))
            return line[:len(line) // 2] + "?shù)" + data[cut + 1:].decode("gbk", "replace").replace("\ufffd", "?")
    except UnicodeError:
        return line
    if kind == 3:
        return line[:5] + "\x07\x00" + line[5:]
    return line[:7] + "\ufffd" + line[7:]


def corpus(external: str, megabytes: float, damaged: bool, seed: int = 11) -> list[str]:
    rng = random.Random(seed)
    base = sources(external)
    docs, size = [], 0
    while size < megabytes * 1e6:
        text = rng.choice(base)
        if damaged:
            lines = text.split("\n")
            text = "\n".join(damage(ln, rng) if ln and rng.random() < 0.2 else ln for ln in lines)
        docs.append(text)
        size += len(text.encode("utf-8", "surrogatepass"))
    return docs


def load_baseline(folder: str) -> list[type]:
    """The RULES of another copy of the ENC package (``git archive COMMIT rules/enc | tar -x -C
    /tmp/enc-before`` → ``/tmp/enc-before/rules/enc``), imported as ``enc_baseline``."""
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location("enc_baseline", os.path.join(folder, "__init__.py"),
                                                  submodule_search_locations=[folder])
    module = importlib.util.module_from_spec(spec)
    sys.modules["enc_baseline"] = module
    spec.loader.exec_module(module)
    return module.RULES


def run_enc(texts: list[str], rule_classes: list[type] = RULES) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds, diagnostics) of every ENC rule over ``texts``, rules run
    per document as the engine does (the rules share per-text scans)."""
    rules = [cls() for cls in rule_classes]
    for text in texts[:200]:  # load tables, import ftfy, compile patterns outside the timing
        document = Document.from_text(text)
        for rule in rules:
            list(rule.check(document, LintContext()))
    found = 0
    wall, cpu = time.perf_counter(), time.process_time()
    for text in texts:
        document = Document.from_text(text)
        for rule in rules:
            found += sum(1 for _ in rule.check(document, LintContext()))
    return time.perf_counter() - wall, time.process_time() - cpu, found


def run_ftfy(texts: list[str]) -> tuple[float, float]:
    import ftfy

    ftfy.fix_text(texts[0])
    wall, cpu = time.perf_counter(), time.process_time()
    for text in texts:
        ftfy.fix_text(text)
    return time.perf_counter() - wall, time.process_time() - cpu


def _mb(texts: list[str]) -> float:
    return sum(len(t.encode("utf-8", "surrogatepass")) for t in texts) / 1e6


def speed(external: str, megabytes: float, ftfy_megabytes: float, repeat: int, baseline: str | None) -> None:
    print(f"## Speed (one process; ENC on {megabytes:g} MB, best of {repeat}; ftfy.fix_text on the first "
          f"{ftfy_megabytes:g} MB)\n")
    rule_sets = [("", RULES)] + ([(" (baseline)", load_baseline(baseline))] if baseline else [])
    print("| corpus | MB | ENC wall s | ENC CPU s | ENC MB/s (CPU) | diagnostics | ftfy MB | ftfy CPU s | ftfy MB/s (CPU) |")
    print("|---|---|---|---|---|---|---|---|---|")
    for damaged in (False, True):
        texts = corpus(external, megabytes, damaged)
        size = _mb(texts)
        runs: dict[str, list[tuple[float, float, int]]] = {label: [] for label, _ in rule_sets}
        for _ in range(repeat):  # the rule sets take turns, so that both see the same machine load
            for label, rule_classes in rule_sets:
                runs[label].append(run_enc(texts, rule_classes))
        sample, total = [], 0.0
        for text in texts:
            if total >= ftfy_megabytes * 1e6:
                break
            sample.append(text)
            total += len(text.encode("utf-8", "surrogatepass"))
        _ftfy_wall, ftfy_cpu = run_ftfy(sample)
        for label, _rules in rule_sets:
            wall, cpu, found = min(runs[label], key=lambda run: run[1])
            name = ("damaged (20% of lines)" if damaged else "clean") + label
            print(f"| {name} | {size:.1f} | {wall:.1f} | {cpu:.1f} | {size / cpu:.1f} | {found} | {_mb(sample):.1f} | "
                  f"{ftfy_cpu:.1f} | {_mb(sample) / ftfy_cpu:.2f} |")
    print()


def doclint_fix(text: str) -> tuple[bool, str]:
    """(any ENC diagnostic, the text after every non-display-only ENC fix, up to 5 passes)."""
    rules = [cls() for cls in RULES]
    document = Document.from_text(text)
    flagged = False
    for _ in range(5):
        found = [d for rule in rules for d in rule.check(document, LintContext())]
        flagged = flagged or bool(found)
        fixable = [d for d in found if d.fix and d.fix.applicability.value != "display-only"]
        if not fixable:
            break
        document = document.with_text(apply_one_pass(document.text, fixable)[0])
    return flagged, document.text


def ftfy_cases(external: str) -> None:
    import ftfy

    folder = os.path.join(external, "ftfy-test-cases")
    print("## ftfy's test cases\n")
    print("| file | cases | damaged | doclint detects | ftfy detects | doclint exact | ftfy exact | "
          "clean | doclint FP | ftfy FP |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for name in ("in-the-wild", "synthetic", "negative", "known-failures", "language-names"):
        with open(os.path.join(folder, f"{name}.json"), encoding="utf-8") as fh:
            cases = json.load(fh)
        row = dict.fromkeys(("damaged", "d_det", "f_det", "d_ok", "f_ok", "clean", "d_fp", "f_fp"), 0)
        for case in cases:
            original = case["original"]
            want = case.get("fixed-encoding", case["fixed"])
            flagged, fixed = doclint_fix(original)
            ftfy_fixed = ftfy.fix_encoding(original)
            if want == original:
                row["clean"] += 1
                row["d_fp"] += flagged
                row["f_fp"] += ftfy_fixed != original
            else:
                row["damaged"] += 1
                row["d_det"] += flagged
                row["f_det"] += ftfy_fixed != original
                row["d_ok"] += fixed == want
                row["f_ok"] += ftfy_fixed == want
        print(f"| {name} | {len(cases)} | {row['damaged']} | {row['d_det']} | {row['f_det']} | {row['d_ok']} | "
              f"{row['f_ok']} | {row['clean']} | {row['d_fp']} | {row['f_fp']} |")
    print()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=100.0, help="MB of text per speed corpus")
    ap.add_argument("--external", default=DEFAULT_EXTERNAL)
    ap.add_argument("--ftfy-mb", type=float, default=10.0, help="MB of each corpus given to ftfy.fix_text")
    ap.add_argument("--repeat", type=int, default=1, help="ENC runs per corpus; the fastest (CPU) is reported")
    ap.add_argument("--skip-speed", action="store_true")
    ap.add_argument("--skip-cases", action="store_true", help="skip ftfy's test cases")
    ap.add_argument("--baseline", help="a copy of rules/enc from another commit, timed in turn with this one")
    args = ap.parse_args()
    if not args.skip_cases:
        ftfy_cases(args.external)
    if not args.skip_speed:
        speed(args.external, args.mb, args.ftfy_mb, args.repeat, args.baseline)


if __name__ == "__main__":
    main()
