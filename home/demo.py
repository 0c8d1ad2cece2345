"""Helpers the demo-content commands of every app share: create or update pages idempotently.

A page is found by its parent and slug (source language) or by translation key and locale
(translations), so running a loader twice updates what it made instead of duplicating it.
"""

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale, Page, Site


def ensure_locales():
    """Every configured language exists as a Wagtail locale."""
    return {
        code: Locale.objects.get_or_create(language_code=code)[0] for code, _ in settings.LANGUAGES
    }


def _assign(page, fields):
    for name, value in fields.items():
        setattr(page, name, value)


def _publish(page):
    revision = page.save_revision()
    revision.publish()
    page.refresh_from_db()
    return page


@transaction.atomic
def upsert_child(parent, model, slug, fields):
    """Create (or update) a live child page of ``parent`` with this slug and publish it."""
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        page = existing.specific
        if not isinstance(page, model):
            raise TypeError(
                f"{parent.url_path}{slug} is a {type(page).__name__}, not {model.__name__}"
            )
        _assign(page, fields)
        return _publish(page)
    page = model(slug=slug, locale=parent.locale, **fields)
    parent.add_child(instance=page)
    return _publish(page)


@transaction.atomic
def upsert_translation(source, language_code, fields):
    """Create (or update) the translation of ``source`` into a language, publish it, and return it.

    The parent of ``source`` must already be translated into that language.
    """
    locale = Locale.objects.get(language_code=language_code)
    translation = source.get_translations().filter(locale=locale).first()
    if translation is None:
        translation = source.copy_for_translation(locale, copy_parents=False, alias=False)
    translation = translation.specific
    _assign(translation, fields)
    return _publish(translation)


def default_site():
    return Site.objects.select_related("root_page").get(is_default_site=True)


def home_page(language_code=None):
    """The home page of a language (the default one when None)."""
    site = default_site()
    root = site.root_page.specific
    if language_code is None or language_code == root.locale.language_code:
        return root
    return root.get_translation(Locale.objects.get(language_code=language_code)).specific


def find_by_slug_path(*slugs, language_code=None):
    page = home_page(language_code)
    for slug in slugs:
        page = page.get_children().get(slug=slug)
    return page.specific


__all__ = [
    "Page",
    "default_site",
    "ensure_locales",
    "home_page",
    "upsert_child",
    "upsert_translation",
]
