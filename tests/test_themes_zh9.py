"""Theme rules drawn from the misses of eval/real/zh9 and eval/real/en8 (each scored once, then
studied; issue 18, session 13), each on sentences of our own."""

import pytest

from kb.themes import tag_themes


@pytest.mark.parametrize(
    "text",
    [
        "区人社局在人民广场举办春季招聘会，求职者可现场投递简历。",
        "街道为返乡人员提供招聘信息，帮助他们应聘附近工厂。",
    ],
)
def test_looking_for_work_is_livelihood(text):
    """A job fair and job seekers are employment (codebook: livelihood), as 就业 already was."""
    assert "livelihood" in tag_themes(text).themes


@pytest.mark.parametrize(
    "text", ["县里持续加强非物质文化遗产保护。", "镇上举办非遗展示活动，吸引村民观看。"]
)
def test_intangible_heritage_is_culture(text):
    """非遗 (intangible cultural heritage) is culture, a livelihood subject."""
    assert "livelihood" in tag_themes(text).themes


@pytest.mark.parametrize(
    "text", ["开发区今年新引进韩资企业5家，台资企业3家。", "园区内的日资企业扩大了在华生产规模。"]
)
def test_a_firm_funded_from_one_country_is_openness(text):
    """韩资企业, 台资企业: foreign-funded firms named by their country are openness, as
    外资企业 was."""
    assert "openness" in tag_themes(text).themes


@pytest.mark.parametrize(
    "text",
    [
        "机关党支部组织党员开展党性教育和廉政警示教育。",
        "全体党员按时参加组织生活会和民主生活会。",
    ],
)
def test_party_education_and_organisational_life_are_no_livelihood(text):
    """A party's education of its members (党性教育) and its organisational life (民主生活会) are
    party affairs: no schooling, no living conditions."""
    assert "livelihood" not in tag_themes(text).themes


def test_traffic_law_enforcement_is_no_infrastructure():
    """Policing drink-driving and traffic offences (交通违法, 道路交通安全) is public security, not
    transport infrastructure."""
    tags = tag_themes("交警大队开展夜间交通违法行为整治，全力保障道路交通安全。")
    assert "infrastructure" not in tags.themes


@pytest.mark.parametrize(
    "text",
    [
        "Tourism has reshaped the old fishing town over the past decade.",
        "The family now runs a homestay beside the lake.",
    ],
)
def test_tourism_and_homestays_are_livelihood(text):
    """Tourism is livelihood by the codebook (industry only as the tourism industry)."""
    assert "livelihood" in tag_themes(text, lang="en").themes


@pytest.mark.parametrize(
    "text",
    [
        "The people's courts of every county reported to the local people's congress.",
        "The province's local people's courts concluded 2 million cases, up 5 percent.",
    ],
)
def test_peoples_courts_are_a_name(text):
    """ "people's courts" (and "local people's courts", "local people's congress") name the
    bodies: they say nothing of people's livelihood, not even a word the lexicon weighs."""
    tags = tag_themes(text, lang="en")
    assert "livelihood" not in tags.themes and "livelihood" not in tags.considered


@pytest.mark.parametrize("text", ["县里培育汽车零部件产业生态圈。", "着力营造循环畅通的产业生态。"])
def test_an_industrys_ecosystem_is_industry(text):
    """产业生态 is an industry's firms and suppliers (as "industry ecosystem" is in English), not
    nature: industry, never ecology."""
    tags = tag_themes(text)
    assert "ecology" not in tags.themes and "industry" in tags.themes


@pytest.mark.parametrize(
    "text", ["今年全乡种植水稻三千亩，推广机插秧技术。", "镇里组织农户扩种小麦和玉米。"]
)
def test_grain_crops_are_agriculture(text):
    """Rice, wheat and maize (水稻, 小麦, 玉米) are farm products: industry, as 粮食 and 蔬菜
    were."""
    assert "industry" in tag_themes(text).themes


def test_looking_for_a_job_is_employment():
    """找工作 (looking for a job) is employment, a livelihood subject."""
    assert "livelihood" in tag_themes("不少返乡青年想在家门口找工作。").themes
