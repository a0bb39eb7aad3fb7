"""A query word is found where jieba cut the text otherwise: 公共数据 in 公共|数据共享和开放
(kb/plan.py `_forms`), typed alone or inside an unspaced query, with either backend."""

from __future__ import annotations

import pytest

from kb import plan
from kb.backends import BACKENDS
from kb.chinese import tokens
from tests.fixtures import kb_of

RECUT = "未按规定履行公共数据共享和开放职责的，由有关部门责令改正。"
TEXT = f"""# 某省公共数据条例

第一条 为了加强公共数据管理，制定本条例。

第二条 {RECUT}

第三条 公共数据平台由省人民政府统一建设。

第四条 数据共享工作由各部门负责。
"""


@pytest.fixture(scope="module", params=sorted(BACKENDS))
def kb(request, tmp_path_factory):
    return kb_of({"data.md": TEXT}, request.param, tmp_path_factory)


def test_the_fixture_text_is_cut_otherwise():
    assert "公共数据" not in [t.text for t in tokens(RECUT)]


@pytest.mark.parametrize(
    "query, total",
    [
        ("公共数据", 3),  # 第一条, 第三条 as one word, 第二条 as 公共|数据共享
        ("公共数据开放", 1),  # the word and 开放 anywhere: 第二条 alone
    ],
)
def test_a_word_is_found_where_the_text_is_cut_otherwise(kb, monkeypatch, query, total):
    monkeypatch.setattr(plan, "DECOMPOSE_BELOW_DF", 0)  # as a word hundreds of measures use
    found = kb.search(query, limit=10)
    assert found["total"] == total
    assert any(RECUT in h["text"] for h in found["hits"] if not h["partial"])


def test_the_word_as_typed_scores_above_its_recut_form(kb, monkeypatch):
    """第一条 and 第三条 hold the word itself, 第二条 only its parts: the word itself first."""
    monkeypatch.setattr(plan, "DECOMPOSE_BELOW_DF", 0)
    hits = kb.search("公共数据", limit=10)["hits"]
    assert RECUT in hits[-1]["text"]
