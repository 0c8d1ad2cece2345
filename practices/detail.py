"""What a case study or guide page shows besides its own fields: labelled metadata, related
practices, translations and the listing to go back to. Each helper costs a fixed number of
queries, whatever the size of the site."""

from django.db.models import Count, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import translation

from home.i18n import live_translations
from practices.countries import country_name
from practices.models import (
    CaseStudyPage,
    CircularStrategy,
    DigitalTechnology,
    OrganisationType,
    PracticePage,
    PracticePageTag,
    PracticesIndexPage,
    Topic,
    ValueChainStage,
)

RELATED_LIMIT = 3


def labelled(model, entries):
    """[(slug, name)] for the entries linked to a page, named in the reader's language (one
    query for the links, one for the names)."""
    slugs = [entry.slug for entry in entries]
    if not slugs:
        return []
    labels = model.objects.filter(slug__in=slugs).labels()
    order = {slug: i for i, slug in enumerate(slugs)}
    return sorted(
        ((slug, labels.get(slug, slug)) for slug in set(slugs)), key=lambda x: order[x[0]]
    )


def listing_page(page):
    """The outermost live practices index above ``page``: filter links lead there."""
    return PracticesIndexPage.objects.ancestor_of(page).live().order_by("depth").first()


def related_practices(page, topic_slugs, tag_ids, limit=RELATED_LIMIT):
    """Live, public practices in the page's language sharing most topics and tags with it,
    in one query (plus Wagtail's privacy lookup)."""
    if not topic_slugs and not tag_ids:
        return []
    through = PracticePage.topics.through
    topic_score = Subquery(
        through.objects.filter(practicepage_id=OuterRef("pk"), topic__slug__in=topic_slugs)
        .order_by()
        .values("practicepage_id")
        .annotate(n=Count("pk"))
        .values("n")[:1],
        output_field=IntegerField(),
    )
    tag_score = Subquery(
        PracticePageTag.objects.filter(content_object_id=OuterRef("pk"), tag_id__in=tag_ids)
        .order_by()
        .values("content_object_id")
        .annotate(n=Count("pk"))
        .values("n")[:1],
        output_field=IntegerField(),
    )
    return list(
        PracticePage.objects.live()
        .public()
        .filter(locale_id=page.locale_id)
        .exclude(translation_key=page.translation_key)
        .annotate(score=Coalesce(topic_score, Value(0)) + Coalesce(tag_score, Value(0)))
        .filter(score__gt=0)
        .select_related("locale")
        .order_by("-score", "-publication_date", "title")[:limit]
    )


def detail_context(page, request):
    topics = list(page.topics.all())
    tags = list(page.tags.all())
    translations = live_translations(page)
    other_languages = [
        translation
        for code, translation in sorted(translations.items())
        if translation.pk != page.pk
    ]
    context = {
        "topics": labelled(Topic, topics),
        "stages": labelled(ValueChainStage, page.stages.all()),
        "tags": tags,
        "country_label": country_name(page.country) if page.country else "",
        "listing_page": listing_page(page),
        "translations": other_languages,
        "related": related_practices(page, [t.slug for t in topics], [t.pk for t in tags]),
        "downloads": list(page.downloads.select_related("document")),
    }
    return context


def case_study_context(page):
    organisations = list(page.organisations.select_related("org_type"))
    type_slugs = {org.org_type.slug for org in organisations if org.org_type_id}
    type_labels = (
        OrganisationType.objects.filter(slug__in=type_slugs).labels() if type_slugs else {}
    )
    for org in organisations:
        org.type_label = type_labels.get(org.org_type.slug, "") if org.org_type_id else ""
    return {
        "strategies": labelled(CircularStrategy, page.strategies.all()),
        "technologies": labelled(DigitalTechnology, page.technologies.all()),
        "organisations": organisations,
        "metrics": list(page.metrics.all()),
        "gallery": list(page.gallery_images.select_related("image")),
    }


def guide_context(page):
    """Related case studies in the reader's language where translated (the linked version
    otherwise), live and public only, in one query."""
    items = list(page.related_case_studies.select_related("case_study"))
    keys = [item.case_study.translation_key for item in items]
    if not keys:
        return {"related_case_studies": []}
    language = translation.get_language()
    candidates = (
        CaseStudyPage.objects.live()
        .public()
        .filter(translation_key__in=keys)
        .select_related("locale")
    )
    by_key = {}
    linked_ids = {item.case_study_id for item in items}
    for candidate in candidates:
        current = by_key.get(candidate.translation_key)
        if candidate.locale.language_code == language:
            by_key[candidate.translation_key] = candidate
        elif current is None and candidate.pk in linked_ids:
            by_key[candidate.translation_key] = candidate
    return {"related_case_studies": [by_key[k] for k in keys if k in by_key]}
