"""Faults of the database seen by readers: a locked or unreachable database answers 503.

SQLite runs in WAL mode (settings), so readers go on while another process holds the write lock
(a long import, an index rebuild, a backup); a request that must write waits up to
``SQLITE_TIMEOUT`` seconds for the lock. When the lock is still held after that — or PostgreSQL
cannot be reached — the request answers **503 Service Unavailable** with ``Retry-After`` and a
translated page, instead of a 500. For a form (a POST), the page carries what the reader typed
in a "Send again" form (passwords excepted: those are typed again), so nothing is lost.

``DatabaseUnavailableMiddleware`` answers for errors raised by views; ``server_error`` (the
project's handler500) for errors raised later, e.g. while the session is saved.
"""

import logging
import sys

from django.conf import settings
from django.db import DatabaseError, InterfaceError, OperationalError
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.template.loader import render_to_string

logger = logging.getLogger("clothhub.faults")

# Fields that are not carried over into the "Send again" form.
_NOT_KEPT = ("csrfmiddlewaretoken",)


def database_unavailable(error: BaseException) -> bool:
    """True for errors that say the database cannot be used right now (locked, connection lost
    or refused), as opposed to errors in a query or in the data."""
    if isinstance(error, InterfaceError):
        return True
    if not isinstance(error, OperationalError):
        return False
    text = str(error).lower()
    if "is locked" in text or (error.args and error.args[0] == 1205):  # MySQL lock wait timeout
        return True
    cause = error.__cause__
    if cause is not None and type(cause).__module__.startswith("psycopg"):
        # psycopg: a refused or dropped connection has no SQLSTATE, or a connection-exception
        # class (08xxx) or an operator intervention (57P01 admin shutdown...).
        sqlstate = getattr(cause, "sqlstate", None)
        return sqlstate is None or sqlstate.startswith(("08", "57P"))
    return any(
        phrase in text
        for phrase in ("connection", "server closed", "terminating", "could not connect")
    )


def kept_fields(request):
    """What the reader sent, as (name, value) pairs to send again; passwords and files apart."""
    if request.method != "POST":
        return [], []
    kept, retyped = [], []
    for name, values in request.POST.lists():
        if name in _NOT_KEPT:
            continue
        if "password" in name.lower():
            retyped.append(name)
            continue
        kept.extend((name, value) for value in values)
    return kept, retyped


def unavailable_response(request, error: BaseException) -> HttpResponse:
    logger.warning(
        "Database unavailable for %s %s: %s (answered 503)", request.method, request.path, error
    )
    kept, retyped = kept_fields(request)
    context = {
        "retry_after": settings.DATABASE_RETRY_AFTER,
        "is_post": request.method == "POST",
        "kept": kept,
        "retyped": retyped,
        "action": request.get_full_path(),
        "csrf_token_value": get_token(request) if request.method == "POST" else "",
    }
    # A standalone template: rendering must not need the database that just failed.
    body = render_to_string("faults/database_unavailable.html", context, request=None)
    response = HttpResponse(body, status=503)
    response["Retry-After"] = str(settings.DATABASE_RETRY_AFTER)
    response["Cache-Control"] = "no-store"
    return response


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, DatabaseError) and database_unavailable(exception):
            return unavailable_response(request, exception)
        return None


def server_error(request):
    """handler500: a database fault raised outside a view (e.g. saving the session) is a 503 too."""
    error = sys.exc_info()[1]
    if isinstance(error, DatabaseError) and database_unavailable(error):
        return unavailable_response(request, error)
    from home.views import server_error as page_error

    return page_error(request)
