"""The everyday-word list (kb/data/everyday_zh.toml, issue 19): a word people type read one way
as the official terms it stands for, pinned on a vocabulary of our own and on a small corpus
searched with every backend."""

from __future__ import annotations

import re

import pytest

from kb.backends import BACKENDS
from kb.crosslang import build_maps, everyday, synonyms
from tests.fixtures import kb_of, readings_in
from tests.test_everyday_words import VocabLex, _readings


def test_the_list_is_well_formed():
    """Every entry reads some official term other than itself, written without punctuation (a
    value is looked for as a phrase of its words)."""
    assert everyday()
    for key, terms in everyday().items():
        assert terms and key not in terms, key
        assert all(re.fullmatch(r"[\u4e00-\u9fff]+", t) for t in terms), key


def test_an_everyday_word_reads_the_official_phrase_one_way():
    """遛狗 reads 携犬出户 and 养犬; 携犬出户 typed reads no 遛狗 (the list is one way)."""
    assert synonyms()["遛狗"] == ["携犬出户", "养犬"]
    assert "遛狗" not in synonyms().get("携犬出户", [])
    vocab = {"携犬": 3, "出户": 3, "养犬": 5, "清理": 4}
    lex = VocabLex(build_maps(vocab), vocab)
    assert ("携犬出户", "synonym") in _readings("遛狗", lex)
    assert not [r for r in _readings("携犬出户", lex) if "遛" in r[0]]


def test_an_everyday_word_typed_in_pinyin_reads_the_same():
    """liugou spells 遛狗, which the corpus lacks, because the list has it; a key a corpus word
    has keeps that word (yangquan is the corpus's 养犬)."""
    vocab = {"携犬": 3, "出户": 3, "养犬": 5}
    maps = build_maps(vocab)
    assert maps["pinyin"]["liugou"] == ["遛狗"]
    assert maps["pinyin"]["yangquan"] == ["养犬"]
    assert ("携犬出户", "synonym") in _readings("liugou", VocabLex(maps, vocab))


DOGS = {
    "dogs.txt": "第一条 携犬出户的，应当为犬只束犬链，由完全民事行为能力人牵领。\n\n"
    "第二条 居民遛狗时应当随身携带清理工具，及时清理粪便。\n\n"
    "第三条 公园开放时间由公园管理机构确定并向社会公布。\n",
}


@pytest.mark.parametrize("backend", sorted(BACKENDS))
def test_the_everyday_word_finds_the_regulation_not_the_reverse(backend, tmp_path_factory):
    kb = kb_of(DOGS, backend, tmp_path_factory)
    res = kb.search("遛狗", collapse=False)
    assert sorted(h["text"][:4] for h in res["hits"]) == ["第一条 ", "第二条 "]
    assert ("携犬出户", "synonym") in readings_in(res["interpretation"])
    res = kb.search("携犬出户", collapse=False)
    assert [h["text"][:4] for h in res["hits"]] == ["第一条 "]
