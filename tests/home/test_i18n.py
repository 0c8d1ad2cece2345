"""Languages as a reader meets them: redirect from /, switcher targets, hreflang and fallback."""

import pytest
from django.conf import settings
from django.test import override_settings

from tests.conftest import translate
from tests.factories.home import StandardPageFactory

pytestmark = pytest.mark.django_db

LANGUAGE_CODES = [code for code, _ in settings.LANGUAGES]


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("es-ES,es;q=0.9,en;q=0.5", "/es/"),
        ("da", "/da/"),
        ("bg-BG", "/bg/"),
        ("ja", "/en/"),
        ("", "/en/"),
    ],
)
def test_root_redirects_to_the_best_language(client, translated_homes, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_every_language_home_page_is_served_in_its_language(client, translated_homes, code):
    response = client.get(f"/{code}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{code}">' in html
    assert translated_homes[code].hero_title in html


def test_home_page_is_translated_ui_in_spanish(client, translated_homes):
    html = client.get("/es/").content.decode()
    assert "Ir al contenido principal" in html
    assert "Skip to main content" not in html


def test_switcher_links_to_the_same_page_in_each_translated_language(client, translated_homes):
    about = StandardPageFactory(parent=translated_homes["en"], slug="about", title="About")
    translate(about, "es", title="Sobre la alianza", slug="sobre-la-alianza")
    translate(about, "fr", title="À propos", slug="a-propos")
    html = client.get("/en/about/").content.decode()
    assert 'href="/es/sobre-la-alianza/" lang="es"' in html
    assert 'href="/fr/a-propos/" lang="fr"' in html
    # Languages without a translation lead to their own home page.
    assert 'href="/da/" lang="da"' in html
    assert 'href="/bg/" lang="bg"' in html


def test_hreflang_alternates_list_live_translations_and_x_default(client, translated_homes):
    about = StandardPageFactory(parent=translated_homes["en"], slug="about", title="About")
    translate(about, "es", title="Sobre", slug="sobre")
    draft = about.copy_for_translation(translated_homes["ca"].locale)  # not published
    assert not draft.live
    html = client.get("/es/sobre/").content.decode()
    assert '<link rel="alternate" hreflang="en" href="http://testserver/en/about/">' in html
    assert '<link rel="alternate" hreflang="es" href="http://testserver/es/sobre/">' in html
    assert '<link rel="alternate" hreflang="x-default" href="http://testserver/en/about/">' in html
    assert 'hreflang="ca"' not in html.split("</head>")[0]


def test_untranslated_page_falls_back_to_the_original_with_a_notice(client, translated_homes):
    StandardPageFactory(parent=translated_homes["en"], slug="roadmap", title="Strategy and roadmap")
    response = client.get("/da/roadmap/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="da">' in html
    assert "Strategy and roadmap" in html
    assert 'class="notice notice--fallback"' in html
    assert '<article lang="en"' in html
    assert '<link rel="canonical" href="http://testserver/en/roadmap/">' in html


def test_fallback_never_shows_a_draft_or_private_page(client, translated_homes):
    from wagtail.models import PageViewRestriction

    draft = StandardPageFactory(
        parent=translated_homes["en"], slug="draft", title="Draft", live=False
    )
    assert client.get("/da/draft/").status_code == 404
    private = StandardPageFactory(
        parent=translated_homes["en"], slug="members", title="Members only"
    )
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    response = client.get("/da/members/")
    assert response.status_code == 404  # a restricted page is never served as a fallback
    assert "Members only" not in response.content.decode()
    assert draft.pk


def test_unknown_page_is_a_404_in_the_reader_language(client, translated_homes):
    response = client.get("/fr/nothing-here/")
    assert response.status_code == 404
    assert "Page introuvable" in response.content.decode()


def test_unknown_language_prefix_ends_in_a_404_not_an_error(client, translated_homes):
    response = client.get("/xx/", follow=True)
    assert response.redirect_chain == [("/en/xx/", 302)]
    assert response.status_code == 404


@override_settings(LANGUAGE_CODE="en")
def test_sitemap_lists_live_public_pages_of_every_language(client, translated_homes):
    about = StandardPageFactory(parent=translated_homes["en"], slug="about", title="About")
    translate(about, "es", title="Sobre", slug="sobre")
    StandardPageFactory(parent=translated_homes["en"], slug="draft", title="Draft", live=False)
    xml = client.get("/sitemap.xml").content.decode()
    assert "http://testserver/en/about/" in xml
    assert "http://testserver/es/sobre/" in xml
    assert "http://testserver/bg/" in xml
    assert "/draft/" not in xml
