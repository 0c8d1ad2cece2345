"""Rebuild the search index from the live, public pages (safe to run at any time)."""

import time

from django.core.management.base import BaseCommand

from search.engines import get_engine
from search.indexing import rebuild_all


class Command(BaseCommand):
    help = "Rebuild every search document from its page and refill the search engine."

    def handle(self, *args, **options):
        engine = get_engine()
        self.stdout.write(f"Rebuilding the search index ({engine.label})…")
        started = time.monotonic()
        last = [0.0]

        def progress(done, total):
            now = time.monotonic()
            if done == total or now - last[0] > 1:
                last[0] = now
                percent = 100 * done // total if total else 100
                self.stdout.write(f"  {done}/{total} pages ({percent}%)")

        written = rebuild_all(progress=progress)
        self.stdout.write(
            self.style.SUCCESS(
                f"Search index rebuilt: {written} documents in {time.monotonic() - started:.1f} s."
            )
        )
