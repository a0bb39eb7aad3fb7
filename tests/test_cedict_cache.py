"""CC-CEDICT's parsed entries are kept in the private cache folder (kb/crosslang.py
cedict_entries): a one-file ingest no longer spends four seconds cleaning and stemming 122k
entries' senses, and a change of the code or data they depend on parses them again."""

import os

from kb import chinese, crosslang


def test_parsed_entries_are_read_back_and_parsed_again_under_a_new_key(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    first = crosslang.cedict_entries()
    assert len(first) > 100_000
    kept = list((tmp_path / "bay-policy-kb").glob("cedict-*.marshal"))
    assert len(kept) == 1

    def unread():
        raise AssertionError("the dictionary was parsed again")

    monkeypatch.setattr(crosslang, "cedict_records", unread)
    assert crosslang.cedict_entries() == first  # from the cache file
    word = next(e for e in first if e[0] == "港口")
    assert "port" in word[3] and crosslang.english_key("port") in word[4]

    monkeypatch.undo()
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(crosslang, "_entries_key", lambda info: "another")
    assert crosslang.cedict_entries() == first  # parsed again, the same entries
    names = sorted(p.name for p in (tmp_path / "bay-policy-kb").glob("cedict-*.marshal"))
    assert names == sorted(["cedict-another.marshal", kept[0].name])  # another version's stays


def test_the_newest_parses_are_kept(tmp_path, monkeypatch):
    """Checkouts of several versions on one machine each keep their parse, the newest
    CACHED_KEYS of them; older ones are dropped."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    records = [("港口", "gang3 kou3", "port; harbor")]
    monkeypatch.setattr(crosslang, "cedict_records", lambda: iter(records))
    folder = tmp_path / "bay-policy-kb"
    for n, key in enumerate("abcd", start=1):
        monkeypatch.setattr(crosslang, "_entries_key", lambda info, key=key: key)
        entry = crosslang.cedict_entries()[0]
        assert entry[:4] == ("港口", "gang3 kou3", "port; harbor", ("port", "harbor"))
        if key != "d":  # older parses, older files (a coarse clock could tie them)
            os.utime(folder / f"cedict-{key}.marshal", ns=(n * 10**9, n * 10**9))
    names = sorted(p.name for p in (tmp_path / "bay-policy-kb").glob("cedict-*.marshal"))
    assert names == ["cedict-b.marshal", "cedict-c.marshal", "cedict-d.marshal"]


def test_a_damaged_cache_file_is_parsed_again(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    first = crosslang.cedict_entries()
    (kept,) = (tmp_path / "bay-policy-kb").glob("cedict-*.marshal")
    kept.write_bytes(b"\x00not marshal")
    assert crosslang.cedict_entries() == first


def test_no_cache_is_left_where_no_private_folder_lasts(tmp_path, monkeypatch):
    """A cache folder others can write is not used: the dictionary is parsed, nothing written."""
    shared = tmp_path / "shared"
    (shared / "bay-policy-kb").mkdir(parents=True)
    (shared / "bay-policy-kb").chmod(0o777)
    monkeypatch.setenv("XDG_CACHE_HOME", str(shared))

    def no_temp_folder(*args, **kwargs):
        raise AssertionError("a temp folder made for a cache that would not last")

    monkeypatch.setattr(chinese.tempfile, "mkdtemp", no_temp_folder)
    assert len(crosslang.cedict_entries()) > 100_000
    assert not list(shared.rglob("cedict-*"))


def test_the_key_follows_the_data_files(monkeypatch):
    """A changed data file (stop words, glossary: kb/index.py analysis_key) is a new parse."""
    from kb import index

    info = os.stat(crosslang._cedict_path())
    before = crosslang._entries_key(info)
    monkeypatch.setattr(index, "analysis_key", lambda: "other data files")
    assert crosslang._entries_key(info) != before
