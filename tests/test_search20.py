"""Session 20 (issue 19), from the misses of the spent set eval/search17, on fixtures of our own:

- A pinyin keyboard's wrong word that jieba cuts into words of its own (林长治: 林 + 长治, the city)
  is put right to the corpus word of exactly the same sound one character away (林长制), and the
  reading says it was a spelling; a stretch that sounds different (林长会), one word typed whole, or
  a query with no lone character is left as typed."""

from __future__ import annotations

from kb import plan
from kb.suggest import correct_homophone
from tests.fixtures import kb_of
from tests.test_readings_xlang import VocabLex

FORESTS = {
    "forests.txt": "关于全面建立林长制的实施意见\n\n"
    "全市全面建立林长制，设立市、县、乡、村四级林长，各级林长负责组织领导本区域森林资源保护发展工作。\n\n"
    "长治市加强太行山区植树造林，新增造林面积十二万亩，森林覆盖率稳步提高。\n\n"
    "林长制的建立将推动生态廊道绿化工程、森林质量提升工程和森林资源保护工程落地见效。\n"
}


def test_a_wrong_word_of_the_same_sound_is_put_right(tmp_path_factory):
    res = kb_of(FORESTS, "whoosh", tmp_path_factory).search("林长治", collapse=False)
    assert res["total"] == 2 and all("林长制" in h["text"] for h in res["hits"])
    assert not any(h["text"].startswith("长治市") for h in res["hits"])
    reading = res["interpretation"][0]
    assert reading["word"] == "林长制" and reading["readings"][0]["via"] == "spelling"


def test_only_the_same_sound_across_words_is_put_right():
    vocab = {"林长制": 5, "林": 3, "长治": 2, "林长会": 4}
    words = [(0, 1), (1, 3)]
    assert correct_homophone("林长治", words, vocab) == "林长制"  # zhi for zhi, not 会 (hui)
    assert correct_homophone("林长治", words, {"林长会": 4}) == "林长治"
    # a word typed whole (长治市, one word) is no slip, however close a corpus word sounds
    assert correct_homophone("长治市", [(0, 3)], {"长治是": 4}) == "长治市"
    # a stretch that is a corpus word itself is as meant
    assert correct_homophone("林长治", words, {"林长治": 1, "林长制": 9}) == "林长治"


def test_a_query_of_whole_words_is_never_respelt():
    vocab = {"林长制": 5, "数字经济": 9, "数字": 9, "经济": 9}
    lex = VocabLex({}, vocab, set())
    # 数字经济 and 林长治: only the stretch with a lone character is a slip
    assert [r["word"] for r in plan.build("林长治", lex).explain] == ["林长制"]
    assert [r["word"] for r in plan.build("数字经济", lex).explain] == ["数字经济"]
