"""Ties stated by a job title next to a name: "Victor Lam, Managing Partner at Tianrui Capital",
"a former SenseTime engineering manager", "co-founder and CEO Maya Lindqvist", "Gao is
Kiteloop's chief executive", "Stanford professor Daniel Marsh", "Corvane had hired Denise
Alvarado … as chief operating officer".

A title counts only where the sentence gives it to someone: in an apposition, after a verb of
being or "as", or right before the name. A founder's title is a founding; an advisor's or a
board seat is no job at that organisation.

Where a title is held (the organisation before or after it, its unit, a co-founder's company)
is read in `title_orgs`; the hires ("had hired … as chief operating officer"), years in brackets
and "X of Firm" in `hires`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pedigree.ingest.text.en.context import Context
from pedigree.ingest.text.en.drafts import Draft, draft
from pedigree.ingest.text.en.entry_fields import employer_label
from pedigree.ingest.text.en.founding import companions
from pedigree.ingest.text.en.lexicon import (
    ADVISOR,
    BOARD,
    FOUND_VERB,
    FOUNDED_FIELD,
    FOUNDER,
    KIN_BEFORE,
    TITLE,
    blocked,
)
from pedigree.ingest.text.en.stints import stint_dates
from pedigree.ingest.text.en.title_orgs import (
    FROM_ORG,
    ORGS,
    PERSON,
    a_persons,
    joined_company,
    org_of,
    their_company,
    unit_of,
    where,
    with_coordinated,
)
from pedigree.ingest.text.entities import Entity, Mention

_TITLE = re.compile(rf"(?<![\w'’])(?P<title>{TITLE})\b")
_GAPPED_AT = re.compile(
    rf"^(?:\s+[a-z][\w-]*){{0,3}}\s+and\s+{PERSON}\s+(?:a|an|the)\s+[a-z][\w\s-]{{0,40}}?\s+"
    rf"(?:at|with)\s+(?:the\s+)?"
    rf"(?P<org>{ORGS})"
)
# Founders named, then the verb that says what they founded, in the same clause.
_FOUNDS_NEXT = re.compile(
    rf"\s+{PERSON}(?:(?:,\s*|\s+and\s+|,\s+and\s+){PERSON})*\s+(?:(?:also|together|jointly)\s+)?"
    rf"{FOUND_VERB}\b"
)
# A list or team-page role: "Co-founder, Tessellate AI." — the organisation after a comma.
_ORG_COMMA = re.compile(rf"^,\s+(?:the\s+)?(?P<org>{ORGS})\s*(?:[.;(),]|$)")
_PERSON_AFTER = re.compile(
    rf"^(?:,|\s*[—–:])?\s+(?:(?:is|was|are|were)\s+)?(?:(?:dr|prof|professor|mr|ms|mrs)\.?\s+)?"
    # ("Her co-founder, CTO Luis Mendoza, spent …": a post of the company between)
    r"(?:(?<=, )(?:cto|ceo|coo|cfo|cpo|president|chief [a-z]+ officer)\s+)?"
    rf"(?P<person>{PERSON})"
)
# What gives a title to the clause's subject: a verb of being, "as", or an apposition's comma
# (or dash, colon, bracket, line start).
_LICENCE = re.compile(
    r"(?:\b(?:is|was|are|were|became|becomes|remains|remained|serves as|served as|serving as"
    r"|works as|worked as|working as|has been|had been|become|becoming|as)\s+(?:one of\s+)?"
    r"(?:now\s+|also\s+"
    r"|previously\s+"
    r"|currently\s+|once\s+|still\s+)?(?P<article>the\s+|a\s+|an\s+|its\s+|their\s+|our\s+"
    r"|his\s+|her\s+)?(?P<former>former\s+|then-|onetime\s+)?"
    r"|(?P<opener>,|^|\n|:|\(|[—–]|\s-)\s*(?P<apposition>(?:the\s+|a\s+|an\s+|both\s+|all\s+)?"
    r"(?:former\s+"
    r"|formerly\s+|previously\s+|now\s+|then-|onetime\s+|retired\s+|most recently\s+(?:as\s+)?)?"
    r"(?:(?:an?|the)\s+)?))$"
)
# "was 29 and a vice president on …": a verb of being earlier in the clause
_AND_A = re.compile(
    r"\b(?:was|is|were|are)\b[^,;]{0,30}\band\s+(?P<article>a\s+|an\s+)(?P<former>former\s+)?"
    r"(?P<apposition>(?!))?$"
)
_CO_FOUNDER_OF = re.compile(r"(?:^|[.;,]\s*|\band\s+)(?:his|her)\s+$")
_MEMBERSHIP = re.compile(r"(?:fellow|member|associate)s?")
_SOME_OF_THEM = re.compile(
    r"\b(?:several|many|some|other|few|most|dozens of|a number of)"
    r"\s+(?:[\w-]+\s+){0,2}?[\w-]+s$"
)
# Appointed to a post the sentence does not place: in a filing, a post at the filer.
_APPOINTED = re.compile(r"\b(?:appointed|re-?designated|elected)\s+(?:as\s+)?(?:an?\s+)$")
_PAST = re.compile(r"\b(?:former|formerly|previously|then-|onetime|ex-|was|were|had been|served)\b")


def read_titles(ctx: Context, clause: tuple[int, int]) -> Iterator[Draft]:
    start, end = clause
    lower = ctx.lower(start, end)
    if ctx.text.folded[start:end].isupper():
        return  # a heading in capitals: "ADVISORS", "MEET THE FOUNDERS"
    for match in _TITLE.finditer(lower):
        at = start + match.start()
        line_start = ctx.text.folded.rfind("\n", 0, at) + 1
        if FOUNDER.search(match.group()) and FOUNDED_FIELD.match(ctx.text.folded, line_start):
            continue  # "Founded: Stackwise Robotics, co-founder and CTO": the field's reader's
        line_end = ctx.text.folded.find("\n", at)
        line_end = len(ctx.text.folded) if line_end < 0 else line_end
        if ctx.text.folded.startswith("#", line_start) and not ctx.mentions.within(
            line_start, line_end, "person"
        ):
            continue  # "### Often mentioned, but not founders": a heading that names no one
        title = ctx.text.folded[at : start + match.end()]
        head, tail = lower[: match.start()], lower[match.end() :]
        org_mention, org, former = org_of(ctx, start, match, head, tail)
        gapped = _GAPPED_AT.match(tail) if org is None else None
        if gapped:
            # "Osei was a principal security architect and Fischer a senior firmware engineer at
            # HID Global": the employer both posts share, said once after the second
            org_mention = ctx.mentions.at(start + match.end() + gapped.start("org"))
            org = ctx.entity(org_mention) if org_mention is not None else None
        before = head
        if org_mention is not None and org_mention.start < at:
            before = head[: org_mention.start - start]
        licence = _LICENCE.search(before) or _AND_A.search(before)
        people = _holders(ctx, clause, match, tail, licence)
        if not people or blocked(lower, match.start()):
            continue
        if title.lower().endswith("s") and _SOME_OF_THEM.search(f"{head} {title.lower()}"):
            continue  # "several founders on this list call her their mentor": others, a group
        if _QUANTIFIED.search(f"{head}{title.lower().split(' ')[0]} "):
            continue  # "neither founder agreed to be named": someone of a group, unnamed
        if (
            _PLURAL_TITLE.fullmatch(title.lower())
            and _GROUP_HEAD.fullmatch(head)
            and _person_after(ctx, start + match.end(), tail) is None  # (not "Co-founders A and B")
        ):
            continue  # "Analysts at BloombergNEF have argued": unnamed people, no one's post
        kin = KIN_BEFORE.search(head)
        if kin and not ctx.mentions.within(start + kin.start(), at, "person"):
            continue  # "is married to an engineer at Huawei": an unnamed relative's post

        if _MEMBERSHIP.fullmatch(title.lower()) and re.match(r"\s+of\b", tail):
            continue  # "a fellow of the Hong Kong Institute of …": a membership, not a job
        alumni = None
        if (
            org is None
            and licence is not None
            and licence.group("apposition") is None
            and not FOUNDER.search(title)
            and _PAST_HEAD.search(head)
            and not _NOW.search(head)
            and ctx.alumni_company is not None
            and ctx.block_person(at) in people  # (the entry's own person, not a namesake)
            # (not "Okabe ran LEGO Japan as general manager", "Li spent nine years at Yamaha
            # Music (China), leaving in 2017 as marketing director": the sentence names where)
            and all(
                m.entity is ctx.alumni_company and m.start > at
                for m in ctx.mentions.within(*ctx.sentence_at(at), "org", "school")
            )
        ):
            # "Benedetti spent eight years as director of artist services", "Aalto was a master
            # technician", in an entry of a list of a company's alumni: a post held there
            org = alumni = ctx.alumni_company
        described = licence is not None and (licence.group("article") or "").strip() in ("a", "an")
        if org is None and described and _APPOINTED.search(before):
            org = ctx.document_company  # a filing's "was appointed as a non-executive Director"
        if org is None and described and _person_after(ctx, start + match.end(), tail) is None:
            continue  # "is a computer scientist", "as a research director": no post named
        if org is None and licence is not None and licence.group("apposition") is not None:
            listed = _ORG_COMMA.match(tail)
            if listed and licence.group("opener") in ("", "\n", ":", "—", "–", " -", "("):
                org_mention = ctx.mentions.at(start + match.end() + listed.start("org"))
                org = ctx.entity(org_mention) if org_mention else None
        if org is None and employer_label(ctx, at):
            continue  # "What he did at Chewy: Feld was senior director …": the label's employer
        if org is None and re.match(r"co-?founder", title.lower()) and a_persons(ctx, head, at):
            # "Park's co-founder, Jae Kim": the company Park founded, before any the
            # paragraph, the block or the piece would give
            org = their_company(ctx, at)
        if org is None:
            org = where(ctx, at)
        if org is None and FOUNDER.search(title) and ctx.block_person(at) is None:
            # "**Pipette Cloud** turns … . CEO Hana Kobayashi …, and her co-founder Luis Ortega
            # …": the company the paragraph opens with
            org = ctx.paragraph_company(at)
        if org is None and FOUNDER.search(title):
            org = ctx.entry_company(at)  # "2. Polaris Voice" / "Founder: Wendy Zhao"
        if (
            org is None
            and FOUNDER.search(title)
            and (ctx.layout.answer_at(at) or ctx.block_person(at) is not None)
        ):
            # "My co-founder is …" in an interview, a founder's role on a team page: the
            # company of the page, not the last one a bio named — and none where the page's
            # company went unread and the most named is an employer inside the bios
            # a demo day's "### Siltrace — …" over the bullets, or "**Orbweave** designs …"
            section = (
                ctx.heading_company(at)
                or ctx.paragraph_company(at)
                or ctx.entry_company(at, across_blocks=True)
            )
            org = section or ctx.main_company
            if (
                org is not None
                and section is None
                and ctx.block_person(at) is not None
                and not ctx.page_company(org)
            ):
                continue
        if org is None:
            verb = licence is not None and licence.group("apposition") is None
            # ("spent nine years in Quest's logistics organization, most recently as senior
            # director of …": the apposition ends a stint the sentence named)
            last = (
                licence is not None
                and "recently" in (licence.group("apposition") or "")
                # (the one the sentence names, not a "he" read across a heading)
                and not ctx.mentions.within(ctx.sentence_at(at)[0], at, "ref")
            )
            if not FOUNDER.search(title) and not verb and not last:
                continue  # a bare title in an apposition says nothing about where
            if FOUNDER.search(title) and _FOUNDS_NEXT.match(tail):
                continue  # "Co-founders A and B started Parcelwise": the verb names the company
            # ("Okafor's co-founder is …": a person's)
            theirs = re.match(r"co-?founder", title.lower()) and (
                _CO_FOUNDER_OF.search(head) or a_persons(ctx, head, at)
            )
            # "Her co-founder is Tobias Reinhardt": of the company she founded, not of the last
            # one her career named (Salesforce's Net Zero Cloud)
            org = (
                (theirs and their_company(ctx, at))
                or joined_company(ctx, head)
                or (
                    not FOUNDER.search(title)
                    and _ENDING_AS.search(head)
                    and _worked_at_earlier(ctx, at)
                )
                or ctx.company_at(at)
            )
            if org is None:
                continue
        if (
            org_mention is None
            and FOUNDER.search(title)
            and any(
                m.entity is org
                and _WORKPLACE_BEFORE.search(ctx.lower(max(0, m.start - 24), m.start))
                for m in ctx.mentions.within(start + match.end(), end, "org")
            )
        ):
            # "Mary Chen, founder, was a product manager at Meta": not Meta's founder (but "CEO
            # Beatriz Lin said the round values Canoa at …" is Canoa's)
            continue
        past = former or bool(_PAST.search(before[-30:])) or bool(_FORMER_TITLE.search(title))
        present = not past and _present(ctx, licence, clause)
        unit = unit_of(ctx, org_mention, at)
        partner = _CO_FOUNDER_OF.search(head) if re.match(r"co-?founder", title.lower()) else None
        if partner is not None:
            # "Her co-founder and CTO, Haoran Chen": she founded it too
            refs = ctx.mentions.within(start + partner.start(), start + partner.end(), "ref")
            owner = ctx.entity(refs[0]) if refs else None
            if owner is not None and owner.kind == "person" and owner not in people:
                people = [*people, owner]
        for mention, entity in with_coordinated(ctx, org_mention, org, end):
            for tie in _ties(
                ctx,
                people,
                entity,
                mention,
                title,
                past,
                at,
                end,
                unit if mention is org_mention else None,
                present,
            ):
                if entity is alumni and entity.written and entity.written != entity.name:
                    tie.written.setdefault(entity.name, entity.written)  # as the list writes it
                yield tie


_WORKPLACE_BEFORE = re.compile(r"\b(?:at|for|with|of|joined|from|in)\s+(?:the\s+)?$")


# "…, ending as", "most recently as", "rising to": the last post of a stint just told
_ENDING_AS = re.compile(
    r"\b(?:ending|finishing|leaving|rising|most recently|latterly|eventually|finally)"
    r"(?:\s+up)?\s+(?:as|to)\s+(?:the\s+|a\s+|an\s+)?$"
)


def _worked_at_earlier(ctx: Context, at: int) -> Entity | None:
    """ "spent eleven years in Moutai's sales company, ending as head of youth marketing": the
    workplace the sentence named before the post, not the last company of the page."""
    sentence_start = ctx.sentence_at(at)[0]
    for mention in reversed(ctx.mentions.within(sentence_start, at, "org")):
        if _WORKPLACE_BEFORE.search(ctx.lower(max(0, mention.start - 24), mention.start)):
            return ctx.entity(mention)
    return None
_QUANTIFIED = re.compile(r"\b(?:neither|either|no|each|every|any)\s+$")
_PLURAL_TITLE = re.compile(r"[a-z -]*[a-rt-z]s")  # analysts, senior engineers (not "sales")
_GROUP_HEAD = re.compile(r"\W*(?:(?:the|some|many|several|other|two|three|four|five)\s+)?")


_JOINED_BEFORE = re.compile(r"(?:\band|,)\s*$")


def _holders(
    ctx: Context, clause: tuple[int, int], match: re.Match, tail: str, licence: re.Match | None
) -> list[Entity]:
    """Who holds a title: the names right after it ("co-founder and CEO Maya Lindqvist",
    "two former ByteDance colleagues, Peng Yu and Song Zhiqiang", "my old boss from NetEase,
    Wu Kaiyuan"), else the subject the sentence gives it to."""
    start = clause[0]
    person = _person_after(ctx, start + match.end(), tail)
    from_org = FROM_ORG.match(tail)
    if from_org:
        person = ctx.mentions.at(start + match.end() + from_org.start("person"))
    if person is not None and person.entity is not None:
        listed = _listed_after(ctx, person, clause[1])
        return [m.entity for m in [person, *listed] if m.entity is not None]
    if licence is None:
        return []
    subjects = ctx.subjects(start + match.start(), clause)
    if licence.group("apposition") is not None and licence.group("opener") == ",":
        # "Kong is married to Zhou Weiming, an engineer at Midea Group": the one the apposition
        # follows, where that is no subject (not "Vogt and Ruiz, both former …": both)
        named = ctx.mentions.covering(start + licence.start("opener") - 1)
        if (
            named is not None
            and named.kind == "person"
            and named.entity is not None
            and named.entity not in subjects
            and not _JOINED_BEFORE.search(ctx.text.folded, max(0, named.start - 6), named.start)
        ):
            return [named.entity]
    return subjects


def _present(ctx: Context, licence: re.Match | None, clause: tuple[int, int]) -> bool:
    """A title held now: given in the present tense ("is a partner at", "now serves as") or
    in an apposition after a comma in an undated clause ("said Tom Hale, a partner at Acme
    Capital") — not one of a dated story ("In 2015, Gao, a director at Baidu, met …"), nor a
    list line that may be an alumni list ("3. Farid Rahman — Engineering director at Grab")."""
    if licence is None:
        return False
    if _NOW.search(licence.group(0)):
        return True
    if licence.group("apposition") is None:
        return bool(_PRESENT.match(licence.group(0)))
    return licence.group("opener") == "," and not ctx.periods_in(*clause)


_FORMER_TITLE = re.compile(r"\b(?:veterans?|alumn(?:us|a|i|ae)|alums?)\b", re.I)
_PRESENT = re.compile(r"(?:is|are|remains|serves as|works as|has been)\b")
_NOW = re.compile(r"\b(?:now|currently|still)\b")
_PAST_HEAD = re.compile(r"\b(?:was|were|spent|ran|served|worked|had been|rose to)\b")


def _person_after(ctx: Context, position: int, tail: str) -> Mention | None:
    match = _PERSON_AFTER.match(tail)
    if not match:
        return None
    return ctx.mentions.at(position + match.start("person"))


def _listed_after(ctx: Context, first: Mention, end: int) -> list[Mention]:
    """ "two former ByteDance colleagues, Peng Yu and Song Zhiqiang": the names after the
    first one in a list."""
    listed = []
    last = first
    for m in ctx.mentions.within(first.end, end, "person"):
        gap = ctx.text.folded[last.end : m.start]
        if not re.fullmatch(r"\s*(?:\([^)]{0,40}\)\s*)?(?:,\s*(?:and\s+)?|\s+and\s+)", gap):
            break  # "Amara Chukwu (CEO) and Daniel Reyes (CTO)"
        listed.append(m)
        last = m
    return listed


# A title that says its holder founded nothing: "CEO, not founder", "(not a co-founder)".
_NOT_A_FOUNDER_TITLE = re.compile(r"[,;(]?\s*(?:not|non-?)\s*(?:a\s+)?(?:co-?)?founder\b", re.I)


def _ties(
    ctx: Context,
    people: list[Entity],
    org: Entity,
    org_mention: Mention | None,
    title: str,
    past: bool,
    at: int,
    end: int,
    unit: str | None = None,
    present: bool = False,
) -> Iterator[Draft]:
    if org.kind not in ("org", "school"):
        return
    if ADVISOR.search(title) or BOARD.search(title):
        for person in people:
            yield draft(ctx, "advisor", person, org, at, 0.8, org_mention)
        return
    denied = _NOT_A_FOUNDER_TITLE.search(title)
    if denied:
        title = title[: denied.start()].rstrip(" ,;(")  # "CEO, not founder": the post alone
    if FOUNDER.search(title):
        role = re.sub(r"(?i)\b(co-?founder|founder)s\b", r"\1", title)  # "its founders, A and B"
        if org_mention is not None and org_mention.start > at:  # "co-founder of X with B"
            people = [*people, *companions(ctx, org_mention.end, end)]
        for person in people:
            yield draft(ctx, "founded", person, org, at, 0.85, org_mention, role=role)
        return
    start, finish = stint_dates(ctx, at + len(title), end)
    held = f"{title}, {unit}" if unit else title
    for person in people:
        yield draft(
            ctx,
            "employment",
            person,
            org,
            at,
            0.8,
            org_mention,
            title=held,
            current=False if past or finish else True if present else None,
            start=start,
            end=finish,
        )
