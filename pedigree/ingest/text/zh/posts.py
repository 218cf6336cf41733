"""Posts read from a predicate (X是Y的CTO), a bare role, an appointment, or a team list."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from pedigree.ingest.text.entities import Entity
from pedigree.ingest.text.zh.context import Clause, Context
from pedigree.ingest.text.zh.drafts import Draft, draft, introduced
from pedigree.ingest.text.zh.employers import describes_employer
from pedigree.ingest.text.zh.lexicon import (
    ADVISOR_CLAUSE,
    FOUNDED_OF,
    FOUNDER_WORD,
    HEDGE,
    NEGATION,
    TITLE,
    TITLE_WORD,
)

_PREDICATE = re.compile(
    r"\s?(?:本人|自己)?(?:而|但|却)?(?:也|则|正|就|即|曾|曾经|此前|之前|早年|原|原本|原来|本来|以前|过去|现|目前|"
    r"如今|一直|同时)?(?:都|均)?(?:曾)?(?:是|为|系|任|担任|出任|现任|"
    r"曾任|曾是|曾为|原为|原是|现为|此前是|此前为|也是|则是|正是)\s?(?:前|原|现)?$"
)


_AFTER_PREDICATE = re.compile(r"(?<=[是为])\s?(?P<words>[^，。；,;\s]{1,12})$")


def _without_kind(words: str) -> str:
    """The words between a predicate and a company without the kind of company said between
    (是|跨境支付初创企业|汇澄科技 → 是)."""
    match = _AFTER_PREDICATE.search(words)
    if match is None or not describes_employer(match.group("words")):
        return words
    return words[: match.start()]


def predicates(ctx: Context, clause: Clause) -> list[Draft]:
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
        # 宓然和喻舟是…, 两人都是…: each of the people the subject names
        named = ctx.coordinated(subject) if inside and subject.kind == "person" else [subject]
        start = named[-1].end if inside else clause.start  # …，也是MiniMax的…: the clause's own
        link = _PREDICATE.fullmatch(folded[start : org.start]) or _PREDICATE.fullmatch(
            _without_kind(folded[start : org.start])
        )  # 是跨境支付初创企业汇澄科技的创始人: the kind of company said before its name
        if not link:
            continue
        if subject is not None and subject.kind == "ref" and subject.form == "group":
            people = [(None, p) for p in ctx.resolve_all(subject)]
        elif subject is not None:
            people = [(m, ctx.resolve(m)) for m in named]
        else:
            people = [(None, ctx.person_of(clause, org.start))]
        people = [(m, p) for m, p in people if p is not None]
        if not people:
            continue
        # (曾任百度高级工程师的许明远加入公司: the post ends where its holder is named)
        holder = ctx.mentions.within(org.end, clause.end, "person")
        tail = folded[org.end : holder[0].start if holder else clause.end]
        if holder:
            tail = re.sub(r"的\s?$", "", tail)
        title = re.match(
            r"^(?:的)?(?P<title>[^，。；、（(,;]{0,24}?" + r")(?=[，。；,;]|$|，)", tail
        )
        words = title.group("title") if title else ""
        colleagues = _COLLEAGUES.fullmatch(words) is not None  # 是大疆的老同事: both worked there
        if not words or not (TITLE.search(words) or colleagues):
            continue
        if re.search(r"客户|对手|投资|股东", words):
            continue
        entity = ctx.resolve(org)
        if entity is None:
            continue
        former = "前" in link.group() or "原" in link.group() or "曾" in link.group()
        for mention, person in people:
            if FOUNDER_WORD.search(words):
                found.append(
                    draft(
                        ctx,
                        "founded",
                        mention,
                        entity,
                        org,
                        (clause.start, clause.end),
                        role=words.strip(),
                        confidence=0.85,
                        person=person,
                    )
                )
            elif not (ADVISOR_CLAUSE.search(words) and introduced(entity)):
                found.append(
                    draft(
                        ctx,
                        "employment",
                        mention,
                        entity,
                        org,
                        (clause.start, clause.end),
                        title=None if colleagues else words.strip(),
                        current=False if colleagues else not former,
                        confidence=0.8,
                        person=person,
                    )
                )
    return found


# Colleagues at an organisation, each of whom worked there: 老同事, 前同事, 同事.
_COLLEAGUES = re.compile(r"(?:[^，。；,;]{0,10}的)?(?:老|前)?同事")


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
    # (做了六年行销经理: how long is no part of the post)
    r"(?:了?[\d一二三四五六七八九十两几多]+年(?:的)?)?"
    r"(?P<title>[^，。；（(,;]{0,30}?)(?=[，。；,;]|$)"
)


# Every verb holds its own last character: a clause without any of those is no bare role, and
# its subject need not be looked for.
_BARE_ROLE_VERB = re.compile("[" + "".join(sorted({v[-1] for v in _ROLE_VERBS})) + "]")

_APPOINTED = re.compile(r"(?:任命|委任|聘任|聘请|提拔|提名|委派)\s?$")
_APPOINTED_AS = re.compile(
    r"\s?(?:为|担任|出任)(?P<title>[^，。；、（(,;]{1,24}?)(?=[，。；,;]|$|，)"
)


def appointed(ctx: Context, clause: Clause) -> list[Draft]:
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
                draft(
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
_JOINED_BEFORE = re.compile(r"(?:加入|加盟|入职|跳槽(?:到|至)|转投|进入)了?\s?$")


def _joined_in_sentence(ctx: Context, clause: Clause) -> tuple[Entity | None, bool]:
    """The company the sentence has its subject join or found before this clause (加入快手，
    担任…; 创办了一家名为“句点互动”的公司，出任CEO), and whether it was founded."""
    folded = ctx.text.folded
    sentence_start = ctx.sentence_at(clause.start)[0]
    for org in reversed(ctx.mentions.within(sentence_start, clause.start, "org")):
        before = folded[max(sentence_start, org.start - 16) : org.start].rstrip(" “「")
        if _JOINED_BEFORE.search(before):
            return ctx.resolve(org), False
        if FOUNDED_OF.search(before) and not HEDGE.search(before):
            return ctx.resolve(org), True
    return None, False


# A company joined by name earlier in the sentence (进入捷安特，), whatever the name.
_JOINED_UNREAD = re.compile(
    r"(?:加入|加盟|入职|跳槽(?:到|至)|转投|进入|转战)(?P<name>[^，。；,;\s的是了]{2,12})[，,]"
)
# 严可于2025年6月加入，任COO: joined (the company in question) and took the post
_JOINED_JUST_BEFORE = re.compile(r"(?:加入|加盟|入职)\s?[，,]\s?$")


def bare_roles(ctx: Context, clause: Clause) -> list[Draft]:
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
    person = ctx.resolve(subject)
    sentence_start = ctx.sentence_at(clause.start)[0]
    if founding and any(
        m.entity is not None and m.entity is not person
        for m in ctx.mentions.within(sentence_start, clause.start, "person")
    ):
        # 父亲方国梁创办了方氏制衣厂；如今这家工厂由她的弟弟方明远担任总经理: another's founding
        founding = False
    unread = _JOINED_UNREAD.search(ctx.text.folded, ctx.sentence_at(clause.start)[0], clause.start)
    if company is None and unread and not ctx.mentions.within(*unread.span("name"), "person"):
        return found  # 她2012年进入捷安特，做了六年行销经理: the employer joined was not read
    company = company or ctx.topic_company(subject.start)
    if company is None or person is None:
        return found
    if FOUNDER_WORD.search(title) or founding:
        found.append(
            draft(
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
            draft(
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
    r"^\**(?:先生|女士|博士|教授)?(?:\s?[（(][^（）()\n]{1,24}[)）])?(?:[，,]\s?\d{2}岁)?"
    r"[ \t　：:|｜,，*]+(?:本公司|公司|本集团)?"
    # (a sentence is no role: 仝欣悦是我们的联合创始人 after a speaker's label)
    r"(?P<role>(?:(?:(?![是我])[\u4e00-\u9fffA-Za-z ]){0,8}?"
    + TITLE_WORD
    + r")(?:\s*(?:/|、|兼|暨|及|和|&|＆)\s*(?:[\u4e00-\u9fffA-Za-z ]{0,8}?"
    + TITLE_WORD
    + r"))*)\s*(?=[，。；,;\n]|$)"
)


_BULLETS = " \t　*-•·■□◆◇▪▸►▶●○"
# A section heading line of a team page: ——— 创始团队 ———, ## 学术顾问, 【顾问】.
_SECTION_HEADING = re.compile(
    r"^[ \t]*(?:[—\-=─]{2,}[ \t]*[^\n—\-=─]{1,12}?[ \t]*[—\-=─]{2,}|#{1,4}[ \t]*[^\n]{1,12}"
    r"|【[^】\n]{1,12}】)[ \t]*$",
    re.M,
)


@lru_cache(maxsize=4)  # the text being read: its headings found once, not per list line
def _headings(folded: str) -> tuple[list[int], list[str]]:
    found = list(_SECTION_HEADING.finditer(folded))
    return [m.start() for m in found], [m.group() for m in found]


def _heading_before(folded: str, position: int) -> str | None:
    """The last section heading line that starts before `position`, or None."""
    starts, texts = _headings(folded)
    i = bisect_left(starts, position) - 1
    return texts[i] if i >= 0 else None


def listed(ctx: Context, clause: Clause) -> list[Draft]:
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
    heading = _heading_before(folded, line_start)
    if heading and ADVISOR_CLAUSE.search(heading):
        return []  # ——— 学术顾问 ——— over the list: advisors, who hold no post there
    kind = "founded" if FOUNDER_WORD.search(role) else "employment"
    fields = {"role": role} if kind == "founded" else {"title": role, "current": True}
    return [
        draft(
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


_TITLE_HELD_BY = re.compile(r"^(?:的)?(?P<title>" + TITLE.pattern + r")(?:则|将|一职)?由")
_HOLDS = re.compile(r"(?:担任|出任|接任|兼任)")


def held_by(ctx: Context, clause: Clause) -> list[Draft]:
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
                draft(
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


# 华为同事鲍勤, 海康威视的老同事龙啸天, 华大时期的老同事饶启明, 前奥迪康同事蒯力: the colleague
# named right after worked there too.
_COLLEAGUE_NAMED = re.compile(
    r"(?:时期|时|期间|工作时|任职时)?的?(?:老|前|昔日)?同事\s?(?:兼好友|和好友)?$"
)


def colleagues_named(ctx: Context, clause: Clause) -> list[Draft]:
    """An organisation, 的(老)同事, then a person: that person worked there."""
    found = []
    folded = ctx.text.folded
    people = ctx.mentions.within(clause.start, clause.end, "person")
    for org in ctx.mentions.within(clause.start, clause.end, "org"):
        after = next((p for p in people if p.start > org.end), None)
        if after is None or not _COLLEAGUE_NAMED.fullmatch(folded[org.end : after.start]):
            continue
        entity = ctx.resolve(org)
        if entity is None:
            continue
        found.append(draft(ctx, "employment", after, entity, org, (org.start, after.end),
                           current=False, confidence=0.75))
    return found


# 葛遥接受了阿里巴巴的offer, 柴安拿到了字节跳动的offer: a job taken there.
_OFFER_BEFORE = re.compile(r"(?:接受|接下|拿到|收到|选择|接)了?\s?$")
_OFFER_AFTER = re.compile(r"\s?的\s?(?:offer|Offer|OFFER|录用通知|入职邀请)")


def offers_taken(ctx: Context, clause: Clause) -> list[Draft]:
    """NAME 接受了 ORG 的offer: the person went to work there."""
    found = []
    folded = ctx.text.folded
    for org in ctx.mentions.within(clause.start, clause.end, "org"):
        if not (
            _OFFER_BEFORE.search(folded, max(clause.start, org.start - 4), org.start)
            and _OFFER_AFTER.match(folded, org.end)
        ):
            continue
        person = ctx.person_of(clause, org.start)
        entity = ctx.resolve(org)
        if person is None or entity is None or NEGATION.search(folded[clause.start : org.start]):
            continue
        found.append(draft(ctx, "employment", None, entity, org, (clause.start, clause.end),
                           current=True, confidence=0.75, person=person))
    return found
