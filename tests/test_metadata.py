"""Document metadata: the fields of CONTRACT.md "A document", from sidecars, files and their text."""

from __future__ import annotations

from pathlib import Path

import pytest

from kb.dates import parse_date
from kb.ingest import build_document
from kb.metadata import from_sidecar


def build(path: Path):
    doc, _ = build_document(path, path.stem, "x")
    return doc


@pytest.mark.parametrize("text,iso", [
    ("2021年8月26日", "2021-08-26"), ("二○一二年一月九日", "2012-01-09"), ("二〇二一年十二月三十一日", "2021-12-31"),
    ("2021年8月", "2021-08"), ("2021", "2021"), ("2026-01-22 10:00", "2026-01-22"), ("2021/3/5", "2021-03-05"),
    ("Published: 12 March 2021", "2021-03-12"), ("March 12, 2021", "2021-03-12"), ("Sept 2020", "2020-09"),
    ("no date here", None),
])
def test_dates_as_iso(text, iso):
    assert parse_date(text) == iso


def test_sidecar_old_keys_still_read():
    got = from_sidecar({"year": 2023, "source": "宁波日报", "language": "zh", "authors": "张三"})
    assert got == {"date": "2023", "issuer": "宁波日报", "lang": "zh", "authors": ["张三"]}
    assert from_sidecar({"source": "https://example.org/a"}) == {"source_url": "https://example.org/a"}


def test_sidecar_overrides_every_field(tmp_path):
    f = tmp_path / "note.md"
    f.write_text("# 湖州市绿色金融促进条例\n\n第一条 为了推进绿色金融发展，制定本条例。\n", encoding="utf-8")
    (tmp_path / "note.meta.toml").write_text(
        'title = "另一个题名"\nissuer = "某某委员会"\ndate = 2020-05-01\ngenre = "plan"\ndoc_type = "R"\n'
        'city = "ningbo"\nlanguage = "en"\nsource_url = "https://example.org/x"\nnumber = "甬政发〔2020〕1号"\n'
        '[dates]\nadopted = 2020-04-30\n', encoding="utf-8")
    doc = build(f)
    assert (doc.title, doc.issuer, doc.date, doc.genre, doc.doc_type, doc.city, doc.lang, doc.source_url,
            doc.number, doc.dates, doc.year) == (
        "另一个题名", "某某委员会", "2020-05-01", "plan", "R", "ningbo", "en", "https://example.org/x",
        "甬政发〔2020〕1号", {"adopted": "2020-04-30"}, 2020)
    assert doc.title_derived is False


def test_api_doc_carries_the_metadata(kb):
    for doc_id in kb.documents():
        d = kb.document(doc_id)
        for key in ("title", "title_derived", "issuer", "authors", "date", "dates", "number", "genre",
                    "doc_type", "city", "lang", "source_url", "year"):
            assert key in d, (doc_id, key)
