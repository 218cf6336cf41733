"""Text table files (CSV, TSV, JSON Lines) as a person sees them: in their own encoding, with the
line numbers an editor shows, and with the reason a file cannot be read.

DuckDB reads the files (fast, and rows never pass through Python); this module does what DuckDB
cannot say well. A file that is not UTF-8 is decoded once (`pedigree.ingest.encodings`) into a
UTF-8 copy. When DuckDB fails to read a CSV, Python's csv module reads it again only to find the
line and the cause (an unterminated quote, a row with more fields than the header, a row over the
size limit), or a JSON Lines file to find the lines that are not JSON objects. And since DuckDB
numbers records, not lines, a record's line (quoted line breaks and blank lines shift them) is
looked up only for the rows an error message names.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable
from pathlib import Path

from pedigree.errors import PedigreeError, clip
from pedigree.ingest import encodings

# The longest row DuckDB reads (its max_line_size, which we set): longer rows are refused.
MAX_ROW_BYTES = 2 * 1024 * 1024
COMPRESSED = (".gz", ".zst")
_SNIFF_BYTES = 1 << 16


def readable_copy(path: Path, scratch: Path) -> tuple[Path, str]:
    """A file DuckDB can read as UTF-8 (`path` itself when it is UTF-8) and the file's encoding."""
    if path.suffix.lower() in COMPRESSED:
        return path, "utf-8"
    with path.open("rb") as handle:
        start = handle.read(_SNIFF_BYTES)
    if encodings.is_utf8_start(start):
        return path, "utf-8"
    decoded = encodings.decode(path.read_bytes())
    if decoded is None:
        raise PedigreeError(
            f"{path}: not a text file in a known encoding ({encodings.NAMES}); save it as UTF-8"
        )
    text, encoding = decoded
    copy = scratch / f"{len(list(scratch.iterdir()))}-{path.name}"
    copy.write_text(text, encoding="utf-8", newline="")
    return copy, encoding


def utf8_problem(path: Path) -> PedigreeError:
    """The error for a file that starts as UTF-8 but holds other bytes further on."""
    raw = path.read_bytes()
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        return PedigreeError(
            f"{path}:{line}: bytes that are not UTF-8 (0x{raw[error.start]:02x}), in a file that "
            "is UTF-8 before them; the file mixes encodings — save it as UTF-8"
        )
    return PedigreeError(f"{path}: not UTF-8; save it as UTF-8")


def _reader(handle, delimiter: str):
    csv.field_size_limit(min(MAX_ROW_BYTES, sys.maxsize))
    return csv.reader(handle, delimiter=delimiter, quotechar='"', doublequote=True, strict=True)


def diagnose(path: Path, label: Path, delimiter: str, limit: int) -> tuple[list[str], int]:
    """Why a CSV cannot be read, as `label:LINE: what` lines (at most `limit`) and their total.
    Reading stops at the first quoting error, after which no line number can be trusted."""
    problems: list[str] = []
    total = 0
    with path.open(encoding="utf-8", newline="") as handle:
        rows = _reader(handle, delimiter)
        width = None
        while True:
            line = rows.line_num + 1
            try:
                row = next(rows)
            except StopIteration:
                break
            except csv.Error as error:
                total += 1
                problems.append(f"{label}:{line}: {_quoting(str(error))}")
                break
            if not row:
                continue  # a blank line; DuckDB skips it too
            if width is None:
                width = len(row)
                continue
            if len(row) != width:
                total += 1
                if len(problems) < limit:
                    shown = clip(delimiter.join(row), 60)
                    problems.append(
                        f"{label}:{line}: {len(row)} fields where the header has {width}: {shown}"
                    )
    return problems, total


def diagnose_json_lines(path: Path, label: Path, limit: int) -> tuple[list[str], int]:
    """Why a JSON Lines file cannot be read: `label:LINE: what` for each line that is not one
    JSON object (at most `limit`), and their total."""
    problems: list[str] = []
    total = 0
    with path.open(encoding="utf-8") as handle:
        for line, text in enumerate(handle, 1):
            if not text.strip():
                continue
            try:
                value = json.loads(text.rstrip("\r\n"))
            except json.JSONDecodeError as error:
                reason = f"not valid JSON ({error.msg} at column {error.colno})"
            else:
                if isinstance(value, dict):
                    continue
                reason = f"a JSON {type(value).__name__}, not an object"
            total += 1
            if len(problems) < limit:
                problems.append(f"{label}:{line}: {reason}: {clip(text.strip(), 60)}")
    return problems, total


def _quoting(message: str) -> str:
    if "unexpected end of data" in message or "EOF" in message:
        return (
            'a quote (") opened on this line is never closed; a quote inside a quoted field '
            'is written twice ("")'
        )
    if "field larger than field limit" in message:
        return f"a row longer than {MAX_ROW_BYTES // (1024 * 1024)} MiB, the limit for one row"
    return f'malformed quoting ({message}); a quote inside a field is written ""'


def repeated_columns(path: Path, delimiter: str) -> list[str]:
    """Column names the header of a CSV gives more than once (DuckDB would rename them)."""
    with path.open(encoding="utf-8", newline="") as handle:
        try:
            names = next(_reader(handle, delimiter), [])
        except csv.Error:
            return []
    seen: set[str] = set()
    repeated = []
    for name in (n.strip().lower().lstrip("\ufeff") for n in names):
        if name in seen and name not in repeated:
            repeated.append(name)
        seen.add(name)
    return repeated


def record_lines(path: Path, delimiter: str, records: Iterable[int]) -> dict[int, int]:
    """Record number (1 = the first row after the header) → the line it starts on."""
    wanted = set(records)
    if not wanted:
        return {}
    last = max(wanted)
    found: dict[int, int] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        rows = _reader(handle, delimiter)
        record = -1  # the header is record 0
        while record < last:
            line = rows.line_num + 1
            try:
                row = next(rows)
            except (StopIteration, csv.Error):
                break
            if not row:
                continue
            record += 1
            if record in wanted:
                found[record] = line
    return found
