"""Template tags for the site chrome: main menu, language switcher, hreflang links, partners."""

from django import template
from django.utils import translation
from wagtail.models import Locale, Page

from clothhub.cache import memo
from home import i18n
from home.models import PartnerOrganisation
from home.privacy import public_q

register = template.Library()


def _active_home(request):
    homes = i18n.locale_home_pages(request)
    return homes.get(translation.get_language()) or next(iter(homes.values()), None)


@register.simple_tag(takes_context=True)
def home_page_url(context):
    request = context["request"]
    home = _active_home(request)
    return home.get_url(request) if home else f"/{translation.get_language()}/"


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context, current_page=None):
    """The active language's home page and its live, public children marked 'show in menus'."""
    request = context["request"]
    home = _active_home(request)
    items = []
    if home is not None:
        items = memo.memoize(
            "main-menu",
            home.pk,
            lambda: list(home.get_children().live().filter(public_q()).in_menu()),
        )
    current_path = getattr(current_page, "path", "") or ""
    entries = []
    for item in items:
        if item.path == current_path:
            state = "page"
        elif current_path.startswith(item.path):
            state = "true"  # the current page is inside this section
        else:
            state = ""
        entries.append((item, state))
    return {
        "request": request,
        "home": home,
        "home_is_current": home is not None and home.path == current_path,
        "entries": entries,
    }


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context, page=None):
    request = context["request"]
    return {"links": i18n.language_links(request, page), "request": request}


@register.inclusion_tag("includes/hreflang_links.html", takes_context=True)
def hreflang_links(context, page=None):
    request = context["request"]
    alternates = i18n.hreflang_alternates(request, page) if page is not None and page.pk else []
    return {"alternates": alternates}


@register.simple_tag
def partner_organisations():
    """Partners in the active language, falling back to the default language's entries."""
    return memo.memoize("partner-organisations", translation.get_language(), _partners)


def _partners():
    locale = Locale.get_active()
    partners = list(PartnerOrganisation.objects.filter(locale=locale))
    if not partners:
        partners = list(PartnerOrganisation.objects.filter(locale=Locale.get_default()))
    return partners


@register.filter
def language_name(code):
    return dict(i18n.language_names()).get(code, code)


@register.simple_tag(takes_context=True)
def page_language_code(context, page):
    """The language a page's content is written in (differs from the UI language on fallback)."""
    return (
        memo.language_code_of(page)
        if getattr(page, "locale_id", None)
        else translation.get_language()
    )


@register.simple_tag
def breadcrumb_ancestors(page):
    """Ancestors of ``page`` below the language root (the home page is included), in one query."""
    if page is None or not getattr(page, "pk", None):
        return []
    # Keyed by the parent's path: every page of a section shares its breadcrumb.
    return memo.memoize(
        "breadcrumb",
        page.path[: -Page.steplen],
        lambda: list(Page.objects.ancestor_of(page).filter(depth__gte=2).order_by("depth")),
    )
