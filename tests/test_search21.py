"""Session 21 (issue 19), from the misses of the spent sets, on fixtures of our own: a word of an
unspaced Chinese unit may be said by its synonym (文旅融合's 文旅: 文化旅游, written 文化与旅游),
the other words still asked for."""

from __future__ import annotations

from tests.fixtures import kb_of

TOURISM = {
    "tourism.txt": "凤凰县文化旅游发展情况\n\n"
    "凤凰县大力开展文化主题活动，推动旅游产业上档升级，力促文化与旅游深度融合。\n\n"
    "全县新建旅游厕所十二座，改造景区道路三十公里。\n\n"
    "县文化馆举办书画展览，展出作品两百余幅。\n"
}


def test_a_units_word_is_found_by_its_synonym(tmp_path_factory):
    res = kb_of(TOURISM, "whoosh", tmp_path_factory).search("文旅融合", collapse=False)
    assert res["total"] == 1 and "文化与旅游深度融合" in res["hits"][0]["text"]
    assert not res["hits"][0].get("partial")


def test_the_units_other_words_are_still_asked_for(tmp_path_factory):
    # 文化 and 旅游 without 融合 (the toilets, the exhibition) are no full match
    res = kb_of(TOURISM, "whoosh", tmp_path_factory).search("文旅融合", collapse=False)
    full = [h for h in res["hits"] if not h.get("partial")]
    assert [h["text"] for h in full] == [res["hits"][0]["text"]]
    assert not any("厕所" in h["text"] or "书画" in h["text"] for h in full)


def test_a_unit_read_whole_finds_its_words_by_synonym_too(tmp_path_factory):
    # with an English paragraph translating it whole, 文旅融合 is one unit (phrase, translation,
    # or its words anywhere): its word 文旅 is still found as 文化与旅游
    corpus = TOURISM | {
        "county.txt": "Fenghuang county\n\nThe county promotes the integration of culture and "
        "tourism through festivals and heritage towns.\n"
    }
    res = kb_of(corpus, "whoosh", tmp_path_factory).search("文旅融合", collapse=False)
    full = [h["text"] for h in res["hits"] if not h.get("partial")]
    assert res["total"] == 2 and any("文化与旅游深度融合" in t for t in full)


OPEN_GOVERNMENT = {
    "rules.txt": "关于印发某市政务公开工作规则的通知\n\n"
    "各县(市)、区人民政府，市政府各部门：现将《某市政务公开工作规则》印发给你们，请认真遵照执行。\n\n"
    "全市扩大对外开放，新设外资企业一百二十家。\n"
}


def test_open_government_is_the_disclosure_of_government_affairs(tmp_path_factory):
    # the glossary's term (政务公开), not "open" (开放) and "government" apart
    res = kb_of(OPEN_GOVERNMENT, "whoosh", tmp_path_factory).search(
        "open government rules", collapse=False
    )
    full = [h["text"] for h in res["hits"] if not h.get("partial")]
    assert full and all("政务公开" in t for t in full)
