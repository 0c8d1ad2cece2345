"""Every signal that makes something cached out of date, and the one rule that purges it.

The rule: a change purges the tags of what shows it (clothhub.cache.store), once when the
change is made — so the rest of the writing request reads its own writes — and again when its
transaction commits, so that whatever another process cached from the database before the commit
(under the first new generation) is dropped too; the CDN (clothhub.cache.cdn) is purged of the
same tags after the commit. Tags are worked out at the change, while the rows still exist.

What purges what:
- a page published, unpublished or deleted: its language, its translations, the listings above
  it (``tree:`` of its ancestors) and the pages that reference it; moved or its privacy changed:
  its whole subtree as well. Practices and exchanges also purge the alliance's counting pages;
- a snippet in a language: that language, the pages that use it and ``snippets`` (fragments);
  a snippet without a language, a setting, an image, a document, a site or a locale: ``all``;
- reader feedback (``NOT_CONTENT``), a directory application still pending and an organisation
  no public page shows: nothing — an anonymous form post cannot empty the cache;
- an approved member profile (or one that was approved): the alliance pages; a certificate:
  the figures page; a search index task finished: ``search``;
- ``memo`` (clothhub.cache.memo) with every change of pages, restrictions, sites, locales, tags,
  settings and public snippets.
"""

import threading
from contextlib import contextmanager

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save

from clothhub.cache import cdn, memo, store

_local = threading.local()


def purge(tags):
    """Purge ``tags`` now and again on commit (see the module docstring)."""
    tags = set(tags)
    if not tags or not store.available():
        return
    deferred_tags = getattr(_local, "deferred", None)
    if deferred_tags is not None:
        deferred_tags.update(tags)
        return
    _bump(tags)
    transaction.on_commit(lambda: _after_commit(tags), robust=True)


def _bump(tags):
    store.bump(tags)
    if store.TAG_MEMO in tags:
        memo.forget_generation()


def _after_commit(tags):
    _bump(tags)
    cdn.purge(tags)


@contextmanager
def deferred():
    """Collect the purges of a bulk job (the demo loaders, an import) and make them once at the
    end, with the same rule."""
    outer = getattr(_local, "deferred", None)
    if outer is not None:
        yield
        return
    _local.deferred = collected = set()
    try:
        yield
    finally:
        _local.deferred = None
        purge(collected)


# --- what a change touches -------------------------------------------------------------------


def tags_for_page(page, subtree=False, also_below=None):
    """Tags of ``page``: its language, its translation key, ``tree:`` of each ancestor, the pages
    that reference it and, with ``subtree``, every page below it. ``also_below``: a former
    parent (moves), whose ancestors are purged too."""
    from wagtail.models import Page

    tags = {
        store.locale_tag(page.locale.language_code),
        store.page_tag(page.translation_key),
        store.TAG_MEMO,
    }
    for parent in [page] + ([also_below] if also_below is not None else []):
        ancestors = Page.objects.ancestor_of(parent, inclusive=parent is not page)
        keys = ancestors.filter(depth__gt=1).values_list("translation_key", flat=True)
        tags.update(store.tree_tag(key) for key in keys)
    if subtree:
        keys = Page.objects.descendant_of(page).values_list("translation_key", flat=True)
        tags.update(store.page_tag(key) for key in keys)
    tags |= referencing_page_tags(page)
    if _is_alliance_source(page):
        tags |= alliance_tags()
    return tags


def referencing_page_tags(obj):
    """``page:`` tags of the pages that link to, feature or embed ``obj`` (any language)."""
    from wagtail.models import Page, ReferenceIndex

    page_type = ReferenceIndex._get_base_content_type(Page)
    ids = (
        ReferenceIndex.get_references_to(obj)
        .filter(base_content_type=page_type)
        .values_list("object_id", flat=True)
    )
    keys = Page.objects.filter(id__in=[int(i) for i in ids]).values_list(
        "translation_key", flat=True
    )
    return {store.page_tag(key) for key in keys}


def _page_tags_of_types(*models):
    from wagtail.models import Page

    keys = Page.objects.type(*models).values_list("translation_key", flat=True).distinct()
    return {store.page_tag(key) for key in keys}


def alliance_tags(include_exchanges=False):
    """The alliance pages that count or list exchanges, practices and members (every language)."""
    from alliance.models import (
        DirectoryPage,
        ExchangeIndexPage,
        ExchangePage,
        MapPage,
        ProgrammeFiguresPage,
        RegionPage,
    )

    models = (DirectoryPage, MapPage, RegionPage, ExchangeIndexPage, ProgrammeFiguresPage)
    return _page_tags_of_types(*models, *((ExchangePage,) if include_exchanges else ()))


def _is_alliance_source(page):
    from alliance.models import ExchangePage
    from practices.models import PracticePage

    return isinstance(page.specific_deferred, ExchangePage | PracticePage)


def _is_public_organisation(organisation):
    from alliance.models import OrganisationProfile

    profile = getattr(organisation, "profile", None) if organisation.pk else None
    return (
        (profile is not None and profile.status == OrganisationProfile.APPROVED)
        or organisation.case_studies.exists()
        or bool(referencing_page_tags(organisation))
    )


def tags_for_model(instance, was_public=None):
    """Tags of a saved or deleted object that is not a page; None: it touches nothing public."""
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
    from wagtail.models import TranslatableMixin
    from wagtail.snippets.models import get_snippet_models

    from alliance.models import OrganisationProfile
    from practices.models import Organisation

    label = instance._meta.label
    if label in store.config()["NOT_CONTENT"]:
        return None
    if isinstance(instance, OrganisationProfile):
        approved = instance.status == OrganisationProfile.APPROVED
        if not (approved or was_public):
            return None  # an application awaiting a moderator (or rejected)
        return alliance_tags(include_exchanges=True) | {store.TAG_MEMO}
    if isinstance(instance, Organisation):
        if not (was_public or _is_public_organisation(instance)):
            return None
        return {store.TAG_ALL, store.TAG_MEMO} | alliance_tags(include_exchanges=True)
    if isinstance(instance, BaseSiteSetting | BaseGenericSetting):
        return {store.TAG_ALL, store.TAG_MEMO}
    if type(instance) in get_snippet_models():
        if isinstance(instance, TranslatableMixin) and instance.locale_id:
            return {
                store.TAG_SNIPPETS,
                store.TAG_MEMO,
                store.locale_tag(instance.locale.language_code),
            } | referencing_page_tags(instance)
        return {store.TAG_ALL, store.TAG_MEMO}
    return None


# --- the signal handlers ---------------------------------------------------------------------


def _on_page_change(sender, instance, **kwargs):
    purge(tags_for_page(instance))


def _on_page_move(sender, instance, parent_page_before=None, **kwargs):
    purge(tags_for_page(instance, subtree=True, also_below=parent_page_before))


def _on_page_deleted(sender, instance, **kwargs):
    from wagtail.models import Page

    if type(instance) is Page and instance.depth and instance.depth > 1:
        purge(tags_for_page(instance))


def _on_view_restriction_change(sender, instance, **kwargs):
    # A restriction hides a whole section, and any page of any language may link, list or
    # count a page below it: everything is purged (restrictions change rarely; a stale copy
    # showing a private page is not an option).
    if instance.page_id:
        purge({store.TAG_ALL, store.TAG_MEMO})


def _on_sitewide_change(sender, instance, **kwargs):
    purge({store.TAG_ALL, store.TAG_MEMO})


def _remember_public_state(sender, instance, **kwargs):
    """Before a save or delete: whether the object was public, so that withdrawing it purges."""
    from alliance.models import OrganisationProfile
    from practices.models import Organisation

    if kwargs.get("raw") or not instance.pk:
        return
    if isinstance(instance, OrganisationProfile):
        before = type(instance).objects.filter(pk=instance.pk).values_list("status", flat=True)
        instance._clothhub_was_public = OrganisationProfile.APPROVED in before
    elif isinstance(instance, Organisation):
        stored = type(instance).objects.filter(pk=instance.pk).first()
        instance._clothhub_was_public = stored is not None and _is_public_organisation(stored)


def _on_model_change(sender, instance, **kwargs):
    from taggit.models import TagBase
    from wagtail.models import Page, PageViewRestriction

    if kwargs.get("raw") or isinstance(instance, PageViewRestriction):
        return
    if isinstance(instance, Page | TagBase):
        # Drafts, revisions, tags: the memo (menus, breadcrumbs, labels) reads them as saved;
        # what readers see of a page changes only when it is published (handled above).
        purge({store.TAG_MEMO})
        return
    was_public = instance.__dict__.pop("_clothhub_was_public", None)
    tags = tags_for_model(instance, was_public=was_public)
    if tags:
        purge(tags)


def _on_certificate_change(sender, instance, **kwargs):
    from alliance.models import ProgrammeFiguresPage

    purge(_page_tags_of_types(ProgrammeFiguresPage))


def _on_task_finished(sender, task_result, **kwargs):
    tags = store.config()["PURGE_AFTER_TASKS"].get(task_result.task.module_path)
    if tags:
        purge(set(tags))


def connect():
    from django_tasks.signals import task_finished
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Locale, Page, PageViewRestriction, Site
    from wagtail.signals import page_published, page_unpublished, post_page_move

    memo.connect()
    page_published.connect(_on_page_change, dispatch_uid="clothhub_cache_published")
    page_unpublished.connect(_on_page_change, dispatch_uid="clothhub_cache_unpublished")
    post_page_move.connect(_on_page_move, dispatch_uid="clothhub_cache_moved")
    post_delete.connect(_on_page_deleted, sender=Page, dispatch_uid="clothhub_cache_deleted")
    pre_save.connect(_remember_public_state, dispatch_uid="clothhub_cache_before_save")
    pre_delete.connect(_remember_public_state, dispatch_uid="clothhub_cache_before_delete")
    try:
        from trainings.models import Certificate
    except ImportError:  # trainings not installed: no course completions to count
        Certificate = None
    for signal, name in ((post_save, "saved"), (post_delete, "removed")):
        signal.connect(
            _on_view_restriction_change,
            sender=PageViewRestriction,
            dispatch_uid=f"clothhub_cache_privacy_{name}",
        )
        for model in (get_image_model(), get_document_model(), Site, Locale):
            signal.connect(
                _on_sitewide_change,
                sender=model,
                dispatch_uid=f"clothhub_cache_{model._meta.label_lower}_{name}",
            )
        signal.connect(_on_model_change, dispatch_uid=f"clothhub_cache_models_{name}")
        if Certificate is not None:
            signal.connect(
                _on_certificate_change,
                sender=Certificate,
                dispatch_uid=f"clothhub_cache_certificate_{name}",
            )
    task_finished.connect(_on_task_finished, dispatch_uid="clothhub_cache_task_finished")
