"""Vocabulary a lexicon lacked until documents of its field came (issue 18, session 16: the misses
of the spent sets en13 and zh13), in both languages, and the English senses of the Chinese
lexicon's decisive words (kb/data/themes_bridge_en.tsv), each on sentences of our own."""

import pytest

from kb import themes_bridge
from kb.themes import lexicon, tag_themes


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("Fishing boats returned to port when the fishing moratorium ended.", "industry"),
        ("渔船在伏季休渔结束后出海捕捞。", "industry"),
        (
            "Shipyards in the city delivered 40 bulk carriers, and the order backlog grew.",
            "industry",
        ),
        ("全市造船完工量增长两成，手持订单创新高。", "industry"),
        ("The school canteens passed food hygiene checks.", "livelihood"),
        ("学校食堂全部通过食品抽检。", "livelihood"),
        ("The province banned plastic bags and single-use tableware in hotels.", "ecology"),
        ("全省推进限塑，禁止使用一次性塑料袋。", "ecology"),
        ("特高压输电线路和换流站建成投运。", "infrastructure"),
        ("今年全省实际使用外资增长一成。", "openness"),
    ],
)
def test_a_fields_own_words_name_it(text, theme):
    assert theme in tag_themes(text, lang="en" if text.isascii() else "zh").themes


def test_an_english_paragraph_gets_what_the_chinese_lexicon_knows():
    """泵站 and 变电站 are the Chinese lexicon's; their CEDICT senses reach English (no English list
    names pumping stations or substations)."""
    got = tag_themes("The county built two pumping stations and a new substation.", lang="en")
    assert "infrastructure" in got.themes
    assert {"pumping station", "substation"} <= {e for e, *_ in themes_bridge.build_en()}


def test_a_bridged_sense_is_strong_never_decisive():
    """One bridged word alone decides nothing: a second word is needed."""
    assert tag_themes("A substation.", lang="en").themes == []


def test_senses_of_another_meaning_are_not_bridged():
    """开放 "bloom", 大气 "impressive": kb/data/themes_en.toml [bridge_skip]."""
    senses = {e for e, *_ in themes_bridge.build_en()}
    assert not {"bloom", "impressive", "useless person"} & senses
    assert "openness" not in tag_themes("Peach trees bloom in spring.", lang="en").considered


def test_the_english_bridge_file_is_current():
    """kb/data/themes_bridge_en.tsv is what `python -m kb.themes_bridge` writes today."""
    rows = themes_bridge.build_en()
    path = themes_bridge.data_files.path(themes_bridge.FILE_EN)
    lines = [ln for ln in path.read_text("utf-8").splitlines() if not ln.startswith("#")]
    assert [tuple(ln.split("\t")) for ln in lines] == [(e, t, str(x), w) for e, t, x, w in rows]
    assert lexicon().en  # the file reads back into the lexicon


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("精准处置突发疫情，优化防控策略，有效处置多轮局部疫情。", "zh"),
        ("全市开展核酸检测，加快推进疫苗接种。", "zh"),
        ("The district stepped up epidemic prevention and vaccination for the elderly.", "en"),
    ],
)
def test_epidemic_control_is_public_health(text, lang):
    """THEMES.md: health and medical care are livelihood; epidemic control and vaccination are
    public health (session 17, zh16's missed 突发疫情 paragraph)."""
    assert "livelihood" in tag_themes(text, lang=lang).themes


def test_an_epidemic_named_in_passing_is_no_health_paragraph():
    """疫情 and 防疫 weigh little alone: a freight railway that ran through the epidemic, carrying
    its supplies, is about the railway."""
    text = (
        "中欧班列累计开行3.8万列，通达欧洲22个国家的151个城市。特别是在疫情期间，中欧班列持续有序"
        "畅通运行，成为防疫物资运输和各国携手抗击疫情的“生命通道”，为沿线国家和人民带来更多福利。"
    )
    assert "livelihood" not in tag_themes(text).themes
