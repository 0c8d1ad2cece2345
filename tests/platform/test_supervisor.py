"""`manage.py serve`'s supervisor, with real processes: a killed worker is started again while
the web server goes on answering; SIGTERM stops everything; a program that cannot start is not
restarted forever. Every wait is bounded (a few seconds at most)."""

import os
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request

import pytest

SLEEPER = [sys.executable, "-c", "import time; time.sleep(600)"]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class RunningSupervisor:
    """The supervisor in a child process, its log lines collected by a reader thread."""

    def __init__(self, programs, **options):
        script = (
            "import sys\n"
            "from clothhub.supervisor import Supervisor\n"
            f"sys.exit(Supervisor({programs!r}, **{options!r}).run())\n"
        )
        self.process = subprocess.Popen(
            [sys.executable, "-c", script], stderr=subprocess.PIPE, text=True
        )
        self.lines = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.process.stderr:
            self.lines.put(line.strip())

    def wait_for(self, prefix, timeout=10):
        """The first new log line starting with ``prefix``."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=max(0.01, deadline - time.monotonic()))
            except queue.Empty:
                break
            if line.startswith(prefix):
                return line
        raise AssertionError(f"no log line {prefix!r} within {timeout} s")

    def started_pid(self, name, timeout=10):
        return int(self.wait_for(f"{name}: started, pid", timeout).rsplit(" ", 1)[1])

    def stop(self):
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)


def alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie (exited, not yet reaped by its parent) is not alive either.
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split(")")[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def get(port, timeout=10):
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as response:
                return response.status
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


@pytest.fixture
def web_port():
    return free_port()


@pytest.fixture
def supervised(web_port):
    web = [sys.executable, "-m", "http.server", str(web_port), "--bind", "127.0.0.1"]
    running = RunningSupervisor(
        {"web": web, "tasks": SLEEPER},
        backoff_initial=1.0,
        backoff_max=2.0,
        stable_after=0.5,
        stop_timeout=5.0,
        poll_interval=0.05,
    )
    yield running
    running.stop()


def test_a_killed_worker_is_restarted_while_the_site_keeps_answering(supervised, web_port):
    web_pid = supervised.started_pid("web")
    worker_pid = supervised.started_pid("tasks")
    assert get(web_port) == 200

    os.kill(worker_pid, signal.SIGKILL)
    supervised.wait_for("tasks: exited with -9; restarting in 1 s", timeout=5)
    # The worker is down for its back-off: the site answers all the same.
    assert get(web_port, timeout=0.5) == 200
    new_worker_pid = supervised.started_pid("tasks", timeout=5)

    assert new_worker_pid != worker_pid
    assert alive(new_worker_pid)
    assert alive(web_pid)
    assert get(web_port) == 200
    assert supervised.process.poll() is None


def test_sigterm_to_the_worker_does_not_take_the_site_down(supervised, web_port):
    web_pid = supervised.started_pid("web")
    worker_pid = supervised.started_pid("tasks")
    get(web_port)

    os.kill(worker_pid, signal.SIGTERM)
    supervised.wait_for("tasks: exited with -15", timeout=5)
    assert get(web_port, timeout=0.5) == 200
    supervised.started_pid("tasks", timeout=5)
    assert alive(web_pid)


def test_sigterm_to_the_supervisor_stops_both_processes(supervised, web_port):
    web_pid = supervised.started_pid("web")
    worker_pid = supervised.started_pid("tasks")
    get(web_port)

    supervised.process.send_signal(signal.SIGTERM)

    assert supervised.process.wait(timeout=10) == 0
    assert not alive(web_pid)
    assert not alive(worker_pid)


def test_a_program_that_keeps_failing_at_start_stops_the_supervisor(web_port):
    running = RunningSupervisor(
        {"tasks": SLEEPER, "web": [sys.executable, "-c", "raise SystemExit(3)"]},
        backoff_initial=0.05,
        backoff_max=0.1,
        stable_after=5.0,
        max_quick_exits=3,
        stop_timeout=5.0,
        poll_interval=0.02,
    )
    try:
        worker_pid = running.started_pid("tasks")
        running.wait_for("web: exited with 3 3 times in a row", timeout=10)
        assert running.process.wait(timeout=10) == 1
        assert not alive(worker_pid)
    finally:
        running.stop()
