"""How case studies, guides and practices indexes become search documents, and how practices'
facet values are labelled in search results (see search/registry.py).

A practices index (the practices section of a language, and each partner's section below it,
titled with the partner's name) is a ``section`` document: its title and introduction, so that
searching for "ICONIC" or "Modacc" finds the partner's section by its title."""

from django.utils import timezone, translation
from taggit.models import Tag
from wagtail.rich_text import get_text_for_indexing

from practices.countries import COUNTRY_CODES, country_name
from practices.listing import TYPE_LABELS, facet_values
from practices.models import (
    CaseStudyPage,
    GuidePage,
    OrganisationType,
    PracticesIndexPage,
    Topic,
    ValueChainStage,
)
from search.registry import (
    SearchDocumentData,
    register_builder,
    register_facet_labels,
    stream_text,
)


def _rich(html):
    return get_text_for_indexing(html or "")


def _date(page):
    if page.publication_date:
        return page.publication_date
    published = page.first_published_at or page.last_published_at
    return timezone.localtime(published).date() if published else None


def _document(page, content_type, body_parts):
    facets = facet_values(page)
    return SearchDocumentData(
        title=page.title,
        content_type=content_type,
        summary=page.summary or page.search_description,
        body="\n".join(part for part in body_parts if part),
        topics=facets["topic"],
        tags=facets["tag"],
        country=page.country or "",
        stages=facets["stage"],
        org_types=facets["org_type"],
        date=_date(page),
    )


@register_builder(CaseStudyPage)
def build_case_study(page: CaseStudyPage) -> SearchDocumentData:
    organisations = ", ".join(org.name for org in page.organisations.all())
    metrics = "\n".join(
        f"{metric.label}: {metric.display_value} {metric.unit} {metric.baseline}".strip()
        for metric in page.metrics.all()
    )
    return _document(
        page,
        "case-study",
        [
            organisations,
            page.region,
            _rich(page.challenge),
            _rich(page.solution),
            _rich(page.results),
            _rich(page.lessons_learned),
            _rich(page.how_to_replicate),
            metrics,
            stream_text(page.body),
        ],
    )


@register_builder(GuidePage)
def build_guide(page: GuidePage) -> SearchDocumentData:
    return _document(
        page,
        "guide",
        [
            page.get_audience_display(),
            page.get_difficulty_display(),
            page.time_to_implement,
            stream_text(page.steps),
            stream_text(page.checklist),
            stream_text(page.body),
        ],
    )


@register_builder(PracticesIndexPage)
def build_practices_index(page: PracticesIndexPage) -> SearchDocumentData:
    published = page.first_published_at or page.last_published_at
    return SearchDocumentData(
        title=page.title,
        content_type="section",
        summary=page.introduction or page.search_description,
        date=timezone.localtime(published).date() if published else None,
    )


def _vocabulary_labeller(model):
    def labeller(values, language_code):
        return model.objects.filter(slug__in=list(values)).labels(language_code)

    return labeller


register_facet_labels("topic")(_vocabulary_labeller(Topic))
register_facet_labels("stage")(_vocabulary_labeller(ValueChainStage))
register_facet_labels("org_type")(_vocabulary_labeller(OrganisationType))


@register_facet_labels("country")
def country_labels(values, language_code):
    with translation.override(language_code):
        return {code: country_name(code) for code in values if code in COUNTRY_CODES}


@register_facet_labels("tag")
def tag_labels(values, language_code):
    return dict(Tag.objects.filter(slug__in=list(values)).values_list("slug", "name"))


@register_facet_labels("type")
def type_labels(values, language_code):
    with translation.override(language_code):
        return {value: str(TYPE_LABELS[value]) for value in values if value in TYPE_LABELS}
