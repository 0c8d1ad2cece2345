"""SQL queries per page stay bounded whatever the number of lessons, courses or enrolments.

Each page is measured for a small and a large case: the counts must be equal (independent of
the number of items) and within a budget that leaves room for the site chrome (menu, language
switcher, footer) of base.html.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories.trainings import build_course

BUDGET = 50


@pytest.fixture
def small_and_large(course_index):
    small = build_course(course_index, modules=1, lessons_per_module=2, checks_in=[(0, 0)])
    large = build_course(
        course_index,
        modules=6,
        lessons_per_module=8,
        checks_in=[(m, n) for m in range(6) for n in range(0, 8, 2)],
    )
    return small, large


def _progress(client, course, lessons, checks):
    client.post(course.enrol_url)
    for lesson in lessons[: len(lessons) // 2]:
        if lesson.pk in checks:
            client.post(lesson.check_url(checks[lesson.pk]), {"answer": f"{checks[lesson.pk]}-o1"})
        client.post(lesson.complete_url)


def _count(client, url, django_assert_max_num_queries):
    client.get(url)  # warm per-process caches (site root paths, content types)
    with django_assert_max_num_queries(BUDGET), CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response.content.decode()


@pytest.mark.parametrize("signed_in", [False, True])
def test_course_outline_queries_do_not_grow_with_lessons(
    client, trainee, small_and_large, django_assert_max_num_queries, signed_in
):
    if signed_in:
        client.force_login(trainee)
    counts = []
    for course, lessons, checks in small_and_large:
        if signed_in:
            _progress(client, course, lessons, checks)
        count, html = _count(client, course.url, django_assert_max_num_queries)
        assert lessons[-1].title in html
        counts.append(count)
    assert counts[0] == counts[1]


def test_lesson_page_queries_do_not_grow_with_lessons(
    client, trainee, small_and_large, django_assert_max_num_queries
):
    client.force_login(trainee)
    counts = []
    for course, lessons, checks in small_and_large:
        _progress(client, course, lessons, checks)
        counts.append(_count(client, lessons[-1].url, django_assert_max_num_queries)[0])
    assert counts[0] == counts[1]


def test_my_learning_queries_do_not_grow_with_courses(
    client, trainee, course_index, django_assert_max_num_queries
):
    client.force_login(trainee)
    url = reverse("trainings:my_learning")
    course, lessons, checks = build_course(course_index, modules=1, lessons_per_module=2)
    _progress(client, course, lessons, checks)
    one, _html = _count(client, url, django_assert_max_num_queries)
    for _ in range(5):
        course, lessons, checks = build_course(
            course_index, modules=3, lessons_per_module=4, checks_in=[(0, 0), (2, 3)]
        )
        _progress(client, course, lessons, checks)
    six, html = _count(client, url, django_assert_max_num_queries)
    assert html.count("<progress") == 6
    assert one == six


def test_course_index_queries_do_not_grow_with_courses(
    client, trainee, course_index, django_assert_max_num_queries
):
    client.force_login(trainee)
    course, lessons, checks = build_course(course_index, modules=1, lessons_per_module=1)
    _progress(client, course, lessons, checks)
    few, _html = _count(client, course_index.url, django_assert_max_num_queries)
    for _ in range(8):
        course, lessons, checks = build_course(course_index, modules=2, lessons_per_module=2)
        _progress(client, course, lessons, checks)
    many, html = _count(client, course_index.url, django_assert_max_num_queries)
    assert html.count("<progress") == 9
    assert few == many
