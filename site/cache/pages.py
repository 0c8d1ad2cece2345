"""The anonymous page cache: whole responses for readers without a session, in the ``pages``
alias, keyed by host, path and the query parameters the view reads, valid while the generations
of their tags (clothhub.cache.store) are unchanged. Also the HTTP headers of every page.

Only GET/HEAD without a session or messages cookie, to a view in ``VIEWS``, answered 200 with no
cookie, no ``private``/``no-store``/``no-cache`` and no view restriction on the page, is stored.
Query parameters a view does not read are removed from the request before the view runs, so a
junk parameter neither creates an entry nor changes the page; more than ``MAX_VALUES`` values or
a value longer than ``MAX_VALUE_LENGTH`` is not cached at all.
"""

import hashlib
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse, QueryDict
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.translation import get_language_from_path

from clothhub.cache import store

_PREFIX = "clothhub:page:"
_MAX_PATH_LENGTH = 1024
MAX_VALUES = 20
MAX_VALUE_LENGTH = 200
_UNCACHEABLE_DIRECTIVES = ("private", "no-store", "no-cache")


def is_enabled():
    return bool(store.config()["PAGES"]) and store.available() and store.PAGES in settings.CACHES


def _all_parameters():
    names = set()
    for spec in store.config()["VIEWS"].values():
        names.update(spec.get("parameters", ()))
    return names


def normalised_query(query_string, names):
    """The parameters in ``names``, sorted, as a QueryDict; None when there are too many values
    or too long ones (such a request is served, not stored)."""
    query = QueryDict(query_string)
    kept = QueryDict(mutable=True)
    count = 0
    for name in sorted(set(query) & set(names)):
        values = sorted(query.getlist(name))
        count += len(values)
        if count > MAX_VALUES or any(len(value) > MAX_VALUE_LENGTH for value in values):
            return None
        kept.setlist(name, values)
    kept._mutable = False
    return kept


def _cache_key(request, query):
    raw = f"{request.scheme}://{request.get_host()}{request.path}?{query.urlencode()}"
    return _PREFIX + hashlib.sha256(raw.encode("utf-8", "surrogateescape")).hexdigest()


def tags_of(request, view_name):
    """The tags a response depends on: everything site-wide, its URL's language, the view's own
    tags and, for a page, the page (its translations), the pages below it and its language."""
    language = get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    tags = [store.TAG_ALL, store.locale_tag(language)]
    tags += list(store.config()["VIEWS"].get(view_name, {}).get("tags", ()))
    page = store.request_state(request).page
    if page is not None:
        tags += [
            store.page_tag(page.translation_key),
            store.tree_tag(page.translation_key),
            store.locale_tag(page.locale.language_code),
        ]
    return list(dict.fromkeys(tags))


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


def public_headers(response, tags, etag=None):
    """Headers of a public, cacheable response: browsers revalidate, a CDN keeps it S_MAXAGE
    seconds (and serves it while the site fails), tagged for purging by tag (surrogate keys)."""
    conf = store.config()
    patch_cache_control(
        response,
        public=True,
        max_age=conf["MAX_AGE"],
        s_maxage=conf["S_MAXAGE"],
        must_revalidate=conf["MAX_AGE"] == 0,
        stale_if_error=conf["STALE_IF_ERROR"],
    )
    patch_vary_headers(response, ("Cookie",))
    response["Surrogate-Key"] = " ".join(tags)  # Fastly, Varnish xkey
    response["Cache-Tag"] = ",".join(tags)  # Cloudflare
    if etag:
        response["ETag"] = etag


def mark_private(response):
    patch_cache_control(response, private=True, no_cache=True)
    patch_vary_headers(response, ("Cookie",))


class PageCacheMiddleware:
    """Serve and store anonymous page responses; see the module docstring.

    Placed right after WhiteNoise: a hit skips sessions, authentication and routing, and what
    the inner middleware add (CSP, X-Frame-Options) is stored with the response.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_enabled() or request.method not in ("GET", "HEAD"):
            return self.get_response(request)
        if _has_private_state(request):
            response = self.get_response(request)
            mark_private(response)
            return response
        query = normalised_query(request.META.get("QUERY_STRING", ""), _all_parameters())
        if query is None or len(request.path) > _MAX_PATH_LENGTH:
            return self.get_response(request)

        key = _cache_key(request, query)
        entry = store.attempt("page read", lambda: caches[store.PAGES].get(key))
        if entry is not None and store.current_generations(entry.generations) == entry.generations:
            response = entry.to_response()
            response["X-Cache"] = "hit"
            return get_conditional_response(request, etag=response["ETag"], response=response)

        state = store.request_state(request)
        state.candidate = True
        # Read before rendering: a purge during rendering then makes the stored copy a miss.
        language = get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
        generations = store.current_generations([store.TAG_ALL, store.locale_tag(language)])
        response = self.get_response(request)
        if not self._is_cacheable(request, response) or generations is None:
            if response.cookies and not response.has_header("Cache-Control"):
                mark_private(response)
            return response

        tags = tags_of(request, request.resolver_match.view_name)
        more = store.current_generations([tag for tag in tags if tag not in generations])
        if more is None:
            return response
        generations.update(more)
        digest = hashlib.md5(response.content, usedforsecurity=False).hexdigest()
        etag = f'"{digest}"'
        public_headers(response, tags, etag)
        entry = CachedPage(
            status=response.status_code,
            headers=list(response.items()),
            content=response.content,
            generations=generations,
        )
        timeout = store.config()["PAGE_TIMEOUT"]
        store.attempt("page write", lambda: caches[store.PAGES].set(key, entry, timeout))
        response["X-Cache"] = "miss"
        return get_conditional_response(request, etag=etag, response=response)

    def process_view(self, request, view_func, view_args, view_kwargs):
        """Give a cacheable view only the parameters it reads, in the order of the cache key."""
        state = store.request_state(request)
        if not state.candidate:
            return None
        spec = store.config()["VIEWS"].get(request.resolver_match.view_name)
        if spec is None:
            return None
        own = set(spec.get("parameters", ()))
        present = set(request.GET)
        if present & (_all_parameters() - own):
            state.storable = False  # another view's parameter: served, not stored
        query = normalised_query(request.META.get("QUERY_STRING", ""), own)
        if query is None:
            state.storable = False
            return None
        request.GET = query
        request.META["QUERY_STRING"] = query.urlencode()
        return None

    def _is_cacheable(self, request, response):
        if response.status_code != 200 or response.streaming or response.cookies:
            return False
        match = getattr(request, "resolver_match", None)
        if match is None or match.view_name not in store.config()["VIEWS"]:
            return False
        if not store.request_state(request).storable:
            return False
        cache_control = response.get("Cache-Control", "")
        if any(directive in cache_control for directive in _UNCACHEABLE_DIRECTIVES):
            return False
        if getattr(request, "is_preview", False):
            return False
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            return False
        page = store.request_state(request).page
        # From the database, every time: a private page is never stored.
        if page is not None and page.get_view_restrictions().exists():
            return False
        return True


def remember_served_page(page, request, serve_args, serve_kwargs):
    """``before_serve_page`` hook: the page a response shows (its tags)."""
    store.request_state(request).page = page
