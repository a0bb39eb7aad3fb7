"""Theme rules from the misses of the spent sets eval/real/zh21 and en21 (issue 18, session 23), on
sentences of our own: a river or a lake named (Huaihe River, Chaohu Lake) is a place, not the
environment, while the same words said of the water itself still count; the Yangtze's fishing ban
(禁渔, 禁捕退捕, fishing ban) is ecology, in both languages; 共富 (common prosperity, as in
共富工坊) is livelihood."""

import pytest

from kb.themes import tag_themes


def _themes(text: str) -> list[str]:
    return tag_themes(text, lang="en" if text.isascii() else "zh").themes


@pytest.mark.parametrize(
    "text",
    [
        "The section opened on Wednesday connects Huaihe River and Chaohu Lake, the largest "
        "freshwater lake in the province.",
        "The canal joins the Yangtze River with Chaohu Lake and Huaihe River.",
    ],
)
def test_a_river_or_lake_named_is_a_place_not_the_environment(text):
    assert "ecology" not in _themes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Efforts to clean up the Huaihe River have cut pollution sharply.",
        "The river was cleaned and the lake restored to health.",
    ],
)
def test_a_river_cleaned_is_still_ecology(text):
    assert "ecology" in _themes(text)


@pytest.mark.parametrize(
    "text",
    [
        "长江十年禁渔全面实施，沿江各地加强巡查。",
        "全面完成禁捕退捕任务，渔民上岸安置。",
        "Fishermen along the river handed in their boats under the fishing ban.",
    ],
)
def test_the_fishing_ban_is_ecology(text):
    assert "ecology" in _themes(text)


def test_common_prosperity_workshops_are_livelihood():
    assert "livelihood" in _themes("村里建起共富工坊，留守妇女在家门口就能增收。")


# zh22, once scored, showed the lexicon short of recent policy words the codebook names: computing
# power as digital infrastructure, embodied AI and robots as research, wildlife released into the
# wild and greenways as ecology, city reading rooms as public culture; sentences of our own.
@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("某市智算中心一期建成投运，新增算力500P，服务全省企业。", "infrastructure"),
        ("建设算力网络枢纽节点，推进东数西算工程。", "infrastructure"),
        ("人形机器人走进工厂车间，具身智能产品加快落地。", "innovation"),
        ("支持企业研发大模型，推动生成式人工智能应用。", "innovation"),
        ("今年开展扬子鳄野外放归，野外种群持续恢复。", "ecology"),
        ("沿江建设碧道200公里，串联沿线村镇。", "ecology"),
        ("江段开展增殖放流，长江江豚频繁现身。", "ecology"),
        ("全市新建城市书房15家，推进全民阅读。", "livelihood"),
        ("建设零工市场，为灵活就业人员提供岗位信息。", "livelihood"),
    ],
)
def test_recent_policy_words_carry_their_codebook_theme(text, theme):
    assert theme in _themes(text)


def test_a_venue_opened_to_the_public_is_no_opening_to_the_world():
    assert "openness" not in _themes("全市新建城市书房15家，于6月底集体开放。")
    assert "openness" in _themes("坚持扩大高水平对外开放，积极利用外资。")


def test_a_bank_paying_wages_is_no_finance_sector():
    text = "委托银行通过专用账户按月将工资直接发放到个人银行卡。"
    assert "industry" not in _themes(text) and "livelihood" in _themes(text)
