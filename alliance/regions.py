"""The five partner regions of the alliance and which organisations and practices belong to them.

A partner region is a country (Bulgaria, Denmark) or a region of one (Catalonia, Provence-Alpes-
Côte d'Azur, North-East Romania). Organisations and case studies carry a country code and a free
text region (practices.Organisation.region, PracticePage.region); the rules below decide from those
two values whether they are in a partner region, in SQL (:func:`region_q`, for listings and counts)
and in Python (:func:`partner_region_for`, for one object) — the same rules, so that the map, the
directory filter and the region pages always agree. Nothing is stored: fixing an organisation's
region text moves it on the map at once.
"""

from dataclasses import dataclass, field

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from practices.countries import country_name


@dataclass(frozen=True)
class PartnerRegion:
    key: str  # value of the ``region`` GET filter, same in every language
    country: str  # ISO 3166-1 alpha-2
    name: object  # lazy translated name
    partner: str  # key of the partner cluster (home.PartnerOrganisation / practices section)
    whole_country: bool = False
    # Lower-case fragments of the region text (in the languages editors write it in) and of the
    # main cities and provinces, any of which places an organisation of that country here.
    fragments: tuple[str, ...] = field(default_factory=tuple)

    @property
    def country_name(self):
        return country_name(self.country)

    def __str__(self):
        return str(self.name)


PARTNER_REGIONS = (
    PartnerRegion(
        key="catalonia",
        country="ES",
        name=_("Catalonia"),
        partner="modacc",
        fragments=(
            "catal",  # Catalonia, Catalunya, Cataluña, Catalogne
            "katalon",  # Katalonien, Katalonia
            "каталон",
            "barcelon",
            "girona",
            "lleida",
            "tarragona",
            "vallès",
            "valles",
            "terrassa",
            "sabadell",
            "mataró",
            "mataro",
            "igualada",
            "anoia",
        ),
    ),
    PartnerRegion(
        key="bulgaria",
        country="BG",
        name=_("Bulgaria"),
        partner="bfa",
        whole_country=True,
    ),
    PartnerRegion(
        key="provence",
        country="FR",
        name=_("Provence-Alpes-Côte d'Azur"),
        partner="ea-eco-entreprises",
        fragments=(
            "provence",
            "côte d'azur",
            "cote d'azur",
            "côte d’azur",
            "paca",
            "région sud",
            "region sud",
            "marseille",
            "toulon",
            "nice",
            "avignon",
            "aix-en-provence",
            "bouches-du-rhône",
            "bouches-du-rhone",
            "vaucluse",
            "alpes-maritimes",
            "alpes-de-haute-provence",
            "hautes-alpes",
        ),
    ),
    PartnerRegion(
        key="north-east-romania",
        country="RO",
        name=_("North-East Romania"),
        partner="iconic",
        fragments=(
            "north-east",
            "north east",
            "northeast",
            "nord-est",
            "nord est",
            "nordeste",
            "nordøst",
            "североизточ",
            "iași",
            "iasi",
            "suceava",
            "botoșani",
            "botosani",
            "neamț",
            "neamt",
            "bacău",
            "bacau",
            "vaslui",
        ),
    ),
    PartnerRegion(
        key="denmark",
        country="DK",
        name=_("Denmark"),
        partner="lifestyle-design-cluster",
        whole_country=True,
    ),
)

REGIONS_BY_KEY = {region.key: region for region in PARTNER_REGIONS}
REGION_CHOICES = [(region.key, region.name) for region in PARTNER_REGIONS]


def region_q(region, prefix=""):
    """A Q object matching rows (organisations, practice pages, …) in ``region``; ``prefix`` is the
    path to the ``country``/``region`` fields, e.g. ``"organisation__"``."""
    if isinstance(region, str):
        region = REGIONS_BY_KEY[region]
    condition = Q(**{f"{prefix}country": region.country})
    if region.whole_country:
        return condition
    text = Q()
    for fragment in region.fragments:
        text |= Q(**{f"{prefix}region__icontains": fragment})
    return condition & text


def any_region_q(keys, prefix=""):
    """Rows in any of the regions ``keys`` (unknown keys are ignored)."""
    condition = Q(pk__in=[])
    for key in keys:
        if key in REGIONS_BY_KEY:
            condition |= region_q(key, prefix)
    return condition


def partner_region_for(country, region_text):
    """The partner region of a country and region text, or None."""
    text = (region_text or "").casefold()
    for region in PARTNER_REGIONS:
        if region.country != country:
            continue
        if region.whole_country or any(fragment in text for fragment in region.fragments):
            return region
    return None
