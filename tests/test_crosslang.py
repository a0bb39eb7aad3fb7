"""Search across languages on a small bilingual corpus of our own (tests/data/bilingual): Chinese
queries find English paragraphs and English queries Chinese ones, English by stem, pinyin city
names the measures tagged with the city, one ranking over both languages, partial matches ranked
by the rarity of what they cover, suggestions for words that find nothing."""

from __future__ import annotations

import pytest

from kb.crosslang import english_key, english_reading, senses
from kb.search import KB
from kb.stem import stem
from kb.suggest import chinese as suggest_chinese
from kb.suggest import split as suggest_split
from tests.fixtures import bilingual_index


@pytest.fixture(scope="module")
def bikb(tmp_path_factory):
    return KB(bilingual_index(tmp_path_factory))


def ids(res: dict) -> list[str]:
    return [h["id"] for h in res["hits"]]


def readings(res: dict) -> dict[str, set[tuple[str, str]]]:
    return {
        w["word"]: {(r["text"], r["via"]) for r in w["readings"]} for w in res["interpretation"]
    }


# ---- units ---------------------------------------------------------------------------------------


def test_stems_meet_across_forms():
    assert stem("emissions") == stem("emission") and stem("integrated") == stem("integration")
    assert stem("industries") == stem("industry") and stem("5g") == "5g"
    assert english_key("Carbon Emissions") == english_key("the carbon emission") == "carbon emiss"


def test_cedict_senses_cleaned():
    assert senses("to build; to construct/construction") == ["build", "construct", "construction"]
    assert senses("medical insurance/abbr. for 醫療保險|医疗保险[yi1 liao2 bao3 xian3]") == [
        "medical insurance"
    ]
    assert senses("(of traffic) to become congested/congestion") == [
        "become congested",
        "congestion",
    ]


def test_english_reading_cuts_into_translatable_pieces():
    maps = {
        "chinese": {
            "天使": [["angel", "angel"]],
            "银行": [["bank", "bank"]],
            "自": [["since", "sinc"]],
            "由": [["through", "through"]],
            "港": [["port", "port"]],
        }
    }
    known = lambda tok: True  # noqa: E731
    groups = english_reading("天使银行", ["天使银行"], maps, known)
    assert [[k for _, k, _ in g] for g in groups] == [["angel"], ["bank"]]
    # a one-character piece only as the head at the end of a compound (宁波港 → Ningbo + port) ...
    assert [g[0][1] for g in english_reading("宁波港", ["宁波港"], maps, known)] == [
        "ningbo",
        "port",
    ]
    # ... never 自 + 由 for a word the dictionary does not have
    assert english_reading("自由", ["自由"], maps, known) == []
    # only what the corpus's English uses
    assert english_reading("天使银行", ["天使银行"], maps, lambda tok: tok != "angel") == []


def test_suggestions_from_vocabulary():
    vocab = {"宁波舟山港": 5, "宁波": 40, "港": 3, "舟山港": 2, "宁海": 1}
    assert suggest_chinese("宁波港", vocab)[0] == "宁波舟山港"
    assert suggest_split("宁波港", vocab) == ["宁波 港"]
    assert suggest_chinese("区块链", vocab) == []


# ---- Chinese queries find English paragraphs -----------------------------------------------------


@pytest.mark.parametrize(
    "q,en_id,phrase",
    [
        ("港口建设", "harbour_city_brief:1", "port construction"),
        ("交通拥堵", "harbour_city_brief:2", "traffic congestion"),
        ("天使投资", "harbour_city_brief:3", "angel investment"),
        ("共同富裕", "harbour_city_brief:4", "common prosperity"),
        ("人工智能产业", "ai_industry_note:1", "artificial intelligence industry"),
    ],
)
def test_chinese_query_finds_english_paragraph(bikb, q, en_id, phrase):
    res = bikb.search(q)
    assert en_id in ids(res)[:3]
    assert phrase in {text for text, _ in readings(res)[q]}


def test_chinese_query_by_dictionary_when_glossary_lacks_the_word(bikb):
    """天使 and 投资 apart through CC-CEDICT, limited to the corpus's English: no glossary
    needed."""
    res = bikb.search("投资 天使")
    assert "harbour_city_brief:3" in ids(res)
    assert any(via == "cedict" for word in ("投资", "天使") for _, via in readings(res)[word])


# ---- English queries: by stem in English text, by translation in Chinese -------------------------


def test_english_query_finds_both_languages_in_one_ranking(bikb):
    res = bikb.search("carbon emissions")
    top = res["hits"][:2]
    assert {h["id"] for h in top} == {"harbour_city_brief:5", "ningbo_plan:2"}
    assert ("碳排放", "glossary") in readings(res)["carbon emissions"]


def test_english_by_stem(bikb):
    # "emission" finds "emissions", "terminal" finds "terminals"
    assert "harbour_city_brief:5" in ids(bikb.search("emission"))
    assert "harbour_city_brief:1" in ids(bikb.search("terminal"))
    res = bikb.search("carbon emissions")
    assert ("carbon emiss*", "stem") in readings(res)["carbon emissions"]


def test_phrase_search_keeps_order_with_stems(bikb):
    assert "harbour_city_brief:1" in ids(bikb.search('"container terminal"'))
    assert "harbour_city_brief:1" not in ids(bikb.search('"terminals container"'))


def test_chinese_query_ranks_both_languages(bikb):
    """碳排放: the Chinese paragraph and the English one both lead, neither language is buried."""
    res = bikb.search("碳排放")
    assert {h["lang"] for h in res["hits"][:2]} == {"zh", "en"}


# ---- pinyin cities -------------------------------------------------------------------------------


def test_pinyin_city_finds_english_paragraphs_tagged_with_it(bikb):
    """harbour_city_brief is a Ningbo document (its sidecar): its paragraph on traffic names no
    city, is tagged ningbo, and a pinyin query for the city finds it."""
    res = bikb.search("ningbo", limit=50)
    found = ids(res)
    assert "harbour_city_brief:2" in found and "ningbo_plan:3" in found
    assert ("ningbo", "city") in readings(res)["ningbo"]
    langs = [h["lang"] for h in res["hits"][:5]]
    assert "en" in langs and "zh" in langs


def test_pinyin_of_a_city_name_that_is_not_its_id(bikb):
    """xianggang is 香港, whose id is hongkong: it finds the English paragraph on Hong Kong."""
    res = bikb.search("xianggang")
    assert res["hits"] and "Hong Kong" in res["hits"][0]["text"]
    assert ("Hong Kong", "gazetteer") in readings(res)["xianggang"]


# ---- partial matches, suggestions ----------------------------------------------------------------


def test_partial_match_ranks_the_rare_word_first(bikb):
    """No paragraph has both: the one about 区块链 (rare) outranks the many that only say 宁波."""
    res = bikb.search("区块链 宁波")
    assert res["relaxed"] and res["total"] == 0 and res["partial_total"] > 5
    assert ids(res)[0] == "wenzhou_digital:1"
    assert res["hits"][0]["score"] > 5 * res["hits"][1]["score"]


def test_few_full_matches_are_followed_by_partial_ones(bikb):
    """Only one paragraph has factories and steel: the Chinese one on steel follows it, marked
    partial. (Both have carbon and steel: "carbon" reads 碳排放, "carbon emissions", the only
    CEDICT sense of the corpus's Chinese that holds it.)"""
    assert bikb.search("carbon steel")["total"] == 2
    res = bikb.search("factories steel")
    assert not res["relaxed"] and res["total"] == 1 and res["partial_total"] == len(res["hits"]) - 1
    first, *rest = res["hits"]
    assert first["id"] == "harbour_city_brief:5" and not first["partial"]
    assert "ningbo_plan:2" in [h["id"] for h in rest] and all(h["partial"] for h in rest)


def test_relaxed_note_never_over_zero_results(bikb):
    res = bikb.search("quantum teleportation")
    assert res["total"] == 0 and res["relaxed"] is False


def test_suggestion_for_a_word_found_only_in_translation(bikb):
    res = bikb.search("宁波港")
    assert {"word": "宁波港", "suggestion": "宁波舟山港", "query": "宁波舟山港"} in res[
        "suggestions"
    ]
    # the suggested query finds the paragraph naming the port, its English twin, then a partial
    res = bikb.search("宁波舟山港")
    assert [(h["id"], h["partial"]) for h in res["hits"]] == [
        ("ningbo_plan:1", False),
        ("harbour_city_brief:1", False),
        ("harbour_city_brief:2", True),
    ]


def test_suggestion_for_a_misspelt_pinyin(bikb):
    res = bikb.search("wenzhuo")
    assert res["total"] == 0
    assert [s["query"] for s in res["suggestions"]][:1] == ["wenzhou"]


def test_interpretation_keeps_its_old_shape(bikb):
    res = bikb.search("港口建设 -博物馆")
    for w in res["interpretation"]:
        assert {"concept", "negated", "matches", "word", "read_as", "via", "readings"} <= set(w)
        assert w["read_as"] == [r["text"] for r in w["readings"]]


# ---- the page ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def biclient(bikb):
    from kb.web import create_app

    return create_app({"INDEX": str(bikb.index_dir), "TESTING": True}).test_client()


@pytest.mark.parametrize("lang,label", [("zh", "术语表"), ("en", "glossary")])
def test_page_shows_readings_and_suggestions(biclient, lang, label):
    html = biclient.get("/search", query_string={"q": "carbon emissions", "lang": lang}).get_data(
        as_text=True
    )
    assert 'class="reading"' in html and "碳排放" in html and label in html
    html = biclient.get("/search", query_string={"q": "宁波港", "lang": lang}).get_data(
        as_text=True
    )
    assert 'class="suggest"' in html and "宁波舟山港" in html


def test_page_marks_partial_matches(biclient):
    html = biclient.get("/search", query_string={"q": "factories steel", "lang": "en"}).get_data(
        as_text=True
    )
    assert "1 contains every word; the " in html and html.count('class="partial"') == 1


def test_page_past_the_end_links_to_the_last_page(biclient):
    html = biclient.get("/search", query_string={"q": "ningbo", "page": 99, "lang": "en"}).get_data(
        as_text=True
    )
    assert "past the end" in html and "page=2" in html


def test_cli_says_what_is_partial_and_suggests(bikb, capsys):
    from kb.cli import main

    assert main(["search", "factories steel", "--index", str(bikb.index_dir)]) == 0
    out = capsys.readouterr().out
    assert "1 measures" in out
    assert "with every word, then 1 with some" in out
    assert out.count("[partial]") == 1
    assert main(["search", "宁波港", "--index", str(bikb.index_dir)]) == 0
    assert "did you mean: 宁波舟山港" in capsys.readouterr().out


@pytest.mark.parametrize("ui", ["zh", "en"])
def test_text_carries_its_own_language(biclient, bikb, ui):
    """Each measure, title and issuer carries the language it is written in, whatever the
    interface's: the stylesheet sets English in a Latin font by it ("GBA’s", not "GBA’ s")."""
    from bs4 import BeautifulSoup

    def soup(path):
        return BeautifulSoup(biclient.get(path + f"&lang={ui}").data, "html.parser")

    s = soup("/search?q=carbon+emissions")
    for hit in s.select("li.hit"):
        want = "en" if hit["data-lang"] == "en" else "zh-CN"
        assert hit.select_one(".fragment")["lang"] == want
    assert {f["lang"] for f in s.select("li.hit .fragment")} == {"en", "zh-CN"}
    docs = {d["doc_id"]: d for d in bikb.document_list()}
    english = next(d for d, meta in docs.items() if meta["lang"] == "en")
    for a in s.select("li.hit h3 a"):
        doc_id = a["href"].split("/doc/")[1].split("?")[0].split("#")[0]
        assert a["lang"] == ("en" if docs[doc_id]["lang"] == "en" else "zh-CN")
    d = soup(f"/doc/{english}?x=1")
    assert d.select_one("h1")["lang"] == "en"
    assert {p["lang"] for p in d.select(".para-item > p")} == {"en"}
    assert not d.select_one(".para-item").has_attr("lang")  # its tags and link: the interface's
    listed = soup("/docs?x=1").select_one(f'tr[data-doc="{english}"] td.title a')
    assert listed["lang"] == "en"


def test_a_port_or_airport_the_gazetteer_names_is_found_by_the_generic_word():
    """港口 also finds 宁波舟山港 and 北仑港 (a paragraph on their cargo never says 港口), 机场
    finds 栎社机场; places named …港 that are cities (香港, 连云港, 张家港 of 张家港市, 龙港 of
    龙港市) do not: a Hong Kong paragraph is no port paragraph."""
    from kb.crosslang import synonyms

    ports = synonyms()["港口"]
    assert {"宁波舟山港", "北仑港", "洋山港", "码头"} <= set(ports)
    assert not {"香港", "连云港", "张家港", "龙港"} & set(ports)
    assert "栎社机场" in synonyms()["机场"]
    assert "港口" not in synonyms().get("宁波舟山港", [])  # one way: the port's name stays narrow
