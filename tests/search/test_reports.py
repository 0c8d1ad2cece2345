"""Editors see what readers search for under Reports in the Wagtail admin."""

import time

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

from search import counting
from search.models import SearchQueryCount

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_login_lockout(settings):
    # django-axes records each login with the client's address; force_login has none.
    settings.AXES_ENABLED = False


@pytest.fixture
def superuser():
    return get_user_model().objects.create_superuser("admin", "admin@example.org", "pw")


class LaterClock:
    """search.counting's clock, a time slot and its grace time ahead: collected counts are due."""

    def time(self):
        return time.time() + counting.interval() + counting.GRACE + 1


def test_reports_list_frequent_searches_and_searches_without_results(
    client, corpus, superuser, monkeypatch
):
    client.get("/en/search/", {"q": "denim"})
    client.get("/en/search/", {"q": "denim"})
    client.get("/fr/search/", {"q": "licorne"})
    monkeypatch.setattr(counting, "time", LaterClock())
    client.force_login(superuser)
    html = client.get("/admin/reports/search/frequent/").content.decode()
    assert "denim" in html
    # Both reports are in the admin menu (the sidebar is rendered on every admin page).
    assert "/admin/reports/search/no-results/" in html and "Searches without results" in html
    html = client.get("/admin/reports/search/no-results/").content.decode()
    assert "licorne" in html and "denim" not in html
    assert SearchQueryCount.objects.get(query_string="licorne").language == "fr"


def test_reports_need_the_right_to_manage_promoted_results(client, home_page):
    user = get_user_model().objects.create_user("editor", "e@example.org", "pw")
    editors = Group.objects.create(name="Search editors")
    editors.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(editors)
    client.force_login(user)
    assert client.get("/admin/reports/search/no-results/").status_code in (302, 403)
    editors.permissions.add(Permission.objects.get(codename="add_searchpromotion"))
    user = get_user_model().objects.get(pk=user.pk)
    client.force_login(user)
    assert client.get("/admin/reports/search/no-results/").status_code == 200
