"""ClusterXchange exchanges: the index with its filters and counts, exchange pages, languages."""

import datetime
import re

import pytest
from django.core.exceptions import ValidationError

from tests.alliance.conftest import count_queries, make_case_study, make_exchange
from tests.conftest import translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def exchanges(alliance_pages, members, vocab):
    index = alliance_pages["exchanges"]
    topics = vocab["topics"]
    return {
        "ro-dk": make_exchange(
            index,
            host=members["repairloop"].organisation,
            host_country="DK",
            participants=[(None, "sme", "RO")],
            topics=[topics["digital-product-passport"]],
            start=datetime.date(2024, 4, 15),
            title="A Romanian maker studies passports in Denmark",
        ),
        "bg-es": make_exchange(
            index,
            host=members["punt-nou"].organisation,
            host_country="ES",
            participants=[(members["rodopi"].organisation, "sme", "BG")],
            topics=[topics["repair-and-care"]],
            start=datetime.date(2025, 3, 3),
            title="Rodopi Knit visits Punt Nou",
        ),
        "es-dk-cluster": make_exchange(
            index,
            host=members["nordsort"].organisation,
            host_country="DK",
            participants=[(None, "cluster", "ES"), (None, "public-body", "ES")],
            topics=[topics["repair-and-care"], topics["digital-product-passport"]],
            start=datetime.date(2025, 10, 6),
            title="Catalan cluster and council visit NordSort",
        ),
    }


def option_count(html, name, value):
    match = re.search(
        rf'id="f-{name}-{re.escape(str(value))}"[^>]*>\s*<label[^>]*>.*?\((\d+)<span', html, re.S
    )
    return int(match.group(1)) if match else None


def titles(html):
    return re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a>', html)


def test_the_index_lists_exchanges_newest_first(client, exchanges):
    html = client.get("/en/exchanges/").content.decode()
    assert titles(html) == [
        "Catalan cluster and council visit NordSort",
        "Rodopi Knit visits Punt Nou",
        "A Romanian maker studies passports in Denmark",
    ]
    assert "3 exchanges" in html


def test_country_pair_filter_with_counts(client, exchanges):
    html = client.get("/en/exchanges/?pair=ES-DK").content.decode()
    assert titles(html) == ["Catalan cluster and council visit NordSort"]
    assert "Spain → Denmark" in html
    assert option_count(html, "pair", "RO-DK") == 1
    assert option_count(html, "pair", "BG-ES") == 1
    assert option_count(html, "pair", "ES-DK") == 1


def test_participant_type_topic_and_year_filters_narrow_together(client, exchanges):
    html = client.get("/en/exchanges/?org_type=sme").content.decode()
    assert titles(html) == [
        "Rodopi Knit visits Punt Nou",
        "A Romanian maker studies passports in Denmark",
    ]
    assert option_count(html, "org_type", "cluster") == 1
    assert option_count(html, "org_type", "large-company") == 0
    html = client.get("/en/exchanges/?org_type=sme&topic=repair-and-care").content.decode()
    assert titles(html) == ["Rodopi Knit visits Punt Nou"]
    html = client.get("/en/exchanges/?year=2025").content.decode()
    assert titles(html) == [
        "Catalan cluster and council visit NordSort",
        "Rodopi Knit visits Punt Nou",
    ]
    assert option_count(html, "year", 2024) == 1
    assert option_count(html, "topic", "digital-product-passport") == 1


def test_bad_filter_values_get_400_and_a_message(client, exchanges):
    for query in ("pair=XX", "year=abc", "org_type=spaceship", "topic=unknown"):
        response = client.get(f"/en/exchanges/?{query}")
        assert response.status_code == 400, query
        assert 'role="alert"' in response.content.decode()


def test_an_exchange_page_shows_host_visitors_dates_topics_and_links(
    client, alliance_pages, exchanges, members
):
    case = make_case_study(alliance_pages["practices"], title="Knit samples in 3D", country="ES")
    page = exchanges["bg-es"]
    page.led_to_case_study = case
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert "Punt Nou Knitwear SL" in html
    assert f'href="/en/organisations/{members["rodopi"].slug}/"' in html  # approved visitor: linked
    assert "SME, Bulgaria" in html
    assert 'datetime="2025-03-03"' in html
    assert "Repair and care" in html
    assert "This exchange led to a case study" in html and case.url in html
    assert "completed" in html


def test_hosts_that_are_not_approved_are_named_but_not_linked(client, alliance_pages, members):
    page = make_exchange(
        alliance_pages["exchanges"],
        host=members["pending"].organisation,
        host_country="ES",
        participants=[(None, "sme", "DK")],
    )
    html = client.get(page.url).content.decode()
    assert "Pending Textiles SL" in html
    assert f"/en/organisations/{members['pending'].slug}/" not in html


def test_the_last_day_cannot_come_before_the_first(alliance_pages):
    page = make_exchange(alliance_pages["exchanges"], participants=[(None, "sme", "RO")])
    page.end_date = page.start_date - datetime.timedelta(days=1)
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "end_date" in error.value.message_dict


def test_untranslated_exchanges_fall_back_to_english_in_other_languages(
    client, alliance_pages, exchanges, translated_homes
):
    index_es = translate(
        alliance_pages["exchanges"], "es", title="Intercambios", slug="intercambios"
    )
    translate(
        exchanges["bg-es"], "es", title="Rodopi Knit visita Punt Nou", slug="rodopi-visita-punt-nou"
    )
    html = client.get(index_es.url).content.decode()
    assert titles(html) == [
        "Catalan cluster and council visit NordSort",
        "Rodopi Knit visita Punt Nou",
        "A Romanian maker studies passports in Denmark",
    ]
    assert 'lang="en"' in html  # the English cards say so
    assert "Rodopi Knit visits Punt Nou" not in html


def test_the_index_costs_the_same_queries_for_few_or_many_exchanges(
    client, alliance_pages, exchanges, vocab, django_assert_max_num_queries
):
    url = "/en/exchanges/?topic=repair-and-care"
    few = count_queries(client, url)
    for number in range(20):
        make_exchange(
            alliance_pages["exchanges"],
            host_country="FR",
            participants=[(None, "sme", "ES"), (None, "cluster", "IT")],
            topics=[vocab["topics"]["repair-and-care"]],
            start=datetime.date(2023, 1, 1) + datetime.timedelta(days=number),
        )
    assert count_queries(client, url) == few
    with django_assert_max_num_queries(35):
        client.get(url)


def test_exchange_pages_are_searchable_with_their_facets(client, exchanges):
    from search.models import SearchDocument

    page = exchanges["es-dk-cluster"]
    page.save_revision().publish()
    document = SearchDocument.objects.get(page_id=page.pk)
    assert document.content_type == "exchange"
    assert document.country == "DK"
    html = client.get("/en/search/?q=NordSort").content.decode()
    assert page.url in html
