"""Fixtures of the platform tests (page cache, task queue, storage, production profile)."""

import uuid

import pytest
from django.core.cache import caches


@pytest.fixture
def shared_cache(settings):
    """Turn on the "shared" cache (off in the test profile: it replaces CACHES) with an empty store
    of its own, so that the page cache and the sign-up throttle work as in production."""
    settings.CACHES = {
        **settings.CACHES,
        "shared": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": f"shared-{uuid.uuid4().hex}",
        },
    }
    cache = caches["shared"]
    cache.clear()
    yield cache
    cache.clear()
