"""Session 19 (issue 19), from the misses of the spent set eval/search16, on fixtures of our own:

- A function word's syllable (使 of shi) spells a run only where no corpus word spells it as well:
  shīdìbǎohù and "shidi baohu" are 湿地 保护, not 使 低保户.
- CEDICT's sense of a name followed by its description ("the Grand Canal, 1800 km from Beijing to
  Hangzhou, built starting from 486 BC") is read as the name: 大运河 (and dayunhe) finds the English
  paragraphs on the Grand Canal."""

from __future__ import annotations

import pytest

from kb.crosslang import senses
from tests.fixtures import kb_of

WETLANDS = {
    "wetlands.txt": "全区加强湿地保护与修复，恢复退化湿地面积。\n\n"
    "民政部门为低保户发放临时救助金，使困难群众安心过冬。\n\n"
    "各乡镇做好防汛准备。\n"
}


@pytest.mark.parametrize("query", ["shīdìbǎohù", "shidi baohu", "shidibaohu"])
def test_a_function_words_syllable_yields_to_words(query, tmp_path_factory):
    res = kb_of(WETLANDS, "whoosh", tmp_path_factory).search(query, collapse=False)
    assert res["total"] == 1 and res["hits"][0]["text"].startswith("全区加强湿地保护")


def test_a_cedict_name_with_its_description_is_read_as_the_name():
    assert "grand canal" in senses(
        "the Grand Canal, 1800 km from Beijing to Hangzhou, built 486 BC"
    )
    # a short sense with a comma is kept whole, as before
    assert senses("to build, to construct") == ["build, to construct"]


CANAL = {
    "canal_en.txt": "Yangzhou is restoring the Grand Canal and its old wharves for visitors.\n\n"
    "The city also opened two new bus lines this year.\n",
    "card.txt": "城市名片：大运河穿城而过，古镇众多。\n\n全市新增公交线路两条。\n",
}


@pytest.mark.parametrize("query", ["大运河", "dayunhe"])
def test_a_chinese_name_finds_the_english_name_cedict_describes(query, tmp_path_factory):
    res = kb_of(CANAL, "whoosh", tmp_path_factory).search(query, collapse=False)
    texts = [h["text"] for h in res["hits"]]
    assert res["total"] == 2 and any("Grand Canal" in t for t in texts)
