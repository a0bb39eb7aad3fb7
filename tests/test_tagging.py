"""Theme and city tagging: each signal and each false friend, on sentences of our own."""

import pytest

from kb import data_files
from kb.cities import tag_cities
from kb.metadata import issuing_city
from kb.themes import THEMES, lexicon, tag_themes


@pytest.mark.parametrize(
    "text",
    [
        "加强平台建设，发展金融服务。",
        "打造美丽乡村。",
        "推进常态化监测。",
        "邀请嘉宾出席。",
        "绿水青山就是金山银山。",
        "通常情况下应当连通管网。",
        "推动苏南地区发展。",
        "环杭州湾地区协同发展。",
        "杭州湾的生态保护。",
        "东京湾已构建产业体系。",
        "深化改革，合作共赢。",
        "江苏省和安徽省合作。",
    ],
)
def test_false_friends_give_no_city(text):
    assert tag_cities(text).cities == []


@pytest.mark.parametrize(
    "text,expected",
    [
        ("加快杭甬一体化", ["hangzhou", "ningbo"]),
        ("建设沪嘉甬铁路", ["shanghai", "jiaxing", "ningbo"]),
        ("推进杭绍台高速", ["hangzhou", "shaoxing", "taizhou"]),
        ("甬舟一体化", ["ningbo", "zhoushan"]),
        ("沪苏湖高铁", ["shanghai", "suzhou", "huzhou"]),
        ("沪苏浙皖协同", ["shanghai"]),
        ("港澳服务业", ["hongkong", "macau"]),
    ],
)
def test_abbreviation_compounds(text, expected):
    assert sorted(tag_cities(text).cities) == sorted(expected)


@pytest.mark.parametrize(
    "text,city",
    [
        ("乌镇峰会", "jiaxing"),
        ("萧山机场改扩建", "hangzhou"),
        ("栎社机场航线", "ningbo"),
        ("浦东开发", "shanghai"),
        ("普陀山旅游", "zhoushan"),
        ("前湾新区建设", "ningbo"),
        ("之江实验室", "hangzhou"),
        ("杭州湾新区条例", "ningbo"),
        ("曹娥江引水", "shaoxing"),
    ],
)
def test_places_stand_for_their_city_as_implicit(text, city):
    tags = tag_cities(text)
    assert tags.cities == [city] and tags.implicit == [city]
    assert tags.evidence[city]


def test_full_names_are_explicit_with_evidence():
    tags = tag_cities("宁波市和舟山的港口")
    assert tags.explicit == ["ningbo", "zhoushan"] and tags.evidence["ningbo"] == ["宁波市"]


def test_self_reference_resolves_to_issuing_city():
    assert issuing_city(None, "宁波市港口条例") == "ningbo"
    tags = tag_cities("本市鼓励企业发展", doc_city="ningbo")
    assert tags.cities == ["ningbo"] and tags.via["ningbo"] == "self"
    assert tag_cities("本市鼓励企业发展").cities == []


def test_gazetteer_covers_required_divisions():
    raw = data_files.toml("cities.toml")["city"]
    for cid in (
        "shanghai",
        "hangzhou",
        "ningbo",
        "taizhou",
        "taizhou_js",
        "suzhou",
        "suzhou_ah",
        "hefei",
        "nanjing",
        "hongkong",
        "macau",
        "tokyo",
        "newyork",
    ):
        assert cid in raw and raw[cid]["zh"] and raw[cid]["en"]
    assert len(raw["hangzhou"]["places"]) >= 13 and len(raw["shanghai"]["places"]) >= 16


def test_lexicons_are_well_formed():
    raw = data_files.toml("themes.toml")
    assert set(raw) == set(THEMES)
    for theme, spec in raw.items():
        assert spec["label_zh"] and spec["label_en"] and spec["heading"]
        for weight, words in spec["zh"].items():
            assert (
                weight in ("1", "2", "3") and words and all(isinstance(w, str) and w for w in words)
            )
            assert len(words) == len(set(words)), f"duplicate word in {theme}.zh.{weight}"


def test_shared_word_decides_less():
    lex = lexicon()
    shared = [w for w, themes in lex.zh.items() if len(themes) > 1]
    assert shared and all(sum(lex.zh[w].values()) <= 3 for w in shared)


@pytest.mark.parametrize(
    "text,theme",
    [
        ("加快建设城际铁路和跨海通道，完善综合交通枢纽，提升机场航线服务能力。", "infrastructure"),
        ("深化生态环境保护，开展大气污染和水污染联合防治，严守生态保护红线。", "ecology"),
        ("扩大医疗保险异地结算范围，推进职业教育和养老服务共享。", "livelihood"),
        ("建设自由贸易试验区，优化营商环境，推进跨境电商和国际贸易便利化。", "openness"),
        ("建设国家实验室，加快科技成果转化，引进高层次人才和孵化器。", "innovation"),
        ("培育先进制造业集群，延伸产业链，发展集成电路和生物医药产业。", "industry"),
        ("Building rail transit and port infrastructure to improve transport.", "infrastructure"),
    ],
)
def test_each_theme_from_its_lexicon(text, theme):
    tags = tag_themes(text, lang="en" if text[0].isascii() else "zh")
    assert tags.themes[0] == theme and tags.evidence[theme]


def test_passing_mention_is_not_a_theme():
    text = "推进区域协同发展，完善工作机制，加强统筹协调，其中涉及一处港口。"
    assert "infrastructure" not in tag_themes(text).themes


def test_heading_weighs_on_paragraph():
    text = "统筹考虑承载力，科学划定三条控制线，联合改善区域环境。"
    plain = tag_themes(text, section="")
    under = tag_themes(text, section="4.6 绿色发展 › 4.6.1 强化生态环境协同保护")
    assert "ecology" in under.themes and under.scores["ecology"] > plain.scores.get("ecology", 0)
    assert any(e.startswith("§") for e in under.evidence["ecology"])


def test_solo_abbreviations_are_declared_once_in_the_gazetteer():
    """The one-character words that alone mean a city come from cities.toml, and each is one of
    that city's abbreviations."""
    from kb import gazetteer

    solo = gazetteer.solo_abbreviations()
    assert solo["甬"] == "ningbo" and solo["沪"] == "shanghai" and "嘉" not in solo
    assert all(a in gazetteer.cities()[c].abbr for a, c in solo.items())
