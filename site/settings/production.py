"""Production: secrets without defaults, HTTPS everywhere, hashed static files, the database task
queue, and caches shared by every application process.

Environment (see benchmarks/DEPLOYMENT.md for the whole list and the topology):
- SECRET_KEY (required, ≥ 50 random characters), ALLOWED_HOSTS (required, comma-separated)
- DATABASE_URL (PostgreSQL in production), REDIS_URL (shared cache), ELASTICSEARCH_URL
- SECURE_PROXY_SSL_HEADER_ENABLED=1 behind a TLS-terminating proxy that sets X-Forwarded-Proto
  (and strips it from clients); TRUSTED_PROXY_COUNT=N when N proxies append to X-Forwarded-For
- AWS_STORAGE_BUCKET_NAME (+ AWS_S3_ENDPOINT_URL, AWS_S3_CUSTOM_DOMAIN...) for media on S3
- LOCAL_HTTP=1: run this profile over plain HTTP on this machine only (`make serve`): no HTTPS
  redirect, no HSTS, cookies without the Secure flag. Refused unless every allowed host is local.
"""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .env import env_bool, env_int, env_str

DEBUG = env_bool("DEBUG", False)

SECRET_KEY = env_str("SECRET_KEY")  # no default: start-up fails with a clear message
if len(SECRET_KEY) < 50 or SECRET_KEY.startswith("dev-only"):
    raise ImproperlyConfigured("SECRET_KEY must be a random value of at least 50 characters.")
if "ALLOWED_HOSTS" not in os.environ:
    raise ImproperlyConfigured("The environment variable ALLOWED_HOSTS must be set.")

# HTTPS. Behind a TLS-terminating proxy set SECURE_PROXY_SSL_HEADER_ENABLED=1 so that Django trusts
# its X-Forwarded-Proto header (only when the proxy strips that header from clients).
if env_bool("SECURE_PROXY_SSL_HEADER_ENABLED", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = True
X_FRAME_OPTIONS = "DENY"

LOCAL_HTTP = env_bool("LOCAL_HTTP", False)
if LOCAL_HTTP:
    _LOCAL_HOSTS = {"localhost", "127.0.0.1", "[::1]", "::1"}
    if not set(ALLOWED_HOSTS) <= _LOCAL_HOSTS:  # noqa: F405
        raise ImproperlyConfigured(
            "LOCAL_HTTP=1 turns HTTPS off: it is only allowed when ALLOWED_HOSTS lists local "
            "addresses (localhost, 127.0.0.1, [::1])."
        )
    SECURE_SSL_REDIRECT = False
    SECURE_HSTS_SECONDS = 0
    SESSION_COOKIE_SECURE = False
    CSRF_COOKIE_SECURE = False

# Static files: hashed names, compressed copies, served by whitenoise with far-future headers
# (whitenoise marks hashed files `max-age=315360000, public, immutable`; others get WHITENOISE_MAX_AGE).
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
WHITENOISE_MAX_AGE = env_int("WHITENOISE_MAX_AGE", 3600)
STATIC_ROOT = env_str("STATIC_ROOT", str(STATIC_ROOT))  # noqa: F405

# Background tasks run in a separate worker process (`manage.py db_worker`, started by
# `make serve`); an enqueued task is a database row until a worker has run it.
TASKS = CLOTHHUB_DATABASE_TASKS  # noqa: F405

# The "shared" cache (page cache, tag generations, memo generation, sign-up throttle counters) is
# one for every application process (base.py): Redis with REDIS_URL, otherwise a file cache that
# all processes of this machine share. "default" (fragments) stays in local memory without Redis.

# SQLite runs in WAL mode with a busy timeout in every profile: see base.py.

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
    "loggers": {
        "django.request": {"handlers": ["console"], "level": "ERROR", "propagate": False},
        "django_tasks_db": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "clothhub.faults": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        "clothhub.tasks": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}
