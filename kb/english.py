"""Gives English extracted without spaces its spaces back (wordninja), keeping Chinese names whole."""

from __future__ import annotations

import re
from functools import cache

import wordninja

from kb import data_files

RUN = re.compile(r"[A-Za-z][A-Za-z']*")
LONG_RUN = re.compile(r"[A-Za-z']{18,}")


@cache
def _model() -> wordninja.LanguageModel:
    """wordninja's English model plus the project's proper names, ranked as common words."""
    model = object.__new__(wordninja.LanguageModel)
    costs = dict(wordninja.DEFAULT_LANGUAGE_MODEL._wordcost)
    extra = [w.strip().lower() for w in data_files.path("english_words.txt").read_text("utf-8").split()
             if w.strip() and not w.startswith("#")]
    from kb.gazetteer import english_names

    extra += [n.lower() for n in english_names()]
    base = min(costs.values())
    for w in extra:
        if w.isalpha():
            costs[w] = min(costs.get(w, 99.0), base + 4.0)
    model._wordcost = costs
    model._maxword = max(len(w) for w in costs)
    return model


def needs_spaces(text: str) -> bool:
    """English with long letter runs and few spaces was extracted without its spaces."""
    letters = sum(c.isascii() and c.isalpha() for c in text)
    if letters < 20:
        return False
    return bool(LONG_RUN.search(text)) and text.count(" ") < letters / 12


def _split_run(run: str) -> list[str]:
    if len(run) < 12 and run.lower() in _model()._wordcost:
        return [run]
    parts = _model().split(run.replace("'", " ' ").replace(" ", ""))
    return parts or [run]


def restore_spaces(text: str) -> str:
    """Split each run of letters into words and put one space between words and after punctuation."""
    out: list[str] = []
    pos = 0
    for m in RUN.finditer(text):
        out.append(text[pos:m.start()])
        run = m.group(0)
        # keep possessives: split the part before "'s" and after it separately
        pieces = re.split(r"('s|')", run)
        words: list[str] = []
        for piece in pieces:
            if not piece:
                continue
            if piece in ("'s", "'"):
                if words:
                    words[-1] += piece
                continue
            words.extend(_split_run(piece))
        out.append(" ".join(words))
        pos = m.end()
    out.append(text[pos:])
    result = "".join(out)
    result = re.sub(r"\s*([,;:.!?])\s*(?=[A-Za-z“\"(])", r"\1 ", result)
    result = re.sub(r"(?<=[A-Za-z])(?=[“(])", " ", result)
    result = re.sub(r"(?<=[”)])(?=[A-Za-z])", " ", result)
    result = re.sub(r"\s+([,;:.!?])", r"\1", result)
    return re.sub(r" {2,}", " ", result).strip()
