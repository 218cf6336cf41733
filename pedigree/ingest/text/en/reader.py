"""English prose, end to end: layout, mentions, name-led blocks, then the relation readers
clause by clause, and the ties settled into facts."""

from __future__ import annotations

from pedigree.ingest.text.en.block_readers import (
    read_career_headings,
    read_contacts,
    read_listed_founders,
    read_roles,
)
from pedigree.ingest.text.en.blocks import find_blocks
from pedigree.ingest.text.en.careers import complete_jobs
from pedigree.ingest.text.en.context import Context
from pedigree.ingest.text.en.credentials import read_credentials
from pedigree.ingest.text.en.drafts import Draft, settle
from pedigree.ingest.text.en.entry_fields import (
    read_bullet_posts,
    read_field_lines,
    read_founded_fields,
)
from pedigree.ingest.text.en.events import read_events
from pedigree.ingest.text.en.founding import (
    read_founded_by,
    read_founding,
    read_their_startups,
)
from pedigree.ingest.text.en.hires import read_bracketed, read_hires, read_of_firm
from pedigree.ingest.text.en.investors import mark_investors
from pedigree.ingest.text.en.money import read_money
from pedigree.ingest.text.en.names import read_mentions
from pedigree.ingest.text.en.products import read_products
from pedigree.ingest.text.en.schools import read_education
from pedigree.ingest.text.en.stints import read_posts_where, read_stints
from pedigree.ingest.text.en.tables import read_tables
from pedigree.ingest.text.en.titles import read_titles
from pedigree.ingest.text.facts import Fact, Text
from pedigree.ingest.text.layout import read_layout

_CLAUSE_READERS = (
    read_founding,
    read_founded_by,
    read_their_startups,
    read_titles,
    read_hires,
    read_bracketed,
    read_stints,
    read_education,
    read_of_firm,
)


def read_english(text: Text) -> list[Fact]:
    layout = read_layout(text.folded, "en")
    tabled, rows = read_tables(text)
    layout.skipped += rows  # a founders table's rows are read by their columns, not as prose
    mentions, registry = read_mentions(text, layout)
    ctx = Context(text, layout, mentions, registry)
    ctx.blocks = find_blocks(ctx)
    investors = mark_investors(ctx)
    drafts: list[Draft] = [
        *read_roles(ctx),
        *read_contacts(ctx),
        *read_career_headings(ctx),
        *read_field_lines(ctx),
        *read_bullet_posts(ctx),
        *read_founded_fields(ctx),
    ]
    for clause in ctx.clauses:
        if ctx.layout.is_skipped(clause[0]):
            continue
        for reader in _CLAUSE_READERS:
            drafts += reader(ctx, clause)
    # after the clauses: resolving a pronoun here first would change how later ones resolve
    drafts += read_posts_where(ctx)
    drafts += read_listed_founders(ctx, drafts)
    complete_jobs(ctx, drafts)
    facts = settle(ctx, drafts) + tabled
    facts += read_money(ctx, investors) + read_products(ctx)
    return facts + read_credentials(ctx, facts) + read_events(ctx)
