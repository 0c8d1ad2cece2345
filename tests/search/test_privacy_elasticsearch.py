"""The query-time guard and the removal on commit with the Elasticsearch engine, without a server:
the engine's transport is replaced by a fake that answers as Elasticsearch would, still listing a
page that was made private (its removal has not reached the server)."""

import pytest
from wagtail.models import PageViewRestriction

from search import engines
from search.engines import get_engine
from search.engines.elasticsearch import ElasticsearchEngine
from tests.search.conftest import make_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def fake_elasticsearch(home_page, settings, monkeypatch):
    """Two indexed pages, then the Elasticsearch engine whose server answers with both of them
    whatever happens to the pages; calls that would change the server are recorded."""
    private = make_page(home_page, "Seamless knitting on demand", "Whole garments.")
    public = make_page(home_page, "Seamless knitting with recycled yarn", "Yarn from waste.")
    monkeypatch.setattr(engines, "_instances", {})
    settings.SEARCH_ENGINE = "elasticsearch"
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"  # never contacted: _search is replaced
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    engine = get_engine()
    assert isinstance(engine, ElasticsearchEngine)
    ids = [private.pk, public.pk]
    requests, removed = [], []

    def search(body):
        requests.append(body)
        if "titles" in body.get("suggest", {}):
            options = [{"_id": str(i), "text": "seamless"} for i in ids]
            return {"suggest": {"titles": [{"text": "seamless", "options": options}]}}
        if "suggest" in body:
            return {"suggest": {}}
        hits = [{"_id": str(i), "_score": 1.0} for i in ids]
        return {"hits": {"total": {"value": len(hits)}, "hits": hits}, "aggregations": {}}

    monkeypatch.setattr(engine, "_search", search)
    monkeypatch.setattr(engine, "remove_documents", lambda doc_ids: removed.extend(doc_ids))
    monkeypatch.setattr(engine, "index_documents", lambda documents: None)
    return {
        "private": private,
        "public": public,
        "requests": requests,
        "removed": removed,
    }


def titles(client):
    data = client.get("/api/search/", {"q": "seamless"}).json()
    return [r["title"] for r in data["results"]], data["total"]


def suggested(client):
    data = client.get("/en/search/suggest/", {"q": "seamless"}).json()
    return [s["title"] for s in data["suggestions"]]


def test_elasticsearch_hits_of_a_page_made_private_are_dropped(client, fake_elasticsearch):
    private, public = fake_elasticsearch["private"], fake_elasticsearch["public"]
    assert titles(client) == ([private.title, public.title], 2)  # positive control
    assert suggested(client) == [private.title, public.title]
    assert fake_elasticsearch["requests"]  # the answers came through the engine

    PageViewRestriction.objects.create(page=private, restriction_type="login")

    # The fake server still returns both: the guard drops the private one, and its count.
    assert titles(client) == ([public.title], 1)
    assert suggested(client) == [public.title]
    page = client.get("/en/search/", {"q": "seamless"}).content.decode()
    assert private.url not in page and public.url in page


def test_elasticsearch_hits_of_an_unpublished_page_are_dropped(client, fake_elasticsearch):
    fake_elasticsearch["private"].unpublish()
    assert titles(client) == ([fake_elasticsearch["public"].title], 1)


def test_the_removal_reaches_elasticsearch_on_commit_without_the_worker(
    client, fake_elasticsearch, django_capture_on_commit_callbacks
):
    private = fake_elasticsearch["private"]
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    assert fake_elasticsearch["removed"] == [private.pk]


def test_an_engine_failure_on_commit_does_not_fail_the_change_and_the_page_stays_hidden(
    client, fake_elasticsearch, django_capture_on_commit_callbacks, monkeypatch
):
    from search.engines import SearchUnavailable

    def down(doc_ids):
        raise SearchUnavailable("connection refused")

    monkeypatch.setattr(get_engine(), "remove_documents", down)
    private = fake_elasticsearch["private"]
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=private, restriction_type="login")
    assert titles(client) == ([fake_elasticsearch["public"].title], 1)
