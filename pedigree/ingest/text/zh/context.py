"""Reading Chinese prose in order: sentences, clauses, and who each clause is about.

Chinese reporting names a person once and then drops the subject or says 他/她 for sentences on
end; a company becomes 公司, 该公司 or 这家公司. `Context` walks the text once, keeping the
person and the company the story is about at each point, so that rules can ask "whose is this
clause?" and get an entity, never a pronoun.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

from pedigree.ingest.text.amounts import Amount, find_amounts
from pedigree.ingest.text.entities import Entity, Mention, Mentions, Registry
from pedigree.ingest.text.facts import Text
from pedigree.ingest.text.layout import Layout
from pedigree.ingest.text.normalise import fold
from pedigree.ingest.text.periods import Period, find_periods
from pedigree.ingest.text.pieces import pieces
from pedigree.ingest.text.zh.lexicon import TITLE_WORD
from pedigree.ingest.text.zh.orgs import FILER

# [。！？!?]+[」”’』]* or \n+, opening with one character class so that re scans for it in C (an
# alternation of repeats is tried at every character).
_SENTENCE_END = re.compile(r"[。！？!?\n](?:(?<=\n)\n*|[。！？!?]*[」”’』]*)")
# A table row is cut after a cell of prose (a bio): what follows (the progress so far) is not
# its sentence; a row of short fields (2022年11月 | A轮 | 1.2亿元 | 线性资本) is one record.
_CELL_BAR = re.compile(r"\|")
_PROSE_CELL = 16
# Rules scan a sentence once per mention in it, which is quadratic in its length: a "sentence"
# longer than any written one (a text without stops) is cut at its last clause end under the
# limit, else at the limit.
LONGEST_SENTENCE = 600
_CUT_MARK = re.compile(r"[，,；;：:、 ]")
_CLAUSE_END = frozenset("，,；;：:")
_CLAUSE_MARKS = re.compile(r"[(（“「《)）”」》，,；;：:]")
# Before a person who is not the subject: 和他一起, 对他说, 给她, 跟…合作.
_OBJECT_MARK = re.compile(
    r"(?:和|与|跟|同|对|向|给|替|让|叫|请|找|拉着|带着|陪|为|把|被|师从|跟随|追随|嫁给|娶了?|认识|结识|"
    r"遇到|说服|邀请|请来|挖来|招募|任命|聘请|委任|感谢|介绍|推荐|导师是|教授)\s?$"
)
# A post, then 为: the name that follows holds it (创始人为, 首席执行官为), not a 为 of purpose.
_NAMED_BY_POST = re.compile(rf"{TITLE_WORD}\s?为\s?$")
# Questions in an interview are the interviewer's; quoted speech is someone's words.
_FIRST_PERSON = re.compile(r"我们|我(?!们)")
_PERSON_FORMS = ("he", "she", "group", "former", "latter")


@dataclass(frozen=True)
class Clause:
    start: int
    end: int
    sentence: int  # index of its sentence


_WITH_SOMEONE = re.compile(r"(?:与|和|同|跟|携)[^，。；,;]{0,16}$")


# After an employer's name: the post held or the work done there (在X担任, 在X（「X」）工作).
_WORKS_THERE = re.compile(r"(?:[（(][^)）]{0,12}[)）])?[，,]?(?:担任|任职|任|工作|做|实习)")
_POST_THERE = re.compile(rf"[\u4e00-\u9fffA-Za-z]{{0,8}}?{TITLE_WORD}")
# A filing's definition of its own company: 「本公司」指X, 「本公司」为X, X（以下简称「本公司」）.
_OWN_DEFINED = re.compile(
    r"[「“\"]本(?:公司|集团)[」”\"]\s?(?:指|是指|即|为|系)\s?(?P<name>\S)"
    # （「本公司」）, （「本公司」，连同其附属公司统称「本集团」）
    r"|[（(](?:以下)?(?:简称|称)?[「“\"]本公司[」”\"](?:[)）]|[，,]\s?连同)"
)


@dataclass
class Context:
    text: Text
    layout: Layout
    mentions: Mentions
    registry: Registry
    _topics: list[tuple[int, Entity]] = field(default_factory=list)  # (position, person)
    _companies: list[tuple[int, Entity]] = field(default_factory=list)  # (position, company)
    # organisations named as where someone works (在平安科技担任), by where first so named
    employers_named: dict[Entity, int] = field(default_factory=dict)
    sections: list[tuple[int, int, Entity]] = field(default_factory=list)  # demo-day projects
    _sorted_sections: list[tuple[int, int, Entity]] = field(default_factory=list)
    _pronouns: dict[Entity, str] = field(default_factory=dict)  # person → "he" or "she"
    _readable: dict[tuple[int, int, int, int], bool] = field(default_factory=dict)

    # -- structure -------------------------------------------------------------------------

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        found, start = [], 0
        folded = self.text.folded
        for match in _SENTENCE_END.finditer(folded):
            if match.start() > start:
                for s, e in _table_cells(folded, start, match.start()):
                    found.extend(_bounded(folded, s, e))
            start = match.end()
        if start < len(folded):
            for s, e in _table_cells(folded, start, len(folded)):
                found.extend(_bounded(folded, s, e))
        return found

    @cached_property
    def clauses(self) -> list[Clause]:
        found = []
        folded = self.text.folded
        # 「…，」心元资本合伙人曾品睿说: the words after a quotation are a clause of their own
        speech_ends = {e for _, e in self.layout.speech}
        for index, (start, end) in enumerate(self.sentences):
            depth, begin = 0, start
            # Only brackets, quotes and clause ends matter; the rest of the sentence is skipped
            # in C.
            for mark in _CLAUSE_MARKS.finditer(folded, start, end):
                i, ch = mark.start(), mark.group()
                depth += 1 if ch in "(（“「《" else -1 if ch in ")）”」》" else 0
                if i in speech_ends and depth <= 0 and i + 1 < end:
                    found.append(Clause(begin, i + 1, index))
                    begin, depth = i + 1, 0
                    continue
                spoken = depth == 1 and self.layout.answer_at(i) is not None
                if (
                    (depth <= 0 or spoken)  # “我是缑其骁，湘雅医院…”: a pitch reads as prose
                    and ch in _CLAUSE_END
                    and not (
                        ch == ","
                        and (
                            (folded[i - 1 : i].isdigit() and folded[i + 1 : i + 2].isdigit())
                            or self.mentions.covering(i) is not None  # Align Technology, Inc.
                        )
                    )
                ):
                    if i > begin:
                        found.append(Clause(begin, i, index))
                    begin = i + 1
                    depth = 1 if spoken else 0
            if end > begin:
                found.append(Clause(begin, end, index))
        return found

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s for s, _ in self.sentences]

    def sentence_at(self, position: int) -> tuple[int, int]:
        i = max(0, bisect_right(self._sentence_starts, position) - 1)
        return self.sentences[i] if self.sentences else (0, 0)

    @cached_property
    def _clause_starts(self) -> list[int]:
        return [c.start for c in self.clauses]

    def clause_at(self, position: int) -> Clause | None:
        i = bisect_right(self._clause_starts, position) - 1
        if i >= 0 and position < self.clauses[i].end:
            return self.clauses[i]
        return None

    def clauses_before(self, clause: Clause) -> list[Clause]:
        """The clauses of `clause`'s sentence that come before it."""
        i = bisect_right(self._clause_starts, clause.start) - 1
        found = []
        while i > 0 and self.clauses[i - 1].sentence == clause.sentence:
            i -= 1
            found.append(self.clauses[i])
        return found[::-1]

    @cached_property
    def amounts(self) -> list[Amount]:
        return find_amounts(self.text.original)

    @cached_property
    def periods(self) -> list[Period]:
        return find_periods(self.text.original, self.text.published)

    @cached_property
    def _amount_starts(self) -> list[int]:
        return [a.start for a in self.amounts]

    @cached_property
    def _period_starts(self) -> list[int]:
        return [p.start for p in self.periods]

    def amounts_in(self, start: int, end: int) -> list[Amount]:
        i, j = bisect_left(self._amount_starts, start), bisect_left(self._amount_starts, end)
        return [a for a in self.amounts[i:j] if a.end <= end]

    def periods_in(self, start: int, end: int) -> list[Period]:
        i, j = bisect_left(self._period_starts, start), bisect_left(self._period_starts, end)
        return [p for p in self.periods[i:j] if p.end <= end]

    def readable(self, start: int, end: int) -> bool:
        """Whether the span states facts: not a byline, boilerplate, question or quoted speech."""
        # Each relation reader asks this of every clause in turn (ties, products, credentials,
        # financials): answered once per position while the layout's spans stay as they are
        # (they are only ever appended to, so their counts tell).
        layout = self.layout
        key = (start, len(layout.skipped), len(layout.questions), len(layout.speech))
        known = self._readable.get(key)
        if known is None:
            known = self._readable[key] = not (
                layout.is_skipped(start) or layout.in_question(start) or layout.in_speech(start)
            )
        return known

    # -- who is who --------------------------------------------------------------------------

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
    def main_person(self) -> Entity | None:
        counts = Counter(
            m.entity
            for m in self.mentions.items
            if m.kind == "person"
            and m.entity is not None
            and m.entity.name not in self.layout.bylined
        )
        return counts.most_common(1)[0][0] if counts else None

    @cached_property
    def main_company(self) -> Entity | None:
        """The company the piece is about: the organisation it names most among those it
        introduces (not the alias table's well-known names), else among all."""
        from pedigree.ingest.text.gazetteer import known_organization

        counts = Counter(
            m.entity
            for m in self.mentions.items
            if m.kind == "org" and m.entity is not None and "investor" not in m.entity.roles
        )
        if self.headed_by is not None:
            return self.headed_by
        if self.defined_own is not None:
            return self.defined_own
        introduced = [(e, n) for e, n in counts.most_common() if not known_organization(e.name)]
        # (not a director's former employer, named most in a filing's biographies: 闵先生任职于
        # 无锡药明康德…（「药明康德」）)
        introduced = [(e, n) for e, n in introduced if not self._first_named_as_employer(e)]
        # The headline names the company a piece is about (…：敖其琛和他的一禾未来)
        headline = self.text.folded.lstrip().split("\n", 1)[0]
        titled = [e for e, n in introduced if n >= 2 and e.name in headline]
        if titled:
            return titled[0]
        return introduced[0][0] if introduced else None

    def _first_named_as_employer(self, entity: Entity) -> bool:
        """Whether the text first names `entity` as where someone works (任职于X, 在X担任)."""
        first = next((m for m in self.mentions.items if m.entity is entity), None)
        if first is None:
            return False
        folded = self.text.folded
        before = folded[max(0, first.start - 4) : first.start]
        after = folded[first.end : first.end + 16]
        return bool(
            re.search(r"(?:任职于|就职于|供职于|效力于|服务于)\s?$", before)
            or (re.search(r"[在于]\s?$", before) and _WORKS_THERE.match(after))
            # 前大力教育副总裁蒯天朗创业 (a headline): the post someone held there
            # (此前任蓝鲸优选副总经理, 此前是优信集团金融业务负责人: a post held there before)
            or (re.search(r"(?:[前原]|任|曾是|前是)\s?$", before) and _POST_THERE.match(after))
        )

    @cached_property
    def defined_own(self) -> Entity | None:
        """The company a filing defines as its own, wherever it does so: 「本公司」指韶齿医疗…,
        韶齿医疗（「本公司」）."""
        folded = self.text.folded
        for match in _OWN_DEFINED.finditer(folded):
            at = match.start("name") if match.group("name") else match.start()
            named = self.mentions.within(at, at + 40, "org") if match.group("name") else [
                m for m in self.mentions.within(max(0, at - 40), at, "org")
            ][-1:]
            if named and named[0].entity is not None:
                return named[0].entity
        return None

    @cached_property
    def headed_by(self) -> Entity | None:
        """The company a document is headed by, its name alone on the first line (a
        prospectus, a filing): every bare role and 本公司 in it is at that company."""
        folded = self.text.folded
        # a filing's header field: 公司简称：联昇光电, 发行人：…
        field = FILER.search(folded[:600])
        if field:
            named = self.mentions.within(field.start("name"), field.end("name") + 1, "org")
            if named and named[0].entity is not None:
                return named[0].entity
        first = next(
            (m for m in self.mentions.items if m.kind == "org" and m.entity is not None), None
        )
        if (
            first is None
            or folded[: first.start].strip()
            or folded[first.end :].split("\n", 1)[0].strip()
        ):
            return None
        return first.entity

    def note_person(self, position: int, person: Entity) -> None:
        self._topics.append((position, person))

    def note_company(self, position: int, company: Entity) -> None:
        self._companies.append((position, company))

    def note_employer(self, position: int, org: Entity) -> None:
        """An organisation named as where someone works — kept only where that is how the
        story first names it (a company it already told of stays the company: 新公司名为匠数
        科技…邬静也已加入匠数科技)."""
        if org not in self.employers_named and all(c is not org for _, c in self._companies):
            self.employers_named[org] = position

    def recent_people(self, position: int, count: int) -> list[Entity]:
        """The last `count` different people named before `position`, in text order (for 两人,
        前者 and 后者): a section heading's founders first when the section has several."""
        section = self._section(position)
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
        for mention in reversed(self.mentions.within(max(0, position - 400), position, "person")):
            if mention.entity is not None and mention.entity not in found:
                found.append(mention.entity)
            if len(found) == count:
                break
        return found[::-1]

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
        section = self._section(position)
        since = section[0] if section else 0
        before = [p for at, p in self._topics if since <= at < position]
        if not before:
            return None
        if pronoun is not None:
            recent: list[Entity] = []
            for person in reversed(before):
                if person not in recent:
                    recent.append(person)
                if len(recent) == 3:
                    break
            agreeing = [p for p in recent if self._gender(p) in (None, pronoun)]
            if agreeing and agreeing[0] is not before[-1]:
                return agreeing[0]
        return before[-1]

    def _gender(self, person: Entity) -> str | None:
        """他 or 她 as the text shows it: an honorific after the name, else the pronoun that
        already stood for the person."""
        return self._honorifics.get(person) or self._pronouns.get(person)

    @cached_property
    def _honorifics(self) -> dict[Entity, str]:
        """person → "she" or "he" where 女士 or 先生 follows one of the person's names."""
        folded = self.text.folded
        found: dict[Entity, str] = {}
        for m in self.mentions.items:
            if m.kind == "person" and m.entity is not None and m.entity not in found:
                if folded.startswith("女士", m.end):
                    found[m.entity] = "she"
                elif folded.startswith("先生", m.end):
                    found[m.entity] = "he"
        return found

    def _section(self, position: int) -> tuple[int, int, Entity] | None:
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
        section = self._section(position)
        return section[2] if section else None

    def topic_company(self, position: int) -> Entity | None:
        """The company in question: inside a demo-day section, its project; elsewhere the last
        company the story named as a subject, else the one it names most."""
        found = self._section(position)
        if found is not None:
            return found[2]
        own = self.headed_by or self.defined_own
        if own is not None:
            return own  # a filing's own company, named in its header or defined as 本公司
        before = [c for at, c in self._companies if at < position]
        # A well-known company (先正达, an employer) is rarely the one a story means by 公司
        introduced = [c for c in before if not _well_known(c)]
        if introduced:
            return introduced[-1]
        return self.main_company or (before[-1] if before else None)

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
            if own and self._section(mention.start) is None and self.main_company is not None:
                return self.main_company  # the document's own company, wherever it is named
            return self.topic_company(mention.start)
        return None

    def subject(self, clause: Clause, before: int | None = None) -> Mention | None:
        """The person a clause is about: a person named (or 他/她) in it before `before` and not
        as an object; else the first person of its sentence; else None (the caller may fall
        back on the topic)."""
        limit = clause.end if before is None else before
        people = [
            m
            for m in self.mentions.within(clause.start, limit, "person", "ref")
            if (m.kind == "person" or m.form in _PERSON_FORMS)
            and not self._is_object(m)
            and not self._in_aside(m, limit)
            and not self._possessor(m)  # 她的合伙人郏芷兰曾任…: about 郏芷兰
        ]
        if people:
            return self._head_of_relative(people)
        start, end = self.sentence_at(clause.start)
        row_start = self.text.folded.rfind("\n", 0, start) + 1
        if self.text.folded[row_start:start].lstrip().startswith("|"):
            start = row_start  # a table cell: the row's person, named in a cell before it
        people = [
            m
            for m in self.mentions.within(start, end, "person", "ref")
            if (m.kind == "person" or m.form in _PERSON_FORMS)
            and not self._is_object(m)
            and not self.layout.in_speech(m.start)
            # 他的合伙人郏芷兰是…: the possessor is not what the sentence is about
            and not self._possessor(m)
            # 司空朗离职，与…毕可澄一道，在上海创立了…: the one who came along is not the subject
            and not self._companion(m)
        ]
        for previous in reversed(self.clauses_before(clause)):
            # The topic chain: the clause goes on about the subject of the clause before it
            # (叶棠是裘鸣远的老部下，曾任… is still about 叶棠).
            subjects = [m for m in people if previous.start <= m.start < previous.end]
            if subjects:
                return subjects[0]
        return people[0] if people else None  # a leading clause: 2009年毕业后，他进入…

    def coordinated(self, mention: Mention) -> list[Mention]:
        """A subject and the people joined to it: 廖星野和祝晗都…, 麦卓恒及岑咏诗."""
        found = [mention]
        folded = self.text.folded
        position = mention.end
        while True:
            nxt = self.mentions.at(self._skip(folded, position))
            joiner = folded[position : nxt.start] if nxt else ""
            if (
                nxt is None
                or nxt.kind != "person"
                or not re.fullmatch(r"\s?(?:和|与|及|、|以及)\s?", joiner)
            ):
                return found
            found.append(nxt)
            position = nxt.end

    @staticmethod
    def _skip(text: str, position: int) -> int:
        match = re.match(r"\s?(?:和|与|及|、|以及)\s?", text[position:])
        return position + (match.end() if match else 0)

    def person_of(self, clause: Clause, before: int | None = None) -> Entity | None:
        """`subject`, resolved; the topic person when the clause names none."""
        mention = self.subject(clause, before)
        if mention is not None:
            return self.resolve(mention)
        if self.layout.answer_at(clause.start) and re.search(
            "我(?!们)", self.text.folded[clause.start : clause.end]
        ):
            return self.speaker_at(clause.start)
        return self.topic_person(clause.start)

    def _companion(self, mention: Mention) -> bool:
        """与…毕可澄一道, 和袁峤一起: a person joined to the subject by 与/和 … 一起."""
        folded = self.text.folded
        before = folded[max(0, mention.start - 17) : mention.start]
        return bool(
            _WITH_SOMEONE.search(before)
            and re.match(r"一起|一道|一同|共同|携手|联手", folded[mention.end : mention.end + 2])
        )

    def _possessor(self, mention: Mention) -> bool:
        """他的合伙人郏芷兰, 他在联发科的老部下郝敬之: a person whose 的 (perhaps after where they
        worked) leads to another person named right after."""
        folded = self.text.folded
        of = _POSSESSIVE.match(folded, mention.end)
        if of is None:
            return False
        after = self.mentions.within(of.end(), of.end() + 12, "person")
        return bool(after) and not re.search(r"[，。；,;]", folded[of.end() : after[0].start])

    def _head_of_relative(self, people: list[Mention]) -> Mention:
        """The first person, unless named with 与/和 inside a clause that describes the next
        one: 与仉嘉树一起创业的尉迟蔓是…博士 is about 尉迟蔓."""
        first = people[0]
        folded = self.text.folded
        joined = re.search(r"(?:与|和|跟|同)\s?$", folded[max(0, first.start - 2) : first.start])
        if len(people) < 2 or not joined:
            return first
        between = folded[first.end : people[1].start]
        if between.endswith("的") and not re.search(r"[，。；,;]", between):
            return people[1]
        return first

    def _is_object(self, mention: Mention) -> bool:
        before = self.text.folded[max(0, mention.start - 12) : mention.start]
        if _NAMED_BY_POST.search(before):
            return False  # 创始人为郝知岚: 为 says who holds the post; the story is now about her
        return bool(_OBJECT_MARK.search(before[-3:]))

    def _in_aside(self, mention: Mention, position: int) -> bool:
        between = self.text.folded[mention.end : position]
        depth = sum(1 if c in "(（" else -1 if c in ")）" else 0 for c in between)
        return depth < 0


_POSSESSIVE = re.compile(r"(?:在[^，。；,;的]{1,12}?(?:时|时期)?)?的")


def _well_known(entity: Entity) -> bool:
    from pedigree.ingest.text.gazetteer import known_organization

    known = known_organization(entity.name)
    return known is not None and known.kind != "investor"


def _table_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) cut at the bars of a table row that end a cell of prose (more than
    _PROSE_CELL characters); any other text whole."""
    if not text.startswith("|", start + len(text[start:end]) - len(text[start:end].lstrip())):
        return [(start, end)]
    bars = [m.start() for m in _CELL_BAR.finditer(text, start, end)]
    cuts = [
        bar
        for i, bar in enumerate(bars)
        if 0 < i < len(bars) - 1 and bar - bars[i - 1] > _PROSE_CELL
    ]
    parts, begin = [], start
    for cut in cuts:
        parts.append((begin, cut))
        begin = cut + 1
    parts.append((begin, end))
    if not cuts:
        return [(start, end)]
    trimmed = [(s + len(text[s:e]) - len(text[s:e].lstrip(" \t|")), e) for s, e in parts]
    return [(s, s + len(text[s:e].rstrip(" \t|"))) for s, e in trimmed if text[s:e].strip(" |")]


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) as sentences of at most LONGEST_SENTENCE characters."""
    return pieces(text, LONGEST_SENTENCE, start=start, end=end, boundaries=(_CUT_MARK,))
