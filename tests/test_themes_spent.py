"""Theme rules drawn from the misses of the spent kept-aside Chinese sets (issue 18, fifth pass;
eval/STUDIED.md, "Theme misses of the spent Chinese kept-aside sets"): a paragraph that only repeals
a document or sends a matter to other rules, the list of principles a field follows, and the
vocabulary of social insurance, farm products and utility networks — each on sentences of our
own."""

import pytest

from kb.themes import is_procedural, tag_themes


@pytest.mark.parametrize(
    "text",
    [
        "本办法施行后，《某市关于调整城乡居民医疗保险缴费标准的通知》(某政发〔2015〕8号)同时废止。",
        "第四十条 《某市城市公共汽车客运管理办法》同时废止。",
        "渔业船舶、远洋运输船舶等的污染防治，按照国家有关规定执行。",
        "第二十二条 高等学校附属医院的收费标准按照本市相关规定执行。",
    ],
)
def test_a_repeal_or_a_deferral_carries_no_theme(text):
    """THEMES.md: procedural paragraphs carry no theme: one that only repeals an earlier document
    (its title's words, 医疗保险, name the document, not the subject) or only sends a matter to
    other rules (……按照国家有关规定执行)."""
    assert is_procedural(text, "zh")
    assert tag_themes(text).themes == []


def test_a_repeal_inside_a_measure_is_no_procedure():
    """A paragraph that acts and then repeals keeps its theme: the repeal must be all it says."""
    text = "市人民政府应当提高城乡居民基本养老金标准。《某市养老金调整办法》同时废止。"
    assert not is_procedural(text, "zh")
    assert "livelihood" in tag_themes(text).themes


@pytest.mark.parametrize(
    ("text", "subject", "passing"),
    [
        (
            "第四条 供水工作遵循统一规划、节约用水、节能环保、安全可靠、方便群众的原则。",
            "infrastructure",
            "ecology",
        ),
        (
            "第三条 义务教育工作坚持公益普惠、节能环保、就近入学、均衡发展的原则。",
            "livelihood",
            "ecology",
        ),
    ],
)
def test_a_list_of_principles_names_each_in_passing(text, subject, passing):
    """The principles a field follows (遵循……的原则) are said in passing: 节能环保 among them makes
    no ecology article; the field named before them (供水, 义务教育) is its subject."""
    tags = tag_themes(text)
    assert passing not in tags.themes
    assert subject in tags.themes


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("参保人员死亡后，其个人账户储存额可以依法继承。", "livelihood"),
        ("退休人员的社会化管理工作由街道负责组织。", "livelihood"),
        ("统筹基金不足支付时，由同级财政予以补助。", "livelihood"),
        ("镇里依托山地资源发展特色水果产业，带动农户增收。", "industry"),
    ],
)
def test_the_vocabulary_of_social_insurance_and_farm_products(text, theme):
    """Words by field, not by sentence: the insured, their funds and retirement (参保人员, 统筹基金,
    退休, 失业保险, 住房公积金) are social security (livelihood); fruit, vegetables and other farm
    products (水果, 蔬菜, 果品) with a word of farming or industry are agriculture (industry)."""
    assert theme in tag_themes(text).themes


def test_insurance_as_social_security_is_no_finance():
    """失业保险 and 生育保险 are social security, not insurance as a financial sector (保险)."""
    tags = tag_themes("城镇职工失业保险和生育保险的缴费比例按年度公布。")
    assert tags.themes == ["livelihood"]


def test_a_farm_product_alone_decides_nothing():
    """A farm product is a strong word, not a decisive one: a fruit named in a school canteen's
    menu makes no industry paragraph."""
    assert "industry" not in tag_themes("学校食堂每天为学生提供水果。").themes


@pytest.mark.parametrize(
    "text",
    [
        "县级人民政府应当组织编制地下管线和综合管廊专项规划。",
        "住宅小区应当按照规定配建电动汽车充电设施。",
        "电力企业应当保障重点用户用电，不得擅自提高电费标准。",
        "义乌国际陆港建成后，年货运能力达到五百万吨。",
    ],
)
def test_utility_networks_by_kind(text):
    """Words by field: municipal pipelines and their tunnels (管线, 综合管廊), charging facilities
    and power use (充电设施, 用电, 电费) are infrastructure (codebook: energy, municipal
    facilities)."""
    assert "infrastructure" in tag_themes(text).themes
