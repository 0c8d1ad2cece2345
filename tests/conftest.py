"""Fixtures shared by the whole suite: locales, a site whose root is the English home page, and
translations of that home page, so that tests can request pages the way a reader does."""

import pytest
from django.conf import settings
from wagtail.models import Locale, Page, Site

from tests.factories.home import HomePageFactory


@pytest.fixture
def locales(db):
    return {
        code: Locale.objects.get_or_create(language_code=code)[0] for code, _ in settings.LANGUAGES
    }


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def translate(page, language_code, **fields):
    """Create, fill and publish the translation of ``page`` into ``language_code``."""
    locale = Locale.objects.get(language_code=language_code)
    translated = page.copy_for_translation(locale).specific
    for name, value in fields.items():
        setattr(translated, name, value)
    return publish(translated)


@pytest.fixture
def home_page(locales):
    """The English home page, root of the default site (Wagtail's placeholder page removed)."""
    root = Page.get_first_root_node()
    Site.objects.all().delete()
    root.get_children().delete()
    home = HomePageFactory(parent=root, locale=locales["en"])
    Site.objects.create(hostname="testserver", port=80, root_page=home, is_default_site=True)
    return home


@pytest.fixture
def translated_homes(home_page):
    """The home page in every language, each with a hero title in that language."""
    homes = {"en": home_page}
    for code, _ in settings.LANGUAGES:
        if code != "en":
            homes[code] = translate(
                home_page, code, title=f"CLOTH Hub {code}", hero_title=f"Hero {code}"
            )
    return homes


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    """Every test starts with no rate-limit counters (the "ratelimit" cache is on in tests)."""
    from django.core.cache import caches

    caches["ratelimit"].clear()
    yield
    caches["ratelimit"].clear()
