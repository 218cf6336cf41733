"""People in English reporting: who founded what, worked where, studied where, and what they
can show for it (PhD, papers, prizes, patents, teams led).

Founding needs the person as the subject of a founding verb or a founder's title; a person who
is only quoted ("said John Smith, a partner at X") gets the employment the apposition states and
nothing more. Patterns run over the sentence shape (`english_names`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from pedigree.ingest.text.english_names import (
    NAME,
    ORG,
    ORG_SLOT,
    PERSON_SLOT,
    WORD,
    Context,
    Name,
    Sentence,
    iso,
    period_near,
    subject_org,
    subject_person,
)
from pedigree.ingest.text.facts import Fact

P, ORGS = PERSON_SLOT, ORG_SLOT
_HEAD = (
    r"(?:co-?founder|founder|ceo|cto|coo|cfo|cso|chief \w+ officer|(?:executive )?vice president"
    r"|president|vp|director|head|manager|engineer|researcher|scientist|partner|chairman"
    r"|chairwoman|chair|lead|leader|executive|professor|architect|analyst|intern|fellow"
    r"|principal|associate|employee|staffer|veteran|official|dean|adviser|advisor|consultant)s?"
)
_TITLE = (
    rf"(?P<title>(?:[\w&/-]+ ){{0,4}}?{_HEAD}"
    r"(?: and (?:co-?founder|founder|ceo|cto|coo|cfo|president|chairman|chief \w+ officer))?)\b"
)
_UNIT = (
    r"(?P<unit>(?:'s|’s) (?:[\w&-]+ ){0,3}?(?:lab|team|unit|group|division|department|business))"
)
_FORMER = r"(?P<former>former |ex-|onetime |one-time |then-)?"
_IS = r"(?P<verb>,? who (?:is|was|served as|serves as|has been|had been)|,? (?:is|was|became|serves as|served as|has been|had been|remains|remained)|,)"  # noqa: E501
_EMPLOYMENT = [
    # Liu Yu, a former research director at SenseTime / Wang was CTO of ByteDance's AI lab
    rf"(?P<person>{P}){_IS} (?:an? |the |its |their )?{_FORMER}{_TITLE}"
    rf" (?:at|of|with|for) (?:the )?(?P<org>{ORGS}){_UNIT}?",
    # Liu Yu, former SenseTime executive research director
    rf"(?P<person>{P}), (?:an? |the )?{_FORMER}(?P<org>{ORGS})(?:'s|’s)? (?:former )?{_TITLE}",
    # Its founder, Yan Junjie / the company's chief scientist Gao Feng
    rf"(?P<pronoun>its|their|the (?:company|startup|firm)(?:'s|’s)) (?:former |then-)?{_TITLE},?"
    rf" (?P<person>{P})",
    # former SenseTime vice president Yan Junjie / MiniMax founder Yan Junjie
    rf"{_FORMER}(?P<org>{ORGS})(?:'s|’s|, whose)? (?:former |then-)?{_TITLE},? (?P<person>{P})",
]
# Verbs whose subject is found by `subject_person`.
_STINT_VERBS = [
    rf"\b(?P<former>previously |formerly |once |earlier |had )?(?P<verb>worked|works|served"
    rf"|spent(?: [\w-]+){{1,3}}?)(?: as (?:an? |the )?{_TITLE})? (?:at|for|with|in) (?:the )?"
    rf"(?P<org>[{ORG}{WORD}]+|{NAME}+)"
    rf"(?: as (?:an? |the )?(?P<title2>(?:[\w&/-]+ ){{0,3}}?{_HEAD}))?",
    rf"\b(?P<verb>joined) (?:the )?(?P<org>{ORGS})"
    rf"(?:(?: in [^,;]{{1,25}}?)? as (?:an? |the )?{_TITLE})?",
    rf"\b(?P<verb>left|quit|departed(?: from)?) (?:the )?(?P<org>{ORGS})",
]
_FOUNDING_VERB = re.compile(
    r"\b(?P<verb>co-?founded|founded|started|set up|established|(?:to|went on to) (?:co-?)?found"
    r"|to start|to set up)"
    rf" (?:the |a |an |his |her |their )?(?:(?:[\w-]+ ){{0,4}}?(?:company|startup|start-up|firm"
    rf"|lab|venture) )?(?P<org>{ORGS})",
    re.IGNORECASE,
)
_NOT_SAID = r"(?:(?!\bsaid\b|\btold\b|\bsays\b|\baccording\b)[^;])"
_FOUNDED_BY = [
    # Vivix AI was founded in 2024 by Liu Yu and Zhang Wei
    rf"(?P<org>{ORGS})(?:,| was| is| has been| were)? (?P<verb>(?:co-?)?founded|started|set up"
    rf"|established|created)(?: [^;,]{{0,40}}?)? by (?P<by>{_NOT_SAID}*)",
    # Founded by Liu Yu in 2024, Vivix AI …
    rf"^(?P<verb>(?:co-?)?founded)(?: [^;,]{{0,40}}?)? by (?P<by>{_NOT_SAID}*?), (?P<org>{ORGS})",
]
_DEGREE = (
    r"(?P<degree>ph\.?d\.?|doctorate|doctoral degree|master'?s|masters|bachelor'?s|mba|msc|meng"
    r"|bsc|beng|ms|ma|bs|ba|undergraduate degree|postdoc(?:toral)?(?: fellowship)?)"
)
_FIELD = r"(?: (?:in|of) (?P<field>[a-z][\w&-]*(?: [a-z][\w&-]*){0,4}?))?"
_EDUCATION = [
    rf"\bgraduated from (?:the )?(?P<org>{ORGS}) with (?:an? )?{_DEGREE}(?: degree)?{_FIELD}",
    rf"\b{_DEGREE}(?: degree)?{_FIELD} (?:from|at) (?:the )?(?P<org>{ORGS})",
    rf"\b(?:graduated|graduating|graduate) (?:with (?:an? )?{_DEGREE}(?: degree)?{_FIELD} )?from"
    rf" (?:the )?(?P<org>{ORGS})",
    rf"\bstudied (?P<field>[a-z][\w&-]*(?: [a-z][\w&-]*){{0,3}}?) (?:at|in) (?:the )?"
    rf"(?P<org>{ORGS})",
    rf"(?P<person>{P}), (?:an? )?(?P<org>{ORGS}) (?:{_DEGREE} )?(?:graduate|alumnus|alumna|alum)\b",
]
_DEGREES = {"ph": "PhD", "do": "PhD", "ma": "Master", "ms": "Master", "me": "Master",
            "ba": "Bachelor", "bs": "Bachelor", "be": "Bachelor", "un": "Bachelor",
            "mb": "MBA", "po": "Postdoc"}  # fmt: skip
_COUNT = r"(?:more than |over |nearly |about |around |some )?(?:\d[\d,]*\+?|dozens of|hundreds of|numerous|several|many)"  # noqa: E501
_CREDENTIALS = [
    ("paper", rf"\b(?:published|authored|co-authored|wrote|has) (?P<detail>{_COUNT} (?:[\w-]+ )"
              r"{0,3}?papers?\b(?: (?:at|in|on) [^;,.]{1,60})?)"),
    ("patent", rf"\b(?:holds|has|filed|owns|granted) (?P<detail>{_COUNT} (?:[\w-]+ )?patents?)"),
    ("competition", r"\b(?:won|took|claimed|clinched|placed) (?P<detail>[^;,.]{0,60}?\b(?:first "
                    r"place|first prize|champion(?:ship)?|gold medal|top spot|competition|challenge"
                    r"|olympiad|contest|hackathon)\b[^;,.]{0,60})"),
    ("award", r"\b(?:won|received|was awarded|earned|was named|has been named|was honou?red with)"
              r" (?P<detail>[^;,.]{0,80}?\b(?:award|prize|medal|fellowship|honou?r|under 35)\b"
              r"[^;,.]{0,40})"),
]  # fmt: skip
_TEAM = re.compile(
    r"\b(?:led|leads|leading|managed|manages|oversaw|oversees|headed|heads|ran|runs|built)"
    r" (?:a |an |the )?(?:(?:[\w-]+ ){0,2}?(?:team|group|staff) of )?(?:more than |over |nearly "
    r"|about |around |some )?(?P<size>\d[\d,]*)\+?[- ](?:person|people|member|strong|engineers?"
    r"|researchers?|employees|staff)\b(?:[^;,.]|[,.]\d)*",
    re.IGNORECASE,
)
_RESOURCES = re.compile(
    r"(?:with|controlling|commanding|managing|overseeing) (?P<resources>(?:more than |over "
    r"|nearly |about )?\d[\d,]*\+? (?:gpus|gpu cards|gpu chips|servers|chips))",
    re.IGNORECASE,
)


def people_facts(sentence: Sentence, context: Context) -> list[Fact]:
    facts = [
        *_appositions(sentence, context),
        *_stints(sentence, context),
        *_foundings(sentence, context),
        *_education(sentence, context),
        *_credentials(sentence, context),
    ]
    subjects = {fact.fields["person"] for fact in facts}
    if len(subjects) == 1:  # whom "he" or "she" in the next sentence means; two: no one
        context.person = next((n for n in sentence.names if n.value in subjects), context.person)
    elif subjects:
        context.person = None
    return facts


def _fact(sentence: Sentence, kind: str, confidence: float, names: list[Name], **fields) -> Fact:
    """A fact about names[0]; less sure when that person is "he" or a bare surname."""
    person = names[0]
    if not sentence.start <= person.start < sentence.end:
        confidence -= 0.15  # "He …": the person an earlier sentence was about
    elif person.written != person.value:
        confidence -= 0.05  # "Yan": the one Yan named earlier
    aliases = {k: v for name in names if name for k, v in name.aliases.items()}
    return sentence.text.fact(kind, sentence.span, round(confidence, 2), aliases, **fields)


def _at(sentence: Sentence, match: re.Match, group: str) -> Name | None:
    return sentence.name_at(match.start(group)) if match.groupdict().get(group) else None


def _written(sentence: Sentence, match: re.Match, group: str) -> str | None:
    """The original text of `group`, or None when the pattern has no such group or it is empty."""
    return sentence.written(*match.span(group)) if match.groupdict().get(group) else None


def _found(sentence: Sentence, person: Name, org: Name, role: str, date: str | None) -> Fact:
    return _fact(
        sentence, "founded", 0.85, [person, org],
        person=person.value, org=org.value, role=role, date=date,
    )  # fmt: skip


def _appositions(sentence: Sentence, context: Context) -> Iterator[Fact]:
    """Titles stated next to a name: employment, or founding when the title is a founder's."""
    for pattern in _EMPLOYMENT:
        for match in re.finditer(pattern, sentence.shape, re.IGNORECASE):
            person, org = _at(sentence, match, "person"), _at(sentence, match, "org")
            if match.groupdict().get("pronoun"):
                org = subject_org(sentence, match.start(), context)
            if org is None:
                continue
            title = sentence.written(*match.span("title"))
            if "founder" in title.lower():
                founded = _found(sentence, person, org, title, None)
                if match.groupdict().get(
                    "pronoun"
                ):  # "Its founder": whose, an earlier sentence said
                    founded = replace(founded, confidence=round(founded.confidence - 0.2, 2))
                yield founded
                continue
            if unit := _written(sentence, match, "unit"):
                title = f"{title}, {unit[3:]}"
            verb = (match.groupdict().get("verb") or ",").strip(", ")
            past = bool(match["former"]) or any(w in verb for w in ("was", "served", "had"))
            start, end = _stint_dates(sentence, match.end())
            context.employers[person.value] = org
            yield _fact(
                sentence, "employment", 0.8, [person, org], person=person.value, org=org.value,
                title=title, current=not (past or end), start=start, end=end,
            )  # fmt: skip


def _stints(sentence: Sentence, context: Context) -> Iterator[Fact]:
    """Worked at, joined, left: the subject is found before the verb."""
    for pattern in _STINT_VERBS:
        for match in re.finditer(pattern, sentence.shape, re.IGNORECASE):
            person = subject_person(sentence, match.start("verb"), context)
            org = _at(sentence, match, "org")
            if person is None or org is None or org.value == person.value:
                continue
            verb = match["verb"].lower()
            title = _written(sentence, match, "title") or _written(sentence, match, "title2")
            start, end = _stint_dates(sentence, match.end("org"))
            if verb == "joined":
                start = start or iso(period_near(sentence, match.end("org"), after_only=True))
            if verb in ("left", "quit") or verb.startswith("departed"):
                end = end or iso(period_near(sentence, match.end("org"), after_only=True))
            current = verb == "works" and not match.groupdict().get("former")
            if verb == "joined":
                current = None if not end else False
            context.employers[person.value] = org
            yield _fact(
                sentence, "employment", 0.75, [person, org], person=person.value, org=org.value,
                title=title, current=current, start=start, end=end,
            )  # fmt: skip


def _stint_dates(sentence: Sentence, after: int) -> tuple[str | None, str | None]:
    """ "from 2018 to 2023", "until 2023", "since 2020" right after a stint."""
    start = end = None
    for period in sentence.periods:
        offset = period.start - sentence.start
        if offset < after or offset - after > 40:
            continue
        cue = sentence.shape[max(after, offset - 12) : offset].lower()
        if re.search(r"\b(?:until|till|through|to|and)\s+(?:the\s+)?$", cue):
            end = iso(period)
        elif re.search(r"\b(?:from|since|between|starting(?: in)?)\s+(?:the\s+)?$", cue):
            start = iso(period)
    return start, end


def _foundings(sentence: Sentence, context: Context) -> Iterator[Fact]:
    for match in _FOUNDING_VERB.finditer(sentence.shape):
        before = sentence.shape[: match.start()].lower()
        if re.search(r"\b(?:was|is|were|been|be|being)\s+$", before):
            continue  # passive: "was founded by" below
        org = _at(sentence, match, "org")
        subject = subject_person(sentence, match.start(), context)
        if subject is None or org is None:
            continue
        role = "co-founder" if "co" in match["verb"].lower() else "founder"
        date = iso(period_near(sentence, match.end("org"), after_only=True))
        for person in _coordinated(sentence, subject):
            yield _found(sentence, person, org, role, date)
    for match in (m for p in _FOUNDED_BY for m in re.finditer(p, sentence.shape, re.I)):
        org = _at(sentence, match, "org")
        role = "co-founder" if "co" in match["verb"].lower() else "founder"
        date = iso(period_near(sentence, match.start("verb"), after_only=True))
        for person in sentence.names_in(match.start("by"), match.end("by")):
            yield _found(sentence, person, org, role, date)


def _coordinated(sentence: Sentence, last: Name) -> list[Name]:
    """ "Liu Yu and Zhang San co-founded": the people listed before the subject, and it."""
    people = [last]
    earlier = sentence.names_in(0, last.start - sentence.start)
    while earlier and sentence.text.folded[earlier[-1].end : people[0].start] in (
        " and ", ", ", ", and "
    ):  # fmt: skip
        people.insert(0, earlier.pop())
    return people


def _education(sentence: Sentence, context: Context) -> Iterator[Fact]:
    """One fact per person and school, from the most specific pattern that reads it."""
    seen = set()
    for pattern in _EDUCATION:
        for match in re.finditer(pattern, sentence.shape, re.IGNORECASE):
            person = _at(sentence, match, "person") if "person" in match.groupdict() else None
            person = person or subject_person(sentence, match.start(), context)
            org = _at(sentence, match, "org")
            if person is None or org is None or (person.value, org.value) in seen:
                continue
            seen.add((person.value, org.value))
            written = _written(sentence, match, "degree")
            degree = _DEGREES.get(written[:2].lower()) if written else None
            field = _written(sentence, match, "field")
            yield _fact(
                sentence, "education", 0.8, [person, org], person=person.value, org=org.value,
                degree=degree, field=field,
            )  # fmt: skip
            if degree == "PhD":
                detail = sentence.written(match.start(), match.end())
                yield _fact(
                    sentence, "credential", 0.8, [person], person=person.value, type="phd",
                    detail=detail,
                )  # fmt: skip


def _credentials(sentence: Sentence, context: Context) -> Iterator[Fact]:
    for kind, pattern in _CREDENTIALS:
        for match in re.finditer(pattern, sentence.shape, re.IGNORECASE):
            person = subject_person(sentence, match.start(), context)
            if person is None:
                continue
            detail = sentence.written(*match.span("detail"))
            if kind == "award" and re.search(r"competition|challenge|contest", detail, re.I):
                kind = "competition"
            yield _fact(
                sentence, "credential", 0.7, [person], person=person.value, type=kind,
                detail=detail,
            )  # fmt: skip
    for match in _TEAM.finditer(sentence.shape):
        person = subject_person(sentence, match.start(), context)
        if person is None:
            continue
        detail = sentence.written(match.start(), match.end()).strip()
        yield _fact(
            sentence, "credential", 0.7, [person], person=person.value, type="delivery",
            detail=detail,
        )  # fmt: skip
        named = sentence.names_in(0, len(sentence.shape), "org word")
        org = named[0] if named else context.employers.get(person.value)
        resources = _RESOURCES.search(sentence.shape)
        if org is not None:
            yield _fact(
                sentence, "employment", 0.65, [person, org], person=person.value,
                org=org.value, team_size=int(match["size"].replace(",", "")),
                resources=sentence.written(*resources.span("resources")) if resources else None,
            )  # fmt: skip
