"""The admin side of the alliance: moderators find applications, edit profiles, and the sitemap
lists approved profiles only."""

import pytest
from django.urls import reverse

from alliance.models import OrganisationProfile

pytestmark = pytest.mark.django_db


def test_the_dashboard_tells_moderators_how_many_applications_wait(
    client, alliance_pages, members, moderator
):
    client.force_login(moderator)
    html = client.get("/admin/").content.decode()
    assert "1 application is waiting for moderation." in html


def test_the_profile_list_filters_by_status_and_offers_approve_and_reject(
    client, alliance_pages, members, moderator
):
    client.force_login(moderator)
    url = reverse(OrganisationProfile.snippet_viewset.get_url_name("list"))
    html = client.get(url + "?status=pending").content.decode()
    assert "Pending Textiles SL" in html
    assert "RepairLoop ApS" not in html
    assert "/admin/bulk/alliance/organisationprofile/approve/" in html
    assert "/admin/bulk/alliance/organisationprofile/reject/" in html


def test_the_profile_edit_form_offers_default_language_capabilities_as_checkboxes(
    client, alliance_pages, members, moderator
):
    client.force_login(moderator)
    profile = members["repairloop"]
    url = reverse(OrganisationProfile.snippet_viewset.get_url_name("edit"), args=[profile.pk])
    html = client.get(url).content.decode()
    assert 'type="checkbox" name="capabilities"' in html
    assert "Repair and alterations" in html
    assert "Reparación y arreglos" not in html  # the Spanish entry is a translation, not a choice


def test_a_profile_address_cannot_take_a_route_of_the_directory(members):
    from django.core.exceptions import ValidationError

    profile = members["repairloop"]
    profile.slug = "apply"
    with pytest.raises(ValidationError):
        profile.clean()


def test_the_sitemap_lists_approved_profiles_only(client, alliance_pages, members):
    xml = client.get("/sitemap.xml").content.decode()
    assert f"/en/organisations/{members['repairloop'].slug}/" in xml
    assert f"/en/organisations/{members['pending'].slug}/" not in xml
    assert f"/en/organisations/{members['rejected'].slug}/" not in xml
