"""Theme rules drawn from the misses of eval/real/en11 and en10 (issue 18, session 16), each on
sentences of our own: a word of two senses listed only in its telling phrases (offshore, quota,
charging), and a purpose clause, which carries no theme by the codebook."""

import pytest

from kb.themes import is_procedural, tag_themes


def themes(text: str) -> list[str]:
    return tag_themes(text, lang="en").themes


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        (
            "Jiangsu will build offshore solar farms along its northern coast.",
            "openness",
            "infrastructure",
        ),
        ("Offshore wind power capacity reached 5 GW.", "openness", "infrastructure"),
        (
            "Emission quotas will be auctioned to power plants and cement makers.",
            "openness",
            "ecology",
        ),
        ("The province launched emissions trading for 200 heavy emitters.", "openness", "ecology"),
        ("A household sickbed is charged at 80 yuan per visit.", "infrastructure", None),
    ],
)
def test_a_word_of_two_senses_counts_only_in_its_telling_phrases(text, absent, present):
    got = themes(text)
    assert absent not in got and (present is None or present in got)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("The bank opened an offshore RMB clearing centre for foreign traders.", "openness"),
        (
            "Tariff quotas on wheat and import quotas on sugar were relaxed under the agreement.",
            "openness",
        ),
        ("The city built 300 charging piles for electric buses.", "infrastructure"),
    ],
)
def test_the_telling_phrases_still_count(text, theme):
    assert theme in themes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Article 1 In order to promote the development of the port economy and in accordance with "
        "the relevant laws, these Measures are formulated.",
        "To regulate the management of the innovation fund, in accordance with the Budget Law, "
        "these Rules are hereby formulated.",
        "Article 1 (Purpose) These Detailed Rules are formulated for the purpose of building a "
        "modern industrial system and providing housing for skilled workers.",
        'Article 2 (Definitions) The term "port fee" as used in these Measures refers to the '
        "charges levied on ships and cargo at the container terminals.",
    ],
)
def test_a_purpose_clause_carries_no_theme(text):
    assert is_procedural(text, "en")
    assert themes(text) == []


def test_a_paragraph_that_only_mentions_measures_is_no_purpose_clause():
    text = "To support exporters, the measures formulated last year cut port fees by 20 percent."
    assert not is_procedural(text, "en")


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "The sown area of rice rose to 2 million mu and the yield per mu to 500 kilograms.",
            "industry",
        ),
        (
            "Equity investment firms and asset management companies moving here will be rewarded.",
            "industry",
        ),
        (
            "The freight train now reaches 120 cities in 30 countries and regions on its routes.",
            "openness",
        ),
    ],
)
def test_a_fields_own_figures_and_firms_name_it(text, theme):
    """A harvest told by its sown area and yield per mu is farming; equity investment and asset
    management firms are finance as a sector; "countries and regions" is a reach abroad."""
    assert theme in themes(text)


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        ("大力发展离岸贸易和离岸金融业务。", None, "openness"),
        ("省里向242家控排企业分配碳排放配额，并启动配额拍卖。", "openness", "ecology"),
        ("今年全省粮食生产各项指标全面完成。", "openness", None),
    ],
)
def test_chinese_words_of_two_senses_are_named_in_the_lexicon_not_bridged(text, absent, present):
    """CC-CEDICT bridged every word glossed "quota" or "offshore" (指标, 配额, 离岸) to openness;
    the Chinese lexicon now names the senses that are (离岸贸易, 进口配额) and those that are
    ecology's (碳排放配额)."""
    got = tag_themes(text)
    assert absent is None or absent not in got.considered
    assert present is None or present in got.themes


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("So far 184,000 talent apartments have been built for young graduates.", "en"),
        ("Talent housing subsidies totalling 300 million yuan were paid this year.", "en"),
        ("今年筹集人才公寓5000套，发放人才住房补贴。", "zh"),
    ],
)
def test_housing_for_talent_is_housing_not_research(text, lang):
    """THEMES.md: talent is innovation's when it does research; a flat for it is livelihood's
    (en10's talent-housing pages)."""
    got = tag_themes(text, lang=lang).themes
    assert "livelihood" in got and "innovation" not in got


def test_research_talent_stays_innovation():
    assert "innovation" in themes("The city will bring top talent to its new laboratories.")


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        (
            "The Canton Fair allows buyers from abroad to meet suppliers and partners.",
            "livelihood",
            "openness",
        ),
        (
            "The carmaker's new headquarters was officially opened for use, and the opening of the "
            "building marks an important step.",
            "openness",
            None,
        ),
        ("Workers should be paid a fair wage, on time and in full.", None, "livelihood"),
    ],
)
def test_a_fair_and_an_opening_say_little_alone(text, absent, present):
    """en12 (spent): the Canton Fair is a trade fair, not fairness; a headquarters opened is no
    opening-up; fair pay is still livelihood with its other words."""
    got = themes(text)
    assert absent is None or absent not in got
    assert present is None or present in got


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("全省231个城市黑臭水体中，218个已完成整治。", "zh"),
        ("The city has cleaned up 40 black and odorous water bodies since 2019.", "en"),
    ],
)
def test_black_and_odorous_water_is_ecology(text, lang):
    """zh13 (spent): 黑臭水体, the term of urban water-pollution campaigns, in both languages."""
    assert "ecology" in tag_themes(text, lang=lang).themes


@pytest.mark.parametrize(
    "text",
    [
        "The 144-hour visa-free transit policy now covers four more exit ports, including the "
        "airport and a ferry terminal.",
        "Travellers may now leave through the ports of exit at the airport and the ferry terminal.",
    ],
)
def test_ports_of_exit_and_visa_free_transit_are_openness(text):
    """en14 (spent): a port a traveller leaves the country through is a port of entry (THEMES.md:
    customs and ports of entry are openness), and visa-free transit crosses the border."""
    assert "openness" in themes(text)
