"""The demo loader: real content in every language, the figures it gives, and idempotency."""

import datetime
import io
import re

import pytest
from django.core.management import call_command

from alliance import demo_data
from alliance.models import ExchangePage, OrganisationProfile, RegionPage
from practices.models import Organisation

pytestmark = pytest.mark.django_db


def counts():
    return {
        "organisations": Organisation.objects.count(),
        "profiles": OrganisationProfile.objects.count(),
        "approved": OrganisationProfile.objects.approved().count(),
        "exchanges": ExchangePage.objects.count(),
        "regions": RegionPage.objects.count(),
    }


def expected_exchange_figures():
    today = datetime.date.today()
    per_type = {}
    for item in demo_data.EXCHANGES:
        if datetime.date.fromisoformat(item["end"]) < today:
            for _key, _name, kind, _country in item["participants"]:
                per_type[kind] = per_type.get(kind, 0) + 1
    return per_type


def test_the_demo_fills_the_directory_map_exchanges_and_figures_and_loads_twice_without_duplicates(
    client, translated_homes
):
    call_command("load_alliance_demo", stdout=io.StringIO())
    first = counts()
    approved = OrganisationProfile.objects.approved().select_related("organisation")
    assert first["approved"] == len(demo_data.PROFILES) >= 40
    assert {profile.organisation.country for profile in approved} >= {"ES", "BG", "FR", "RO", "DK"}
    assert OrganisationProfile.objects.pending().count() == 3
    english_exchanges = ExchangePage.objects.filter(locale__language_code="en").count()
    assert english_exchanges == len(demo_data.EXCHANGES) >= 20
    assert ExchangePage.objects.filter(locale__language_code="es").count() == english_exchanges
    assert ExchangePage.objects.filter(locale__language_code="fr").count() == english_exchanges

    # The figures page shows exactly what the demo data says.
    html = client.get("/en/figures/").content.decode()
    expected = expected_exchange_figures()
    for kind, label in (
        ("sme", "SME"),
        ("cluster", "Cluster organisation"),
        ("large-company", "Large company"),
    ):
        assert re.search(
            rf'<th scope="row">{label}</th>\s*<td class="is-number">{expected.get(kind, 0)}</td>',
            html,
        ), label
    total = sum(expected.values())
    assert f"{total} / 100" in html
    assert f"{len(demo_data.PROFILES)} / 50" in html

    # The map counts every approved member in a partner region, and links each region.
    map_html = client.get("/en/map/").content.decode()
    region_counts = [int(n) for n in re.findall(r"organisations: (\d+), case studies", map_html)]
    assert len(region_counts) == 5 and all(region_counts)
    assert sum(region_counts) == sum(
        1 for profile in approved if profile.partner_region is not None
    )

    # Every language has the alliance pages under its home page, with translated slugs.
    for url in (
        "/es/organizaciones/",
        "/fr/carte/",
        "/da/udvekslinger/",
        "/bg/danni/",
        "/ro/harta/regiunea-nord-est/",
        "/ca/mapa/catalunya/",
    ):
        assert client.get(url).status_code == 200, url
    spanish_index = client.get("/es/intercambios/?year=2024").content.decode()
    assert "Lille Spire aprende la confección bajo pedido" in spanish_index
    catalan_index = client.get("/ca/intercanvis/?year=2024").content.decode()
    assert "Lille Spire learns made-to-order sewing" in catalan_index  # English stands in
    assert (
        'href="/es/organizaciones/repairloop-aps/"'
        in client.get("/es/organizaciones/?q=RepairLoop").content.decode()
    )

    call_command("load_alliance_demo", stdout=io.StringIO())
    assert counts() == first
