"""English tagging: city names, places, regions, shared pinyin, defined abbreviations, "the city",
and the six themes on stems and phrases — each rule on sentences of our own."""

import pytest

from kb import gazetteer
from kb.cities import city_context, tag_cities


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Shanghai's port is the busiest in the world.", ["shanghai"]),
        ("Several Ningbo-based exporters moved inland.", ["ningbo"]),
        ("The Hangzhou-Ningbo high-speed line cut travel time.", ["hangzhou", "ningbo"]),
        ("The Ningbo-Zhoushan Port handled 35 million TEU.", ["ningbo", "zhoushan"]),
        ("HANGZHOU'S DIGITAL ECONOMY", ["hangzhou"]),
        ("Investors from Hong Kong and Macao, and from HK and Macau again.", ["hongkong", "macau"]),
        ("Suzhou Industrial Park attracts foreign investment.", ["suzhou"]),
        ("Trade between Xi'an and Huai'an grew.", ["xian", "huaian"]),
    ],
)
def test_english_names_are_explicit(text, expected):
    tags = tag_cities(text)
    assert sorted(tags.cities) == sorted(expected)
    assert sorted(tags.explicit) == sorted(expected)
    assert all(tags.evidence[c] for c in expected)


@pytest.mark.parametrize(
    "text,city",
    [
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
        ("By November, Meishan Bonded Area had handled 3 million TEUs.", "ningbo"),
        ("In Changxing county, Meishan town built a conveyor belt to the wharf.", "huzhou"),
    ],
)
def test_english_places_stand_for_their_city_as_implicit(text, city):
    tags = tag_cities(text)
    assert tags.cities == [city] and tags.implicit == [city]
    assert tags.evidence[city]


@pytest.mark.parametrize(
    "text",
    [
        "Hangzhou Bay is shallow and its tides are strong.",
        "Bridges across Hangzhou Bay shorten the trip.",
        "Zhejiang province leads in private enterprise.",
        "The Greater Bay Area and the Yangtze River Delta compete.",
        "The Guangdong-Hong Kong-Macao Greater Bay Area plan was published.",
        "The Shanghai Cooperation Organisation held a summit.",
        "A shop on Nanjing Road sold out.",
        "visit www.hangzhou.gov.cn for details",
        "The city invests in schools.",  # no document city: nothing to resolve it to
    ],
)
def test_english_false_friends_give_no_city(text):
    assert tag_cities(text).cities == []


@pytest.mark.parametrize(
    "text,city",
    [
        ("Suzhou has canals and gardens.", "suzhou"),
        ("In Anhui province, Suzhou grows wheat.", "suzhou_ah"),
        ("Hefei, Bengbu and Suzhou form a northern corridor.", "suzhou_ah"),
        ("Suzhou, Wuxi and Changzhou are manufacturing hubs.", "suzhou"),
        ("Taizhou is known for private carmakers.", "taizhou"),
        ("Taizhou in Jiangsu province builds ships.", "taizhou_js"),
        ("Jiangsu's Taizhou hosts a medical city.", "taizhou_js"),
        ("Taizhou, Wenzhou and Ningbo form a coastal belt.", "taizhou"),
    ],
)
def test_shared_pinyin_is_decided_by_the_province_in_view(text, city):
    assert city in tag_cities(text).cities
    other = {
        "suzhou": "suzhou_ah",
        "suzhou_ah": "suzhou",
        "taizhou": "taizhou_js",
        "taizhou_js": "taizhou",
    }[city]
    assert other not in tag_cities(text).cities


def test_document_province_decides_when_the_paragraph_cannot():
    ctx = city_context(
        ["Anhui's northern cities, Huaibei and Bozhou, are poorer.", "Suzhou grows wheat."]
    )
    assert tag_cities("Suzhou grows wheat.", context=ctx).cities == ["suzhou_ah"]
    assert tag_cities("Suzhou grows wheat.").cities == ["suzhou"]


def test_defined_abbreviation_stands_for_its_city():
    texts = [
        "The China-Singapore Suzhou Industrial Park (SIP) opened in 1994.",
        "SIP now hosts 5,000 foreign firms.",
        "The SIPS protocol is unrelated.",
    ]
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
    texts = [
        "Hangzhou is a hub of e-commerce.",
        "Hangzhou hosts Alibaba.",
        "Hangzhou's metro grew, unlike Shanghai's.",
        "The city's startups raised more money.",
    ]
    ctx = city_context(texts, title="Digital Hangzhou")
    assert ctx.focus == ("hangzhou",)
    assert tag_cities(texts[3], context=ctx).implicit == ["hangzhou"]


def test_the_city_next_to_another_named_city_is_that_city():
    tags = tag_cities("Ningbo's port grew and the city's exports rose.", doc_city="hangzhou")
    assert tags.cities == ["ningbo"]
    assert tag_cities("The capital is the city of Hangzhou.", doc_city="ningbo").cities == [
        "hangzhou"
    ]


def test_no_main_city_when_the_text_is_about_several():
    texts = [
        "Hangzhou and Ningbo compete.",
        "Ningbo and Hangzhou cooperate.",
        "Hangzhou, Ningbo and Shanghai.",
    ]
    assert city_context(texts).focus == ()


def test_a_pair_named_as_one_is_the_main_city_pair():
    texts = [
        "The Ningbo-Zhoushan Port is the world's busiest.",
        "Ningbo and Zhoushan share the port.",
        "Ningbo-Zhoushan handled more cargo.",
        "The port added 20 routes.",
    ]
    ctx = city_context(texts)
    assert ctx.focus == ("ningbo", "zhoushan")
    assert tag_cities(texts[3], context=ctx).implicit == ["ningbo", "zhoushan"]


def test_hyphened_spelling_of_a_place():
    tags = tag_cities("Lin-gang will open a data port.")
    assert tags.implicit == ["shanghai"] and tags.evidence["shanghai"] == ["Lin-gang"]


def test_every_city_has_english_names():
    for c in gazetteer.cities().values():
        assert c.en_names and c.en_names[0] == c.en


def test_city_id_accepts_english_and_chinese():
    assert gazetteer.city_id("Ningbo") == "ningbo" and gazetteer.city_id("宁波市") == "ningbo"
    assert (
        gazetteer.city_id("Taizhou (Jiangsu)") == "taizhou_js"
        and gazetteer.city_id("hongkong") == "hongkong"
    )


def test_zhongshan_in_chinese_needs_its_full_name():
    assert "zhongshan" not in tag_cities("复旦大学附属中山医院").cities
    assert "zhongshan" in tag_cities("中山市的家电产业").cities


# ---- themes ---------------------------------------------------------------------------------

from kb import data_files  # noqa: E402
from kb.kinds import classify_kind  # noqa: E402
from kb.themes import THEMES, lexicon, tag_themes  # noqa: E402


@pytest.mark.parametrize(
    "text,theme",
    [
        (
            "The city will extend its metro lines, build a new high-speed railway "
            "station and ease traffic congestion.",
            "infrastructure",
        ),
        (
            "New container terminals and deep-water berths will lift the port's "
            "throughput to 40 million TEUs.",
            "infrastructure",
        ),
        (
            "A provincial data platform and two new data centers will serve the whole region.",
            "infrastructure",
        ),
        (
            "The province will attract venture capital and angel investment for "
            "start-ups and build incubators.",
            "innovation",
        ),
        (
            "Research institutes and university laboratories will share patents and "
            "train young scientists.",
            "innovation",
        ),
        (
            "Manufacturing firms will upgrade their supply chains and form clusters of "
            "advanced manufacturing.",
            "industry",
        ),
        (
            "The free trade zone simplifies customs clearance and opens more sectors to "
            "foreign investment.",
            "openness",
        ),
        (
            "Residents will get better public services: more school places, hospital "
            "beds and elderly care.",
            "livelihood",
        ),
        (
            "Factories must cut carbon emissions, treat their wastewater and switch to "
            "renewable energy.",
            "ecology",
        ),
    ],
)
def test_each_english_theme_from_its_lexicon(text, theme):
    tags = tag_themes(text, lang="en")
    assert tags.themes[0] == theme and len(tags.evidence[theme]) >= 2


def test_stems_match_any_form_of_a_word():
    one = tag_themes("Innovating firms rely on patented inventions and research.", lang="en")
    two = tag_themes("Innovation relies on patents, invention and researchers.", lang="en")
    assert "innovation" in one.themes and "innovation" in two.themes


def test_start_up_is_one_word_however_written():
    lex = lexicon().en
    assert lex[("startup",)] == lex[("start", "up")]


def test_finance_for_young_firms_is_innovation_not_industry():
    tags = tag_themes(
        "Venture capital funds and angel investors back start-ups in their seed rounds.", lang="en"
    )
    assert tags.themes == ["innovation"]


def test_a_passing_mention_is_not_a_theme_in_english():
    tags = tag_themes(
        "The meeting, held near the port, discussed the annual work plan of the committee.",
        lang="en",
    )
    assert "infrastructure" not in tags.themes
    tags = tag_themes(
        "Officials said the schedule was set and the documents were signed.", lang="en"
    )
    assert tags.themes == []


def test_region_names_lend_no_words_to_themes():
    tags = tag_themes(
        "Leaders of the Yangtze River Delta and the Greater Bay Area met in the river city.",
        lang="en",
    )
    assert "ecology" not in tags.themes


def test_english_heading_weighs_on_paragraph():
    text = (
        "The plan sets out the steps for the next three years "
        "and names who answers for each of its targets."
    )
    plain = tag_themes(text, lang="en")
    under = tag_themes(text, section="3 Green development › 3.1 Cutting pollution", lang="en")
    assert "ecology" not in plain.themes and "ecology" in under.themes
    assert any(e.startswith("§") for e in under.evidence["ecology"])


def test_english_lexicons_are_well_formed_and_generous():
    raw = data_files.toml("themes_en.toml")
    assert set(THEMES) <= set(raw)
    for theme in THEMES:
        words = [w for k in ("w3", "w2", "w1") for w in raw[theme].get(k, [])]
        assert len(words) >= 60, theme
        assert len(words) == len(set(words)), f"duplicate word in {theme}"
        assert raw[theme]["heading"]


# ---- kinds ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path,text,kind",
    [
        ([], "By 2025, the port will handle 40 million TEUs.", "goal"),
        (["Key tasks"], "The city upgrades its port.", "measure"),
        (["Background"], "The city will upgrade its port.", "analysis"),
        (["Conclusions"], "The port grew fast.", "conclusion"),
        (["Executive summary"], "The port will grow fast.", "abstract"),
        (["Summary and outlook"], "The port will grow fast.", "conclusion"),
        (["Objectives"], "Container throughput doubles.", "goal"),
        (["2 The port"], "The city will build two new container terminals.", "measure"),
        (["2 The port"], "Promote sea-rail transport and expand the hinterland.", "measure"),
        (
            ["2 The port"],
            "Huzhou has introduced a carbon accounting system for companies.",
            "measure",
        ),
        (["2 The port"], "The port handled 35 million TEUs last year.", "analysis"),
        (["2 The port"], "\u201cWe will open more routes,\u201d the manager said.", "analysis"),
    ],
)
def test_english_kind_by_the_same_rules(path, text, kind):
    assert classify_kind(path, text, None, first=False, lang="en") == kind


def test_english_news_without_headings():
    assert (
        classify_kind([], "Ningbo opened its first rail line in 2014.", None, first=True, lang="en")
        == "abstract"
    )
    assert (
        classify_kind([], "The city will open two more lines.", None, first=False, lang="en")
        == "measure"
    )
    assert (
        classify_kind([], "Ridership grew by a fifth.", None, first=False, lang="en") == "analysis"
    )


def test_chinese_kinds_unchanged():
    assert classify_kind([], "到2025年，港口吞吐量明显提升。", None, first=False) == "goal"
    assert classify_kind(["一、发展背景"], "加快建设港口。", None, first=False) == "analysis"
    assert classify_kind(["二、主要任务"], "港口吞吐量提升。", None, first=False) == "measure"
    assert classify_kind(["二、港口"], "加快建设港口。", None, first=False) == "measure"
    assert classify_kind([], "加快建设港口。", None, first=False) == "measure"
    assert classify_kind([], "港口吞吐量提升。", None, first=False) == "analysis"
    assert (
        classify_kind(["第一章 总则"], "第三条 港口经营人应当遵守本条例。", None, first=False)
        == "measure"
    )


def test_british_and_american_spellings_meet():
    us = tag_themes(
        "The port organization will optimize harbor logistics and the container center.", lang="en"
    )
    uk = tag_themes(
        "The port organisation will optimise harbour logistics and the container centre.", lang="en"
    )
    assert us.themes == uk.themes == ["infrastructure"] and us.scores == uk.scores


def test_a_place_name_after_a_surname_is_a_person():
    assert tag_cities("The plan was explained by Li Haiyan, the deputy director.").cities == []
    assert tag_cities("Haiyan county has a nuclear power plant.").cities == ["jiaxing"]
    assert tag_cities("Wang Hao visited Ningbo.").cities == ["ningbo"]


# ---- the codebook's rules in English (shared/THEMES.md) ------------------------------------


@pytest.mark.parametrize(
    "text,not_theme",
    [
        (
            "The service is open daily, and everyone is treated equally, with support for people.",
            "livelihood",
        ),
        ("Companies in the market will get support for business development.", "industry"),
        ("Smart technology will make digital services easier to use.", "innovation"),
    ],
)
def test_generic_english_words_never_decide_alone(text, not_theme):
    tags = tag_themes(text, lang="en")
    assert not_theme not in tags.themes and tags.scores.get(not_theme, 0) > 0


def test_one_decisive_english_word_carries_a_short_paragraph():
    tags = tag_themes("Outdoor workers get a heat allowance of 300 yuan a month.", lang="en")
    assert tags.themes == ["livelihood"]
    tags = tag_themes("Pensions will rise by 3 percent from July.", lang="en")
    assert tags.themes == ["livelihood"] and tags.evidence["livelihood"] == ["Pensions"]


@pytest.mark.parametrize(
    "text,theme",
    [
        ("The province will install rooftop solar panels on 10,000 homes.", "infrastructure"),
        ("The mall became the city's first waste-free shopping centre.", "ecology"),
        ("Tea farming and farm produce bring the county most of its income.", "industry"),
    ],
)
def test_english_follows_the_codebook_for_energy_waste_and_farming(text, theme):
    assert theme in tag_themes(text, lang="en").themes


def test_english_government_service_streamlining_has_no_theme_of_its_own():
    """THEMES.md: no theme of its own; livelihood (services to residents) or openness (business
    environment) is optional, so either may be given, nothing else (innovation for online)."""
    text = "Residents can now use one-stop online government services and run at most once."
    assert set(tag_themes(text, lang="en").themes) <= {"livelihood", "openness"}


@pytest.mark.parametrize(
    "text",
    [
        "These Regulations are formulated in accordance with the Law on the Prevention and "
        "Control of Environmental Pollution by Solid Wastes and in light of the city's situation.",
        "These Regulations shall come into force on 1 July 2019.",
    ],
)
def test_english_procedural_paragraphs_carry_no_theme(text):
    assert tag_themes(text, lang="en").themes == []


@pytest.mark.parametrize(
    "text,theme",
    [
        ("Employers must pay migrant workers' wages in full and on time.", "livelihood"),
        (
            "Outdoor work stops above 40 degrees, and workers get a heat allowance.",
            "livelihood",
        ),
        (
            "The county will expand tea plantations and help farmers sell agricultural products.",
            "industry",
        ),
        (
            "The city will build offshore wind farms and rooftop solar power stations.",
            "infrastructure",
        ),
        (
            "The plan sets targets to cut greenhouse gas emissions and adapt to climate change.",
            "ecology",
        ),
        ("Residents must sort household waste into four categories for recycling.", "ecology"),
        ("Community hospitals will get more doctors and better equipment.", "livelihood"),
        ("More public kindergartens and primary schools will open in new districts.", "livelihood"),
        ("The city will supply 50,000 affordable rental homes for young people.", "livelihood"),
        ("Exports of mechanical and electrical products rose 12 percent.", "openness"),
        (
            "The new high-speed railway cuts travel time between the two cities to one hour.",
            "infrastructure",
        ),
        (
            "Universities and research institutes will receive funding for basic research.",
            "innovation",
        ),
        (
            "Elderly people living alone will get meal deliveries and home care visits.",
            "livelihood",
        ),
    ],
)
def test_the_codebooks_categories_each_get_their_theme_in_english(text, theme):
    """The same categories as test_tagging.py's, in sentences of our own."""
    assert theme in tag_themes(text, lang="en").themes


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "Li Wei of the Harbor Logistics Group and the Suzhou Industrial Park Administration "
            "met officials.",
            "infrastructure",
        ),
        (
            "Wang Fang, head of the Yangshan Deep-Water Port Management Office, attended "
            "the dinner.",
            "infrastructure",
        ),
    ],
)
def test_words_inside_a_proper_name_do_not_decide(text, theme):
    """A capitalised name's inner words (Harbor Logistics, Deep-Water Port) name a place or a
    body, not the paragraph's subject."""
    assert theme not in tag_themes(text, lang="en").themes


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("The Zhejiang Laboratory hired 200 staff this year.", "innovation"),
        ("The Zhoushan Free Trade Zone welcomed 300 new members in 2023.", "openness"),
    ],
)
def test_a_names_last_words_still_say_what_it_is(text, theme):
    """The name's head (a Laboratory, a Free Trade Zone) names a thing of the theme."""
    assert theme in tag_themes(text, lang="en").themes


def test_a_title_in_title_case_has_no_names_to_skip():
    """A title written in capitals throughout is not one long name."""
    from kb.themes import name_spans

    assert name_spans("New Industrial Park Opens In Suzhou") == []
    assert name_spans("Officials of the Suzhou Industrial Park met in Lin-gang.") == [(17, 39)]


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "Officials said it was important to keep the old street as it was; its importance "
            "lies in what residents remember.",
            "openness",  # important, importance: not import (the stemmer reads both as import)
        ),
        ("Customers queued at the new bakery, which allowed them to taste first.", "openness"),
        (
            "Visitors naturally linger in the old town, and the shop keepers firmly believe in it.",
            "ecology",  # naturally is not nature
        ),
    ],
)
def test_a_word_the_stemmer_conflates_with_a_listed_word_does_not_decide(text, theme):
    """Snowball gives important and import, customers and customs, allowed and allowance one
    stem; only a listed word's own inflections (ports, traded, innovating) carry its weight."""
    assert theme not in tag_themes(text, lang="en").themes


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("Imports and exports through the free trade zone rose by a fifth.", "openness"),
        ("Innovating firms rely on patented inventions and researchers.", "innovation"),
        ("Polluted rivers and polluting plants will be cleaned up by 2025.", "ecology"),
    ],
)
def test_a_listed_words_inflections_still_count(text, theme):
    assert theme in tag_themes(text, lang="en").themes


def test_gdp_and_economic_growth_set_the_scene_for_industry():
    """THEMES.md: "the economy" or GDP in a scene-setting sentence is not industry."""
    text = (
        "Though the city has reported fast economic growth and its GDP rose by 8 percent last "
        "year, many farmers in its mountain villages still live on less than 10 yuan a day."
    )
    assert "industry" not in tag_themes(text, lang="en").themes
    industry = "Manufacturing and the auto industry lifted GDP."
    assert "industry" in tag_themes(industry, lang="en").themes


def test_two_supporting_words_make_no_theme_without_a_decisive_one():
    """Two telling words decide when both are strong, or one of them is decisive: kitchen
    equipment and a tax break do not make a canteen story industry; fee cuts for the private
    sector do make one."""
    canteen = (
        "In the city there are a thousand sites like the cafeteria. Local communities usually "
        "provide the space and the kitchen equipment, and the caterers that run them pay no tax "
        "on what they earn from the meals they serve to people over seventy."
    )
    fees = (
        "Statistics show that in the first seven months of the year the city cut a total of "
        "39.5 billion yuan in fees, effectively easing the burden that the pandemic had put on "
        "the private sector and its owners, who had asked for relief for the whole year."
    )
    assert "industry" not in tag_themes(canteen, lang="en").themes
    assert "industry" in tag_themes(fees, lang="en").themes


@pytest.mark.parametrize(
    ("text", "section", "theme"),
    [
        (  # a slogan: the community of a shared future is no residents' community
            "We hope the region builds a community with a shared future, a community in which "
            "each city finds its best place.",
            "",
            "livelihood",
        ),
        (  # data moving inside a government is not data crossing a border
            "In 2021 the province began integrating data flow with decision-making in its offices.",
            "",
            "openness",
        ),
        (  # an exhibition centre is a venue
            "Supporting facilities such as a conference and exhibition center and a gymnasium "
            "will be completed next year.",
            "",
            "openness",
        ),
        (  # "digital" before a service is the service's theme, not innovation
            "Pilot value-added telecommunications services and online data processing.",
            "I. Developing Digital Services",
            "innovation",
        ),
    ],
)
def test_scene_words_slogans_and_venues_carry_no_theme(text, section, theme):
    assert theme not in tag_themes(text, section, lang="en").themes


def test_data_crossing_a_border_is_still_openness():
    text = "The area has established guidelines for cross-border data flows and data exports."
    assert "openness" in tag_themes(text, lang="en").themes


def test_the_capital_of_a_place_is_no_capital_of_a_firm():
    """A city's rank ("Hangzhou, capital of Zhejiang province") weighs for no theme; registered
    capital still does."""
    rank = tag_themes("Hangzhou, capital of Zhejiang province, hosted the games.", lang="en")
    firm = tag_themes("The firm raised its registered capital to 10 million yuan.", lang="en")
    assert "capital" not in rank.considered.get("industry", [])
    assert "registered capital" in firm.considered.get("industry", [])


@pytest.mark.parametrize(
    "text",
    [
        '"The ride was short and very convenient," her mother said as the family got off the bus.',
        "Most of the county's population lives along the river, and many travel to the city.",
    ],
)
def test_everyday_people_and_qualities_decide_no_livelihood(text):
    """A story's mother, family and trip, a convenient ride, a head count: no subject of their own
    (THEMES.md: "people" in a slogan); they still add weight beside a telling word."""
    assert "livelihood" not in tag_themes(text, lang="en").themes
    care = "Family doctors now visit elderly residents of the county at home every month."
    assert "livelihood" in tag_themes(care, lang="en").themes


def test_customs_as_traditions_are_no_border_service():
    tradition = "Villagers here keep their festivals and customs, and their old songs."
    border = "Customs clearance for exporters at the port now takes less than a day."
    assert "openness" not in tag_themes(tradition, lang="en").themes
    assert "openness" in tag_themes(border, lang="en").themes
