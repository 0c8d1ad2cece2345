"""The client's address behind trusted proxies, as every rate limit (``clothhub.ratelimit``) and
log reads it."""

from django.conf import settings


def client_ip(request):
    """The client's address. Behind ``CLOTHHUB_TRUSTED_PROXY_COUNT`` proxies that each append to
    X-Forwarded-For, the client is that many entries from the right; entries further left were
    sent by the client and are not trusted. Without proxies, REMOTE_ADDR."""
    remote = request.META.get("REMOTE_ADDR", "") or None
    count = getattr(settings, "CLOTHHUB_TRUSTED_PROXY_COUNT", 0)
    if count <= 0:
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [part for part in forwarded if part]
    if len(forwarded) >= count:
        return forwarded[-count]
    return remote
