"""Fixtures of the trainings tests: a Training index under the English home page, trainees."""

import pytest
from django.contrib.auth import get_user_model

from tests.factories.trainings import CourseIndexPageFactory, build_course

PASSWORD = "linen-Tweed-2025!"


@pytest.fixture
def course_index(home_page):
    return CourseIndexPageFactory(parent=home_page)


@pytest.fixture
def course_with_checks(course_index):
    """Two modules of two lessons; lessons 1.2 and 2.2 end with a knowledge check."""
    return build_course(
        course_index,
        modules=2,
        lessons_per_module=2,
        checks_in=[(0, 1), (1, 1)],
        title="Circular business models",
        slug="circular-business-models",
    )


def make_user(email, name="Ana García"):
    return get_user_model().objects.create_user(
        username=email, email=email, password=PASSWORD, first_name=name
    )


@pytest.fixture
def trainee(db):
    return make_user("ana@example.org", "Ana García")


@pytest.fixture
def other_trainee(db):
    return make_user("jonas@example.org", "Jonas Berg")


@pytest.fixture
def trainee_client(client, trainee):
    client.force_login(trainee)
    return client


@pytest.fixture(autouse=True)
def english(settings):
    """Each test starts in English (a request in another language leaves it active)."""
    from django.utils import translation

    with translation.override("en"):
        yield
