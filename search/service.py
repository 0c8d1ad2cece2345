"""The search service: one call from a reader's query to what the page and the API show.

``search()`` cleans and parses the query, asks the configured engine for one page of hits and the
facet counts, loads the matching documents in one query, labels facets and types in the reader's
language, adds promoted results (Wagtail search promotions) on top, suggests corrections when
nothing matched. Counting searches for the editors' reports is not done here (it would write to
the database while the reader waits): search.counting counts them in the cache, in a middleware.
"""

import datetime
import logging
import math
from dataclasses import asdict, dataclass, field

from django.conf import settings
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.search.utils import normalise_query_string

from search import rewrite
from search.engines import EngineQuery, get_engine
from search.languages import language_name
from search.models import FACETS
from search.registry import facet_labels
from search.text import (
    MARK_END,
    MARK_START,
    clean_query,
    highlight_html,
    parse_query,
    truncate_words,
    with_ellipses,
)
from search.visibility import visible_documents

logger = logging.getLogger(__name__)

FACET_LABELS = {
    "type": gettext_lazy("Type"),
    "topic": gettext_lazy("Topic"),
    "stage": gettext_lazy("Value-chain stage"),
    "org_type": gettext_lazy("Organisation type"),
    "country": gettext_lazy("Country"),
    "tag": gettext_lazy("Tag"),
}
SORTS = ("relevance", "newest")
SCOPES = ("language", "all")
FACET_VALUES_SHOWN = 12
MAX_PAGE = 1_000_000
# Fewer results than this in the reader's language: the best ones in other languages are shown
# beneath them ("Also in other languages"), without the reader switching the scope.
FEW_RESULTS = 3
OTHER_LANGUAGES_SHOWN = 5


@dataclass
class SearchResult:
    page_id: int | None
    title: str
    title_html: SafeString
    url: str
    content_type: str
    type_label: str
    language: str
    language_name: str
    snippet_html: SafeString
    date: datetime.date | None = None
    promoted: bool = False

    def as_json(self) -> dict:
        data = asdict(self)
        data["title_html"] = str(self.title_html)
        data["snippet_html"] = str(self.snippet_html)
        data["date"] = self.date.isoformat() if self.date else None
        return data


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Facet:
    name: str
    label: str
    values: list[FacetValue]


@dataclass
class ActiveFilter:
    facet: str
    facet_label: str
    value: str
    label: str


@dataclass
class SearchResults:
    query: str
    language: str
    scope: str
    sort: str
    filters: dict[str, list[str]]
    results: list[SearchResult] = field(default_factory=list)
    promoted: list[SearchResult] = field(default_factory=list)
    total: int = 0
    page: int = 1
    num_pages: int = 0
    page_size: int = 10
    facets: list[Facet] = field(default_factory=list)
    active_filters: list[ActiveFilter] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)
    # Spelling: the query actually searched when words were corrected ("" when none were), and
    # whether corrections were allowed (the reader can search the original with spell=off).
    corrected_query: str = ""
    spell: bool = True
    # Best results in other languages when the reader's language has few (scope "language").
    other_languages: list[SearchResult] = field(default_factory=list)
    other_languages_total: int | None = None
    notices: list[str] = field(default_factory=list)
    searched: bool = False  # False: no words were given (the results list everything, newest first)
    engine: str = ""

    @property
    def has_previous(self) -> bool:
        return self.page > 1

    @property
    def has_next(self) -> bool:
        return self.page < self.num_pages

    @property
    def start_index(self) -> int:
        return (self.page - 1) * self.page_size + 1 if self.total else 0

    @property
    def end_index(self) -> int:
        return min(self.page * self.page_size, self.total)

    def facets_dict(self) -> dict[str, list[dict]]:
        return {facet.name: [asdict(v) for v in facet.values] for facet in self.facets}


def normalise_filters(filters: dict | None) -> dict[str, list[str]]:
    """Known facets only, values de-duplicated (country codes upper case), in a stable order."""
    out: dict[str, list[str]] = {}
    for facet in FACETS:
        values = (filters or {}).get(facet) or []
        if isinstance(values, str):
            values = [values]
        cleaned = []
        for value in values:
            value = str(value).strip()
            value = value.upper() if facet == "country" else value
            if value and value not in cleaned:
                cleaned.append(value)
        if cleaned:
            out[facet] = cleaned
    return out


def search(
    query: str = "",
    language: str | None = None,
    filters: dict | None = None,
    page: int = 1,
    scope: str = "language",
    sort: str = "relevance",
    page_size: int | None = None,
    record: bool = False,  # a reader's search (the form passes True); counted by search.counting
    spell: bool = True,
) -> SearchResults:
    language = language or settings.LANGUAGE_CODE
    scope = scope if scope in SCOPES else "language"
    sort = sort if sort in SORTS else "relevance"
    page_size = page_size or settings.SEARCH_RESULTS_PER_PAGE
    page = min(max(int(page or 1), 1), MAX_PAGE)
    filters = normalise_filters(filters)
    text, truncated = clean_query(query)
    parsed = parse_query(text)
    engine = get_engine()
    results = SearchResults(
        query=text,
        language=language,
        scope=scope,
        sort=sort,
        filters=filters,
        page=page,
        page_size=page_size,
        engine=engine.name,
        searched=bool(parsed),
        spell=spell,
    )
    if truncated:
        results.notices.append(
            _("Your search was shortened to its first %(count)s characters.") % {"count": len(text)}
        )
    if text and not parsed:
        results.notices.append(
            _("Your search has no words or numbers to look for. Try some words, such as “repair”.")
        )
        _label_facets(results, {}, language)
        return results

    search_language = language if scope == "language" else None
    prepared = rewrite.prepare(parsed, language, search_language, spell=spell) if parsed else None
    searched = prepared.parsed if prepared else parsed
    engine_query = EngineQuery(
        text=searched,
        language=search_language,
        filters=filters,
        sort=sort if parsed else "newest",
        offset=(page - 1) * page_size,
        limit=page_size,
    )
    found = engine.search(engine_query)
    if prepared and prepared.corrected is not None:
        if found.total:
            results.corrected_query = prepared.corrected.display()
        else:
            # The correction found nothing either: search what the reader typed.
            searched = engine_query.text = prepared.uncorrected
            found = engine.search(engine_query)
    if not found.hits and found.total and page > 1:
        last = max(1, math.ceil(found.total / page_size))
        results.notices.append(
            _("There is no page %(page)s of these results; this is the last page, %(last)s.")
            % {"page": page, "last": last}
        )
        results.page = page = last
        engine_query.offset = (last - 1) * page_size
        found = engine.search(engine_query)
    loaded = _load(found.hits, language)
    # Hits dropped at query time (pages no longer live and public) are not counted either.
    found.total = max(found.total - (len(found.hits) - len(loaded)), 0)
    results.total = found.total
    results.num_pages = math.ceil(found.total / page_size) if found.total else 0

    if parsed and page == 1:
        results.promoted = _promotions(text, language, search_language, filters)
    promoted_ids = {r.page_id for r in results.promoted if r.page_id}
    results.results = [r for r in loaded if r.page_id not in promoted_ids]
    _label_facets(results, found.facets, language)

    if parsed and not spell and page == 1:
        # Corrections switched off: offer them as "did you mean" links.
        offered = rewrite.prepare(parsed, language, search_language, spell=True)
        if offered.corrected is not None and engine.count(offered.parsed, search_language, filters):
            results.suggestions.append(offered.corrected.display())
    if parsed and scope == "language" and page == 1 and found.total < FEW_RESULTS:
        _other_languages(results, engine, searched, language, filters)
    return results


def _other_languages(results, engine, searched, language, filters) -> None:
    """The best results of the same query in the other languages, beneath the few (or none) in
    the reader's language; ``other_languages_total`` counts all of them."""
    other = engine.search(
        EngineQuery(
            text=searched,
            language=None,
            filters=filters,
            limit=OTHER_LANGUAGES_SHOWN + results.total,
            with_facets=False,
        )
    )
    results.other_languages_total = max(other.total - results.total, 0)
    hits = [hit for hit in other.hits if hit.doc_id not in {r.page_id for r in results.results}]
    loaded = [r for r in _load(hits, language) if r.language != language]
    results.other_languages = loaded[:OTHER_LANGUAGES_SHOWN]


def _load(hits, language: str) -> list[SearchResult]:
    """The hits' documents in one query, in the engine's order. A hit whose document is gone, or
    whose page is no longer live, public and reachable, is dropped (search.visibility): a page
    unpublished or made private never shows, even before its removal reaches the engine."""
    if not hits:
        return []
    docs = visible_documents().in_bulk([hit.doc_id for hit in hits])
    type_labels = facet_labels("type", sorted({d.content_type for d in docs.values()}), language)
    results = []
    for hit in hits:
        doc = docs.get(hit.doc_id)
        if doc is None:
            continue
        results.append(_result(doc, type_labels, hit.title, hit.snippet))
    return results


def _result(doc, type_labels, title=None, snippet=None, promoted=False, description=""):
    if snippet:
        snippet_html = highlight_html(_with_ellipses(snippet, doc))
    else:
        snippet_html = escape(truncate_words(description or doc.summary or doc.body, 240))
    return SearchResult(
        page_id=doc.page_id,
        title=doc.title,
        title_html=highlight_html(title) if title else escape(doc.title),
        url=doc.url,
        content_type=doc.content_type,
        type_label=type_labels.get(doc.content_type, doc.content_type),
        language=doc.language,
        language_name=language_name(doc.language),
        snippet_html=mark_safe(snippet_html),  # noqa: S308 - escaped or highlight_html above
        date=doc.date,
        promoted=promoted,
    )


def _with_ellipses(snippet: str, doc) -> str:
    """ "…" where the engine's passage starts or ends inside the summary or body it came from."""
    plain = snippet.replace(MARK_START, "").replace(MARK_END, "").strip(" …")
    head = plain.split(" … ")[0][:40]
    source = doc.summary if head and head in (doc.summary or "") else doc.body
    return with_ellipses(snippet, source)


def _matches_filters(doc, filters) -> bool:
    values = doc.facet_values()
    return all(set(values.get(facet, [])) & set(selected) for facet, selected in filters.items())


def _promotions(text, language, search_language, filters) -> list[SearchResult]:
    """Editors' picks for this query, in their order: internal pages through their document in
    the searched language (so drafts, private pages and missing translations never show), and
    external links when no filter is active."""
    picks = list(
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(text))
        .select_related("page")
        .order_by("sort_order", "id")
    )
    if not picks:
        return []
    keys = {pick.page.translation_key for pick in picks if pick.page_id}
    docs = visible_documents().filter(translation_key__in=keys)
    by_key: dict = {}
    for doc in docs:
        by_key.setdefault(doc.translation_key, {})[doc.language] = doc
    type_labels = facet_labels("type", sorted({d.content_type for d in docs}), language)
    results = []
    for pick in picks:
        if pick.page_id:
            versions = by_key.get(pick.page.translation_key, {})
            doc = versions.get(language)
            if doc is None and search_language is None:
                doc = next((d for d in versions.values() if d.page_id == pick.page_id), None)
            if doc is None or not _matches_filters(doc, filters):
                continue
            results.append(_result(doc, type_labels, promoted=True, description=pick.description))
        elif pick.external_link_url and not filters:
            title = pick.external_link_text or pick.external_link_url
            results.append(
                SearchResult(
                    page_id=None,
                    title=title,
                    title_html=escape(title),
                    url=pick.external_link_url,
                    content_type="link",
                    type_label=_("External link"),
                    language=language,
                    language_name=language_name(language),
                    snippet_html=escape(pick.description),
                    promoted=True,
                )
            )
    return results


def _label_facets(results: SearchResults, counts: dict[str, dict[str, int]], language: str):
    for facet in FACETS:
        values = dict(counts.get(facet, {}))
        selected = results.filters.get(facet, [])
        for value in selected:
            values.setdefault(value, 0)
        labels = facet_labels(facet, list(values), language) if values else {}
        items = [
            FacetValue(value=v, label=labels.get(v, v), count=n, selected=v in selected)
            for v, n in values.items()
        ]
        items.sort(key=lambda item: (-item.count, item.label.casefold()))
        shown = items[:FACET_VALUES_SHOWN]
        shown += [item for item in items[FACET_VALUES_SHOWN:] if item.selected]
        if shown:
            results.facets.append(Facet(facet, str(FACET_LABELS[facet]), shown))
        for value in selected:
            results.active_filters.append(
                ActiveFilter(facet, str(FACET_LABELS[facet]), value, labels.get(value, value))
            )


def suggest(prefix: str, language: str, limit: int = 8) -> list[dict]:
    """As-you-type suggestions: titles of documents in ``language`` starting like ``prefix``."""
    text, _truncated = clean_query(prefix)
    if len(text) < 2:
        return []
    ids = get_engine().autocomplete(text, language, limit=limit)
    docs = visible_documents().in_bulk(ids)
    type_labels = facet_labels("type", sorted({d.content_type for d in docs.values()}), language)
    return [
        {
            "title": docs[i].title,
            "url": docs[i].url,
            "type": docs[i].content_type,
            "type_label": type_labels.get(docs[i].content_type, docs[i].content_type),
            "language": docs[i].language,
        }
        for i in ids
        if i in docs
    ]
