"""In Chromium: a search page whose results mix Chinese and English paragraphs, and says how each
word of the query was read."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import serving
from tests.fixtures import bilingual_index

pytestmark = pytest.mark.browser
ARTIFACTS = Path(__file__).parent / "artifacts"


@pytest.fixture(scope="module")
def biserver(tmp_path_factory):
    from kb.web import create_app

    with serving(
        create_app({"INDEX": str(bilingual_index(tmp_path_factory)), "TESTING": True})
    ) as url:
        yield url


@pytest.mark.parametrize("lang,via", [("zh", "术语表"), ("en", "glossary")])
def test_mixed_results_with_readings(browser, biserver, lang, via):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    page = ctx.new_page()
    page.goto(f"{biserver}/search?lang={lang}")
    page.fill("#q", "碳排放")
    page.press("#q", "Enter")
    page.wait_for_selector("li.hit")
    langs = page.eval_on_selector_all(
        "li.hit .fragment", "els => els.map(e => e.getAttribute('lang'))"
    )
    assert set(langs[:2]) == {"zh-CN", "en"}
    # the English hit marks the translated words
    marks = page.eval_on_selector_all(
        'li.hit .fragment[lang="en"] mark', "els => els.map(e => e.textContent.toLowerCase())"
    )
    assert marks[:2] == ["carbon", "emissions"]
    reading = page.locator(".reading")
    assert reading.is_visible()
    text = reading.inner_text()
    assert "碳排放" in text and "carbon emissions" in text and via in text
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"crosslang-{lang}.png"), full_page=True)
    # a word found only in translation offers the corpus's own word, and the link works
    page.goto(f"{biserver}/search?q=宁波港&lang={lang}")
    page.click("p.suggest a >> nth=0")
    page.wait_for_selector("li.hit")
    assert "宁波舟山港" in page.input_value("#q")
    assert page.locator("li.hit mark").first.inner_text() == "宁波舟山港"
    ctx.close()
