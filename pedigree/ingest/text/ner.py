"""Named entities in Chinese text: a character CRF (python-crfsuite) for people, organisations,
titles and the rest of the Resume NER label set, with jieba word boundaries as features.

The model is trained by our own command (`pedigree train-ner`, `make model`) from Resume NER and
CLUENER, which are read from the data folder and never copied into the project; the trained model
ships inside the package (`pedigree/data/ner.crfsuite`).
"""

from __future__ import annotations

import json
import os
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files
from pathlib import Path

import pycrfsuite

from pedigree.errors import PedigreeError
from pedigree.ingest.text.gazetteer import organization_marks
from pedigree.ingest.text.normalise import fold
from pedigree.ingest.text.segmenter import segment

MODEL_NAME = "ner.crfsuite"
# CLUENER's types in the Resume NER vocabulary; the others (book, game, movie, scene) are dropped.
CLUENER_LABELS = {
    "name": "NAME",
    "company": "ORG",
    "organization": "ORG",
    "government": "ORG",
    "position": "TITLE",
    "address": "LOC",
}


@dataclass
class Sentence:
    text: str
    tags: list[str]  # one BMES tag per character: B-ORG, M-ORG, E-ORG, S-NAME, O


def data_folder(folder: Path | None = None) -> Path:
    """Where training and evaluation data live: `folder`, else $PEDIGREE_DATA, else
    ../shared/data (seen from the working directory); it must hold ner/."""
    folder = Path(
        folder or os.environ.get("PEDIGREE_DATA") or Path.cwd().parent / "shared" / "data"
    )
    if not (folder / "ner").is_dir():
        raise PedigreeError(
            f"no NER data at {folder / 'ner'}; set PEDIGREE_DATA to the folder holding ner/"
        )
    return folder


def read_resume(path: Path) -> list[Sentence]:
    """Resume NER: one `character TAG` per line, a blank line between sentences."""
    sentences, chars, tags = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if chars:
                sentences.append(Sentence("".join(chars), tags))
            chars, tags = [], []
            continue
        char, tag = line.rsplit(" ", 1) if " " in line.strip() else (line, "O")
        chars.append(char[:1] or " ")
        tags.append(tag.replace("I-", "M-"))
    if chars:
        sentences.append(Sentence("".join(chars), tags))
    return sentences


def _json_objects(text: str) -> Iterator[dict]:
    """JSON objects written one after another (not necessarily one per line)."""
    decoder, position = json.JSONDecoder(), 0
    while True:
        while position < len(text) and text[position].isspace():
            position += 1
        if position >= len(text):
            return
        item, position = decoder.raw_decode(text, position)
        yield item


def read_cluener(path: Path) -> list[Sentence]:
    """CLUENER: {"text", "label": {type: {mention: [[start, end], …]}}}, ends inclusive."""
    sentences = []
    for item in _json_objects(path.read_text(encoding="utf-8")):
        text = item["text"]
        tags = ["O"] * len(text)
        for kind, mentions in (item.get("label") or {}).items():
            label = CLUENER_LABELS.get(kind)
            for spans in mentions.values():
                for start, end in spans:
                    if label is None or end >= len(text):
                        continue
                    tags[start : end + 1] = bmes(label, end + 1 - start)
        sentences.append(Sentence(text, tags))
    return sentences


def bmes(label: str, length: int) -> list[str]:
    if length == 1:
        return [f"S-{label}"]
    return [f"B-{label}"] + [f"M-{label}"] * (length - 2) + [f"E-{label}"]


@lru_cache(maxsize=1 << 14)  # once per distinct character, not once per character read
def _char_class(char: str) -> str:
    if len(char) != 1:
        return "pad"  # sentence boundary marker
    if char.isdigit():
        return "digit"
    if "a" <= char.lower() <= "z":
        return "latin"
    category = unicodedata.category(char)
    if category.startswith("L"):
        return "han" if "\u4e00" <= char <= "\u9fff" else "letter"
    return "punct" if category.startswith("P") else "other"


def features(
    text: str, *, folded: bool = False, words: Sequence[str] | None = None
) -> list[list[str]]:
    """Per character: the characters around it, their classes, its place in jieba's word, and
    whether it is inside a known organisation name. `folded`: the text is folded already;
    `words`: what jieba.lcut(text) gives, when the caller has it already."""
    # The model sees Simplified, half-width text; the fold keeps every offset where it was.
    text = text if folded else fold(text)
    position = [""] * len(text)
    length = [0] * len(text)
    offset = 0
    for word in segment(text) if words is None else words:  # (segment: jieba.lcut's words)
        for i in range(len(word)):
            if offset + i >= len(text):
                break
            if len(word) == 1:
                position[offset + i] = "S"
            else:
                position[offset + i] = "B" if i == 0 else "E" if i == len(word) - 1 else "M"
            length[offset + i] = min(len(word), 6)
        offset += len(word)

    known = organization_marks(text, folded=True)
    # Padded once, so the window around each character is plain indexing (this loop is the
    # hot path of extraction).
    chars = ["<s>", "<s>", *text, "</s>", "</s>"]
    classes = [_char_class(c) for c in chars]
    rows = []
    for i in range(len(text)):
        j = i + 2
        c_2, c_1, c0, c1, c2 = chars[j - 2 : j + 3]
        rows.append(
            [
                "bias",
                f"c0={c0}",
                f"c-1={c_1}",
                f"c1={c1}",
                f"c-2={c_2}",
                f"c2={c2}",
                f"c-1c0={c_1}{c0}",
                f"c0c1={c0}{c1}",
                f"c-2c-1={c_2}{c_1}",
                f"c1c2={c1}{c2}",
                f"c-1c1={c_1}{c1}",
                f"t0={classes[j]}",
                f"t-1t0t1={classes[j - 1]}{classes[j]}{classes[j + 1]}",
                f"w={position[i]}{length[i]}",
                f"w-1w0={position[i - 1] if i else '<s>'}{position[i]}",
                f"org={known[i]}",
            ]
        )
    return rows


def train(
    sentences: Iterable[Sentence], model_path: Path, *, iterations: int = 150, verbose=False
) -> Path:
    trainer = pycrfsuite.Trainer(verbose=verbose)
    for sentence in sentences:
        trainer.append(features(sentence.text), sentence.tags)
    trainer.set_params(
        {"c1": 0.05, "c2": 0.01, "max_iterations": iterations, "feature.possible_transitions": True}
    )
    model_path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(model_path))
    return model_path


def bundled_model() -> Path:
    return Path(str(files("pedigree.data").joinpath(MODEL_NAME)))


class Tagger:
    """A trained model; `entities(text)` gives (label, start, end) with end exclusive."""

    def __init__(self, model_path: Path | None = None):
        path = model_path or bundled_model()
        if not path.exists():
            raise PedigreeError(f"no NER model at {path}; build it with `make model`")
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(path))

    def tag(
        self, text: str, *, folded: bool = False, words: Sequence[str] | None = None
    ) -> list[str]:
        return self._tagger.tag(features(text, folded=folded, words=words)) if text else []

    def entities(
        self, text: str, *, folded: bool = False, words: Sequence[str] | None = None
    ) -> list[tuple[str, int, int]]:
        """`words`: jieba's words of `text`, when the caller has them (see `features`)."""
        found = []
        for label, start, end in spans(self.tag(text, folded=folded, words=words)):
            # (最高法”: a name never ends in a closing quote or bracket the tagger ran onto,
            # one it did not open: 罗氏（中国） keeps its own)
            while (
                end - start > 1
                and text[end - 1] in _CLOSERS
                and _CLOSERS[text[end - 1]] not in text[start : end - 1]
            ):
                end -= 1
            found.append((label, start, end))
        return found


_CLOSERS = dict(zip("”’」』》)）]】", "“‘「『《(（[【", strict=True))


@cache
def default_tagger() -> Tagger:
    return Tagger()


def spans(tags: list[str]) -> list[tuple[str, int, int]]:
    """Entities from BMES tags. A run left open (B or M without its E) ends where it breaks."""
    found, start, label = [], None, None
    for i, tag in enumerate(tags):
        prefix, _, kind = tag.partition("-")
        if start is not None and (prefix in ("B", "S", "O") or kind != label):
            found.append((label, start, i))
            start, label = None, None
        if prefix == "S":
            found.append((kind, i, i + 1))
        elif prefix in ("B", "M", "E") and start is None:
            start, label = i, kind
        if prefix == "E" and start is not None:
            found.append((label, start, i + 1))
            start, label = None, None
    if start is not None:
        found.append((label, start, len(tags)))
    return found


def evaluate(tagger: Tagger, sentences: list[Sentence], labels: set[str] | None = None) -> dict:
    """Entity-level precision, recall and F1, per label and micro-averaged over `labels`."""
    counts: dict[str, list[int]] = {}
    for sentence in sentences:
        gold = {e for e in spans(sentence.tags) if labels is None or e[0] in labels}
        guess = {e for e in tagger.entities(sentence.text) if labels is None or e[0] in labels}
        for label in {e[0] for e in gold | guess}:
            tally = counts.setdefault(label, [0, 0, 0])  # true positives, guessed, gold
            tally[0] += len({e for e in gold & guess if e[0] == label})
            tally[1] += len({e for e in guess if e[0] == label})
            tally[2] += len({e for e in gold if e[0] == label})
    report = {label: _scores(*tally) for label, tally in sorted(counts.items())}
    report["micro"] = _scores(*(sum(t[i] for t in counts.values()) for i in range(3)))
    return report


def _scores(correct: int, guessed: int, gold: int) -> dict:
    precision = correct / guessed if guessed else 0.0
    recall = correct / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "gold": gold}


NAME_CHARS = "name_chars.tsv"


def name_char_table(sentences: Iterable[Sentence], path: Path, *, least: int = 3) -> Path:
    """How often each character, where it occurs in the training text, is part of a given name
    (not the surname: the first character of a NAME entity, two for a compound surname). The
    reader uses it as evidence that an unseen string is a name (沐阳 reads as a given name, 商超
    does not). Only the ratios are written, never the text."""
    from collections import Counter

    from pedigree.ingest.text.zh.name_candidates import surnames

    _, compound = surnames()
    given: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for sentence in sentences:
        text = fold(sentence.text)
        total.update(ch for ch in text if "\u4e00" <= ch <= "\u9fff")
        for label, start, end in spans(sentence.tags):
            if label != "NAME" or end - start < 2:
                continue
            lead = 2 if text[start : start + 2] in compound else 1
            given.update(text[start + lead : end])
    rows = sorted(
        (ch, given[ch] / total[ch])
        for ch in given
        if total[ch] >= least and given[ch] / total[ch] >= 0.02
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        "# character\tshare of its occurrences in the NER training text that are in a given name\n"
        + "".join(f"{ch}\t{ratio:.3f}\n" for ch, ratio in rows),
        encoding="utf-8",
    )
    return path


def bundled_name_chars() -> Path:
    return Path(str(files("pedigree.data").joinpath(NAME_CHARS)))


def training_sentences(folder: Path) -> list[Sentence]:
    """Resume NER train plus CLUENER train, from the data folder."""
    ner = folder / "ner"
    return read_resume(ner / "resume" / "train.char.bmes") + read_cluener(
        ner / "cluener" / "train.json"
    )


def evaluate_on(folder: Path, tagger: Tagger) -> dict:
    """The issue's yardsticks: Resume NER test (all labels) and CLUENER dev (people,
    organisations — company, organization, government — and positions)."""
    ner = folder / "ner"
    return {
        "resume_test": evaluate(tagger, read_resume(ner / "resume" / "test.char.bmes")),
        "cluener_dev": evaluate(
            tagger, read_cluener(ner / "cluener" / "dev.json"), {"NAME", "ORG", "TITLE"}
        ),
    }
