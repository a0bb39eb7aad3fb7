"""kb eval on query files: a gold snippet that no paragraph (or several) holds is reported."""

from kb.evaluate import render, score_queries


def test_snippets_not_in_exactly_one_paragraph_are_listed(kb):
    texts = [m["text"] for m in kb.measures()]
    whole = next(t for t in texts if 40 < len(t) < 400 and sum(t in u for u in texts) == 1)
    queries = [
        {
            "query": "港口",
            "lang": "zh",
            "relevant": [whole, "这段文字不在任何段落里"],
            "highly_relevant": [whole],
        },
    ]
    rep = score_queries(queries, kb)
    assert rep["snippets"] == 2
    assert rep["snippet_misses"] == [
        {"query": "港口", "snippet": "这段文字不在任何段落里", "found": 0}
    ]
    assert "not in exactly one paragraph: 1" in render({"search": rep})
