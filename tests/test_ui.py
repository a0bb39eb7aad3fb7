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
    "/no-such-page?q=港口",
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


# ---- polish seen in the browser ------------------------------------------------------------------

APOSTROPHE = """(lang) => {
  const p = document.createElement("p");
  if (lang) p.lang = lang;
  p.textContent = "GBA\\u2019s";
  document.querySelector("main").append(p);
  const r = document.createRange();
  r.setStart(p.firstChild, 3);
  r.setEnd(p.firstChild, 4);
  const width = r.getBoundingClientRect().width / parseFloat(getComputedStyle(p).fontSize);
  p.remove();
  return width;
}"""


@pytest.mark.parametrize("ui", ["zh", "en"])
def test_english_set_in_a_latin_font(desktop, server, ui):
    """A curly apostrophe in English text is narrow in either interface; in Chinese text it stays
    full-width, as Chinese typesetting has it."""
    desktop.goto(server + f"/search?q=港口&lang={ui}")
    assert desktop.evaluate(APOSTROPHE, "en") < 0.45
    assert desktop.evaluate(APOSTROPHE, "zh-CN") > 0.8


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_matrix_heads_readable_on_a_phone(phone, server, lang):
    """The whole matrix fits a 390 px phone, each theme's name on at most two lines (it was one
    character a line) and each city's on one."""
    phone.goto(server + f"/matrix?lang={lang}")
    wrap = phone.locator(".matrix-wrap")
    assert phone.evaluate("e => e.scrollWidth <= e.clientWidth", wrap.element_handle())
    lines = phone.eval_on_selector_all(
        ".matrix th",
        """els => els.map(th => {
            const r = document.createRange(); r.selectNodeContents(th);
            const tops = new Set([...r.getClientRects()].map(x => Math.round(x.top)));
            return [th.getAttribute('scope'), th.textContent.trim(), tops.size];
        })""",
    )
    heads = [n for scope, _, n in lines if scope == "col"]
    rows = [n for scope, _, n in lines if scope == "row"]
    assert heads and max(heads) <= 2, lines
    assert rows and max(rows) == 1, lines
    phone.screenshot(path=str(ARTIFACTS / f"matrix-phone-{lang}.png"), full_page=True)


def test_fresh_search_page_focuses_the_box(desktop, server):
    desktop.goto(server + "/?lang=en")
    assert desktop.evaluate("document.activeElement.id") == "q"
    desktop.goto(server + "/search?q=港口&lang=en")
    assert desktop.evaluate("document.activeElement.id") != "q"


def test_language_switch_keeps_the_paragraph(desktop, server):
    desktop.goto(server + "/doc/plan?lang=zh#p3")
    desktop.click("#lang-switch")
    desktop.wait_for_load_state()
    assert desktop.url.endswith("#p3") and "lang=en" in desktop.url
    assert desktop.locator("#p3.target").count() == 1
    desktop.click("#p2 a.anchor")  # a paragraph chosen on the page is kept too
    assert desktop.get_attribute("#lang-switch", "href").endswith("#p2")
