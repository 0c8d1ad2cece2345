"""End-to-end tests in a real browser: Debian's Chromium driven by Playwright, against the
production profile (gunicorn, whitenoise, page cache, database task queue and its worker) serving
the demo content.

`make e2e` runs them (they are marked ``e2e`` and left out of `make test`). The session starts a
server of its own: a fresh database (SQLite file, or E2E_DATABASE_URL), `migrate`,
`load_demo_content` (with the demo accounts), `collectstatic`, then `manage.py serve` on a free
loopback port. Set E2E_BASE_URL to test a server that is already running instead.

On failure a screenshot and the page's HTML are saved under e2e/artifacts/ (not committed), and
the server's log (requests, errors, task worker) is copied there at the end of the session.
"""

import contextlib
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
E2E_DIR = ROOT / "e2e"
ARTIFACTS = E2E_DIR / "artifacts"
CHROMIUM = os.environ.get("E2E_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ADMIN_PASSWORD = "e2e-Admin-password-2025"
DEMO_PASSWORD = "clothhub-demo"  # editorial.setup.demo_password(): the demo accounts' password


@dataclass
class Server:
    url: str
    log: Path | None
    env: dict

    def manage(self, *args, settings="clothhub.settings.dev"):
        """Run a management command against the server's database (dev settings: immediate
        tasks, demo accounts allowed)."""
        env = {**self.env, "DJANGO_SETTINGS_MODULE": settings}
        return subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
            text=True,
            timeout=1800,
        )


def _free_port():
    with contextlib.closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until_up(url, process, timeout=300):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"the e2e server exited with {process.returncode}")
        try:
            with urllib.request.urlopen(url + "/robots.txt", timeout=5) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(1)
    raise RuntimeError(f"the e2e server did not answer at {url} within {timeout} s")


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    if os.environ.get("E2E_BASE_URL"):
        yield Server(os.environ["E2E_BASE_URL"].rstrip("/"), None, dict(os.environ))
        return
    workdir = tmp_path_factory.mktemp("e2e-server")
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k not in ("DJANGO_SETTINGS_MODULE", "REDIS_URL")}
    env.update(
        {
            "DATABASE_URL": os.environ.get(
                "E2E_DATABASE_URL", f"sqlite:///{workdir / 'e2e.sqlite3'}"
            ),
            "MEDIA_ROOT": str(workdir / "media"),
            "STATIC_ROOT": str(workdir / "static"),
            "SHARED_CACHE_DIR": str(workdir / "cache"),
            "SECRET_KEY": secrets.token_urlsafe(64),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "LOCAL_HTTP": "1",
            "WAGTAILADMIN_BASE_URL": f"http://127.0.0.1:{port}",
            "ADMIN_PASSWORD": ADMIN_PASSWORD,
            "WEB_CONCURRENCY": "2",
            "GUNICORN_ACCESS_LOG": "-",
            # The demo editors sign in with their password only; a browser fills the sign-up
            # form faster than a person (both are tested in tests/security/).
            "STAFF_2FA_REQUIRED": "0",
            "SIGNUP_MIN_SECONDS": "0",
        }
    )
    srv = Server(f"http://127.0.0.1:{port}", workdir / "server.log", env)
    srv.manage("migrate", "--noinput", "--verbosity", "0")
    srv.manage("load_demo_content")
    srv.manage("ensure_admin")
    srv.manage("shell", "--command", "from tests.e2e.content import prepare; prepare()")
    srv.manage(
        "collectstatic", "--noinput", "--verbosity", "0", settings="clothhub.settings.production"
    )
    with open(srv.log, "w") as log:
        process = subprocess.Popen(
            [sys.executable, "manage.py", "serve", "--bind", f"127.0.0.1:{port}"],
            cwd=ROOT,
            env={**env, "DJANGO_SETTINGS_MODULE": "clothhub.settings.production"},
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            _wait_until_up(srv.url, process)
            yield srv
        finally:
            process.terminate()
            try:
                process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                process.kill()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shutil.copy(srv.log, ARTIFACTS / "server.log")  # requests, errors, task worker


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium is missing at {CHROMIUM}: apt-get install -y chromium")
    from playwright.sync_api import sync_playwright

    playwright = sync_playwright().start()
    browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    yield browser
    browser.close()
    playwright.stop()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


class BrowserPage:
    """A Playwright page that records console errors (CSP violations show there) and failed
    responses, with helpers for the checks every test makes."""

    def __init__(self, page, base_url):
        self.page = page
        self.base_url = base_url
        self.console_errors = []
        page.on(
            "console",
            lambda message: message.type == "error" and self.console_errors.append(message.text),
        )
        page.on("pageerror", lambda error: self.console_errors.append(f"page error: {error}"))

    def goto(self, path, expect_status=200):
        response = self.page.goto(self.base_url + path)
        assert response is not None and response.status == expect_status, (
            f"{path}: {response.status if response else 'no response'}"
        )
        return response

    def path(self):
        return self.page.url.removeprefix(self.base_url)

    def assert_no_console_errors(self):
        csp = [e for e in self.console_errors if "Content Security Policy" in e or "Refused" in e]
        assert csp == [], f"CSP violations: {csp}"
        assert self.console_errors == [], f"console errors: {self.console_errors}"


def _artifact_name(item):
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", item.nodeid.split("::", 1)[-1])[:120]


@pytest.fixture
def page(request, server, browser):
    context = browser.new_context(
        base_url=server.url, locale="en-GB", viewport={"width": 1280, "height": 900}
    )
    context.set_default_timeout(30_000)
    wrapped = BrowserPage(context.new_page(), server.url)
    yield wrapped
    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        name = _artifact_name(request.node)
        with contextlib.suppress(Exception):
            wrapped.page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
            (ARTIFACTS / f"{name}.html").write_text(wrapped.page.content())
    context.close()


@pytest.fixture
def new_page(server, browser):
    """Extra pages in separate browser contexts (another person at another computer)."""
    contexts = []

    def make(locale="en-GB"):
        context = browser.new_context(base_url=server.url, locale=locale)
        context.set_default_timeout(30_000)
        contexts.append(context)
        return BrowserPage(context.new_page(), server.url)

    yield make
    for context in contexts:
        context.close()
