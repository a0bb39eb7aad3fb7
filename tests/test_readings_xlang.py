"""Reading rules between the languages (issue 19), each pinned on hand-made maps or a tiny
vocabulary of our own: English words read through CEDICT senses that hold them, and the rules
added after it below."""

from __future__ import annotations

from kb.crosslang import build_maps, english_key, word_readings


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
