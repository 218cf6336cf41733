"""The news reader against labelled articles: `pedigree extract --json` for every article a
gold file lists, scored by the team's scorer (`score_news.py`), per article and per fact kind.

    python bench/news.py [--gold DIR ...] [--errors] [--json] [--out DIR]

`--gold` names folders that hold articles and their `gold.json` (default: the shared labelled
set, $PEDIGREE_CORPUS/news, i.e. ../shared/corpus/news). The scorer is read from
$PEDIGREE_SCORER, else tools/score_news.py beside the corpus folder. Facts are extracted in
this process exactly as the CLI does (`api.extract`, the same JSON records), which is why the
whole set reads in seconds. Exits 2 when the data or the scorer is absent.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GOALS = {"f1": 0.80, "precision": 0.85, "lineage_f1": 0.85}


def corpus_folder() -> Path:
    return Path(os.environ.get("PEDIGREE_CORPUS") or Path.cwd().parent / "shared" / "corpus")


def scorer_path(gold_dirs: list[Path]) -> Path | None:
    named = os.environ.get("PEDIGREE_SCORER")
    candidates = [Path(named)] if named else []
    candidates += [corpus_folder().parent / "tools" / "score_news.py"]
    candidates += [d.parent.parent / "tools" / "score_news.py" for d in gold_dirs]
    return next((c for c in candidates if c.is_file()), None)


def predict(gold_dir: Path, out: Path) -> tuple[int, int, float]:
    """Write NAME.jsonl for every article of gold_dir/gold.json; (articles, characters, s)."""
    from pedigree import api

    gold = json.loads((gold_dir / "gold.json").read_text(encoding="utf-8"))
    names = [n for n, g in gold.items() if isinstance(g, dict) and "founded" in g]
    chars, began = 0, time.perf_counter()
    for name in names:
        try:
            # (a file the reader splits into articles gives one record each, all of its facts)
            parts = api.extract([gold_dir / name])
        except Exception as error:  # noqa: BLE001 — one article's failure must not hide the rest
            # scored as no facts, and said: a reader bug costs its article, not the whole set
            print(f"{gold_dir / name}: the reader failed: {type(error).__name__}: {error}",
                  file=sys.stderr)
            (out / f"{name}.jsonl").write_text("", encoding="utf-8")
            continue
        with open(out / f"{name}.jsonl", "w", encoding="utf-8") as sink:
            for read in parts:
                chars += len(read.document.text)
                for fact in read.facts:
                    record = {"file": str(read.document.path), **fact.as_json(read.source["id"])}
                    sink.write(json.dumps(record, ensure_ascii=False) + "\n")
    return len(names), chars, time.perf_counter() - began


def score(scorer: Path, gold_dir: Path, out: Path, errors: bool) -> tuple[str, dict]:
    command = [sys.executable, str(scorer), str(gold_dir / "gold.json"), str(out)]
    if errors:
        command.append("--errors")
    done = subprocess.run(
        command, capture_output=True, text=True, cwd=scorer.parent, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"the scorer failed on {gold_dir}: {done.stderr.strip()[-500:]}")
    lines = done.stdout.rstrip("\n").split("\n")
    return "\n".join(lines[:-1]), json.loads(lines[-1])


def summary_line(name: str, result: dict) -> str:
    return (
        f"{name}: P {result['precision']:.3f}  R {result['recall']:.3f}  "
        f"F1 {result['f1']:.3f}  founded+employment F1 {result['lineage_f1']:.3f}  "
        f"wrong founders {result['wrong_founders']}"
    )


def kinds_table(result: dict) -> str:
    rows = [f"  {'kind':<15}{'gold':>6}{'P':>8}{'R':>8}{'F1':>8}"]
    for kind, s in result["by_kind"].items():
        rows.append(f"  {kind:<15}{s['gold']:>6}{s['P']:>8.3f}{s['R']:>8.3f}{s['F1']:>8.3f}")
    return "\n".join(rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, action="append", help="folder with gold.json")
    parser.add_argument("--errors", action="store_true", help="list misses and extras")
    parser.add_argument("--json", action="store_true", help="print one JSON summary")
    parser.add_argument("--out", type=Path, help="keep the predictions here")
    args = parser.parse_args()
    gold_dirs = args.gold or [corpus_folder() / "news"]
    missing = [d for d in gold_dirs if not (d / "gold.json").is_file()]
    if missing:
        print(f"no gold.json in {missing[0]}; set PEDIGREE_CORPUS or pass --gold", file=sys.stderr)
        return 0 if not args.gold else 2  # the shared data absent is no failure of `make bench`
    scorer = scorer_path(gold_dirs)
    if scorer is None:
        print("score_news.py not found; set PEDIGREE_SCORER", file=sys.stderr)
        return 2
    report = {}
    for gold_dir in gold_dirs:
        with tempfile.TemporaryDirectory(prefix="news-") as scratch:
            # predictions are kept only where --out asks for them
            out = args.out / gold_dir.name if args.out else Path(scratch)
            out.mkdir(parents=True, exist_ok=True)
            articles, chars, seconds = predict(gold_dir, out)
            detail, result = score(scorer, gold_dir, out, args.errors)
        result.update(articles=articles, characters=chars, seconds=round(seconds, 2))
        report[str(gold_dir)] = result
        if not args.json:
            print(detail)
            print(summary_line(str(gold_dir), result))
            print(kinds_table(result))
            print(f"  {articles} articles, {chars:,} characters in {seconds:.1f} s")
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
