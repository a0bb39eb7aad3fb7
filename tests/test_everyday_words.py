"""Everyday words and short forms a corpus lacks (issue 19, session 12), each rule pinned on a
vocabulary of our own and on a small corpus searched with every backend: a word no measure uses
read as the corpus's words of the same CEDICT sense that share a character with it."""

from __future__ import annotations

import pytest

from kb import plan
from kb.backends import BACKENDS
from kb.crosslang import build_maps
from tests.fixtures import kb_of


class VocabLex:
    """A lexicon of our own: its maps, its Chinese words and their measure counts."""

    def __init__(self, maps: dict, vocab: dict[str, int]):
        self.maps, self.vocab = maps, vocab

    def df(self, word: str) -> int:
        return self.vocab.get(word, 0)

    def vocabulary(self) -> dict[str, int]:
        return self.vocab


def _readings(q: str, lex) -> list[tuple[str, str]]:
    return [(x["text"], x["via"]) for r in plan.build(q, lex).explain for x in r["readings"]]


def test_a_word_the_corpus_lacks_reads_its_words_of_the_same_sense():
    """租客 ("tenant") is the corpus's 承租人 ("lessor; tenant"); 中介 ("link; agency") is not
    联系 ("link"), which shares no character with it; a word the corpus has reads nothing new."""
    vocab = {"承租人": 5, "联系": 9, "租金": 4}
    maps = build_maps(vocab)
    assert maps["alike"]["租客"] == ["承租人"]
    assert "中介" not in maps["alike"]
    lex = VocabLex(maps, vocab)
    assert ("承租人", "cedict") in _readings("租客", lex)
    assert not [r for r in _readings("承租人", lex) if r[1] == "cedict" and r[0] != "承租人"]
    alike = [a for a in plan._alike("租客", lex)]
    assert [(a.toks, a.boost < 1) for a in alike] == [(("承租人",), True)]


TEXTS = {
    "rent.txt": "住房承租人应当按时交纳租金。\n\n出租人应当保障住房安全。\n\n"
    "租金标准由市场决定。\n",
}


@pytest.mark.parametrize("backend", sorted(BACKENDS))
def test_the_same_sense_finds_the_text_below_the_words_typed(backend, tmp_path_factory):
    kb = kb_of(TEXTS, backend, tmp_path_factory)
    res = kb.search("租客", collapse=False)
    assert [h["text"][:6] for h in res["hits"]] == ["住房承租人应"]
    assert ("承租人", "cedict") in [
        (x["text"], x["via"]) for r in res["interpretation"] for x in r["readings"]
    ]
    # with a word the text has, the paragraph holding the word typed ranks first
    res = kb.search("租客 租金", collapse=False)
    assert [h["text"][:6] for h in res["hits"] if not h["partial"]] == ["住房承租人应"]
