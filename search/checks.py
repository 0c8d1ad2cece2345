"""System checks: the configured search engine must be one that can run with these settings."""

from django.conf import settings
from django.core.checks import Error, register
from django.db import connection

from search.engines import ENGINE_NAMES


@register()
def check_search_engine(app_configs, **kwargs):
    name = (getattr(settings, "SEARCH_ENGINE", "") or "").strip().lower()
    if not name:
        return []
    if name not in ENGINE_NAMES:
        return [
            Error(
                f"SEARCH_ENGINE is {name!r}; use one of {', '.join(ENGINE_NAMES)} or leave it empty.",
                id="search.E001",
            )
        ]
    if name == "elasticsearch" and not settings.ELASTICSEARCH_URL:
        return [
            Error(
                "SEARCH_ENGINE is 'elasticsearch' but ELASTICSEARCH_URL is not set.",
                hint="Set ELASTICSEARCH_URL=http://host:9200 or leave SEARCH_ENGINE empty.",
                id="search.E002",
            )
        ]
    vendor = connection.vendor
    if name == "postgres" and vendor != "postgresql" or name == "sqlite" and vendor != "sqlite":
        return [
            Error(
                f"SEARCH_ENGINE is {name!r} but the database is {vendor}.",
                hint="Leave SEARCH_ENGINE empty to use the database's own engine.",
                id="search.E003",
            )
        ]
    return []
