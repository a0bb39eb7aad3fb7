"""Where a paragraph lies in a statute: its article (第三十五条, Article 35), clause (款) and
item (项).

Found once, while segmenting, because a later paragraph of an article (its second clause, its
items) does not repeat the article number: only the reading order knows it. Citations render the
stored numbers; `from_text` reads a single paragraph for measures stored before this existed.
"""

from __future__ import annotations

import re

from kb.numerals import CN_NUM, ENCLOSED, cn_to_int, int_to_cn

# 第三十五条 opening a paragraph or heading; not 第三条规定的… or 第三条至第五条 (a reference)
ARTICLE_ZH = re.compile(rf"^第\s*([{CN_NUM}]+|\d{{1,4}})\s*条(?![的之中所规至和及与、，,])")
ARTICLE_EN = re.compile(r"^Art(?:icle|\.)\s*(\d{1,4})\b", re.I)
# an item (项): （一）, (一), ㈠ … ㈩ as statutes number them
ITEM = re.compile(rf"^(?:[（(]\s*([{CN_NUM}]+|\d{{1,2}})\s*[)）]|([{ENCLOSED}]))")
# a sub-item (目) inside an item: 1. 2、 3．
SUBITEM = re.compile(r"^(\d{1,2})\s*[.．、](?!\d)")


def article_number(text: str) -> int | None:
    """The article a paragraph or heading opens (第三十五条 …, Article 35 …), or None."""
    m = ARTICLE_ZH.match(text) or ARTICLE_EN.match(text)
    return cn_to_int(m.group(1)) if m else None


def item_number(text: str) -> int | None:
    m = ITEM.match(text)
    return cn_to_int(m.group(1) or m.group(2)) if m else None


def subitem_number(text: str) -> int | None:
    m = SUBITEM.match(text)
    return int(m.group(1)) if m else None


class ArticleTracker:
    """Follows the reading order of one document and gives each paragraph its locator.

    A paragraph opening with 第X条 starts article X (clause 1); a later plain paragraph of the same
    article is its next clause (款); one opening with （一） is an item (项) of the current clause.
    Any other heading ends the article. The clause is kept only where the article has several.
    """

    def __init__(self):
        self.article: int | None = None
        self.clause = 0
        self.item: int | None = None
        self.sub: int | None = None  # 目 of the current item
        self._open: list[dict] = []  # the locators of the current article's paragraphs

    def heading(self, text: str) -> None:
        n = article_number(text)
        if n is None and self.article is not None and item_number(text) is not None:
            self.item = item_number(text)  # an item set as a heading (HTML) stays in its article
            self.clause = max(self.clause, 1)
            return
        self._close()
        if n is not None:
            self.article, self.clause, self.item, self.sub = n, 0, None, None

    def paragraph(self, text: str) -> dict:
        n = article_number(text)
        if n is not None:
            self._close()
            self.article, self.clause, self.item, self.sub = n, 1, None, None
        elif self.article is not None:
            item = item_number(text)
            sub = subitem_number(text) if self.item is not None else None
            if item is not None:
                self.item, self.clause, self.sub = item, max(self.clause, 1), None
            elif sub is not None:
                self.sub = sub
            else:
                self.clause, self.item, self.sub = self.clause + 1, None, None
        if self.article is None:
            return {}
        loc = {"article": self.article, "clause": self.clause}
        if self.item is not None:
            loc["item"] = self.item
        if self.sub is not None:
            loc["subitem"] = self.sub
        self._open.append(loc)
        return loc

    def _close(self) -> None:
        if self._open and max(x["clause"] for x in self._open) <= 1:
            for loc in self._open:
                loc.pop("clause", None)
        self._open = []
        self.article, self.clause, self.item, self.sub = None, 0, None, None

    def finish(self) -> None:
        self._close()


def from_text(section: str, text: str) -> dict:
    """The article of one paragraph alone: the one it opens, else the innermost heading's."""
    n = article_number(text)
    if n is None:
        for heading in reversed([h.strip() for h in section.split("›") if h.strip()]):
            if (n := article_number(heading)) is not None:
                break
    return {"article": n} if n is not None else {}


def render(loc: dict, lang: str, para: int) -> str:
    """第三十五条第二款第一项 / Art. 35(2)(1); without an article, 第60段 / para. 60."""
    if not loc or not loc.get("article"):
        return f"第{para}段" if lang == "zh" else f"para. {para}"
    if lang == "zh":
        out = f"第{int_to_cn(loc['article'])}条"
        if loc.get("clause"):
            out += f"第{int_to_cn(loc['clause'])}款"
        if loc.get("item"):
            out += f"第{int_to_cn(loc['item'])}项"
        if loc.get("subitem"):
            out += f"第{int_to_cn(loc['subitem'])}目"
        return out
    out = f"Art. {loc['article']}"
    if loc.get("clause"):
        out += f"({loc['clause']})"
    if loc.get("item"):
        out += f"({loc['item']})"
    if loc.get("subitem"):
        out += f"({loc['subitem']})"
    return out
