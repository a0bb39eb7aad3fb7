"""Session 18 (issue 19): an English phrase the glossary knows is read as one concept only where
some measure may hold it (one of its translations, or all its own words); else its words are read
one by one, each with its own readings, so "childcare subsidy" over a text that says 托育 … 补贴
finds it (the glossary's 育儿补贴 alone found nothing). All 773 queries 0.7477 -> 0.7483, with
only gains (childcare services for infants 0.402 -> 0.765, elderly care subsidy 0.643 -> 0.760)."""

from kb import plan
from kb.crosslang import build_maps, english_key
from tests.fixtures import kb_of
from tests.test_everyday_words import VocabLex


def _concepts(q: str, vocab: dict) -> list[str]:
    return [r["concept"] for r in plan.build(q, VocabLex(build_maps(vocab), vocab)).explain]


def test_a_glossary_phrase_no_measure_holds_is_read_word_by_word():
    assert _concepts("childcare subsidy", {"托育": 4, "补贴": 6}) == ["childcare", "subsidy"]


def test_a_glossary_phrase_the_corpus_holds_stays_one_concept():
    # the translation as the index holds it (育儿补贴 is one word: the theme lexicon lists it)
    assert _concepts("childcare subsidy", {"育儿补贴": 2, "补贴": 6}) == ["childcare subsidy"]
    english = {english_key("childcare"): 2, english_key("subsidy"): 2}
    assert _concepts("childcare subsidy", english) == ["childcare subsidy"]


CARE = {"care.txt": "对托育机构按实际收托人数给予补贴。\n\n社区开展消防演练。\n"}


def test_the_words_of_a_phrase_find_a_text_that_says_them_apart(tmp_path_factory):
    res = kb_of(CARE, "whoosh", tmp_path_factory).search("childcare subsidy", collapse=False)
    assert res["total"] == 1 and res["hits"][0]["text"].startswith("对托育机构")
