"""Ids shown as words in the interface language: facet values (kb/facets.py), cities, themes,
and the tag chips of a measure with the words that gave each tag."""

from __future__ import annotations

from flask import current_app

from kb import facets, gazetteer
from kb.themes import label as theme_label
from kb.web.chrome import lang


def facet_label(name: str, value: str) -> str:
    """A facet value's label in the interface language (kb/facets.py)."""
    return facets.label(name, value, lang(), current_app.extensions["kb"].documents())


def kind_label(kind: str) -> str:
    return facet_label("kind", kind)


def city_label(cid: str) -> str:
    return gazetteer.label(cid, lang())


def chip_view(item: dict) -> dict:
    """Tag chips of a hit or measure: label and the words that gave the tag."""
    ev = item.get("evidence", {})
    item["theme_chips"] = [
        {
            "id": t,
            "label": theme_label(t, lang()),
            "evidence": "、".join(ev.get("themes", {}).get(t, [])),
        }
        for t in item["themes"]
    ]
    item["city_chips"] = [
        {
            "id": c,
            "label": city_label(c),
            "evidence": "、".join(ev.get("cities", {}).get(c, [])),
        }
        for c in item["cities"]
    ]
    item["kind_label"] = kind_label(item.get("kind", ""))
    return item
