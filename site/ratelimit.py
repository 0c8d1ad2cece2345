"""One rate limit for every public form: sign-in, sign-up, password reset, reader feedback,
directory applications, page passwords and the two-factor code.

A ``Limit`` counts attempts of one kind per identity (a client address, an account, or both) in
the cache alias ``ratelimit``, which holds nothing else (Redis with its own key prefix, or a file
cache in its own folder), so a flood of page-cache entries can never cull a counter. The window
starts at the first counted attempt; the attempt that reaches the limit locks the identity for one
window, and while it is locked ``check()`` returns the seconds left. Views decide what counts
(sign-in counts failures, sign-up counts accepted and suspicious forms only).

A refused request is answered with HTTP 429 and a ``Retry-After`` header: views that re-show
their form call ``refuse(request, seconds)`` and render as usual (what was typed stays in the form,
passwords excepted), and ``RateLimitMiddleware`` turns that response into a 429 — this is how the
Wagtail admin's own sign-in view is limited without touching its code.

Rates are strings ``"count/period"``, the period a number and a unit: ``"10/h"``, ``"5/15m"``.
If the cache cannot be reached, limits are not enforced (logged), rather than refusing everybody.
"""

import hashlib
import logging
import math
import re
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import caches
from django.utils.translation import ngettext

from clothhub.security import client_ip

logger = logging.getLogger(__name__)

CACHE_ALIAS = "ratelimit"
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_RATE = re.compile(r"^\s*(\d+)\s*/\s*(\d*)\s*([smhd])[a-z]*\s*$", re.IGNORECASE)


def parse_rate(rate):
    """'10/h' → (10, 3600); '5/15m' → (5, 900). Units: s, m, h, d."""
    match = _RATE.match(rate or "")
    if not match:
        raise ValueError(f"A rate is 'count/period', such as '10/h' or '5/15m', not {rate!r}.")
    count, multiple, unit = match.groups()
    return int(count), int(multiple or 1) * _UNITS[unit.lower()]


def _cache():
    return caches[CACHE_ALIAS]


@dataclass(frozen=True)
class Limit:
    """Attempts of one ``scope`` per identity, at the rate held by the setting ``rate_setting``."""

    scope: str
    rate_setting: str

    @property
    def rate(self):
        return parse_rate(getattr(settings, self.rate_setting))

    def _keys(self, identity):
        digest = hashlib.sha256(str(identity).encode()).hexdigest()[:32]
        return f"rl:{self.scope}:{digest}:n", f"rl:{self.scope}:{digest}:lock"

    def check(self, identity):
        """Seconds until ``identity`` may try again, or None when it is not locked."""
        _count_key, lock_key = self._keys(identity)
        try:
            until = _cache().get(lock_key)
        except Exception:
            logger.warning("Rate limit %s: the cache cannot be read", self.scope, exc_info=True)
            return None
        if until is None:
            return None
        left = math.ceil(until - time.time())
        return left if left > 0 else None

    def hit(self, identity):
        """Count one attempt. Returns the seconds of the lock when this attempt reached the
        limit, else None."""
        limit, window = self.rate
        count_key, lock_key = self._keys(identity)
        cache = _cache()
        try:
            cache.add(count_key, 0, window)
            try:
                count = cache.incr(count_key)
            except ValueError:  # expired between add() and incr()
                cache.set(count_key, 1, window)
                count = 1
            if count < limit:
                return None
            cache.set(lock_key, time.time() + window, window)
            cache.delete(count_key)
        except Exception:
            logger.warning("Rate limit %s: the cache cannot be written", self.scope, exc_info=True)
            return None
        return window

    def reset(self, identity):
        try:
            _cache().delete_many(self._keys(identity))
        except Exception:
            logger.warning("Rate limit %s: the cache cannot be written", self.scope, exc_info=True)


# Every limit of the site, with the setting that holds its rate (see site/settings/base.py).
SIGNIN_ACCOUNT_ADDRESS = Limit("signin-account-address", "RATE_LIMIT_SIGNIN_ACCOUNT_ADDRESS")
SIGNIN_ACCOUNT = Limit("signin-account", "RATE_LIMIT_SIGNIN_ACCOUNT")
SIGNIN_ADDRESS = Limit("signin-address", "RATE_LIMIT_SIGNIN_ADDRESS")
SIGNUP = Limit("signup", "RATE_LIMIT_SIGNUP")
SIGNUP_SUSPICIOUS = Limit("signup-suspicious", "RATE_LIMIT_SIGNUP_SUSPICIOUS")
PASSWORD_RESET = Limit("password-reset", "RATE_LIMIT_PASSWORD_RESET")
PAGE_PASSWORD = Limit("page-password", "RATE_LIMIT_PAGE_PASSWORD")
TWO_FACTOR = Limit("two-factor", "RATE_LIMIT_TWO_FACTOR")
FEEDBACK = Limit("feedback", "EDITORIAL_FEEDBACK_RATE")
APPLICATION = Limit("application", "ALLIANCE_APPLICATION_RATE")


def first_lock(*checks):
    """The longest wait among ``(limit, identity)`` pairs, or None when none is locked."""
    waits = [wait for limit, identity in checks if (wait := limit.check(identity))]
    return max(waits) if waits else None


def refuse(request, seconds):
    """Mark ``request`` as refused by a limit: its response becomes a 429 with Retry-After."""
    request.rate_limit_retry_after = max(1, int(seconds))


def wait_message(seconds):
    """'Please try again in 15 minutes.' (translated)."""
    minutes = max(1, math.ceil(seconds / 60))
    return ngettext(
        "Please try again in %(minutes)d minute.",
        "Please try again in %(minutes)d minutes.",
        minutes,
    ) % {"minutes": minutes}


def retry_minutes(seconds):
    return max(1, math.ceil(seconds / 60))


def address(request):
    return client_ip(request) or "unknown"


class RateLimitMiddleware:
    """Turn the response to a request marked by ``refuse()`` into HTTP 429 with Retry-After."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        retry_after = getattr(request, "rate_limit_retry_after", None)
        if retry_after:
            response.status_code = 429
            response["Retry-After"] = str(retry_after)
        return response
