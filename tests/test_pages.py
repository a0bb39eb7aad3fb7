"""Every page in every state, in both interface languages, read as a person reads it: no Python or
template text leaks into what is shown, and no interface string is left in the other language."""

import re

import pytest
from bs4 import BeautifulSoup

from kb import data_files

STATES = [
    "/",
    "/search?q=港口",
    "/search?q=港口&city=ningbo&theme=infrastructure",
    "/search?q=港口&city=ningbo&city=hangzhou&kind=measure",
    "/search?q=zzqqxxyy",
    "/search?q=zzqqxxyy+港口",
    "/search?q=港口&page=99",
    "/search?q=港口&sort=order",
    "/search?q=x&city=atlantis",
    "/search?page=-1",
    "/doc/plan",
    "/doc/plan?q=港口",
    "/measure/plan:2",
    "/measure/plan:2?fragment=1",
    "/matrix",
    "/docs",
    "/docs?sort=date&order=asc",
    "/no-such-page",
    "/doc/nope",
]
# the states that are errors, each shown as a page of its own
STATUS = {
    "/search?q=x&city=atlantis": 400,
    "/search?page=-1": 400,
    "/no-such-page": 404,
    "/doc/nope": 404,
}
LEAKS = re.compile(r"built-in method|object at 0x|\{\{|\{%|Traceback|Undefined|\bNone\b|\[\]|\{\}")


def visible_text(html: str) -> str:
    s = BeautifulSoup(html, "html.parser")
    for tag in s(["script", "style", "textarea"]):
        tag.decompose()
    attrs = " ".join(
        v
        for t in s.find_all(True)
        for k, v in t.attrs.items()
        if k in ("title", "aria-label", "placeholder", "value", "alt") and isinstance(v, str)
    )
    return s.get_text(" ") + " " + attrs


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("path", STATES)
def test_no_leaked_python_or_template_text(client, path, lang):
    r = client.get(path + ("&" if "?" in path else "?") + "lang=" + lang)
    assert r.status_code == STATUS.get(path, 200)
    text = visible_text(r.data.decode("utf-8"))
    assert not LEAKS.search(text), LEAKS.search(text).group(0) + " in " + path


def _chrome_strings(lang: str) -> set[str]:
    table = data_files.toml("i18n.toml")[lang]
    return {v for v in table.values() if len(v) >= 3}


@pytest.mark.parametrize(
    "path",
    [
        "/search?q=港口&city=ningbo",
        "/search?q=zzqqxxyy",
        "/search?q=港口&page=99",
        "/doc/plan?q=港口",
        "/matrix",
        "/measure/plan:2",
        "/docs",
        "/search",
        "/no-such-page?q=港口",
        "/search?q=港口&city=atlantis",
    ],
)
def test_interface_strings_in_one_language(client, path):
    """An English page shows no Chinese interface string, and the other way round (document text
    and tags are data and may be in either language)."""
    for lang, other in (("en", "zh"), ("zh", "en")):
        html = client.get(
            path + "&lang=" + lang if "?" in path else path + "?lang=" + lang
        ).data.decode()
        s = BeautifulSoup(html, "html.parser")
        for data in s.select(
            ".hits, .paras, .measure > p, .panel textarea, .facets ul, .document header h1, "
            ".selected, .searchbox input, textarea, .panel .related, .measure h1, .section, "
            ".overview dd a, p.error"
        ):
            data.decompose()
        shown = visible_text(str(s))
        own = _chrome_strings(lang)
        leaked = [
            v for v in _chrome_strings(other) - own if v in shown and v not in ("English", "中文")
        ]
        assert leaked == [], f"{path} in {lang} shows {leaked}"


def test_clear_and_copy_read_as_words(client):
    """The strings table is not a dict: `t.clear` and `t.copy` are the words, in both languages."""
    for lang, clear, copy in (("zh", "清除全部", "复制"), ("en", "Clear all", "Copy")):
        s = BeautifulSoup(client.get(f"/search?q=港口&city=ningbo&lang={lang}").data, "html.parser")
        assert s.select_one(".selected a.clear").get_text() == clear
        assert {b.get_text() for b in s.select("button.copy")} == {copy}


# ---- counts, the fresh page, the errors --------------------------------------------------------


def test_every_english_count_has_its_singular():
    """A string said of a number ({n}) in English has its `_one` form: "1 result", not "1 results";
    and each string of a count is filled with every number without error, in both languages."""
    from kb.web.chrome import Strings

    table = data_files.toml("i18n.toml")["en"]
    counts = [k for k, v in table.items() if "{n}" in v and not k.endswith("_one")]
    assert counts and [k for k in counts if k + "_one" not in table] == []
    for lang in ("zh", "en"):
        t = Strings(lang)
        for k in counts:
            for n in (0, 1, 2, 1478):
                text = str(t.count(k, n, rest="", page=3))
                assert f"{n:,}" in text or (n == 1 and lang == "en"), (lang, k, n, text)


@pytest.mark.parametrize(
    "path,says",
    [
        ("/search?q=西湖&lang=en", "1 result ·"),
        ("/search?q=港口&lang=en", "12 results ·"),  # with 嘉兴港 and 舟山国际邮轮港, named ports
        ("/search?q=西湖&page=4&lang=en", "Page 4 is past the end: there is one page."),
        ("/doc/brief?lang=en", "1 measure ·"),
        ("/doc/plan?lang=en", "5 measures ·"),
        ("/docs?lang=en", "10 documents in all."),
        ("/search?q=西湖&lang=zh", "1 条结果"),
        ("/doc/plan?lang=zh", "5 个条目"),
        ("/docs?lang=zh", "共 10 篇文献。"),
    ],
)
def test_counts_said_in_the_right_number(client, path, says):
    text = " ".join(BeautifulSoup(client.get(path).data, "html.parser").get_text(" ").split())
    assert says in text


def test_search_box_focused_only_on_a_fresh_page(client):
    def focused(path):
        return (
            BeautifulSoup(client.get(path).data, "html.parser")
            .select_one("#q")
            .has_attr("autofocus")
        )

    assert focused("/") and focused("/search?lang=en")
    assert not focused("/search?q=港口") and not focused("/search?city=ningbo")
    assert not focused("/no-such-page")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_fresh_page_says_what_the_corpus_holds(client, kb, lang):
    """No query, no filter: documents and measures, languages, cities, years and themes, each a
    link to its search, in place of a list of every measure."""
    s = BeautifulSoup(client.get(f"/search?lang={lang}").data, "html.parser")
    o = s.select_one("section.overview")
    assert o is not None and not s.select("li.hit")
    everything = kb.search("")
    lead = o.select_one(".lead")
    n_docs = len(kb.documents())
    assert lead.select_one('a[href="/docs"]').get_text().startswith(f"{n_docs} ")
    assert f"{everything['total']:,}" in lead.get_text()
    hrefs = [a["href"] for a in o.select("dd a")]
    cities = list(everything["facets"]["city"])
    shown = [h.split("=")[1] for h in hrefs if h.startswith("/search?city=")]
    assert shown == cities[: len(shown)] and 0 < len(shown) <= 12
    assert ("/matrix" in hrefs) == (len(cities) > len(shown))
    assert f"{len(cities)} " in o.get_text()
    for year in everything["facets"]["year"]:
        assert f"/search?year={year}" in hrefs
    assert "/search?lang_filter=zh" in hrefs and "/search?theme=livelihood" in hrefs
    # a search, or a filter, lists its measures as before
    for path in ("/search?q=港口", "/search?city=ningbo", "/search?sort=date"):
        s = BeautifulSoup(client.get(path).data, "html.parser")
        assert not s.select("section.overview") and s.select("li.hit")


@pytest.mark.parametrize(
    "path,status,zh,en",
    [
        ("/no-such-page?q=港口", 404, "找不到该页面", "Page not found"),
        ("/doc/nope?q=港口", 404, "找不到该页面", "Page not found"),
        ("/search?q=港口&city=atlantis", 400, "请求有误", "Bad request"),
    ],
)
def test_error_pages_in_the_interface_language_keep_the_query(client, path, status, zh, en):
    for lang, title in (("zh", zh), ("en", en)):
        r = client.get(path + "&lang=" + lang)
        s = BeautifulSoup(r.data, "html.parser")
        assert r.status_code == status and title in s.select_one("h1").get_text()
        assert s.select_one("#q")["value"] == "港口"
        assert s.select_one("html")["lang"] == ("zh-CN" if lang == "zh" else "en")


@pytest.mark.parametrize(
    "path,zh,en",
    [
        ("/search?q=港口&city=atlantis", "city 的值 “atlantis” 不存在", "city: unknown value"),
        ("/search?q=港口&page=x", "page 应为整数", "page: not a whole number"),
        ("/search?q=港口&from=20x1", "from 应为年份或年月", "from: must be a year or a month"),
        ("/docs?q=港口&sort=colour", "sort 应为以下之一", "sort: must be one of"),
    ],
)
def test_the_reason_of_a_refused_request_is_in_the_interface_language(client, path, zh, en):
    """The reason, not only the heading, is said in the page's language; the API keeps the
    code's English words."""
    for lang, said in (("zh", zh), ("en", en)):
        s = BeautifulSoup(client.get(path + "&lang=" + lang).data, "html.parser")
        reason = s.select_one("p.error").get_text()
        assert said in reason and (lang == "en" or "unknown" not in reason)
        assert s.select_one("#q")["value"] == "港口"
    assert client.get(path.replace("?", ".json?", 1)).get_json()["error"].isascii()


def test_every_reason_is_said_in_both_languages():
    """Each reason a refusal names (kb.errors.BadQuery, the web's error handlers) has its sentence
    in both tables of kb/data/i18n.toml."""
    import re
    from pathlib import Path

    from kb import data_files

    table = data_files.toml("i18n.toml")
    used = set()
    for path in Path("kb").rglob("*.py"):
        lines = path.read_text("utf-8").splitlines()
        for k, line in enumerate(lines):
            if "raise BadQuery(" in line or "return _error(" in line or 'reason = "' in line:
                near = "\n".join(lines[k : k + 3])  # the call, its message, its reason
                used |= set(re.findall(r'"([a-z]+(?:_[a-z]+)+)"', near))
    assert {"unknown_value", "not_a_year", "number_range", "internal_error"} <= used
    missing = [(r, lang) for r in used for lang in ("zh", "en") if f"reason_{r}" not in table[lang]]
    assert not missing


def test_labels_end_with_the_languages_colon(client):
    """A Chinese label ends with a full-width colon (城市：宁波), an English one with ": "."""
    for lang, chip, sort in (("zh", "城市：宁波", "排序："), ("en", "City: Ningbo", "Sort:")):
        s = BeautifulSoup(client.get(f"/search?q=港口&city=ningbo&lang={lang}").data, "html.parser")
        assert s.select_one(".selected a.remove").get_text().startswith(chip)
        assert s.select_one(".tools span").get_text().strip() == sort
    s = BeautifulSoup(client.get("/search?q=港口&lang=zh").data, "html.parser")
    for data in s.select(".hits"):  # document text and citations are data
        data.decompose()
    assert ": " not in visible_text(str(s))
    for path in ("/docs?lang=zh", "/matrix?lang=zh"):  # and no space after a full stop
        text = BeautifulSoup(client.get(path).data, "html.parser").select_one("main p").get_text()
        assert "。" in text and "。 " not in text


def test_matrix_svg_sets_english_in_a_latin_font(client):
    for lang, first in (("zh", "Noto Sans CJK SC"), ("en", "Noto Sans")):
        svg = BeautifulSoup(client.get(f"/matrix.svg?lang={lang}").data, "html.parser").svg
        assert svg["font-family"].split(",")[0] == first
        assert svg["xml:lang"] == ("zh-CN" if lang == "zh" else "en")


def test_every_way_a_word_is_read_is_named_in_both_languages():
    """Each reading the query plan shows ("拼音", "place name"…) is named in the interface's
    language: a via the plan writes (kb/plan.py's sources, "via:text") with no name would show
    its code word, in English, on the Chinese page."""
    import re
    from pathlib import Path

    from kb import data_files, plan

    source = Path(plan.__file__).read_text("utf-8")
    vias = {a or b for a, b in re.findall(r'f"([a-z]+):\{|"([a-z]+):" \+', source)}
    vias -= {"query", "words"}
    vias |= {"stem"}  # the query's own English words, stemmed
    strings = data_files.toml("i18n.toml")
    for lang in ("zh", "en"):
        missing = sorted(v for v in vias if f"via_{v}" not in strings[lang])
        assert not missing, (lang, missing)
