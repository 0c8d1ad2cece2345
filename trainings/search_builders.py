"""Search documents of the course index, courses, modules and lessons (see search/registry.py).

A module has no page of its own (its URL leads to its part of the course outline), but readers
look for it by its title: its document holds its introduction and its course's title (a course
published again reindexes its modules), and carries the topics and tags of its course.

A lesson carries the topics and tags of its course, so that filtering search by a topic finds the
lessons that teach it. Knowledge checks contribute their questions and options only: feedback and
explanations would give the answers away.
"""

from search.registry import SearchDocumentData, register_builder
from trainings.blocks import plain_text
from trainings.models import CourseIndexPage, CoursePage, LessonPage, ModulePage


def _topic_slugs(course):
    return sorted({topic.slug for topic in course.topics.all()}) if course else []


def _tag_slugs(course):
    return sorted({tag.slug for tag in course.tags.all()}) if course else []


def _date(page):
    published = page.last_published_at or page.first_published_at
    return published.date() if published else None


@register_builder(CoursePage)
def build_course(page):
    objectives = [str(child.value) for child in page.learning_objectives]
    about = [page.get_audience_display(), page.audience_detail, page.get_level_display()]
    return SearchDocumentData(
        title=page.title,
        content_type="course",
        summary=page.summary,
        body="\n".join(part for part in [*objectives, *about] if part),
        topics=_topic_slugs(page),
        tags=_tag_slugs(page),
        date=page.last_reviewed or _date(page),
    )


@register_builder(LessonPage)
def build_lesson(page):
    course = page.course
    return SearchDocumentData(
        title=page.title,
        content_type="lesson",
        summary=page.summary,
        body=plain_text(page.body),
        topics=_topic_slugs(course),
        tags=_tag_slugs(course),
        date=_date(page),
    )


@register_builder(ModulePage)
def build_module(page):
    course = page.get_parent().specific
    return SearchDocumentData(
        title=page.title,
        content_type="module",
        summary=page.introduction or page.search_description,
        body=course.title,
        topics=_topic_slugs(course) if isinstance(course, CoursePage) else [],
        tags=_tag_slugs(course) if isinstance(course, CoursePage) else [],
        date=_date(page),
    )


@register_builder(CourseIndexPage)
def build_course_index(page):
    return SearchDocumentData(
        title=page.title,
        content_type="section",
        summary=page.introduction or page.search_description,
        date=_date(page),
    )
