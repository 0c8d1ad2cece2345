"""`manage.py restore ARCHIVE [--force] [--no-reindex]`: the database and the media files from
an archive of `manage.py backup`, all or nothing (see clothhub/backup.py)."""

from django.core.management.base import BaseCommand, CommandError

from clothhub.backup import BackupError, restore_backup


class Command(BaseCommand):
    help = "Restore the database and the media files from a backup archive."

    def add_arguments(self, parser):
        parser.add_argument("archive")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Replace the content of a database that is not empty.",
        )
        parser.add_argument(
            "--no-reindex", action="store_true", help="Do not rebuild the search index."
        )

    def handle(self, *args, archive, force, no_reindex, **options):
        try:
            restore_backup(archive, force=force, reindex=not no_reindex, log=self.stdout.write)
        except BackupError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(self.style.SUCCESS("Restore complete."))
