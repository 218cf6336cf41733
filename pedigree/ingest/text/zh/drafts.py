"""Ties being assembled (Draft), the company a tie is at, and drafts settled into facts."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from pedigree.ingest.text.entities import Entity, Mention
from pedigree.ingest.text.facts import Fact
from pedigree.ingest.text.gazetteer import known_organization
from pedigree.ingest.text.normalise import fold, numeral_value
from pedigree.ingest.text.periods import Period
from pedigree.ingest.text.zh.context import Clause, Context
from pedigree.ingest.text.zh.lexicon import FOUNDING, TAKEN_BACK, TEAM, UNIT, WENT_ELSEWHERE
from pedigree.ingest.text.zh.org_forms import INSTITUTION_ENDINGS


@dataclass
class Draft:
    """A fact being assembled: fields may still be completed (team size, end year)."""

    kind: str
    person: Entity
    org: Entity
    span: tuple[int, int]
    confidence: float
    fields: dict = field(default_factory=dict)
    written: dict = field(default_factory=dict)




def introduced(entity: Entity) -> bool:
    """A company the story introduces: not a well-known name or a unit of one, not an
    investor, not a school, not a public institution (a museum, an association)."""
    if entity.kind != "org" or "investor" in entity.roles or UNIT.search(entity.name):
        return False
    if entity.name.endswith(INSTITUTION_ENDINGS):
        return False
    return known_organization(entity.name) is None and known_organization(entity.name[:2]) is None


def unless_told_otherwise(representatives: list[Draft], drafts: list[Draft]) -> list[Draft]:
    """A legal representative is the founder unless the story gives them another post at the
    company (予声由宓骁创办…欧芷目前担任公司行政负责人: a registered stand-in). Another founder
    named is no reason: 该公司的另一位联合创始人为庞小满 says the representative is one too."""
    posts = {(id(d.person), id(d.org)) for d in drafts if d.kind == "employment"}
    return [r for r in representatives if (id(r.person), id(r.org)) not in posts]


_FUND_NAME = re.compile(
    r"(?:资本|基金|创投|投资|加速器|孵化器|创新营|创投营|加速营|训练营|创业营|Capital|Ventures|Partners)$"
)


def partners_as_staff(drafts: list[Draft]) -> list[Draft]:
    """A founding partner of a fund or an accelerator (星火加速器创始合伙人莫如山) holds a post
    there; the news labels do not count it as founding a company."""
    out = []
    for d in drafts:
        role = d.fields.get("role") or ""
        if d.kind == "founded" and "创始合伙人" in role and d.org is not None and (
            "investor" in d.org.roles or _FUND_NAME.search(d.org.name)
        ):
            d = replace(d, kind="employment", fields={"title": role, "current": True})
        out.append(d)
    return out


def expand_degrees(drafts: list[Draft]) -> list[Draft]:
    """One education fact per degree of a combined one (本硕 → bachelor, master)."""
    expanded = []
    for d in drafts:
        degree = d.fields.get("degree") if d.kind == "education" else None
        if degree and "," in degree:
            expanded += [replace(d, fields={**d.fields, "degree": o}) for o in degree.split(",")]
        else:
            expanded.append(d)
    return expanded


def period_before(ctx: Context, clause: Clause, position: int) -> Period | None:
    periods = ctx.periods_in(ctx.sentence_at(clause.start)[0], position)
    return periods[-1] if periods else None


def company_near(ctx: Context, position: int) -> Entity | None:
    """The company a statement at `position` is about: the last introduced company named
    earlier in its sentence (or 公司), else the company in question."""
    start = ctx.sentence_at(position)[0]
    orgs = [
        m
        for m in ctx.mentions.within(start, position, "org", "ref")
        if (m.kind == "org" and m.entity is not None and introduced(m.entity))
        or m.form == "company"
    ]
    if orgs:
        return ctx.resolve(orgs[-1])
    return ctx.topic_company(position)


def company_at(ctx: Context, clause: Clause, position: int) -> Entity | None:
    """The company a founder title without a name refers to: one named earlier in the clause,
    else the company the story is about at this point."""
    orgs = [
        m
        for m in ctx.mentions.within(clause.start, position, "org", "ref")
        if (m.kind == "org" and m.entity is not None and introduced(m.entity))
        or m.form == "company"
    ]
    if orgs:
        return ctx.resolve(orgs[-1])
    # 创始人兼CEO牟澄和岑小野一起创办了氙锐气体: the company the sentence goes on to found
    sentence_end = ctx.sentence_at(position)[1]
    verb = FOUNDING.search(ctx.text.folded, position, sentence_end)
    named = ctx.mentions.at(position)
    if verb is not None and len(ctx.mentions.within(position, verb.start(), "person")) > (
        1 if named is not None and named.kind == "person" else 0
    ):
        verb = None  # …罗晏清出身彩灯世家，父亲罗德坤早在1993年就创办了…: someone else's founding
    if verb is not None and _earlier_venture(ctx.text.folded, verb, sentence_end):
        verb = None  # 创始人封叙是…，曾创办…, 2019年创办的…已被收购: a venture before this one
    if verb is not None:
        made = ctx.mentions.within(verb.end(), sentence_end, "org")
        if made and made[0].entity is not None and made[0].start - verb.end() <= 12:
            return made[0].entity
    return ctx.topic_company(position)


# A founding the sentence places before the company in question: 曾创办, 创办过, or one sold or
# closed since (创办的“眠家优选”已于2023年被收购).
_SOLD_SINCE = re.compile(r"[^，。；,;]{0,30}?(?:被收购|被并购|出售|卖给|关闭|倒闭|清算)")


def _earlier_venture(folded: str, verb: re.Match, sentence_end: int) -> bool:
    before = folded[max(0, verb.start() - 2) : verb.start()]
    return (
        before.endswith(("曾", "曾经", "早年"))
        or folded.startswith("过", verb.end())
        or _SOLD_SINCE.match(folded, verb.end(), sentence_end) is not None
    )


def draft(
    ctx: Context,
    kind: str,
    person_mention: Mention | None,
    org: Entity,
    org_mention: Mention | None,
    span: tuple[int, int],
    *,
    confidence: float,
    person: Entity | None = None,
    **fields,
) -> list[Draft] | Draft:
    person = person or (ctx.resolve(person_mention) if person_mention else None)
    written = {}
    if person_mention is not None and person_mention.entity is not None:
        written[person.name if person else ""] = ctx.text.original[
            person_mention.start : person_mention.end
        ]
    if org_mention is not None and org_mention.kind != "ref":
        written[org.name] = ctx.text.original[org_mention.start : org_mention.end]
    start = min(
        span[0],
        person_mention.start
        if person_mention and person_mention.start >= ctx.sentence_at(span[0])[0]
        else span[0],
    )
    return Draft(kind, person, org, (start, span[1]), confidence, fields, written)


_RESOURCES = re.compile(
    r"(?:手握|拥有|掌管|管理|握有)(?:了|过)?(?:约|近|超过)?(?P<n>\d[\d,]*|[一二两三四五六七八九十百千万]+)\s?(?P<more>多|余)?\s?"
    r"(?:张|块|台)?\s?(?P<what>GPU|显卡|卡|算力卡)"
)


def team_sizes(ctx: Context, drafts: list[Draft]) -> None:
    """带着一支200多人的团队, 手握4000多张GPU: the team size and resources of the person's job
    named there or just before."""
    folded = ctx.text.folded
    for match in _RESOURCES.finditer(folded):
        clause = ctx.clause_at(match.start())
        if clause is None:
            continue
        try:
            count = int(numeral_value(match.group("n").replace(",", "")))
        except ValueError:
            continue
        sentence = ctx.sentence_at(match.start())
        jobs = [
            d
            for d in drafts
            if d.kind == "employment" and sentence[0] <= d.span[1] and d.span[0] <= sentence[1]
        ]
        if jobs:
            jobs[0].fields.setdefault(
                "resources", f"{count}{'+' if match.group('more') else ''} GPUs"
            )
    for match in TEAM.finditer(ctx.text.folded):
        clause = ctx.clause_at(match.start())
        if clause is None or not ctx.readable(match.start(), match.end()):
            continue
        try:
            size = int(numeral_value(match.group("size")))
        except ValueError:
            continue
        person = ctx.person_of(clause, match.start())
        jobs = [
            d
            for d in drafts
            if d.kind == "employment" and d.person is person and d.span[0] <= match.start()
        ]
        sentence = ctx.sentence_at(match.start())
        same = [d for d in jobs if d.span[0] >= sentence[0]]
        target = same or jobs[-1:]
        if target:
            job = target[-1]
            for same_job in jobs:  # one job read by two rules: both learn the size
                if same_job.org is job.org and same_job.fields.get("team_size") is None:
                    same_job.fields["team_size"] = size


# A move only planned or rumoured: 拟出任, 计划加入, 据传将创办.
_PLANNED = re.compile(
    r"(?:拟|计划|准备|打算|有望|或将|据传|网传|传闻)\s?(?:将|会)?\s?(?:于[^，。；]{0,10})?"
    r"(?:出任|担任|加入|接任|加盟|创办|创立|成立)"
    # 业内一度传出骆一帆将加盟舶智科技: a rumour of a move, the one rumoured named between
    r"|(?:据传|网传|传闻|传出|传言|被传)[^，。；]{0,12}?(?:将|会|或将|要)\s?"
    r"(?:出任|担任|加入|接任|加盟|创办|创立|成立)"
    # 蒯天朗离开字节后将加入百度: a move still to come
    r"|将\s?(?:于[^，。；]{0,10})?(?:出任|担任|加入|接任|加盟)"
)


def settle(drafts: list[Draft], folded: str = "") -> list[Draft]:
    """Drop what cannot be a fact (no person, a person tied to themself), moves only planned
    (拟出任) and jobs at a company the person founded (the founding says more)."""
    kept = [
        d
        for d in drafts
        if d.person is not None
        and d.org is not None
        and not (d.kind in ("employment", "founded") and _PLANNED.search(folded, *d.span))
    ]
    kept = [d for d in kept if not (d.kind == "founded" and _left_before_founding(folded, d))]
    founded = {(d.person, d.org) for d in kept if d.kind == "founded"}
    return [d for d in kept if not (d.kind == "employment" and (d.person, d.org) in founded)]


# …曾参与创立上海冰衡的筹备工作，惟于上海冰衡正式成立前已退出: a part in the preparations, left
# before the company was formed — no founding.
_LEFT_BEFORE = re.compile(
    r"(?:成立|注册|登记|创立)(?:之)?前(?:已|就|便|即)?(?:经)?(?:退出|离开|离职|抽身)"
)


def _left_before_founding(folded: str, draft: Draft) -> bool:
    end = folded.find("。", draft.span[1])
    rest = folded[draft.span[0] : end if end >= 0 else len(folded)]
    if _LEFT_BEFORE.search(rest):
        return True
    if end < 0:
        return False
    # the next sentence takes it back: 但在公司注册前两个月，余檀选择加入东方雨虹
    next_end = folded.find("。", end + 1)
    following = folded[end + 1 : next_end if next_end >= 0 else len(folded)]
    name = draft.person.name
    return (
        following.lstrip().startswith(TAKEN_BACK)
        and name in following
        and bool(WENT_ELSEWHERE.search(following[following.index(name) :]))
    )


def to_fact(ctx: Context, draft: Draft) -> Fact:
    names = {draft.person.name: draft.person, draft.org.name: draft.org}
    aliases = {}
    for name, written in draft.written.items():
        if name and written and written != name:
            aliases[name] = written
    for name, entity in names.items():
        if name not in aliases and entity.written != name:
            aliases[name] = entity.written
    fields = {"person": draft.person.name, "org": draft.org.name, **draft.fields}
    if draft.kind == "education":
        fields = {k: v for k, v in fields.items() if k in ("person", "org", "degree", "field")}
    elif draft.kind == "founded":
        fields = {k: v for k, v in fields.items() if k in ("person", "org", "role", "date")}
    else:
        fields = {
            k: v
            for k, v in fields.items()
            if k in ("person", "org", "title", "current", "team_size", "resources", "start", "end")
        }
        if fields.get("end"):
            fields["current"] = False  # 2009年7月至2016年2月任…: a job that ended
        title = fields.get("title") or ""
        if len(title) > 2 and title[0] in "前原" and not title.startswith(("前端", "原型", "原料")):
            fields["title"], fields["current"] = title[1:], False  # 极衡智驾的前规划控制负责人
        if fields.get("title") and draft.person.name in fold(fields["title"]):
            # 电机系的杜孟樵教授: the title read across the name is the words around it
            parts = fold(fields["title"]).split(draft.person.name)
            fields["title"] = "".join(p.strip("的 ") for p in parts) or None
    start, end = draft.span
    return ctx.text.fact(draft.kind, (start, end), draft.confidence, aliases, **fields)
