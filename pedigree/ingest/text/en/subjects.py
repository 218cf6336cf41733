"""Who does what a verb or title in English prose says: the person an aside describes, the
nearest subject before it in its clause and the people coordinated with it, a pair named
before, or the person of the block it stands in."""

from __future__ import annotations

import re

from pedigree.ingest.text.en.coreference import SUBJECT_PRONOUNS
from pedigree.ingest.text.en.lexicon import POSSESSIVE, TITLE
from pedigree.ingest.text.en.names import MARK
from pedigree.ingest.text.en.sentences import Aside
from pedigree.ingest.text.entities import Entity, Mention

# "they" opening a clause, after at most a short time phrase ("In 2020 they co-founded"), or a
# relative clause ("Tariffly, which they started together in 2023").
_THEY_OPENS = re.compile(
    r"\s*(?:(?:which|that)\s+)?(?:(?:in|by|since|after|later|then|soon after)\b[^,;.]{0,20}?,?\s+)?"
    r"(?:together,?\s+)?they\b"
)
# Between two people who do something together: "and", or "and a former colleague,".
_COORDINATION = re.compile(
    r",?\s*(?:and|&|,)\s*(?:(?:a|an|the|his|her|their|former|old|longtime|long-time)\s+)?"
    r"(?:(?:[a-z-]+\s+){0,2}[a-z-]+,\s*"
    # "he and former Lazada engineer Tran Minh Chau": the second person's former post before them
    r"|(?<=former )(?:[\w&.'’-]+\s+){0,2}(?:engineer|designer|scientist|researcher|manager"
    r"|director|executive|colleague|consultant|analyst|banker|lawyer|doctor)\s+)?"
)
# Two people just named, referred to together: "The pair met …", "Both hold doctorates".
_PAIR = re.compile(
    r"\s*(?:the\s+(?:pair|two|duo|couple|two founders|co-?founders|founders)"
    r"|both(?:\s+founders)?)\b",
    re.I,
)
_AND_THE_PAIR = re.compile(
    r"(?:,\s*and|;)\s+(?:the\s+(?:pair|two|duo|two founders|two men|two women)|both)\s+"
    r"(?:\w+\s+)?$",
    re.I,
)
# An opening phrase whose subject is the main clause's: "Before founding Kelda, …".
_LEADING_PHRASE = re.compile(
    r"\s*(?:(?:before|after|since|while|upon|on|when|having|shortly after|soon after|until"
    r"|prior to)\s+"
    r"\w+ing\b[^,;]{0,80}"
    # "A Peking University graduate with a master's from MIT, she ran product …": the one
    # described is the main clause's subject
    r"|an?\s+(?:[^,;]{0,60}?\s)?(?:graduate|alumn(?:us|a)|dropout|veteran)\b[^,;]{0,60}),\s*",
    re.I,
)
# A clause that opens by describing its subject instead of naming it: "Stripe's first country
# manager for Japan", "The former head of developer relations", "An engineering manager".
_DESCRIBED = re.compile(
    rf"\s*(?:(?:the|a|an)\s+)?(?:(?:former|first|early|longtime|long-time|onetime|then-)\s*)?"
    rf"(?:[{MARK['org']}]+{POSSESSIVE}\s+(?:(?:former|first|early|longtime|then-)\s*)?)?{TITLE}\b",
    re.I,
)


# People the clause speaks of without naming them: "several people who appear on LinkedIn as
# 'ex-Apple, founder'", "many former employees".
_UNNAMED_GROUP = re.compile(
    r"\b(?:several|many|some|most|few|other|dozens of|hundreds of|a number of)\s+"
    r"(?:[\w-]+\s+){0,2}?"
    r"(?:people|employees|alumni|founders|engineers|executives|staff|members|colleagues)\b"
    r"|\b(?:people|others|everyone|those) who\b",
    re.I,
)


class SubjectSteps:
    """The reader's steps that find the subject of a verb (mixed into context.Context, whose
    text, mentions, asides and references they use)."""

    def subjects(self, position: int, clause: tuple[int, int] | None = None) -> list[Entity]:
        """Who does what a verb or title at `position` says: the person an aside describes,
        else the nearest subject before it in its clause and the people coordinated with it,
        else the person of the block it stands in."""
        return [e for e in (self._named(m) for m in self.subject_mentions(position, clause)) if e]

    def _named(self, subject: Mention | Entity) -> Entity | None:
        return subject if isinstance(subject, Entity) else self.entity(subject)

    def subject_mentions(
        self, position: int, clause: tuple[int, int] | None = None
    ) -> list[Mention | Entity]:
        """`subjects`, as the mentions that name them (an entity where no mention in the
        clause does: an aside's anchor before it, a block's person)."""
        start, end = clause or self.clause_at(position)
        opens = start
        aside = self.aside_at(position)
        if aside is not None:
            anchor = self._anchor(aside)
            if anchor is not None:
                if re.match(r"[,(—–\s-]*(?:both|all)\b", self.lower(aside.start, aside.end)):
                    return list(self.coordinated(anchor))  # "A and B, both former …"
                return [anchor]
            start = max(start, aside.start + 1)
        people = [
            m for m in self.mentions.within(start, position, "person", "ref")
            if (m.kind == "person" or m.form in SUBJECT_PRONOUNS)
            and self.aside_at(m.start) == aside
            and self.is_subject(m)
        ]
        pair = _AND_THE_PAIR.search(self.text.folded, people[-1].end if people else start, position)
        if pair is not None:
            found = self.pair_before(pair.start())
            if found:  # "She teamed up with Tobias Wren, …, and the pair incorporated …"
                return list(found)
        if people:
            return list(self.coordinated(people[-1]))
        block = self.block_person(position)
        if block is not None and aside is None and _DESCRIBED.match(self.shape, start):
            # "Stripe's first country manager for Japan left in 2021 …" under a list entry's
            # name: the entry's person, described instead of named
            return [block]
        if _THEY_OPENS.match(self.lower(start, position)):
            # "They launched Quoteflow", "In 2020 they co-founded …": the two named before
            return list(self.pair_before(start))
        listed = self._listed_subject(start, position)
        if listed:
            return listed
        if _PAIR.match(self.text.folded, start):
            return list(self.pair_before(start))
        leading = _LEADING_PHRASE.match(self.text.folded, start)
        if leading and position < leading.end():
            # "Before founding Kelda, Rosa Imani spent …": the main clause's subject
            after = self.mentions.within(leading.end(), end, "person", "ref")
            after = [m for m in after if m.kind == "person" or m.form in SUBJECT_PRONOUNS]
            if after and not self.lower(leading.end(), after[0].start).strip():
                return list(self.coordinated(after[0]))
        if self._no_subject(start, position) and not _UNNAMED_GROUP.search(
            self.text.folded, opens, position
        ):  # (not where the clause's subject is people it does not name)
            block = self.block_person(position)
            if block is not None:
                return [block]
        return []

    def pair_before(self, position: int) -> list[Entity]:
        """ "The pair met while studying at …": the last two people named before."""
        found: list[Entity] = []
        floor = self._sentence_back(position, 2)
        for m in reversed(self.mentions.within(floor, position, "person", "ref")):
            if m.kind == "ref" and m.form not in ("he", "she"):
                continue
            entity = self.entity(m)  # "She teamed up with Tobias Wren, and the pair …"
            if entity and entity not in found and entity.name not in self.layout.bylined:
                found.append(entity)
            if len(found) == 2:
                return found[::-1]
        return []

    def _listed_subject(self, start: int, position: int) -> list[Mention | Entity]:
        """ "Hexa's three co-founders — A, B and C — all previously worked at …": the people
        an aside lists right after the subject's noun."""
        for aside in self.asides(position):
            if not start <= aside.start < aside.end <= position or aside.start - start > 60:
                continue
            if self.text.folded[aside.start : aside.start + 2].strip()[:1] not in ("—", "–", "("):
                continue
            people = self.mentions.within(aside.start, aside.end, "person")
            if people:
                return list(self.coordinated(people[-1]))
        return []

    def _anchor(self, aside: Aside) -> Mention | None:
        """The person an aside is about: the name just before its opening comma — or, with
        none there, before the aside it follows ("Wei Jie Tan, then a principal engineer …,
        who became …")."""
        anchor = aside.anchor
        text = self.text.folded
        while True:
            named = self._named_before(anchor)
            if named is not None:
                return named
            # an aside that closes right where this one opens: the name is before that one
            chained = [
                a for a in self.asides(anchor)
                if a is not aside and a.anchor < anchor and a.start < anchor
                and 0 <= anchor - a.end <= 2 and not text[a.end : anchor].strip(" ,")
            ]
            if not chained:
                return None
            anchor = max(a.anchor for a in chained)

    def _named_before(self, anchor: int) -> Mention | None:
        before = self.mentions.within(max(0, anchor - 60), anchor, "person", "ref")
        if not before or self.text.folded[before[-1].end : anchor].strip(" )"):
            return None
        last = before[-1]
        return last if last.kind == "person" or last.form in SUBJECT_PRONOUNS else None

    def _no_subject(self, start: int, position: int) -> bool:
        """No one and nothing is named before `position` in the clause: a list line or a bio
        line that leaves the subject out ("Spent six years at Arm …")."""
        named = self.mentions.within(start, position, "org", "person", "ref", "product")
        return not [
            m for m in named
            if (m.kind != "ref" or m.form not in ("he", "she", "i")) and not self._object(start, m)
        ]

    def _object(self, start: int, mention: Mention) -> bool:
        """An organisation or product after a verb and a preposition of its clause ("Ran
        marketing for Taobao at Alibaba"): an object, not a subject."""
        if mention.kind not in ("org", "product"):
            return False
        before = self.lower(start, mention.start)
        return bool(re.fullmatch(r"\s*[a-z][\w-]*\b[^.;,]*\b(?:for|at|on|with|to|from|of)\s+"
                                 r"(?:the\s+)?", before))

    def coordinated(self, last: Mention) -> list[Mention]:
        """ "she and Dong Xu, a former … engineer, started": the people listed before the
        subject, with the asides after them skipped."""
        chosen = [last]
        while True:
            first = chosen[0]
            earlier = self.mentions.within(max(0, first.start - 80), first.start, "person", "ref")
            earlier = [m for m in earlier if m.kind == "person" or m.form in SUBJECT_PRONOUNS]
            if not earlier:
                return chosen
            asides = self.asides(first.start)
            gap = _strip_asides(self.text.folded, earlier[-1].end, first.start, asides)
            if not _COORDINATION.fullmatch(gap):
                return chosen
            chosen.insert(0, earlier[-1])



def _strip_asides(text: str, start: int, end: int, asides: list[Aside]) -> str:
    kept = []
    position = start
    for aside in asides:
        if start <= aside.start < end:
            kept.append(text[position : aside.start])
            position = max(position, aside.end)
    kept.append(text[position:end])
    return "".join(kept)

