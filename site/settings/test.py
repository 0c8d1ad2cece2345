"""Test suite: fast hashing, immediate tasks, no outside services; DATABASE_URL picks the database."""

from .base import *  # noqa: F403
from .env import env_bool, env_int

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    # Rate limits are on in every test (cleared between tests by tests/conftest.py).
    "ratelimit": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "ratelimit",
    },
}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Two-factor sign-in for staff: off unless STAFF_2FA_REQUIRED=1 (tests of it switch it on).
STAFF_2FA_REQUIRED = env_bool("STAFF_2FA_REQUIRED", False)
# Tests post forms at once; the "too fast" check is tested with its own setting.
SIGNUP_MIN_SECONDS = env_int("SIGNUP_MIN_SECONDS", 0)
