"""The search page in headless Chromium over the small corpus of tests/data/reading: filters and
exclusions typed in the box shown as chips a person removes, the page when nothing matches every
word (the partial tail and the nearby searches), and a 500-character Chinese paste accepted."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kb.ingest import ingest
from kb.search import KB
from tests.conftest import serving

pytestmark = pytest.mark.browser
ARTIFACTS = Path(__file__).parent / "artifacts"
DATA = Path(__file__).resolve().parent / "data" / "reading"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    from kb.web import create_app

    corpus = tmp_path_factory.mktemp("browser-reading")
    for p in DATA.glob("zh_*"):
        shutil.copy(p, corpus / p.name)
    ix = tmp_path_factory.mktemp("browser-reading-index")
    ingest(corpus, ix, progress=False)
    with serving(create_app({"INDEX": str(ix), "TESTING": True})) as url:
        yield url, KB(ix)


@pytest.fixture(scope="module")
def page(site, browser):
    ARTIFACTS.mkdir(exist_ok=True)
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    ctx.grant_permissions(["clipboard-read", "clipboard-write"], origin=site[0])
    yield ctx.new_page()
    ctx.close()


def search_box(page, url: str, q: str) -> None:
    page.goto(url + "/?lang=en")
    page.fill("#q", q)
    page.press("#q", "Enter")
    page.wait_for_load_state()


def total(page) -> int:
    return int(page.inner_text("#total").replace(",", ""))


def test_typed_filters_and_exclusions_are_chips(page, site):
    url, kb = site
    search_box(page, url, "港口 city:ningbo -嘉兴")
    chips = page.locator(".selected a.remove")
    assert chips.all_inner_texts() == ["City: Ningbo ×", "excluded: 嘉兴 ×"]
    assert page.locator(".selected a.excluded").count() == 1
    assert total(page) == kb.search("港口 city:ningbo -嘉兴")["total"] == 2
    # an exclusion is not a word read (嘉兴港, a port the gazetteer names, is a reading of 港口)
    assert "嘉兴" not in page.locator(".reading .word").all_inner_texts()
    page.screenshot(path=str(ARTIFACTS / "search-chips.png"), full_page=True)
    page.click(".selected a.excluded")
    page.wait_for_load_state()
    assert page.input_value("#q") == "港口 city:ningbo"
    page.click(".selected a.remove >> nth=0")  # the city
    page.wait_for_load_state()
    assert page.input_value("#q") == "港口"
    assert total(page) == kb.search("港口")["total"] == 3
    assert page.locator(".selected a.remove").count() == 0


def test_zero_result_page_offers_a_way_on(page, site):
    url, kb = site
    search_box(page, url, "量子计算机")
    assert total(page) == 0
    assert (
        "No measure contains every word; the one below contains some, or its document"
        in page.inner_text(".results")
    )
    assert page.locator("li.hit").count() == 1
    alt = page.locator(".alternatives a")
    assert alt.all_inner_texts() == ["量子"]
    assert page.inner_text(".alternatives .count") == "(1)"
    page.screenshot(path=str(ARTIFACTS / "search-zero.png"), full_page=True)
    alt.click()
    page.wait_for_load_state()
    assert total(page) == kb.search("量子")["total"] == 1


def test_a_500_character_chinese_paste_is_accepted(page, site):
    url, _ = site
    text = ("港口建设与数字经济协同发展，" * 40)[:498] + "港口"
    assert len(text) == 500
    page.goto(url + "/?lang=en")
    page.evaluate("t => navigator.clipboard.writeText(t)", "\n" + text + "\n")
    page.focus("#q")
    page.keyboard.press("Control+V")
    assert len(page.input_value("#q")) == 500
    page.press("#q", "Enter")
    page.wait_for_load_state()
    body = page.inner_text("main")
    assert "characters long" not in body and page.locator("#total").count() == 1
    page.screenshot(path=str(ARTIFACTS / "search-paste.png"), full_page=True)
