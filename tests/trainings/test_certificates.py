"""Certificates: issued at 100 %, printable, verifiable by a code that cannot be guessed."""

from django.urls import reverse

from trainings.models import Certificate, Enrolment
from trainings.models.progress import new_certificate_code, normalise_certificate_code


def test_no_certificate_until_every_check_is_passed(trainee_client, trainee, course_with_checks):
    course, lessons, checks = course_with_checks
    for lesson in lessons:
        trainee_client.post(lesson.complete_url)
    assert not Certificate.objects.exists()
    html = trainee_client.get(course.url).content.decode()
    assert "66 % complete" in html  # 4 lessons of 6 steps

    for lesson_pk, block_id in checks.items():
        lesson = next(lesson for lesson in lessons if lesson.pk == lesson_pk)
        trainee_client.post(lesson.check_url(block_id), {"answer": f"{block_id}-o1"})
    certificate = Certificate.objects.get(user=trainee)
    assert certificate.recipient_name == "Ana García"
    assert certificate.course_title == course.title
    assert Enrolment.objects.get(user=trainee).completed_at is not None
    assert "100 % complete" in trainee_client.get(course.url).content.decode()


def test_certificate_page_is_printable(trainee_client, trainee, course_with_checks):
    course, lessons, checks = course_with_checks
    for lesson in lessons:
        if lesson.pk in checks:
            trainee_client.post(
                lesson.check_url(checks[lesson.pk]), {"answer": f"{checks[lesson.pk]}-o1"}
            )
        trainee_client.post(lesson.complete_url)
    certificate = Certificate.objects.get()
    html = trainee_client.get(
        reverse("trainings:certificate", args=[certificate.code])
    ).content.decode()
    assert 'certificate-print.css" media="print"' in html
    assert f"http://testserver/en/certificates/verify/{certificate.code}/" in html


def test_codes_are_long_random_and_tolerant_of_typing():
    codes = {new_certificate_code() for _ in range(200)}
    assert len(codes) == 200
    code = codes.pop()
    assert len(code) == 24 and code.count("-") == 4
    assert normalise_certificate_code(code.lower().replace("-", " ")) == code
    assert normalise_certificate_code("too-short") is None
    assert normalise_certificate_code("OOOO-IIII-LLLL-0000-1111") == "0000-1111-1111-0000-1111"


def _certificate(trainee, course):
    return Certificate.objects.create(
        user=trainee,
        course_key=course.translation_key,
        course=course,
        recipient_name="Ana García",
        course_title=course.title,
    )


def test_verification_form_redirects_a_typed_code_to_its_page(client, trainee, course_with_checks):
    course, _lessons, _checks = course_with_checks
    certificate = _certificate(trainee, course)
    typed = certificate.code.lower().replace("-", "")
    response = client.get(reverse("trainings:certificate_verify_form"), {"code": typed})
    assert response.status_code == 302
    assert response["Location"] == reverse("trainings:certificate_verify", args=[certificate.code])
    assert "This certificate is valid." in client.get(response["Location"]).content.decode()


def test_verification_rejects_malformed_and_unknown_codes_clearly(client, db):
    response = client.get(reverse("trainings:certificate_verify_form"), {"code": "abc"})
    assert response.status_code == 400
    assert "This is not a valid code" in response.content.decode()
    unknown = new_certificate_code()
    response = client.get(reverse("trainings:certificate_verify", args=[unknown]))
    assert response.status_code == 404
    assert "No certificate has this code." in response.content.decode()
    response = client.get(reverse("trainings:certificate_verify", args=["<script>"]))
    assert response.status_code == 404
    assert "<script>" not in response.content.decode()


def test_verification_url_tolerates_a_lower_case_code(client, trainee, course_with_checks):
    course, _lessons, _checks = course_with_checks
    certificate = _certificate(trainee, course)
    response = client.get(reverse("trainings:certificate_verify", args=[certificate.code.lower()]))
    assert response.status_code == 302
    assert response["Location"].endswith(f"/{certificate.code}/")
