"""Facts about people in Chinese news prose: who founded what, who worked where and as what, who
studied where, and what they are credited with.

Each rule is one sentence shape, written as a regular expression over the folded text with
{PERSON}/{ORG}/{COMPANY}/{SCHOOL} slots (see `pedigree.ingest.text.prose`). Rules only fire on
explicit relations: a person merely quoted or mentioned near a company gets nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pedigree.ingest.text.facts import Fact
from pedigree.ingest.text.mentions import Mention
from pedigree.ingest.text.normalise import numeral_value
from pedigree.ingest.text.prose import PRONOUNS, Prose, aliases_of, date_text

_ROLE = (
    r"(?:早期)?(?:联合创始人|创始人|创办人|联合创办人)(?:之一)?"
    r"(?:兼(?:CEO|CTO|COO|董事长|首席执行官|总裁))?"
)
_FOUND_VERB = r"(?:联合)?(?:成立|创立|创办|创建|创设|开启(?=的?创业))"
_DEGREE = r"(?:博士后|博士|硕士|学士|本科|研究生|MBA|EMBA)"
_TITLE_SEPARATORS = re.compile(r"[、，,/]|及|以及|和|兼")
_FORMER = ("前", "原", "曾任", "曾是")


def extract_people(prose: Prose) -> Iterator[Fact]:
    for rule in (
        _founder_of_org,
        _founded_by_person,
        _founded_in_brackets,
        _founder_of_previous,
        _is_cofounder_of,
        _former_titles,
        _worked_at,
        _left,
        _team,
        _education,
        _delivery,
    ):
        for fact in rule(prose):
            if fact.fields.get("person") not in prose.bylined:
                yield fact


def _role(written: str) -> str:
    """创始人兼CEO → founder & CEO words kept as written, in the roles' usual order."""
    return written.replace("早期", "").replace("之一", "")


def _titles(prose: Prose, start: int, end: int) -> list[tuple[str, int, int]]:
    """Titles listed between start and end (副总裁、研究院副院长及智慧城市事业群CTO), each with
    its span."""
    found, position = [], start
    for piece in _TITLE_SEPARATORS.split(prose.text.folded[start:end]):
        s = position + (len(piece) - len(piece.lstrip(" 前原")))
        title = piece.strip(" 前原")
        if 1 < len(title) <= 20:
            found.append((title, s, s + len(title)))
        position += len(piece)
        # skip the separator that split here
        rest = prose.text.folded[position:end]
        separator = _TITLE_SEPARATORS.match(rest)
        position += separator.end() if separator else 0
    return found


def _employment_from_background(
    prose: Prose, person: Mention, start: int, end: int, span: tuple[int, int]
) -> Iterator[Fact]:
    """前商汤科技副总裁、研究院副院长 between start and end: one employment per title."""
    background = prose.text.folded[start:end]
    former = background.lstrip().startswith(_FORMER)
    employers = prose.mentions_in(start, end, "org")
    if not employers:
        return
    employer = employers[0]
    for title, _, _ in _titles(prose, employer.end, end):
        yield _tie(
            prose,
            "employment",
            span,
            0.85,
            person,
            employer,
            title=title,
            current=not former,
        )


def _tie(
    prose: Prose,
    kind: str,
    span: tuple[int, int],
    confidence: float,
    person: Mention,
    org: Mention,
    **fields,
) -> Fact:
    """A person's tie to an organisation (founded, employment, education), with the names as
    the facts carry them and the written forms as aliases."""
    return prose.text.fact(
        kind,
        span,
        confidence,
        aliases_of(person, org),
        person=person.name,
        org=org.name,
        **fields,
    )


def _founding(prose: Prose, match: re.Match, role: str) -> Iterator[Fact]:
    """A founder sentence's facts: who founded which company, and the jobs its background
    (前商汤执行研发总监) names."""
    org = prose.mention_at(*match.span("org"))
    person = prose.mention_at(*match.span("person"), "person")
    if org is None or person is None:
        return
    span = match.span()
    yield _tie(
        prose,
        "founded",
        span,
        0.9,
        person,
        org,
        role=role,
    )
    yield from _employment_from_background(prose, person, *match.span("bg"), span)


def _founder_of_org(prose: Prose) -> Iterator[Fact]:
    """MiniMax的创始人是前商汤科技副总裁…闫俊杰 / 言图科技的创始人罗予晨"""
    rule = (
        r"(?P<org>{COMPANY})的?"
        rf"(?P<role>{_ROLE})(?:是|为|，|,)?"
        r"(?P<bg>[^。；;，,]{0,60}?)"
        r"(?P<person>{PERSON})"
    )
    for match in prose.matches(rule):
        yield from _founding(prose, match, _role(match.group("role")))


def _founded_by_person(prose: Prose) -> Iterator[Fact]:
    """刘宇在海外成立的AI多模态交互内容公司Vivix AI / 张三于2021年创办了某某科技"""
    rule = (
        r"(?P<person>{PERSON})"
        rf"(?P<mid>[^。，,；;]{{0,16}}?){_FOUND_VERB}(?:了|的)?"
        r"(?P<what>[^。，,；;、()（）]{0,24}?)"
        r"(?P<org>{COMPANY})"
    )
    for match in prose.matches(rule):
        person = prose.mention_at(*match.span("person"), "person")
        org = prose.mention_at(*match.span("org"))
        if person is None or org is None or prose.mentions_in(*match.span("what"), "org"):
            continue
        sentence = prose.sentence_of(match.start())
        when = prose.period_in(sentence.start, sentence.end, before=match.end())
        yield _tie(
            prose,
            "founded",
            match.span(),
            0.85,
            person,
            org,
            role="创始人",
            date=date_text(when),
        )


def _founded_in_brackets(prose: Prose) -> Iterator[Fact]:
    """Momenta(由前商汤执行研发总监曹旭东创立)"""
    rule = (
        r"(?P<org>{COMPANY})\s*[(（]由"
        r"(?P<bg>[^()（）]{0,40}?)"
        rf"(?P<person>{{PERSON}})(?:等人?)?{_FOUND_VERB}"
    )
    for match in prose.matches(rule):
        yield from _founding(prose, match, "创始人")


def _founder_of_previous(prose: Prose) -> Iterator[Fact]:
    """…是AI 3D生成公司VAST。创始人宋亚宸，… — the company is the one just named."""
    rule = rf"(?:^|(?<=[。！？\n]))[ \t]{{0,4}}(?P<role>{_ROLE})(?P<person>{{PERSON}})"
    for match in prose.matches(rule):
        person = prose.mention_at(*match.span("person"), "person")
        if person is None:
            continue
        org = prose.last_before(match.start(), "org", sentences=2)
        if org is None:
            continue
        yield _tie(
            prose,
            "founded",
            match.span(),
            0.7,
            person,
            org,
            role=_role(match.group("role")),
        )


def _is_cofounder_of(prose: Prose) -> Iterator[Fact]:
    """宋亚宸，…也是MiniMax的早期联合创始人"""
    rule = (
        r"(?P<person>{PERSON}|他|她)"
        r"(?P<mid>[^。]{0,40}?)(?:也|还|同时)?(?:是|为|担任|出任)"
        r"(?P<org>{COMPANY})的?"
        rf"(?P<role>{_ROLE})"
    )
    for match in prose.matches(rule):
        person = _person(prose, match)
        org = prose.mention_at(*match.span("org"))
        if person is None or org is None or prose.mentions_in(*match.span("mid"), "person"):
            continue
        yield _tie(
            prose,
            "founded",
            (
                match.start("org") if match.group("person") in PRONOUNS else match.start(),
                match.end(),
            ),
            0.85,
            person,
            org,
            role=_role(match.group("role")),
        )


def _former_titles(prose: Prose) -> Iterator[Fact]:
    """前商汤执行研究总监、AIGC业务总经理刘宇 (not already read as part of a founder sentence)."""
    rule = (
        r"(?<![的由])"
        r"(?P<bg>(?:前|原)"
        r"(?P<org>{COMPANY})[^。；;，,()（）]{2,50}?)"
        r"(?P<person>{PERSON})"
    )
    for match in prose.matches(rule):
        person = prose.mention_at(*match.span("person"), "person")
        if person is None:
            continue
        before = prose.text.folded[max(0, match.start() - 12) : match.start()]
        if re.search(_ROLE + r"(?:是|为)?$", before) or before.endswith("由"):
            continue  # the founder rules read this one, with its company
        yield from _employment_from_background(prose, person, *match.span("bg"), match.span())


def _person(prose: Prose, match: re.Match) -> Mention | None:
    """The person a match names, or the one its 他/她 refers to."""
    if match.group("person") in PRONOUNS:
        return prose.person_for_pronoun(match.start("person"))
    return prose.mention_at(*match.span("person"), "person")


def _worked_at(prose: Prose) -> Iterator[Fact]:
    """闫俊杰曾经也在百度工作 / 既在商汤CEO办公室、AI游戏有过工作经历"""
    rule = (
        r"(?P<person>{PERSON}|他|她)[，,]?"
        r"(?P<mid>[^。，,]{0,8}?)"
        r"(?P<past>曾经?|曾|也|既|先后)*在"
        r"(?P<org>{COMPANY})"
        r"(?P<unit>[^。，,；;]{0,20}?)(?:工作|任职|就职|供职|有过工作经历|实习|担任"
        r"(?P<title>[^。，,；;]{2,15}))"
    )
    for match in prose.matches(rule):
        person = _person(prose, match)
        org = prose.mention_at(*match.span("org"))
        if person is None or org is None or prose.mentions_in(*match.span("mid"), "person"):
            continue
        title = match.group("title") or match.group("unit").strip() or None
        yield _tie(
            prose,
            "employment",
            match.span(),
            0.8,
            person,
            org,
            title=title,
            current=not match.group("past") and "曾" not in match.group("mid"),
        )


def _left(prose: Prose) -> Iterator[Fact]:
    """在2022年底，他离开MiniMax创业 → the stint at MiniMax ended then."""
    rule = (
        r"(?P<person>{PERSON}|他|她)[^。，,]{0,6}?(?:离开|离职|辞去|告别)(?:了)?"
        r"(?P<org>{COMPANY})"
    )
    for match in prose.matches(rule):
        person = _person(prose, match)
        org = prose.mention_at(*match.span("org"))
        if person is None or org is None:
            continue
        sentence = prose.sentence_of(match.start())
        when = prose.period_in(sentence.start, sentence.end)
        span = (min(sentence.start, when.start) if when else match.start(), match.end())
        yield _tie(
            prose,
            "employment",
            span,
            0.75,
            person,
            org,
            current=False,
            end=date_text(when),
        )


_TEAM = (
    r"在(?P<org>{COMPANY})[^。，,]{0,6}?(?:带领|带过|带|领导|管理|负责)(?:过|了)?"
    r"(?P<size>上|过|近|超过)?(?P<n>\d+|[一二两三四五六七八九十百千]+)(?P<more>多|余)?人(?:的)?"
    r"(?P<team>[^。，,、；;]{0,10}?)团队"
    r"(?:[、，,](?:手握|拥有|掌管|管理)(?P<resources>[^。，,、；;的]{1,12}(?:GPU|卡|显卡)))?"
)


def _team(prose: Prose) -> Iterator[Fact]:
    """在商汤带领过700余人的团队 / 在商汤带过百人基础模型团队、手握4000多张GPU的刘宇"""
    for match in prose.matches(_TEAM):
        org = prose.mention_at(*match.span("org"))
        if org is None:
            continue
        person = _described_person(prose, match)
        if person is None:
            continue
        try:
            size = int(numeral_value(match.group("n")))
        except ValueError:
            continue
        resources = match.group("resources")
        if resources:
            resources = _resources(resources)
        yield _tie(
            prose,
            "employment",
            match.span(),
            0.8,
            person,
            org,
            team_size=size,
            resources=resources,
        )


def _described_person(prose: Prose, match: re.Match) -> Mention | None:
    """The person a descriptive clause is about: 的刘宇 right after it, else the last person
    named before it in the sentence."""
    after = re.match(
        r"[^。]{0,20}?的(?P<person>" + prose.slots["PERSON"] + ")", prose.text.folded[match.end() :]
    )
    if after:
        start = match.end() + after.start("person")
        return prose.mention_at(start, match.end() + after.end("person"), "person")
    return prose.last_before(match.start(), "person")


def _resources(written: str) -> str:
    """4000多张GPU → 4000+ GPUs"""
    found = re.search(
        r"(\d[\d,]*|[一二两三四五六七八九十百千万]+)(多|余)?(?:张|块)?(GPU|显卡|卡)", written
    )
    if not found:
        return written
    number, more, _ = found.groups()
    return f"{number}{'+' if more else ''} GPUs"


def _education(prose: Prose) -> Iterator[Fact]:
    """闫俊杰是中科院博士 / 毕业于清华大学计算机系，获硕士学位"""
    rule = (
        r"(?P<person>{PERSON}|他|她)"
        r"(?P<mid>[^。；;]{0,12}?)(?:是|为|毕业于|就读于|本科毕业于|获得?)"
        r"(?P<school>{SCHOOL})"
        r"(?P<field>[^。，,；;的]{0,12}?)(?:的)?"
        rf"(?P<degree>{_DEGREE})?(?:学位|毕业|学历)?"
    )
    for match in prose.matches(rule):
        person = _person(prose, match)
        school = prose.mention_at(*match.span("school"))
        if person is None or school is None or prose.mentions_in(*match.span("mid"), "person"):
            continue
        degree = match.group("degree")
        field = match.group("field").strip("系专业 ") or None
        if degree is None and field is None and "毕业" not in match.group():
            continue
        yield _tie(
            prose,
            "education",
            match.span(),
            0.85,
            person,
            school,
            degree=degree,
            field=field,
        )
        if degree == "博士":
            yield prose.text.fact(
                "credential",
                match.span(),
                0.85,
                aliases_of(person),
                person=person.name,
                type="phd",
                detail=f"博士，{school.name}",
            )


def _delivery(prose: Prose) -> Iterator[Fact]:
    """罗予晨，曾参与…系统的设计，以及大规模算法系统的交付 / 把面部识别算法做到了行业第一"""
    rule = (
        r"(?P<person>{PERSON}|他|她)"
        r"(?P<mid>[^。；;]{0,30}?)(?:曾|先后|主导|牵头)*(?:参与|主导|负责|带队)(?:过|了)?"
        r"(?P<detail>[^。；;]{4,60}?(?:交付|落地|上线|量产|设计|研发|开发|产品[“\"「][^”\"」]{1,20}[”\"」]))"
        r"|"
        r"(?P<person2>{PERSON})[^。；;]{0,40}?把"
        r"(?P<detail2>[^。；;]{2,30}?做到了?(?:行业|全球|世界|国内)第一)"
    )
    for match in prose.matches(rule):
        which = "" if match.group("person") else "2"
        span = match.span("person" + which)
        if which == "" and match.group("person") in PRONOUNS:
            person = prose.person_for_pronoun(span[0])
        else:
            person = prose.mention_at(*span, "person")
        if person is None:
            continue
        if which == "" and prose.mentions_in(*match.span("mid"), "person"):
            continue
        detail_span = match.span("detail" + which)
        yield prose.text.fact(
            "credential",
            detail_span,
            0.7,
            aliases_of(person),
            person=person.name,
            type="delivery",
            detail=prose.text.folded[slice(*detail_span)],
        )
