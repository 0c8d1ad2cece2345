"""Anonymous page cache: whole HTML responses for visitors who are not signed in, stored in the
Django cache alias ``settings.CLOTHHUB_PAGE_CACHE["CACHE_ALIAS"]`` and purged when content that can
appear on them changes.

How purging works (tag generations)
-----------------------------------
Every cached response is stored with the *generation* of each tag it depends on. A tag's
generation is a random value in the same cache; purging a tag means giving it a new random value,
after which every response that recorded the old value is a miss. Nothing is scanned or deleted:
a purge is one cache write per tag, whatever the number of cached pages.

A response depends on:

- ``all``: site-wide changes (images, documents, snippets without a language, settings, sites).
- ``locale:<code>``: the language of the URL. The menu, the home page, every listing, the search
  results and the feeds of a language show that language's pages, so any page published,
  unpublished, moved or deleted in a language purges that language — and only that language.
- ``locale:<code>`` of the page served, when it differs (a page served in another language as a
  fallback, see ``home.views.serve``), so its related-content blocks stay right too.
- extra tags named per view in ``CACHEABLE_VIEWS``, e.g. ``search`` for the search page, which
  the search index task purges when it has applied a change (in production it runs after the
  publish, in the worker).
- ``page:<translation_key>``: the page served. A page's language switcher and hreflang links list
  all its translations, and a fallback page is shown under other languages' URLs, so a change to
  any translation of a page purges every language's copy of that page — and nothing else there.
- ``tree:<translation_key>``: the pages below the page served, in any language. Index pages list
  their descendants, and some listings show other languages too (the practices index's language
  filter and counts), so a change to a page purges the ``tree:`` tag of each of its ancestors:
  the index pages above it and the home pages, in every language.

A page change purges: its language, its translation key, the ``tree:`` tags of its ancestors,
the translation keys of the pages that reference it (Wagtail's ReferenceIndex: featured pages,
"linked page" and "linked case study" blocks, in any language) and, for moves and privacy
changes, the translation keys of its subtree. That is what "precise" means here: a change in
Spanish never purges the French site, except the French copy of that very page, French pages that
link to it and the French listings above it (index and home pages, which count or list practices
of every language); saving a draft purges nothing; static files are never touched.

We chose generations over per-response dependency lists because a page cannot know in advance
which listings will show it, while a listing always shows pages of its language or below its
translations — the per-language and per-subtree generations are exact for listings, search and
menus, and cost one cache read per hit (the entry, then its tags' generations in one get_many).

Who sees cached pages
---------------------
Only GET/HEAD requests without a session cookie (signed-in trainees and editors, and anyone with
session state such as a passed page password or flash messages, always get a fresh page marked
``Cache-Control: private``), to views listed in ``CACHEABLE_VIEWS`` (Wagtail's page serving and
the search page), with a 200 answer that sets no cookie (so forms with CSRF tokens are never
stored), for pages without view restrictions. Previews live under /admin/ and are never cached.
"""

import hashlib
import uuid
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.translation import get_language_from_path

TAG_ALL = "all"
TAG_SNIPPETS = "snippets"
_GEN_PREFIX = "clothhub:gen:"
_PAGE_PREFIX = "clothhub:page:"
_MAX_PATH_LENGTH = 1024
_UNCACHEABLE_DIRECTIVES = ("private", "no-store", "no-cache")


def config():
    defaults = {
        "ENABLED": True,
        "CACHE_ALIAS": "shared",
        "TIMEOUT": 600,
        # Browsers revalidate every time (max-age=0; the ETag makes that a cheap 304), so a reader
        # sees a change at once; shared caches (a CDN) may keep a copy S_MAXAGE seconds.
        "MAX_AGE": 0,
        "S_MAXAGE": 60,
        # view name → extra tags its responses depend on
        "CACHEABLE_VIEWS": {"wagtail_serve": ()},
        # background task path → tags to purge when it finishes (e.g. the search index update)
        "PURGE_AFTER_TASKS": {},
    }
    return {**defaults, **getattr(settings, "CLOTHHUB_PAGE_CACHE", {})}


def is_enabled():
    """Whether whole responses are cached (the middleware)."""
    return bool(config()["ENABLED"]) and generations_enabled()


def generations_enabled():
    """Whether tag generations are kept and purged. They outlive the page cache's own switch:
    the fragment caches (clothhub.fragments) key on them too, so PAGE_CACHE=0 still purges."""
    return config()["CACHE_ALIAS"] in settings.CACHES


def _cache():
    return caches[config()["CACHE_ALIAS"]]


# --- generations -----------------------------------------------------------------------------


def locale_tag(code):
    return f"locale:{code}"


def page_tag(translation_key):
    return f"page:{translation_key}"


def tree_tag(translation_key):
    return f"tree:{translation_key}"


def current_generations(tags):
    """The current generation of each tag; a tag without one (never purged, or evicted) gets a
    fresh random one, so that a response stored under a lost generation can never match again."""
    cache = _cache()
    keys = {tag: _GEN_PREFIX + tag for tag in tags}
    found = cache.get_many(list(keys.values()))
    generations = {}
    missing = []
    for tag, key in keys.items():
        if key in found:
            generations[tag] = found[key]
        else:
            missing.append(tag)
    for tag in missing:
        # add() keeps a value another process set in the meantime; read back what won.
        cache.add(keys[tag], uuid.uuid4().hex, None)
    if missing:
        again = cache.get_many([keys[tag] for tag in missing])
        for tag in missing:
            generations[tag] = again.get(keys[tag], "")
    return generations


def purge(tags):
    """Invalidate every cached response and fragment that depends on any of ``tags``."""
    if not generations_enabled() or not tags:
        return
    _cache().set_many({_GEN_PREFIX + tag: uuid.uuid4().hex for tag in tags}, None)


# --- the middleware ----------------------------------------------------------------------------


@dataclass
class CachedPage:
    status: int
    headers: list
    content: bytes
    generations: dict

    def to_response(self):
        response = HttpResponse(self.content, status=self.status)
        for name, value in self.headers:
            response[name] = value
        return response


def _has_private_state(request):
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies


def _cache_key(request):
    raw = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    return _PAGE_PREFIX + hashlib.sha256(raw.encode("utf-8", "surrogateescape")).hexdigest()


def _public_headers(response, etag):
    conf = config()
    patch_cache_control(
        response,
        public=True,
        max_age=conf["MAX_AGE"],
        s_maxage=conf["S_MAXAGE"],
        must_revalidate=conf["MAX_AGE"] == 0,
    )
    patch_vary_headers(response, ("Cookie",))
    response["ETag"] = etag


def _mark_private(response):
    patch_cache_control(response, private=True, no_cache=True)
    patch_vary_headers(response, ("Cookie",))


class PageCacheMiddleware:
    """Serve and store anonymous page responses; see the module docstring.

    Place it right after WhiteNoise: a hit then skips sessions, authentication and page routing,
    and what the inner middleware add (CSP, X-Frame-Options) is stored with the response.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_enabled() or request.method not in ("GET", "HEAD"):
            return self.get_response(request)
        if _has_private_state(request):
            response = self.get_response(request)
            _mark_private(response)
            return response
        if len(request.get_full_path()) > _MAX_PATH_LENGTH:
            return self.get_response(request)

        cache = _cache()
        key = _cache_key(request)
        entry = cache.get(key)
        if entry is not None and current_generations(entry.generations) == entry.generations:
            response = entry.to_response()
            response["X-Cache"] = "hit"
            return get_conditional_response(request, etag=response["ETag"], response=response)

        language = get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
        base_tags = [TAG_ALL, locale_tag(language)]
        # Read before rendering: a purge during rendering then makes the stored copy a miss.
        generations = current_generations(base_tags)
        response = self.get_response(request)
        if not self._is_cacheable(request, response):
            if response.cookies and not response.has_header("Cache-Control"):
                _mark_private(response)
            return response

        page = getattr(request, "clothhub_served_page", None)
        extra_tags = list(config()["CACHEABLE_VIEWS"][request.resolver_match.view_name])
        if page is not None:
            extra_tags.append(page_tag(page.translation_key))
            extra_tags.append(tree_tag(page.translation_key))
            extra_tags.append(locale_tag(page.locale.language_code))
        generations.update(current_generations([t for t in extra_tags if t not in generations]))

        digest = hashlib.md5(response.content, usedforsecurity=False).hexdigest()
        etag = f'"{digest}"'
        _public_headers(response, etag)
        response["X-Cache"] = "miss"
        entry = CachedPage(
            status=response.status_code,
            headers=[(k, v) for k, v in response.items() if k != "X-Cache"],
            content=response.content,
            generations=generations,
        )
        cache.set(key, entry, config()["TIMEOUT"])
        return get_conditional_response(request, etag=etag, response=response)

    def _is_cacheable(self, request, response):
        if response.status_code != 200 or response.streaming or response.cookies:
            return False
        match = getattr(request, "resolver_match", None)
        if match is None or match.view_name not in config()["CACHEABLE_VIEWS"]:
            return False
        cache_control = response.get("Cache-Control", "")
        if any(directive in cache_control for directive in _UNCACHEABLE_DIRECTIVES):
            return False
        if getattr(request, "is_preview", False):
            return False
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            return False
        page = getattr(request, "clothhub_served_page", None)
        if page is not None and page.get_view_restrictions().exists():
            return False
        return True


def remember_served_page(page, request, serve_args, serve_kwargs):
    """``before_serve_page`` hook: record which page a response shows (for its purge tags)."""
    request.clothhub_served_page = page


# --- purging on content changes ----------------------------------------------------------------


def tags_for_page(page, subtree=False, also_below=None):
    """Tags to purge when ``page`` is published, unpublished, moved, deleted or its privacy
    changes: its language, its translation key, the ``tree:`` tag of each ancestor (listings and
    home pages of every language), the pages that reference it and, with ``subtree``, every page
    below it. ``also_below``: a former parent (moves), whose ancestors are purged too."""
    from wagtail.models import Page

    tags = {locale_tag(page.locale.language_code), page_tag(page.translation_key)}
    parents = [page] + ([also_below] if also_below is not None else [])
    for parent in parents:
        ancestors = Page.objects.ancestor_of(parent, inclusive=parent is not page).filter(
            depth__gt=1
        )
        tags.update(tree_tag(key) for key in ancestors.values_list("translation_key", flat=True))
    if subtree:
        keys = Page.objects.descendant_of(page).values_list("translation_key", flat=True)
        tags.update(page_tag(key) for key in keys)
    return tags | referencing_page_tags(page)


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
    return {page_tag(key) for key in keys}


def _on_page_change(sender, instance, **kwargs):
    if generations_enabled():
        purge(tags_for_page(instance))


def _on_page_move(sender, instance, parent_page_before=None, **kwargs):
    if generations_enabled():
        purge(tags_for_page(instance, subtree=True, also_below=parent_page_before))


def _on_delete(sender, instance, **kwargs):
    from wagtail.models import Page

    if (
        generations_enabled()
        and isinstance(instance, Page)
        and instance.depth
        and instance.depth > 1
    ):
        purge(tags_for_page(instance))


def _on_view_restriction_change(sender, instance, **kwargs):
    if generations_enabled() and instance.page_id:
        purge(tags_for_page(instance.page, subtree=True))


def _on_sitewide_change(sender, instance, **kwargs):
    purge({TAG_ALL})


def _on_model_change(sender, instance, **kwargs):
    """Snippets and settings: a snippet in a language purges that language and the pages that use
    it; snippets without a language and site or generic settings purge everything. Every
    snippet change also purges ``snippets``: the fragments of detail pages show vocabulary labels,
    organisations and partners without depending on their language's other pages."""
    if not generations_enabled():
        return
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
    from wagtail.models import TranslatableMixin
    from wagtail.snippets.models import get_snippet_models

    if isinstance(instance, BaseSiteSetting | BaseGenericSetting):
        purge({TAG_ALL})
    elif type(instance) in get_snippet_models():
        if isinstance(instance, TranslatableMixin) and instance.locale_id:
            purge(
                {TAG_SNIPPETS, locale_tag(instance.locale.language_code)}
                | referencing_page_tags(instance)
            )
        else:
            purge({TAG_ALL})


def connect_purge_signals():
    from django.db.models.signals import post_delete, post_save
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Locale, PageViewRestriction, Site
    from wagtail.signals import page_published, page_unpublished, post_page_move

    page_published.connect(_on_page_change, dispatch_uid="clothhub_pagecache_published")
    page_unpublished.connect(_on_page_change, dispatch_uid="clothhub_pagecache_unpublished")
    post_page_move.connect(_on_page_move, dispatch_uid="clothhub_pagecache_moved")
    post_delete.connect(_on_delete, dispatch_uid="clothhub_pagecache_deleted")
    for signal, name in ((post_save, "saved"), (post_delete, "removed")):
        signal.connect(
            _on_view_restriction_change,
            sender=PageViewRestriction,
            dispatch_uid=f"clothhub_pagecache_privacy_{name}",
        )
        for model in (get_image_model(), get_document_model(), Site, Locale):
            signal.connect(
                _on_sitewide_change,
                sender=model,
                dispatch_uid=f"clothhub_pagecache_{model._meta.label_lower}_{name}",
            )
        signal.connect(_on_model_change, dispatch_uid=f"clothhub_pagecache_models_{name}")

    from django_tasks.signals import task_finished

    task_finished.connect(_on_task_finished, dispatch_uid="clothhub_pagecache_task_finished")


def _on_task_finished(sender, task_result, **kwargs):
    tags = config()["PURGE_AFTER_TASKS"].get(task_result.task.module_path)
    if tags:
        purge(set(tags))
