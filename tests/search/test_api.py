"""The JSON search API at /api/search/."""

import pytest

from tests.search.conftest import make_page

pytestmark = pytest.mark.django_db


def test_api_returns_results_facets_and_page_info(client, corpus):
    response = client.get("/api/search/", {"q": "recycled", "lang": "en"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    data = response.json()
    assert data["total"] == 2 and data["page"] == 1 and data["num_pages"] == 1
    assert data["language"] == "en" and data["scope"] == "language"
    first = data["results"][0]
    assert set(first) >= {
        "title",
        "title_html",
        "url",
        "content_type",
        "type_label",
        "language",
        "snippet_html",
        "date",
    }
    assert first["url"].startswith("http://testserver/en/")
    assert "<mark>" in first["title_html"]
    topic = {v["value"]: v for v in data["facets"]["topic"]}
    assert (
        topic["recycled-fibres"]
        == {
            "value": "recycled-fibres",
            "label": "recycled-fibres",
            "count": 2,
            "selected": False,
        }
        or topic["recycled-fibres"]["count"] == 2
    )


def test_api_filters_and_pages(client, corpus, settings):
    settings.SEARCH_RESULTS_PER_PAGE = 1
    data = client.get("/api/search/?topic=recycled-fibres&page=2").json()
    assert data["total"] == 2 and data["page"] == 2 and len(data["results"]) == 1
    assert data["filters"] == {"topic": ["recycled-fibres"]}
    selected = [v for v in data["facets"]["topic"] if v["selected"]]
    assert [v["value"] for v in selected] == ["recycled-fibres"]


@pytest.mark.parametrize(
    "params, field",
    [
        ({"lang": "xx"}, "lang"),
        ({"page": "0"}, "page"),
        ({"page": "1.5"}, "page"),
        ({"scope": "galaxy"}, "scope"),
        ({"tag": "a b"}, "tag"),
        ({"topic": [f"t{i}" for i in range(25)]}, "topic"),
    ],
)
def test_api_rejects_invalid_input_with_a_json_400(client, corpus, params, field):
    response = client.get("/api/search/", {"q": "denim", **params})
    assert response.status_code == 400
    data = response.json()
    assert data["error"] and field in data["errors"]


def test_api_never_returns_drafts_or_private_pages(client, home_page):
    from wagtail.models import PageViewRestriction

    make_page(home_page, "Draft about hemp", live=False)
    private = make_page(home_page, "Private hemp prices")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    make_page(home_page, "Public hemp guide")
    data = client.get("/api/search/", {"q": "hemp", "scope": "all"}).json()
    assert [r["title"] for r in data["results"]] == ["Public hemp guide"]


def test_api_language_and_scope(client, translated_homes):
    from tests.conftest import translate

    page = make_page(translated_homes["en"], "Textile recycling", slug="recycling")
    translate(page, "ro", title="Reciclarea textilelor", slug="reciclare")
    data = client.get("/api/search/", {"q": "reciclarea", "lang": "ro"}).json()
    assert [r["language"] for r in data["results"]] == ["ro"]
    assert data["results"][0]["language_name"] == "Română"
    data = client.get(
        "/api/search/", {"q": "textile OR textilelor", "lang": "ro", "scope": "all"}
    ).json()
    assert sorted(r["language"] for r in data["results"]) == ["en", "ro"]
