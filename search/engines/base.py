"""The one interface every search engine implements, and the value types that cross it."""

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy

from search.text import ParsedQuery

Progress = Callable[[int, int], None]  # (done, total)


class SearchUnavailable(Exception):
    """The engine cannot answer now (e.g. the Elasticsearch server is down): readers get a 503
    with ``reader_message``."""

    reader_message = gettext_lazy("Search is not available at the moment. Please try again later.")


@dataclass
class EngineQuery:
    """What the service asks an engine for.

    ``language`` None searches every language. ``filters`` maps a facet name to the values the
    reader selected: a document matches when it has at least one selected value of every filtered
    facet. An empty ``text`` lists every document that passes the filters (newest first).
    """

    text: ParsedQuery
    language: str | None
    filters: dict[str, list[str]] = field(default_factory=dict)
    sort: str = "relevance"  # or "newest"
    offset: int = 0
    limit: int = 10
    with_facets: bool = True


@dataclass
class Hit:
    doc_id: int  # == page id
    score: float = 0.0
    title: str | None = None  # title with highlight markers, None when nothing matched in it
    snippet: str | None = None  # passage with highlight markers, None when the engine has none


@dataclass
class EngineResult:
    hits: list[Hit]
    total: int
    # facet -> {value: count}; counts of a facet ignore that facet's own filter, so a reader sees
    # how many results each other value would add.
    facets: dict[str, dict[str, int]] = field(default_factory=dict)


class SearchEngine(ABC):
    """Base class of the engines. Documents live in ``SearchDocument``; an engine keeps whatever
    it needs to search them (SQL engines: database triggers do it; Elasticsearch: a copy)."""

    name = ""
    label = ""

    @classmethod
    def unavailable_reason(cls) -> str | None:
        """Why this engine cannot run here, or None when it can."""
        return None

    # Indexing: the defaults do nothing (the SQL engines' database triggers do the work) -----
    def ensure_schema(self) -> None:
        """Create what the engine needs (tables, triggers, indices); safe to call again."""
        return None

    def index_documents(self, documents: Iterable) -> None:
        """Take saved ``SearchDocument`` rows into the engine (no-op where triggers do it)."""
        return None

    def remove_documents(self, doc_ids: Iterable[int]) -> None:
        """Forget documents whose rows were (or are about to be) deleted."""
        return None

    def rebuild(self, documents: Iterable, total: int, progress: Progress | None = None) -> None:
        """Rebuild the engine's copy from all documents (a full reindex)."""
        return None

    def check(self) -> list[str]:
        """Problems of the engine's copy compared with the ``SearchDocument`` table."""
        return []

    # Searching --------------------------------------------------------------------------------
    @abstractmethod
    def search(self, query: EngineQuery) -> EngineResult:
        """One page of hits for ``query``, with the total and (``with_facets``) facet counts."""

    def count(self, text: ParsedQuery, language: str | None, filters=None) -> int:
        query = EngineQuery(text=text, language=language, filters=filters or {}, limit=0)
        query.with_facets = False
        return self.search(query).total

    @abstractmethod
    def autocomplete(self, prefix: str, language: str | None, limit: int = 8) -> list[int]:
        """Ids of documents whose title starts like ``prefix`` (words typed so far), best first."""

    def did_you_mean(self, text: ParsedQuery, language: str | None) -> list[ParsedQuery]:
        """Corrections of a query (typos), best first; may be empty. One vocabulary for every
        engine (``search.vocabulary``), so all three correct alike."""
        from search.rewrite import correction

        corrected = correction(text, language)
        return [corrected] if corrected else []
