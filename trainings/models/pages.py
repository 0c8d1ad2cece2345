"""Training pages: course index → course → module → lesson.

Progress is tracked in ``trainings.models.progress`` and computed in ``trainings.services``; these
pages only describe the content and hand the request to those functions.
"""

import math

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail import blocks
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Locale, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.permissions import HubPageForm, HubPagePermissionsMixin
from trainings.blocks import LessonStreamBlock, plain_text_words

WORDS_PER_MINUTE = 200
MINUTES_PER_CHECK = 1


class CourseIndexPage(HubPagePermissionsMixin, Page):
    """The 'Training' section of a language: lists the courses of that language."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("Who the training programme is for and how courses work, in a few sentences."),
    )

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    search_fields = Page.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["trainings.CoursePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("course index")

    @property
    def summary(self):
        return self.introduction

    def courses(self):
        """Live, public courses of this index, then the default language's courses that have no
        translation here yet (marked with ``other_language``). Two queries, plus one for the
        tags of all of them."""
        from trainings.services import course_listing

        return course_listing(self)

    def get_context(self, request, *args, **kwargs):
        from trainings.services import progress_by_course

        context = super().get_context(request, *args, **kwargs)
        courses = self.courses()
        context["courses"] = courses
        context["progress_by_key"] = progress_by_course(request.user, courses)
        return context


class CoursePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "trainings.CoursePage", related_name="tagged_items", on_delete=models.CASCADE
    )

    class Meta:
        verbose_name = _("course tag")
        verbose_name_plural = _("course tags")


class CoursePageForm(HubPageForm):
    """Offers topics of the default language (topics are shared by all translations and shown in
    the reader's language) and, as prerequisites, the other courses of the page's language."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        default_locale = Locale.get_default()
        page_locale = self.instance.locale if self.instance.locale_id else default_locale
        chosen_topics = (
            list(self.instance.topics.values_list("pk", flat=True)) if self.instance.pk else []
        )
        if "topics" in self.fields:
            model = self.fields["topics"].queryset.model
            self.fields["topics"].queryset = model.objects.filter(
                Q(locale=default_locale) | Q(pk__in=chosen_topics)
            )
        if "prerequisites" in self.fields:
            courses = CoursePage.objects.filter(locale=page_locale)
            if self.instance.pk:
                courses = courses.exclude(pk=self.instance.pk)
            self.fields["prerequisites"].queryset = courses.order_by("title")


class CoursePage(RoutablePageMixin, HubPagePermissionsMixin, Page):
    """A course: what it teaches, to whom, and its modules of lessons."""

    AUDIENCE_CHOICES = [
        ("cluster-managers", _("Cluster managers and staff")),
        ("sme-managers", _("SME owners and managers")),
        ("sme-staff", _("SME staff")),
        ("designers", _("Designers and product developers")),
        ("everyone", _("Everyone in fashion and textiles")),
    ]
    LEVEL_CHOICES = [
        ("beginner", _("Beginner")),
        ("intermediate", _("Intermediate")),
        ("advanced", _("Advanced")),
    ]

    summary = models.TextField(
        _("summary"),
        help_text=_("Two or three sentences: what the trainee will be able to do afterwards."),
    )
    audience = models.CharField(
        _("audience"),
        max_length=30,
        choices=AUDIENCE_CHOICES,
        default="sme-managers",
        help_text=_("The main group the course is written for."),
    )
    audience_detail = models.CharField(
        _("audience in detail"),
        max_length=255,
        blank=True,
        help_text=_("Optional: who exactly benefits, e.g. 'sourcing and product teams of brands'."),
    )
    level = models.CharField(
        _("level"),
        max_length=20,
        choices=LEVEL_CHOICES,
        default="beginner",
        help_text=_("How much the trainee should already know."),
    )
    estimated_duration = models.PositiveSmallIntegerField(
        _("estimated duration (minutes)"),
        null=True,
        blank=True,
        help_text=_(
            "Time to finish the course, in minutes. Leave empty to add up the reading times "
            "of its lessons."
        ),
    )
    learning_objectives = StreamField(
        [
            (
                "objective",
                blocks.CharBlock(
                    label=_("Objective"),
                    max_length=300,
                    help_text=_("Start with a verb: 'Calculate…', 'Explain…', 'Plan…'."),
                ),
            )
        ],
        verbose_name=_("learning objectives"),
        blank=True,
        help_text=_("What trainees will be able to do at the end, one objective per item."),
    )
    prerequisites = ParentalManyToManyField(
        "self",
        symmetrical=False,
        verbose_name=_("prerequisites"),
        blank=True,
        related_name="required_by",
        help_text=_("Courses to take before this one. Readers see them in their own language."),
    )
    topics = ParentalManyToManyField(
        "practices.Topic",
        verbose_name=_("topics"),
        blank=True,
        related_name="course_pages",
        help_text=_(
            "Controlled topics shared with the practices; readers and search filter by them."
        ),
    )
    tags = ClusterTaggableManager(
        through=CoursePageTag,
        verbose_name=_("tags"),
        blank=True,
        help_text=_(
            "Free keywords in lower-case English for what the topics miss, e.g. 'denim', 'qr code'."
        ),
    )
    last_reviewed = models.DateField(
        _("last reviewed"),
        null=True,
        blank=True,
        help_text=_("When the course was last checked as still accurate; shown to readers."),
    )
    review_owner = models.CharField(
        _("review owner"),
        max_length=200,
        blank=True,
        help_text=_("Who is responsible for keeping it accurate, e.g. a partner cluster."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("learning_objectives"),
    ]
    about_panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("audience"), FieldPanel("level")]),
                FieldPanel("audience_detail"),
                FieldPanel("estimated_duration"),
            ],
            heading=_("Audience and effort"),
        ),
        FieldPanel("prerequisites", widget=forms.CheckboxSelectMultiple),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        FieldPanel("tags"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("last_reviewed"), FieldPanel("review_owner")])],
            heading=_("Review"),
            help_text=_("Shown to readers so they know how current the course is."),
        ),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(about_panels, heading=_("About the course")),
            ObjectList(Page.promote_panels, heading=_("Promotion")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ],
        base_form_class=CoursePageForm,
    )
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("learning_objectives"),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]
    override_translatable_fields = [
        SynchronizedField("topics"),
        SynchronizedField("prerequisites"),
        SynchronizedField("estimated_duration"),
        SynchronizedField("last_reviewed"),
    ]

    parent_page_types = ["trainings.CourseIndexPage"]
    subpage_types = ["trainings.ModulePage"]

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    def clean(self):
        super().clean()
        if self.last_reviewed and not self.review_owner:
            raise ValidationError({"review_owner": _("Say who reviewed the course.")})

    def get_context(self, request, *args, **kwargs):
        from trainings import services

        context = super().get_context(request, *args, **kwargs)
        progress = services.course_progress(self, request.user)
        context["progress"] = progress
        context["duration"] = self.duration_minutes(progress.lessons)
        context["prerequisite_courses"] = services.localized_pages(
            self.prerequisites.all(), self.locale
        )
        context["topic_labels"] = services.topic_labels(self)
        context["tags"] = list(self.tags.all())
        context["certificate"] = services.certificate_for(request.user, self)
        return context

    def duration_minutes(self, lesson_entries):
        if self.estimated_duration:
            return self.estimated_duration
        return sum(entry.lesson.reading_time for entry in lesson_entries)

    @path("", name="course")
    def course_view(self, request):
        if request.method not in ("GET", "HEAD"):
            return HttpResponseNotAllowed(["GET", "HEAD"])
        return self.render(request)

    @path("enrol/", name="enrol")
    def enrol_view(self, request):
        """POST: enrol the signed-in trainee (again: nothing changes) and go back to the course."""
        from trainings import views

        return views.enrol(request, self)

    @property
    def enrol_url(self):
        return self.url + self.reverse_subpage("enrol").lstrip("/")


class ModulePage(HubPagePermissionsMixin, Page):
    """A part of a course: groups lessons under a heading."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("One or two sentences on what this module covers."),
    )

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    search_fields = Page.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["trainings.CoursePage"]
    subpage_types = ["trainings.LessonPage"]

    class Meta:
        verbose_name = _("module")
        verbose_name_plural = _("modules")

    def serve(self, request, *args, **kwargs):
        """A module has no page of its own: readers go to its course's outline."""
        course = self.get_parent()
        return redirect(course.get_url(request) + f"#module-{self.pk}")

    @property
    def summary(self):
        return self.introduction


class LessonPage(RoutablePageMixin, HubPagePermissionsMixin, Page):
    """A lesson: a body of shared content blocks and knowledge checks, with a reading time."""

    summary = models.TextField(
        _("summary"),
        blank=True,
        help_text=_("One or two sentences shown in the course outline and search results."),
    )
    body = StreamField(
        LessonStreamBlock(),
        verbose_name=_("body"),
        help_text=_(
            "The lesson: text, images, videos, downloads, callouts, quotes, linked case studies "
            "and knowledge checks."
        ),
    )
    reading_time_override = models.PositiveSmallIntegerField(
        _("estimated reading time (minutes)"),
        null=True,
        blank=True,
        help_text=_(
            "Leave empty to compute it from the text: words ÷ 200 per minute, rounded up, "
            "plus one minute per knowledge check. Set it when videos or exercises take longer."
        ),
    )
    computed_reading_time = models.PositiveSmallIntegerField(
        _("computed reading time (minutes)"), default=1, editable=False
    )
    knowledge_check_ids = models.JSONField(
        _("knowledge checks"),
        default=list,
        blank=True,
        editable=False,
        help_text=_("Block identifiers of the knowledge checks in the body, updated on save."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("reading_time_override"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
    ]
    override_translatable_fields = [SynchronizedField("reading_time_override")]

    parent_page_types = ["trainings.ModulePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    def save(self, *args, **kwargs):
        self.update_body_metadata()
        return super().save(*args, **kwargs)

    def update_body_metadata(self):
        """Store what the outline needs without loading bodies: reading time and check ids."""
        checks = [child.id for child in self.body if child.block_type == "knowledge_check"]
        words = plain_text_words(self.body)
        minutes = math.ceil(words / WORDS_PER_MINUTE) + MINUTES_PER_CHECK * len(checks)
        self.computed_reading_time = max(1, minutes)
        self.knowledge_check_ids = checks

    @property
    def reading_time(self):
        return self.reading_time_override or self.computed_reading_time

    @property
    def reading_time_label(self):
        minutes = self.reading_time
        return ngettext("%(minutes)s minute", "%(minutes)s minutes", minutes) % {"minutes": minutes}

    def check_block(self, block_id):
        for child in self.body:
            if child.block_type == "knowledge_check" and child.id == block_id:
                return child
        return None

    @cached_property
    def course(self):
        """The course above this lesson (memoized per module: clothhub.cache.memo)."""
        from clothhub.cache import memo

        if not self.path:
            return CoursePage.objects.ancestor_of(self).first()
        return memo.memoize(
            "course-above",
            self.path[: -self.steplen],
            lambda: CoursePage.objects.ancestor_of(self).first(),
        )

    def get_context(self, request, *args, **kwargs):
        from trainings import services

        check_error = kwargs.pop("check_error", None)
        submitted = kwargs.pop("submitted", None)
        context = super().get_context(request, *args, **kwargs)
        context.update(
            services.lesson_context(self, request, check_error=check_error, submitted=submitted)
        )
        return context

    @path("", name="lesson")
    def lesson_view(self, request):
        if request.method not in ("GET", "HEAD"):
            return HttpResponseNotAllowed(["GET", "HEAD"])
        return self.render(request)

    @path("complete/", name="complete")
    def complete_view(self, request):
        """POST: mark the lesson complete for the signed-in trainee and go to the next lesson."""
        from trainings import views

        return views.complete_lesson(request, self)

    @path("checks/<str:block_id>/", name="check")
    def check_view(self, request, block_id):
        """POST: grade an answer to one knowledge check of this lesson and store the attempt."""
        from trainings import views

        return views.answer_check(request, self, block_id)

    @property
    def complete_url(self):
        return self.url + self.reverse_subpage("complete").lstrip("/")

    def check_url(self, block_id):
        return self.url + self.reverse_subpage("check", kwargs={"block_id": block_id}).lstrip("/")
