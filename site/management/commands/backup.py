"""`manage.py backup [--output FILE]`: the database and the media files in one archive
(see clothhub/backup.py for what it holds)."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from clothhub.backup import create_backup


class Command(BaseCommand):
    help = "Back up the database and the media files into one .tar.gz archive."

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            help="Archive to write (default: var/backups/clothhub-<date>-<time>.tar.gz).",
        )

    def handle(self, *args, output, **options):
        if not output:
            stamp = timezone.now().strftime("%Y%m%d-%H%M%S")
            output = Path(settings.BASE_DIR) / "var" / "backups" / f"clothhub-{stamp}.tar.gz"
        manifest = create_backup(output)
        self.stdout.write(
            self.style.SUCCESS(
                f"Backup written to {output} ({len(manifest['media'])} media files)."
            )
        )
