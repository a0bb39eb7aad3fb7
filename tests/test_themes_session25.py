"""English theme vocabulary found missing on en25 (issue 18, session 25), on sentences of our own:
a power plant's output and units (kilowatt-hours, megawatt units) are infrastructure; big-science
facilities (an observatory, a neutrino detector) innovation; homes built and resold for residents
and folk performances livelihood; traditional Chinese medicine as a trade industry."""

import pytest

from kb.themes import tag_themes


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "The second generating unit has produced 5 billion kilowatt-hours since it was"
            " connected in March.",
            "infrastructure",
        ),
        ("The detector of the neutrino observatory sits 700 metres underground.", "innovation"),
        (
            "A total of 9,000 flats were completed this year, and first-time buyers received"
            " grants.",
            "livelihood",
        ),
        ("Dragon dance and lion dance troupes gave folk performances in the square.", "livelihood"),
        (
            "The county has about 300 TCM enterprises trading medicinal herbs across the country.",
            "industry",
        ),
    ],
)
def test_vocabulary_found_missing_on_en25_names_its_theme(text, theme):
    assert theme in tag_themes(text, lang="en", model=False).themes


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("县交通局对“四好农村路”建设进行检查,督促各乡镇加快路面修复。", "infrastructure"),
        ("扩建工程将站内3台主变压器由750兆伏安增容为1000兆伏安。", "infrastructure"),
        ("进境水果指定监管场地通过海关验收,进口水果可在本地查验通关。", "openness"),
        ("市老年大学新校区建成,春季学期迎来首批学员。", "livelihood"),
        ("全县累计实施纺织类技术改造项目100个以上,推动企业技改提质。", "industry"),
    ],
)
def test_chinese_vocabulary_found_missing_on_zh26_names_its_theme(text, theme):
    assert theme in tag_themes(text, lang="zh", model=False).themes


def test_a_list_of_bureaus_is_who_acts_not_what_the_paragraph_is_about():
    """体育局, 文旅局 and 卫健委 issuing e-licences make no livelihood (codebook: which department
    is responsible carries no theme); a pattern or a hall ending in 局 or 厅 is no bureau."""
    text = (
        "区建管委、区教育局、区生态环境局、区体育局、区卫健委、区文旅局等发证单位在各自职责范围内"
        "按照统一规范参与编制本区的电子证照发证目录。"
    )
    assert "livelihood" not in tag_themes(text, lang="zh", model=False).themes
    assert (
        "livelihood"
        in tag_themes(
            "新建社区食堂和社区餐厅20家,为老年人提供助餐服务。", lang="zh", model=False
        ).themes
    )


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "Nitrogen dioxide concentrations fell by a fifth inside the ultra low emission zone.",
            "ecology",
        ),
        ("The spallation neutron source will add 11 neutron instruments.", "innovation"),
        ("Forty self-service check-in counters opened in the new terminal.", "infrastructure"),
        ("The town's film studios draw 200 film production crews a year.", "industry"),
        ("Inbound tourism recovered as foreign visitors returned to the old town.", "openness"),
        ("The county restored 30 historical sites and ancient buildings.", "livelihood"),
    ],
)
def test_vocabulary_found_missing_on_en26_names_its_theme(text, theme):
    assert theme in tag_themes(text, lang="en", model=False).themes


def test_tourists_from_home_and_abroad_are_tourism_not_openness():
    text = "More than 81 million domestic and overseas tourists visited the island province."
    assert "openness" not in tag_themes(text, lang="en", model=False).themes
