"""How a query is read, pinned with exact totals on a small corpus of our own
(tests/data/reading): an unspaced Chinese query cut like the index cuts Chinese text, its
low-information words optional.

zh_ports.txt (Chinese only) has five measures:
  p_a 加快宁波舟山港港口建设…   宁波 (inside 宁波舟山港), 港口, 建设
  p_b 宁波港口吞吐量…           宁波, 港口
  p_c 推进嘉兴内河港口建设…     港口, 建设, 推进 — not 宁波
  p_d 推进数字经济核心产业发展… 数字经济, 推进, 发展
  p_e 嘉兴数字经济规模稳步扩大… 数字经济
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kb.ingest import ingest
from kb.search import KB
from tests.fixtures import readings_in

DATA = Path(__file__).resolve().parent / "data" / "reading"


def _index(tmp_path_factory, pattern: str) -> KB:
    corpus = tmp_path_factory.mktemp("reading-corpus")
    for p in DATA.glob(pattern):
        shutil.copy(p, corpus / p.name)
    ix = tmp_path_factory.mktemp("reading-index")
    summary = ingest(corpus, ix, progress=False)
    assert summary.errors == []
    return KB(ix)


@pytest.fixture(scope="module")
def zh(tmp_path_factory):
    """The Chinese documents alone: no English to translate into."""
    return _index(tmp_path_factory, "zh_*")


def _texts(res: dict) -> list[str]:
    return [h["text"][:6] for h in res["hits"]]


def _full(res: dict) -> list[str]:
    return [h["text"][:6] for h in res["hits"] if not h["partial"]]


def test_unspaced_chinese_query_is_cut_into_words(zh):
    res = zh.search("推进宁波港口建设", collapse=False)
    words = [(r["word"], r["optional"]) for r in res["interpretation"]]
    # a place and a generic word read together: the gazetteer's 宁波舟山港 is one of its readings
    assert words == [("推进", True), ("宁波港口", False), ("建设", True)]
    assert ("宁波舟山港", "gazetteer") in _readings(res)
    # every measure with 宁波 and 港口; the one that also says 建设 first
    assert _full(res) == ["加快宁波舟山", "宁波港口吞吐"]


def test_each_word_of_an_unspaced_query_is_a_concept(zh):
    res = zh.search("嘉兴数字经济", collapse=False)
    assert [(r["word"], r["optional"]) for r in res["interpretation"]] == [
        ("嘉兴", False),
        ("数字经济", False),
    ]
    assert _full(res) == ["嘉兴数字经济"]


def test_compounds_before_characters(zh):
    """jieba cuts 嘉兴港口 as 嘉兴港 + 口: read as typed (the phrase finds text cut the same way)
    and as 嘉兴 + 港口 anywhere, never as a lone 口."""
    res = zh.search("嘉兴港口建设", collapse=False)
    words = [(r["word"], r["optional"]) for r in res["interpretation"]]
    assert words == [("嘉兴港口", False), ("建设", True)]
    assert _full(res) == ["推进嘉兴内河"]


def test_low_information_words_only_rank(zh):
    res = zh.search("加快数字经济发展", collapse=False)
    assert [(r["word"], r["optional"]) for r in res["interpretation"]] == [
        ("加快", True),
        ("数字经济", False),
        ("发展", True),
    ]
    assert _full(res) == ["推进数字经济", "嘉兴数字经济"]


def test_a_low_information_word_alone_is_required(zh):
    res = zh.search("推进", collapse=False)
    assert res["interpretation"][0]["optional"] is False
    assert sorted(_texts(res)) == ["推进嘉兴内河", "推进数字经济"]
    both = zh.search("推进发展", collapse=False)  # nothing but such words: all of them required
    assert [r["optional"] for r in both["interpretation"]] == [False, False]
    assert _full(both) == ["推进数字经济"]


# ---- full matches and the partial tail ---------------------------------------------------------


@pytest.fixture(scope="module")
def zh_client(zh):
    from kb.web import create_app

    return create_app({"INDEX": str(zh.index_dir), "TESTING": True}).test_client()


def test_total_and_facets_count_full_matches_only(zh):
    res = zh.search("港口 宁波", collapse=False)
    # two measures have both words; the one with 港口 alone is a partial tail, counted apart, and
    # after it those whose document's title (沿海港口建设情况) alone says 港口
    assert (res["total"], res["partial_total"], res["relaxed"]) == (2, 4, False)
    assert [(h["text"][:6], h["partial"]) for h in res["hits"]] == [
        ("加快宁波舟山", False),
        ("宁波港口吞吐", False),
        ("推进嘉兴内河", True),
        ("推进数字经济", True),
        ("嘉兴数字经济", True),
        ("嘉兴培育量子", True),
    ]
    assert res["facets"]["city"] == {"ningbo": 2}  # not jiaxing, the partial hit's city
    assert res["facets"]["doc"] == {"zh_ports": 2}


def test_nothing_full_every_hit_partial(zh):
    res = zh.search("码头 数字经济", collapse=False)
    assert (res["total"], res["partial_total"], res["relaxed"]) == (0, 3, True)
    assert all(h["partial"] for h in res["hits"]) and res["facets"]["city"] == {}


def test_csv_marks_the_partial_tail(zh_client):
    import csv
    import io

    r = zh_client.get("/export.csv?q=港口 宁波")
    assert (r.headers["X-Export-Total"], r.headers["X-Export-Partial"]) == ("2", "4")
    rows = list(csv.DictReader(io.StringIO(r.get_data(as_text=True).lstrip("\ufeff"))))
    assert [(row["text"][:6], row["partial"]) for row in rows][:3] == [
        ("加快宁波舟山", "false"),
        ("宁波港口吞吐", "false"),
        ("推进嘉兴内河", "true"),
    ]
    assert [row["partial"] for row in rows[3:]] == ["true"] * 3


def test_page_says_how_many_of_each(zh_client):
    html = zh_client.get("/search?q=港口 宁波&lang=en").get_data(as_text=True)
    assert '<span id="total">2</span>' in html
    assert "2 contain every word; the 4 that follow contain some, or their document" in html
    html = zh_client.get("/search?q=码头 数字经济&lang=en").get_data(as_text=True)
    assert "No measure contains every word; the 3 below contain some, or their document" in html
    assert "No results." not in html


# ---- a way on when nothing matches -------------------------------------------------------------


def test_alternatives_when_nothing_matches(zh, zh_client):
    res = zh.search("量子计算机")
    assert (res["total"], res["partial_total"]) == (0, 1)  # 量子 alone: a partial match
    assert res["alternatives"] == [{"query": "量子", "total": 1}]  # the compound shortened
    res = zh.search("港口 数字经济")  # a word dropped, either one
    assert res["alternatives"] == [{"query": "港口", "total": 3}, {"query": "数字经济", "total": 2}]
    # counted under the same filters
    assert zh.search("港口 数字经济", city=["ningbo"])["alternatives"] == [
        {"query": "港口", "total": 2}
    ]
    assert zh.search("港口")["alternatives"] == []  # something matches: nothing to offer
    html = zh_client.get("/search?q=量子计算机&lang=en").get_data(as_text=True)
    assert "Nearby searches that find something" in html and ">量子</a>" in html


def test_a_nearby_search_over_the_length_limit_is_skipped(zh, monkeypatch):
    """A query at the limit with a word dropped can count one more (a space left where the word
    was): such a nearby search is no way on, and never turns the search itself into an error."""
    from kb import suggest

    nearby = suggest.nearby
    monkeypatch.setattr(suggest, "nearby", lambda *a: ["港" * 501, *nearby(*a)])
    res = zh.search("港口 数字经济")
    assert res["alternatives"] == [{"query": "港口", "total": 3}, {"query": "数字经济", "total": 2}]


def test_three_words_offer_their_pairs_before_each_word_alone(zh):
    """No measure has 港口, 数字经济 and 宁波 together, nor 数字经济 with either: the pair that
    finds something comes first, then each word alone (most found first), though 港口 alone finds
    more than the pair."""
    res = zh.search("港口 数字经济 宁波")
    assert res["total"] == 0
    assert res["alternatives"] == [
        {"query": "港口 宁波", "total": 2},
        {"query": "港口", "total": 3},
        {"query": "数字经济", "total": 2},
        {"query": "宁波", "total": 2},
    ]


def test_a_nearby_search_keeps_no_dangling_function_word():
    """宁波的港口和物流 without 物流 is 宁波的港口 (not 宁波的港口和); without 港口 it is 宁波 物流;
    a question word left at a run's end goes too, and a name that starts like one stays whole."""
    from kb.suggest import _without

    assert _without("宁波的港口和物流", "物流") == "宁波的港口"
    assert _without("宁波的港口和物流", "港口") == "宁波 物流"
    assert _without("外卖骑手的工伤保险怎么办", "骑手") == "外卖 工伤保险"
    assert _without("上海 中国自贸区 物流", "物流") == "上海 中国自贸区"
    assert _without("港口 operation permit", "operation") == "港口 permit"
    assert _without("养老服务补贴标准是多少", "标准") == "养老服务补贴"  # 是多少 asks, says nothing
    assert _without("如何 的", "的") == "如何"  # a question word alone stays what was typed


# ---- what is typed in the box --------------------------------------------------------------------


def test_the_length_limit_counts_characters_as_a_person_does(zh):
    from kb.errors import BadQuery

    pasted = "\n " + "港" * 500 + " \r\n"  # a 500-character paste with its line breaks
    assert zh.search(pasted)["total"] == 0
    with pytest.raises(BadQuery, match="the query is 501 characters long; the limit is 500"):
        zh.search("港" * 501)


def test_typed_filters_and_exclusions_are_removable_chips(zh_client):
    from bs4 import BeautifulSoup

    html = zh_client.get("/search?q=港口 city:ningbo -嘉兴&lang=en").get_data(as_text=True)
    soup = BeautifulSoup(html, "html.parser")
    chips = [
        (a.get_text(" ", strip=True), a["href"], a["class"])
        for a in soup.select(".selected a.remove")
    ]
    assert chips == [
        ("City: Ningbo ×", "/search?q=%E6%B8%AF%E5%8F%A3+-%E5%98%89%E5%85%B4", ["remove", "typed"]),
        (
            "excluded: 嘉兴 ×",
            "/search?q=%E6%B8%AF%E5%8F%A3+city:ningbo",
            ["remove", "excluded", "typed"],
        ),
    ]
    reading = soup.select_one(".reading")
    # an exclusion is no word read (嘉兴港 is a reading of 港口, a port the gazetteer names)
    assert reading is not None and "嘉兴" not in [w.get_text() for w in reading.select(".word")]
    assert soup.select_one(".selected a.clear")["href"] == "/search?q=%E6%B8%AF%E5%8F%A3"


def test_a_word_typed_again_is_one_concept(zh):
    res = zh.search("港口 宁波 港口宁波", collapse=False)
    assert [r["word"] for r in res["interpretation"]] == ["港口", "宁波"]
    assert (res["total"], res["partial_total"]) == (2, 4)


# ---- readings with precision (both languages: tests/data/reading/bi_*) ---------------------------


@pytest.fixture(scope="module")
def bi(tmp_path_factory):
    """Every document of tests/data/reading: the Chinese ones, a Chinese note on the City Brain
    and on 诚实守信, and an English one on Ningbo-Zhoushan Port, Hong Kong and the City Brain."""
    return _index(tmp_path_factory, "*")


def _readings(res: dict) -> list[tuple[str, str]]:
    return readings_in(res["interpretation"])


def test_a_place_and_a_generic_word_is_the_gazetteer_entity(bi):
    res = bi.search("宁波港", collapse=False)
    assert ("宁波舟山港", "gazetteer") in _readings(res)
    assert ("ningbo-zhoushan port", "gazetteer") in _readings(res)
    full = sorted(h["text"][:8] for h in res["hits"] if not h["partial"])
    # 宁波港, no word of the corpus, is also read across its words: 宁波|港口 (kb/plan.py
    # _straddles), Ningbo's ports
    assert full == ["Ningbo-Z", "加快宁波舟山港港", "宁波港口吞吐量连"]
    # 港 inside a word is no name: the Hong Kong paragraph is not read into it
    assert ("Ningbo + port", "cedict") in _readings(res)
    assert not [h for h in res["hits"] if "Hong Kong" in h["text"]]


def test_pinyin_chained_through_chinese_to_english(bi):
    res = bi.search("chengshi danao", collapse=False)
    assert _readings(res) == [
        ("城市大脑", "pinyin"),
        ("城市 大脑", "parts"),
        ("city brain", "glossary"),
    ]
    assert sorted(h["text"][:8] for h in res["hits"]) == [
        "Hangzhou",
        "城市大脑赋能城市",
        "杭州建设城市大脑",
    ]


def test_a_rare_homophone_is_not_read():
    from kb.plan import _homophones

    df = {"城市": 120, "诚实": 3, "程式": 12}.get
    assert _homophones(["城市", "程式", "诚实"], df) == ["城市", "程式"]


def test_a_year_typed_finds_the_documents_filed_under_it(tmp_path):
    """2023年 外贸 finds the 2023 report's paragraph that says 今年 (this year), not the 2021
    one's; 2023 typed alone or in English reads the same; the year is one concept, not 2023 + 年."""
    corpus, ix = tmp_path / "c", tmp_path / "i"
    corpus.mkdir()
    for name, date in (("trade_2023", "2023-08-01"), ("trade_2021", "2021-07-23")):
        (corpus / f"{name}.txt").write_text("今年以来，义乌外贸进出口总值稳步增长。\n", "utf-8")
        (corpus / f"{name}.meta.toml").write_text(f'title = "义乌外贸"\ndate = "{date}"\n', "utf-8")
    assert ingest(corpus, ix, progress=False).errors == []
    kb = KB(ix)
    for q in ("2023年 外贸", "2023年外贸", "2023 外贸"):
        res = kb.search(q)
        full = [h["doc_id"] for h in res["hits"] if not h["partial"]]
        assert (res["total"], full) == (1, ["trade_2023"]), q
        assert res["interpretation"][0]["word"] in ("2023年", "2023")
        assert ("2023", "year") in [
            (x["text"], x["via"]) for x in res["interpretation"][0]["readings"]
        ]
    assert kb.search("2022年 外贸")["total"] == 0


def test_a_province_finds_the_documents_whose_title_names_it(tmp_path):
    """浙江 数字经济 finds the article of 浙江省数字经济促进条例 that says 本省, never 浙江 (a
    province is no city of the gazetteer: no tag carries it), typed as 浙江省 or zhejiang too; a
    region (长三角) is a topic of titles and finds only what says it."""
    corpus, ix = tmp_path / "c", tmp_path / "i"
    corpus.mkdir()
    docs = {
        "zj_reg": ("浙江省数字经济促进条例", "本省推进数字经济发展。"),
        "yrd": ("长三角数字经济报告", "区域推进数字经济合作。"),
        "other": ("港口简报", "浙江港口和长三角港口合作。"),
    }
    for name, (title, text) in docs.items():
        (corpus / f"{name}.txt").write_text(text + "\n", "utf-8")
        (corpus / f"{name}.meta.toml").write_text(f'title = "{title}"\n', "utf-8")
    assert ingest(corpus, ix, progress=False).errors == []
    kb = KB(ix)
    for q in ("浙江 数字经济", "浙江省 数字经济", "zhejiang 数字经济"):
        full = [h["doc_id"] for h in kb.search(q)["hits"] if not h["partial"]]
        assert full == ["zj_reg"], q
    assert kb.search("长三角 数字经济")["total"] == 0


def test_words_naming_the_kind_of_answer_only_rank(zh):
    """情况, 政策, 措施 name what kind of answer is wanted, not its subject: every measure on
    数字经济 answers 数字经济发展情况, though none says 情况 (before, no full match)."""
    res = zh.search("数字经济发展情况", collapse=False)
    assert [(r["word"], r["optional"]) for r in res["interpretation"]] == [
        ("数字经济", False),
        ("发展", True),
        ("情况", True),
    ]
    assert (res["total"], _full(res)) == (2, ["推进数字经济", "嘉兴数字经济"])
    assert zh.search("宁波港口相关政策措施", collapse=False)["total"] == 2


def test_the_page_marks_the_words_that_only_rank(zh_client):
    """A person must see that 情况 need not be in every result: it is marked optional, in the
    page's language, and a required word is not."""
    html = zh_client.get("/search?q=数字经济发展情况&lang=en").get_data(as_text=True)
    reading = html[html.index('class="reading"') :].split("</div>")[0]
    assert '情况</span><small class="optional"' in reading and "(optional)" in reading
    assert '数字经济</span><small class="optional"' not in reading
    html = zh_client.get("/search?q=数字经济发展情况&lang=zh").get_data(as_text=True)
    assert "（可不含）" in html and "(optional)" not in html


def test_a_word_read_many_ways_shows_its_first_readings_and_folds_the_rest(zh_client):
    """港口 reads 海港, 港, 港区, 码头 and every port the gazetteer names: five are shown, the rest
    folded under "N more", so the results are not pushed below a phone's first screen."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(
        zh_client.get("/search?q=港口&lang=en").get_data(as_text=True), "html.parser"
    )
    reading = soup.select_one(".reading")
    shown = [x for x in reading.select(".read") if not x.find_parent("details")]
    folded = reading.select("details.more .read")
    assert len(shown) == 5 and len(folded) >= 10
    assert reading.select_one("details.more summary").get_text() == f"{len(folded)} more"


def test_a_word_no_document_uses_is_said_so(zh, zh_client):
    """量子 望远镜 finds nothing whole: 望远镜 is in no measure, in no reading, and the page
    says so beside it (before, a word without readings went unmentioned); 量子 is found."""
    res = zh.search("量子 望远镜", collapse=False)
    assert [(r["word"], r["in_corpus"]) for r in res["interpretation"]] == [
        ("量子", True),
        ("望远镜", False),
    ]
    assert res["total"] == 0
    for lang, note in (("zh", "（没有文献用到此词）"), ("en", "(in no document)")):
        html = zh_client.get(f"/search?q=量子 望远镜&lang={lang}").get_data(as_text=True)
        reading = html[html.index('class="reading"') :].split("</div>")[0]
        assert f'望远镜</span><small class="absent">{note.strip()}' in reading.replace("> ", ">")
        assert '量子</span><small class="absent"' not in reading
