"""Extraction speed against jieba segmentation on the same text: characters per second end to end
(read a file + extract), how cost grows with size, where the time goes, and peak memory.

    python bench/extraction.py [--json] [--repeat 2] [--no-tracemalloc]

The corpus is every 奇绩创坛 demo-day post ($PEDIGREE_DATA/miracleplus/raw/*.md, default
../shared/data) and every article in $PEDIGREE_CORPUS (default ../shared/corpus/*.txt). The goal
(issue) is extraction at ≥ 1/5 of jieba.lcut's speed. One-time loads (jieba's dictionary, the NER
model, the readers' first call) are timed apart, before anything else.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

GOAL = 1 / 5  # extraction speed as a share of jieba's
FRACTIONS = (0.25, 0.5, 1.0)


def corpus_files() -> list[Path] | str:
    """The corpus, or a sentence saying which half of it is missing."""
    data = Path(os.environ.get("PEDIGREE_DATA") or Path.cwd().parent / "shared" / "data")
    corpus = Path(os.environ.get("PEDIGREE_CORPUS") or Path.cwd().parent / "shared" / "corpus")
    posts = sorted((data / "miracleplus" / "raw").glob("*.md"))
    articles = sorted(corpus.glob("*.txt"))
    if not posts:
        return f"no demo-day posts at {data / 'miracleplus' / 'raw'}; set PEDIGREE_DATA"
    if not articles:
        return f"no articles (*.txt) at {corpus}; set PEDIGREE_CORPUS"
    return posts + articles


def best(run: Callable[[], object], repeat: int) -> float:
    """Fastest of `repeat` runs, in seconds: the least disturbed by a noisy machine."""
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        run()
        times.append(time.perf_counter() - began)
    return min(times)


def once(run: Callable[[], object]) -> float:
    return best(run, 1)


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
    loads["jieba dictionary (s)"] = once(jieba.initialize)
    loads["NER model (s)"] = once(default_tagger)
    # The first extraction imports the readers and compiles their patterns.
    loads["first extraction (s)"] = once(lambda: read_file(sample))
    loads["RSS after load (MB)"] = rss_mb()
    return loads


def end_to_end(files: list[Path], repeat: int) -> list[dict]:
    """Per file: read + extract, against jieba.lcut on the text that was read."""
    import jieba

    from pedigree.ingest.articles import read_file
    from pedigree.ingest.text.bios import is_bio_list
    from pedigree.ingest.text.facts import Text

    rows = []
    for path in files:
        read = read_file(path)
        text = read.document.text
        rows.append(
            {
                "file": path.name,
                "chars": len(text),
                "reader": "bios" if is_bio_list(Text(text)) else "prose",
                "facts": len(read.facts),
                "extract (s)": best(lambda p=path: read_file(p), repeat),
                "jieba (s)": best(lambda t=text: jieba.lcut(t), repeat),
            }
        )
    return rows


def growth(whole: str, repeat: int) -> list[dict]:
    """The concatenated corpus cut (at a line end) to 1/4, 1/2 and all of it. extract() picks
    the bio reader for it; the prose reader and find_mentions (NER + name rules) are timed on
    the same text so that the NER path's growth shows too."""
    import jieba

    from pedigree.ingest.text.extract import extract
    from pedigree.ingest.text.facts import Text
    from pedigree.ingest.text.mentions import find_mentions

    rows = []
    for fraction in FRACTIONS:
        cut = whole.rfind("\n", 0, int(len(whole) * fraction)) if fraction < 1 else len(whole)
        text = whole[:cut]
        rows.append(
            {
                "fraction": fraction,
                "chars": len(text),
                "extract (s)": best(lambda t=text: extract(t), repeat),
                "prose reader (s)": best(lambda t=text: _prose(Text(t)), repeat),
                "find_mentions (s)": best(lambda t=text: find_mentions(Text(t)), repeat),
                "jieba (s)": best(lambda t=text: jieba.lcut(t), repeat),
            }
        )
    return rows


def _prose(text) -> list:
    from pedigree.ingest.text.news_business import extract_business
    from pedigree.ingest.text.news_people import extract_people
    from pedigree.ingest.text.prose import Prose

    prose = Prose.read(text)
    return [*extract_people(prose), *extract_business(prose)]


def breakdown(texts: list[str], repeat: int) -> dict[str, float]:
    """Where the prose reader's time goes, on the texts extract() reads as prose: the CRF
    (features, of which jieba, then tagging), the rest of find_mentions, the fact rules."""
    import jieba

    from pedigree.ingest.text.extract import extract
    from pedigree.ingest.text.facts import Text
    from pedigree.ingest.text.mentions import find_mentions
    from pedigree.ingest.text.ner import default_tagger, features

    # find_mentions tags the folded text one non-blank line at a time; so do these.
    lines = [line for t in texts for line in Text(t).folded.split("\n") if line.strip()]
    tagger = default_tagger()
    total = best(lambda: [extract(t) for t in texts], repeat)
    mentions = best(lambda: [find_mentions(Text(t)) for t in texts], repeat)
    tagging = best(lambda: [tagger.tag(line) for line in lines], repeat)
    feats = best(lambda: [features(line) for line in lines], repeat)
    segment = best(lambda: [jieba.lcut(line, HMM=True) for line in lines], repeat)
    return {
        "chars": sum(len(t) for t in texts),
        "extract (s)": total,
        "jieba inside NER features (s)": segment,
        "other NER features (s)": feats - segment,
        "CRF tagging (s)": tagging - feats,
        "name rules, gazetteer (s)": mentions - tagging,
        "fact rules (s)": total - mentions,
    }


def peak_python_mb(files: list[Path]) -> float:
    """Peak Python allocation while reading the whole corpus (tracemalloc slows the run)."""
    from pedigree.ingest.articles import read_file

    tracemalloc.start()
    for path in files:
        read_file(path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 2**20


def report(args: argparse.Namespace, files: list[Path]) -> dict:
    loads = load(files[-1])
    rows = end_to_end(files, args.repeat)
    chars = sum(r["chars"] for r in rows)
    extract_s = sum(r["extract (s)"] for r in rows)
    jieba_s = sum(r["jieba (s)"] for r in rows)
    from pedigree.ingest.text.documents import read_document

    texts = [read_document(path).text for path in files]
    whole = "\n\n".join(texts)
    prose = [t for t, r in zip(texts, rows, strict=True) if r["reader"] == "prose"]
    result = {
        "load": loads,
        "files": rows,
        "corpus": {
            "files": len(rows),
            "chars": chars,
            "facts": sum(r["facts"] for r in rows),
            "extract chars/s": chars / extract_s,
            "jieba chars/s": chars / jieba_s,
            "extract / jieba speed": jieba_s / extract_s,
            "goal": GOAL,
        },
        "growth": growth(whole, args.repeat),
        "by reader": by_reader(rows),
        "prose breakdown": breakdown(prose, args.repeat) if prose else None,
        "memory": {"peak RSS (MB)": rss_mb()},
    }
    if not args.no_tracemalloc:
        result["memory"]["peak Python allocation, read corpus (MB)"] = peak_python_mb(files)
    return result


def by_reader(rows: list[dict]) -> dict[str, dict[str, float]]:
    """Corpus speed per reader: the bio reader has no NER, the prose reader does."""
    readers: dict[str, dict[str, float]] = {}
    for reader in sorted({r["reader"] for r in rows}):
        mine = [r for r in rows if r["reader"] == reader]
        chars = sum(r["chars"] for r in mine)
        extract_s = sum(r["extract (s)"] for r in mine)
        jieba_s = sum(r["jieba (s)"] for r in mine)
        readers[reader] = {
            "chars": chars,
            "facts": sum(r["facts"] for r in mine),
            "extract chars/s": chars / extract_s,
            "extract / jieba speed": jieba_s / extract_s,
        }
    return readers


def print_report(result: dict) -> None:
    print("One-time loads")
    for name, value in result["load"].items():
        print(f"  {name:<26}{value:>10.3f}")
    print("\nEnd to end (read + extract), best of runs, against jieba.lcut on the same text")
    print(f"  {'file':<38}{'reader':<7}{'chars':>8}{'facts':>7}{'chars/s':>10}{'× jieba':>9}")
    for r in result["files"]:
        speed = r["chars"] / r["extract (s)"]
        share = r["jieba (s)"] / r["extract (s)"]
        print(
            f"  {r['file']:<38}{r['reader']:<7}{r['chars']:>8,}{r['facts']:>7}"
            f"{speed:>10,.0f}{share:>9.3f}"
        )
    c = result["corpus"]
    verdict = "met" if c["extract / jieba speed"] >= c["goal"] else "MISSED"
    print(
        f"  {'corpus':<45}{c['chars']:>8,}{c['facts']:>7}{c['extract chars/s']:>10,.0f}"
        f"{c['extract / jieba speed']:>9.3f}"
    )
    for reader, r in result["by reader"].items():
        print(
            f"  {'… read as ' + reader:<45}{r['chars']:>8,}{r['facts']:>7}"
            f"{r['extract chars/s']:>10,.0f}{r['extract / jieba speed']:>9.3f}"
        )
    print(
        f"  jieba {c['jieba chars/s']:,.0f} chars/s; goal ≥ {c['goal']:.2f} of jieba's speed: "
        f"{verdict}"
    )
    print("\nGrowth: concatenated corpus, best of runs, µs per character")
    print(f"  {'share':<7}{'chars':>9}{'extract':>10}{'prose':>10}{'mentions':>10}{'jieba':>8}")
    for r in result["growth"]:
        per = {k: r[k] / r["chars"] * 1e6 for k in r if k.endswith("(s)")}
        print(
            f"  {r['fraction']:<7}{r['chars']:>9,}{per['extract (s)']:>10.2f}"
            f"{per['prose reader (s)']:>10.2f}{per['find_mentions (s)']:>10.2f}"
            f"{per['jieba (s)']:>8.2f}"
        )
    if result["prose breakdown"]:
        b = result["prose breakdown"]
        print(f"\nWhere the prose reader's time goes ({b['chars']:,} chars, best of runs)")
        for name, value in b.items():
            if name.endswith("(s)"):
                name = name if name == "extract (s)" else "  " + name
                print(f"  {name:<34}{value:>8.3f}{value / b['extract (s)']:>8.0%}")
    print("\nMemory")
    for name, value in result["memory"].items():
        print(f"  {name:<42}{value:>8.1f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--repeat", type=int, default=2, help="runs per timing; the best counts")
    parser.add_argument("--no-tracemalloc", action="store_true", help="skip the allocation peak")
    args = parser.parse_args()
    files = corpus_files()
    if isinstance(files, str):
        print(files, file=sys.stderr)
        return 2
    result = report(args, files)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        print_report(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
