"""What the map of the industry and the region profile pages show: organisations and case studies
per partner region, links to the region pages, the filtered directory and the practices index.
Every function costs a fixed number of queries, whatever the number of organisations or pages."""

import math
from dataclasses import dataclass

from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from alliance import map_shapes
from alliance.directory import approved_profiles, directory_choices, profile_cards
from alliance.exchanges import exchanges_in_region
from alliance.i18n import in_reader_language, pick_language, reader_language
from alliance.models import DirectoryPage, RegionPage
from alliance.regions import PARTNER_REGIONS, region_q
from home.privacy import public_q
from practices.models import CaseStudyPage, PracticesIndexPage

REGION_LIST_LIMIT = 12
REGION_PRACTICES_LIMIT = 6
REGION_EXCHANGES_LIMIT = 6


@dataclass
class RegionRow:
    region: object  # PartnerRegion
    organisations: int
    case_studies: int
    page_url: str
    directory_url: str
    practices_url: str
    # map geometry
    path: str = ""
    cx: float = 0
    cy: float = 0
    r: float = 0
    label_x: float = 0
    label_y: float = 0
    label_anchor: str = "middle"

    @property
    def key(self):
        return self.region.key

    @property
    def name(self):
        return str(self.region.name)


def organisation_counts():
    """{region key: approved organisations in it}, one query."""
    aggregates = {
        f"r{i}": Count("pk", filter=region_q(region, "organisation__"))
        for i, region in enumerate(PARTNER_REGIONS)
    }
    result = approved_profiles().aggregate(**aggregates)
    return {region.key: result[f"r{i}"] or 0 for i, region in enumerate(PARTNER_REGIONS)}


def case_study_counts():
    """{region key: live, public case studies in it}, each counted once whatever the number of its
    translations; one query (privacy included: home.privacy)."""
    aggregates = {
        f"r{i}": Count("translation_key", filter=region_q(region), distinct=True)
        for i, region in enumerate(PARTNER_REGIONS)
    }
    result = CaseStudyPage.objects.live().filter(public_q()).aggregate(**aggregates)
    return {region.key: result[f"r{i}"] or 0 for i, region in enumerate(PARTNER_REGIONS)}


def region_pages(language_code=None):
    """{region key: its live region page in the reader's language, or the default language's}."""
    versions = {}
    for page in RegionPage.objects.live().filter(public_q()).select_related("locale"):
        versions.setdefault(page.region, []).append(page)
    return {key: pick_language(pages, language_code) for key, pages in versions.items()}


def practices_index(language_code=None):
    """The outermost live practices index of the reader's language (default language otherwise)."""
    from django.conf import settings

    code = language_code or reader_language()
    outermost = {}
    for page in (
        PracticesIndexPage.objects.live()
        .filter(public_q())
        .filter(locale__language_code__in=[code, settings.LANGUAGE_CODE])
        .select_related("locale")
        .order_by("depth", "path")
    ):
        outermost.setdefault(page.locale.language_code, page)
    return pick_language(list(outermost.values()), code)


def _url(page, request):
    return page.get_url(request) if page is not None else ""


def region_rows(request, language_code=None):
    """One row per partner region, with its counts and links, in the partners' order."""
    language_code = language_code or reader_language()
    orgs = organisation_counts()
    cases = case_study_counts()
    pages = region_pages(language_code)
    directory_url = _url(DirectoryPage.for_language(language_code), request)
    practices_url = _url(practices_index(language_code), request)
    rows = []
    for region in PARTNER_REGIONS:
        row = RegionRow(
            region=region,
            organisations=orgs[region.key],
            case_studies=cases[region.key],
            page_url=_url(pages.get(region.key), request),
            directory_url=f"{directory_url}?region={region.key}" if directory_url else "",
            practices_url=(
                f"{practices_url}?country={region.country}&type=case-study" if practices_url else ""
            ),
        )
        _place(row)
        rows.append(row)
    return rows


def _place(row):
    shape = map_shapes.REGION_SHAPES[row.key]
    row.path = shape["path"]
    row.cx, row.cy = map_shapes.project(*shape["marker"])
    row.r = round(7 + 2.2 * math.sqrt(row.organisations), 1)
    gap = row.r + 6
    if shape["label"] == "left":
        row.label_x, row.label_y, row.label_anchor = row.cx - gap, row.cy - 10, "end"
    elif shape["label"] == "right":
        row.label_x, row.label_y, row.label_anchor = row.cx + gap, row.cy - 10, "start"
    elif shape["label"] == "above":
        row.label_x, row.label_y, row.label_anchor = row.cx, row.cy - gap - 30, "middle"
    else:
        row.label_x, row.label_y, row.label_anchor = row.cx, row.cy + gap + 10, "middle"


def map_context(page, request):
    rows = region_rows(request)
    seas = [
        {
            "name": name,
            "x": map_shapes.project(*point)[0],
            "y": map_shapes.project(*point)[1],
            "anchor": anchor,
        }
        for name, point, anchor in map_shapes.SEA_LABELS
    ]
    return {
        "rows": rows,
        "map_width": map_shapes.WIDTH,
        "map_height": map_shapes.HEIGHT,
        "context_outlines": map_shapes.CONTEXT_OUTLINES,
        "country_outlines": list(map_shapes.COUNTRY_OUTLINES.values()),
        "seas": seas,
        "total_organisations": sum(row.organisations for row in rows),
        "total_case_studies": sum(row.case_studies for row in rows),
        "map_title": _("Map of the alliance's partner regions"),
    }


def region_context(page, request):
    """Organisations, practices and exchanges of the region a region page describes."""
    region = page.partner_region
    if region is None:
        return {}
    choices = directory_choices()
    directory = DirectoryPage.for_language()
    directory_url = _url(directory, request)
    profiles = approved_profiles().filter(region_q(region, "organisation__"))
    organisation_total = profiles.count()
    organisations = profile_cards(
        profiles.select_related("organisation", "organisation__org_type").order_by(
            "organisation__name"
        )[:REGION_LIST_LIMIT],
        choices,
        directory_url,
    )
    case_studies = in_reader_language(
        CaseStudyPage.objects.live().filter(public_q()).filter(region_q(region))
    )
    case_study_total = case_studies.count()
    practices = list(
        case_studies.select_related("locale").order_by("-publication_date", "title")[
            :REGION_PRACTICES_LIMIT
        ]
    )
    practices_page = practices_index()
    return {
        "region": region,
        "key_figures": list(page.key_figures.all()),
        "organisations": organisations,
        "organisation_total": organisation_total,
        "directory_url": f"{directory_url}?region={region.key}" if directory_url else "",
        "practices": practices,
        "practice_total": case_study_total,
        "practices_url": (
            f"{_url(practices_page, request)}?country={region.country}&type=case-study"
            if practices_page
            else ""
        ),
        "exchanges": exchanges_in_region(region, limit=REGION_EXCHANGES_LIMIT),
    }
