"""The memo: site data almost every page reads and editors rarely change (each language's home
page and menu, the footer's partners, vocabulary labels, breadcrumbs, course outlines), kept in
each process under (name, key) while the generation of the tag ``memo`` is unchanged.

clothhub.cache.invalidation purges ``memo`` on every save or delete of a page, a view
restriction, a site, a locale, a snippet, a setting or a tag — at the change (so the writing
request reads its own writes) and again on commit (so a value another process read before the
commit is dropped). Within a request the generation is read once; outside requests on every
call. It decides nothing about privacy: serving, search, the API, feeds and sitemaps ask the
database. Values are shared by the threads of a process: callers treat them as read-only.
"""

import threading

from django.core.signals import request_finished, request_started

from clothhub.cache import store

_MAX_ENTRIES = 5000
_store = {}
_local = threading.local()


def is_enabled():
    return bool(store.config()["MEMO"]) and store.available()


def generation():
    """The current generation (None when the cache cannot tell: then nothing is memoized)."""
    in_request = getattr(_local, "in_request", False)
    current = getattr(_local, "generation", None) if in_request else None
    if current is None:
        generations = store.current_generations([store.TAG_MEMO])
        current = generations[store.TAG_MEMO] if generations else None
        if in_request:
            _local.generation = current
    return current


def memoize(name, key, compute):
    """``compute()``, remembered in this process under (name, key) until the next change."""
    if not is_enabled():
        return compute()
    stamp = generation()
    if stamp is None:
        return compute()
    entry = _store.get((name, key))
    if entry is not None and entry[0] == stamp:
        return entry[1]
    value = compute()
    if len(_store) >= _MAX_ENTRIES:  # a safety valve: keys are meant to be few
        _store.clear()
    _store[(name, key)] = (stamp, value)
    return value


def forget_generation():
    """Read the generation again on the next lookup (after this process purged it)."""
    _local.generation = None


def clear_process():
    """Drop this process's entries (tests)."""
    _store.clear()
    _local.generation = None


def language_code_of(obj):
    """The language code of a translatable object's locale, without loading the locale."""
    from wagtail.models import Locale

    def codes():
        return dict(Locale.objects.values_list("id", "language_code"))

    code = memoize("locale-codes", None, codes).get(obj.locale_id)
    return code if code is not None else obj.locale.language_code


def _request_started(**kwargs):
    _local.in_request = True
    _local.generation = None


def _request_finished(**kwargs):
    _local.in_request = False
    _local.generation = None


def connect():
    request_started.connect(_request_started, dispatch_uid="clothhub_memo_request_started")
    request_finished.connect(_request_finished, dispatch_uid="clothhub_memo_request_finished")
