"""The issue's "done when" path, end to end, as a new trainee lives it."""

import re

from django.core import mail  # noqa: F401  (the locmem backend is active in tests)
from django.urls import reverse

from trainings.forms import signup_form_token
from trainings.models import Certificate

PASSWORD = "Selvedge-denim-1984"


def _check_form(html, block_id):
    return 'action="' in html and f"check-{block_id}" in html


def test_new_trainee_signs_up_enrols_reads_in_order_passes_checks_and_verifies_certificate(
    client, course_with_checks
):
    course, lessons, checks = course_with_checks

    # Sign up from the course page and come back to it.
    response = client.post(
        reverse("trainings:signup") + f"?next={course.url}",
        {
            "first_name": "Marta Puig",
            "email": "Marta.Puig@Example.org",
            "password1": PASSWORD,
            "password2": PASSWORD,
            "next": course.url,
            "form_token": signup_form_token(),
        },
    )
    assert response.status_code == 302
    assert response["Location"] == course.url

    # Enrol.
    response = client.post(course.enrol_url)
    assert response.status_code == 302
    page = client.get(course.url).content.decode()
    assert "0 % complete" in page
    assert "Start the first lesson" in page

    # Read the lessons in order, answering each check before marking the lesson complete.
    for index, lesson in enumerate(lessons):
        html = client.get(lesson.url).content.decode()
        if index + 1 < len(lessons):
            assert f'rel="next" href="{lessons[index + 1].url}"' in html
        if index > 0:
            assert f'rel="prev" href="{lessons[index - 1].url}"' in html
        if lesson.pk in checks:
            block_id = checks[lesson.pk]
            # A wrong answer first: not passed, with the option's feedback.
            response = client.post(lesson.check_url(block_id), {"answer": f"{block_id}-o2"})
            assert response.status_code == 302
            html = client.get(lesson.url).content.decode()
            assert "Not passed yet." in html
            assert "Elastane blends jam mechanical recycling." in html
            # Then the right one.
            client.post(lesson.check_url(block_id), {"answer": f"{block_id}-o1"})
            html = client.get(lesson.url).content.decode()
            assert "Passed." in html
        response = client.post(lesson.complete_url)
        assert response.status_code == 302
        if index + 1 < len(lessons):
            assert response["Location"] == lessons[index + 1].url

    # 100 % and a certificate.
    certificate = Certificate.objects.get()
    assert response["Location"] == reverse("trainings:certificate", args=[certificate.code])
    html = client.get(response["Location"]).content.decode()
    assert "Certificate of completion" in html
    assert "Marta Puig" in html
    assert certificate.code in html
    assert "certificate-print.css" in html
    page = client.get(course.url).content.decode()
    assert "100 % complete" in page
    assert "View your certificate" in page

    my_learning = client.get(reverse("trainings:my_learning")).content.decode()
    assert "100 % complete" in my_learning
    assert re.search(r'<progress [^>]*max="100" value="100"', my_learning)

    # Anyone can verify the code, and sees only the name, course and date.
    client.post(reverse("trainings:logout"))
    verification = client.get(reverse("trainings:certificate_verify", args=[certificate.code]))
    assert verification.status_code == 200
    html = verification.content.decode()
    assert "This certificate is valid." in html
    assert "Marta Puig" in html
    assert "Circular business models" in html
    assert "marta.puig@example.org" not in html.lower()
