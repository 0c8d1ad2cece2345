"""Cache backends of the production profile: a cache that fails (Redis down, a full disk under the
cache folder) answers as an empty cache that stores nothing, so every caller — ours and Wagtail's
own use of the default cache — renders uncached instead of failing. Each failure is logged.

``RedisCache`` also keeps one redis-py client per connection pool: Django's RedisCacheClient
builds a new ``redis.Redis`` object for every call; with redis-py 8 that costs about half a
millisecond — more than the round trip on the same machine. The client objects are thread-safe
and hold no connection of their own (the pool does), so one per pool is enough.
"""

import logging

from django.core.cache.backends.filebased import FileBasedCache as DjangoFileBasedCache
from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient as DjangoRedisCacheClient

logger = logging.getLogger("clothhub.cache")

try:
    from redis.exceptions import RedisError
except ImportError:  # redis-py not installed: only file caches
    RedisError = OSError

CACHE_ERRORS = (OSError, ConnectionError, RedisError, EOFError)


def _failed(backend, operation):
    logger.warning("cache %s failed on %s; going on uncached", operation, backend, exc_info=True)


class FaultTolerantMixin:
    """Reads of a failing cache miss, writes are dropped (``set_many`` reports its keys as not
    stored, ``add`` as not added)."""

    def get(self, key, default=None, version=None):
        try:
            return super().get(key, default, version)
        except CACHE_ERRORS:
            _failed(self, "get")
            return default

    def get_many(self, keys, version=None):
        try:
            return super().get_many(keys, version)
        except CACHE_ERRORS:
            _failed(self, "get_many")
            return {}

    def has_key(self, key, version=None):
        try:
            return super().has_key(key, version)
        except CACHE_ERRORS:
            _failed(self, "has_key")
            return False

    def add(self, key, value, timeout=None, version=None, **kwargs):
        try:
            return super().add(key, value, timeout, version, **kwargs)
        except CACHE_ERRORS:
            _failed(self, "add")
            return False

    def set(self, key, value, timeout=None, version=None, **kwargs):
        try:
            return super().set(key, value, timeout, version, **kwargs)
        except CACHE_ERRORS:
            _failed(self, "set")

    def set_many(self, data, timeout=None, version=None, **kwargs):
        try:
            return super().set_many(data, timeout, version, **kwargs)
        except CACHE_ERRORS:
            _failed(self, "set_many")
            return list(data)

    def touch(self, key, timeout=None, version=None):
        try:
            return super().touch(key, timeout, version)
        except CACHE_ERRORS:
            _failed(self, "touch")
            return False

    def delete(self, key, version=None):
        try:
            return super().delete(key, version)
        except CACHE_ERRORS:
            _failed(self, "delete")
            return False

    def delete_many(self, keys, version=None):
        try:
            return super().delete_many(keys, version)
        except CACHE_ERRORS:
            _failed(self, "delete_many")

    def clear(self):
        try:
            return super().clear()
        except CACHE_ERRORS:
            _failed(self, "clear")


class RedisCacheClient(DjangoRedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class RedisCache(FaultTolerantMixin, DjangoRedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = RedisCacheClient


class FileBasedCache(FaultTolerantMixin, DjangoFileBasedCache):
    pass
