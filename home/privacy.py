"""Whether a page may be shown to everyone — live and public — decided by the database itself.

A page is *public* when no ``PageViewRestriction`` (password, login, groups) sits on it or on any
page above it and, for an alias, none sits on its source or above it (Wagtail applies a source's
restrictions to its aliases). It is *reachable* when no page between the site root and it is a
draft (unpublishing a section takes what is below it out of listings and search).

Every check here is part of the SQL of the query that needs the answer (correlated ``EXISTS``
subqueries on ``wagtailcore_pagerestriction``), never a list read earlier, cached or memoised:
a restriction added a moment ago, in this transaction or by another process, is seen by the very
next query. Wagtail's ``.public()`` and ``get_view_restrictions()`` are not used for this on
purpose, so the answer stays right whatever caches sit in front of them.

Use ``live_public(queryset)`` for listings, ``visible_q(prefix)`` to filter other models through
their page (``visible_q("page__")`` on search documents) and ``live_public_ids(ids)`` or
``is_live_public(page)`` for a few pages at once (one query).
"""

from collections.abc import Iterable

from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Length, Substr
from wagtail.models import Page, PageViewRestriction


def _restricted_at(path_ref) -> Exists:
    """A restriction on the page whose path is ``path_ref`` or on one of its ancestors: the
    restricted page's path is a prefix of it (tree paths are prefixes of their descendants')."""
    return Exists(
        PageViewRestriction.objects.filter(
            page__path=Substr(path_ref, 1, Length("page__path"))
        ).values("pk")
    )


def _draft_above(path_ref, depth_ref) -> Exists:
    """A draft page strictly above the page (below the tree root, which is never published)."""
    return Exists(
        Page.objects.filter(
            live=False,
            depth__gt=1,
            depth__lt=depth_ref,
            path=Substr(path_ref, 1, Length("path")),
        ).values("pk")
    )


def public_q(prefix: str = "") -> Q:
    """Pages (reached through ``prefix``, e.g. ``"page__"``) with no view restriction on them, on
    an ancestor, or — for aliases — on their source or its ancestors."""
    own = _restricted_at(OuterRef(f"{prefix}path"))
    # The alias's source page, by id (no join in the outer query), restricted at its own path.
    source = Exists(
        Page.objects.filter(pk=OuterRef(f"{prefix}alias_of_id"))
        .filter(_restricted_at(OuterRef("path")))
        .values("pk")
    )
    return ~Q(own) & (Q(**{f"{prefix}alias_of__isnull": True}) | ~Q(source))


def live_public_q(prefix: str = "") -> Q:
    """Live and public (see ``public_q``)."""
    return Q(**{f"{prefix}live": True}) & public_q(prefix)


def visible_q(prefix: str = "") -> Q:
    """Live, public and reachable: what search and the sitemap may show."""
    draft_above = _draft_above(OuterRef(f"{prefix}path"), OuterRef(f"{prefix}depth"))
    return live_public_q(prefix) & ~Q(draft_above)


def live_public(queryset):
    """``queryset`` (of pages) narrowed to live, public pages."""
    return queryset.filter(live_public_q())


def live_public_ids(page_ids: Iterable[int]) -> set[int]:
    """The ids among ``page_ids`` of pages that are live and public now (one query)."""
    ids = {int(i) for i in page_ids if i}
    if not ids:
        return set()
    return set(live_public(Page.objects.filter(pk__in=ids)).values_list("pk", flat=True))


def is_live_public(page) -> bool:
    """Whether the saved page ``page`` is live and public now (one query)."""
    return bool(page is not None and page.pk and page.pk in live_public_ids([page.pk]))
