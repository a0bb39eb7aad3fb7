"""The analysis steps of kb/chinese.py, each on a few words of its own, and their composition."""

from __future__ import annotations

from kb import data_files
from kb.chinese import (
    ANALYSER,
    AddBridges,
    AddSubwords,
    Analyser,
    DropStopwords,
    DropSymbols,
    JiebaWords,
    NumberPositions,
    StemLatin,
    Tok,
    Word,
    analyse,
    normalise,
    stopwords,
)
from kb.stem import stem


def at(*texts: str, sub: bool = False) -> list[Word]:
    """Words laid end to end from offset 0, as a tokenizer would give them."""
    out, offset = [], 0
    for t in texts:
        out.append(Word(t, offset, offset + len(t), sub))
        offset += len(t)
    return out


def test_jieba_words_cover_the_text_end_to_end_spaces_and_punctuation_included():
    text = "建设杭州湾跨海通道，提升 Port capacity。"
    words = list(JiebaWords()(text))
    assert "".join(w.text for w in words) == normalise(text)
    assert [w.start for w in words[1:]] == [w.end for w in words[:-1]]
    assert (words[0].start, words[-1].end) == (0, len(text))
    assert [w.text for w in words[:3]] == ["建设", "杭州湾", "跨海通道"]


def test_jieba_words_blank_citation_markers_and_normalise_without_changing_offsets():
    words = list(JiebaWords()(" 港口[12]建设 ＡＢＣ"))
    assert not any("12" in w.text or "[" in w.text for w in words)
    abc = next(w for w in words if w.text == "abc")
    assert (abc.start, abc.end) == (10, 13)


def test_drop_stopwords_drops_spaces_and_function_words_only():
    kept = DropStopwords()(at("宁波", "的", " ", "港口", "the", "port"))
    assert [w.text for w in kept] == ["宁波", "港口", "port"]


def test_drop_symbols_keeps_words_starting_latin_or_han():
    kept = DropSymbols()(at("，", "港口", "2025", "—", "port", "㐀字", "ー"))
    assert [w.text for w in kept] == ["港口", "2025", "port", "㐀字"]


def test_add_subwords_follow_a_long_han_word_inside_its_span():
    out = list(AddSubwords()(at("建设", "杭州湾")))
    assert out[:2] == at("建设", "杭州湾")
    assert Word("杭州", 2, 4, True) in out[2:]
    assert all(w.sub and 2 <= w.start < w.end <= 5 for w in out[2:])


def test_add_subwords_leave_short_and_latin_words_alone():
    words = at("港口", "hangzhouwan", "建设")
    assert list(AddSubwords()(words)) == words


def test_add_bridges_mend_a_word_jieba_broke_after_a_long_word():
    words = at("温州港", "口", "建设")
    out = list(AddBridges()(words))
    assert out == [*words[:2], Word("港口", 2, 4, True), words[2]]


def test_add_bridges_need_adjacent_words_a_long_word_and_a_dictionary_word():
    assert list(AddBridges()(at("宁波", "港", "口"))) == at("宁波", "港", "口")  # 宁波 is short
    gap = [Word("温州港", 0, 3), Word("口", 4, 5)]  # a dropped 的 between them
    assert list(AddBridges()(gap)) == gap
    assert list(AddBridges()(at("温州港", "建"))) == at("温州港", "建")  # 港建 is no word


def test_a_bridge_is_found_as_a_word_and_as_part_of_a_phrase(tmp_path):
    from kb.ingest import ingest
    from kb.search import KB

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("温州港口建设加快推进，吞吐量稳步增长。", encoding="utf-8")
    (corpus / "b.txt").write_text("杭州数字经济发展迅速，平台企业集聚。", encoding="utf-8")
    ingest(corpus, tmp_path / "ix", progress=False)
    kb = KB(tmp_path / "ix")
    for q in ("港口", "港口建设", "温州港"):
        res = kb.search(q)
        assert res["total"] == 1 and "温州港口" in res["hits"][0]["text"], q


def test_stem_latin_trims_stems_and_drops_what_is_left_empty_or_stopped():
    out = list(StemLatin()(at("'emissions.", "港口", "--", "-the", "emitted")))
    assert [w.text for w in out] == [stem("emissions"), "港口", stem("emitted")]
    assert (out[0].start, out[0].end) == (0, 11)  # the span of the word as written


def test_stem_latin_leaves_sub_words_as_they_are():
    words = [Word("ok", 2, 4, True)]
    assert list(StemLatin()(words)) == words


def test_number_positions_one_apart_and_shared_by_sub_words():
    words = [*at("建设", "杭州湾"), Word("杭州", 2, 4, True), Word("port", 5, 9)]
    assert list(NumberPositions()(words)) == [
        Tok("建设", 0, 0, 2),
        Tok("杭州湾", 1, 2, 5),
        Tok("杭州", 1, 2, 4, True),
        Tok("port", 2, 5, 9),
    ]


def test_pipe_composes_steps_in_order_and_flattens():
    a = JiebaWords() | DropStopwords()
    b = a | DropSymbols() | NumberPositions()
    assert isinstance(b, Analyser) and len(b.steps) == 4 and b.tokenizer is a.tokenizer
    assert [t.text for t in b("宁波的港口。")] == ["宁波", "港口"]


def test_analyse_gives_the_taggers_words_and_the_pipelines_tokens():
    text = "宁波舟山港的 Container throughput，创新高。"
    words, toks = analyse(text)
    assert words == [w.text for w in JiebaWords()(text) if w.text.strip()]
    assert toks == tuple(ANALYSER(text))
    assert "的" in words and "的" not in [t.text for t in toks]


def test_stopwords_are_the_data_files_words_and_not_their_comments():
    stops = stopwords()
    assert {"的", "和", "the", "of", "and"} <= stops
    assert not {"policy", "words", "list", "function"} & stops  # words of the files' comments
    assert [t.text for t in analyse("The policy of the port")[1]] == [stem("policy"), "port"]


def test_word_list_files_drop_whole_line_and_trailing_comments(tmp_path, monkeypatch):
    monkeypatch.setattr(data_files, "DATA", tmp_path)
    (tmp_path / "list.txt").write_text("# a comment line\n甲 乙  # trailing note\n\n丙\n", "utf-8")
    assert data_files.words("list.txt") == ["甲", "乙", "丙"]


def test_jieba_never_loads_a_cache_planted_in_the_shared_temp_folder(tmp_path, monkeypatch):
    import marshal
    import tempfile
    from pathlib import Path

    from kb import chinese

    shared, home = tmp_path / "tmp", tmp_path / "cache"
    shared.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(shared))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    (shared / "jieba.cache").write_bytes(marshal.dumps(({"宁": 1, "波": 1}, 2)))  # another user's
    t = chinese.tokenizer.__wrapped__()
    assert len(t.FREQ) > 100_000 and "宁波" in t.FREQ
    assert (home / "bay-policy-kb" / "jieba.cache").is_file()
    (home / "bay-policy-kb").chmod(0o777)  # a folder others may write is not used either
    private = Path(chinese.private_cache_dir())
    assert private.parent == shared and private.stat().st_mode & 0o777 == 0o700
