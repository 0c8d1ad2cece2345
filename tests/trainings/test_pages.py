"""What readers see on the course index, course, module and lesson pages."""

import re

from django.urls import reverse

from tests.conftest import translate
from tests.factories.trainings import (
    CoursePageFactory,
    LessonPageFactory,
    ModulePageFactory,
    body,
    knowledge_check,
    paragraph,
)
from trainings.models import LessonPage


def test_course_index_lists_live_courses_but_not_drafts(client, course_index):
    CoursePageFactory(parent=course_index, title="Repair services 101", slug="repair")
    CoursePageFactory(parent=course_index, title="Secret draft course", slug="draft", live=False)
    html = client.get(course_index.url).content.decode()
    assert "Repair services 101" in html
    assert "Secret draft course" not in html


def test_spanish_course_index_offers_english_courses_not_yet_translated(
    client, translated_homes, course_index
):
    CoursePageFactory(parent=course_index, title="Rental for kidswear", slug="rental")
    spanish_index = translate(course_index, "es", title="Formación")
    html = client.get(spanish_index.url).content.decode()
    assert "Rental for kidswear" in html
    assert '<article class="card course-card" lang="en">' in html
    assert 'class="course-card__language"' in html  # "Available in English", in Spanish


def test_course_page_shows_facts_objectives_review_and_outline_to_anonymous_readers(
    client, course_with_checks
):
    course, lessons, _checks = course_with_checks
    course.learning_objectives = '[{"type": "objective", "value": "Price a repair service"}]'
    course.last_reviewed = "2025-09-30"
    course.review_owner = "Modacc"
    course.audience = "cluster-managers"
    course.save()
    response = client.get(course.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Cluster managers and staff" in html
    assert "Beginner" in html
    assert "Price a repair service" in html
    assert "Last reviewed on" in html and "Modacc" in html
    # Outline in reading order, with a link to every lesson.
    positions = [html.index(f'href="{lesson.url}"') for lesson in lessons]
    assert positions == sorted(positions)
    # Anonymous readers are invited to sign in; they get no enrol form.
    assert "Sign in" in html
    assert "Enrol in this course" not in html


def test_lesson_navigation_crosses_module_boundaries_with_rel_links(client, course_with_checks):
    course, lessons, _checks = course_with_checks
    last_of_module_one, first_of_module_two = lessons[1], lessons[2]

    html = client.get(last_of_module_one.url).content.decode()
    assert f'rel="next" href="{first_of_module_two.url}"' in html
    assert f'rel="prev" href="{lessons[0].url}"' in html

    html = client.get(first_of_module_two.url).content.decode()
    assert f'rel="prev" href="{last_of_module_one.url}"' in html

    first = client.get(lessons[0].url).content.decode()
    assert 'rel="prev"' not in first
    last = client.get(lessons[-1].url).content.decode()
    assert 'rel="next"' not in last
    assert "Back to the course outline" in last


def test_lesson_breadcrumb_leads_through_course_and_module(client, course_with_checks):
    course, lessons, _checks = course_with_checks
    html = client.get(lessons[0].url).content.decode()
    breadcrumb = re.search(r'<nav class="breadcrumb".*?</nav>', html, re.S).group(0)
    assert f'href="{course.url}"' in breadcrumb
    assert "module 1" in breadcrumb
    assert 'aria-current="page"' in breadcrumb


def test_module_page_sends_readers_to_its_place_in_the_course_outline(client, course_with_checks):
    course, lessons, _checks = course_with_checks
    module = lessons[0].get_parent()
    response = client.get(module.url)
    assert response.status_code == 302
    assert response["Location"] == f"{course.url}#module-{module.pk}"


def test_reading_time_is_computed_from_words_and_checks_unless_set(client, course_index):
    course = CoursePageFactory(parent=course_index)
    module = ModulePageFactory(parent=course)
    words = " ".join(["fibre"] * 450)
    check = knowledge_check("Is elastane recyclable?", [("No", True, ""), ("Yes", False, "")])
    lesson = LessonPageFactory(parent=module, body=body(paragraph(words), check))
    # 450 words + 3 words of question/options → 3 minutes of reading + 1 minute per check.
    assert lesson.reading_time == 4
    html = client.get(lesson.url).content.decode()
    assert "Reading time: about 4 minutes" in html

    lesson.reading_time_override = 25
    lesson.save()
    assert LessonPage.objects.get(pk=lesson.pk).reading_time == 25
    assert "25 minutes" in client.get(course.url).content.decode()


def test_unpublished_lessons_leave_the_outline_and_the_navigation(client, course_with_checks):
    course, lessons, _checks = course_with_checks
    lessons[1].unpublish()
    html = client.get(course.url).content.decode()
    assert lessons[1].title not in html
    html = client.get(lessons[0].url).content.decode()
    assert f'rel="next" href="{lessons[2].url}"' in html
    assert client.get(lessons[1].url).status_code == 404


def test_knowledge_check_shows_no_answers_or_feedback_before_answering(
    client, trainee, course_with_checks
):
    course, lessons, checks = course_with_checks
    lesson = lessons[1]
    anonymous = client.get(lesson.url).content.decode()
    assert "Which fibre blend is easiest to recycle" in anonymous
    assert "Sign in to answer this question" in anonymous
    assert "<form" not in anonymous.split("Knowledge check")[1].split("</section>")[0]

    client.force_login(trainee)
    html = client.get(lesson.url).content.decode()
    assert f'action="{lesson.check_url(checks[lesson.pk])}"' in html
    for secret in (
        "Right: mono-materials",
        "Elastane blends jam",
        "chemical separation",
        "correct",
    ):
        assert secret not in html


def test_prerequisites_are_shown_in_the_reader_language(client, translated_homes, course_index):
    basics = CoursePageFactory(parent=course_index, title="Textile basics", slug="basics")
    advanced = CoursePageFactory(parent=course_index, title="Advanced sorting", slug="advanced")
    advanced.prerequisites.set([basics])
    advanced.save()
    translate(course_index, "es", title="Formación")
    translate(basics, "es", title="Fundamentos textiles")
    spanish_advanced = translate(advanced, "es", title="Clasificación avanzada")
    html = client.get(spanish_advanced.url).content.decode()
    assert "Fundamentos textiles" in html
    assert "Textile basics" not in html


def test_course_topics_and_tags_are_shown(client, course_index):
    from wagtail.models import Locale

    from practices.models import Topic

    topic = Topic.objects.create(
        slug="repair-and-care",
        name="Repair and care",
        family="circular",
        locale=Locale.get_default(),
    )
    course = CoursePageFactory(parent=course_index)
    course.topics.set([topic])
    course.tags.set(["denim", "repair service"])
    course.save()
    html = client.get(course.url).content.decode()
    assert "Repair and care" in html
    assert "repair service" in html


def test_verification_form_is_linked_from_the_course_index(client, course_index):
    html = client.get(course_index.url).content.decode()
    assert reverse("trainings:certificate_verify_form") in html
