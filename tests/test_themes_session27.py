"""English vocabulary session 27's fresh set en29 lacked (issue 18), on sentences of our own:
renting a home (tenants, rent freezes, rent control) is housing, livelihood; a small grid of its
own (an island's microgrid) and storing power are energy, infrastructure."""

import pytest

from kb.themes import tag_themes


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("The board voted to freeze rents, a relief for tenants across the city.", "livelihood"),
        (
            "Rent control keeps rent-stabilized apartments within reach of working families.",
            "livelihood",
        ),
        ("A microgrid was put into operation on the fishing island last month.", "infrastructure"),
        ("The county's pumped storage station opened to visitors this spring.", "infrastructure"),
        ("A free flu shot is offered at the district's clinics from Monday.", "livelihood"),
        ("Coal mining subsidence has swallowed farmland around the village.", "ecology"),
        ("A new seawall now shields the low-lying district from storm tides.", "infrastructure"),
        (
            "Volunteers visit left-behind children in the mountain villages every weekend.",
            "livelihood",
        ),
        ("Inspectors found sludge and an oil spill near the outlet.", "ecology"),
    ],
)
def test_the_words_of_renting_and_of_small_grids(text, theme):
    tags = tag_themes(text, lang="en")
    assert theme in tags.themes and tags.evidence[theme]


def test_renting_words_cross_to_chinese_through_the_dictionary():
    """The bridge (kb/themes_bridge.py) carries tenant to 租户 and 承租人; landlord is left out,
    whose senses reach 大户 (种粮大户, a large grain-growing household) and 地主."""
    assert "livelihood" in tag_themes("保障承租人和租户的合法权益，规范住房租赁市场。").themes
    assert "livelihood" not in tag_themes("扶持种粮大户发展粮食生产。").considered


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("今年全市新增地热能供暖面积四百万平方米，清洁取暖覆盖率进一步提高。", "infrastructure"),
        ("市红十字会在广场开展人体器官捐献宣传活动，普及相关知识。", "livelihood"),
        ("边民互市贸易区每天有上万名边民参与交易。", "openness"),
        ("调查在海湾发现约三百公顷的海草床，以鳗草为优势种群。", "ecology"),
        ("巡天望远镜发布首批天文观测图像，可开展时域巡天研究。", "innovation"),
        ("回迁安置小区今天举行交房仪式，村民领到新房钥匙。", "livelihood"),
        ("辖区接种门诊提供免费三价流感疫苗，先到先得。", "livelihood"),
        ("乡村篮球赛总决赛今晚开幕，二十支农民球队参赛。", "livelihood"),
        ("采煤塌陷区面积持续扩大，最大下沉已超过二十米。", "ecology"),
        ("西部陆海新通道新开多条国际物流线路。", "openness"),
        ("示范区页岩气年产量突破一百亿立方米。", "infrastructure"),
        ("科考船从上海出发，前往南极开展第四十次极地考察。", "innovation"),
        ("新学期县里新购置三十辆校车，接送偏远山区学生上下学。", "livelihood"),
    ],
)
def test_codebook_fields_the_chinese_lexicon_lacked(text, theme):
    """Heating and geothermal energy, organ donation, border trade, seagrass, astronomy, the
    handover of resettlement homes, vaccination, sport, mining subsidence and trade corridors:
    fields of the codebook zh29, zh27 and zh24 found missing."""
    tags = tag_themes(text)
    assert theme in tags.themes and tags.evidence[theme]


@pytest.mark.parametrize(
    "text",
    [
        "第二条 在本市行政区域内从事养老服务活动，适用本条例。法律、行政法规另有规定的，从其规定。",
        "第四条 市卫生健康部门主管全市医疗急救工作。财政部门负责保障医疗急救经费。",
        "法律、法规对英雄烈士保护、文物保护、历史文化街区和历史建筑保护有规定的，从其规定。",
        "市卫生健康委新闻发言人某某：各位媒体朋友，大家上午好！今天我们邀请到市卫生健康部门负责同志，介绍健康城市建设和医疗卫生服务情况。",
    ],
)
def test_a_statutes_scope_and_its_bodies_charges_are_procedural(text):
    """THEMES.md: a law's scope and which department is responsible carry no theme, also when the
    scope names its exception (另有规定的，从其规定), the exception stands alone, or several bodies
    are each given a charge; a press conference's opening greeting is procedural too."""
    assert tag_themes(text).themes == []


def test_a_greeting_that_opens_a_statement_keeps_the_statements_theme():
    text = (
        "各位媒体朋友，大家上午好！首先我介绍一下今年以来全市稳就业工作情况。今年全市城镇新增就业"
        "六万人，发放创业担保贷款三亿元，帮扶困难人员就业八千人。零工市场服务灵活就业人员两万人次，"
        "农民工工资支付保障工作扎实推进。"
    )
    assert "livelihood" in tag_themes(text).themes
