"""Theme rules from the misses of the spent sets eval/real/zh20 and en20 (issue 18, session 21), on
sentences of our own: vocational skills and their training are employment (livelihood), not
research talent (innovation); long-term care insurance is social security; a zone's customs
closure and its separate lines are customs (openness); marine ranching is a farm's industry."""

import pytest

from kb.themes import tag_themes


def _themes(text: str) -> list[str]:
    return tag_themes(text, lang="en" if text.isascii() else "zh").themes


@pytest.mark.parametrize(
    "text",
    [
        "The district set up a fund for its vocational skill campaign: a technician certified at "
        "a higher level gets a subsidy of up to 7,000 yuan.",
        "The city will train more apprentices and hold skills competitions for skilled workers.",
        "今年全市开展职业技能培训5万人次，新增高技能人才8000人。",
        "广东技工、南粤家政工程带动从业人员提升技能，技师评价名额增加。",
    ],
)
def test_vocational_skills_are_livelihood_not_innovation(text):
    themes = _themes(text)
    assert "livelihood" in themes and "innovation" not in themes


@pytest.mark.parametrize(
    "text",
    [
        "The pilot of long-term care insurance will cover 30 million people by 2025.",
        "长护险试点今年扩大到全省11个市。",
    ],
)
def test_long_term_care_insurance_is_livelihood(text):
    assert "livelihood" in _themes(text)


def test_a_zones_customs_closure_is_openness():
    assert "openness" in _themes("3月1日零时，合作区启动封关运行，实行分线管理政策。")


def test_marine_ranching_is_industry():
    assert "industry" in _themes("全县大力发展现代海洋牧场，推广深远海网箱养殖。")
