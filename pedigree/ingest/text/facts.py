"""What extraction finds: facts, each a claim quoted from the text it was read in.

A fact's `span` is [start, end) in characters of the *original* text and `quote` is exactly that
substring, even though the analysis ran on a folded (Simplified, half-width) copy: folding never
moves an offset (`pedigree.ingest.text.normalise.fold`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from pedigree.ingest.text.normalise import fold

# Every kind, with the fields its facts carry (docs/extraction.md describes each one).
FACT_FIELDS: dict[str, tuple[str, ...]] = {
    "employment": ("person", "org", "title", "current", "team_size", "resources", "start", "end"),
    "founded": ("person", "org", "role", "date"),
    "education": ("person", "org", "degree", "field"),
    "credential": ("person", "type", "detail"),
    "valuation": ("org", "amount", "currency", "date", "approx"),
    "funding": ("org", "round", "amount", "currency", "investors", "date"),
    "investor": ("investor", "org"),
    "financial": ("org", "metric", "amount", "currency", "period_start", "period_end"),
    "product": ("org", "product", "launched"),
    "product_metric": ("product", "metric", "value", "date"),
    "event": ("org", "type", "date"),
    "sector": ("org", "sector"),
}
FACT_KINDS = tuple(FACT_FIELDS)


@dataclass(frozen=True)
class Fact:
    """One claim. Entity fields (person, org, product, investor) hold canonical names: Simplified
    Chinese for Chinese names, English as written; `aliases` maps a canonical name to the form
    the text used when they differ. Dates are ISO text at their precision (2024, 2024-03)."""

    kind: str
    fields: dict[str, Any]
    start: int
    end: int
    quote: str
    confidence: float
    aliases: dict[str, str] = field(default_factory=dict)

    def as_json(self, source: str | None = None) -> dict[str, Any]:
        record: dict[str, Any] = {"kind": self.kind}
        record.update({name: self.fields.get(name) for name in FACT_FIELDS[self.kind]})
        record.update(
            span=[self.start, self.end],
            quote=self.quote,
            confidence=round(self.confidence, 3),
            source=source,
        )
        if self.aliases:
            record["aliases"] = self.aliases
        return record


@dataclass
class Text:
    """A text under analysis: the original, its folded copy (same length) and, when known, the
    date it was published (relative dates such as 今年 resolve against it)."""

    original: str
    published: date | None = None
    folded: str = ""

    def __post_init__(self) -> None:
        if not self.folded:
            self.folded = fold(self.original)

    def fact(
        self,
        kind: str,
        span: tuple[int, int],
        confidence: float,
        aliases: dict[str, str] | None = None,
        **fields: Any,
    ) -> Fact:
        """A fact quoting `span` of this text; unknown field names are a programming error."""
        unknown = set(fields) - set(FACT_FIELDS[kind])
        if unknown:
            raise ValueError(f"{kind} facts have no field {sorted(unknown)}")
        start, end = span
        return Fact(
            kind, fields, start, end, self.original[start:end], confidence, dict(aliases or {})
        )
