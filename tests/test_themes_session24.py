"""Theme vocabulary of 2019-26 policy (issue 18, session 24), on sentences of our own: words the
codebook's fields use now (专精特新, 医共体, 碳普惠, 免签, 千兆光网, 产学研; data exchanges,
supercomputers, desalination, the night economy) name their themes; a CEDICT sense whose every
word the English lexicon already lists for the theme is not bridged as one weaker phrase; and the
words that proved ambiguous on the spent sets stay out (动车 inside 机动车, 氢能 of a hydrogen
industry, 快递 packaging)."""

import pytest

from kb import themes_bridge
from kb.themes import tag_themes


def _themes(text: str) -> list[str]:
    return tag_themes(text, lang="en" if text.isascii() else "zh", model=False).themes


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("全市新增国家级专精特新“小巨人”企业12家,省级专精特新中小企业86家。", "industry"),
        ("推进紧密型县域医共体建设,实现县乡村医疗资源统一调配。", "livelihood"),
        ("上线碳普惠平台,市民绿色出行可累计碳积分兑换权益。", "ecology"),
        ("240小时过境免签政策实施以来,入境游客人数明显增长。", "openness"),
        ("全市建成千兆光网小区1200个,实现城区全覆盖。", "infrastructure"),
        ("深化产学研合作,组建创新联合体攻克一批关键技术。", "innovation"),
        (
            "The Shanghai Data Exchange recorded data trading of 1 billion yuan this year.",
            "industry",
        ),
        ("A Wuxi-made supercomputer can perform 93 petaflops.", "innovation"),
        (
            "The seawater desalination plant will supply 100,000 tons of water a day.",
            "infrastructure",
        ),
        ("The city is building night economy districts with late-opening shops.", "industry"),
    ],
)
def test_current_policy_vocabulary_names_its_theme(text, theme):
    assert theme in _themes(text)


def test_a_data_exchange_is_no_exchange_between_countries():
    text = "Thriving data exchanges across the country have traded data products worth billions."
    assert "openness" not in _themes(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("第二十四条 在本市道路上行驶的机动车不得排放明显可见的黑烟。", "infrastructure"),
        ("嘉兴将氢能纳入重点培育的产业集群,出台氢能产业规划。", "infrastructure"),
        ("快递企业应当使用电子运单和环保包装,鼓励使用可循环的包装。", "infrastructure"),
    ],
)
def test_ambiguous_words_do_not_decide(text, theme):
    assert theme not in _themes(text)


def test_a_sense_whose_words_are_listed_for_its_theme_is_not_bridged():
    assert themes_bridge._words_listed("lithium battery", "industry")
    assert not themes_bridge._words_listed("tramcar", "infrastructure")
    senses = {row[0] for row in themes_bridge.build_en()}
    assert "lithium battery" not in senses


def test_a_phrase_kept_cut_for_search_is_still_read_whole_by_the_tagger(tmp_path_factory):
    from kb.chinese import cut, lexicon_phrases
    from tests.fixtures import kb_of

    assert "集中带量采购" not in lexicon_phrases()  # [codebook] search_parts
    assert cut("推进药品集中带量采购") != ["推进", "药品", "集中带量采购"]
    assert "livelihood" in _themes("全面推进药品集中带量采购,群众用药负担明显减轻。")
    corpus = {"drugs.txt": "医保工作\n\n全面推进药品集中带量采购,群众用药负担明显减轻。\n"}
    res = kb_of(corpus, "whoosh", tmp_path_factory).search("带量采购", collapse=False)
    assert res["total"] == 1  # the part a search looks for is still a word of the index
