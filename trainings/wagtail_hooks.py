"""Admin views of training records: enrolments (with completions) and knowledge-check results.

Editors filter them by course and export them as CSV or Excel (Wagtail's listing export). The
records are made by trainees: in the admin they can be looked at and exported, never edited.
Access needs the "view" permission of the model (granted to the Editors and Moderators groups by
the migration 0002).
"""

import django_filters
from django import forms
from django.db.models import Count, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.admin.widgets import BooleanRadioSelect
from wagtail.models import Locale
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from home.spreadsheets import SafeSpreadsheetExportMixin
from trainings.models import Certificate, CheckAttempt, CoursePage, Enrolment, LessonCompletion


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """Only the "view" action exists: records come from trainees, not from editors."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return self.user_has_any_permission(user, actions)


register_permission_policy(Enrolment, ReadOnlyPermissionPolicy(Enrolment))
register_permission_policy(CheckAttempt, ReadOnlyPermissionPolicy(CheckAttempt))


def course_choices():
    """Courses by translation key, named in the default language (records of every language)."""
    courses = CoursePage.objects.filter(locale=Locale.get_default()).order_by("title")
    return [(str(course.translation_key), course.title) for course in courses]


class CourseRecordFilterSet(WagtailFilterSet):
    course = django_filters.ChoiceFilter(
        label=_("Course"),
        choices=course_choices,
        method="filter_course",
        empty_label=_("All courses"),
        widget=forms.Select,
    )

    def filter_course(self, queryset, name, value):
        return queryset.filter(course_key=value) if value else queryset


class EnrolmentFilterSet(CourseRecordFilterSet):
    completed = django_filters.BooleanFilter(
        label=_("Course completed"),
        field_name="completed_at",
        lookup_expr="isnull",
        exclude=True,
        widget=BooleanRadioSelect,
    )
    enrolled_at = django_filters.DateFromToRangeFilter(
        label=_("Enrolled between"), widget=DateRangePickerWidget
    )

    class Meta:
        model = Enrolment
        fields = []


class CheckAttemptFilterSet(CourseRecordFilterSet):
    passed = django_filters.BooleanFilter(label=_("Passed"), widget=BooleanRadioSelect)
    created_at = django_filters.DateFromToRangeFilter(
        label=_("Answered between"), widget=DateRangePickerWidget
    )

    class Meta:
        model = CheckAttempt
        fields = []


class EnrolmentIndexView(SafeSpreadsheetExportMixin, IndexView):
    def get_base_queryset(self):
        same_record = {"user": OuterRef("user"), "course_key": OuterRef("course_key")}
        lessons = (
            LessonCompletion.objects.filter(**same_record)
            .order_by()
            .values("user")
            .annotate(n=Count("pk"))
            .values("n")
        )
        checks = (
            CheckAttempt.objects.filter(passed=True, **same_record)
            .order_by()
            .values("user")
            .annotate(n=Count("block_id", distinct=True))
            .values("n")
        )
        certificate = Certificate.objects.filter(**same_record).values("code")[:1]
        return (
            super()
            .get_base_queryset()
            .select_related("user")
            .annotate(
                lessons_completed=Coalesce(Subquery(lessons), Value(0)),
                checks_passed=Coalesce(Subquery(checks), Value(0)),
                certificate_code=Subquery(certificate),
            )
        )


class CheckAttemptIndexView(SafeSpreadsheetExportMixin, IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("user", "lesson")


class ReadOnlyModelViewSet(ModelViewSet):
    """Listing (with filters and export) and a detail view; no add, edit, copy or delete."""

    copy_view_enabled = False
    inspect_view_enabled = True

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
        ]


class EnrolmentViewSet(ReadOnlyModelViewSet):
    model = Enrolment
    index_view_class = EnrolmentIndexView
    icon = "group"
    menu_label = _("Enrolments")
    ordering = "-enrolled_at"
    filterset_class = EnrolmentFilterSet
    search_fields = ["user__email", "user__first_name", "user__last_name", "course_title"]
    search_backend_name = None
    list_display = [
        Column("trainee_name", label=_("Trainee")),
        Column("trainee_email", label=_("E-mail")),
        Column("course_title", label=_("Course"), sort_key="course_title"),
        DateColumn("enrolled_at", label=_("Enrolled on"), sort_key="enrolled_at"),
        Column("lessons_completed", label=_("Lessons completed"), sort_key="lessons_completed"),
        Column("checks_passed", label=_("Checks passed"), sort_key="checks_passed"),
        DateColumn("completed_at", label=_("Completed on"), sort_key="completed_at"),
        Column("certificate_code", label=_("Certificate")),
    ]
    list_export = [
        "trainee_name",
        "trainee_email",
        "course_title",
        "course_key",
        "enrolled_at",
        "lessons_completed",
        "checks_passed",
        "completed_at",
        "certificate_code",
    ]
    export_headings = {
        "trainee_name": _("Trainee"),
        "trainee_email": _("E-mail"),
        "course_title": _("Course"),
        "course_key": _("Course key"),
        "enrolled_at": _("Enrolled on"),
        "lessons_completed": _("Lessons completed"),
        "checks_passed": _("Checks passed"),
        "completed_at": _("Completed on"),
        "certificate_code": _("Certificate"),
    }
    export_filename = "enrolments"


class CheckAttemptViewSet(ReadOnlyModelViewSet):
    model = CheckAttempt
    index_view_class = CheckAttemptIndexView
    icon = "help"
    menu_label = _("Check results")
    ordering = "-created_at"
    filterset_class = CheckAttemptFilterSet
    search_fields = ["user__email", "user__first_name", "user__last_name", "question"]
    search_backend_name = None
    list_display = [
        Column("trainee_name", label=_("Trainee")),
        Column("trainee_email", label=_("E-mail")),
        Column("lesson_title", label=_("Lesson")),
        Column("question", label=_("Question")),
        Column("score", label=_("Score (%)"), sort_key="score"),
        BooleanColumn("passed", label=_("Passed"), sort_key="passed"),
        DateColumn("created_at", label=_("Answered on"), sort_key="created_at"),
    ]
    list_export = [
        "trainee_name",
        "trainee_email",
        "lesson_title",
        "course_key",
        "block_id",
        "question",
        "answers",
        "score",
        "passed",
        "created_at",
    ]
    export_headings = {
        "trainee_name": _("Trainee"),
        "trainee_email": _("E-mail"),
        "lesson_title": _("Lesson"),
        "course_key": _("Course key"),
        "block_id": _("Check"),
        "question": _("Question"),
        "answers": _("Answers"),
        "score": _("Score (%)"),
        "passed": _("Passed"),
        "created_at": _("Answered on"),
    }
    export_filename = "check-results"


class TrainingRecordsGroup(ModelViewSetGroup):
    menu_label = _("Training records")
    menu_icon = "tasks"
    menu_order = 320
    items = (EnrolmentViewSet("enrolments"), CheckAttemptViewSet("check_attempts"))


@hooks.register("register_admin_viewset")
def register_training_records():
    return TrainingRecordsGroup()
