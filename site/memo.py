"""Site data that almost every page reads and editors rarely change, kept in each application
process: the site of a host name, each language's home page and main menu, the partners in the
footer, vocabulary labels, the private sections of the page tree.

Without it an uncached page spends most of its time asking PostgreSQL the same few questions
(about 15 of a case study's 39 queries). With it those answers cost a dictionary lookup, checked
once per request against one *generation* value in the shared cache (Redis in production).

Invalidation: any save or delete of a page (draft or published, in any language), a page view
restriction, a site, a locale, a snippet, a setting or a tag gives the generation (the tag
``memo`` of clothhub.pagecache's generation store) a new random value, from whichever process
made the change; every process then recomputes an entry the next
time it is read. That is deliberately coarse — editors save a few times a minute at most, readers
read thousands of times — and it cannot miss a change made through the ORM.

Within one request the generation is read once (request_started resets it); outside requests
(management commands, the task worker, tests) it is read on every lookup, so nothing is stale
there either. The memo is off when there is no "shared" cache (the test profile, unless a test
configures one) or when MEMO=0.

Values are shared by the threads of a process: memoize plain data or objects the caller treats as
read-only.
"""

import threading

from django.conf import settings
from django.core.signals import request_finished, request_started

from clothhub import pagecache

# The generation is a tag of the page cache's generation store (clothhub.pagecache), purged on
# every change of content; page responses never depend on it.
TAG = "memo"
_MAX_ENTRIES = 5000
_store = {}
_local = threading.local()


def is_enabled():
    return getattr(settings, "CLOTHHUB_MEMO", True) and pagecache.generations_enabled()


def generation():
    """The current generation: read once per request, on every call outside requests."""
    in_request = getattr(_local, "in_request", False)
    current = getattr(_local, "generation", None) if in_request else None
    if current is None:
        current = pagecache.current_generations([TAG])[TAG]
        if in_request:
            _local.generation = current
    return current


def memoize(name, key, compute):
    """``compute()``, remembered in this process under (name, key) until the next change."""
    if not is_enabled():
        return compute()
    stamp = generation()
    entry = _store.get((name, key))
    if entry is not None and entry[0] == stamp:
        return entry[1]
    value = compute()
    if len(_store) >= _MAX_ENTRIES:  # a safety valve: keys are meant to be few (sites, languages)
        _store.clear()
    _store[(name, key)] = (stamp, value)
    return value


def invalidate():
    """Forget every memoized value, in every process."""
    _local.generation = None
    if is_enabled():
        pagecache.purge({TAG})


def clear_process():
    """Drop this process's entries (tests)."""
    _store.clear()
    _local.generation = None


def _request_started(**kwargs):
    _local.in_request = True
    _local.generation = None


def _request_finished(**kwargs):
    _local.in_request = False
    _local.generation = None


def _is_watched(model):
    from taggit.models import TagBase
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
    from wagtail.models import Locale, Page, PageViewRestriction, Site
    from wagtail.snippets.models import get_snippet_models

    return (
        issubclass(model, Page | PageViewRestriction | Site | Locale | TagBase)
        or issubclass(model, BaseGenericSetting | BaseSiteSetting)
        or model in get_snippet_models()
    )


def _on_change(sender, **kwargs):
    if is_enabled() and _is_watched(sender):
        invalidate()


def connect_signals():
    """Publishing, unpublishing and moving a page all save it: post_save covers them."""
    from django.db.models.signals import post_delete, post_save

    request_started.connect(_request_started, dispatch_uid="clothhub_memo_request_started")
    request_finished.connect(_request_finished, dispatch_uid="clothhub_memo_request_finished")
    post_save.connect(_on_change, dispatch_uid="clothhub_memo_saved")
    post_delete.connect(_on_change, dispatch_uid="clothhub_memo_deleted")


# --- what is memoized beyond the callers' own memoize() calls ------------------------------------


def language_code_of(obj):
    """The language code of a translatable object's locale, without loading the locale."""
    from wagtail.models import Locale

    def codes():
        return dict(Locale.objects.values_list("id", "language_code"))

    code = memoize("locale-codes", None, codes).get(obj.locale_id)
    return code if code is not None else obj.locale.language_code


def _private_sections():
    from wagtail.models import PageViewRestriction

    return [
        (restriction.page.path, restriction.page.depth, restriction.pk)
        for restriction in PageViewRestriction.objects.select_related("page")
    ]


def _alias_sections():
    """Paths of alias pages that have pages below them: Wagtail applies an alias source's
    restrictions to the alias, so pages below one are left to Wagtail's own lookup."""
    from wagtail.models import Page

    return list(
        Page.objects.filter(alias_of__isnull=False, numchild__gt=0).values_list("path", flat=True)
    )


def _get_view_restrictions(page):
    """Wagtail's ``Page.get_view_restrictions`` (the restrictions on the page and its ancestors)
    answered from the memoized restricted sections: no query when nothing restricts the page.
    Aliases, and pages below an alias, keep Wagtail's own two-query lookup."""
    from wagtail.models import PageViewRestriction

    if not is_enabled() or page.alias_of_id or not page.path:
        return _original_get_view_restrictions(page)
    if any(page.path.startswith(path) for path in memoize("alias-sections", None, _alias_sections)):
        return _original_get_view_restrictions(page)
    ids = [
        pk
        for path, _depth, pk in memoize("private-sections", None, _private_sections)
        if page.path.startswith(path)
    ]
    if not ids:
        return PageViewRestriction.objects.none()
    return PageViewRestriction.objects.filter(pk__in=ids)


_original_get_view_restrictions = None


def _private_q(queryset):
    """Wagtail's ``PageQuerySet.private_q`` (pages in or below a restricted page), built from the
    memoized list of restricted pages instead of a query each time ``.public()`` is called."""
    from django.db.models import Q

    q = Q()
    for path, depth, _pk in memoize("private-sections", None, _private_sections):
        q |= Q(path__startswith=path) & Q(depth__gte=depth)
    return q if q else Q(pk__in=[])


def install():
    """Connect the invalidation signals and route Wagtail's hottest lookups through the memo:
    locales by language code, and the private sections behind ``.public()`` and behind the view
    restriction check Wagtail runs before serving every page."""
    from wagtail.models import Locale, Page
    from wagtail.query import PageQuerySet

    connect_signals()

    manager = Locale.objects
    if not getattr(manager.get_for_language, "clothhub_memo", False):
        original = manager.get_for_language

        def get_for_language(language_code):
            return memoize("locale", language_code, lambda: original(language_code))

        get_for_language.clothhub_memo = True
        manager.get_for_language = get_for_language
    PageQuerySet.private_q = _private_q
    global _original_get_view_restrictions
    if _original_get_view_restrictions is None:
        _original_get_view_restrictions = Page.get_view_restrictions
        Page.get_view_restrictions = _get_view_restrictions


class SiteMiddleware:
    """Find the Wagtail site of a request in the memo (Wagtail looks it up with a query on every
    request, then keeps it on ``request._wagtail_site``, where this puts it first)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if is_enabled():
            from django.core.exceptions import DisallowedHost
            from django.http.request import split_domain_port
            from wagtail.models import Site

            try:
                host = request.get_host()  # an allowed host only: memo keys stay few
            except DisallowedHost:
                host = None  # CommonMiddleware answers 400 further in
            if host is not None:
                hostname = split_domain_port(host)[0]
                request._wagtail_site = memoize(
                    "site", (hostname, request.get_port()), lambda: Site._find_for_request(request)
                )
        return self.get_response(request)
