"""Reading cost per character from 10 kB to 20 MB: `pedigree extract` must take time in
proportion to a file's length (issue 15: a 20 MB file within ±30% of twenty 1 MB files).

    python bench/long_text.py [--sizes 10k,100k,1M,20M] [--json]

Texts are built from the labelled news articles and the demo-day posts ($PEDIGREE_CORPUS,
$PEDIGREE_DATA; default ../shared), their paragraphs shuffled with a fixed seed and repeated to
each size in UTF-8 bytes, in two shapes: `prose` as written, and `flat` with every line break
removed (the shape that was quadratic). Each size runs in a process of its own, so its peak
memory is its own; the time is CPU time of `api.extract` on the file (decoding included), after
a warm-up that loads the dictionaries and the NER model. The files are written to a temporary
folder and removed.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TOLERANCE = 0.30  # the largest size's cost per character within ±30% of the 1 MB size's
UNITS = {"k": 1_000, "M": 1_000_000}


def parse_size(text: str) -> int:
    unit = UNITS.get(text[-1], 1)
    return int(float(text[:-1] if text[-1] in UNITS else text) * unit)


def paragraphs() -> list[str] | str:
    """Every paragraph of the corpus, or a sentence saying what is missing."""
    data = Path(os.environ.get("PEDIGREE_DATA") or Path.cwd().parent / "shared" / "data")
    corpus = Path(os.environ.get("PEDIGREE_CORPUS") or Path.cwd().parent / "shared" / "corpus")
    files = sorted((corpus / "news").glob("*.txt")) + sorted(
        (data / "miracleplus" / "raw").glob("*.md")
    )
    if not files:
        return f"no articles at {corpus / 'news'} nor posts at {data}; set PEDIGREE_CORPUS"
    found = []
    for path in files:
        found += [p for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    return found


def build(parts: list[str], size: int, shape: str, seed: int = 15) -> str:
    """`size` bytes of UTF-8 text: the paragraphs shuffled, again and again."""
    rng = random.Random(seed)
    chunks, length = [], 0
    while length < size:
        order = parts[:]
        rng.shuffle(order)
        for paragraph in order:
            if shape == "flat":
                paragraph = paragraph.replace("\n", "")
            chunk = paragraph + ("" if shape == "flat" else "\n\n")
            chunks.append(chunk)
            length += len(chunk.encode("utf-8"))
            if length >= size:
                break
    text = "".join(chunks).encode("utf-8")[:size].decode("utf-8", errors="ignore")
    return text


def measure(path: Path) -> dict:
    """Run in a child process: the cost of extracting one file."""
    from pedigree import api

    warm_up = path.with_name("warm-up.txt")  # dictionaries, NER model, first calls
    warm_up.write_text("骆明远于2019年创办了星河智能。Ada Lee founded Acme in 2020.")
    api.extract([warm_up])
    began, wall = time.process_time(), time.perf_counter()
    (read,) = api.extract([path])
    seconds = time.process_time() - began
    characters = len(read.document.text)
    return {
        "characters": characters,
        "facts": len(read.facts),
        "cpu_s": round(seconds, 2),
        "wall_s": round(time.perf_counter() - wall, 2),
        "us_per_char": round(seconds / characters * 1e6, 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10k,100k,1M,20M")
    parser.add_argument("--shapes", default="prose,flat")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(Path(args.child))))
        return 0
    parts = paragraphs()
    if isinstance(parts, str):
        print(f"skipped: {parts}")
        return 0
    sizes = [parse_size(s) for s in args.sizes.split(",")]
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for shape in args.shapes.split(","):
            for size in sizes:
                path = Path(folder) / f"{shape}-{size}.txt"
                path.write_text(build(parts, size, shape), encoding="utf-8")
                child = subprocess.run(
                    [sys.executable, __file__, "--child", str(path)],
                    capture_output=True,
                    text=True,
                )
                if child.returncode:
                    print(f"{shape} {size:,} B failed: {child.stderr.strip()[-500:]}")
                    return 1
                row = {"shape": shape, "bytes": size, **json.loads(child.stdout.splitlines()[-1])}
                rows.append(row)
                path.unlink()
                if not args.json:
                    print(
                        f"{shape:6} {size:>11,} B {row['characters']:>10,} chars "
                        f"{row['cpu_s']:>8.2f} s CPU {row['us_per_char']:>7.2f} µs/char "
                        f"{row['facts']:>7,} facts  peak {row['peak_rss_mb']:,} MB",
                        flush=True,
                    )
    verdicts = {}
    for shape in args.shapes.split(","):
        mine = {r["bytes"]: r for r in rows if r["shape"] == shape}
        if 1_000_000 in mine and max(mine) > 1_000_000:
            ratio = mine[max(mine)]["us_per_char"] / mine[1_000_000]["us_per_char"]
            ok = abs(ratio - 1) <= TOLERANCE
            verdicts[shape] = {"largest_over_1MB": round(ratio, 2), "ok": ok}
    if args.json:
        print(json.dumps({"rows": rows, "verdicts": verdicts}, indent=2))
    else:
        for shape, verdict in verdicts.items():
            print(
                f"{shape}: cost per character at the largest size is "
                f"{verdict['largest_over_1MB']}× that at 1 MB "
                f"({'within' if verdict['ok'] else 'outside'} ±{TOLERANCE:.0%})"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
