"""Ties read from an organisation, a title and a name in a row (红杉中国董事总经理柯望舒)."""

from __future__ import annotations

import re

from pedigree.ingest.text.entities import Entity, Mention
from pedigree.ingest.text.zh.context import Clause, Context
from pedigree.ingest.text.zh.drafts import Draft, company_at, draft, introduced
from pedigree.ingest.text.zh.lexicon import (
    ASIDE,
    DEGREES,
    DEPARTMENT,
    FOUNDER_TITLE,
    FOUNDER_WORD,
    FOUNDING,
    POACHED,
    TITLE,
    UNIT,
)

# (“镜川智能”的CEO樊若溪: the name's closing quote first)
_APPOSITIVE_GAP = re.compile(
    # (现任迪安诊断华中区域总监的阮青: the post, then 的, then who holds it)
    r"^[”」』]?(?:的)?(?:前|原|现任)?(?P<title>[^，。；：:“”「」\n,;]{0,24}?)(?<=[\u4e00-\u9fffA-Z])的?$"
)
# 肿瘤医院病理科前副主任, 美团优选前商品总监: "former" said after a unit or a business line.
_UNIT_FORMER = re.compile(
    r"(?P<unit>[\u4e00-\u9fff]{1,8}?(?:科|部|处|中心|事业群|事业部|团队|部门)"
    r"|[^\W\d_的和与及是在为曾任兼等]{2,4}?)(?:前|原)(?=[\u4e00-\u9fffA-Z])"
)
# 星河智能的创始人是…, 该公司的另一位联合创始人为…: the founder of the organisation just named.
_FOUNDER_IS = re.compile(
    r"的?(?:另一位|另一名|另外一位|另外一名|一位|第二位)?"
    r"(?P<role>(?:联合|共同)?创始人|(?:联合|共同)?创办人)(?:[兼暨][A-Za-z\u4e00-\u9fff]{1,8})?\s?(?:是|为|:)"
)

# …创始人是坐在台下的祝岩: the founder, then what they are or do, then the name.
_FOUNDER_IS_DESCRIBED = re.compile(
    r"(?:^|[，。；,;\s]|真正的|实际的)(?P<role>(?:联合|共同)?创始人|(?:联合|共同)?创办人)(?:是|为)"
    r"[^，。；,;“”「」的]{1,10}的\s?$"
)


# A unit named by where it is and what it does: 台湾服务中心, 华东研发中心.
_PLACED_UNIT = re.compile(
    r"[\u4e00-\u9fff]{0,4}?(?:服务中心|研发中心|研究中心|技术中心|维修中心|运营中心|分公司|办事处)"
)


def appositives(ctx: Context, clause: Clause) -> list[Draft]:
    """ORG TITLE NAME (红杉中国董事总经理柯望舒, 前百度大模型团队技术专家邱明), and TITLE NAME alone
    for a founder (联合创始人兼CTO沈佳禾: a co-founder of the company in question)."""
    found = []
    folded = ctx.text.folded
    for person in ctx.mentions.within(clause.start, clause.end, "person"):
        before = [
            m
            for m in ctx.mentions.within(clause.start, person.start, "org", "school", "ref")
            if m.kind != "ref" or m.form == "company"
        ]
        for first in before[:-1]:
            # 星河智能的创始人是前百度副总裁张明远: the founder of the organisation named first.
            named = _FOUNDER_IS.match(folded[first.end : first.end + 18])
            entity = ctx.resolve(first)
            if named and entity is not None and not _other_person_between(ctx, first, person):
                found.append(_founder_named(ctx, person, first, entity, named.group("role")))
        org = before[-1] if before else None
        if (
            org is not None
            and len(before) > 1
            and re.fullmatch(r"\s?[（(]", folded[before[-2].end : org.start])
        ):
            org = before[-2]  # 高工锂电（GGII）研究总监车以恒: the name, not its bracketed form
        if (
            org is not None
            and len(before) > 1
            and org.entity is not None
            and (UNIT.search(org.entity.name) or _PLACED_UNIT.fullmatch(org.entity.name))
            and re.fullmatch(
                r"[)）]?\s?(?:[前原]|旗下的?|的)?\s?",
                ASIDE.sub("", folded[before[-2].end : org.start]),
            )
        ):
            # 宁德时代原换电事业部总经理虞照岩, 精工（Seiko）台湾服务中心技师主任: a unit's post is
            # the company's (the name, not its bracketed form)
            org = before[-2]
            if len(before) > 2 and re.fullmatch(r"\s?[（(]", folded[before[-3].end : org.start]):
                org = before[-3]
        if org is not None:
            between = ASIDE.sub("", folded[org.end : person.start])
            # (原 between the company and its unit, as before the company: a former post; also
            # past the name's bracketed form, 腾讯音乐娱乐集团（TME）前副总裁)
            former_unit = bool(re.match(r"\s?[前原]", between))
            # 肿瘤医院病理科前副主任: "former" said after the department, not before the firm
            unit_former = _UNIT_FORMER.match(between)
            if unit_former:
                between = unit_former.group("unit") + between[unit_former.end() :]
            gap = _APPOSITIVE_GAP.match(between)
            title = gap.group("title").strip() if gap else ""
            if (
                gap
                and title
                and not POACHED.match(between)  # 从研华挖角前…总监蒋文琪: read as a hire
                and TITLE.fullmatch(title)
                and not _other_person_between(ctx, org, person)
            ):
                entity = ctx.resolve(org)
                if entity is not None:
                    former = bool(unit_former) or former_unit or bool(
                        re.search(
                            r"(?:前|原)\s?$", folded[max(clause.start, org.start - 2) : org.start]
                        )
                    )
                    kind = "founded" if FOUNDER_WORD.search(title) else "employment"
                    if kind == "employment" and re.search(r"顾问", title) and introduced(entity):
                        continue  # an advisor of the startup: no job there
                    if kind == "founded":
                        found.append(_founder_named(ctx, person, org, entity, title))
                        continue
                    for one in re.split(r"\s?[、/]\s?", title):  # 副总裁、研究院院长: two titles
                        found.append(
                            draft(
                                ctx,
                                kind,
                                person,
                                entity,
                                org,
                                (org.start, person.end),
                                title=one,
                                current=not former,
                                confidence=0.85,
                            )
                        )
                    continue
            # 星河智能的创始人是前百度副总裁张明远: the founder of the organisation named first.
            named = _FOUNDER_IS.match(folded[org.end : person.start])
            if named and not _other_person_between(ctx, org, person):
                entity = ctx.resolve(org)
                if entity is not None:
                    found.append(_founder_named(ctx, person, org, entity, named.group("role")))
                    continue
            if (
                gap
                and org.kind == "school"
                and re.search(r"(?:博士|硕士|学士|本科|MBA|EMBA|毕业生|校友)$", title)
            ):
                entity = ctx.resolve(org)
                degree = next((n for n, p in DEGREES if p.search(title)), None)
                if entity is not None and not _other_person_between(ctx, org, person):
                    found.append(
                        draft(
                            ctx,
                            "education",
                            person,
                            entity,
                            org,
                            (org.start, person.end),
                            degree=degree,
                            confidence=0.85,
                        )
                    )
                    continue
        # 联合创始人兼CTO沈佳禾, 另一位联合创始人钱蔓: a founder of the company in question.
        lead = folded[max(clause.start, person.start - 16) : person.start]
        officer = _OFFICER_BEFORE.search(folded, clause.start, person.start)
        sentence_start = ctx.sentence_at(person.start)[0]
        if (
            officer
            and not before
            and not ctx.sections  # a demo-day post's teams are read as members
            and not FOUNDER_WORD.search(folded, sentence_start, person.start)
        ):
            # 首席财务官俞曼宁…卸任，由现任财务副总裁谭少钧接任: an officer of the company the
            # sentence names, else of the one the page is about
            company = _officer_company(ctx, sentence_start, person.start)
            if company is not None:
                found.append(
                    draft(
                        ctx,
                        "employment",
                        person,
                        company,
                        None,
                        (officer.start("title"), person.end),
                        title=officer.group("title"),
                        current=not officer.group("former"),
                        confidence=0.75,
                    )
                )
                continue
        founder = re.search(FOUNDER_TITLE, lead)
        who = None if founder else _FOUNDER_IS_DESCRIBED.search(lead)
        if who and not ctx.mentions.within(
            person.start - len(lead) + who.start(), person.start, "person", "org", "ref"
        ):
            # 真正的创始人是坐在台下的祝岩: the founder, described before the name
            company = company_at(ctx, clause, person.start)
            if company is not None:
                found.append(
                    draft(
                        ctx, "founded", person, company, None,
                        (person.start - len(lead) + who.start("role"), person.end),
                        role=who.group("role"), confidence=0.8,
                    )
                )  # fmt: skip
            continue
        described = founder and _UNNAMED_KIND.search(lead[: founder.start()])
        if described and not ctx.mentions.within(
            person.start - len(lead) + described.start(), person.start, "org"
        ):
            continue  # 潮流品牌创办人叶兆轩: the founder of a brand the text does not name
        bound = founder and _BOUND_BEFORE.search(lead[: founder.start()])
        if bound and not ctx.mentions.within(
            person.start - len(lead) + bound.start(1), person.start, "org", "school"
        ):
            continue  # 由轮回二手车创始人柏青阳出资: the founder of a company the text did not read
        # (她的联合创始人, 和他搭档的联合创始人: whose partner the co-founder is)
        partner = founder and re.search(
            r"(?:他|她)(?:的)?(?:老?搭档|合伙|合作|一起创业)?的\s?$", lead[: founder.start()]
        )
        if founder and ctx.mentions.within(
            person.start - len(lead) + founder.start(), person.start, "person"
        ):
            founder = None  # 创始人兼CEO洪石坚出身惠安: the title is the name's before it
        # (真正的创始人是祝岩: "the real founder", no one's whose)
        if founder and (partner or not _WHOSE_BEFORE.search(lead[: founder.start()])):
            company = None
            if founder.group().startswith("其") and not lead[: founder.start()].strip():
                company = _subject_company(ctx, clause)
            company = company or company_at(ctx, clause, person.start)
            if company is not None:
                title = founder.group().strip()
                found.append(
                    draft(
                        ctx,
                        "founded",
                        person,
                        company,
                        None,
                        (person.start - len(founder.group()), person.end),
                        role=re.sub(
                            r"^(?:另一位|另一名|另一|该公司|公司|其)|\s?(?:为|是|系)$", "", title
                        ),
                        confidence=0.85,
                    )
                )
                # 她的联合创始人管毅: her co-founder, so she founded it too (not where the sentence
                # goes on to what the co-founder founded alone: …梅凯——…创办过“K刺青”工作室)
                alone = FOUNDING.search(
                    folded, person.end, ctx.sentence_at(person.start)[1]
                )
                ref = ctx.mentions.covering(person.start - len(lead) + partner.start()) if (
                    partner
                    and not alone
                    and ("联合" in founder.group() or "共同" in founder.group())
                ) else None
                owner = ctx.resolve(ref) if ref is not None else None
                if owner is not None and owner.kind == "person" and owner is not person.entity:
                    found.append(
                        draft(
                            ctx, "founded", None, company, None,
                            (person.start - len(lead) + partner.start(), person.end),
                            person=owner, role=None, confidence=0.8,
                        )
                    )
    return found


# 的 before a founder's title: whose founder (镜川的创始人), not which kind (真正的创始人).
_WHOSE_BEFORE = re.compile(r"(?<!真正)(?<!实际)(?<!唯一)(?<!最早)(?<!最初)的\s?$")
# A kind of organisation described, not named, right before a founder's title.
# The words a founder's title is bound to, right before it, after a clause's start or a verb:
# a name (轮回二手车创始人) — not a word for the company, a count or a time (公司创始人, 两位联合
# 创始人, 其中创始人, 现任创始人).
_BOUND_BEFORE = re.compile(
    r"(?:^|[，。；、：:\s]|由|是|为|和|与|及|被|对|向|给|跟)"
    r"(?!(?:本|该|其|这家?|那家?|此|新|老|原|前|现任?|首任|目前|如今|其中|另一?位?|两位|三位|几位"
    r"|多位|各位|这位|那位|公司|集团|企业|团队|品牌方|项目|我们|他们|她们)[\u4e00-\u9fff]{0,2}$)"
    # (近日，创业邦与创始人温棠…: the words end on a word that joins, not on a name)
    r"([\u4e00-\u9fff]{3,8})(?<![和与及同跟向对给为由的是在其了也都说称])$"
)
_UNNAMED_KIND = re.compile(
    r"(?<![本该其这])[\u4e00-\u9fff]{1,6}(?:品牌|公司|企业|工作室|餐厅|集团|机构|平台)\s?$"
)


# An executive's title right before a name, opening its clause (or after 由, 、, 现任 …):
# 首席财务官俞曼宁, 由现任财务副总裁谭少钧. Not 合伙人, 分析师 or 教授: an outsider's posts; and a
# department before 副总裁/总监 is one of a company's own, not another firm's name (前途家副总裁).
_OFFICER_BEFORE = re.compile(
    r"(?:(?<=[，。；：:,;、\s由和及与])|公司|本公司|^)\s?(?P<former>前|原)?(?:现任|新任|候任)?\s?"
    r"(?P<title>首席[\u4e00-\u9fff]{1,6}官|(?:CEO|CTO|COO|CFO|CPO|CMO|CSO|CIO)|总裁|副总裁|总经理|"
    rf"董事长|{DEPARTMENT}(?:副总裁|总监|负责人)|(?:执行|技术|营运|财务|行销|产品|策略|研发)长)"
    r"\s?(?:为|是)?\s?$"
)



def _founder_named(
    ctx: Context, person: Mention, org: Mention, entity: Entity, role: str | None
) -> Draft:
    """A founding read from an organisation and a founder's title right before the person."""
    return draft(ctx, "founded", person, entity, org, (org.start, person.end), role=role,
                 confidence=0.85)

def _officer_company(ctx: Context, sentence_start: int, position: int) -> Entity | None:
    """The company an officer named with no organisation serves: an introduced one named
    earlier in the sentence, else the one the page is about."""
    named = [
        m
        for m in ctx.mentions.within(sentence_start, position, "org")
        if m.entity is not None and introduced(m.entity)
    ]
    if named:
        return named[-1].entity
    company = ctx.main_company
    return company if company is not None and introduced(company) else None


def _subject_company(ctx: Context, clause: Clause) -> Entity | None:
    """What 其 of a clause's opening 其创办人 stands for: a company the story introduces,
    named first in the sentence's clauses before (浪通科技同样积极扩张，其创办人…)."""
    sentence_start = ctx.sentence_at(clause.start)[0]
    named = [
        m
        for m in ctx.mentions.within(sentence_start, clause.start, "org")
        if m.entity is not None and introduced(m.entity)
    ]
    return named[0].entity if named else None


def _other_person_between(ctx: Context, org: Mention, person: Mention) -> bool:
    return bool(ctx.mentions.within(org.end, person.start, "person"))


# 作为月亮船的创始人兼CEO，任秋池却说…: a clause that is a post at an organisation, whose holder
# opens the next clause.
_AS_POST_HEAD = re.compile(r"^\s?作为\s?$")
_AS_POST_TAIL = re.compile(rf"^\s?的?\s?(?P<title>{TITLE.pattern})\s?$")


def as_post(ctx: Context, clause: Clause) -> list[Draft]:
    """作为ORG的TITLE，NAME…: the person the next clause opens with holds the post there."""
    folded = ctx.text.folded
    orgs = ctx.mentions.within(clause.start, clause.end, "org")
    if len(orgs) != 1 or not _AS_POST_HEAD.match(folded[clause.start : orgs[0].start]):
        return []
    post = _AS_POST_TAIL.match(folded[orgs[0].end : clause.end])
    following = ctx.clause_at(clause.end + 1)
    if post is None or following is None or following.sentence != clause.sentence:
        return []
    people = ctx.mentions.within(following.start, following.start + 6, "person")
    entity = ctx.resolve(orgs[0])
    if not people or entity is None or folded[following.start : people[0].start].strip():
        return []
    title = post.group("title")
    kind = "founded" if FOUNDER_WORD.search(title) else "employment"
    fields = {"role": title} if kind == "founded" else {"title": title}
    return [draft(ctx, kind, people[0], entity, orgs[0], (clause.start, people[0].end),
                  confidence=0.85, **fields)]
