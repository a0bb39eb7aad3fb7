"""A title derived from the text where a file states none (kb/ingest.py derive_title): what
the text is about, not a leading adverbial, and never a cut-off word."""

from types import SimpleNamespace

import pytest

from kb.ingest import derive_title
from tests.test_metadata import build


def first(text: str):
    return [SimpleNamespace(text=text)]


@pytest.mark.parametrize(
    "text, title",
    [
        # a short first sentence is the title whole
        ("港口吞吐量稳步增长。其他内容。", "港口吞吐量稳步增长"),
        ("The port grew fast this year. It did.", "The port grew fast this year"),
        # a leading date or adverbial before the first comma names nothing: the cut is past it
        (
            "2024年,值城市建城两千周年,市政府决定举办系列纪念活动并开放历史街区。年末,各方评价很高。",
            "2024年,值城市建城两千周年,市政府决定举办系列纪念活动并开放历史街区",
        ),
        (
            "近日，记者从市交通运输局获悉，全市新能源公交车占比已经超过九成，线路覆盖所有乡镇。",
            "近日，记者从市交通运输局获悉，全市新能源公交车占比已经超过九成",
        ),
        # a label such as 摘要 is not part of the title
        ("摘要：本文研究城市更新。", "本文研究城市更新"),
        # a decimal point or an abbreviation does not end the sentence
        (
            "Exports rose 4.94 percent in the U.S. market. Imports fell.",
            "Exports rose 4.94 percent in the U.S. market",
        ),
        ("Talks with the U.S. Government went on. More.", "Talks with the U.S. Government went on"),
    ],
)
def test_derived_title(text, title):
    assert derive_title(first(text)) == title


def test_long_derived_title_ends_in_an_ellipsis_at_a_word():
    zh = "一二三四五六七八九十" * 6 + "。"
    assert derive_title(first(zh)) == "一二三四五六七八九十" * 4 + "…"
    en = " ".join(["harbour"] * 30) + "."
    got = derive_title(first(en))
    assert got.endswith("harbour…") and len(got) <= 101


def test_untitled_file_gets_a_derived_title(tmp_path):
    f = tmp_path / "note.txt"
    f.write_text(
        "2023年,适逢改革开放四十五周年,本市启动新一轮营商环境优化行动并公布清单。\n\n"
        "行动包括简化审批流程、压缩办理时限等内容。\n",
        encoding="utf-8",
    )
    doc = build(f)
    assert doc.title_derived is True
    assert doc.title.startswith("2023年,适逢改革开放四十五周年") and doc.title != "2023年"
