"""The map of the industry and the region profiles: links, text alternative, counts, languages."""

import re

import pytest

from tests.alliance.conftest import count_queries, make_case_study, make_exchange, make_member
from tests.conftest import translate
from tests.factories.alliance import RegionKeyFigureFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(alliance_pages, members):
    practices = alliance_pages["practices"]
    make_case_study(
        practices, country="ES", region="Catalonia", title="Recycled yarn from Catalan scraps"
    )
    make_case_study(practices, country="ES", region="Cataluña", title="Knit samples in 3D")
    make_case_study(practices, country="ES", region="Andalusia", title="A Seville workshop")
    make_case_study(
        practices, country="DK", region="Central Denmark Region", title="Wool passports"
    )
    return alliance_pages


def svg(html):
    return re.search(r"<svg[^>]*alliance-map__svg.*?</svg>", html, re.S).group(0)


def table_rows(html):
    table = re.search(r'<table class="alliance-table">.*?</table>', html, re.S).group(0)
    return re.findall(r"<tr>\s*<th scope=\"row\">(.*?)</tr>", table, re.S)


def test_each_region_of_the_map_is_a_named_link_to_its_profile(client, site):
    html = client.get("/en/map/").content.decode()
    drawing = svg(html)
    assert '<title id="map-title">' in drawing
    links = re.findall(
        r'<a href="([^"]+)" class="alliance-map__region"[^>]*aria-label="([^"]+)"', drawing
    )
    assert [href for href, _label in links] == [
        "/en/map/catalonia/",
        "/en/map/bulgaria/",
        "/en/map/provence/",
        "/en/map/north-east-romania/",
        "/en/map/denmark/",
    ]
    labels = dict(links)
    assert labels["/en/map/catalonia/"] == (
        "Catalonia (Spain) — organisations: 2, case studies: 2. Open the region profile."
    )
    assert "organisations: 2, case studies: 1" in labels["/en/map/denmark/"]
    assert "organisations: 1, case studies: 0" in labels["/en/map/bulgaria/"]


def test_the_table_gives_the_same_numbers_with_links_to_the_filtered_directory_and_practices(
    client, site
):
    html = client.get("/en/map/").content.decode()
    rows = table_rows(html)
    assert len(rows) == 5
    catalonia = rows[0]
    assert 'href="/en/map/catalonia/"' in catalonia
    assert 'href="/en/organisations/?region=catalonia"' in catalonia
    assert 'href="/en/practices/?country=ES&amp;type=case-study"' in catalonia
    assert re.findall(r">(\d+)</a>", catalonia) == ["2", "2"]
    assert "<caption>" in html
    # The directory link leads to exactly the organisations the map counts.
    directory = client.get("/en/organisations/?region=catalonia").content.decode()
    assert "2 organisations" in directory


def test_pending_members_and_unpublished_case_studies_are_not_counted(client, site, members):
    draft = make_case_study(site["practices"], country="ES", region="Catalonia", title="Draft case")
    draft.unpublish()
    html = client.get("/en/map/").content.decode()
    assert "Catalonia (Spain) — organisations: 2, case studies: 2." in html


def test_the_map_costs_the_same_queries_for_few_or_many_members(
    client, site, vocab, django_assert_max_num_queries
):
    few = count_queries(client, "/en/map/")
    for number in range(20):
        make_member(vocab, f"Atelier {number}", "FR", "Provence-Alpes-Côte d'Azur")
        make_case_study(site["practices"], country="FR", region="Provence")
    assert count_queries(client, "/en/map/") == few
    with django_assert_max_num_queries(35):
        client.get("/en/map/")


def test_a_region_page_shows_key_figures_trends_members_practices_and_exchanges(
    client, site, members
):
    catalonia = site["regions"]["catalonia"]
    RegionKeyFigureFactory(
        page=catalonia,
        label="Textile and clothing companies",
        value=3100,
        source="CLOTH mapping study, 2025",
    )
    exchange = make_exchange(
        site["exchanges"],
        host=members["punt-nou"].organisation,
        host_country="ES",
        participants=[(members["rodopi"].organisation, "sme", "BG")],
        title="Rodopi Knit visits Punt Nou",
    )
    html = client.get("/en/map/catalonia/").content.decode()
    assert "3\u202f100" in html and "CLOTH mapping study, 2025" in html
    assert "Recycled fibres go local" in html
    assert "Punt Nou Knitwear SL" in html and "Grup Llobregat Moda SA" in html
    assert "Moda Centro SL" not in html  # Madrid is not in Catalonia
    assert "Pending Textiles" not in html
    assert "Recycled yarn from Catalan scraps" in html and "Knit samples in 3D" in html
    assert "A Seville workshop" not in html
    assert exchange.url in html
    assert 'href="/en/organisations/?region=catalonia"' in html
    # Bulgaria lists the exchange too: its visitor comes from there.
    assert exchange.url in client.get("/en/map/bulgaria/").content.decode()


def test_a_region_page_costs_the_same_queries_for_few_or_many_items(
    client, site, vocab, members, django_assert_max_num_queries
):
    url = "/en/map/catalonia/"
    few = count_queries(client, url)
    for number in range(15):
        make_member(vocab, f"Taller {number}", "ES", "Barcelona")
        make_case_study(site["practices"], country="ES", region="Catalonia")
        make_exchange(
            site["exchanges"],
            host=members["punt-nou"].organisation,
            host_country="ES",
            participants=[(None, "sme", "IT")],
        )
    assert count_queries(client, url) == few
    with django_assert_max_num_queries(45):
        client.get(url)


def test_the_map_in_another_language_links_to_that_languages_region_pages(
    client, site, translated_homes
):
    map_es = translate(site["map"], "es", title="Mapa del sector", slug="mapa")
    translate(site["regions"]["catalonia"], "es", title="Cataluña", slug="cataluna")
    html = client.get(map_es.url).content.decode()
    drawing = svg(html)
    assert 'href="/es/mapa/cataluna/"' in drawing
    # A region not translated yet leads to its English page.
    assert 'href="/en/map/denmark/"' in drawing
    # Walk from the map to the region, to its members, to one member's profile.
    region = client.get("/es/mapa/cataluna/").content.decode()
    assert "Punt Nou Knitwear SL" in region
    profile_url = re.search(r'href="(/en/organisations/punt-nou[^"]*)"', region).group(1)
    assert client.get(profile_url).status_code == 200


def test_region_pages_refuse_two_pages_for_the_same_region_in_one_language(site):
    from django.core.exceptions import ValidationError

    from alliance.models import RegionPage

    duplicate = RegionPage(
        title="Catalonia again",
        slug="catalonia-2",
        region="catalonia",
        introduction="x",
        locale=site["map"].locale,
    )
    with pytest.raises(ValidationError):
        duplicate.clean()
