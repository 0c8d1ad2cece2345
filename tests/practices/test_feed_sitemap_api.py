"""Practices leave the site through the Atom feed, sitemap.xml and the Wagtail API — live, public
pages only."""

import xml.etree.ElementTree as ET

import pytest
from django.test import override_settings
from wagtail.models import PageViewRestriction

from tests.conftest import translate
from tests.factories.practices import (
    CaseStudyMetricFactory,
    CaseStudyPageFactory,
    GuidePageFactory,
    PracticesIndexPageFactory,
)

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def site_practices(translated_homes, vocab):
    index = PracticesIndexPageFactory(parent=translated_homes["en"])
    translate(index, "es", title="Prácticas", slug="practicas")
    translate(index, "fr", title="Pratiques", slug="pratiques")
    live = CaseStudyPageFactory(
        parent=index,
        title="Live Danish case",
        slug="live-danish-case",
        country="DK",
        topics=[vocab["topics"]["recycled-fibres"]],
        tags=["digital product passport"],
        organisations=[vocab["orgs"]["dk-sme"]],
    )
    CaseStudyMetricFactory(page=live)
    translate(live, "es", title="Caso danés publicado", slug="caso-danes-publicado")
    live.copy_for_translation(translated_homes["fr"].locale)  # draft French translation
    CaseStudyPageFactory(parent=index, title="Spanish case", slug="spanish-case", country="ES")
    GuidePageFactory(parent=index, title="A guide", slug="a-guide")
    CaseStudyPageFactory(parent=index, title="Draft case", slug="draft-case", live=False)
    private = CaseStudyPageFactory(parent=index, title="Private case", slug="private-case")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    return index


def entries(response):
    root = ET.fromstring(response.content)
    return {entry.find(f"{ATOM}title").text: entry for entry in root.findall(f"{ATOM}entry")}


def test_feed_lists_live_public_practices_of_the_index(client, site_practices):
    response = client.get("/en/practices/feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    found = entries(response)
    assert set(found) == {"Live Danish case", "Spanish case", "A guide"}
    entry = found["Live Danish case"]
    assert (
        entry.find(f"{ATOM}link").get("href") == "http://testserver/en/practices/live-danish-case/"
    )
    assert entry.find(f"{ATOM}category").get("term") == "Recycled fibres"
    assert entry.find(f"{ATOM}updated") is not None


def test_feed_honours_the_listing_filters(client, site_practices):
    found = entries(client.get("/en/practices/feed/?country=DK&tag=digital-product-passport"))
    assert set(found) == {"Live Danish case"}


def test_feed_of_a_translated_index_lists_that_language(client, site_practices):
    response = client.get("/es/practicas/feed/")
    root = ET.fromstring(response.content)
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "es"
    assert set(entries(response)) == {"Caso danés publicado"}
    assert entries(client.get("/fr/pratiques/feed/")) == {}


def test_feed_with_unknown_filter_values_answers_400(client, site_practices):
    response = client.get("/en/practices/feed/?topic=nonsense")
    assert response.status_code == 400
    assert "nonsense" in response.content.decode()


@override_settings(LANGUAGE_CODE="en")
def test_sitemap_lists_practices_in_every_language_but_no_drafts_or_private_pages(
    client, site_practices
):
    xml = client.get("/sitemap.xml").content.decode()
    assert "http://testserver/en/practices/" in xml
    assert "http://testserver/es/practicas/" in xml
    assert "http://testserver/en/practices/live-danish-case/" in xml
    assert "http://testserver/es/practicas/caso-danes-publicado/" in xml
    assert "http://testserver/en/practices/a-guide/" in xml
    assert "draft-case" not in xml
    assert "private-case" not in xml
    assert "/fr/pratiques/live-danish-case/" not in xml  # unpublished translation


def api_titles(client, query):
    response = client.get(f"/api/v2/pages/?{query}")
    assert response.status_code == 200, response.content
    return {item["title"] for item in response.json()["items"]}


def test_api_lists_only_live_public_practices(client, site_practices):
    titles = api_titles(client, "type=practices.CaseStudyPage")
    assert titles == {"Live Danish case", "Caso danés publicado", "Spanish case"}
    assert "Draft case" not in titles and "Private case" not in titles


def test_api_filters_case_studies_by_locale(client, site_practices):
    assert api_titles(client, "type=practices.CaseStudyPage&locale=es") == {"Caso danés publicado"}
    assert api_titles(client, "type=practices.CaseStudyPage&locale=fr") == set()


def test_api_exposes_practice_metadata(client, site_practices):
    response = client.get(
        "/api/v2/pages/?type=practices.CaseStudyPage&locale=en&country=DK"
        "&fields=summary,country,topics,tags,metrics,organisations,sdgs,challenge,last_reviewed"
    )
    assert response.status_code == 200, response.content
    [item] = response.json()["items"]
    assert item["country"] == "DK"
    assert item["summary"].startswith("A small denim maker")
    assert item["topics"] == [{"slug": "recycled-fibres", "name": "Recycled fibres"}]
    assert item["tags"] == ["digital product passport"]
    assert item["metrics"][0]["unit"] == "%"
    assert item["metrics"][0]["label"] == "Share of returned jeans repaired"
    assert item["organisations"][0]["name"] == "Nordic Loop ApS"
    assert item["organisations"][0]["type"] == "sme"
    assert item["sdgs"] == [8, 12]
    assert item["challenge"].startswith("<p>")
    assert item["last_reviewed"] == "2025-09-01"


def test_api_detail_of_a_draft_or_private_practice_is_not_found(client, site_practices):
    from practices.models import CaseStudyPage

    draft = CaseStudyPage.objects.get(slug="draft-case")
    private = CaseStudyPage.objects.get(slug="private-case")
    french_draft = CaseStudyPage.objects.get(locale__language_code="fr")
    for page in (draft, private, french_draft):
        response = client.get(f"/api/v2/pages/{page.pk}/", follow=True)
        assert response.status_code == 404
        assert page.title not in response.content.decode()


def test_api_takes_the_listing_filters(client, site_practices):
    assert api_titles(client, "topic=recycled-fibres") == {
        "Live Danish case",
        "Caso danés publicado",
    }
    assert api_titles(client, "tag=digital-product-passport&locale=en") == {"Live Danish case"}
    assert api_titles(client, "country=DK,ES&locale=en") == {"Live Danish case", "Spanish case"}
    assert api_titles(client, "type=practices.CaseStudyPage&country=DK&country=ES&locale=en") == {
        "Live Danish case",
        "Spanish case",
    }
    assert api_titles(client, "org_type=sme&locale=en") == {"Live Danish case"}


def test_api_rejects_unknown_filter_values_with_400(client, site_practices):
    response = client.get("/api/v2/pages/?topic=nonsense")
    assert response.status_code == 400
    assert "nonsense" in response.json()["message"]
