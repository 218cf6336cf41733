"""What a Chinese organisation's name never looks like: a function word first, a figure, a time."""

from __future__ import annotations

import re

from pedigree.ingest.text.zh.name_candidates import dictionary, is_han

# A name never starts with a function word or a pronoun: 则带有…, 本集团前, 该公司.
NOT_NAME_START = (  # (时 of 时任, but not of 时代天使); searched, so the count is anywhere
    r"^(?:[已于的在是了人者之后以这那该其他她我你此则就也还都才又再便即却但而并且被把将让给"
    r"对向从自为因由与和及或]|时(?!代)"
    # (本集团, 本轮, 本公司: "this"; but 本草智医 is a name)
    r"|本(?=公司|集团|轮|次|届|期|人|月|年|周|文|刊|报|行|所|院|校|基金|项目|团队|系列|土|地|身))"
    # 另外有一位家族办公室: a count of people, never inside a name
    r"|[一两二三四五六七八九十几数多](?:个|位|名|批|群)"
    # 此前网传澜蹊已获得…: hearsay, then the name it is about
    r"|网传|据传|传闻|风传|据悉|据称|消息称|消息人士|知情人士"
    # 是当时喜茶的采购总监: when, then the name
    r"|^(?:当时|那时|彼时|此时|届时|当年|如今|目前)"
)
# A time written where a name was looked for (创办三年, 成立了半年多, 2019年, 月底): never a name;
# 年 and 月 inside a name (悠年旅居, 月之暗面) are no time.
TIME_WORD = (
    r"[一二两三四五六七八九十百千万几半多数个每今去明前后当同近上下本整全周]\s?[年月]"
    r"|年(?:[初底末中内间后前来里半多份度轻龄纪薪]|$)|月(?:[初底末中内间后前来里半多份度]|$)"
)
NOT_A_NAME = NOT_NAME_START + r"|\d|" + TIME_WORD


def not_a_name(text: str, start: int, end: int, starts: set[int] | frozenset[int]) -> bool:
    """Whether text[start:end] cannot be a name: it opens with a word that opens no name (已,
    在, 再 …) or holds a figure or a time — unless the segmenter keeps it whole as a word the
    dictionary lacks (再舍 in 创办再舍的, 再舍在2021年成立: a coined brand, not "again")."""
    name = text[start:end]
    if not re.search(NOT_A_NAME, name):
        return False
    coined = (
        2 <= len(name) <= 4
        and all(is_han(c) for c in name)
        and start in starts
        and end in starts
        and not any(p in starts for p in range(start + 1, end))
        and not dictionary()[0].get(name)
    )
    return not coined or bool(re.search(r"\d|" + TIME_WORD, name))

