#!/usr/bin/env python3
"""Speed of the CHROME family on crawled web pages, and memory of its cross-document rule.

Usage (from the repository root):
    python bench/bench_chrome.py [--mb 100] [--corpus-mb 1000] [--sets ../shared/eval/sets]
                                 [--repeat 3] [--chrome-root DIR] [--baseline-root DIR]

``--chrome-root`` times the CHROME package of another tree (e.g. an older commit extracted
with ``git archive COMMIT rules/chrome rules/data/chrome | tar -x -C DIR``) instead of the
installed one; ``--baseline-root`` times one more tree next to it, interleaved (each
repetition runs both, in alternating order), for before/after figures under the same load.

The pages are the rendered web pages of the zh-cleaneval and article-extraction evaluation
sets (whole pages: menus, bodies, related lists, footers; Chinese and English; 47 bytes a line
on average), and for comparison the clean article bodies of clean-prose (long lines), used
here only to time the rules, each repeated to ``--mb`` megabytes of UTF-8. One process, one core; CPU time
(``time.process_time``, the best of ``--repeat`` runs), so other load on the machine counts
less. It reports:

- building the documents alone (``Document.from_text`` and the line index), which a lint run
  pays once for all families;
- each CHROME rule through ``Rule.check`` on the built documents (the cross-document line
  cache emptied each time the page set starts over, so the repetition does not count), and
  the family together
  (the sum of the rules, and run as the engine does: all four rules on a document, then the
  next, which lets them share per-document facts);
- the cross-document rule's first pass over ``--corpus-mb`` megabytes streamed as the runner
  does it (``corpus_keys`` per document into one ``DocumentFrequency``), with the peak resident
  memory before and after, to show it stays flat.
"""
from __future__ import annotations

import argparse
import importlib
import importlib.util
import resource
import sys
import time
from pathlib import Path

from doclint import Document, LintContext
from doclint.corpus_counts import DocumentFrequency
from doclint.rules.chrome import RULES


def pages(sets: Path, *names: str) -> list[str]:
    found = [p for name in names for p in sorted((sets / name / "docs").glob("*.txt"))]
    return [p.read_text(encoding="utf-8", errors="replace") for p in found]


def repeat(texts: list[str], megabytes: float) -> list[str]:
    out, size, i = [], 0, 0
    while size < megabytes * 1e6:
        text = texts[i % len(texts)]
        out.append(text)
        size += len(text.encode("utf-8"))
        i += 1
    return out


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def best(repeats: int, work) -> tuple[float, int]:
    """Least CPU time of ``repeats`` runs of ``work()`` (other load on the machine counts less), and its result."""
    times, result = [], 0
    for _ in range(repeats):
        start = time.process_time()
        result = work()
        times.append(time.process_time() - start)
    return min(times), result


def line_cache_clearers(rules: list[type]) -> list:
    """``cache_clear`` of the CHROME cache that spans documents (line judgements), if any."""
    package = rules[0].__module__.rpartition(".")[0]
    judge = getattr(importlib.import_module(f"{package}.signals"), "judge", None)
    return [judge.cache_clear] if judge is not None else []


def checked(docs: list, rules: list, cycle: int, clearers: list) -> int:
    """Diagnostics of ``rules`` run on each document in turn. The cross-document line cache is
    emptied whenever the page set starts over: the benchmark repeats its pages to reach its
    size, and a line seen on the same page in an earlier round must not count as a hit."""
    found = 0
    for i, doc in enumerate(docs):
        if i % cycle == 0:
            for clear in clearers:
                clear()
        found += sum(1 for rule, context in rules for _ in rule.check(doc, context))
    return found


def speed(texts: list[str], title: str, repeats: int, cycle: int, variants: dict[str, list[type]]) -> None:
    """Time each rule and the family on ``texts``, for every variant (a CHROME package) in turn:
    the variants are run one after the other within each repetition, in alternating order, so
    that they share the machine's load; the best time of each is kept."""
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    start = time.process_time()
    docs = [Document.from_text(t) for t in texts]
    for doc in docs:
        doc.lines  # noqa: B018 - the line index every rule reads
    build = time.process_time() - start
    print(f"{title}: {size:.1f} MB, {len(docs)} documents, {sum(len(d.lines) for d in docs)} lines")
    print(f"{'documents + line index':28} {size / build:8.1f} MB/s")
    setups = {}
    for label, rules in variants.items():
        counts = DocumentFrequency()
        corpus_rule = recurring_rule(rules)()
        for doc in docs[:2000]:
            counts.add_document(corpus_rule.corpus_keys(doc))
        context = LintContext(corpus=counts)  # one context for every rule, as the engine gives them
        setups[label] = ([(cls(), context) for cls in rules], line_cache_clearers(rules))
    first = next(iter(setups.values()))[0]
    steps = [(f"{rule.code} {rule.name}", [i]) for i, (rule, _) in enumerate(first)]
    steps.append(("CHROME family, per document", list(range(len(first)))))  # as the engine runs
    labels = list(variants)
    print(f"{'':28} " + "".join(f"{label:>22}" for label in labels))
    total = dict.fromkeys(labels, 0.0)
    for name, picked in steps:
        took = dict.fromkeys(labels, float("inf"))
        found = {}
        for rep in range(repeats):
            for label in (labels if rep % 2 == 0 else labels[::-1]):
                rules, clearers = setups[label]
                start = time.process_time()
                found[label] = checked(docs, [rules[i] for i in picked], cycle, clearers)
                took[label] = min(took[label], time.process_time() - start)
        if len(picked) == 1:
            for label in labels:
                total[label] += took[label]
        else:
            print(f"{'CHROME family (sum of rules)':28} " + "".join(f"{size / total[lb]:11.1f} MB/s{'':6}" for lb in labels))
        print(f"{name:28} " + "".join(f"{size / took[lb]:11.1f} MB/s {found[lb]:>5}" for lb in labels))
    print("(MB/s in CPU time, best of the repetitions; the number after each figure: diagnostics;"
          " CHROME004 checks with a filled sketch, its first pass is below)")


def recurring_rule(rules: list[type]) -> type:
    return next(cls for cls in rules if cls.code == "CHROME004")


def load_chrome(root: Path, name: str) -> list[type]:
    """The CHROME rules (and their data) of the tree at ``root``, imported as package ``name``."""
    spec = importlib.util.spec_from_file_location(
        name, root / "rules" / "chrome" / "__init__.py", submodule_search_locations=[str(root / "rules" / "chrome")])
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module.RULES


def corpus_memory(texts: list[str], megabytes: float, rules: list[type]) -> None:
    rule = recurring_rule(rules)()
    counts = DocumentFrequency()
    before = rss_mb()
    done = 0.0
    start = time.process_time()
    i = 0
    while done < megabytes * 1e6:
        text = texts[i % len(texts)] + f"\npage {i}\n"  # one line unique to every page
        counts.add_document(rule.corpus_keys(Document.from_text(text)))
        done += len(text.encode("utf-8"))
        i += 1
    took = time.process_time() - start
    print(f"cross-document first pass: {done / 1e6:.0f} MB, {i} documents, {done / 1e6 / took:.1f} MB/s; "
          f"sketch {counts.nbytes / 1e6:.1f} MB; peak RSS {before:.0f} MB before, {rss_mb():.0f} MB after")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=100.0, help="megabytes of pages to time the rules on")
    ap.add_argument("--corpus-mb", type=float, default=1000.0, help="megabytes streamed through the cross-document pass")
    ap.add_argument("--sets", type=Path, default=Path("../shared/eval/sets"))
    ap.add_argument("--repeat", type=int, default=1, help="time each step this many times, report the best")
    ap.add_argument("--chrome-root", type=Path, help="time the CHROME package of this tree instead")
    ap.add_argument("--baseline-root", type=Path,
                    help="also time the CHROME package of this tree, interleaved with the other (before/after)")
    args = ap.parse_args()
    variants = {"current": load_chrome(args.chrome_root.resolve(), "chrome_under_test") if args.chrome_root else RULES}
    if args.baseline_root:
        variants = {"baseline": load_chrome(args.baseline_root.resolve(), "chrome_baseline"), **variants}
    texts = pages(args.sets, "zh-cleaneval", "article-extraction")
    prose = pages(args.sets, "clean-prose")
    speed(repeat(texts, args.mb), "whole web pages (zh-cleaneval + article-extraction)", args.repeat, len(texts), variants)
    speed(repeat(prose, args.mb), "article text only (clean-prose)", args.repeat, len(prose), variants)
    if args.corpus_mb > 0:
        corpus_memory(texts, args.corpus_mb, variants["current"])


if __name__ == "__main__":
    main()
