"""A locked database, as a reader and a writer see it, on a real server.

The site runs under gunicorn in a child process on a SQLite file in WAL mode (a copy of the test
database), with the test profile's short busy timeout (0.3 s). This test process holds SQLite's
write lock from another connection, as a long import, index rebuild or backup does:

- readers get their pages (200) at once: WAL lets them read while the lock is held;
- a form sent while the lock is held answers 503 with Retry-After and a page that keeps what the
  reader typed, never a 500; sent again once the lock is gone, it is saved: nothing is lost;
- a form sent while the lock is held only briefly waits for it and is saved.
"""

import os
import re
import socket
import sqlite3
import subprocess
import sys
import time
from html import unescape
from pathlib import Path

import pytest
import requests
from django.conf import settings
from django.contrib.auth import get_user_model

from tests.conftest import publish
from tests.factories.practices import CaseStudyPageFactory, PracticesIndexPageFactory
from tests.platform.conftest import REPO, copy_database, write_lock

pytestmark = pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3",
    reason="SQLite's write lock",
)

PASSWORD = "long-enough-pass-2026"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def site_data(home_page):
    index = publish(PracticesIndexPageFactory(parent=home_page, title="Practices"))
    practice = publish(CaseStudyPageFactory(parent=index, title="Mending denim at scale"))
    get_user_model().objects.create_user(
        username="ana@example.com", email="ana@example.com", password=PASSWORD
    )
    return {"practice": practice}


@pytest.fixture
def database_file(site_data, tmp_path):
    return copy_database(tmp_path / "site.sqlite3")


@pytest.fixture
def server(database_file):
    port = free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "clothhub.settings.test",
        "DATABASE_URL": f"sqlite:///{database_file}",
        "BIND": f"127.0.0.1:{port}",
        "WEB_CONCURRENCY": "1",
        "GUNICORN_THREADS": "4",
    }
    process = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "--config",
            str(REPO / "site" / "gunicorn.conf.py"),
            "clothhub.wsgi",
        ],
        env=env,
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            requests.get(f"{base}/en/", timeout=5)
            break
        except requests.ConnectionError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                message = "gunicorn did not start: " + process.stderr.read()[-2000:]
                raise AssertionError(message) from None
            time.sleep(0.2)
    yield base
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()


def form_fields(html, action_contains):
    """Names and values of a form's inputs and textareas, the way a browser sends them."""
    form = re.search(
        r'<form[^>]*action="[^"]*' + re.escape(action_contains) + r'[^"]*".*?</form>', html, re.S
    )
    assert form, f"no form posting to {action_contains}"
    fields = {}
    for name, value in re.findall(r'<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"', form.group(0)):
        fields[name] = unescape(value)
    return form.group(0), fields


def feedback_rows(path):
    with sqlite3.connect(path) as db:
        return db.execute("SELECT comment FROM editorial_feedback").fetchall()


def sign_in(session, base, password=PASSWORD):
    session.get(f"{base}/en/accounts/login/", timeout=10)
    return session.post(
        f"{base}/en/accounts/login/",
        data={
            "username": "ana@example.com",
            "password": password,
            "csrfmiddlewaretoken": session.cookies["csrftoken"],
        },
        headers={"Referer": f"{base}/en/accounts/login/"},
        allow_redirects=False,
        timeout=10,
    )


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_locked_database_keeps_readers_served_and_writers_answered_without_loss(
    server, database_file, site_data
):
    practice_url = f"{server}/en/practices/{site_data['practice'].slug}/"
    page_id = site_data["practice"].pk
    session = requests.Session()

    with write_lock(database_file):
        # Readers: every page answers at once while another process holds the write lock.
        for url in (
            f"{server}/en/",
            practice_url,
            f"{server}/api/v2/pages/",
            f"{server}/sitemap.xml",
        ):
            started = time.monotonic()
            response = session.get(url, timeout=10)
            assert response.status_code == 200, url
            assert time.monotonic() - started < 3, url

        # A writer: feedback cannot be saved; the answer says so, and keeps the comment.
        session.get(f"{server}/en/feedback/{page_id}/?useful=no", timeout=10)
        comment = "The dye table <b>is</b> missing"
        response = session.post(
            f"{server}/en/feedback/{page_id}/",
            data={
                "useful": "no",
                "comment": comment,
                "website": "",
                "csrfmiddlewaretoken": session.cookies["csrftoken"],
            },
            headers={"Referer": practice_url},
            allow_redirects=False,
            timeout=10,
        )
        assert response.status_code == 503
        assert response.headers["Retry-After"] == "5"
        assert "no-store" in response.headers["Cache-Control"]
        assert "Nothing was saved" in response.text
        form, feedback_form = form_fields(response.text, f"/en/feedback/{page_id}/")
        assert feedback_form["comment"] == comment
        assert feedback_form["useful"] == "no"
        assert "<b>" not in form  # what the reader typed is escaped

        # Signing in needs a write (last sign-in, session): 503 too, the e-mail address kept and
        # the password asked again.
        response = sign_in(session, server)
        assert response.status_code == 503
        form, kept = form_fields(response.text, "/en/accounts/login/")
        assert kept["username"] == "ana@example.com"
        assert 'type="password"' in form and PASSWORD not in response.text

    assert feedback_rows(database_file) == []

    # The lock is gone: the reader sends the kept form again, as it is; it is saved.
    response = session.post(
        f"{server}/en/feedback/{page_id}/",
        data=feedback_form,
        headers={"Referer": f"{server}/en/feedback/{page_id}/"},
        allow_redirects=False,
        timeout=10,
    )
    assert response.status_code == 302
    assert feedback_rows(database_file) == [(comment,)]
    assert sign_in(session, server).status_code == 302


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_write_waits_for_a_short_lock_and_is_saved(server, database_file, site_data):
    session = requests.Session()
    with write_lock(database_file, release_after=0.1):
        response = sign_in(session, server)
    assert response.status_code == 302
    assert session.get(f"{server}/en/my-learning/", timeout=10).status_code == 200
