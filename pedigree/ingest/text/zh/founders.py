"""Founders named by a founding shape: 由…创立, co-founders listed or counted, 法定代表人."""

from __future__ import annotations

import re

from pedigree.ingest.text.entities import Entity, Mention
from pedigree.ingest.text.zh.context import Clause, Context
from pedigree.ingest.text.zh.drafts import Draft, company_at, draft
from pedigree.ingest.text.zh.lexicon import FOUND_VERB, FOUNDER_WORD, HEDGE, TITLE

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
# 蓑羽是陆知遥2022年在杭州创立的户外雨具品牌: what someone founded, said of the company.
_FOUNDED_BY_IS = re.compile(
    r"\s?(?:则|就|正|也|便)?是(?P<people>[^，。；,;的]{2,30}?)(?:于)?(?:\d{4}年(?:\d{1,2}月)?)?"
    r"(?:在[^，。；,;的]{0,8})?(?:共同|联合|一起|一同|携手)?" + FOUND_VERB + "的"
)
_FOUNDED_WHEN = re.compile(r"\s?(?:成立于|创立于|创办于|诞生于|于\d{4}年(?:\d{1,2}月)?成立)")


# The founders named as a list after the post: 联合创始人为张伟和李强, 共同创办人还包括前勤业众信…
# 副总经理施佩颖，以及曾任玉山银行…的杜宇恒 — each person of the list, whatever describes them.
# (or, with no verb, the names right after the post, joined: 两位联合创始人甘嘉伦和骆雪都是…)
_FOUNDERS_ARE = re.compile(
    r"(?P<post>联合创始人|共同创始人|联合创办人|共同创办人|创始团队成员|创始成员)(?:还|则)?"
    r"(?P<verb>包括|分别为|分别是|还有|为|是)?\s?"
)
_LIST_JOINER = re.compile(r"、|和|与|及|以及|还有")
_SAYS_AFTER = re.compile(r"\s?(?:表示|说|认为|指出|称|透露)")


def founders_listed(ctx: Context, clause: Clause) -> list[Draft]:
    found = []
    folded = ctx.text.folded
    sentence_end = ctx.sentence_at(clause.start)[1]
    for trigger in _FOUNDERS_ARE.finditer(folded, clause.start, clause.end):
        if re.search(
            r"的(?:另一位|另一名|另一|其他|其余)?\s?$",
            folded[max(clause.start, trigger.start() - 5) : trigger.start()],
        ):
            continue  # 他的联合创始人是…, 曜守的另一位…: read with whose they are (appositives)
        company = company_at(ctx, clause, trigger.start())
        if company is None:
            continue
        previous = trigger.end()
        bare = trigger.group("verb") is None
        for person in ctx.mentions.within(trigger.end(), sentence_end, "person"):
            between = folded[previous : person.start]
            if bare and not (
                (previous == trigger.end() and not between.strip())
                or (previous > trigger.end() and _LIST_JOINER.fullmatch(between.strip()))
            ):
                break  # 联合创始人A和B: with no verb, only names joined right after the post
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
    return draft(
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


def founders_counted(ctx: Context, clause: Clause) -> list[Draft]:
    found = []
    folded = ctx.text.folded
    for trigger in _FOUNDERS_COUNTED.finditer(folded, clause.start, clause.end):
        sentence_end = ctx.sentence_at(trigger.start())[1]
        if ctx.mentions.within(trigger.end(), sentence_end, "person"):
            continue  # named in the same sentence: read as a list or an apposition
        company = company_at(ctx, clause, trigger.start())
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


# A field's label before a sentence's subject: 7.标的公司简介：瑞思科技成立于…
_FIELD_LABEL = re.compile(
    r"\s*(?:\d{1,2}\s?[.、．]\s?)?(?:[^，。；,;:：\s]{1,10}[:：]|【[^】\n]{1,8}】)\s*"  # 【编者按】
)


def founded_by(ctx: Context, clause: Clause) -> list[Draft]:
    """ORG [于…] 由 A[、和及 B] [共同] 创立, ORG 是 A [于…] 创立的: the people named founded it."""
    found = []
    folded = ctx.text.folded
    sentence_start, sentence_end = ctx.sentence_at(clause.start)
    candidates = ctx.mentions.within(sentence_start, clause.end, "org", "ref")
    for org in candidates:
        if org.kind == "ref" and org.form != "company":
            continue
        match = _FOUNDED_BY.match(folded, org.end, sentence_end) or _FOUNDED_BY_IS.match(
            folded, org.end, sentence_end
        )
        label = _FIELD_LABEL.match(folded, sentence_start, org.start)
        subject_first = not folded[
            label.end() if label else sentence_start : org.start
        ].strip() or bool(_FOUNDED_WHEN.match(folded, org.end))  # 他加入的X成立于2023年，由…
        # 这间老伞厂是万福洋伞，由…创立: the name that ends the clause before, founded in this one
        last_before = bool(re.fullmatch(r"\s?[，,]\s?", folded[org.end : clause.start]))
        if not match and (subject_first or last_before):
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
            if ctx.possessor(person):
                continue  # 由簡佑霖的祖父簡阿水創立: the grandfather founded it
            found.append(
                draft(
                    ctx, "founded", person, entity, org, (org.start, match.end()), confidence=0.9
                )
            )
    return found


_OWNED = re.compile(r"^\s?(?:正|就|也|便|则)?是\s?$")
_OWN_COMPANY = re.compile(r"^\s?的(?:新|第一家|第二家|首家)?(?:公司|创业公司|创业项目|新项目|项目)")


def someones_company(ctx: Context, clause: Clause) -> list[Draft]:
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
            draft(ctx, "founded", person, org.entity, org, (org.start, clause.end), confidence=0.8)
        )
    return found


# 晏秋白已创业，新公司名为"回澜": who started out on their own, and the company they named.
_NEW_COMPANY = re.compile(
    r"创业[，,]\s?(?:其|他的|她的)?新(?:公司|品牌|项目)(?:名为|名叫|叫做?|取名为?)\s?[“「\"]?$"
)


def new_company(ctx: Context, clause: Clause) -> list[Draft]:
    """NAME 已创业，新公司名为 ORG: the company NAME founded (the last person named before 创业
    in the sentence, the organisation named right after)."""
    folded = ctx.text.folded
    found = []
    for org in ctx.mentions.within(clause.start, clause.end, "org"):
        start = ctx.sentence_at(org.start)[0]
        named = _NEW_COMPANY.search(folded, max(start, org.start - 40), org.start)
        if org.entity is None or named is None:
            continue
        people = ctx.mentions.within(start, named.start(), "person")
        if people:
            found.append(
                draft(ctx, "founded", people[-1], org.entity, org, (people[-1].start, org.end),
                      confidence=0.8)
            )
    return found


# 工商信息显示，X公司成立于2026年5月，宓启航为法定代表人: the registered founder of a company
# the sentence says was just set up.
_REPRESENTATIVE_AFTER = re.compile(r"\s?(?:为|是|担任)(?:该公司|公司)?(?:的)?法定代表人")
_REPRESENTATIVE_BEFORE = re.compile(r"法定代表人(?:为|是)\s?$")
_SET_UP = re.compile(r"成立于|于[^，。；,;]{0,12}成立|注册成立|新成立|注册了|成立了")


# 宓知远直接持股约70%，为公司实际控制人: who controls it, holding most of it.
_CONTROLLER_AFTER = re.compile(
    r"\s?(?:(?:直接|间接|合计|共)?持(?:有|股)[^，。；,;]{0,12}[，,]\s?)?(?:为|是)(?:该公司|公司)?(?:的)?"
    r"实际控制人"
)


def legal_representatives(ctx: Context, clause: Clause) -> list[Draft]:
    """A new company's legal representative, named in the sentence that says it was set up."""
    folded = ctx.text.folded
    found = []
    for person in ctx.mentions.within(clause.start, clause.end, "person"):
        named = _REPRESENTATIVE_BEFORE.search(
            folded, max(clause.start, person.start - 8), person.start
        )
        if not (named or _REPRESENTATIVE_AFTER.match(folded, person.end)):
            continue
        company, start = _set_up(ctx, clause)
        if company is not None:
            span = (start, clause.end)
            found.append(
                draft(ctx, "founded", person, company.entity, company, span, confidence=0.75)
            )
    return found


def controllers(ctx: Context, clause: Clause) -> list[Draft]:
    """The actual controller of a company the sentence says was just set up (…成立于2025年1月，
    …，宓知远直接持股约70%，为公司实际控制人): its founder, whoever its legal representative."""
    found = []
    for person in ctx.mentions.within(clause.start, clause.end, "person"):
        said = _CONTROLLER_AFTER.match(ctx.text.folded, person.end)
        company, _ = _set_up(ctx, clause) if said else (None, 0)
        if company is not None:
            span = (person.start, said.end())  # (the match's end is a position in the text)
            found.append(
                draft(ctx, "founded", person, company.entity, company, span, confidence=0.75)
            )
    return found


def _set_up(ctx: Context, clause: Clause) -> tuple[Mention | None, int]:
    """The company the clause's sentence says was set up (…成立于…), and where the sentence
    starts; none where the sentence hedges."""
    folded = ctx.text.folded
    start, _ = ctx.sentence_at(clause.start)
    orgs = [
        m
        for m in ctx.mentions.within(start, clause.end, "org")
        if m.entity is not None and _SET_UP.match(folded, _past_bracket(folded, m.end))
    ]
    if not orgs or HEDGE.search(folded[start : clause.end]):
        return None, start
    return orgs[-1], start


def _past_bracket(folded: str, end: int) -> int:
    """Where the words after a name start, past a bracket right after it (北京律见科技有限公司
    （下称“律见”）成立于…)."""
    bracket = re.match(r"\s?[（(][^（）()\n]{1,24}[)）]", folded[end : end + 30])
    return end + bracket.end() if bracket else end


# 这位穗衍生物创始人兼CEO，四年前还在…: "this founder of X" — the person the story is about
_THIS_ONE = re.compile(r"这位(?P<desc>[^，。；,;“”]{3,30}?)(?=[，。；,;]|$)")


def this_one(ctx: Context, clause: Clause) -> list[Draft]:
    """A post described with 这位 (this …) instead of a name: the story's person holds it."""
    found = []
    folded = ctx.text.folded
    for match in _THIS_ONE.finditer(folded, clause.start, clause.end):
        orgs = ctx.mentions.within(match.start("desc"), match.end("desc"), "org")
        # 这位港渡电能（HarbourVolt）创办人: a name and its English gloss are one organisation
        if len({id(m.entity) for m in orgs}) != 1 or ctx.mentions.within(
            match.start(), match.end(), "person"
        ):
            continue
        title = folded[orgs[-1].end : match.end("desc")].lstrip("）)").lstrip("的")
        company = ctx.resolve(orgs[0])
        person = ctx.topic_person(match.start())
        if not title or not TITLE.fullmatch(title) or company is None or person is None:
            continue
        kind = "founded" if FOUNDER_WORD.search(title) else "employment"
        fields = {"role": title} if kind == "founded" else {"title": title, "current": True}
        found.append(draft(ctx, kind, None, company, orgs[0], (clause.start, clause.end),
                            confidence=0.75, person=person, **fields))
    return found
