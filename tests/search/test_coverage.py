"""Everything public is findable: partner sections, the Partners page, regions, exchanges,
courses, modules, standard pages and the section and listing pages get search documents, in the
page's language; drafts and private pages never do."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from home.models import PartnerOrganisation
from search.models import SearchDocument
from tests.conftest import publish, translate
from tests.factories.alliance import (
    DirectoryPageFactory,
    ExchangeIndexPageFactory,
    ExchangePageFactory,
    MapPageFactory,
    RegionPageFactory,
)
from tests.factories.home import PartnerOrganisationFactory, StandardPageFactory
from tests.factories.practices import (
    CaseStudyPageFactory,
    GuidePageFactory,
    PracticesIndexPageFactory,
)
from tests.factories.trainings import (
    CourseIndexPageFactory,
    CoursePageFactory,
    ModulePageFactory,
)

pytestmark = pytest.mark.django_db


def results(client, q, lang="en", **params):
    data = client.get("/api/search/", {"q": q, "lang": lang, **params}).json()
    return data["promoted"] + data["results"]


def titles(client, q, lang="en", **params):
    return [r["title"] for r in results(client, q, lang, **params)]


def published(factory, **fields):
    """A page made by ``factory`` as a draft, then published the way an editor does (so that
    the publish signal indexes it)."""
    return publish(factory(live=False, **fields))


@pytest.fixture
def practices(home_page):
    index = published(PracticesIndexPageFactory, parent=home_page)
    sections = {
        slug: published(
            PracticesIndexPageFactory,
            parent=index,
            title=title,
            slug=slug,
            introduction=f"Case studies and guides of {title}.",
        )
        for slug, title in [
            ("iconic", "ICONIC"),
            ("bfa", "Bulgarian Fashion Association (BFA)"),
            ("modacc", "Modacc"),
        ]
    }
    # A case study that names every partner many times: the partners' own pages still come first.
    published(
        CaseStudyPageFactory,
        parent=sections["modacc"],
        title="Shared cutting rooms",
        summary=(
            "ICONIC, Modacc and the Bulgarian Fashion Association compared their cutting rooms. "
            "ICONIC members and Modacc members and Bulgarian Fashion Association members."
        ),
    )
    return index, sections


@pytest.mark.parametrize(
    "query, expected",
    [
        ("ICONIC", "ICONIC"),
        ("iconic", "ICONIC"),
        ("Bulgarian Fashion Association", "Bulgarian Fashion Association (BFA)"),
        ("Modacc", "Modacc"),
    ],
)
def test_a_partner_name_finds_the_partner_section_first(client, practices, query, expected):
    _index, sections = practices
    found = results(client, query)
    assert found[0]["title"] == expected
    slug = {"ICONIC": "iconic", "Modacc": "modacc"}.get(expected, "bfa")
    assert found[0]["url"].endswith(sections[slug].url)
    assert "Shared cutting rooms" in [r["title"] for r in found]


def test_the_partners_page_is_found_by_what_it_shows_of_each_partner(client, home_page):
    partner = PartnerOrganisationFactory(
        name="ICONIC", country="RO", region="North-East Romania", description="Knitwear cluster."
    )
    partners_page = published(
        StandardPageFactory, parent=home_page, title="Partners", slug="partners", show_partners=True
    )
    assert titles(client, "knitwear") == ["Partners"]
    # The country is shown (and indexed) in the page's language.
    assert "Romania" in SearchDocument.objects.get(page=partners_page).body

    # Editing the snippet reindexes the page that shows it, without publishing the page.
    partner.description = "Cluster of garment makers around Iasi."
    partner.save()
    assert titles(client, "knitwear") == []
    assert titles(client, "Iasi") == ["Partners"]
    partner.delete()
    assert titles(client, "Iasi") == []


def test_a_page_that_does_not_list_partners_does_not_carry_their_text(client, home_page):
    PartnerOrganisationFactory(name="Modacc", description="Catalan fashion cluster.")
    published(StandardPageFactory, parent=home_page, title="About us", slug="about")
    assert titles(client, "Catalan") == []


@pytest.fixture
def site_pages(home_page):
    """One page of each kind, each with a distinctive word in its title."""
    practices = published(PracticesIndexPageFactory, parent=home_page, title="Practices library")
    training = published(CourseIndexPageFactory, parent=home_page, title="Training academy")
    course = published(CoursePageFactory, parent=training, title="Takeback economics")
    module = published(ModulePageFactory, parent=course, title="Sorting logistics")
    map_page = published(MapPageFactory, parent=home_page, title="Industry atlas")
    region = published(RegionPageFactory, parent=map_page, title="Catalonia textile ecosystem")
    exchanges = published(ExchangeIndexPageFactory, parent=home_page, title="Xchange visits")
    exchange = published(ExchangePageFactory, parent=exchanges, title="Knitting study tour")
    directory = published(DirectoryPageFactory, parent=home_page, title="Members directory")
    standard = published(StandardPageFactory, parent=home_page, title="Roadmap overview")
    return {
        "practices": practices,
        "training": training,
        "course": course,
        "module": module,
        "map": map_page,
        "region": region,
        "exchanges": exchanges,
        "exchange": exchange,
        "directory": directory,
        "standard": standard,
    }


@pytest.mark.parametrize(
    "key, word, content_type, type_label",
    [
        ("region", "ecosystem", "region", "Region profile"),
        ("exchange", "knitting", "exchange", "Exchange"),
        ("course", "takeback", "course", "Course"),
        ("module", "logistics", "module", "Module"),
        ("standard", "roadmap", "page", "Page"),
        ("practices", "library", "section", "Section"),
        ("training", "academy", "section", "Section"),
        ("map", "atlas", "section", "Section"),
        ("exchanges", "xchange", "section", "Section"),
        ("directory", "directory", "section", "Section"),
    ],
)
def test_every_kind_of_public_page_is_found_by_a_word_of_its_title(
    client, site_pages, key, word, content_type, type_label
):
    page = site_pages[key]
    found = results(client, word)
    assert found and found[0]["title"] == page.title
    assert found[0]["url"].endswith(page.url)
    assert (found[0]["content_type"], found[0]["type_label"]) == (content_type, type_label)
    html = client.get("/en/search/", {"q": word}).content.decode()
    assert f'href="{page.url}"' in html
    # The result and the type facet name the kind in the reader's language.
    assert f">{type_label}<" in html


def test_a_module_result_leads_to_its_part_of_the_course(client, site_pages):
    module = site_pages["module"]
    url = results(client, "logistics")[0]["url"]
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].endswith(f"{site_pages['course'].url}#module-{module.pk}")


@pytest.mark.parametrize("key", ["region", "exchange", "module", "practices", "map"])
def test_a_draft_of_any_kind_is_not_found(
    client, site_pages, key, django_capture_on_commit_callbacks
):
    page = site_pages[key]
    word = page.title.split()[-1]
    assert page.title in titles(client, word)
    # The documents are removed when the unpublishing commits (search.visibility.hide_on_commit).
    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
    assert page.title not in titles(client, word)
    assert not SearchDocument.objects.filter(page=page).exists()


def test_a_never_published_section_page_is_not_found(client, home_page):
    PracticesIndexPageFactory(parent=home_page, title="Hidden library", live=False).save_revision()
    assert titles(client, "hidden") == []


@pytest.mark.parametrize("key", ["training", "exchanges", "directory"])
def test_a_private_section_and_what_is_below_it_are_not_found(client, site_pages, key):
    page = site_pages[key]
    PageViewRestriction.objects.create(page=page, restriction_type="password", password="x")
    assert page.title not in titles(client, page.title.split()[-1])
    if key == "training":
        assert titles(client, "takeback") == []
        assert titles(client, "logistics") == []
    restriction = PageViewRestriction.objects.get(page=page)
    restriction.restriction_type = PageViewRestriction.GROUPS
    restriction.save()
    restriction.groups.set([Group.objects.get_or_create(name="Moderators")[0]])
    assert page.title not in titles(client, page.title.split()[-1])


def test_labels_in_a_document_are_in_the_page_language(client, home_page, locales):
    """A Spanish guide published while the site speaks English is indexed with its audience in
    Spanish, the way a Spanish reader sees it."""
    index = published(PracticesIndexPageFactory, parent=home_page)
    translate(home_page, "es", title="Inicio")
    index_es = translate(index, "es", title="Prácticas")
    guide = published(
        GuidePageFactory,
        parent=index_es,
        locale=locales["es"],
        title="Guía de reparación",
        slug="guia-reparacion",
        audience="sme",
        difficulty="beginner",
    )
    body = SearchDocument.objects.get(page=guide).body
    assert "Propietarios y directivos de pymes" in body
    assert "SME owners and managers" not in body
    assert "Guía de reparación" in titles(client, "propietarios", lang="es")
    # The type label of a result is in the reader's language.
    found = results(client, "propietarios", lang="es")
    assert found[0]["type_label"] == "Guía"


def test_a_region_profile_type_label_is_translated(client, home_page, locales):
    map_page = published(MapPageFactory, parent=home_page)
    translate(home_page, "es", title="Inicio")
    map_es = translate(map_page, "es", title="Mapa")
    published(
        RegionPageFactory,
        parent=map_es,
        locale=locales["es"],
        title="Ecosistema de Cataluña",
        slug="cataluna",
    )
    found = results(client, "ecosistema", lang="es")
    assert found[0]["type_label"] == "Perfil de región"


def test_partner_organisations_are_snippets_not_pages(home_page):
    # There is no public page per partner organisation besides its practices section and the
    # Partners page: the snippet itself gets no document.
    PartnerOrganisationFactory(name="ICONIC")
    assert PartnerOrganisation.objects.count() == 1
    assert not SearchDocument.objects.exists()
