"""Wagtail's own admin reports (locked pages, workflows, site history, aging pages), served with
exports through ``home.spreadsheets.safe_cell``: their rows carry page titles and names that
partner editors write. Wagtail registers these views in its own admin URLconf, ahead of any
``register_admin_urls`` hook, so the root URLconf includes these patterns just before the admin's:
the same paths (and so Wagtail's URL names) lead here, with the admin's access check."""

from django.urls import path
from django.views.decorators.cache import never_cache
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.reports.aging_pages import AgingPagesView
from wagtail.admin.views.reports.audit_logging import LogEntriesView
from wagtail.admin.views.reports.locked_pages import LockedPagesView
from wagtail.admin.views.reports.workflows import WorkflowTasksView, WorkflowView

from home.spreadsheets import SafeSpreadsheetExportMixin

REPORTS = {
    "locked/": LockedPagesView,
    "workflow/": WorkflowView,
    "workflow_tasks/": WorkflowTasksView,
    "site-history/": LogEntriesView,
    "aging-pages/": AgingPagesView,
}


def _safe(view_class):
    return type(f"Safe{view_class.__name__}", (SafeSpreadsheetExportMixin, view_class), {})


def _urlpatterns():
    patterns = []
    for prefix, view_class in REPORTS.items():
        safe = _safe(view_class)
        name = "hub_" + prefix.strip("/").replace("-", "_")
        index = safe.as_view()
        results = safe.as_view(results_only=True)
        patterns += [
            path(prefix, never_cache(require_admin_access(index)), name=name),
            path(
                f"{prefix}results/",
                never_cache(require_admin_access(results)),
                name=f"{name}_results",
            ),
        ]
    return patterns


urlpatterns = _urlpatterns()
