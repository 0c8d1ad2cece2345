"""Load (or update) the training demo content: a Training index under every home page, three
courses with modules, lessons and knowledge checks, translated. Idempotent: pages are found by
slug (source) or translation key (translations), and block ids are derived from stable keys, so a
second run changes nothing and keeps trainees' progress valid."""

import datetime
import json
import uuid

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.models import Locale, Site

from home import demo
from trainings import demo_data
from trainings.models import CourseIndexPage, CoursePage, LessonPage, ModulePage

# Namespace of the demo's block ids: uuid5(namespace, "<lesson key>:<block index>").
BLOCK_NAMESPACE = uuid.UUID("6f0c3c1e-2d55-4c55-9a53-0c1a1e5b7a10")
BLOCK_TYPES = {
    "heading": "heading",
    "paragraph": "paragraph",
    "callout": "callout",
    "quote": "quote",
    "check": "knowledge_check",
}


def text(value, language):
    """A text of the demo data in one language (plain strings are the same in every language)."""
    if isinstance(value, str):
        return value
    return value[language]


def block_id(*parts):
    return str(uuid.uuid5(BLOCK_NAMESPACE, ":".join(parts)))


def lesson_body(lesson, language):
    """The lesson's StreamField data in one language; ids are the same in every language."""
    blocks = []
    for index, (kind, value) in enumerate(lesson["body"]):
        key = block_id(lesson["key"], str(index))
        if kind == "heading":
            data = {"text": text(value, language), "level": "h2"}
        elif kind == "paragraph":
            data = text(value, language)
        elif kind == "callout":
            data = {
                "kind": value["kind"],
                "title": text(value["title"], language),
                "text": text(value["text"], language),
            }
        elif kind == "quote":
            data = {
                "text": text(value["text"], language),
                "attribution": text(value["attribution"], language),
            }
        elif kind == "check":
            data = {
                "question": text(value["question"], language),
                "kind": value["kind"],
                "pass_mark": value["pass_mark"],
                "explanation": text(value.get("explanation", ""), language),
                "options": [
                    {
                        "type": "item",
                        "id": block_id(lesson["key"], str(index), f"o{number}"),
                        "value": {
                            "text": text(option_text, language),
                            "correct": correct,
                            "feedback": text(feedback, language),
                        },
                    }
                    for number, (option_text, correct, feedback) in enumerate(
                        value["options"], start=1
                    )
                ],
            }
        else:
            raise CommandError(f"Unknown block type {kind!r} in lesson {lesson['key']}")
        blocks.append({"type": BLOCK_TYPES[kind], "value": data, "id": key})
    return json.dumps(blocks)


class Command(BaseCommand):
    help = (
        "Create or update the training demo content (Training index in every language, three "
        "courses, 13 lessons, knowledge checks; en, es, fr and ca). Safe to run again."
    )

    @transaction.atomic
    def handle(self, *args, **options):
        demo.ensure_locales()
        if not Site.objects.filter(is_default_site=True).exists():
            raise CommandError("No default site: run load_home_demo first.")
        home = demo.home_page()
        self.default_locale = Locale.get_default()
        index = self._index(home)
        courses = {}
        lessons = 0
        for data in demo_data.COURSES:
            course, count = self._course(index, data, courses)
            courses[data["slug"]] = course
            lessons += count
        self.stdout.write(
            self.style.SUCCESS(
                f"Training demo content ready: {len(courses)} courses, {lessons} lessons."
            )
        )

    # --- pages ---------------------------------------------------------------------------------

    def _index(self, home):
        data = demo_data.INDEX
        fields = {
            "title": data["title"]["en"],
            "introduction": data["introduction"]["en"],
            "show_in_menus": True,
        }
        index = demo.upsert_child(home, CourseIndexPage, data["slug"], fields)
        translated_homes = {
            page.locale.language_code for page in home.get_translations().select_related("locale")
        }
        for language in data["title"]:
            if language == "en" or language not in translated_homes:
                continue
            demo.upsert_translation(
                index,
                language,
                {
                    "title": data["title"][language],
                    "introduction": data["introduction"][language],
                    "show_in_menus": True,
                },
            )
        return index

    def _languages(self, data):
        return [language for language in data["title"] if language != "en"]

    def _course_fields(self, data, language):
        return {
            "title": text(data["title"], language),
            "summary": text(data["summary"], language),
            "audience": data["audience"],
            "audience_detail": text(data["audience_detail"], language),
            "level": data["level"],
            "estimated_duration": data["estimated_duration"],
            "learning_objectives": json.dumps(
                [
                    {
                        "type": "objective",
                        "value": text(objective, language),
                        "id": block_id(data["key"], "objective", str(number)),
                    }
                    for number, objective in enumerate(data["objectives"])
                ]
            ),
            "last_reviewed": datetime.date.fromisoformat(data["last_reviewed"]),
            "review_owner": data["review_owner"],
        }

    def _course(self, index, data, courses):
        source = demo.upsert_child(index, CoursePage, data["slug"], self._course_fields(data, "en"))
        prerequisites = [courses[slug] for slug in data["prerequisites"]]
        self._relations(source, "en", data, prerequisites)
        languages = [
            language
            for language in self._languages(data)
            if index.get_translations().filter(locale__language_code=language).exists()
        ]
        for language in languages:
            translation = demo.upsert_translation(
                source, language, self._course_fields(data, language)
            )
            self._relations(translation, language, data, prerequisites)
        count = 0
        for module_data in data["modules"]:
            module = demo.upsert_child(
                source,
                ModulePage,
                module_data["slug"],
                {
                    "title": text(module_data["title"], "en"),
                    "introduction": text(module_data["introduction"], "en"),
                },
            )
            for language in languages:
                demo.upsert_translation(
                    module,
                    language,
                    {
                        "title": text(module_data["title"], language),
                        "introduction": text(module_data["introduction"], language),
                    },
                )
            for lesson_data in module_data["lessons"]:
                lesson = demo.upsert_child(
                    module, LessonPage, lesson_data["slug"], self._lesson_fields(lesson_data, "en")
                )
                for language in languages:
                    demo.upsert_translation(
                        lesson, language, self._lesson_fields(lesson_data, language)
                    )
                count += 1
        return source, count

    def _lesson_fields(self, data, language):
        return {
            "title": text(data["title"], language),
            "summary": text(data["summary"], language),
            "body": lesson_body(data, language),
        }

    # --- topics, prerequisites and tags ---------------------------------------------------------

    def _topics(self, slugs, language):
        """Topics by slug in ``language`` (the default language's entry when not translated);
        none when the practices vocabulary is not loaded yet."""
        if not slugs:
            return []
        from practices.models import Topic

        sources = {
            topic.slug: topic
            for topic in Topic.objects.filter(slug__in=slugs, locale=self.default_locale)
        }
        if not sources:
            return []
        translated = {
            topic.translation_key: topic
            for topic in Topic.objects.filter(
                translation_key__in=[t.translation_key for t in sources.values()],
                locale__language_code=language,
            )
        }
        return [
            translated.get(sources[slug].translation_key, sources[slug])
            for slug in slugs
            if slug in sources
        ]

    def _relations(self, page, language, data, prerequisites):
        """Set topics, prerequisites and tags; publish again only when something changed."""
        topics = self._topics(data["topics"], language)
        wanted_prerequisites = []
        for course in prerequisites:
            localized = (
                course.get_translations(inclusive=True)
                .filter(locale__language_code=language)
                .first()
            )
            wanted_prerequisites.append((localized or course).specific)
        changed = False
        if {t.pk for t in page.topics.all()} != {t.pk for t in topics}:
            page.topics.set(topics)
            changed = True
        if {p.pk for p in page.prerequisites.all()} != {p.pk for p in wanted_prerequisites}:
            page.prerequisites.set(wanted_prerequisites)
            changed = True
        if sorted(tag.name for tag in page.tags.all()) != sorted(data["tags"]):
            page.tags.set(data["tags"])
            changed = True
        if changed:
            page.save_revision().publish()
            page.refresh_from_db()
        return page
