"""Test suite: fast hashing, immediate tasks, no outside services; DATABASE_URL picks the database."""

from .base import *  # noqa: F403
from .env import env_bool, env_float, env_int

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Every cache layer runs in tests as in production (page cache, fragments, memo, generations),
# in local memory, and so do the rate limits; tests/conftest.py empties them before each test.
CACHES = {
    alias: {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": alias}
    for alias in ("default", "shared", "pages", "ratelimit")
}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Faults are injected with short waits: SQLite gives up on a held write lock after 0.3 s (a 503
# for a request), the task worker retries after 0.05 s.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"]["OPTIONS"]["timeout"] = env_float("SQLITE_TIMEOUT", 0.3)  # noqa: F405
DATABASE_RETRY_AFTER = 5
CLOTHHUB_DB_WORKER_RETRY = {"INITIAL": 0.05, "MAX": 0.2}
# Two-factor sign-in for staff: off unless STAFF_2FA_REQUIRED=1 (tests of it switch it on).
STAFF_2FA_REQUIRED = env_bool("STAFF_2FA_REQUIRED", False)
# Tests post forms at once; the "too fast" check is tested with its own setting.
SIGNUP_MIN_SECONDS = env_int("SIGNUP_MIN_SECONDS", 0)
