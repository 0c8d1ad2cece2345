"""Editors see enrolments, completions and check results per course, and export them as CSV."""

import csv
import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from trainings.models import Enrolment

ENROLMENTS = "/admin/enrolments/"
ATTEMPTS = "/admin/check_attempts/"


@pytest.fixture
def records(client, trainee, other_trainee, course_index, course_with_checks):
    from tests.factories.trainings import build_course

    course, lessons, checks = course_with_checks
    other_course, other_lessons, _ = build_course(course_index, title="Digital passports")
    client.force_login(trainee)
    for lesson in lessons:
        if lesson.pk in checks:
            block_id = checks[lesson.pk]
            client.post(lesson.check_url(block_id), {"answer": f"{block_id}-o2"})
            client.post(lesson.check_url(block_id), {"answer": f"{block_id}-o1"})
        client.post(lesson.complete_url)
    client.force_login(other_trainee)
    client.post(other_course.enrol_url)
    client.post(other_lessons[0].complete_url)
    client.logout()
    return course, other_course


def _csv_rows(response):
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(content)))


@pytest.fixture
def editor(db):
    user = get_user_model().objects.create_user(
        username="editor", email="editor@example.org", password="x", first_name="Eda"
    )
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def test_enrolments_report_shows_completion_per_course_and_filters(admin_client, records):
    course, other_course = records
    html = admin_client.get(ENROLMENTS).content.decode()
    assert "Ana García" in html and "Jonas Berg" in html
    html = admin_client.get(ENROLMENTS, {"course": str(course.translation_key)}).content.decode()
    assert "Ana García" in html
    assert "Jonas Berg" not in html
    completed = admin_client.get(ENROLMENTS, {"completed": "true"}).content.decode()
    assert "Ana García" in completed and "Jonas Berg" not in completed


def test_enrolments_export_as_csv(admin_client, records):
    course, _other = records
    response = admin_client.get(ENROLMENTS, {"export": "csv"})
    assert response.status_code == 200
    rows = _csv_rows(response)
    ana = next(row for row in rows if row["E-mail"] == "ana@example.org")
    assert ana["Course"] == course.title
    assert ana["Lessons completed"] == "4"
    assert ana["Checks passed"] == "2"
    assert ana["Completed on"]
    assert ana["Certificate"]
    jonas = next(row for row in rows if row["E-mail"] == "jonas@example.org")
    assert (jonas["Lessons completed"], jonas["Completed on"]) == ("1", "")


def test_check_results_list_every_attempt_and_export(admin_client, records):
    html = admin_client.get(ATTEMPTS, {"passed": "false"}).content.decode()
    assert "Which fibre blend is easiest to recycle" in html
    rows = _csv_rows(admin_client.get(ATTEMPTS, {"export": "csv"}))
    assert len(rows) == 4
    assert {row["Passed"] for row in rows} == {"True", "False"}


def test_editors_can_read_the_records_but_not_change_them(client, editor, records):
    client.force_login(editor)
    assert client.get(ENROLMENTS).status_code == 200
    enrolment = Enrolment.objects.first()
    assert client.get(f"{ENROLMENTS}inspect/{enrolment.pk}/").status_code == 200
    for url in (f"{ENROLMENTS}new/", f"{ENROLMENTS}edit/{enrolment.pk}/"):
        assert client.get(url, follow=True).status_code == 404
    assert client.post(f"{ENROLMENTS}delete/{enrolment.pk}/", follow=True).status_code == 404
    assert Enrolment.objects.filter(pk=enrolment.pk).exists()


def test_trainees_cannot_reach_the_records(client, trainee, records):
    client.force_login(trainee)
    response = client.get(ENROLMENTS)
    assert response.status_code in (302, 403)
