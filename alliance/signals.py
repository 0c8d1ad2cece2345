"""Keep what readers see of the alliance in step with content changes.

The directory, map, region, exchanges index and figures pages show counts and lists computed from
other content (exchanges, case studies, member profiles, certificates). They are computed on every
request, but the anonymous page cache (clothhub.pagecache) stores whole pages per language; so:

- an exchange or a practice published, unpublished or deleted, a member profile or organisation
  saved or deleted, purges those pages in every language;
- a certificate issued purges the figures page;
- a member profile or organisation saved or deleted also reindexes the directory page for search
  (its search document lists the approved members).
"""

import threading
from contextlib import contextmanager

from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished

from clothhub import pagecache

_state = threading.local()


@contextmanager
def suspended():
    """Skip the purges and reindexing while a bulk job (the demo loader) saves many objects; the
    job does them once at the end."""
    _state.depth = getattr(_state, "depth", 0) + 1
    try:
        yield
    finally:
        _state.depth -= 1


def _is_suspended():
    return getattr(_state, "depth", 0) > 0


def _aggregate_models():
    from alliance.models import (
        DirectoryPage,
        ExchangeIndexPage,
        MapPage,
        ProgrammeFiguresPage,
        RegionPage,
    )

    return (DirectoryPage, MapPage, RegionPage, ExchangeIndexPage, ProgrammeFiguresPage)


def _tags(*models):
    from wagtail.models import Page

    keys = Page.objects.type(*models).values_list("translation_key", flat=True).distinct()
    return {pagecache.page_tag(key) for key in keys}


def purge_alliance_pages(include_exchanges=False):
    if not pagecache.generations_enabled() or _is_suspended():
        return
    from alliance.models import ExchangePage

    models = _aggregate_models() + ((ExchangePage,) if include_exchanges else ())
    pagecache.purge(_tags(*models))


def purge_figures_page(**kwargs):
    if not pagecache.generations_enabled() or _is_suspended():
        return
    from alliance.models import ProgrammeFiguresPage

    pagecache.purge(_tags(ProgrammeFiguresPage))


def reindex_directory():
    if _is_suspended():
        return
    from alliance.models import DirectoryPage
    from search.signals import enqueue

    enqueue("subtree", list(DirectoryPage.objects.values_list("pk", flat=True)))


def on_page_change(sender, instance, **kwargs):
    from alliance.models import ExchangePage
    from practices.models import PracticePage

    if isinstance(instance, ExchangePage | PracticePage):
        purge_alliance_pages()


def on_page_deleted(sender, instance, **kwargs):
    from alliance.models import ExchangePage
    from practices.models import PracticePage

    if isinstance(instance, ExchangePage | PracticePage) and instance.live:
        purge_alliance_pages()


def on_member_change(sender, instance, **kwargs):
    if kwargs.get("raw"):
        return
    if sender.__name__ == "Organisation" and not hasattr(instance, "profile"):
        return  # an organisation without a profile is not in the directory
    purge_alliance_pages(include_exchanges=True)
    reindex_directory()


def connect():
    from alliance.models import ExchangePage, OrganisationProfile
    from practices.models import Organisation

    page_published.connect(on_page_change, dispatch_uid="alliance_page_published")
    page_unpublished.connect(on_page_change, dispatch_uid="alliance_page_unpublished")
    post_delete.connect(
        on_page_deleted, sender=ExchangePage, dispatch_uid="alliance_exchange_deleted"
    )
    for signal, name in ((post_save, "saved"), (post_delete, "deleted")):
        signal.connect(
            on_member_change, sender=OrganisationProfile, dispatch_uid=f"alliance_profile_{name}"
        )
        signal.connect(
            on_member_change, sender=Organisation, dispatch_uid=f"alliance_organisation_{name}"
        )
    try:
        from trainings.models import Certificate
    except ImportError:  # trainings not installed: no course completions to follow
        return
    for signal, name in ((post_save, "saved"), (post_delete, "deleted")):
        signal.connect(
            purge_figures_page, sender=Certificate, dispatch_uid=f"alliance_certificate_{name}"
        )
