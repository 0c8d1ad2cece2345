"""Fixtures of the platform tests (page cache, task queue, storage, production profile)."""

import pytest
from django.core.cache import caches


@pytest.fixture
def shared_cache():
    """The "shared" cache (tag generations), as every test has it: emptied before each test."""
    return caches["shared"]
