"""The one place where ClusterXchange exchanges are listed, filtered and counted, and what an
exchange page shows besides its own fields.

Filters: ``pair`` (visitor country → host country, e.g. ``DK-ES``), ``org_type`` (participant
type), ``topic`` and ``year`` (of the first day). Same semantics as the other listings: AND
between groups, OR within one, counts as if the option were chosen alone in its group.
"""

from dataclasses import dataclass, field

from django.db.models import Count, Min, Q
from django.db.models.functions import ExtractYear
from django.utils.translation import gettext_lazy as _

from alliance.i18n import in_reader_language, pick_language
from alliance.labels import vocabulary_labels
from alliance.models import (
    PARTICIPANT_TYPE_CHOICES,
    PARTICIPANT_TYPE_LABELS,
    ExchangePage,
    ExchangeParticipant,
    OrganisationProfile,
)
from alliance.regions import region_q
from home.privacy import public_q
from practices.countries import country_name
from practices.models import CaseStudyPage, Topic

FACETS = ("pair", "org_type", "topic", "year")
FACET_LABELS = {
    "pair": _("Countries (visitor → host)"),
    "org_type": _("Participant type"),
    "topic": _("Topic"),
    "year": _("Year"),
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
    results: object
    facets: dict[str, Facet] = field(default_factory=dict)
    active_filters: list[tuple[str, str, str]] = field(default_factory=list)


def live_exchanges():
    """Live, public exchanges in every language (privacy decided in the same query)."""
    return ExchangePage.objects.live().filter(public_q())


def canonical_exchange_ids(queryset=None):
    """One page id per exchange (the first of its translations), for counting exchanges once
    whatever the number of languages they are published in. A subquery, not evaluated."""
    queryset = queryset if queryset is not None else live_exchanges()
    return queryset.order_by().values("translation_key").annotate(first=Min("pk")).values("first")


def pair_label(value):
    visitor, _sep, host = value.partition("-")
    return f"{country_name(visitor)} → {country_name(host)}"


def _participants_of(values_field, values):
    return ExchangeParticipant.objects.filter(**{f"{values_field}__in": values}).values("page_id")


def _filter(queryset, facet, values):
    if not values:
        return queryset
    if facet == "pair":
        condition = Q()
        for value in values:
            visitor, _sep, host = value.partition("-")
            condition |= Q(country=visitor, page__host_country=host)
        return queryset.filter(
            pk__in=ExchangeParticipant.objects.filter(condition).values("page_id")
        )
    if facet == "org_type":
        return queryset.filter(pk__in=_participants_of("participant_type", values))
    if facet == "topic":
        through = ExchangePage.topics.through
        return queryset.filter(
            pk__in=through.objects.filter(topic__slug__in=values).values("exchangepage_id")
        )
    if facet == "year":
        return queryset.filter(start_date__year__in=values)
    raise ValueError(f"Unknown facet {facet!r}")


def _counts(queryset, facet):
    ids = queryset.values("pk")
    if facet == "pair":
        rows = (
            ExchangeParticipant.objects.filter(page_id__in=ids)
            .values("country", "page__host_country")
            .annotate(n=Count("page_id", distinct=True))
            .order_by()
        )
        return {f"{r['country']}-{r['page__host_country']}": r["n"] for r in rows if r["country"]}
    if facet == "org_type":
        rows = (
            ExchangeParticipant.objects.filter(page_id__in=ids)
            .values("participant_type")
            .annotate(n=Count("page_id", distinct=True))
            .order_by()
        )
        return {r["participant_type"]: r["n"] for r in rows}
    if facet == "topic":
        through = ExchangePage.topics.through
        rows = (
            through.objects.filter(exchangepage_id__in=ids)
            .values("topic__slug")
            .annotate(n=Count("exchangepage_id", distinct=True))
            .order_by()
        )
        return {r["topic__slug"]: r["n"] for r in rows}
    if facet == "year":
        rows = (
            queryset.order_by()
            .annotate(y=ExtractYear("start_date"))
            .values("y")
            .annotate(n=Count("pk"))
            .order_by()
        )
        return {r["y"]: r["n"] for r in rows}
    raise ValueError(f"Unknown facet {facet!r}")


def filter_exchanges(params, topics=None, with_counts=True, language_code=None):
    """Exchanges in the reader's language (the default language standing in), newest first,
    matching ``params`` as validated by ExchangeFilterForm."""
    topics = topics if topics is not None else vocabulary_labels(Topic, language_code)
    selected = {facet: list(params.get(facet) or []) for facet in FACETS}
    base = in_reader_language(live_exchanges(), language_code)

    def narrowed(except_facet=None):
        queryset = base
        for facet, values in selected.items():
            if facet != except_facet:
                queryset = _filter(queryset, facet, values)
        return queryset

    results = (
        narrowed()
        .select_related("locale", "host_organisation")
        .order_by("-start_date", "title", "pk")
    )
    listing = Listing(results=results)
    if not with_counts:
        return listing
    for facet in FACETS:
        counts = _counts(narrowed(except_facet=facet), facet)
        listing.facets[facet] = _facet(facet, counts, selected[facet], topics)
    listing.active_filters = [
        (facet, str(option.value), option.label)
        for facet in FACETS
        for option in listing.facets[facet].options
        if option.selected
    ]
    return listing


def _facet(facet, counts, selected, topics):
    if facet == "pair":
        values = sorted(set(counts) | set(selected), key=pair_label)
        options = [FacetOption(v, pair_label(v), counts.get(v, 0), v in selected) for v in values]
    elif facet == "org_type":
        options = [
            FacetOption(slug, str(label), counts.get(slug, 0), slug in selected)
            for slug, label in PARTICIPANT_TYPE_CHOICES
        ]
    elif facet == "topic":
        options = [
            FacetOption(slug, label, counts.get(slug, 0), slug in selected)
            for slug, label in topics.items()
            if counts.get(slug) or slug in selected
        ]
    else:  # year
        years = sorted(set(counts) | set(selected), reverse=True)
        options = [FacetOption(y, str(y), counts.get(y, 0), y in selected) for y in years]
    return Facet(facet, str(FACET_LABELS[facet]), options)


def exchange_cards(pages, topics):
    """Attach participants and topics to a page of exchanges: two queries for all the cards."""
    pages = list(pages)
    if not pages:
        return pages
    ids = [page.pk for page in pages]
    participants = {}
    for participant in (
        ExchangeParticipant.objects.filter(page_id__in=ids)
        .select_related("organisation")
        .order_by("sort_order", "pk")
    ):
        participants.setdefault(participant.page_id, []).append(participant)
    topic_slugs = {}
    through = ExchangePage.topics.through
    for page_id, slug in through.objects.filter(exchangepage_id__in=ids).values_list(
        "exchangepage_id", "topic__slug"
    ):
        topic_slugs.setdefault(page_id, []).append(slug)
    order = {slug: i for i, slug in enumerate(topics)}
    for page in pages:
        page.card_participants = participants.get(page.pk, [])
        for participant in page.card_participants:
            participant.type_label = PARTICIPANT_TYPE_LABELS.get(participant.participant_type, "")
            participant.country_label = country_name(participant.country)
        page.card_topics = [
            topics.get(slug, slug)
            for slug in sorted(topic_slugs.get(page.pk, []), key=lambda s: order.get(s, 999))
        ]
        page.host_country_label = country_name(page.host_country) if page.host_country else ""
    return pages


def _localized(model, linked_pages):
    """Linked pages (any language) replaced by their live, public version in the reader's
    language, or the default language's, in the editors' order; one query."""
    keys = [page.translation_key for page in linked_pages if page is not None]
    if not keys:
        return []
    versions = {}
    for page in (
        model.objects.live()
        .filter(public_q())
        .filter(translation_key__in=keys)
        .select_related("locale")
    ):
        versions.setdefault(page.translation_key, []).append(page)
    result = []
    for key in dict.fromkeys(keys):
        chosen = pick_language(versions.get(key, []))
        if chosen is not None:
            result.append(chosen)
    return result


def profile_urls(organisations, directory_url):
    """{organisation id: profile address} for the approved ones among ``organisations``."""
    ids = [org.pk for org in organisations if org is not None]
    if not ids or not directory_url:
        return {}
    rows = (
        OrganisationProfile.objects.approved()
        .filter(organisation_id__in=ids)
        .values_list("organisation_id", "slug")
    )
    return {org_id: f"{directory_url}{slug}/" for org_id, slug in rows}


def exchange_context(page, request):
    """What an exchange page shows besides its fields, in a fixed number of queries."""
    from alliance.models import DirectoryPage
    from trainings.models import CoursePage

    participants = list(
        page.participants.select_related("organisation").order_by("sort_order", "pk")
    )
    for participant in participants:
        participant.type_label = PARTICIPANT_TYPE_LABELS.get(participant.participant_type, "")
        participant.country_label = country_name(participant.country)
    directory = DirectoryPage.for_language()
    directory_url = directory.get_url(request) if directory else ""
    organisations = [p.organisation for p in participants] + [page.host_organisation]
    urls = profile_urls(organisations, directory_url)
    for participant in participants:
        participant.profile_url = urls.get(participant.organisation_id, "")
    topic_slugs = list(page.topics.values_list("slug", flat=True))
    topics = vocabulary_labels(Topic) if topic_slugs else {}
    related_case_studies = [
        item.case_study for item in page.related_case_studies.select_related("case_study")
    ]
    related_courses = [item.course for item in page.related_courses.select_related("course")]
    led_to = (
        _localized(CaseStudyPage, [page.led_to_case_study]) if page.led_to_case_study_id else []
    )
    return {
        "participants": participants,
        "host_profile_url": urls.get(page.host_organisation_id, ""),
        "host_country_label": country_name(page.host_country) if page.host_country else "",
        "topics": [label for slug, label in topics.items() if slug in topic_slugs],
        "related_case_studies": _localized(CaseStudyPage, related_case_studies),
        "related_courses": _localized(CoursePage, related_courses),
        "led_to_case_study": led_to[0] if led_to else None,
        "is_completed": page.is_completed,
    }


def exchanges_in_region(region, limit=None):
    """Live, public exchanges hosted in a partner region or with visitors from it, in the reader's
    language. For a region that is part of a country, the host or visiting organisation must be
    in that region."""
    host = region_q(region, "host_organisation__")
    if region.whole_country:
        host = Q(host_country=region.country)
        visitor = Q(country=region.country)
    else:
        visitor = region_q(region, "organisation__")
    visitors = ExchangeParticipant.objects.filter(visitor).values("page_id")
    queryset = in_reader_language(live_exchanges().filter(host | Q(pk__in=visitors)))
    queryset = queryset.select_related("locale", "host_organisation").order_by(
        "-start_date", "title"
    )
    return list(queryset[:limit] if limit else queryset)
