"""What a researcher reads first about a subject: the paragraph that defines a word of the query
ranks above paragraphs that only repeat it (kb/plan.py `definitions`), in Chinese, pinyin and
English, with either backend."""

from __future__ import annotations

import pytest

from kb.backends import BACKENDS
from tests.fixtures import kb_of

NOISE_ZH = """# 某市噪声污染防治条例

## 第一章 总则

第一条 为了防治噪声污染，保障公众健康，根据有关法律，结合本市实际，制定本条例。

第二条 本条例所称噪声污染，是指超过噪声排放标准或者未依法采取防控措施产生噪声，\
并干扰他人正常生活、工作和学习的现象。

## 第二章 监督管理

第十条 市生态环境主管部门负责噪声污染监测，公布噪声污染状况。

第十一条 噪声污染严重的区域，应当制定噪声污染整治计划。

第十二条 任何单位和个人都有权举报噪声污染，举报噪声污染应当及时处理。

第十三条 噪声污染防治费用列入预算。

第十四条 学校周边噪声污染，由所在地人民政府组织整治。
"""

NOISE_EN = """# Noise mapping in the city

The city publishes noise mapping results every year, and noise mapping covers every district.

Noise mapping teams visit schools and hospitals for noise mapping.

"Noise mapping" means the presentation of data on an existing or predicted noise situation in \
terms of a noise indicator, showing where people are exposed to noise above the limits set for \
housing, schools, hospitals and quiet areas in the open country.

The council funds noise mapping and publishes noise mapping data.

Noise mapping, noise mapping and more noise mapping.
"""

# 是指 before a word jieba would join to 指 (指以, 指除, 指为): the cue is kept whole
DATA_ZH = """# 某市公共数据条例

第一条 公共数据开放应当遵循需求导向，公共数据目录定期更新。

第二条 本条例所称公共数据，是指以电子化形式记录和保存的数据资源。

第三条 公共数据平台归集公共数据，公共数据主管部门负责监督。

第四条 公共数据共享，公共数据安全，公共数据质量。
"""

DEFINITION_ZH = "本条例所称噪声污染，是指"
DEFINITION_EN = '"Noise mapping" means'


@pytest.fixture(scope="module", params=sorted(BACKENDS))
def kb(request, tmp_path_factory):
    return kb_of(
        {"noise.md": NOISE_ZH, "noise_en.md": NOISE_EN, "data.md": DATA_ZH},
        request.param,
        tmp_path_factory,
    )


CASES = [
    ("噪声污染", "zh", DEFINITION_ZH),  # 7 paragraphs say it, 3 of them twice
    ("noise mapping", "en", DEFINITION_EN),  # 5 say it, 4 of them twice or more
    ("公共数据", "zh", "本条例所称公共数据，是指以"),  # 4 say it, 3 of them twice or more
]


def first(kb, query, lang):
    return [h for h in kb.search(query, limit=20)["hits"] if h["lang"] == lang][0]["text"]


@pytest.mark.parametrize("query, lang, definition", CASES)
def test_the_paragraph_that_defines_the_query_word_comes_first(kb, query, lang, definition):
    assert definition in first(kb, query, lang)


@pytest.mark.parametrize("query, lang, definition", CASES)
def test_without_the_rule_the_definition_is_not_first_and_nothing_else_changes(
    kb, monkeypatch, query, lang, definition
):
    """The fixture needs the rule (paragraphs repeating the word outrank the definition without
    it), and the rule only scores: the same totals either way."""
    from kb import plan

    with_rule = kb.search(query, limit=20)
    monkeypatch.setattr(plan, "_definitions", lambda alts, lex: ())
    without = kb.search(query, limit=20)
    assert definition not in first(kb, query, lang)
    assert (without["total"], without["partial_total"]) == (
        with_rule["total"],
        with_rule["partial_total"],
    )
    assert {h["id"] for h in without["hits"]} == {h["id"] for h in with_rule["hits"]}


def test_exact_totals(kb):
    assert kb.search("噪声污染")["total"] == 7
