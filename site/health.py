"""`/healthz`: the health check of one application server, for load balancers and monitoring.

Answered by ``HealthCheckMiddleware``, first in the middleware list, so that nothing else runs
for it: no HTTPS redirect (balancers probe over plain HTTP), no session, no language, no page
cache, no site lookup. The JSON names each check with its status and timing, never a host name,
a password or an error message (only the error's class):

- ``database``: a ``SELECT 1`` on the default database. **Failing, the answer is 503**: take
  this server out of the pool.
- ``cache``: a write, read and delete in each cache (``default``, ``shared``); failing, the
  answer stays 200 with ``"status": "degraded"``: pages are then served uncached.
- ``tasks``: with the database queue, the number of tasks waiting and the age of the oldest;
  older than ``HEALTH_TASK_MAX_AGE`` seconds (300) means no worker is running them ("late",
  also degraded). With the immediate backend (development, tests) there is no queue.
"""

import time
import uuid

from django.conf import settings
from django.core.cache import caches
from django.db import connections
from django.http import JsonResponse
from django.utils import timezone

PATH = "/healthz"


def _timed(check):
    started = time.perf_counter()
    try:
        result = check() or {}
        result.setdefault("status", "ok")
    except Exception as error:  # a health check reports every failure, whatever its kind
        result = {"status": "fail", "error": type(error).__name__}
    result["ms"] = round((time.perf_counter() - started) * 1000, 1)
    return result


def check_database():
    with connections["default"].cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def check_cache(alias):
    def check():
        cache = caches[alias]
        key = f"clothhub:healthz:{uuid.uuid4().hex}"
        cache.set(key, "1", 10)
        if cache.get(key) != "1":
            return {"status": "fail", "error": "value not read back"}
        cache.delete(key)
        return None

    return check


def check_tasks():
    backend = settings.TASKS["default"]["BACKEND"]
    if backend != "django_tasks_db.DatabaseBackend":
        return {"backend": backend.rsplit(".", 1)[-1]}
    from django_tasks_db.models import DBTaskResult

    ready = DBTaskResult.objects.ready()
    waiting = ready.count()
    oldest = ready.order_by("enqueued_at").values_list("enqueued_at", flat=True).first()
    age = round((timezone.now() - oldest).total_seconds()) if oldest else 0
    late = age > settings.HEALTH_TASK_MAX_AGE
    return {"status": "late" if late else "ok", "waiting": waiting, "oldest_age_s": age}


def health():
    """(HTTP status, body) of the health check."""
    checks = {"database": _timed(check_database)}
    for alias in ("default", "shared"):
        if alias in settings.CACHES:
            checks[f"cache.{alias}"] = _timed(check_cache(alias))
    if checks["database"]["status"] == "ok":
        checks["tasks"] = _timed(check_tasks)
    else:
        checks["tasks"] = {"status": "unknown"}
    if checks["database"]["status"] != "ok":
        return 503, {"status": "fail", "checks": checks}
    healthy = all(check["status"] == "ok" for check in checks.values())
    return 200, {"status": "ok" if healthy else "degraded", "checks": checks}


class HealthCheckMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info != PATH:
            return self.get_response(request)
        if request.method not in ("GET", "HEAD"):
            response = JsonResponse({"status": "method not allowed"}, status=405)
            response["Allow"] = "GET, HEAD"
            return response
        status, body = health()
        response = JsonResponse(body, status=status)
        response["Cache-Control"] = "no-store"
        return response
