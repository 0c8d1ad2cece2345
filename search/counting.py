"""Counting what readers search for, without writing to the database while they wait.

Every search a reader starts is counted once — also when the page cache answers it — by
:class:`SearchCountMiddleware`, which sits before the page cache in ``MIDDLEWARE``. A count is
a few atomic operations in the shared cache (``add``/``incr``); the database is written later, in
batches, by :func:`flush` (``manage.py flush_search_counts``, run from cron or with ``--every``;
editors opening a search report also flush what has been collected).

Which requests count: a GET of the search page or of ``/api/search/`` with words to search for,
on its first results page, that is not a refinement of the search just made. A refinement is a
filter click, a change of sort or scope, or a page of results: the browser's ``Referer`` is then
the search page with the same words (browsers send it to the same site); a request with a facet
filter and no such ``Referer`` is taken for a refinement too, so filter clicks never count, and a
new query typed while filters are on (``Referer`` with other words) counts. A search counts as
"without results" when it found nothing and no filter was on.

Buffer layout in the cache (alias ``SEARCH_COUNT_CACHE``, the shared cache by default): time is
cut into buckets of ``SEARCH_COUNT_INTERVAL`` seconds; per bucket, one counter per distinct
(query, language), one counter of its searches without results, and a numbered list of the
distinct queries (a sequence counter plus one key per query) so that the flush can find them.
A bucket is flushed once it is over; the flush records the bucket number in the database in
the same transaction as the counts, so running it twice (or two at once) never counts twice.
"""

import datetime
import hashlib
import logging
import time
from urllib.parse import parse_qs, urlsplit

from django.conf import settings
from django.core.cache import caches
from django.core.exceptions import DisallowedHost
from django.db import IntegrityError, transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.search.utils import normalise_query_string

from search.models import FACETS

logger = logging.getLogger(__name__)

PREFIX = "search-count:"
TOTAL_PREFIX = "search-total:"
# Seconds after a time slot's end before it is flushed: requests still counting into it, and the
# clocks of several application servers that differ a little.
GRACE = 10
MAX_QUERY_LENGTH = 255


def interval() -> int:
    return max(1, int(getattr(settings, "SEARCH_COUNT_INTERVAL", 60)))


def keep_seconds() -> int:
    """How long unflushed counts wait in the cache (a day by default)."""
    return max(interval() * 2, int(getattr(settings, "SEARCH_COUNT_KEEP", 24 * 3600)))


def _cache():
    alias = getattr(settings, "SEARCH_COUNT_CACHE", "shared")
    return caches[alias if alias in settings.CACHES else "default"]


def bucket_of(moment: float) -> int:
    return int(moment // interval())


def _digest(*parts: str) -> str:
    return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogateescape")).hexdigest()[:32]


def _keys(bucket: int, digest: str | None = None, slot: int | None = None) -> dict[str, str]:
    base = f"{PREFIX}{bucket}:"
    keys = {"seq": base + "n"}
    if digest is not None:
        keys["count"] = base + "c:" + digest
        keys["zero"] = base + "z:" + digest
    if slot is not None:
        keys["slot"] = base + f"s:{slot}"
    return keys


def _incr(cache, key: str, timeout: int) -> int:
    """Atomic increment that creates the counter at 1 when it does not exist (yet, or any more)."""
    if cache.add(key, 1, timeout):
        return 1
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 0, timeout)
        return cache.incr(key)


def normalise(query: str) -> str:
    return normalise_query_string(" ".join(str(query).split())[:MAX_QUERY_LENGTH])


# Counting (request path: cache only) ----------------------------------------------------------
def count(query: str, language: str, without_results: bool = False, now: float | None = None):
    """Count one search of ``query`` in ``language`` (normalised already)."""
    cache = _cache()
    timeout = keep_seconds()
    bucket = bucket_of(time.time() if now is None else now)
    digest = _digest(language, query)
    keys = _keys(bucket, digest)
    if cache.add(keys["count"], 1, timeout):
        slot = _incr(cache, keys["seq"], timeout)
        cache.set(_keys(bucket, slot=slot)["slot"], (query, language, digest), timeout)
    else:
        _incr(cache, keys["count"], timeout)
    if without_results:
        _incr(cache, keys["zero"], timeout)


def pending(now: float | None = None) -> dict[tuple[str, str], list[int]]:
    """What the cache holds and the database does not yet: {(query, language): [searches,
    without results]}, over the time slots not flushed yet, the current one included."""
    totals: dict[tuple[str, str], list[int]] = {}
    for _bucket, counts in _collect(_unflushed_buckets(now, include_current=True)):
        for key, (searches, zero) in counts.items():
            entry = totals.setdefault(key, [0, 0])
            entry[0] += searches
            entry[1] += zero
    return totals


# Which requests count ---------------------------------------------------------------------------
def _search_paths() -> dict[str, str | None]:
    """{path: language} of the search page in every language, and the API (language None)."""
    paths: dict[str, str | None] = {reverse("search_api:search"): None}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            paths[reverse("search:search")] = code
    return paths


_paths_cache: dict[str, dict[str, str | None]] = {}


def search_paths() -> dict[str, str | None]:
    key = settings.ROOT_URLCONF
    if key not in _paths_cache:
        _paths_cache[key] = _search_paths()
    return _paths_cache[key]


def _referer_query(request, path: str) -> str | None:
    """The words of the search page the reader came from, when they came from this very search
    page of this site; None otherwise."""
    referer = request.headers.get("Referer", "")
    if not referer:
        return None
    parts = urlsplit(referer)
    try:
        host = request.get_host()
    except DisallowedHost:  # Django answers 400 to it anyway
        return None
    if parts.netloc and parts.netloc != host:
        return None
    if parts.path != path:
        return None
    return normalise(parse_qs(parts.query).get("q", [""])[0])


def counted_search(request) -> tuple[str, str, bool] | None:
    """(normalised query, language, filtered) when this request starts a search to count."""
    if request.method != "GET":
        return None
    path = request.path_info
    paths = search_paths()
    if path not in paths:
        return None
    params = request.GET
    query = normalise(params.get("q", ""))
    if not query:
        return None
    if params.get("page", "").strip() not in ("", "1"):
        return None
    filtered = any(value.strip() for facet in FACETS for value in params.getlist(facet))
    language = paths[path]
    if language is None:  # the API: the lang parameter (the form rejects unknown ones)
        language = params.get("lang", "").strip() or settings.LANGUAGE_CODE
        if language not in dict(settings.LANGUAGES):
            return None
        return None if filtered else (query, language, False)
    came_from = _referer_query(request, path)
    if came_from is not None:
        return None if came_from == query else (query, language, filtered)
    return None if filtered else (query, language, False)


class SearchCountMiddleware:
    """Count each new search (see the module docstring) before the page cache answers it.

    It goes right before ``clothhub.cache.pages.PageCacheMiddleware``. The view tells the total it
    found through ``request.search_total``; an answer from the page cache (or a 304) takes the
    total remembered for the same URL. Cache errors are logged and never fail the search.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        counted = None
        try:
            counted = counted_search(request)
        except Exception:  # a broken URLconf or header must not break the page
            logger.warning("Could not tell whether to count a search", exc_info=True)
        response = self.get_response(request)
        if counted is not None and response.status_code in (200, 304):
            try:
                self._count(request, counted)
            except Exception:
                logger.warning("Could not count the search %r", counted[0], exc_info=True)
        return response

    def _count(self, request, counted):
        query, language, filtered = counted
        cache = _cache()
        total_key = TOTAL_PREFIX + _digest(request.get_host(), request.get_full_path())
        total = getattr(request, "search_total", None)
        if total is None:
            total = cache.get(total_key)
        else:
            cache.set(total_key, total, keep_seconds())
        count(query, language, without_results=total == 0 and not filtered)


# Flushing (command, task, reports: never a reader's request) ---------------------------------
def _flushed(buckets: list[int]) -> set[int]:
    from search.models import SearchCountBatch

    if not buckets:
        return set()
    return set(
        SearchCountBatch.objects.filter(
            bucket__gte=min(buckets), bucket__lte=max(buckets)
        ).values_list("bucket", flat=True)
    )


def _unflushed_buckets(now: float | None, include_current: bool = False) -> list[int]:
    now = time.time() if now is None else now
    last = bucket_of(now) if include_current else bucket_of(now - GRACE) - 1
    first = bucket_of(now - keep_seconds())
    candidates = list(range(first, last + 1))
    cache = _cache()
    sequences = cache.get_many([_keys(b)["seq"] for b in candidates])
    with_data = [b for b in candidates if sequences.get(_keys(b)["seq"])]
    done = _flushed(with_data)
    return [b for b in with_data if b not in done]


def _collect(buckets: list[int]):
    """For each bucket: {(query, language): (searches, without results)}."""
    cache = _cache()
    for bucket in buckets:
        n = int(cache.get(_keys(bucket)["seq"]) or 0)
        slot_keys = [_keys(bucket, slot=i)["slot"] for i in range(1, n + 1)]
        slots = [s for s in cache.get_many(slot_keys).values() if s]
        counter_keys = []
        for _query, _language, digest in slots:
            keys = _keys(bucket, digest)
            counter_keys += [keys["count"], keys["zero"]]
        counters = cache.get_many(counter_keys)
        counts = {}
        for query, language, digest in slots:
            keys = _keys(bucket, digest)
            searches = int(counters.get(keys["count"]) or 0)
            if searches:
                counts[(query, language)] = (searches, int(counters.get(keys["zero"]) or 0))
        yield bucket, counts


def _write(bucket: int, counts: dict[tuple[str, str], tuple[int, int]]) -> None:
    from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

    from search.models import SearchCountBatch, SearchQueryCount

    start = datetime.datetime.fromtimestamp(bucket * interval(), tz=datetime.UTC)
    date = timezone.localdate(start)
    SearchCountBatch.objects.create(bucket=bucket, searches=sum(c[0] for c in counts.values()))
    for (query, language), (searches, zero) in sorted(counts.items()):
        updated = SearchQueryCount.objects.filter(
            query_string=query, language=language, date=date
        ).update(searches=F("searches") + searches, without_results=F("without_results") + zero)
        if not updated:
            SearchQueryCount.objects.create(
                query_string=query,
                language=language,
                date=date,
                searches=searches,
                without_results=zero,
            )
        # Wagtail's own query log (promoted results' "popular searches"), all languages together.
        wagtail_query = Query.get(query)
        daily, _created = QueryDailyHits.objects.get_or_create(
            query=wagtail_query, date=date, defaults={"hits": 0}
        )
        QueryDailyHits.objects.filter(pk=daily.pk).update(hits=F("hits") + searches)


def flush(now: float | None = None) -> int:
    """Write the counts of every finished bucket to the database; returns the number of searches
    written. Idempotent: a bucket already written (by this or another process) is skipped."""
    from search.models import SearchCountBatch

    written = 0
    cache = _cache()
    buckets = _unflushed_buckets(now)
    for bucket, counts in _collect(buckets):
        try:
            with transaction.atomic():
                _write(bucket, counts)
        except IntegrityError:  # another flush wrote this bucket (or a row) at the same time
            logger.info("Search counts of bucket %s were written by another flush", bucket)
            continue
        written += sum(c[0] for c in counts.values())
        n = int(cache.get(_keys(bucket)["seq"]) or 0)
        keys = [_keys(bucket)["seq"]] + [_keys(bucket, slot=i)["slot"] for i in range(1, n + 1)]
        for query, language in counts:
            both = _keys(bucket, _digest(language, query))
            keys += [both["count"], both["zero"]]
        cache.delete_many(keys)
    # Markers older than the cache keeps counts can never match again.
    oldest = bucket_of((time.time() if now is None else now) - 2 * keep_seconds())
    SearchCountBatch.objects.filter(bucket__lt=oldest).delete()
    return written
