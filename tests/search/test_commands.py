"""manage.py rebuild_search_index and check_search_index."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import Page

from search.models import SearchDocument
from tests.search.conftest import make_page

pytestmark = pytest.mark.django_db


def run(name):
    out = StringIO()
    call_command(name, stdout=out)
    return out.getvalue()


def test_check_passes_when_the_index_matches_the_pages(home_page):
    make_page(home_page, "Zero-waste pattern cutting")
    assert "matches the live, public pages" in run("check_search_index")


def test_check_reports_missing_stale_and_extra_documents_and_fails(home_page):
    missing = make_page(home_page, "Missing page")
    stale = make_page(home_page, "Stale page")
    extra = make_page(home_page, "Extra page")
    SearchDocument.objects.filter(page=missing).delete()
    SearchDocument.objects.filter(page=stale).update(url="/en/old-url/")
    Page.objects.filter(pk=extra.pk).update(live=False)
    out = StringIO()
    with pytest.raises(CommandError, match="3 problem"):
        call_command("check_search_index", stdout=out)
    report = out.getvalue()
    assert "Pages missing from the index: 1" in report and "Missing page" in report
    assert "Stale documents: 1" in report and "Stale page" in report
    assert "must not be searchable: 1" in report and "Extra page" in report


def test_rebuild_fixes_what_check_found_and_reports_progress(home_page):
    page = make_page(home_page, "Rebuilt page")
    SearchDocument.objects.all().delete()
    out = run("rebuild_search_index")
    assert "1/1 pages (100%)" in out and "Search index rebuilt: 1 documents" in out
    assert SearchDocument.objects.filter(page=page).exists()
    assert "matches" in run("check_search_index")
