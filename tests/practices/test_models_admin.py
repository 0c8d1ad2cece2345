"""Models, validation and the editor's admin for practices."""

import datetime
import re
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.models import HomePage
from practices.models import (
    CaseStudyMetric,
    CaseStudyPage,
    GuidePage,
    PracticePage,
    PracticesIndexPage,
    Topic,
)
from search.registry import builder_for, facet_labels
from tests.factories.practices import (
    CaseStudyMetricFactory,
    CaseStudyPageFactory,
    GuidePageFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db


def test_a_metric_needs_a_value_and_a_unit(index_page):
    metric = CaseStudyMetric(label="Waste recycled", value=None, unit="")
    with pytest.raises(ValidationError) as error:
        metric.clean()
    assert error.value.message_dict == {
        "value": ["A metric needs a value."],
        "unit": ["A metric needs a unit, such as per cent or tonnes."],
    }
    CaseStudyMetric(label="Waste recycled", value=Decimal("8.2"), unit="t").clean()


def test_metric_values_are_shown_without_trailing_zeros(index_page):
    page = CaseStudyPageFactory(parent=index_page)
    assert CaseStudyMetricFactory(page=page, value="12000.0000").display_value == 12000
    assert str(CaseStudyMetricFactory(page=page, value="1.5000").display_value) == "1.5"


def test_review_date_cannot_precede_publication_and_needs_an_owner(index_page):
    page = CaseStudyPageFactory.build(
        publication_date=datetime.date(2025, 5, 1),
        last_reviewed=datetime.date(2025, 1, 1),
        review_owner="",
    )
    with pytest.raises(ValidationError) as error:
        PracticePage.clean(page)
    assert set(error.value.message_dict) == {"last_reviewed", "review_owner"}


def test_sdgs_accept_goal_numbers_only(index_page):
    page = CaseStudyPageFactory(parent=index_page, sdgs=[12, 8])
    page.refresh_from_db()
    assert page.sdgs == [8, 12]
    assert [number for number, _name in page.sdg_list()] == [8, 12]
    field = CaseStudyPage._meta.get_field("sdgs")
    with pytest.raises(ValidationError):
        field.validate([18], page)


def test_vocabulary_slug_is_shared_by_translations_only(locales):
    topic = TopicFactory(slug="eco-design", name="Eco-design")
    spanish = Topic(
        slug="eco-design",
        name="Ecodiseño",
        locale=locales["es"],
        translation_key=topic.translation_key,
        family="circular",
    )
    spanish.clean()  # the same entry in another language: fine
    clash = Topic(slug="eco-design", name="Other", locale=locales["es"], family="circular")
    with pytest.raises(ValidationError) as error:
        clash.clean()
    assert "slug" in error.value.message_dict


def test_vocabulary_labels_prefer_the_reader_language_then_english(vocab):
    labels = Topic.objects.labels("es")
    assert labels["recycled-fibres"] == "Fibras recicladas"
    assert labels["repair-and-care"] == "Repair and care"


def test_page_tree_rules(home_page, index_page):
    assert PracticesIndexPage.can_create_at(home_page)
    assert PracticesIndexPage.can_create_at(index_page)  # partner sub-sections
    assert CaseStudyPage.can_create_at(index_page) and GuidePage.can_create_at(index_page)
    assert not CaseStudyPage.can_create_at(home_page)
    assert not PracticePage.is_creatable
    assert PracticesIndexPage in HomePage.allowed_subpage_models()


def test_content_type_slugs(index_page):
    assert CaseStudyPageFactory(parent=index_page).content_type_slug == "case-study"
    assert GuidePageFactory(parent=index_page).content_type_slug == "guide"


def test_search_builders_describe_case_studies_and_guides(index_page, vocab):
    page = CaseStudyPageFactory(
        parent=index_page,
        country="DK",
        topics=[vocab["topics"]["recycled-fibres"]],
        stages=[vocab["stages"]["end-of-life"]],
        organisations=[vocab["orgs"]["dk-sme"]],
        tags=["digital product passport"],
    )
    CaseStudyMetricFactory(page=page)
    document = builder_for(page)(page)
    assert document.content_type == "case-study"
    assert document.topics == ["recycled-fibres"] and document.stages == ["end-of-life"]
    assert document.tags == ["digital-product-passport"] and document.org_types == ["sme"]
    assert document.country == "DK" and document.date == page.publication_date
    assert "Returned jeans were shredded" in document.body and "<p>" not in document.body
    assert "Share of returned jeans repaired: 38 %" in document.body
    guide = GuidePageFactory(parent=index_page)
    guide_document = builder_for(guide)(guide)
    assert guide_document.content_type == "guide"
    assert "Map the repairs you already do" in guide_document.body


def test_facet_labels_in_the_reader_language(vocab):
    assert facet_labels("topic", ["recycled-fibres"], "es") == {
        "recycled-fibres": "Fibras recicladas"
    }
    assert facet_labels("country", ["DK"], "en") == {"DK": "Denmark"}
    assert facet_labels("org_type", ["sme"], "en") == {"sme": "SME"}
    assert facet_labels("type", ["case-study"], "en") == {"case-study": "Case study"}


@pytest.fixture
def admin_client(client, db, settings):
    # django-axes logs sign-ins with the request's address; force_login has none, which the
    # PostgreSQL inet column rejects. Sign-in throttling is not what these tests are about.
    settings.AXES_ENABLED = False
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client


def test_admin_groups_the_vocabularies_in_one_menu(admin_client, vocab):
    html = admin_client.get("/admin/").content.decode()
    assert "Practices vocabulary" in html
    for url in (
        "/admin/snippets/practices/topic/",
        "/admin/snippets/practices/valuechainstage/",
        "/admin/snippets/practices/circularstrategy/",
        "/admin/snippets/practices/digitaltechnology/",
        "/admin/snippets/practices/organisationtype/",
        "/admin/snippets/practices/organisation/",
    ):
        assert admin_client.get(url).status_code == 200, url


def test_case_study_editor_has_tabs_and_offers_the_page_language_vocabulary(
    admin_client, index_page, vocab
):
    response = admin_client.get(f"/admin/pages/add/practices/casestudypage/{index_page.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    for tab in ("Content", "Metadata", "Promotion"):
        assert re.search(rf'id="tab-label-{tab.lower()}"[^>]*>\s*{tab}', html), tab
    assert "Recycled fibres" in html
    assert "Fibras recicladas" not in html  # the Spanish entry belongs to Spanish pages


def _case_study_post(vocab, metrics):
    data = nested_form_data(
        {
            "title": "Admin-made case",
            "slug": "admin-made-case",
            "summary": "Made in the admin.",
            "challenge": rich_text("<p>The challenge.</p>"),
            "solution": rich_text("<p>The solution.</p>"),
            "results": rich_text(""),
            "lessons_learned": rich_text(""),
            "how_to_replicate": rich_text(""),
            "body": streamfield([]),
            "metrics": inline_formset(metrics),
            "gallery_images": inline_formset([]),
            "downloads": inline_formset([]),
            "country": "DK",
            "tags": "denim, repair",
            "action-publish": "Publish",
        }
    )
    data["topics"] = [vocab["topics"]["recycled-fibres"].pk]
    data["sdgs"] = ["12"]
    return data


def test_admin_rejects_a_metric_without_a_unit(admin_client, index_page, vocab):
    data = _case_study_post(
        vocab, [{"label": "Jeans repaired", "value": "38", "unit": "", "baseline": ""}]
    )
    response = admin_client.post(f"/admin/pages/add/practices/casestudypage/{index_page.pk}/", data)
    assert response.status_code == 200
    assert "A metric needs a unit" in response.content.decode()
    assert not CaseStudyPage.objects.filter(slug="admin-made-case").exists()


def test_admin_publishes_a_valid_case_study(admin_client, index_page, vocab, client):
    data = _case_study_post(
        vocab, [{"label": "Jeans repaired", "value": "38", "unit": "%", "baseline": "2024"}]
    )
    response = admin_client.post(f"/admin/pages/add/practices/casestudypage/{index_page.pk}/", data)
    assert response.status_code == 302, response.content.decode()[-3000:]
    page = CaseStudyPage.objects.get(slug="admin-made-case")
    assert page.live and page.sdgs == [12]
    assert [t.slug for t in page.topics.all()] == ["recycled-fibres"]
    assert [(m.value, m.unit) for m in page.metrics.all()] == [(Decimal("38"), "%")]


def test_editors_can_preview_unsaved_changes_of_a_case_study(admin_client, index_page, vocab):
    page = CaseStudyPageFactory(parent=index_page, title="Saved title", slug="admin-made-case")
    url = f"/admin/pages/{page.pk}/edit/preview/"
    data = _case_study_post(
        vocab, [{"label": "Jeans repaired", "value": "38", "unit": "%", "baseline": ""}]
    )
    response = admin_client.post(url, data)
    assert response.status_code == 200 and response.json()["is_valid"]
    html = admin_client.get(url).content.decode()
    assert "<h1>Admin-made case</h1>" in html
    assert '<span class="metric__value">38&nbsp;%</span>' in html
    page.refresh_from_db()
    assert page.title == "Saved title" and not page.metrics.exists()
