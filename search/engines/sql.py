"""What the SQLite and PostgreSQL engines share: scope, facet filters and facet counts in SQL.

Facet filters and counts use the ``SearchFacet`` rows (one per document and value, indexed on
facet and value): a filter is ``page_id IN (SELECT document_id ... WHERE facet = .. AND value IN
(..))``; the counts of the facets without a selected value come from one GROUP BY over the
filtered documents, and each facet with a selection gets one more GROUP BY that leaves its own
filter out. The number of queries depends on the number of selected facets (at most six), never on
the number of documents.
"""

from django.db.models import Count
from django.db.models.expressions import RawSQL

from search.models import FACETS, SearchDocument, SearchFacet
from search.text import ParsedQuery

from .base import EngineQuery, EngineResult, Hit, SearchEngine


class SQLEngine(SearchEngine):
    # Subclasses: SQL selecting the page ids of documents matching the text (one column).
    def match_sql(self, text: ParsedQuery, language: str | None) -> tuple[str, list]:
        raise NotImplementedError

    # Subclasses: ranked hits (with highlight markers) among the documents of ``scope``.
    def ranked_hits(self, query: EngineQuery, scope) -> list[Hit]:
        raise NotImplementedError

    # ------------------------------------------------------------------------------------------
    def scope(self, language: str | None):
        qs = SearchDocument.objects.all()
        if language:
            qs = qs.filter(language=language)
        return qs

    def filtered(self, qs, filters: dict[str, list[str]], skip: str | None = None):
        for facet, values in filters.items():
            if facet == skip or not values:
                continue
            qs = qs.filter(
                page_id__in=SearchFacet.objects.filter(facet=facet, value__in=values).values(
                    "document_id"
                )
            )
        return qs

    def matched(self, qs, text: ParsedQuery, language: str | None):
        if not text:
            return qs
        sql, params = self.match_sql(text, language)
        return qs.filter(page_id__in=RawSQL(sql, params))

    def search(self, query: EngineQuery) -> EngineResult:
        scope = self.scope(query.language)
        filtered = self.filtered(scope, query.filters)
        matched = self.matched(filtered, query.text, query.language)
        total = matched.count()
        hits: list[Hit] = []
        if query.limit and total > query.offset:
            if query.text:
                hits = self.ranked_hits(query, filtered)
            else:
                ids = matched.order_by("-date", "title", "page_id").values_list(
                    "page_id", flat=True
                )
                hits = [Hit(doc_id=i) for i in ids[query.offset : query.offset + query.limit]]
        facets = self.facet_counts(scope, query) if query.with_facets else {}
        return EngineResult(hits=hits, total=total, facets=facets)

    def facet_counts(self, scope, query: EngineQuery) -> dict[str, dict[str, int]]:
        counts: dict[str, dict[str, int]] = {facet: {} for facet in FACETS}
        selected = [facet for facet, values in query.filters.items() if values]
        documents = self.matched(self.filtered(scope, query.filters), query.text, query.language)
        rows = (
            SearchFacet.objects.filter(document_id__in=documents.values("page_id"))
            .exclude(facet__in=selected)
            .values_list("facet", "value")
            .annotate(n=Count("id"))
            .order_by()
        )
        for facet, value, n in rows:
            counts.setdefault(facet, {})[value] = n
        for facet in selected:
            documents = self.matched(
                self.filtered(scope, query.filters, skip=facet), query.text, query.language
            )
            rows = (
                SearchFacet.objects.filter(facet=facet, document_id__in=documents.values("page_id"))
                .values_list("value")
                .annotate(n=Count("id"))
                .order_by()
            )
            counts[facet] = {value: n for value, n in rows}
        return counts
