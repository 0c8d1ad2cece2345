"""What a case study or guide page shows besides its own fields: labelled metadata, related
practices, translations and the listing to go back to. Each helper costs a fixed number of
queries, whatever the size of the site."""

from django.db import connection
from django.utils import translation
from wagtail.models import Page

from clothhub.cache import memo
from home.i18n import live_translations
from home.privacy import public_q
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
    query for the links; the names come from the vocabulary's label map)."""
    slugs = [entry.slug for entry in entries]
    if not slugs:
        return []
    labels = model.objects.label_map()
    order = {slug: i for i, slug in enumerate(slugs)}
    return sorted(
        ((slug, labels.get(slug, slug)) for slug in set(slugs)), key=lambda x: order[x[0]]
    )


def listing_page(page):
    """The outermost live practices index above ``page``: filter links lead there."""
    indexes = memo.memoize(
        "live-practices-indexes",
        None,
        lambda: list(PracticesIndexPage.objects.live().order_by("depth", "path")),
    )
    return next((index for index in indexes if page.path.startswith(index.path)), None)


def _placeholders(values):
    return ", ".join(["%s"] * len(values))


def related_practices(page, topic_slugs, tag_ids, limit=RELATED_LIMIT):
    """Live, public practices in the page's language sharing most topics and tags with it.

    Two queries. The first ranks the candidates straight from
    the two link tables, which hold only the pages that share something with this one (scoring
    every practice of the language with correlated subqueries cost 20 ms at 10,000 pages); the
    second loads the best few, live and public only. A few more than ``limit`` are ranked so
    that private pages dropped by the second query still leave ``limit`` results."""
    topic_slugs, tag_ids = list(topic_slugs), list(tag_ids)
    if not topic_slugs and not tag_ids:
        return []
    topic_links = PracticePage.topics.through._meta.db_table
    links = []
    params = []
    if topic_slugs:
        links.append(
            f"SELECT l.practicepage_id AS page_id FROM {topic_links} l "
            f"INNER JOIN {Topic._meta.db_table} t ON t.id = l.topic_id "
            f"WHERE t.slug IN ({_placeholders(topic_slugs)})"
        )
        params += topic_slugs
    if tag_ids:
        links.append(
            f"SELECT g.content_object_id AS page_id FROM {PracticePageTag._meta.db_table} g "
            f"WHERE g.tag_id IN ({_placeholders(tag_ids)})"
        )
        params += tag_ids
    key_field = Page._meta.get_field("translation_key")
    params += [
        page.locale_id,
        True,
        key_field.get_db_prep_value(page.translation_key, connection),
        limit * 3,
    ]
    sql = (
        "SELECT s.page_id, COUNT(*) AS score "
        f"FROM ({' UNION ALL '.join(links)}) s "
        f"INNER JOIN {Page._meta.db_table} p ON p.id = s.page_id "
        f"INNER JOIN {PracticePage._meta.db_table} pp ON pp.page_ptr_id = s.page_id "
        "WHERE p.locale_id = %s AND p.live = %s AND p.translation_key <> %s "
        "GROUP BY s.page_id, pp.publication_date, p.title "
        "ORDER BY score DESC, pp.publication_date DESC, p.title "
        "LIMIT %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        ranked = cursor.fetchall()
    if not ranked:
        return []
    scores = dict(ranked)
    pages = {
        practice.pk: practice
        for practice in PracticePage.objects.live()
        .filter(public_q())
        .filter(pk__in=list(scores))
        .select_related("locale")
    }
    related = []
    for page_id, score in ranked:
        if page_id in pages:
            pages[page_id].score = score
            related.append(pages[page_id])
    return related[:limit]


def detail_context(page, request):
    """What the page template needs outside its fragments: no query (the listing page comes
    from the memo)."""
    return {
        "country_label": country_name(page.country) if page.country else "",
        "listing_page": listing_page(page),
        "feedback_thanks": request.GET.get("feedback") == "thanks",
    }


def _topics_and_tags(page):
    """The page's topics and tags, loaded once per request (both fragments need them)."""
    if not hasattr(page, "_clothhub_topics_and_tags"):
        page._clothhub_topics_and_tags = (list(page.topics.all()), list(page.tags.all()))
    return page._clothhub_topics_and_tags


def practice_context(page):
    """The page's own metadata, downloads and translations: its main fragment."""
    translations = live_translations(page)
    topics, tags = _topics_and_tags(page)
    return {
        "topics": labelled(Topic, topics),
        "stages": labelled(ValueChainStage, page.stages.all()),
        "tags": tags,
        "translations": [
            translation
            for code, translation in sorted(translations.items())
            if translation.pk != page.pk
        ],
        "downloads": list(page.downloads.select_related("document")),
    }


def related_context(page):
    """Practices sharing topics and tags with the page: the "related" fragment."""
    topics, tags = _topics_and_tags(page)
    return {"related": related_practices(page, [t.slug for t in topics], [t.pk for t in tags])}


def case_study_context(page):
    organisations = list(page.organisations.select_related("org_type"))
    type_slugs = {org.org_type.slug for org in organisations if org.org_type_id}
    type_labels = OrganisationType.objects.label_map() if type_slugs else {}
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
        .filter(public_q())
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
