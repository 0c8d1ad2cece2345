"""Keep the directory's search document in step with member profiles.

The directory page's search document lists the approved members, so a member profile or an
organisation saved or deleted reindexes it. What readers see cached (the directory, map, region,
exchanges and figures pages) is purged by clothhub.cache.invalidation, like every other cache.
"""

import threading
from contextlib import contextmanager

from django.db.models.signals import post_delete, post_save

_state = threading.local()


@contextmanager
def suspended():
    """Skip the reindexing while a bulk job (the demo loader) saves many objects; the job
    reindexes once at the end."""
    _state.depth = getattr(_state, "depth", 0) + 1
    try:
        yield
    finally:
        _state.depth -= 1


def _is_suspended():
    return getattr(_state, "depth", 0) > 0


def reindex_directory():
    if _is_suspended():
        return
    from alliance.models import DirectoryPage
    from search.signals import enqueue

    enqueue("subtree", list(DirectoryPage.objects.values_list("pk", flat=True)))


def on_member_change(sender, instance, **kwargs):
    if kwargs.get("raw"):
        return
    if sender.__name__ == "Organisation" and not hasattr(instance, "profile"):
        return  # an organisation without a profile is not in the directory
    reindex_directory()


def connect():
    from alliance.models import OrganisationProfile
    from practices.models import Organisation

    for signal, name in ((post_save, "saved"), (post_delete, "deleted")):
        signal.connect(
            on_member_change, sender=OrganisationProfile, dispatch_uid=f"alliance_profile_{name}"
        )
        signal.connect(
            on_member_change, sender=Organisation, dispatch_uid=f"alliance_organisation_{name}"
        )
