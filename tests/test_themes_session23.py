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
