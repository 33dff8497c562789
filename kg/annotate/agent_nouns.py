"""Agent nouns as the head of a group a verb makes act (lane AR12; issue 14, class 7, key convention 1): the shape
of a name, not a list of heads. A group the genre moves to act is often named by what its members do, one jieba
word ending in an agent suffix (``actor_cues.tsv`` agent-suffix: 者, 商, 人, 方, 业主) — 汽车经销商, 农业生产者,
林权所有者, 餐饮从业者, 购房人, 林业贷款借款人, 技术持有方, 建筑业主 — where ``addressed-head`` lists whole heads
(企业, 用户, 游客). ``addressed._item`` asks ``agent_word`` of the last word of a name after an addressing verb
(鼓励汽车经销商开展…); the group stands only where an act follows, as every addressed group. Words that end so
and name no group (地方, 各方, 个人 alone, 或者, 协商, 前者, a word ending in 工人 or 负责人: ``actor_cues.tsv`` agent-not) are none."""
from __future__ import annotations

from kg.lexicon import cue

_SUFFIX = tuple(cue("actor_cues.tsv", "agent-suffix").split("|"))
_NOT = tuple(cue("actor_cues.tsv", "agent-not").split("|"))


def agent_word(word: str) -> bool:
    """Whether a jieba word names members by what they do: two or more characters ending in an agent suffix,
    not in a word of ``agent-not`` (产业工人 ends in 工人: persons in their office, convention 27)."""
    return len(word) >= 2 and word.endswith(_SUFFIX) and not word.endswith(_NOT)
