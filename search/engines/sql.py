"""What the SQLite and PostgreSQL engines share: one SQL shape for results, totals and facets.

An engine supplies the common table expression ``m`` — the documents in scope that match the
words (``page_id``, ``score``: higher is better) — evaluated once per statement (MATERIALIZED).
Facet filters are flags computed per matched document (``EXISTS`` on ``SearchFacet``, indexed on
document, facet and value). Then:

1. results: the matched documents passing every filter, ranked, one page of them, with the total
   as a window count — one statement;
2. facets: every facet row of the matched documents, counted by facet and value; a row of facet
   F counts when its document passes every filter except F's own (so a facet's counts tell what
   choosing another of its values would add) — one statement;
3. highlights for the page of hits (engine-specific) — one statement.

Three statements whatever the number of documents, filters or facets.
"""

from abc import abstractmethod

from django.db import connection

from search.models import FACETS
from search.text import ParsedQuery

from .base import EngineQuery, EngineResult, Hit, SearchEngine

DOC_TABLE = "search_searchdocument"
FACET_TABLE = "search_searchfacet"


class SQLEngine(SearchEngine):
    # Subclasses --------------------------------------------------------------------------------
    @abstractmethod
    def match_ctes(self, text: ParsedQuery, language: str | None, with_score: bool):
        """SQL of one or more CTEs (without WITH) ending with ``m(page_id, score)``, and params."""

    def highlight(self, query: EngineQuery, hits: list[Hit]) -> list[Hit]:
        """The hits with their highlighted title and snippet."""
        return hits

    # Shared ------------------------------------------------------------------------------------
    def _ctes(self, query: EngineQuery, with_score: bool):
        if query.text:
            return self.match_ctes(query.text, query.language, with_score)
        where, params = ("WHERE language = %s", [query.language]) if query.language else ("", [])
        return f"m AS MATERIALIZED (SELECT page_id, 0.0 AS score FROM {DOC_TABLE} {where})", params

    @staticmethod
    def _flags(filters: dict[str, list[str]]):
        """Columns telling, per matched document, whether it passes each selected facet."""
        columns, params, selected = [], [], []
        for facet in FACETS:
            values = filters.get(facet)
            if not values:
                continue
            placeholders = ", ".join(["%s"] * len(values))
            columns.append(
                f"EXISTS (SELECT 1 FROM {FACET_TABLE} x WHERE x.document_id = m.page_id "
                f"AND x.facet = %s AND x.value IN ({placeholders})) AS ok_{facet}"
            )
            params += [facet, *values]
            selected.append(facet)
        return columns, params, selected

    def _order(self, query: EngineQuery) -> str:
        if not query.text:
            return "d.date DESC NULLS LAST, d.title, ok.page_id"
        if query.sort == "newest":
            return "d.date DESC NULLS LAST, ok.score DESC, ok.page_id"
        return "ok.score DESC, ok.page_id"

    def search(self, query: EngineQuery) -> EngineResult:
        flag_columns, flag_params, selected = self._flags(query.filters)
        passes = " AND ".join(f"ok.ok_{facet}" for facet in selected) or "1 = 1"
        extra = "".join(f", {column}" for column in flag_columns)
        with connection.cursor() as cursor:
            ctes, cte_params = self._ctes(query, with_score=True)
            hits, total = [], None
            if query.limit:
                cursor.execute(
                    f"""WITH {ctes},
                    ok AS MATERIALIZED (SELECT m.page_id, m.score{extra} FROM m)
                    SELECT ok.page_id, ok.score, count(*) OVER () AS total
                    FROM ok JOIN {DOC_TABLE} d ON d.page_id = ok.page_id
                    WHERE {passes}
                    ORDER BY {self._order(query)}
                    LIMIT %s OFFSET %s""",
                    [*cte_params, *flag_params, query.limit, query.offset],
                )
                rows = cursor.fetchall()
                hits = [Hit(doc_id=row[0], score=float(row[1] or 0)) for row in rows]
                total = rows[0][2] if rows else (0 if query.offset == 0 else None)
            if total is None:
                ctes, cte_params = self._ctes(query, with_score=False)
                cursor.execute(
                    f"""WITH {ctes},
                    ok AS MATERIALIZED (SELECT m.page_id{extra} FROM m)
                    SELECT count(*) FROM ok WHERE {passes}""",
                    [*cte_params, *flag_params],
                )
                total = cursor.fetchone()[0]
            facets: dict[str, dict[str, int]] = {}
            if query.with_facets:
                facets = {facet: {} for facet in FACETS}
                counted = " AND ".join(
                    f"(f.facet = '{facet}' OR ok.ok_{facet})" for facet in selected
                )
                ctes, cte_params = self._ctes(query, with_score=False)
                cursor.execute(
                    f"""WITH {ctes},
                    ok AS MATERIALIZED (SELECT m.page_id{extra} FROM m)
                    SELECT f.facet, f.value, count(*)
                    FROM ok JOIN {FACET_TABLE} f ON f.document_id = ok.page_id
                    WHERE {counted or "1 = 1"}
                    GROUP BY f.facet, f.value""",
                    [*cte_params, *flag_params],
                )
                for facet, value, n in cursor.fetchall():
                    facets.setdefault(facet, {})[value] = n
        if hits and query.text:
            hits = self.highlight(query, hits)
        return EngineResult(hits=hits, total=total, facets=facets)
