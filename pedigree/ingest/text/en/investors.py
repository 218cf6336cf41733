"""Which organisations invest: those that lead, join or back a round ("led by", "with
participation from", "existing investors X and Y", "X and Y also participated", "X led a $6
million seed round", "raised … from MiraclePlus"), listed one after another. They get the role
`investor` before anything else reads the text, so an investor is never "the company" a
sentence is about; `money` then gives each one to its round.
"""

from __future__ import annotations

import re

from pedigree.ingest.text.en.context import Context
from pedigree.ingest.text.en.lexicon import HEDGE, NEGATION, POSSESSIVE
from pedigree.ingest.text.en.names import MARK
from pedigree.ingest.text.entities import Mention
from pedigree.ingest.text.gazetteer import known_organization

_O = MARK["org"]
JOINER = (
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+|,?\s+alongside\s+|\s*&\s*|\s+with\s+"
    r"|,?\s+along\s+with\s+)"
    r"(?:(?:existing|new|returning|other|previous|earlier|prior)\s+)?"
    r"(?:(?:investors?|shareholders?|backers?)\s+)?"
    r"(?:including\s+|such\s+as\s+)?(?:the\s+)?"
    rf"(?:\ue004+{POSSESSIVE}\s+(?:own\s+)?)?"  # "and Pittsburgh's own Draper Triangle"
)


# Wording before a list of investors (the round is before it) …
_LEADS_IN = re.compile(
    r"\b(?:(?:co-)?led\s+by|backed\s+by|funded\s+by|financed\s+by|participation\s+(?:from|by)"
    r"|(?:existing\s+|new\s+|earlier\s+|other\s+)?(?:investors?|shareholders?|backers?)"
    r"(?:\s+including|\s+such\s+as|\s+[^.;]{0,30}?\binclud(?:e|es|ed|ing)|,)?"
    r"|rais(?:ed|es|e)\b[^.;]{0,80}?\bfrom|round\b[^.;]{0,40}?\bfrom|(?:million|billion|[\d.]+m)\b"
    r"[^.;]{0,40}?\bfrom"
    # "received angel funding from", "took a seed investment from", "with backing from"
    r"|(?:funding|investment|backing|financing|cheque|check)\b[^.;]{0,30}?\bfrom"
    # "went through Y Combinator": an accelerator's batch, which it invests in
    r"|went\s+through|graduated\s+from|(?:a\s+)?graduate\s+of"
    rf")\s+(?:the\s+)?(?:\ue004+{POSSESSIVE}\s+)?"
    r"(?:[a-z]+-(?:backed|owned|run|controlled)\s+)?$"  # "… from the state-backed China …"
)


# … and after one (the round is after it, or in a sentence before).
LEADS_OUT = re.compile(
    # (a short form in brackets between: "High-Tech Gründerfonds (HTGF) joining")
    # (or an aside on who they are: "Lerer Hippeau and Y Combinator, both existing investors,")
    r"^(?:\s*\([^()\n]{1,20}\))?(?:,\s+[^,.;]{2,40}?\b(?:investors?|backers?|shareholders)\s*,)?"
    r"\s+(?:(?:has|had|have)\s+)?(?:(?:also|both|all|itself|themselves)\s+)?"
    r"(?:led|co-led"
    r"|joined|joining|participated|invested|co-invested|came back in|came back|re-upped"
    r"|putting in|put in|chipping in|put(?=[^.;]{0,30}\binto\b)"
    r"|took part|taking part|came in|followed on|following on|returned"
    r"|backed|chipped in|participating|co-investing|investing)\b"

    # "with Jungle Ventures as lead investor", "with Matrix Partners China as the sole investor"
    r"|^\s+as\s+(?:(?:the|its|a|an|our)\s+)?(?:(?:lead|sole|only|anchor|co-lead|main|largest"
    r"|new|first|strategic|principal|cornerstone)\s+)?(?:investor|backer)s?\b"
    # "and by Square Peg Capital, which led our seed round"
    r"|^,\s+which\s+(?:also\s+)?(?:led|co-led|backed|joined|invested\s+in)\b"
    # "Meituan's venture arm, Dragonball Capital, had led its Series B"
    r"|^,\s+(?:has|had|have)\s+(?:also\s+)?(?:led|co-led|backed|invested)\b"
    # "Kleiner Perkins provided $12 million in seed funding", "gave us our seed"
    r"|^\s+(?:provided|gave(?:\s+us)?|wrote)\s+(?:(?:the|its|our|a|an)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:\$|us\$|£|€|rmb|\d|seed|funding|capital|money|cheque|check)"
)


# "Village Global and several angel investors, including …, also participated": read to the
# sentence's end, past the aside that ends the clause.
_AND_OTHERS_OUT = re.compile(
    r"^\s+and\s+(?:several|other|some|a\s+few|two|three|four|individual)\s+(?:[\w-]+\s+)?"
    r"(?:investors|backers|angels)\b[^.;]*?\b(?:also\s+)?(?:participated|invested|joined)\b"
)


# "Hillhouse Investment, which manages funds that are among our Pre-IPO Investors", "Qiming,
# one of our shareholders": a filing names its own investors.
OWN_INVESTOR = re.compile(
    r"^(?:\s*\([^)]*\))?,?\s+(?:[^.;]{0,60}?\b(?:is|are|was|were|among)\s+)?(?:one\s+of\s+)?"
    r"(?P<our>our)\s+(?:[\w-]+\s+)?(?:investors|shareholders)\b"
)


_LISTED_OUT = re.compile(
    JOINER + rf"[^.;]*?{_O}+\s+(?:also\s+)?(?:participated|invested|joined)"
)


# A person who puts in their own money: "Ashworth invested in Meterwise's pre-seed round",
# "Angel investors include Priyanka Sethi, …, and Tomasz Nowicki".
_ANGEL_OUT = re.compile(
    r"^\s+(?:(?:also|personally|both)\s+)?(?:invested|co-invested|has invested|angel-invested"
    r"|made (?:an |several |\w+ )?angel investments?|wrote (?:a|an|the) (?:[\w-]+\s+){0,3}?"
    r"(?:cheque|check))\b"
)
_ANGELS_IN = re.compile(
    r"\bangels?(?:\s+investors?)?(?:\s+(?:include|including|are|such\s+as))?\s*:?\s*$"
    r"|\b(?:individual|personal)\s+investors?(?:\s+(?:include|including|are))?\s*:?\s*$"
)


# An investor that names what it put money into, after its verb: "Northgate backed Acme and
# Bolt", "Wu invested in Acme", "Wu wrote Acme's first cheque", "Wu was one of Acme's angel
# investors", "Wu, an early backer of Acme". A fund a partner speaks for: "a partner at
# Northgate, where he has backed Acme".
_INVESTS_IN = re.compile(
    rf"^(?:,\s*where\s+(?:he|she|they|we))?,?\s+(?:(?:also|has|have|had|personally|both|later"
    rf"|then|since|was|were|is|are|quietly|itself)\s+)*"
    rf"(?:(?:backed|invested\s+in|co-invested\s+in|an?\s+(?:(?:early|first|seed|angel|initial"
    rf"|lead)\s+)*(?:backer|investor|shareholder)\s+(?:of|in))\s+(?!by\b)(?:the\s+)?"
    rf"(?:[a-z-]+\s+){{0,3}}?(?={_O})"
    rf"|wrote\s+(?={_O}+{POSSESSIVE}\s+(?:[\w-]+\s+){{0,2}}(?:cheque|check)\b)"
    rf"|(?:one\s+of|among)\s+(?={_O}+{POSSESSIVE}\s+(?:[\w-]+\s+){{0,2}}"
    rf"(?:investors|backers|shareholders)\b))",
    re.I,
)# A claim a correction withdraws: "An earlier version said Northgate had invested in Acme".
_RETRACTED = re.compile(r"\b(?:correction|earlier version|incorrectly|erroneously|mistakenly)\b")
# A claim the sentence goes on to call false.
_CALLED_WRONG = re.compile(
    r"\b(?:was|were|is|are)\s+(?:wrong|untrue|false|inaccurate|incorrect|not true)\b"
    r"|\b(?:denied|denies|dismissed|dismisses)\b"
)
_ALONGSIDE = re.compile(
    rf"(?:investors|backers|shareholders|{_O}){POSSESSIVE}?,?\s+(?:alongside|along\s+with"
    rf"|together\s+with)\s+(?:(?:{_O}|\ue000)+(?:,\s*(?:and\s+)?|\s+and\s+))*$"
)


def investees(ctx: Context, investor: Mention) -> list[Mention]:
    """The organisations an investor is said to have put money into, in its own clause."""
    start, end = ctx.sentence_at(investor.start)
    after = investor.end
    verb = _INVESTS_IN.match(ctx.shape[after:end])
    aside = ctx.aside_at(investor.end + 1)
    if verb is None and aside is not None and aside.anchor == investor.end:
        after = aside.end  # "Wu, a former Grab executive, was one of Acme's angel investors"
        verb = _INVESTS_IN.match(ctx.shape[after:end])
    if verb is None:
        alongside = _ALONGSIDE.search(ctx.lower(max(start, investor.start - 160), investor.start))
        if alongside is None:
            return []
        # "Wu was among Acme's angel investors, alongside Northgate": Northgate too
        for m in reversed(ctx.mentions.within(start, investor.start, "org", "person")):
            if m.end <= investor.start - len(alongside.group()):
                named = investees(ctx, m)
                if named:
                    return [n for n in named if n.entity is not investor.entity]
        return []
    at = after + verb.end()
    said = ctx.lower(start, at)
    if NEGATION.search(said) or HEDGE.search(said) or _RETRACTED.search(said):
        return []
    if _CALLED_WRONG.search(ctx.lower(at, end)):
        return []  # "a report that Lattice Harbor had invested in Keelson was wrong"
    first = ctx.mentions.covering(at)
    if first is None or first.kind != "org" or first.start != at or first.entity is None:
        return []
    listed = [first]
    for m in ctx.mentions.within(first.end, end, "org"):
        gap = ctx.lower(listed[-1].end, m.start)
        if not re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)", gap):
            break
        listed.append(m)
    return [m for m in listed if m.entity is not investor.entity]


def mark_investors(ctx: Context) -> list[Mention]:
    """Give investing organisations the role `investor` (so they are never "the company") and
    return every mention that invests, in text order."""
    found: list[Mention] = []
    for start, end in ctx.clauses:
        if not ctx.readable(start) or ctx.layout.is_skipped(start):
            continue
        named = [m for m in ctx.mentions.within(start, end, "org", "person") if investees(ctx, m)]
        for mention in [*_investor_mentions(ctx, start, end), *_angels(ctx, start, end), *named]:
            if mention not in found:
                found.append(mention)
    for mention in found:
        if mention.entity is not None:
            mention.entity.roles.add("investor")
    for mention in ctx.mentions.items:
        known = known_organization(mention.entity.name) if mention.entity else None
        if known is not None and known.kind == "investor":
            mention.entity.roles.add("investor")
    ctx.__dict__.pop("main_company", None)
    return sorted(found, key=lambda m: m.start)


def _investor_mentions(ctx: Context, start: int, end: int) -> list[Mention]:
    # "from Antler and Kedaiku's Salleh": the person invested, not the company named as theirs
    orgs = [m for m in ctx.mentions.within(start, end, "org") if not _someones(ctx, m)]
    found: list[Mention] = []
    for org in orgs:
        head = ctx.lower(max(start, org.start - 120), org.start)
        if _LEADS_IN.search(head) and not NEGATION.search(head[-40:]):
            found += _list_from(ctx, org, end)
    for org in orgs:
        tail = ctx.lower(org.end, end)
        if HEDGE.search(ctx.lower(start, org.start)) or _CALLED_WRONG.search(tail):
            continue  # "People assume that means Bimbo invested", "a report that … was wrong"
        if OWN_INVESTOR.match(tail):
            found.append(org)
            continue
        out = LEADS_OUT.match(re.sub(rf"^{POSSESSIVE}", "", tail))
        if out is None:
            out = _LISTED_OUT.match(tail) or _AND_OTHERS_OUT.match(
                ctx.lower(org.end, ctx.sentence_at(org.start)[1])
            )
            if out is None:
                continue
        found += _list_back(ctx, org, start)
        along = _ALONG_AFTER.match(tail, out.end())
        if along:  # "Initialized Capital also participated, along with Bain Capital Ventures"
            nxt = ctx.mentions.at(org.end + along.end())
            if nxt is not None and nxt.kind == "org":
                found += _list_from(ctx, nxt, end)
    return found


_ALONG_AFTER = re.compile(
    r"[^.;,]{0,60}?,?\s+(?:along\s+with|alongside|together\s+with)\s+(?:the\s+)?"
)


def _angels(ctx: Context, start: int, end: int) -> list[Mention]:
    """People who invest: a person before an investing verb, or people listed after "angel
    investors include"."""
    found: list[Mention] = []
    people = ctx.mentions.within(start, end, "person")
    for person in people:
        if person in found:
            continue
        if _ANGEL_OUT.match(ctx.lower(person.end, end)):
            found.append(person)
        elif _ANGELS_IN.search(ctx.lower(max(start, person.start - 60), person.start)):
            listed = [person]
            for m in people:
                if m.start <= listed[-1].start:
                    continue
                gap = ctx.lower(listed[-1].end, m.start)
                aside = ctx.aside_at(listed[-1].end + 1)
                if aside is not None and aside.anchor == listed[-1].end:
                    gap = ctx.lower(aside.end, m.start)
                if not re.fullmatch(JOINER, gap):
                    break
                listed.append(m)
            found += listed
    return found


def _list_from(ctx: Context, first: Mention, end: int) -> list[Mention]:
    """An investor and the ones listed after it: "Legend Capital and existing shareholders
    Qiming Venture Partners and Sinovation Ventures"."""
    backed = re.match(r"-?\s?backed\s+", ctx.lower(first.end, first.end + 12))
    if backed:  # "led by Temasek-backed Vertex Growth": Vertex Growth led it
        fund = ctx.mentions.at(first.end + backed.end())
        if fund is not None and fund.kind == "org":
            first = fund
    listed = [_its_arm(ctx, first)]
    cursor = listed[-1].end
    for m in ctx.mentions.within(first.end, end, "org"):
        if m.start < cursor:
            continue
        gap = ctx.lower(cursor, m.start)
        if not (re.fullmatch(JOINER, gap) or _AFTER_WHICH.fullmatch(gap)):
            break
        if _someones(ctx, m):
            break
        owner = _OWNER_APPOSED.match(ctx.text.folded, m.end)
        if owner and ctx.text.folded[cursor : m.start].strip() == ",":
            cursor = m.end + owner.end() - 1  # "NVentures, NVIDIA's venture capital arm, and …"
            continue
        listed.append(_its_arm(ctx, m))
        cursor = listed[-1].end
    return listed


# "Khosla Ventures, which led our $12 million seed round in 2024, along with SOSV": the list
# goes on after what the first one did.
_AFTER_WHICH = re.compile(r",\s+which\s+(?:also\s+)?(?:led|co-led)\b[^.;]{0,80}?" + JOINER)
# An owner's possessive describing the investor named before it: ", NVIDIA's venture arm,".
# (or ending the sentence: "with participation from Tin Shed Ventures, Patagonia's venture fund.")
_OWNER_APPOSED = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*\s*(?:[,;.)]|$)")


def _its_arm(ctx: Context, org: Mention) -> Mention:
    """ "Amazon's Climate Pledge Fund": the fund an organisation owns is what invested."""
    owned = re.match(r"['’]s\s+", ctx.text.folded[org.end : org.end + 4])
    arm = ctx.mentions.at(org.end + owned.end()) if owned else None
    return arm if arm is not None and arm.kind == "org" else org


def _someones(ctx: Context, org: Mention) -> bool:
    """An organisation named as someone's: "Kedaiku's Salleh", a person the text names."""
    after = ctx.text.folded[org.end : org.end + 40]
    if _ITS_PEOPLE.match(after):
        return True  # "backed by Trackwise's own founders as angel investors": people of it
    owner = re.match(r"['’]s\s+(?P<word>[A-Z][\w'’-]+)", after)
    return owner is not None and owner.group("word") in ctx.person_name_words


_ITS_PEOPLE = re.compile(
    r"['’]s\s+(?:own\s+)?(?:(?:co-?)?founders?|employees|staff|team|executives|engineers"
    r"|partners|alumni|people)\b",
    re.I,
)


def _list_back(ctx: Context, last: Mention, start: int) -> list[Mention]:
    listed = [last]
    for m in reversed(ctx.mentions.within(start, last.start, "org")):
        if not re.fullmatch(JOINER, ctx.lower(m.end, listed[0].start)):
            break
        listed.insert(0, m)
    return listed
