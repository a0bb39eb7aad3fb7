"""English tagging: city names, places, regions, shared pinyin, defined abbreviations, "the city",
and the six themes on stems and phrases — each rule on sentences of our own."""

import pytest

from kb import gazetteer
from kb.cities import city_context, tag_cities


@pytest.mark.parametrize("text,expected", [
    ("Shanghai's port is the busiest in the world.", ["shanghai"]),
    ("Several Ningbo-based exporters moved inland.", ["ningbo"]),
    ("The Hangzhou-Ningbo high-speed line cut travel time.", ["hangzhou", "ningbo"]),
    ("The Ningbo-Zhoushan Port handled 35 million TEU.", ["ningbo", "zhoushan"]),
    ("HANGZHOU'S DIGITAL ECONOMY", ["hangzhou"]),
    ("Investors from Hong Kong and Macao, and from HK and Macau again.", ["hongkong", "macau"]),
    ("Suzhou Industrial Park attracts foreign investment.", ["suzhou"]),
    ("Trade between Xi'an and Huai'an grew.", ["xian", "huaian"]),
])
def test_english_names_are_explicit(text, expected):
    tags = tag_cities(text)
    assert sorted(tags.cities) == sorted(expected)
    assert sorted(tags.explicit) == sorted(expected)
    assert all(tags.evidence[c] for c in expected)


@pytest.mark.parametrize("text,city", [
    ("Yangshan and Pudong handle most of the cargo.", "shanghai"),
    ("Firms in Lingang and Zhangjiang receive subsidies.", "shanghai"),
    ("A new line links Hongqiao with the suburbs.", "shanghai"),
    ("Wuzhen hosts an annual summit.", "jiaxing"),
    ("Yiwu is the world's small-commodity market.", "jinhua"),
    ("Keqiao's textile market reopened.", "shaoxing"),
    ("Xiaoshan and Yuhang host the platform companies.", "hangzhou"),
    ("Beilun and Cixi expanded their industrial land.", "ningbo"),
    ("The Hangzhou Bay New Area is building a car plant.", "ningbo"),
    ("Qianhai offers lower taxes.", "shenzhen"),
    ("Nansha is a free trade area.", "guangzhou"),
    ("Kunshan is home to Taiwanese electronics makers.", "suzhou"),
])
def test_english_places_stand_for_their_city_as_implicit(text, city):
    tags = tag_cities(text)
    assert tags.cities == [city] and tags.implicit == [city]
    assert tags.evidence[city]


@pytest.mark.parametrize("text", [
    "Hangzhou Bay is shallow and its tides are strong.",
    "Bridges across Hangzhou Bay shorten the trip.",
    "Zhejiang province leads in private enterprise.",
    "The Greater Bay Area and the Yangtze River Delta compete.",
    "The Guangdong-Hong Kong-Macao Greater Bay Area plan was published.",
    "The Shanghai Cooperation Organisation held a summit.",
    "A shop on Nanjing Road sold out.",
    "visit www.hangzhou.gov.cn for details",
    "The city invests in schools.",  # no document city: nothing to resolve it to
])
def test_english_false_friends_give_no_city(text):
    assert tag_cities(text).cities == []


@pytest.mark.parametrize("text,city", [
    ("Suzhou has canals and gardens.", "suzhou"),
    ("In Anhui province, Suzhou grows wheat.", "suzhou_ah"),
    ("Hefei, Bengbu and Suzhou form a northern corridor.", "suzhou_ah"),
    ("Suzhou, Wuxi and Changzhou are manufacturing hubs.", "suzhou"),
    ("Taizhou is known for private carmakers.", "taizhou"),
    ("Taizhou in Jiangsu province builds ships.", "taizhou_js"),
    ("Jiangsu's Taizhou hosts a medical city.", "taizhou_js"),
    ("Taizhou, Wenzhou and Ningbo form a coastal belt.", "taizhou"),
])
def test_shared_pinyin_is_decided_by_the_province_in_view(text, city):
    assert city in tag_cities(text).cities
    other = {"suzhou": "suzhou_ah", "suzhou_ah": "suzhou", "taizhou": "taizhou_js", "taizhou_js": "taizhou"}[city]
    assert other not in tag_cities(text).cities


def test_document_province_decides_when_the_paragraph_cannot():
    ctx = city_context(["Anhui's northern cities, Huaibei and Bozhou, are poorer.", "Suzhou grows wheat."])
    assert tag_cities("Suzhou grows wheat.", context=ctx).cities == ["suzhou_ah"]
    assert tag_cities("Suzhou grows wheat.").cities == ["suzhou"]


def test_defined_abbreviation_stands_for_its_city():
    texts = ["The China-Singapore Suzhou Industrial Park (SIP) opened in 1994.",
             "SIP now hosts 5,000 foreign firms.", "The SIPS protocol is unrelated."]
    ctx = city_context(texts)
    tags = tag_cities(texts[1], context=ctx)
    assert tags.implicit == ["suzhou"] and tags.evidence["suzhou"] == ["SIP"]
    assert tag_cities(texts[2], context=ctx).cities == []
    assert tag_cities(texts[0], context=ctx).explicit == ["suzhou"]


def test_region_abbreviation_defines_no_city():
    ctx = city_context(["The Greater Bay Area (GBA) has eleven cities.", "The GBA grows fast."])
    assert tag_cities("The GBA grows fast.", context=ctx).cities == []


def test_the_city_resolves_to_the_document_city():
    tags = tag_cities("The city will build 20 new schools.", doc_city="hangzhou")
    assert tags.cities == ["hangzhou"] and tags.via["hangzhou"] == "self"
    assert tags.evidence["hangzhou"] == ["The city"]


def test_the_city_resolves_to_the_main_city_of_the_text():
    texts = ["Hangzhou is a hub of e-commerce.", "Hangzhou hosts Alibaba.", "Hangzhou's metro grew, unlike Shanghai's.",
             "The city's startups raised more money."]
    ctx = city_context(texts, title="Digital Hangzhou")
    assert ctx.focus == "hangzhou"
    assert tag_cities(texts[3], context=ctx).implicit == ["hangzhou"]


def test_the_city_next_to_another_named_city_is_that_city():
    tags = tag_cities("Ningbo's port grew and the city's exports rose.", doc_city="hangzhou")
    assert tags.cities == ["ningbo"]
    assert tag_cities("The capital is the city of Hangzhou.", doc_city="ningbo").cities == ["hangzhou"]


def test_no_main_city_when_the_text_is_about_several():
    texts = ["Hangzhou and Ningbo compete.", "Ningbo and Hangzhou cooperate.", "Hangzhou, Ningbo and Shanghai."]
    assert city_context(texts).focus is None


def test_every_city_has_english_names():
    for c in gazetteer.cities().values():
        assert c.en_names and c.en_names[0] == c.en


def test_city_id_accepts_english_and_chinese():
    assert gazetteer.city_id("Ningbo") == "ningbo" and gazetteer.city_id("宁波市") == "ningbo"
    assert gazetteer.city_id("Taizhou (Jiangsu)") == "taizhou_js" and gazetteer.city_id("hongkong") == "hongkong"


def test_zhongshan_in_chinese_needs_its_full_name():
    assert "zhongshan" not in tag_cities("复旦大学附属中山医院").cities
    assert "zhongshan" in tag_cities("中山市的家电产业").cities
