"""Reading rules between the languages (issue 19), each pinned on hand-made maps or a tiny
vocabulary of our own: English words read through CEDICT senses that hold them, and the rules
added after it below."""

from __future__ import annotations

from pypinyin import lazy_pinyin

from kb import plan
from kb.crosslang import build_maps, english_key, pinyin_keys, spell_pinyin, word_readings


def test_word_readings_prefer_whole_senses_and_drop_lone_characters():
    maps = {
        "english": {"data": ["数据", "资料", "料"], "most": ["最多", "至", "最"], "fee": ["费"]},
        "english_in": {
            "data": ["数据库", "大数据"],
            "most": ["最重要"],
            "fee": ["收费", "缴费", "学费"],
        },
    }
    # two whole senses of two or more characters: those alone, no lone character
    assert word_readings("data", maps) == ["数据", "资料"]
    # one whole sense: also the commonest two that hold the word
    assert word_readings("most", maps) == ["最多", "最重要"]
    # none of two characters: those that hold it, and the lone character last
    assert word_readings("fee", maps) == ["收费", "缴费", "费"]
    assert word_readings("unknown", maps) == []


def test_build_maps_reads_two_word_senses_that_hold_a_word():
    maps = build_maps({"医疗": 9, "收费": 4, "费": 2, "纠纷": 3})
    assert "医疗" in maps["english_in"][english_key("medical")]
    assert "收费" in maps["english_in"][english_key("fee")]
    # a one-character word is never read through a sense that holds the word
    assert all(len(w) > 1 for words in maps["english_in"].values() for w in words)


# ---- pinyin -------------------------------------------------------------------------------------


class Lex:
    """A lexicon of our own for the plan builder: its maps, and every token known."""

    def __init__(self, maps: dict):
        self.maps = maps

    def df(self, word: str) -> int:
        return 3


def concepts(q: str, maps: dict) -> list[tuple[str, list[tuple[str, str]]]]:
    return [
        (r["word"], [(x["text"], x["via"]) for x in r["readings"]])
        for r in plan.build(q, Lex(maps)).explain
    ]


def test_pinyin_keys_read_every_reading_of_a_character():
    keys = pinyin_keys("长三角")
    assert keys[0] == "".join(lazy_pinyin("长三角")) and "changsanjiao" in keys
    assert pinyin_keys("能源") == ["nengyuan"]


def test_spell_pinyin_in_the_fewest_corpus_words():
    py = {
        "zaisheng": ["再生"],
        "nengyuan": ["能源"],
        "chengshi": ["城市", "诚实"],
        "danao": ["大脑"],
    }
    assert spell_pinyin("kezaishengnengyuan", py) == "可再生能源"  # 可 a function word's syllable
    assert spell_pinyin("chengshidanao", py) == "城市大脑"  # the commonest reading of each
    assert spell_pinyin("nengyuan", py) == ""  # one word: the pinyin map has it
    assert spell_pinyin("nengyuanxyz", py) == ""


def test_pinyin_run_spelled_as_one_concept_only_when_it_is_one():
    py = {
        "chengshi": ["城市"],
        "danao": ["大脑"],
        "hangzhou": ["杭州"],
        "shuzi": ["数字"],
        "jingji": ["经济"],
    }
    # 城市大脑 is a term of the glossary: one concept, read on in English
    (word, found), *rest = concepts("chengshi danao", {"pinyin": py})
    assert not rest and ("城市大脑", "pinyin") in found and ("city brain", "glossary") in found
    # every word spells alone and 杭州数字经济 is no term: a city and a topic (数字经济 is one)
    assert [w for w, _ in concepts("hangzhou shuzi jingji", {"pinyin": py})] == [
        "hangzhou",
        "shuzi jingji",
    ]
