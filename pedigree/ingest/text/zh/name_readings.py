"""Between the readings of a name (`zh/people.py`): a name and its one-character extension
(顾承 / 顾承泽, 骆清 / 骆清和), a name listed with another (司徒岚、樊启), and the NER model's word.
A reading the text supports over its rival keeps the evidence both shared."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from pedigree.ingest.text.zh.name_bounds import TITLE_BEFORE
from pedigree.ingest.text.zh.name_candidates import AFTER_NAME, ALSO_ENDS_NAMES, is_han

# Words that only follow a person's name, right after it: a verb of saying, a title of address, a
# degree, a move between employers.
RIGHT_STRONG = re.compile(
    r"^(?:(?:则|也|亦|还|就)(?=表示|说|称|认为|指出|强调|坦言|透露|回应|解释|补充|来自|出身|毕业|曾|有|"
    r"任(?!何|意|务)|担任|出任|负责|从未|从没|并未|未曾|从来)|表示|说|称|认为|告诉|透露|回忆|记得|坦言|指出|笑说|笑称|直言|介绍|强调|回应|解释|补充|坦承|"
    r"先生|女士|博士|教授|医生|总(?=[，。、表说,])|本人|毕业|本科|硕士|博士|加入|加盟|入职|跳槽|转投|转战|担任|出任|创办|"
    # (聂远航任CTO: the post someone takes, named right after 任)
    r"任(?=C[A-Z]O|首席|总裁|副总裁|总经理|副总经理|董事长|总监|联合创始人)|"
    r"创立|离开|离职|带领|负责|曾任|曾在|曾是|曾为|此前|之前|早年|一直|看来|也是|则是|表态|出身|出生|生于|拥有|"
    r"是[^，。；,;\n]{1,8}出身|"  # 谯以南是材料学出身: a person's background
    r"当时(?:是|在|任|还)|那时(?:是|在|任|还)|(?:为|是|担任)法定代表人|"
    r"提到|谈到|说道|谈及|坦陈|告诉|对我们|对记者|"
    r"对\S{1,6}(?:表示|说)|对此|否认|承认|指着|指著"
    # …的还有司徒岚。她曾在宝洁…: the next sentence goes on about the name as 他/她; 俞悠和她的
    # “乡递”: the name, and what is his or hers
    r"|[。；，,]\s?(?:他|她)(?!们)|(?:和|与)(?:他|她)(?:的|们)?)"
)


@dataclass(frozen=True)
class NameEvidence:
    """What a text says for one candidate name."""

    name: str
    places: tuple[int, ...]
    score: float  # what counts: capped at 1 without words around the name that show it is one
    raw: float = 0.0  # the evidence before the cap


def with_model(
    text: str, scored: list[NameEvidence], model: Iterable[tuple[int, int]]
) -> list[NameEvidence]:
    """The evidence again after the NER model read some spans: a name the model read exactly
    gains 2 and counts uncapped (cheaper than scoring every candidate again)."""
    modelled = {text[s:e] for s, e in model}
    updated = [
        NameEvidence(e.name, e.places, e.raw + 2, e.raw + 2)
        if e.name in modelled and e.score < 2.5
        else e
        for e in scored
    ]
    return coordinated(text, settle_lengths(text, updated))


def coordinated(text: str, scored: list[NameEvidence]) -> list[NameEvidence]:
    """A candidate listed with a name (司徒岚、樊启; 廖星野和祝晗) shares its evidence."""
    strong = {e.name for e in scored if e.score >= 2.5}
    joiners = ("、", "和", "与", "及", "以及")

    def partnered(start: int, end: int) -> bool:
        for joiner in joiners:
            after = end + len(joiner)
            if text.startswith(joiner, end) and any(
                text[after : after + n] in strong for n in (2, 3, 4)
            ):
                return True
            before = start - len(joiner)
            if text.startswith(joiner, before) and any(
                text[before - n : before] in strong for n in (2, 3, 4)
            ):
                return True
        return False

    raised = []
    for evidence in scored:
        if (
            evidence.name not in strong
            and evidence.score >= 0.5
            and any(partnered(p, p + len(evidence.name)) for p in evidence.places)
        ):
            evidence = NameEvidence(evidence.name, evidence.places, 2.5)
        raised.append(evidence)
    return raised


_ENDS_NAMES_MORE = ("同", "回")


def _covered(text: str, shorter: NameEvidence, by_name: dict[str, NameEvidence]) -> bool:
    """Whether every place of a two-character reading starts a three-character reading the
    text supports: 闻启 of 闻启舟 and 闻启航, 俞山 of 俞山岚 (beside his brother 俞山河) — the
    shorter reading has no place of its own."""
    if len(shorter.name) != 2:
        return False
    return all(
        (name := text[p : p + 3]) in by_name
        and by_name[name].score > 0
        and name[-1] not in AFTER_NAME
        for p in shorter.places
    )


def settle_lengths(text: str, scored: list[NameEvidence]) -> list[NameEvidence]:
    """Between a name and its one-character extension, keep the reading the text supports: a
    two-character name always followed by the same character is the start of a longer one; a
    longer reading met only where its prefix is also met elsewhere is the prefix plus a word."""
    by_name = {e.name: e for e in scored}
    # where a name the text supports starts (甘叔同|卓婉清: the second of two names joined)
    name_starts = {p for e in scored if e.score > 0 for p in e.places}
    dropped: set[str] = set()
    raised: dict[str, NameEvidence] = {}
    for longer in scored:
        shorter = by_name.get(longer.name[:-1])
        if shorter is None:
            continue
        # (where the longer name is written but its end could start a word, 缑立新任创始人, the
        # shorter reading stands too: it is met alone only where the longer one is not written)
        if all(text.startswith(longer.name, p) for p in shorter.places):
            # 顾承 is always 顾承泽: one of the two readings; the text around decides which
            # (顾承泽本科… is followed by a word that follows names, 卞宁创办… by a verb).
            # Most names have three characters: the longer reading wins unless clearly weaker.
            # (a candidate ending in 年 passed looks_like_name as a name, 聂柏年, not a time)
            # (where the longer reading's end could start a word, 卜一凡是…, it lost that place
            # and the words before it: the two readings share that evidence)
            weighed = (
                max(longer.score, shorter.score)
                if len(longer.places) < len(shorter.places)
                else longer.score
            )
            keep_longer = weighed >= shorter.score - 1.5 and (
                longer.name[-1] not in AFTER_NAME or longer.name[-1] == "年"
            )
            # 祁野则是…: the extra character starts the words that follow a name
            after = len(shorter.name)
            cued = all(RIGHT_STRONG.match(text[p + after : p + after + 8]) for p in shorter.places)
            if cued and longer.score < 2.5:
                keep_longer = False
            if longer.name[-1] == "则" and (cued or len(longer.places) < 2):
                # 汲晨则来自…, 汲晨则于2019年加入: whatever a tagger read, 则 (on the other hand)
                # follows a subject far more often than it ends a name (祁正则, written so twice)
                keep_longer = False
            end = len(longer.name)
            if longer.name[-1] in ALSO_ENDS_NAMES and all(
                RIGHT_STRONG.match(text[p + end : p + end + 12])
                # (戎嘉和、车佩 … 戎嘉和曾是: a mark after it at the other places)
                or (text[p + end : p + end + 1] in "、，。；：" and p + end < len(text))
                for p in longer.places
            ):
                keep_longer = True  # 甄可为毕业于…, 甄可为说: the words after the whole name
            if (
                longer.name[-1] in ALSO_ENDS_NAMES
                and (
                    all(not is_han(text[p + end : p + end + 1]) for p in longer.places)
                    # 她找的第一个人是喻清和——: a clause that ends on 和 has no second name to join
                    or longer.name[-1] == "和"
                    and any(text[p + end : p + end + 1] in "，。；！？—" for p in longer.places)
                )
            ):
                keep_longer = True  # 合伙人庞可为——这样总结: nothing follows to make 为 a verb
            if (
                longer.name[-1] in _ENDS_NAMES_MORE
                and not any(p + end in name_starts for p in longer.places)
                and (
                    len(longer.places) >= 2
                    or any(TITLE_BEFORE.search(text[max(0, p - 8) : p]) for p in longer.places)
                )
            ):
                # 甘叔同说, 甘叔同辞职, 创始人沈雁回是…: no second name after 同 ("with") to join
                # and no verb 回 starts, at two places or after a title (和 and 为 follow a name
                # as a conjunction or a verb far more often)
                keep_longer = True
            if (
                longer.name[-1] == "和"
                and len(longer.places) >= 3
                and not any(p + end in name_starts for p in longer.places)
            ):
                # 骆清和 written three times or more, never with a second name after 和 to join:
                # 和 ends the name, not a conjunction
                keep_longer = True
            if keep_longer and weighed > longer.score:
                # the longer reading, kept, stands at the places and on the evidence it shared
                raised[longer.name] = NameEvidence(longer.name, shorter.places, weighed, weighed)
            dropped.add(shorter.name if keep_longer else longer.name)
        elif _covered(text, shorter, by_name):
            # 闻启舟的弟弟闻启航, 俞山河 and 俞山岚: names sharing a generation character, every
            # place of the shorter reading one of them
            dropped.add(shorter.name)
        elif longer.score < 4 or shorter.score > 2 * longer.score:
            # 闻笛 met five times, 闻笛站 once: 站 is the next word.
            dropped.add(longer.name)
    return [raised.get(e.name, e) for e in scored if e.name not in dropped]
