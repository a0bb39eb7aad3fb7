"""Session 17 (issue 19, eval/search14 dev): words the project declares are words.

- A Chinese term the data files declare (the glossary's, the everyday words and the terms they
  stand for, synonyms, the theme lexicons' two-character words) that jieba's dictionary lacks is
  added to it, so jieba's guess from characters cannot swallow it (办托育 of 办托育服务机构 hid
  托育 from a search); jieba's own words keep their frequencies (垃圾 stays as common as it is).
- A glossary term is a pinyin reading though the corpus lacks it (tanhui → 碳汇 → carbon sink):
  a pinyin query reaches the English paragraphs through the Chinese term.
- A declared term of several words is found with one word between them (托育机构 in
  托育服务机构)."""

from __future__ import annotations

import pytest

from kb import chinese
from kb.backends import BACKENDS
from kb.crosslang import build_maps, english_key
from tests.fixtures import kb_of


def test_a_declared_term_jieba_lacks_is_kept_whole():
    words = chinese.analyse("公办和社会力量办托育服务机构协同发展")[0]
    assert "办托育" not in words
    assert any(w.startswith("托育") for w in words)
    assert "托育" in {t.text for t in chinese.tokens("社会力量办托育服务机构")}
    assert "碳汇" in chinese.analyse("贵州森林碳汇能力不断提升")[0]


def test_jiebas_own_words_keep_their_frequencies():
    """垃圾 is in jieba's dictionary and in the lexicon: declaring it must not lower its count,
    which would cut 生活垃圾分类 as 生活垃圾|分类 and break 垃圾分类."""
    assert "垃圾分类" in chinese.analyse("安排其参加生活垃圾分类相关的社会服务")[0]


def test_a_glossary_term_the_corpus_lacks_is_a_pinyin_reading():
    vocab = {english_key("carbon"): 5, english_key("sink"): 3, "森林": 4}
    assert build_maps(vocab)["pinyin"].get("tanhui") == ["碳汇"]


TEXTS = {
    "care.txt": "托育方面：公办和社会力量办托育服务机构协同发展。\n\n社区开展消防演练。\n",
    "sink.txt": "Guizhou's forests absorbed more carbon as a carbon sink last year.\n\n"
    "The city opened a new library.\n",
}


@pytest.mark.parametrize("backend", sorted(BACKENDS))
def test_tanhui_finds_the_english_carbon_sink(backend, tmp_path_factory):
    kb = kb_of(TEXTS, backend, tmp_path_factory)
    res = kb.search("tanhui", collapse=False)
    assert res["total"] == 1
    assert res["hits"][0]["text"].startswith("Guizhou's forests")


@pytest.mark.parametrize("backend", sorted(BACKENDS))
def test_an_everyday_word_finds_its_term_with_a_word_between(backend, tmp_path_factory):
    """托儿所 is 托育机构 (kb/data/everyday_zh.toml); the text says 托育服务机构."""
    kb = kb_of(TEXTS, backend, tmp_path_factory)
    res = kb.search("托儿所", collapse=False)
    assert res["total"] == 1
    assert res["hits"][0]["text"].startswith("托育方面")


WIDER = {
    "care.txt": "托育方面：公办和社会力量办托育服务机构协同发展。\n\n社区开展消防演练。\n",
    "loans.txt": "推动小微企业融资，扩大普惠型小微企业贷款投放。\n\n加强河道保洁。\n",
}


@pytest.mark.parametrize(
    ("query", "start"), [("daycare", "托育方面"), ("small business financing", "推动小微企业")]
)
def test_everyday_english_reaches_the_chinese_terms(query, start, tmp_path_factory):
    """The glossary's session-17 domains (kb/data/glossary.toml): everyday English for childcare
    and small firms reads the terms Chinese policy texts use (托育, 小微企业)."""
    kb = kb_of(WIDER, "whoosh", tmp_path_factory)
    res = kb.search(query, collapse=False)
    assert res["total"] >= 1 and res["hits"][0]["text"].startswith(start)
