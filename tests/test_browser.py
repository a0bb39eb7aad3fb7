"""Browser tests in headless Chromium (Debian's), as a user would: search, filter, read, cite."""

from pathlib import Path

import pytest

pytestmark = pytest.mark.browser
ARTIFACTS = Path(__file__).parent / "artifacts"


@pytest.fixture(scope="module")
def page(server, browser):
    ARTIFACTS.mkdir(exist_ok=True)
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    ctx.grant_permissions(["clipboard-read", "clipboard-write"], origin=server)
    yield ctx.new_page()
    ctx.close()


def shown_total(page) -> int:
    return int(page.inner_text("#total").replace(",", ""))


def test_search_filter_read_cite(page, server, kb):
    page.goto(server + "/")
    page.fill("#q", "港口")
    page.press("#q", "Enter")
    page.wait_for_selector("li.hit")
    # the page shows what the search layer finds, filter after filter
    assert shown_total(page) == kb.search("港口")["total"]
    assert page.locator("li.hit mark").count() >= 1  # the query marked in the snippets
    page.screenshot(path=str(ARTIFACTS / "search.png"), full_page=True)
    page.click('a[data-facet="city"][data-value="ningbo"]')
    page.wait_for_selector(".selected")
    assert shown_total(page) == kb.search("港口", city=["ningbo"])["total"]
    theme = page.get_attribute('a[data-facet="theme"]:not(.on) >> nth=0', "data-value")
    page.click(f'a[data-facet="theme"][data-value="{theme}"]')
    page.wait_for_load_state()
    assert shown_total(page) == kb.search("港口", city=["ningbo"], theme=[theme])["total"]
    page.click(".selected a.remove >> nth=0")  # the city's chip comes first
    page.wait_for_load_state()
    assert shown_total(page) == kb.search("港口", theme=[theme])["total"]
    page.click("li.hit h3 a >> nth=0")
    page.wait_for_selector(".para-item.target")
    assert page.url.split("#")[1].startswith("p")
    # the document marks the query it was reached from
    assert page.locator(".para-item mark").count() >= 1
    # citations are fetched when asked for, into the paragraph
    page.click(".para-item.target a.cite-open")
    page.wait_for_selector(".para-item.target .panel textarea")
    assert page.get_attribute(".para-item.target a.cite-open", "aria-expanded") == "true"
    page.click(".para-item.target .panel button.copy >> nth=0")
    copied = page.evaluate("navigator.clipboard.readText()")
    para = page.url.split("#p")[1]
    assert (
        copied == page.input_value(".para-item.target .panel textarea >> nth=0") and para in copied
    )
    page.screenshot(path=str(ARTIFACTS / "document.png"))


def test_english_search_and_language_switch(page, server):
    page.goto(server + "/search?q=digital+economy")
    assert page.locator("li.hit mark").first.inner_text() == "数字经济"
    page.click("#lang-switch")
    assert "Bay Policy KB" in page.inner_text("header")
    page.goto(server + "/matrix")
    assert "City × theme" in page.inner_text("h1")
    page.screenshot(path=str(ARTIFACTS / "matrix.png"), full_page=True)
    page.click("table.matrix td a >> nth=0")
    page.wait_for_selector("li.hit")
    assert "city=" in page.url and "theme=" in page.url
    page.goto(server + "/search?lang=zh")


def test_xss_payload_shown_as_text(page, server):
    alerts = []
    page.on("dialog", lambda d: (alerts.append(d.message), d.dismiss()))
    page.goto(server + "/")
    page.fill("#q", "<img src=x onerror=alert(1)><script>alert(2)</script>")
    page.press("#q", "Enter")
    page.wait_for_load_state()
    assert alerts == []
    assert page.input_value("#q").startswith("<img")


def test_markup_in_documents_shown_as_text(page, server):
    """Markup inside a document's text, its Markdown and its title is displayed, never run."""
    alerts = []
    page.on("dialog", lambda d: (alerts.append(d.message), d.dismiss()))
    page.goto(server + "/doc/hostile")
    body = page.inner_text("body")
    assert "<script>alert(2)</script>" in body and "<svg onload=alert(3)>" in body
    page.goto(server + "/doc/hostile_md")
    assert page.locator("a[href^='javascript']").count() == 0
    page.goto(server + "/search?q=" + "港口安全")
    page.wait_for_load_state()
    assert "<script>alert(2)</script>" in page.inner_text("main")
    page.screenshot(path=str(ARTIFACTS / "hostile.png"))
    assert alerts == []


def test_phone_width(page, server):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(server + "/search?q=数字经济")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 400
    page.screenshot(path=str(ARTIFACTS / "phone.png"), full_page=False)
    page.set_viewport_size({"width": 1280, "height": 900})


def test_accessibility_basics(page, server):
    """Labels, landmarks and language: every input labelled, one main, header and footer."""
    for url in ("/search?q=港口", "/doc/plan", "/matrix"):
        page.goto(server + url)
        assert (
            page.locator("main").count() == 1 and page.locator("header[role=banner]").count() == 1
        )
        assert page.get_attribute("html", "lang") in ("zh-CN", "en")
        unlabelled = page.evaluate(
            """() => [...document.querySelectorAll('input:not([type=hidden]), textarea')]
            .filter(e => !(e.id && document.querySelector('label[for="' + e.id + '"]'))
                && !e.getAttribute('aria-label')).length"""
        )
        assert unlabelled == 0
