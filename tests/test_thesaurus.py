"""A thesaurus's synonyms as readings of a Chinese query word (issue 19, session 27): a researcher
types 罚金 or 赔 where a regulation writes 罚款 or 赔偿. Only the thesaurus's closest groups (a
leaf of one meaning, of a few words), only words of two characters or more, only words the corpus
holds, and only for a word no measure holds."""

from __future__ import annotations

import pytest

from kb import thesaurus
from kb.backends import BACKENDS
from tests.fixtures import kb_of


def test_close_groups_of_two_characters_or_more():
    sib = thesaurus.siblings()
    assert "就医" in sib["看病"] and "就诊" in sib["看病"]
    assert "赔偿" in sib["赔"]  # a single character typed still reads its words
    assert all(len(w) >= thesaurus.MIN_CHARS for words in sib.values() for w in words)
    # 扔 shares a leaf of more than MAX_GROUP words (抛弃 摈弃 丢弃 废弃 …): too loose to read
    assert "丢弃" not in sib.get("扔", ())
    # a "#" leaf holds related words, not synonyms: 演唱会 is not 音乐会
    assert "音乐会" not in sib.get("演唱会", ())


CLINIC = {
    "fine.txt": "法律责任\n\n违反本条例规定的,由城市管理部门责令改正,处二百元罚款。\n",
    "parcel.txt": "快件赔偿\n\n快件因快递企业责任遗失的,快递企业应当依法赔偿。\n",
    "school.txt": "学校建设\n\n新建中小学校五所,新增学位三千个。\n",
}


@pytest.mark.parametrize("engine", sorted(BACKENDS))
def test_a_synonym_the_corpus_holds_finds_its_paragraph(engine, tmp_path_factory):
    kb = kb_of(CLINIC, engine, tmp_path_factory)
    res = kb.search("罚金", collapse=False)
    assert res["total"] == 1 and "罚款" in res["hits"][0]["text"]
    (concept,) = res["interpretation"]
    assert "罚款" in concept["matches"] and "thesaurus" in concept["via"]
    res = kb.search("赔", collapse=False)
    (concept,) = res["interpretation"]
    assert "赔偿" in concept["matches"]
    assert "赔付" not in concept["matches"]  # a synonym no paragraph holds is not shown
    res = kb.search("快递 赔", collapse=False)
    assert res["total"] == 1 and "赔偿" in res["hits"][0]["text"]


@pytest.mark.parametrize("engine", sorted(BACKENDS))
def test_a_word_the_corpus_holds_is_read_as_typed(engine, tmp_path_factory):
    """罚金 said in a paragraph is searched as 罚金: the thesaurus's siblings of a word the corpus
    has are often broader (金融 beside 经济), so they are read only for a word no measure holds."""
    files = dict(CLINIC, **{"penalty.txt": "罚则\n\n构成犯罪的,依法追究刑事责任,并处罚金。\n"})
    kb = kb_of(files, engine, tmp_path_factory)
    res = kb.search("罚金", collapse=False)
    assert res["total"] == 1 and "罚金" in res["hits"][0]["text"]
    assert "thesaurus" not in res["interpretation"][0]["via"]


def test_a_pinyin_reading_never_goes_on_to_the_thesaurus():
    """yangzhou spelt 养育 would read 养殖 through the thesaurus: a guess on a guess. The word typed
    in Chinese reads its synonym; the same word reached through pinyin does not."""
    from kb import plan

    class Corpus:
        maps: dict = {}

        def df(self, word):
            return {"赔偿": 3}.get(word, 0)

    assert "thesaurus:赔偿" in [a.source for a in plan._cjk_alts("赔", Corpus())]
    assert not [a for a in plan._pinyin_alts(["赔"], Corpus()) if a.source.startswith("thesaurus")]
