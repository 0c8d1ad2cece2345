"""Member organisations of the alliance: capabilities (a translatable vocabulary) and the profile
that extends practices.Organisation with what the directory shows and the moderation status.

The profile is not translatable. It is the organisation's own description of itself, written by the
applicant in one language (``description_language``, marked up with ``lang`` on the page so that
screen readers pronounce it right); its moderation status and contact belong to the organisation,
not to a language, and a OneToOne link to the (untranslated) organisation keeps exactly one row per
organisation. Everything around it that readers see — capability and role names, labels, page
chrome — is translated.
"""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinLengthValidator
from django.db import models
from django.db.models import Q
from django.urls import NoReverseMatch
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.models import Locale
from wagtail.search import index

from alliance.regions import partner_region_for
from practices.models.snippets import VocabularyEntry

RESERVED_SLUGS = frozenset({"apply", "thanks", "page", "feed", "csv"})


class Capability(VocabularyEntry):
    """Something a member organisation can do for others: sorting, recycling, repair, 3D design…"""

    class Meta(VocabularyEntry.Meta):
        verbose_name = _("capability")
        verbose_name_plural = _("capabilities")
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="alliance_capability_slug_locale"
            )
        ]


class ProfileAdminForm(WagtailAdminModelForm):
    """Offers the capabilities and value-chain stages of the default language (profiles link to
    those; names are shown translated everywhere else), keeping entries already chosen."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        default = Locale.get_default()
        for name in ("roles", "capabilities"):
            field = self.fields.get(name)
            if field is None:
                continue
            chosen = (
                list(getattr(self.instance, name).values_list("pk", flat=True))
                if self.instance.pk
                else []
            )
            field.queryset = field.queryset.model.objects.filter(
                Q(locale=default) | Q(pk__in=chosen)
            )


class ProfileQuerySet(models.QuerySet):
    def approved(self):
        return self.filter(status=OrganisationProfile.APPROVED)

    def pending(self):
        return self.filter(status=OrganisationProfile.PENDING)


class OrganisationProfile(index.Indexed, models.Model):
    """The directory profile of an organisation: what it does, its capabilities, its contact and
    whether a moderator approved it. Only approved profiles are public."""

    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
    STATUS_CHOICES = [
        (PENDING, _("Pending moderation")),
        (APPROVED, _("Approved")),
        (REJECTED, _("Rejected")),
    ]

    organisation = models.OneToOneField(
        "practices.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="profile",
        help_text=_(
            "Name, type, size, country and region are edited on the organisation itself "
            "(Practices vocabulary › Organisations)."
        ),
    )
    slug = models.SlugField(
        _("profile address"),
        max_length=100,
        unique=True,
        help_text=_("The last part of the public profile address, e.g. 'repairloop-aps'."),
    )
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=STATUS_CHOICES,
        default=PENDING,
        db_index=True,
        help_text=_(
            "Only approved organisations appear in the directory, on the map and in figures."
        ),
    )
    description = models.TextField(
        _("description"),
        max_length=1500,
        validators=[MinLengthValidator(80)],
        help_text=_("What the organisation does and offers to others, in 80 to 1,500 characters."),
    )
    description_language = models.CharField(
        _("language of the description"),
        max_length=7,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("The language the description is written in."),
    )
    roles = models.ManyToManyField(
        "practices.ValueChainStage",
        verbose_name=_("role in the value chain"),
        blank=True,
        related_name="organisation_profiles",
        help_text=_("The stages of the textile value chain the organisation works in."),
    )
    capabilities = models.ManyToManyField(
        Capability,
        verbose_name=_("capabilities"),
        blank=True,
        related_name="organisation_profiles",
        help_text=_(
            "What the organisation can do for others; readers filter the directory by these."
        ),
    )
    contact_name = models.CharField(
        _("contact person"), max_length=200, help_text=_("Who moderators and readers can contact.")
    )
    contact_role = models.CharField(
        _("contact role"), max_length=200, blank=True, help_text=_("E.g. Head of sustainability.")
    )
    contact_email = models.EmailField(_("contact e-mail"), help_text=_("A work address."))
    contact_phone = models.CharField(
        _("contact telephone"),
        max_length=40,
        blank=True,
        help_text=_("Optional, with the country code."),
    )
    show_contact = models.BooleanField(
        _("publish the contact details"),
        default=False,
        help_text=_("Show the contact person, e-mail and telephone on the public profile."),
    )
    submitted_at = models.DateTimeField(
        _("submitted on"), default=timezone.now, help_text=_("When the profile was created.")
    )
    consent_at = models.DateTimeField(
        _("consent given on"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("When the applicant agreed to the storage of these details."),
    )
    reviewed_at = models.DateTimeField(_("reviewed on"), null=True, blank=True, editable=False)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewed by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    moderation_note = models.TextField(
        _("moderation note"),
        blank=True,
        help_text=_("Internal: why the profile was approved or rejected. Never shown publicly."),
    )

    objects = ProfileQuerySet.as_manager()

    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    FieldPanel("organisation"),
                    FieldPanel("slug"),
                    FieldPanel("description"),
                    FieldPanel("description_language"),
                    FieldPanel("roles", widget=forms.CheckboxSelectMultiple),
                    FieldPanel("capabilities", widget=forms.CheckboxSelectMultiple),
                ],
                heading=_("Profile"),
            ),
            ObjectList(
                [
                    FieldRowPanel([FieldPanel("contact_name"), FieldPanel("contact_role")]),
                    FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")]),
                    FieldPanel("show_contact"),
                ],
                heading=_("Contact"),
            ),
            ObjectList(
                [
                    MultiFieldPanel(
                        [FieldPanel("status"), FieldPanel("moderation_note")],
                        heading=_("Moderation"),
                    ),
                    FieldPanel("submitted_at", read_only=True),
                ],
                heading=_("Moderation"),
            ),
        ],
        base_form_class=ProfileAdminForm,
    )
    search_fields = [
        index.SearchField("description"),
        index.SearchField("contact_name"),
        index.RelatedFields(
            "organisation", [index.SearchField("name"), index.SearchField("region")]
        ),
        index.FilterField("status"),
    ]

    class Meta:
        verbose_name = _("organisation profile")
        verbose_name_plural = _("organisation profiles")
        ordering = ["-submitted_at", "pk"]

    def __str__(self):
        return self.organisation.name if self.organisation_id else str(self.slug)

    def save(self, *args, **kwargs):
        if not self.slug and self.organisation_id:
            self.slug = unique_profile_slug(self.organisation.name, exclude_pk=self.pk)
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.slug in RESERVED_SLUGS:
            raise ValidationError(
                {"slug": _("This address is used by the directory itself. Choose another one.")}
            )

    @property
    def is_approved(self):
        return self.status == self.APPROVED

    @property
    def partner_region(self):
        org = self.organisation
        return partner_region_for(org.country, org.region)

    def get_url(self, request=None, language_code=None):
        """The public profile address in a language (the default one as fallback), or None while
        the profile is not approved or no directory page exists."""
        from alliance.models.pages import DirectoryPage

        if not self.is_approved:
            return None
        directory = DirectoryPage.for_language(language_code)
        if directory is None:
            return None
        try:
            return directory.profile_url(self.slug, request)
        except NoReverseMatch:
            return None


def unique_profile_slug(name, exclude_pk=None):
    """A free ASCII slug for a profile address, from the organisation's name."""
    base = slugify(name)[:90].strip("-") or "organisation"
    if base in RESERVED_SLUGS:
        base = f"{base}-organisation"
    taken = set(
        OrganisationProfile.objects.filter(slug__startswith=base)
        .exclude(pk=exclude_pk)
        .values_list("slug", flat=True)
    )
    slug, number = base, 2
    while slug in taken:
        slug = f"{base}-{number}"
        number += 1
    return slug
