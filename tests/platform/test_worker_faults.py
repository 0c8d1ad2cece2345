"""The task worker survives its database's faults and loses no task.

- SQLite's write lock held by another connection while the worker looks for work: it waits,
  retries and runs the task once the lock is gone (the library's worker exited);
- a task that stops on a locked or lost database is queued again and run again, not failed;
- a task left "running" by a killed worker is queued again by the next worker of that id.
"""

import os
import sqlite3
import subprocess
import sys
import time

import pytest
from django.core.management import call_command
from django.db import OperationalError, connection
from django_tasks import task
from django_tasks_db.models import DBTaskResult

from tests.platform.conftest import REPO, copy_database, write_lock

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
CALLS = []


@task()
def record_call(label):
    CALLS.append(label)
    return label


@task()
def stops_once_on_a_locked_database(label):
    CALLS.append(label)
    if CALLS.count(label) == 1:
        raise OperationalError("database is locked")
    return label


@task()
def loses_its_connection_once(label):
    CALLS.append(label)
    if CALLS.count(label) == 1:
        with connection.cursor() as cursor:  # PostgreSQL ends this very connection
            cursor.execute("SELECT pg_terminate_backend(pg_backend_pid())")
    return label


@task()
def fails_on_its_own(label):
    CALLS.append(label)
    raise ValueError("the data is wrong")


@pytest.fixture(autouse=True)
def database_queue(settings):
    settings.TASKS = DATABASE_TASKS
    CALLS.clear()


def run_worker(**options):
    call_command(
        "db_worker",
        batch=True,
        startup_delay=False,
        reload=False,
        interval=0.05,
        verbosity=0,
        **options,
    )


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's write lock")
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_worker_waits_for_a_locked_database_and_then_runs_the_task(tmp_path):
    """A real worker process (production profile) on a SQLite file whose write lock another
    connection holds: it logs the wait and keeps trying; once the lock is gone it runs the task."""
    result = record_call.enqueue("after the lock")
    database = copy_database(tmp_path / "queue.sqlite3")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "clothhub.settings.production",
        "SECRET_KEY": "w" * 60,
        "ALLOWED_HOSTS": "localhost",
        "LOCAL_HTTP": "1",
        "DATABASE_URL": f"sqlite:///{database}",
        "SHARED_CACHE_DIR": str(tmp_path / "cache"),
        "SQLITE_TIMEOUT": "0.2",
        "DB_WORKER_RETRY_INITIAL": "0.1",
        "DB_WORKER_RETRY_MAX": "0.2",
    }
    command = [sys.executable, str(REPO / "manage.py"), "db_worker", "--batch"]
    command += ["--no-startup-delay", "--interval", "0.05", "--no-reload"]
    with write_lock(database):
        worker = subprocess.Popen(command, env=env, cwd=REPO, stderr=subprocess.PIPE, text=True)
        try:
            deadline = time.monotonic() + 60
            log = ""
            while "Database unavailable" not in log and time.monotonic() < deadline:
                log += worker.stderr.readline()
                assert worker.poll() is None, log
            assert "Database unavailable while looking" in log
            time.sleep(0.5)
            assert worker.poll() is None  # still waiting, not exited
        except BaseException:
            worker.kill()
            raise
    assert worker.wait(timeout=30) == 0, worker.stderr.read()
    with sqlite3.connect(database) as db:
        status, value = db.execute(
            "SELECT status, return_value FROM django_tasks_database_dbtaskresult WHERE id = ?",
            [str(result.id).replace("-", "")],
        ).fetchone()
    assert (status, value) == ("SUCCESSFUL", '"after the lock"')


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_task_stopped_by_a_locked_database_is_queued_again_and_run_again():
    result = stops_once_on_a_locked_database.enqueue("import")
    run_worker()
    assert CALLS == ["import", "import"]
    stored = DBTaskResult.objects.get(pk=result.id)
    assert stored.status == "SUCCESSFUL"
    assert stored.return_value == "import"


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL connection loss")
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_task_whose_postgresql_connection_is_lost_is_run_again():
    result = loses_its_connection_once.enqueue("reindex")
    run_worker()
    assert CALLS == ["reindex", "reindex"]
    assert DBTaskResult.objects.get(pk=result.id).status == "SUCCESSFUL"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_task_interrupted_by_a_killed_worker_runs_again_under_the_same_worker_id():
    mine = record_call.enqueue("mine")
    others = record_call.enqueue("another worker's")
    DBTaskResult.objects.filter(pk=mine.id).update(status="RUNNING", worker_ids=["host-tasks"])
    DBTaskResult.objects.filter(pk=others.id).update(status="RUNNING", worker_ids=["elsewhere"])

    run_worker(worker_id="host-tasks")

    assert CALLS == ["mine"]
    assert DBTaskResult.objects.get(pk=mine.id).status == "SUCCESSFUL"
    assert DBTaskResult.objects.get(pk=others.id).status == "RUNNING"  # not ours to take


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_task_that_fails_on_its_own_is_recorded_as_failed_not_retried():
    result = fails_on_its_own.enqueue("bad row")
    run_worker()
    assert CALLS == ["bad row"]
    stored = DBTaskResult.objects.get(pk=result.id)
    assert stored.status == "FAILED"
    assert "ValueError" in stored.exception_class_path
