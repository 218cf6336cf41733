"""Chinese prose and demo-day posts, end to end: layout, mentions, then the relation readers
in text order."""

from __future__ import annotations

import re

from pedigree.ingest.text.entities import Entity
from pedigree.ingest.text.facts import Fact, Text
from pedigree.ingest.text.layout import read_layout
from pedigree.ingest.text.normalise import fold, numeral_value
from pedigree.ingest.text.zh.author_note import read_author_notes
from pedigree.ingest.text.zh.bio_records import Member, Project
from pedigree.ingest.text.zh.bio_tables import (
    NAME_COLUMNS,
    PROJECT_COLUMNS,
    ROLE_COLUMNS,
    table_rows,
)
from pedigree.ingest.text.zh.bios import members, projects
from pedigree.ingest.text.zh.contacts import read_contacts
from pedigree.ingest.text.zh.context import Context
from pedigree.ingest.text.zh.drafts import to_fact
from pedigree.ingest.text.zh.extras import read_credentials, read_events, read_sectors
from pedigree.ingest.text.zh.lexicon import (
    ADVISOR_WORD,
    FOUNDER_WORD,
    HEDGE,
    PLACED_UNIT,
    SOME,
    TEAM,
)
from pedigree.ingest.text.zh.mentions import read_mentions
from pedigree.ingest.text.zh.money import read_money
from pedigree.ingest.text.zh.money_investors import mark_investors
from pedigree.ingest.text.zh.name_candidates import looks_like_name
from pedigree.ingest.text.zh.not_employees import without_non_employees
from pedigree.ingest.text.zh.not_founders import without_unfounded
from pedigree.ingest.text.zh.product_facts import read_products
from pedigree.ingest.text.zh.ties import read_ties


def read_chinese(text: Text) -> list[Fact]:
    layout = read_layout(text.folded, "zh")
    teams = [(project, members(text.folded, project)) for project in projects(text.folded)]
    rows = table_rows(text.folded)
    names = (
        {m.name for _, team in teams for m in team}
        | {name for project, _ in teams for name, _ in project.founders}
        | {
            cell[0]
            for row in rows
            if (cell := row.cell(*NAME_COLUMNS)) and looks_like_name(cell[0])
        }
    )
    spans = [(p.span[0], p.span[1], p.name) for p, _ in teams]
    placed = [(m.span[0], m.span[1], m.name) for _, team in teams for m in team]
    mentions, registry = read_mentions(text, layout, names=names, projects=spans, members=placed)
    ctx = Context(text, layout, mentions, registry)
    for project, _ in teams:
        entity = registry.find("org", project.name)
        if entity is not None:
            ctx.sections.append((project.body[0], project.body[1], entity))
    for row in rows:
        # A table row is about the project in its first column.
        cell = row.cell(*PROJECT_COLUMNS)
        entity = registry.find("org", cell[0]) if cell else None
        if entity is not None:
            line_start = text.folded.rfind("\n", 0, cell[1]) + 1
            line_end = text.folded.find("\n", cell[1])
            ctx.sections.append(
                (line_start, len(text.folded) if line_end < 0 else line_end, entity)
            )
    mark_investors(ctx)
    facts = [_member_fact(ctx, project, member) for project, team in teams for member in team]
    for _, team in teams:
        for member in team:
            person = registry.find("person", member.name)
            if person is not None:
                ctx.note_person(member.span[0], person)  # the bio that follows is about them
    for project, team in teams:
        for member in team:
            # A member's bio is read clause by clause by the bio reader, not as prose: its
            # telegraphic clauses (前华为…经理，北大本科) are what it was built on.
            facts += _bio_facts(ctx, project, member)
            ctx.layout.skipped.append(member.bio)
    facts += [
        _heading_fact(ctx, project, name, at)
        for project, _ in teams
        for name, at in project.founders
    ]
    facts += [_officer_fact(ctx, row) for row in rows if not row.cell(*PROJECT_COLUMNS)]
    facts += _backer_of_all(ctx, [project for project, _ in teams])
    facts = [f for f in facts if f is not None]
    facts += [to_fact(ctx, d) for d in read_ties(ctx)]
    facts += read_contacts(ctx)
    noted, notes = read_author_notes(ctx)
    facts += read_money(ctx)
    facts += read_products(ctx)
    facts += read_events(ctx) + read_sectors(ctx)
    facts += read_credentials(ctx, facts)
    facts = [_parent_of_unit(ctx, f) for f in facts]
    facts = _without_registered_only(facts)
    facts = without_unfounded(ctx, facts)
    facts = without_non_employees(ctx, facts)
    founded = {
        (f.fields["person"], _company_key(f.fields["org"])) for f in facts if f.kind == "founded"
    }
    kept = [
        f
        for f in facts
        if f.fields.get("person") not in layout.bylined
        and not any(s <= f.start < e for s, e in notes)
        and not (
            f.kind == "employment"
            and (f.fields["person"], _company_key(f.fields["org"])) in founded
        )
    ]
    return kept + noted  # the author a note describes is bylined, but the note is about them


def _without_registered_only(facts: list[Fact]) -> list[Fact]:
    """A legal representative read as a new company's founder (…法定代表人为郦晴) is not one
    where the text gives them another post there (任CFO) or calls someone else the company's
    founder outright (覃晏是公司创始人, 素坯由阚承宇创办; a co-founder named beside them leaves
    them be)."""
    sole: dict[str, set[str]] = {}
    posts: set[tuple[str, str]] = set()
    for f in facts:
        role = f.fields.get("role") or ""
        if (
            f.kind == "founded"
            and "法定代表人" not in f.quote
            # (彭昱川是公司的实际创始人; 素坯由阚承宇创办: founded by one, with no co-founder said)
            and (
                re.match(r"(?:实际|真正)?(?:创始人|创办人)", role)
                or not role and not re.search(r"联合|共同|一起|一同|合伙|与|和", f.quote)
            )
            and not re.search(r"另一|之一", f.quote)  # (澜驱的另一位创始人是柏宁: one of several)
        ):
            sole.setdefault(f.fields["org"], set()).add(f.fields["person"])
        elif f.kind == "employment" and f.fields.get("title"):
            posts.add((f.fields["person"], f.fields["org"]))

    def same(short: str, legal: str) -> bool:  # (禾川 and 成都禾川循环农业科技有限公司)
        return short == legal or (len(short) >= 2 and short in legal)

    def undone(f: Fact) -> bool:
        person, org = f.fields["person"], f.fields["org"]
        return any(p == person and same(o, org) for p, o in posts) or any(
            same(o, org) and people - {person} for o, people in sole.items()
        )

    return [f for f in facts if not (f.kind == "founded" and "法定代表人" in f.quote and undone(f))]


# 共有55家奇绩投资并加速的公司参与路演: the post says who invested in every company it presents.
_BACKED_ALL = re.compile(
    r"\s?(?:投资|孵化)(?:并|且|和)?(?:加速|孵化|投资|陪跑)?的[^，。；\n]{0,6}?(?:公司|项目|企业|团队)"
)


# 本期路演项目均已获得奇绩创坛投资: every project presented took the organisation's money.
_ALL_BACKED_BY = re.compile(
    r"(?:本期|本次|本届|以上|上述|以下|下面|所有|全部|这些?)(?:[一二三四五六七八九十两\d]+个)?"
    r"(?:路演|参演|入营|入选)?(?:项目|公司|企业|团队)"
    r"(?:均|都|全部)(?:已经?)?(?:获得|拿到)了?(?P<investor>[^，。；\n]{2,20}?)的?(?:投资|注资)"
)


def _backer_of_all(ctx: Context, presented: list[Project]) -> list[Fact]:
    """An introduction that says the organisation invested in the companies presented makes it
    an investor of each (the accelerator of a demo day); said of some of them, of none."""
    if not presented:
        return []
    folded = ctx.text.folded
    first = min(project.span[0] for project in presented)
    for match in _BACKED_ALL.finditer(folded, 0, first):
        sentence = ctx.sentence_at(match.start())
        if re.search(r"部分|其中|有些|一些", folded[sentence[0] : match.start()]):
            continue  # 其中12家获奇绩投资的公司: some of them
        backers = [
            m for m in ctx.mentions.within(sentence[0], match.start(), "org")
            if m.end == match.start() or folded[m.end : match.start()].isspace()
        ]
        investor = ctx.resolve(backers[-1]) if backers else None
        if investor is not None:
            return _invested_in_each(ctx, sentence, investor, presented)
    for match in _ALL_BACKED_BY.finditer(folded, 0, first):
        backers = ctx.mentions.within(match.start("investor"), match.end("investor"), "org")
        investor = ctx.resolve(backers[0]) if len(backers) == 1 else None
        if investor is not None:
            return _invested_in_each(ctx, ctx.sentence_at(match.start()), investor, presented)
    return []


def _invested_in_each(
    ctx: Context, sentence: tuple[int, int], investor: Entity, presented: list[Project]
) -> list[Fact]:
    facts = []
    for project in presented:
        company = ctx.registry.find("org", project.name)
        if company is None or company is investor:
            continue
        aliases = {investor.name: investor.written} if investor.written != investor.name else {}
        facts.append(
            ctx.text.fact(
                "investor", sentence, 0.7, aliases, investor=investor.name, org=company.name
            )
        )
    return facts


_LEGAL_FORM = re.compile(r"(?:股份)?有限(?:责任)?公司$")


def _company_key(name: str) -> str:
    """A company's name without its legal form: 苏州矽澜微电子有限公司 became 苏州矽澜微电子股份
    有限公司 when it was restructured for listing, and is the same company."""
    return _LEGAL_FORM.sub("", name)


def _bio_facts(ctx: Context, project: Project, member: Member) -> list[Fact]:
    """A team member's bio, clause by clause (schools, employers, credentials): the clause
    reader built on the 奇绩创坛 posts."""
    from pedigree.ingest.text.bio_clauses import clause_facts, clauses
    from pedigree.ingest.text.bio_employers import sentence_slots

    person = ctx.registry.find("person", member.name)
    org = ctx.registry.find("org", project.name)
    if person is None or org is None:
        return []
    start, end = member.bio
    slots = sentence_slots(ctx.text.folded, start, end)
    facts = []
    for s, e in clauses(ctx.text.folded, start, end):
        facts += clause_facts(ctx.text, person.name, org.name, s, e, slots)
    _bio_team_sizes(ctx.text.folded, start, end, facts)
    return facts + _earlier_foundings(ctx, person, org, start, end)


# 2018 年创办的票务工具“票根科技”, 曾联合创立X: a company the member founded before.
_FOUNDING_BEFORE = re.compile(
    r"(?:创办|创立|创建|联合创办|联合创立|共同创办|成立)(?:了|过)?(?:的)?[^，。；,;]{0,10}?[“「\"]?$"
)

_SOME_ONE = re.compile(SOME)


def _earlier_foundings(
    ctx: Context, person: Entity, project: Entity, start: int, end: int
) -> list[Fact]:
    """Companies a member's bio says they founded (a serial founder's earlier ones)."""
    folded = ctx.text.folded
    found = []
    for mention in ctx.mentions.within(start, end, "org"):
        company = mention.entity
        if company is None or company is project or "investor" in company.roles:
            continue
        clause_start = max(
            start, *(folded.rfind(c, start, mention.start) + 1 for c in "，。；,;")
        )
        before = folded[clause_start : mention.start]
        if not _FOUNDING_BEFORE.search(before) or HEDGE.search(before):
            continue
        if _SOME_ONE.search(before) and not re.search(r"[“「\"]$", before):
            continue  # 创建了一个高精度地图的众包平台: what was founded, described, not named
        aliases = {company.name: company.written} if company.written != company.name else {}
        found.append(
            ctx.text.fact(
                "founded", (clause_start, mention.end), 0.75, aliases,
                person=person.name, org=company.name,
            )
        )  # fmt: skip
    return found


def _bio_team_sizes(folded: str, start: int, end: int, facts: list[Fact]) -> None:
    """曾任比亚迪副总裁，领导 4000 人研发制造团队: the size belongs to the job named last before
    it in the bio (the team the person led there)."""
    jobs = [f for f in facts if f.kind == "employment"]
    for match in TEAM.finditer(folded, start, end):
        before = [f for f in jobs if f.start <= match.start()]
        if not before or before[-1].fields.get("team_size") is not None:
            continue
        try:
            size = int(numeral_value(match.group("size").replace(",", "")))
        except ValueError:
            continue
        before[-1].fields["team_size"] = size


def _parent_of_unit(ctx: Context, fact: Fact) -> Fact:
    """A job at a unit written right after its company (字节跳动飞书, 阿里巴巴淘宝, 腾讯的财付通
    团队) is a job at the company: the unit is kept in the title."""
    if fact.kind != "employment":
        return fact
    from dataclasses import replace

    from pedigree.ingest.text.gazetteer import canonical_name, find_known

    written = fact.aliases.get(fact.fields["org"], fact.fields["org"])
    quote = fold(fact.quote)
    at = quote.find(fold(written))
    if at <= 0:
        return fact
    before = [(s, e) for s, e in find_known(quote[:at]) if e >= at - 1]
    if not before or (quote[before[-1][1] : at] not in ("", "的")):
        owner = _owner_named_before(ctx, fact.start + at, written)
        if owner is None:
            return fact
        before = [(owner.start - fact.start, owner.end - fact.start)]
    parent_written = fact.quote[before[-1][0] : before[-1][1]]
    parent = canonical_name(parent_written)
    if parent == fact.fields["org"]:
        return fact
    fields = dict(
        fact.fields, org=parent, title=" ".join(t for t in (written, fact.fields.get("title")) if t)
    )
    aliases = {k: v for k, v in fact.aliases.items() if k != fact.fields["org"]}
    if parent_written != parent:
        aliases[parent] = parent_written
    return replace(fact, fields=fields, aliases=aliases)


def _owner_named_before(ctx: Context, position: int, unit: str):
    """The organisation named right before a placed unit at `position` (日本达亿瓦（Daiwa）的苏州
    工厂, 这家德国动保巨头的中国研发中心 after the name), or None."""
    if not PLACED_UNIT.match(unit):
        return None
    folded = ctx.text.folded
    for org in reversed(ctx.mentions.within(max(0, position - 60), position, "org")):
        between = folded[org.end : position]
        if org.entity is not None and re.fullmatch(
            r"(?:\s?[（(][^（()）]{1,30}[)）])?\s?的?|[^，。；,;]{0,16}?这家[^，。；,;]{0,10}的",
            between,
        ):
            return org
        break
    return None


_HONORIFIC = re.compile(r"(?:先生|女士|小姐|博士|教授|医生)$")


def _officer_fact(ctx: Context, row) -> Fact | None:
    """A table of people and their posts with no project column (a prospectus's board): each
    person holds the post at the company in question."""
    name, role = row.cell(*NAME_COLUMNS), row.cell(*ROLE_COLUMNS)
    if name is None or role is None:
        return None
    # 倪骏先生, 管颖芝教授: a prospectus writes the honorific in the name column
    person = ctx.registry.find("person", re.sub(_HONORIFIC, "", name[0].strip()))
    company = ctx.topic_company(name[1])
    if person is None or company is None:
        return None
    span = (name[1], role[1] + len(role[0]))
    aliases = {person.name: person.written} if person.written != person.name else {}
    if FOUNDER_WORD.search(role[0]):
        return ctx.text.fact(
            "founded", span, 0.85, aliases, person=person.name, org=company.name, role=role[0]
        )
    if ADVISOR_WORD.search(role[0]):
        return None
    joined = row.cell("加入本集团日期", "加入日期", "委任日期", "获委任日期", "任职日期")
    start = re.match(r"(\d{4})\s?年(?:\s?(\d{1,2})\s?月)?", joined[0]) if joined else None
    return ctx.text.fact(
        "employment",
        span,
        0.8,
        aliases,
        person=person.name,
        org=company.name,
        title=role[0],
        start=(
            f"{start.group(1)}-{int(start.group(2)):02d}" if start and start.group(2)
            else start.group(1) if start else None
        ),
        current=True,
    )


def _heading_fact(ctx: Context, project: Project, name: str, at: int) -> Fact | None:
    """A person named beside the company in a list heading founded it (昆极光电：雷栩)."""
    member = Member(name, (at, at + len(name)), None, None, (at, at))
    return _member_fact(ctx, project, member)


def _member_fact(ctx: Context, project: Project, member: Member) -> Fact | None:
    """A listed team member founded the project, in the role given; an advisor did not, and
    a member listed in another role works there."""
    if member.advisor:
        return None
    person = ctx.registry.find("person", member.name)
    org = ctx.registry.find("org", project.name)
    if person is None or org is None:
        return None
    aliases = {}
    written = ctx.text.original[member.span[0] : member.span[1]]
    if written != person.name:
        aliases[person.name] = written
    written_project = ctx.text.original[project.span[0] : project.span[1]]
    if written_project != org.name:
        aliases[org.name] = written_project
    end = max(member.role_span[1], member.span[1]) if member.role_span else member.span[1]
    start = min(member.role_span[0], member.span[0]) if member.role_span else member.span[0]
    founded = (
        member.titled_founder if project.page else member.founder(ctx.text.folded, project.name)
    )
    if not founded:
        return ctx.text.fact(
            "employment",
            (start, end),
            0.8,
            aliases,
            person=person.name,
            org=org.name,
            title=member.role,
            current=True,
        )
    return ctx.text.fact(
        "founded",
        (start, end),
        0.9,
        aliases,
        person=person.name,
        org=org.name,
        role=member.role,
    )
