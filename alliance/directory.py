"""The one place where the directory of member organisations is built: approved profiles only,
filtered by country, alliance region, organisation type and capability, with facet counts; and
what a profile page shows.

Semantics are those of the practices listing: filters of different groups narrow the results
(AND), several values of one group widen them (OR), and the count next to an option is what the
reader gets by choosing it alone in its group. Each count is one aggregate query.
"""

from dataclasses import dataclass, field

from django.db.models import Count, Q
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from alliance.i18n import in_reader_language
from alliance.labels import vocabulary_labels
from alliance.models import Capability, ExchangePage, ExchangeParticipant, OrganisationProfile
from alliance.regions import PARTNER_REGIONS, any_region_q, partner_region_for, region_q
from home.privacy import public_q
from practices.countries import country_name
from practices.models import CaseStudyPage, OrganisationType, ValueChainStage

FACETS = ("country", "region", "org_type", "capability")
FACET_LABELS = {
    "country": _("Country"),
    "region": _("Alliance region"),
    "org_type": _("Organisation type"),
    "capability": _("Capability"),
}


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Facet:
    name: str
    label: str
    options: list[FacetOption]


@dataclass
class Listing:
    results: object  # QuerySet of approved OrganisationProfile, ordered by name
    facets: dict[str, Facet] = field(default_factory=dict)
    active_filters: list[tuple[str, str, str]] = field(default_factory=list)


def directory_choices(language_code=None):
    """Labels of the vocabulary filters in the reader's language (one query per vocabulary)."""
    return {
        "org_type": vocabulary_labels(OrganisationType, language_code),
        "capability": vocabulary_labels(Capability, language_code),
        "stage": vocabulary_labels(ValueChainStage, language_code),
    }


def approved_profiles():
    """Every profile a reader may see: approved ones, nothing else."""
    return OrganisationProfile.objects.approved()


def _filter(queryset, facet, values):
    if not values:
        return queryset
    if facet == "country":
        return queryset.filter(organisation__country__in=values)
    if facet == "region":
        return queryset.filter(any_region_q(values, "organisation__"))
    if facet == "org_type":
        return queryset.filter(organisation__org_type__slug__in=values)
    if facet == "capability":
        through = OrganisationProfile.capabilities.through
        return queryset.filter(
            pk__in=through.objects.filter(capability__slug__in=values).values(
                "organisationprofile_id"
            )
        )
    raise ValueError(f"Unknown facet {facet!r}")


def _text_filter(queryset, text):
    if not text:
        return queryset
    return queryset.filter(
        Q(organisation__name__icontains=text)
        | Q(organisation__region__icontains=text)
        | Q(description__icontains=text)
    )


def _counts(queryset, facet):
    if facet == "country":
        rows = queryset.order_by().values("organisation__country").annotate(n=Count("pk"))
        return {row["organisation__country"]: row["n"] for row in rows}
    if facet == "region":
        aggregates = {
            f"r{i}": Count("pk", filter=region_q(region, "organisation__"))
            for i, region in enumerate(PARTNER_REGIONS)
        }
        result = queryset.order_by().aggregate(**aggregates)
        return {region.key: result[f"r{i}"] for i, region in enumerate(PARTNER_REGIONS)}
    if facet == "org_type":
        rows = queryset.order_by().values("organisation__org_type__slug").annotate(n=Count("pk"))
        return {row["organisation__org_type__slug"]: row["n"] for row in rows}
    if facet == "capability":
        through = OrganisationProfile.capabilities.through
        rows = (
            through.objects.filter(organisationprofile_id__in=queryset.values("pk"))
            .values("capability__slug")
            .annotate(n=Count("organisationprofile_id", distinct=True))
            .order_by()
        )
        return {row["capability__slug"]: row["n"] for row in rows}
    raise ValueError(f"Unknown facet {facet!r}")


def filter_directory(params, choices=None, with_counts=True):
    """Approved profiles matching ``params`` (validated by DirectoryFilterForm: lists of values
    under ``country``, ``region``, ``org_type``, ``capability``, and a text ``q``)."""
    choices = choices if choices is not None else directory_choices()
    selected = {facet: list(params.get(facet) or []) for facet in FACETS}
    base = _text_filter(approved_profiles(), params.get("q", ""))

    def narrowed(except_facet=None):
        queryset = base
        for facet, values in selected.items():
            if facet != except_facet:
                queryset = _filter(queryset, facet, values)
        return queryset

    results = (
        narrowed()
        .select_related("organisation", "organisation__org_type")
        .order_by(Lower("organisation__name"), "pk")
    )
    listing = Listing(results=results)
    if not with_counts:
        return listing
    for facet in FACETS:
        counts = _counts(narrowed(except_facet=facet), facet)
        listing.facets[facet] = _facet(facet, counts, selected[facet], choices)
    listing.active_filters = [
        (facet, option.value, option.label)
        for facet in FACETS
        for option in listing.facets[facet].options
        if option.selected
    ]
    return listing


def _facet(facet, counts, selected, choices):
    if facet == "country":
        codes = sorted(set(counts) | set(selected), key=country_name)
        options = [FacetOption(c, country_name(c), counts.get(c, 0), c in selected) for c in codes]
    elif facet == "region":
        options = [
            FacetOption(r.key, str(r.name), counts.get(r.key, 0), r.key in selected)
            for r in PARTNER_REGIONS
        ]
    else:
        options = [
            FacetOption(slug, label, counts.get(slug, 0), slug in selected)
            for slug, label in choices[facet].items()
        ]
    return Facet(facet, str(FACET_LABELS[facet]), options)


def profile_cards(profiles, choices, base_url):
    """Attach what a directory card shows to a page of profiles: one query for all their
    capabilities, whatever their number. ``base_url`` is the directory page's address."""
    profiles = list(profiles)
    if not profiles:
        return profiles
    through = OrganisationProfile.capabilities.through
    slugs = {}
    for profile_id, slug in through.objects.filter(
        organisationprofile_id__in=[p.pk for p in profiles]
    ).values_list("organisationprofile_id", "capability__slug"):
        slugs.setdefault(profile_id, []).append(slug)
    capability_labels = choices["capability"]
    order = {slug: i for i, slug in enumerate(capability_labels)}
    for profile in profiles:
        annotate_profile(profile, choices, base_url)
        own = sorted(slugs.get(profile.pk, []), key=lambda s: order.get(s, 999))
        profile.capability_labels = [capability_labels.get(s, s) for s in own]
    return profiles


def annotate_profile(profile, choices, base_url):
    org = profile.organisation
    profile.type_label = (
        choices["org_type"].get(org.org_type.slug, org.org_type.name) if org.org_type_id else ""
    )
    profile.country_label = country_name(org.country)
    region = partner_region_for(org.country, org.region)
    profile.region_key = region.key if region else ""
    profile.url = f"{base_url}{profile.slug}/" if base_url else ""
    return profile


def organisation_case_studies(organisation, limit=None):
    """Live, public case studies of an organisation, one version each, in the reader's language
    where translated (one query; privacy is part of it: home.privacy)."""
    queryset = (
        in_reader_language(
            CaseStudyPage.objects.live().filter(public_q()).filter(organisations=organisation)
        )
        .select_related("locale")
        .order_by("-publication_date", "title")
    )
    return list(queryset[:limit] if limit else queryset)


def organisation_exchanges(organisation, limit=None):
    """Live, public exchanges the organisation hosted or visited, in the reader's language."""
    queryset = (
        ExchangePage.objects.live()
        .filter(public_q())
        .filter(
            Q(host_organisation=organisation)
            | Q(
                pk__in=ExchangeParticipant.objects.filter(organisation=organisation).values(
                    "page_id"
                )
            )
        )
    )
    queryset = (
        in_reader_language(queryset).select_related("locale").order_by("-start_date", "title")
    )
    return list(queryset[:limit] if limit else queryset)


def profile_context(profile, choices, base_url):
    """Everything a profile page shows, in a fixed number of queries."""
    annotate_profile(profile, choices, base_url)
    role_slugs = list(profile.roles.values_list("slug", flat=True))
    capability_slugs = list(profile.capabilities.values_list("slug", flat=True))
    roles = [label for slug, label in choices["stage"].items() if slug in role_slugs]
    capabilities = [
        label for slug, label in choices["capability"].items() if slug in capability_slugs
    ]
    return {
        "profile": profile,
        "organisation": profile.organisation,
        "roles": roles,
        "capabilities": capabilities,
        "case_studies": organisation_case_studies(profile.organisation),
        "exchanges": organisation_exchanges(profile.organisation),
        "partner_region": partner_region_for(
            profile.organisation.country, profile.organisation.region
        ),
    }
