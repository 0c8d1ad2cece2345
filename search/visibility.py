"""What search may show, decided from the database at the moment it is shown or removed.

Two guards, both independent of the task queue and of any cache:

- ``visible_documents()``: the search documents whose page is live, public and reachable *now*
  (home.privacy), for the service to load its hits through. A hit whose page was unpublished or
  made private is dropped at query time, whatever the engine returns — even when the removal has
  not reached the index yet (a stopped or slow worker, an Elasticsearch copy that lags).
- ``hide_on_commit(page_ids)``: when a page is unpublished, deleted, moved or made private, the
  documents of that page and of every page below it that may no longer be shown are removed once
  the transaction commits, in this process (adding and reindexing stay on the queue). The pages
  are looked at again when the transaction commits, so a change undone in the same transaction
  removes nothing, and a rollback removes nothing either. The words of the removed documents
  leave the vocabulary (search.vocabulary) with them, and the cached search pages are purged
  (their tags in ``CLOTHHUB_CACHE["VIEWS"]["search:search"]``): a search page of any language
  may show the page ("all languages", "also in other languages"), and this removal is no index
  task, whose completion purges them.
"""

from collections.abc import Iterable

from django.db import transaction
from django.db.models import Q
from wagtail.models import Page

from home.privacy import visible_q
from search.models import SearchDocument


def visible_documents():
    """Search documents of pages that are live, public and reachable (one query when loaded)."""
    return SearchDocument.objects.filter(visible_q("page__"))


def hide_on_commit(page_ids: Iterable[int]) -> None:
    """Once the transaction commits (at once outside one), remove from the index the documents
    of these pages and of the pages below them that may no longer be shown, and the engine's
    copies of the documents of pages that no longer exist (deleted). A rolled-back change
    removes nothing: Django drops the callback with the transaction. A failure (the engine's
    server down) is logged, never turned into an error for the editor who made the change: the
    query-time guard keeps the page out of the results meanwhile, and ``check_search_index``
    reports the extra document."""
    ids = sorted({int(i) for i in page_ids if i})
    if ids:
        transaction.on_commit(lambda: remove_hidden(ids), robust=True)


def remove_hidden(page_ids: Iterable[int]) -> list[int]:
    """Remove the documents of ``page_ids`` and of the pages below them whose page may not be
    shown now; returns the ids removed."""
    from search import indexing  # indexing imports the engines; keep this module light

    ids = {int(i) for i in page_ids if i}
    if not ids:
        return []
    paths = list(Page.objects.filter(pk__in=ids).values_list("path", flat=True))
    within = Q(page_id__in=ids)
    for path in paths:
        within |= Q(page__path__startswith=path)
    hidden = set(
        SearchDocument.objects.filter(within)
        .filter(~visible_q("page__"))
        .values_list("page_id", flat=True)
    )
    # Deleted pages took their documents with them (on_delete=CASCADE); the engine's own copy
    # (Elasticsearch) still has to go.
    existing = set(Page.objects.filter(pk__in=ids).values_list("pk", flat=True))
    gone = sorted(hidden | (ids - existing))
    if gone:
        indexing.remove_pages(gone)  # and their words from the vocabulary
        _purge_search_pages()
    return gone


def _purge_search_pages() -> None:
    """Purge the cached search pages (clothhub.cache), as an index task's completion does."""
    from clothhub.cache import invalidation, store

    tags = store.config()["VIEWS"].get("search:search", {}).get("tags", ())
    invalidation.purge(set(tags))
