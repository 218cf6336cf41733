"""Funding rounds in Chinese prose: a round word with a verb that says it happened, its
company, amount, date and investors, unless the sentence hedges it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pedigree.ingest.text.amounts import Amount
from pedigree.ingest.text.entities import Entity, Mention
from pedigree.ingest.text.facts import Fact
from pedigree.ingest.text.periods import Period
from pedigree.ingest.text.zh.bio_headings import ROUND_ENTRY
from pedigree.ingest.text.zh.context import Context
from pedigree.ingest.text.zh.lexicon import HEDGE, PLAN, RUMOUR
from pedigree.ingest.text.zh.money_company import company_before
from pedigree.ingest.text.zh.money_investors import in_funding_column, investors_in

ROUND = re.compile(
    r"(?:Pre-?IPO|pre-?IPO|Pre-?[A-F]\+?|[A-F]\d?\+{0,2}|天使\+?|种子\+?|战略|首|新一|新)轮(?:融资|投资)?|"
    r"(?:天使投资|种子投资|战略融资|战略投资|首轮融资)(?!人|者|机构|方)"  # 天使投资人 is a person
)
_HAPPENED = re.compile(
    r"完成|获得|获|拿下|拿到|宣布|募集|募得|募足|筹集|敲定|落定|收获|迎来|获投|融资|投资|领投|跟投|给了|"
    r"注资|投了|投的|增资|交割"
)


# A roundup entry's field that reports its round: · 轮次及金额：天使轮，2000万元.
_ROUND_FIELD = re.compile(r"(?:轮次|融资轮次|轮次及金额|融资情况|融资进展|最新融资)\s?[：:]\s?$")
_VAGUE = re.compile(
    r"数千万|数百万|数亿|数十亿|上亿|近亿|几千万|几亿|千万级|亿级|未披露|未透露|不详"
)
_NOT_FUNDING_AMOUNT = re.compile(r"^\s?(?:的)?(?:估值|注册资本|营收|收入|营业收入|利润|亏损)")


@dataclass
class Round:
    org: Entity
    clause_start: int
    span: tuple[int, int]
    round: str | None
    amount: Amount | None
    date: str | None
    investors: list[tuple[Entity, Mention]] = field(default_factory=list)


def without_echoes(rounds: list[Round]) -> list[Round]:
    """A round named again without its amount or investors (紧随C轮融资完成后…) is the round
    already read, not another one."""
    full = {(r.org, r.round) for r in rounds if r.amount is not None or r.investors}
    return [
        r
        for r in rounds
        if r.amount is not None or r.investors or r.round is None or (r.org, r.round) not in full
    ]


def read_rounds(ctx: Context) -> list[Round]:
    folded = ctx.text.folded
    found: list[Round] = []
    for start, end in ctx.sentences:
        if not ctx.readable(start, end):
            continue
        sentence = folded[start:end]
        for match in ROUND.finditer(sentence):
            at = start + match.start()
            clause = ctx.clause_at(at)
            if clause is None or folded.rfind("【", start, at) > folded.rfind("】", start, at):
                continue  # 7.【战略投资】映光AR获…: a roundup's category label, not a round
            scope = folded[clause.start : clause.end]
            if hedged(sentence) or hedged_near(folded, start, at):
                continue
            if not (
                _HAPPENED.search(sentence)
                or "本轮" in sentence
                or in_funding_column(folded, at)
                or _ROUND_FIELD.search(folded, max(start, at - 12), at)
            ):
                continue
            if match.group().startswith(("新一", "新")) and not _HAPPENED.search(scope):
                continue
            org = company_before(ctx, start, at)
            if org is None:
                continue
            if match.group() == "战略投资" and any(r.span == (start, end) for r in found):
                # 完成3亿元B轮融资，由红杉中国领投，安踏体育战略投资: one of the round's investors
                # named with what it made, not a round of its own
                continue
            amount = _round_amount(ctx, clause.start, clause.end, at, match.end() + start)
            # (今年9月完成了A轮，6000万港元: the month's 9 is no money of the clause's own)
            clause_money = any(a.currency for a in ctx.amounts_in(clause.start, clause.end))
            if amount is None and not clause_money:
                amount = _round_amount(ctx, start, end, at, match.end() + start)
            period = _period(ctx, start, at)
            round_name = match.group()
            round_name = (
                None
                if round_name in ("首轮融资", "新一轮", "新轮")
                else re.sub(r"(?:融资|投资)$", "", round_name)
            )
            item = Round(org, clause.start, (start, end), round_name, amount, _date(ctx, period))
            if any(r.org is org and r.round == item.round and r.span == item.span for r in found):
                continue
            low, high = _part_with(sentence, match.start(), match.end())
            item.investors = investors_in(ctx, start + low, start + high, org)
            found.append(item)
    found += _unnamed_rounds(ctx, found)
    _entry_headings(ctx, found)
    every = _every_projects_round(ctx)
    # (the sentence that gives every project the round gives it no single company besides)
    shared = {e.span for e in every}
    found = [r for r in found if r.span not in shared] + every
    _later_investors(ctx, found)
    return found


def _entry_headings(ctx: Context, rounds: list[Round]) -> None:
    """◆ 瓷能新材｜A轮｜8000万元 over 本轮A轮由深创投领投, or over 【投资方】腾讯投资领投: a roundup
    entry's heading gives its round (and its amount, which the body leaves out); a round its body
    reads is the entry's company's (字节跳动战略投资 is who invested)."""
    folded = ctx.text.folded
    for start, end, org in ctx.sections:
        heading = ROUND_ENTRY.match(folded, start)
        if heading is None:
            continue
        inside = [r for r in rounds if start <= r.span[0] < end]
        for item in inside:
            if item.org is org or item.round != "战略":
                continue
            # 【投资方】字节跳动战略投资: the one named made the entry's strategic investment
            named_by = [
                m
                for m in ctx.mentions.within(item.span[0], item.span[1], "org")
                if m.entity is item.org
            ]
            if named_by:
                item.investors = [(item.org, named_by[0]), *item.investors]
                item.org = org
        named = ROUND.search(folded, heading.start("title"), heading.end())
        if named is None:
            continue
        round_name = re.sub(r"(?:融资|投资)$", "", named.group())
        money = [a for a in ctx.amounts_in(heading.start(), heading.end()) if a.currency]
        amount = money[0] if money else None
        if amount is not None and _VAGUE.search(folded, max(0, amount.start - 3), amount.end):
            amount = None  # (数千万元: no figure)
        own = [r for r in inside if r.org is org]
        for item in own:
            if item.round == "战略":
                item.round = round_name  # (the heading names the round the investment is)
            if item.amount is None and item.round == round_name:
                item.amount = amount
        if not own:
            span = (heading.start(), heading.end())
            item = Round(org, heading.start(), span, round_name, amount, None)
            item.investors = investors_in(ctx, heading.end(), end, org)
            rounds.append(item)


def _part_with(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The part of a sentence that speaks of one round where it lists several, split at
    semicolons (2021年5月，创新工场给了3000万元天使轮；2022年1月，北极光创投领投1.5亿元A轮);
    the whole sentence otherwise."""
    parts = [(m.start(), m.end()) for m in re.finditer(r"[^；;]+", sentence)]
    rounds = [m.start() for m in ROUND.finditer(sentence)]
    for low, high in parts:
        if low <= start < high:
            if all(low <= r < high for r in rounds):
                return 0, len(sentence)
            return low, high
    return 0, len(sentence)


_INVESTED_AMOUNT = re.compile(r"^\s?(?:的)?(?:投资|融资|注资|战略投资)")


def _unnamed_rounds(ctx: Context, named: list[Round]) -> list[Round]:
    """A round the text does not name: 获得深创投旗下天使基金的500万元投资."""
    folded = ctx.text.folded
    found = []
    for start, end in ctx.sentences:
        if not ctx.readable(start, end) or hedged(folded[start:end]):
            continue
        if any(r.span == (start, end) for r in named):
            continue
        for amount in ctx.amounts_in(start, end):
            if not amount.currency or not _INVESTED_AMOUNT.match(folded[amount.end :]):
                continue
            if not re.search(
                r"(?:获得?|拿到|完成|获投|收获)[^，。；,;]{0,24}$", folded[start : amount.start]
            ):
                continue
            org = company_before(ctx, start, amount.start)
            if org is None:
                continue
            item = Round(
                org,
                start,
                (start, end),
                None,
                amount,
                _date(ctx, _period(ctx, start, amount.start)),
            )
            item.investors = investors_in(ctx, start, end, org)
            found.append(item)
    return found


# 以上4个项目均已获得燎原加速营的种子轮投资: a round each project of a demo-day post took
# (每个毕业项目均已获得启岸加速器50万元的种子投资: and the amount each took)
_EVERY_PROJECT = re.compile(
    r"(?:以上|上述|本期|本场|这|其余|其他|另外)?(?:[\d一二三四五六七八九十两]+个|每个|每一个|所有|全部)"
    # (其余5个项目在今年6月入营时均已获得…: when, between the projects and the verb)
    r"(?:毕业|入营|参赛|路演|入选)?项目(?:[^，。；,;]{0,12}?)(?:均|都|全部)(?:已经?)?"
    r"(?:获得|拿到|完成)(?:了)?"
)
# 鲜渡…仅作展示，未获英诺天使基金投资: a project the post says took no money
_TOOK_NONE = re.compile(r"(?:未|没有|并未|尚未)(?:获得?|拿到)[^，。；,;]{0,16}?(?:投资|融资)")


def _every_projects_round(ctx: Context) -> list[Round]:
    """The same round for every project a demo-day post presents, where a sentence says each
    of them took it."""
    folded = ctx.text.folded
    projects = list(dict.fromkeys(entity for _, _, entity in ctx.sections))
    found: list[Round] = []
    if not projects:
        return found
    funded: list[Entity] | None = None  # found once, where a sentence speaks of every project
    for start, end in ctx.sentences:
        sentence = folded[start:end]
        every = _EVERY_PROJECT.search(sentence)
        named = ROUND.search(sentence, every.end()) if every else None
        if named is None or hedged(sentence) or not ctx.readable(start, end):
            continue
        round_name = re.sub(r"(?:融资|投资)$", "", named.group())
        period = _period(ctx, start, start + named.start())
        at = start + named.start()
        amount = _round_amount(ctx, start, end, at, start + named.end())
        if funded is None:
            refused = _took_none(ctx)
            funded = [p for p in projects if not any(p.name in sentence for sentence in refused)]
        for project in funded:
            item = Round(project, start, (start, end), round_name, amount, _date(ctx, period))
            item.investors = investors_in(ctx, start, end, project)
            found.append(item)
    return found


def _took_none(ctx: Context) -> list[str]:
    """The sentences that say a project took no money (a project they name is left out)."""
    folded = ctx.text.folded
    return [
        folded[start:end]
        for start, end in ctx.sentences
        if _TOOK_NONE.search(folded, start, end)
    ]


def hedged(sentence: str) -> bool:
    """A rumour is never a fact; a plan or a negotiation only when the sentence reports no
    completed round besides (本轮…已完成, 资金将用于… is about the money, not the round)."""
    if RUMOUR.search(sentence):
        return True
    return bool(PLAN.search(sentence)) and not re.search(
        r"本轮|今轮|近日完成|宣布完成|已完成|完成了", sentence
    )


def hedged_near(folded: str, sentence_start: int, at: int) -> bool:
    return bool(HEDGE.search(folded[max(sentence_start, at - 12) : at + 4]))


def _round_amount(ctx: Context, start: int, end: int, at: int, round_end: int) -> Amount | None:
    """The money amount written with the round (近3亿元人民币A轮融资, 拿下1.2亿元A轮融资, A轮融资
    1500万美元), unless it is vague (数千万) or another figure (估值, 注册资本)."""
    folded = ctx.text.folded
    money = [a for a in ctx.amounts_in(start, end) if a.currency]
    if not money:
        return None
    near = min(money, key=lambda a: min(abs(a.end - at), abs(a.start - round_end)))
    gap = folded[near.end : at] if near.end <= at else folded[round_end : near.start]
    if len(gap) > 12 or _NOT_FUNDING_AMOUNT.match(folded[near.end :]):
        return None
    if re.search(r"估值", folded[max(start, near.start - 6) : near.start]):
        return None
    if _VAGUE.search(folded[max(start, near.start - 3) : near.end + 2]):
        return None
    return near


def _period(ctx: Context, sentence_start: int, at: int) -> Period | None:
    periods = ctx.periods_in(sentence_start, at)
    return periods[-1] if periods else None


def _date(ctx: Context, period: Period | None) -> str | None:
    if period is None:
        return None
    if period.precision == "day":
        return period.first.strftime("%Y-%m")
    if period.precision == "month":
        return period.first.strftime("%Y-%m")
    return str(period.first.year)


# (or an entry's field that lists the round's investors: · 投资方：险峰长青领投)
_THIS_ROUND = re.compile(
    r"本轮|本次|该轮|此轮|这一轮|这轮|今轮|^\W{0,3}(?:投资方|投资人|投资机构|领投方)\s?[：:]"
)


def _later_investors(ctx: Context, rounds: list[Round]) -> None:
    """本轮由红杉中国领投… in the sentence after the round: the investors of that round; and
    问：A轮是谁投的？ 答：由维港投资领投… — the round the question asked about."""
    for start, end in ctx.sentences:
        sentence = ctx.text.folded[start:end]
        asked = _asked_round(ctx, start)
        if not (_THIS_ROUND.search(sentence) or asked) or not ctx.readable(start, end):
            continue
        if any(start <= r.span[0] < end for r in rounds):
            continue  # 本轮A轮由深创投领投: the sentence's own round, its investors read with it
        # (in a roundup's entry, only that entry's round: not the one before the heading)
        section = ctx.section_at(start)
        before = [
            r for r in rounds
            if r.span[1] <= start and (section is None or section[0] <= r.span[0])
        ]  # fmt: skip
        if not before:
            continue
        target = next((r for r in reversed(before) if asked and r.round == asked), before[-1])
        for entity, mention in investors_in(ctx, start, end, target.org):
            if entity not in [e for e, _ in target.investors]:
                target.investors.append((entity, mention))


_ROUND_ASKED = re.compile(r"(?P<round>(?:Pre-?)?[A-F]\+?|天使|种子)\s?轮")


def _asked_round(ctx: Context, start: int) -> str | None:
    """The round an interviewer's question names (A轮是谁投的？), for the answer's first
    sentence at `start`."""
    # (the sentence may open with the speaker's label, before the answer's body)
    answer = next((a for a in ctx.layout.answers if start <= a[0] <= start + 12), None)
    answer = answer or ctx.layout.answer_at(start)
    if answer is None or ctx.text.folded[answer[0] : start].strip():
        return None
    asked = [q for q in ctx.layout.questions if q[1] <= answer[0]]
    if not asked:
        return None
    match = _ROUND_ASKED.search(ctx.text.folded, asked[-1][0], asked[-1][1])
    return match.group("round") + "轮" if match else None


def funding_fact(ctx: Context, item: Round) -> Fact:
    amount = item.amount
    aliases = {item.org.name: item.org.written} if item.org.written != item.org.name else {}
    for entity, mention in item.investors:
        written = ctx.text.original[mention.start : mention.end]
        if written != entity.name:
            aliases[entity.name] = written
    return ctx.text.fact(
        "funding",
        item.span,
        0.8,
        aliases,
        org=item.org.name,
        round=item.round,
        amount=amount.value if amount else None,
        currency=amount.currency if amount else None,
        investors=[e.name for e, _ in item.investors],
        date=item.date,
    )
