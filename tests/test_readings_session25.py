"""Query readings from the misses of search22/dev (issue 19, session 25), on a corpus of our own:
a romanised name typed with its apostrophe, straight or typographic (Xi'an, Lu’an), is the city
the gazetteer names so, in both languages; a word of the language (spending) is never put right
as a slip for another word of the corpus two edits away (standing)."""

from __future__ import annotations

import pytest

from kb import plan
from kb.backends import BACKENDS
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
