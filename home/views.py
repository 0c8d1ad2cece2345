"""Site-wide views: page serving with language fallback, sitemap, robots.txt and error pages."""

from django.conf import settings
from django.contrib.sitemaps.views import sitemap as django_sitemap
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils import translation
from django.views.decorators.http import require_GET
from wagtail import views as wagtail_views
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Locale, Page, Site

from home import i18n
from home.privacy import is_live_public
from home.sitemaps import AllLanguagesSitemap


def serve(request, path):
    """Serve a Wagtail page; when the active language has no translation of the requested page,
    serve the page of the default language with a notice (instead of a 404).

    The fallback only applies to live, public pages (asked of the database), and it is served by
    Wagtail's own ``serve`` view with the fallback as the request's route (Wagtail's
    ``Page.route_for_request`` keeps the route of a request in ``_wagtail_route_for_request``
    and ``serve`` reads it from there): every ``on_serve_page`` hook (view restrictions) and
    every ``before_serve_page`` hook runs for it exactly as for any other page.
    """
    _route_by_url_path(request, path)
    try:
        return wagtail_views.serve(request, path)
    except Http404:
        fallback = _fallback_route(request, path)
        if fallback is None:
            raise
    request.language_fallback = fallback[0].locale
    request._wagtail_route_for_request = fallback
    return wagtail_views.serve(request, path)


def _route_by_url_path(request, path):
    """Find the page of ``path`` in two queries instead of Wagtail's two per path segment, and
    leave the result where Wagtail's ``route_for_request`` looks first.

    Wagtail walks the tree one slug at a time because any page on the way may route the rest of
    the path itself (RoutablePageMixin). Here every page on the path is read in one query (by
    slug and ``url_path``); when the page exists, is live and no page above it has its own ``route()``,
    the answer is what Wagtail's walk would give. The page's own ``route()`` still runs (a
    routable page serves its index route). In every other case — no site or home page, a missing
    or draft page, a path below a routable page — nothing is set and Wagtail routes as usual."""
    home = i18n.locale_home_pages(request).get(translation.get_language())
    if home is None:
        return
    components = [component for component in path.split("/") if component]
    if not components:
        return
    prefixes = [home.url_path]
    for component in components:
        prefixes.append(f"{prefixes[-1]}{component}/")
    chain = {
        page.url_path: page
        # By slug first: the slug is indexed, the URL path is not.
        for page in Page.objects.filter(slug__in=set(components), url_path__in=prefixes[1:]).only(
            "id", "url_path", "content_type_id", "live", "depth"
        )
    }
    target = chain.get(prefixes[-1])
    if target is None or not target.live or len(chain) != len(components):
        return
    for depth, url_path in enumerate(prefixes[:-1]):
        page = home if depth == 0 else chain[url_path]
        if not _routes_to_children(page, "/" + "".join(f"{c}/" for c in components[depth:])):
            return
    specific = target.specific_class.objects.filter(pk=target.pk).first()
    if specific is None:
        return
    try:
        request._wagtail_route_for_request = specific.route(request, [])
    except Http404:
        request._wagtail_route_for_request = None


def _routes_to_children(page, rest):
    """Whether Wagtail's routing passes ``rest`` from ``page`` on to its child: the default
    ``route()``, or a routable page none of whose own routes matches ``rest``."""
    cls = page.specific_class
    if cls is None:
        return False
    if cls.route is Page.route:
        return True
    if cls.route is RoutablePageMixin.route:
        if not page.live:
            return True
        try:
            cls.get_resolver().resolve(rest)
        except Http404:
            return True
    return False


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
    if not is_live_public(page):
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
