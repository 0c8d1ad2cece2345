"""A small process supervisor: the web server and the task worker of `manage.py serve`.

Each program runs as its own child process. When one exits (it crashed, was killed, or its
database went away for good) it is started again after a back-off — 1 s, then doubling up to
``backoff_max`` — while the others keep running, so the site keeps serving without its worker.
A program that has run for ``stable_after`` seconds is healthy again and its back-off restarts
from the beginning. One that keeps dying at start (``max_quick_exits`` times in a row, e.g. the
port is taken) is a configuration error: everything is stopped and ``run()`` returns 1.

SIGTERM or SIGINT to the supervisor stops every program: each gets SIGTERM (gunicorn and the
worker then finish their current request or task), and SIGKILL after ``stop_timeout`` seconds.

Why not supervisord or honcho: supervisord is a daemon with its own configuration files and
control socket, and honcho stops every process when one exits — the behaviour replaced here.
What is needed is ~100 lines with the standard library, tested with real processes in
``tests/platform/test_supervisor.py``.
"""

import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field


@dataclass
class Program:
    name: str
    argv: list[str]
    process: subprocess.Popen | None = None
    started_at: float = 0.0
    restart_at: float | None = None
    backoff: float = 0.0
    quick_exits: int = 0
    restarts: int = field(default=0)


class Supervisor:
    def __init__(
        self,
        programs: dict[str, list[str]],
        *,
        env: dict[str, str] | None = None,
        backoff_initial: float = 1.0,
        backoff_max: float = 30.0,
        stable_after: float = 10.0,
        max_quick_exits: int = 5,
        stop_timeout: float = 30.0,
        poll_interval: float = 0.2,
        log=None,
    ):
        self.programs = [Program(name, list(argv)) for name, argv in programs.items()]
        self.env = env
        self.backoff_initial = backoff_initial
        self.backoff_max = backoff_max
        self.stable_after = stable_after
        self.max_quick_exits = max_quick_exits
        self.stop_timeout = stop_timeout
        self.poll_interval = poll_interval
        self.log = log or (lambda message: print(message, file=sys.stderr, flush=True))
        self.stopping = False

    def start(self, program: Program) -> None:
        program.process = subprocess.Popen(program.argv, env=self.env)
        program.started_at = time.monotonic()
        program.restart_at = None
        self.log(f"{program.name}: started, pid {program.process.pid}")

    def request_stop(self, signum=None, frame=None) -> None:
        self.stopping = True

    def check(self, program: Program, now: float) -> bool:
        """Restart ``program`` when it has exited and its back-off is over; False when it keeps
        dying at start and the supervisor should give up."""
        if program.restart_at is not None:
            if now >= program.restart_at:
                program.restarts += 1
                self.start(program)
            return True
        code = program.process.poll()
        if code is None:
            if program.backoff and now - program.started_at >= self.stable_after:
                program.backoff = 0.0  # it has been up long enough: healthy again
                program.quick_exits = 0
            return True
        if now - program.started_at < self.stable_after:
            program.quick_exits += 1
        else:
            program.quick_exits = 0
            program.backoff = 0.0
        if program.quick_exits >= self.max_quick_exits:
            self.log(
                f"{program.name}: exited with {code} {program.quick_exits} times in a row "
                "right after starting: giving up"
            )
            return False
        program.backoff = min(
            self.backoff_max, program.backoff * 2 if program.backoff else self.backoff_initial
        )
        program.restart_at = now + program.backoff
        self.log(f"{program.name}: exited with {code}; restarting in {program.backoff:g} s")
        return True

    def stop_all(self) -> None:
        running = [p.process for p in self.programs if p.process and p.process.poll() is None]
        for process in running:
            process.terminate()
        deadline = time.monotonic() + self.stop_timeout
        for process in running:
            try:
                process.wait(timeout=max(0.0, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()

    def run(self) -> int:
        """Start every program and supervise them until SIGTERM/SIGINT. Returns the exit code."""
        previous = {
            signum: signal.signal(signum, self.request_stop)
            for signum in (signal.SIGTERM, signal.SIGINT)
        }
        exit_code = 0
        try:
            for program in self.programs:
                self.start(program)
            while not self.stopping:
                now = time.monotonic()
                if not all(self.check(program, now) for program in self.programs):
                    exit_code = 1
                    break
                time.sleep(self.poll_interval)
        finally:
            self.log("stopping: " + ", ".join(p.name for p in self.programs))
            self.stop_all()
            for signum, handler in previous.items():
                signal.signal(signum, handler)
        return exit_code
