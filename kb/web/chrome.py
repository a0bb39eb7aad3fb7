"""What every page wears: the interface language (asked, remembered in a cookie, or guessed from
the browser), its strings, and the link that switches to the other language."""

from __future__ import annotations

from urllib.parse import urlencode

from flask import g, request, url_for
from markupsafe import Markup, escape

from kb import data_files
from kb.errors import BadQuery
from kb.web.params import clean_args

LANGS = ("zh", "en")


class Strings:
    """The interface strings of one language, read as `t.name` in templates.

    Not a dict: `t.clear` or `t.copy` on a dict gives the dict's own methods, and a template then
    shows `<built-in method clear of dict object ...>` to the user. A missing name fails loudly.
    """

    __slots__ = ("_table", "lang")

    def __init__(self, lang: str):
        self.lang = lang
        self._table = data_files.toml("i18n.toml")[lang]

    def __getattr__(self, name: str) -> str:
        try:
            return self._table[name]
        except KeyError:
            raise AttributeError(
                f"no interface string {name!r} in i18n.toml [{self.lang}]"
            ) from None

    __getitem__ = __getattr__

    def __contains__(self, name: str) -> bool:
        return name in self._table

    def count(self, name: str, n: int, tag_id: str | None = None, **parts) -> Markup:
        """The string `name` said of `n` things, `{n}` in it written `1,478`: its `name_one` form
        when n is 1 and the language has one ("1 page", not "1 pages"). `tag_id` wraps the number
        in a span with that id; `parts` fill the string's other fields (already escaped)."""
        key = f"{name}_one" if n == 1 and f"{name}_one" in self._table else name
        number = f"{n:,}"
        if tag_id:
            number = Markup('<span id="{}">{}</span>').format(tag_id, number)
        return self.fill(key, n=number, **parts)

    def fill(self, name: str, **parts) -> Markup:
        """The string `name` with its `{fields}` filled: text escaped, markup kept."""
        return Markup(escape(self[name])).format(**parts)


def lang() -> str:
    return g.get("lang", "zh")


def strings() -> Strings:
    return Strings(lang())


def chrome() -> dict:
    """What every page template needs: language, strings, a switch link."""
    try:
        args = dict(clean_args())
    except BadQuery:  # the error page of a refused request
        args = {}
    args["lang"] = ["en" if lang() == "zh" else "zh"]
    if request.url_rule is not None and request.endpoint:
        switch = url_for(request.endpoint, **(request.view_args or {}), **args)
    else:  # an error page for a URL no view answers
        switch = request.path + "?" + urlencode(args, doseq=True)
    return {"lang": lang(), "t": strings(), "switch_url": switch}


def langtag(code: str | None) -> str:
    """The HTML `lang` of a measure's or document's language ("zh" → "zh-CN"): the stylesheet sets
    each language in its own font by it, a screen reader its voice; empty when unknown."""
    return {"zh": "zh-CN", "en": "en"}.get(code or "", "")


def init_app(app) -> None:
    """The language of each request, the cookie that remembers a choice, the `langtag` filter."""
    app.jinja_env.filters["langtag"] = langtag

    @app.before_request
    def pick_language():
        chosen = request.args.get("lang")
        if chosen not in LANGS:
            chosen = request.cookies.get("lang")
        if chosen not in LANGS:
            chosen = request.accept_languages.best_match(list(LANGS), default="zh")
        g.lang = chosen

    @app.after_request
    def remember_language(resp):
        if request.args.get("lang") in LANGS:
            resp.set_cookie("lang", request.args["lang"], max_age=365 * 86400, samesite="Lax")
        return resp
