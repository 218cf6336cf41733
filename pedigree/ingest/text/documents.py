"""Reading articles and bios: .txt, .md and .html in UTF-8, GB18030 or Big5, to the text that is
analysed. For HTML that text is the main text (trafilatura), not the page's menus and footers.

Analysis runs on a folded copy (`pedigree.ingest.text.normalise.fold`) of exactly the same length,
so every offset found in it is an offset in `Document.text`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import trafilatura

from pedigree.errors import PedigreeError
from pedigree.ingest import encodings
from pedigree.ingest.text.boundaries import document_spans

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
HTML_SUFFIXES = (".html", ".htm")
# Control characters (Unicode category Cc: U+0000-001F and U+007F-009F) other than tab and the
# line breaks; many of them mean a binary file. Counted in C: a loop per character cost 60 ms
# per million characters read.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


@dataclass
class Document:
    path: Path
    text: str
    encoding: str
    title: str | None = None
    published: date | None = None  # as the page's metadata states it
    part: tuple[int, int] | None = None  # (n, of): the n-th article of a file that holds several


def articles(document: Document) -> list[Document]:
    """The articles a text file holds (`pedigree.ingest.text.boundaries`), each a Document of
    its own text; the document itself when it holds one, and always for a web page."""
    if document.path.suffix.lower() not in TEXT_SUFFIXES:
        return [document]
    spans = document_spans(document.text)
    if len(spans) == 1:
        return [document]
    return [
        replace(document, text=document.text[start:end], part=(n, len(spans)))
        for n, (start, end) in enumerate(spans, 1)
    ]


def read_document(path: str | Path) -> Document:
    """The text of one file, decoded; a clear error for empty, binary or undecodable files."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES + HTML_SUFFIXES:
        kinds = ", ".join(TEXT_SUFFIXES + HTML_SUFFIXES)
        raise PedigreeError(f"{path}: unsupported file type (use one of {kinds})")
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise PedigreeError(f"{path}: cannot read: {error.strerror}") from None
    if not raw.strip():
        raise PedigreeError(f"{path}: the file is empty")
    text, encoding = _decode(path, raw)
    if suffix in TEXT_SUFFIXES:
        return Document(path, text, encoding)
    main = trafilatura.extract(text, include_comments=False, include_tables=True)
    if not main:
        raise PedigreeError(f"{path}: no main text found in the page")
    metadata = trafilatura.extract_metadata(text)
    published = None
    if metadata is not None and metadata.date:
        try:
            published = date.fromisoformat(metadata.date[:10])
        except ValueError:
            published = None
    title = metadata.title if metadata is not None else None
    return Document(path, main, encoding, title, published)


def _decode(path: Path, raw: bytes) -> tuple[str, str]:
    decoded = encodings.decode(raw)
    if decoded is None:
        raise PedigreeError(
            f"{path}: cannot decode as text (binary data, or not {encodings.NAMES})"
        )
    text, encoding = decoded
    controls = len(_CONTROL.findall(text))
    if controls > max(8, len(text) // 50):
        raise PedigreeError(f"{path}: looks like a binary file, not text")
    return text, encoding
