"""Chinese theme rules from the misses of the spent sets zh9-zh11 (issue 18, session 16), on
sentences of our own: everyday words CC-CEDICT glosses by a sense of no theme here are bridged to
none, a trade union is labour's, an investment fair is industry's, and a covering notice stays
one when it names its addressees and where to report problems."""

import pytest

from kb.themes import is_procedural, tag_themes


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("两地企业开展精准对接，推动供需双方合作。", "infrastructure"),  # 对接 "dock"
        ("依照法定的程序作出决定。", "openness"),  # 法定 "law-based"
        ("门店营业到晚上十点。", "openness"),  # 营业 "trade"
        ("在小区入口设置指示牌。", "openness"),  # 入口 "import"
        ("涉及民事的案件由法院审理。", "industry"),  # 民事 "agricultural affairs"
        ("领导干部不得利用职务便利谋取私利。", "livelihood"),  # 职务 "job"
    ],
)
def test_an_everyday_word_is_not_bridged_by_a_sense_of_no_theme(text, theme):
    assert theme not in tag_themes(text).considered


def test_a_trade_union_is_labour_not_trade():
    got = tag_themes("工会要维护职工合法权益。")
    assert "livelihood" in got.themes and "openness" not in got.considered


def test_an_investment_fair_and_its_signed_projects_are_industry():
    got = tag_themes("区里在上海举办招商推介会，现场签约项目5个。")
    assert "industry" in got.themes


@pytest.mark.parametrize(
    "text",
    [
        "各县（市、区）人民政府，市政府各部门：现将《某市节水行动实施方案》印发给你们，请认真组织"
        "实施。实施过程中遇到的问题，请径向市水利局反映。",
        "各有关单位：现将《港口建设管理办法》印发给你们，请遵照执行。执行中的意见建议，请及时反馈。",
    ],
)
def test_a_covering_notice_with_its_addressees_and_a_contact_is_procedural(text):
    assert is_procedural(text, "zh")
    assert tag_themes(text).themes == []


def test_a_notice_that_says_more_is_not_procedural():
    text = "现将《某市节水行动实施方案》印发给你们。今年要新建污水处理厂三座，改造供水管网50公里。"
    assert not is_procedural(text, "zh")
