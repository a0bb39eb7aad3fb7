"""Chinese numerals (kb/numerals.py) and the one test of "is this English" (kb/script.py)."""

from __future__ import annotations

import pytest

from kb.numerals import cn_to_int, int_to_cn
from kb.script import is_english, lang_of


@pytest.mark.parametrize(
    "text,n",
    [
        ("三十五", 35),
        ("一百零二", 102),
        ("十", 10),
        ("十二", 12),
        ("两", 2),
        ("二○一二", 2012),
        ("二〇二一", 2021),
        ("二00二", 2002),  # zeros typed with a Latin key (meta16's signature date)
        ("二OO二", 2002),
        ("OO", None),
        ("35", 35),
        ("㈠", 1),
        ("㈥", 6),
        ("㈩", 10),
        ("零", 0),
        ("甲", None),
        ("", None),
    ],
)
def test_cn_to_int(text, n):
    assert cn_to_int(text) == n


@pytest.mark.parametrize(
    "n,text", [(35, "三十五"), (10, "十"), (102, "一百零二"), (110, "一百一十")]
)
def test_int_to_cn(n, text):
    assert int_to_cn(n) == text


@pytest.mark.parametrize(
    "text,english,lang",
    [
        ("Goals", True, "zh"),  # a short English heading is English, too short to call a document
        ("The port of Ningbo handled more cargo.", True, "en"),
        ("宁波舟山港是世界第一大港 Port", False, "zh"),
        ("宁波舟山港吞吐量", False, "zh"),
    ],
)
def test_is_english(text, english, lang):
    assert is_english(text) is english
    assert lang_of(text) == lang


@pytest.mark.parametrize(
    "text,iso",
    [
        ("南京市人民政府办公厅\n二00二年五月二十九日", "2002-05-29"),
        ("二OO二年五月", "2002-05"),
        ("二○一二年一月九日", "2012-01-09"),
        ("0000年1月1日", None),
        ("OOOO年1月", None),
    ],
)
def test_a_year_in_chinese_digits_may_have_typed_zeros(text, iso):
    from kb.dates import parse_date

    assert parse_date(text) == iso
