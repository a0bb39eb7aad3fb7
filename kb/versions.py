"""Versions of one document in the corpus: a regulation, plan or notice that a later document of
the same title (its amendment or revision, 2021年修正) amends or replaces says so, and the later
one names it. Read by the search layer when it opens an index."""

from __future__ import annotations

import re
from collections import defaultdict

# a title's note of its version: （2021年修正）, (修订), （试行）, （草案）
VERSION_NOTE = re.compile(
    r"[（(][^（）()]{0,20}(?:修正|修订|修改|试行|草案|暂行)[^（）()]{0,10}[)）]"
)
PUNCT = re.compile(r"[\s\W_]+")
VERSIONED = ("regulation", "plan", "opinion", "notice", "decision")


def title_key(title: str | None) -> str:
    """A title without its version note, spaces and punctuation: what two versions share."""
    return PUNCT.sub("", VERSION_NOTE.sub("", title or "")).lower()


def link_versions(docs: dict[str, dict]) -> None:
    """Mark, in place, each dated document a later one of the same title and genre replaces:
    `superseded_by` on the earlier, `supersedes` on the later."""
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for doc_id, d in docs.items():
        key = title_key(d.get("title"))
        if key and d.get("date") and not d.get("title_derived") and d.get("genre") in VERSIONED:
            groups[(key, d["genre"])].append(doc_id)
    for ids in groups.values():
        ids.sort(key=lambda i: (docs[i]["date"], i))
        for older, newer in zip(ids, ids[1:], strict=False):
            if docs[older]["date"] < docs[newer]["date"]:
                docs[older]["superseded_by"] = newer
                docs[newer]["supersedes"] = older
