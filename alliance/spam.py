"""Spam protection of the application form, with no outside service.

Three checks, each answered with a clear message rather than a silent drop:

- a honeypot field that people never see (bots fill every field);
- a signed timestamp issued when the form is shown: a form sent less than
  ``ALLIANCE_APPLICATION_MIN_SECONDS`` after it was shown (a script) or more than
  ``ALLIANCE_APPLICATION_MAX_AGE`` later (a stale or replayed token) is refused;
- a limit of ``ALLIANCE_APPLICATION_RATE`` submissions per client address (HTTP 429), counted
  by ``clothhub.ratelimit`` in the store every process shares.
"""

from django.conf import settings

from clothhub import formguard, ratelimit

SALT = "alliance.application-form"
TOO_FAST = formguard.TOO_FAST
EXPIRED = formguard.EXPIRED
INVALID = formguard.INVALID


def _setting(name, default):
    return getattr(settings, name, default)


def issue_form_token():
    """A signed token carrying the time the form was shown."""
    return formguard.issue_token(SALT)


def check_form_token(token):
    """None when the token is fine, else TOO_FAST, EXPIRED or INVALID."""
    return formguard.check_token(
        token,
        SALT,
        min_seconds=_setting("ALLIANCE_APPLICATION_MIN_SECONDS", 3),
        max_age=_setting("ALLIANCE_APPLICATION_MAX_AGE", 2 * 24 * 3600),
    )


def rate_limited(request):
    """(True, seconds to wait) when this client already sent the allowed number of applications
    in the window (the shared ``clothhub.ratelimit`` store), else (False, None)."""
    wait = ratelimit.APPLICATION.check(ratelimit.address(request))
    return bool(wait), wait


def record_attempt(request):
    """Count one submission (valid or not) of this client."""
    ratelimit.APPLICATION.hit(ratelimit.address(request))
