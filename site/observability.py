"""Error reporting to Sentry (sentry-sdk with its Django integration), off unless SENTRY_DSN is
set. No personal data by default: no user ids, e-mail addresses or IP addresses, no cookies, no
request bodies (feedback comments, applications, passwords) and no local variables of stack
frames; sentry-sdk's scrubber removes the usual secret headers and keys as well."""


def init_error_reporting(dsn, *, environment, release="", traces_sample_rate=0.0, **options):
    """Start sentry-sdk when ``dsn`` is set; returns whether it was started. ``options`` go to
    ``sentry_sdk.init`` unchanged (e.g. a transport in tests)."""
    if not dsn:
        return False
    import sentry_sdk
    from sentry_sdk.integrations.django import DjangoIntegration

    sentry_sdk.init(
        dsn=dsn,
        environment=environment,
        release=release or None,
        integrations=[DjangoIntegration()],
        max_request_body_size="never",
        include_local_variables=False,
        traces_sample_rate=traces_sample_rate,
        **options,
    )
    return True
