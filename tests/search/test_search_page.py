"""The search page as a reader uses it: /<lang>/search/?q=…"""

import re

import pytest
from django.core.cache import caches
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from search import counting
from tests.search.conftest import make_page

pytestmark = pytest.mark.django_db


def get(client, lang="en", **params):
    return client.get(f"/{lang}/search/", params)


def result_titles(html):
    return [
        re.sub(r"<[^>]+>", "", m)
        for m in re.findall(r'<h3 class="search-result__title"><a [^>]*>(.*?)</a></h3>', html)
    ]


def test_every_page_has_a_labelled_search_form_in_the_header(client, home_page):
    html = client.get("/en/").content.decode()
    header = html[html.index("<header") : html.index("</header>")]
    assert 'role="search"' in header
    assert '<label for="site-search-q"' in header and 'id="site-search-q" name="q"' in header
    assert 'action="/en/search/"' in header
    assert 'src="/static/search/js/suggest.js"' in html
    assert "<script>" not in html  # no inline scripts


def test_search_page_shows_results_with_highlights_badges_and_facets(client, corpus):
    response = get(client, q="recycled")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<title>Search results for “recycled”" in html
    assert '<label for="search-page-q">Search for</label>' in html
    assert 'value="recycled"' in html
    assert "2 results for “recycled”" in html
    assert set(result_titles(html)) == {"Recycled polyester from bottles", "Denim take-back scheme"}
    assert "<mark>Recycled</mark> polyester" in html
    assert '<span class="badge badge--type">Page</span>' in html
    assert "English</span>" in html and '<article lang="en">' in html
    # Facets with counts; each value is a link that adds the filter.
    assert 'href="?q=recycled&amp;topic=recycled-fibres"' in html
    assert re.search(r'facet__count">2<span class="visually-hidden"> results', html)


def test_filters_narrow_results_and_show_removable_chips(client, corpus):
    html = get(client, q="recycled", country="DK").content.decode()
    assert result_titles(html) == ["Denim take-back scheme"]
    chip = re.search(r'<a class="chip" href="([^"]*)">Country: (DK|Denmark)', html)
    assert chip and chip.group(1) == "?q=recycled"
    assert 'aria-current="true" class="is-selected"' in html
    # Hidden inputs keep the filter when the reader changes the words.
    assert '<input type="hidden" name="country" value="DK">' in html
    html = client.get("/en/search/" + chip.group(1)).content.decode()
    assert len(result_titles(html)) == 2


def test_repeated_and_unknown_filter_values_are_harmless(client, corpus):
    response = client.get("/en/search/?q=recycled&topic=recycled-fibres&topic=recycled-fibres")
    assert response.status_code == 200
    assert len(result_titles(response.content.decode())) == 2
    response = get(client, q="recycled", topic="no-such-topic")
    html = response.content.decode()
    assert response.status_code == 200 and result_titles(html) == []
    assert "Topic: no-such-topic" in html  # shown as a chip the reader can remove


def test_invalid_input_gets_a_400_page_that_keeps_the_query(client, corpus):
    for params, message in [
        ({"page": "-3"}, "Page numbers start at 1."),
        ({"page": "abc"}, "The page number must be a whole number"),
        ({"sort": "cheapest"}, "Select a valid choice"),
        ({"topic": "<script>"}, "is not a valid value for the filter"),
        ({"country": "Spain"}, "is not a valid value for the filter"),
    ]:
        response = get(client, q="denim <b>", **params)
        html = response.content.decode()
        assert response.status_code == 400, params
        assert message in html, params
        assert 'value="denim &lt;b&gt;"' in html
        assert "<script>" not in html.split("</header>")[1]


def test_a_huge_page_number_shows_the_last_page(client, corpus, settings):
    settings.SEARCH_RESULTS_PER_PAGE = 2
    response = get(client, q="", page="99999999999999999999")
    html = response.content.decode()
    assert response.status_code == 200
    assert "this is the last page, 3" in html
    assert len(result_titles(html)) == 1


def test_pagination_links_keep_the_search(client, corpus, settings):
    settings.SEARCH_RESULTS_PER_PAGE = 2
    html = get(client, country=["ES", "FR", "DK", "RO"]).content.decode()
    assert 'aria-label="Pages of results"' in html
    # Every filter value is kept, in the page cache's canonical (sorted) order: the view is given
    # the parameters as the cache key has them (clothhub.cache.pages), whatever order was typed.
    assert (
        'href="?country=DK&amp;country=ES&amp;country=FR&amp;country=RO&amp;page=2" rel="next"'
        in html
    )
    html = get(client, country=["ES", "FR", "DK", "RO"], page=2).content.decode()
    assert 'rel="prev"' in html and 'aria-current="page"' in html


def test_long_queries_are_shortened_with_a_notice(client, corpus):
    response = get(client, q="recycled " * 1200)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Your search was shortened to its first" in html


def test_typos_are_corrected_and_other_languages_shown_when_few_results(
    client, translated_homes, facets
):
    page = make_page(translated_homes["en"], "Recycled polyester", slug="poly")
    from tests.conftest import translate

    translate(page, "es", title="Poliéster reciclado", slug="poliester")
    html = get(client, q="polyestr").content.decode()
    assert result_titles(html) == ["Recycled polyester"]
    assert "Showing results for <strong>polyester</strong>" in html
    assert 'href="?q=polyestr&amp;spell=off"' in html
    html = get(client, q="polyestr", spell="off").content.decode()
    assert "No pages" in html
    assert '<a href="?q=polyester">polyester</a>' in html  # did you mean
    html = get(client, q="reciclado").content.decode()
    assert "No pages in this language match your search." in html
    assert "Also in other languages" in html
    assert result_titles(html) == ["Poliéster reciclado"]
    assert "Español</span>" in html and 'hreflang="es"' in html
    html = get(client, q="reciclado", scope="all").content.decode()
    assert result_titles(html) == ["Poliéster reciclado"]
    assert "Also in other languages" not in html
    assert '<article lang="es">' in html


def test_page_content_is_escaped_in_titles_and_snippets(client, home_page):
    make_page(
        home_page,
        "Dyes <script>alert(1)</script>",
        "Natural dyes & <img src=x onerror=alert(1)> pigments.",
        slug="dyes",
    )
    html = get(client, q="dyes").content.decode()
    main = html.split('<main id="main-content"')[1]
    assert "<script>alert(1)</script>" not in main
    assert "<img src=x" not in main
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in main
    assert "<mark>Dyes</mark>" in main


def test_query_terms_are_escaped_on_the_page(client, corpus):
    html = get(client, q='"><script>alert(1)</script>').content.decode()
    assert "<script>alert(1)</script>" not in html


def test_sql_queries_do_not_grow_with_the_number_of_results(
    client, home_page, facets, django_assert_max_num_queries, settings
):
    settings.SEARCH_RESULTS_PER_PAGE = 30
    for i in range(3):
        facets[f"few-{i}"] = {"topics": [f"topic-{i}"], "country": "ES", "tags": [f"t{i}"]}
        make_page(home_page, f"Linen weaving {i}", slug=f"few-{i}")
    client.get("/en/search/", {"q": "linen"})  # warm caches (site root paths)
    with django_assert_max_num_queries(30) as few:
        get(client, q="linen", country="ES")
    # Counted now: the next request outside a capture resets the connection's query log.
    few_queries = len(few.captured_queries)
    for i in range(3, 25):
        facets[f"few-{i}"] = {"topics": [f"topic-{i}"], "country": "ES", "tags": [f"t{i}"]}
        make_page(home_page, f"Linen weaving {i}", slug=f"few-{i}")
    # Publishing purged the cached header and footer (menus, partners): warm them again, so that
    # both counts are of the search alone.
    client.get("/en/search/", {"q": "linen"})
    with django_assert_max_num_queries(few_queries) as many:
        html = get(client, q="linen", country="ES").content.decode()
    assert len(result_titles(html)) == 25
    assert len(many.captured_queries) == few_queries


def test_queries_are_counted_for_the_editors(client, corpus):
    caches["default"].clear()  # the counts of earlier tests (no shared cache in the test profile)
    get(client, q="Recycled")
    get(client, q="recycled", page=2)  # browsing pages is not a new search
    get(client, q="unicorn leather")
    get(client, q="unicorn leather", topic="eco-design")  # filtered: not "no results" at all
    # Counted in the cache while readers search, written later in batches (search.counting).
    assert counting.pending() == {("recycled", "en"): [1, 0], ("unicorn leather", "en"): [1, 1]}


def test_promoted_pages_come_first_and_only_when_public(client, corpus):
    query = Query.get("recycled")
    SearchPromotion.objects.create(
        query=query, page=corpus["about"], sort_order=0, description="Who we are"
    )
    SearchPromotion.objects.create(
        query=query,
        external_link_url="https://example.org/guide",
        external_link_text="External guide",
        sort_order=1,
    )
    html = get(client, q="recycled").content.decode()
    titles = result_titles(html)
    assert titles[:2] == ["About the alliance", "External guide"]
    assert "Recommended" in html and "Who we are" in html
    corpus["about"].unpublish()
    titles = result_titles(get(client, q="recycled").content.decode())
    assert "About the alliance" not in titles


def test_scope_switch_searches_all_languages(client, corpus):
    html = get(client, q="recycled").content.decode()
    assert '<input type="radio" name="scope" value="language" checked>' in html
    assert 'href="?q=recycled&amp;scope=all">Search all languages' in html
    html = get(client, q="recycled", scope="all").content.decode()
    assert '<input type="radio" name="scope" value="all" checked>' in html
    assert "in all languages" in html


def test_suggestions_endpoint_returns_titles_of_the_current_language(client, translated_homes):
    make_page(translated_homes["en"], "Circular denim", slug="denim")
    response = client.get("/en/search/suggest/", {"q": "circ"})
    assert response.status_code == 200
    assert response.json()["suggestions"][0]["title"] == "Circular denim"
    assert client.get("/fr/search/suggest/", {"q": "circ"}).json()["suggestions"] == []
    assert client.get("/en/search/suggest/", {"q": "c"}).json()["suggestions"] == []
    assert client.get("/en/search/suggest/", {"q": "x" * 10_000}).status_code == 200


def test_an_engine_outage_gives_a_503_with_a_message_not_a_500(client, home_page, monkeypatch):
    from search import service
    from search.engines import SearchUnavailable

    class DownEngine:
        name = "down"

        def search(self, query):
            raise SearchUnavailable("connection refused")

        def autocomplete(self, *args, **kwargs):
            raise SearchUnavailable("connection refused")

    monkeypatch.setattr(service, "get_engine", lambda: DownEngine())
    response = get(client, q="denim")
    assert response.status_code == 503
    assert "Search is not available at the moment" in response.content.decode()
    response = client.get("/api/search/", {"q": "denim"})
    assert response.status_code == 503 and response.json()["error"]
    assert client.get("/en/search/suggest/", {"q": "denim"}).json()["suggestions"] == []
