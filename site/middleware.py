"""Security middleware of the platform layer.

- ``SecurityHeadersMiddleware``: Permissions-Policy (Django's SecurityMiddleware already sends
  X-Content-Type-Options, Referrer-Policy, Cross-Origin-Opener-Policy and HSTS).
- ``ContentSecurityPolicyMiddleware``: django-csp with a second, looser policy for the Wagtail
  admin, whose own templates use inline scripts and styles. Public pages get the strict policy of
  ``CONTENT_SECURITY_POLICY`` (no 'unsafe-inline' for scripts).
- ``ThrottleMiddleware``: limits POSTs per client address to the views named in
  ``CLOTHHUB_THROTTLED_VIEWS`` (password reset), answering 429 with a translated page. Sign-in,
  sign-up, feedback, applications and page passwords call ``clothhub.ratelimit`` themselves.
- ``ApiQueryGuardMiddleware``: 400 instead of a server error for query values that Wagtail's
  API v2 passes to the database unchecked.
"""

from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config
from django.conf import settings
from django.db import OperationalError, ProgrammingError
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from clothhub import ratelimit


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.permissions_policy = settings.CLOTHHUB_PERMISSIONS_POLICY

    def __call__(self, request):
        response = self.get_response(request)
        if self.permissions_policy and "Permissions-Policy" not in response:
            response["Permissions-Policy"] = self.permissions_policy
        return response


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp, with ``CLOTHHUB_ADMIN_CSP`` for URLs under ``CLOTHHUB_ADMIN_CSP_PREFIXES``."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only:
            return parts
        if request.path_info.startswith(tuple(settings.CLOTHHUB_ADMIN_CSP_PREFIXES)):
            return PolicyParts(
                config=default_config(settings.CLOTHHUB_ADMIN_CSP),
                update=parts.update,
                replace=parts.replace,
                nonce=parts.nonce,
            )
        return parts


class ThrottleMiddleware:
    """POSTs to the views named in ``CLOTHHUB_THROTTLED_VIEWS`` (password reset requests, which
    send e-mail) count against ``clothhub.ratelimit.PASSWORD_RESET`` per client address; past
    the limit the view does not run and a translated page answers 429."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.views = frozenset(settings.CLOTHHUB_THROTTLED_VIEWS)

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method != "POST" or not self.views:
            return None
        match = request.resolver_match
        if match is None or match.view_name not in self.views:
            return None
        address = ratelimit.address(request)
        wait = ratelimit.PASSWORD_RESET.check(address)
        if wait is None:
            ratelimit.PASSWORD_RESET.hit(address)
            return None
        ratelimit.refuse(request, wait)
        return render(
            request,
            "security/throttled.html",
            {"title": _("Too many attempts"), "retry_minutes": ratelimit.retry_minutes(wait)},
            status=429,
        )


class ApiQueryGuardMiddleware:
    """Refuse query parameters that Wagtail's API v2 (pages, images, documents) does not validate
    itself and that would otherwise end in a server error: NUL characters, a blank ``search``,
    and ``offset``/``limit`` beyond what a database integer holds. The answer is a 400 with a
    JSON message, like the API's own validation errors."""

    prefix = "/api/v2/"
    max_integer = 2**31 - 1

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith(self.prefix):
            message = self.problem(request.GET)
            if message:
                return JsonResponse({"message": message}, status=400)
        return self.get_response(request)

    def problem(self, params):
        for name, values in params.lists():
            if any("\x00" in value for value in values) or "\x00" in name:
                return "Query parameters must not contain NUL characters."
        for name in ("offset", "limit"):
            value = params.get(name)
            if value is not None and value.isdigit() and int(value) > self.max_integer:
                return f"{name} must be a whole number between 0 and {self.max_integer}."
        if "search" in params and not params.get("search", "").strip():
            return "search must not be empty."
        return None

    def process_exception(self, request, exception):
        """The database search backend of Wagtail (SQLite FTS5) fails on some query syntax, such
        as an unbalanced double quote: that is the reader's input, not a server fault."""
        if (
            request.path_info.startswith(self.prefix)
            and "search" in request.GET
            and isinstance(exception, OperationalError | ProgrammingError)
        ):
            return JsonResponse(
                {"message": "The search terms could not be understood: remove quotes or symbols."},
                status=400,
            )
        return None
