"""Theme rules from the misses of the spent set eval/real/en17 (issue 18, session 18), on sentences
of our own: drinking water brought to homes is water supply (infrastructure), its sources'
protection stays ecology; warehouses abroad serve cross-border trade (openness); a graduate is a
school leaver seeking work, not research talent (no innovation)."""

import pytest

from kb.themes import tag_themes


def _themes(text: str) -> list[str]:
    return tag_themes(text, lang="en" if text.isascii() else "zh").themes


@pytest.mark.parametrize(
    "text",
    [
        "The county will extend tap water to every village and improve drinking water safety.",
        "全县实施农村饮水安全工程，群众喝上了干净的自来水。",
    ],
)
def test_drinking_water_brought_to_homes_is_water_supply(text):
    assert "infrastructure" in _themes(text) and "ecology" not in _themes(text)


def test_a_drinking_water_source_is_still_protected_ecology():
    assert "ecology" in _themes("饮用水水源保护区内禁止设置排污口，防止水源污染。")


@pytest.mark.parametrize(
    "text",
    [
        "Local enterprises have built 33 overseas warehouses with a total area of 500,000 m2.",
        "全市企业已建成海外仓33个，总面积50万平方米。",
    ],
)
def test_overseas_warehouses_are_trade(text):
    assert "openness" in _themes(text) and "infrastructure" not in _themes(text)


def test_a_graduate_is_no_research_talent():
    """Under a title on graduates' job-seeking and start-up subsidies (eval/real/en17 e01)."""
    text = "In addition, graduates must be able to present a disability certificate for a parent."
    title = "Eligible 2022 graduates to receive subsidies for job-seeking, entrepreneurship"
    assert "innovation" not in tag_themes(text, lang="en", title=title).themes
