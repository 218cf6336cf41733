"""Facts from English news text: sentence by sentence, names first (`english_names`), then the
rules about people (`english_people`) and about companies (`english_money`).

Bylines ("By Jane Doe", "Edited by …") are skipped whole: their names are the article's authors,
not people in the story.
"""

from __future__ import annotations

import re

from pedigree.ingest.text.english_money import money_facts
from pedigree.ingest.text.english_names import Context, read_sentence, split_sentences
from pedigree.ingest.text.english_people import people_facts
from pedigree.ingest.text.facts import Fact, Text

_BYLINE = re.compile(
    r"\(?(?:by|(?:additional )?(?:reporting|editing|edited|written|reported|compiled|translated"
    r"|photos?|illustrations?) by|author|editor|reporter)[:\s]\s*[A-Z]",
    re.IGNORECASE,
)
# Facts whose organisation is what the sentence is about (not employment: "a partner at X").
_ABOUT_ORG = ("founded", "funding", "valuation", "financial", "product", "event", "sector")


def extract_english(text: Text) -> list[Fact]:
    """Every fact the rules read in `text`, each quoting the sentence it was read from."""
    context = Context()
    facts: dict[tuple, Fact] = {}
    for start, end in split_sentences(text.folded):
        if _is_byline(text.original[start:end]):
            continue  # and its names are not remembered as people of the story
        sentence = read_sentence(text, start, end, context.people)
        found = people_facts(sentence, context) + money_facts(sentence, context)
        for fact in found:
            key = (fact.kind, fact.start, repr(sorted(fact.fields.items())))
            if key not in facts or facts[key].confidence < fact.confidence:
                facts[key] = fact
        about = [f.fields["org"] for f in found if f.kind in _ABOUT_ORG and f.fields.get("org")]
        context.follow(sentence, about)
    return sorted(facts.values(), key=lambda f: (f.start, f.kind))


def _is_byline(sentence: str) -> bool:
    """ "By Jane Doe", "Edited by John Roe", "(Reporting by …; Editing by …)": short, and opening
    with the credit; "By 2025, the company …" is a sentence."""
    return (
        bool(_BYLINE.match(sentence))
        and len(sentence) < 120
        and not re.match(r"by (?:the|then|now|contrast|comparison)\b", sentence, re.IGNORECASE)
    )
