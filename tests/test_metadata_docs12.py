"""Rules by class for what `meta12/dev` (scored once at 12d201f, then studied) missed (issue 22,
session of `docs12`). Each text is made up for its rule (none is a gold document)."""

from __future__ import annotations

from tests.test_metadata_docs8 import EN_BODY, ZH_BODY, meta


def test_an_epaper_edition_line_dates_a_newspaper_item():
    """An e-paper prints the page and the day under the headline: 版次:03 2021年09月27日."""
    lines = ["某市召开港口建设推进会", "版次:05  2022年03月14日", "(上接1版)", ZH_BODY]
    got = meta(lines)
    assert got["date"] == "2022-03-14"
    assert got["genre"] == "news"
    assert got["doc_type"] == "N"


def test_an_edition_line_without_a_day_dates_nothing():
    got = meta(["某市召开港口建设推进会", "版次:05", ZH_BODY])
    assert got["date"] is None


def test_a_time_of_day_with_am_or_pm_is_no_publisher():
    lines = ["Ferry Lines Open to the Islands", "Release time:Mar 3, 2023 09:15 PM", EN_BODY]
    got = meta(lines)
    assert got["date"] == "2023-03-03"
    assert got["issuer"] is None


def test_a_byline_of_initials_in_capitals_names_the_issuing_firm():
    lines = ["The Bay Area's Ports: A survey of shippers", "By PQR", EN_BODY]
    got = meta(lines)
    assert got["issuer"] == "PQR"
    assert got["authors"] == []
    lines = ["The Bay Area's Ports: A survey of shippers", "By Li Ming", EN_BODY]
    got = meta(lines)
    assert got["issuer"] is None
    assert got["authors"] == ["Li Ming"]
