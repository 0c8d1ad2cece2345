"""Courses and lessons become search documents with their course's topics and tags."""

from wagtail.models import Locale

from practices.models import Topic
from search.registry import builder_for
from trainings.models import CoursePage, LessonPage


def test_course_and_lesson_documents_carry_type_topics_tags_and_no_answers(course_with_checks):
    course, lessons, checks = course_with_checks
    topic = Topic.objects.create(
        slug="take-back-and-sorting",
        name="Take-back and sorting",
        family="circular",
        locale=Locale.get_default(),
    )
    course.topics.set([topic])
    course.tags.set(["Post-consumer"])
    course.learning_objectives = '[{"type": "objective", "value": "Sort textiles by fibre"}]'
    course.save()

    document = builder_for(CoursePage)(CoursePage.objects.get(pk=course.pk))
    assert document.content_type == "course"
    assert document.title == "Circular business models"
    assert document.topics == ["take-back-and-sorting"]
    assert document.tags == ["post-consumer"]
    assert "Sort textiles by fibre" in document.body

    lesson = LessonPage.objects.get(pk=lessons[1].pk)
    document = builder_for(LessonPage)(lesson)
    assert document.content_type == "lesson"
    assert document.topics == ["take-back-and-sorting"]
    assert document.tags == ["post-consumer"]
    assert "Which fibre blend is easiest to recycle" in document.body
    assert "Pure cotton" in document.body
    assert "Right: mono-materials" not in document.body  # feedback gives the answer away
