#!/usr/bin/env python3
"""Speed of the SPAM family on mixed Chinese/English text, next to two baselines.

Usage (from the repository root):  python bench/bench_spam.py [--mb 100] [--external ../shared/data/external]

The corpus is built in memory from clean public text (zh-cleaneval hand-cleaned pages and the
article-extraction benchmark's English bodies) cut into ~5 KB documents, with one composed spam
line in every 50th document, repeated to ``--mb`` megabytes of UTF-8. One process, one core;
CPU time, best of ``--repeat`` runs for the SPAM timings. It times:
- building the documents alone (``Document.from_text`` and its line index), which every rule run
  below includes, as a lint run does;
- each SPAM rule, and all of them together, through ``Rule.check`` on every document;
- the matcher alone: ahocorasick-rs (what the rules use) vs pyahocorasick, same stuffing terms;
- a plain ``re`` baseline: one alternation of the stuffing lexicon, ``finditer`` per document;
- the LDNOOBW substring scan that corpus pipelines run (lower-case once, then ``word in text``
  per zh+en entry, stopping at the first hit as a document filter does).

``--against DIR`` instead compares the family with another version of it, interleaved (the two
alternate, best of ``--repeat`` each, same documents, one process), which is the comparison that
holds on a shared machine. ``DIR`` holds that version's ``rules/spam`` and ``rules/data/spam``:
    mkdir /tmp/old && git archive COMMIT rules/spam rules/data/spam | tar -x -C /tmp/old
    python bench/bench_spam.py --mb 20 --repeat 9 --against /tmp/old
"""
from __future__ import annotations

import argparse
import json
import re
import time
from pathlib import Path

SPAM_LINES = [
    "日韩无码高清在线观看,熟妇人妻久久精品,国产自拍偷拍视频,百家乐真人娱乐",
    "加微信 abc8888 免费领取彩金，日赚500",
    "buy viagra online | cheap cialis no prescription | online casino bonus | free spins",
    "亲爱的会员：本店周年庆全场八折，进店即有好礼相送，数量有限，先到先得！",
]


def corpus(external: Path, megabytes: float) -> list[str]:
    """Clean zh and en documents (~5 KB each), some with a spam line, repeated to ``megabytes``."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((external / "zh-cleaneval-content-extraction" / "cleaned").glob("*.txt"))]
    truth = json.loads((external / "article-extraction-benchmark" / "ground-truth.json").read_text(encoding="utf-8"))
    texts += [v.get("articleBody", "") for v in truth.values()]
    docs, current = [], []
    for text in texts:
        for line in text.splitlines():
            current.append(line)
            if sum(map(len, current)) > 3000:
                docs.append("\n".join(current) + "\n")
                current = []
    for i in range(0, len(docs), 50):
        docs[i] = SPAM_LINES[(i // 50) % len(SPAM_LINES)] + "\n" + docs[i]
    size = sum(len(d.encode("utf-8")) for d in docs)
    return docs * max(1, round(megabytes * 1e6 / size))


def timed(label: str, size: int, func, repeat: int = 1) -> float:
    """Best CPU seconds of ``repeat`` runs of ``func`` in this process (one core; the best run is
    the one least disturbed by other load on the machine)."""
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.process_time()
        result = func()
        best = min(best, time.process_time() - start)
    print(f"{label:44} {best:7.2f} s {size / 1e6 / best:8.1f} MB/s   ({result})")
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=100)
    ap.add_argument("--repeat", type=int, default=3, help="runs per SPAM timing, best reported (baselines: 1)")
    ap.add_argument("--external", type=Path, default=Path("../shared/data/external"))
    ap.add_argument("--against", type=Path, help="a directory holding another version's rules/spam (see above)")
    args = ap.parse_args()
    if args.against:
        compare(args)
        return

    from doclint.document import Document
    from doclint.rules.spam import RULES
    from doclint.rules.spam.lexicon import terms
    from doclint.rules.spam.matcher import matcher
    from doclint.rules.spam.stuffing import KeywordStuffing

    docs = corpus(args.external, args.mb)
    size = sum(len(d.encode("utf-8")) for d in docs)
    han = sum(len(re.findall(r"[\u4e00-\u9fff]", d)) for d in docs[:200])
    print(f"corpus: {len(docs)} documents, {size / 1e6:.1f} MB UTF-8, "
          f"{han / sum(map(len, docs[:200])):.0%} Han characters")

    rules = [cls() for cls in RULES]
    for rule in rules:  # load lexicons and build automata outside the timings
        list(rule.check(Document.from_text(SPAM_LINES[0] + " www.example.com"), None))

    def run(selected):
        def go():
            # A document is built per check, as a lint run does (its line index included).
            return sum(1 for d in docs for doc in (Document.from_text(d),) for r in selected
                       for _ in r.check(doc, None))
        return go

    timed("Document.from_text + line index only", size,
          lambda: sum(len(Document.from_text(d).line_starts) for d in docs), args.repeat)
    for rule in rules:
        timed(f"{rule.code} {rule.name}", size, run([rule]), args.repeat)
    timed(f"SPAM family ({len(rules)} rules)", size, run(rules), args.repeat)

    stuffing = [t for name in KeywordStuffing.lexicons for t, _ in terms(name)]
    ac = matcher(KeywordStuffing.lexicons)
    alternation = re.compile("|".join(map(re.escape, sorted(set(stuffing), key=len, reverse=True))))
    timed("matcher: ahocorasick-rs + checks (stuffing)", size, lambda: sum(len(ac.find(d)) for d in docs),
          args.repeat)
    try:
        import ahocorasick
    except ImportError:
        print("pyahocorasick not installed: skipped")
    else:
        automaton = ahocorasick.Automaton()
        for term in set(stuffing):
            automaton.add_word(term, term)
        automaton.make_automaton()
        timed("matcher: pyahocorasick, bare iter (stuffing)", size,
              lambda: sum(1 for d in docs for _ in automaton.iter(d.lower())))
    timed("baseline: re alternation, finditer", size,
          lambda: sum(1 for d in docs for _ in alternation.finditer(d.lower())))

    bad = [w.strip().lower() for lang in ("zh", "en")
           for w in (args.external / "ldnoobw-badwords" / f"{lang}.txt").read_text(encoding="utf-8").splitlines()
           if w.strip()]
    timed("baseline: LDNOOBW substring scan (zh+en)", size,
          lambda: sum(1 for d in docs for low in (d.lower(),) if any(w in low for w in bad)))


def compare(args: argparse.Namespace) -> None:
    """The family against another version of it, interleaved: best CPU seconds of each."""
    import importlib
    import sys

    from doclint.document import Document
    from doclint.rules.spam import RULES

    sys.path.insert(0, str(args.against / "rules"))
    other = importlib.import_module("spam")  # the other version, as a top-level package
    docs = corpus(args.external, args.mb)
    size = sum(len(d.encode("utf-8")) for d in docs)
    versions = {str(args.against): [cls() for cls in other.RULES], "this tree": [cls() for cls in RULES]}
    best = dict.fromkeys(versions, float("inf"))
    found = {}
    for _ in range(args.repeat):
        for name, rules in versions.items():
            start = time.process_time()
            found[name] = sum(1 for d in docs for doc in (Document.from_text(d),) for r in rules
                              for _ in r.check(doc, None))
            best[name] = min(best[name], time.process_time() - start)
    print(f"corpus: {len(docs)} documents, {size / 1e6:.1f} MB; SPAM family, best of {args.repeat}, interleaved")
    for name in versions:
        print(f"{name:44} {best[name]:7.2f} s {size / 1e6 / best[name]:8.1f} MB/s   ({found[name]})")


if __name__ == "__main__":
    main()
