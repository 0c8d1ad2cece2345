"""`manage.py serve`: the production profile's processes on this machine — gunicorn serving the
site and one background-task worker (`db_worker`) — started together and stopped together.

`make serve` runs it with the production settings after migrating and collecting static files.
If either process dies, the other is stopped and the command exits non-zero. Tasks enqueued while
no worker runs stay in the database and are run when a worker starts again.
"""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

SITE_DIR = Path(__file__).resolve().parents[2]


class Command(BaseCommand):
    help = "Run gunicorn and the background-task worker of the production profile."

    def add_arguments(self, parser):
        parser.add_argument("--bind", default=os.environ.get("BIND", "127.0.0.1:8000"))
        parser.add_argument("--no-worker", action="store_true", help="Start gunicorn only.")

    def handle(self, *args, bind, no_worker, **options):
        bin_dir = Path(sys.executable).parent
        env = {**os.environ, "BIND": bind}
        commands = {
            "web": [
                str(bin_dir / "gunicorn"),
                "--config",
                str(SITE_DIR / "gunicorn.conf.py"),
                settings.WSGI_APPLICATION.rsplit(".", 1)[0],
            ]
        }
        if not no_worker:
            commands["tasks"] = [
                sys.executable,
                str(Path(settings.BASE_DIR) / "manage.py"),
                "db_worker",
                "--queue-name",
                "*",
                "--no-reload",
            ]
        processes = {}
        for name, command in commands.items():
            processes[name] = subprocess.Popen(command, env=env)
            self.stdout.write(f"{name}: pid {processes[name].pid}: {' '.join(command)}")
        self.stdout.write(f"CLOTH Hub (production profile): http://{bind}/")

        stopping = False

        def stop(signum, frame):
            nonlocal stopping
            stopping = True

        signal.signal(signal.SIGINT, stop)
        signal.signal(signal.SIGTERM, stop)
        exit_code = 0
        try:
            while not stopping:
                for name, process in processes.items():
                    if process.poll() is not None:
                        self.stderr.write(f"{name} exited with {process.returncode}: stopping")
                        exit_code = process.returncode or 1
                        stopping = True
                time.sleep(0.5)
        finally:
            for process in processes.values():
                if process.poll() is None:
                    process.terminate()
            deadline = time.monotonic() + 30
            for process in processes.values():
                try:
                    process.wait(timeout=max(0.1, deadline - time.monotonic()))
                except subprocess.TimeoutExpired:
                    process.kill()
        sys.exit(exit_code)
