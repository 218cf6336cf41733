"""Whom a reference in Chinese prose means, and who and which company the story is about at
each point: 他/她 the topic person, 我 the speaker, 两人 and 前者/后者 the people just named,
公司 and 该公司 the company in question (a demo-day section's project, the document's own)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from functools import cached_property

from pedigree.ingest.text.entities import Entity, Mention
from pedigree.ingest.text.normalise import fold
from pedigree.ingest.text.zh.lexicon import FEMALE_KIN, KIN, MALE_KIN, RELATION, UNIT
from pedigree.ingest.text.zh.name_candidates import given_name_gender

# 和老同事郗晨一起, 与大学同学X共同: someone named as who another did something with.
_WITH_BEFORE = re.compile(
    r"(?:和|与|跟|同)(?:[老前]?同事|(?:大学|研究生|博士)?同学|好友|朋友|老友|搭档|校友|室友|发小"
    r"|妻子|丈夫|太太|先生)?$"
)
_TOGETHER_AFTER = re.compile(r"[^，。；,;]{0,4}?(?:一起|一同|一道|共同|合伙|联手|携手)")
# After 他/她: whose colleague, boss or kin someone is (他在华为的老同事, 她的丈夫).
_RELATION_AFTER = re.compile(
    rf"(?:在[^，。；,;]{{1,12}}?)?(?:时期|时|期间)?的(?:老|前|昔日)?(?:{RELATION}|{KIN})"
)
_KIN_BEFORE = re.compile("(?:" + "|".join((*FEMALE_KIN, *MALE_KIN)) + ")$")
# Questions in an interview are the interviewer's; quoted speech is someone's words.
_FIRST_PERSON = re.compile(r"我们|我(?!们)")


class ReferenceSteps:
    """The reader's steps that say whom a reference means and whom the story is about (mixed
    into context.Context, whose text, layout, mentions, registry and notes they use)."""

    @cached_property
    def interviewee(self) -> Entity | None:
        """The person answering an interview's questions: the answers' speaker label, else the
        person the piece names most."""
        for _, _, speaker in self.layout.answers:
            if speaker:
                entity = self.registry.find("person", speaker)
                if entity is not None:
                    return entity
        if not self.layout.answers:
            return None
        # The person an interview is with is named in its title: 鲜链科技侯品妤：…
        first_turn = min(s for s, _ in self.layout.questions) if self.layout.questions else 0
        head = [
            m.entity
            for m in self.mentions.within(0, first_turn, "person")
            if m.entity is not None and m.entity.name not in self.layout.bylined
        ]
        return head[0] if head else self.main_person

    @cached_property
    def interview_company(self) -> Entity | None:
        """The company an interview is about, among those named before its first question —
        not an investor, the publication, a well-known employer or a unit: the one its title
        names (对话锐针科技甘启东：…), else the one the piece names most."""
        if not self.layout.answers or not self.layout.questions:
            return None
        first_turn = min(s for s, _ in self.layout.questions)
        named = [
            m
            for m in self.mentions.within(0, first_turn, "org")
            if m.entity is not None
            and not m.entity.roles & {"investor", "media"}
            and not _well_known(m.entity)
            and not UNIT.search(m.entity.name)  # (焊接事业部: a part of a company)
        ]
        title_end = self.text.folded.find("\n")
        titled = [m.entity for m in named if title_end < 0 or m.start < title_end]
        if titled:
            return titled[0]
        entities = {m.entity for m in named}
        counts = Counter(m.entity for m in self.mentions.items if m.entity in entities)
        return counts.most_common(1)[0][0] if counts else None

    @cached_property
    def main_person(self) -> Entity | None:
        counts = Counter(
            m.entity
            for m in self.mentions.items
            if m.kind == "person"
            and m.entity is not None
            and m.entity.name not in self.layout.bylined
        )
        return counts.most_common(1)[0][0] if counts else None

    def note_person(
        self, position: int, person: Entity, focus: bool = False, kin: bool = False
    ) -> None:
        """A person the story is about from `position` on; `focus` where named as a cleft's
        focus (…的，是…岳一帆), whom a later 他 or 她 means only if no one else can be meant;
        `kin` where named as someone's relative (她的父亲岳长庚), whom a later 他 may mean but a
        clause with no subject does not."""
        self._topics.append((position, person))
        if focus:
            self._foci.add(position)
        if kin:
            self._kin.add(position)

    def note_company(self, position: int, company: Entity) -> None:
        self._companies.append((position, company))

    def recent_people(self, position: int, count: int) -> list[Entity]:
        """The last `count` different people named before `position`, in text order (for 两人,
        前者 and 后者): a section heading's founders first when the section has several."""
        section = self.section_at(position)
        if section is not None:
            named = [
                m.entity
                for m in self.mentions.within(section[0], position, "person")
                if m.entity is not None
            ]
            heading = list(dict.fromkeys(named[:count]))
            if (
                len(heading) >= 2
                and named
                and self.text.folded.count("\n", section[0], position) <= 3
            ):
                return heading[:count]
        found: list[Entity] = []
        named = self.mentions.within(max(0, position - 400), position, "person")
        # (柯蔓是他在亚琛的硕士同学。两人…: 他 counts as the person it stands for)
        said = self.mentions.within(max(0, position - 400), position, "person", "ref")
        for mention in reversed(said):
            entity = mention.entity
            if mention.kind == "ref":
                entity = self.resolve(mention) if mention.form in ("he", "she") else None
            if entity is not None and entity.kind == "person" and entity not in found:
                found.append(entity)
            if len(found) == count:
                break
        if count == 2 and found:
            pair = self._topic_and_companion(named, found[0])
            if pair is not None:
                return pair
        return found[::-1]

    def _topic_and_companion(self, named: list[Mention], last: Entity) -> list[Entity] | None:
        """创业是和老同事郗晨一起开始的。两人…: the last person named was the one someone did
        something with, that someone left unnamed — the story's person then — so the two are
        the topic person and that companion (not whoever was named before them)."""
        folded = self.text.folded
        for mention in named:
            if mention.entity is not last:
                continue
            clause = max(folded.rfind(mark, 0, mention.start) for mark in "，。；,;\n") + 1
            if not (
                _WITH_BEFORE.search(folded, clause, mention.start)
                and _TOGETHER_AFTER.match(folded, mention.end)
                and not self.mentions.within(clause, mention.start, "person")
            ):
                continue
            later = {m.entity for m in named if m.start > mention.start}
            topic = self.topic_person(mention.start)
            if topic is not None and topic is not last and later <= {last, topic}:
                return [topic, last]
        return None

    def resolve_all(self, mention: Mention) -> list[Entity]:
        """Every person a mention names: one, or two for 两人 and 他们."""
        if mention.kind == "ref" and mention.form == "group":
            return self.recent_people(mention.start, 2)
        entity = self.resolve(mention)
        return [entity] if entity is not None else []

    def speaker_at(self, position: int) -> Entity | None:
        """Who says 我 at `position`: the answer's speaker where the layout names one (a pitch
        that opens 我是禤之行), else the interviewee."""
        answer = self.layout.answer_at(position)
        if answer is not None and answer[2]:
            entity = self.registry.find("person", fold(answer[2]))
            if entity is not None:
                return entity
        return self.interviewee

    def topic_person(self, position: int, pronoun: str | None = None) -> Entity | None:
        """The person the story was last about before `position` — for 他 or 她, the last one
        whose gender the text has not shown to be the other (先生/女士 after the name, or the
        pronoun that already stood for them), among the last three people it was about."""
        answer = self.layout.answer_at(position)
        if answer is not None and _FIRST_PERSON.match(self.text.folded, position):
            return self.speaker_at(position)
        if (
            answer is not None
            and pronoun is None
            and not self.mentions.within(answer[0], position, "person")
        ):
            return self.speaker_at(position)  # 答：香港大學會計系畢業 — the speaker's own story
        # A demo-day section presents its own team: the last project's people are not its topic.
        section = self.section_at(position)
        since = section[0] if section else 0
        noted = [(at, p) for at, p in self._topics if since <= at < position]
        before = [p for _, p in noted]
        if not before:
            return None
        if pronoun is None:
            # (再往前，是江南大学的食品科学本科: the story's own person, not the father just named)
            own = [p for at, p in noted if at not in self._kin]
            if own and noted[-1][0] in self._kin:
                return own[-1]
        if pronoun is not None:
            recent: list[Entity] = []
            foci: set[Entity] = set()
            for at, person in reversed(noted):
                if person not in recent:
                    recent.append(person)
                    if at in self._foci:
                        foci.add(person)
                if len(recent) == 3:
                    break
            agreeing = [p for p in recent if self._gender(p) in (None, pronoun)]
            # (最初约好一起出来的，是…岳一帆。最终和她一起创办…: her, the story's subject)
            # (but a focus the text has shown to be 她 is hers: 他的姐姐林照晴。她是…)
            agreeing = [
                p for p in agreeing if p not in foci or self._gender(p) == pronoun
            ] or agreeing
            kin = self._kin_named_before(position, pronoun)
            if kin is not None and not any(self._gender(p) == pronoun for p in recent):
                # 父亲邵国栋身体不好，他在1998年创办的…: a relative the sentence just named by a
                # word of the pronoun's gender, where no one the story is about is shown to be
                return kin
            if agreeing and agreeing[0] is not before[-1]:
                return agreeing[0]
        return before[-1]

    def _kin_named_before(self, position: int, pronoun: str) -> Entity | None:
        """The person a word of kin of the pronoun's gender introduces (父亲邵国栋) in the
        sentence, before `position`."""
        start = self.sentence_at(position)[0]
        words = MALE_KIN if pronoun == "he" else FEMALE_KIN
        folded = self.text.folded
        for mention in reversed(self.mentions.within(start, position, "person")):
            kin_before = folded[max(0, mention.start - 3) : mention.start]
            if mention.entity is not None and kin_before.endswith(words):
                return mention.entity
        return None

    def _gender(self, person: Entity) -> str | None:
        """他 or 她 as the text shows it: an honorific after the name, else the pronoun that
        already stood for the person, else a given name's characters that only one sex is
        given (黄郁婷, 张志刚)."""
        return (
            self._honorifics.get(person)
            or self._pronouns.get(person)
            or given_name_gender(person.name)
        )

    @cached_property
    def _honorifics(self) -> dict[Entity, str]:
        """person → "she" or "he" where 女士 or 先生 follows one of the person's names, or a
        word of kin that says it comes right before one (她的父亲冷国栋, 其胞妹)."""
        folded = self.text.folded
        found: dict[Entity, str] = {}
        for m in self.mentions.items:
            if m.kind == "person" and m.entity is not None and m.entity not in found:
                kin = _KIN_BEFORE.search(folded, max(0, m.start - 3), m.start)
                if folded.startswith("女士", m.end) or kin and kin.group() in FEMALE_KIN:
                    found[m.entity] = "she"
                elif folded.startswith("先生", m.end) or kin:
                    found[m.entity] = "he"
        return found

    def section_at(self, position: int) -> tuple[int, int, Entity] | None:
        """The innermost section around a position (a table row inside a project's part)."""
        if not self.sections:
            return None
        if len(self._sorted_sections) != len(self.sections):
            self._sorted_sections = sorted(self.sections, key=lambda s: s[0])
        ordered = self._sorted_sections
        i = bisect_right([s[0] for s in ordered], position)
        for section in reversed(ordered[max(0, i - 8) : i]):
            if section[0] <= position < section[1]:
                return section
        return None

    def section_company(self, position: int) -> Entity | None:
        """The project a demo-day section presents, for a position inside it."""
        section = self.section_at(position)
        return section[2] if section else None

    def topic_company(self, position: int) -> Entity | None:
        """The company in question: inside a demo-day section, its project; elsewhere the last
        company the story named as a subject, else the one it names most."""
        found = self.section_at(position)
        if found is not None:
            return found[2]
        own = self.headed_by or self.defined_own
        if own is not None:
            return own  # a filing's own company, named in its header or defined as 本公司
        if self.layout.answer_at(position) is not None and self.interview_company is not None:
            return self.interview_company  # 去年公司营收1.6亿元, answered: the speaker's company
        before = [c for at, c in self._companies if at < position]
        # A well-known company (先正达, an employer) is rarely the one a story means by 公司
        # …nor a company's unit (内饰研究所: 公司 is never a research unit or department)
        introduced = [
            c
            for c in before
            if not _well_known(c) and not (UNIT.search(c.name) and not c.name.endswith("工作室"))
        ]
        if introduced:
            return introduced[-1]
        return self.main_company or (before[-1] if before else None)

    def _named_in_sentence(self, mention: Mention) -> Entity | None:
        """和岳鸣川一起创业的，是他在华为的老同事钟叙远: whose colleague (or kin) 他 is — the one
        person the sentence named before it, not the story's last topic."""
        folded = self.text.folded
        if not _RELATION_AFTER.match(folded, mention.end):
            return None
        start = self.sentence_at(mention.start)[0]
        named = {
            m.entity for m in self.mentions.within(start, mention.start, "person") if m.entity
        }
        return named.pop() if len(named) == 1 else None

    def _named_just_before(self, mention: Mention) -> Entity | None:
        """他认识了后来的搭档罗婧——她当时在…: a person named right before the pronoun, across a
        dash or comma only, whom the text has not shown to be of the other gender."""
        folded = self.text.folded
        gap = re.search(r"(?:——|—|，|,)\s?$", folded[max(0, mention.start - 3) : mention.start])
        if gap is None:
            return None
        end = mention.start - len(gap.group())
        before = self.mentions.within(max(0, end - 8), end, "person")
        if not before or before[-1].end != end or before[-1].entity is None:
            return None
        person = before[-1].entity
        return person if self._gender(person) in (None, mention.form) else None

    def resolve(self, mention: Mention) -> Entity | None:
        """The entity a mention names: itself, or what a back-reference points to."""
        if mention.entity is not None:
            return mention.entity
        if mention.form in ("he", "she"):
            speaker = self.speaker_at(mention.start)
            if self.layout.answer_at(mention.start) is not None and speaker is not None:
                # In an answer the speaker says 我: 他/她 is someone else, the last one named
                # (in the question, often: 简玮庭扮演什么角色？ 答：她是…).
                for earlier in reversed(
                    self.mentions.within(max(0, mention.start - 300), mention.start, "person")
                ):
                    if earlier.entity is not None and earlier.entity is not speaker:
                        return earlier.entity
            named = self._named_in_sentence(mention) or self._named_just_before(mention)
            if named is not None:
                return named
            person = self.topic_person(mention.start, mention.form)
            if person is not None:
                self._pronouns.setdefault(person, mention.form)
            return person
        if mention.form in ("former", "latter"):
            pair = self.recent_people(mention.start, 2)
            if len(pair) == 2:
                return pair[0] if mention.form == "former" else pair[1]
            return None
        if mention.form == "company":
            written = self.text.folded[mention.start : mention.end]
            if written in ("该公司", "这家公司", "该企业", "这家企业", "该集团"):
                # …联合创办“深蓝鲸探”，该公司曾获…: the company the sentence just named
                start = self.sentence_at(mention.start)[0]
                named = [
                    m
                    for m in self.mentions.within(start, mention.start, "org")
                    if m.entity is not None and "investor" not in m.entity.roles
                ]
                if named:
                    return named[-1].entity
            own = written in ("本公司", "本集团", "发行人")
            if own and self.section_at(mention.start) is None and self.main_company is not None:
                return self.main_company  # the document's own company, wherever it is named
            return self.topic_company(mention.start)
        return None


def _well_known(entity: Entity) -> bool:
    from pedigree.ingest.text.gazetteer import known_organization

    known = known_organization(entity.name)
    return known is not None and known.kind != "investor"

