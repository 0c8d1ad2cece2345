"""Fragment caches: the parts of a detail page that depend only on that page, kept after the
page cache has been purged.

The anonymous page cache (clothhub.pagecache) stores whole responses and purges every page of a
language when any page of that language is published, because listings, menus and search
results of the language may show it. Most of a case study — its sections, figures, metadata,
downloads, key facts — does not change when another page is published. Those parts are stored
as fragments keyed by:

- the page's ``cache_key`` (Wagtail: its id, URL path and last publication time),
- the generations of the tags ``all`` (images, documents, sites, settings), ``snippets``
  (vocabularies, organisations, partners) and ``page:<translation key>`` (this page or any of
  its translations, and pages that reference it) — the same generations the page cache keeps,
- the reader's language, the site, and whatever the template adds (``vary``),
- for fragments that list other pages (related practices), the generation of the language
  (``locale:<code>``), the tag the page cache purges on every publish in that language.

So after a publish the page cache misses, but rebuilding a case study reuses its fragments: the
slow part of the miss (a dozen queries and most of the template work) is skipped. Signed-in
readers, who never get cached pages, get cached fragments too: nothing in a fragment depends on
the reader (the template tag refuses to store HTML that holds a CSRF token).

Previews (``request.is_preview``) never read or write fragments. FRAGMENT_CACHE=0 turns them
off; they need the shared cache's tag generations (the test profile has none unless a test
configures it).
"""

import hashlib

from django.conf import settings
from django.core.cache import caches
from django.utils import translation

from clothhub import pagecache

_PREFIX = "clothhub:fragment:"
_CSRF_FIELD = 'name="csrfmiddlewaretoken"'


def config():
    defaults = {"ENABLED": True, "CACHE_ALIAS": "default", "TIMEOUT": 86_400}
    return {**defaults, **getattr(settings, "CLOTHHUB_FRAGMENT_CACHE", {})}


def is_enabled():
    return bool(config()["ENABLED"]) and pagecache.generations_enabled()


def tags_for(page, listing=False):
    tags = [pagecache.TAG_ALL, pagecache.TAG_SNIPPETS, pagecache.page_tag(page.translation_key)]
    if listing:
        tags.append(pagecache.locale_tag(translation.get_language() or settings.LANGUAGE_CODE))
    return tags


def _generations(request, page, listing):
    """The generations of the page's tags, read once per request and page (one round trip to
    the shared cache for all the fragments of a page)."""
    seen = request.__dict__.setdefault("_clothhub_fragment_generations", {})
    key = (page.pk, translation.get_language())
    if key not in seen:
        seen[key] = pagecache.current_generations(tags_for(page, listing=True))
    return {tag: seen[key][tag] for tag in tags_for(page, listing)}


def key_for(request, page, name, vary=(), listing=False):
    generations = _generations(request, page, listing)
    site = getattr(request, "_wagtail_site", None)
    parts = [
        name,
        page.cache_key,  # Wagtail: the page's id, URL path and last publication
        translation.get_language(),
        getattr(site, "pk", None),
        request.scheme,
        request.get_host(),
        sorted(generations.items()),
        [str(value) for value in vary],
    ]
    digest = hashlib.sha256(repr(parts).encode("utf-8", "surrogateescape")).hexdigest()
    return _PREFIX + digest


def cacheable(request, page):
    return (
        is_enabled()
        and request is not None
        and not getattr(request, "is_preview", False)
        and page is not None
        and getattr(page, "pk", None) is not None
        and getattr(page, "last_published_at", None) is not None
    )


def get_or_render(request, page, name, render, vary=(), listing=False):
    """The fragment's HTML from the cache, or ``render()`` (stored unless it holds a form token)."""
    if not cacheable(request, page):
        return render()
    key = key_for(request, page, name, vary, listing)
    conf = config()
    cache = caches[conf["CACHE_ALIAS"]]
    html = cache.get(key)
    if html is None:
        html = render()
        if _CSRF_FIELD not in html:
            cache.set(key, str(html), conf["TIMEOUT"])
    return html
