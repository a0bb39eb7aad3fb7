"""Session 19 (issue 19), from the misses of the spent set eval/search16, on fixtures of our own:

- A function word's syllable (使 of shi) spells a run only where no corpus word spells it as well:
  shīdìbǎohù and "shidi baohu" are 湿地 保护, not 使 低保户.
- A document's title is the heading above all the headings of its measures (since session 28 of
  every measure, not only those under no heading of their own), read for a partial match only:
  the paragraphs of a carbon peak implementation plan that never say "carbon peak" follow, marked
  as partial, the one that says it (the total counts what the measures say), after any measure
  that says some of the words itself; a title made up from the first line is no heading.
  (tests/test_reading.py: measures under 二、数字经济 are partial matches of 港口 宁波 through
  their title 沿海港口建设情况, after the one that says 港口; tests/test_coverage.py: a measure its
  title alone speaks for comes last.)
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


PLANS = {
    "carbon_peak_en.txt": "Sichuan Guang'an Carbon Peak Implementation Plan issued\n\n"
    "We will vigorously develop clean energy and stabilize the capacity of hydropower stations.\n\n"
    "Encourage large public buildings to use roof resources to build distributed photovoltaics.\n",
    "peak_season_en.txt": "Tourism in the peak season\n\n"
    "Hotels in the old town were full during the holiday week.\n",
    "note.txt": "carbon peak is a goal the county names in its plan for 2030.\n\n"
    "The county will also build two bus lines.\n",
    "library.txt": "the county library plan was approved last week.\n\nIt opens next year.\n",
}


@pytest.mark.parametrize("backend", ["whoosh", "tantivy"])
def test_a_documents_title_finds_its_paragraphs_as_partial_matches(backend, tmp_path_factory):
    res = kb_of(PLANS, backend, tmp_path_factory).search("carbon peak plan", collapse=False)
    hits = res["hits"]
    assert res["total"] == 1 and hits[0]["text"].startswith("carbon peak is a goal")
    titled = [h for h in hits[1:] if h["doc_id"] == "carbon_peak_en"]
    assert len(titled) >= 2 and all(h["partial"] for h in titled)
    # a paragraph whose title says every word comes before one that says the commonest word
    # (plan) itself: a title covers half of each concept it says (tests/test_coverage.py: a
    # paragraph that says as much itself comes first)
    assert hits[1]["doc_id"] == "carbon_peak_en"
    assert any(h["doc_id"] == "library" for h in hits[2:])
    # a title made up from a document's first line (note.txt has none) is read nowhere else
    assert not any(h["text"].startswith("The county will also build") for h in hits)


@pytest.mark.parametrize("backend", ["whoosh", "tantivy"])
def test_a_title_alone_answers_a_word_no_measure_says(backend, tmp_path_factory):
    res = kb_of(PLANS, backend, tmp_path_factory).search("implementation", collapse=False)
    assert res["total"] == 0 and res["partial_total"] >= 2
    assert {h["doc_id"] for h in res["hits"]} == {"carbon_peak_en"}
