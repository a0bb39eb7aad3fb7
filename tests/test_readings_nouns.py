"""English words read as the nouns and compounds they are (issue 19, search11): a plural is a
noun, so a Chinese word CEDICT gives only as the verb is no reading of it; a proper name lends no
everyday word its meaning; two English words read the corpus's compound their characters spell.
Each pinned on a tiny vocabulary of our own and the real CC-CEDICT."""

from __future__ import annotations

from kb import plan
from kb.crosslang import build_maps, english_key, verb_senses, word_readings
from tests.fixtures import readings_in
from tests.test_readings_xlang import VocabLex


def readings(word: str, maps: dict) -> list[str]:
    return word_readings(english_key(word), maps, word)


def test_a_sense_given_only_as_a_verb_is_told_from_one_given_as_a_noun():
    assert "train" in verb_senses("to cultivate; to train; to groom; training")
    assert "train" not in verb_senses("(railway) train")
    assert "dispute" not in verb_senses("controversy; dispute; to dispute")  # a noun too


def test_a_plural_reads_the_nouns_of_its_singular_not_its_verbs():
    """trains: 列车 and 火车, not 培训 or 培育, which CEDICT gives only as "to train"; the
    singular typed keeps them all (train may be the verb)."""
    maps = build_maps({"列车": 5, "火车": 2, "培训": 20, "培育": 3})
    assert set(readings("trains", maps)) == {"列车", "火车"}
    assert {"培训", "列车"} <= set(readings("train", maps))


def test_a_plural_keeps_a_word_that_is_also_a_noun_and_a_verb_beside_its_agent():
    """争议 is "dispute" and "to dispute"; 志愿 "to volunteer" stays beside 志愿者 "volunteer",
    the agent noun it begins."""
    maps = build_maps({"争议": 5, "纠纷": 9, "志愿": 4, "志愿者": 3})
    assert {"争议", "纠纷"} <= set(readings("disputes", maps))
    assert {"志愿", "志愿者"} <= set(readings("volunteers", maps))


def test_a_proper_name_lends_no_everyday_word_its_meaning():
    """白宫 is "White House", a name: white is not read as it (it was, as a two-word sense holding
    the word); 收费 "charge a fee" still reads fee."""
    maps = build_maps({"白宫": 3, "收费": 4})
    assert "白宫" not in readings("white", maps)
    assert "收费" in readings("fee", maps)


def test_two_english_words_read_the_compound_their_characters_spell():
    """白茶 is in no dictionary; white is 白 and tea 茶: white tea reads 白茶, one concept. A
    compound the dictionary has (茶叶) is read through its own senses, not composed."""
    vocab = {"白茶": 4, "茶叶": 6, "茶农": 3}
    maps = build_maps(vocab)
    assert maps["composed"].get("white tea") == ["白茶"]
    assert all("茶叶" not in words for words in maps["composed"].values())
    lex = VocabLex(maps, vocab, {"white", "tea"})
    p = plan.build("white tea", lex)
    assert [r["word"] for r in p.explain] == ["white tea"]
    assert ("白茶", "parts") in readings_in(p.explain)


def test_an_english_words_reading_reads_its_longer_form_as_typed_chinese_does():
    """drivers is 驾驶员 (CEDICT) and so also 驾驶人员, the regulation's own longer form
    (kb/plan.py _full_forms, as for 驾驶员 typed); a word with no longer form reads as before."""
    vocab = {"驾驶人员": 15, "驾驶员": 2, "列车": 3}
    lex = VocabLex(build_maps(vocab), vocab, set())
    read = readings_in(plan.build("drivers", lex).explain)
    assert ("驾驶员", "cedict") in read and ("驾驶人员", "cedict") in read
    assert [t for t, via in readings_in(plan.build("trains", lex).explain) if via == "cedict"] == [
        "列车"
    ]


def test_a_word_no_measure_uses_reads_its_longer_form_cut_in_two_words():
    """风景区 is in no measure; jieba cuts the regulation's 风景名胜区 as 风景|名胜区: the word
    reads the two side by side where the text has them, and so does "scenic area" (glossary:
    风景区). Two words holding the word itself are no longer form of it (产业链 is no
    产业|新产业链), nor two words the text never puts side by side."""
    vocab = {"风景": 6, "名胜区": 9, "景区": 4, "产业": 30, "新产业链": 5}

    class Lex(VocabLex):
        def count(self, node):
            return int(getattr(node, "words", ()) in {("风景", "名胜区"), ("产业", "新产业链")})

    lex = Lex(build_maps(vocab), vocab, set())
    assert [a.toks for a in plan._full_forms("风景区", lex)] == [("风景", "名胜区")]
    assert ("风景名胜区", "synonym") in readings_in(plan.build("风景区", lex).explain)
    assert ("风景名胜区", "synonym") in readings_in(plan.build("scenic area", lex).explain)
    assert plan._full_forms("产业链", lex) == []

    class Apart(VocabLex):
        def count(self, node):
            return 0

    assert plan._full_forms("风景区", Apart(build_maps(vocab), vocab, set())) == []
