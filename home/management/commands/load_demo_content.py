"""Load the demo content of every app, in order. Each app's loader is idempotent."""

from django.core.management import call_command, get_commands
from django.core.management.base import BaseCommand

# Order matters: later loaders link to pages the earlier ones made.
LOADERS = [
    "load_home_demo",
    "load_practices_demo",
    "load_trainings_demo",
    "load_alliance_demo",
    "setup_partners",
]


class Command(BaseCommand):
    help = "Load (or update) the demo content of every app; safe to run again."

    def handle(self, *args, **options):
        available = get_commands()
        for name in LOADERS:
            if name in available:
                self.stdout.write(f"→ {name}")
                call_command(name, stdout=self.stdout, stderr=self.stderr)
        if "rebuild_search_index" in available:
            call_command("rebuild_search_index", stdout=self.stdout, stderr=self.stderr)
        self.stdout.write(self.style.SUCCESS("Demo content loaded."))
