"""Home and standard pages as a reader sees them, and the demo content that fills them."""

import json

import pytest
from django.core.management import call_command
from wagtail.models import Page

from home.models import HomePage, HomePageFeaturedPage, PartnerOrganisation, StandardPage
from tests.factories.home import PartnerOrganisationFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


def test_home_page_shows_hero_landmarks_and_skip_link(client, home_page):
    html = client.get("/en/").content.decode()
    assert "<h1" in html and home_page.hero_title in html
    assert '<a class="skip-link" href="#main-content">Skip to main content</a>' in html
    assert '<main id="main-content"' in html
    assert '<nav class="main-nav" aria-label="Main navigation">' in html
    assert "<footer" in html and "Co-funded by the European Union" in html


def test_main_navigation_lists_live_menu_pages_only(client, home_page):
    StandardPageFactory(
        parent=home_page, title="About the alliance", slug="about", show_in_menus=True
    )
    StandardPageFactory(
        parent=home_page, title="Hidden draft", slug="hidden", show_in_menus=True, live=False
    )
    html = client.get("/en/").content.decode()
    assert '<a href="/en/about/">About the alliance</a>' in html
    assert "Hidden draft" not in html


def test_featured_pages_show_live_pages_in_editor_order(client, home_page):
    first = StandardPageFactory(
        parent=home_page, title="Repair cafés", introduction="How to run one."
    )
    second = StandardPageFactory(parent=home_page, title="Recycled yarn")
    draft = StandardPageFactory(parent=home_page, title="Unfinished draft", live=False)
    for order, page in enumerate([second, draft, first]):
        HomePageFeaturedPage.objects.create(home_page=home_page, page=page, sort_order=order)
    html = client.get("/en/").content.decode()
    assert html.index("Recycled yarn") < html.index("Repair cafés")
    assert "How to run one." in html
    assert "Unfinished draft" not in html


def test_footer_names_the_partner_organisations(client, home_page):
    PartnerOrganisationFactory(name="Modacc", country="ES", website="https://www.modacc.cat")
    PartnerOrganisationFactory(name="ICONIC", country="RO", website="")
    html = client.get("/en/").content.decode()
    assert '<a href="https://www.modacc.cat" rel="noopener">Modacc</a>' in html
    assert "ICONIC" in html and "(Romania)" in html


def test_roadmap_shows_milestones_with_dates_and_status(client, home_page):
    body = json.dumps(
        [
            {
                "type": "roadmap",
                "value": {
                    "title": "Milestones",
                    "milestones": [
                        {
                            "title": "Kick-off",
                            "date": "2025-01-15",
                            "status": "done",
                            "description": "",
                        },
                        {
                            "title": "100 exchanges",
                            "date": "2027-06-30",
                            "status": "planned",
                            "description": "All done.",
                        },
                    ],
                },
            }
        ]
    )
    StandardPageFactory(parent=home_page, slug="roadmap", title="Strategy and roadmap", body=body)
    html = client.get("/en/roadmap/").content.decode()
    assert '<time datetime="2025-01-15">January 2025</time>' in html
    assert "Kick-off" in html and ">Done<" in html
    assert "100 exchanges" in html and ">Planned<" in html


def test_demo_content_is_loaded_in_seven_languages_and_twice_changes_nothing(client, locales):
    call_command("load_home_demo", stdout=open("/dev/null", "w"))
    counts = (
        Page.objects.count(),
        PartnerOrganisation.objects.count(),
        StandardPage.objects.count(),
    )
    call_command("load_home_demo", stdout=open("/dev/null", "w"))
    assert (
        Page.objects.count(),
        PartnerOrganisation.objects.count(),
        StandardPage.objects.count(),
    ) == counts
    assert HomePage.objects.count() == 7
    assert PartnerOrganisation.objects.filter(locale__language_code="en").count() == 5
    for code in ["en", "es", "ca", "fr", "da", "bg", "ro"]:
        response = client.get(f"/{code}/", HTTP_HOST="127.0.0.1:8000")
        assert response.status_code == 200, code
        assert f'<html lang="{code}">' in response.content.decode()
    spanish = client.get("/es/sobre-la-alianza/", HTTP_HOST="127.0.0.1:8000").content.decode()
    assert "Sobre la alianza" in spanish


def test_robots_txt_points_to_the_sitemap(client, home_page):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
