"""Metadata rules from the misses of meta28 (issue 22, session 26), on files of our own: a
signatory's line above a decision (Zhou Xianwang, Mayor) is no title; a page's record of when it
was made (Created on) is a label, never the title; a masthead's images kept as their alt texts
(… logo … logo) are furniture; a body announcing in the lead with its initials after its name
(The Urban Redevelopment Authority (URA) announced) is the issuer; of two cities an English item
names as often, the one its dateline sends it from (San Francisco, CA –) is its city."""

from kb.metadata.places import dateline_city
from kb.metadata.titles import signature
from kb.metadata.words import is_furniture
from tests.test_metadata_meta16 import doc_of

DECISION = (
    "Li Ming, Mayor\n\n"
    "March 3, 2021\n\n"
    "Decision of the Riverton Municipal People's Government on Revising Certain Rules\n\n"
    "In order to implement the relevant documents on building a rule-of-law government and to"
    " optimise the business environment, it has been decided to revise certain provisions of five"
    " rules of the Riverton Municipal People's Government.\n\n"
    "I. Article 2 of the Provisions on Market Stalls shall be amended as follows.\n"
)


def test_a_signatorys_line_is_no_title(tmp_path):
    doc = doc_of(tmp_path, "decision.txt", DECISION)
    assert doc.title.startswith("Decision of the Riverton Municipal")
    assert signature("Li Ming, Mayor") and signature("Jane Doe, Director of the Port Bureau")
    assert not signature("Wuhan, Capital of Hubei") and not signature("li ming, mayor")


ASSEMBLY = (
    "Skip to main content\n"
    "Riverton Mayor logo Riverton Assembly logo\n"
    "Home\n\n"
    "Assembly asks for the papers on the move of its hall\n\n"
    "Hall building\n"
    "Created on\n"
    "01 February 2022\n\n"
    "At a meeting today, the Oversight Committee asked for documents giving further detail on the"
    " true costs of moving the hall, including the landlord's offer on the rent of the old hall.\n"
)


def test_a_pages_creation_record_and_its_logos_are_no_title(tmp_path):
    doc = doc_of(tmp_path, "assembly.txt", ASSEMBLY)
    assert doc.title == "Assembly asks for the papers on the move of its hall"
    assert doc.date == "2022-02-01"
    assert is_furniture("Riverton Mayor logo Riverton Assembly logo")
    assert not is_furniture("Riverton unveils its new city logo")  # a headline about a logo


URA = (
    "Our Future, Our Home. Draft Master Plan exhibition at URA\n\n"
    "  Published: 20 November 2013\n\n"
    "The Urban Redevelopment Authority (URA) announced the opening of the Draft Master Plan"
    " exhibition today. Its key focus is to build townships for all ages that are green and"
    " healthy, and to bring quality jobs closer to home.\n"
)


def test_a_body_announcing_with_its_initials_is_the_issuer(tmp_path):
    assert doc_of(tmp_path, "ura.txt", URA).issuer == "Urban Redevelopment Authority"


SISTERS = (
    "San Francisco and Shanghai Mayors Renew Their Sister City Agreement\n\n"
    "May 22, 2024\n\n"
    "San Francisco, CA – The Mayor of San Francisco yesterday welcomed the Mayor of Shanghai and"
    " a delegation to City Hall to renew the agreement between both cities.\n\n"
    "The visit to San Francisco follows the Mayor's trip to Shanghai in April, when she led a"
    " delegation to promote tourism.\n"
)


def test_the_dateline_decides_between_two_cities_named_as_often(tmp_path):
    assert doc_of(tmp_path, "sisters.txt", SISTERS).city == "sanfrancisco"
    assert dateline_city(["HAIKOU, Dec. 2 (Xinhua) -- The airport's expansion began."]) == "haikou"
    undated = SISTERS.replace("San Francisco, CA – The", "The")
    assert doc_of(tmp_path, "sisters.txt", undated).city is None  # as often, nothing to decide


def test_a_title_naming_a_region_in_any_case_names_no_city(tmp_path):
    """Yangtze River delta (a lower-case delta) is the region: its dateline city is no answer."""
    text = SISTERS.replace(
        "San Francisco and Shanghai Mayors Renew Their Sister City Agreement",
        "Yangtze River delta gains momentum in regional integration",
    )
    assert doc_of(tmp_path, "delta.txt", text).city is None
