"""`manage.py run_scheduled_jobs`: scheduled pages go live, and old sessions, task results,
search-query counts and sign-in logs are removed, while current ones stay."""

from datetime import timedelta
from io import StringIO

import pytest
from django.contrib.sessions.models import Session
from django.core.management import CommandError, call_command
from django.utils import timezone
from django_tasks import task
from django_tasks_db.models import DBTaskResult
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

from tests.factories.home import StandardPageFactory

pytestmark = pytest.mark.django_db


@task()
def noop():
    return None


def run(**options):
    out = StringIO()
    call_command("run_scheduled_jobs", stdout=out, stderr=StringIO(), **options)
    return out.getvalue()


def test_a_page_scheduled_for_an_hour_ago_goes_live(home_page, client):
    page = StandardPageFactory(parent=home_page, title="Spring collection", live=False)
    page.go_live_at = timezone.now() + timedelta(days=1)
    revision = page.save_revision()
    revision.publish()
    page.refresh_from_db()
    assert not page.live  # scheduled, not yet live
    assert client.get(page.url).status_code == 404
    # The hour has come: what publish_scheduled sees an hour after the editor's "go live at".
    an_hour_ago = timezone.now() - timedelta(hours=1)
    revision.refresh_from_db()
    revision.content["go_live_at"] = an_hour_ago.isoformat()
    revision.approved_go_live_at = an_hour_ago
    revision.save(update_fields=["content", "approved_go_live_at"])

    output = run()

    page.refresh_from_db()
    assert page.live
    assert client.get(page.url).status_code == 200
    assert "publish_scheduled: done" in output


def test_old_records_are_removed_and_current_ones_kept(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    now = timezone.now()
    Session.objects.create(
        session_key="old" * 10, session_data="", expire_date=now - timedelta(days=1)
    )
    Session.objects.create(
        session_key="new" * 10, session_data="", expire_date=now + timedelta(days=1)
    )
    old_task, recent_task, waiting_task = (noop.enqueue() for _ in range(3))
    DBTaskResult.objects.filter(pk=old_task.id).update(
        status="SUCCESSFUL", finished_at=now - timedelta(days=20)
    )
    DBTaskResult.objects.filter(pk=recent_task.id).update(
        status="SUCCESSFUL", finished_at=now - timedelta(days=1)
    )
    query = Query.get("denim")
    QueryDailyHits.objects.create(query=query, date=(now - timedelta(days=30)).date(), hits=3)
    QueryDailyHits.objects.create(query=query, date=now.date(), hits=1)

    run()

    assert list(Session.objects.values_list("session_key", flat=True)) == ["new" * 10]
    remaining = {str(pk) for pk in DBTaskResult.objects.values_list("id", flat=True)}
    assert remaining == {str(recent_task.id), str(waiting_task.id)}
    assert list(QueryDailyHits.objects.values_list("hits", flat=True)) == [1]


def test_one_job_can_be_run_alone_and_an_unknown_one_is_refused():
    assert "clearsessions: done" in run(only="clearsessions")
    with pytest.raises(CommandError, match="No scheduled job"):
        run(only="rebuild_everything")
