"""A short word read as the corpus's longer words that keep its characters in order (kb/plan.py
_full_forms): a person types 驾驶员 or 风景区 where a regulation writes 驾驶人员 or 风景名胜区."""

from __future__ import annotations

import pytest

from kb import plan
from kb.backends import BACKENDS
from tests.fixtures import kb_of, readings_in
from tests.test_everyday_words import VocabLex

VOCAB = {
    "驾驶人员": 15,
    "驾驶员": 9,
    "驾驶员证": 20,  # keeps 驾驶员 but ends otherwise: another term
    "驾驶培训机构人员": 30,  # too long to be 驾驶员 written out
    "风景名胜区": 30,
    "进出口": 4,
    "进口": 1,
    "老年人": 40,
}


def _full(word: str, vocab=VOCAB) -> list[str]:
    return [a.toks[0] for a in plan._full_forms(word, VocabLex({}, vocab))]


def test_a_word_reads_its_longer_forms_in_the_corpus():
    assert _full("驾驶员") == ["驾驶人员"]
    assert _full("风景区") == ["风景名胜区"]  # one the corpus lacks, too
    assert ("驾驶人员", "synonym") in readings_in(plan.build("驾驶员", VocabLex({}, VOCAB)).explain)


def test_two_characters_read_a_longer_form_only_where_the_corpus_lacks_them():
    assert _full("进口") == []  # the corpus has 进口: 进出口 is another term
    assert _full("老人") == ["老年人"]


def test_the_commonest_longer_forms_only():
    """At most two, commonest first; 长江三角洲 keeps 长三角 in order but ends otherwise."""
    vocab = {"长江三角": 5, "长江三角洲": 9, "长江大三角": 1, "长江经济三角": 3, "长三角": 2}
    assert _full("长三角", vocab) == ["长江三角", "长江经济三角"]


TEXTS = {
    "taxi.txt": "第二十三条 客运出租汽车驾驶人员应当遵守下列规定。\n\n"
    "第二十四条 驾驶员证应当随车携带。\n\n第二十五条 经营者应当公示收费标准。\n",
}


@pytest.mark.parametrize("backend", sorted(BACKENDS))
def test_the_short_word_finds_the_text_that_writes_it_out(backend, tmp_path_factory):
    kb = kb_of(TEXTS, backend, tmp_path_factory)
    res = kb.search("驾驶员 遵守", collapse=False)
    assert [h["text"][:6] for h in res["hits"] if not h["partial"]] == ["第二十三条 "]
