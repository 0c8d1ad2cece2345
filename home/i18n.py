"""Language switcher and hreflang alternates: where each language's version of a page lives.

Links come from the page's translations (``get_translations``), never from swapping the URL prefix,
because slugs may be translated. A language without a live translation links to its own home page.
"""

from dataclasses import dataclass

from django.conf import settings
from django.urls import NoReverseMatch, translate_url
from django.utils import translation
from wagtail.models import Locale, Page, Site

from clothhub.cache import memo, store
from home.privacy import public_q


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    is_current: bool
    has_translation: bool  # False: the link leads to that language's home page instead


def language_names():
    return dict(settings.LANGUAGES)


def locale_home_pages(request):
    """The live home page of every language of the request's site, by language code (one query)."""

    def homes():
        site = Site.find_for_request(request)
        if site is None:
            return {}
        return memo.memoize("locale-home-pages", site.pk, lambda: _home_pages(site))

    return store.request_value(request, "locale-home-pages", homes)


def _home_pages(site):
    pages = (
        Page.objects.filter(translation_key=site.root_page.translation_key)
        .live()
        .select_related("locale")
    )
    return {page.locale.language_code: page for page in pages}


def live_translations(page):
    """Live, public translations of ``page`` (itself included), by language code, in one query
    (remembered on the page object: the language switcher and the hreflang links both ask)."""
    cached = getattr(page, "_clothhub_live_translations", None)
    if cached is None:
        pages = (
            page.get_translations(inclusive=True).live().filter(public_q()).select_related("locale")
        )
        cached = {p.locale.language_code: p for p in pages}
        page._clothhub_live_translations = cached
    return cached


def subpage_path(request, target):
    """The path of the route the request is on (a profile, an application form…) below
    ``target``, a translation of the routable page being served; "" on the page itself.

    Routes are named and take the same arguments in every language, so the switcher and the
    hreflang links lead to the same profile in the other language, not back to the directory."""
    match = getattr(request, "routable_resolver_match", None)
    if match is None or not match.url_name or not hasattr(target, "reverse_subpage"):
        return ""
    try:
        path = target.reverse_subpage(match.url_name, args=match.args, kwargs=match.kwargs)
    except NoReverseMatch:
        return ""
    return "" if path in ("", "/") else path


def language_links(request, page=None):
    current = translation.get_language()
    names = language_names()
    links = []
    if page is not None and getattr(page, "pk", None):
        translations = live_translations(page)
        homes = locale_home_pages(request)
        for code, _name in settings.LANGUAGES:
            target = translations.get(code)
            if target is not None:
                url = target.get_url(request) + subpage_path(request, target)
            elif code in homes:
                url = homes[code].get_url(request)
            else:
                url = f"/{code}/"
            links.append(LanguageLink(code, names[code], url, code == current, target is not None))
    else:
        # A view that is not a page (search, accounts): the same URL in the other language.
        path = request.get_full_path()
        for code, _name in settings.LANGUAGES:
            links.append(
                LanguageLink(code, names[code], translate_url(path, code), code == current, True)
            )
    return links


def hreflang_alternates(request, page):
    """(hreflang, absolute URL) for each live translation, then x-default (the English version,
    or the source page when there is no English one)."""
    translations = live_translations(page)
    alternates = [
        (code, translations[code].get_full_url(request) + subpage_path(request, translations[code]))
        for code, _name in settings.LANGUAGES
        if code in translations
    ]
    if not alternates:
        return []
    default = translations.get(settings.LANGUAGE_CODE)
    if default is None:
        default = (
            page.get_translations(inclusive=True)
            .filter(alias_of__isnull=True)
            .order_by("id")
            .first()
        )
        default = translations.get(default.locale.language_code) if default else page
    alternates.append(("x-default", default.get_full_url(request) + subpage_path(request, default)))
    return alternates


def default_locale():
    return Locale.get_default()
