"""Spam protection of the application form, with no outside service.

Three checks, each answered with a clear message rather than a silent drop:

- a honeypot field that people never see (bots fill every field);
- a signed timestamp issued when the form is shown: a form sent less than
  ``ALLIANCE_APPLICATION_MIN_SECONDS`` after it was shown (a script) or more than
  ``ALLIANCE_APPLICATION_MAX_AGE`` later (a stale or replayed token) is refused;
- a limit of ``ALLIANCE_APPLICATION_RATE`` submissions per client address (HTTP 429).
"""

import time

from django.conf import settings
from django.core import signing
from django.core.cache import caches

from clothhub.middleware import parse_rate
from clothhub.security import client_ip

SALT = "alliance.application-form"
TOO_FAST = "too-fast"
EXPIRED = "expired"
INVALID = "invalid"


def _setting(name, default):
    return getattr(settings, name, default)


def issue_form_token():
    """A signed token carrying the time the form was shown."""
    return signing.TimestampSigner(salt=SALT).sign(str(int(time.time())))


def check_form_token(token):
    """None when the token is fine, else TOO_FAST, EXPIRED or INVALID."""
    max_age = _setting("ALLIANCE_APPLICATION_MAX_AGE", 2 * 24 * 3600)
    min_seconds = _setting("ALLIANCE_APPLICATION_MIN_SECONDS", 3)
    signer = signing.TimestampSigner(salt=SALT)
    try:
        shown_at = int(signer.unsign(token or "", max_age=max_age))
    except signing.SignatureExpired:
        return EXPIRED
    except (signing.BadSignature, ValueError):
        return INVALID
    if time.time() - shown_at < min_seconds:
        return TOO_FAST
    return None


def _cache():
    """The cache every process shares (the platform's throttle cache), else the default one."""
    alias = _setting("CLOTHHUB_THROTTLE_CACHE", "default")
    return caches[alias if alias in settings.CACHES else "default"]


def _bucket_key(request, window):
    return f"alliance:apply:{client_ip(request)}:{int(time.time()) // window}"


def rate_limited(request):
    """True when this client already sent the allowed number of applications in the window.
    Seconds until the window ends are returned as the second value."""
    limit, window = parse_rate(_setting("ALLIANCE_APPLICATION_RATE", "10/h"))
    cache = _cache()
    count = cache.get(_bucket_key(request, window), 0)
    retry_after = window - int(time.time()) % window
    return count >= limit, retry_after


def record_attempt(request):
    """Count one submission (valid or not) of this client."""
    _limit, window = parse_rate(_setting("ALLIANCE_APPLICATION_RATE", "10/h"))
    cache = _cache()
    key = _bucket_key(request, window)
    cache.add(key, 0, window + 5)
    try:
        cache.incr(key)
    except ValueError:  # evicted between add() and incr()
        cache.set(key, 1, window + 5)
