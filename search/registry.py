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
``stream_text(page.body)`` turns a StreamField value into plain text for ``body``.
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field

from wagtail import blocks
from wagtail.models import Page
from wagtail.rich_text import get_text_for_indexing


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
    date: datetime.date | None = (
        None  # publication date shown to readers and used for "newest" sorting
    )


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


def stream_text(value) -> str:
    """Plain text of a StreamField value (or a RichText / str), for a builder's ``body``.

    Walks the blocks and uses each leaf block's own ``get_searchable_content`` (rich text is
    stripped of its markup; chooser blocks contribute nothing). Choice blocks are skipped: their
    display values ("Level 2", "Tip") are settings of the block, not words of the page.
    """
    if value is None:
        return ""
    stream_block = getattr(value, "stream_block", None)
    if stream_block is not None:
        parts = list(_block_text(stream_block, value))
    elif hasattr(value, "source"):  # wagtail.rich_text.RichText
        parts = [get_text_for_indexing(value.source)]
    else:
        parts = [str(value)]
    return "\n".join(str(part).strip() for part in parts if part and str(part).strip())


def _block_text(block, value):
    if value is None:
        return
    if isinstance(block, blocks.StreamBlock):
        for child in value:
            yield from _block_text(child.block, child.value)
    elif isinstance(block, blocks.StructBlock):
        for name, child_block in block.child_blocks.items():
            yield from _block_text(child_block, value.get(name))
    elif isinstance(block, blocks.ListBlock):
        for item in value:
            yield from _block_text(block.child_block, item)
    elif isinstance(block, (blocks.ChoiceBlock, blocks.MultipleChoiceBlock)):
        return
    else:
        yield from block.get_searchable_content(value)


# Labels of facet values in the reader's language. The app that owns a vocabulary registers a
# labeller for its facet: ``labeller(values, language_code) -> {value: label}``. Facets are named
# like the GET parameters: "topic", "tag", "country", "stage", "org_type", "type".
# Several apps may label the same facet (practices and trainings both label "type"): every
# labeller is asked and their answers are merged; ``fallback=True`` labellers (the search app's
# defaults) only fill values that no other labeller named.
Labeller = Callable[[list[str], str], dict[str, str]]

_labellers: dict[str, list[Labeller]] = {}
_fallback_labellers: dict[str, list[Labeller]] = {}


def register_facet_labels(facet: str, *, fallback: bool = False) -> Callable[[Labeller], Labeller]:
    def decorator(func: Labeller) -> Labeller:
        registry = _fallback_labellers if fallback else _labellers
        funcs = registry.setdefault(facet, [])
        if func not in funcs:
            funcs.append(func)
        return func

    return decorator


def facet_labels(facet: str, values: list[str], language_code: str) -> dict[str, str]:
    """Labels for facet values; a value nobody labels is shown as it is."""
    values = list(values)
    labels: dict[str, str] = {}
    for labeller in _labellers.get(facet, []):
        labels.update({k: v for k, v in labeller(values, language_code).items() if v})
    missing = [value for value in values if value not in labels]
    if missing:
        for labeller in _fallback_labellers.get(facet, []):
            found = labeller(missing, language_code)
            labels.update({k: v for k, v in found.items() if v and k not in labels})
    return {value: str(labels.get(value, value)) for value in values}
