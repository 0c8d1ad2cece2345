"""Every search a reader starts is counted once for the editors' reports — also when the page
cache answers it — without a database write while the reader waits; the counts reach the
database in batches (manage.py flush_search_counts), exactly once."""

import time
import uuid

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.search_promotions.models import Query

from search import counting
from search.models import SearchCountBatch, SearchQueryCount

pytestmark = pytest.mark.django_db

WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")


@pytest.fixture(autouse=True)
def shared_cache(settings):
    """The shared cache of production (local memory here, empty): page cache and counts on."""
    settings.CACHES = {
        **settings.CACHES,
        "shared": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": f"shared-{uuid.uuid4().hex}",
        },
    }
    settings.CLOTHHUB_CACHE = {**settings.CLOTHHUB_CACHE, "PAGES": True}
    settings.AXES_ENABLED = False
    cache = caches["shared"]
    cache.clear()
    yield cache
    cache.clear()


class Clock:
    """The time as search.counting sees it, moved on by the tests."""

    def __init__(self):
        self.now = float(int(time.time()) // 3600 * 3600)  # the start of a time slot

    def time(self):
        return self.now


@pytest.fixture(autouse=True)
def clock(monkeypatch):
    fake = Clock()
    monkeypatch.setattr(counting, "time", fake)
    return fake


@pytest.fixture
def flush_all(clock):
    """Flush as the scheduled command does, once the current time slot is over."""

    def flush():
        clock.now += counting.interval() + counting.GRACE + 1
        return counting.flush()

    return flush


def counts():
    return {
        (row.query_string, row.language): (row.searches, row.without_results)
        for row in SearchQueryCount.objects.all()
    }


def writes(queries):
    return [q["sql"] for q in queries if q["sql"].lstrip().upper().startswith(WRITES)]


def search(client, lang="en", referer=None, **params):
    headers = {"HTTP_REFERER": referer} if referer else {}
    return client.get(f"/{lang}/search/", params, **headers)


def test_every_search_is_counted_also_from_the_page_cache_and_never_written_in_the_request(
    client, corpus, flush_all
):
    with CaptureQueriesContext(connection) as first:
        response = search(client, q="recycled")
    assert response.status_code == 200 and response["X-Cache"] == "miss"
    for _ in range(2):
        with CaptureQueriesContext(connection) as cached:
            response = search(client, q="recycled")
        assert response["X-Cache"] == "hit"
        assert len(cached) == 0  # the page cache answered: not even a read
    assert writes(first.captured_queries) == []
    assert not SearchQueryCount.objects.exists()  # nothing written yet: it waits in the cache
    assert counting.pending() == {("recycled", "en"): [3, 0]}

    # Refinements of the same search: a page of results, a filter, a sort, the scope.
    this_search = "http://testserver/en/search/?q=recycled"
    with CaptureQueriesContext(connection) as refinements:
        search(client, q="recycled", page="2", referer=this_search)
        search(client, q="recycled", topic="recycled-fibres", referer=this_search)
        search(client, q="recycled", topic="recycled-fibres")  # a filter link, no Referer sent
        search(client, q="recycled", sort="newest", referer=this_search)
        search(client, q="recycled", scope="all", referer=this_search)
        search(client, q="recycled", page="3")
    assert writes(refinements.captured_queries) == []
    assert counting.pending() == {("recycled", "en"): [3, 0]}

    assert flush_all() == 3
    assert counts() == {("recycled", "en"): (3, 0)}
    # Wagtail's own query log (promoted results' popular searches) gets the same count.
    assert Query.get("recycled").hits == 3


def test_the_flush_is_idempotent(client, corpus, flush_all):
    search(client, q="denim")
    search(client, q="denim")
    assert flush_all() == 2
    assert flush_all() == 0
    call_command("flush_search_counts", verbosity=0)
    assert counts() == {("denim", "en"): (2, 0)}
    assert SearchCountBatch.objects.count() == 1
    # Later searches are added to the same day's count.
    search(client, q="denim")
    assert flush_all() == 1
    assert counts() == {("denim", "en"): (3, 0)}


def test_a_bucket_still_open_is_not_flushed_and_nothing_is_lost(client, corpus, flush_all, clock):
    search(client, q="denim")
    assert counting.flush() == 0  # the current time slot is not over yet
    clock.now += counting.interval()
    assert counting.flush() == 0  # nor is its grace time (requests may still count into it)
    assert not SearchQueryCount.objects.exists()
    assert flush_all() == 1


def test_searches_without_results_are_counted_per_language_also_from_the_cache(
    client, corpus, flush_all
):
    search(client, q="unicorn leather")
    search(client, q="unicorn leather")  # from the page cache: still "without results"
    search(client, lang="fr", q="licorne")
    # A filtered search is not a search that found nothing at all, and is a new search only
    # when the reader typed new words (the Referer shows other words).
    search(
        client,
        q="unicorn fur",
        topic="eco-design",
        referer="http://testserver/en/search/?q=recycled&topic=eco-design",
    )
    flush_all()
    assert counts() == {
        ("unicorn leather", "en"): (2, 2),
        ("licorne", "fr"): (1, 1),
        ("unicorn fur", "en"): (1, 0),
    }


def test_a_revalidated_page_304_still_counts_with_its_known_total(client, corpus, flush_all):
    first = search(client, q="licorne")
    etag = first["ETag"]
    again = client.get("/en/search/", {"q": "licorne"}, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    flush_all()
    assert counts() == {("licorne", "en"): (2, 2)}


def test_invalid_searches_and_empty_queries_are_not_counted(client, corpus, flush_all):
    assert search(client, q="denim", page="abc").status_code == 400
    search(client, q="   ")
    search(client)
    assert flush_all() == 0


def test_api_searches_are_counted_in_their_language(client, corpus, flush_all):
    client.get("/api/search/", {"q": "denim", "lang": "en"})
    client.get("/api/search/", {"q": "denim", "lang": "en", "page": "2"})
    client.get("/api/search/", {"q": "denim", "lang": "en", "topic": "recycled-fibres"})
    client.get("/api/search/", {"q": "zzzz", "lang": "es"})
    flush_all()
    assert counts() == {("denim", "en"): (1, 0), ("zzzz", "es"): (1, 1)}


def test_a_broken_cache_never_breaks_the_search(client, corpus, monkeypatch):
    def broken(*args, **kwargs):
        raise ConnectionError("cache down")

    monkeypatch.setattr(counting, "count", broken)
    response = search(client, q="denim")
    assert response.status_code == 200
    assert 'href="/en/denim-take-back/"' in response.content.decode()


def test_the_reports_show_top_queries_and_searches_without_results_per_language(
    client, corpus, flush_all
):
    for _ in range(3):
        search(client, q="denim")
    search(client, q="recycled")
    search(client, lang="fr", q="licorne")
    search(client, lang="fr", q="licorne")
    admin = get_user_model().objects.create_superuser("admin", "admin@example.org", "pw")
    client.force_login(admin)
    flush_all()
    html = client.get("/admin/reports/search/frequent/").content.decode()
    rows = [line for line in html.splitlines() if "denim" in line or "recycled" in line]
    assert rows
    assert html.index("denim") < html.index("licorne") < html.index("recycled")
    assert "<td>fr</td>" in html.replace(" ", "").replace("\n", "") or ">fr<" in html
    html = client.get("/admin/reports/search/no-results/").content.decode()
    assert "licorne" in html and "denim" not in html and "recycled" not in html
    csv = client.get("/admin/reports/search/frequent/?export=csv")
    content = b"".join(csv.streaming_content).decode() if csv.streaming else csv.content.decode()
    assert "denim,en,3,0" in content.replace("\r", "")
    assert "licorne,fr,2,2" in content.replace("\r", "")


def test_the_report_view_writes_collected_counts_when_opened(client, corpus, clock):
    search(client, q="denim")
    clock.now += counting.interval() + counting.GRACE
    admin = get_user_model().objects.create_superuser("admin", "admin@example.org", "pw")
    client.force_login(admin)
    html = client.get("/admin/reports/search/frequent/").content.decode()
    assert "denim" in html
    assert counts() == {("denim", "en"): (1, 0)}


def test_the_search_page_query_budget_stays_bounded(client, corpus, django_assert_max_num_queries):
    search(client, q="linen")  # warm the per-process caches
    with django_assert_max_num_queries(25) as captured:
        search(client, q="recycled denim")
    assert writes(captured.captured_queries) == []


def test_a_link_from_another_site_is_a_new_search(client, corpus, flush_all):
    search(client, q="denim", referer="https://example.org/en/search/?q=denim")
    search(client, q="denim", referer="http://testserver/en/search/?q=denim")  # refinement
    search(client, q="denim", referer="http://testserver/en/practices/")
    assert flush_all() == 2


def test_a_bad_host_with_a_referer_is_refused_without_counting(client, corpus, flush_all):
    response = client.get(
        "/en/search/",
        {"q": "denim"},
        HTTP_HOST="evil.example",
        HTTP_REFERER="http://evil.example/en/search/?q=x",
    )
    assert response.status_code == 400
    assert flush_all() == 0
