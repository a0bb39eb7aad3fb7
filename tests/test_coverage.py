"""A partial match covers each concept of the query once (kb/ranking.py `coverage` with the plan's
`groups`): a paragraph holding every English word of one concept's translation does not outrank
one that has two of the query's three concepts."""

from __future__ import annotations

import pytest

from kb import ranking
from kb.backends import BACKENDS
from tests.fixtures import kb_of

ZH = """# 某市居家养老服务办法

第一条 为七十周岁以上老年人提供养老服务补贴。

第二条 本市加强城市道路建设。
"""

EN = """# Elderly care in a district

The elderly care services of the district reach more people, and elderly residents receive \
care and services from volunteers.

The district also built roads.
"""


@pytest.fixture(scope="module", params=BACKENDS)
def kb(request, tmp_path_factory):
    return kb_of({"zh.md": ZH, "en.md": EN}, request.param, tmp_path_factory)


def test_two_concepts_outrank_the_words_of_one(kb):
    res = kb.search("居家养老服务补贴")
    # the English paragraph says elderly care; 第二条 says none of it, its title 居家养老服务办法
    # does (a partial match in its title alone, last)
    assert (res["total"], res["partial_total"]) == (0, 3)
    assert res["hits"][0]["text"] == "第一条 为七十周岁以上老年人提供养老服务补贴。"
    assert res["hits"][-1]["text"] == "第二条 本市加强城市道路建设。"


def test_coverage_counts_a_concept_once():
    # concept 0 is matched as a phrase by measure 1, its three words by measure 4;
    # concepts 1 and 2 by measure 5
    units = [{1}, {2, 5}, {3, 5}, {4}, {4}, {4}]
    groups = [(0, 3, 4, 5), (1,), (2,)]
    cover = ranking.coverage(units, 100, [1, 4, 5], groups)
    assert cover[5] > cover[1] > cover[4] > 0
    assert cover[4] == pytest.approx(ranking.SUB_UNIT_SHARE * cover[1])


def test_the_head_word_weighs_more_in_a_partial_match():
    """Of two measures with one of two equally rare concepts each, the one with the query's head
    word (its last concept naming no place: 补贴 of 养老服务补贴) covers more."""
    units = [{1, 3}, {2, 4}]
    cover = ranking.coverage(units, 100, [1, 2], head=1)
    assert cover[2] > cover[1]
    flat = ranking.coverage(units, 100, [1, 2])
    assert flat[2] == flat[1]


@pytest.mark.parametrize(
    "query, head",
    [("养老服务补贴", "补贴"), ("smart elderly care", "elderly care"), ("投诉 宁波", "投诉")],
)
def test_the_head_is_the_last_concept_that_names_no_place(kb, query, head):
    plan = kb.build(query)
    words = [r["word"] for r in plan.explain if not r["optional"]]
    assert plan.head >= 0 and words[plan.head] == head


def test_one_concept_has_no_head(kb):
    assert kb.build("补贴").head == -1
