"""Session 18 (issues 18 and 19): readings for words the corpus lacks, and data opened to the
public, which is no opening to the world.

- A glossary term's other Chinese translations that share a character with it (学费 and 保育费,
  托儿所 and 托育机构) are read for a query word no measure uses; a word the corpus has is read as
  typed (厨余垃圾 does not bring 餐厨垃圾, a neighbour in one entry: it cost that query 0.31).
- A pinyin run that is one syllable and a corpus word is spelled as the corpus's characters of
  the syllable before the word (shuangxiachen → 双下沉), as a syllable after it already was.
- "Data sharing and opening" and 公共数据开放 name no openness, in a paragraph or a heading; a phone
  app through which a service is reached (开通手机软件等网络途径) is no software industry."""

from __future__ import annotations

import pytest

from kb.crosslang import glossary_siblings
from kb.themes import tag_themes
from tests.fixtures import kb_of


def test_glossary_siblings_share_a_character():
    siblings = glossary_siblings()
    assert "保育费" in siblings["学费"] and "学费" in siblings["保育费"]
    assert "集聚" not in siblings.get(
        "人才", []
    )  # "talent attraction": neighbours, no character shared


FEES = {"fees.txt": "公办幼儿园保育费实行政府指导价。\n\n社区开展消防演练。\n"}
FEES_BOTH = {"fees.txt": "民办学校学费由学校自主确定。\n\n公办幼儿园保育费实行政府指导价。\n"}


def test_a_word_the_corpus_lacks_reads_its_glossary_siblings(tmp_path_factory):
    kb = kb_of(FEES, "whoosh", tmp_path_factory)
    res = kb.search("幼儿园学费", collapse=False)
    assert res["total"] == 1 and res["hits"][0]["text"].startswith("公办幼儿园保育费")


def test_a_word_the_corpus_has_is_read_as_typed(tmp_path_factory):
    """学费 and 保育费 are one entry's ("tuition"); where the text says 学费, 学费 is meant."""
    res = kb_of(FEES_BOTH, "whoosh", tmp_path_factory).search("学费", collapse=False)
    assert res["total"] == 1 and res["hits"][0]["text"].startswith("民办学校学费")


HOSPITALS = {
    "health.txt": "我省做出双下沉、两提升重大决策，城市医院专家下沉到县级医院。\n\n"
    "社区开展消防演练。\n\n"
    "双方签订合作协议。\n"
}


def test_a_syllable_before_a_word_is_spelled_as_a_character(tmp_path_factory):
    kb = kb_of(HOSPITALS, "whoosh", tmp_path_factory)
    res = kb.search("shuangxiachen", collapse=False)
    assert res["total"] == 1 and res["hits"][0]["text"].startswith("我省做出双下沉")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The regulation promotes the sharing and opening of government data.",
            "en",
        ),
        ("The city publishes open data sets on transport and weather for citizens.", "en"),
        ("推进公共数据开放，建设全市统一的数据开放平台。", "zh"),
    ],
)
def test_data_opened_to_the_public_is_no_openness(text, lang):
    assert "openness" not in tag_themes(text, lang=lang).themes


def test_a_data_opening_heading_heads_no_openness():
    text = "Departments shall sign agreements and exchange the catalogue of data."
    heading = "Regulations on Government Data Sharing and Opening"
    assert "openness" not in tag_themes(text, section=heading, lang="en").themes
    assert "openness" in tag_themes(text, section="Opening-up and Foreign Trade", lang="en").themes


def test_opening_to_the_world_is_still_openness():
    assert "openness" in tag_themes("扩大对外开放，吸引外资企业落户。", lang="zh").themes
    assert (
        "openness"
        in tag_themes(
            "The province will deepen opening-up and attract foreign investment.", lang="en"
        ).themes
    )


def test_a_phone_app_as_a_channel_is_no_software_industry():
    """开通手机软件等网络途径: the app is how people query, not software made; under a title naming
    企业 it made a service paragraph industry (eval/zh/heldout m11-06)."""
    text = (
        "发展和改革部门应当设置企业信用信息查询窗口，开通手机软件等网络途径，向社会提供查询服务。"
    )
    assert "industry" not in tag_themes(text, title="台州市企业信用促进条例").themes
    assert (
        "industry" in tag_themes("全市软件和信息服务业营业收入增长15%，软件企业达到300家。").themes
    )
