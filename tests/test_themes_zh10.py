"""Theme rules drawn from the misses of eval/real/zh10 and eval/real/en9 (each scored once, then
studied; issue 18, session 14), each on sentences of our own."""

import pytest

from kb import theme_shapes
from kb.chinese import cut, normalise
from kb.themes import _heading_scores, lexicon_tags, tag_themes


@pytest.mark.parametrize(
    "text",
    [
        "法国达索系统公司华东总部落户常州，主要从事工业软件销售。",
        "全市今年新引进日企12家、韩企8家。",
        "该区持续深化对韩经贸合作。",
        "中意（宁波）生态园今年新开工项目9个。",
    ],
)
def test_a_foreign_firm_named_by_its_country_is_openness(text):
    """A firm, a tie or a park named by its foreign country (法国…公司, 日企, 对韩合作, 中意…
    生态园) is a foreign firm's presence or international cooperation: openness."""
    assert "openness" in tag_themes(text).themes


@pytest.mark.parametrize(
    "text",
    [
        "A Swedish bearing maker opened its second plant in the district.",
        "Two Korean-funded companies signed supply deals with local carmakers.",
    ],
)
def test_a_foreign_firm_named_by_its_country_is_openness_in_english(text):
    assert "openness" in tag_themes(text, lang="en").themes


@pytest.mark.parametrize(
    "text", ["节日资金发放到位，困难群众按时领取。", "德国总理访华期间中国企业签署多项协议。"]
)
def test_no_foreign_firm_across_a_word_or_a_chinese_firm(text):
    """日资 inside 节日|资金 starts no word, and a Chinese firm after a country is not foreign."""
    words = cut(normalise(text))
    starts, at = set(), 0
    for w in words:
        starts.add(at)
        at += len(w)
    assert theme_shapes.foreign_firms("".join(words), "zh", starts) == []


@pytest.mark.parametrize(
    "text",
    [
        "区人民法院少年家事审判庭去年审结涉未成年人案件46件，向12个家庭发出家庭教育指导令。",
        "派出所民警走进社区和学校，向老年人和学生讲解养老诈骗、兼职刷单等骗局。",
    ],
)
def test_whom_a_court_or_the_police_protect_is_no_livelihood(text):
    """Courts and police carry no theme (codebook): the children, families, elderly and students
    a case or an anti-fraud talk concerns do not make it livelihood."""
    assert "livelihood" not in tag_themes(text).themes


@pytest.mark.parametrize(
    "text",
    [
        "Police rescued 120 abducted children and returned them to schools and families after "
        "arresting 30 suspects.",
        "Courts heard 2,000 cases on the rights of women and children, and judges visited schools "
        "to teach students about the law.",
    ],
)
def test_whom_a_court_or_the_police_protect_is_no_livelihood_in_english(text):
    assert "livelihood" not in tag_themes(text, lang="en").themes


def test_the_same_people_outside_a_court_still_count():
    """Without a court or the police, children and families are livelihood's as before."""
    text = "街道为辖区儿童和老年人开设托管服务，让双职工家庭安心上班。"
    assert "livelihood" in tag_themes(text).themes


def test_telecom_fraud_is_no_infrastructure():
    """电信网络诈骗 names a crime the police fight (诈骗 makes the paragraph theirs), not telecom
    networks."""
    tags = tag_themes("街道开展防范电信网络诈骗宣传，提醒居民当心电信诈骗新手法。")
    assert "infrastructure" not in tags.themes


def test_a_land_ports_port_is_a_port_of_entry():
    """In a paragraph about a land port and customs clearance, "port" is the port of entry:
    openness by the codebook, not infrastructure."""
    text = "Customs clearance at the land port takes ten minutes; the port expects more trucks."
    tags = lexicon_tags(text, lang="en")
    assert "port" in tags.considered["openness"]
    assert "port" not in tags.considered.get("infrastructure", [])
    assert "openness" in tag_themes(text, lang="en").themes


def test_a_seaports_port_is_still_infrastructure():
    text = "The port added four container berths and deepened its channel this year."
    assert "port" in lexicon_tags(text, lang="en").considered["infrastructure"]


@pytest.mark.parametrize(
    "text,theme",
    [
        ("镇里组织干部巡查秸秆禁烧，发现火点及时处置。", "ecology"),
        ("全市登记技术合同2400项，成交额增长15%。", "innovation"),
        ("今年上半年欧盟对华投资增长12%，多家在华企业追加投资。", "openness"),
    ],
)
def test_vocabulary_zh10_lacked(text, theme):
    """Straw-burning bans (禁烧) are air pollution control, technology contracts (技术合同) are
    technology transfer, investment into China (对华投资, 在华企业) is foreign investment."""
    assert theme in tag_themes(text).themes


@pytest.mark.parametrize(
    "text,theme",
    [
        ("A new rice variety bred by an agronomist's team raised yields.", "innovation"),
        ("Farmers in the county planted hybrid rice on 2,000 hectares.", "industry"),
        ("Officials urged faster growth of the silver economy.", "livelihood"),
        ("Local firms will take 500 vocational students as interns this summer.", "livelihood"),
        ("Inbound trains rose 17 percent while outbound trains were flat.", "openness"),
    ],
)
def test_vocabulary_en9_lacked(text, theme):
    """New crop varieties and agronomists (research), hybrid rice (a crop), the silver economy
    and interns (livelihood), inbound and outbound flows (openness)."""
    assert theme in tag_themes(text, lang="en").themes


def test_a_water_tariff_is_a_utility_price():
    """A water tariff is a utility's price (infrastructure), not a customs duty (openness)."""
    tags = tag_themes("The city raised its water tariff to pay for new pipes and pumps.", lang="en")
    assert "openness" not in tags.themes


@pytest.mark.parametrize(
    "text",
    ["德国著名厨具品牌双立人在上海设立亚太总部。", "园区内一家中美合资企业扩建了两条生产线。"],
)
def test_a_foreign_brand_headquarters_or_joint_venture_is_openness(text):
    """A brand or headquarters named by its country (德国…品牌, …总部) and a two-country joint
    venture (中美合资企业) are foreign firms' presence: openness."""
    assert "openness" in tag_themes(text).themes


def test_a_firms_plant_in_a_foreign_country_is_openness():
    text = "The Chinese battery maker is building a US plant in Michigan."
    assert "openness" in tag_themes(text, lang="en").themes


def test_one_court_word_is_enough():
    """A court named once (人民法院 protecting women and children) is still a court paragraph."""
    assert "livelihood" not in tag_themes("人民法院持续加强妇女儿童权益保护。").themes


def test_a_hyphenated_word_the_police_work_with_is_generic():
    """e-commerce (as e + commerce) among the firms police work with against fraud: no industry."""
    text = "Police worked with banks and e-commerce platforms to freeze the accounts of scam gangs."
    assert "industry" not in tag_themes(text, lang="en").themes


def test_a_land_port_heading_heads_openness():
    """A heading or title naming a land or border port heads openness, not infrastructure; a
    seaport's heading still heads infrastructure."""
    assert set(_heading_scores("Erenhot Land Port")) == {"openness"}
    assert set(_heading_scores("Port of Ningbo adds four berths")) == {"infrastructure"}


def test_the_traffic_crossing_a_land_port_is_no_infrastructure():
    """Passengers, freight and trucks crossing a land port are what crosses the border (the port
    of entry's, openness), not transport infrastructure."""
    text = "Passenger traffic through the land port doubled as freight trucks queued for clearance."
    tags = tag_themes(text, lang="en")
    assert "infrastructure" not in tags.themes and "openness" in tags.themes


def test_the_same_traffic_elsewhere_is_still_transport():
    tags = lexicon_tags("Passenger traffic on the new metro line doubled this year.", lang="en")
    assert "passenger" in [w.lower() for w in tags.considered["infrastructure"]]


@pytest.mark.parametrize(
    "text", ["公司新设博士后科研工作站，引进博士后3名。", "该站是国家野外科学观测研究站。"]
)
def test_research_talent_posts_and_field_stations_are_innovation(text):
    """Postdoctoral researchers and their stations, field research stations: research."""
    assert "innovation" in tag_themes(text).themes


def test_goods_carried_or_traded_are_named_in_passing():
    """The kinds of goods a train carries or a port imports (货物涵盖…, 进口商品主要有…) are named
    in passing: the trade is the subject, not the industries of the goods."""
    text = "今年开行的班列货物涵盖新能源汽车、集成电路、生物医药等上千个品类。"
    assert "industry" not in tag_themes(text).themes
