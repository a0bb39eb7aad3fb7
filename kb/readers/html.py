"""HTML pages: honour the declared charset unless the bytes disagree, keep the main text only."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Comment, NavigableString, Tag

from kb.errors import UnreadableFile
from kb.model import Block
from kb.readers import Read
from kb.readers.encoding import declared_charset, decode

DROP_TAGS = [
    "script",
    "style",
    "noscript",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "iframe",
    "button",
    "select",
    "input",
    "textarea",
    "svg",
    "canvas",
    "template",
    "object",
    "embed",
]
FURNITURE = re.compile(
    r"(^|[-_ ])(nav|menu|footer|foot|header|share|sharing|breadcrumb|crumb|copyright|sidebar|"
    r"side|toolbar|login|search|ad|ads|advert|banner|related|recommend|comment|editor|edit|"
    r"print|top|logo|subscribe|social|qrcode|ewm|pager|pagination|bottom)($|[-_ ])",
    re.I,
)
BLOCK_TAGS = {
    "p",
    "div",
    "li",
    "blockquote",
    "td",
    "th",
    "dd",
    "dt",
    "pre",
    "section",
    "article",
    "table",
    "tr",
    "ul",
    "ol",
    "dl",
    "tbody",
    "center",
    "main",
    "body",
    "font",
    "span",
}
HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
# Tags opening deeper than this are removed before parsing (their text is kept).
MAX_DEPTH = 64
TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)[^>]*>")
NOT_NESTING = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "param",
    "source",
    "track",
    "wbr",
    "p",
    "li",
    "dt",
    "dd",
    "tr",
    "td",
    "th",
    "option",
    "thead",
    "tbody",
    "tfoot",
    "colgroup",
    "rt",
    "rp",
    "!doctype",
}
FOOTER_TEXT = re.compile(
    r"^[（(]?(责编|责任编辑|编辑|来源|原标题|打印|关闭|分享到|扫一扫)[:：）)]?"
)


def read_html(path, data: bytes) -> Read:
    text, _ = decode(data, path, declared=declared_charset(data))
    found: dict = {}
    blocks, title = blocks_from_html(text, main_only=True, found=found)
    if not blocks:
        raise UnreadableFile(path, "no readable text in the page")
    return Read(blocks=blocks, title=title, fmt="html", stated=found)


# <meta> names (lowercase) and the metadata each gives, first found wins.
META_TAGS = {
    "articletitle": "title",
    "og:title": "title",
    "citation_title": "title",
    "dc.title": "title",
    "twitter:title": "title",
    "sitename": "site",
    "og:site_name": "site",
    "columnname": "column",
    "contentsource": "issuer",
    "citation_publisher": "issuer",
    "dc.publisher": "issuer",
    "publisher": "issuer",
    "author": "authors",
    "citation_author": "authors",
    "dc.creator": "authors",
    "article:author": "authors",
    "pubdate": "date",
    "publishdate": "date",
    "article:published_time": "date",
    "citation_date": "date",
    "citation_publication_date": "date",
    "dc.date": "date",
    "dc.date.issued": "date",
    "date": "date",
    "firstpublishedtime": "date",
    "og:release_date": "date",
    "og:url": "source_url",
    "keywords": "keywords",
    "language": "lang",
    "dc.language": "lang",
    "filenum": "number",
    "wh": "number",
}
INFO_LABEL = re.compile(
    r"(来源|发布时间|发布日期|时间|日期|作者|记者|发文机关|发布机构|发文字号|文号|成文日期|"
    r"发文日期|Source|Published|Date|By)\s*[:：]",
    re.I,
)


INFO_CLASS = re.compile(
    r"(^|[-_ ])(time|date|pubtime|pub_time|pubdate|publish|post_time|info|source|"
    r"author|byline|meta|article-info|arc-info)($|[-_ ])",
    re.I,
)


def page_metadata(soup: BeautifulSoup) -> dict:
    """What the page states about itself: meta tags, <title>, the canonical link, the first <h1>,
    and the short lines that carry 来源： or 发布时间： (read before the furniture they sit in is
    dropped)."""
    found = meta_tags(soup)
    if soup.title and soup.title.get_text(strip=True):
        found["page_title"] = soup.title.get_text(" ", strip=True)
    h1 = soup.find("h1")
    if h1 and h1.get_text(strip=True):
        found["h1"] = h1.get_text(" ", strip=True)
    link = soup.find("link", rel=lambda r: r and "canonical" in (r if isinstance(r, list) else [r]))
    if link and (link.get("href") or "").startswith(("http://", "https://")):
        found["source_url"] = link["href"].strip()
    html_tag = soup.find("html")
    if html_tag is not None and html_tag.get("lang") and "lang" not in found:
        found["lang"] = html_tag["lang"]
    if info := info_lines(soup):
        found["info_lines"] = info
    return found


def meta_tags(soup: BeautifulSoup) -> dict:
    """The fields of the page's <meta> tags (every author, the first of anything else)."""
    found: dict = {}
    for tag in soup.find_all("meta"):
        key = (tag.get("name") or tag.get("property") or tag.get("itemprop") or "").strip().lower()
        field, content = META_TAGS.get(key), (tag.get("content") or "").strip()
        if not field or not content:
            continue
        if field == "authors":
            found.setdefault("authors", [])
            if content not in found["authors"]:
                found["authors"].append(content)
        else:
            found.setdefault(field, content)
    return found


def info_lines(soup: BeautifulSoup) -> list[str]:
    """Up to 12 short lines of the elements that carry a label (来源：, 发布时间：) or an info
    class."""
    info: list[str] = []
    dated = [tag for tag in soup.find_all(True, attrs={"class": INFO_CLASS})]
    dated += [tag for tag in soup.find_all(True, attrs={"id": INFO_CLASS})]
    labelled = [s.parent for s in soup.find_all(string=INFO_LABEL) if s.parent is not None]
    for parent in labelled + dated:
        if parent.name in ("script", "style", "title", "body", "html"):
            continue
        line = re.sub(r"\s+", " ", parent.get_text(" ", strip=True))
        if 4 <= len(line) <= 160 and line not in info:
            info.append(line)
        if len(info) >= 12:
            break
    return info


def _is_furniture(tag: Tag) -> bool:
    names = " ".join(tag.get("class") or []) + " " + (tag.get("id") or "")
    return bool(names.strip()) and bool(FURNITURE.search(names))


def _clean(soup: BeautifulSoup) -> None:
    """Drop comments, scripts and page furniture in one walk that skips what it drops.

    (bs4's `tag.decomposed` searches the tag's whole subtree, which made this quadratic.)"""
    for c in soup.find_all(string=lambda s: isinstance(s, Comment)):
        c.extract()
    drop, stack = [], [soup]
    while stack:
        for child in stack.pop().contents:
            if not isinstance(child, Tag):
                continue
            if child.name in DROP_TAGS or (
                child.name not in ("html", "body") and _is_furniture(child)
            ):
                drop.append(child)
            else:
                stack.append(child)
    for tag in drop:
        tag.decompose()


def flatten_deep(html: str, max_depth: int = MAX_DEPTH) -> str:
    """Remove the tags (not their text) that open deeper than max_depth, before parsing.

    Real pages nest a few dozen levels; thousands of levels made parsing and every later walk
    quadratic. The depth is counted on the raw tags, with void and implicitly closed elements
    (br, p, li, td...) not counted, so only a pathological page loses tags, never text.
    """
    out, last, stack, dropped = [], 0, [], {}
    for m in TAG.finditer(html):
        closing, name = m.group(1) == "/", m.group(2).lower()
        if name in NOT_NESTING or m.group(0).endswith("/>"):
            continue
        if not closing:
            if len(stack) < max_depth:
                stack.append(name)
                continue
            dropped[name] = dropped.get(name, 0) + 1
        elif dropped.get(name):
            dropped[name] -= 1
        else:
            if name in stack:
                while stack.pop() != name:
                    pass
            continue
        out.append(html[last : m.start()])
        last = m.end()
    if not out:
        return html
    out.append(html[last:])
    return "".join(out)


def _text_len(tag: Tag) -> int:
    return len(re.sub(r"\s+", "", tag.get_text()))


def _link_len(tag: Tag) -> int:
    return sum(_text_len(a) for a in tag.find_all("a"))


def _main_container(soup: BeautifulSoup) -> Tag:
    """The element whose paragraphs hold the most non-link text (a small readability)."""
    scores: dict[int, tuple[float, Tag]] = {}
    for p in soup.find_all(["p", "br", "h2", "h3", "h4"]):
        parent = p.parent
        if parent is None:
            continue
        n = _text_len(p) if p.name != "br" else 20
        n -= 2 * _link_len(p) if p.name != "br" else 0
        if n <= 0:
            continue
        key = id(parent)
        prev = scores.get(key, (0.0, parent))[0]
        scores[key] = (prev + n, parent)
        grand = parent.parent
        if grand is not None:
            gp = scores.get(id(grand), (0.0, grand))[0]
            scores[id(grand)] = (gp + n / 3, grand)
    body = soup.body or soup
    if not scores:
        return body
    best = max(scores.values(), key=lambda s: s[0])[1]
    return best


def _leading_bold(tag: Tag) -> bool:
    """A paragraph made wholly of bold text is a heading (a bold lead line)."""
    bold = tag.find(["strong", "b"])
    if bold is None:
        return False
    whole = re.sub(r"\s+", "", tag.get_text())
    return whole and re.sub(r"\s+", "", bold.get_text()) == whole and len(whole) <= 40


def _emit(tag: Tag, blocks: list[Block]) -> None:
    buf: list[str] = []

    def flush():
        text = "".join(buf).strip()
        buf.clear()
        if text and not FOOTER_TEXT.match(text):
            blocks.append(Block("para", text))

    for child in tag.children:
        if isinstance(child, NavigableString):
            buf.append(str(child))
            continue
        if not isinstance(child, Tag):
            continue
        if child.name in HEADINGS:
            flush()
            text = child.get_text(" ", strip=True)
            if text:
                blocks.append(Block("heading", text, HEADINGS[child.name]))
        elif child.name == "br":
            flush()
        elif child.name in ("p", "li", "dd", "dt", "blockquote", "pre") and not child.find(
            ["p", "div", "table", "h1", "h2", "h3", "h4", "ul", "ol"]
        ):
            flush()
            text = child.get_text("", strip=False).strip()
            if text and _leading_bold(child):
                blocks.append(Block("heading", text, 3))
            elif text and not FOOTER_TEXT.match(text):
                blocks.append(Block("para", text))
        elif child.name in BLOCK_TAGS:
            flush()
            _emit(child, blocks)
        else:
            buf.append(child.get_text(""))
    flush()


def blocks_from_html(
    html: str, main_only: bool = True, found: dict | None = None
) -> tuple[list[Block], str]:
    """Blocks in reading order from an HTML string, plus the page title (the first <h1>, else the
    <title> up to a spaced separator); `found`, when given, receives what page_metadata reads."""
    soup = BeautifulSoup(flatten_deep(html), "lxml")
    title = ""
    h1 = soup.find("h1")
    if h1 and h1.get_text(strip=True):
        title = h1.get_text(" ", strip=True)
    elif soup.title and soup.title.get_text(strip=True):
        title = re.split(r"\s+[-|—–]+\s+|\s*[_|]\s*", soup.title.get_text(" ", strip=True))[0]
    if found is not None:
        found.update(page_metadata(soup))
    _clean(soup)
    root = _main_container(soup) if main_only else (soup.body or soup)
    blocks: list[Block] = []
    if main_only and root.name != "body":
        # Keep the headings that sit just before the main text inside the same article.
        article = root.parent
        if article is not None:
            for h in article.find_all(list(HEADINGS), recursive=False):
                text = h.get_text(" ", strip=True)
                if text and text != title:
                    blocks.append(Block("heading", text, HEADINGS[h.name]))
    _emit(root, blocks)
    if blocks and blocks[0].kind == "heading" and blocks[0].text == title:
        blocks = blocks[1:]
    return [b for b in blocks if b.text.strip()], title
