"""The training demo loader: real content in several languages, safe to run twice."""

from django.core.management import call_command
from wagtail.models import Locale

from practices.models import Topic
from trainings.models import CourseIndexPage, CoursePage, LessonPage, ModulePage


def _counts():
    return {
        model.__name__: model.objects.count()
        for model in (CourseIndexPage, CoursePage, ModulePage, LessonPage)
    }


def test_demo_loader_creates_translated_courses_with_checks_and_changes_nothing_on_a_second_run(
    translated_homes,
):
    english = Locale.objects.get(language_code="en")
    spanish = Locale.objects.get(language_code="es")
    for slug, name, translated in [
        ("resale-and-rental", "Resale and rental", "Reventa y alquiler"),
        ("digital-product-passport", "Digital product passport", "Pasaporte digital de producto"),
    ]:
        topic = Topic.objects.create(slug=slug, name=name, family="circular", locale=english)
        spanish_topic = topic.copy_for_translation(spanish)
        spanish_topic.name = translated
        spanish_topic.save()

    call_command("load_trainings_demo", stdout=open("/dev/null", "w"))
    first = _counts()
    call_command("load_trainings_demo", stdout=open("/dev/null", "w"))

    assert _counts() == first
    assert CourseIndexPage.objects.count() == 7  # one per home page
    english_courses = CoursePage.objects.filter(locale=english)
    assert english_courses.count() >= 3
    assert LessonPage.objects.filter(locale=english).count() >= 12
    for code in ("es", "fr"):
        assert CoursePage.objects.filter(locale__language_code=code).count() == 3
        assert LessonPage.objects.filter(locale__language_code=code).count() >= 12
    assert LessonPage.objects.filter(locale__language_code="ca").exists()
    checks = sum(
        len(lesson.knowledge_check_ids) for lesson in LessonPage.objects.filter(locale=english)
    )
    assert checks >= 5

    # Translations share block ids, so progress counts in every language.
    lesson = LessonPage.objects.filter(locale=english).exclude(knowledge_check_ids=[]).first()
    spanish_lesson = lesson.get_translation(spanish).specific
    assert spanish_lesson.knowledge_check_ids == lesson.knowledge_check_ids
    assert spanish_lesson.title != lesson.title

    # Topics: the Spanish course points to the Spanish topic.
    course = CoursePage.objects.get(locale=english, slug="circular-business-models")
    assert [t.slug for t in course.topics.all()] == ["resale-and-rental"]
    spanish_course = course.get_translation(spanish).specific
    assert [t.name for t in spanish_course.topics.all()] == ["Reventa y alquiler"]
    assert "rental" in {tag.name for tag in spanish_course.tags.all()}
    dpp = CoursePage.objects.get(locale=english, slug="digital-product-passports-and-traceability")
    assert list(dpp.prerequisites.all()) == [course]


def test_demo_course_pages_render_in_spanish(client, translated_homes):
    call_command("load_trainings_demo", stdout=open("/dev/null", "w"))
    course = CoursePage.objects.get(locale__language_code="es", slug="circular-business-models")
    response = client.get(course.url)
    assert response.status_code == 200
    assert "Modelos de negocio circulares para pymes de moda" in response.content.decode()
    lesson = LessonPage.objects.filter(locale__language_code="es").first()
    assert client.get(lesson.url).status_code == 200
