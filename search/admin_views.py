"""Editors' reports on what readers search for: the most frequent searches and the searches that
found nothing, per language, over the last 30 days, from the counts of search.counting (every
search a reader started, also those answered from the page cache).

Opening a report first writes the counts collected in the cache (``counting.flush``), so the
figures are complete up to the last minute. Shown to superusers and to editors who may manage
promoted search results, since they are the ones who act on these reports.
"""

import datetime
import logging

from django.core.exceptions import PermissionDenied
from django.db import DatabaseError
from django.db.models import Max, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn
from wagtail.admin.views.reports import ReportView

from home.spreadsheets import SafeSpreadsheetExportMixin
from search import counting
from search.models import SearchQueryCount

logger = logging.getLogger(__name__)

PROMOTION_PERMISSIONS = (
    "wagtailsearchpromotions.add_searchpromotion",
    "wagtailsearchpromotions.change_searchpromotion",
    "wagtailsearchpromotions.delete_searchpromotion",
)
DAYS = 30


def can_view_reports(user) -> bool:
    return user.is_superuser or any(user.has_perm(p) for p in PROMOTION_PERMISSIONS)


def recent_counts():
    """Searches of the last 30 days, one row per (search terms, language)."""
    since = timezone.localdate() - datetime.timedelta(days=DAYS)
    return (
        SearchQueryCount.objects.filter(date__gte=since)
        .values("query_string", "language")
        .annotate(_hits=Sum("searches"), _without_results=Sum("without_results"), _last=Max("date"))
    )


class SearchReportMixin:
    def dispatch(self, request, *args, **kwargs):
        if not can_view_reports(request.user):
            raise PermissionDenied
        try:
            counting.flush()
        except DatabaseError:  # the report still shows what was written before
            logger.warning("Could not write the collected search counts", exc_info=True)
        return super().dispatch(request, *args, **kwargs)


class FrequentSearchesReportView(SafeSpreadsheetExportMixin, SearchReportMixin, ReportView):
    page_title = _("Frequent searches")
    header_icon = "search"
    index_url_name = "search_reports:frequent"
    index_results_url_name = "search_reports:frequent_results"
    columns = [
        Column("query_string", label=_("Search terms")),
        Column("language", label=_("Language")),
        NumberColumn("_hits", label=_("Searches in the last 30 days")),
        NumberColumn("_without_results", label=_("Without results")),
    ]
    list_export = ["query_string", "language", "_hits", "_without_results"]
    export_headings = {
        "query_string": _("Search terms"),
        "language": _("Language"),
        "_hits": _("Searches"),
        "_without_results": _("Without results"),
    }

    def get_queryset(self):
        return recent_counts().order_by("-_hits", "query_string", "language")


class ZeroResultSearchesReportView(SafeSpreadsheetExportMixin, SearchReportMixin, ReportView):
    page_title = _("Searches without results")
    header_icon = "warning"
    index_url_name = "search_reports:no_results"
    index_results_url_name = "search_reports:no_results_results"
    columns = [
        Column("query_string", label=_("Search terms")),
        Column("language", label=_("Language")),
        NumberColumn("_without_results", label=_("Times searched without results")),
        DateColumn("_last", label=_("Last searched")),
    ]
    list_export = ["query_string", "language", "_without_results", "_last"]
    export_headings = {
        "query_string": _("Search terms"),
        "language": _("Language"),
        "_without_results": _("Times searched without results"),
        "_last": _("Last searched"),
    }

    def get_queryset(self):
        return (
            recent_counts()
            .filter(_without_results__gt=0)
            .order_by("-_without_results", "-_last", "query_string")
        )
