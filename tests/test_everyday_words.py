"""Everyday words and short forms a corpus lacks (issue 19, session 12), each rule pinned on a
vocabulary of our own and on a small corpus searched with every backend: a word no measure uses
read as the corpus's words of the same CEDICT sense that share a character with it."""

from __future__ import annotations

import pytest

from kb import plan
from kb.backends import BACKENDS
from kb.crosslang import build_maps
from tests.fixtures import kb_of, readings_in


class VocabLex:
    """A lexicon of our own: its maps, its Chinese words and their measure counts."""

    def __init__(self, maps: dict, vocab: dict[str, int]):
        self.maps, self.vocab = maps, vocab

    def df(self, word: str) -> int:
        return self.vocab.get(word, 0)

    def vocabulary(self) -> dict[str, int]:
        return self.vocab


def _readings(q: str, lex) -> list[tuple[str, str]]:
    return readings_in(plan.build(q, lex).explain)


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


def test_a_word_the_corpus_lacks_typed_in_pinyin_reads_the_same():
    """zuke spells 租客, which the corpus lacks, only because 租客 has a word of the same sense
    there (承租人); a key a corpus word has keeps that word (zujin is the corpus's 租金)."""
    vocab = {"承租人": 5, "联系": 9, "租金": 4, "合同": 3}
    maps = build_maps(vocab)
    assert maps["pinyin"]["zuke"] == ["租客"]
    assert maps["pinyin"]["zujin"] == ["租金"]
    assert "zhongjie" not in maps["pinyin"]  # 中介 reads nothing in this corpus
    lex = VocabLex(maps, vocab)
    assert _readings("zuke hetong", lex) == [
        ("租客", "pinyin"),
        ("承租人", "cedict"),
        ("合同", "pinyin"),
    ]


TEXTS = {
    "rent.txt": "住房承租人应当按时交纳租金。\n\n出租人应当保障住房安全。\n\n"
    "租金标准由市场决定。\n",
}


@pytest.mark.parametrize("backend", sorted(BACKENDS))
def test_the_same_sense_finds_the_text_below_the_words_typed(backend, tmp_path_factory):
    kb = kb_of(TEXTS, backend, tmp_path_factory)
    res = kb.search("租客", collapse=False)
    assert [h["text"][:6] for h in res["hits"]] == ["住房承租人应"]
    assert ("承租人", "cedict") in readings_in(res["interpretation"])
    # with a word the text has, the paragraph holding the word typed ranks first
    res = kb.search("租客 租金", collapse=False)
    assert [h["text"][:6] for h in res["hits"] if not h["partial"]] == ["住房承租人应"]


# ---- a short form the corpus lacks, read as the phrase it shortens ---------------------------


class CountingLex(VocabLex):
    """A lexicon that also counts the measures of a two-word phrase (its `phrases`)."""

    def __init__(self, vocab: dict[str, int], phrases: dict[tuple[str, str], int]):
        super().__init__({}, vocab)
        self.phrases = phrases

    def count(self, node) -> int:
        return self.phrases.get(tuple(node.words), 0)


def test_a_short_form_reads_the_phrase_of_its_head_characters():
    """骗补 is 骗取 … 补贴 where the corpus says that phrase in two measures or more; a pair said
    once (骗取 … 补助) is a coincidence; a short form the corpus has reads nothing so."""
    vocab = {"骗取": 4, "补贴": 9, "补助": 5, "医疗": 12, "骗局": 1}
    lex = CountingLex(vocab, {("骗取", "补贴"): 3, ("骗取", "补助"): 1})
    assert [(a.toks, a.slop, a.boost < 1) for a in plan._shortened("骗补", lex)] == [
        (("骗取", "补贴"), 3, True)
    ]
    assert ("骗取…补贴", "parts") in _readings("骗补", lex)
    lex.phrases[("骗取", "补贴")] = 1
    assert plan._shortened("骗补", lex) == []
    lex.phrases[("骗取", "补贴")] = 3
    lex.vocab["骗补"] = 1
    assert plan._shortened("骗补", lex) == []


def test_a_short_form_whose_declared_term_the_corpus_has_is_not_guessed():
    """医保 is declared (synonyms.toml's 医疗保险, abbreviations.tsv) and the corpus has 医疗保险:
    no guess beside it, though the corpus says 医疗 … 保人 (医疗保险参保人) often. 骗保's everyday
    terms (骗取医疗保障基金…) are not in this corpus as written: its guess stays."""
    vocab = {"医疗": 12, "保人": 6, "保险": 9, "骗取": 4, "保障": 9, "医疗保险": 3}
    lex = CountingLex(vocab, {("医疗", "保人"): 5, ("医疗", "保险"): 4, ("骗取", "保障"): 3})
    assert plan._shortened("医保", lex)  # the guess exists ...
    readings = _readings("医保", lex)
    assert ("医疗保险", "synonym") in readings  # ... the declared term is read ...
    assert not [r for r in readings if "…" in r[0]]  # ... and the guess is not
    assert ("骗取…保障", "parts") in _readings("骗保", lex)
    del vocab["医疗保险"]  # a corpus without the declared term: the guess is read
    assert [r for r in _readings("医保", lex) if "…" in r[0]]


FUND = {
    "fund.txt": "第一条 个人以欺诈手段骗取就业补贴的，责令退回。\n\n"
    "第二条 用人单位骗取政府补贴资金的，处以罚款。\n\n"
    "第三条 补贴资金专款专用。\n\n第四条 骗取他人财物的，依法处理。\n",
}


@pytest.mark.parametrize("backend", sorted(BACKENDS))
def test_a_short_form_finds_the_phrase_it_shortens(backend, tmp_path_factory):
    kb = kb_of(FUND, backend, tmp_path_factory)
    res = kb.search("骗补", collapse=False)
    assert sorted(h["text"][:6] for h in res["hits"]) == ["第一条 个人", "第二条 用人"]
    assert ("骗取…补贴", "parts") in readings_in(res["interpretation"])
