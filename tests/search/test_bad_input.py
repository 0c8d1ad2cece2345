"""Whatever a reader or a robot sends, search answers 200 or a clear 400, never 500 — on the
page, the suggestions endpoint and the API, on every engine available here."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from search import service
from search.engines import EngineQuery, get_engine
from search.text import parse_query
from tests.search.conftest import engine_params

pytestmark = pytest.mark.django_db

SPECIALS = [
    "",
    " ",
    '"',
    '""',
    '" * : ( ) - AND OR NOT ~ ^',
    "NOT",
    "-",
    "--",
    "a OR",
    "OR b",
    "(((",
    "title:",
    "*",
    "^2",
    "~",
    "NEAR(x y, 2)",
    "' OR '1'='1",
    "'; DROP TABLE wagtailcore_page; --",
    "%",
    "%%",
    "\\",
    "\x00",
    "\u202e",
    "🧵♻️👖",
    "Ñandú · Ærø · Ελληνικά · Български · 中文",
    "x" * 10_000,
    "recycled " * 1_500,
]
# Anything a browser can send: no lone surrogates (they cannot be encoded in a URL).
text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300)
queries = st.one_of(st.sampled_from(SPECIALS), text)
slugs = st.one_of(
    st.sampled_from(["recycled-fibres", "ES", "es", "denim", "", "a b", "<x>", "x" * 200]), text
)
pages = st.one_of(
    st.sampled_from(["", "1", "2", "0", "-1", "999999999999999999999", "1e3", "½", " 3 "]),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    text,
)
params = st.fixed_dictionaries(
    {"q": queries},
    optional={
        "page": pages,
        "topic": st.lists(slugs, max_size=4),
        "tag": st.lists(slugs, max_size=3),
        "type": slugs,
        "country": st.lists(slugs, max_size=3),
        "stage": slugs,
        "org_type": slugs,
        "sort": st.sampled_from(["relevance", "newest", "", "price", "x" * 50]),
        "scope": st.sampled_from(["language", "all", "", "everything"]),
        "lang": st.sampled_from(["en", "es", "bg", "", "xx", "EN"]),
    },
)
HYPOTHESIS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(params=engine_params())
def engine_name(request, corpus, settings, engine_for):
    engine_for(request.param)
    settings.SEARCH_ENGINE = request.param
    return request.param


def _assert_ok_or_clear_400(response, json_errors=False):
    assert response.status_code in (200, 400), response.status_code
    if response.status_code == 400:
        if json_errors:
            assert response.json()["error"]
        else:
            assert "We could not run this search" in response.content.decode()


@HYPOTHESIS
@given(params=params)
def test_search_page_answers_200_or_400(client, engine_name, params):
    _assert_ok_or_clear_400(client.get("/en/search/", params))


@HYPOTHESIS
@given(params=params)
def test_search_api_answers_200_or_400(client, engine_name, params):
    _assert_ok_or_clear_400(client.get("/api/search/", params), json_errors=True)


@HYPOTHESIS
@given(q=queries)
def test_suggestions_answer_200_or_400(client, engine_name, q):
    response = client.get("/es/search/suggest/", {"q": q})
    _assert_ok_or_clear_400(response, json_errors=True)
    if response.status_code == 200:
        assert isinstance(response.json()["suggestions"], list)


@HYPOTHESIS
@given(q=queries, language=st.sampled_from(["en", "fr", None]))
def test_engines_accept_any_parsed_query(engine_name, q, language):
    engine = get_engine(engine_name)
    result = engine.search(EngineQuery(text=parse_query(q), language=language))
    assert result.total >= 0
    engine.autocomplete(q, language or "en")
    engine.did_you_mean(parse_query(q), language)


@pytest.mark.parametrize("q", SPECIALS)
def test_service_handles_special_queries(engine_name, q):
    results = service.search(q, "en", record=True)
    assert results.total >= 0
    assert len(results.query) <= 200
