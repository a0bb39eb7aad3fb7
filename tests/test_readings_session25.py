"""Query readings from the misses of search22/dev (issue 19, session 25), on a corpus of our own:
a romanised name typed with its apostrophe, straight or typographic (Xi'an, Lu’an), is the city
the gazetteer names so, in both languages; a word of the language (spending) is never put right
as a slip for another word of the corpus two edits away (standing)."""

from __future__ import annotations

import pytest

from kb import plan
from kb.backends import BACKENDS
from kb.crosslang import build_maps
from tests.fixtures import kb_of
from tests.test_readings_xlang import VocabLex

CITIES = {
    "luan.txt": "六安市政府工作报告\n\n"
    "过去四年,六安发展站上新的历史起点,政府工作报告提出的目标任务全面完成。\n",
    "xian.txt": "Night economy\n\n"
    "Xi'an has ranked fourth in the night economy of Chinese cities this year.\n",
    "other.txt": "合肥市政府工作报告\n\n合肥市政府工作报告提出,今年要稳住经济大盘,扩大有效投资。\n",
}


@pytest.mark.parametrize("engine", sorted(BACKENDS))
def test_a_name_typed_with_its_apostrophe_is_its_city(engine, tmp_path_factory):
    kb = kb_of(CITIES, engine, tmp_path_factory)
    for query in ("Lu'an 政府工作报告", "Lu’an 政府工作报告"):
        res = kb.search(query, collapse=False)
        assert res["total"] == 1 and "六安" in res["hits"][0]["text"], query
    res = kb.search("Xi’an night economy", collapse=False)
    assert res["total"] == 1 and "Xi'an" in res["hits"][0]["text"]


def test_a_word_of_the_language_is_no_slip_for_another_word():
    lex = VocabLex({"spelling": ["standing", "intelligence"], "spelling_senses": []}, {}, set())
    assert plan._latin_fix("spending", lex) == "spending"
    assert plan._latin_fix("inteligence", lex) == "intelligence"  # a slip is still put right


def test_pinyin_spells_a_dictionary_word_the_corpus_says_only_in_english():
    """zhongweizi: no Chinese paragraph says 中微子, an English one says neutrino; jiaoyi is 交易
    (trade), the commonest of the dictionary's words so spelled; a corpus word so spelled keeps
    the spelling (中位子)."""
    maps = build_maps({"neutrino": 3, "trade": 2, "城市": 5})
    assert maps["pinyin"]["zhongweizi"] == ["中微子"]
    assert maps["pinyin"]["jiaoyi"][0] == "交易"
    assert build_maps({"neutrino": 3, "中位子": 1})["pinyin"]["zhongweizi"] == ["中位子"]


NEUTRINOS = {
    "juno.txt": "Neutrino observatory\n\n"
    "The neutrino detector sits 700 metres underground near Jiangmen.\n",
    "other.txt": "城市更新\n\n城市更新行动提出,今年改造老旧小区120个。\n",
}


@pytest.mark.parametrize("engine", sorted(BACKENDS))
def test_pinyin_of_a_word_said_only_in_english_finds_the_english(engine, tmp_path_factory):
    kb = kb_of(NEUTRINOS, engine, tmp_path_factory)
    res = kb.search("zhongweizi", collapse=False)
    assert res["total"] == 1 and "neutrino" in res["hits"][0]["text"]
