"""Search documents of the alliance pages (see search/registry.py).

- exchanges (type ``exchange``): objectives, outcomes and story; facets: topics, host country,
  participant types (the organisation-type slugs ``sme``, ``cluster``, …);
- region profiles (type ``region``): the mapping study and its key figures; facet: country;
- the directory (type ``section``): its introduction plus the names, regions and descriptions of the
  approved organisations, so that searching for a member finds the directory. Pending and rejected
  profiles are never read. The directory is reindexed whenever a profile changes (alliance.signals);
- map, exchanges index and figures pages (type ``section``): title and introduction.

Organisation profiles have no document of their own: the search index holds one document per
page, and a profile is a route of the directory page, so a member's name finds the directory.
"""

from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.rich_text import get_text_for_indexing

from alliance.models import (
    DirectoryPage,
    ExchangeIndexPage,
    ExchangePage,
    MapPage,
    ProgrammeFiguresPage,
    RegionPage,
)
from search.registry import SearchDocumentData, register_builder, register_facet_labels, stream_text

CONTENT_TYPE_LABELS = {"exchange": _("Exchange"), "region": _("Region profile")}


def _date(page):
    published = page.last_published_at or page.first_published_at
    return timezone.localtime(published).date() if published else None


def _rich(html):
    return get_text_for_indexing(html) if html else ""


@register_builder(ExchangePage)
def build_exchange(page):
    participants = list(page.participants.select_related("organisation"))
    host = page.host_organisation.name if page.host_organisation_id else ""
    body = [
        host,
        *(participant.display_name for participant in participants),
        _rich(page.objectives),
        _rich(page.outcomes),
        stream_text(page.story),
    ]
    return SearchDocumentData(
        title=page.title,
        content_type="exchange",
        summary=page.summary,
        body="\n".join(part for part in body if part),
        topics=sorted({topic.slug for topic in page.topics.all()}),
        country=page.host_country,
        org_types=sorted({participant.participant_type for participant in participants}),
        date=page.start_date,
    )


@register_builder(RegionPage)
def build_region(page):
    figures = [
        f"{figure.label}: {figure.display_value} {figure.unit} ({figure.source})".strip()
        for figure in page.key_figures.all()
    ]
    region = page.partner_region
    return SearchDocumentData(
        title=page.title,
        content_type="region",
        summary=page.introduction,
        body="\n".join(
            part
            for part in [stream_text(page.trends), stream_text(page.challenges), *figures]
            if part
        ),
        country=region.country if region else "",
        date=_date(page),
    )


@register_builder(DirectoryPage)
def build_directory(page):
    from alliance.directory import approved_profiles

    members = [
        f"{profile.organisation.name} ({profile.organisation.region}): {profile.description}"
        for profile in approved_profiles()
        .select_related("organisation")
        .order_by("organisation__name")
    ]
    return SearchDocumentData(
        title=page.title,
        content_type="section",
        summary=page.introduction or page.search_description,
        body="\n".join(members),
        date=_date(page),
    )


def _simple(page):
    return SearchDocumentData(
        title=page.title,
        content_type="section",
        summary=page.introduction or page.search_description,
        date=_date(page),
    )


for _model in (MapPage, ExchangeIndexPage, ProgrammeFiguresPage):
    register_builder(_model)(_simple)


@register_facet_labels("type")
def content_type_labels(values, language_code):
    with translation.override(language_code):
        return {
            value: str(CONTENT_TYPE_LABELS[value])
            for value in values
            if value in CONTENT_TYPE_LABELS
        }
