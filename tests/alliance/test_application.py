"""Applying to join the directory and moderation: nothing unapproved is public anywhere."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from alliance import spam
from alliance.models import OrganisationProfile
from practices.models import Organisation

pytestmark = pytest.mark.django_db

APPLY_URL = "/en/organisations/apply/"


def form_data(vocab, **overrides):
    data = {
        "name": "Taller Verde SL",
        "org_type": "sme",
        "size": "micro",
        "country": "ES",
        "region": "Catalonia",
        "website": "https://tallerverde.example",
        "description": (
            "A Girona workshop that repairs and alters garments for brands and second-hand "
            "shops, and trains young tailors in repair."
        ),
        "description_language": "en",
        "capabilities": ["repair"],
        "roles": ["use-care"],
        "contact_name": "Rosa Pujol",
        "contact_role": "Owner",
        "contact_email": "rosa@tallerverde.example",
        "contact_phone": "",
        "show_contact": "on",
        "consent": "on",
        "website_url": "",
        "form_token": spam.issue_form_token(),
    }
    data.update(overrides)
    return data


@pytest.fixture
def site_with_members(alliance_pages, members):
    return alliance_pages


def apply(client, vocab, **overrides):
    return client.post(APPLY_URL, form_data(vocab, **overrides))


def map_count(client, region_key):
    html = client.get("/en/map/").content.decode()
    match = re.search(
        rf'id="map-region-{region_key}".*?aria-label="[^"]*organisations: (\d+)', html, re.S
    )
    return int(match.group(1))


def figures_total(client):
    html = client.get("/en/figures/").content.decode()
    return int(re.search(r"(\d+) / 50</span>", html).group(1))


def bulk_url(action, profile):
    return (
        reverse("wagtail_bulk_action", args=("alliance", "organisationprofile", action))
        + f"?id={profile.pk}"
    )


def test_application_form_has_labelled_fields_a_fresh_token_and_a_hidden_honeypot(
    client, site_with_members, vocab
):
    response = client.get(APPLY_URL)
    assert response.status_code == 200
    html = response.content.decode()
    for field in ("name", "org_type", "country", "region", "description", "contact_email"):
        assert f'for="id_{field}"' in html
    assert 'name="form_token" value="' in html
    assert 'class="alliance-hp" aria-hidden="true"' in html
    assert 'tabindex="-1"' in html


def test_a_valid_application_creates_a_pending_profile_and_shows_the_thank_you_page(
    client, site_with_members, vocab
):
    response = apply(client, vocab)
    assert response.status_code == 302
    assert response["Location"].endswith("/en/organisations/apply/thanks/")
    profile = OrganisationProfile.objects.get(organisation__name="Taller Verde SL")
    assert profile.status == OrganisationProfile.PENDING
    assert profile.consent_at is not None
    assert list(profile.capabilities.values_list("slug", flat=True)) == ["repair"]
    assert profile.organisation.country == "ES"
    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    assert "your application has been received" in thanks.content.decode()


def test_a_pending_application_is_public_nowhere(client, site_with_members, vocab):
    catalonia_before = map_count(client, "catalonia")
    total_before = figures_total(client)
    apply(client, vocab)
    profile = OrganisationProfile.objects.get(organisation__name="Taller Verde SL")

    assert "Taller Verde" not in client.get("/en/organisations/").content.decode()
    assert "Taller Verde" not in client.get("/en/organisations/?q=Verde").content.decode()
    assert client.get(f"/en/organisations/{profile.slug}/").status_code == 404
    assert map_count(client, "catalonia") == catalonia_before
    assert figures_total(client) == total_before
    assert "Taller Verde" not in client.get("/en/map/catalonia/").content.decode()
    search = client.get("/en/search/?q=Verde").content.decode()
    assert "Taller Verde" not in search
    api = client.get("/api/v2/pages/?search=Verde").content.decode()
    assert "Taller Verde" not in api


def test_the_seeded_pending_and_rejected_profiles_stay_hidden(client, site_with_members, members):
    directory = client.get("/en/organisations/").content.decode()
    assert "Pending Textiles" not in directory
    assert "Spam Fashion" not in directory
    assert client.get(f"/en/organisations/{members['pending'].slug}/").status_code == 404
    assert client.get(f"/en/organisations/{members['rejected'].slug}/").status_code == 404


def test_a_moderator_approves_an_application_and_it_appears_on_the_map_and_in_the_figures(
    client, site_with_members, vocab, moderator, django_capture_on_commit_callbacks
):
    catalonia_before = map_count(client, "catalonia")
    total_before = figures_total(client)
    apply(client, vocab)
    profile = OrganisationProfile.objects.get(organisation__name="Taller Verde SL")
    mail.outbox.clear()

    client.force_login(moderator)
    listing = client.get(
        reverse(OrganisationProfile.snippet_viewset.get_url_name("list")) + "?status=pending"
    )
    assert listing.status_code == 200
    assert "Taller Verde SL" in listing.content.decode()
    assert bulk_url("approve", profile).split("?")[0] in listing.content.decode()
    confirm = client.get(bulk_url("approve", profile))
    assert confirm.status_code == 200
    assert "Taller Verde SL" in confirm.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        done = client.post(bulk_url("approve", profile))
    assert done.status_code == 302
    client.logout()

    profile.refresh_from_db()
    assert profile.status == OrganisationProfile.APPROVED
    assert profile.reviewed_by == moderator
    assert "Taller Verde SL" in client.get("/en/organisations/").content.decode()
    page = client.get(f"/en/organisations/{profile.slug}/")
    assert page.status_code == 200
    assert "rosa@tallerverde.example" in page.content.decode()  # the applicant asked to publish it
    assert map_count(client, "catalonia") == catalonia_before + 1
    assert figures_total(client) == total_before + 1
    assert [message.to for message in mail.outbox] == [["rosa@tallerverde.example"]]


def test_site_search_finds_a_member_only_once_approved(client, site_with_members, vocab, moderator):
    directory_link = 'href="/en/organisations/"'
    apply(client, vocab)
    profile = OrganisationProfile.objects.get(organisation__name="Taller Verde SL")
    assert directory_link not in client.get("/en/search/?q=Verde").content.decode()
    client.force_login(moderator)
    client.post(bulk_url("approve", profile))
    client.logout()
    assert directory_link in client.get("/en/search/?q=Verde").content.decode()


def test_a_rejected_application_stays_private(client, site_with_members, vocab, moderator):
    apply(client, vocab)
    profile = OrganisationProfile.objects.get(organisation__name="Taller Verde SL")
    client.force_login(moderator)
    client.post(bulk_url("reject", profile))
    client.logout()
    profile.refresh_from_db()
    assert profile.status == OrganisationProfile.REJECTED
    assert client.get(f"/en/organisations/{profile.slug}/").status_code == 404
    assert "Taller Verde" not in client.get("/en/organisations/").content.decode()


def test_invalid_answers_are_explained_and_the_form_keeps_what_was_typed(
    client, site_with_members, vocab
):
    response = apply(
        client, vocab, contact_email="not-an-email", capabilities=[], description="Too short."
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert 'role="alert"' in html
    assert "Enter a valid email address." in html
    assert "Choose at least one capability." in html
    assert "at least 80 characters" in html
    assert 'value="Taller Verde SL"' in html
    assert 'value="not-an-email"' in html
    assert not Organisation.objects.filter(name="Taller Verde SL").exists()


def test_an_organisation_already_listed_cannot_apply_twice(client, site_with_members, vocab):
    response = apply(client, vocab, name="RepairLoop ApS")
    assert response.status_code == 400
    assert "already listed or waiting for review" in response.content.decode()


def test_a_filled_honeypot_is_refused_with_a_message(client, site_with_members, vocab):
    response = apply(client, vocab, website_url="http://spam.example")
    assert response.status_code == 400
    assert "leave the last field empty" in response.content.decode()
    assert not Organisation.objects.filter(name="Taller Verde SL").exists()


def test_a_form_sent_too_quickly_is_refused(client, site_with_members, vocab, settings):
    settings.ALLIANCE_APPLICATION_MIN_SECONDS = 60
    response = apply(client, vocab)
    assert response.status_code == 400
    assert "sent too quickly" in response.content.decode()
    assert not Organisation.objects.filter(name="Taller Verde SL").exists()


def test_a_missing_or_forged_token_is_refused(client, site_with_members, vocab):
    for token in ("", "123:forged"):
        response = apply(client, vocab, form_token=token)
        assert response.status_code == 400
        assert "The form has expired" in response.content.decode()
    assert not Organisation.objects.filter(name="Taller Verde SL").exists()


def test_too_many_applications_from_one_address_get_429(client, site_with_members, vocab, settings):
    settings.ALLIANCE_APPLICATION_RATE = "2/h"
    for name in ("First Workshop SL", "Second Workshop SL"):
        assert apply(client, vocab, name=name).status_code == 302
    response = apply(client, vocab, name="Third Workshop SL")
    assert response.status_code == 429
    assert "Retry-After" in response
    assert not Organisation.objects.filter(name="Third Workshop SL").exists()


def test_the_application_form_is_translated_with_the_directory_page(
    client, site_with_members, vocab, translated_homes
):
    from tests.conftest import translate

    translate(
        site_with_members["directory"], "es", title="Organizaciones miembro", slug="organizaciones"
    )
    response = client.get("/es/organizaciones/apply/")
    assert response.status_code == 200
    assert "Reparación y arreglos" in response.content.decode()  # capability names in Spanish


def test_a_pending_application_purges_no_cached_page(client, site_with_members, vocab):
    """An anonymous application is not content until a moderator approves it: it purges nothing."""
    from django.test import Client

    reader = Client()
    urls = ("/en/", "/en/organisations/", "/en/map/")
    for url in urls:
        reader.get(url)
        assert reader.get(url)["X-Cache"] == "hit", url
    apply(client, vocab)
    assert OrganisationProfile.objects.filter(organisation__name="Taller Verde SL").exists()
    for url in urls:
        assert reader.get(url)["X-Cache"] == "hit", url
