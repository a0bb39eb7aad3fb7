"""The theme model (kb/theme_model.py, issue 18): its weights file, its decision (the model's
probability and the lexicon's evidence, both), one model per language, and that Chinese stays the
lexicon's while no Chinese weights are shipped."""

import pytest

from kb import theme_model
from kb.themes import THEMES, lexicon_tags, tag_themes

PORT = "The new container terminal at the port opens next year."


def weights(intercept: float, threshold: float = 0.5, **extra: dict[str, float]) -> dict:
    """A model every theme of which has `intercept`, and some themes' feature weights."""
    return {
        "threshold": threshold,
        "themes": {th: {"intercept": intercept, "weights": extra.get(th, {})} for th in THEMES},
    }


def retag(text: str, model: dict) -> list[str]:
    return theme_model.retag(text, "", lexicon_tags(text, lang="en"), model).themes


def test_the_weights_file_loads_and_covers_every_theme():
    model = theme_model.model()
    assert model is not None
    assert set(model["themes"]) == set(THEMES)
    assert 0.0 < model["threshold"] < 1.0
    for m in model["themes"].values():
        assert isinstance(m["intercept"], float)
        assert m["weights"] and all(isinstance(w, float) for w in m["weights"].values())


def test_a_known_weight_flips_a_tag():
    """A stem's weight decides: the lexicon tags the port as infrastructure, the model follows."""
    assert retag(PORT, weights(-5.0, infrastructure={"w:termin": 10.0})) == ["infrastructure"]
    assert retag(PORT, weights(-5.0, infrastructure={"w:termin": 0.0})) == []
    assert retag(PORT, weights(-5.0, infrastructure={"lex_tag:infrastructure": 10.0})) == [
        "infrastructure"
    ]


def test_the_threshold_is_the_files():
    model = weights(-5.0, infrastructure={"w:termin": 5.2})  # p = 0.55
    assert retag(PORT, {**model, "threshold": 0.5}) == ["infrastructure"]
    assert retag(PORT, {**model, "threshold": 0.6}) == []


def test_a_floor_keeps_what_the_lexicon_chose_and_only_that():
    """`lexicon_floor`: a theme the lexicon chose itself stands at a lower probability than one
    the model would add; a theme it only found a word of still needs the threshold."""
    model = weights(-5.0, infrastructure={"w:termin": 4.6})  # p = 0.40
    assert retag(PORT, {**model, "threshold": 0.5}) == []
    assert retag(PORT, {**model, "threshold": 0.5, "lexicon_floor": 0.3}) == ["infrastructure"]
    probs = {"openness": 0.35}
    assert theme_model.decide(probs, {"openness"}, 0.5, set(), 0.3) == set()
    assert theme_model.decide(probs, {"openness"}, 0.5, {"openness"}, 0.3) == {"openness"}


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("Garbage sorting became compulsory in the city last year.", "ecology"),
        ("Air quality improved in the city last year.", "ecology"),
        ("The city will build two data centres.", "infrastructure"),
    ],
)
def test_the_shipped_model_lets_one_decisive_word_carry_a_short_paragraph(text, theme):
    """THEMES.md: one decisive word carries a short paragraph; the shipped model does not veto
    it (red when the model's weight on the lexicon's own decision is dropped)."""
    assert theme in tag_themes(text, lang="en").themes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (PORT, {"infrastructure"}),  # "opens" (a terminal opening) is no telling word of openness
        ("The company will improve its digital platform and smart technology.", set()),
        ("People enjoy a better daily life.", set()),
    ],
)
def test_no_theme_without_lexicon_evidence_however_sure_the_model(text, expected):
    """Only themes the lexicon found a telling word of (or chose) can be tagged; generic words
    alone (company, digital, people) never decide, as the codebook says."""
    assert set(retag(text, weights(50.0))) == expected


def test_procedural_paragraphs_carry_none_however_sure_the_model():
    assert retag("These Regulations shall take effect on 1 March 2020.", weights(50.0)) == []


def test_evidence_stays_the_lexicons_words():
    tags = theme_model.retag(PORT, "", lexicon_tags(PORT, lang="en"), weights(50.0))
    assert tags.evidence["infrastructure"] == ["container terminal", "port"]


ZH_PORT = "加快宁波舟山港集装箱码头建设。"


def test_tag_themes_asks_each_languages_own_model(monkeypatch):
    monkeypatch.setattr(
        theme_model, "model", lambda lang="en": weights(-50.0) if lang == "en" else None
    )
    assert tag_themes(PORT, lang="en").themes == []
    assert tag_themes(ZH_PORT).themes == lexicon_tags(ZH_PORT).themes == ["infrastructure"]
    monkeypatch.setattr(
        theme_model, "model", lambda lang="en": weights(-50.0) if lang == "zh" else None
    )
    assert tag_themes(ZH_PORT).themes == []
    assert tag_themes(PORT, lang="en").themes == lexicon_tags(PORT, lang="en").themes


def test_chinese_has_its_own_weights_and_the_model_tags_only_what_the_words_allow(monkeypatch):
    """Session 24 (README, issue 18): a Chinese model ships, gated by the codebook's word rules:
    it may lower the lexicon's score bar, never let a word in passing, a bridged word alone or a
    strong word said once decide (kb.themes ThemeTags.worded)."""
    assert theme_model.model("zh") is not None
    passing = lexicon_tags("推进区域协同发展，完善工作机制，加强统筹协调，其中涉及一处港口。")
    assert "infrastructure" in passing.telling and "infrastructure" not in passing.worded
    assert "infrastructure" not in theme_model.evidenced(passing)
    english = lexicon_tags(PORT, lang="en")
    assert english.worded is None and theme_model.evidenced(english) >= set(english.telling)
    # a model that gives every theme it can: only the worded ones come out
    monkeypatch.setattr(theme_model, "model", lambda lang="en": weights(50.0))
    assert tag_themes("推动电子商务发展，鼓励模式创新。").themes == []
    assert tag_themes("推动电子商务发展，鼓励电子商务模式创新。").themes == ["industry"]


def zh_retag(text: str, model: dict) -> list[str]:
    return theme_model.retag(text, "", lexicon_tags(text), model, lang="zh").themes


def test_a_chinese_word_weight_decides_on_jiebas_words():
    """The Chinese features are jieba's words as the tagger reads them (码头, not 码 or 头)."""
    model = weights(-5.0, infrastructure={"w:码头": 5.2})  # p = 0.55
    assert zh_retag(ZH_PORT, {**model, "threshold": 0.5}) == ["infrastructure"]
    assert zh_retag(ZH_PORT, {**model, "threshold": 0.6}) == []
    assert "码头" in theme_model.words(ZH_PORT, "zh")
    assert "2024" not in theme_model.words("2024年建设码头。", "zh")


def test_no_chinese_theme_without_lexicon_evidence_however_sure_the_model():
    assert zh_retag("会议由市政府办公厅负责召集，各成员单位派员参加。", weights(50.0)) == []
