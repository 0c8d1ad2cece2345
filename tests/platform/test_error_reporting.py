"""Error reporting: off without SENTRY_DSN; with it, a server error reaches Sentry without the
reader's personal data (cookies, user, address, what they typed)."""

import pytest
import sentry_sdk
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import path
from sentry_sdk.transport import Transport

from clothhub.observability import init_error_reporting


def broken_view(request):
    raise RuntimeError("the view broke")


urlpatterns = [path("broken/", broken_view)]


class CollectingTransport(Transport):
    def __init__(self, options=None):
        super().__init__(options)
        self.events = []

    def capture_envelope(self, envelope):
        self.events.extend(item.payload.json for item in envelope.items if item.type == "event")


@pytest.fixture
def sentry():
    transport = CollectingTransport()
    assert init_error_reporting(
        "https://public@sentry.example/1", environment="test", transport=transport
    )
    yield transport
    sentry_sdk.init()  # no DSN: reporting off again


def test_without_a_dsn_nothing_is_started():
    assert init_error_reporting("", environment="production") is False
    assert sentry_sdk.get_client().transport is None  # nothing is sent anywhere


@pytest.mark.urls(__name__)
@pytest.mark.django_db
def test_a_server_error_is_reported_without_personal_data(sentry):
    user = get_user_model().objects.create_user(
        username="ana@example.com", email="ana@example.com", password="long-enough-pass-2026"
    )
    client = Client(raise_request_exception=False, REMOTE_ADDR="203.0.113.9")
    client.force_login(user)

    response = client.post("/broken/", {"comment": "my phone is 555 0100"})
    sentry_sdk.flush()

    assert response.status_code == 500
    assert len(sentry.events) == 1
    event = sentry.events[0]
    assert event["exception"]["values"][0]["value"] == "the view broke"
    assert event["environment"] == "test"
    text = repr(event)
    for personal in ("ana@example.com", "203.0.113.9", "555 0100", "sessionid"):
        assert personal not in text
    assert not event["request"].get("data")
    assert "cookies" not in event["request"]
