"""The person a Chinese clause is about: the person named (or 他/她) in it and not as an object,
a possessor or a companion, else the subject of its sentence, and the people joined to it."""

from __future__ import annotations

import re

from pedigree.ingest.text.entities import Entity, Mention
from pedigree.ingest.text.zh.lexicon import FOUNDED_WHICH, RELATION, TITLE_WORD
from pedigree.ingest.text.zh.sentences import Clause

# Before a person who is not the subject: 和他一起, 对他说, 给她, 跟…合作.
_OBJECT_MARK = re.compile(
    r"(?:和|与|跟|同|对|向|给|替|让|叫|请|找|拉着|带着|陪|为|把|被|师从|跟随|追随|嫁给|娶了?|认识|结识|"
    r"遇到|说服|邀请|请来|挖来|招募|任命|聘请|委任|感谢|介绍|推荐|导师是|教授)\s?$"
)
# A post, then 为: the name that follows holds it (创始人为, 首席执行官为), not a 为 of purpose.
_NAMED_BY_POST = re.compile(rf"{TITLE_WORD}\s?为\s?$")
_PERSON_FORMS = ("he", "she", "group", "former", "latter")
_SPEAKER_SUBJECT = re.compile(r"(?<![是和跟同与给让对向被把])我(?![们的])")
_WITH_SOMEONE = re.compile(r"(?:与|和|同|跟|携)[^，。；,;]{0,16}$")
# (柯先生的胞弟柯振洋, 他父亲郗国胜: an honorific before 的, or a kin word without it)
_KIN = (
    r"(?:父亲|母亲|祖父|祖母|外祖父|外公|外婆|爷爷|奶奶|哥哥|姐姐|弟弟|妹妹|胞弟|胞兄|胞妹|胞姐|兄长|"
    r"妻子|丈夫|儿子|女儿)"
)
_FOUNDED_WHICH = re.compile(FOUNDED_WHICH)
_POSSESSIVE = re.compile(  # (她当时的老板陶维明: when, then whose)
    rf"(?:先生|女士)?(?:(?:在[^，。；,;的]{{1,12}}?(?:时|时期)?|当时|当年|那时|彼时|以前|早年|昔日)?的|(?={_KIN}))"
)

_KIN_THEN_DESCRIBED = re.compile(
    # (她的前同事、欧莱雅中国前数字营销总监鲍蕾: a colleague, then what she was)
    rf"(?:{_KIN})、[^，。；,;]{{1,24}}?的|(?:前|老|昔日)?(?:{RELATION})、[^，。；,;]{{1,24}}"
)



class SubjectSteps:
    """The reader's steps that find the person a clause is about (mixed into context.Context,
    whose text, layout, mentions and references they use)."""

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
            and not self.possessor(m)  # 她的合伙人郏芷兰曾任…: about 郏芷兰
        ]
        if people:
            return self._head_of_relative(people)
        if self._speaker_goes_on(clause, limit):
            # 答：…我自己读书时在…，后来在伦敦商学院读MBA: the speaker (person_of), not one the
            # sentence names later
            return None
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
            # 他的合伙人郏芷兰是…: the possessor is not what the sentence is about, nor is the
            # founder of a company described (她…而是阿拉坦创办的绒脉科技的前运营总监)
            and not self.possessor(m)
            and not self.founder_of_next(m)
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

    def _speaker_goes_on(self, clause: Clause, limit: int) -> bool:
        """In an answer, whether the sentence so far is the speaker's own: 我 as its subject
        (not 是我…, 我的…, 我们) and no one named or called 他/她 after it."""
        if self.layout.answer_at(clause.start) is None:
            return False
        start = self.sentence_at(clause.start)[0]
        said = list(_SPEAKER_SUBJECT.finditer(self.text.folded, start, limit))
        if not said:
            return False
        after = said[-1].end()
        return not [
            m for m in self.mentions.within(after, limit, "person", "ref")
            if m.kind == "person" or m.form in _PERSON_FORMS
        ]

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
        own = mention is not None and clause.start <= mention.start < clause.end
        # (答：…我自己读书时在香港科技大学…，精算那部分要靠她: 我 is the speaker, whoever else
        # the sentence names)
        if not own and self._speaker_goes_on(clause, clause.end):
            return self.speaker_at(clause.start)
        if mention is not None:
            return self.resolve(mention)
        return self.topic_person(clause.start)

    def _companion(self, mention: Mention) -> bool:
        """与…毕可澄一道, 和袁峤一起: a person joined to the subject by 与/和 … 一起."""
        folded = self.text.folded
        before = folded[max(0, mention.start - 17) : mention.start]
        return bool(
            _WITH_SOMEONE.search(before)
            and re.match(r"一起|一道|一同|共同|携手|联手", folded[mention.end : mention.end + 2])
        )

    def possessor(self, mention: Mention) -> bool:
        """他的合伙人郏芷兰, 他在联发科的老部下郝敬之: a person whose 的 (perhaps after where they
        worked) leads to another person named right after."""
        folded = self.text.folded
        of = _POSSESSIVE.match(folded, mention.end)
        if of is None:
            return False
        # (乔野的妹妹、此前在普华永道做审计经理的乔蔓: what the relative did, between)
        reach = 36 if _KIN_THEN_DESCRIBED.match(folded, of.end()) else 12
        after = self.mentions.within(of.end(), of.end() + reach, "person")
        return bool(after) and not re.search(r"[，。；,;]", folded[of.end() : after[0].start])

    def founder_of_next(self, mention: Mention) -> bool:
        """阿拉坦创办的绒脉科技: a person named as the founder of the company named next, in
        words that describe that company."""
        founded = _FOUNDED_WHICH.match(self.text.folded, mention.end)
        if founded is None:
            return False
        owned = self.mentions.covering(founded.end())
        return owned is not None and owned.kind == "org" and owned.start == founded.end()

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
