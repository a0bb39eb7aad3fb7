"""Query readings from the misses of search22 and search23 (held out until session 26) and
search24/dev (issue 19, session 26), on corpora of our own: a spelling a corpus word has only
through a character's other reading (石化 as danhua, 石 read dan as a unit of weight) does not keep
the dictionary's own word of that spelling out (淡化, desalination); a dictionary word jieba does
not list is still a spelling (石墨烯, graphene); two English words typed together read the
Chinese word one longer sense of which holds both (spring plowing: 春耕, "to plow a field in the
spring")."""

from __future__ import annotations

import pytest

from kb.backends import BACKENDS
from kb.crosslang import build_maps, english_key, pair_key, sense_pairs, senses, verb_senses
from tests.fixtures import kb_of


def test_a_characters_other_reading_does_not_keep_the_dictionary_word_out():
    maps = build_maps({"石化": 4, english_key("desalination"): 2})
    assert maps["pinyin"]["danhua"][0] == "淡化"
    assert "石化" in maps["pinyin"]["danhua"]  # the corpus word stays a reading
    assert "淡化" not in maps["pinyin"]["shihua"]
    # a corpus word whose usual reading it is keeps the spelling to itself
    assert build_maps({"淡化": 1, english_key("desalination"): 2})["pinyin"]["danhua"] == ["淡化"]


def test_the_dictionarys_reading_of_a_corpus_word_is_its_usual_one():
    """乙炔 (acetylene) is yi3 que1 in CEDICT, yigui by pypinyin's first guess: yique is the corpus
    word's own spelling, not free for 遗缺 (vacancy) said only in English."""
    maps = build_maps({"乙炔": 2, english_key("vacancy"): 1})
    assert maps["pinyin"]["yique"] == ["乙炔"]


def test_a_note_inside_a_note_leaves_no_bracket_in_a_sense():
    definition = "stone (British unit of mass equal to 14 pounds (about 6.3 kilograms))"
    assert senses(definition) == ["stone"]
    assert verb_senses("to plow (a field (in spring))/plowing") == {"plow"}


def test_a_dictionary_word_jieba_lacks_is_still_a_spelling():
    maps = build_maps({english_key("graphene"): 3})
    assert maps["pinyin"]["shimoxi"] == ["石墨烯"]


def test_two_words_of_a_longer_sense_read_its_word():
    assert pair_key("spring plow") == pair_key("plow spring")
    assert sense_pairs("plow field spring") == ["field plow", "field spring", "plow spring"]
    assert sense_pairs("spring plow") == []  # a two-word sense is read as it stands
    maps = build_maps({"春耕": 3, "化肥": 2})
    assert maps["sense_pairs"][pair_key(english_key("spring plowing"))] == ["春耕"]


FARMS = {
    "daye.txt": "春耕物资\n\n当前正值春耕时节,全市储备化肥1.35万吨,农资供应充足。\n",
    "jinan.txt": "Famous springs\n\n"
    "The protection of famous springs is the duty of the municipal government.\n",
    "plant.txt": "Seawater plant\n\n"
    "The desalination plant turns seawater into drinking water for the island.\n",
    "chem.txt": "石化产业\n\n石化产业是本市的支柱产业,今年产值增长百分之八。\n",
}


@pytest.mark.parametrize("engine", sorted(BACKENDS))
def test_readings_find_the_other_language(engine, tmp_path_factory):
    kb = kb_of(FARMS, engine, tmp_path_factory)
    res = kb.search("spring plowing fertilizer", collapse=False)
    assert res["total"] == 1 and "春耕" in res["hits"][0]["text"]
    res = kb.search("haishui danhua", collapse=False)
    assert res["total"] == 1 and "desalination" in res["hits"][0]["text"]


FUNDS = {
    "fund.txt": "产业基金\n\n省人民政府设立数字经济产业投资基金,用于重大项目建设。\n",
    "invite.txt": "招商引资\n\n全市开展招商引资活动,签约项目二十个。\n",
}


@pytest.mark.parametrize("engine", sorted(BACKENDS))
def test_words_that_read_alone_keep_their_readings(engine, tmp_path_factory):
    """investment fund: 投资 and 基金, each word's own; not 招商 ("to invite investment"), which a
    longer sense holding both words would read."""
    kb = kb_of(FUNDS, engine, tmp_path_factory)
    res = kb.search("investment fund", collapse=False)
    assert res["total"] == 1 and "投资基金" in res["hits"][0]["text"]
