"""Enrolling, completing lessons, progress, continue where you left off and My learning."""

from django.test import Client
from django.urls import reverse

from tests.conftest import translate
from trainings.models import CheckAttempt, Enrolment, LessonCompletion


def test_enrolling_twice_keeps_one_enrolment(trainee_client, trainee, course_with_checks):
    course, _lessons, _checks = course_with_checks
    first = trainee_client.post(course.enrol_url)
    assert first.status_code == 302
    assert first["Location"] == course.url + "#outline"
    second = trainee_client.post(course.enrol_url, follow=True)
    assert "You are already enrolled in this course." in second.content.decode()
    assert Enrolment.objects.filter(user=trainee).count() == 1


def test_progress_endpoints_refuse_get_with_405(trainee_client, course_with_checks):
    course, lessons, checks = course_with_checks
    lesson = lessons[1]
    for url in (course.enrol_url, lesson.complete_url, lesson.check_url(checks[lesson.pk])):
        response = trainee_client.get(url)
        assert response.status_code == 405
        assert response["Allow"] == "POST"


def test_anonymous_posts_go_to_sign_in_and_store_nothing(client, course_with_checks):
    course, lessons, checks = course_with_checks
    lesson = lessons[1]
    cases = [
        (course.enrol_url, course.url),
        (lesson.complete_url, lesson.url),
        (lesson.check_url(checks[lesson.pk]), lesson.url),
    ]
    for url, back in cases:
        response = client.post(url, {"answer": f"{checks[lesson.pk]}-o1"})
        assert response.status_code == 302
        assert response["Location"] == f"{reverse('trainings:login')}?next={back}"
    assert not Enrolment.objects.exists()
    assert not LessonCompletion.objects.exists()
    assert not CheckAttempt.objects.exists()


def test_progress_posts_need_a_csrf_token(trainee, course_with_checks):
    course, _lessons, _checks = course_with_checks
    client = Client(enforce_csrf_checks=True)
    client.force_login(trainee)
    assert client.post(course.enrol_url).status_code == 403
    assert not Enrolment.objects.exists()


def test_completing_a_lesson_twice_is_harmless_and_moves_on(
    trainee_client, trainee, course_with_checks
):
    course, lessons, _checks = course_with_checks
    response = trainee_client.post(lessons[0].complete_url)
    assert response["Location"] == lessons[1].url
    trainee_client.post(lessons[0].complete_url)
    assert LessonCompletion.objects.filter(user=trainee).count() == 1
    # Completing a lesson enrols the trainee.
    assert Enrolment.objects.filter(user=trainee).count() == 1
    html = trainee_client.get(lessons[0].url).content.decode()
    assert "You have marked this lesson as complete." in html


def test_completing_a_lesson_with_an_unpassed_check_asks_for_the_check(
    trainee_client, course_with_checks
):
    course, lessons, _checks = course_with_checks
    response = trainee_client.post(lessons[1].complete_url, follow=True)
    assert response.redirect_chain[-1][0] == lessons[1].url
    assert "Pass its knowledge check to finish it." in response.content.decode()


def test_progress_bar_counts_lessons_and_checks(trainee_client, course_with_checks):
    course, lessons, _checks = course_with_checks
    trainee_client.post(course.enrol_url)
    for lesson in lessons[:3]:
        trainee_client.post(lesson.complete_url)
    html = trainee_client.get(course.url).content.decode()
    # 4 lessons + 2 checks = 6 steps; 3 done.
    assert '<progress id="course-progress" max="100" value="50">' in html
    assert "50 % complete · 2 of 4 lessons done" in html
    assert 'badge--done">Completed' in html
    assert 'badge--in_progress">In progress' in html
    assert 'badge--not_started">Not started' in html


def test_continue_where_you_left_off_points_to_the_last_lesson_opened(
    trainee_client, course_with_checks
):
    course, lessons, _checks = course_with_checks
    trainee_client.post(course.enrol_url)
    trainee_client.post(lessons[0].complete_url)
    trainee_client.get(lessons[2].url)
    html = trainee_client.get(course.url).content.decode()
    assert f"Continue where you left off: {lessons[2].title}" in html
    assert f'href="{lessons[2].url}"' in html
    my_learning = trainee_client.get(reverse("trainings:my_learning")).content.decode()
    assert f"Continue where you left off: {lessons[2].title}" in my_learning


def test_progress_in_a_translation_counts_for_the_course_in_every_language(
    trainee_client, trainee, translated_homes, course_index, course_with_checks
):
    course, lessons, _checks = course_with_checks
    translate(course_index, "es", title="Formación")
    spanish_course = translate(course, "es", title="Modelos circulares")
    translate(lessons[0].get_parent(), "es", title="Módulo 1")
    spanish_lesson = translate(lessons[0], "es", title="Lección 1")
    trainee_client.post(spanish_lesson.complete_url)

    completion = LessonCompletion.objects.get(user=trainee)
    assert completion.lesson_key == lessons[0].translation_key
    english = trainee_client.get(course.url).content.decode()
    assert "1 of 4 lessons done" in english
    assert Enrolment.objects.get(user=trainee).course_key == spanish_course.translation_key


def test_my_learning_lists_enrolled_courses_with_progress(
    trainee_client, course_index, course_with_checks
):
    course, lessons, _checks = course_with_checks
    trainee_client.post(course.enrol_url)
    trainee_client.post(lessons[0].complete_url)
    html = trainee_client.get(reverse("trainings:my_learning")).content.decode()
    assert course.title in html
    assert "1 of 4 lessons done" in html
    assert f'href="{course_index.url}"' in html  # browse more courses


def test_unpublished_or_deleted_lessons_do_not_break_my_learning(
    trainee_client, trainee, course_with_checks
):
    course, lessons, _checks = course_with_checks
    trainee_client.post(lessons[0].complete_url)
    trainee_client.post(lessons[2].complete_url)
    lessons[0].unpublish()
    lessons[2].delete()

    response = trainee_client.get(reverse("trainings:my_learning"))
    assert response.status_code == 200
    assert "0 of 2 lessons done" in response.content.decode()
    assert trainee_client.get(course.url).status_code == 200
    # The records are kept: republishing the lesson brings its completion back.
    assert LessonCompletion.objects.filter(user=trainee).count() == 2
    lessons[0].save_revision().publish()
    html = trainee_client.get(reverse("trainings:my_learning")).content.decode()
    assert "1 of 3 lessons done" in html


def test_unpublished_course_stays_in_my_learning_as_no_longer_published(
    trainee_client, course_with_checks
):
    course, _lessons, _checks = course_with_checks
    trainee_client.post(course.enrol_url)
    course.unpublish()
    response = trainee_client.get(reverse("trainings:my_learning"))
    assert response.status_code == 200
    html = response.content.decode()
    assert course.title in html
    assert "This course is no longer published." in html
