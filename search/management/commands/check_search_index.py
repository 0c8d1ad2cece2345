"""Compare the search index with the pages; exit with status 1 when they differ."""

from django.core.management.base import BaseCommand, CommandError

from search.engines import get_engine
from search.indexing import check_index

SHOWN = 20


class Command(BaseCommand):
    help = (
        "Report pages missing from the search index, stale documents (URL changed or page "
        "published since) and documents that should not be there; non-zero exit on problems."
    )

    def handle(self, *args, **options):
        self.stdout.write(f"Checking the search index ({get_engine().label})…")
        report = check_index()
        problems = 0
        titles = {
            "missing": "Pages missing from the index",
            "stale": "Stale documents",
            "extra": "Documents of pages that must not be searchable",
        }
        for key, title in titles.items():
            items = report[key]
            if not items:
                continue
            problems += len(items)
            self.stdout.write(self.style.WARNING(f"{title}: {len(items)}"))
            for page_id, page_title in items[:SHOWN]:
                self.stdout.write(f"  page {page_id}: {page_title}")
            if len(items) > SHOWN:
                self.stdout.write(f"  … and {len(items) - SHOWN} more")
        for problem in report["engine"]:
            problems += 1
            self.stdout.write(self.style.WARNING(problem))
        if problems:
            raise CommandError(
                f"The search index has {problems} problem(s); run manage.py rebuild_search_index."
            )
        self.stdout.write(self.style.SUCCESS("The search index matches the live, public pages."))
