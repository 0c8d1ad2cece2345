"""Sign-in throttling helpers for django-axes: the client address behind trusted proxies and the
lockout page (HTTP 429, translated, says when to try again)."""

from django.conf import settings
from django.shortcuts import render
from django.utils.translation import gettext as _


def client_ip(request):
    """The client's address. Behind ``CLOTHHUB_TRUSTED_PROXY_COUNT`` proxies that each append to
    X-Forwarded-For, the client is that many entries from the right; entries further left were
    sent by the client and are not trusted. Without proxies, REMOTE_ADDR."""
    # None (not a made-up string) when unknown: axes stores it in an inet column on PostgreSQL.
    remote = request.META.get("REMOTE_ADDR", "") or None
    count = getattr(settings, "CLOTHHUB_TRUSTED_PROXY_COUNT", 0)
    if count <= 0:
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [part for part in forwarded if part]
    if len(forwarded) >= count:
        return forwarded[-count]
    return remote


def lockout_response(request, original_response=None, credentials=None):
    """django-axes' AXES_LOCKOUT_CALLABLE: the page shown after too many failed sign-ins."""
    cool_off = settings.AXES_COOLOFF_TIME
    minutes = max(1, round(cool_off.total_seconds() / 60)) if cool_off else None
    response = render(
        request,
        "security/lockout.html",
        {"title": _("Sign-in temporarily blocked"), "cooloff_minutes": minutes},
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )
    if minutes:
        response["Retry-After"] = str(minutes * 60)
    return response
