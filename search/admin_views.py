"""Editors' reports on what readers search for: the most frequent searches (from Wagtail's query
log, which also feeds promoted results) and the searches that found nothing (search's own log).

Shown to superusers and to editors who may manage promoted search results, since they are the ones
who act on these reports.
"""

import datetime

from django.core.exceptions import PermissionDenied
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn
from wagtail.admin.views.reports import ReportView
from wagtail.contrib.search_promotions.models import Query

from home.spreadsheets import SafeSpreadsheetExportMixin
from search.models import ZeroResultQuery

PROMOTION_PERMISSIONS = (
    "wagtailsearchpromotions.add_searchpromotion",
    "wagtailsearchpromotions.change_searchpromotion",
    "wagtailsearchpromotions.delete_searchpromotion",
)
DAYS = 30


def can_view_reports(user) -> bool:
    return user.is_superuser or any(user.has_perm(p) for p in PROMOTION_PERMISSIONS)


class SearchReportMixin:
    def dispatch(self, request, *args, **kwargs):
        if not can_view_reports(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class FrequentSearchesReportView(SafeSpreadsheetExportMixin, SearchReportMixin, ReportView):
    page_title = _("Frequent searches")
    header_icon = "search"
    index_url_name = "search_reports:frequent"
    index_results_url_name = "search_reports:frequent_results"
    default_ordering = "-_hits"
    columns = [
        Column("query_string", label=_("Search terms")),
        NumberColumn("_hits", label=_("Searches in the last 30 days")),
    ]
    list_export = ["query_string", "_hits"]
    export_headings = {"query_string": _("Search terms"), "_hits": _("Searches")}

    def get_queryset(self):
        since = timezone.localdate() - datetime.timedelta(days=DAYS)
        return Query.get_most_popular(date_since=since)


class ZeroResultSearchesReportView(SafeSpreadsheetExportMixin, SearchReportMixin, ReportView):
    page_title = _("Searches without results")
    header_icon = "warning"
    index_url_name = "search_reports:no_results"
    index_results_url_name = "search_reports:no_results_results"
    columns = [
        Column("query_string", label=_("Search terms")),
        Column("language", label=_("Language")),
        NumberColumn("hits", label=_("Times searched")),
        DateColumn("last_searched_at", label=_("Last searched")),
    ]
    list_export = ["query_string", "language", "hits", "last_searched_at"]

    def get_queryset(self):
        return ZeroResultQuery.objects.order_by("-hits", "-last_searched_at")
