"""Progress, answers and certificates belong to their trainee: others can neither see nor change them."""

from django.urls import reverse

from trainings.models import CheckAttempt, LessonCompletion


def _finish(client, course, lessons, checks):
    for lesson in lessons:
        if lesson.pk in checks:
            block_id = checks[lesson.pk]
            client.post(lesson.check_url(block_id), {"answer": f"{block_id}-o1"})
        client.post(lesson.complete_url)


def test_another_trainee_sees_none_of_my_progress_or_answers(
    client, trainee, other_trainee, course_with_checks
):
    course, lessons, checks = course_with_checks
    client.force_login(trainee)
    client.post(course.enrol_url)
    client.post(lessons[0].complete_url)
    block_id = checks[lessons[1].pk]
    client.post(lessons[1].check_url(block_id), {"answer": f"{block_id}-o2"})

    client.force_login(other_trainee)
    course_html = client.get(course.url).content.decode()
    assert "Enrol in this course" in course_html
    assert "lessons done" not in course_html
    lesson_html = client.get(lessons[1].url).content.decode()
    assert "Not passed yet." not in lesson_html
    assert "Elastane blends jam" not in lesson_html
    my_learning = client.get(reverse("trainings:my_learning")).content.decode()
    assert course.title not in my_learning


def test_another_trainee_cannot_open_my_certificate(
    client, trainee, other_trainee, course_with_checks
):
    course, lessons, checks = course_with_checks
    client.force_login(trainee)
    _finish(client, course, lessons, checks)
    certificate = trainee.certificates.get()

    client.force_login(other_trainee)
    response = client.get(reverse("trainings:certificate", args=[certificate.code]))
    assert response.status_code == 404
    client.logout()
    response = client.get(reverse("trainings:certificate", args=[certificate.code]))
    assert response.status_code == 302  # to sign in


def test_another_trainee_posting_changes_only_their_own_records(
    client, trainee, other_trainee, course_with_checks
):
    course, lessons, checks = course_with_checks
    client.force_login(trainee)
    client.post(lessons[0].complete_url)

    client.force_login(other_trainee)
    block_id = checks[lessons[1].pk]
    client.post(lessons[1].check_url(block_id), {"answer": f"{block_id}-o1", "user": trainee.pk})
    client.post(lessons[0].complete_url, {"user": trainee.pk})

    assert not CheckAttempt.objects.filter(user=trainee).exists()
    assert CheckAttempt.objects.filter(user=other_trainee).count() == 1
    assert LessonCompletion.objects.filter(user=trainee).count() == 1
    assert LessonCompletion.objects.filter(user=other_trainee).count() == 1


def test_public_verification_shows_only_name_course_and_date(client, trainee, course_with_checks):
    course, lessons, checks = course_with_checks
    client.force_login(trainee)
    _finish(client, course, lessons, checks)
    certificate = trainee.certificates.get()
    client.logout()

    html = client.get(
        reverse("trainings:certificate_verify", args=[certificate.code])
    ).content.decode()
    main = html.split('<main id="main-content"')[1].split("</main>")[0]
    assert "Ana García" in main
    assert course.title in main
    assert "ana@example.org" not in html
    assert "score" not in main.lower()
    assert "/my-learning/" not in main
