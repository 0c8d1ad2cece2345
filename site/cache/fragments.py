"""Fragment caches: the parts of a detail page that depend only on that page (a case study's
sections, figures, downloads; the language links), kept when the page cache is purged by
another page's publish. Stored in the ``default`` alias, keyed by the page's ``cache_key`` (id,
URL path, last publication), the reader's language, site and host, the template's ``vary``
values and the generations of ``all``, ``snippets`` and ``page:<translation key>`` — plus, for a
fragment that lists other pages (``listing=True``), ``locale:<reader's language>``.

Previews never read or write fragments; HTML holding a CSRF token is never stored; a cache
fault renders the fragment.
"""

import hashlib

from django.conf import settings
from django.core.cache import caches
from django.utils import translation
from wagtail.models import Site

from clothhub.cache import store

_PREFIX = "clothhub:fragment:"
_CSRF_FIELD = 'name="csrfmiddlewaretoken"'


def is_enabled():
    return bool(store.config()["FRAGMENTS"]) and store.available()


def tags_for(page, listing=False):
    tags = [store.TAG_ALL, store.TAG_SNIPPETS, store.page_tag(page.translation_key)]
    if listing:
        tags.append(store.locale_tag(translation.get_language() or settings.LANGUAGE_CODE))
    return tags


def _generations(request, page, listing):
    """The generations of the page's tags, read once per request, page and language."""
    seen = store.request_state(request).generations
    key = (page.pk, translation.get_language())
    if key not in seen:
        seen[key] = store.current_generations(tags_for(page, listing=True))
    if seen[key] is None:
        return None
    return {tag: seen[key][tag] for tag in tags_for(page, listing)}


def key_for(request, page, name, vary=(), listing=False):
    generations = _generations(request, page, listing)
    if generations is None:
        return None
    site = Site.find_for_request(request)
    parts = [
        name,
        page.cache_key,
        translation.get_language(),
        getattr(site, "pk", None),
        request.scheme,
        request.get_host(),
        sorted(generations.items()),
        [str(value) for value in vary],
    ]
    return _PREFIX + hashlib.sha256(repr(parts).encode("utf-8", "surrogateescape")).hexdigest()


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
    if key is None:
        return render()
    cache = caches[store.FRAGMENTS]
    html = store.attempt("fragment read", lambda: cache.get(key))
    if html is None:
        html = render()
        if _CSRF_FIELD not in html:
            timeout = store.config()["FRAGMENT_TIMEOUT"]
            store.attempt("fragment write", lambda: cache.set(key, str(html), timeout))
    return html
