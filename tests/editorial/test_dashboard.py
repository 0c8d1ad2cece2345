"""The admin dashboard's oversight panel: moderation queue, old reviews, out-of-date translations
and counts of live content by type, language and partner."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from editorial import oversight
from editorial.permissions import work_paths
from editorial.wagtail_hooks import OversightPanel
from tests.conftest import publish
from tests.editorial.conftest import case_study, create_case_study
from tests.editorial.test_translation import localize, publish_translation

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()
FRESH = TODAY - datetime.timedelta(days=30)
OLD = TODAY - datetime.timedelta(days=400)


def test_moderators_dashboard_lists_pages_waiting_for_moderation(hub, client, login):
    login("editor-bfa")
    create_case_study(
        client, hub.section("bfa"), "Deadstock fabric marketplace", "deadstock", action="submit"
    )
    login("moderator")
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Editorial oversight" in html
    assert "1 page waiting for moderation" in html
    assert "Deadstock fabric marketplace" in html


def test_dashboard_lists_content_reviewed_more_than_twelve_months_ago(hub, client, login):
    case_study(hub.section("modacc"), title="Old review", last_reviewed=OLD, review_owner="Modacc")
    case_study(hub.section("modacc"), title="Fresh review", last_reviewed=FRESH)
    login("moderator")
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "1 practice or course not reviewed since" in html
    assert "Old review" in html
    assert "Fresh review" not in html


def test_never_reviewed_content_published_long_ago_counts_as_stale(hub):
    page = case_study(hub.section("modacc"), title="Never reviewed", last_reviewed=None)
    page.first_published_at = timezone.now() - datetime.timedelta(days=500)
    page.save(update_fields=["first_published_at"])
    assert [p.title for p in oversight.stale_reviews(None).items] == ["Never reviewed"]


def test_editors_dashboard_shows_only_their_sections_content(hub, client, login):
    case_study(hub.section("modacc"), title="Modacc old review", last_reviewed=OLD)
    case_study(hub.section("bfa"), title="BFA old review", last_reviewed=OLD)
    login("editor-modacc")
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Modacc old review" in html
    assert "BFA old review" not in html


def test_dashboard_lists_out_of_date_translations(
    hub, client, login, django_capture_on_commit_callbacks
):
    original = case_study(hub.section("modacc"), title="Knit samples", last_reviewed=FRESH)
    translation = localize(original, "ca")
    publish_translation(translation, django_capture_on_commit_callbacks)
    original.title = "Knit samples, revised"
    publish(original)
    login("translator-ca")
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "1 translation out of date" in html
    assert reverse("editorial_outdated_translations") in html


def test_dashboard_counts_live_content_by_type_language_and_partner(hub):
    case_study(hub.section("modacc"), title="A", last_reviewed=FRESH)
    case_study(hub.section("modacc"), title="B", last_reviewed=FRESH)
    case_study(hub.section("bfa"), title="C", last_reviewed=FRESH)
    case_study(hub.section("bfa"), live=False, title="Draft", slug="draft-c")
    counts = oversight.live_counts(None)
    languages = counts.languages
    by_type = {label: (row, total) for label, row, total in counts.by_type}
    row, total = by_type["Case studies"]
    assert total == 3 and row[languages.index("en")] == 3
    by_partner = {name: total for name, _row, total in counts.by_partner}
    assert by_partner["Modacc"] == 2
    assert by_partner["Bulgarian Fashion Association (BFA)"] == 1
    assert by_partner["ICONIC"] == 0


def _panel_queries(user):
    panel = OversightPanel(user)
    with CaptureQueriesContext(connection) as queries:
        panel.get_context_data()
    return len(queries)


def test_dashboard_queries_do_not_grow_with_the_amount_of_content(hub):
    moderator = hub.user("moderator")
    for n in range(2):
        case_study(hub.section("modacc"), title=f"Old {n}", last_reviewed=OLD)
    _panel_queries(moderator)  # warm the content type cache
    small = _panel_queries(moderator)
    for n in range(6):
        case_study(hub.section("bfa"), title=f"More {n}", last_reviewed=OLD)
    assert _panel_queries(moderator) == small
    assert small <= 25


def test_work_paths_of_a_translator_are_their_language_tree(hub):
    paths = work_paths(hub.user("translator-ca"))
    assert paths == [hub.homes["ca"].path]
    assert work_paths(hub.user("moderator")) == ["0001"]  # the root: everything
    assert work_paths(hub.user("editor-modacc")) == sorted(
        [hub.section("modacc").path, hub.section("modacc", "ca").path]
    )
