"""Chinese prose, end to end: layout, mentions, then the relation readers in text order."""

from __future__ import annotations

from pedigree.ingest.text.facts import Fact, Text
from pedigree.ingest.text.layout import read_layout
from pedigree.ingest.text.zh.context import Context
from pedigree.ingest.text.zh.mentions import read_mentions
from pedigree.ingest.text.zh.money import mark_investors, read_money
from pedigree.ingest.text.zh.products import read_products
from pedigree.ingest.text.zh.ties import read_ties, to_fact


def read_chinese(text: Text) -> list[Fact]:
    layout = read_layout(text.folded, "zh")
    mentions, registry = read_mentions(text, layout)
    ctx = Context(text, layout, mentions, registry)
    mark_investors(ctx)
    facts = [to_fact(ctx, d) for d in read_ties(ctx)]
    facts += read_money(ctx)
    facts += read_products(ctx)
    return [f for f in facts if f.fields.get("person") not in layout.bylined]
