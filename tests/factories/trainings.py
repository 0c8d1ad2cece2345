"""Factories for training pages, and helpers that build lesson bodies with knowledge checks."""

import json
import uuid

import factory
import wagtail_factories

from trainings.models import CourseIndexPage, CoursePage, LessonPage, ModulePage


def paragraph(text, block_id=None):
    return {"type": "paragraph", "value": f"<p>{text}</p>", "id": block_id or str(uuid.uuid4())}


def knowledge_check(
    question,
    options,
    *,
    kind="single",
    pass_mark=100,
    explanation="",
    block_id=None,
):
    """A knowledge-check block; ``options`` are (text, correct, feedback) triples. Option ids are
    ``<block id>-o1``, ``<block id>-o2``… so that tests can answer by position."""
    block_id = block_id or str(uuid.uuid4())
    return {
        "type": "knowledge_check",
        "id": block_id,
        "value": {
            "question": question,
            "kind": kind,
            "pass_mark": pass_mark,
            "explanation": explanation,
            "options": [
                {
                    "type": "item",
                    "id": f"{block_id}-o{index}",
                    "value": {"text": text, "correct": correct, "feedback": feedback},
                }
                for index, (text, correct, feedback) in enumerate(options, start=1)
            ],
        },
    }


def body(*blocks):
    return json.dumps(list(blocks))


class CourseIndexPageFactory(wagtail_factories.PageFactory):
    title = "Training"
    slug = "training"
    introduction = "Courses for cluster managers and SME staff."

    class Meta:
        model = CourseIndexPage


class CoursePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Course {n}")
    slug = factory.Sequence(lambda n: f"course-{n}")
    summary = "Learn how fashion SMEs turn take-back into a business."
    audience = "sme-managers"
    level = "beginner"

    class Meta:
        model = CoursePage


class ModulePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Module {n}")
    slug = factory.Sequence(lambda n: f"module-{n}")
    introduction = "What this module covers."

    class Meta:
        model = ModulePage


class LessonPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Lesson {n}")
    slug = factory.Sequence(lambda n: f"lesson-{n}")
    summary = "A short lesson."
    body = factory.LazyFunction(
        lambda: body(paragraph("Recycled polyester made from bottles is not circular textile."))
    )

    class Meta:
        model = LessonPage


def build_course(parent, modules=2, lessons_per_module=2, checks_in=(), **course_fields):
    """A live course under ``parent`` with modules of lessons. ``checks_in`` lists the (module,
    lesson) positions, from 0, whose lesson ends with a single-choice check (first option right).
    Returns (course, [lessons in reading order], {lesson: check block id})."""
    course = CoursePageFactory(parent=parent, **course_fields)
    lessons, checks = [], {}
    for m in range(modules):
        module = ModulePageFactory(parent=course, title=f"{course.title} module {m + 1}")
        for n in range(lessons_per_module):
            blocks = [
                paragraph(f"Lesson {n + 1} of module {m + 1}: sorting post-consumer textiles.")
            ]
            if (m, n) in checks_in:
                check = knowledge_check(
                    "Which fibre blend is easiest to recycle fibre-to-fibre?",
                    [
                        ("Pure cotton", True, "Right: mono-materials sort and recycle best."),
                        ("Cotton-elastane", False, "Elastane blends jam mechanical recycling."),
                        ("Wool-polyester", False, "Blends need chemical separation first."),
                    ],
                )
                blocks.append(check)
            lesson = LessonPageFactory(
                parent=module, title=f"{course.title} lesson {m + 1}.{n + 1}", body=body(*blocks)
            )
            if (m, n) in checks_in:
                checks[lesson.pk] = check["id"]
            lessons.append(lesson)
    return course, lessons, checks
