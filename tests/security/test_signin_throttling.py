"""Sign-in limits (clothhub.signin): the trainee sign-in and the Wagtail admin login alike."""

import pytest

pytestmark = pytest.mark.django_db

LOGIN = "/en/accounts/login/"


def fail(client, url, username, times, ip="203.0.113.7"):
    responses = []
    for _ in range(times):
        responses.append(
            client.post(url, {"username": username, "password": "wrong"}, REMOTE_ADDR=ip)
        )
    return responses


def test_trainee_sign_in_is_paused_after_five_failures_with_a_clear_429_page(client, trainee):
    responses = fail(client, LOGIN, "ana@example.com", 5)
    assert [r.status_code for r in responses[:4]] == [400] * 4  # the form, with its error
    assert responses[4].status_code == 429
    page = responses[4].content.decode()
    assert "too many unsuccessful attempts" in page
    assert "15 minutes" in page
    assert responses[4]["Retry-After"] == "900"
    # Even the right password is refused while the pause lasts.
    right = client.post(
        LOGIN,
        {"username": "ana@example.com", "password": "Correct-horse-battery-9"},
        REMOTE_ADDR="203.0.113.7",
    )
    assert right.status_code == 429
    assert "_auth_user_id" not in client.session


def test_lockout_concerns_one_account_from_one_address(client, trainee):
    fail(client, LOGIN, "ana@example.com", 5)
    other_address = client.post(
        LOGIN,
        {"username": "ana@example.com", "password": "Correct-horse-battery-9"},
        REMOTE_ADDR="198.51.100.20",
    )
    assert other_address.status_code == 302


def test_a_successful_sign_in_resets_the_count(client, trainee):
    fail(client, LOGIN, "ana@example.com", 4)
    ok = client.post(
        LOGIN,
        {"username": "ana@example.com", "password": "Correct-horse-battery-9"},
        REMOTE_ADDR="203.0.113.7",
    )
    assert ok.status_code == 302
    client.logout()
    # The count started again: four more failures are answered with the form, not a pause.
    assert [r.status_code for r in fail(client, LOGIN, "ana@example.com", 4)] == [400] * 4


def test_the_lockout_page_speaks_the_reader_language(client, trainee):
    responses = fail(client, "/es/accounts/login/", "ana@example.com", 5)
    assert responses[-1].status_code == 429
    assert '<html lang="es">' in responses[-1].content.decode()


def test_wagtail_admin_login_is_throttled_too(client, editor):
    responses = fail(client, "/admin/login/", "editor", 5)
    assert responses[-1].status_code == 429
    assert "too many unsuccessful attempts" in responses[-1].content.decode()
    right = client.post(
        "/admin/login/",
        {"username": "editor", "password": "Editor-password-42"},
        REMOTE_ADDR="203.0.113.7",
    )
    assert right.status_code == 429


def test_behind_a_proxy_the_forwarded_client_address_counts(client, trainee, settings):
    settings.CLOTHHUB_TRUSTED_PROXY_COUNT = 1
    for _ in range(5):
        client.post(
            LOGIN,
            {"username": "ana@example.com", "password": "wrong"},
            REMOTE_ADDR="10.0.0.2",  # the load balancer
            HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.7",  # a spoofed entry, then the real client
        )
    # The client that failed is paused, whatever it claims in front of the real address.
    paused = client.post(
        LOGIN,
        {"username": "ana@example.com", "password": "Correct-horse-battery-9"},
        REMOTE_ADDR="10.0.0.2",
        HTTP_X_FORWARDED_FOR="9.9.9.9, 203.0.113.7",
    )
    assert paused.status_code == 429
    # Another client behind the same balancer is not locked out.
    ok = client.post(
        LOGIN,
        {"username": "ana@example.com", "password": "Correct-horse-battery-9"},
        REMOTE_ADDR="10.0.0.2",
        HTTP_X_FORWARDED_FOR="198.51.100.9",
    )
    assert ok.status_code == 302
