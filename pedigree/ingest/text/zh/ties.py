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
from dataclasses import dataclass, field, replace

from pedigree.ingest.text.entities import Entity, Mention
from pedigree.ingest.text.facts import Fact
from pedigree.ingest.text.gazetteer import known_organization
from pedigree.ingest.text.normalise import fold, numeral_value
from pedigree.ingest.text.periods import Period
from pedigree.ingest.text.zh.context import Clause, Context
from pedigree.ingest.text.zh.lexicon import (
    ADVISOR_CLAUSE,
    AT_BEFORE,
    COLLEAGUES_AFTER,
    DEGREES,
    DEPARTMENT,
    EDU_CUE,
    FOUND_VERB,
    FOUNDER_TITLE,
    FOUNDER_WORD,
    HEDGE,
    JOIN_BEFORE,
    LEAVE_BEFORE,
    LEFT_AFTER,
    NEGATION,
    NOT_WORK_AFTER,
    NOT_WORK_BEFORE,
    ORIGIN_AFTER,
    ORIGIN_BEFORE,
    SCHOOL_JOB,
    STUDIED_AT,
    TEAM,
    TITLE,
    TITLE_WORD,
    WORK_AFTER,
)
from pedigree.ingest.text.zh.orgs import after_at, describes_employer, without_description

_COORDINATION = re.compile(r"^\s?(?:、|和|与|及|以及|或|或者|，|,)\s?$")
_APPOSITIVE_GAP = re.compile(r"^(?:的)?(?:前|原|现任)?(?P<title>[^，。；：:“”「」\n,;]{0,24})$")
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
_ASIDE = re.compile(r"[（(][^()（）]{0,20}[)）]")
_PREDICATE = re.compile(
    r"\s?(?:本人|自己)?(?:而|但|却)?(?:也|则|正|就|即|曾|曾经|此前|之前|早年|原|原本|原来|本来|以前|过去|现|目前|"
    r"如今|一直)?(?:是|为|系|任|担任|出任|现任|"
    r"曾任|曾是|曾为|原为|原是|现为|此前是|此前为|也是|则是|正是)\s?(?:前|原|现)?$"
)
# Matched at a position (pattern.match(text, pos)), so no ^: it anchors at the position already.
_FOUNDED_BY = re.compile(
    r"[^，。；,;]{0,16}?(?:是)?由(?P<people>[^，。；,;]{2,40}?)(?:于[^，。；,;]{0,12})?(?:在[^，。；,;]{0,8})?"
    r"(?:共同|联合|一起|一同|携手)?" + FOUND_VERB
)
_FOUNDED_BY_CLAUSE = re.compile(
    # (…的初创公司，2022年由阮白和言川在上海创立: a date may open the clause)
    r"\s?(?:并|后|后来|随后)?(?:于?\d{4}年(?:\d{1,2}月)?\s?)?由(?P<people>[^，。；,;]{2,60}?)(?:于[^，。；,;]{0,12})?(?:在[^，。；,;]{0,8})?"
    r"(?:共同|联合|一起|一同|携手)?" + FOUND_VERB
)
_FOUNDED_OF = re.compile(FOUND_VERB + r"(?:了)?[^，。；“”,;)）]{0,14}$")
_FOUNDED_WHEN = re.compile(r"\s?(?:成立于|创立于|创办于|诞生于|于\d{4}年(?:\d{1,2}月)?成立)")
_JOINED_AS_FOUNDER = re.compile(r"以(?:联合)?创始人(?:的)?身份加入$|作为(?:联合)?创始人加入$")
_COMPANION = re.compile(r"(?:和|与|同|跟|携|拉着|带着|联合)(?P<gap>[^，。；,;]{0,16}?)$")
# 我和练晓一起出来，创办了燃点: the two left their employer together, then founded it
_LEFT_TOGETHER = "出来|出走|离职|辞职|下海"
_COMPANION_AFTER = re.compile(
    # (与…毕可澄一道，在上海创立了…: a comma may follow the word for "together")
    rf"^[^，。；,;]{{0,12}}?(?:一起|一同|一道|共同|联合|携手|联手|合伙|搭档|结伴)(?:{_LEFT_TOGETHER})?"
    r"[，,]?[^，。；,;]{0,8}?"
    r"(?:创业|创立|创办|成立|创建|打造|发起|合创)"
)
_DRAGGED = re.compile(r"(?:拉着|拉著|带着|带著|拉上|叫上)[^，。；,;]{0,12}$")
_CO_FOUNDED_IS = re.compile(
    r"(?:一起|一同|共同|联手|联合)(?:创业|" + FOUND_VERB + r")[^。；;]{0,14}?的[，,]?\s?"
    r"(?:是|还有|则是|包括|为|有)(?:[^，。；,;]{0,20}?)$"
)
_RANGE = re.compile(r"^\s?(?:至|到|-|–|—|~|～)\s?$")


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


def read_ties(ctx: Context) -> list[Draft]:
    drafts: list[Draft] = []
    representatives: list[Draft] = []
    for clause in ctx.clauses:
        if not ctx.readable(clause.start, clause.end):
            continue
        _note_topics(ctx, clause)
        drafts += _appositives(ctx, clause)
        drafts += _predicates(ctx, clause)
        drafts += _founded_by(ctx, clause)
        drafts += _someones_company(ctx, clause)
        drafts += _companions(ctx, clause)
        drafts += _held_by(ctx, clause)
        drafts += _bare_roles(ctx, clause)
        drafts += _listed(ctx, clause)
        drafts += _founders_listed(ctx, clause)
        drafts += _founders_counted(ctx, clause)
        drafts += _fellow_founders(ctx, clause)
        drafts += _appointed(ctx, clause)
        drafts += _this_one(ctx, clause)
        representatives += _legal_representatives(ctx, clause)
        drafts += _around_organisations(ctx, clause)
    drafts += _partners_after_colon(ctx)
    drafts += _unless_told_otherwise(representatives, drafts)
    _team_sizes(ctx, drafts)
    return _settle(_partners_as_staff(_expand_degrees(drafts)), ctx.text.folded)


# -- topics -------------------------------------------------------------------------------


_AS_JOB = re.compile(  # (此前是优信集团金融业务负责人: 是 after "before", a past post)
    r"(?:任|担任|出任|任职于?|就职于?|供职于?|加入|进入|效力于?|离开|在|于|前|原|现任|出身于?"
    r"|(?:此前|之前|曾经?|原先|早先)是)\s?$"
)


def _note_topics(ctx: Context, clause: Clause) -> None:
    """The person and the company the story is about from here on: a person named as a
    subject, a company named as one (not as someone's employer: 任达晨财智合伙人)."""
    folded = ctx.text.folded
    for mention in ctx.mentions.within(clause.start, clause.end, "person", "ref", "org"):
        if mention.entity is None:
            continue
        if mention.kind == "person":
            if not ctx._is_object(mention) and mention.entity.name not in ctx.layout.bylined:
                ctx.note_person(mention.start, mention.entity)
        elif mention.kind == "org" and _introduced(mention.entity):
            parent = ctx.mentions.covering(mention.start - 1)
            if (
                _AS_JOB.search(folded[max(clause.start, mention.start - 4) : mention.start])
                or after_at(folded[clause.start : mention.start])  # 在德国博世担任
                # 前字节跳动大力教育副总裁: a unit named right after its parent, as an employer
                or (parent is not None and parent.kind == "org" and parent.end == mention.start)
            ):
                ctx.note_employer(mention.start, mention.entity)
            elif mention.entity not in ctx.employers_named or mention.entity is ctx.main_company:
                # (not 他在平安科技担任…，搭建了平安的定损系统 or 他任职于马士基…。马士基在全球
                # 运营着…: an organisation first named as someone's employer, then its own
                # things — the story's company only where it is the one the story names most)
                ctx.note_company(mention.start, mention.entity)


_UNIT = re.compile(
    r"(?:事业群|事业部|实验室|研究院|研究所|工作室群|工作室|团队|部门|分公司|中国区)$"
)


def _introduced(entity: Entity) -> bool:
    """A company the story introduces: not a well-known name or a unit of one, not an
    investor, not a school."""
    if entity.kind != "org" or "investor" in entity.roles or _UNIT.search(entity.name):
        return False
    return known_organization(entity.name) is None and known_organization(entity.name[:2]) is None


# -- the shapes ---------------------------------------------------------------------------


def _appositives(ctx: Context, clause: Clause) -> list[Draft]:
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
                found.append(
                    _draft(
                        ctx,
                        "founded",
                        person,
                        entity,
                        first,
                        (first.start, person.end),
                        role=named.group("role"),
                        confidence=0.85,
                    )
                )
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
            and _UNIT.search(org.entity.name)
            and re.fullmatch(r"\s?(?:[前原]|旗下的?|的)?\s?", folded[before[-2].end : org.start])
        ):
            org = before[-2]  # 宁德时代原换电事业部总经理虞照岩: a unit's post is the company's
        if org is not None:
            # (原 between the company and its unit, as before the company: a former post)
            former_unit = bool(re.match(r"\s?[前原]", folded[org.end : org.end + 2]))
            between = _ASIDE.sub("", folded[org.end : person.start])
            # 肿瘤医院病理科前副主任: "former" said after the department, not before the firm
            unit_former = _UNIT_FORMER.match(between)
            if unit_former:
                between = unit_former.group("unit") + between[unit_former.end() :]
            gap = _APPOSITIVE_GAP.match(between)
            title = gap.group("title").strip() if gap else ""
            if (
                gap
                and title
                and not _POACHED.match(between)  # 从研华挖角前…总监蒋文琪: read as a hire
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
                    if kind == "employment" and re.search(r"顾问", title) and _introduced(entity):
                        continue  # an advisor of the startup: no job there
                    if kind == "founded":
                        found.append(
                            _draft(
                                ctx,
                                kind,
                                person,
                                entity,
                                org,
                                (org.start, person.end),
                                role=title,
                                confidence=0.85,
                            )
                        )
                        continue
                    for one in re.split(r"\s?[、/]\s?", title):  # 副总裁、研究院院长: two titles
                        found.append(
                            _draft(
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
                    found.append(
                        _draft(
                            ctx,
                            "founded",
                            person,
                            entity,
                            org,
                            (org.start, person.end),
                            role=named.group("role"),
                            confidence=0.85,
                        )
                    )
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
                        _draft(
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
                    _draft(
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
        if founder and not re.search(r"的\s?$", lead[: founder.start()]):
            company = _company_at(ctx, clause, person.start)
            if company is not None:
                title = founder.group().strip()
                found.append(
                    _draft(
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
    return found


# An executive's title right before a name, opening its clause (or after 由, 、, 现任 …):
# 首席财务官俞曼宁, 由现任财务副总裁谭少钧. Not 合伙人, 分析师 or 教授: an outsider's posts; and a
# department before 副总裁/总监 is one of a company's own, not another firm's name (前途家副总裁).
_OFFICER_BEFORE = re.compile(
    r"(?:(?<=[，。；：:,;、\s由和及与])|公司|本公司|^)\s?(?P<former>前|原)?(?:现任|新任|候任)?\s?"
    r"(?P<title>首席[\u4e00-\u9fff]{1,6}官|(?:CEO|CTO|COO|CFO|CPO|CMO|CSO|CIO)|总裁|副总裁|总经理|"
    rf"董事长|{DEPARTMENT}(?:副总裁|总监|负责人)|(?:执行|技术|营运|财务|行销|产品|策略|研发)长)"
    r"\s?(?:为|是)?\s?$"
)


def _officer_company(ctx: Context, sentence_start: int, position: int) -> Entity | None:
    """The company an officer named with no organisation serves: an introduced one named
    earlier in the sentence, else the one the page is about."""
    named = [
        m
        for m in ctx.mentions.within(sentence_start, position, "org")
        if m.entity is not None and _introduced(m.entity)
    ]
    if named:
        return named[-1].entity
    company = ctx.main_company
    return company if company is not None and _introduced(company) else None


def _other_person_between(ctx: Context, org: Mention, person: Mention) -> bool:
    return bool(ctx.mentions.within(org.end, person.start, "person"))


_AFTER_PREDICATE = re.compile(r"(?<=[是为])\s?(?P<words>[^，。；,;\s]{1,12})$")


def _without_kind(words: str) -> str:
    """The words between a predicate and a company without the kind of company said between
    (是|跨境支付初创企业|汇澄科技 → 是)."""
    match = _AFTER_PREDICATE.search(words)
    if match is None or not describes_employer(match.group("words")):
        return words
    return words[: match.start()]


def _predicates(ctx: Context, clause: Clause) -> list[Draft]:
    """NAME 是/为/曾任 [前] ORG [的] TITLE: 闻笛是岫光科技的创始人兼CEO,
    何映雪为前字节跳动…负责人."""
    found = []
    folded = ctx.text.folded
    orgs = ctx.mentions.within(clause.start, clause.end, "org", "school", "ref")
    for org in orgs:
        if org.kind == "ref" and org.form != "company":
            continue
        subject = ctx.subject(clause, org.start)
        inside = subject is not None and clause.start <= subject.start and subject.end <= org.start
        start = subject.end if inside else clause.start  # …，也是MiniMax的…: the clause's own words
        link = _PREDICATE.fullmatch(folded[start : org.start]) or _PREDICATE.fullmatch(
            _without_kind(folded[start : org.start])
        )  # 是跨境支付初创企业汇澄科技的创始人: the kind of company said before its name
        if not link:
            continue
        person = ctx.resolve(subject) if subject else ctx.person_of(clause, org.start)
        if person is None:
            continue
        tail = folded[org.end : clause.end]
        title = re.match(
            r"^(?:的)?(?P<title>[^，。；、（(,;]{0,24}?" + r")(?=[，。；,;]|$|，)", tail
        )
        words = title.group("title") if title else ""
        if not words or not TITLE.search(words) or re.search(r"客户|对手|投资|股东", words):
            continue
        entity = ctx.resolve(org)
        if entity is None:
            continue
        former = "前" in link.group() or "原" in link.group() or "曾" in link.group()
        if FOUNDER_WORD.search(words):
            found.append(
                _draft(
                    ctx,
                    "founded",
                    subject,
                    entity,
                    org,
                    (clause.start, clause.end),
                    role=words.strip(),
                    confidence=0.85,
                    person=person,
                )
            )
        elif not (ADVISOR_CLAUSE.search(words) and _introduced(entity)):
            found.append(
                _draft(
                    ctx,
                    "employment",
                    subject,
                    entity,
                    org,
                    (clause.start, clause.end),
                    title=words.strip(),
                    current=not former,
                    confidence=0.8,
                    person=person,
                )
            )
    return found


# The verbs that give a post, in the order they are tried (获委任为 before 获委任).
_ROLE_VERBS = (
    "是", "为", "任", "担任", "出任", "现任", "成为", "获委任为", "获委任", "获任命为", "获聘为",
    "做", "当",
)
_BARE_ROLE = re.compile(
    r"\s?(?:(?:于|自)?\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:起)?)?"  # 于2025年11月获委任为…
    r"\s?(?:也|则|正|现|现为|目前|同样|同样也|如今|随后|后来)?"
    # (任何, 任意, 任务: not 任 of a post)
    r"(?P<verb>" + "|".join(v + ("(?![何意务])" if v == "任" else "") for v in _ROLE_VERBS) + ")"
    r"(?:本公司|公司|我们的?)?"
    r"(?P<title>[^，。；（(,;]{0,30}?)(?=[，。；,;]|$)"
)


# Every verb holds its own last character: a clause without any of those is no bare role, and
# its subject need not be looked for.
_BARE_ROLE_VERB = re.compile("[" + "".join(sorted({v[-1] for v in _ROLE_VERBS})) + "]")

_APPOINTED = re.compile(r"(?:任命|委任|聘任|聘请|提拔|提名|委派)\s?$")
_APPOINTED_AS = re.compile(
    r"\s?(?:为|担任|出任)(?P<title>[^，。；、（(,;]{1,24}?)(?=[，。；,;]|$|，)"
)


def _appointed(ctx: Context, clause: Clause) -> list[Draft]:
    """公司任命郦清为首席财务官: a job at the company in question."""
    found = []
    folded = ctx.text.folded
    for person in ctx.mentions.within(clause.start, clause.end, "person"):
        if not _APPOINTED.search(folded[max(clause.start, person.start - 4) : person.start]):
            continue
        match = _APPOINTED_AS.match(folded[person.end : clause.end])
        if not match or not TITLE.fullmatch(match.group("title").strip()):
            continue
        orgs = [
            m
            for m in ctx.mentions.within(clause.start, person.start, "org", "ref")
            if m.kind == "org" or m.form == "company"
        ]
        company = ctx.resolve(orgs[-1]) if orgs else ctx.topic_company(person.start)
        if company is not None:
            found.append(
                _draft(
                    ctx,
                    "employment",
                    person,
                    company,
                    None,
                    (clause.start, clause.end),
                    title=match.group("title").strip(),
                    current=True,
                    confidence=0.8,
                )
            )
    return found


# Joining a company a post is then taken at (narrower than JOIN_BEFORE: not 去了, 回到).
_JOINED_BEFORE = re.compile(r"(?:加入|加盟|入职|跳槽(?:到|至)|转投|进入)\s?$")


def _joined_in_sentence(ctx: Context, clause: Clause) -> tuple[Entity | None, bool]:
    """The company the sentence has its subject join or found before this clause (加入快手，
    担任…; 创办了一家名为“句点互动”的公司，出任CEO), and whether it was founded."""
    folded = ctx.text.folded
    sentence_start = ctx.sentence_at(clause.start)[0]
    for org in reversed(ctx.mentions.within(sentence_start, clause.start, "org")):
        before = folded[max(sentence_start, org.start - 16) : org.start].rstrip(" “「")
        if _JOINED_BEFORE.search(before):
            return ctx.resolve(org), False
        if _FOUNDED_OF.search(before) and not HEDGE.search(before):
            return ctx.resolve(org), True
    return None, False


# 严可于2025年6月加入，任COO: joined (the company in question) and took the post
_JOINED_JUST_BEFORE = re.compile(r"(?:加入|加盟|入职)\s?[，,]\s?$")


def _bare_roles(ctx: Context, clause: Clause) -> list[Draft]:
    """NAME 是 联合创办人兼技术总监, NAME 获委任为非执行董事: a role with no organisation named
    is a role at the company in question."""
    found = []
    folded = ctx.text.folded
    if not _BARE_ROLE_VERB.search(folded, clause.start, clause.end):
        return found
    subject = ctx.subject(clause)
    if subject is None:
        return found
    start = subject.end if subject.start >= clause.start else clause.start
    match = _BARE_ROLE.match(folded, start, clause.end)
    if not match:
        return found
    title = match.group("title").strip()
    if (
        not title
        # 联合创始人、首席医疗官: two posts, each a title
        or not all(TITLE.fullmatch(part) for part in re.split(r"\s?[、/]\s?", title))
        or ctx.mentions.within(match.start(), clause.end, "org", "school")
        # 郝青禾任联合创始人: a bare 任 names a founder's post (甄牧任CEO, said of co-founders
        # after their founding, is read with the founding)
        or (
            match.group("verb") == "任"
            and folded[match.start("verb") - 1] not in "现曾"  # 现任 is a post held
            and not FOUNDER_WORD.search(title)
            and not _JOINED_JUST_BEFORE.search(folded, clause.start - 12, clause.start)
        )
    ):
        return found
    company, founding = _joined_in_sentence(ctx, clause)
    company = company or ctx.topic_company(subject.start)
    person = ctx.resolve(subject)
    if company is None or person is None:
        return found
    if FOUNDER_WORD.search(title) or founding:
        found.append(
            _draft(
                ctx,
                "founded",
                subject,
                company,
                None,
                (clause.start, clause.end),
                role=title,
                confidence=0.8,
            )
        )
    elif not ADVISOR_CLAUSE.search(title):
        found.append(
            _draft(
                ctx,
                "employment",
                subject,
                company,
                None,
                (clause.start, clause.end),
                title=title,
                current=True,
                confidence=0.75,
            )
        )
    return found


_LIST_ROLE = re.compile(
    r"^\**(?:先生|女士|博士|教授)?(?:[，,]\s?\d{2}岁)?[ \t　：:|｜,，*]+(?:本公司|公司|本集团)?"
    # (a sentence is no role: 仝欣悦是我们的联合创始人 after a speaker's label)
    r"(?P<role>(?:(?:(?![是我])[\u4e00-\u9fffA-Za-z ]){0,8}?"
    + TITLE_WORD
    + r")(?:\s*(?:/|、|兼|暨|及|和)\s*(?:[\u4e00-\u9fffA-Za-z ]{0,8}?"
    + TITLE_WORD
    + r"))*)\s*(?=[，。；,;\n]|$)"
)


_BULLETS = " \t　*-•·■□◆◇▪▸►▶●○"


def _listed(ctx: Context, clause: Clause) -> list[Draft]:
    """A team list line: 杜昀　创始人兼CEO。…, 班睿：联合创始人兼CTO，… — the person holds the
    role at the company the section is about."""
    folded = ctx.text.folded
    if ctx.sections:
        return []  # a demo-day post: its team lists are read as members
    line_start = folded.rfind("\n", 0, clause.start) + 1
    if folded[line_start : clause.start].strip(_BULLETS):
        return []
    people = ctx.mentions.within(clause.start, clause.end, "person")
    if not people or folded[line_start : people[0].start].strip(_BULLETS):
        return []
    person = people[0]
    if ctx.layout.answer_at(person.end + 1) is not None:
        return []  # 端木衡：仝欣悦是我们的联合创始人: a speaker's label, then what they say
    match = _LIST_ROLE.match(folded[person.end : ctx.sentence_at(person.start)[1]] + "。")
    if not match:
        return []
    role = match.group("role").strip()
    company = ctx.topic_company(person.start)
    if company is None or ADVISOR_CLAUSE.search(role) and not FOUNDER_WORD.search(role):
        return []
    kind = "founded" if FOUNDER_WORD.search(role) else "employment"
    fields = {"role": role} if kind == "founded" else {"title": role, "current": True}
    return [
        _draft(
            ctx,
            kind,
            person,
            company,
            None,
            (person.start, person.end + match.end()),
            confidence=0.8,
            **fields,
        )
    ]


# The founders named as a list after the post: 联合创始人为张伟和李强, 共同创办人还包括前勤业众信…
# 副总经理施佩颖，以及曾任玉山银行…的杜宇恒 — each person of the list, whatever describes them.
_FOUNDERS_ARE = re.compile(
    r"(?P<post>联合创始人|共同创始人|联合创办人|共同创办人|创始团队成员|创始成员)(?:还|则)?"
    r"(?:包括|分别为|分别是|还有|为|是)\s?"
)
_LIST_JOINER = re.compile(r"、|和|与|及|以及|还有")
_SAYS_AFTER = re.compile(r"\s?(?:表示|说|认为|指出|称|透露)")


def _founders_listed(ctx: Context, clause: Clause) -> list[Draft]:
    found = []
    folded = ctx.text.folded
    sentence_end = ctx.sentence_at(clause.start)[1]
    for trigger in _FOUNDERS_ARE.finditer(folded, clause.start, clause.end):
        if re.search(
            r"的(?:另一位|另一名|另一|其他|其余)?\s?$",
            folded[max(clause.start, trigger.start() - 5) : trigger.start()],
        ):
            continue  # 他的联合创始人是…, 曜守的另一位…: read with whose they are (_appositives)
        company = _company_at(ctx, clause, trigger.start())
        if company is None:
            continue
        previous = trigger.end()
        for person in ctx.mentions.within(trigger.end(), sentence_end, "person"):
            between = folded[previous : person.start]
            # the first name, or one after a joiner, with only a description before it
            head = between if previous == trigger.end() else None
            if head is None:
                joiner = _LIST_JOINER.search(between)
                if joiner is None or re.search(r"[。；;]", between):
                    break
                head = between[joiner.end() :]
            if re.search(r"[，,。；;]|表示|认为", head) or _SAYS_AFTER.match(folded, person.end):
                break
            found.append(_founder_by_post(ctx, person, company, trigger, 0.8))
            previous = person.end
    return found


def _founder_by_post(
    ctx: Context, person: Mention, company: Entity, trigger: re.Match, confidence: float
) -> list[Draft] | Draft:
    """A founding read from a post word (联合创始人为…, 两位联合创始人…) and a person after it."""
    return _draft(
        ctx,
        "founded",
        person,
        company,
        None,
        (trigger.start(), person.end),
        role=trigger.group("post"),
        confidence=confidence,
    )


# Co-founders counted, then named as the subjects of the clauses that follow: 驰桩的另外两位
# 联合创始人也已浮出水面。A曾任…；B则来自….
_FOUNDERS_COUNTED = re.compile(
    r"(?:另外|另|其余|其他)?(?P<n>[两二三四234])\s?(?:位|名)"
    r"(?P<post>联合创始人|共同创始人|联合创办人|共同创办人)"
)
_HOW_MANY = {"两": 2, "二": 2, "2": 2, "三": 3, "3": 3, "四": 4, "4": 4}


def _founders_counted(ctx: Context, clause: Clause) -> list[Draft]:
    found = []
    folded = ctx.text.folded
    for trigger in _FOUNDERS_COUNTED.finditer(folded, clause.start, clause.end):
        sentence_end = ctx.sentence_at(trigger.start())[1]
        if ctx.mentions.within(trigger.end(), sentence_end, "person"):
            continue  # named in the same sentence: read as a list or an apposition
        company = _company_at(ctx, clause, trigger.start())
        if company is None:
            continue
        paragraph_end = folded.find("\n", sentence_end)
        paragraph_end = len(folded) if paragraph_end < 0 else paragraph_end
        subjects: list[Mention] = []
        for person in ctx.mentions.within(sentence_end, paragraph_end, "person"):
            opens = re.search(r"(?:^|[。；;！!？?])\s*$", folded[sentence_end : person.start])
            if opens and person.entity not in {p.entity for p in subjects}:
                subjects.append(person)
        # only when the clauses that follow open with exactly as many people as were counted
        if len(subjects) != _HOW_MANY[trigger.group("n")]:
            continue
        found += [_founder_by_post(ctx, person, company, trigger, 0.75) for person in subjects]
    return found


# 与仉嘉树一起创业的尉迟蔓, 和他一起创业的是前同事X: the one who started the company with the
# founder named (or meant) before.
_STARTED_WITH = re.compile(
    r"(?:与|和|跟|同)[^，。；,;]{1,6}?(?:一起|一同|共同|联合)(?:创业|创办公司|创立公司)的(?:是|为|还有)?"
)


def _fellow_founders(ctx: Context, clause: Clause) -> list[Draft]:
    found = []
    for match in _STARTED_WITH.finditer(ctx.text.folded, clause.start, clause.end):
        people = ctx.mentions.within(match.end(), min(clause.end, match.end() + 16), "person")
        if not people or people[0].start - match.end() > 12:
            continue
        company = _company_at(ctx, clause, match.start())
        if company is None:
            continue
        found.append(
            _draft(
                ctx, "founded", people[0], company, None, (match.start(), people[0].end),
                role=None, confidence=0.75,
            )
        )
    return found


# A field's label before a sentence's subject: 7.标的公司简介：瑞思科技成立于…
_FIELD_LABEL = re.compile(
    r"\s*(?:\d{1,2}\s?[.、．]\s?)?(?:[^，。；,;:：\s]{1,10}[:：]|【[^】\n]{1,8}】)\s*"  # 【编者按】
)


def _founded_by(ctx: Context, clause: Clause) -> list[Draft]:
    """ORG [于…] 由 A[、和及 B] [共同] 创立: the people named founded it."""
    found = []
    folded = ctx.text.folded
    sentence_start, sentence_end = ctx.sentence_at(clause.start)
    candidates = ctx.mentions.within(sentence_start, clause.end, "org", "ref")
    for org in candidates:
        if org.kind == "ref" and org.form != "company":
            continue
        match = _FOUNDED_BY.match(folded, org.end, sentence_end)
        label = _FIELD_LABEL.match(folded, sentence_start, org.start)
        subject_first = not folded[
            label.end() if label else sentence_start : org.start
        ].strip() or bool(_FOUNDED_WHEN.match(folded, org.end))  # 他加入的X成立于2023年，由…
        if not match and subject_first:
            # 栢域成立于2021年，由…共同创立: the sentence's subject, founded in a later clause.
            later = _FOUNDED_BY_CLAUSE.search(folded, clause.start, clause.end)
            match = later if later and later.start() == clause.start else None
        if not match or match.start("people") < clause.start - 40:
            continue
        people = ctx.mentions.within(match.start("people"), match.end("people"), "person", "ref")
        entity = ctx.resolve(org)
        if entity is None:
            continue
        for person in people:
            if person.kind == "ref" and person.form not in ("he", "she"):
                continue
            found.append(
                _draft(
                    ctx, "founded", person, entity, org, (org.start, match.end()), confidence=0.9
                )
            )
    return found


_OWNED = re.compile(r"^\s?(?:正|就|也|便|则)?是\s?$")
_OWN_COMPANY = re.compile(r"^\s?的(?:新|第一家|第二家|首家)?(?:公司|创业公司|创业项目|新项目|项目)")


def _someones_company(ctx: Context, clause: Clause) -> list[Draft]:
    """ORG 正是 NAME 的新公司 / 创业项目: the person's own company, founded by them."""
    found = []
    folded = ctx.text.folded
    for org in ctx.mentions.within(clause.start, clause.end, "org"):
        people = ctx.mentions.within(org.end, clause.end, "person", "ref")
        if not people or not _OWNED.match(folded[org.end : people[0].start]):
            continue
        person = people[0]
        if person.kind == "ref" and person.form not in ("he", "she"):
            continue
        if not _OWN_COMPANY.match(folded[person.end : clause.end]) or org.entity is None:
            continue
        found.append(
            _draft(ctx, "founded", person, org.entity, org, (org.start, clause.end), confidence=0.8)
        )
    return found


def _listed_after(ctx: Context, person: Mention, end: int) -> list[Mention]:
    """The people listed after `person`, each perhaps with a title before the name:
    阙思妤、前海康威视算法专家卜俊熙."""
    folded = ctx.text.folded
    found: list[Mention] = []
    position = person.end
    while True:
        joiner = re.match(r"\s?(?:、|和|及|以及)\s?", folded[position:end])
        if joiner is None:
            return found
        start = position + joiner.end()
        nxt = next(iter(ctx.mentions.within(start, min(end, start + 18), "person")), None)
        if nxt is None or re.search(
            r"[，。；,;]|一起|一同|共同|创办|创立|创业|加入", folded[start : nxt.start]
        ):
            return found
        found.append(nxt)
        position = nxt.end


_TOGETHER_NEXT = re.compile(
    rf"[^，。；,;]{{0,12}}?(?:一起|一同|一道|携手|联手|结伴)(?:{_LEFT_TOGETHER})?"
)
_JOINED_AS_FOUNDER_NEXT = re.compile(r"^\s?(?:也|则)?(?:以|作为)(?:联合)?创始人(?:的)?身份?加入")


def _companions(ctx: Context, clause: Clause) -> list[Draft]:
    """The people who started a company with its founder: 和袁峤一起在深圳创立了岫光, 和他一起
    创业的是…戴若琳, 后者以联合创始人身份加入弈川, 拉着…的老朋友许哲维一起创业."""
    found = []
    folded = ctx.text.folded
    sentence_start = ctx.sentence_at(clause.start)[0]
    for person in ctx.mentions.within(clause.start, clause.end, "person", "ref"):
        if person.kind == "ref" and person.form not in ("he", "she"):
            continue
        before = folded[clause.start : person.start]
        listed = _listed_after(ctx, person, clause.end) if _COMPANION.search(before) else []
        end = listed[-1].end if listed else person.end  # 与A、前…专家B一起创办了…
        stop = clause.end
        if _TOGETHER_NEXT.fullmatch(folded[end:stop]):
            nxt = ctx.clause_at(stop + 1) if folded[stop : stop + 1] in "，," else None
            stop = nxt.end if nxt is not None else stop  # 与毕可澄一道，在上海创立了…
        after = folded[end:stop]
        company = None
        together = _COMPANION_AFTER.match(after)
        if (
            _COMPANION.search(before)
            and together
            # 和他一起创业的是…: the verb's 的 says the one who founded it comes later (not
            # 一道创立了构衡软件的前身, where 的 is the company's)
            and not re.match(r"^[^，。；,;]{0,2}?的", after[together.end() :])
        ):
            rest = after[together.end() :]
            orgs = [
                o
                for o in ctx.mentions.within(end + together.end(), stop, "org", "ref")
                if o.kind == "org" or o.form == "company"
            ]
            direct = orgs and re.match(
                r"^了?\s?(?:[^，。；,;]{0,12}?(?:公司|企业|创企|项目|品牌))?\s?[“「『]?$",
                folded[end + together.end() : orgs[0].start],
            )  # 一起创办了“邻里云店”, 共同创立了新公司「远策智能」
            company = ctx.resolve(orgs[0]) if direct else _company_at(ctx, clause, person.start)
            del rest
        elif _CO_FOUNDED_IS.search(folded[sentence_start : person.start]):
            company = ctx.topic_company(person.start)
        elif _DRAGGED.search(before):
            # 她拉着学长洪柏霖，在台南创立渔光: the one brought along founded it too.
            sentence_end = ctx.sentence_at(clause.start)[1]
            verb = re.match(
                r"^[^。；;]{0,24}?" + FOUND_VERB + r"了?", folded[person.end : sentence_end]
            )
            orgs = (
                [
                    o
                    for o in ctx.mentions.within(
                        person.end + verb.end(), sentence_end, "org", "ref"
                    )
                    if o.kind == "org" or o.form == "company"
                ]
                if verb
                else []
            )
            if orgs and orgs[0].start - (person.end + verb.end()) <= 1:
                company = ctx.resolve(orgs[0])
        if company is not None:
            found += [
                _draft(
                    ctx,
                    "founded",
                    companion,
                    company,
                    None,
                    (clause.start, stop),  # (与毕可澄一道，在上海创立了…: the next clause too)
                    confidence=0.8,
                )
                for companion in (person, *listed)
            ]
        joined = _JOINED_AS_FOUNDER_NEXT.match(after)
        if joined:
            orgs = [
                o
                for o in ctx.mentions.within(person.end + joined.end(), clause.end, "org", "ref")
                if o.kind == "org" or o.form == "company"
            ]
            target = ctx.resolve(orgs[0]) if orgs else ctx.topic_company(person.start)
            if target is not None:
                found.append(
                    _draft(
                        ctx,
                        "founded",
                        person,
                        target,
                        orgs[0] if orgs else None,
                        (person.start, clause.end),
                        role="联合创始人",
                        confidence=0.85,
                    )
                )
    return found


_TITLE_HELD_BY = re.compile(r"^(?:的)?(?P<title>" + TITLE.pattern + r")(?:则|将|一职)?由")
_HOLDS = re.compile(r"(?:担任|出任|接任|兼任)")


def _held_by(ctx: Context, clause: Clause) -> list[Draft]:
    """公司CTO则由前网易伏羲实验室研究员柏舟担任: the company's title, held by the person named."""
    found = []
    folded = ctx.text.folded
    for org in ctx.mentions.within(clause.start, clause.end, "org", "ref"):
        if org.kind == "ref" and org.form != "company":
            continue
        match = _TITLE_HELD_BY.match(folded[org.end : clause.end])
        if not match:
            continue
        tail = _HOLDS.search(folded[org.end + match.end() : clause.end])
        people = ctx.mentions.within(org.end + match.end(), clause.end, "person")
        if not tail or not people:
            continue
        entity = ctx.resolve(org)
        if entity is not None:
            found.append(
                _draft(
                    ctx,
                    "employment",
                    people[-1],
                    entity,
                    org,
                    (org.start, clause.end),
                    title=match.group("title"),
                    current=True,
                    confidence=0.8,
                )
            )
    return found


def _without_names(ctx: Context, clause: Clause) -> str:
    """The clause's words with the organisations' names blanked."""
    chars = list(ctx.text.folded[clause.start : clause.end])
    for m in ctx.mentions.within(clause.start, clause.end, "org", "school"):
        chars[m.start - clause.start : m.end - clause.start] = " " * (m.end - m.start)
    return "".join(chars)


_AT_ONLY = re.compile(r"\s?(?:在|于)")


# 工商信息显示，X公司成立于2026年5月，宓启航为法定代表人: the registered founder of a company
# the sentence says was just set up.
_REPRESENTATIVE_AFTER = re.compile(r"\s?(?:为|是|担任)(?:该公司|公司)?(?:的)?法定代表人")
_REPRESENTATIVE_BEFORE = re.compile(r"法定代表人(?:为|是)\s?$")
_SET_UP = re.compile(r"成立于|于[^，。；,;]{0,12}成立|注册成立|新成立|注册了|成立了")


def _legal_representatives(ctx: Context, clause: Clause) -> list[Draft]:
    """A new company's legal representative, named in the sentence that says it was set up."""
    folded = ctx.text.folded
    found = []
    for person in ctx.mentions.within(clause.start, clause.end, "person"):
        named = _REPRESENTATIVE_BEFORE.search(
            folded, max(clause.start, person.start - 8), person.start
        )
        if not (named or _REPRESENTATIVE_AFTER.match(folded, person.end)):
            continue
        start, _ = ctx.sentence_at(clause.start)
        orgs = [
            m
            for m in ctx.mentions.within(start, clause.end, "org")
            if m.entity is not None and _SET_UP.match(folded, m.end, m.end + 16)
        ]
        if not orgs or HEDGE.search(folded[start : clause.end]):
            continue
        company = orgs[-1]
        span = (start, clause.end)
        found.append(_draft(ctx, "founded", person, company.entity, company, span, confidence=0.75))
    return found


# 这位穗衍生物创始人兼CEO，四年前还在…: "this founder of X" — the person the story is about
_THIS_ONE = re.compile(r"这位(?P<desc>[^，。；,;“”]{3,30}?)(?=[，。；,;]|$)")


def _this_one(ctx: Context, clause: Clause) -> list[Draft]:
    """A post described with 这位 (this …) instead of a name: the story's person holds it."""
    found = []
    folded = ctx.text.folded
    for match in _THIS_ONE.finditer(folded, clause.start, clause.end):
        orgs = ctx.mentions.within(match.start("desc"), match.end("desc"), "org")
        if len(orgs) != 1 or ctx.mentions.within(match.start(), match.end(), "person"):
            continue
        title = folded[orgs[0].end : match.end("desc")].lstrip("的")
        company = ctx.resolve(orgs[0])
        person = ctx.topic_person(match.start())
        if not title or not TITLE.fullmatch(title) or company is None or person is None:
            continue
        kind = "founded" if FOUNDER_WORD.search(title) else "employment"
        fields = {"role": title} if kind == "founded" else {"title": title, "current": True}
        found.append(_draft(ctx, kind, None, company, orgs[0], (clause.start, clause.end),
                            confidence=0.75, person=person, **fields))
    return found


def _unless_told_otherwise(representatives: list[Draft], drafts: list[Draft]) -> list[Draft]:
    """A legal representative is the founder unless the story gives them another post at the
    company (予声由宓骁创办…欧芷目前担任公司行政负责人: a registered stand-in). Another founder
    named is no reason: 该公司的另一位联合创始人为庞小满 says the representative is one too."""
    posts = {(id(d.person), id(d.org)) for d in drafts if d.kind == "employment"}
    return [r for r in representatives if (id(r.person), id(r.org)) not in posts]


def _around_organisations(ctx: Context, clause: Clause) -> list[Draft]:
    """Each organisation (or coordinated group) in the clause, read by the words around it."""
    found = []
    folded = ctx.text.folded
    if _TEAM_ORIGIN_NEXT.match(folded, clause.start) and _TEAM_BEFORE.search(
        folded, max(0, clause.start - 14), clause.start
    ):
        return found  # 团队约40人，主要来自深信服、奇安信和华为: where the team came from
    for group in _groups(ctx, clause):
        first, last = group[0], group[-1]
        # Spaces and quote marks around a name say nothing: 跳槽到 OPPO, 公司“电小满”.
        pre = folded[clause.start : first.start].rstrip(' “「『"')
        post = folded[last.end : clause.end].lstrip(' ”」』"')
        entity = ctx.resolve(first)
        kind = _relation(
            pre,
            post,
            first.kind,
            folded[clause.start : clause.end],
            entity.name if entity is not None else "",
        )
        if (
            kind is None
            and _AT_ONLY.fullmatch(pre)
            and re.fullmatch(r"\s?(?:时|期间|的时候|任职期间|工作期间|那几年|的几年)?", post)
        ):
            # 在地平线，班朝晖管过芯片研发: the place stands before the clause it belongs to.
            nxt = ctx.clause_at(clause.end + 1)
            if (
                nxt is not None
                and nxt.sentence == clause.sentence
                and WORK_AFTER.match(
                    re.sub(
                        r"^[^，,。；;]{0,6}?(?=[\u4e00-\u9fff])", "", folded[nxt.start : nxt.end]
                    )
                )
            ):
                kind = "employment"
        if kind is None:
            continue
        person_mention, person = _subject_for(ctx, clause, first, last)
        if person is None:
            continue
        people = [(person_mention, person)]
        if person_mention is not None and person_mention.kind == "person":
            people += [(m, m.entity) for m in ctx.coordinated(person_mention)[1:]]
        elif person_mention is not None and person_mention.form == "group":
            people = [(None, p) for p in ctx.resolve_all(person_mention)]
        if kind == "founded":
            verbs = list(re.finditer(FOUND_VERB, pre))
            if verbs and ctx.mentions.within(
                clause.start + verbs[-1].end(), first.start, "org", "product"
            ):
                continue  # 创办的公司“货舱云”于2022年被有赞收购: the verb's object came first
        if kind == "employment" and re.match(
            r"^(?:[^，。；,;]{0,6}?(?:担任|出任|任|是|为)(?:其)?|的?)"
            r"(?:联合创始人|创始人|联合创办人|创办人|共同创办人|共同创始人)",
            _ASIDE.sub("", post),  # 跃动运动科技（KineticPlay）的创办人
        ):
            kind = "founded"  # 担任栖梧联合创始人兼CTO, 晶衍的联合创始人: a founding
        for org, (person_mention, person) in [(o, p) for o in group for p in people]:
            entity = ctx.resolve(org)
            if entity is None or entity is person:
                continue
            if (
                kind in ("employment", "founded")
                and ADVISOR_CLAUSE.search(_without_names(ctx, clause))  # not 绿格顾问's 顾问
                and (_introduced(entity) or "加入" in pre)
            ):
                continue
            fields = _details(ctx, clause, kind, org, pre, post)
            found.append(
                _draft(
                    ctx,
                    kind,
                    person_mention,
                    entity,
                    org,
                    (clause.start, clause.end),
                    confidence=0.8,
                    person=person,
                    **fields,
                )
            )
    return found


# 与两位搭档一起创立了栈桥智能：一位是…樊竹青，另一位是…邢骁 — the partners named after a colon.
_PARTNERS_THEN_COLON = re.compile(
    r"(?:与|和|同|跟|携)[^，。；：:]{0,6}?(?:两|三|四|几|[2-4])(?:位|名|个)"
    r"(?:搭档|合伙人|伙伴|联合创始人|同事|朋友|校友|老同事)[^，。；：:]{0,8}?"
    + FOUND_VERB
    + r"了?(?P<org>[^，。；：:]{1,20})[：:]"
)
_ONE_OF_THEM = re.compile(
    r"(?:其中)?(?:一位|一个|另一位|另一个|另外一位|第[二三]位)(?:则)?(?:是|为)"
)


def _partners_after_colon(ctx: Context) -> list[Draft]:
    found = []
    folded = ctx.text.folded
    for start, end in ctx.sentences:
        for match in _PARTNERS_THEN_COLON.finditer(folded, start, end):
            orgs = ctx.mentions.within(match.start("org"), match.end("org"), "org")
            entity = ctx.resolve(orgs[-1]) if orgs else None
            if entity is None:
                continue
            cues = list(_ONE_OF_THEM.finditer(folded, match.end(), end))
            for i, cue in enumerate(cues):
                stop = cues[i + 1].start() if i + 1 < len(cues) else end
                people = ctx.mentions.within(cue.end(), stop, "person")
                if people:  # the name ends the description: 前产品总监樊竹青
                    person = people[-1]
                    found.append(
                        _draft(
                            ctx,
                            "founded",
                            person,
                            entity,
                            orgs[-1],
                            (match.start(), person.end),
                            confidence=0.8,
                        )
                    )
    return found


def _groups(ctx: Context, clause: Clause) -> list[list[Mention]]:
    """Organisations in the clause, coordinated ones together (腾讯音乐、网易云音乐)."""
    folded = ctx.text.folded
    orgs = [
        m
        for m in ctx.mentions.within(clause.start, clause.end, "org", "school", "ref")
        if m.kind != "ref" or m.form == "company"
    ]
    groups: list[list[Mention]] = []
    for org in orgs:
        if (
            groups
            and _COORDINATION.match(folded[groups[-1][-1].end : org.start])
            and (groups[-1][-1].kind == org.kind)
        ):
            groups[-1].append(org)
        else:
            groups.append([org])
    return groups


_JOINED_DESCRIBED = re.compile(JOIN_BEFORE.pattern.removesuffix("$") + r"了?[^，。；,;]{1,14}的$")


_AT_END = re.compile(r"(?:在|于)$")
_DENIED_NEXT = re.compile(r"^[^，。,]{0,6}(?:没有|从未|并未)")
_INSTITUTE_END = re.compile(r"(?:研究所|研究院|实验室|所|科学院)$")
_BELIEVED = re.compile(r"以为|误以为|误认为|错以为")
_LISTING_NEXT = re.compile(r"^\s?的?\s?(?:上市|挂牌|IPO|首次公开发行)")
_OWNED_NEXT = re.compile(r"^\s?旗下")
_SUPPLY_CHAIN_NEXT = re.compile(
    r"^\s?的?(?:供应链|采购体系|供应商名单)(?!经理|总监|负责人|主管|部|团队)"
)
_IS_BEFORE = re.compile(r"(?:(?<![认以称作因成])为|(?<![但只总还就正也即于])是|系)\s?$")
_FOUNDER_JOINING = re.compile(r"(?:以|作为)(?:联合)?创始人(?:的)?身份?加入$")
_AS_ADVISER = re.compile(r"(?:以|作为)[^，。；,;]{0,8}顾问")
_FROM_END = re.compile(r"(?:从|自|由)$")


_TOGETHER_AT_END = re.compile(r"(?:同在|都在|均在|一起在|同时在|先后在)$")
_POST_VERB_END = re.compile(r"(?:曾|曾经|先后|此前|之前)?(?:任|担任|出任|任职)(?:过)?$")


_TEAM_ORIGIN_NEXT = re.compile(r"\s?(?:主要|大多数?|大部分|多数?|均|都)?(?:来自|出身于?|出自)")
_TEAM_BEFORE = re.compile(r"(?:团队|员工|成员|核心团队)[^。；;]{0,10}[，,]\s?$")
_TEAM_ORIGIN = re.compile(
    r"(?:多数|大多数?|大部分|半数|近半数|过半|多半|一半|不少|许多|部分|成员|员工|团队)[^，。；,;]{0,6}"
    r"(?:来自|出身于?|出自)$"
)


def _relation(pre: str, post: str, kind: str, clause: str, name: str = "") -> str | None:
    """What an organisation is to the clause's subject, from the words around it."""
    described, pre = pre, without_description(pre)  # 加盟物流平台Lalamove: the verb counts
    at = _AT_END.search(pre) is not None  # 在 (a description already taken off)
    near = pre[-8:]
    if NEGATION.search(near) or _DENIED_NEXT.match(post):
        return None
    if (
        kind == "org"
        and _INSTITUTE_END.search(name)
        and (
            (EDU_CUE.search(post[:16]) and re.search(r"博士|硕士|学士|学位|毕业|读", post[:16]))
            or STUDIED_AT.search(pre)
        )
    ):
        kind = "school"  # 中科院半导体所博士, 博士毕业于…研究所: a degree from an institute
    if kind == "school":
        staff = re.match(
            r"^[^，。；,;]{0,10}?的[\u4e00-\u9fff·]{2,5}?(?:" + SCHOOL_JOB.pattern + ")", post
        )
        if staff and not re.search(
            r"毕业|就读|攻读|学位|学士|硕士|博士|本科|校友|读", post[: staff.end()]
        ):
            return (
                "employment"  # 清华大学电机系的杜孟樵教授: the school's professor, named after it
            )
        teaches = re.match(
            r"^[^，。；的,;]{0,20}?(?:" + SCHOOL_JOB.pattern + ")", post
        ) or AT_BEFORE.search(pre)
        if teaches and not re.match(r"^[^，。；,;]{0,16}?(?:读|攻读|学位|毕业)", post):
            return "employment"
        if EDU_CUE.search(pre[-10:]) or EDU_CUE.search(post[:24]):
            return "education"
        return None
    if _BELIEVED.search(pre):
        return None  # 不少人以为她出身台积电: a belief the story corrects
    if _LISTING_NEXT.match(post):
        return None  # 主导公司在香港联交所的上市工作: where it listed, not a job there
    if _OWNED_NEXT.match(post):
        return None  # 在宁德时代旗下的邦普循环任职: the company it owns is the employer
    if _SUPPLY_CHAIN_NEXT.match(post):
        return None  # 已进入宁德时代的供应链: a customer, not an employer
    working = at and re.match(
        r"(?:的)?(?:工作|任职|担任|就职|做了|做过|实习|待了|干了|负责)", post
    )  # 在米哈游负责过两年的用户研究: not 米哈游's users
    if _IS_BEFORE.search(pre) and re.match(
        r"(?:" + TITLE.pattern + r")(?:[，。；、,;]|$)", _ASIDE.sub("", post).lstrip(" 的")
    ):
        return "employment"  # 娄嘉慧女士为本集团联合创办人: the subject's post there
    if NOT_WORK_BEFORE.search(pre) or (NOT_WORK_AFTER.match(post) and not working):
        return None
    if _FOUNDED_OF.search(pre):
        return "founded"
    if _FOUNDER_JOINING.search(pre):
        return "founded"
    if _AS_ADVISER.search(pre):
        return None
    if LEAVE_BEFORE.search(pre) or (_FROM_END.search(pre) and LEFT_AFTER.match(post)):
        return "employment"
    if _moved_on(pre, post):
        return "employment"  # 2021年从百度加入快手: the place left behind was an employer
    if _FROM_END.search(pre) and _POACHED.match(post):
        return "employment"  # 从腾讯挖来了前主程序麦锦程: the one hired came from there
    if JOIN_BEFORE.search(pre) and not re.search(r"(?:融资|投资|估值|轮)$", pre):
        return "employment"
    if _JOINED_DESCRIBED.search(described) and not post.strip():
        return "employment"  # 加盟尚处于创业期的理想汽车，出任产品副总裁
    if AT_BEFORE.search(pre):
        return "employment"
    if at and WORK_AFTER.match(post):
        return "employment"  # 在德国博世担任, 在美国西雅图的微软做了两年
    if at and _COLLEAGUES_AT.match(post):
        return "employment"  # 他在快手时的同事樊竹青, 是我在百度的老同事: colleagues there
    if _TOGETHER_AT_END.search(pre) and not re.match(
        r"^[^，。；,;]{0,8}(?:读|求学|上学|学习|毕业)", post
    ):
        return "employment"  # 黎芷和费朗曾同在米哈游技术美术中心
    if _TEAM_ORIGIN.search(pre):
        return None  # 团队约25人，多数来自联发科、瑞昱: where a team came from, no one's job
    if ORIGIN_AFTER.match(post) or ORIGIN_BEFORE.search(pre):
        return "employment"
    if _POST_VERB_END.search(pre):
        return "employment"
    bare = _ASIDE.sub("", post).lstrip(" 的")
    if re.search(
        r"(?:^|[是为、,，:：\s])(?:前|原)$|^\s?(?:这位|该|此)(?:前|原)$", pre
    ) and TITLE.match(post):
        return "employment"  # 是前百度副总裁…: a former job named before the person
    if re.fullmatch(
        r"\s?(?:前|原|曾任|曾是|曾为|历任|先后任|先后担任|现任|任|为|是|系)?\s?", pre
    ) and re.match(
        r"(?:前|原)?\s?(?:[\u4e00-\u9fff]{1,8}?(?:科|部|系|所|中心|组)的?)?"  # 脊柱外科的主治医师
        + TITLE.pattern
        + r"\s?(?:[A-Z]\d+\s?)?(?:[、;,]|$)",
        bare,
    ):
        return "employment"  # 字节跳动前产品经理, 前腾讯、猎豹移动产品负责人: a bio's job
    return None


def _subject_for(
    ctx: Context, clause: Clause, first: Mention, last: Mention
) -> tuple[Mention | None, Entity | None]:
    """Whose tie it is: the person a relative clause describes (在趋势科技工作了8年的老朋友
    许哲维), else the clause's subject, else the topic."""
    folded = ctx.text.folded
    tail = folded[last.end : clause.end]
    relative = re.match(
        r"^[^，。；,;]{0,16}?的[^，。；的,;]{0,8}$", tail[: _next_person_offset(ctx, last, clause)]
    )
    if relative:
        after = ctx.mentions.within(last.end, clause.end, "person")
        if after:
            return after[0], after[0].entity
    if _POACHED.match(tail) and _FROM_END.search(folded[clause.start : first.start]):
        after = ctx.mentions.within(last.end, clause.end, "person")
        if after and after[0].entity is not None:
            return after[0], after[0].entity  # 从腾讯挖来了麦锦程: the one hired, not the hirer
    titled = re.match(
        r"^[^，。；,;的]{0,20}?(?:" + TITLE.pattern + r")\s?$",
        tail[: _next_person_offset(ctx, last, clause)],
    )
    listed = re.search(r"(?:、|和|及|与)\s?(?:前|原)?\s?$", folded[clause.start : first.start])
    if titled and (listed or not ctx.mentions.within(clause.start, first.start, "person")):
        # 浙江大学管理学院教授聂培源表示: the title and the name that follow the organisation
        after = ctx.mentions.within(last.end, clause.end, "person")
        if after and after[0].entity is not None:
            return after[0], after[0].entity
    mention = ctx.subject(clause, first.start)
    if mention is not None:
        if mention.form == "group":
            people = ctx.resolve_all(mention)
            return mention, people[0] if people else None
        return mention, ctx.resolve(mention)
    return None, ctx.person_of(clause, first.start)


def _next_person_offset(ctx: Context, last: Mention, clause: Clause) -> int:
    after = ctx.mentions.within(last.end, clause.end, "person")
    return after[0].start - last.end if after else 0


def _details(ctx: Context, clause: Clause, kind: str, org: Mention, pre: str, post: str) -> dict:
    folded = ctx.text.folded
    if kind == "education":
        window = post[:24] + " " + pre[-10:]
        combined = _COMBINED_DEGREES.match(post[:12])
        if combined:  # 东南大学本硕毕业: two degrees there, expanded in `_expand_degrees`
            return {"degree": ",".join(_COMBINED[c] for c in combined.group("combo"))}
        degree = next((name for name, pattern in DEGREES if pattern.search(post[:24])), None)
        degree = degree or next((name for name, pattern in DEGREES if pattern.search(window)), None)
        return {"degree": degree}
    if kind == "founded":
        period = _period_before(ctx, clause, org.start)
        return {"date": _date(period)}
    fields: dict = {}
    moved_on = _moved_on(pre, post)
    if moved_on:
        post = ""  # what follows the move (加入快手任总监) is about the next employer
    elif _POACHED.match(post):
        # 从研华科技挖角前业务协理蒋文琪担任营运长: the post before the name was held there
        hired = ctx.mentions.within(org.end, clause.end, "person")
        post = post[: hired[0].start - org.end] if hired else post
    title = re.search(
        r"^(?:的)?[^，。；,;]{0,10}?(?:担任|出任|任职|任|做|当|为|是)?(?:过)?(?:的)?(?P<title>"
        + TITLE.pattern
        + ")",
        post,
    )
    if title:
        fields["title"] = _bare_title(title.group("title"))
    else:
        before = re.search(r"(?:担任|出任|任)(?P<title>" + TITLE.pattern + r")\s?$", pre)
        if before:
            fields["title"] = before.group("title")
    periods = ctx.periods_in(clause.start, org.start)
    if not periods:
        # 2022年底，他离开百度: the date opens the sentence, the clause after it says what.
        earlier = ctx.clauses_before(clause)
        if earlier and not ctx.mentions.within(earlier[-1].start, earlier[-1].end, "org", "school"):
            periods = ctx.periods_in(earlier[-1].start, earlier[-1].end)
    start, end = None, None
    if periods:
        first = periods[-1]
        before = [p for p in periods if p is not first]
        if before and _RANGE.match(folded[before[-1].end : first.start]):
            start, end = before[-1], first
        elif (
            LEAVE_BEFORE.search(pre) or LEFT_AFTER.match(post) or _THEN_HELD.search(pre) or moved_on
        ):
            end = first  # 2021年，时任X研究员的A…创立了Y: held until the year told
        else:
            start = first
    fields["start"] = _date(start)
    fields["end"] = _date(end)
    former = moved_on or re.search(
        r"前|原|曾|此前|之前|离开|离职|时任|老同事|昔日|时期", pre + post[:6]
    )
    fields["current"] = not former and not _SPENT.search(post[:12])  # 做了四年…总监: it ended
    return fields


_THEN_HELD = re.compile(r"时任\s?$")
_COLLEAGUES_AT = re.compile("^" + COLLEAGUES_AFTER)
# After 从/自 and an organisation: a move to the next one (从百度加入快手, 自阿里跳槽到字节).
_MOVED_TO = re.compile(
    r"^\s?(?:[^，。；,;]{0,4}?)(?:加入|加盟|跳槽|转投|转战|来到|回到|进入|转到|转去|转会)"
)


_FROM_PLACE_END = re.compile(r"(?:从|自)$")


# After 从/自 and an organisation: someone hired away from it (从腾讯天美挖来了前主程序麦锦程).
_POACHED = re.compile(r"^\s?(?:挖来|挖角|挖了|挖走|请来|招来|招揽|引进|聘来)了?")


def _moved_on(pre: str, post: str) -> bool:
    return _FROM_PLACE_END.search(pre) is not None and _MOVED_TO.match(post) is not None
_SPENT = re.compile(r"^[^，。；]{0,4}?(?:做|干|待|工作)了[\d一二两三四五六七八九十几多]+年")


def _bare_title(title: str) -> str:
    """The title alone: 中国担任ADAS项目经理 → ADAS项目经理; 了四年算法总监 → 算法总监."""
    title = re.sub(r"^.*(?:担任|出任|任职|兼任)", "", title)
    years = r"(?:[\d一二两三四五六七八九十几]+|十几|多)(?:多)?年(?:多)?的?"
    title = re.sub(r"^(?:了|过)?" + years, "", title)
    return title.strip("的 ")


_COMBINED_DEGREES = re.compile(
    r"^[^，。；]{0,6}?(?P<combo>本硕博|本硕|硕博)(?:连读|均|都|毕业|学历|，|。|$)"
)
_COMBINED = {"本": "bachelor", "硕": "master", "博": "phd"}


_FUND_NAME = re.compile(r"(?:资本|基金|创投|投资|加速器|孵化器|创新营|Capital|Ventures|Partners)$")


def _partners_as_staff(drafts: list[Draft]) -> list[Draft]:
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


def _expand_degrees(drafts: list[Draft]) -> list[Draft]:
    """One education fact per degree of a combined one (本硕 → bachelor, master)."""
    expanded = []
    for d in drafts:
        degree = d.fields.get("degree") if d.kind == "education" else None
        if degree and "," in degree:
            expanded += [replace(d, fields={**d.fields, "degree": o}) for o in degree.split(",")]
        else:
            expanded.append(d)
    return expanded


def _period_before(ctx: Context, clause: Clause, position: int) -> Period | None:
    periods = ctx.periods_in(ctx.sentence_at(clause.start)[0], position)
    return periods[-1] if periods else None


def _date(period: Period | None) -> str | None:
    if period is None:
        return None
    if period.precision == "day":
        return period.first.isoformat()
    if period.precision == "month":
        return period.first.strftime("%Y-%m")
    return str(period.first.year)


def company_near(ctx: Context, position: int) -> Entity | None:
    """The company a statement at `position` is about: the last introduced company named
    earlier in its sentence (or 公司), else the company in question."""
    start = ctx.sentence_at(position)[0]
    orgs = [
        m
        for m in ctx.mentions.within(start, position, "org", "ref")
        if (m.kind == "org" and m.entity is not None and _introduced(m.entity))
        or m.form == "company"
    ]
    if orgs:
        return ctx.resolve(orgs[-1])
    return ctx.topic_company(position)


def _company_at(ctx: Context, clause: Clause, position: int) -> Entity | None:
    """The company a founder title without a name refers to: one named earlier in the clause,
    else the company the story is about at this point."""
    orgs = [
        m
        for m in ctx.mentions.within(clause.start, position, "org", "ref")
        if (m.kind == "org" and m.entity is not None and _introduced(m.entity))
        or m.form == "company"
    ]
    if orgs:
        return ctx.resolve(orgs[-1])
    return ctx.topic_company(position)


def _draft(
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


def _team_sizes(ctx: Context, drafts: list[Draft]) -> None:
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
    r"|(?:据传|网传|传闻|传出|传言)[^，。；]{0,12}?(?:将|会|或将|要)\s?"
    r"(?:出任|担任|加入|接任|加盟|创办|创立|成立)"
)


def _settle(drafts: list[Draft], folded: str = "") -> list[Draft]:
    """Drop what cannot be a fact (no person, a person tied to themself), moves only planned
    (拟出任) and jobs at a company the person founded (the founding says more)."""
    kept = [
        d
        for d in drafts
        if d.person is not None
        and d.org is not None
        and not (d.kind in ("employment", "founded") and _PLANNED.search(folded, *d.span))
    ]
    founded = {(d.person, d.org) for d in kept if d.kind == "founded"}
    return [d for d in kept if not (d.kind == "employment" and (d.person, d.org) in founded)]


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
