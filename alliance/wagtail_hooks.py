"""Admin of the alliance: member profiles with their moderation (list filtered by status, approve
and reject actions per row and in bulk) and the capabilities vocabulary, in an "Alliance" menu."""

from urllib.parse import urlencode

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn
from wagtail.admin.widgets import Button
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from alliance import moderation
from alliance.models import Capability, OrganisationProfile
from practices.countries import country_name


class CapabilityViewSet(SnippetViewSet):
    model = Capability
    icon = "cogs"
    menu_label = _("Capabilities")
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    search_fields = ["name", "slug"]
    ordering = ["sort_order", "name"]


class OrganisationProfileViewSet(SnippetViewSet):
    model = OrganisationProfile
    icon = "group"
    menu_label = _("Member profiles")
    list_filter = ["status", "organisation__country"]
    search_fields = ["description", "contact_name"]
    ordering = ["-submitted_at"]
    list_per_page = 50
    copy_view_enabled = False

    @property
    def list_display(self):
        return [
            "organisation",
            Column(
                "country",
                label=_("Country"),
                accessor=lambda p: country_name(p.organisation.country),
            ),
            Column("region", label=_("Region"), accessor=lambda p: p.organisation.region),
            StatusTagColumn(
                "get_status_display",
                label=_("Status"),
                primary=lambda profile: profile.status == OrganisationProfile.APPROVED,
            ),
            DateColumn("submitted_at", label=_("Submitted")),
        ]

    def get_queryset(self, request):
        return OrganisationProfile.objects.select_related("organisation")


class AllianceGroup(SnippetViewSetGroup):
    menu_label = _("Alliance")
    menu_icon = "group"
    menu_order = 260
    items = (OrganisationProfileViewSet, CapabilityViewSet)


register_snippet(AllianceGroup)


class ModerationBulkAction(SnippetBulkAction):
    """Approve or reject the chosen profiles after a confirmation page."""

    template_name = "alliance/admin/confirm_moderation.html"
    new_status = None
    models = [OrganisationProfile]

    def check_perm(self, snippet):
        return self.permission_policy.user_has_permission_for_instance(
            self.request.user, "change", snippet
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["action_label"] = self.display_name
        context["action_type"] = self.action_type
        return context

    @classmethod
    def execute_action(cls, objects, **kwargs):
        view = kwargs["self"]
        function = (
            moderation.approve
            if cls.new_status == OrganisationProfile.APPROVED
            else moderation.reject
        )
        changed = function(objects, user=view.request.user)
        return len(changed), 0


class ApproveBulkAction(ModerationBulkAction):
    display_name = _("Approve")
    action_type = "approve"
    aria_label = _("Approve the selected profiles")
    action_priority = 10
    new_status = OrganisationProfile.APPROVED

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d profile approved: it is now public.",
            "%(count)d profiles approved: they are now public.",
            num_parent_objects,
        ) % {"count": num_parent_objects}


class RejectBulkAction(ModerationBulkAction):
    display_name = _("Reject")
    action_type = "reject"
    aria_label = _("Reject the selected profiles")
    action_priority = 20
    classes = {"serious"}
    new_status = OrganisationProfile.REJECTED

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d profile rejected: it is not public.",
            "%(count)d profiles rejected: they are not public.",
            num_parent_objects,
        ) % {"count": num_parent_objects}


hooks.register("register_bulk_action", ApproveBulkAction)
hooks.register("register_bulk_action", RejectBulkAction)


def moderation_url(action, profile, next_url=None):
    query = {"id": profile.pk}
    if next_url:
        query["next"] = next_url
    return (
        reverse("wagtail_bulk_action", args=("alliance", "organisationprofile", action))
        + "?"
        + urlencode(query)
    )


@hooks.register("register_snippet_listing_buttons")
def moderation_buttons(snippet, user, next_url=None):
    if not isinstance(snippet, OrganisationProfile):
        return
    policy = OrganisationProfile.snippet_viewset.permission_policy
    if not policy.user_has_permission_for_instance(user, "change", snippet):
        return
    if snippet.status != OrganisationProfile.APPROVED:
        yield Button(
            _("Approve"),
            moderation_url("approve", snippet, next_url),
            icon_name="check",
            priority=5,
        )
    if snippet.status != OrganisationProfile.REJECTED:
        yield Button(
            _("Reject"), moderation_url("reject", snippet, next_url), icon_name="cross", priority=6
        )


class PendingApplicationsPanel(Component):
    """Dashboard panel: how many applications wait for moderation, with a link to them."""

    name = "alliance_pending_applications"
    order = 90
    template_name = "alliance/admin/pending_panel.html"

    def get_context_data(self, parent_context=None):
        viewset = OrganisationProfile.snippet_viewset
        return {
            "pending": OrganisationProfile.objects.pending().count(),
            "list_url": reverse(viewset.get_url_name("list")) + "?status=pending",
        }


@hooks.register("construct_homepage_panels")
def add_pending_applications_panel(request, panels):
    policy = OrganisationProfile.snippet_viewset.permission_policy
    if policy.user_has_permission(request.user, "change"):
        panels.append(PendingApplicationsPanel())
