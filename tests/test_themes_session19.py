"""Theme rules from the misses of the spent sets eval/real/zh18 and en18 (issue 18, session 19),
on sentences of our own: a short aside in brackets inside a name (中欧(亚)班列) hides no lexicon
word; a scope article (…的单位和个人，应当遵守本条例; shall abide by these Regulations) carries
no theme; a special economic zone's law names its legislature, not an opening; forest and river
chiefs (林长制, 河长制) are ecology, hydrogen refuelling and booster stations infrastructure; the
world beyond the border named as a destination is openness; a subsidy alone names no theme in
English either."""

import pytest

from kb.themes import tag_themes


def _tags(text: str, **kw):
    return tag_themes(text, lang="en" if text.isascii() else "zh", **kw)


@pytest.mark.parametrize(
    "text",
    [
        "今年全省开行中欧(亚)班列1200列，同比增长一成，其中回程班列420列。",
        "今年全省开行中欧（亚）班列1200列，同比增长一成，其中回程班列420列。",
    ],
)
def test_an_aside_in_brackets_hides_no_lexicon_word(text):
    tags = _tags(text)
    assert "openness" in tags.themes and "中欧班列" in tags.evidence["openness"]


def test_a_word_written_with_its_brackets_is_still_found_whole():
    """国(境)外 is listed with its brackets; reading past asides must not lose it."""
    tags = _tags("支持企业赴国(境)外参展，开拓国(境)外市场。")
    assert "openness" in tags.themes


@pytest.mark.parametrize(
    "text",
    [
        "第三条 在本市行政区域内从事湿地公园规划、建设、管理和在湿地公园内开展旅游观光、"
        "科普教育活动的单位或个人，应当遵守本条例。",
        "Article 3 Units and individuals engaged in education, medical care and elderly care "
        "services in this city shall abide by these Regulations.",
    ],
)
def test_a_scope_article_carries_no_theme(text):
    assert _tags(text).themes == []


def test_a_scope_article_is_told_from_an_article_on_the_field():
    text = "第八条 湿地公园内禁止开垦、填埋湿地，禁止排放未经处理的污水，保护野生动植物栖息地。"
    assert "ecology" in _tags(text).themes


def test_a_special_economic_zones_law_is_no_opening():
    text = (
        "日前，某市召开新闻发布会，介绍《某某经济特区红树林保护条例》，"
        "通过立法将经验上升为法治成果。"
    )
    tags = _tags(text)
    assert "openness" not in tags.themes and "ecology" in tags.themes


def test_a_special_economic_zone_outside_a_title_is_still_opening():
    text = "经济特区要在对外开放中先行先试，扩大外资准入，发展外向型经济。"
    assert "openness" in _tags(text).themes


@pytest.mark.parametrize(
    "text, theme",
    [
        ("全市全面建立市、县、乡、村四级林长制，实现林长制管理常态化。", "ecology"),
        ("全县推行河长制，每条河道都有河长负责。", "ecology"),
        ("到2025年，全省建成加氢站50座。", "infrastructure"),
        ("该海上升压站由国内团队设计，已完成吊装。", "infrastructure"),
    ],
)
def test_chiefs_of_forests_and_rivers_and_stations_of_energy(text, theme):
    assert theme in _tags(text).themes


@pytest.mark.parametrize(
    "text",
    [
        "TAIYUAN, May 25 (Xinhua) -- A freight train carrying textiles and household appliances "
        "left Datong on Wednesday, en route to Central Asia.",
        "The train will leave China via the Alataw Pass and pass through Kazakhstan and Russia "
        "before reaching its destination in 16 days.",
    ],
)
def test_a_destination_beyond_the_border_is_openness(text):
    assert "openness" in _tags(text).themes


def test_inner_mongolia_is_no_foreign_country():
    text = (
        "The rare-earth park is located in the south of Baotou, Inner Mongolia Autonomous Region."
    )
    assert "openness" not in _tags(text).themes


def test_a_subsidy_alone_names_no_theme_in_english():
    text = "Operators will receive subsidies of up to 10 yuan per kilogram of hydrogen sold."
    assert "livelihood" not in _tags(text).themes
