"""Joining the directory: an application creates an organisation with a pending profile; a
moderator approves or rejects it in the Wagtail admin. Only approved profiles are public."""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.models import Locale

from alliance.models import Capability, OrganisationProfile
from practices.models import Organisation, OrganisationType, ValueChainStage

logger = logging.getLogger(__name__)


def _vocabulary(model, slugs):
    """The default-language entries with these slugs (profiles link to those, like pages do)."""
    if not slugs:
        return []
    entries = {}
    default = Locale.get_default()
    for entry in model.objects.filter(slug__in=slugs).select_related("locale"):
        if entry.slug not in entries or entry.locale_id == default.pk:
            entries[entry.slug] = entry
    return list(entries.values())


def unique_organisation_slug(name):
    base = slugify(name)[:90].strip("-") or "organisation"
    taken = set(Organisation.objects.filter(slug__startswith=base).values_list("slug", flat=True))
    slug, number = base, 2
    while slug in taken:
        slug = f"{base}-{number}"
        number += 1
    return slug


@transaction.atomic
def submit_application(data):
    """Create the organisation and its pending profile from a valid ApplicationForm's data."""
    org_types = _vocabulary(OrganisationType, [data["org_type"]])
    organisation = Organisation.objects.create(
        name=data["name"],
        slug=unique_organisation_slug(data["name"]),
        org_type=org_types[0] if org_types else None,
        size=data["size"],
        country=data["country"],
        region=data["region"],
        website=data.get("website", ""),
    )
    now = timezone.now()
    profile = OrganisationProfile.objects.create(
        organisation=organisation,
        status=OrganisationProfile.PENDING,
        description=data["description"].strip(),
        description_language=data["description_language"],
        contact_name=data["contact_name"],
        contact_role=data.get("contact_role", ""),
        contact_email=data["contact_email"],
        contact_phone=data.get("contact_phone", ""),
        show_contact=bool(data.get("show_contact")),
        submitted_at=now,
        consent_at=now,
    )
    profile.roles.set(_vocabulary(ValueChainStage, data.get("roles") or []))
    profile.capabilities.set(_vocabulary(Capability, data.get("capabilities") or []))
    transaction.on_commit(lambda: notify_moderators(profile))
    return profile


def notify_moderators(profile):
    """E-mail the addresses in ALLIANCE_MODERATOR_EMAILS about a new application (if any)."""
    recipients = list(getattr(settings, "ALLIANCE_MODERATOR_EMAILS", []) or [])
    if not recipients:
        return
    org = profile.organisation
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("New application to the CLOTH Hub directory: %(name)s") % {"name": org.name}
        body = _(
            "%(name)s (%(country)s, %(region)s) applied to join the directory.\n"
            "Review it in the admin: %(url)s"
        ) % {
            "name": org.name,
            "country": org.country,
            "region": org.region,
            "url": settings.WAGTAILADMIN_BASE_URL.rstrip("/")
            + reverse(OrganisationProfile.snippet_viewset.get_url_name("edit"), args=[profile.pk]),
        }
    try:
        send_mail(subject, body, None, recipients)
    except Exception:  # a mail server problem must not lose the application
        logger.exception("Could not e-mail the moderators about application %s", profile.pk)


def _set_status(profiles, status, user, note=""):
    changed = []
    now = timezone.now()
    for profile in profiles:
        if profile.status == status:
            continue
        profile.status = status
        profile.reviewed_at = now
        profile.reviewed_by = user if getattr(user, "is_authenticated", False) else None
        if note:
            profile.moderation_note = note
        profile.save(update_fields=["status", "reviewed_at", "reviewed_by", "moderation_note"])
        changed.append(profile)
    return changed


def approve(profiles, user=None, note=""):
    """Approve profiles (already approved ones are left alone); tell each applicant. Returns the
    profiles whose status changed."""
    changed = _set_status(profiles, OrganisationProfile.APPROVED, user, note)
    for profile in changed:
        transaction.on_commit(lambda profile=profile: notify_applicant(profile))
    return changed


def reject(profiles, user=None, note=""):
    """Reject profiles: they stay in the admin (for the record) and are never public."""
    return _set_status(profiles, OrganisationProfile.REJECTED, user, note)


def notify_applicant(profile):
    """Tell the applicant, in the language they wrote in, that their profile is public."""
    if not profile.contact_email:
        return
    with translation.override(profile.description_language or settings.LANGUAGE_CODE):
        url = profile.get_url(language_code=translation.get_language())
        subject = _("Your organisation is now in the CLOTH Hub directory")
        body = _(
            "Hello %(name)s,\n\n%(organisation)s has been approved and is now listed in the CLOTH Hub "
            "directory of the alliance.\n%(url)s\n\nThe CLOTH Hub team"
        ) % {
            "name": profile.contact_name,
            "organisation": profile.organisation.name,
            "url": f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{url}"
            if url and url.startswith("/")
            else (url or ""),
        }
    try:
        send_mail(subject, body, None, [profile.contact_email])
    except Exception:
        logger.exception("Could not e-mail the applicant of profile %s", profile.pk)
