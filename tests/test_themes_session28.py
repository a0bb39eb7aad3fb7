"""Chinese vocabulary session 28's fresh sets zh32 and zh33 lacked (issue 18), on sentences of our
own: crops and livestock by their characters (any word jieba makes with 椒, 柑, 柚, 稻, 薯 …) and
their growers are farming, industry; veterans' preferential treatment is social security,
livelihood; a chief answerable for a bay (湾长制, as 河长制) is ecology; people-to-people exchange
with other countries is openness. A crop word is strong, never decisive alone."""

import pytest

from kb.themes import tag_themes


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("郭河乡种花椒，种出了规模，种出了效益。花椒成为当地群众增收致富的摇钱树。", "industry"),
        ("今年全县贡柑种植面积扩大到三万亩，果园连片。", "industry"),
        ("村里的椒农今年收入增加了三成。", "industry"),
        ("当地培育优质胡柚种苗一百二十万株，良种覆盖率约百分之九十五。", "industry"),
        ("全县推进退役军人和其他优抚对象优待证申领工作，已办理六千余张。", "livelihood"),
        ("双方人文交流活动线下互动总人次超过二十万，中东欧国家青年来访。", "openness"),
    ],
)
def test_crops_growers_veterans_bay_chiefs_and_exchange(text, theme):
    tags = tag_themes(text)
    assert theme in tags.themes and tags.evidence[theme]


def test_a_crop_character_alone_never_decides():
    """辣椒 in a menu's passing mention is no farming: a strong word, not decisive."""
    assert "industry" not in tag_themes("食堂今天的午饭有一道辣椒炒肉。").themes


def test_a_bay_chief_is_a_word_of_ecology():
    """jieba cuts 湾长制 as 湾|长制: 长制 is listed, strong (路长制 and 街长制 are not ecology)."""
    tags = tag_themes("浙江省成为全国首批湾（滩）长制试点，海洋与渔业局负责推进。")
    assert "长制" in tags.considered["ecology"]
