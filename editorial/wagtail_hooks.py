"""Admin of the editorial workflow: the oversight panel on the dashboard, the out-of-date
translations report, reader feedback moderation, and the permission guards in front of
wagtail-localize's translate and sync views."""

from urllib.parse import urlencode

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn, StatusTagColumn
from wagtail.admin.widgets import Button
from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from editorial import localize_guards, oversight
from editorial.admin_views import OutdatedTranslationsReportView
from editorial.models import Feedback
from editorial.permissions import work_paths
from editorial.translation_status import out_of_date_snippet_translations


# --- wagtail-localize: permission guards at its own URLs ----------------------------------------
@hooks.register("register_admin_urls", order=-100)
def register_localize_guards():
    """Registered before wagtail-localize's URLs: the same paths resolve to the guarded views."""
    return [
        path(
            "localize/submit/page/<int:page_id>/",
            localize_guards.GuardedSubmitPageTranslationView.as_view(),
            name="editorial_submit_page_translation",
        ),
        path(
            "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            localize_guards.GuardedSubmitSnippetTranslationView.as_view(),
            name="editorial_submit_snippet_translation",
        ),
        path(
            "localize/translate/<int:translation_id>/pofile/upload/",
            localize_guards.upload_pofile,
            name="editorial_upload_pofile",
        ),
        path(
            "localize/update/<int:translation_source_id>/",
            localize_guards.GuardedUpdateTranslationsView.as_view(),
            name="editorial_update_translations",
        ),
    ]


# --- report: translations out of date -----------------------------------------------------------
@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path(
            "reports/outdated-translations/",
            OutdatedTranslationsReportView.as_view(),
            name="editorial_outdated_translations",
        ),
        path(
            "reports/outdated-translations/results/",
            OutdatedTranslationsReportView.as_view(results_only=True),
            name="editorial_outdated_translations_results",
        ),
    ]


class OutdatedTranslationsMenuItem(MenuItem):
    def is_shown(self, request):
        return work_paths(request.user) != []


@hooks.register("register_reports_menu_item")
def register_outdated_translations_menu_item():
    return OutdatedTranslationsMenuItem(
        _("Out-of-date translations"),
        reverse("editorial_outdated_translations"),
        icon_name="warning",
        order=9010,
    )


# --- dashboard ----------------------------------------------------------------------------------
class OversightPanel(Component):
    """Content to look after, in the part of the site the user works on: pages waiting for
    moderation, reviews older than the allowed age, out-of-date translations, and how much live
    content there is by type, language and partner."""

    name = "editorial_oversight"
    order = 50
    template_name = "editorial/admin/oversight_panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        paths = work_paths(self.user)
        context = {
            "moderation": oversight.in_moderation(paths),
            "stale": oversight.stale_reviews(paths),
            "review_cutoff": oversight.review_cutoff(),
            "translations": oversight.outdated_translations(paths),
            "counts": oversight.live_counts(paths),
            "report_url": reverse("editorial_outdated_translations"),
            "everywhere": paths is None or any(len(path) <= Page.steplen for path in paths),
        }
        if self.user.has_perm("wagtail_localize.submit_translation"):
            context["snippets"] = [
                item
                for item in out_of_date_snippet_translations()
                if self.user.is_superuser
                or self.user.has_perm(
                    f"{item.original._meta.app_label}.change_{item.original._meta.model_name}"
                )
            ][: oversight.LIST_LIMIT]
        return context


@hooks.register("construct_homepage_panels")
def add_oversight_panel(request, panels):
    if work_paths(request.user) != []:
        panels.append(OversightPanel(request.user))


# --- reader feedback ----------------------------------------------------------------------------
class FeedbackPermissionPolicy(ModelPermissionPolicy):
    """Feedback comes from readers: nobody adds it in the admin."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        actions = set(actions) - {"add"}
        return bool(actions) and super().user_has_any_permission(user, actions)


register_permission_policy(Feedback, FeedbackPermissionPolicy(Feedback))


class FeedbackViewSet(SnippetViewSet):
    model = Feedback
    icon = "help"
    menu_label = _("Reader feedback")
    menu_order = 280
    add_to_admin_menu = True
    list_filter = ["status", "useful", "locale", "created_at"]
    search_fields = ["comment"]
    ordering = ["-created_at"]
    list_per_page = 50
    copy_view_enabled = False
    inspect_view_enabled = True
    panels = [
        FieldPanel("page", read_only=True),
        FieldPanel("useful", read_only=True),
        FieldPanel("comment", read_only=True),
        FieldPanel("status"),
    ]

    @property
    def list_display(self):
        return [
            Column("page", label=_("Page"), accessor=lambda f: f.page.title),
            Column("locale", label=_("Language"), accessor=lambda f: f.locale.get_display_name()),
            BooleanColumn("useful", label=_("Useful")),
            Column("comment_excerpt", label=_("Comment")),
            StatusTagColumn(
                "get_status_display",
                label=_("Status"),
                primary=lambda f: f.status == Feedback.APPROVED,
            ),
            DateColumn("created_at", label=_("Received")),
        ]

    def get_queryset(self, request):
        return Feedback.objects.select_related("page", "locale")


register_snippet(FeedbackViewSet)


class FeedbackModerationAction(SnippetBulkAction):
    template_name = "editorial/admin/confirm_feedback.html"
    models = [Feedback]
    new_status = None

    def check_perm(self, snippet):
        return self.request.user.has_perm("editorial.change_feedback")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["action_label"] = self.display_name
        context["action_type"] = self.action_type
        return context

    @classmethod
    def execute_action(cls, objects, **kwargs):
        from django.utils import timezone

        user = kwargs["self"].request.user
        ids = [item.pk for item in objects]
        count = Feedback.objects.filter(pk__in=ids).update(
            status=cls.new_status, moderated_at=timezone.now(), moderated_by=user
        )
        return count, 0


class ApproveFeedbackAction(FeedbackModerationAction):
    display_name = _("Approve")
    action_type = "approve"
    aria_label = _("Approve the selected feedback")
    action_priority = 10
    new_status = Feedback.APPROVED

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d feedback approved.", "%(count)d feedback approved.", num_parent_objects
        ) % {"count": num_parent_objects}


class HideFeedbackAction(FeedbackModerationAction):
    display_name = _("Hide")
    action_type = "hide"
    aria_label = _("Hide the selected feedback")
    action_priority = 20
    classes = {"serious"}
    new_status = Feedback.HIDDEN

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d feedback hidden.", "%(count)d feedback hidden.", num_parent_objects
        ) % {"count": num_parent_objects}


hooks.register("register_bulk_action", ApproveFeedbackAction)
hooks.register("register_bulk_action", HideFeedbackAction)


def feedback_moderation_url(action, feedback, next_url=None):
    query = {"id": feedback.pk}
    if next_url:
        query["next"] = next_url
    return (
        reverse("wagtail_bulk_action", args=("editorial", "feedback", action))
        + "?"
        + urlencode(query)
    )


@hooks.register("register_snippet_listing_buttons")
def feedback_moderation_buttons(snippet, user, next_url=None):
    if not isinstance(snippet, Feedback) or not user.has_perm("editorial.change_feedback"):
        return
    if snippet.status != Feedback.APPROVED:
        yield Button(
            _("Approve"),
            feedback_moderation_url("approve", snippet, next_url),
            icon_name="check",
            priority=5,
        )
    if snippet.status != Feedback.HIDDEN:
        yield Button(
            _("Hide"),
            feedback_moderation_url("hide", snippet, next_url),
            icon_name="cross",
            priority=6,
        )
