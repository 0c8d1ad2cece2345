"""Sign-up and password-reset requests are limited per client address (HTTP 429 past the limit)."""

import pytest

from trainings.forms import signup_form_token

pytestmark = pytest.mark.django_db

SIGNUP = "/en/accounts/signup/"


def signup(client, n, ip="203.0.113.7"):
    return client.post(
        SIGNUP,
        {
            "first_name": f"Trainee {n}",
            "email": f"trainee{n}@example.com",
            "password1": "Correct-horse-battery-9",
            "password2": "Correct-horse-battery-9",
            "form_token": signup_form_token(),
        },
        REMOTE_ADDR=ip,
    )


def test_the_eleventh_sign_up_in_an_hour_from_one_address_is_refused(client, settings):
    settings.RATE_LIMIT_SIGNUP = "10/h"
    for n in range(10):
        response = signup(client, n)
        assert response.status_code == 302, response.content[:500]
        client.logout()
    refused = signup(client, 10)
    assert refused.status_code == 429
    assert "too many sign-ups from your connection" in refused.content.decode()
    assert 0 < int(refused["Retry-After"]) <= 3600
    assert not refused.wsgi_request.user.is_authenticated
    # Another address may still sign up.
    assert signup(client, 11, ip="198.51.100.20").status_code == 302


def test_password_reset_requests_are_limited_too(client, trainee):
    url = "/en/accounts/password-reset/"
    codes = [
        client.post(url, {"email": "ana@example.com"}, REMOTE_ADDR="203.0.113.7").status_code
        for _ in range(6)
    ]
    assert codes[:5] == [302] * 5
    assert codes[5] == 429


def test_reading_the_sign_up_form_is_never_limited(client):
    for _ in range(15):
        assert client.get(SIGNUP, REMOTE_ADDR="203.0.113.7").status_code == 200
