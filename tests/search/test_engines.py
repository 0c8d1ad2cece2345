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


def test_any_word_may_match_and_pages_matching_all_words_rank_first(engine, corpus):
    found = ids(run(engine, "denim discount"))
    assert found[0] == corpus["denim"].pk  # both words
    # Either word alone still finds a page ("garment": the repair and passport pages).
    found = ids(run(engine, "polyester garment"))
    assert set(found) == {corpus["polyester"].pk, corpus["repair"].pk, corpus["passport"].pk}
    # A word that matches nothing does not empty the results.
    assert ids(run(engine, "polyester zanzibar")) == [corpus["polyester"].pk]


def test_more_matching_words_rank_higher(engine, corpus):
    # The denim page has "returned", "recycled" and "fibres"; the polyester page "recycles" only.
    found = ids(run(engine, "returned recycled fibres"))
    assert found[0] == corpus["denim"].pk
    assert corpus["polyester"].pk in found


def test_rarer_words_weigh_more(engine, corpus):
    from search import rewrite

    # No page has both; "sportswear" is on one page, "fibres" on two: the rare word's page first.
    parsed = rewrite.prepare(parse_query("fibres sportswear"), "en", "en").parsed
    assert parsed.weights[1] > parsed.weights[0]
    result = engine.search(EngineQuery(text=parsed, language="en"))
    assert ids(result)[0] == corpus["polyester"].pk
    assert set(ids(result)) == {corpus["polyester"].pk, corpus["denim"].pk, corpus["passport"].pk}


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
    # A phrase that matches nothing leaves the other words (denim: two pages, title first).
    assert ids(run(engine, 'denim "bottles polyester"')) == [
        corpus["denim"].pk,
        corpus["repair"].pk,
    ]
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


def test_did_you_mean_corrects_a_typo_from_the_index_vocabulary(engine, corpus):
    corrections = engine.did_you_mean(parse_query("polyestr"), "en")
    assert corrections and corrections[0].display() == "polyester"
    corrections = engine.did_you_mean(parse_query("digtal product pasport"), "en")
    assert corrections and corrections[0].display() == "digital product passport"
    # Indexed words are never corrected.
    assert engine.did_you_mean(parse_query("volunteers mend clothes"), "en") == []


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


@pytest.fixture
def multilingual(translated_homes, facets):
    """Pages in four languages: accents, Bulgarian inflections, Romanian letters, labels."""
    facets.update({"passport-en": {"topics": ["digital-product-passport"]}})
    homes = translated_homes
    from practices.models import Topic

    for code, name in {"en": "Digital product passport", "bg": "Цифров продуктов паспорт"}.items():
        Topic.objects.create(
            slug="digital-product-passport", name=name, locale=homes[code].locale, family="digital"
        )
    return {
        "fr": make_page(
            homes["fr"], "Réparation des vêtements", "Un atelier répare les vêtements abîmés."
        ),
        "bg": make_page(
            homes["bg"], "Отпадъците от кроене", "Фабриката продава остатъците от плат."
        ),
        "ro": make_page(homes["ro"], "Țesături reciclate", "Fire reciclate din deşeuri textile."),
        "en": make_page(
            homes["en"], "Passports for wool", "A QR code on each sweater.", slug="passport-en"
        ),
    }


@pytest.fixture(params=engine_params())
def lang_engine(request, multilingual, engine_for):
    return engine_for(request.param)


@pytest.mark.parametrize(
    ("language", "q", "page"),
    [
        ("fr", "reparation vetements", "fr"),  # no accents typed
        ("fr", "RÉPARATION", "fr"),
        ("bg", "отпадъци", "bg"),  # plural without the article
        ("bg", "кроенето", "bg"),
        ("bg", "фабрика остатъци", "bg"),
        ("ro", "ţesături", "ro"),  # cedilla typed, comma below written
        ("ro", "deșeuri", "ro"),  # comma typed, cedilla written
        ("ro", "tesaturi", "ro"),
        (None, "цифров продуктов паспорт", "en"),  # a Bulgarian label finds the English page
    ],
)
def test_same_pages_on_every_engine_across_languages(lang_engine, multilingual, language, q, page):
    assert ids(run(lang_engine, q, language=language))[:1] == [multilingual[page].pk]


def test_stopwords_need_not_match(lang_engine, multilingual):
    from search import rewrite

    parsed = rewrite.prepare(parse_query("как да намалим отпадъците"), "bg", "bg").parsed
    assert parsed.display() == "намалим отпадъците"
    assert ids(lang_engine.search(EngineQuery(text=parsed, language="bg"))) == [
        multilingual["bg"].pk
    ]
