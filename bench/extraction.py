"""Extraction speed against jieba segmentation on the same text: characters per second end to end
(read a file + extract), how cost grows with size, where the Chinese reader's time goes, and
peak memory.

    python bench/extraction.py [--json] [--repeat 2]

The corpus is every 奇绩创坛 demo-day post ($PEDIGREE_DATA/miracleplus/raw/*.md, default
../shared/data) and every labelled news article ($PEDIGREE_CORPUS/news/*.txt, default
../shared/corpus). The goal (issue 13) is extraction at ≥ 1/5 of jieba.lcut's speed, end to end.
One-time loads (jieba's dictionary, the NER model, the readers' first call) are timed apart.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

GOAL = 1 / 5  # extraction speed as a share of jieba's
FRACTIONS = (0.25, 0.5, 1.0)


def corpus_files() -> list[Path] | str:
    """The corpus, or a sentence saying which half of it is missing."""
    data = Path(os.environ.get("PEDIGREE_DATA") or Path.cwd().parent / "shared" / "data")
    corpus = Path(os.environ.get("PEDIGREE_CORPUS") or Path.cwd().parent / "shared" / "corpus")
    posts = sorted((data / "miracleplus" / "raw").glob("*.md"))
    articles = sorted((corpus / "news").glob("*.txt")) + sorted(corpus.glob("*.txt"))
    if not posts:
        return f"no demo-day posts at {data / 'miracleplus' / 'raw'}; set PEDIGREE_DATA"
    if not articles:
        return f"no articles at {corpus / 'news'}; set PEDIGREE_CORPUS"
    return posts + articles


def best(run: Callable[[], object], repeat: int) -> float:
    """Fastest of `repeat` runs, in seconds: the least disturbed by a noisy machine."""
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        run()
        times.append(time.perf_counter() - began)
    return min(times)


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def load(sample: Path) -> dict[str, float]:
    """One-time costs, each timed on its own so the timings below exclude them."""
    loads: dict[str, float] = {}
    began = time.perf_counter()
    import jieba

    from pedigree.ingest.articles import read_file
    from pedigree.ingest.text.ner import default_tagger

    loads["import (s)"] = time.perf_counter() - began
    loads["jieba dictionary (s)"] = best(jieba.initialize, 1)
    loads["NER model (s)"] = best(default_tagger, 1)
    loads["first extraction (s)"] = best(lambda: read_file(sample), 1)
    loads["RSS after load (MB)"] = rss_mb()
    return loads


def end_to_end(files: list[Path], repeat: int) -> dict:
    """Read + extract every file, against jieba.lcut on the texts that were read."""
    import jieba

    from pedigree.ingest.articles import read_file

    texts = [read_file(f).document.text for f in files]
    chars = sum(len(t) for t in texts)
    facts = sum(len(read_file(f).facts) for f in files)
    ours = best(lambda: [read_file(f) for f in files], repeat)
    theirs = best(lambda: [jieba.lcut(t) for t in texts], repeat)
    return {
        "files": len(files),
        "chars": chars,
        "facts": facts,
        "seconds": round(ours, 3),
        "chars/s": round(chars / ours),
        "jieba chars/s": round(chars / theirs),
        "ratio": round(theirs / ours, 3),
    }


def growth(files: list[Path], repeat: int) -> list[dict]:
    """µs per character on the concatenated corpus at a quarter, half and all of it."""
    from pedigree.ingest.text.extract import extract

    whole = "\n\n".join(f.read_text(encoding="utf-8") for f in files)
    rows = []
    for share in FRACTIONS:
        text = whole[: int(len(whole) * share)]
        seconds = best(lambda t=text: extract(t, lang="zh"), repeat)
        rows.append(
            {"share": share, "chars": len(text), "µs/char": round(seconds / len(text) * 1e6, 2)}
        )
    return rows


def stages(files: list[Path], repeat: int) -> dict[str, float]:
    """Where the Chinese reader's time goes on the news articles."""
    from pedigree.ingest.text.facts import Text
    from pedigree.ingest.text.layout import read_layout
    from pedigree.ingest.text.zh.context import Context
    from pedigree.ingest.text.zh.mentions import read_mentions
    from pedigree.ingest.text.zh.money import read_money
    from pedigree.ingest.text.zh.money_investors import mark_investors
    from pedigree.ingest.text.zh.product_facts import read_products
    from pedigree.ingest.text.zh.ties import read_ties

    texts = [Text(f.read_text(encoding="utf-8")) for f in files]
    read = [(t, read_layout(t.folded, "zh")) for t in texts]
    timings = {"layout (s)": best(lambda: [read_layout(t.folded, "zh") for t in texts], repeat)}
    timings["mentions (s)"] = best(lambda: [read_mentions(t, lay) for t, lay in read], repeat)

    def relations() -> None:
        for t, lay in read:
            mentions, registry = read_mentions(t, lay)
            ctx = Context(t, lay, mentions, registry)
            mark_investors(ctx)
            read_ties(ctx)
            read_money(ctx)
            read_products(ctx)

    timings["relations, mentions included (s)"] = best(relations, repeat)
    timings["chars"] = sum(len(t.original) for t in texts)
    return timings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--repeat", type=int, default=2, help="runs per timing (best is kept)")
    args = parser.parse_args()
    files = corpus_files()
    if isinstance(files, str):
        print(files, file=sys.stderr)
        return 2
    news = [f for f in files if f.suffix == ".txt" and ".zh-" in f.name]
    report = {
        "loads": load(files[-1]),
        "corpus": end_to_end(files, args.repeat),
        "demo-day posts": end_to_end([f for f in files if f.suffix == ".md"], args.repeat),
        "news articles": end_to_end([f for f in files if f.suffix == ".txt"], args.repeat),
        "growth": growth([f for f in files if f.suffix == ".md"], args.repeat),
        "Chinese news, stages": stages(news, args.repeat),
        "peak RSS (MB)": round(rss_mb(), 1),
    }
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return 0
    for name in ("corpus", "demo-day posts", "news articles"):
        row = report[name]
        print(
            f"{name:<16} {row['files']:>3} files {row['chars']:>9,} chars {row['facts']:>6,} facts "
            f"{row['chars/s']:>8,} chars/s  jieba {row['jieba chars/s']:>9,}  "
            f"÷ jieba {row['ratio']:.3f}"
        )
    print(
        f"goal ≥ {GOAL:.2f} of jieba's speed end to end: "
        f"{'met' if report['corpus']['ratio'] >= GOAL else 'missed'}"
    )
    print(
        "growth (demo-day posts concatenated): "
        + ", ".join(
            f"{r['share']:.0%} {r['chars']:,} chars {r['µs/char']} µs/char"
            for r in report["growth"]
        )
    )
    print(
        "Chinese news stages: "
        + ", ".join(
            f"{k} {v:.2f}" if isinstance(v, float) else f"{k} {v:,}"
            for k, v in report["Chinese news, stages"].items()
        )
    )
    print("loads: " + ", ".join(f"{k} {v:.2f}" for k, v in report["loads"].items()))
    print(f"peak RSS {report['peak RSS (MB)']} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
