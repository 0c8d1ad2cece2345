"""`manage.py run_scheduled_jobs`: the periodic jobs of a deployment, in one command for cron or
a systemd timer (every 10 minutes: see benchmarks/DEPLOYMENT.md).

1. ``publish_scheduled`` (Wagtail): publishes pages and snippets whose "go live" time has come,
   unpublishes those whose expiry time has passed.
2. ``clearsessions`` (Django): deletes expired sessions.
3. ``prune_db_task_results`` (django-tasks-db): deletes finished task results older than
   ``--task-results-days`` (14) days, with the database queue only.
4. ``searchpromotions_garbage_collect`` (Wagtail): drops daily search-query counts older than
   ``WAGTAILSEARCH_HITS_MAX_AGE`` days (the "popular searches" report keeps its recent data).
5. ``flush_search_counts`` (search.counting): writes the search counts buffered in the shared
   cache to the editors' reports (the request path never writes them).

Every job runs even if an earlier one fails; the command then exits non-zero, naming the failed
jobs. ``--only NAME`` runs one job.
"""

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Run the scheduled jobs: publish_scheduled, session and task-result pruning, search counts."
    )

    def add_arguments(self, parser):
        parser.add_argument("--task-results-days", type=int, default=14)
        parser.add_argument("--only", help="Run only this job (its command name).")

    def jobs(self, options):
        jobs = [("publish_scheduled", [], {}), ("clearsessions", [], {})]
        if settings.TASKS["default"]["BACKEND"] == "django_tasks_db.DatabaseBackend":
            jobs.append(
                (
                    "prune_db_task_results",
                    [],
                    {"queue_name": "*", "min_age_days": options["task_results_days"]},
                )
            )
        jobs.append(("searchpromotions_garbage_collect", [], {}))
        jobs.append(("flush_search_counts", [], {}))
        return jobs

    def handle(self, *args, **options):
        jobs = self.jobs(options)
        if options["only"]:
            jobs = [job for job in jobs if job[0] == options["only"]]
            if not jobs:
                raise CommandError(f"No scheduled job is called {options['only']!r}.")
        failed = []
        for name, args_, kwargs in jobs:
            self.stdout.write(f"{name}: ", ending="")
            try:
                call_command(
                    name, *args_, verbosity=options["verbosity"], stdout=self.stdout, **kwargs
                )
            except Exception as error:  # one failing job must not stop the others
                failed.append(name)
                self.stderr.write(f"{name} failed: {type(error).__name__}: {error}")
            else:
                self.stdout.write(f"{name}: done")
        if failed:
            raise CommandError("Scheduled jobs failed: " + ", ".join(failed))
