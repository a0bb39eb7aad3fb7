"""Session 15 (eval/search12): how partial matches are ranked when no measure has every concept
of a query. The share of the query a measure covers weighs on its score more than how often it
repeats what it has: one with most of the query outranks one that says a single word many times."""

from __future__ import annotations

from kb import ranking


def test_a_partial_match_covering_more_of_the_query_ranks_first():
    # a measure covering 60% of the query with a high word score (it repeats its one word), and
    # one covering 80% with a little over half that score: the second answers more of what was
    # asked (at the old power 2 the first still led, 0.360 against 0.352)
    ranked = [("repeats", 1.0), ("covers", 0.55)]
    cover = {"repeats": 0.6, "covers": 0.8}
    relaxed = sorted(ranking.relax(ranked, cover), key=lambda x: -x[1])
    assert [d for d, _ in relaxed] == ["covers", "repeats"]


def test_a_full_cover_keeps_its_score():
    assert ranking.relax([("all", 0.7)], {"all": 1.0}) == [("all", 0.7)]
