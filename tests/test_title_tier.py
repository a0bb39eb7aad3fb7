"""A partial match whose document's title says the rest of the query comes before one that lacks
a concept altogether (kb/ranking.py `said_with_title`): 衢州统计公报 asks for the paragraphs of
衢州's statistical communiqué, which name 衢州 but never the communiqué, before a paragraph of
another city's news that speaks of statistics and a communiqué but not of 衢州. The title speaks
for every measure of its document, those under a heading of their own (一、综合) too."""

from __future__ import annotations

import pytest

from kb import ranking
from kb.backends import BACKENDS
from tests.fixtures import kb_of

COMMUNIQUE = """# 2023年衢州市国民经济和社会发展统计公报

2023年，衢州全市上下坚持稳中求进工作总基调，全面贯彻新发展理念，经济运行持续回升向好，高质量发展取得新成效，\
社会大局保持和谐稳定，人民生活水平稳步提高。

## 一、综合

全年衢州全市实现地区生产总值2125亿元，比上年增长6.5%，第一产业增加值95亿元，第二产业增加值880亿元。
"""

NEWS = """# 某区召开统计工作会议

区统计局发布统计公报，统计部门通报统计数据质量检查情况，统计人员参加统计业务培训。
"""


@pytest.fixture(scope="module", params=BACKENDS)
def kb(request, tmp_path_factory):
    return kb_of({"communique.md": COMMUNIQUE, "news.md": NEWS}, request.param, tmp_path_factory)


def test_paragraphs_whose_title_says_the_rest_come_first(kb):
    res = kb.search("衢州统计公报")
    assert (res["total"], res["partial_total"]) == (0, 3)  # no paragraph says all three itself
    first = [h["doc_id"] for h in res["hits"][:2]]
    assert first == ["communique", "communique"], [h["text"][:12] for h in res["hits"]]
    assert res["hits"][2]["doc_id"] == "news"


def test_said_with_title_needs_every_concept_and_one_said_by_the_measure():
    # concept 0 said by measures 1 and 2, concept 1 only by 1's title, concept 2 by 2's title;
    # measure 3's title says all three, the measure none
    units = [{1, 2}, set(), set()]
    titled = [{3}, {1, 3}, {1, 2, 3}]
    assert ranking.said_with_title(units, [1, 2, 3], (), titled) == {1}


def test_the_first_tier_leads_whatever_the_scores():
    ranked = [(1, 5.0), (2, 0.1), (3, 4.0)]
    assert [d for d, _ in ranking.by_proximity(ranked, set(), {2})] == [2, 1, 3]


def test_a_city_tag_is_not_a_concept_said():
    # measure 4 is tagged with the query's city (units[0]) but its words say nothing of the query;
    # its title says the other concept: it does not lead the tail
    units = [{4, 5}, set()]
    titled = [set(), {4, 5}]
    spoken = [{5}, set()]
    assert ranking.said_with_title(units, [4, 5], (), titled, spoken) == {5}
