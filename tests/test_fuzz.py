"""Property-based fuzzing of the query path: never a 500, always a result or a clear 400."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

PARAM = st.one_of(
    st.text(max_size=40), st.sampled_from(["ningbo", "ecology", "-1", "0", "101", "10"])
)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(q=st.text(max_size=120), city=PARAM, theme=PARAM, limit=PARAM, offset=PARAM)
def test_api_search_never_500(client, q, city, theme, limit, offset):
    r = client.get(
        "/api/search",
        query_string={"q": q, "city": city, "theme": theme, "limit": limit, "offset": offset},
    )
    assert r.status_code in (200, 400)
    body = r.get_json()
    assert ("hits" in body) if r.status_code == 200 else body["error"]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(q=st.text(min_size=501, max_size=3000))
def test_huge_queries_rejected_clearly(client, q):
    """Over 500 characters as a person counts them (spaces collapsed, control characters and
    combining marks not counted), or over four times that raw, is a clear 400."""
    from kb.query import MAX_QUERY_CHARS, RAW_SLACK, length

    r = client.get("/api/search", query_string={"q": q})
    if len(q) > MAX_QUERY_CHARS * RAW_SLACK or length(q) > MAX_QUERY_CHARS:
        assert r.status_code == 400 and "q:" in r.get_json()["error"]
    else:
        assert r.status_code == 200
