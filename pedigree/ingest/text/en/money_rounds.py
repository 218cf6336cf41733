"""English funding rounds: the round words, rounds told without a sum, and their investors."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pedigree.ingest.text.amounts import Amount
from pedigree.ingest.text.en.context import Context
from pedigree.ingest.text.en.investors import JOINER, LEADS_OUT, investees
from pedigree.ingest.text.en.money_company import company, started_here
from pedigree.ingest.text.en.money_dates import period_in
from pedigree.ingest.text.en.money_hedges import hedged
from pedigree.ingest.text.entities import Entity, Mention
from pedigree.ingest.text.periods import iso_date

_ROUND = re.compile(
    r"\b(?P<round>pre-series [a-f]\+?|series [a-f]\+?\d?|pre-[a-f]\+?|pre-seed|seed|angel"
    r"|strategic|pre-ipo|bridge)(?=[\s,.;:)]|$)(?!\s+(?:investors?|funds?|stage|partners?)\b)"
    r"(?:\s+(?:funding|financing|investment))?(?:\s+round)?"
)
_HAPPENED = re.compile(
    r"\b(?:rais(?:ed|es)|secured|secures|closed|closes|completed|completes|landed|backed|led"
    r"|invested"
    r"|co-led|announced|announces|got|received|took)\b"
)
CUMULATIVE = re.compile(
    r"\b(?:total(?:\s+funding|\s+raised|\s+investment)?(?:\s+(?:of|to|at))?|bringing\b[^.;]{0,50}"
    r"\bto|in all)\s+(?:about\s+|around\s+|more than\s+|over\s+|nearly\s+)?$"
)


@dataclass
class Round:
    org: Entity
    org_mention: Mention | None
    at: int
    round: str | None
    amount: Amount | None
    date: str | None
    investors: list[Mention] = field(default_factory=list)


def round_name(ctx: Context, amount: Amount, start: int, end: int) -> str | None:
    """The round word nearest the amount: after it in its segment, else before it."""
    after = _ROUND.search(ctx.lower(amount.end, end))
    if after and after.start() < 40:
        return _normalise_round(after.group("round"))
    before = list(_ROUND.finditer(ctx.lower(start, amount.start)))
    return _normalise_round(before[-1].group("round")) if before else (
        _normalise_round(after.group("round")) if after else None
    )


def _normalise_round(word: str) -> str:
    if word.startswith("series"):
        return "Series " + word.split()[1].upper()
    if word.startswith("pre-") and len(word) <= 6:
        return "Pre-" + word[4:].upper()
    return word.replace("pre-ipo", "Pre-IPO")


_RAISED_A = re.compile(
    r"\b(?:rais(?:ed|es)|closed|closes|secured|secures|completed|completes|landed)\s+(?:an?|its"
    r"|their)\s+$"
)


def bare_round(ctx: Context, start: int, end: int, rounds: list[Round]) -> None:
    """A round stated without an amount ("ZhenFund backed the company's angel round")."""
    lower = ctx.lower(start, end)
    if any(a.currency for a in ctx.amounts_in(start, end)):
        return
    for match in _ROUND.finditer(lower):
        head = lower[: match.start()]
        if not _HAPPENED.search(lower) or hedged(ctx, start, start + match.start()):
            continue
        owned = re.search(r"(?:'s|’s|\bour|\bits|\btheir)\s+$", head)  # "Our Series A was led by"
        # ("received angel funding from X", "raised an undisclosed pre-seed from X")
        from_backer = re.match(r"\s+from\s+", lower[match.end():])
        stated = re.search(r"\b(?:round|funding|financing|investment)\b", match.group())
        # "The company raised a Series A led by IDG Capital": the verb's object, a round
        raised = match.group("round").startswith(("series", "pre-")) and _RAISED_A.search(head)
        if not (stated or owned or raised or from_backer and match.group("round") != "strategic"):
            continue
        org, mention = company(ctx, start, start + match.start())
        if org is not None:
            rounds.append(Round(org, mention, start + match.start(),
                                _normalise_round(match.group("round")), None,
                                iso_date(period_in(ctx, start, end))))
        return


def attach(ctx: Context, investors: list[Mention], rounds: list[Round],
            named: list[tuple[Mention, Mention]]) -> list[Mention]:
    """Each investing mention to its round: in its clause, on the side its wording points to;
    else, when its sentence states no money of its own, the last round read before it. One
    that names its investees ("Northgate backed Acme") goes to their rounds in its sentence,
    else into `named` with each. Returns the investors that belong to no round read."""
    loose = []
    for investor in investors:
        companies = investees(ctx, investor)
        if companies and investor.entity is not None:  # "Northgate backed Acme and Bolt"
            for m in companies:
                own = [r for r in rounds if r.org is m.entity
                       and ctx.sentence_at(r.at) == ctx.sentence_at(investor.start)]
                if own:
                    own[0].investors.append(investor)
                else:
                    named.append((investor, m))
            continue
        clause = ctx.clause_at(investor.start)
        sentence = ctx.sentence_at(investor.start)
        here = [r for r in rounds if sentence[0] <= r.at < sentence[1]]
        before = [r for r in rounds if r.at < investor.start]
        after = [r for r in here if r.at > investor.start]
        led_out = LEADS_OUT.match(ctx.lower(investor.end, clause[1])) is not None or re.match(
            JOINER, ctx.lower(investor.end, clause[1])
        )
        if after and led_out:
            target = after[0]
        elif [r for r in here if r.at < investor.start]:
            target = [r for r in here if r.at < investor.start][-1]
        elif after:
            target = after[0]
        elif (
            before
            and not _states_money(ctx, sentence)
            and started_here(ctx, investor)[0] is None  # (the company started here, read loose)
            and _subject_with_rounds(ctx, clause[0], investor.start, before)
        ):
            target = _told_before(ctx, sentence, before) or before[-1]
        else:
            if not _states_money(ctx, sentence):
                loose.append(investor)
            continue
        if investor.entity is not target.org and investor not in target.investors:
            target.investors.append(investor)
    return loose


def _subject_with_rounds(ctx: Context, start: int, position: int, before: list[Round]) -> bool:
    """Whether the clause's own company, if it names one before the investor, is one whose
    round was read before ("Kelpmark is backed by Y Combinator" is not about Saltline's seed
    round, told two paragraphs up)."""
    for m in ctx.mentions.within(start, position, "org"):
        entity = ctx.entity(m)
        if re.match(r"['’]s\b", ctx.text.folded[m.end : m.end + 2]):
            continue  # "NVentures, Nvidia's venture arm, …": an owner, not the subject
        if entity is not None and ctx.companylike(entity) and ctx.aside_at(m.start) is None:
            return any(r.org is entity for r in before)
    return True


def _states_money(ctx: Context, sentence: tuple[int, int]) -> bool:
    """A sentence with a sum of money or a round of its own (read or not): not "the Series
    B" alone, which refers back to a round already told."""
    for amount in ctx.amounts_in(*sentence):
        before = ctx.lower(max(sentence[0], amount.start - 70), amount.start)
        if amount.currency and not CUMULATIVE.search(before):
            return True
    lower = ctx.lower(*sentence)
    return any(not _THE_BEFORE.search(lower, 0, m.start()) for m in _ROUND.finditer(lower))


_THE_BEFORE = re.compile(r"\b(?:the|that|this)\s+$")


def _told_before(ctx: Context, sentence: tuple[int, int], rounds: list[Round]) -> Round | None:
    """ "Openspace Ventures also participated in the Series B": the round of that name told
    before, the latest."""
    named = {_normalise_round(m.group("round")) for m in _ROUND.finditer(ctx.lower(*sentence))}
    return next((r for r in reversed(rounds) if r.round in named), None)
