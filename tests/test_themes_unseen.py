"""Theme rules drawn from documents nobody here had used (issue 18, fourth pass): a noun's plural
the stemmer does not meet, what a place is or who gains said in passing, and vocabulary by field
(wage arrears, wildlife, sanitation facilities, farming, a firm's corporate finance, development
banks as funders) — each on sentences of our own."""

import pytest

from kb.themes import passing_spans, tag_themes


@pytest.mark.parametrize(
    "text",
    [
        "The city replaced all its diesel buses with new ones last year.",
        "Free buses now run to the hospital every hour.",
    ],
)
def test_a_plural_the_stemmer_does_not_meet_still_counts(text):
    """Snowball stems bus to bus and buses to buse: the lexicon lists each word's plural too."""
    assert "infrastructure" in tag_themes(text, lang="en").themes


@pytest.mark.parametrize(
    ("text", "lang", "absent", "present"),
    [
        (
            "Jiaxing is a major industrial and manufacturing city on the canal, and its lakes and "
            "wetlands are being restored to cut water pollution.",
            "en",
            "industry",
            "ecology",
        ),
        (
            "The new sewage plant keeps the river clean, benefiting 2 million urban and rural "
            "residents along its banks.",
            "en",
            "livelihood",
            "ecology",
        ),
        (
            "佛山是全国重要的制造业基地和家电产业集群，全市加快河道综合整治，削减污染物排放，改善水环境。",
            "zh",
            "industry",
            "ecology",
        ),
        (
            "新建污水处理厂削减污染物排放，改善河道水质，惠及沿线10万户居民和数百所学校、医院。",
            "zh",
            "livelihood",
            "ecology",
        ),
    ],
)
def test_what_a_place_is_or_who_gains_sets_the_scene(text, lang, absent, present):
    """THEMES.md: words that only set the scene decide nothing: a city's profile (a major
    industrial city, 重要的制造业基地) and a count of beneficiaries (benefiting 2 million residents,
    惠及10万居民) say what a place is or who gains, not what the paragraph is about."""
    tags = tag_themes(text, lang=lang)
    assert absent not in tags.themes
    assert present in tags.themes


def test_a_profile_is_found_where_it_is_said():
    text = "Fuzhou is a major commercial, industrial, and financial center. It exports tea."
    assert [text[a:b] for a, b in passing_spans(text, "en")] == [
        "is a major commercial, industrial, and financial center"
    ]
    assert passing_spans("Hong Kong's role is as an aviation hub.", "en") == []


@pytest.mark.parametrize(
    ("text", "lang", "theme"),
    [
        ("确保欠薪案件春节前动态清零。", "zh", "livelihood"),
        ("在湖区越冬的鸟类数量持续增加。", "zh", "ecology"),
        ("保护区内的野生动物数量明显回升。", "zh", "ecology"),
        ("The tea planting program was started in 2014 by local officials.", "en", "industry"),
        ("New public toilets opened in the old town this spring.", "en", "infrastructure"),
        ("It sold its 45% equity interest to a shareholder.", "en", "industry"),
        ("Migratory birds returned to the lake this winter.", "en", "ecology"),
        (
            "Gross profit rose to RMB 1.2 billion and earnings per share to RMB 0.45.",
            "en",
            "industry",
        ),
        ("Net profit fell by 12 percent on the previous year.", "en", "industry"),
        (
            "The district laid new pipe networks to end waterlogging in the rainy season.",
            "en",
            "infrastructure",
        ),
        (
            "Crews renovated 40 old residential communities in the district this year.",
            "en",
            "livelihood",
        ),
        ("街道为3个老旧小区加装电梯。", "zh", "livelihood"),
        ("The terminal aims to become a green port with zero emission trucks.", "en", "ecology"),
        (
            "The office promotes international collaboration among the cities of the region.",
            "en",
            "openness",
        ),
    ],
)
def test_the_vocabulary_of_unseen_fields(text, lang, theme):
    """Wage arrears (欠薪, 治欠), wildlife (鸟类, 野生动物, migratory birds), farming (tea
    planting), municipal sanitation and drainage (public toilets, pipe networks, waterlogging), old
    residential communities and their lifts (老旧小区, 加装电梯), international collaboration, a
    green port and zero emissions, and a firm's corporate finance and results (equity interest,
    shareholder, gross and net profit)."""
    assert theme in tag_themes(text, lang=lang).themes


def test_a_development_bank_funding_a_project_is_no_finance():
    """The World Bank named as a project's funder is not finance as a sector."""
    text = "With financial support from the World Bank, the county cleaned up its polluted rivers."
    tags = tag_themes(text, lang="en")
    assert "industry" not in tags.themes
    assert "ecology" in tags.themes


@pytest.mark.parametrize(
    "text",
    ["会议由市政府办公厅负责召集，各成员单位派员参加。", "市政协委员视察了老年食堂。"],
)
def test_a_city_government_holds_no_municipal_works(text):
    """市政府 and 市政协 are bodies: the 市政 (municipal works) inside them is no infrastructure."""
    assert "infrastructure" not in tag_themes(text).considered


def test_municipal_works_still_count():
    assert "infrastructure" in tag_themes("加快推进市政道路和排水管网改造。").themes
