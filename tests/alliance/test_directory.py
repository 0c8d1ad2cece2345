"""The directory of member organisations: filters with counts, profiles, languages, query bounds."""

import re

import pytest

from tests.alliance.conftest import count_queries, make_case_study, make_exchange, make_member
from tests.conftest import translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(alliance_pages, members):
    return alliance_pages


def option_count(html, name, value):
    match = re.search(
        rf'id="f-{name}-{re.escape(value)}"[^>]*>\s*<label[^>]*>.*?\((\d+)<span', html, re.S
    )
    return int(match.group(1)) if match else None


def card_names(html):
    return re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a>', html)


def test_the_directory_lists_only_approved_members_in_name_order(client, site):
    html = client.get("/en/organisations/").content.decode()
    assert card_names(html) == [
        "Grup Llobregat Moda SA",
        "Moda Centro SL",
        "NordSort ApS",
        "Punt Nou Knitwear SL",
        "RepairLoop ApS",
        "Rodopi Knit OOD",
    ]
    assert "6 organisations" in html


def test_region_filter_uses_the_partner_regions_and_counts_each_option(client, site):
    html = client.get("/en/organisations/?region=catalonia").content.decode()
    # "Catalunya" and "Catalonia" are both in Catalonia; Madrid is in Spain but not in a partner region.
    assert card_names(html) == ["Grup Llobregat Moda SA", "Punt Nou Knitwear SL"]
    assert option_count(html, "region", "catalonia") == 2
    assert option_count(html, "region", "denmark") == 2
    assert option_count(html, "region", "bulgaria") == 1
    assert option_count(html, "region", "provence") == 0
    # Other groups count within the chosen region.
    assert option_count(html, "country", "ES") == 2
    assert option_count(html, "org_type", "large-company") == 1


def test_filters_of_different_groups_narrow_and_values_of_one_group_widen(client, site):
    html = client.get("/en/organisations/?capability=repair&country=DK&country=ES").content.decode()
    assert card_names(html) == ["Grup Llobregat Moda SA", "Moda Centro SL", "RepairLoop ApS"]
    assert option_count(html, "capability", "sorting") == 2  # NordSort and Llobregat, in DK or ES
    assert option_count(html, "country", "BG") is None  # no Bulgarian member repairs: not offered
    html = client.get(
        "/en/organisations/?org_type=large-company&capability=sorting"
    ).content.decode()
    assert card_names(html) == ["Grup Llobregat Moda SA"]


def test_text_search_narrows_the_directory(client, site):
    html = client.get("/en/organisations/?q=nordsort").content.decode()
    assert card_names(html) == ["NordSort ApS"]


def test_unknown_filter_values_are_reported_with_400_and_left_out(client, site):
    response = client.get("/en/organisations/?region=atlantis&country=DK")
    assert response.status_code == 400
    html = response.content.decode()
    assert 'role="alert"' in html
    assert "Alliance region" in html
    assert card_names(html) == ["NordSort ApS", "RepairLoop ApS"]


def test_the_directory_paginates(client, site, vocab):
    for number in range(20):
        make_member(vocab, f"Workshop {number:02d} SL", "ES", "Catalonia")
    page_one = client.get("/en/organisations/").content.decode()
    page_two = client.get("/en/organisations/?page=2").content.decode()
    assert len(card_names(page_one)) == 18
    assert len(card_names(page_two)) == 8
    assert 'rel="next"' in page_one
    assert client.get("/en/organisations/?page=abc").status_code == 200


def test_the_directory_costs_the_same_queries_for_few_or_many_members(
    client, site, vocab, django_assert_max_num_queries
):
    few = count_queries(client, "/en/organisations/?capability=repair")
    for number in range(30):
        make_member(
            vocab, f"Atelier {number:02d}", "FR", "Provence", capabilities=["repair", "sorting"]
        )
    many = count_queries(client, "/en/organisations/?capability=repair")
    assert many == few
    with django_assert_max_num_queries(35):
        client.get("/en/organisations/?capability=repair&region=provence")


def test_a_profile_links_to_its_case_studies_exchanges_and_region(client, site, members, vocab):
    repairloop = members["repairloop"]
    make_case_study(
        site["practices"],
        organisations=[repairloop.organisation],
        title="QR-coded jeans that ask to be repaired",
        country="DK",
        region="Capital Region of Denmark",
    )
    exchange = make_exchange(
        site["exchanges"],
        host=repairloop.organisation,
        host_country="DK",
        participants=[(members["punt-nou"].organisation, "sme", "ES")],
        title="A Catalan knitter visits RepairLoop",
    )
    html = client.get(f"/en/organisations/{repairloop.slug}/").content.decode()
    assert "QR-coded jeans that ask to be repaired" in html
    assert exchange.url in html
    assert 'href="/en/map/denmark/"' in html
    assert "Repair and alterations" in html
    assert "eva@example.org" in html
    # The visiting organisation's profile lists the exchange too.
    visitor = client.get(f"/en/organisations/{members['punt-nou'].slug}/").content.decode()
    assert exchange.url in visitor


def test_a_profile_without_published_contact_hides_it(client, site, members):
    profile = members["nordsort"]
    profile.show_contact = False
    profile.save()
    html = client.get(f"/en/organisations/{profile.slug}/").content.decode()
    assert "eva@example.org" not in html


def test_an_unknown_profile_address_is_404(client, site):
    assert client.get("/en/organisations/no-such-member/").status_code == 404


def test_a_profile_costs_a_bounded_number_of_queries(
    client, site, members, vocab, django_assert_max_num_queries
):
    repairloop = members["repairloop"]
    url = f"/en/organisations/{repairloop.slug}/"
    few = count_queries(client, url)
    for _number in range(6):
        make_case_study(site["practices"], organisations=[repairloop.organisation], country="DK")
        make_exchange(
            site["exchanges"], host=repairloop.organisation, participants=[(None, "sme", "DE")]
        )
    assert count_queries(client, url) == few
    with django_assert_max_num_queries(40):
        client.get(url)


def test_the_directory_in_spanish_names_vocabularies_in_spanish(client, site, translated_homes):
    translate(site["directory"], "es", title="Organizaciones miembro", slug="organizaciones")
    html = client.get("/es/organizaciones/").content.decode()
    assert "Reparación y arreglos" in html
    assert "Pyme" in html
    # Profiles are reached under the Spanish directory address.
    assert re.search(r'href="/es/organizaciones/[a-z0-9-]+/"', html)


def test_language_links_of_a_profile_lead_to_the_same_profile_in_other_languages(
    client, site, members, home_page
):
    from tests.conftest import translate

    translate(home_page, "da", title="CLOTH Hub")
    translate(site["directory"], "da", title="Organisationer", slug="organisationer")
    slug = members["repairloop"].slug
    html = client.get(f"/en/organisations/{slug}/").content.decode()
    # The switcher and the hreflang alternates point to the profile, not to the directory.
    assert f'href="/da/organisationer/{slug}/"' in html
    assert f'hreflang="da" href="http://testserver/da/organisationer/{slug}/"' in html
    assert f'hreflang="x-default" href="http://testserver/en/organisations/{slug}/"' in html
    # The application form too; the directory itself links to the directory.
    assert (
        'href="/da/organisationer/apply/"'
        in client.get("/en/organisations/apply/").content.decode()
    )
    listing = client.get("/en/organisations/").content.decode()
    assert 'href="/da/organisationer/"' in listing
