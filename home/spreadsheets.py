"""Spreadsheet exports that a spreadsheet program cannot run as formulas.

A cell whose text starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is read by
Excel, LibreOffice and Google Sheets as a formula (``=HYPERLINK(...)`` in a trainee's name, for
example). Following OWASP's advice on CSV injection, such text is exported with a leading ``'``,
so it is shown as the text it is. Numbers and dates are left as they are.

``safe_cell`` is the one function every export of the hub goes through: Wagtail's listing and
report exports through ``SafeSpreadsheetExportMixin`` (put it before the Wagtail view class), and
hand-written CSV writers by calling it on each cell.
"""

from django.utils.functional import Promise

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """``value`` with a leading ``'`` if it is text a spreadsheet would read as a formula."""
    if isinstance(value, Promise):
        value = str(value)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class SafeSpreadsheetExportMixin:
    """For views built on Wagtail's ``SpreadsheetExportMixin`` (``ReportView``, a viewset's
    ``IndexView``): every exported value, CSV or XLSX, goes through ``safe_cell``."""

    def preprocess_field_value(self, field, value, export_format):
        return safe_cell(super().preprocess_field_value(field, value, export_format))
