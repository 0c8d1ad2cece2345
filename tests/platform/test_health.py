"""`/healthz`: what a load balancer sees when the site is well, and when each part fails."""

from datetime import timedelta
from unittest import mock

import pytest
from django.db import OperationalError, connections
from django.utils import timezone
from django_tasks import task
from django_tasks_db.models import DBTaskResult

pytestmark = pytest.mark.django_db

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@task()
def noop():
    return None


def test_a_healthy_site_answers_200_with_each_check(client, shared_cache):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"
    body = response.json()
    assert body["status"] == "ok"
    assert set(body["checks"]) == {"database", "cache.default", "cache.shared", "tasks"}
    assert all(check["status"] == "ok" for check in body["checks"].values())


def test_the_health_check_needs_no_language_prefix_no_host_and_no_https(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.ALLOWED_HOSTS = ["clothhub.eu"]
    # A balancer probes each server by its address, over plain HTTP.
    response = client.get("/healthz", HTTP_HOST="10.0.0.7:8000")
    assert response.status_code == 200
    assert client.head("/healthz", HTTP_HOST="10.0.0.7").status_code == 200
    assert client.post("/healthz").status_code == 405


def test_a_database_that_cannot_be_reached_answers_503_without_its_error_message(client):
    failure = OperationalError('connection to server at "db.internal" failed: password=secret')
    with mock.patch.object(connections["default"], "cursor", side_effect=failure):
        response = client.get("/healthz")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "fail"
    assert body["checks"]["database"] == {
        "status": "fail",
        "error": "OperationalError",
        "ms": body["checks"]["database"]["ms"],
    }
    assert "db.internal" not in response.content.decode()
    assert "secret" not in response.content.decode()


def test_a_cache_that_is_down_is_reported_but_the_server_stays_in_the_pool(client, settings):
    settings.CACHES = {
        **settings.CACHES,
        # Nothing listens on port 1: every cache call fails, as with Redis down.
        "shared": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        },
    }
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "degraded"
    assert body["checks"]["cache.shared"]["status"] == "fail"
    assert body["checks"]["cache.default"]["status"] == "ok"


def test_tasks_waiting_too_long_mean_no_worker_is_running(client, settings):
    settings.TASKS = DATABASE_TASKS
    fresh = noop.enqueue()
    body = client.get("/healthz").json()
    assert body["checks"]["tasks"]["status"] == "ok"
    assert body["checks"]["tasks"]["waiting"] == 1

    DBTaskResult.objects.filter(pk=fresh.id).update(
        enqueued_at=timezone.now() - timedelta(minutes=10)
    )
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "degraded"
    assert body["checks"]["tasks"]["status"] == "late"
    assert body["checks"]["tasks"]["oldest_age_s"] >= 600
