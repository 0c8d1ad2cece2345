"""Fixtures of the security tests: the shared cache (page cache and throttle counters) switched on
with a fresh store per test, users, and the English home page."""

import pytest
from django.contrib.auth import get_user_model

from tests.platform.conftest import shared_cache  # noqa: F401  (the same fixture)


@pytest.fixture
def trainee(db):
    return get_user_model().objects.create_user(
        username="ana@example.com",
        email="ana@example.com",
        password="Correct-horse-battery-9",
        first_name="Ana Puig",
    )


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser(
        username="editor", email="editor@example.com", password="Editor-password-42"
    )
