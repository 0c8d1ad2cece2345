"""The one place where listings of practices are built: filtering, sorting and facet counts.

``filter_practices()`` is used by the practices index page, its Atom feed, the API filter and the
search builders' helpers, so that a filter means the same everywhere.

Semantics: filters of different groups narrow the results (AND); several values of one group
widen them (OR). The count next to an option is the number of practices that match every *other*
group's filters and have that option — what the reader gets by choosing it alone in its group.
Every count is one aggregate query per group, whatever the number of practices.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, F, Q
from django.db.models.functions import Lower
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from home.privacy import public_q
from practices.countries import country_name
from practices.models import (
    CONTENT_TYPE_SLUGS,
    CaseStudyPage,
    OrganisationType,
    PracticePage,
    PracticePageTag,
    Topic,
    ValueChainStage,
)

# Filter groups in the order readers see them.
FACETS = ("type", "topic", "stage", "country", "org_type", "tag", "lang")
MULTI_VALUE_FACETS = ("type", "topic", "stage", "country", "org_type", "tag")
FACET_LABELS = {
    "type": _("Content type"),
    "topic": _("Topic"),
    "stage": _("Value-chain stage"),
    "country": _("Country"),
    "org_type": _("Organisation type"),
    "tag": _("Tag"),
    "lang": _("Language"),
}
TYPE_LABELS = {"case-study": _("Case study"), "guide": _("Guide")}
SORTS = {"newest": _("Newest first"), "title": _("Title A–Z")}
ALL_LANGUAGES = "all"
MAX_TAG_OPTIONS = 30


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool
    group: str = ""  # e.g. the topic family


@dataclass
class Facet:
    name: str
    label: str
    options: list[FacetOption]
    selected: list[str]

    @property
    def groups(self):
        """Options by group (topic families), keeping their order."""
        groups = {}
        for option in self.options:
            groups.setdefault(option.group, []).append(option)
        return list(groups.items())


@dataclass
class Listing:
    results: object  # QuerySet of PracticePage, ordered, not yet paginated
    facets: dict[str, Facet]
    params: dict
    language: str  # language scope actually applied: a code or "all"
    active_filters: list[tuple[str, str, str]] = field(
        default_factory=list
    )  # (facet, value, label)


def vocabulary_choices(language_code=None):
    """Controlled values of the filters, labelled in the reader's language: one query per
    vocabulary. Returns ``{facet: {slug: (label, group)}}``."""
    language_code = language_code or translation.get_language() or settings.LANGUAGE_CODE
    vocabularies = {
        "topic": (Topic, "family"),
        "stage": (ValueChainStage, None),
        "org_type": (OrganisationType, None),
    }
    family_labels = dict(Topic.FAMILY_CHOICES)
    choices = {}
    for facet, (model, group_field) in vocabularies.items():
        columns = ["slug", "name", "locale__language_code"] + ([group_field] if group_field else [])
        ranks, labels = {}, {}
        for row in model.objects.values_list(*columns):
            slug, name, code = row[:3]
            group = str(family_labels.get(row[3], row[3])) if group_field else ""
            rank = 0 if code == language_code else 1 if code == settings.LANGUAGE_CODE else 2
            if slug not in ranks or rank < ranks[slug]:
                ranks[slug], labels[slug] = rank, (name, group)
        choices[facet] = labels
    choices["type"] = {slug: (str(label), "") for slug, label in TYPE_LABELS.items()}
    return choices


def _content_type_ids():
    """{'case-study': content type id, 'guide': ...} (cached by Django's ContentType manager)."""
    return {
        slug: ContentType.objects.get_for_model(model).pk
        for model, slug in CONTENT_TYPE_SLUGS.items()
    }


def base_queryset(index_page=None):
    """Live, public practices (every language) below ``index_page`` and its translations, or in
    the whole site when ``index_page`` is None. Costs one query (private sections) when built."""
    queryset = PracticePage.objects.live().filter(public_q())
    if index_page is not None:
        roots = Page.objects.filter(translation_key=index_page.translation_key).live()
        paths = list(roots.values_list("path", flat=True)) or [index_page.path]
        within = Q()
        for path in paths:
            within |= Q(path__startswith=path, depth__gt=index_page.depth)
        queryset = queryset.filter(within)
    return queryset


def _filter(queryset, facet, values):
    if not values:
        return queryset
    if facet == "type":
        ids = _content_type_ids()
        return queryset.filter(content_type_id__in=[ids[v] for v in values if v in ids])
    if facet == "topic":
        return queryset.filter(
            pk__in=PracticePage.topics.through.objects.filter(topic__slug__in=values).values(
                "practicepage_id"
            )
        )
    if facet == "stage":
        return queryset.filter(
            pk__in=PracticePage.stages.through.objects.filter(
                valuechainstage__slug__in=values
            ).values("practicepage_id")
        )
    if facet == "country":
        return queryset.filter(country__in=values)
    if facet == "org_type":
        return queryset.filter(
            pk__in=CaseStudyPage.organisations.through.objects.filter(
                organisation__org_type__slug__in=values
            ).values("casestudypage_id")
        )
    if facet == "tag":
        return queryset.filter(
            pk__in=PracticePageTag.objects.filter(tag__slug__in=values).values("content_object_id")
        )
    raise ValueError(f"Unknown facet {facet!r}")


def _language_filter(queryset, language):
    if language == ALL_LANGUAGES:
        return queryset
    return queryset.filter(locale__language_code=language)


_COUNT_PATHS = {
    "type": "content_type_id",
    "topic": "topics__slug",
    "stage": "stages__slug",
    "country": "country",
    "org_type": "casestudypage__organisations__org_type__slug",
    "lang": "locale__language_code",
}


def _counts(queryset, facet):
    """{value: number of distinct practices} for one facet, in one GROUP BY query."""
    if facet == "tag":
        rows = (
            PracticePageTag.objects.filter(content_object__in=queryset.values("pk"))
            .values("tag__slug", "tag__name")
            .annotate(n=Count("content_object_id", distinct=True))
            .order_by("-n", "tag__name")
        )
        return {row["tag__slug"]: (row["n"], row["tag__name"]) for row in rows}
    path = _COUNT_PATHS[facet]
    rows = queryset.order_by().values(path).annotate(n=Count("pk", distinct=True))
    counts = {row[path]: row["n"] for row in rows if row[path] not in (None, "")}
    if facet == "type":
        slugs = {pk: slug for slug, pk in _content_type_ids().items()}
        counts = {slugs[pk]: n for pk, n in counts.items() if pk in slugs}
    return counts


def order_results(queryset, sort):
    if sort == "title":
        return queryset.order_by(Lower("title"), "pk")
    return queryset.order_by(
        F("publication_date").desc(nulls_last=True),
        F("first_published_at").desc(nulls_last=True),
        "-pk",
    )


def filter_practices(index_page, params, locale=None, choices=None, with_counts=True):
    """Filter, sort and count the practices below ``index_page`` (the whole site when None).

    ``params`` holds validated values: lists of slugs under ``type``, ``topic``, ``stage``,
    ``country``, ``org_type``, ``tag``; ``lang`` ("" for the page's language, "all", or a
    language code) and ``sort`` ("newest" or "title"). ``locale`` is the language of the listing
    (the index page's locale by default). ``choices`` are the labels of
    :func:`vocabulary_choices` when the caller already loaded them.
    """
    if locale is None:
        locale = index_page.locale if index_page is not None else Locale.get_active()
    language = params.get("lang") or locale.language_code
    selected = {facet: list(params.get(facet) or []) for facet in MULTI_VALUE_FACETS}

    base = base_queryset(index_page)  # evaluated lazily; its privacy query runs once, here

    def narrowed(except_facet=None, language_scope=True):
        queryset = base
        if language_scope:
            queryset = _language_filter(queryset, language)
        for facet, values in selected.items():
            if facet != except_facet:
                queryset = _filter(queryset, facet, values)
        return queryset

    results = order_results(narrowed(), params.get("sort") or "newest").select_related("locale")
    listing = Listing(results=results, facets={}, params=params, language=language)
    if not with_counts:
        return listing

    choices = choices if choices is not None else vocabulary_choices()
    facets = {}
    for facet in MULTI_VALUE_FACETS:
        counts = _counts(narrowed(except_facet=facet), facet)
        facets[facet] = _facet(facet, counts, selected[facet], choices)
    lang_counts = _counts(narrowed(language_scope=False), "lang")
    facets["lang"] = _language_facet(lang_counts, language, locale.language_code)
    listing.facets = facets
    listing.active_filters = [
        (facet, option.value, option.label)
        for facet in MULTI_VALUE_FACETS
        for option in facets[facet].options
        if option.selected
    ]
    if params.get("lang"):
        listing.active_filters.append(
            ("lang", params["lang"], next(o.label for o in facets["lang"].options if o.selected))
        )
    return listing


def _facet(facet, counts, selected, choices):
    options = []
    if facet in choices:
        for value, (label, group) in choices[facet].items():
            options.append(
                FacetOption(value, label, counts.get(value, 0), value in selected, group)
            )
    elif facet == "country":
        for code in sorted(set(counts) | set(selected), key=country_name):
            options.append(
                FacetOption(code, country_name(code), counts.get(code, 0), code in selected)
            )
    elif facet == "tag":
        shown = [slug for slug in counts][:MAX_TAG_OPTIONS]
        shown += [slug for slug in selected if slug not in shown]
        for slug in shown:
            count, name = counts.get(slug, (0, None))
            options.append(FacetOption(slug, name or slug, count, slug in selected))
    return Facet(facet, str(FACET_LABELS[facet]), options, selected)


def _language_facet(counts, language, own_language):
    names = dict(settings.LANGUAGES)
    options = [
        FacetOption(
            ALL_LANGUAGES,
            str(_("All languages")),
            sum(counts.values()),
            language == ALL_LANGUAGES,
        )
    ]
    for code, _name in settings.LANGUAGES:
        if counts.get(code) or code in (language, own_language):
            options.append(FacetOption(code, names[code], counts.get(code, 0), code == language))
    return Facet("lang", str(FACET_LABELS["lang"]), options, [language])


def practice_cards(pages, choices=None):
    """Attach what a card shows to a page of results (topics labelled in the reader's language)
    with one query for all the cards' topics, whatever their number."""
    pages = list(pages)
    if not pages:
        return pages
    choices = choices if choices is not None else vocabulary_choices()
    through = PracticePage.topics.through
    topic_slugs = {}
    for page_id, slug in through.objects.filter(
        practicepage_id__in=[p.pk for p in pages]
    ).values_list("practicepage_id", "topic__slug"):
        topic_slugs.setdefault(page_id, []).append(slug)
    topic_labels = choices.get("topic", {})
    ct_slugs = {pk: slug for slug, pk in _content_type_ids().items()}
    for page in pages:
        page.card_topics = [
            topic_labels.get(slug, (slug, ""))[0] for slug in topic_slugs.get(page.pk, [])
        ]
        page.card_type = ct_slugs.get(page.content_type_id, "page")
        page.card_type_label = TYPE_LABELS.get(page.card_type, "")
        page.card_country = country_name(page.country) if page.country else ""
    return pages


def facet_values(page):
    """The facet values of one practice, as the filters above match them (used by the search
    builders so that search facets and listing filters agree)."""
    org_types = []
    if isinstance(page, CaseStudyPage):
        org_types = sorted(
            {slug for slug in page.organisations.values_list("org_type__slug", flat=True) if slug}
        )
    return {
        "type": CONTENT_TYPE_SLUGS.get(type(page), "page"),
        "topic": [topic.slug for topic in page.topics.all()],
        "stage": [stage.slug for stage in page.stages.all()],
        "tag": [tag.slug for tag in page.tags.all()],
        "country": page.country or "",
        "org_type": org_types,
    }


def latest_practices(locale_id, limit=3):
    """The newest live, public practices of one language, ready for cards without their topics
    (one query: privacy is decided in it, home.privacy)."""
    queryset = order_results(
        PracticePage.objects.live().filter(public_q()).filter(locale_id=locale_id), "newest"
    ).select_related("locale")
    pages = list(queryset[:limit])
    ct_slugs = {pk: slug for slug, pk in _content_type_ids().items()}
    for page in pages:
        page.card_topics = []
        page.card_type = ct_slugs.get(page.content_type_id, "page")
        page.card_type_label = TYPE_LABELS.get(page.card_type, "")
        page.card_country = country_name(page.country) if page.country else ""
    return pages
