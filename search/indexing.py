"""Keeping the search index in step with the pages.

A page gets a ``SearchDocument`` when it is live, public (no view restriction on it or an
ancestor), reachable (every ancestor below the tree root is live: unpublishing a section takes its
pages out of search), routable (has a URL), not an alias, and its type has a builder. Aliases are
left out on purpose: wagtail-localize makes them as stand-ins for pages not yet translated, so they
carry another language's text (which the language's stemmer would mangle) and would show the same
page twice in "all languages" results; the source page is indexed once, in its own language.

Every function here is idempotent: indexing a page that may not be indexed removes its document.
"""

import logging
from collections import defaultdict
from collections.abc import Callable, Iterable

from django.db import transaction
from django.utils import timezone, translation
from wagtail.models import Locale, Page

from home.privacy import live_public_ids, public_q
from search import vocabulary
from search.engines import get_engine
from search.languages import language_codes, pg_config
from search.models import SearchDocument, SearchFacet
from search.registry import builder_for, facet_labels, searchable_models
from search.text import MAX_BODY_LENGTH, clean_text

logger = logging.getLogger(__name__)

CHUNK = 200
Progress = Callable[[int, int], None]


# Which pages ---------------------------------------------------------------------------------
def candidate_pages():
    """Live, public, non-alias pages of searchable types (reachability is checked separately).
    "Public" is asked of the database in the same query (home.privacy), never of a cached list
    of private sections."""
    models = searchable_models()
    if not models:
        return Page.objects.none()
    return Page.objects.live().filter(public_q()).filter(alias_of__isnull=True).type(*models)


def _ancestor_paths(path: str) -> list[str]:
    step = Page.steplen
    # From depth 2 (a site's home page) down to the parent; the tree root is never "published".
    return [path[:i] for i in range(2 * step, len(path), step)]


def unreachable(pages: Iterable[Page]) -> set[int]:
    """Ids of the pages among ``pages`` below a page that is not live (one query)."""
    pages = list(pages)
    paths = {p for page in pages for p in _ancestor_paths(page.path)}
    if not paths:
        return set()
    hidden = set(Page.objects.filter(path__in=paths, live=False).values_list("path", flat=True))
    if not hidden:
        return set()
    return {page.id for page in pages if hidden.intersection(_ancestor_paths(page.path))}


def is_indexable(page: Page) -> bool:
    page = page.specific if type(page) is Page else page
    return bool(
        page.live
        and page.alias_of_id is None
        and builder_for(page) is not None
        and page.pk in live_public_ids([page.pk])
        and not unreachable([page])
    )


# Building documents ------------------------------------------------------------------------------
def _slugs(values, upper=False) -> list[str]:
    out = []
    for value in values or []:
        value = str(value).strip()[:100]
        value = value.upper() if upper else value
        if value and value not in out:
            out.append(value)
    return out


def build_documents(pages: list[Page]) -> list[tuple[SearchDocument, list[SearchFacet]]]:
    """Unsaved documents (with their facet rows) for specific, indexable pages, built by their
    builders; facet labels are looked up once per facet and language for the whole batch."""
    languages = dict(Locale.objects.values_list("id", "language_code"))
    built = []
    for page in pages:
        builder = builder_for(page)
        try:
            # In the page's language: the labels a builder writes (a guide's audience, a course's
            # level, participant types) must be those of the page, not of whoever published it.
            with translation.override(languages.get(page.locale_id) or None):
                data = builder(page)
        except Exception:
            logger.exception("Search builder failed for page %s (%s)", page.pk, type(page).__name__)
            continue
        url = page.get_url()
        if not url:
            continue
        built.append((page, data, languages.get(page.locale_id, ""), url))

    # Labels of every facet value in every site language: the page's own language for the
    # keywords, the others for the low-weight "labels" field (cross-language search).
    wanted = defaultdict(set)  # facet -> values
    for _page, data, _language, _url in built:
        for facet, values in (
            ("topic", data.topics),
            ("stage", data.stages),
            ("org_type", data.org_types),
            ("tag", data.tags),
        ):
            wanted[facet].update(_slugs(values))
    codes = language_codes()
    labels = {
        (facet, code): facet_labels(facet, sorted(values), code)
        for facet, values in wanted.items()
        for code in codes
    }

    documents = []
    for page, data, language, url in built:
        topics, tags = _slugs(data.topics), _slugs(data.tags)
        stages, org_types = _slugs(data.stages), _slugs(data.org_types)
        tagged = (("topic", topics), ("stage", stages), ("org_type", org_types), ("tag", tags))
        keywords = [
            labels.get((facet, language), {}).get(value, value).replace("-", " ")
            for facet, values in tagged
            for value in values
        ]
        other_labels = [
            labels[(facet, code)].get(value, value).replace("-", " ")
            for code in codes
            if code != language
            for facet, values in tagged
            for value in values
        ]
        other_labels = [label for label in dict.fromkeys(other_labels) if label not in keywords]
        date = data.date
        if date is None and page.first_published_at:
            date = timezone.localtime(page.first_published_at).date()
        doc = SearchDocument(
            page_id=page.pk,
            translation_key=page.translation_key,
            language=language,
            search_config=pg_config(language),
            url=url[:1000],
            content_type=_slugs([data.content_type])[0] if data.content_type else "page",
            title=clean_text(data.title, 255) or clean_text(page.title, 255),
            summary=clean_text(data.summary, 5000),
            body=clean_text(data.body, MAX_BODY_LENGTH),
            keywords=clean_text(", ".join(dict.fromkeys(keywords))),
            labels=clean_text(", ".join(other_labels)),
            topics=topics,
            tags=tags,
            stages=stages,
            org_types=org_types,
            country=(_slugs([data.country], upper=True) or [""])[0][:2],
            date=date,
        )
        facets = [
            SearchFacet(document_id=page.pk, facet=facet, value=value)
            for facet, values in doc.facet_values().items()
            for value in values
        ]
        documents.append((doc, facets))
    return documents


# Writing -----------------------------------------------------------------------------------------
def _save(documents: list[tuple[SearchDocument, list[SearchFacet]]], page_ids: list[int]):
    """Replace the documents of ``page_ids`` by ``documents`` (pages without one lose theirs)."""
    keep = {doc.page_id for doc, _facets in documents}
    gone = [i for i in page_ids if i not in keep]
    engine = get_engine()
    with transaction.atomic():
        old = SearchDocument.objects.filter(page_id__in=page_ids)
        replaced = list(old.only("page_id", "language", *vocabulary.TEXT_FIELDS))
        old.delete()
        SearchDocument.objects.bulk_create([doc for doc, _facets in documents])
        SearchFacet.objects.bulk_create([f for _doc, facets in documents for f in facets])
        vocabulary.apply(removed=replaced, added=[doc for doc, _facets in documents])
    if gone:
        engine.remove_documents(gone)
    if documents:
        engine.index_documents([doc for doc, _facets in documents])


def index_pages(pages: Iterable[Page]) -> int:
    """(Re)index these pages; those that may not be indexed lose their document. Returns the
    number of documents written."""
    pages = list(pages)
    if not pages:
        return 0
    ids = [page.pk for page in pages]
    allowed = {page.pk: page for page in candidate_pages().filter(pk__in=ids).specific(defer=False)}
    hidden = unreachable(allowed.values())
    indexable = [page for pk, page in allowed.items() if pk not in hidden]
    documents = build_documents(indexable)
    _save(documents, ids)
    return len(documents)


def index_page(page: Page) -> bool:
    """(Re)index one page; True when it has a document afterwards."""
    return index_pages([page]) == 1


def remove_pages(page_ids: Iterable[int]) -> None:
    page_ids = list(page_ids)
    get_engine().remove_documents(page_ids)
    with transaction.atomic():
        docs = SearchDocument.objects.filter(page_id__in=page_ids)
        removed = list(docs.only("page_id", "language", *vocabulary.TEXT_FIELDS))
        docs.delete()
        vocabulary.apply(removed=removed)


def remove_page(page_id: int) -> None:
    remove_pages([page_id])


def remove_subtree(page: Page) -> None:
    """Remove the documents of a page and everything below it (unpublished or made private)."""
    ids = list(
        SearchDocument.objects.filter(page__path__startswith=page.path).values_list(
            "page_id", flat=True
        )
    )
    remove_pages(ids)


def reindex_subtree(page: Page) -> int:
    """Reindex a page and its descendants (after a move, a privacy change or a new slug)."""
    subtree = Page.objects.filter(path__startswith=page.path)
    ids = list(subtree.values_list("pk", flat=True))
    written = 0
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        written += index_pages(Page.objects.filter(pk__in=chunk))
    # Documents of pages below that are no longer candidates (e.g. made private).
    stale = set(
        SearchDocument.objects.filter(page__path__startswith=page.path).values_list(
            "page_id", flat=True
        )
    )
    indexable_now = set(candidate_pages().filter(pk__in=stale).values_list("pk", flat=True))
    if stale - indexable_now:
        remove_pages(stale - indexable_now)
    return written


def index_published(page: Page) -> None:
    """A page was published: index it. A searchable page is reindexed with everything below it
    (a lesson's document carries its course's topics); any other page (a section, a home page)
    indexes the pages below it that have no document yet (they become reachable when a section
    is published again)."""
    if not page.numchild:
        index_page(page)
        return
    if builder_for(page.specific_class) is not None:
        reindex_subtree(page)
        return
    index_page(page)
    missing = list(
        candidate_pages()
        .filter(path__startswith=page.path, depth__gt=page.depth)
        .exclude(pk__in=SearchDocument.objects.values("page_id"))
        .values_list("pk", flat=True)
    )
    for start in range(0, len(missing), CHUNK):
        index_pages(Page.objects.filter(pk__in=missing[start : start + CHUNK]))


# Whole index ---------------------------------------------------------------------------------------
def indexable_ids() -> list[int]:
    pages = list(candidate_pages().only("id", "path").order_by("path"))
    hidden = unreachable(pages)
    return [page.id for page in pages if page.id not in hidden]


def rebuild_all(progress: Progress | None = None) -> int:
    """Rebuild every document from its page, drop documents that should not exist, and rebuild
    the engine's copy. ``progress(done, total)`` is called after each batch of pages."""
    engine = get_engine()
    engine.ensure_schema()
    ids = indexable_ids()
    total = len(ids)
    written = 0
    for start in range(0, total, CHUNK):
        chunk = ids[start : start + CHUNK]
        pages = list(Page.objects.filter(pk__in=chunk).specific(defer=False))
        documents = build_documents(pages)
        with transaction.atomic():
            SearchDocument.objects.filter(page_id__in=chunk).delete()
            SearchDocument.objects.bulk_create([doc for doc, _f in documents])
            SearchFacet.objects.bulk_create([f for _d, facets in documents for f in facets])
        written += len(documents)
        if progress:
            progress(min(start + CHUNK, total), total)
    wanted = set(ids)
    extra = [i for i in SearchDocument.objects.values_list("page_id", flat=True) if i not in wanted]
    for start in range(0, len(extra), CHUNK):
        SearchDocument.objects.filter(page_id__in=extra[start : start + CHUNK]).delete()
    vocabulary.rebuild()
    documents = SearchDocument.objects.order_by("page_id")
    engine.rebuild(documents.iterator(chunk_size=500), documents.count(), progress=None)
    return written


def check_index() -> dict[str, list]:
    """Compare the index with the pages: documents missing, stale (URL changed or page published
    since) or extra (page no longer indexable), and the engine's own problems."""
    ids = indexable_ids()
    pages = {
        page.pk: page
        for page in Page.objects.filter(pk__in=ids).only(
            "id", "path", "url_path", "title", "last_published_at", "locale_id", "depth"
        )
    }
    docs = {
        doc.page_id: doc
        for doc in SearchDocument.objects.only("page_id", "url", "updated_at", "title")
    }
    missing = sorted(set(pages) - set(docs))
    extra = sorted(set(docs) - set(pages))
    stale = []
    for pk in sorted(set(pages) & set(docs)):
        page, doc = pages[pk], docs[pk]
        if page.get_url() != doc.url or (
            page.last_published_at and doc.updated_at < page.last_published_at
        ):
            stale.append(pk)
    return {
        "missing": [(pk, pages[pk].title) for pk in missing],
        "stale": [(pk, pages[pk].title) for pk in stale],
        "extra": [(pk, docs[pk].title) for pk in extra],
        "engine": get_engine().check(),
    }
