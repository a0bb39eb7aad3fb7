"""A compound written with an alternative in brackets (湖(河)长制) is found by either word it stands
for (kb/chinese.py AddAlternates), in the index's tokens and in a search."""

import pytest

from kb.backends import BACKENDS
from kb.chinese import tokens
from tests.fixtures import kb_of


def _subwords(text: str) -> list[str]:
    return [t.text for t in tokens(text) if t.sub]


def test_both_words_a_bracketed_alternative_stands_for_are_tokens():
    subs = _subwords("全面实行湖(河)长制")
    assert "湖长制" in subs and "河长制" in subs
    assert {"县政府", "区政府"} <= set(_subwords("县（区）政府负责组织实施"))


def test_they_share_the_last_parts_position_so_phrases_still_hold():
    toks = [t for t in tokens("实行湖(河)长制") if t.text in ("长制", "湖长制", "河长制")]
    assert len({t.pos for t in toks}) == 1


def test_a_bracket_that_is_no_alternative_adds_nothing():
    # a note in brackets between words, not inside one: no word is made across it
    assert "宁波集团" not in _subwords("宁波港(集团)有限公司")
    assert not [w for w in _subwords("设立各级湖（河）长5502名") if w.endswith("长")]


LAKES = {
    "lakes.txt": "巢湖治理十年\n\n"
    "巢湖全面实行湖(河)长制，省、市、县、乡、村五级湖(河)长工作体系共设立各级湖(河)长5502名。\n\n"
    "十年来，巢湖流域新增湿地面积两万亩，水质持续改善。\n"
}


@pytest.mark.parametrize("engine", sorted(BACKENDS))
def test_a_search_for_either_word_finds_the_text_naming_both(engine, tmp_path_factory):
    kb = kb_of(LAKES, engine, tmp_path_factory)
    for query in ("湖长制", "河长制"):
        res = kb.search(query, collapse=False)
        assert res["total"] == 1 and "湖(河)长制" in res["hits"][0]["text"], query
