"""The background task that applies page changes to the search index.

Signal handlers (search.signals) enqueue it; with Django Tasks' immediate backend (development,
tests) it runs at once, with a queued backend a worker runs it after the transaction commits.
"""

import logging

from django.db import transaction
from django_tasks import task
from wagtail.models import Page

from search import indexing

logger = logging.getLogger(__name__)

ACTIONS = ("publish", "subtree", "remove_subtree", "remove")


@task()
def update_search_index(action: str, page_ids: list[int]) -> int:
    """Apply one change: ``publish`` (index the page and pages below it that lack a document),
    ``subtree`` (reindex a page and all below it), ``remove_subtree`` (unpublished: remove the
    page's and its descendants' documents) or ``remove`` (deleted pages)."""
    if action not in ACTIONS:
        raise ValueError(f"Unknown search index action {action!r}")
    done = 0
    # A savepoint: a failure here must not break the transaction of whoever published the page.
    with transaction.atomic():
        if action == "remove":
            indexing.remove_pages(page_ids)
            return len(page_ids)
        for page in Page.objects.filter(pk__in=page_ids):
            if action == "publish":
                indexing.index_published(page)
            elif action == "subtree":
                indexing.reindex_subtree(page)
            elif action == "remove_subtree":
                indexing.remove_subtree(page)
            done += 1
    return done
