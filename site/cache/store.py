"""Tags, their generations and the settings of every cache layer (see README.md).

A tag's *generation* is a random value in the ``shared`` cache alias. Whatever is stored (a whole
page, a fragment, the memo of site data) records the generations of the tags it depends on and is
used only while they are unchanged; purging a tag gives it a new value. Every cache call goes
through ``attempt()``: a cache that cannot be read or written (Redis down, a full disk) makes the
caller render uncached, never fail.
"""

import logging
import uuid
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import caches

logger = logging.getLogger("clothhub.cache")

GENERATIONS = "shared"  # tag generations (and nothing a cull could take away: entries have no TTL)
PAGES = (
    "pages"  # whole anonymous responses, in their own alias so that culling them drops nothing else
)
FRAGMENTS = "default"  # parts of detail pages

TAG_ALL = "all"
TAG_SNIPPETS = "snippets"
TAG_MEMO = "memo"
_GEN_PREFIX = "clothhub:gen:"

_DEFAULTS = {
    "PAGES": True,
    "FRAGMENTS": True,
    "MEMO": True,
    "PAGE_TIMEOUT": 600,
    "FRAGMENT_TIMEOUT": 86_400,
    # Browsers revalidate every time (max-age=0, the ETag makes it a 304); a CDN may keep a copy
    # S_MAXAGE seconds, and serve it up to STALE_IF_ERROR seconds while the site answers errors.
    "MAX_AGE": 0,
    "S_MAXAGE": 60,
    "STALE_IF_ERROR": 86_400,
    # view name -> {"tags": extra tags of its responses, "parameters": query parameters it reads}
    "VIEWS": {"wagtail_serve": {"tags": (), "parameters": ()}},
    # background task path -> tags to purge when it finishes (e.g. the search index update)
    "PURGE_AFTER_TASKS": {},
    # models whose rows are never shown publicly as saved (reader feedback): they purge nothing
    "NOT_CONTENT": (),
}


def config():
    return {**_DEFAULTS, **getattr(settings, "CLOTHHUB_CACHE", {})}


def available():
    """Whether the aliases exist (a profile without caches has everything off)."""
    return GENERATIONS in settings.CACHES


def attempt(what, call, default=None):
    """``call()``, or ``default`` when the cache fails: a cache fault costs speed, never a page."""
    try:
        return call()
    except Exception:
        logger.warning("cache %s failed; serving uncached", what, exc_info=True)
        return default


def locale_tag(code):
    return f"locale:{code}"


def page_tag(translation_key):
    return f"page:{translation_key}"


def tree_tag(translation_key):
    return f"tree:{translation_key}"


def current_generations(tags):
    """``{tag: generation}``, creating a generation for a tag that has none (never purged, or
    evicted); ``None`` when the cache cannot tell (then nothing may be stored or trusted)."""
    if not available():
        return None
    cache = caches[GENERATIONS]
    keys = {tag: _GEN_PREFIX + tag for tag in tags}

    def read():
        found = cache.get_many(list(keys.values()))
        missing = [key for key in keys.values() if key not in found]
        for key in missing:
            cache.add(key, uuid.uuid4().hex, None)  # add(): another process's value wins
        if missing:
            found.update(cache.get_many(missing))
        if any(key not in found for key in keys.values()):
            return None  # a generation could not be written: trust nothing
        return {tag: found[key] for tag, key in keys.items()}

    return attempt("read of generations", read)


def bump(tags):
    """Give every tag a new generation. If that write fails, delete the old generations (a
    delete still works on a full disk), so that nothing stored under them can match again."""
    if not available() or not tags:
        return
    cache = caches[GENERATIONS]
    keys = [_GEN_PREFIX + tag for tag in tags]
    try:
        failed = cache.set_many({key: uuid.uuid4().hex for key in keys}, None)
    except Exception:
        failed = keys
    if failed:
        logger.error("cache purge of %s failed; deleting the generations", sorted(tags))
        attempt("delete of generations", lambda: cache.delete_many(keys))


@dataclass
class RequestState:
    """What the cache layers note about one request (the only cache attribute on a request)."""

    candidate: bool = False  # an anonymous GET the page cache may store
    storable: bool = True  # false once the request reads something its key does not hold
    page: object = None  # the page Wagtail serves (before_serve_page)
    generations: dict = field(default_factory=dict)  # per (page, language), for fragments
    values: dict = field(default_factory=dict)  # per-request values (request_value)


def request_state(request):
    state = request.__dict__.get("clothhub_cache")
    if state is None:
        state = request.__dict__["clothhub_cache"] = RequestState()
    return state


def request_value(request, name, compute):
    """``compute()`` once per request."""
    values = request_state(request).values
    if name not in values:
        values[name] = compute()
    return values[name]
