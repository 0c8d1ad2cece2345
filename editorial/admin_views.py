"""Admin report: page translations that do not show the latest version of their original."""

import datetime

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.reports import ReportView
from wagtail.coreutils import get_content_languages
from wagtail_localize.models import Translation

from editorial.permissions import work_paths
from editorial.translation_status import (
    OUTDATED_NEVER_PUBLISHED,
    OUTDATED_NOT_REPUBLISHED,
    OUTDATED_SOURCE_CHANGED,
    out_of_date_page_translations,
    outdated_reason,
)
from home.spreadsheets import SafeSpreadsheetExportMixin

REASONS = {
    OUTDATED_SOURCE_CHANGED: _("Original changed: sync the translation"),
    OUTDATED_NOT_REPUBLISHED: _("Synced: translate the new text and publish"),
    OUTDATED_NEVER_PUBLISHED: _("Not published yet"),
}


class OutdatedTranslationsFilterSet(WagtailFilterSet):
    target_locale = django_filters.ChoiceFilter(
        label=_("Language of the translation"),
        field_name="target_locale__language_code",
        choices=lambda: list(get_content_languages().items()),
        empty_label=_("All"),
    )

    class Meta:
        model = Translation
        fields = ["target_locale"]


class OutdatedTranslationsReportView(SafeSpreadsheetExportMixin, ReportView):
    results_template_name = "editorial/admin/outdated_translations_results.html"
    page_title = _("Out-of-date translations")
    header_icon = "warning"
    index_url_name = "editorial_outdated_translations"
    index_results_url_name = "editorial_outdated_translations_results"
    filterset_class = OutdatedTranslationsFilterSet
    list_export = [
        "target_title",
        "target_locale.language_code",
        "source.object_repr",
        "source.locale.language_code",
        "source_published_at",
        "source.last_updated_at",
        "target_published_at",
        "reason",
    ]
    export_headings = {
        "target_title": _("Translation"),
        "target_locale.language_code": _("Language"),
        "source.object_repr": _("Original"),
        "source.locale.language_code": _("Original language"),
        "source_published_at": _("Original published"),
        "source.last_updated_at": _("Last synced"),
        "target_published_at": _("Translation published"),
        "reason": _("What to do"),
    }

    def get_filename(self):
        return f"out-of-date-translations-{datetime.date.today():%Y-%m-%d}"

    def get_queryset(self):
        self.queryset = out_of_date_page_translations(work_paths(self.request.user))
        return super().get_queryset()

    def decorate_paginated_queryset(self, object_list):
        for translation in object_list:
            translation.reason = str(REASONS[outdated_reason(translation)])
        return object_list
