"""load_practices_demo: builds the demo from data modules, in several languages, idempotently."""

from io import StringIO

import pytest
from django.core.management import call_command
from taggit.models import Tag
from wagtail.models import Page

from home.models import HomePage
from practices.management.commands import load_practices_demo
from practices.models import (
    CaseStudyMetric,
    CaseStudyPage,
    GuidePage,
    Organisation,
    PracticePageTag,
    PracticesIndexPage,
    Topic,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def sample_data(monkeypatch):
    monkeypatch.setattr(load_practices_demo, "DATA_PACKAGE", "tests.practices.demo_sample")


def load():
    out = StringIO()
    call_command("load_practices_demo", stdout=out)
    return out.getvalue()


def snapshot():
    return {
        "pages": Page.objects.count(),
        "topics": Topic.objects.count(),
        "organisations": Organisation.objects.count(),
        "metrics": sorted(CaseStudyMetric.objects.values_list("pk", flat=True)),
        "tags": Tag.objects.count(),
        "tagged": sorted(PracticePageTag.objects.values_list("pk", flat=True)),
    }


def test_loader_builds_translated_indexes_sections_and_practices(
    client, translated_homes, sample_data
):
    out = load()
    assert "2 case studies" in out and "1 guides" in out
    # Vocabulary in all seven languages, same slug everywhere.
    assert Topic.objects.filter(slug="recycled-fibres").count() == 7
    assert (
        Topic.objects.get(slug="recycled-fibres", locale__language_code="es").name
        == "Fibras recicladas"
    )
    # Organisations merged from every module that has some.
    assert set(Organisation.objects.values_list("slug", flat=True)) == {"loop-aps", "fibra-sl"}
    # A practices index per language with a translated slug, and the five partner sections.
    assert client.get("/en/practices/").status_code == 200
    assert client.get("/es/practicas/").status_code == 200
    assert PracticesIndexPage.objects.filter(locale__language_code="da").count() == 6
    # Case studies and their translations, linked to the vocabulary of their language.
    english = CaseStudyPage.objects.get(external_id="dk-loop-denim", locale__language_code="en")
    spanish = CaseStudyPage.objects.get(external_id="dk-loop-denim", locale__language_code="es")
    assert spanish.translation_key == english.translation_key
    assert spanish.url_path.endswith("/practicas/lifestyle-design-cluster/vaqueros-reciclados/")
    assert {t.locale.language_code for t in spanish.topics.all()} == {"es"}
    assert [(m.label, m.unit) for m in spanish.metrics.all()] == [
        ("Vaqueros reparados", "%"),
        ("Pares reparados", "pares"),
    ]
    assert spanish.sdgs == [8, 12]
    assert sorted(spanish.tags.names()) == ["denim", "digital product passport"]
    assert CaseStudyPage.objects.filter(external_id="dk-loop-denim").count() == 4
    html = client.get("/es/practicas/?country=DK&tag=digital-product-passport").content.decode()
    assert "Vaqueros reciclados con pasaporte" in html
    # Guides with ordered steps, checklist and related case studies in their language.
    guide = GuidePage.objects.get(external_id="guide-passport", locale__language_code="es")
    assert [step.value["title"] for step in guide.steps] == ["Mapee sus datos"]
    assert [case.case_study.locale.language_code for case in guide.related_case_studies.all()] == [
        "es",
        "es",
    ]
    html = client.get("/en/practices/lifestyle-design-cluster/prepare-dpp/").content.decode()
    assert "Choose a carrier" in html and "Carrier chosen" in html


def test_featured_case_studies_appear_on_each_language_home_page(
    client, translated_homes, sample_data
):
    load()
    for code in ("en", "es", "bg"):
        home = HomePage.objects.get(locale__language_code=code)
        featured = home.featured()
        assert [page.external_id for page in featured] == ["dk-loop-denim"]
        expected = code if code in ("en", "es") else "en"  # no Bulgarian version: the English one
        assert featured[0].locale.language_code == expected
    html = client.get("/es/").content.decode()
    assert "Vaqueros reciclados con pasaporte" in html
    assert 'id="latest-practices-title"' in html


def test_running_the_loader_twice_changes_and_duplicates_nothing(translated_homes, sample_data):
    load()
    before = snapshot()
    load()
    assert snapshot() == before


def test_loader_tolerates_missing_data_modules(translated_homes, monkeypatch):
    monkeypatch.setattr(load_practices_demo, "DATA_PACKAGE", "tests.practices.demo_sample")
    monkeypatch.setattr(load_practices_demo, "DATA_MODULES", ("vocabulary", "not_written_yet"))
    out = load()
    assert "0 case studies" in out
    assert PracticesIndexPage.objects.filter(slug="practices").exists()


def test_demo_data_of_the_project_loads(translated_homes):
    """The real demo: at least 24 case studies in the five partner countries, 8 guides, both topic
    families, each translated into at least three more languages."""
    load()
    english = CaseStudyPage.objects.filter(locale__language_code="en")
    assert english.count() >= 24
    assert set(english.values_list("country", flat=True)) >= {"ES", "BG", "FR", "RO", "DK"}
    assert GuidePage.objects.filter(locale__language_code="en").count() >= 8
    assert set(english.values_list("topics__family", flat=True)) >= {"circular", "digital"}
    for page in english:
        assert page.get_translations().live().count() >= 3, page.title
        assert page.metrics.exists() and page.tags.exists(), page.title
