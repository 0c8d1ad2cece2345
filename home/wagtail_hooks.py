from django.contrib.auth.models import Permission
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.models import PartnerOrganisation


class PartnerOrganisationViewSet(SnippetViewSet):
    model = PartnerOrganisation
    icon = "group"
    menu_label = _("Partners")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "country", "region", "locale"]
    list_filter = ["country", "locale"]
    search_fields = ["name"]


register_snippet(PartnerOrganisationViewSet)


@hooks.register("register_permissions")
def register_site_rights():
    """ "Can unpublish … pages" in Settings → Groups, so administrators give or take it there."""
    return Permission.objects.filter(content_type__app_label="home", codename="unpublish_pages")
