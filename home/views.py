"""Site-wide views: page serving with language fallback, sitemap, robots.txt and error pages."""

from django.conf import settings
from django.contrib.sitemaps.views import sitemap as django_sitemap
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils import translation
from django.views.decorators.http import require_GET
from wagtail import hooks
from wagtail import views as wagtail_views
from wagtail.models import Locale, Site

from home.sitemaps import AllLanguagesSitemap


def serve(request, path):
    """Serve a Wagtail page; when the active language has no translation of the requested page,
    serve the page of the default language with a notice (instead of a 404).

    The fallback only applies to live, public pages: Wagtail's ``before_serve_page`` hooks (view
    restrictions) run for it exactly as for any other page.
    """
    try:
        return wagtail_views.serve(request, path)
    except Http404:
        fallback = _fallback_route(request, path)
        if fallback is None:
            raise
    page, args, kwargs = fallback
    request.language_fallback = page.locale
    for fn in hooks.get_hooks("before_serve_page"):
        result = fn(page, request, args, kwargs)
        if isinstance(result, HttpResponse):
            return result
    return page.serve(request, *args, **kwargs)


def _fallback_route(request, path):
    active = translation.get_language()
    if active == settings.LANGUAGE_CODE:
        return None
    site = Site.find_for_request(request)
    if site is None:
        return None
    try:
        default_root = site.root_page.get_translation(Locale.get_default())
    except site.root_page.DoesNotExist:
        return None
    components = [c for c in path.split("/") if c]
    if not components:
        return None
    try:
        page, args, kwargs = default_root.specific.route(request, components)
    except Http404:
        return None
    if not page.live or page.get_view_restrictions().exists():
        return None
    # Only fall back when the page really has no live translation in the active language.
    if page.get_translations().live().filter(locale__language_code=active).exists():
        return None
    return page, args, kwargs


@require_GET
def sitemap(request):
    return django_sitemap(request, sitemaps={"pages": AllLanguagesSitemap(request)})


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    return render(request, "500.html", status=500)
