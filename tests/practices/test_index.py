"""The practices index as a reader uses it: filters, counts, sorting, pagination, query budget."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from tests.conftest import translate
from tests.factories.practices import (
    CaseStudyPageFactory,
    GuidePageFactory,
    PracticesIndexPageFactory,
)

pytestmark = pytest.mark.django_db


def option_count(html, facet, value):
    """The count shown next to a filter option, or None when the option is not shown."""
    match = re.search(
        rf'id="f-{facet}-{re.escape(value)}"[^>]*>\s*<label[^>]*>[^<]*<span class="facet__count">\((\d+)',
        html,
    )
    return int(match.group(1)) if match else None


def result_titles(html):
    return re.findall(r'<h3 class="card__title"><a href="[^"]*">([^<]+)</a></h3>', html)


@pytest.fixture
def practices(index_page, vocab):
    t, s, o = vocab["topics"], vocab["stages"], vocab["orgs"]
    CaseStudyPageFactory(
        parent=index_page,
        title="Danish recycled denim with passports",
        country="DK",
        topics=[t["recycled-fibres"]],
        stages=[s["end-of-life"]],
        organisations=[o["dk-sme"]],
        tags=["digital product passport", "denim"],
    )
    CaseStudyPageFactory(
        parent=index_page,
        title="Danish recycled wool without passports",
        country="DK",
        topics=[t["recycled-fibres"]],
        organisations=[o["dk-sme"]],
        tags=["wool"],
    )
    CaseStudyPageFactory(
        parent=index_page,
        title="Danish repair service with passports",
        country="DK",
        topics=[t["repair-and-care"]],
        organisations=[o["dk-sme"]],
        tags=["digital product passport"],
    )
    CaseStudyPageFactory(
        parent=index_page,
        title="Spanish recycled cotton with passports",
        country="ES",
        topics=[t["recycled-fibres"], t["digital-product-passport"]],
        stages=[s["production"]],
        organisations=[o["es-large"]],
        tags=["digital product passport"],
    )
    GuidePageFactory(
        parent=index_page,
        title="Guide to fibre recycling",
        topics=[t["recycled-fibres"]],
        tags=["digital product passport"],
    )
    return index_page


def test_danish_recycling_case_studies_with_a_passport_tag_and_correct_counts(client, practices):
    response = client.get(
        "/en/practices/?country=DK&topic=recycled-fibres&tag=digital-product-passport"
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert result_titles(html) == ["Danish recycled denim with passports"]
    assert "1 practice" in html
    # Each option counts the practices matching the other groups' filters plus that option.
    assert option_count(html, "country", "DK") == 1
    assert option_count(html, "country", "ES") == 1  # Spanish recycled cotton with a passport
    assert option_count(html, "topic", "recycled-fibres") == 1
    assert option_count(html, "topic", "repair-and-care") == 1  # Danish repair with passport
    assert option_count(html, "topic", "digital-product-passport") == 0
    assert option_count(html, "tag", "digital-product-passport") == 1
    assert option_count(html, "tag", "wool") == 1  # Danish recycled wool
    assert option_count(html, "type", "case-study") == 1
    assert option_count(html, "type", "guide") == 0  # guides have no country
    assert option_count(html, "org_type", "sme") == 1
    assert option_count(html, "org_type", "large-company") == 0


def test_unfiltered_index_counts_every_option(client, practices):
    html = client.get("/en/practices/").content.decode()
    assert len(result_titles(html)) == 5
    assert "5 practices" in html
    assert option_count(html, "type", "case-study") == 4
    assert option_count(html, "type", "guide") == 1
    assert option_count(html, "topic", "recycled-fibres") == 4
    assert option_count(html, "topic", "repair-and-care") == 1
    assert option_count(html, "country", "DK") == 3
    assert option_count(html, "country", "ES") == 1
    assert option_count(html, "stage", "production") == 1
    assert option_count(html, "org_type", "sme") == 3
    assert option_count(html, "tag", "digital-product-passport") == 4
    assert option_count(html, "lang", "en") == 5


def test_several_values_of_one_filter_widen_the_results(client, practices):
    html = client.get(
        "/en/practices/?topic=repair-and-care&topic=digital-product-passport"
    ).content.decode()
    assert sorted(result_titles(html)) == [
        "Danish repair service with passports",
        "Spanish recycled cotton with passports",
    ]


def test_filter_by_stage_organisation_type_and_content_type(client, practices):
    html = client.get("/en/practices/?stage=production").content.decode()
    assert result_titles(html) == ["Spanish recycled cotton with passports"]
    html = client.get("/en/practices/?org_type=large-company").content.decode()
    assert result_titles(html) == ["Spanish recycled cotton with passports"]
    html = client.get("/en/practices/?type=guide").content.decode()
    assert result_titles(html) == ["Guide to fibre recycling"]


def test_unknown_filter_values_answer_400_with_a_message_and_keep_valid_filters(client, practices):
    response = client.get("/en/practices/?topic=no-such-topic&country=DK&country=XX")
    assert response.status_code == 400
    html = response.content.decode()
    assert 'id="filter-errors"' in html
    assert "no-such-topic" in html
    assert "XX" in html
    # The rest of the page still works: the country field was invalid, the topic too, so all show.
    assert "Filter practices" in html


def test_valid_filters_still_apply_when_another_parameter_is_unknown(client, practices):
    response = client.get("/en/practices/?country=DK&tag=<script>")
    assert response.status_code == 400
    html = response.content.decode()
    assert "<script>" not in html.split("</head>")[1]
    assert len(result_titles(html)) == 3


@pytest.mark.parametrize("page", ["abc", "0", "-3", "999", "1.5"])
def test_invalid_page_numbers_never_fail(client, practices, page):
    response = client.get(f"/en/practices/?page={page}")
    assert response.status_code == 200


def test_pagination_splits_results_and_keeps_filters(client, index_page, vocab):
    for n in range(14):
        CaseStudyPageFactory(parent=index_page, title=f"Practice {n:02d}", country="DK")
    html = client.get("/en/practices/?country=DK&sort=title").content.decode()
    assert len(result_titles(html)) == 12
    assert 'href="?country=DK&amp;sort=title&amp;page=2"' in html
    html = client.get("/en/practices/?country=DK&sort=title&page=2").content.decode()
    assert result_titles(html) == ["Practice 12", "Practice 13"]


def test_sorting_newest_first_and_by_title(client, index_page, vocab):
    import datetime

    CaseStudyPageFactory(
        parent=index_page, title="Beta", publication_date=datetime.date(2025, 5, 1)
    )
    CaseStudyPageFactory(
        parent=index_page, title="alpha", publication_date=datetime.date(2023, 1, 1)
    )
    CaseStudyPageFactory(
        parent=index_page, title="Gamma", publication_date=datetime.date(2024, 1, 1)
    )
    html = client.get("/en/practices/").content.decode()
    assert result_titles(html) == ["Beta", "Gamma", "alpha"]
    html = client.get("/en/practices/?sort=title").content.decode()
    assert result_titles(html) == ["alpha", "Beta", "Gamma"]


def test_empty_state_when_nothing_matches(client, practices):
    html = client.get("/en/practices/?country=DK&type=guide").content.decode()
    assert result_titles(html) == []
    assert "No practice matches these filters yet." in html
    assert "0 practices" in html


def test_active_filters_are_listed_with_links_that_remove_them(client, practices):
    html = client.get("/en/practices/?country=DK&topic=recycled-fibres").content.decode()
    assert 'href="/en/practices/?topic=recycled-fibres"' in html  # removes the country
    assert 'href="/en/practices/?country=DK"' in html  # removes the topic
    assert "Clear all filters" in html


def test_filter_form_works_without_javascript(client, practices):
    html = client.get("/en/practices/?country=DK").content.decode()
    start = html.index('<form class="practice-filters"')
    form = html[start : html.index("</form>", start)]
    assert 'method="get"' in form
    assert "<fieldset" in form and "<legend>" in form
    # Every input has a label.
    for input_id in re.findall(r'<input [^>]*id="([^"]+)"', form):
        assert f'for="{input_id}"' in form
    assert 'id="f-country-DK" value="DK" checked' in form
    assert '<button type="submit">' in form


def test_listing_includes_partner_sub_sections(client, index_page, vocab):
    section = PracticesIndexPageFactory(parent=index_page, title="Modacc", slug="modacc")
    CaseStudyPageFactory(parent=section, title="From the Modacc section")
    CaseStudyPageFactory(parent=index_page, title="At the top")
    assert sorted(result_titles(client.get("/en/practices/").content.decode())) == [
        "At the top",
        "From the Modacc section",
    ]
    assert result_titles(client.get("/en/practices/modacc/").content.decode()) == [
        "From the Modacc section"
    ]


def test_drafts_and_private_practices_are_neither_listed_nor_counted(client, index_page, vocab):
    CaseStudyPageFactory(parent=index_page, title="Published", country="DK")
    CaseStudyPageFactory(parent=index_page, title="Draft", country="DK", live=False)
    private = CaseStudyPageFactory(parent=index_page, title="Members only", country="DK")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    html = client.get("/en/practices/").content.decode()
    assert result_titles(html) == ["Published"]
    assert option_count(html, "country", "DK") == 1
    assert "Draft" not in html and "Members only" not in html


def test_listing_shows_the_language_of_the_page_and_other_languages_on_request(
    client, translated_homes, vocab
):
    index = PracticesIndexPageFactory(parent=translated_homes["en"])
    index_es = translate(index, "es", title="Prácticas", slug="practicas")
    cs = CaseStudyPageFactory(parent=index, title="Recycled denim", slug="recycled-denim")
    translate(cs, "es", title="Vaqueros reciclados", slug="vaqueros-reciclados")
    CaseStudyPageFactory(parent=index, title="Only in English")
    draft = cs.copy_for_translation(translated_homes["fr"].locale, copy_parents=True)
    assert not draft.live
    html = client.get("/es/practicas/").content.decode()
    assert result_titles(html) == ["Vaqueros reciclados"]
    assert option_count(html, "lang", "es") == 1
    assert option_count(html, "lang", "en") == 2
    assert option_count(html, "lang", "fr") is None  # unpublished translation: not counted
    html = client.get("/es/practicas/?lang=en").content.decode()
    assert sorted(result_titles(html)) == ["Only in English", "Recycled denim"]
    html = client.get("/es/practicas/?lang=all").content.decode()
    assert len(result_titles(html)) == 3
    assert index_es.live


def test_topic_labels_follow_the_reader_language(client, translated_homes, vocab):
    index = PracticesIndexPageFactory(parent=translated_homes["en"])
    translate(index, "es", title="Prácticas", slug="practicas")
    html = client.get("/es/practicas/").content.decode()
    assert "Fibras recicladas" in html  # translated entry
    assert "Repair and care" in html  # not translated yet: the English name stands in


def test_index_links_its_atom_feed(client, practices):
    html = client.get("/en/practices/?country=DK").content.decode()
    head = html.split("</head>")[0]
    assert (
        '<link rel="alternate" type="application/atom+xml" title="Practices (Atom feed)" '
        'href="/en/practices/feed/?country=DK">' in head
    )


def _practices(index_page, vocab, count):
    t, s, o = vocab["topics"], vocab["stages"], vocab["orgs"]
    for n in range(count):
        CaseStudyPageFactory(
            parent=index_page,
            title=f"Case {n}",
            country="DK" if n % 2 else "ES",
            topics=[t["recycled-fibres"], t["repair-and-care"]],
            stages=[s["production"]],
            organisations=[o["dk-sme"], o["es-large"]],
            tags=[f"tag {n}", "denim"],
        )
        GuidePageFactory(parent=index_page, title=f"Guide {n}", topics=[t["recycled-fibres"]])


# The whole page: site chrome (menu, language switcher, footer) plus the listing, whose share is
# fixed: vocabularies, one aggregate per filter group, the count, the page of results, its topics.
INDEX_QUERY_BUDGET = 40


@pytest.mark.parametrize("count", [5, 40])
def test_index_query_count_is_bounded_whatever_the_number_of_practices(
    client, index_page, vocab, django_assert_max_num_queries, count
):
    _practices(index_page, vocab, count)
    url = "/en/practices/?topic=recycled-fibres&country=DK&tag=denim&sort=title"
    client.get(url)  # warm the caches (site root paths, content types) as a running site has
    with django_assert_max_num_queries(INDEX_QUERY_BUDGET):
        response = client.get(url)
    assert response.status_code == 200
    with django_assert_max_num_queries(INDEX_QUERY_BUDGET):
        assert client.get("/en/practices/").status_code == 200


def test_index_query_count_does_not_grow_with_the_number_of_practices(client, index_page, vocab):
    def queries():
        client.get("/en/practices/?stage=production")  # warm the caches
        with CaptureQueriesContext(connection) as context:
            assert client.get("/en/practices/?stage=production").status_code == 200
        return len(context.captured_queries)

    _practices(index_page, vocab, 5)
    few = queries()
    _practices(index_page, vocab, 35)
    assert queries() == few
