"""Page events that change what search may show, each turned into an index task.

published → index the page (and pages below it that had no document); unpublished → remove the
page and everything below it; moved or slug changed → reindex the subtree (URLs changed, and the
new place may be private or unpublished); privacy added or removed → reindex the subtree;
deleted → remove. Publishing a translation (wagtail-localize) is a page_published like any other.
``SEARCH_AUTO_UPDATE = False`` turns this off (bulk imports; run rebuild_search_index afterwards).
"""

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django_tasks.backends.immediate import ImmediateBackend
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from search.tasks import update_search_index


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
    enqueue("remove_subtree", [instance.pk])


def on_moved(sender, instance, **kwargs):
    enqueue("subtree", [instance.pk])


def on_slug_changed(sender, instance, **kwargs):
    # The page itself is reindexed by page_published (a live page's slug changes when it is
    # published); the pages below it need their new URLs.
    if instance.numchild:
        enqueue("subtree", [instance.pk])


def on_page_deleted(sender, instance, **kwargs):
    enqueue("remove", [instance.pk])


def on_restriction_changed(sender, instance, **kwargs):
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
