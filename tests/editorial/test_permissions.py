"""Permission boundaries of partner editors (and translators): each boundary is its own test."""

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.documents.models import Document
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, Page, WorkflowState

from editorial import partners as data
from practices.models import CaseStudyPage
from tests.editorial.conftest import (
    add_case_study_url,
    assert_denied,
    case_study,
    create_case_study,
    edit_page,
    edit_url,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(hub):
    """A live case study in the Modacc and in the BFA sections."""
    return {
        "modacc": case_study(hub.section("modacc"), title="Repairing returned jeans"),
        "bfa": case_study(hub.section("bfa"), title="Natural dyeing of local wool"),
    }


# --- own section: the happy path ------------------------------------------------------------------
def test_editor_can_create_a_draft_in_their_own_section(hub, client, login):
    login("editor-modacc")
    response = create_case_study(
        client, hub.section("modacc"), "3D sampling in a Mataró workshop", "3d-sampling-mataro"
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    page = CaseStudyPage.objects.get(slug="3d-sampling-mataro")
    assert page.get_parent().pk == hub.section("modacc").pk
    assert not page.live


def test_editor_can_submit_their_page_for_moderation(hub, client, login):
    login("editor-modacc")
    response = create_case_study(
        client,
        hub.section("modacc"),
        "Swimwear from fishing nets",
        "swimwear-fishing-nets",
        action="submit",
    )
    assert response.status_code == 302
    page = CaseStudyPage.objects.get(slug="swimwear-fishing-nets")
    state = WorkflowState.objects.get(object_id=str(page.pk), status="in_progress")
    assert state.workflow.name == data.WORKFLOW_NAME
    assert not page.live


def test_editor_can_edit_a_page_of_their_section(pages, client, login):
    login("editor-modacc")
    response = edit_page(client, pages["modacc"], title="Repairing returned jeans, two years on")
    assert response.status_code == 302
    page = Page.objects.get(pk=pages["modacc"].pk)
    assert page.get_latest_revision_as_object().title == "Repairing returned jeans, two years on"
    assert page.title == "Repairing returned jeans"  # the live page waits for moderation


def test_editor_cannot_publish_even_their_own_page(pages, client, login):
    login("editor-modacc")
    draft = case_study(pages["modacc"].get_parent(), live=False, title="Unpublished draft")
    edit_page(client, draft, action="publish")
    draft.refresh_from_db()
    assert not draft.live
    assert "action-publish" not in client.get(edit_url(draft)).content.decode()


# --- another partner's section ------------------------------------------------------------------
def test_editor_cannot_create_pages_in_another_partners_section(hub, client, login):
    login("editor-modacc")
    assert_denied(client.get(add_case_study_url(hub.section("bfa"))))


def test_editor_cannot_edit_another_partners_page(pages, client, login):
    login("editor-modacc")
    assert_denied(client.get(edit_url(pages["bfa"])))
    assert_denied(client.post(edit_url(pages["bfa"]), {"title": "Hijacked"}))
    assert Page.objects.get(pk=pages["bfa"].pk).get_latest_revision_as_object().title != "Hijacked"


def test_editor_cannot_unpublish_another_partners_page(pages, client, login):
    login("editor-modacc")
    url = reverse("wagtailadmin_pages:unpublish", args=(pages["bfa"].pk,))
    assert_denied(client.post(url))
    assert Page.objects.get(pk=pages["bfa"].pk).live


def test_editor_cannot_move_another_partners_page(pages, hub, client, login):
    login("editor-modacc")
    url = reverse(
        "wagtailadmin_pages:move_confirm", args=(pages["bfa"].pk, hub.section("modacc").pk)
    )
    assert_denied(client.post(url))
    assert Page.objects.get(pk=pages["bfa"].pk).get_parent().pk == hub.section("bfa").pk


def test_editor_cannot_delete_another_partners_page(pages, client, login):
    login("editor-modacc")
    url = reverse("wagtailadmin_pages:delete", args=(pages["bfa"].pk,))
    assert_denied(client.post(url))
    assert Page.objects.filter(pk=pages["bfa"].pk).exists()


def test_editor_cannot_delete_a_live_page_even_in_their_section(pages, client, login):
    login("editor-modacc")
    url = reverse("wagtailadmin_pages:delete", args=(pages["modacc"].pk,))
    assert_denied(client.post(url))
    assert Page.objects.filter(pk=pages["modacc"].pk).exists()


def test_another_partners_section_is_absent_from_the_editors_explorer(pages, hub, client, login):
    login("editor-modacc")
    response = client.get(reverse("wagtailadmin_explore", args=(hub.index.pk,)))
    html = response.content.decode()
    assert response.status_code == 200
    assert edit_url(hub.section("modacc")) in html
    assert edit_url(hub.section("bfa")) not in html


def test_editor_cannot_compare_revisions_of_another_partners_page(pages, client, login):
    page = pages["bfa"]
    page.title = "Natural dyeing, revised"
    page.save_revision()
    login("editor-modacc")
    first, latest = page.revisions.order_by("pk")[0], page.revisions.order_by("pk").last()
    url = reverse("wagtailadmin_pages:revisions_compare", args=(page.pk, first.pk, latest.pk))
    assert_denied(client.get(url))


# --- revisions of their own page ----------------------------------------------------------------
def test_editor_can_compare_revisions_of_their_page(pages, client, login):
    page = pages["modacc"]
    page.title = "Repairing returned jeans, revised"
    page.save_revision()
    login("editor-modacc")
    first, latest = page.revisions.order_by("pk")[0], page.revisions.order_by("pk").last()
    url = reverse("wagtailadmin_pages:revisions_compare", args=(page.pk, first.pk, latest.pk))
    response = client.get(url)
    assert response.status_code == 200
    assert "Repairing returned jeans, revised" in response.content.decode()


def test_editor_can_roll_back_to_an_earlier_revision(pages, client, login):
    page = pages["modacc"]
    first = page.revisions.order_by("pk")[0]
    page.title = "A title we regret"
    page.save_revision()
    login("editor-modacc")
    url = reverse("wagtailadmin_pages:revisions_revert", args=(page.pk, first.pk))
    response = client.get(url)
    assert response.status_code == 200
    assert "Repairing returned jeans" in response.content.decode()
    # Saving the reverted form makes the earlier content the latest draft again.
    response = edit_page(client, page, title="Repairing returned jeans")
    assert response.status_code == 302
    assert Page.objects.get(pk=page.pk).get_latest_revision_as_object().title == (
        "Repairing returned jeans"
    )


# --- images and documents -------------------------------------------------------------------------
@pytest.fixture
def media(hub):
    images, documents = {}, {}
    from wagtail.images.models import Image

    for name in ("Modacc", "Bulgarian Fashion Association (BFA)"):
        collection = Collection.objects.get(name=name)
        images[name] = Image.objects.create(
            title=f"Photo of {name}", file=get_test_image_file(), collection=collection
        )
        document = Document(title=f"Report of {name}", collection=collection)
        document.file.save("report.txt", ContentFile(b"figures"), save=True)
        documents[name] = document
    return images, documents


def test_editor_sees_only_their_collections_images(media, client, login):
    images, _documents = media
    login("editor-modacc")
    html = client.get(reverse("wagtailimages:index")).content.decode()
    assert "Photo of Modacc" in html
    assert "Photo of Bulgarian" not in html


def test_editor_cannot_open_another_partners_image(media, client, login):
    images, _documents = media
    login("editor-modacc")
    other = images["Bulgarian Fashion Association (BFA)"]
    assert_denied(client.get(reverse("wagtailimages:edit", args=(other.pk,))))


def test_image_chooser_offers_only_the_editors_collections(media, client, login):
    images, _documents = media
    login("editor-modacc")
    html = client.get(reverse("wagtailimages_chooser:choose")).content.decode()
    assert "Photo of Modacc" in html
    assert "Photo of Bulgarian" not in html


def test_editor_sees_only_their_collections_documents(media, client, login):
    _images, documents = media
    login("editor-modacc")
    html = client.get(reverse("wagtaildocs:index")).content.decode()
    assert "Report of Modacc" in html
    assert "Report of Bulgarian" not in html
    other = documents["Bulgarian Fashion Association (BFA)"]
    assert_denied(client.get(reverse("wagtaildocs:edit", args=(other.pk,))))


# --- user management ----------------------------------------------------------------------------
@pytest.mark.parametrize("url_name", ["wagtailusers_users:index", "wagtailusers_groups:index"])
def test_editor_cannot_reach_user_management(hub, client, login, url_name):
    login("editor-modacc")
    assert_denied(client.get(reverse(url_name)))


def test_editor_cannot_create_users(hub, client, login):
    login("editor-modacc")
    response = client.post(
        reverse("wagtailusers_users:add"),
        {"username": "intruder", "password1": "x" * 20, "password2": "x" * 20},
    )
    assert_denied(response)
    assert not hub.user("editor-modacc").__class__.objects.filter(username="intruder").exists()


# --- translators --------------------------------------------------------------------------------
def test_translator_can_edit_pages_of_their_language(hub, client, login):
    login("translator-ca")
    assert client.get(edit_url(hub.section("modacc", "ca"))).status_code == 200


def test_translator_cannot_edit_pages_of_another_language(pages, hub, client, login):
    login("translator-ca")
    assert_denied(client.get(edit_url(pages["modacc"])))
    assert_denied(client.get(edit_url(hub.homes["es"])))


def test_translator_can_publish_in_their_language(hub, client, login):
    login("translator-ca")
    section = hub.section("modacc", "ca")
    response = edit_page(client, section, action="publish", title="Modacc (Catalunya)")
    assert response.status_code == 302
    assert Page.objects.get(pk=section.pk).title == "Modacc (Catalunya)"
