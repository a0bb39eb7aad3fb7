"""Rules by class for what `meta13/dev` (scored once at 7a3f70c, then studied) missed (issue 22,
session of `docs13`). Each text is made up for its rule (none is a gold document)."""

from __future__ import annotations

from pathlib import Path

from kb.readers.frontmatter import split_front_matter
from tests.test_metadata_docs8 import EN_BODY, ZH_BODY, meta  # noqa: F401

PY2_FRONT = """---
categories: !!python/unicode 'SomeChannel'
channel_name: 某公众号
createtime: 2019-03-02 08:10:00+00:00
tags: !!python/unicode 'port'
title: !!python/unicode '港口的未来'
---
<p>正文。</p>
"""


def test_front_matter_tagged_by_python2_yaml_is_read_as_plain_values():
    """A Python 2 export tags every string (`!!python/unicode 'x'`): the value is still the
    title, and a WeChat export's createtime dates the post."""
    front, rest = split_front_matter(PY2_FRONT, Path("x.md"))
    assert front["title"] == "港口的未来"
    assert str(front["date"])[:10] == "2019-03-02"
    assert rest.startswith("<p>")


def test_an_object_tag_builds_nothing():
    front, _ = split_front_matter(
        "---\ntitle: !!python/object/apply:os.system ['true']\n---\nText.\n", Path("x.md")
    )
    assert front.get("title") in (None, [], ["true"])
