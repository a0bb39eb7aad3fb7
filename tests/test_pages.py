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
            ".selected, .searchbox input, textarea, .panel .related, .measure h1, .section"
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
