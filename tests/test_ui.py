"""What a person meets in the browser: axe-core's accessibility rules, the keyboard path to the
first result, the phone layout with its filter button, in both interface languages."""

import json
from pathlib import Path

import pytest

from tests.test_browser import ARTIFACTS

pytestmark = pytest.mark.browser
AXE = Path(__file__).parent / "node_modules" / "axe-core" / "axe.min.js"


@pytest.fixture()
def desktop(browser):
    ARTIFACTS.mkdir(exist_ok=True)
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    yield ctx.new_page()
    ctx.close()


@pytest.fixture()
def phone(browser):
    ctx = browser.new_context(
        viewport={"width": 390, "height": 844},
        device_scale_factor=2,
        is_mobile=True,
        has_touch=True,
    )
    yield ctx.new_page()
    ctx.close()


def axe_violations(page) -> list[dict]:
    """Serious and critical violations axe-core finds on the page as it is now."""
    if not AXE.exists():
        pytest.fail("axe-core is missing: `make test` installs it (cd tests && npm ci)")
    page.evaluate(AXE.read_text("utf-8"))
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [
        {
            "id": v["id"],
            "impact": v["impact"],
            "nodes": len(v["nodes"]),
            "first": v["nodes"][0]["html"][:160],
        }
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


PAGES = [
    "/search?q=港口",
    "/search?q=港口&city=ningbo&theme=infrastructure",
    "/search?q=zzqqxxyy",
    "/search?q=港口&page=99",
    "/doc/plan",
    "/doc/plan?q=港口",
    "/measure/plan:2",
    "/matrix",
    "/docs",
    "/",
]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_axe_finds_no_serious_violation(desktop, server, lang):
    found = {}
    for path in PAGES:
        desktop.goto(server + path + ("&" if "?" in path else "?") + "lang=" + lang)
        if path.startswith(
            "/search?q=港口&city"
        ):  # a facet panel and a citation opened, as a user would
            desktop.click("li.hit details.cite summary >> nth=0")
        if path.startswith("/doc/plan?"):
            desktop.click("#p2 a.cite-open")
            desktop.wait_for_selector("#p2 .panel")
        if v := axe_violations(desktop):
            found[path] = v
    assert found == {}, json.dumps(found, ensure_ascii=False, indent=1)


def test_first_result_within_eight_tabs(desktop, server):
    """From a fresh search page: Tab to the skip link, follow it, Tab to the first result."""
    desktop.goto(server + "/search?q=港口&city=ningbo&lang=en")
    first = desktop.locator("li.hit h3 a").first
    first_href = first.get_attribute("href")
    presses = 0
    while presses < 8:
        desktop.keyboard.press("Tab")
        presses += 1
        focused = desktop.evaluate("document.activeElement.getAttribute('href')")
        if focused == "#hits":
            assert desktop.evaluate("document.activeElement.innerText") == "Skip to results"
            desktop.keyboard.press("Enter")
            continue
        if focused == first_href:
            break
    assert focused == first_href, f"first result not reached in {presses} Tab presses"
    # the focus ring is visible: an outline drawn around the focused link
    outline = desktop.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("none", "")
    desktop.screenshot(path=str(ARTIFACTS / "keyboard.png"))


def test_chips_out_of_tab_order_evidence_reachable(desktop, server):
    desktop.goto(server + "/search?q=港口")
    assert desktop.locator("li.chip[tabindex]").count() == 0
    chip = desktop.locator("li.hit .chip").first
    label = chip.inner_text()
    desktop.locator("li.hit details.cite summary").first.focus()
    desktop.keyboard.press("Enter")
    evidence = desktop.locator("li.hit details.cite dl.evidence").first
    assert evidence.is_visible() and label in evidence.inner_text()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_phone_filter_button_opens_facets(phone, server, lang):
    phone.goto(server + f"/search?q=港口&city=ningbo&lang={lang}")
    button = phone.locator("button.filter-toggle")
    first_hit = phone.locator("li.hit").first
    assert button.is_visible() and not phone.locator("#facets").is_visible()
    assert button.bounding_box()["y"] < first_hit.bounding_box()["y"]
    assert "(1)" in button.inner_text()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    phone.screenshot(path=str(ARTIFACTS / f"phone-{lang}.png"))
    button.click()
    assert button.get_attribute("aria-expanded") == "true"
    facets = phone.locator("#facets")
    assert facets.is_visible() and facets.bounding_box()["y"] < first_hit.bounding_box()["y"]
    phone.screenshot(path=str(ARTIFACTS / f"phone-{lang}-filters.png"))
    phone.click('#facets a[data-facet="theme"] >> nth=0')
    phone.wait_for_load_state()
    assert "theme=" in phone.url


def test_print_hides_the_chrome(desktop, server):
    desktop.goto(server + "/doc/plan")
    desktop.emulate_media(media="print")
    assert (
        not desktop.locator("header.top").is_visible()
        and not desktop.locator(".cite-open").first.is_visible()
    )
    assert desktop.locator("#p1").is_visible()
