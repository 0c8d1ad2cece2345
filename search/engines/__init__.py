"""Search engines behind one interface (``search.engines.base.SearchEngine``).

``get_engine()`` returns the engine chosen by the ``SEARCH_ENGINE`` setting: "sqlite" (FTS5,
embedded default), "postgres" (tsvector per language) or "elasticsearch" (needs
``ELASTICSEARCH_URL``). An empty setting picks the database's own engine.
"""

from django.conf import settings
from django.db import connection

from .base import EngineQuery, EngineResult, Hit, SearchEngine, SearchUnavailable

ENGINE_NAMES = ("sqlite", "postgres", "elasticsearch")

_instances: dict[str, SearchEngine] = {}


def default_engine_name() -> str:
    return "postgres" if connection.vendor == "postgresql" else "sqlite"


def configured_engine_name() -> str:
    return (getattr(settings, "SEARCH_ENGINE", "") or default_engine_name()).strip().lower()


def engine_class(name: str) -> type[SearchEngine]:
    if name == "sqlite":
        from .sqlite import SQLiteEngine

        return SQLiteEngine
    if name == "postgres":
        from .postgres import PostgresEngine

        return PostgresEngine
    if name == "elasticsearch":
        from .elasticsearch import ElasticsearchEngine

        return ElasticsearchEngine
    raise ValueError(f"Unknown search engine {name!r}; choose one of {', '.join(ENGINE_NAMES)}.")


def get_engine(name: str | None = None) -> SearchEngine:
    """The engine named (default: the configured one); one instance per name and process."""
    name = name or configured_engine_name()
    if name == "elasticsearch":
        # Its client and index name come from settings that tests may change.
        key = f"{name}:{settings.ELASTICSEARCH_URL}:{settings.SEARCH_ELASTICSEARCH_INDEX}"
    else:
        key = name
    if key not in _instances:
        _instances[key] = engine_class(name)()
    return _instances[key]


def available_engines() -> dict[str, str | None]:
    """Every engine name with None when it can run here, or the reason why it cannot."""
    return {name: engine_class(name).unavailable_reason() for name in ENGINE_NAMES}


__all__ = [
    "ENGINE_NAMES",
    "EngineQuery",
    "EngineResult",
    "Hit",
    "SearchEngine",
    "SearchUnavailable",
    "available_engines",
    "configured_engine_name",
    "get_engine",
]
