"""Write the search counts collected in the cache to the database (search.counting).

Run it every minute or so from the scheduler of the deployment (cron, a systemd timer), or keep
it running with ``--every SECONDS``. Safe to run as often as wanted, and from several machines at
once: a batch of counts is written exactly once.
"""

import time

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from search import counting


class Command(BaseCommand):
    help = (
        "Write the search counts waiting in the cache to the database, for the editors' search "
        "reports; with --every, keep doing it every so many seconds."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--every",
            type=int,
            default=0,
            metavar="SECONDS",
            help="Keep running and flush every SECONDS seconds (default: flush once and stop).",
        )

    def handle(self, *args, every=0, **options):
        if every < 0:
            raise CommandError("--every takes a number of seconds of 1 or more.")
        while True:
            try:
                written = counting.flush()
            except DatabaseError as error:
                if not every:
                    raise CommandError(f"Could not write the search counts: {error}") from error
                self.stderr.write(f"Could not write the search counts, will retry: {error}")
            else:
                if options["verbosity"] > 0:
                    self.stdout.write(f"Search counts written: {written} searches.")
            if not every:
                return
            time.sleep(every)
