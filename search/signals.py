"""Page events that change what search may show.

What takes a page out of search runs in this process when the transaction commits
(search.visibility.hide_on_commit), never through the task queue: unpublished, deleted, moved
(into a private or unpublished section) or made private (a view restriction saved on it or an
ancestor) → the documents of the page and of the pages below it that may no longer be shown are
removed. What adds or refreshes documents is an index task (queued in production): published →
index the page (and pages below it that had no document); moved or slug changed → reindex the
subtree (URLs changed); privacy removed or changed → reindex the subtree. Publishing a translation
(wagtail-localize) is a page_published like any other. ``SEARCH_AUTO_UPDATE = False`` turns the
index tasks off (bulk imports; run rebuild_search_index afterwards); removals always run.
"""

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django_tasks.backends.immediate import ImmediateBackend
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from search.tasks import update_search_index
from search.visibility import hide_on_commit


def enqueue(action: str, page_ids: list[int]) -> None:
    page_ids = [int(i) for i in page_ids if i]
    if not page_ids or not getattr(settings, "SEARCH_AUTO_UPDATE", True):
        return
    if isinstance(update_search_index.get_backend(), ImmediateBackend):
        update_search_index.enqueue(action, page_ids)
    else:
        # A worker must see the committed page: enqueue only once the transaction commits.
        transaction.on_commit(lambda: update_search_index.enqueue(action, page_ids))


def on_published(sender, instance, **kwargs):
    enqueue("publish", [instance.pk])


def on_unpublished(sender, instance, **kwargs):
    hide_on_commit([instance.pk])


def on_moved(sender, instance, **kwargs):
    hide_on_commit([instance.pk])
    enqueue("subtree", [instance.pk])


def on_slug_changed(sender, instance, **kwargs):
    # The page itself is reindexed by page_published (a live page's slug changes when it is
    # published); the pages below it need their new URLs.
    if instance.numchild:
        enqueue("subtree", [instance.pk])


def on_page_deleted(sender, instance, **kwargs):
    hide_on_commit([instance.pk])


def on_restriction_changed(sender, instance, **kwargs):
    # Saved: the subtree may have become private. Deleted: another restriction may remain above.
    # Either way what may not be shown goes on commit; the reindex puts back what may.
    hide_on_commit([instance.page_id])
    enqueue("subtree", [instance.page_id])


def connect():
    page_published.connect(on_published, dispatch_uid="search_page_published")
    page_unpublished.connect(on_unpublished, dispatch_uid="search_page_unpublished")
    post_page_move.connect(on_moved, dispatch_uid="search_page_moved")
    page_slug_changed.connect(on_slug_changed, dispatch_uid="search_page_slug_changed")
    post_delete.connect(on_page_deleted, sender=Page, dispatch_uid="search_page_deleted")
    post_save.connect(
        on_restriction_changed, sender=PageViewRestriction, dispatch_uid="search_restriction_saved"
    )
    post_delete.connect(
        on_restriction_changed,
        sender=PageViewRestriction,
        dispatch_uid="search_restriction_deleted",
    )
