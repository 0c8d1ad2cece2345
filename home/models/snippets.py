"""Site-wide snippets: the five partner organisations that run the alliance."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index

PARTNER_COUNTRIES = [
    ("ES", _("Spain")),
    ("BG", _("Bulgaria")),
    ("FR", _("France")),
    ("RO", _("Romania")),
    ("DK", _("Denmark")),
]


class PartnerOrganisation(TranslatableMixin, index.Indexed, models.Model):
    """A cluster organisation of the alliance, named in the footer and on the Partners page."""

    name = models.CharField(_("name"), max_length=200, help_text=_("Full name, e.g. Modacc."))
    country = models.CharField(
        _("country"), max_length=2, choices=PARTNER_COUNTRIES, help_text=_("Home country.")
    )
    region = models.CharField(
        _("region"), max_length=120, blank=True, help_text=_("Region it serves, e.g. Catalonia.")
    )
    website = models.URLField(_("website"), blank=True, help_text=_("Public website address."))
    description = models.TextField(
        _("short description"),
        blank=True,
        help_text=_("Two or three sentences on who the organisation is and whom it serves."),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Logo shown on the Partners page; the name is its alternative text."),
    )
    sort_order = models.PositiveSmallIntegerField(
        _("order"), default=0, help_text=_("Lower numbers are listed first.")
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("country"),
        FieldPanel("region"),
        FieldPanel("website"),
        FieldPanel("description"),
        FieldPanel("logo"),
        FieldPanel("sort_order"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("partner organisation")
        verbose_name_plural = _("partner organisations")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name
