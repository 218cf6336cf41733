"""People's ties to organisations in Chinese prose: who founded what, who worked where, who
studied where — each read from evidence inside a clause.

For every organisation a clause names, the words right around it say what it is to the clause's
subject: a founding verb before it (创办了…), a joining verb (加入, 进入, 跳槽到), a preposition
and a work verb (在…担任, 就职于), a leaving verb (离开, 从…离职), a school and a study word
(毕业于, …博士). Words that make it a client, partner, rival or investor (服务客户…, 与…合作,
由…领投), a negation (并没有在…工作过) or an advisor's role (以顾问身份加入) keep it out. Besides
the verbs, three shapes carry ties on their own: an organisation, a title and a name in a row
(红杉中国董事总经理柯望舒), a name that is something of an organisation (闻笛是岫光科技的创始人),
and an organisation founded by named people (灏宇于2022年由麦卓恒及岑咏诗共同创立).
"""

from __future__ import annotations

import re

from pedigree.ingest.text.gazetteer import known_organization
from pedigree.ingest.text.zh.appositives import appositives, as_post
from pedigree.ingest.text.zh.board_sections import section_roles
from pedigree.ingest.text.zh.companions import companions, fellow_founders, partners_after_colon
from pedigree.ingest.text.zh.context import Clause, Context
from pedigree.ingest.text.zh.drafts import (
    Draft,
    expand_degrees,
    introduced,
    partners_as_staff,
    settle,
    team_sizes,
    unless_told_otherwise,
)
from pedigree.ingest.text.zh.employers import after_at, place_names, without_description
from pedigree.ingest.text.zh.founders import (
    controllers,
    founded_by,
    founders_counted,
    founders_listed,
    legal_representatives,
    new_company,
    someones_company,
    this_one,
)
from pedigree.ingest.text.zh.lexicon import BUSINESS_UNIT, FEMALE_KIN, KIN, RELATION
from pedigree.ingest.text.zh.money_investors import ADVISER_AFTER
from pedigree.ingest.text.zh.own_staff import own_staff
from pedigree.ingest.text.zh.posts import (
    appointed,
    bare_roles,
    colleagues_named,
    held_by,
    listed,
    offers_taken,
    predicates,
)
from pedigree.ingest.text.zh.relations import around_organisations


def read_ties(ctx: Context) -> list[Draft]:
    drafts: list[Draft] = []
    representatives: list[Draft] = []
    for clause in ctx.clauses:
        if not ctx.readable(clause.start, clause.end):
            continue
        _note_topics(ctx, clause)
        drafts += appositives(ctx, clause) + as_post(ctx, clause)
        drafts += predicates(ctx, clause)
        drafts += founded_by(ctx, clause)
        drafts += someones_company(ctx, clause)
        drafts += new_company(ctx, clause)
        drafts += companions(ctx, clause)
        drafts += held_by(ctx, clause)
        drafts += bare_roles(ctx, clause)
        drafts += listed(ctx, clause)
        drafts += founders_listed(ctx, clause)
        drafts += founders_counted(ctx, clause)
        drafts += fellow_founders(ctx, clause)
        drafts += appointed(ctx, clause)
        drafts += this_one(ctx, clause)
        drafts += colleagues_named(ctx, clause) + offers_taken(ctx, clause)
        representatives += legal_representatives(ctx, clause)
        drafts += controllers(ctx, clause)
        drafts += around_organisations(ctx, clause)
        drafts += own_staff(ctx, clause)
    drafts += partners_after_colon(ctx)
    drafts += section_roles(ctx, drafts)
    drafts += unless_told_otherwise(representatives, drafts)
    team_sizes(ctx, drafts)
    drafts = [d for d in drafts if not _firm_as_adviser(ctx, d)]
    _units_as_parents(ctx, drafts)
    _owned_units(ctx, drafts)
    return settle(partners_as_staff(expand_degrees(drafts)), ctx.text.folded)


def _firm_as_adviser(ctx: Context, d: Draft) -> bool:
    """A post read off a firm's own service to a deal (华兴资本担任独家财务顾问): the firm is
    the adviser, not anyone's employer."""
    if d.kind != "employment" or ctx.mentions.within(d.span[0], d.span[1], "person"):
        return False
    folded = ctx.text.folded
    return any(
        m.entity is d.org
        and ADVISER_AFTER.match(folded[m.end : d.span[1]])
        and "财务顾问" in folded[m.end : d.span[1]]
        and folded[m.start - 1 : m.start] not in ("在", "于", "到")  # (在德勤担任顾问: a post)
        for m in ctx.mentions.within(d.span[0], d.span[1], "org")
    )


def _owned_units(ctx: Context, drafts: list[Draft]) -> None:
    """A post at a company a group owns is a post there, not at the group: 阿里巴巴旗下菜鸟网络的
    IoT算法专家 worked at 菜鸟网络 (the post read as the group's, 旗下… taken for its title)."""
    folded = ctx.text.folded
    for d in drafts:
        title = d.fields.get("title") or ""
        if d.kind != "employment" or not title.startswith("旗下"):
            continue
        units = [
            m for m in ctx.mentions.within(d.span[0], d.span[1], "org")
            if m.entity is not None and m.entity is not d.org
            and re.search(r"旗下的?$", folded[max(0, m.start - 3) : m.start])
        ]  # fmt: skip
        if not units:
            continue
        unit = units[0]
        before, found, after = title.partition(folded[unit.start : unit.end])
        d.fields["title"] = (after.lstrip("的") or None) if found else None
        d.written.pop(d.org.name, None)
        d.org = unit.entity
        written = ctx.text.original[unit.start : unit.end]
        if written != unit.entity.name:
            d.written[unit.entity.name] = written


# A business unit named alone (汽车金融事业部总经理): never an employer of its own.
_BUSINESS_UNIT = re.compile(BUSINESS_UNIT + "$")
# … nor a site named by its place alone (深圳工厂, 上海创新园): a plant or campus of a company.
_SITE = re.compile(r"(?:工厂|创新园|产业园|园区|研发中心|研究中心|生产基地|基地)$")


def _site_alone(name: str) -> bool:
    site = _SITE.search(name)
    return site is not None and (not site.start() or name[: site.start()] in place_names())


def _units_as_parents(ctx: Context, drafts: list[Draft]) -> None:
    """A post at a business unit, or at a site named by its place alone, is a post at the
    company the text last named before it (蚂蚁集团原副总裁、汽车金融事业部总经理屠亦舟; 加入巴斯夫
    中国，在上海创新园做了八年研发), the unit kept in the title."""
    for d in drafts:
        if d.kind != "employment":
            continue
        site = _site_alone(d.org.name)
        if not (site or _BUSINESS_UNIT.search(d.org.name)):
            continue
        name = d.org.name
        if known_organization(name) is not None or any(
            known_organization(name[:k]) for k in range(2, len(name) - 2)
        ):
            continue  # 英特尔硅光子事业部: a unit named with its parent is read as written
        # 九牧电商事业部, where the text names 九牧 too: the unit's owner, by its name (not 楼宇科技
        # of 楼宇科技事业部: the unit's own name, short)
        owner = next(
            (
                other
                for other in ctx.registry.all("org")
                if other is not d.org
                and not _BUSINESS_UNIT.search(other.name)
                and any(
                    len(form) >= 2
                    and name.startswith(form)
                    and not _BUSINESS_UNIT.fullmatch(name[len(form) :])
                    for form in (other.name, *other.forms)
                )
            ),
            None,
        )
        # (where the unit is first written whole: its field alone, 渔具, may stand earlier)
        unit = [
            m
            for m in ctx.mentions.within(0, d.span[1], "org")
            if m.entity is d.org
            and (site or _BUSINESS_UNIT.search(ctx.text.folded, m.start, m.end))
        ]
        before = unit[0].start if unit else d.span[0]
        parent = owner or next(
            (
                m.entity
                for m in reversed(ctx.mentions.within(max(0, before - 300), before, "org"))
                if m.entity is not None
                and m.entity is not d.org
                and not _BUSINESS_UNIT.search(m.entity.name)
                and not _site_alone(m.entity.name)
                and "investor" not in m.entity.roles
            ),
            None,
        )
        if parent is None:
            continue
        title = d.fields.get("title")
        if title and d.org.name not in title:
            d.fields["title"] = d.org.name + title
        d.written.pop(d.org.name, None)
        d.org = parent


# -- topics -------------------------------------------------------------------------------


_AS_JOB = re.compile(  # (此前是优信集团金融业务负责人: 是 after "before", a past post)
    r"(?:任|担任|出任|任职于?|就职于?|供职于?|加入|进入|转战|转投|跳槽(?:到|至)|效力于?|离开|在|于|前|原|现任|出身于?|来自"
    r"|(?:此前|之前|以前|过去|曾经?|原先|早先|原本|原来)是)\s?$"
)


# A deal's target named after its verb: 拟收购|杭州安澜消防工程有限公司, 以2亿元并购|…
_ACQUIRED = re.compile(r"(?:收购|并购|吞并|买下|控股|入股|参股)(?:了|其)?\s?$")
_OWNER_BEFORE = re.compile(r"(?:在|于|加入|进入)(?P<owner>[^，。；在于]{2,12}?)旗下的?$")


def _possessor(ctx: Context, mention) -> bool:
    """A person named as the owner or founder of the company named right after 的 (谷雨棠的次元仓,
    阿拉坦创办的绒脉科技): a description of that company, not the clause's subject."""
    if ctx.founder_of_next(mention):
        return True
    if not ctx.text.folded.startswith("的", mention.end):
        return False
    owned = ctx.mentions.covering(mention.end + 1)
    return owned is not None and owned.kind == "org" and owned.start == mention.end + 1


# 冷霁在探路者时的上司、前探路者副总裁严柏: someone introduced by what they were to another.
_RELATED_TO_BEFORE = re.compile(
    rf"^[^，。；,;]{{0,16}}?的(?:老|前|昔日)?(?:{RELATION})[^，。；,;]{{0,20}}$"
)
# The clause's opening words before a person: a word of kin alone (父亲, 他的姐姐).
_KIN_OPENS = re.compile(rf"\s?(?:他的|她的|其)?(?:{KIN})")


def _described_by_another(ctx: Context, clause: Clause, mention) -> bool:
    """A person introduced in their clause as what they were to a person named before them,
    or, opening the clause, as the story's person's kin (父亲聂德厚在芜湖摆了二十多年炒货摊)."""
    earlier = [
        m
        for m in ctx.mentions.within(clause.start, mention.start, "person", "ref")
        if m.kind == "person" or m.form in ("he", "she")  # (她的上司严柏)
    ]
    if not earlier:
        return bool(_KIN_OPENS.fullmatch(ctx.text.folded[clause.start : mention.start]))
    return bool(_RELATED_TO_BEFORE.match(ctx.text.folded[earlier[-1].end : mention.start]))


# (他跟着舅舅庞德厚…: with a relative, named as the one he went along with)
_KIN_OF_SOMEONE = re.compile(rf"(?P<owner>他|她)(?:的|跟着?|随着?|陪着?|和|与|同)?(?P<kin>{KIN})$")


def _same_gender_kin(folded: str, start: int) -> bool:
    """A relative named after 她的/他的 whose pronoun would be the owner's own (她的母亲, 他的
    父亲): the next 她 or 他 still means the owner. (他的妻子蔡宛…，她此前…: hers is the wife's.)"""
    kin = _KIN_OF_SOMEONE.search(folded, max(0, start - 6), start)
    if kin is None:
        return False
    female = kin.group("kin") in FEMALE_KIN
    return female == (kin.group("owner") == "她")


# …的，是 / …的是, then a description and the name: a cleft's focus (最初约好一起出来的，
# 是当时喜茶的采购总监岳一帆).
_CLEFT_BEFORE = re.compile(r"的[，,]?是[^，。；,;]{0,16}$")


def _note_topics(ctx: Context, clause: Clause) -> None:
    """The person and the company the story is about from here on: a person named as a
    subject, a company named as one (not as someone's employer: 任达晨财智合伙人)."""
    folded = ctx.text.folded
    for mention in ctx.mentions.within(clause.start, clause.end, "person", "ref", "org"):
        if mention.entity is None:
            continue
        if mention.kind == "person":
            if mention.entity.name in ctx.layout.bylined:
                continue
            # (綦昊找到了伍樾——他此前在Meta…: an object the dash goes on to describe is whom
            # the pronoun after it means)
            if _possessor(ctx, mention):
                continue  # 在谷雨棠的次元仓担任…: whose company, not whom the story is about
            if _described_by_another(ctx, clause, mention):
                continue  # 冷霁在探路者时的上司严柏回忆: a witness to the story, not its topic
            if _same_gender_kin(folded, mention.start):
                continue  # 她的母亲伍桂芬在…教珠算: her mother, while the story stays with her
            # 最初约好一起出来的，是…岳一帆: the focus of a cleft, a topic only if no other fits
            focus = bool(
                _CLEFT_BEFORE.search(folded, ctx.sentence_at(mention.start)[0], mention.start)
            )
            if not ctx._is_object(mention) or folded.startswith("——", mention.end):
                kin = bool(_KIN_OF_SOMEONE.search(folded, max(0, mention.start - 6), mention.start))
                ctx.note_person(mention.start, mention.entity, focus, kin)
        elif mention.kind == "org" and introduced(mention.entity):
            parent = ctx.mentions.covering(mention.start - 1)
            # 我在港灯（香港电灯有限公司）做到…: a name in brackets after another stands where
            # that one stands
            glossed = ctx.mentions.covering(mention.start - 2)
            lead = (
                glossed.start
                if folded[mention.start - 1 : mention.start] in ("（", "(")
                and glossed is not None
                and glossed.kind == "org"
                and glossed.end == mention.start - 1
                else mention.start
            )
            # 在怡和集团旗下置地公司担任: the unit stands where its owner does
            owner = _OWNER_BEFORE.search(folded, max(clause.start, lead - 16), lead)
            if owner is not None:
                lead = owner.start("owner")
            described = max(clause.start, lead - 24)
            if (
                # (转战本土碳化矽代工厂汉磊科技: a description of the employer between)
                _AS_JOB.search(folded[max(clause.start, lead - 4) : lead])
                or _AS_JOB.search(without_description(folded[described:lead]))
                or after_at(folded[clause.start : lead])  # 在德国博世担任
                # 前字节跳动大力教育副总裁: a unit named right after its parent, as an employer
                or (parent is not None and parent.kind == "org" and parent.end == mention.start)
            ):
                ctx.note_employer(mention.start, mention.entity)
            elif _ACQUIRED.search(folded, max(clause.start, lead - 8), lead):
                continue  # 拟收购安澜消防工程51%股权: the target of a deal, not its subject
            elif mention.entity not in ctx.employers_named or mention.entity is ctx.main_company:
                # (not 他在平安科技担任…，搭建了平安的定损系统 or 他任职于马士基…。马士基在全球
                # 运营着…: an organisation first named as someone's employer, then its own
                # things — the story's company only where it is the one the story names most)
                ctx.note_company(mention.start, mention.entity)
