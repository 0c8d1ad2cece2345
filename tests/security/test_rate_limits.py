"""The one rate-limit helper (clothhub.ratelimit) on every public form: sign-in per address and per
account, sign-up counting only accepted and suspicious forms, feedback counted in a store that
every process shares, page passwords, and the 429 answer that keeps what was typed."""

import pytest
from django.core.cache import caches
from django.urls import reverse
from wagtail.models import PageViewRestriction

from tests.conftest import publish
from tests.factories.practices import CaseStudyPageFactory, PracticesIndexPageFactory
from trainings.forms import signup_form_token

pytestmark = pytest.mark.django_db

LOGIN = "/en/accounts/login/"
SIGNUP = "/en/accounts/signup/"
RIGHT = "Correct-horse-battery-9"


def sign_in(client, username, password="wrong", ip="203.0.113.7", url=LOGIN):
    return client.post(url, {"username": username, "password": password}, REMOTE_ADDR=ip)


def test_one_address_trying_a_password_on_many_accounts_is_paused(client, trainee, settings):
    settings.RATE_LIMIT_SIGNIN_ADDRESS = "6/h"
    codes = [sign_in(client, f"user{n}@example.com").status_code for n in range(6)]
    assert codes == [400] * 5 + [429]
    # Every account is refused from that address now, even with its right password ...
    refused = sign_in(client, "ana@example.com", RIGHT)
    assert refused.status_code == 429
    assert "_auth_user_id" not in client.session
    # ... and the admin's sign-in shares the count.
    assert sign_in(client, "someone", url="/admin/login/").status_code == 429
    # Other addresses are not affected.
    assert sign_in(client, "ana@example.com", RIGHT, ip="198.51.100.20").status_code == 302


def test_one_account_tried_from_many_addresses_is_paused(client, trainee, settings):
    settings.RATE_LIMIT_SIGNIN_ACCOUNT = "6/h"
    codes = [sign_in(client, "ana@example.com", ip=f"198.51.100.{n}").status_code for n in range(6)]
    assert codes == [400] * 5 + [429]
    # Upper case does not make it another account.
    assert sign_in(client, "ANA@example.com", RIGHT, ip="192.0.2.99").status_code == 429
    # Other accounts from those addresses still sign in.
    other = sign_in(client, "bob@example.com", ip="198.51.100.1")
    assert other.status_code == 400


def test_the_429_sign_in_page_says_when_to_try_again_and_keeps_the_username(client, trainee):
    for _ in range(5):
        response = sign_in(client, "ana@example.com", "secret-typed-password")
    assert response.status_code == 429
    assert response["Retry-After"] == "900"
    html = response.content.decode()
    assert "Please try again in 15 minutes." in html
    assert 'value="ana@example.com"' in html
    assert "secret-typed-password" not in html


def test_the_429_page_is_translated(client, trainee):
    for _ in range(5):
        response = sign_in(client, "ana@example.com", url="/es/accounts/login/")
    assert response.status_code == 429
    assert '<html lang="es">' in response.content.decode()


def signup(client, n, ip="203.0.113.7", **overrides):
    data = {
        "first_name": f"Trainee {n}",
        "email": f"trainee{n}@example.com",
        "password1": RIGHT,
        "password2": RIGHT,
        "form_token": signup_form_token(),
        **overrides,
    }
    return client.post(SIGNUP, data, REMOTE_ADDR=ip)


def test_a_workshop_of_twenty_behind_one_address_signs_up_despite_typos(client):
    for n in range(20):
        typo = signup(client, n, password2="Correct-horse-battery-8")
        assert typo.status_code == 400
        typo = signup(client, n, email="not-an-address")
        assert typo.status_code == 400
        response = signup(client, n)
        assert response.status_code == 302, response.content[:300]
        client.logout()


def test_repeated_honeypot_sign_ups_pause_that_address(client, settings):
    settings.RATE_LIMIT_SIGNUP_SUSPICIOUS = "3/h"
    codes = [signup(client, n, website_url="http://spam.example").status_code for n in range(3)]
    assert codes == [400, 400, 429]
    refused = signup(client, 10, first_name="Laura Vidal")
    assert refused.status_code == 429
    html = refused.content.decode()
    assert "too many sign-ups from your connection" in html
    assert 'value="Laura Vidal"' in html  # what was typed is kept ...
    assert RIGHT not in html  # ... except the password
    assert "_auth_user_id" not in client.session
    assert signup(client, 11, ip="198.51.100.20").status_code == 302


def test_a_sign_up_sent_too_fast_is_refused_and_counted_as_suspicious(client, settings):
    settings.SIGNUP_MIN_SECONDS = 60
    settings.RATE_LIMIT_SIGNUP_SUSPICIOUS = "2/h"
    first = signup(client, 1)
    assert first.status_code == 400
    assert "sent too quickly" in first.content.decode()
    assert signup(client, 2).status_code == 429


def test_a_sign_up_without_the_form_token_is_not_accepted(client):
    response = signup(client, 1, form_token="forged")
    assert response.status_code == 400
    assert "out of date" in response.content.decode()


def test_accepted_sign_ups_are_limited_too(client, settings):
    settings.RATE_LIMIT_SIGNUP = "3/h"
    for n in range(3):
        assert signup(client, n).status_code == 302
        client.logout()
    assert signup(client, 3).status_code == 429


def _file_cache(path):
    return {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": str(path),
    }


def test_feedback_limit_is_shared_by_processes_through_the_ratelimit_store(
    client, settings, tmp_path, home_page
):
    """Two cache clients on one store, as two server processes have: the count goes on."""
    from editorial.models import Feedback

    index = PracticesIndexPageFactory(parent=home_page)
    page = publish(CaseStudyPageFactory(parent=index))
    url = reverse("editorial:feedback", args=[page.pk])
    settings.EDITORIAL_FEEDBACK_RATE = "4/h"
    settings.CACHES = {**settings.CACHES, "ratelimit": _file_cache(tmp_path / "rl")}
    first_client = caches["ratelimit"]
    for _ in range(2):
        assert client.post(url, {"useful": "yes"}).status_code == 302
    # A new connection handler: the cache client of "another process" on the same folder.
    settings.CACHES = {**settings.CACHES, "ratelimit": _file_cache(tmp_path / "rl")}
    assert caches["ratelimit"] is not first_client
    for _ in range(2):
        assert client.post(url, {"useful": "yes"}).status_code == 302
    assert client.post(url, {"useful": "no", "comment": "Kept"}).status_code == 429
    assert Feedback.objects.count() == 4


def test_rate_limit_counters_live_apart_from_the_shared_page_cache(settings, shared_cache):
    from clothhub import ratelimit

    settings.RATE_LIMIT_PAGE_PASSWORD = "2/h"
    ratelimit.PAGE_PASSWORD.hit("203.0.113.7")
    ratelimit.PAGE_PASSWORD.hit("203.0.113.7")
    shared_cache.clear()  # what culling or a purge of the page cache does
    assert ratelimit.PAGE_PASSWORD.check("203.0.113.7")


@pytest.fixture
def protected(home_page):
    restriction = PageViewRestriction.objects.create(
        page=home_page, restriction_type=PageViewRestriction.PASSWORD, password="lagoon-7"
    )
    url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, home_page.pk])
    return restriction, url


def test_page_passwords_cannot_be_guessed_without_limit(client, protected):
    _restriction, url = protected
    codes = [
        client.post(url, {"password": f"guess-{n}", "return_url": "/en/"}).status_code
        for n in range(10)
    ]
    assert codes == [200] * 9 + [429]
    refused = client.post(url, {"password": "lagoon-7", "return_url": "/en/"})
    assert refused.status_code == 429
    assert "Too many wrong passwords" in refused.content.decode()
    assert 0 < int(refused["Retry-After"]) <= 900
    assert client.get("/en/").status_code == 200  # the page still asks for its password
    assert "lagoon-7" not in refused.content.decode()
    other = client.post(
        url, {"password": "lagoon-7", "return_url": "/en/"}, REMOTE_ADDR="198.51.100.20"
    )
    assert other.status_code == 302


def test_the_right_page_password_is_not_counted(client, protected):
    _restriction, url = protected
    for _ in range(12):
        assert client.post(url, {"password": "lagoon-7", "return_url": "/en/"}).status_code == 302
