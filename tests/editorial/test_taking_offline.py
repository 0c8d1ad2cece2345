"""Translators publish the translations of their language but do not take pages offline:
no unpublishing, deleting, moving, expiry date or privacy, by any route of the admin. The
language home pages are taken offline by the Moderators (and superusers) only."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone
from wagtail.models import GroupPagePermission, Page, get_page_models

from home.permissions import HubPagePermissionTester
from tests.editorial.conftest import (
    PASSWORD,
    admin_form,
    assert_denied,
    case_study,
    edit_page,
    edit_url,
    to_post,
)

pytestmark = pytest.mark.django_db

NO_PERMISSION = "Sorry, you do not have permission to access this area."


@pytest.fixture
def catalan_page(hub):
    """A live case study in the Catalan tree (the Catalan Modacc section)."""
    return case_study(hub.section("modacc", "ca"), title="Reparació de texans retornats")


def unpublish_url(page):
    return reverse("wagtailadmin_pages:unpublish", args=(page.pk,))


def delete_url(page):
    return reverse("wagtailadmin_pages:delete", args=(page.pk,))


def bulk_url(action, page):
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", action))
    return f"{url}?id={page.pk}"


def is_live(page):
    return Page.objects.filter(pk=page.pk, live=True).exists()


def assert_denied_with_message(response):
    assert_denied(response)
    if response.status_code == 302:
        messages = [str(message).strip() for message in get_messages(response.wsgi_request)]
        assert NO_PERMISSION in messages, messages


# --- what translators still do ------------------------------------------------------------------
def test_translator_publishes_a_page_of_their_language(catalan_page, client, login):
    login("translator-ca")
    response = edit_page(client, catalan_page, action="publish", title="Texans reparats")
    assert response.status_code == 302, response.content.decode()[:2000]
    page = Page.objects.get(pk=catalan_page.pk)
    assert page.live and page.title == "Texans reparats"
    assert not page.has_unpublished_changes


# --- unpublishing -------------------------------------------------------------------------------
def test_translator_is_not_offered_unpublish_delete_or_move(catalan_page, client, login):
    login("translator-ca")
    edit = client.get(edit_url(catalan_page)).content.decode()
    listing = client.get(
        reverse("wagtailadmin_explore", args=(catalan_page.get_parent().pk,))
    ).content.decode()
    move_url = reverse("wagtailadmin_pages:move", args=(catalan_page.pk,))
    for html in (edit, listing):
        assert unpublish_url(catalan_page) not in html
        assert delete_url(catalan_page) not in html
        assert move_url not in html
    assert 'name="action-publish"' in edit  # publishing is still offered


def test_translator_cannot_unpublish_through_the_unpublish_view(catalan_page, client, login):
    login("translator-ca")
    assert_denied_with_message(client.get(unpublish_url(catalan_page)))
    assert_denied_with_message(client.post(unpublish_url(catalan_page)))
    assert is_live(catalan_page)


def test_translator_cannot_unpublish_through_the_bulk_action(catalan_page, client, login):
    login("translator-ca")
    url = bulk_url("unpublish", catalan_page)
    html = client.get(url).content.decode()
    assert "You don't have permission to unpublish this page" in html
    client.post(url, {"include_descendants": "on"})
    assert is_live(catalan_page)


def test_translator_cannot_delete_a_live_page(catalan_page, client, login):
    login("translator-ca")
    assert_denied_with_message(client.get(delete_url(catalan_page)))
    assert_denied_with_message(client.post(delete_url(catalan_page)))
    url = bulk_url("delete", catalan_page)
    assert "You don't have permission to delete this page" in client.get(url).content.decode()
    client.post(url)
    assert is_live(catalan_page)


def test_translator_cannot_move_a_live_page(hub, catalan_page, client, login):
    login("translator-ca")
    url = bulk_url("move", catalan_page)
    assert "You don't have permission to move this page" in client.get(url).content.decode()
    parent = catalan_page.get_parent()
    client.post(url, {"chooser": hub.index_ca.pk})
    assert Page.objects.get(pk=catalan_page.pk).get_parent().pk == parent.pk


def test_translator_cannot_give_a_page_an_expiry_date(catalan_page, client, login):
    login("translator-ca")
    pairs = admin_form(client, edit_url(catalan_page))
    assert "expire_at" not in {name for name, _value in pairs}
    expiry = (timezone.now() + datetime.timedelta(days=1)).strftime("%Y-%m-%d %H:%M")
    response = client.post(
        edit_url(catalan_page), to_post(pairs, expire_at=expiry, **{"action-publish": "1"})
    )
    assert response.status_code == 302
    page = Page.objects.get(pk=catalan_page.pk)
    assert page.live and page.expire_at is None
    assert page.get_latest_revision_as_object().expire_at is None


def test_translator_cannot_make_a_page_private(catalan_page, client, login):
    login("translator-ca")
    url = reverse("wagtailadmin_pages:set_privacy", args=(catalan_page.pk,))
    assert_denied(client.post(url, {"restriction_type": "password", "password": "secret"}))
    assert not catalan_page.view_restrictions.exists()


def test_translator_may_still_delete_a_draft_nobody_sees(hub, client, login):
    draft = case_study(hub.section("modacc", "ca"), live=False, title="Esborrany")
    login("translator-ca")
    response = client.post(delete_url(draft))
    assert response.status_code == 302
    assert not Page.objects.filter(pk=draft.pk).exists()


def test_moderator_unpublishes_expires_and_deletes(catalan_page, client, login):
    login("moderator")
    assert "expire_at" in {name for name, _value in admin_form(client, edit_url(catalan_page))}
    assert unpublish_url(catalan_page) in client.get(edit_url(catalan_page)).content.decode()
    assert client.post(unpublish_url(catalan_page)).status_code == 302
    assert not is_live(catalan_page)
    assert client.post(delete_url(catalan_page)).status_code == 302
    assert not Page.objects.filter(pk=catalan_page.pk).exists()


# --- language home pages --------------------------------------------------------------------------
def test_language_home_is_unpublished_only_by_moderators(hub, client, login):
    home = hub.homes["ca"]
    for username in ("translator-ca", "editor-modacc"):
        login(username)
        assert_denied(client.post(unpublish_url(home)))
        assert is_live(home), username
    login("moderator")
    assert client.post(unpublish_url(home)).status_code == 302
    assert not is_live(home)


def test_language_home_is_protected_from_anyone_publishing_only_that_language(
    hub, catalan_page, client
):
    """A group that may take Catalan pages offline (publish on the Catalan home plus the
    unpublish right) still cannot unpublish, delete or move the Catalan home itself."""
    group = Group.objects.create(name="Catalan chief editors")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="home", codename="unpublish_pages"),
        Permission.objects.get(codename="access_admin"),
    )
    for codename in ("change_page", "publish_page", "bulk_delete_page"):
        GroupPagePermission.objects.create(
            group=group, page=hub.homes["ca"], permission=Permission.objects.get(codename=codename)
        )
    chief = get_user_model().objects.create_user("chief-ca", password=PASSWORD)
    chief.groups.add(group)
    client.force_login(chief)
    home = hub.homes["ca"]
    assert_denied(client.post(unpublish_url(home)))
    assert_denied(client.post(delete_url(home)))
    assert not HubPagePermissionTester(chief, home).can_move()
    assert is_live(home)
    # Below the home, the right applies.
    assert client.post(unpublish_url(catalan_page)).status_code == 302
    assert not is_live(catalan_page)


def test_every_page_type_uses_the_hubs_permission_tester(hub):
    user = hub.user("translator-ca")
    for model in get_page_models():
        if model is Page or model._meta.abstract:
            continue
        page = model(title="x", slug="x", path=hub.homes["ca"].path + "0001", depth=3)
        assert isinstance(page.permissions_for_user(user), HubPagePermissionTester), model
