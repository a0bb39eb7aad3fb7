"""Reading rules between the languages (issue 19), each pinned on hand-made maps or a tiny
vocabulary of our own: English words read through CEDICT senses that hold them, and the rules
added after it below."""

from __future__ import annotations

from pypinyin import lazy_pinyin

from kb import plan
from kb.crosslang import (
    build_maps,
    english_key,
    pinyin_keys,
    spell_pinyin,
    word_readings,
)
from kb.suggest import correct_chinese, correct_latin
from tests.fixtures import readings_in


def test_word_readings_prefer_whole_senses_and_drop_lone_characters():
    maps = {
        "english": {"data": ["数据", "资料", "料"], "most": ["最多", "至", "最"], "fee": ["费"]},
        "english_in": {
            "data": ["数据库", "大数据"],
            "most": ["最重要"],
            "fee": ["收费", "缴费", "学费"],
        },
    }
    # two whole senses of two or more characters: those alone, no lone character
    assert word_readings("data", maps) == ["数据", "资料"]
    # one whole sense: also the commonest two that hold the word
    assert word_readings("most", maps) == ["最多", "最重要"]
    # none of two characters: those that hold it, and the lone character last
    assert word_readings("fee", maps) == ["收费", "缴费", "费"]
    assert word_readings("unknown", maps) == []


def test_build_maps_reads_two_word_senses_that_hold_a_word():
    maps = build_maps({"医疗": 9, "收费": 4, "费": 2, "纠纷": 3})
    assert "医疗" in maps["english_in"][english_key("medical")]
    assert "收费" in maps["english_in"][english_key("fee")]
    # a one-character word is never read through a sense that holds the word
    assert all(len(w) > 1 for words in maps["english_in"].values() for w in words)


def maps_of_beilun() -> dict:
    return {"北仑": [["Beilun", "beilun"]]}


def test_a_proper_name_reads_as_its_romanised_english():
    """浙江, 浙江省 and 义乌市 are Zhejiang and Yiwu in English text (CEDICT's description of a
    place is no translation); 义务 (a duty, yi4 wu4) is no Yiwu; a name whose romanisation is
    an English word (大冶 Daye, stemmed day) or one syllable run together (吉安 Ji'an) reads
    nothing."""
    from kb.crosslang import english_senses, romanised_name

    assert romanised_name("浙江省", "Zhe4 jiang1 Sheng3") == "zhejiang"
    assert romanised_name("义务", "yi4 wu4") is None
    vocab = {"zhejiang": 5, "yiwu": 3, "beij": 2, "changx": 2, "day": 9, "jian": 2, "义务": 4}
    maps = build_maps(vocab)
    known = vocab.__contains__
    for word, name in (("浙江", "zhejiang"), ("浙江省", "zhejiang"), ("义乌市", "yiwu")):
        assert (name.capitalize(), name, "cedict") in english_senses(word, maps, known), word
    assert ("Changxing", "changx", "cedict") in english_senses("长兴县", maps, known)  # -ing
    for word in ("义务", "大冶", "吉安"):
        assert not [k for _, k, _ in english_senses(word, maps, known) if k in vocab], word
    # a name typed in pinyin does not read its own romanisation again (beilun → 北仑 → Beilun)
    read = concepts("beilun", {"pinyin": {"beilun": ["北仑"]}, "chinese": maps_of_beilun()})
    assert ("北仑", "pinyin") in read[0][1] and not [t for t, v in read[0][1] if v == "cedict"]
    # a city's own English name comes from the gazetteer, as before
    assert english_senses("宁波", build_maps({"ningbo": 3}), {"ningbo"}.__contains__)[0][2] == (
        "gazetteer"
    )


def test_an_english_word_reads_its_own_senses_not_its_stems():
    """The stemmer joins import and important, allowance and allow, customs and custom, disposal
    and disposable; a Chinese word is read for an English one only through a sense that is the
    word itself, give or take an inflection (fees: fee; subsidies: subsidy)."""
    vocab = {
        "进口": 9,
        "重要": 30,
        "补贴": 5,
        "津贴": 3,
        "不得": 40,
        "许可": 8,
        "一次性": 4,
        "收费": 6,
    }
    maps = build_maps(vocab)
    assert word_readings(english_key("import"), maps, "import") == ["进口"]
    allowance = word_readings(english_key("allowance"), maps, "allowance")
    assert {"补贴", "津贴"} <= set(allowance) and not {"不得", "许可"} & set(allowance)
    assert "一次性" not in word_readings(english_key("disposal"), maps, "disposal")
    assert "收费" in word_readings(english_key("fees"), maps, "fees")
    assert "重要" in word_readings(english_key("import"), maps)  # by the stem alone, as before
    assert "补贴" in word_readings(english_key("subsidies"), maps, "subsidies")
    customs = build_maps({"海关": 5, "习惯": 9})
    assert word_readings(english_key("customs"), customs, "customs") == ["海关"]


# ---- pinyin -------------------------------------------------------------------------------------


class Lex:
    """A lexicon of our own for the plan builder: its maps, and every token known."""

    def __init__(self, maps: dict):
        self.maps = maps

    def df(self, word: str) -> int:
        return 3


def concepts(q: str, maps: dict) -> list[tuple[str, list[tuple[str, str]]]]:
    return [
        (r["word"], [(x["text"], x["via"]) for x in r["readings"]])
        for r in plan.build(q, Lex(maps)).explain
    ]


def test_pinyin_keys_read_every_reading_of_a_character():
    keys = pinyin_keys("长三角")
    assert keys[0] == "".join(lazy_pinyin("长三角")) and "changsanjiao" in keys
    assert pinyin_keys("能源") == ["nengyuan"]


def test_spell_pinyin_in_the_fewest_corpus_words():
    py = {
        "zaisheng": ["再生"],
        "nengyuan": ["能源"],
        "chengshi": ["城市", "诚实"],
        "danao": ["大脑"],
    }
    assert spell_pinyin("kezaishengnengyuan", py) == "可再生能源"  # 可 a function word's syllable
    assert spell_pinyin("chengshidanao", py) == "城市大脑"  # the commonest reading of each
    assert spell_pinyin("nengyuan", py) == ""  # one word: the pinyin map has it
    assert spell_pinyin("nengyuanxyz", py) == ""


def test_pinyin_run_spelled_as_one_concept_only_when_it_is_one():
    py = {
        "chengshi": ["城市"],
        "danao": ["大脑"],
        "hangzhou": ["杭州"],
        "shuzi": ["数字"],
        "jingji": ["经济"],
    }
    # 城市大脑 is a term of the glossary: one concept, read on in English
    (word, found), *rest = concepts("chengshi danao", {"pinyin": py})
    assert not rest and ("城市大脑", "pinyin") in found and ("city brain", "glossary") in found
    # every word spells alone and 杭州数字经济 is no term: a city and a topic (数字经济 is one)
    assert [w for w, _ in concepts("hangzhou shuzi jingji", {"pinyin": py})] == [
        "hangzhou",
        "shuzi jingji",
    ]


def test_pinyin_with_tone_marks_reads_as_pinyin_without():
    """hǎishàng fēngdiàn as people copy it from a dictionary: the tone marks fall (ü is v, as
    pinyin is keyed) and the words spell what the toneless pinyin spells."""
    py = {"haishang": ["海上"], "fengdian": ["风电"], "lvse": ["绿色"]}
    toneless = concepts("haishang fengdian", {"pinyin": py})
    assert concepts("hǎishàng fēngdiàn", {"pinyin": py}) == toneless
    assert ("海上风电", "pinyin") in toneless[0][1]
    assert concepts("lǜsè", {"pinyin": py})[0][1] == concepts("lvse", {"pinyin": py})[0][1]
    assert concepts('"hǎishàng"', {"pinyin": py})[0][0] == "haishang"
    assert concepts("宁波", {})[0][0] == "宁波"  # other words as typed


# ---- slips --------------------------------------------------------------------------------------


def test_correct_chinese_makes_the_longest_corpus_word():
    vocab = {"经济": 90, "经营": 40, "数字经济": 12, "发展": 80, "秸秆": 5, "禁烧": 3, "舟山港": 2}
    # 经齐 is one character from 经济 and 经营; with 数字 before it, 数字经济 is longer
    assert correct_chinese("数字经齐发展", (2, 4), vocab) == "数字经济发展"
    assert correct_chinese("秸杆禁烧", (0, 2), vocab) == "秸秆禁烧"
    assert correct_chinese("宁波舟山巷", (4, 5), vocab) == "宁波舟山港"
    # the character changed must be inside the unknown word: 数字 stays as typed
    assert correct_chinese("数子经济", (0, 2), {"数字": 1, "经济": 1, "数字经济": 1}) == "数字经济"
    assert correct_chinese("数字经济", (0, 2), {"经济": 1}) == "数字经济"  # nothing close
    assert correct_chinese("量子", (0, 2), vocab) == "量子"


def test_a_slip_sounds_like_the_word_meant():
    """A pinyin keyboard's slip sounds like the character meant: 送餐 (song-can) is not 供餐
    (gong-can) nor 送达 (song-da) misspelt, it is a word the corpus lacks; 数子 (zi) is 数字
    (zi)."""
    vocab = {"供餐": 9, "送达": 9, "老年人": 9, "服务": 9, "数字": 9}
    assert correct_chinese("老年人送餐服务", (3, 5), vocab) == "老年人送餐服务"
    assert correct_chinese("数子", (0, 2), vocab) == "数字"
    # in a longer word the context leaves little doubt: the same initial or rhyme will do
    assert correct_chinese("数字经齐", (2, 4), {"数字经济": 2}) == "数字经济"
    assert correct_chinese("数字经达", (2, 4), {"数字经济": 2}) == "数字经达"


def test_a_word_the_corpus_lacks_is_read_across_two_of_its_words():
    """送餐, which the corpus never has as a word, is looked for where jieba cut the text across
    it: 配送|餐 (配送餐服务), the commonest words ending in 送 before 餐; a word the corpus has is
    not read so."""
    vocab = {"配送": 5, "运送": 2, "餐": 4, "餐饮": 3, "服务": 9, "送": 1, "送达": 3}
    lex = VocabLex({}, vocab, set())
    read = {r["text"] for r in plan.build("送餐", lex).explain[0]["readings"]}
    assert {"配送 餐", "送 餐", "送 餐饮"} <= read
    assert "运送 餐饮" not in read  # one half stays as typed
    assert not any(" " in r["text"] for r in plan.build("送达", lex).explain[0]["readings"])


def test_a_word_is_read_across_two_words_only_where_the_text_has_them_side_by_side():
    """天线 is no 露天|线 unless some paragraph says 露天线: a reading that finds nothing is not
    shown (the index counts the measures with the two side by side)."""
    vocab = {"露天": 5, "昨天": 4, "线": 6, "线路": 3, "天": 2}

    class Lex(VocabLex):
        def count(self, node):
            return int(node.words == ("天", "线路"))

    lex = Lex({}, vocab, set())
    read = {r["text"] for r in plan.build("天线", lex).explain[0]["readings"]}
    assert read == {"天 线路"}
    assert "露天 线" in {
        r["text"] for r in plan.build("天线", VocabLex({}, vocab, set())).explain[0]["readings"]
    }


def test_correct_latin_one_slip_from_a_known_word():
    known = ["intelligence", "temperature", "classification", "brain", "train", "data"]
    assert correct_latin("inteligence", known) == "intelligence"  # a letter left out
    assert correct_latin("temprature", known) == "temperature"
    assert correct_latin("brian", known) == "brain"  # two letters swapped
    assert correct_latin("clasification", known) == "classification"
    assert correct_latin("drain", known) == ""  # another first letter
    assert correct_latin("dta", known) == ""  # too short to guess
    assert correct_latin("bxxan", known) == ""  # two slips in a short word


class VocabLex(Lex):
    """A lexicon that can list its Chinese words, and knows only them and some English."""

    def __init__(self, maps: dict, vocab: dict[str, int], english: set[str]):
        super().__init__(maps)
        self.vocab, self.english = vocab, english

    def df(self, word: str) -> int:
        return self.vocab.get(word, 0) or (3 if word in self.english else 0)

    def vocabulary(self) -> dict[str, int]:
        return self.vocab


def test_a_slip_is_read_as_the_word_meant_and_marked():
    vocab = {"数字经济": 12, "经济": 90, "数字": 50, "发展": 80, "产品": 7}
    lex = VocabLex({"spelling": ["brain", "city"]}, vocab, {"brain", "citi"})
    read = [
        (r["word"], [(x["text"], x["via"]) for x in r["readings"]])
        for r in plan.build("数字经齐 city brian", lex).explain
    ]
    assert read[0][0] == "数字经济" and read[0][1][0] == ("数字经济", "spelling")
    # put right before the phrases are looked up: "city brain" is a glossary term
    assert read[1:] == [("city brian", [("city brain", "spelling"), ("城市大脑", "glossary")])]
    # a word the corpus has, in any language, is never put right
    assert [r["word"] for r in plan.build("数字经济 brain", lex).explain] == ["数字经济", "brain"]
    assert all(not r["readings"] for r in plan.build("brain", lex).explain)
    # nor a dictionary word the corpus lacks (产业 is one character from 产品), nor a paste
    assert [r["readings"] for r in plan.build("产业", lex).explain] == [[]]
    assert all(r["word"] != "数字经济" for r in plan.build("数字经齐" * 5, lex).explain)


# ---- short forms --------------------------------------------------------------------------------


def test_a_compound_of_a_short_form_is_also_read_written_out():
    read = {
        (x["text"], x["via"])
        for r in plan.build("浙江自贸区", Lex({})).explain
        for x in r["readings"]
    }
    # 自贸区's synonyms (kb/data/synonyms.toml) in place of it, next to 浙江
    assert {("浙江 自由贸易试验区", "synonym"), ("浙江 自贸试验区", "synonym")} <= read
    # a compound without a short form gets no such reading
    assert not any(via == "synonym" for _, r in concepts("宁波港口", {}) for _, via in r)


def test_an_abbreviation_also_finds_its_full_form():
    """监管 is how people type 监督管理, 环保 环境保护: the dictionary's four-character terms whose
    halves start with the two characters typed, when the corpus uses them; a word of its own,
    far commoner than any such term (建设, not 建筑设计), is not read so."""
    words = ["监督管理", "监督", "管理", "环境保护", "环境", "保护", "建筑设计", "建筑", "设计"]
    lex = VocabLex({}, {w: 2 for w in words}, set())

    def read(q):
        return {r["text"].replace(" ", "") for r in plan.build(q, lex).explain[0]["readings"]}

    assert "监督管理" in read("监管") and "环境保护" in read("环保")
    assert "建筑设计" not in read("建设")
    lex.vocab = {"监管": 2}  # a full form the corpus never uses is not looked for
    assert "监督管理" not in read("监管")


def test_pinyin_of_a_word_and_one_more_syllable():
    """kuaidigui: 快递 (kuaidi) and a syllable the corpus has as a one-character word (柜, cut
    apart in 智能快递柜), spelled 快递柜 and looked for as 快递 柜 side by side; a syllable no
    corpus character has spells nothing."""
    vocab = {"快递": 5, "柜": 3, "贵": 1, "智能": 4}
    lex = VocabLex({"pinyin": {"kuaidi": ["快递"], "zhineng": ["智能"]}}, vocab, set())
    read = [(r["text"], r["via"]) for r in plan.build("kuaidigui", lex).explain[0]["readings"]]
    assert read[0] == ("快递柜", "pinyin") and ("快递贵", "pinyin") in read
    nothing = plan.build("kuaidiqiu", lex).explain[0]["readings"]
    assert not [r for r in nothing if r["text"].startswith("快递")]


def test_low_information_english_words_are_optional_in_a_longer_query():
    """ "home based elderly care": based says how, not what about; like 推进 in Chinese it need not
    match when other words are asked for, and is searched when typed alone."""
    lex = VocabLex({}, {}, {"home", "base", "elder", "care"})

    def optional(q):
        return {r["word"]: r["optional"] for r in plan.build(q, lex).explain}

    assert optional("home based elderly care")["based"] is True
    assert optional("home based elderly care")["home"] is False
    assert optional("based") == {"based": False}
    assert set(optional("promote improve").values()) == {False}
    # the kind of answer wanted, not its subject: "elderly care policy" asks about elderly care
    assert optional("elderly care policy") == {"elderly care": False, "policy": True}


def test_an_abbreviation_is_what_the_dictionary_says_it_means():
    """kb/abbreviations.py keeps a pair when CC-CEDICT gives the short word a sense of the full
    term or of each of its halves; a word so proven may stand for more terms sharing a sense with
    either half. 居家 ("home", "household") is no abbreviation of 居民家庭 ("household" is a
    sense of 家庭 alone)."""
    from kb.abbreviations import full_forms, same_meaning

    senses = {
        "医保": {"medic", "insur"},
        "医疗保险": {"medic", "insur"},
        "医疗": {"medic", "treatment"},
        "保障": {"ensur", "guarante"},
        "居家": {"home", "household"},
        "居民": {"resid"},
        "家庭": {"famili", "household"},
        "监管": {"supervis", "administ"},
        "监督": {"supervis", "control"},
        "管理": {"manag", "administ"},
    }
    assert same_meaning("医保", "医疗保险", senses, proven=False)
    assert not same_meaning("医保", "医疗保障", senses, proven=False)
    assert same_meaning("医保", "医疗保障", senses, proven=True)
    assert same_meaning("监管", "监督管理", senses, proven=False)
    assert not same_meaning("居家", "居民家庭", senses, proven=False)
    table = full_forms()  # the generated file
    assert "监督管理" in table["监管"] and "医疗保障" in table["医保"]
    assert "居家" not in table and "建设" not in table


def test_pinyin_spelled_words_also_match_apart():
    """gaowen jintie spells 高温津贴 (高温 + 津贴): like the Chinese typed, its words anywhere in
    the measure match too (高温季节津贴), not only the two side by side."""
    py = {"gaowen": ["高温"], "jintie": ["津贴"]}
    leaves = plan.scoring_leaves(plan.build("gaowen jintie", Lex({"pinyin": py})).main)
    texts = {
        (type(n).__name__, getattr(n, "text", None) or getattr(n, "words", None)) for n, _ in leaves
    }
    assert ("Phrase", ("高温", "津贴")) in texts
    assert {("Term", "高温"), ("Term", "津贴")} <= texts


# ---- English back from the Chinese ---------------------------------------------------------------


def test_other_english_phrasings_of_the_same_glossary_term():
    def read(q):
        return {x for _, r in concepts(q, {}) for x in r}

    # 垃圾分类 is the first translation of each: the same term in other words
    assert {("waste sorting", "glossary"), ("garbage classification", "glossary")} <= read(
        "garbage sorting"
    )
    # "risk capital" gives 风险投资 first, "venture capital" 创业投资: not the same term
    assert ("risk capital", "glossary") not in read("venture capital")
    assert ("venture capital", "glossary") not in read("risk capital")


# ---- pinyin typed a syllable or a phrase at a time ---------------------------------------------


def vconcepts(q: str, py: dict, vocab: dict[str, int]) -> list[tuple[str, list[tuple[str, str]]]]:
    return [
        (r["word"], [(x["text"], x["via"]) for x in r["readings"]])
        for r in plan.build(q, VocabLex({"pinyin": py}, vocab, set())).explain
    ]


def test_pinyin_a_syllable_at_a_time_reads_as_the_chinese_it_spells():
    """hu zhou min su, huzhouminsu and huzhou minsu are all 湖州民宿 typed in pinyin, and read as
    that Chinese is: a city and a topic, each concept named by the syllables typed for it."""
    py = {"huzhou": ["湖州"], "minsu": ["民宿"]}
    vocab = {"湖州": 5, "民宿": 4}
    for q in ("hu zhou min su", "huzhouminsu", "huzhou minsu"):
        found = vconcepts(q, py, vocab)
        assert [w.replace(" ", "") for w, _ in found] == ["huzhou", "minsu"], q
        assert ("湖州", "pinyin") in found[0][1] and ("huzhou", "city") in found[0][1]
        assert ("民宿", "pinyin") in found[1][1]
    assert [w for w, _ in vconcepts("hu zhou min su", py, vocab)] == ["hu zhou", "min su"]


def test_pinyin_a_syllable_no_corpus_word_takes_is_its_commonest_character():
    """ning bo gang: 宁波 and the corpus's commonest gang, 港 (a lone character, once a run)."""
    py = {"ningbo": ["宁波"]}
    vocab = {"宁波": 9, "港": 6, "刚": 2}
    (word, found), *_ = vconcepts("ning bo gang", py, vocab)
    assert word.startswith("ning bo") and ("宁波港", "pinyin") in found
    # two lone characters spell nothing: a guess too far
    read = vconcepts("ningbo xiang zhou", py, {**vocab, "乡": 2, "州": 2})  # a new vocabulary
    assert not any("州" in t for _, r in read for t, _ in r)


def test_a_word_that_may_be_english_stays_english_among_pinyin():
    """china is no chi|na, and ban beside nanhu is no 办: a common English word is a whole syllable
    or word of the spelling, and a lone character only where every word is one syllable."""
    py = {"yiwu": ["义乌"], "nanhu": ["南湖"]}
    vocab = {"义乌": 5, "南湖": 3, "吃": 2, "那": 2, "办": 4}
    found = dict(vconcepts("yiwu china", py, vocab))
    assert not any(v == "pinyin" for _, v in found.get("china", []))
    assert "chi" not in found
    found = dict(vconcepts("ban nanhu", py, vocab))
    assert ("办", "pinyin") not in found.get("ban", [])
    # words that may be English, half or more of a run: no pinyin (can ban is English)
    read = vconcepts("can ban", {**py, "canban": ["参办"]}, vocab)  # a new map: new caches
    assert ("参办", "pinyin") not in [x for _, r in read for x in r]
    # two words that may be English of three: no pinyin run (lake is 拉客 to the pinyin map)
    read = vconcepts("ban nanhu lake", {**py, "lake": ["拉客"]}, vocab)
    assert "ban nanhu lake" not in dict(read)


def test_a_place_spells_before_the_corpus_commonest_homophone():
    """yiwu among other words is 义乌 (the gazetteer's), though the corpus says 义务 more often;
    a word of its own (yiwujiaoyu 义务教育) still spells itself."""
    py = {"yiwu": ["义务", "义乌"], "shichang": ["市场"], "yiwujiaoyu": ["义务教育"]}
    vocab = {"义务": 9, "义乌": 3, "市场": 5, "义务教育": 2}
    found = vconcepts("yiwu shichang", py, vocab)
    assert ("义乌", "pinyin") in found[0][1]
    found = vconcepts("yiwu jiaoyu", py, vocab)
    assert ("义务教育", "pinyin") in found[0][1]


def test_two_syllables_spell_a_common_dictionary_word_the_corpus_cuts_apart():
    chars = {"wen": ["文", "温"], "tai": ["台", "太"], "shou": ["收"], "chu": ["出", "储"]}
    assert plan.two_characters("wentai", chars, {"温台": 3000, "文太": 0}.get) == "温台"
    assert plan.two_characters("wentai", chars, {}.get) is None
    # the commonest word of the dictionary, not the first found
    assert plan.two_characters("shouchu", chars, {"收出": 3, "收储": 40}.get) == "收储"
    # an obscure word of jieba's dictionary is no guess
    assert plan._common_in_dictionary("收出") == 0 and plan._common_in_dictionary("温台") > 0


def test_pinyin_spelled_with_others_also_reads_the_syllables_other_common_words():
    """chuanbo yinhang: 船舶 and 银行 (bank), the corpus's commonest yinhang, and 引航 (pilotage),
    which the corpus uses often enough; a rare homophone is not read."""
    py = {"chuanbo": ["船舶"], "yinhang": ["银行", "引航", "银杭"]}
    vocab = {"船舶": 8, "银行": 20, "引航": 6, "银杭": 1}
    read = [x for _, r in vconcepts("chuanbo yinhang", py, vocab) for x in r]
    assert ("银行", "pinyin") in read and ("引航", "pinyin") in read
    assert ("银杭", "pinyin") not in read


# ---- tone numbers, names in pinyin, nouns and slips with only Chinese answers ------------------


def test_pinyin_with_tone_numbers_reads_as_pinyin_without():
    from kb.query import fold_latin

    assert fold_latin("yin3hang2") == "yinhang" and fold_latin("lv4se4") == "lvse"
    assert fold_latin("Chuan2bo2") == "Chuanbo"
    # numbers that close no syllable are no tones
    assert [fold_latin(w) for w in ("5G", "covid19", "g20", "H7N9", "b2b")] == [
        "5G",
        "covid19",
        "g20",
        "H7N9",
        "b2b",
    ]
    py = {"chuanbo": ["船舶"], "yinhang": ["引航"]}
    assert concepts("chuan2bo2 yin3hang2", {"pinyin": py}) == concepts(
        "chuanbo yinhang", {"pinyin": py}
    )


def test_a_chinese_name_the_corpus_has_only_in_pinyin_finds_its_english():
    """余村 in a Chinese query, where only English reports name the village (Yucun): read as the
    English text's yucun, and never "put right" to a Chinese word that sounds like it."""
    lex = VocabLex({}, {"许村": 4}, {"yucun"})
    (word, found), *_ = [
        (r["word"], [(x["text"], x["via"]) for x in r["readings"]])
        for r in plan.build("余村", lex).explain
    ]
    assert word == "余村" and ("yucun", "pinyin") in found
    # a name the Chinese text has is read as itself only
    lex = VocabLex({}, {"余村": 2}, {"yucun"})
    assert ("yucun", "pinyin") not in readings_in(plan.build("余村", lex).explain)


def test_a_noun_reads_the_verb_it_is_made_from():
    maps = {
        "english": {"renov": ["装修"], "dispos": ["一次性", "处置"]},
        "english_words": {"renovate": ["装修"], "dispose": ["处置"], "disposable": ["一次性"]},
        "english_forms": {"renovate": ["装修"], "dispose": ["处置"], "disposable": ["一次性"]},
    }
    assert word_readings("renov", maps, "renovation") == ["装修"]
    # disposal is dispose's, not disposable's, though the stemmer joins all three
    assert word_readings("dispos", maps, "disposal") == ["处置"]
    assert word_readings("dispos", maps, "disposables") == ["一次性"]
    # and beside senses of its own: collection is CEDICT's 统称 and collect's 收集
    maps["english_words"] |= {"collection": ["统称"], "collect": ["收集"]}
    assert set(word_readings("collect", maps, "collection")) == {"统称", "收集"}


def test_a_slip_is_put_right_to_a_sense_of_the_corpus_chinese_words_only_one_edit_away():
    """kindergarden: no English paragraph says kindergarten, but 幼儿园 is the corpus's; a
    dictionary sense is a correction only one edit away (pilotage is no pillage)."""
    assert "kindergarten" in build_maps({"幼儿园": 5})["spelling_senses"]
    lex = VocabLex({"spelling": [], "spelling_senses": ["kindergarten", "pillage"]}, {}, set())
    assert plan._latin_fix("kindergarden", lex) == "kindergarten"
    assert plan._latin_fix("pilotage", lex) == "pilotage"


def test_a_plural_reads_its_singular_senses_unless_its_meaning_is_its_own():
    """services is 劳务 as written and 服务 as "service"; a meal is 餐 and 伙食 ("meals"); customs,
    a plural of its own (kb/data/english_own_plurals.txt), is 海关 only, not custom's 习惯."""
    maps = build_maps({"劳务": 3, "服务": 9, "伙食": 2, "餐": 4, "海关": 5, "习惯": 9})
    assert {"劳务", "服务"} <= set(word_readings(english_key("services"), maps, "services"))
    assert "伙食" in word_readings(english_key("meal"), maps, "meal")
    assert word_readings(english_key("customs"), maps, "customs") == ["海关"]


def test_a_slip_is_the_meant_characters_usual_syllable():
    """高危 is no slip for 高于: wei is only a rare reading of 于, whose usual one is yu; 数子 is
    one for 数字 (zi both)."""
    vocab = {"高于": 5, "旅游": 9, "项目": 9, "数字": 7}
    assert correct_chinese("高危旅游项目", (0, 2), vocab) == "高危旅游项目"
    assert correct_chinese("数子旅游", (0, 2), vocab) == "数字旅游"


def test_a_rare_compound_part_alone_covers_some_of_it_in_a_partial_match():
    """计件工资 (piece-rate wages), in one paragraph; 计件提成 and 计件单价 in others: in a partial
    match a measure with one of its parts covers some of the word, its rarer part the more (the
    coverage of kb/ranking.py weighs sub-units by rarity)."""
    lex = VocabLex({}, {"计件工资": 1, "计件": 3, "工资": 40}, set())
    p = plan.build("计件工资", lex)
    subs = [
        {getattr(n, "text", None) for n, _ in plan.scoring_leaves(p.units[i])}
        for i in p.groups[0][1:]
    ]
    assert {"计件"} in subs and {"工资"} in subs


# ---- English words as researchers type them (the spent kept-aside sets, studied) ---------------


def test_an_english_word_keeps_its_final_e_unless_an_ending_took_it():
    """care is not car (汽车), fine not fin; trading and traded still read trade's senses."""
    maps = build_maps({"照护": 5, "汽车": 9, "贸易": 7, "罚款": 6})
    assert word_readings(english_key("care"), maps, "care") == ["照护"]
    assert "汽车" in word_readings(english_key("car"), maps, "car")
    assert "贸易" in word_readings(english_key("trading"), maps, "trading")
    assert "贸易" in word_readings(english_key("traded"), maps, "traded")
    assert "罚款" in word_readings(english_key("fines"), maps, "fines")


def test_a_hyphenated_word_reads_the_sense_of_its_words_together():
    """long-term: no sense is written "long-term", the sense "long term" is 长期."""
    maps = build_maps({"长期": 5, "条件": 9})
    assert word_readings(english_key("long-term"), maps, "long-term") == ["长期"]


def test_an_ation_noun_of_an_er_verb_reads_the_verb():
    """registration: register's 登记 and 注册; procurement: procure's 采购."""
    maps = build_maps({"登记": 5, "注册": 3, "采购": 4})
    assert {"登记", "注册"} <= set(word_readings(english_key("registration"), maps, "registration"))
    assert "采购" in word_readings(english_key("procurement"), maps, "procurement")


def test_a_slip_is_put_right_to_the_closest_glossary_word_the_corpus_translates():
    """mediaton: mediation (one edit; the glossary's 调解) before the corpus's medication (two)."""
    lex = VocabLex({"spelling": ["medication"], "spelling_senses": []}, {"调解": 4}, set())
    assert plan._latin_fix("mediaton", lex) == "mediation"
    # an everyday word is no slip for a sense or a glossary word: care stays care (core: 核心)
    lex = VocabLex({"spelling": [], "spelling_senses": ["core"]}, {"核心": 4}, set())
    assert plan._latin_fix("care", lex) == "care"
    # without 调解 in the corpus the glossary word is no correction
    lex = VocabLex({"spelling": ["medication"], "spelling_senses": []}, {}, set())
    assert plan._latin_fix("mediaton", lex) == "medication"


def test_an_everyday_english_word_is_read_as_english_before_the_pinyin_it_spells():
    """nanhu lake: 南湖 and a lake (湖泊), not 南湖 + 拉客 (la ke); gang, one syllable, stays 港."""
    vocab = {"南湖": 6, "拉客": 2, "湖泊": 4, "宁波": 9, "港": 7, "帮派": 1}
    lex = VocabLex(build_maps(vocab), vocab, set())

    def read(q: str) -> dict:
        return {r["word"]: [x["text"] for x in r["readings"]] for r in plan.build(q, lex).explain}

    assert read("nanhu lake")["nanhu"] == ["南湖"] and read("nanhu lake")["lake"][0] == "湖泊"
    assert read("lake")["lake"] == ["湖泊", "拉客"]
    # one syllable typed alone may be pinyin (ningbo zhoushan gang: 港), whatever English says
    assert not plan._english_word(["gang"], english_key("gang"), lex)
    assert plan._english_word(["lake"], english_key("lake"), lex)


def test_pinyin_spells_a_glossary_term_the_corpus_says_only_in_english():
    """gongtong fuyu and gongtongfuyu are 共同富裕, read on as "common prosperity", where the
    corpus has no Chinese word for it but has its English: not 共同 + 富余 (a surplus), the
    corpus's own spelling."""
    py = {"gongtong": ["共同"], "fuyu": ["富余", "赋予"]}
    vocab = {"共同": 6, "富余": 2, "赋予": 3}

    def read(q, py, english):
        return [
            (r["word"], [(x["text"], x["via"]) for x in r["readings"]])
            for r in plan.build(q, VocabLex({"pinyin": py}, vocab, english)).explain
        ]

    for q in ("gongtong fuyu", "gongtongfuyu"):
        found = read(q, dict(py), {"common", "prosper"})  # a new map each time: new caches
        assert len(found) == 1, q
        assert ("共同富裕", "pinyin") in found[0][1], q
        assert ("common prosperity", "glossary") in found[0][1], q
        assert ("富余", "pinyin") not in found[0][1]
    # without the English in the corpus, one word typed stays the corpus's own spelling
    assert ("共同富裕", "pinyin") not in read("gongtongfuyu", dict(py), set())[0][1]


def test_tones_typed_choose_among_the_corpus_homophones():
    """shījiǎn and shi1jian3 are 尸检 (an autopsy), though the corpus says 时间 and 事件 more;
    shijian without tones reads the commonest as before, and tones no word has change nothing."""
    from kb import tones

    assert tones.positions("shījiǎn") == ((2, 1), (5, 3))
    assert tones.positions("shi1jian3") == ((2, 1), (6, 3))
    assert tones.positions("lǜsè") == ((1, 4), (3, 4)) and tones.positions("5G") == ()
    py = {"shijian": ["时间", "事件", "尸检"], "yiliao": ["医疗"]}
    vocab = {"时间": 40, "事件": 30, "尸检": 3, "医疗": 20}

    def read(q):
        found = vconcepts(q, dict(py), vocab)  # a new map: new caches
        return [t for _, r in found for t, v in r if v == "pinyin"]

    for q in ("yīliáo shījiǎn", "yi1liao2 shi1jian3", "shījiǎn"):
        assert "尸检" in read(q) and not {"时间", "事件"} & set(read(q)), q
    assert "时间" in read("yiliao shijian") and "尸检" not in read("yiliao shijian")
    assert "时间" in read("yiliao shǐjiǎn")  # no word has these tones: all stay


def test_a_question_is_asked_about_its_other_words():
    """养老补贴标准是多少, 工伤保险怎么办 and "how does Ningbo support elderly care" ask about their
    other words: 多少, 怎么办, how and does are no concept a measure must hold; typed alone a
    question word is searched as a word."""
    words = lambda q: [w for w, _ in concepts(q, {})]  # noqa: E731
    assert "多少" not in words("养老补贴标准是多少") and "标准" in words("养老补贴标准是多少")
    assert words("工伤保险怎么办") == ["工伤保险"]
    assert words("关于养老服务的意见")[0] == "养老服务"
    assert [w.lower() for w in words("how does Ningbo support elderly care")][:1] == ["ningbo"]
    assert words("如何") == ["如何"] and words("how") == ["how"]
    # an excluded or quoted question word is what the person typed
    assert "如何" in words('养老 "如何"')


def test_a_place_with_its_administrative_suffix_also_reads_the_name_alone():
    """浙江省 and 义乌市 typed also find the 浙江 and 义乌 of the text, where the corpus has the
    name as a proper noun (the index's `names`); 开发区 is no name with a suffix."""
    maps = {"names": {"浙江": 1, "义乌": 1}}
    assert ("浙江", "gazetteer") in dict(concepts("浙江省", maps))["浙江省"]
    assert ("义乌", "gazetteer") in dict(concepts("义乌市", maps))["义乌市"]
    assert not [t for t, v in dict(concepts("开发区", maps))["开发区"] if v == "gazetteer"]
    assert build_maps({"浙江": 3, "发展": 9})["names"] == {"浙江": 2}  # 2: a province


def test_a_rare_word_no_parts_spell_is_covered_in_part_by_the_word_inside_it():
    """导游证 in one measure: measures on 导游 follow it as partial matches (the word inside,
    a sub-word of the index), but 导游 never makes a full match of 导游证; a word many measures
    hold (幼儿园) needs no such help, and a place (宁波港) none of its name's."""
    lex = VocabLex(
        {}, {"导游证": 1, "导游": 6, "幼儿园": 20, "幼儿": 25, "宁波港": 1, "宁波": 9}, set()
    )
    p = plan.build("导游证", lex)
    assert ("导游", "parts") in [(x["text"], x["via"]) for x in p.explain[0]["readings"]]
    assert "'导游'" not in repr(p.main) and "'导游'" in repr(p.relaxed)
    read = readings_in(plan.build("幼儿园", lex).explain)
    assert ("幼儿", "parts") not in read
    read = readings_in(plan.build("宁波港", lex).explain)
    assert ("宁波", "parts") not in read


def test_a_glossary_translation_reads_its_synonyms_as_a_chinese_word_does():
    """free trade zone is 自贸区 and 自由贸易试验区 (glossary); a regulation writes 自贸试验区,
    of the same group of kb/data/synonyms.toml: an English query finds it as a Chinese one
    would."""
    lex = VocabLex({}, {"自贸试验区": 9, "大宗商品": 4}, set())
    found = [
        (x["text"], x["via"])
        for r in plan.build("free trade zone", lex).explain
        for x in r["readings"]
    ]
    assert ("自由贸易试验区", "glossary") in found and ("自贸试验区", "synonym") in found
