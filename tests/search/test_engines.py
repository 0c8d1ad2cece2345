"""The contract every engine keeps (SQLite always, PostgreSQL when the test database is
PostgreSQL, Elasticsearch when ELASTICSEARCH_URL is set): the same corpus gives the same answers."""

import pytest

from search.engines import EngineQuery
from search.models import SearchDocument
from search.text import MARK_START, parse_query
from tests.search.conftest import engine_params, make_page

pytestmark = pytest.mark.django_db


def run(engine, q, language="en", **kwargs):
    return engine.search(EngineQuery(text=parse_query(q), language=language, **kwargs))


def ids(result):
    return [hit.doc_id for hit in result.hits]


@pytest.fixture(params=engine_params())
def engine(request, corpus, engine_for):
    return engine_for(request.param)


def test_finds_pages_by_words_of_title_summary_and_body(engine, corpus):
    assert ids(run(engine, "polyester")) == [corpus["polyester"].pk]
    assert ids(run(engine, "saturday")) == [corpus["repair"].pk]  # summary
    assert ids(run(engine, "sportswear")) == [corpus["polyester"].pk]  # body


def test_all_words_must_match(engine, corpus):
    assert ids(run(engine, "denim discount")) == [corpus["denim"].pk]
    assert run(engine, "denim polyester").total == 0


def test_stemming_finds_other_forms_of_a_word(engine, corpus):
    # "recycling" and "recycled"/"recycles" share a stem.
    found = ids(run(engine, "recycling"))
    assert corpus["polyester"].pk in found and corpus["denim"].pk in found


def test_title_matches_rank_above_body_matches(engine, corpus):
    # "fibres" is in the denim page's body and in the passport page's summary; "traceability"
    # only in a body: a title word wins over both.
    found = ids(run(engine, "denim"))
    assert found[0] == corpus["denim"].pk
    found = ids(run(engine, "passports"))
    assert found[0] == corpus["passport"].pk


def test_phrases_or_and_exclusions(engine, corpus):
    assert ids(run(engine, '"polyester from bottles"')) == [corpus["polyester"].pk]
    assert run(engine, '"bottles polyester"').total == 0
    assert set(ids(run(engine, "polyester OR garment"))) >= {
        corpus["polyester"].pk,
        corpus["repair"].pk,
    }
    assert corpus["denim"].pk not in ids(run(engine, "recycled -denim"))


def test_highlights_mark_matched_words(engine, corpus):
    hit = run(engine, "bottles").hits[0]
    assert MARK_START in hit.title and "bottles" in hit.title.lower()
    assert hit.snippet and MARK_START in hit.snippet


def test_empty_query_lists_documents_newest_first_with_filters(engine, corpus):
    result = run(engine, "", filters={"country": ["FR"]})
    assert ids(result) == [corpus["repair"].pk]
    assert run(engine, "").total == 5


def test_facet_counts_and_filters(engine, corpus):
    result = run(engine, "recycled OR recycles OR repair OR passports OR alliance")
    assert result.facets["topic"]["recycled-fibres"] == 2
    assert result.facets["country"] == {"ES": 1, "FR": 1, "DK": 1, "RO": 1}
    assert result.facets["type"] == {"page": result.total}
    filtered = run(engine, "", filters={"topic": ["recycled-fibres"]})
    assert set(ids(filtered)) == {corpus["polyester"].pk, corpus["denim"].pk}
    # A facet's counts ignore its own filter (choosing a second topic adds results)...
    assert filtered.facets["topic"]["repair-and-care"] == 1
    # ...but follow the other facets' filters.
    assert filtered.facets["country"] == {"ES": 1, "DK": 1}
    both = run(engine, "", filters={"topic": ["recycled-fibres"], "tag": ["denim"]})
    assert ids(both) == [corpus["denim"].pk]
    assert run(engine, "", filters={"topic": ["no-such-topic"]}).total == 0


def test_pagination(engine, corpus):
    first = run(engine, "", limit=2, offset=0)
    second = run(engine, "", limit=2, offset=2)
    third = run(engine, "", limit=2, offset=4)
    assert first.total == 5
    assert len(ids(first) + ids(second) + ids(third)) == 5
    assert len(set(ids(first) + ids(second) + ids(third))) == 5
    assert run(engine, "", limit=2, offset=100).hits == []


def test_language_scope(engine, translated_homes, engine_for, facets):
    page = make_page(translated_homes["en"], "Textile recycling hubs", slug="hubs")
    from tests.conftest import translate

    translate(page, "fr", title="Centres de recyclage textile", slug="centres")
    engine = engine_for(engine.name)
    assert [d.language for d in map(_doc, ids(run(engine, "recyclage", language="fr")))] == ["fr"]
    assert run(engine, "recyclage", language="en").total == 0
    assert run(engine, "textile", language=None).total >= 2


def _doc(doc_id):
    return SearchDocument.objects.get(pk=doc_id)


def test_autocomplete_by_title_prefix(engine, corpus):
    assert engine.autocomplete("repa", "en")[0] == corpus["repair"].pk
    assert engine.autocomplete("digital pass", "en") == [corpus["passport"].pk]
    assert engine.autocomplete("zzzz", "en") == []


def test_did_you_mean_corrects_a_typo(engine, corpus):
    if engine.name == "postgres" and not engine.has_trigram():
        pytest.skip("pg_trgm is not installed on this PostgreSQL server")
    corrections = engine.did_you_mean(parse_query("polyestr"), "en")
    assert corrections and corrections[0].display() == "polyester"


@pytest.mark.parametrize(
    "q",
    [
        '"',
        '" * : ( ) - AND OR NOT ~ ^',
        "NEAR(a b)",
        "title:polyester",
        "polyester*",
        "' OR 1=1; DROP TABLE search_searchdocument; --",
        "🧵🪡 ♻️",
        "Ærø ñandú Ελληνικά Български",
        "x" * 300,
        "-only -negative",
        "OR OR AND",
        "a" * 2000,
    ],
)
def test_query_syntax_never_breaks_the_engine(engine, corpus, q):
    result = run(engine, q)
    assert result.total >= 0
    assert SearchDocument.objects.count() == 5
