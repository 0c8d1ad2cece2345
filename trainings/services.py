"""How trainees learn: enrolment, lesson completion, grading of knowledge checks, progress and
certificates. Views and page models call these functions; they hold the rules.

Rules:
- A course's content is its live, public modules and the live, public lessons inside them, in
  tree order. A lesson's knowledge checks are the check blocks of its body (ids stored on save).
- Records are keyed on translation keys, so progress made in any language counts everywhere.
- A lesson is done when the trainee marked it complete and passed each of its checks. Progress is
  the share of steps done, where a step is a lesson to complete or a check to pass; a course is
  complete at 100 %, which issues the certificate (once).
- Every function works on the records of the user it is given and no one else's.
"""

import math
from dataclasses import dataclass, field
from uuid import UUID

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from clothhub.cache import memo
from home.privacy import live_public_ids, public_q
from trainings.blocks import MULTIPLE
from trainings.models import (
    Certificate,
    CheckAttempt,
    CoursePage,
    Enrolment,
    LessonCompletion,
    LessonPage,
    ModulePage,
)

STATE_LABELS = {
    "done": _("Completed"),
    "in_progress": _("In progress"),
    "not_started": _("Not started"),
}


# --- Progress -------------------------------------------------------------------------------


@dataclass
class LessonEntry:
    lesson: LessonPage
    module: ModulePage
    number: int
    completed: bool = False
    checks_total: int = 0
    checks_passed: int = 0

    @property
    def done(self):
        return self.completed and self.checks_passed >= self.checks_total

    @property
    def state(self):
        if self.done:
            return "done"
        if self.completed or self.checks_passed:
            return "in_progress"
        return "not_started"

    @property
    def state_label(self):
        return STATE_LABELS[self.state]


@dataclass
class ModuleEntry:
    module: ModulePage
    lessons: list[LessonEntry] = field(default_factory=list)


@dataclass
class CourseProgress:
    course: CoursePage
    modules: list[ModuleEntry] = field(default_factory=list)
    lessons: list[LessonEntry] = field(default_factory=list)
    enrolment: Enrolment | None = None

    @property
    def is_enrolled(self):
        return self.enrolment is not None

    @property
    def total_steps(self):
        return len(self.lessons) + sum(entry.checks_total for entry in self.lessons)

    @property
    def done_steps(self):
        return sum(
            int(entry.completed) + min(entry.checks_passed, entry.checks_total)
            for entry in self.lessons
        )

    @property
    def percent(self):
        """Whole percent, rounded down so that 100 means complete."""
        if not self.total_steps:
            return 0
        return math.floor(100 * self.done_steps / self.total_steps)

    @property
    def is_complete(self):
        return bool(self.lessons) and all(entry.done for entry in self.lessons)

    @property
    def lessons_done(self):
        return sum(1 for entry in self.lessons if entry.done)

    def entry_for(self, lesson):
        for entry in self.lessons:
            if entry.lesson.translation_key == lesson.translation_key:
                return entry
        return None

    def neighbours(self, lesson):
        """(previous, next) lesson entries across module boundaries; None at either end."""
        entry = self.entry_for(lesson)
        if entry is None:
            return None, None
        index = self.lessons.index(entry)
        previous = self.lessons[index - 1] if index > 0 else None
        following = self.lessons[index + 1] if index + 1 < len(self.lessons) else None
        return previous, following

    @property
    def continue_entry(self):
        """Where the trainee left off: the last lesson visited if it is not done yet, else the
        next lesson not done after it, else the first lesson not done; None when all are done."""
        if not self.lessons or self.is_complete:
            return None
        start = 0
        last_key = self.enrolment.last_lesson_key if self.enrolment else None
        if last_key:
            for index, entry in enumerate(self.lessons):
                if entry.lesson.translation_key == last_key:
                    start = index
                    break
        for entry in self.lessons[start:] + self.lessons[:start]:
            if not entry.done:
                return entry
        return None


def _course_structure(courses):
    """Live, public modules and lessons of several courses (lesson bodies are not loaded).

    Returns ``{course_path: [(module, [lesson, ...]), ...]}`` in tree order. The outline of each
    course (its live modules and lessons) is the same for every reader, so it is memoized per
    course (clothhub.cache.memo) until content changes; outlines not memoized yet are loaded
    together (two queries: modules, lessons). Privacy is never memoized: which of those pages are
    live and public is asked of the database in one query for all the courses (home.privacy), so
    the cost is the same for one course or many.
    """
    if not courses:
        return {}
    courses = list(courses)
    loaded = {}

    def outline(index):
        course = courses[index]
        if course.path not in loaded:  # the first miss loads this course and those after it
            loaded.update(_load_course_structure(courses[index:]))
        return loaded[course.path]

    outlines = {
        course.path: memo.memoize("course-structure", course.path, lambda i=index: outline(i))
        for index, course in enumerate(courses)
    }
    page_ids = [
        page.pk
        for entries in outlines.values()
        for module, lessons in entries
        for page in (module, *lessons)
    ]
    visible = live_public_ids(page_ids)
    return {
        course.path: [
            (module, [lesson for lesson in lessons if lesson.pk in visible])
            for module, lessons in outlines[course.path]
            if module.pk in visible
        ]
        for course in courses
    }


def _load_course_structure(courses):
    """The live modules and lessons of ``courses`` (two queries), without any privacy check."""
    if not courses:
        return {}
    module_q, lesson_q = Q(), Q()
    for course in courses:
        module_q |= Q(path__startswith=course.path, depth=course.depth + 1)
        lesson_q |= Q(path__startswith=course.path, depth=course.depth + 2)
    modules = ModulePage.objects.live().filter(module_q).order_by("path")
    lessons = (
        LessonPage.objects.live()
        .filter(lesson_q)
        .defer_streamfields()
        .select_related("locale")
        .order_by("path")
    )
    lessons_by_parent = {}
    for lesson in lessons:
        lessons_by_parent.setdefault(lesson.path[: -Page.steplen], []).append(lesson)
    structure = {course.path: [] for course in courses}
    for module in modules:
        course_path = module.path[: -Page.steplen]
        if course_path in structure:
            structure[course_path].append((module, lessons_by_parent.get(module.path, [])))
    return structure


def _user_records(user):
    """The trainee's completed lesson keys and passed (lesson key, check id) pairs: two queries."""
    completed = set(LessonCompletion.objects.filter(user=user).values_list("lesson_key", flat=True))
    passed = set(
        CheckAttempt.objects.filter(user=user, passed=True)
        .values_list("lesson_key", "block_id")
        .distinct()
    )
    return completed, passed


def courses_progress(user, courses, enrolments=None):
    """Progress of ``user`` in each course, by course translation key; a bounded number of
    queries whatever the number of courses and lessons."""
    structure = _course_structure(courses)
    signed_in = user is not None and user.is_authenticated
    if signed_in:
        completed, passed = _user_records(user)
        if enrolments is None:
            enrolments = {
                e.course_key: e
                for e in Enrolment.objects.filter(
                    user=user, course_key__in=[c.translation_key for c in courses]
                )
            }
    else:
        completed, passed, enrolments = set(), set(), {}
    result = {}
    for course in courses:
        progress = CourseProgress(course=course, enrolment=enrolments.get(course.translation_key))
        number = 0
        for module, lessons in structure.get(course.path, []):
            module_entry = ModuleEntry(module=module)
            for lesson in lessons:
                number += 1
                check_ids = lesson.knowledge_check_ids or []
                entry = LessonEntry(
                    lesson=lesson,
                    module=module,
                    number=number,
                    completed=lesson.translation_key in completed,
                    checks_total=len(check_ids),
                    checks_passed=sum(
                        1 for block_id in check_ids if (lesson.translation_key, block_id) in passed
                    ),
                )
                module_entry.lessons.append(entry)
                progress.lessons.append(entry)
            progress.modules.append(module_entry)
        result[course.translation_key] = progress
    return result


def course_progress(course, user):
    """The outline of one course with the state of each lesson for ``user`` (anonymous: none)."""
    return courses_progress(user, [course])[course.translation_key]


def progress_by_course(user, courses):
    """Progress in the listed courses the user is enrolled in (for listings), else {}."""
    if not user.is_authenticated or not courses:
        return {}
    enrolments = {
        e.course_key: e
        for e in Enrolment.objects.filter(
            user=user, course_key__in=[c.translation_key for c in courses]
        )
    }
    enrolled = [c for c in courses if c.translation_key in enrolments]
    if not enrolled:
        return {}
    return courses_progress(user, enrolled, enrolments)


# --- Listings and translations ------------------------------------------------------------------


def course_listing(index_page):
    """Courses of a course index: its own live, public courses, then the default language's
    courses that have no live translation in this language yet (``other_language`` = True)."""
    own = list(
        CoursePage.objects.child_of(index_page)
        .live()
        .filter(public_q())
        .select_related("locale")
        .order_by("path")
    )
    for course in own:
        course.other_language = False
    default_locale = Locale.get_default()
    if index_page.locale_id == default_locale.pk:
        return own
    source_index = index_page.get_translations().filter(locale=default_locale).first()
    if source_index is None:
        return own
    translated_keys = {course.translation_key for course in own}
    others = [
        course
        for course in CoursePage.objects.child_of(source_index)
        .live()
        .filter(public_q())
        .select_related("locale")
        .order_by("path")
        if course.translation_key not in translated_keys
    ]
    for course in others:
        course.other_language = True
    return own + others


def localized_pages(pages, locale):
    """Each page in ``locale`` when it has a live, public translation there, else itself if it is
    live and public; pages with neither are left out. Two queries."""
    pages = list(pages)
    if not pages:
        return []
    keys = [page.translation_key for page in pages]
    candidates = (
        CoursePage.objects.filter(translation_key__in=keys)
        .live()
        .filter(public_q())
        .select_related("locale")
        if all(isinstance(page, CoursePage) for page in pages)
        else Page.objects.filter(translation_key__in=keys).live().filter(public_q()).specific()
    )
    by_key = {}
    for candidate in candidates:
        current = by_key.get(candidate.translation_key)
        if candidate.locale_id == locale.pk or (
            current is None and candidate.pk in {page.pk for page in pages}
        ):
            by_key[candidate.translation_key] = candidate
    return [by_key[key] for key in keys if key in by_key]


def localized_course(course_key):
    """The live, public course with this key in the active language, else in the default
    language, else in any language; None if there is none."""
    candidates = list(
        CoursePage.objects.filter(translation_key=course_key)
        .live()
        .filter(public_q())
        .select_related("locale")
    )
    return _pick_language(candidates)


def _pick_language(candidates):
    if not candidates:
        return None
    active = translation.get_language()
    ranked = sorted(
        candidates,
        key=lambda page: (
            page.locale.language_code != active,
            page.locale.language_code != settings.LANGUAGE_CODE,
            page.pk,
        ),
    )
    return ranked[0]


def course_index_for_language():
    """The live 'Training' index in the active language (else the default one), or None."""
    from trainings.models import CourseIndexPage

    return _pick_language(
        list(CourseIndexPage.objects.live().filter(public_q()).select_related("locale"))
    )


def topic_labels(course):
    """[(slug, label)] of the course's topics, named in the course's language. One query."""
    from practices.models import Topic

    slugs = [topic.slug for topic in course.topics.all()]
    if not slugs:
        return []
    labels = Topic.objects.label_map(course.locale.language_code)
    return [(slug, labels.get(slug, slug)) for slug in slugs]


# --- Actions ---------------------------------------------------------------------------------


def enrol(user, course):
    """Enrol ``user`` in ``course`` (in every language); enrolling again changes nothing."""
    enrolment, _created = Enrolment.objects.get_or_create(
        user=user,
        course_key=course.translation_key,
        defaults={"course": course, "course_title": course.title[:255]},
    )
    return enrolment


def record_visit(user, lesson, course):
    """Remember the last lesson an enrolled trainee opened ("continue where you left off")."""
    if not user.is_authenticated or course is None:
        return
    Enrolment.objects.filter(user=user, course_key=course.translation_key).update(
        last_lesson_key=lesson.translation_key, last_visited_at=timezone.now()
    )


@transaction.atomic
def mark_lesson_complete(user, lesson):
    """Mark a lesson complete for ``user`` (enrolling them if needed); repeating it is harmless.
    Returns the course progress afterwards."""
    course = lesson.course
    enrolment = enrol(user, course)
    LessonCompletion.objects.get_or_create(
        user=user,
        lesson_key=lesson.translation_key,
        defaults={"lesson": lesson, "course_key": course.translation_key},
    )
    Enrolment.objects.filter(pk=enrolment.pk).update(
        last_lesson_key=lesson.translation_key, last_visited_at=timezone.now()
    )
    return refresh_completion(user, course)


class InvalidAnswer(ValueError):
    """The submitted answer cannot be graded (nothing chosen, unknown option…)."""


@dataclass
class Grade:
    score: int
    passed: bool


def option_items(check_value):
    """[(option id, option value)] of a knowledge check, in the editor's order."""
    return [
        (child.id or str(index), child.value)
        for index, child in enumerate(check_value["options"].bound_blocks)
    ]


def grade_answer(check_value, selected_ids):
    """Score an answer in percent: share of correct options chosen minus share of wrong options
    chosen (never below 0), rounded down; passed when it reaches the check's pass mark."""
    options = option_items(check_value)
    known = {option_id for option_id, _value in options}
    selected = set(selected_ids)
    if not selected:
        raise InvalidAnswer(_("Choose an answer before submitting."))
    if selected - known:
        raise InvalidAnswer(_("That answer is not one of the options. Please choose again."))
    if check_value["kind"] != MULTIPLE and len(selected) > 1:
        raise InvalidAnswer(_("Choose only one answer."))
    correct = {option_id for option_id, value in options if value["correct"]}
    wrong = known - correct
    right_share = len(selected & correct) / len(correct) if correct else 0
    wrong_share = len(selected & wrong) / len(wrong) if wrong else 0
    score = max(0, math.floor(100 * (right_share - wrong_share) + 1e-9))
    return Grade(score=score, passed=score >= (check_value["pass_mark"] or 100))


@transaction.atomic
def record_attempt(user, lesson, check_block, selected_ids):
    """Grade and store an answer of ``user`` to a check of ``lesson``; returns the attempt.
    Raises InvalidAnswer (nothing stored) when the answer cannot be graded."""
    value = check_block.value
    grade = grade_answer(value, selected_ids)
    course = lesson.course
    enrol(user, course)
    known_order = [option_id for option_id, _value in option_items(value)]
    attempt = CheckAttempt.objects.create(
        user=user,
        lesson=lesson,
        lesson_key=lesson.translation_key,
        course_key=course.translation_key,
        block_id=check_block.id,
        question=str(value["question"])[:500],
        answers=[option_id for option_id in known_order if option_id in set(selected_ids)],
        score=grade.score,
        passed=grade.passed,
    )
    if grade.passed:
        refresh_completion(user, course)
    return attempt


def refresh_completion(user, course):
    """Record the completion of a course once it reaches 100 % and issue its certificate."""
    progress = course_progress(course, user)
    if progress.is_complete:
        enrolment = progress.enrolment or enrol(user, course)
        if enrolment.completed_at is None:
            enrolment.completed_at = timezone.now()
            enrolment.save(update_fields=["completed_at"])
        issue_certificate(user, course)
    return progress


def trainee_name(user):
    return user.get_full_name().strip() or user.get_username()


def issue_certificate(user, course):
    certificate, _created = Certificate.objects.get_or_create(
        user=user,
        course_key=course.translation_key,
        defaults={
            "course": course,
            "recipient_name": trainee_name(user)[:255],
            "course_title": course.title[:255],
        },
    )
    return certificate


def certificate_for(user, course):
    if not user.is_authenticated:
        return None
    return Certificate.objects.filter(user=user, course_key=course.translation_key).first()


# --- Lesson page -----------------------------------------------------------------------------


@dataclass
class OptionView:
    id: str
    text: str
    selected: bool
    feedback: str  # only for options the trainee chose, after answering


@dataclass
class CheckView:
    block_id: str
    value: object
    options: list[OptionView]
    action_url: str
    latest: CheckAttempt | None = None
    passed_ever: bool = False
    error: str = ""


def lesson_context(lesson, request, check_error=None, submitted=None):
    """What the lesson template needs: course, progress, neighbours, checks with the trainee's
    own attempts. ``check_error`` = (block id, message) re-shows a rejected answer."""
    user = request.user
    course = lesson.course
    context = {"course": course}
    if course is None:
        context.update(progress=None, entry=None, previous=None, next=None, body_items=[])
        return context
    progress = course_progress(course, user)
    entry = progress.entry_for(lesson)
    previous, following = progress.neighbours(lesson)
    attempts = []
    if user.is_authenticated:
        attempts = list(
            CheckAttempt.objects.filter(user=user, lesson_key=lesson.translation_key).order_by(
                "-created_at", "-pk"
            )
        )
        if progress.is_enrolled:
            record_visit(user, lesson, course)
    latest, passed = {}, set()
    for attempt in attempts:
        latest.setdefault(attempt.block_id, attempt)
        if attempt.passed:
            passed.add(attempt.block_id)
    body_items = []
    for child in lesson.body:
        if child.block_type != "knowledge_check":
            body_items.append((child, None))
            continue
        attempt = latest.get(child.id)
        error = check_error[1] if check_error and check_error[0] == child.id else ""
        if error:
            chosen = set(submitted or [])
        else:
            chosen = set(attempt.answers) if attempt else set()
        options = [
            OptionView(
                id=option_id,
                text=value["text"],
                selected=option_id in chosen,
                feedback=value["feedback"] if attempt and not error and option_id in chosen else "",
            )
            for option_id, value in option_items(child.value)
        ]
        body_items.append(
            (
                child,
                CheckView(
                    block_id=child.id,
                    value=child.value,
                    options=options,
                    action_url=lesson.check_url(child.id),
                    latest=None if error else attempt,
                    passed_ever=child.id in passed,
                    error=error,
                ),
            )
        )
    context.update(
        progress=progress,
        entry=entry,
        previous=previous,
        next=following,
        body_items=body_items,
    )
    return context


def enrolment_rows(user):
    """My learning: the trainee's enrolments with the course in the active language (if it is
    still published), progress and certificate. A bounded number of queries."""
    enrolments = list(Enrolment.objects.filter(user=user).order_by("-enrolled_at", "-pk"))
    keys = [e.course_key for e in enrolments]
    candidates = {}
    for course in (
        CoursePage.objects.filter(translation_key__in=keys)
        .live()
        .filter(public_q())
        .select_related("locale")
    ):
        candidates.setdefault(course.translation_key, []).append(course)
    courses = {key: _pick_language(pages) for key, pages in candidates.items()}
    progress = courses_progress(
        user, [c for c in courses.values() if c], {e.course_key: e for e in enrolments}
    )
    certificates = {
        c.course_key: c for c in Certificate.objects.filter(user=user, course_key__in=keys)
    }
    rows = []
    for enrolment in enrolments:
        key: UUID = enrolment.course_key
        rows.append(
            {
                "enrolment": enrolment,
                "course": courses.get(key),
                "progress": progress.get(key),
                "certificate": certificates.get(key),
            }
        )
    return rows
