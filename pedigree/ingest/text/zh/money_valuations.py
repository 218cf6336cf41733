"""Valuations in Chinese prose: 估值 or 投后估值 with an amount, for the company of the
sentence or of the round beside it."""

from __future__ import annotations

import re

from pedigree.ingest.text.facts import Fact
from pedigree.ingest.text.regex import matches_before
from pedigree.ingest.text.zh.context import Context
from pedigree.ingest.text.zh.lexicon import RUMOUR
from pedigree.ingest.text.zh.money_company import company_before
from pedigree.ingest.text.zh.money_rounds import Round, hedged_near

_VALUATION = re.compile(
    r"(?:投后|投前|整体)?估值(?:约|达|达到|为|在|超过|超|逾|近|约为|已达|突破|升至|接近|已超)?"
)
# Every _VALUATION match holds 估值, after at most a two-character word (投后, 投前, 整体).
_VALUATION_WORD = re.compile(r"估值")


def valuations(ctx: Context, rounds: list[Round]) -> list[Fact]:
    folded = ctx.text.folded
    found = []
    # _VALUATION.finditer(folded), tried only just before each 估值: the pattern opens with an
    # optional word, which finditer tried at every position of the text.
    for match in matches_before(_VALUATION, _VALUATION_WORD, folded, 0, 2):
        start, end = ctx.sentence_at(match.start())
        if not ctx.readable(match.start(), match.end()) or hedged_near(
            folded, start, match.start()
        ):
            continue
        # (within the sentence: 据悉 opening the next one hedges nothing here)
        window = folded[max(start, match.start() - 12) : min(end, match.end() + 10)]
        if re.search(
            r"或将|有望|传闻|据传|预计|可能|或达|目标|有投资人透露|据悉", window
        ) or RUMOUR.search(folded[start:end]):
            continue
        money = [
            a
            for a in ctx.amounts_in(match.start(), min(end, match.end() + 16))
            if a.currency and a.end > match.start() + 2
        ]
        if not money or money[0].start - match.end() > 6:
            # 拿到了约2亿美金的估值: the amount before the word
            money = [
                a
                for a in ctx.amounts_in(max(start, match.start() - 16), match.start())
                if a.currency and re.fullmatch(r"\s?的?\s?", folded[a.end : match.start()])
            ]
            if not money:
                continue
        same = [r for r in rounds if r.span[0] <= match.start() < r.span[1]]
        org = same[-1].org if same else company_before(ctx, start, match.start())
        if org is None:
            continue
        amount = money[0]
        aliases = {org.name: org.written} if org.written != org.name else {}
        found.append(
            ctx.text.fact(
                "valuation",
                (start, end),
                0.8,
                aliases,
                org=org.name,
                amount=amount.value,
                currency=amount.currency,
                date=same[-1].date if same else None,
                approx=amount.qualifier,
            )
        )
    return found
