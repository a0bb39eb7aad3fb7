"""The same notice copied by two sites is one result, with the other copy named beside it."""

from kb.ingest import ingest
from kb.search import KB, fingerprint

NOTICE = (
    "根据疫情防控要求，全市中小学校于3月14日起暂停线下教学，"
    "各校应当做好线上教学安排，保障学生学习不断线。"
)


def test_fingerprint_ignores_spacing_punctuation_and_width():
    assert fingerprint("各校应当做好线上教学安排， 保障学生学习不断线。") == fingerprint(
        "各校应当做好线上教学安排,保障学生学习不断线"
    )
    assert fingerprint("Ｎｉｎｇｂｏ Port") == fingerprint("ningbo port")


def test_copies_collapse_into_one_hit_with_also_in(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "site_a.md").write_text(
        f"# 学校返校通知\n\n{NOTICE}\n\n其他事项另行通知。\n", "utf-8"
    )
    # the copy: other punctuation and a dateline of its own before the same text
    (corpus / "site_b.md").write_text(
        f"# 转载：学校返校通知\n\n（3月13日讯）{NOTICE.replace('，', ', ')}\n", "utf-8"
    )
    (corpus / "other.md").write_text(
        "# 线上教学指南\n\n线上教学应当保证每节课不超过三十分钟，并安排课间休息。\n", "utf-8"
    )
    ingest(corpus, tmp_path / "ix", progress=False)
    kb = KB(tmp_path / "ix")
    res = kb.search("线上教学")
    assert res["total"] == 3  # every matching measure still counts
    hits = res["hits"]
    assert len(hits) == 2
    notice = next(h for h in hits if "暂停线下教学" in h["text"])
    assert [o["doc_id"] for o in notice["also_in"]] == [
        {"site_a": "site_b", "site_b": "site_a"}[notice["doc_id"]]
    ]
    assert set(notice["also_in"][0]) == {"id", "doc_id", "doc_title", "para"}
    assert "also_in" not in next(h for h in hits if h is not notice)
    # filtered to one document, its own copy is shown with nothing collapsed into it
    only_b = kb.search("线上教学", doc=["site_b"])["hits"]
    assert len(only_b) == 1 and "also_in" not in only_b[0]
    from bs4 import BeautifulSoup

    from kb.web import create_app

    client = create_app({"INDEX": str(tmp_path / "ix"), "TESTING": True}).test_client()
    page = BeautifulSoup(client.get("/search?q=线上教学&lang=en").data, "html.parser")
    assert len(page.select("li.hit")) == 2
    also = page.select_one("li.hit .also-in")
    assert also.get_text().startswith("The same paragraph also in") and also.select_one("a")[
        "href"
    ].startswith("/doc/site_")


def test_deep_pages_load_only_the_collapsed_head_and_their_own():
    """Pages past the collapsed head continue with the ranked tail, each measure shown once, in
    order, and a deep page loads no more than the head and its own hits."""
    import kb.search as S

    texts = {
        d: f"第{d}段的内容各不相同，这里是足够长的正文以便参与比较与合并的判断，编号{d}。"
        for d in range(600)
    }
    texts[5] = texts[3]  # one repeat inside the head
    ranked = [(d, 1000.0 - d) for d in range(600)]
    loaded = []

    def load(d):
        loaded.append(d)
        return {
            "doc_id": f"doc{d}",
            "para": 1,
            "id": f"doc{d}:1",
            "doc_title": "t",
            "text": texts[d],
        }

    shown = []
    for offset in range(0, 600, 10):
        shown += [h["id"] for h, _ in S._page(ranked, load, offset, 10, True)]
    assert shown == [f"doc{d}:1" for d in range(600) if d != 5]
    loaded.clear()
    page = S._page(ranked, load, 500, 10, True)
    assert [h["id"] for h, _ in page] == [f"doc{d}:1" for d in range(501, 511)]
    assert len(loaded) <= S.COLLAPSE_DEPTH + 10
    assert [h["id"] for h, _ in S._page(ranked, load, 0, 10, False)][
        5
    ] == "doc5:1"  # export: every copy


def test_a_generation_remembers_fingerprints_and_loads_only_the_hits_shown():
    """Collapsing needs only a measure's fingerprint and name: a query ranking copies it ranked
    before loads just the hits it shows, with the same copies collapsed; the memory is bounded."""
    import kb.search as S

    # the first 100 ranked are copies of eight texts, those after them all different
    texts = {
        d: f"第{d % 8 if d < 100 else d}条：这里是足够长的正文，以便参与比较与合并的判断，"
        "各段相同，重复出现在多个文件之中。"
        for d in range(200)
    }
    ranked = [(d, 1000.0 - d) for d in range(200)]
    loaded = []

    def load(d):
        loaded.append(d)
        return {
            "doc_id": f"doc{d}",
            "para": 1,
            "id": f"doc{d}:1",
            "doc_title": "t",
            "text": texts[d],
        }

    def shown(page):
        return [(h["id"], [o["id"] for o in h.get("also_in", ())]) for h, _ in page]

    briefs = S.Briefs()
    first = shown(S._page(ranked, load, 0, 10, True, briefs))
    assert [h for h, _ in first] == [f"doc{d}:1" for d in (*range(8), 100, 101)]
    assert first[0][1] == [f"doc{d}:1" for d in range(8, 100, 8)]
    assert len(loaded) == 102  # the copies were read once
    loaded.clear()
    assert shown(S._page(ranked, load, 0, 10, True, briefs)) == first
    assert sorted(loaded) == [*range(8), 100, 101]  # only the hits shown
    small = S.Briefs(size=25)
    S._page(ranked, load, 0, 10, True, small)
    assert len(small) == 25


def test_a_search_again_loads_only_its_hits(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("site_a", "site_b", "site_c"):
        (corpus / f"{name}.md").write_text(f"# 学校返校通知\n\n{NOTICE}\n", "utf-8")
    (corpus / "other.md").write_text(
        "# 线上教学指南\n\n线上教学应当保证每节课不超过三十分钟，并安排课间休息。\n", "utf-8"
    )
    ingest(corpus, tmp_path / "ix", progress=False)
    kb = KB(tmp_path / "ix")
    before = kb.search("线上教学")
    searcher = kb.state().searcher
    loads = []
    real = searcher.load
    searcher.load = lambda ref: loads.append(ref) or real(ref)
    again = kb.search("线上教学")
    assert len(loads) == len(again["hits"]) == 2
    assert [(h["id"], h.get("also_in")) for h in again["hits"]] == [
        (h["id"], h.get("also_in")) for h in before["hits"]
    ]
    assert len(before["hits"][0].get("also_in") or before["hits"][1]["also_in"]) == 2
