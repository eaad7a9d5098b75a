"""Build a reproducible benchmark corpus (JSONL, one document per line) of a given size.

Documents are assembled, with a fixed random seed, from public clean text and from the damage
the seed documents carry, in about the same mix:

* bodies: paragraphs of hand-cleaned article text — the Zyte article-extraction-benchmark
  ground truth (MIT, multilingual) and the zh-cleaneval ``cleaned/`` pages (MIT, Chinese) —
  plus the unlabelled lines of the seeds;
* site chrome: every document belongs to one of ``--sites`` sites whose header and footer
  lines (seed lines labelled CHROME, and page-text lines of the Zyte pages that are not in
  their article body) repeat on all of that site's pages, as in a real crawl;
* line damage: seed lines labelled MIX, ENC and SPAM, inserted at the rates they have in
  the seeds; and now and then a whole seed document;
* a very few malformed lines (bad JSON), as every real shard has.

The corpus goes to ``bench/corpus/`` (git-ignored); it is never committed. Usage:

    python bench/make_corpus.py --size-mb 1024            # bench/corpus/corpus-1024mb.jsonl
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"
DEFAULT_DIR = HERE / "corpus"
MB = 1 << 20


@dataclass
class Pools:
    """Material to assemble documents from."""

    bodies: list[list[str]]
    chrome: list[str]
    damage: dict[str, list[str]]
    seeds: list[str]


def _seed_pools(shared: Path) -> tuple[list[str], dict[str, list[str]], list[str], list[str]]:
    labels = json.loads((shared / "seeds" / "labels.json").read_text(encoding="utf-8"))
    damage: dict[str, list[str]] = {"MIX": [], "ENC": [], "SPAM": [], "CHROME": []}
    clean: list[str] = []
    seeds: list[str] = []
    for name in sorted(labels):
        text = (shared / "seeds" / name).read_text(encoding="utf-8", errors="surrogateescape")
        seeds.append(text)
        lines = text.split("\n")
        flagged: set[int] = set()
        for family, rows in labels[name]["families"].items():
            for row in rows:
                if 0 < row <= len(lines) and lines[row - 1].strip():
                    damage[family].append(lines[row - 1])
                    flagged.add(row)
        clean.extend(line for i, line in enumerate(lines, 1) if i not in flagged and line.strip())
    return damage.pop("CHROME"), damage, clean, seeds


def _article_pools(shared: Path) -> tuple[list[list[str]], list[str]]:
    root = shared / "data" / "external" / "article-extraction-benchmark"
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    pages = json.loads((root / "html-text-output.json").read_text(encoding="utf-8"))
    bodies: list[list[str]] = []
    chrome: list[str] = []
    for key in sorted(truth):
        body = truth[key].get("articleBody") or ""
        paragraphs = [p.strip() for p in body.split("\n") if p.strip()]
        if paragraphs:
            bodies.append(paragraphs)
        page = (pages.get(key) or {}).get("articleBody") or ""
        inside = set(paragraphs)
        chrome.extend(line.strip() for line in page.split("\n")
                      if line.strip() and line.strip() not in inside and len(line.strip()) < 80)
    return bodies, chrome


def _cleaneval_bodies(shared: Path) -> list[list[str]]:
    folder = shared / "data" / "external" / "zh-cleaneval-content-extraction" / "cleaned"
    bodies = []
    for path in sorted(folder.glob("*.txt")):
        paragraphs = [p.strip() for p in path.read_text(encoding="utf-8", errors="replace").split("\n") if p.strip()]
        if paragraphs:
            bodies.append(paragraphs)
    return bodies


def load_pools(shared: Path = SHARED) -> Pools:
    seed_chrome, damage, seed_clean, seeds = _seed_pools(shared)
    article_bodies, page_chrome = _article_pools(shared)
    bodies = article_bodies + _cleaneval_bodies(shared) + [seed_clean]
    return Pools(bodies, sorted(set(seed_chrome)) + sorted(set(page_chrome)), damage, seeds)


#: Per document: chance of carrying each kind of line damage (close to the seeds' mix, where
#: MIX and CHROME dominate, ENC is rarer and SPAM rarest), and of being a whole seed document.
DAMAGE_RATES = {"MIX": 0.35, "ENC": 0.15, "SPAM": 0.05}
WHOLE_SEED_RATE = 0.02


class Generator:
    """Documents in a fixed order for a fixed seed."""

    def __init__(self, pools: Pools, seed: int = 7, sites: int = 400, malformed_rate: float = 2e-5) -> None:
        self.pools = pools
        self.rng = random.Random(seed)
        self.malformed_rate = malformed_rate
        self.sites = [self._site(i) for i in range(sites)]

    def _site(self, index: int) -> tuple[str, list[str], list[str]]:
        rng, chrome = self.rng, self.pools.chrome
        return (f"site{index}.example", rng.sample(chrome, rng.randint(2, 6)), rng.sample(chrome, rng.randint(1, 5)))

    def record(self, index: int) -> bytes:
        rng = self.rng
        host, header, footer = rng.choice(self.sites)
        if rng.random() < self.malformed_rate:
            return b'{"id": "doc-%d", "text": "truncated\n' % index
        if rng.random() < WHOLE_SEED_RATE:
            text = rng.choice(self.pools.seeds)
        else:
            body = rng.choice(self.pools.bodies)
            start = rng.randrange(len(body))
            lines = [body[(start + i) % len(body)] for i in range(rng.randint(4, 40))]
            for family, rate in DAMAGE_RATES.items():
                if rng.random() < rate:
                    for _ in range(rng.randint(1, 3)):
                        lines.insert(rng.randint(0, len(lines)), rng.choice(self.pools.damage[family]))
            text = "\n".join([*header, *lines, *footer])
        record = {"id": f"doc-{index}", "url": f"https://{host}/page/{index}", "text": text}
        return json.dumps(record, ensure_ascii=False).encode("utf-8", "surrogatepass") + b"\n"


def build(path: Path, size_mb: float, seed: int = 7, shared: Path = SHARED) -> Path:
    """Write about ``size_mb`` MiB of records to ``path`` (atomically) and return it."""
    target = int(size_mb * MB)
    generator = Generator(load_pools(shared), seed)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(path.suffix + ".partial")
    written = 0
    index = 0
    with open(partial, "wb") as fh:
        while written < target:
            line = generator.record(index)
            fh.write(line)
            written += len(line)
            index += 1
    os.replace(partial, path)
    return path


def corpus_path(size_mb: float, folder: Path = DEFAULT_DIR, seed: int = 7) -> Path:
    return folder / f"corpus-{size_mb:g}mb-seed{seed}.jsonl"


def ensure_corpus(size_mb: float, folder: Path = DEFAULT_DIR, seed: int = 7) -> Path:
    """The corpus of that size and seed, generated first if it is not there yet."""
    path = corpus_path(size_mb, folder, seed)
    if not path.exists():
        build(path, size_mb, seed)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size-mb", type=float, default=1024, help="corpus size in MiB (default 1024)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, help="output file (default bench/corpus/corpus-<size>mb-seed<seed>.jsonl)")
    args = parser.parse_args(argv)
    path = build(args.out or corpus_path(args.size_mb, seed=args.seed), args.size_mb, args.seed)
    print(f"{path}: {path.stat().st_size / 1e6:.1f} MB", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
