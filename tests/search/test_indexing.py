"""The index follows the pages: only live, public, reachable pages are searchable, and every
change an editor makes (publish, unpublish, move, delete, privacy, translation) shows at once."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from search import indexing
from search.models import SearchDocument, SearchFacet
from tests.conftest import publish, translate
from tests.search.conftest import make_page

pytestmark = pytest.mark.django_db


def titles(client, q, lang="en", **params):
    data = client.get("/api/search/", {"q": q, "lang": lang, **params}).json()
    return [r["title"] for r in data["promoted"] + data["results"]]


def html(client, q, lang="en", **params):
    return client.get(f"/{lang}/search/", {"q": q, **params}).content.decode()


def test_publishing_a_page_makes_it_findable_on_the_page_and_the_api(client, home_page):
    page = make_page(home_page, "Upcycled leather bags", "Offcuts become handbags.")
    doc = SearchDocument.objects.get(page=page)
    assert (doc.language, doc.url, doc.content_type) == ("en", "/en/upcycled-leather-bags/", "page")
    assert titles(client, "leather") == ["Upcycled leather bags"]
    assert "Upcycled <mark>leather</mark> bags" in html(client, "leather")


def test_drafts_are_never_found(client, home_page):
    make_page(home_page, "Secret sourcing plan", "Unpublished draft.", live=False)
    assert not SearchDocument.objects.exists()
    assert titles(client, "secret") == []
    assert "Secret sourcing plan" not in html(client, "secret")


def test_a_draft_edit_of_a_live_page_does_not_change_the_index(client, home_page):
    page = make_page(home_page, "Natural dyes", "Plant-based colours.")
    page.title = "Synthetic dyes draft title"
    page.save_revision()
    assert titles(client, "synthetic") == []
    assert titles(client, "natural") == ["Natural dyes"]


def test_unpublishing_removes_the_page_and_everything_below_it(
    client, home_page, django_capture_on_commit_callbacks
):
    section = make_page(home_page, "Circular textiles", "A section.")
    child = make_page(section, "Fibre sorting by near infrared", "Sorting lines.")
    assert titles(client, "sorting") == ["Fibre sorting by near infrared"]
    # The removal runs when the unpublishing commits (in this process, not in a task).
    with django_capture_on_commit_callbacks(execute=True):
        section.unpublish()
    assert not SearchDocument.objects.filter(page__in=[section, child]).exists()
    assert titles(client, "sorting") == []
    assert titles(client, "circular") == []
    # Publishing the section again brings its live children back.
    publish(section)
    assert titles(client, "sorting") == ["Fibre sorting by near infrared"]


def test_a_child_published_under_a_draft_parent_is_not_found(client, home_page):
    section = make_page(home_page, "Unreleased section", live=False)
    make_page(section, "Waterless dyeing", "CO2 dyeing without water.")
    assert titles(client, "waterless") == []
    publish(section)
    assert titles(client, "waterless") == ["Waterless dyeing"]


def test_private_pages_and_their_children_are_never_found(client, home_page):
    section = make_page(home_page, "Members area", "For partners only.")
    make_page(section, "Partner price list for recycled cotton", "Confidential.")
    restriction = PageViewRestriction.objects.create(
        page=section, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.create(name="Partners")])
    assert titles(client, "cotton") == []
    assert titles(client, "members") == []
    assert "Partner price list" not in html(client, "cotton", scope="all")
    restriction.delete()
    assert titles(client, "cotton") == ["Partner price list for recycled cotton"]


def test_password_protected_page_is_not_found(client, home_page):
    page = make_page(home_page, "Board minutes on hemp sourcing")
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="hemp"
    )
    assert titles(client, "hemp") == []


def test_moving_a_page_updates_its_url(client, home_page):
    target = make_page(home_page, "Resources")
    page = make_page(home_page, "Eco-design checklist", "Design for disassembly.")
    page.move(target, pos="last-child")
    doc = SearchDocument.objects.get(page=page)
    assert doc.url == "/en/resources/eco-design-checklist/"
    data = client.get("/api/search/", {"q": "checklist"}).json()
    assert data["results"][0]["url"] == "http://testserver/en/resources/eco-design-checklist/"


def test_moving_a_page_under_a_private_section_removes_it(client, home_page):
    private = make_page(home_page, "Internal")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    page = make_page(home_page, "Rental subscription pilot")
    assert titles(client, "rental") == ["Rental subscription pilot"]
    page.move(private, pos="last-child")
    assert titles(client, "rental") == []


def test_changing_a_slug_updates_the_urls_of_the_pages_below(client, home_page):
    section = make_page(home_page, "Guides", slug="guides")
    child = make_page(section, "Take-back logistics")
    section.slug = "how-to"
    publish(section)
    assert SearchDocument.objects.get(page=child).url == "/en/how-to/take-back-logistics/"


def test_deleting_a_page_removes_its_documents_and_facets(client, home_page, facets):
    facets["doomed"] = {"topics": ["eco-design"]}
    section = make_page(home_page, "Doomed section", slug="doomed")
    make_page(section, "Doomed child page")
    assert SearchDocument.objects.count() == 2
    section.delete()
    assert not SearchDocument.objects.exists()
    assert not SearchFacet.objects.exists()
    assert titles(client, "doomed") == []


def test_translations_are_indexed_in_their_language_when_published(client, translated_homes):
    page = make_page(translated_homes["en"], "Repair services", "Mending for customers.")
    es = translate(page, "es", title="Servicios de reparación", introduction="Arreglos de ropa.")
    assert SearchDocument.objects.get(page=es).language == "es"
    assert titles(client, "reparación", lang="es") == ["Servicios de reparación"]
    # "This language" finds only the Spanish page; "all languages" finds both versions.
    assert titles(client, "mending", lang="es") == []
    assert set(titles(client, "mending OR reparación", lang="es", scope="all")) == {
        "Repair services",
        "Servicios de reparación",
    }


def test_unpublished_translations_are_never_found(client, translated_homes):
    page = make_page(translated_homes["en"], "Repair services")
    fr = translate(page, "fr", title="Services de réparation")
    assert titles(client, "réparation", lang="fr") == ["Services de réparation"]
    fr.unpublish()
    assert titles(client, "réparation", lang="fr") == []
    assert titles(client, "réparation", lang="en", scope="all") == []
    assert "Services de réparation" not in html(client, "réparation", lang="fr", scope="all")


def test_a_draft_translation_is_not_found(client, translated_homes):
    page = make_page(translated_homes["en"], "Repair services")
    from wagtail.models import Locale

    draft = page.copy_for_translation(Locale.objects.get(language_code="da"))
    draft.title = "Reparationsservice"
    draft.save_revision()
    assert titles(client, "reparationsservice", lang="da", scope="all") == []


def test_aliases_are_not_indexed(client, translated_homes):
    from wagtail.models import Locale

    page = make_page(translated_homes["en"], "Digital sampling")
    alias = page.copy_for_translation(Locale.objects.get(language_code="ro"), alias=True)
    assert alias.live and alias.alias_of_id == page.id
    assert not SearchDocument.objects.filter(page=alias).exists()
    assert titles(client, "sampling", lang="ro", scope="all") == ["Digital sampling"]


def test_republishing_updates_the_document(client, home_page):
    page = make_page(home_page, "Rental platform")
    page.title = "Rental and resale platform"
    publish(page)
    assert titles(client, "resale") == ["Rental and resale platform"]
    assert SearchDocument.objects.count() == 1


def test_rebuild_restores_a_damaged_index_and_removes_extra_documents(client, home_page):
    keep = make_page(home_page, "Bio-based materials")
    hidden = make_page(home_page, "Old news")
    SearchDocument.objects.filter(page=keep).delete()
    # A document left behind for a page that is no longer live (as if a signal was missed).
    type(hidden).objects.filter(pk=hidden.pk).update(live=False)
    assert titles(client, "materials") == []
    written = indexing.rebuild_all()
    assert written == 1
    assert titles(client, "materials") == ["Bio-based materials"]
    assert not SearchDocument.objects.filter(page=hidden).exists()


def test_document_text_keeps_markup_out_and_facets_are_stored(home_page, facets):
    facets["tagged"] = {"topics": ["eco-design", "eco-design"], "country": "es", "tags": ["Denim"]}
    page = make_page(home_page, "Tagged", "Intro", ["<b>bold</b> words &amp; more"], slug="tagged")
    doc = SearchDocument.objects.get(page=page)
    assert doc.body == "bold words & more"
    assert doc.topics == ["eco-design"] and doc.country == "ES"
    rows = set(SearchFacet.objects.filter(document=doc).values_list("facet", "value"))
    assert rows == {("type", "page"), ("topic", "eco-design"), ("country", "ES"), ("tag", "Denim")}
