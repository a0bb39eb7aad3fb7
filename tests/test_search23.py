"""Session 23 (issue 19), from the misses of the spent sets, on fixtures of our own: the short forms
of policy terms a researcher types (芯片, 综保区, 自贸港, 长护险, 双碳) find the paragraphs that
write the term out (集成电路, 综合保税区, 自由贸易港, 长期护理保险, 碳达峰碳中和), and the other way
round (kb/data/synonyms.toml [groups])."""

from __future__ import annotations

import pytest

from tests.fixtures import kb_of

CORPUS = {
    "measures.txt": "某市产业扶持措施\n\n"
    "对集成电路设计企业首次流片给予费用补助，最高500万元。\n\n"
    "支持综合保税区开展保税维修和再制造业务。\n\n"
    "全面推进长期护理保险制度试点，失能人员按规定享受待遇。\n\n"
    "围绕碳达峰碳中和目标，推动重点行业节能降碳改造。\n\n"
    "对标自由贸易港政策，探索零关税商品进口便利化。\n\n"
    "市图书馆延长开放时间，周末照常开放。\n"
}


@pytest.mark.parametrize(
    ("query", "written"),
    [
        ("芯片", "集成电路"),
        ("综保区", "综合保税区"),
        ("长护险", "长期护理保险"),
        ("双碳", "碳达峰碳中和"),
        ("自贸港", "自由贸易港"),
    ],
)
def test_a_short_form_finds_the_term_written_out(tmp_path_factory, query, written):
    res = kb_of(CORPUS, "whoosh", tmp_path_factory).search(query, collapse=False)
    full = [h["text"] for h in res["hits"] if not h.get("partial")]
    assert full and written in full[0], (query, full)
    assert not any("图书馆" in t for t in full)


def test_the_term_written_out_finds_the_short_form(tmp_path_factory):
    corpus = {"news.txt": "某市综保区进出口额增长\n\n今年前三季度，综保区进出口总额同比增长12%。\n"}
    res = kb_of(corpus, "whoosh", tmp_path_factory).search("综合保税区", collapse=False)
    assert any("综保区进出口总额" in h["text"] and not h.get("partial") for h in res["hits"])


class _Vocab:
    """A lexicon of document frequencies, as the planner reads one."""

    def __init__(self, df: dict[str, int]):
        self._df = df

    def df(self, token: str) -> int:
        return self._df.get(token, 0)


def test_a_chinese_name_reads_as_its_pinyin_written_as_two_words():
    from kb.plan import _romanised

    vocab = _Vocab({"sanfang": 2, "qixiang": 2, "yucun": 3, "xi": 9, "hu": 9})
    assert _romanised("三坊七巷", vocab) == ("sanfang", "qixiang")
    assert _romanised("余村", vocab) == ("yucun",)
    # syllables too short to be a name's word on their own (xi, hu) read nothing
    assert _romanised("西湖", vocab) is None
    # a name the Chinese text holds is found as itself
    assert _romanised("三坊七巷", _Vocab({"三坊七巷": 1, "sanfang": 2, "qixiang": 2})) is None


def test_a_chinese_query_finds_the_english_paragraph_naming_the_place(tmp_path_factory):
    corpus = {
        "heritage.txt": "Restoring an old quarter\n\n"
        "Last year, Sanfang Qixiang received more than 11 million tourist visits.\n\n"
        "The city also restored its riverside parks.\n",
        "notice.txt": "某市文物保护工作通知\n\n各区加强历史文化街区保护。\n",
    }
    res = kb_of(corpus, "whoosh", tmp_path_factory).search("三坊七巷", collapse=False)
    full = [h["text"] for h in res["hits"] if not h.get("partial")]
    assert full == ["Last year, Sanfang Qixiang received more than 11 million tourist visits."]


@pytest.mark.parametrize(
    ("query", "written"),
    [("forest fire prevention", "森林防火"), ("city competitiveness rankings", "城市竞争力排名")],
)
def test_an_english_query_finds_the_chinese_term_by_the_glossary(tmp_path_factory, query, written):
    corpus = {
        "notice.txt": "某县通知\n\n进入森林防火期，严禁野外用火。\n\n"
        "报告发布城市竞争力排名，某市位列第五。\n\n县图书馆周末照常开放。\n"
    }
    res = kb_of(corpus, "whoosh", tmp_path_factory).search(query, collapse=False)
    full = [h["text"] for h in res["hits"] if not h.get("partial")]
    assert len(full) == 1 and written in full[0], (query, full)


def test_a_water_transfer_project_is_one_word_and_found_by_its_english_name(tmp_path_factory):
    from kb.chinese import analyse

    assert "引江济淮" in analyse("引江济淮工程试通水通航")[0]  # jieba alone: 引江济 / 淮
    corpus = {
        "canal.txt": "Canal opens\n\n"
        "Trial operations started on the Yangtze-Huaihe Grand Canal on Wednesday.\n\n"
        "The port handled more containers this year.\n"
    }
    res = kb_of(corpus, "whoosh", tmp_path_factory).search("引江济淮", collapse=False)
    full = [h["text"] for h in res["hits"] if not h.get("partial")]
    assert full == ["Trial operations started on the Yangtze-Huaihe Grand Canal on Wednesday."]
