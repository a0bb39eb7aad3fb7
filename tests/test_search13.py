"""Session 16 (eval/search13 helper, issue 19): everyday English senses of common Chinese words.
CC-CEDICT gives 公交车 only as "town bus" and "public transport vehicle", 电信 only as
"telecommunications", so the word an English text or query uses (bus, telecom) never met them;
kb/data/senses_en.toml adds such senses, read both ways, and never makes a Chinese word the
corpus lacks "alike" another one through them (公交车 is no 汽车 "car; bus")."""

from __future__ import annotations

import pytest

from kb import data_files
from kb.backends import BACKENDS
from kb.crosslang import (
    CJK_WORD,
    build_maps,
    cedict_records,
    english_key,
    everyday_senses,
    senses,
)
from tests.fixtures import kb_of, readings_in


def test_an_everyday_sense_reads_english_and_chinese_both_ways():
    vocab = {"电信": 4, "公交车": 3, english_key("telecom"): 2, english_key("bus"): 5}
    maps = build_maps(vocab)
    assert "电信" in maps["english"][english_key("telecom")]
    assert "公交车" in maps["english"][english_key("bus")]
    # the Chinese word's first English reading is the everyday word, not CEDICT's phrase
    assert maps["chinese"]["电信"][0] == ["telecom", english_key("telecom")]
    assert maps["chinese"]["公交车"][0] == ["bus", english_key("bus")]


def test_an_everyday_sense_makes_no_word_alike_another():
    """汽车 ("car; automobile; bus") shares 车 and now the sense bus with 公交车: a query 公交车
    over a corpus without it must not read it as every car."""
    maps = build_maps({"汽车": 9, "出租": 2})
    assert "汽车" not in maps["alike"].get("公交车", [])


def test_the_list_holds_words_and_senses_cedict_lacks():
    raw = data_files.toml("senses_en.toml")["senses"]
    assert raw, "kb/data/senses_en.toml lists no word"
    own: dict[str, set[str]] = {}
    for word, definition in ((w, d) for w, _, d in cedict_records()):
        if word in raw:
            own.setdefault(word, set()).update(senses(definition))
    for word, glosses in everyday_senses().items():
        assert CJK_WORD.match(word), word
        assert glosses and all(g and g not in own.get(word, set()) for g in glosses), word


TEXTS = {
    "fraud.txt": "公安机关加强电信诈骗防范宣传。\n\n社区开展消防演练。\n",
    "scam.txt": "Police arrested hundreds of telecom fraud suspects last year.\n\n"
    "The city opened a new library.\n",
}


@pytest.mark.parametrize("backend", sorted(BACKENDS))
def test_telecom_finds_chinese_and_dianxin_english(backend, tmp_path_factory):
    kb = kb_of(TEXTS, backend, tmp_path_factory)
    res = kb.search("telecom", collapse=False)
    assert any(h["text"].startswith("公安机关加强电信诈骗") for h in res["hits"])
    assert ("电信", "cedict") in readings_in(res["interpretation"])
    res = kb.search("电信", collapse=False)
    assert any(h["text"].startswith("Police arrested") for h in res["hits"])
