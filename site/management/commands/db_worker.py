"""`manage.py db_worker`: django-tasks-db's worker, made to outlive its database's faults.

The library's worker exits on any database error outside a task (only a locked database while
claiming a task is tolerated), e.g. SQLite's "database is locked" when a long import or backup
holds the write lock past the busy timeout, or a PostgreSQL connection lost during a restart or
fail-over — and a task interrupted that way stays "running" for ever. This worker instead:

- retries, with a back-off (``DB_WORKER_RETRY_INITIAL`` doubling up to ``DB_WORKER_RETRY_MAX``
  seconds), logging each wait, whenever the database is locked or unreachable;
- records a task's result until the database takes it (never drops it after the task ran);
- puts a task back in the queue, instead of marking it failed, when the task itself stopped on a
  locked or lost database, so it runs again once the database is back;
- on start, puts back in the queue the tasks left "running" by a previous worker with the same
  ``--worker-id`` (a worker killed mid-task: `manage.py serve` gives its worker a fixed id per
  machine). Tasks must therefore be safe to run twice, as the search index updates are.
"""

import logging
import os
import time
from functools import partial

from django.conf import settings
from django.core.exceptions import SuspiciousOperation
from django.core.management.base import CommandError
from django.db import DatabaseError, close_old_connections
from django.utils.autoreload import DJANGO_AUTORELOAD_ENV, run_with_reloader
from django_tasks_db.compat import TaskContext, task_finished, task_started
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult

from clothhub.faults import database_unavailable

logger = logging.getLogger("clothhub.tasks")


class ResilientWorker(db_worker.Worker):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.retry_initial = settings.CLOTHHUB_DB_WORKER_RETRY["INITIAL"]
        self.retry_max = settings.CLOTHHUB_DB_WORKER_RETRY["MAX"]
        self.delay = 0.0

    def wait_for_database(self, error: BaseException, doing: str) -> None:
        self.delay = min(self.retry_max, self.delay * 2 if self.delay else self.retry_initial)
        logger.warning(
            "Database unavailable while %s (%s): retrying in %.1f s", doing, error, self.delay
        )
        close_old_connections()  # drops a connection that failed, so the next try reconnects
        time.sleep(self.delay)

    def until_done(self, action, doing):
        """Run ``action`` until the database takes it."""
        while True:
            try:
                result = action()
            except DatabaseError as error:
                if not database_unavailable(error):
                    raise
                self.wait_for_database(error, doing)
            else:
                self.delay = 0.0
                return result

    def requeue_interrupted_tasks(self) -> None:
        """Tasks this worker id was running when its process was killed go back in the queue."""
        running = DBTaskResult.objects.running().filter(backend_name=self.backend_name)
        for task_result in running.only("id", "worker_ids"):
            if task_result.worker_ids and task_result.worker_ids[-1] == self.worker_id:
                DBTaskResult.objects.filter(pk=task_result.pk, status="RUNNING").update(
                    status="READY", started_at=None
                )
                logger.warning("Task id=%s was interrupted: queued again", task_result.pk)

    def run(self) -> None:
        self.until_done(self.requeue_interrupted_tasks, "looking for interrupted tasks")
        while True:
            try:
                return super().run()
            except DatabaseError as error:
                if not database_unavailable(error) or not self.running:
                    raise
                self.startup_delay = False
                self.wait_for_database(error, "looking for tasks")

    def run_task(self, db_task_result: DBTaskResult) -> None:
        """The library's run_task, with the outcome recorded until the database takes it, and a
        task that stopped on a locked or lost database queued again rather than failed."""
        try:
            self.running_task = True
            task = db_task_result.task
            task_result = db_task_result.task_result
            backend_type = task.get_backend()
            task_started.send(sender=backend_type, task_result=task_result)
            if task.takes_context:
                return_value = task.call(
                    TaskContext(task_result=task_result), *task_result.args, **task_result.kwargs
                )
            else:
                return_value = task.call(*task_result.args, **task_result.kwargs)
        except BaseException as error:
            if isinstance(error, DatabaseError) and database_unavailable(error):
                self.until_done(partial(self.requeue, db_task_result), "queuing a task again")
                logger.warning(
                    "Task id=%s stopped on the database: queued again", db_task_result.pk
                )
                self.wait_for_database(error, f"running task id={db_task_result.pk}")
                return
            self.until_done(partial(db_task_result.set_failed, error), "recording a failure")
            try:
                sender = type(db_task_result.task.get_backend())
                finished = db_task_result.task_result
            except (ImportError, SuspiciousOperation):
                logger.exception("Task id=%s failed unexpectedly", db_task_result.id)
            else:
                task_finished.send(sender=sender, task_result=finished)
        else:
            self.until_done(
                partial(db_task_result.set_successful, return_value), "recording a result"
            )
            task_finished.send(sender=backend_type, task_result=db_task_result.task_result)
        finally:
            self.running_task = False
            self._run_tasks += 1

    @staticmethod
    def requeue(db_task_result: DBTaskResult) -> None:
        DBTaskResult.objects.filter(pk=db_task_result.pk).update(status="READY", started_at=None)


class Command(db_worker.Command):
    help = (
        "Run the database task worker; it waits and retries while the database is locked or "
        "unreachable instead of exiting."
    )

    def handle(
        self,
        *,
        verbosity,
        queue_name,
        interval,
        batch,
        backend_name,
        startup_delay,
        reload,
        max_tasks,
        worker_id,
        exclude_queues,
        **options,
    ):
        """The library's handle, running ResilientWorker."""
        self.configure_logging(verbosity)
        reload = reload and not batch
        queue_names = queue_name.split(",")
        excluded_queue_names = exclude_queues.split(",") if exclude_queues else []
        if excluded_queue_names and "*" not in queue_names:
            raise CommandError("--exclude-queues can only be used with --queue-name=*")
        worker = ResilientWorker(
            queue_names=queue_names,
            interval=interval,
            batch=batch,
            backend_name=backend_name,
            startup_delay=startup_delay,
            max_tasks=max_tasks,
            worker_id=worker_id,
            excluded_queue_names=excluded_queue_names,
        )
        if reload:
            if os.environ.get(DJANGO_AUTORELOAD_ENV) == "true":
                worker.configure_signals()
            run_with_reloader(worker.run)
        else:
            worker.configure_signals()
            worker.run()
