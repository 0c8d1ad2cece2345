"""`manage.py serve`: the production profile's processes on this machine — gunicorn serving the
site and one background-task worker (`db_worker`) — supervised by `clothhub.supervisor`.

`make serve` runs it with the production settings after migrating and collecting static files.
A process that exits is started again after a back-off (1 s, doubling up to 30 s) while the other
keeps running: the site goes on serving while its worker is down, and tasks enqueued meanwhile
stay in the database until the worker is back. SIGTERM or SIGINT (Ctrl+C) stops both cleanly.
"""

import os
import socket
import sys
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from clothhub.supervisor import Supervisor

SITE_DIR = Path(__file__).resolve().parents[2]


def worker_id() -> str:
    """One worker per machine, with an id that survives its restarts: a restarted worker puts
    back in the queue the task its killed predecessor was running (see db_worker)."""
    return f"{socket.gethostname()[:50]}-tasks"


class Command(BaseCommand):
    help = "Run gunicorn and the background-task worker of the production profile, supervised."

    def add_arguments(self, parser):
        parser.add_argument("--bind", default=os.environ.get("BIND", "127.0.0.1:8000"))
        parser.add_argument("--no-worker", action="store_true", help="Start gunicorn only.")

    def programs(self, no_worker):
        bin_dir = Path(sys.executable).parent
        programs = {
            "web": [
                str(bin_dir / "gunicorn"),
                "--config",
                str(SITE_DIR / "gunicorn.conf.py"),
                settings.WSGI_APPLICATION.rsplit(".", 1)[0],
            ]
        }
        if not no_worker:
            programs["tasks"] = [
                sys.executable,
                str(Path(settings.BASE_DIR) / "manage.py"),
                "db_worker",
                "--queue-name",
                "*",
                "--no-reload",
                "--worker-id",
                worker_id(),
            ]
        return programs

    def handle(self, *args, bind, no_worker, **options):
        programs = self.programs(no_worker)
        for name, argv in programs.items():
            self.stdout.write(f"{name}: {' '.join(argv)}")
        self.stdout.write(f"CLOTH Hub (production profile): http://{bind}/")
        self.stdout.flush()
        supervisor = Supervisor(programs, env={**os.environ, "BIND": bind})
        sys.exit(supervisor.run())
