"""Query budgets of the foundation's pages (the apps test their own pages: tests/practices,
tests/trainings, tests/search, tests/alliance). The number of SQL queries of a page does not grow
with the number of pages it lists."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.models import HomePageFeaturedPage
from tests.conftest import publish
from tests.factories.home import StandardPageFactory

pytestmark = pytest.mark.django_db

BUDGET = 30


def count(client, url, django_assert_max_num_queries):
    """The queries of a first visit: every cache layer runs in tests, so each count starts from
    empty caches (a warm fragment would make the second count smaller, not the page cheaper)."""
    from django.core.cache import caches

    from clothhub.cache import memo

    for cache in caches.all(initialized_only=True):
        cache.clear()
    memo.clear_process()
    with django_assert_max_num_queries(BUDGET), CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries.captured_queries), response.content.decode()


def add_pages(home, n, start):
    pages = []
    for i in range(start, start + n):
        page = StandardPageFactory(
            parent=home, title=f"Guide to repair number {i}", slug=f"repair-{i}", show_in_menus=True
        )
        HomePageFeaturedPage.objects.create(home_page=home, page=page, sort_order=i)
        pages.append(page)
    publish(home)
    return pages


def test_the_home_page_costs_the_same_with_2_or_50_featured_and_menu_pages(
    client, home_page, django_assert_max_num_queries
):
    add_pages(home_page, 2, 0)
    few, _html = count(client, "/en/", django_assert_max_num_queries)
    add_pages(home_page, 48, 2)
    many, html = count(client, "/en/", django_assert_max_num_queries)
    assert "Guide to repair number 49" in html
    assert many == few


def test_a_standard_page_costs_the_same_however_big_the_menu(
    client, home_page, django_assert_max_num_queries
):
    page = publish(StandardPageFactory(parent=home_page, title="About the alliance", slug="about"))
    add_pages(home_page, 2, 0)
    few, _html = count(client, page.url, django_assert_max_num_queries)
    add_pages(home_page, 48, 2)
    many, _html = count(client, page.url, django_assert_max_num_queries)
    assert many == few


def test_the_sitemap_costs_the_same_with_5_or_50_pages(
    client, home_page, django_assert_max_num_queries
):
    add_pages(home_page, 5, 0)
    few, _xml = count(client, "/sitemap.xml", django_assert_max_num_queries)
    add_pages(home_page, 45, 5)
    many, xml = count(client, "/sitemap.xml", django_assert_max_num_queries)
    assert "repair-49" in xml
    assert many == few
