from django.urls import path

from search.admin_views import FrequentSearchesReportView, ZeroResultSearchesReportView

app_name = "search_reports"

urlpatterns = [
    path("frequent/", FrequentSearchesReportView.as_view(), name="frequent"),
    path(
        "frequent/results/",
        FrequentSearchesReportView.as_view(results_only=True),
        name="frequent_results",
    ),
    path("no-results/", ZeroResultSearchesReportView.as_view(), name="no_results"),
    path(
        "no-results/results/",
        ZeroResultSearchesReportView.as_view(results_only=True),
        name="no_results_results",
    ),
]
