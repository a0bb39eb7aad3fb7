"""Ingest: exit codes, incremental updates by hash, swap safety, the writer lock, the CLI."""

import json
import threading

import pytest

from kb import index
from kb.cli import main
from kb.errors import IndexBusy
from kb.ingest import ingest
from kb.search import KB
from tests.backend_helpers import older_schema
from tests.fixtures import build_corpus


@pytest.fixture()
def small(tmp_path):
    corpus = build_corpus(tmp_path / "c", with_bad=False, with_seeds=False)
    return corpus, tmp_path / "ix"


def test_bad_files_reported_good_ones_indexed_exit_3(tmp_path, capsys):
    corpus = build_corpus(tmp_path / "c", with_seeds=False)
    code = main(["ingest", "--corpus", str(corpus), "--index", str(tmp_path / "ix")])
    err = capsys.readouterr().err
    assert code == 3
    bad = [line for line in err.splitlines() if line.startswith("error:")]
    assert sorted(x.split(": ", 1)[1].split("/")[-1] for x in bad) == [
        "binary.txt: binary data, not text",
        "broken.pdf: damaged or truncated PDF (PdfStreamError)",
        "empty.txt: the file is empty",
    ]
    assert "8 documents" in err
    assert main(["search", "曹娥江", "--index", str(tmp_path / "ix"), "--json"]) == 0
    res = json.loads(capsys.readouterr().out)
    assert (res["total"], [h["id"] for h in res["hits"]]) == (1, ["plan:4"])


def test_incremental_skip_replace_remove(small):
    corpus, ix = small
    first = ingest(corpus, ix, progress=False)
    assert first.added == 8 and first.documents == 8
    again = ingest(corpus, ix, progress=False)
    assert again.unchanged == 8 and again.added == again.updated == 0
    (corpus / "plan.txt").write_text(
        "一、新要求\n\n全面推进舟山港口建设，扩大国际航线。\n", encoding="utf-8"
    )
    (corpus / "tw.txt").unlink()
    third = ingest(corpus, ix, progress=False)
    assert third.updated == 1 and third.removed == 1 and third.documents == 7
    kb = KB(ix)
    assert "tw" not in kb.documents()
    assert [m["text"] for m in kb.measures("plan")] == ["全面推进舟山港口建设，扩大国际航线。"]


def test_measure_ids_stable_while_file_unchanged(small):
    corpus, ix = small
    ingest(corpus, ix, progress=False)
    before = {m["id"]: m["text"] for m in KB(ix).measures()}
    (corpus / "extra.txt").write_text("新增一段关于宁波港口的说明。\n", encoding="utf-8")
    ingest(corpus, ix, progress=False)
    after = {m["id"]: m["text"] for m in KB(ix).measures()}
    assert all(after[k] == v for k, v in before.items())


def test_failure_during_write_leaves_previous_index_whole(small, monkeypatch):
    corpus, ix = small
    ingest(corpus, ix, progress=False)
    before = KB(ix).search("数字经济")["total"]
    (corpus / "plan.txt").write_text("完全不同的内容。\n", encoding="utf-8")

    def boom(*a, **k):
        raise RuntimeError("simulated crash before publish")

    monkeypatch.setattr(index, "publish", boom)
    with pytest.raises(RuntimeError):
        ingest(corpus, ix, progress=False)
    monkeypatch.undo()
    assert KB(ix).search("数字经济")["total"] == before
    assert len(list(ix.glob("gen-*"))) == 1
    ingest(corpus, ix, progress=False)
    assert KB(ix).search("完全不同")["total"] == 1


def test_second_ingest_waits_then_fails_clearly(small):
    _, ix = small
    with index.writer_lock(ix):
        errors = []

        def other():
            try:
                with index.writer_lock(ix, wait=0.3):
                    pass
            except IndexBusy as e:
                errors.append(str(e))

        t = threading.Thread(target=other)
        t.start()
        t.join()
    assert errors and "another `kb ingest` is running" in errors[0]


def test_missing_corpus_dir_is_one_line(tmp_path, capsys):
    assert (
        main(["ingest", "--corpus", str(tmp_path / "nope"), "--index", str(tmp_path / "ix")]) == 2
    )
    err = capsys.readouterr().err.strip()
    assert "nope" in err and "does not exist" in err and "\n" not in err


def test_measures_command_prints_contract_fields(index_dir, capsys):
    assert main(["measures", "--index", str(index_dir)]) == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    keys = {
        "id",
        "doc_id",
        "doc_title",
        "para",
        "section",
        "kind",
        "lang",
        "text",
        "themes",
        "cities",
        "evidence",
    }
    assert rows and all(keys <= set(r) for r in rows)
    assert {r["kind"] for r in rows} <= {"measure", "goal", "analysis", "abstract", "conclusion"}


def test_cli_search_equals_api(index_dir, client, capsys):
    main(["search", "港口", "--city", "ningbo", "--json", "--index", str(index_dir)])
    cli = json.loads(capsys.readouterr().out)
    api = client.get("/api/search?q=港口&city=ningbo").get_json()
    assert [h["id"] for h in cli["hits"]] == [h["id"] for h in api["hits"]]
    assert cli["facets"] == api["facets"]


def test_seeds_end_to_end(index_dir, capsys):
    """The seeds through kb eval: every gold paragraph found once and agreeing."""
    from pathlib import Path

    gold = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev" / "tags.json"
    if not gold.exists():
        pytest.skip("shared/eval not beside the checkout")
    from kb.evaluate import evaluate

    rep = evaluate([gold], index_dir)["tagging"]
    assert rep["containment"] == rep["units"] == 68
    assert rep["paragraph_agreement"] >= 64
    assert rep["themes"]["micro"]["f1"] >= 0.93
    assert rep["cities"]["explicit"]["f1"] >= 0.97 and rep["cities"]["implicit_recall"] >= 0.8


def test_index_of_an_older_schema_is_rebuilt_whole(tmp_path, monkeypatch):
    """A generation written before a field existed (here year and genre) is rebuilt, not patched:
    adding a measure with the new fields to it would fail."""
    from kb.backends import backend
    from tests.fixtures import build_cited_corpus

    with older_schema(monkeypatch):
        (tmp_path / "empty").mkdir()
        ingest(tmp_path / "empty", tmp_path / "ix", progress=False)
    assert not backend().schema_is_current(index.current_generation(tmp_path / "ix"))
    summary = ingest(build_cited_corpus(tmp_path / "c"), tmp_path / "ix", progress=False)
    assert summary.added == 3 and not summary.errors
    assert backend().schema_is_current(index.current_generation(tmp_path / "ix"))
    assert KB(tmp_path / "ix").search("", year=["2021"])["total"] == 7


def test_each_text_is_segmented_once(tmp_path, monkeypatch):
    """The tokens jieba made for tagging a measure are the ones indexed: jieba never runs twice on
    one text (a worker's share is indexed here in process, so the calls can be counted)."""
    from collections import Counter

    from kb import chinese
    from kb.backends import backend
    from kb.ingest import _index_share, doc_id_for
    from tests.fixtures import PLAN_TXT

    (tmp_path / "c").mkdir()
    path = tmp_path / "c" / "plan.txt"
    path.write_text(PLAN_TXT, encoding="utf-8")
    gen = tmp_path / "gen"
    gen.mkdir()
    backend().create(gen)
    calls, analyse = Counter(), chinese.analyse
    monkeypatch.setattr(chinese, "analyse", lambda text: calls.update([text]) or analyse(text))
    chinese.tokens.cache_clear()
    job = (str(path), doc_id_for(path), "x", path.stat().st_size, str(tmp_path / "c"), 2**20, None)
    segment, metas, errors = _index_share(str(gen), [job])
    assert not errors and metas["plan"]["n_measures"] == 5
    measures = [t.strip() for t in PLAN_TXT.split("\n\n") if t.strip().endswith("。")]
    assert all(calls[m.replace("\n", "")] == 1 for m in measures), calls
    assert set(calls.values()) == {1}, calls
    backend().writer(gen).commit([segment])
    assert sum(live for _, live in backend().segments(gen)) == 5


def test_an_index_built_with_other_data_files_is_rebuilt(tmp_path, monkeypatch):
    """Tokens and tags come from kb/data (the jieba dictionary, the theme lexicons…): after an
    upgrade that changes them, a plain ingest rebuilds every document and says why, instead of
    keeping the old tags of the files that did not change."""
    from tests.fixtures import build_cited_corpus

    corpus = build_cited_corpus(tmp_path / "c")
    ingest(corpus, tmp_path / "ix", progress=False)
    again = ingest(corpus, tmp_path / "ix", progress=False)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 3) and not again.warnings
    monkeypatch.setattr(index, "analysis_key", lambda: "another")
    redone = ingest(corpus, tmp_path / "ix", progress=False)
    assert redone.unchanged == 0 and redone.added + redone.updated == 3
    assert any("analysis" in why for _, why in redone.warnings)
    assert index.analysis_of(index.current_generation(tmp_path / "ix")) == "another"
