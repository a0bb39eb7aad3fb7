"""Theme rules drawn from the misses of eval/real/zh8 (scored once, then studied) and of
eval/zh/heldout (issue 18, seventh pass), each on sentences of our own."""

import pytest

from kb.chinese import cut
from kb.themes import tag_themes


@pytest.mark.parametrize(
    "text",
    [
        "县小微企业贷款风险补偿资金应当优先支持诚信经营的企业。",
        "对中小微企业给予一次性稳岗补助和融资担保费用减免。",
        "区政府对新增规上企业和入库小微企业分别给予一次性奖励。",
    ],
)
def test_firms_by_size_are_industry(text):
    """Firms named by their size (小微企业, 中小微企业, 规上企业) are the subject of credit and
    relief for firms: industry, as 中小企业 already was, however jieba would have cut them."""
    assert "industry" in tag_themes(text).themes


def test_a_small_firm_word_is_one_word():
    """小微企业 is one word, not 县小微|企业: the lexicon feeds jieba's user dictionary."""
    assert "小微企业" in cut("县小微企业贷款风险补偿资金")


def test_technology_firms_and_their_funds_are_innovation():
    """A certified technology firm (科技型中小企业, 高新技术企业) and an innovation fund are
    innovation (codebook: finance for young technology firms), not two generic words."""
    tags = tag_themes("争取市创新基金项目3项，组织10家企业申报省创新基金项目。")
    assert "innovation" in tags.themes
    assert "industry" not in tag_themes("组织企业完成科技型中小企业认定工作。").telling


@pytest.mark.parametrize(
    "text",
    [
        "各级机关在政府采购、公共资源交易、招标投标等活动中，应当查询企业信用记录。",
        "县公共资源交易中心全年完成交易项目320个。",
    ],
)
def test_public_procurement_is_no_public_service(text):
    """公共资源交易 (tenders, government purchases) is how a government buys: no livelihood, though
    公共资源 alone (public resources residents share) is."""
    assert "livelihood" not in tag_themes(text).themes
    assert "livelihood" not in tag_themes(text).considered


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("武汉纺织大学获批省部共建纺织新材料与先进加工技术国家重点实验室。", "industry"),
        ("华东交通大学牵头组建轨道交通基础设施性能监测与保障全国重点实验室。", "infrastructure"),
        ("省农业科学院与宁波大学联合建设农产品质量安全国家重点实验室。", "industry"),
    ],
)
def test_a_research_bodys_name_is_no_field(text, wrong):
    """A laboratory's or a university's name holds a field (新材料, 轨道交通, 农产品) that names the
    body: the paragraph is about research, not the field."""
    tags = tag_themes(text)
    assert wrong not in tags.themes and wrong not in tags.telling
    assert "innovation" in tags.telling


def test_university_students_are_no_university_name():
    """大学生 are students: the words before them are not a university's name."""
    assert "openness" in tag_themes("鼓励外贸企业吸纳大学生就业，支持跨境电商发展。").telling


@pytest.mark.parametrize(
    "text",
    [
        "坚持因地制宜，科学制定改造目标，科学合理确定改造计划。",
        "科学安排运行方式，科学调度，确保供应平稳。",
    ],
)
def test_scientifically_is_no_research(text):
    """科学 before a verb (科学制定, 科学安排) says how a thing is done, not research: said twice
    it weighs as a passing word and no longer decides innovation."""
    assert "innovation" not in tag_themes(text).themes


def test_science_as_a_noun_is_still_research():
    """The noun (科学传播, 科学思想, 科学精神) still says science: popularising it is innovation."""
    assert "innovation" in tag_themes("建立大众科学传播体系，传播科学思想，弘扬科学精神。").themes


@pytest.mark.parametrize(
    "text",
    [
        "今年计划完成棚户区改造1200户，改善困难群众居住条件。",
        "推进城中村改造和危旧房改造，完成棚改800户。",
    ],
)
def test_housing_renewal_and_conditions_are_livelihood(text):
    """Housing renewal beside old residential communities (棚户区改造, 危旧房, 城中村改造) and the
    housing conditions it improves are livelihood (codebook: housing)."""
    assert "livelihood" in tag_themes(text).themes


def test_an_international_day_is_openness():
    """A city's international day (国际日), one word of its own, names international exchange."""
    assert "openness" in tag_themes("每年10月18日为“宁波国际日”。").themes


@pytest.mark.parametrize(
    "text",
    [
        "支持企业与境外高校共建国际联合实验室，开展技术合作。",
        "鼓励本地高校与海外知名大学合作举办学院。",
    ],
)
def test_a_foreign_partner_is_no_research_bodys_name(text):
    """A foreign partner named before a laboratory or a university (境外高校, 海外知名大学) is who
    the body works with: openness still counts."""
    assert "openness" in tag_themes(text).telling
