"""Session 24 (issue 19), from search21/dev's misses, on fixtures of our own: an English name of a
species, a release into the wild, a greenway or an expo finds the Chinese paragraphs that say it
(kb/data/glossary.toml, whose Chinese the dictionary lacks or reads in another sense: release is
发布, wild is 外卡); a congress by its short form (人大, 政协) finds the one written out; and a
pinyin query chained through the glossary finds English (zhongfei → 中非 → China-Africa)."""

from __future__ import annotations

import pytest

from tests.fixtures import kb_of

CORPUS = {
    "wildlife.txt": "某省野生动物保护\n\n"
    "日前,多头中华白海豚在附近海域现身,被市民拍下。\n\n"
    "今年是该省第20次开展扬子鳄野外放归,累计放归扬子鳄1800条。\n\n"
    "到2025年,全省拟建成5000公里碧道,串联河湖与城镇。\n\n"
    "市政府发布新版政务服务事项清单。\n",
    "congress.txt": "某市两会召开\n\n"
    "1月28日,某市第五届人民代表大会第五次会议在市艺术中心隆重开幕。\n\n"
    "市政治协商会议第五届委员会第四次会议同日闭幕。\n\n"
    "会前,市人大常委会和市政协分别听取了筹备工作汇报。\n",
    "expo_en.txt": "Expo closes\n\n"
    "The first China-Africa Economic and Trade Expo closed in Changsha on Saturday.\n",
}


@pytest.mark.parametrize(
    ("query", "written"),
    [
        ("Chinese white dolphins", "中华白海豚"),
        ("alligator wild release", "扬子鳄野外放归"),
        ("greenways", "碧道"),
        ("renda kaimu", "人民代表大会"),
        ("zhengxie bimu", "政治协商会议"),
        ("zhongfei jingmao bolanhui", "China-Africa"),
    ],
)
def test_the_query_finds_the_paragraph_that_says_it_otherwise(tmp_path_factory, query, written):
    res = kb_of(CORPUS, "whoosh", tmp_path_factory).search(query, collapse=False)
    top = res["hits"][0] if res["hits"] else {}
    assert written in top.get("text", "") and not top.get("partial"), (query, res["hits"][:2])
    assert not any("政务服务" in h["text"] for h in res["hits"][:2])
