"""Background tasks in production: the database queue of django-tasks-db and its worker.

A task enqueued while no worker runs is a row in the database; nothing is lost when the worker is
stopped, and the next worker run carries it out (here: the search index update that publishing a
page enqueues)."""

import pytest
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from search.models import SearchDocument
from tests.conftest import publish
from tests.factories.home import StandardPageFactory

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def database_queue(settings):
    settings.TASKS = DATABASE_TASKS


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_task_waits_in_the_database_until_a_worker_runs_it(home_page, database_queue):
    page = publish(
        StandardPageFactory(parent=home_page, title="Repair cafés in Aarhus", live=False)
    )

    # No worker is running: the index update is queued, not done.
    queued = DBTaskResult.objects.filter(task_path="search.tasks.update_search_index")
    assert queued.count() == 1
    assert queued.get().status == "READY"
    assert not SearchDocument.objects.filter(page_id=page.pk).exists()

    # A worker started later (a restart, a deploy) finds it and runs it.
    call_command("db_worker", batch=True, startup_delay=False, reload=False, verbosity=0)
    assert queued.get().status == "SUCCESSFUL"
    assert SearchDocument.objects.filter(page_id=page.pk).exists()
