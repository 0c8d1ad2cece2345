"""The programme figures page: achieved against targets, charts with text equivalents, CSV files."""

import csv
import datetime
import io
import re
import uuid

import pytest
from django.contrib.auth import get_user_model

from tests.alliance.conftest import count_queries, make_case_study, make_exchange, make_member

pytestmark = pytest.mark.django_db

PAST = datetime.date(2024, 5, 6)
FUTURE = datetime.date.today() + datetime.timedelta(days=60)


@pytest.fixture
def site(alliance_pages, members, vocab):
    index = alliance_pages["exchanges"]
    make_exchange(index, participants=[(None, "sme", "RO"), (None, "sme", "BG")], start=PAST)
    make_exchange(index, participants=[(None, "cluster", "ES")], start=PAST)
    make_exchange(index, participants=[(None, "large-company", "ES")], start=PAST)
    make_exchange(index, participants=[(None, "sme", "FR")], start=FUTURE)  # planned: not counted
    draft = make_exchange(index, participants=[(None, "public-body", "DK")], start=PAST)
    draft.unpublish()
    practices = alliance_pages["practices"]
    topics = vocab["topics"]
    make_case_study(practices, country="ES", topics=[topics["repair-and-care"]])
    make_case_study(
        practices,
        country="ES",
        topics=[topics["repair-and-care"], topics["digital-product-passport"]],
    )
    make_case_study(practices, country="DK", topics=[topics["digital-product-passport"]])
    return alliance_pages


def table(html, key):
    section = re.search(
        rf'<section class="alliance-dataset" aria-labelledby="dataset-{key}">.*?</section>',
        html,
        re.S,
    ).group(0)
    rows = re.findall(r'<tr>\s*<th scope="row">([^<]+)</th>\s*(.*?)</tr>', section, re.S)
    return {
        label: re.findall(r'<td class="is-number">([^<]+)</td>', cells) for label, cells in rows
    }


def test_exchanges_completed_are_counted_per_participant_type_against_the_targets(client, site):
    html = client.get("/en/figures/").content.decode()
    rows = table(html, "exchanges")
    assert rows["SME"] == ["2", "75", "3 %"]
    assert rows["Cluster organisation"] == ["1", "10", "10 %"]
    assert rows["Scale-up support organisation"] == ["0", "5", "0 %"]
    assert rows["Large company"] == ["1", "5", "20 %"]
    assert rows["Public body"] == ["0", "5", "0 %"]  # the unpublished exchange does not count
    assert rows["All exchanges"] == ["4", "100", "4 %"]
    assert "1 more exchange place is under way or planned" in html


def test_participating_organisations_count_approved_members_against_fifty(client, site):
    rows = table(client.get("/en/figures/").content.decode(), "participants")
    assert rows["SME"][0] == "5"
    assert rows["Large company"][0] == "1"
    assert rows["All participating organisations"][:2] == ["6", "50"]


def test_practices_by_country_and_topic(client, site):
    html = client.get("/en/figures/").content.decode()
    assert table(html, "practices-by-country") == {"Spain": ["2"], "Denmark": ["1"]}
    assert table(html, "practices-by-topic") == {
        "Repair and care": ["2"],
        "Digital product passport": ["2"],
    }


def test_course_completions_count_certificates(client, site):
    from trainings.models import Certificate

    user = get_user_model().objects.create_user("trainee", "t@example.org", "pw")
    other = get_user_model().objects.create_user("trainee2", "t2@example.org", "pw")
    key = uuid.uuid4()
    Certificate.objects.create(
        user=user, course_key=key, recipient_name="Ana", course_title="Circular business models"
    )
    Certificate.objects.create(
        user=other, course_key=key, recipient_name="Bo", course_title="Circular business models"
    )
    rows = table(client.get("/en/figures/").content.decode(), "course-completions")
    assert rows == {"Circular business models": ["2"], "All courses": ["2"]}


def test_each_chart_is_an_svg_image_with_a_name_and_a_table(client, site):
    html = client.get("/en/figures/").content.decode()
    charts = re.findall(
        r'<svg class="alliance-chart"[^>]*role="img"[^>]*aria-labelledby="([^"]+)"', html
    )
    assert "chart-exchanges-title" in charts and "chart-participants-title" in charts
    assert (
        '<title id="chart-exchanges-title">Bar chart: ClusterXchange exchanges completed against the targets.'
        in html
    )
    assert html.count("<caption>") >= 4
    assert 'style="' not in re.search(r'<svg class="alliance-chart".*?</svg>', html, re.S).group(0)


def test_each_dataset_downloads_as_csv(client, site):
    html = client.get("/en/figures/").content.decode()
    assert 'href="/en/figures/csv/exchanges/"' in html
    response = client.get("/en/figures/csv/exchanges/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert 'filename="figures-exchanges.csv"' in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == ["Participant type", "Exchanges completed", "Target"]
    assert ["SME", "2", "75"] in rows
    assert rows[-1] == ["All exchanges", "4", "100"]
    by_country = list(
        csv.reader(
            io.StringIO(
                client.get("/en/figures/csv/practices-by-country/").content.decode("utf-8-sig")
            )
        )
    )
    assert by_country == [["Country", "Practices"], ["Spain", "2"], ["Denmark", "1"]]
    assert client.get("/en/figures/csv/nothing-here/").status_code == 404


def test_figures_follow_content_changes_at_once(client, site, vocab, alliance_pages):
    before = table(client.get("/en/figures/").content.decode(), "exchanges")["All exchanges"][0]
    make_exchange(
        alliance_pages["exchanges"], participants=[(None, "scale-up-support", "BG")], start=PAST
    )
    make_member(vocab, "New Member SL", "ES", "Catalonia")
    html = client.get("/en/figures/").content.decode()
    assert int(table(html, "exchanges")["All exchanges"][0]) == int(before) + 1
    assert table(html, "participants")["All participating organisations"][0] == "7"


def test_targets_are_edited_on_the_page(client, site, alliance_pages):
    page = alliance_pages["figures"]
    page.target_exchanges_sme = 80
    page.save_revision().publish()
    assert table(client.get("/en/figures/").content.decode(), "exchanges")["SME"][1] == "80"


def test_the_figures_page_costs_the_same_queries_for_little_or_much_content(
    client, site, vocab, alliance_pages, django_assert_max_num_queries
):
    few = count_queries(client, "/en/figures/")
    for number in range(10):
        make_exchange(
            alliance_pages["exchanges"],
            participants=[(None, "sme", "RO"), (None, "cluster", "BG")],
            start=PAST,
        )
        make_case_study(
            alliance_pages["practices"], country="FR", topics=[vocab["topics"]["repair-and-care"]]
        )
        make_member(vocab, f"Member {number}", "RO", "Nord-Est")
    assert count_queries(client, "/en/figures/") == few
    with django_assert_max_num_queries(40):
        client.get("/en/figures/")
