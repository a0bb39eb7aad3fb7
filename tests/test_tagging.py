"""Theme and city tagging: each signal and each false friend, on sentences of our own."""

import pytest

from kb import data_files
from kb.cities import tag_cities
from kb.metadata import issuing_city
from kb.themes import (
    SHORT_PARAGRAPH,
    THEMES,
    _heading_scores,
    body_names,
    is_procedural,
    lexicon,
    tag_themes,
)


@pytest.mark.parametrize(
    "text",
    [
        "加强平台建设，发展金融服务。",
        "打造美丽乡村。",
        "推进常态化监测。",
        "邀请嘉宾出席。",
        "绿水青山就是金山银山。",
        "通常情况下应当连通管网。",
        "推动苏南地区发展。",
        "环杭州湾地区协同发展。",
        "杭州湾的生态保护。",
        "东京湾已构建产业体系。",
        "深化改革，合作共赢。",
        "江苏省和安徽省合作。",
    ],
)
def test_false_friends_give_no_city(text):
    assert tag_cities(text).cities == []


@pytest.mark.parametrize(
    "text,expected",
    [
        ("加快杭甬一体化", ["hangzhou", "ningbo"]),
        ("建设沪嘉甬铁路", ["shanghai", "jiaxing", "ningbo"]),
        ("推进杭绍台高速", ["hangzhou", "shaoxing", "taizhou"]),
        ("甬舟一体化", ["ningbo", "zhoushan"]),
        ("沪苏湖高铁", ["shanghai", "suzhou", "huzhou"]),
        ("沪苏浙皖协同", ["shanghai"]),
        ("港澳服务业", ["hongkong", "macau"]),
    ],
)
def test_abbreviation_compounds(text, expected):
    assert sorted(tag_cities(text).cities) == sorted(expected)


@pytest.mark.parametrize(
    "text,city",
    [
        ("乌镇峰会", "jiaxing"),
        ("萧山机场改扩建", "hangzhou"),
        ("栎社机场航线", "ningbo"),
        ("浦东开发", "shanghai"),
        ("普陀山旅游", "zhoushan"),
        ("前湾新区建设", "ningbo"),
        ("之江实验室", "hangzhou"),
        ("杭州湾新区条例", "ningbo"),
        ("曹娥江引水", "shaoxing"),
    ],
)
def test_places_stand_for_their_city_as_implicit(text, city):
    tags = tag_cities(text)
    assert tags.cities == [city] and tags.implicit == [city]
    assert tags.evidence[city]


def test_full_names_are_explicit_with_evidence():
    tags = tag_cities("宁波市和舟山的港口")
    assert tags.explicit == ["ningbo", "zhoushan"] and tags.evidence["ningbo"] == ["宁波市"]


def test_self_reference_resolves_to_issuing_city():
    assert issuing_city(None, "宁波市港口条例") == "ningbo"
    tags = tag_cities("本市鼓励企业发展", doc_city="ningbo")
    assert tags.cities == ["ningbo"] and tags.via["ningbo"] == "self"
    assert tag_cities("本市鼓励企业发展").cities == []


def test_gazetteer_covers_required_divisions():
    raw = data_files.toml("cities.toml")["city"]
    for cid in (
        "shanghai",
        "hangzhou",
        "ningbo",
        "taizhou",
        "taizhou_js",
        "suzhou",
        "suzhou_ah",
        "hefei",
        "nanjing",
        "hongkong",
        "macau",
        "tokyo",
        "newyork",
    ):
        assert cid in raw and raw[cid]["zh"] and raw[cid]["en"]
    assert len(raw["hangzhou"]["places"]) >= 13 and len(raw["shanghai"]["places"]) >= 16


def test_lexicons_are_well_formed():
    raw = data_files.toml("themes.toml")
    assert set(raw) == {*THEMES, "codebook"}
    for theme in THEMES:
        spec = raw[theme]
        assert spec["label_zh"] and spec["label_en"] and spec["heading"]
        for weight, words in spec["zh"].items():
            assert (
                weight in ("1", "2", "3") and words and all(isinstance(w, str) and w for w in words)
            )
            assert len(words) == len(set(words)), f"duplicate word in {theme}.zh.{weight}"


def test_shared_word_decides_less():
    lex = lexicon()
    shared = [w for w, themes in lex.zh.items() if len(themes) > 1]
    assert shared and all(sum(lex.zh[w].values()) <= 3 for w in shared)


@pytest.mark.parametrize(
    "text,theme",
    [
        ("加快建设城际铁路和跨海通道，完善综合交通枢纽，提升机场航线服务能力。", "infrastructure"),
        ("深化生态环境保护，开展大气污染和水污染联合防治，严守生态保护红线。", "ecology"),
        ("扩大医疗保险异地结算范围，推进职业教育和养老服务共享。", "livelihood"),
        ("建设自由贸易试验区，优化营商环境，推进跨境电商和国际贸易便利化。", "openness"),
        ("建设国家实验室，加快科技成果转化，引进高层次人才和孵化器。", "innovation"),
        ("培育先进制造业集群，延伸产业链，发展集成电路和生物医药产业。", "industry"),
        ("Building rail transit and port infrastructure to improve transport.", "infrastructure"),
    ],
)
def test_each_theme_from_its_lexicon(text, theme):
    tags = tag_themes(text, lang="en" if text[0].isascii() else "zh")
    assert tags.themes[0] == theme and tags.evidence[theme]


def test_passing_mention_is_not_a_theme():
    text = "推进区域协同发展，完善工作机制，加强统筹协调，其中涉及一处港口。"
    assert "infrastructure" not in tag_themes(text).themes


def test_heading_weighs_on_paragraph():
    text = "统筹考虑承载力，科学划定三条控制线，联合改善区域环境。"
    plain = tag_themes(text, section="")
    under = tag_themes(text, section="4.6 绿色发展 › 4.6.1 强化生态环境协同保护")
    assert "ecology" in under.themes and under.scores["ecology"] > plain.scores.get("ecology", 0)
    assert any(e.startswith("§") for e in under.evidence["ecology"])


def test_solo_abbreviations_are_declared_once_in_the_gazetteer():
    """The one-character words that alone mean a city come from cities.toml, and each is one of
    that city's abbreviations."""
    from kb import gazetteer

    solo = gazetteer.solo_abbreviations()
    assert solo["甬"] == "ningbo" and solo["沪"] == "shanghai" and "嘉" not in solo
    assert all(a in gazetteer.cities()[c].abbr for a, c in solo.items())


# ---- the codebook's rules (shared/THEMES.md) ------------------------------------------------


def test_one_decisive_word_carries_a_short_paragraph():
    """高温津贴 names the subject: livelihood, though no other livelihood word appears (the word
    is no list's, its part 津贴 is)."""
    tags = tag_themes("上海夏季高温津贴标准从每月200元调整为300元。")
    assert tags.themes == ["livelihood"] and "津贴" in "".join(tags.evidence["livelihood"])


def test_a_decisive_word_said_again_names_the_subject_of_a_long_paragraph():
    text = (
        "记者从市人力资源和社会保障局获悉，根据最新印发的通知，本市今年六月至九月继续按月发放高温津贴，"
        "发放标准由每人每月二百元调整为三百元，用人单位不得以防暑降温饮料充抵高温津贴，"
        "也不得因此降低劳动者原有的各项待遇，相关规定自即日起执行。"
    )
    tags = tag_themes(text)
    assert "livelihood" in tags.themes
    assert "社会保障" not in tags.evidence["livelihood"]  # 人力资源和社会保障局 is a name


def test_a_decisive_word_said_in_passing_is_a_mention():
    mention = "推进区域协同发展，完善工作机制，加强统筹协调，其中涉及一处港口。"
    assert tag_themes(mention).themes == []
    subject = "推进区域协同发展，完善工作机制，加强统筹协调，建设一处港口。"
    assert tag_themes(subject).themes == ["infrastructure"]


def test_a_decisive_word_opening_a_long_paragraph_of_no_other_theme_names_its_subject():
    """No other theme has a telling word: the decisive word opening it is what the paragraph is
    about, however long the account of the day (a short paragraph's rule, session 26)."""
    text = (
        "植树造林正当其时。昨天上午，全区机关干部和志愿者三百余人来到城郊东山脚下，挥锹铲土、"
        "扶苗填坑，一株株树苗整齐排列在山坡之上，现场气氛热烈，参加活动的同志纷纷表示，"
        "今后还将定期回访浇水，确保栽一棵、活一棵、绿一片。"
    )
    assert len(text) > SHORT_PARAGRAPH
    assert tag_themes(text, model=False).themes == ["ecology"]
    assert tag_themes(text).themes == ["ecology"]
    # another theme's telling word present: one word alone no longer names the subject
    shared = text.replace("现场气氛热烈", "山下就是新建的产业园")
    assert tag_themes(shared, model=False).themes == []


def test_a_chinese_paragraph_may_name_its_subject_last():
    text = "鼓励企业事业单位和其他社会组织、工业园区、社区等举办学前教育机构。"
    assert tag_themes(text).themes == ["livelihood"]


def test_a_strong_word_said_again_names_the_subject():
    """电子商务 (weight 2) once is support for a theme; said again it is what the paragraph is
    about."""
    assert tag_themes("推动电子商务发展，鼓励电子商务模式创新。").themes == ["industry"]
    assert tag_themes("推动电子商务发展，鼓励模式创新。").themes == []


def test_a_word_that_only_sets_the_scene_decides_nothing_in_a_long_paragraph():
    text = (
        "昨天下午，市政府召开专题会议，研究部署下一阶段重点工作，会议在市第一医院报告厅举行，"
        "与会同志围绕目标任务、责任分工、时间节点和督查考核等事项逐项进行了讨论，会议要求各单位"
        "提高认识、压实责任、加强协同，确保各项工作按期完成，并及时报送进展情况。"
    )
    assert tag_themes(text).themes == []


@pytest.mark.parametrize(
    "text,not_theme",
    [
        ("为企业和群众提供更加便利的服务，提升社会和人民满意度。", "livelihood"),
        ("为企业和群众提供更加便利的服务，提升社会和人民满意度。", "industry"),
        ("帮助老年人跨越数字鸿沟，提升运用智能技术的能力。", "innovation"),
        ("规范市场秩序，支持企业发展。", "industry"),
    ],
)
def test_generic_words_never_decide_alone(text, not_theme):
    tags = tag_themes(text)
    assert not_theme not in tags.themes
    assert tags.scores.get(not_theme, 0) > 0  # they were read, and weighed, but did not decide


def test_generic_words_are_the_codebooks_and_the_commonest():
    lex = lexicon()
    for w in ("服务", "公共服务", "社会", "人民", "企业", "市场", "技术", "智能"):
        assert w in lex.generic
    assert "经济" in lex.generic  # jieba's IDF: a word of every kind of text
    assert "制造业" not in lex.generic and "津贴" not in lex.generic


@pytest.mark.parametrize(
    "text",
    [
        "全面推行一网通办，深化放管服改革，推进政务服务最多跑一次。",
        "优化行政审批流程，推动政务服务事项网上办、掌上办。",
    ],
)
def test_government_service_streamlining_has_no_theme_of_its_own(text):
    assert tag_themes(text).themes == []


@pytest.mark.parametrize(
    "text,theme,word",
    [
        ("严格控制垃圾焚烧。", "ecology", "垃圾焚烧"),
        ("提高绩效工资水平。", "livelihood", "工资水平"),
        ("建设光伏发电站。", "infrastructure", "发电站"),
    ],
)
def test_word_parts_give_their_theme_to_words_no_list_holds(text, theme, word):
    tags = tag_themes(text)
    assert theme in tags.themes and word in tags.evidence[theme]


def test_every_word_part_gives_its_theme():
    """Each morpheme listed in themes.toml tags an unlisted word made with it."""
    lex = lexicon()
    assert lex.morphemes
    for part, themes in lex.morphemes:
        word = "某某" + part
        if word in lex.zh:
            continue
        hits = dict(__import__("kb.themes", fromlist=["_word_hits"])._word_hits(word, lex))
        assert hits.get(word) == themes, part


@pytest.mark.parametrize(
    "text",
    [
        "第一条 为了加强本市生活垃圾管理，改善人居环境，促进城市精细化管理，根据《中华人民共和国"
        "固体废物污染环境防治法》等有关法律、行政法规，结合本市实际，制定本条例。",
        "第二条 本条例所称生活垃圾，是指在日常生活中或者为日常生活提供服务的活动中产生的固体废物。",
        "第六十条 本条例自2019年7月1日起施行。",
        "第二条 在深圳经济特区内实施的学前教育及相关活动，适用本条例。",
        "第五条 市绿化市容部门是本市生活垃圾管理的主管部门，负责本市生活垃圾管理工作的组织、协调、"
        "指导和监督。",
        "发展改革、生态环境、住房城乡建设等部门按照各自职责，做好生活垃圾管理的相关工作。",
    ],
)
def test_procedural_paragraphs_carry_no_theme(text):
    assert is_procedural(text, "zh")
    assert tag_themes(text).themes == []


def test_a_provision_with_substance_is_not_procedural():
    text = "第十四条 新建住宅小区应当配套建设生活垃圾分类收集设施，并与主体工程同步设计、同步建设。"
    assert not is_procedural(text, "zh")
    assert "ecology" in tag_themes(text).themes


def test_a_long_line_above_a_paragraph_is_no_heading():
    """An index written before segment.py demoted long headings may still hold one as a section:
    it weighs nothing."""
    text = "统筹考虑承载力，科学划定三条控制线，改善区域环境。"
    long = "加强生态环境保护，推进污染防治攻坚，" * 3 + "全面改善生态环境质量。"
    assert "ecology" not in tag_themes(text, section=long).themes
    assert "ecology" in tag_themes(text, section="第三章 生态保护").themes
    front = "layout: post lang: zh author: 生态环境局"
    assert "ecology" not in tag_themes(text, section=front).themes


def test_cedict_bridges_words_no_list_holds():
    """CC-CEDICT's English senses carry a word to the English lexicon's decisive phrases, as
    written (custom is not customs), only by its usual senses, never a generic one."""
    from kb.themes_bridge import bridge_word

    assert set(bridge_word(["salary", "pay"])) == {"livelihood"}
    assert set(bridge_word(["solar energy"])) == {"infrastructure"}
    assert bridge_word(["custom", "habit"]) == {}
    assert bridge_word(["service"]) == {}
    assert bridge_word(["to guide", "to direct", "to coach", "tuition"]) == {}
    lex = lexicon()
    assert "薪水" not in lex.zh and lex.bridge["薪水"] == {"livelihood": pytest.approx(2.01)}


def test_a_bridged_word_supports_but_never_decides_alone():
    lex = lexicon()
    assert all(w < 3 for themes in lex.bridge.values() for w in themes.values())
    assert tag_themes("薪水").themes == []
    assert "livelihood" in tag_themes("提高职工薪水。").themes


def test_the_bridge_file_is_current():
    """kb/data/themes_bridge.tsv is what `python -m kb.themes_bridge` writes from the lexicons
    of today (regenerate it after editing them)."""
    from kb.themes_bridge import build

    rows = {(w, t, float(x)) for w, t, x, _ in build()}
    assert rows == {(w, t, x) for w, themes in lexicon().bridge.items() for t, x in themes.items()}


@pytest.mark.parametrize(
    "text,theme",
    [
        ("用人单位应当按时足额支付劳动者工资，不得拖欠农民工工资。", "livelihood"),
        ("夏季高温期间，用人单位应当合理安排户外作业时间，落实防暑降温措施。", "livelihood"),
        ("加快发展设施农业和特色种植业，培育家庭农场和农民专业合作社。", "industry"),
        ("推进茶园标准化建设，提升茶叶加工水平和品牌影响力。", "industry"),
        ("建设海上风电基地，推进分布式光伏和储能项目。", "infrastructure"),
        ("完善电网主网架结构，加快特高压输电通道建设。", "infrastructure"),
        ("开展应对气候变化行动，控制温室气体排放。", "ecology"),
        ("推进无废城市建设，提高固体废物资源化利用水平。", "ecology"),
        ("推行垃圾分类，建设可回收物回收网点。", "ecology"),
        ("推进紧密型县域医共体建设，提升基层医疗卫生服务能力。", "livelihood"),
        ("增加普惠性学前教育资源，推进义务教育优质均衡发展。", "livelihood"),
        ("筹集保障性租赁住房，解决新市民和青年人住房困难。", "livelihood"),
        ("支持企业开拓国际市场，扩大机电产品出口，推进外贸转型升级。", "openness"),
        ("加快城际铁路和市域轨道交通建设，完善公交线网。", "infrastructure"),
        ("建设重大科研平台，支持高校和科研院所开展基础研究。", "innovation"),
        ("加强居家社区养老服务，发展老年助餐和上门照护。", "livelihood"),
    ],
)
def test_the_codebooks_categories_each_get_their_theme(text, theme):
    """Labour, agriculture, energy, climate, waste, health, education, housing, trade, transport,
    research, care for the elderly: one sentence of our own each."""
    assert theme in tag_themes(text).themes


@pytest.mark.parametrize(
    "text",
    [
        "外国人来本市工作的，出入境管理部门应当为其办理签证和居留提供便利。",
        "鼓励国际组织在本市设立代表机构。",
        "支持设立国际学校，为外籍人员子女就学提供便利。",
        "支持本市与国际友好城市开展交流合作。",
        "鼓励本市高等学校与境外高水平大学联合办学。",
        "鼓励华侨回乡投资兴业。",
        "鼓励国（境）外人才来本市工作。",
    ],
)
def test_openness_covers_foreign_people_places_and_bodies(text):
    """The codebook's international cooperation and exchange in a regulation's words: foreigners
    and their visas, bodies and cities abroad, overseas Chinese, 国（境）外 with its brackets."""
    assert "openness" in tag_themes(text).themes


def test_a_lexicon_entry_jieba_cuts_apart_is_taken_whole():
    """jieba cuts 国（境）外 as 国/(/境/)/外 and a body's name into several words: each is one
    entry."""
    assert "国(境)外" in tag_themes("欢迎国（境）外专家来访。").considered["openness"]
    assert tag_themes("由人力资源和社会保障局负责。").considered == {}


def test_research_abroad_in_a_review_is_not_openness():
    """国外 (abroad) in a literature review names where others studied, not foreign exchange."""
    text = "国外对城市群的研究历史较为久远，众多学者对城市发展进行了研究。"
    assert "openness" not in tag_themes(text, kind="analysis").themes


# ---- regulations that say 本市 (issue 18: the genre of eval/zh/heldout) ----------------------


def test_the_department_that_acts_does_not_make_an_article_about_its_field():
    """市交通行政管理部门 names who acts: its 交通 weighs as a generic word and decides nothing."""
    penalty = "由市交通行政管理部门责令限期改正，并处一万元以上三万元以下罚款。"
    assert tag_themes(penalty).themes == []
    assert tag_themes(penalty).scores["infrastructure"] > 0  # read, and weighed, as a name
    subject = "市交通行政管理部门应当会同有关部门加快轨道交通线路建设。"
    assert tag_themes(subject).themes == ["infrastructure"]


def test_a_list_of_departments_is_names():
    words = "市人民政府 的 劳动 保障 、 教育 等 有关 职能部门 应当 公布".split()
    assert {words[i] for i in body_names(words)} == {"劳动", "保障", "教育", "职能部门"}
    words = "市 生态环境 局 和 建设 完善 的 交通网络".split()
    assert {words[i] for i in body_names(words)} == {"生态环境"}
    text = "市人民政府的劳动保障、教育等有关职能部门应当定期公布有关信息。"
    assert tag_themes(text).themes == []


def test_fields_listed_in_passing_do_not_decide():
    """A list of fields of several themes (等领域) is what something is done to: here opening."""
    assert tag_themes("推进电信、医疗、交通运输、教育等领域扩大开放。").themes == ["openness"]
    one_theme = "推进教育、医疗、养老等领域补短板，提升民生保障水平。"
    assert tag_themes(one_theme).themes == ["livelihood"]


def test_a_place_in_the_city_is_a_scene():
    """在本市医院: the hospital is where foreign patients pay, not the article's subject."""
    text = "在本市医院就诊的外籍人员，可以按照规定使用外币支付费用。"
    assert tag_themes(text).themes == ["openness"]


def test_a_heading_word_inside_another_themes_word_is_not_the_heading():
    """能源 in 节约能源 is energy saving (ecology), not the energy supply of infrastructure."""
    assert set(_heading_scores("第三章 合理使用与节约能源")) == {"ecology"}
    assert set(_heading_scores("第二章 能源供应")) == {"infrastructure"}


@pytest.mark.parametrize(
    "text,theme",
    [
        ("用能单位应当降低能耗，提高能源利用效率。", "ecology"),
        ("新建项目应当依法进行环境影响评价。", "ecology"),
        ("建设资源节约型、环境友好型社会。", "ecology"),
        ("鼓励开展科学技术研究，促进成果应用。", "innovation"),
    ],
)
def test_the_vocabulary_of_regulations(text, theme):
    assert tag_themes(text).themes == [theme]


@pytest.mark.parametrize(
    "text,not_theme",
    [
        ("开展执法检查，加强对条例实施情况的监督。", "openness"),
        ("坚持改革开放，推动高质量发展。", "openness"),
        ("因劳动报酬发生争议的，可以申请仲裁；对仲裁裁决不服的，可以提起诉讼。", "openness"),
        ("在安全保护区内作业的，应当经过管理部门同意。", "ecology"),
        ("在安全保护区内作业的，应当经过管理部门同意。", "livelihood"),
    ],
)
def test_words_of_every_regulation_decide_nothing(text, not_theme):
    assert not_theme not in tag_themes(text).themes


@pytest.mark.parametrize(
    "text",
    [
        "区排水行政主管部门应当定期巡查排水管道和泵站，及时疏通堵塞。",
        "新建住宅小区的雨水、污水排水设施应当与主体工程同步建设。",
        "市政公用设施的产权单位应当定期维护，保证其正常使用。",
        "供热单位应当在供暖期内保证室内温度达到规定标准。",
        "申请经营城市公共交通线路的，应当具备相应的车辆和驾驶人员。",
        "公交企业应当按照核定的线路、站点和时刻表运营。",
    ],
)
def test_municipal_utilities_and_public_transport_are_infrastructure(text):
    """The codebook's municipal facilities, water supply and transport: drainage, pumping
    stations, public utilities, heating, buses (themes.toml, infrastructure)."""
    assert "infrastructure" in tag_themes(text).themes


def test_technology_extension_is_innovation():
    """农业技术推广 carries research results to farms: technology transfer, not 技术 alone."""
    text = "县人民政府应当健全基层农业技术推广体系，稳定技术推广队伍。"
    assert "innovation" in tag_themes(text).themes


@pytest.mark.parametrize(
    "text,theme",
    [
        ("对农业生产经营主体发放农机购置补贴，补贴资金直接拨付到户。", "industry"),
        ("对符合条件的企业给予研发补贴，补贴比例不超过百分之三十。", "innovation"),
    ],
)
def test_a_subsidy_is_the_theme_of_whoever_gets_it(text, theme):
    """补贴 said again does not make a paragraph about welfare: farmers' or firms' subsidies are
    their own theme."""
    tags = tag_themes(text)
    assert theme in tags.themes and "livelihood" not in tags.themes


def test_preferential_treatment_is_not_welfare():
    """优惠待遇 (tax breaks, grants) is no 待遇 of pensions or wages."""
    text = "以虚假材料骗取税收减免等优惠待遇的，由税务部门追缴。"
    assert "livelihood" not in tag_themes(text).themes
    assert "livelihood" in tag_themes("退休人员的基本养老金待遇按月足额发放。").themes


def test_a_heading_alone_decides_a_paragraph_that_names_no_theme():
    """A measure under 第四章 生态保护 is ecology (codebook) even when it names none of its words;
    a paragraph with words of its own is still read by them."""
    silent = "任何单位和个人不得在禁止区域内摆摊设点、堆放杂物。"
    assert tag_themes(silent).themes == []
    assert tag_themes(silent, section="第四章 生态环境保护").themes == ["ecology"]
    own = "任何单位不得在禁止区域内举办招聘活动，保障劳动者就业权利。"
    assert "ecology" not in tag_themes(own, section="第四章 生态环境保护").themes


def test_conventions_and_exhibitions_are_an_industry_and_international_fairs_are_openness():
    """会展业 is a service industry (codebook: services as a sector); only an international fair
    or an expo is openness."""
    text = "本市培育会展业市场主体，支持会展企业做大做强，推动会展业与旅游、文化产业融合发展。"
    tags = tag_themes(text)
    assert "industry" in tags.themes and "openness" not in tags.themes
    assert "openness" in tag_themes("积极引进国际会展项目，办好进口博览会。").themes


def test_a_slogan_naming_a_chapter_is_no_heading_of_a_theme():
    """第三章 创新发展 names a slogan, not research: its measures are read by their own words."""
    assert "innovation" not in _heading_scores("第三章 创新发展")
    assert "innovation" in _heading_scores("第三章 科技创新")
    text = "每年十月举办茶文化节，市和县人民政府应当组织开展宣传活动。"
    assert "innovation" not in tag_themes(text, section="第三章 创新发展").themes


@pytest.mark.parametrize(
    "text,theme",
    [
        ("对依法办理民间借贷登记的当事人，县级人民政府可以给予奖励。", "industry"),
        ("企业可以通过发行债券融资，并按照约定偿还本息。", "industry"),
        ("证明商标的注册人应当允许符合条件的生产企业使用该商标。", "industry"),
        ("急救中心接到呼救后，应当立即调派救护车赶赴现场。", "livelihood"),
        ("禁止在饮用水水源保护区内从事网箱养殖。", "ecology"),
        ("禁止在城市建成区内露天焚烧落叶和秸秆。", "ecology"),
        ("金融机构应当创新绿色金融产品和服务。", "ecology"),
        ("科协应当组织科普志愿者深入社区开展科普讲座。", "innovation"),
    ],
)
def test_the_vocabulary_of_regulations_outside_the_region(text, theme):
    """Finance as a sector, trademarks as brands, emergency medicine, drinking-water sources,
    burning, green finance and popular science (themes.toml)."""
    assert theme in tag_themes(text).themes


def test_a_trademark_is_no_foreign_trade():
    assert "openness" not in tag_themes("生产企业可以申请使用集体商标和证明商标。").themes


def test_a_list_of_places_is_the_scene():
    """机场、车站、学校等人员密集场所 say where a duty applies; the places name several themes in
    passing (a note in brackets belongs to its item)."""
    text = "机场、火车站、长途客运站（场）、学校、医院等人员密集场所应当配置急救药箱。"
    tags = tag_themes(text)
    assert "infrastructure" not in tags.themes
    assert "livelihood" in tags.themes


def test_two_abbreviations_before_a_place_noun_are_that_place_s_name():
    """金湖县 and 金湖国家湿地公园 name 金湖, not 金华 and 湖州; a listed compound before any word
    (甬金高速) and a pair before another word (嘉湖地区) still name their cities."""
    from kb.cities import tag_cities

    assert tag_cities("金湖国家湿地公园位于湖北省。").cities == []
    assert tag_cities("金湖县的湿地").cities == ["huaian"]  # Huai'an's county, not 金华 + 湖州
    assert tag_cities("甬金高速公路").cities == ["ningbo", "jinhua"]
    assert tag_cities("嘉湖地区").cities == ["jiaxing", "huzhou"]
