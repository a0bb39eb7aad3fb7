"""A figure with its unit written the English way (500kV, 120MW, or spaced: 500 kV) finds the same
figure as a Chinese text writes it (500千伏, 120兆瓦) and as English spaces it (500 kV;
kb/data/units.toml). The figure is never converted."""

from __future__ import annotations

import pytest

from kb.backends import BACKENDS
from tests.fixtures import kb_of

ZH = """# 某市电网建设

某市500千伏变电站主变增容扩建工程投运，新增变电容量100万千伏安。

某市220千伏输电线路完成改造。

光伏电站装机容量120兆瓦，年发电量约1.4亿千瓦时。
"""

EN = """# Grid works

The 500 kV line to the coast was energised in May after two years of work.
"""


@pytest.fixture(scope="module", params=BACKENDS)
def kb(request, tmp_path_factory):
    return kb_of({"zh.md": ZH, "en.md": EN}, request.param, tmp_path_factory)


def _texts(res):
    return [h["text"][:12] for h in res["hits"] if not h["partial"]]


def test_a_glued_figure_finds_the_chinese_and_the_spaced_english(kb):
    res = kb.search("500kV", collapse=False)
    assert res["total"] == 2
    assert sorted(_texts(res)) == sorted(["某市500千伏变电站主变", "The 500 kV l"])


def test_the_figure_is_kept_not_converted(kb):
    assert _texts(kb.search("220kV", collapse=False)) == ["某市220千伏输电线路完"]
    assert kb.search("120MW", collapse=False)["total"] == 1
    assert kb.search("300kV", collapse=False)["total"] == 0


def test_a_spaced_figure_finds_the_chinese_too(kb):
    res = kb.search("500 kV", collapse=False)
    assert "某市500千伏变电站主变" in _texts(res)


def test_a_chinese_unit_finds_the_english_spaced_figure(kb):
    res = kb.search("500千伏", collapse=False)
    assert sorted(_texts(res)) == sorted(["某市500千伏变电站主变", "The 500 kV l"])
