"""A query word that names a kind of document (regulation, 条例, plan, 规划…; kb/data/
query_genres.toml) also matches the measures of documents of that genre: "公共数据 regulation"
asks for the regulation on public data, whose articles seldom say 条例 themselves."""

from __future__ import annotations

import pytest

from kb.backends import BACKENDS
from tests.fixtures import kb_of

REGULATION = """# 某市公共数据条例

第一条 公共数据应当依法开放共享。

第二条 公共数据开放目录由市数据主管部门编制。

第三条 本市加强城市道路建设。
"""

NEWS = """# 某市公共数据开放成效明显

记者从市数据局获悉，今年公共数据开放数量大幅增长。
"""


@pytest.fixture(scope="module", params=BACKENDS)
def kb(request, tmp_path_factory):
    return kb_of({"reg.md": REGULATION, "news.md": NEWS}, request.param, tmp_path_factory)


@pytest.mark.parametrize("query", ["公共数据 regulation", "公共数据条例", "公共数据 条例"])
def test_a_genre_word_finds_the_articles_of_that_kind_of_document(kb, query):
    res = kb.search(query)
    full = sorted(h["text"][:5] for h in res["hits"] if not h["partial"])
    assert res["total"] == 2 and full == ["第一条 公", "第二条 公"]
    assert {"text": "regulation", "via": "genre"} in [
        r for w in res["interpretation"] for r in w["readings"]
    ]


def test_a_word_that_names_no_genre_is_not_read_so(kb):
    res = kb.search("公共数据 开放")
    assert res["total"] == 3
    assert not [r for w in res["interpretation"] for r in w["readings"] if r["via"] == "genre"]
