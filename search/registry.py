"""Which page types are searchable, and how each one becomes a search document.

The app that owns a page type registers a *builder* for it (usually in its ``apps.py`` ``ready()``
or at the bottom of its models module)::

    from search.registry import register_builder

    @register_builder(CaseStudyPage)
    def build_case_study(page) -> SearchDocumentData:
        return SearchDocumentData(title=page.title, summary=page.summary, body=..., topics=[...], ...)

The search app turns that data into one stored document per live, public page and locale, which
every engine (SQLite FTS5, PostgreSQL, Elasticsearch) is fed from. A builder only reads the page; it
never decides whether the page may be indexed (the search app checks live/public/locale itself).
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from wagtail.models import Page


@dataclass
class SearchDocumentData:
    """What a builder returns: the text and the facet values of one page, all in the page's language.

    Facet values are slugs of the controlled vocabularies (the same values the ``topic``, ``tag``,
    ``country``, ``stage``, ``org_type`` GET parameters take); ``content_type`` is a short slug
    such as ``case-study``, ``guide``, ``course``, ``lesson`` or ``page``.
    """

    title: str
    content_type: str
    summary: str = ""
    body: str = ""
    topics: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    country: str = ""  # ISO 3166-1 alpha-2, upper case, "" when not applicable
    stages: list[str] = field(default_factory=list)
    org_types: list[str] = field(default_factory=list)
    date: date | None = None  # publication date shown to readers and used for "newest" sorting


Builder = Callable[[Page], SearchDocumentData]

_builders: dict[type, Builder] = {}


def register_builder(model: type) -> Callable[[Builder], Builder]:
    """Decorator: make ``model`` searchable through the decorated builder function."""

    def decorator(func: Builder) -> Builder:
        _builders[model] = func
        return func

    return decorator


def builder_for(page_or_model) -> Builder | None:
    """The builder for a page (or page class), looking up the class hierarchy; None if not searchable."""
    cls = page_or_model if isinstance(page_or_model, type) else type(page_or_model)
    for klass in cls.__mro__:
        if klass in _builders:
            return _builders[klass]
    return None


def searchable_models() -> list[type]:
    return list(_builders)


# Labels of facet values in the reader's language. The app that owns a vocabulary registers a
# labeller for its facet: ``labeller(values, language_code) -> {value: label}``. Facets are named
# like the GET parameters: "topic", "tag", "country", "stage", "org_type", "type".
Labeller = Callable[[list[str], str], dict[str, str]]

_labellers: dict[str, Labeller] = {}


def register_facet_labels(facet: str) -> Callable[[Labeller], Labeller]:
    def decorator(func: Labeller) -> Labeller:
        _labellers[facet] = func
        return func

    return decorator


def facet_labels(facet: str, values: list[str], language_code: str) -> dict[str, str]:
    """Labels for facet values; a value nobody labels is shown as it is."""
    labeller = _labellers.get(facet)
    labels = labeller(values, language_code) if labeller else {}
    return {value: labels.get(value, value) for value in values}
