"""Themes by a small trained model beside the lexicon, one per language (issue 18): one-vs-rest
logistic regression over the paragraph's words (English stems; for Chinese, jieba's words as the
tagger reads them), its heading's words and the lexicon tagger's own per-theme score, decision
and evidence. A theme is tagged when the model's probability reaches the threshold chosen by
cross-validation and the lexicon found a telling (not generic) word of it, or, for a theme the
lexicon chose itself, when the probability reaches a lower floor (a decisive word carries);
its evidence stays the lexicon's words, so a generic word never decides alone. Umbrella and
procedural paragraphs carry none. The weights live in kb/data/theme_model_{en,zh}.json, written by
`python -m benchmarks.theme_model --write`; here it is a dot product and a sigmoid, nothing more.
"""

from __future__ import annotations

import json
import math
from functools import cache, lru_cache

from kb import data_files, english
from kb.themes import THEMES, ThemeTags, is_procedural

MODEL_FILES = {"en": "theme_model_en.json", "zh": "theme_model_zh.json"}


def words(text: str, lang: str = "en", given: list[str] | None = None) -> set[str]:
    """English stems of three letters or more; for Chinese, jieba's precise words (those the
    tagger was `given`, else cut here as ingest cuts them) less numbers and punctuation."""
    if lang == "en":
        return {s for s in english.stems(text) if s.isalpha() and len(s) > 2}
    if given is None:
        from kb import chinese

        given = chinese.analyse(text)[0]
    return {w for w in given if w.strip() and not w.isdigit() and any(c.isalnum() for c in w)}


@lru_cache(maxsize=512)
def _heading_words(heading: str, lang: str) -> frozenset[str]:
    """A heading's words, once per heading (every paragraph under it asks); a Chinese heading's
    pairs of characters, so that jieba never runs on a text twice (a heading is a block of its
    own too)."""
    if not heading:
        return frozenset()
    if lang == "en":
        return frozenset(words(heading, lang))
    han = [c for c in heading if "\u4e00" <= c <= "\u9fff"]
    return frozenset(a + b for a, b in zip(han, han[1:], strict=False))


def features(
    text: str, heading: str, lexicon: ThemeTags, lang: str = "en", given: list[str] | None = None
) -> dict[str, float]:
    """Binary words, the heading's words apart, and the lexicon's per-theme score (log), decision
    and whether any word (not only the heading) weighed for the theme."""
    f = {f"w:{w}": 1.0 for w in words(text, lang, given)}
    f.update({f"h:{w}": 1.0 for w in _heading_words(heading or "", lang)})
    for th in THEMES:
        f[f"lex_score:{th}"] = math.log1p(max(lexicon.scores.get(th, 0.0), 0.0))
        f[f"lex_tag:{th}"] = float(th in lexicon.themes)
        worded = any(e[:2] != "§ " for e in lexicon.considered.get(th, []))
        f[f"lex_word:{th}"] = float(worded)
    return f


@cache
def model(lang: str = "en") -> dict | None:
    """A language's weights file: {"threshold": t, "themes": {theme: {"intercept": b, "weights":
    {...}}}}, or None when there is none (the lexicon alone then)."""
    name = MODEL_FILES.get(lang)
    path = data_files.path(name) if name else None
    if path is None or not path.exists():
        return None
    return json.loads(path.read_text("utf-8"))


def probabilities(feats: dict[str, float], weights: dict) -> dict[str, float]:
    """Each theme's probability: the sigmoid of its intercept plus the weighted features."""
    out = {}
    for th, m in weights["themes"].items():
        w = m["weights"]
        z = m["intercept"] + sum(v * w.get(k, 0.0) for k, v in feats.items())
        out[th] = 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))
    return out


def evidenced(lexicon: ThemeTags) -> set[str]:
    """Themes the lexicon found a telling word of, or chose (a heading over a silent paragraph):
    a theme whose only words are generic has no evidence, as the codebook wants."""
    words = lexicon.telling if lexicon.worded is None else lexicon.worded
    return set(lexicon.themes) | set(words)


def decide(
    probs: dict[str, float],
    have: set[str],
    threshold: float,
    chosen: set[str] = frozenset(),
    floor: float | None = None,
) -> set[str]:
    """The themes the model gives at least `threshold` that have lexicon evidence (`have`), and
    those the lexicon `chosen` itself that the model gives at least `floor`: a decisive word
    carries its theme unless the model finds it unlikely (THEMES.md, one decisive word)."""
    low = threshold if floor is None else min(floor, threshold)
    return {
        th
        for th in THEMES
        if th in have and probs.get(th, 0.0) >= (low if th in chosen else threshold)
    }


def retag(
    text: str,
    section: str,
    lexicon: ThemeTags,
    weights: dict | None = None,
    lang: str = "en",
    given: list[str] | None = None,
) -> ThemeTags:
    """A paragraph's themes by its language's model (the lexicon's tags when there is none)."""
    weights = weights or model("en" if lang == "en" else "zh")
    if weights is None:
        return lexicon
    chosen: list[str] = []
    if not is_procedural(text, lang):
        probs = probabilities(features(text, section, lexicon, lang, given), weights)
        chosen = sorted(
            decide(
                probs,
                evidenced(lexicon),
                weights["threshold"],
                set(lexicon.themes),
                weights.get("lexicon_floor"),
            ),
            key=lambda th: (-lexicon.scores.get(th, 0.0), THEMES.index(th)),
        )
    return ThemeTags(
        chosen,
        {th: lexicon.considered.get(th, [])[:8] for th in chosen},
        lexicon.scores,
        lexicon.considered,
        lexicon.telling,
        lexicon.worded,
    )
