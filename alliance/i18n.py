"""Pages in the reader's language, with the default language standing in for pages not translated
yet (exchanges and case studies are written in English first, and only some are translated)."""

from django.conf import settings
from django.db.models import Q
from django.utils import translation


def reader_language():
    return translation.get_language() or settings.LANGUAGE_CODE


def in_reader_language(queryset, language_code=None):
    """Narrow a queryset of pages (all languages) to one version per page: the reader's language
    where it exists in the queryset, the default language otherwise (pages that exist only in a
    third language are left out). One SQL query when evaluated."""
    code = language_code or reader_language()
    # Aliases (wagtail-localize's stand-ins for pages not translated yet) carry the source's text:
    # the source itself is shown instead.
    queryset = queryset.filter(alias_of__isnull=True)
    own = Q(locale__language_code=code)
    if code == settings.LANGUAGE_CODE:
        return queryset.filter(own)
    translated_keys = queryset.filter(own).values("translation_key")
    fallback = Q(locale__language_code=settings.LANGUAGE_CODE) & ~Q(
        translation_key__in=translated_keys
    )
    return queryset.filter(own | fallback)


def pick_language(pages, language_code=None):
    """From pages that are translations of each other (any order), the reader's version, else the
    default language's, else the first one."""
    code = language_code or reader_language()
    by_code = {page.locale.language_code: page for page in pages}
    return by_code.get(code) or by_code.get(settings.LANGUAGE_CODE) or (pages[0] if pages else None)
