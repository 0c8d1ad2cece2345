"""Admin: the search reports under Reports."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from search import admin_urls
from search.admin_views import can_view_reports


class SearchReportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_reports(request.user)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("reports/search/", include(admin_urls, namespace="search_reports"))]


@hooks.register("register_reports_menu_item")
def register_frequent_searches_menu_item():
    return SearchReportMenuItem(
        _("Frequent searches"),
        reverse("search_reports:frequent"),
        name="frequent-searches",
        icon_name="search",
        order=1310,
    )


@hooks.register("register_reports_menu_item")
def register_zero_result_searches_menu_item():
    return SearchReportMenuItem(
        _("Searches without results"),
        reverse("search_reports:no_results"),
        name="searches-without-results",
        icon_name="warning",
        order=1320,
    )
