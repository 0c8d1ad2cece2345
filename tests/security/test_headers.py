"""Security headers on public pages, the admin and static files."""

import re

import pytest
from bs4 import BeautifulSoup

from tests.conftest import publish
from tests.factories.home import StandardPageFactory

pytestmark = pytest.mark.django_db


def directives(header):
    parsed = {}
    for part in header.split(";"):
        words = part.split()
        if words:
            parsed[words[0]] = words[1:]
    return parsed


def test_public_pages_forbid_inline_and_foreign_scripts(client, home_page):
    response = client.get("/en/")
    assert response.status_code == 200
    csp = directives(response["Content-Security-Policy"])
    assert csp["script-src"] == ["'self'"]
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]
    assert csp["object-src"] == ["'none'"]
    assert csp["base-uri"] == ["'self'"]
    assert "https://www.youtube-nocookie.com" in csp["frame-src"]


def test_public_pages_send_the_other_security_headers(client, home_page):
    response = client.get("/en/")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"
    policy = response["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
        assert feature in policy


def test_the_admin_has_its_own_looser_policy(client):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    csp = directives(response["Content-Security-Policy"])
    assert "'unsafe-inline'" in csp["script-src"]
    assert csp["object-src"] == ["'none'"]


def test_error_pages_carry_the_strict_policy_too(client, home_page):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert directives(response["Content-Security-Policy"])["script-src"] == ["'self'"]


def test_foundation_pages_have_no_inline_script_the_policy_would_block(client, home_page):
    page = publish(StandardPageFactory(parent=home_page, title="About the alliance"))
    for url in ("/en/", page.url, "/en/no-such-page/"):
        html = client.get(url).content.decode()
        soup = BeautifulSoup(html, "html.parser")
        for script in soup.find_all("script"):
            executable = script.get("type", "text/javascript") in ("text/javascript", "module")
            assert not (executable and not script.get("src")), f"inline script on {url}"
        handlers = [
            attr
            for tag in soup.find_all(True)
            for attr in tag.attrs
            if re.match(r"on[a-z]+$", attr)
        ]
        assert handlers == [], f"inline event handlers on {url}: {handlers}"
