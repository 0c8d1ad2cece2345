"""The "Consortium moderation" workflow: submit, request changes with a comment, approve and
publish; scheduled publishing and unpublishing with Wagtail's `publish_scheduled` command."""

import datetime
from io import StringIO
from unittest import mock

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, TaskState, WorkflowState

from practices.models import CaseStudyPage
from tests.editorial.conftest import (
    assert_denied,
    case_study,
    create_case_study,
    edit_page,
)

pytestmark = pytest.mark.django_db


def _submitted(client, login, hub, slug="take-back-workwear", **fields):
    login("editor-modacc")
    response = create_case_study(
        client, hub.section("modacc"), "Workwear take-back", slug, action="submit", **fields
    )
    assert response.status_code == 302
    page = CaseStudyPage.objects.get(slug=slug)
    state = WorkflowState.objects.get(object_id=str(page.pk), status="in_progress")
    return page, state


def _action_url(page, action, state):
    return reverse(
        "wagtailadmin_pages:workflow_action",
        args=(page.pk, action, state.current_task_state_id),
    )


def test_moderator_approval_publishes_the_page(hub, client, login):
    page, state = _submitted(client, login, hub)
    login("moderator")
    response = client.post(_action_url(page, "approve", state), {"comment": ""})
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    assert client.get(page.url).status_code == 200


def test_moderator_can_request_changes_with_a_comment(hub, client, login):
    page, state = _submitted(client, login, hub)
    login("moderator")
    comment = "Please add the tonnes of workwear collected in 2024."
    response = client.post(_action_url(page, "reject", state), {"comment": comment})
    assert response.status_code == 302
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    task_state = TaskState.objects.get(pk=state.current_task_state_id)
    assert task_state.status == TaskState.STATUS_REJECTED
    assert task_state.comment == comment
    page.refresh_from_db()
    assert not page.live
    # The editor sees the moderator's comment in the page's history.
    login("editor-modacc")
    history = client.get(reverse("wagtailadmin_pages:history", args=(page.pk,)))
    assert comment in history.content.decode()


def test_editor_resubmits_after_changes_and_approval_publishes_the_new_version(hub, client, login):
    page, state = _submitted(client, login, hub)
    login("moderator")
    client.post(_action_url(page, "reject", state), {"comment": "Add figures."})
    login("editor-modacc")
    response = edit_page(client, page, action="submit", title="Workwear take-back: 12 tonnes")
    assert response.status_code == 302
    state = WorkflowState.objects.get(object_id=str(page.pk), status="in_progress")
    login("moderator")
    client.post(_action_url(page, "approve", state), {"comment": ""})
    assert Page.objects.get(pk=page.pk).title == "Workwear take-back: 12 tonnes"


def test_an_editor_cannot_approve_their_own_submission(hub, client, login):
    page, state = _submitted(client, login, hub)
    assert_denied(client.post(_action_url(page, "approve", state), {"comment": ""}))
    page.refresh_from_db()
    assert not page.live


def test_another_partners_editor_cannot_approve(hub, client, login):
    page, state = _submitted(client, login, hub)
    login("editor-bfa")
    assert_denied(client.post(_action_url(page, "approve", state), {"comment": ""}))
    assert not Page.objects.get(pk=page.pk).live


def test_translators_are_not_moderators(hub, client, login):
    page, state = _submitted(client, login, hub)
    login("translator-ca")
    assert_denied(client.post(_action_url(page, "approve", state), {"comment": ""}))


def test_submission_is_locked_for_other_editors_while_in_moderation(hub, client, login):
    page, _state = _submitted(client, login, hub)
    assert page.permissions_for_user(hub.user("editor-modacc")).page_locked()
    assert not page.permissions_for_user(hub.user("moderator")).page_locked()


# --- scheduled publishing -----------------------------------------------------------------------
def _in(days):
    return timezone.localtime() + datetime.timedelta(days=days)


def test_approved_page_with_a_go_live_date_waits_then_goes_live_with_publish_scheduled(
    hub, client, login
):
    go_live = _in(3)
    page, state = _submitted(
        client, login, hub, slug="scheduled-case", go_live_at=go_live.strftime("%Y-%m-%d %H:%M")
    )
    login("moderator")
    client.post(_action_url(page, "approve", state), {"comment": ""})
    page.refresh_from_db()
    assert not page.live
    assert page.revisions.filter(approved_go_live_at__isnull=False).exists()

    call_command("publish_scheduled", stdout=StringIO())
    page.refresh_from_db()
    assert not page.live  # not yet: the date has not come

    later = timezone.now() + datetime.timedelta(days=4)
    with mock.patch("django.utils.timezone.now", return_value=later):
        call_command("publish_scheduled", stdout=StringIO())
    page.refresh_from_db()
    assert page.live
    client.logout()
    assert client.get(page.url).status_code == 200


def test_page_with_an_expiry_date_is_unpublished_by_publish_scheduled(hub):
    page = case_study(hub.section("modacc"), title="Pop-up repair café 2025")
    page.expire_at = timezone.now() + datetime.timedelta(days=1)
    page.save_revision().publish()
    page.refresh_from_db()
    assert page.live
    later = timezone.now() + datetime.timedelta(days=2)
    with mock.patch("django.utils.timezone.now", return_value=later):
        call_command("publish_scheduled", stdout=StringIO())
    page.refresh_from_db()
    assert not page.live
    assert page.expired
