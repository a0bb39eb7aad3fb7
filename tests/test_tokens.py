"""Index tokens (kb.chinese.tokens): what phrase search and highlighting rely on.

Positions count precise-mode words: a shorter dictionary word inside a long one (杭州 in 杭州湾)
shares the long word's position, and stopwords and punctuation are dropped without leaving a gap,
so "宁波 港口" as a phrase also finds 宁波的港口. Character offsets point into the original text
(normalisation never changes a length), which is how highlights are placed.
"""

from __future__ import annotations

import pytest

from kb.chinese import normalise, query_words, tokens
from kb.stem import stem


def words(text: str) -> list[tuple[str, int]]:
    """(text, position) of the precise words, sub-words left out."""
    return [(t.text, t.pos) for t in tokens(text) if not t.sub]


def test_precise_words_numbered_from_zero_one_apart():
    assert words("建设杭州湾跨海通道") == [("建设", 0), ("杭州湾", 1), ("跨海通道", 2)]


def test_shorter_words_share_the_long_words_position_and_lie_inside_it():
    toks = tokens("建设杭州湾跨海通道")
    subs = sorted((t.text, t.pos, t.start, t.end) for t in toks if t.sub)
    assert subs == sorted(
        [
            ("杭州", 1, 2, 4),
            ("跨海", 2, 5, 7),
            ("海通", 2, 6, 8),
            ("通道", 2, 7, 9),
        ]
    )
    whole = {t.pos: t for t in toks if not t.sub}
    for t in toks:
        if t.sub:
            assert whole[t.pos].start <= t.start < t.end <= whole[t.pos].end
            assert t.text in whole[t.pos].text


def test_positions_never_decrease_and_a_long_word_comes_before_its_pieces():
    """Consumers (the index writer, highlights) read the tokens in one pass, in text order."""
    toks = tokens("宁波舟山港集装箱")
    assert [t.pos for t in toks] == sorted(t.pos for t in toks)
    by_pos: dict[int, list] = {}
    for t in toks:
        by_pos.setdefault(t.pos, []).append(t)
    assert {p: (ts[0].text, ts[0].sub) for p, ts in by_pos.items()} == {
        0: ("宁波舟山港", False),
        1: ("集装箱", False),
    }
    assert {p: sorted(t.text for t in ts[1:]) for p, ts in by_pos.items()} == {
        0: ["宁波", "山港", "舟山", "舟山港"],
        1: ["装箱", "集装"],
    }
    assert all(t.sub for ts in by_pos.values() for t in ts[1:])


def test_two_character_words_have_no_pieces():
    assert [t.sub for t in tokens("码头铁路")] == [False, False]


def test_stopwords_and_punctuation_leave_no_position_gap():
    assert words("宁波的港口") == [("宁波", 0), ("港口", 1)]
    assert words("宁波港口") == [("宁波", 0), ("港口", 1)]
    assert words("码头，提升。港口") == [("码头", 0), ("提升", 1), ("港口", 2)]
    assert words("The ports of Ningbo") == [("port", 0), ("ningbo", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "加快建设宁波舟山港集装箱码头，提升港口集疏运能力。",
        "推进 数字经济 发展",
        "臺州市醫療衛生合作",
        "ＡＢＣ全角 2025年",
        "The Port of Ningbo expands container terminals.",
        "宁波Ningbo港口port建设",
    ],
)
def test_offsets_point_at_the_tokens_text_in_the_original(text):
    for t in tokens(text):
        piece = normalise(text[t.start : t.end])
        if piece.isascii() and piece.isalpha():
            assert stem(piece) == t.text, t
        else:
            assert piece == t.text, t


def test_traditional_and_full_width_indexed_as_simplified_half_width_at_their_own_offsets():
    toks = [(t.text, t.start, t.end) for t in tokens("臺州市醫療") if not t.sub]
    assert toks == [("台州市", 0, 3), ("医疗", 3, 5)]
    assert [(t.text, t.start, t.end) for t in tokens("ＡＢＣ全角")] == [
        ("abc", 0, 3),
        ("全角", 3, 5),
    ]


def test_english_words_stemmed_lower_case_and_stopwords_skipped():
    text = "The Ports of Ningbo are expanding Container Terminals"
    assert [(t.text, t.pos, t.start, t.end) for t in tokens(text)] == [
        ("port", 0, 4, 9),
        ("ningbo", 1, 13, 19),
        ("expand", 2, 24, 33),
        ("contain", 3, 34, 43),
        ("termin", 4, 44, 53),
    ]
    assert [t.text for t in tokens("emissions emission")] == ["emiss", "emiss"]


def test_english_inflections_meet_on_one_stem():
    assert {t.text for t in tokens("ports")} == {t.text for t in tokens("port")} == {"port"}
    assert {t.text for t in tokens("expanding expands")} == {"expand"}


def test_hyphens_and_apostrophes_split_english_words():
    assert words("port-city e-commerce") == [
        ("port", 0),
        ("citi", 1),
        ("e", 2),
        ("commerc", 3),
    ]


def test_mixed_chinese_and_english_share_one_numbering():
    assert words("宁波Ningbo港口port建设") == [
        ("宁波", 0),
        ("ningbo", 1),
        ("港口", 2),
        ("port", 3),
        ("建设", 4),
    ]


def test_numbers_are_words():
    assert words("到2025年") == [("到", 0), ("2025", 1), ("年", 2)]


def test_citation_markers_not_indexed_and_offsets_unchanged():
    toks = tokens("带动[3-5]区域发展")
    assert [(t.text, t.pos, t.start) for t in toks] == [
        ("带动", 0, 0),
        ("区域", 1, 7),
        ("发展", 2, 9),
    ]


def test_query_words_are_the_precise_words_without_pieces():
    assert query_words("建设杭州湾跨海通道") == ["建设", "杭州湾", "跨海通道"]
    assert query_words("the ports of Ningbo") == ["port", "ningbo"]


def test_empty_and_blank_text_have_no_tokens():
    assert tokens("") == ()
    assert tokens("  \n\t ") == ()
    assert tokens("的 和 the of") == ()
