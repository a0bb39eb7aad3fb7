"""Search rules of session 13 (issue 19, helper search10), each pinned on a vocabulary or a small
corpus of our own with exact totals and order."""

from __future__ import annotations

import pytest

from kb import plan
from kb.backends import BACKENDS
from kb.crosslang import build_maps
from tests.fixtures import kb_of
from tests.test_everyday_words import VocabLex


def _read(q: str, lex) -> list[str]:
    return [x["text"] for r in plan.build(q, lex).explain for x in r["readings"]]


# ---- tones typed rule out a spelling ----------------------------------------------------------

TONED = {  # 小学 and 化 are words; 许, 恶 and 化 stand inside others (恶化 and 小许 spelled apart)
    "preschool.txt": "学前教育机构应当避免小学化倾向。\n\n"
    "防止生态环境恶劣。\n\n许可证由主管部门核发。\n\n绿化面积不得减少。\n",
}


def test_tones_typed_rule_out_characters_that_lack_them():
    """xiǎoxuéhuà is 小学 + 化: 恶 (è, ě) of 恶化 is never é, so the syllables are not cut
    xiaoxu|ehua (小许 + 恶化, as many pieces and as cheap); toneless, the cut is the corpus's."""
    vocab = {"小学": 3, "化": 2, "恶劣": 4, "许可证": 5, "绿化": 3, "倾向": 2}
    lex = VocabLex(build_maps(vocab), vocab)
    toned = _read("xiǎoxuéhuà", lex)
    assert "恶化" not in toned and "小许" not in toned
    assert "小学化" in toned


@pytest.mark.parametrize("backend", sorted(BACKENDS))
def test_tones_typed_find_the_word_they_spell(backend, tmp_path_factory):
    kb = kb_of(TONED, backend, tmp_path_factory)
    res = kb.search("xiǎoxuéhuà", collapse=False)
    assert res["total"] == 1 and "小学化" in res["hits"][0]["text"]


# ---- a word the corpus lacks, read as the compounds of its head character ----------------------

BOATS = {
    "lake.txt": "第一条 在南湖范围内从事经营服务的车辆和船舶，应当使用电力等清洁能源。\n\n"
    "第二条 南湖管理机构负责南湖的保护和管理工作。\n\n"
    "第三条 船舶污染物应当依法交由港口接收处置。\n\n"
    "第四条 自贸试验区应当完善以原油为主要品种的油品储备体系。\n\n"
    "第五条 鼓励农业经营主体到村设立秸秆收贮点。\n\n"
    "第六条 本条例所称秸秆，是指农作物的茎叶。\n",
}


def test_a_word_nothing_reads_is_read_as_its_head_characters_compounds():
    """游船, which no measure says, is the corpus's 船舶 (its head 船 first) and 帆船 (last), the
    commonest first; a word the corpus has, or another reading reaches, reads no compound."""
    vocab = {"船舶": 9, "帆船": 2, "南湖": 5, "游客": 4}
    lex = VocabLex(build_maps(vocab), vocab)
    assert [a.toks for a in plan._head_compounds("游船", lex)] == [("船舶",), ("帆船",)]
    assert plan._head_compounds("船舶", lex) == [] and plan._head_compounds("南湖", lex) == []
    assert "船舶" in _read("南湖游船", lex)
    assert "船舶" not in _read("游船", lex)  # alone it would only list other things' paragraphs


@pytest.mark.parametrize("backend", sorted(BACKENDS))
def test_head_compounds_complete_a_full_match_and_cover_nothing_alone(backend, tmp_path_factory):
    """南湖游船 finds the one measure with 南湖 and 船舶 as a full match, the other 南湖 measure
    after it as a partial one, never 船舶 without 南湖; 秸秆收储's one full match says 收贮 (the
    glossary's other form of 收储), and its partial ones are the 秸秆 measures alone: 储备 (oil
    reserves) covers nothing of 收储."""
    kb = kb_of(BOATS, backend, tmp_path_factory)
    res = kb.search("南湖游船", collapse=False)
    assert res["total"] == 1 and "船舶" in res["hits"][0]["text"]
    assert [h["partial"] for h in res["hits"]] == [False, True]
    assert kb.search("游船")["total"] == 0  # a loose reading completes a match, never stands alone
    res = kb.search("秸秆收储", collapse=False)  # 收贮 is 收储 (glossary siblings, session 18)
    assert res["total"] == 1 and "收贮" in res["hits"][0]["text"]
    assert all("秸秆" in h["text"] for h in res["hits"])  # the partial one: 秸秆, never 储备


# ---- a question word jieba keeps inside a word ------------------------------------------------


def test_a_question_word_opening_a_word_is_cut_off():
    """工资协商考虑哪些因素: jieba keeps 哪些因素 whole, which no measure says; cut after 哪些 the
    question word is dropped and 因素 asked for. A word the corpus has whole stays whole."""
    vocab = {"工资": 5, "协商": 4, "考虑": 3, "因素": 2}
    lex = VocabLex(build_maps(vocab), vocab)
    concepts = [r["concept"] for r in plan.build("工资协商考虑哪些因素", lex).explain]
    assert concepts == ["工资", "协商", "考虑", "因素"]
    vocab["哪些因素"] = 1
    lex = VocabLex(build_maps(vocab), vocab)
    assert "哪些因素" in [r["concept"] for r in plan.build("工资协商考虑哪些因素", lex).explain]


FACTORS = {
    "wage.txt": "第一条 双方协商确定工资有关事项应当综合考虑下列因素：\n\n"
    "第二条 工资协商代表由双方推选产生。\n\n第三条 确定作业时间应当考虑交通等因素。\n",
}


@pytest.mark.parametrize("backend", sorted(BACKENDS))
def test_the_word_after_a_question_word_is_asked_for(backend, tmp_path_factory):
    kb = kb_of(FACTORS, backend, tmp_path_factory)
    res = kb.search("工资协商考虑哪些因素", collapse=False)
    assert res["total"] == 1 and "下列因素" in res["hits"][0]["text"]


# ---- an English word a name already says --------------------------------------------------------


def test_an_english_word_the_name_before_it_says_is_optional():
    """nanhu lake: 南湖 is the lake (湖泊 starts with its head 湖), so lake is optional and its
    pinyin 拉客 never narrows the query; nanhu boats keeps boats; lake alone is asked for."""
    vocab = {"南湖": 6, "湖泊": 2, "拉客": 1, "船舶": 3}
    maps = build_maps(vocab)
    maps["pinyin"]["nanhu"] = ["南湖"]
    lex = VocabLex(maps, vocab)

    def optional(q: str) -> list[bool]:
        found = plan._echoes_optional(plan._concepts(plan.parse(q).concepts, lex))
        return [c.optional for c, _ in found]

    assert optional("nanhu lake") == [False, True]
    assert optional("nanhu boats") == [False, False]
    assert optional("lake") == [False]


LAKE = {
    "nanhu.txt": "第一条 禁止在南湖核心区域游泳。\n\n第二条 禁止在河道、湖泊等水体内弃置秸秆。\n\n"
    "第三条 南湖管理机构负责南湖的保护工作。\n",
}


@pytest.mark.parametrize("backend", sorted(BACKENDS))
def test_nanhu_lake_finds_what_says_nanhu(backend, tmp_path_factory):
    kb = kb_of(LAKE, backend, tmp_path_factory)
    res = kb.search("swimming nanhu lake", collapse=False)
    assert res["total"] == 1 and "游泳" in res["hits"][0]["text"]
    assert not res["relaxed"]


# ---- a partial match scores a definition only of the query's head ------------------------------

STRAW = {
    "straw.txt": "第一条 本条例所称秸秆，是指水稻、小麦、玉米等农作物的茎叶。\n\n"
    "第二条 秸秆收贮点应当具备防火条件。\n\n第三条 运输车辆应当密闭。\n\n第四条 鼓励秸秆还田。\n",
}


@pytest.mark.parametrize("backend", sorted(BACKENDS))
def test_a_partial_match_scores_a_definition_only_of_the_head(backend, tmp_path_factory):
    """秸秆运输 (no measure has both) asks about transport: the definition of 秸秆 is no answer
    and comes last; 运输 秸秆 asks about straw, and its definition leads the 秸秆 measures."""
    kb = kb_of(STRAW, backend, tmp_path_factory)
    res = kb.search("秸秆运输", collapse=False)
    assert res["total"] == 0 and res["partial_total"] == 4
    assert res["hits"][0]["text"].startswith("第三条") and "所称" in res["hits"][-1]["text"]
    res = kb.search("运输 秸秆", collapse=False)
    assert "所称" in res["hits"][1]["text"]
