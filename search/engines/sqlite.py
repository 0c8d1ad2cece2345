"""SQLite engine: an FTS5 index over ``SearchDocument`` (external content, kept in step by
triggers), ranked with bm25 and column weights title > keywords > summary > body > labels.

Any word may match: the FTS query is the OR of the query's clauses, and the score puts the pages
matching every clause first, then orders by the share of the clauses' weights (their rarity) a page
matches, then by bm25. FTS5 has no stemmer for most of our languages, so each query word also
matches the words that start like its stem in the searched language (``recicladas`` finds
``reciclaje`` via ``recicl*``; Bulgarian ``отпадъците`` finds ``отпадъци`` via ``отпад*``);
``remove_diacritics 2`` folds accents at index and query time. Highlights mark the words as
written. Every word reaches FTS5 as a double-quoted string, so nothing a reader types is read as
FTS5 syntax.
"""

from django.db import connection

from search.languages import MIN_PREFIX, language_codes, stem_prefix
from search.text import MARK_END, MARK_START, WORD_RE, ParsedQuery, Term

from .sql import SQLEngine

FTS_TABLE = "search_fts"
VOCAB_TABLE = "search_fts_vocab"
DOC_TABLE = "search_searchdocument"
COLUMNS = ("title", "keywords", "summary", "body", "labels")
WEIGHTS = (10.0, 5.0, 3.0, 1.0, 0.5)  # bm25 weights, in the order of COLUMNS

_cols = ", ".join(COLUMNS)
_new = ", ".join(f"new.{c}" for c in COLUMNS)
_old = ", ".join(f"old.{c}" for c in COLUMNS)

SCHEMA = [
    f"""CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5(
        {_cols}, content='{DOC_TABLE}', content_rowid='page_id',
        tokenize='unicode61 remove_diacritics 2')""",
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {VOCAB_TABLE} USING fts5vocab({FTS_TABLE}, row)",
    f"""CREATE TRIGGER IF NOT EXISTS search_fts_ai AFTER INSERT ON {DOC_TABLE} BEGIN
        INSERT INTO {FTS_TABLE}(rowid, {_cols}) VALUES (new.page_id, {_new});
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS search_fts_ad AFTER DELETE ON {DOC_TABLE} BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {_cols}) VALUES ('delete', old.page_id, {_old});
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS search_fts_au AFTER UPDATE ON {DOC_TABLE} BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {_cols}) VALUES ('delete', old.page_id, {_old});
        INSERT INTO {FTS_TABLE}(rowid, {_cols}) VALUES (new.page_id, {_new});
    END""",
]
DROP_SCHEMA = [
    "DROP TRIGGER IF EXISTS search_fts_au",
    "DROP TRIGGER IF EXISTS search_fts_ad",
    "DROP TRIGGER IF EXISTS search_fts_ai",
    f"DROP TABLE IF EXISTS {VOCAB_TABLE}",
    f"DROP TABLE IF EXISTS {FTS_TABLE}",
]
TRIGGERS = ("search_fts_ai", "search_fts_ad", "search_fts_au")


def create_schema(conn, rebuild=False):
    """Create the FTS5 table, its vocabulary view and the triggers (idempotent). Django rebuilds
    a SQLite table when a migration alters it, which drops its triggers: the rebuild command
    calls this again, and ``check_search_index`` reports missing triggers."""
    with conn.cursor() as cursor:
        for statement in SCHEMA:
            cursor.execute(statement)
        if rebuild:
            cursor.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")


def drop_schema(conn):
    with conn.cursor() as cursor:
        for statement in DROP_SCHEMA:
            cursor.execute(statement)


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


# How a matched page's score is made (the same on SQLite and PostgreSQL): every clause matched
# puts it above all pages that miss one; below that, the share of the clauses' weights it matches
# and its rank (bm25 / ts_rank_cd, relative to the best page of the query) count alike.
ALL_CLAUSES = 20.0
COVERAGE = 5.0
RANK = 5.0


def score_sql(rank: str, coverage: str | None) -> str:
    """The score of a matched page from its engine rank (>= 0) and the share of the query's
    clause weights it matches (0..1, None for a one-clause query)."""
    relative = f"(({rank}) / (max({rank}) OVER () + 1e-9))"
    if coverage is None:
        return f"({ALL_CLAUSES + COVERAGE} + {RANK} * {relative})"
    return (
        f"((CASE WHEN {coverage} >= 0.999999 THEN {ALL_CLAUSES} ELSE 0.0 END) "
        f"+ {COVERAGE} * {coverage} + {RANK} * {relative})"
    )


class SQLiteEngine(SQLEngine):
    name = "sqlite"
    label = "SQLite FTS5"

    @classmethod
    def unavailable_reason(cls):
        if connection.vendor != "sqlite":
            return f"the database is {connection.vendor}, not SQLite"
        return None

    # Indexing: the triggers keep the FTS index in step with SearchDocument -----------------
    def ensure_schema(self):
        create_schema(connection)

    def rebuild(self, documents, total, progress=None):
        create_schema(connection, rebuild=True)

    def check(self):
        problems = []
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name IN (%s, %s, %s)",
                list(TRIGGERS),
            )
            present = {row[0] for row in cursor.fetchall()}
            missing = [name for name in TRIGGERS if name not in present]
            if missing:
                problems.append(
                    f"SQLite triggers missing: {', '.join(missing)} (run rebuild_search_index)"
                )
            try:
                cursor.execute(
                    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES ('integrity-check', 1)"
                )
            except Exception as exc:  # noqa: BLE001 - reported, not raised
                problems.append(f"SQLite FTS5 index differs from the documents: {exc}")
        return problems

    # Query compilation ------------------------------------------------------------------------
    def _languages(self, language):
        return [language] if language else language_codes()

    def _term(self, term: Term, languages) -> str:
        if term.is_phrase:
            return _quote(" ".join(term.words))
        word = term.words[0]
        alternatives = set()
        for code in languages:
            # Short prefixes would match too much ("rep*"): from four letters on only.
            prefix = stem_prefix(word, code)
            if len(prefix) >= MIN_PREFIX:
                alternatives.add(prefix)
        if not any(word.startswith(prefix) for prefix in alternatives):
            exact = _quote(word)
        else:
            exact = None
        parts = sorted(_quote(prefix) + "*" for prefix in alternatives)
        if exact:
            parts.append(exact)
        if len(parts) == 1:
            return parts[0]
        return "(" + " OR ".join(parts) + ")"

    def clause_queries(self, text: ParsedQuery, language: str | None) -> list[str]:
        languages = self._languages(language)
        return [
            "(" + " OR ".join(self._term(term, languages) for term in clause) + ")"
            for clause in text.clauses
        ]

    def fts_query(self, text: ParsedQuery, language: str | None) -> str:
        """Any clause may match; excluded terms must not."""
        expression = " OR ".join(self.clause_queries(text, language))
        if text.excluded:
            excluded = " OR ".join(_quote(" ".join(term.words)) for term in text.excluded)
            expression = f"({expression}) NOT ({excluded})"
        return expression

    def match_ctes(self, text, language, with_score):
        where, params = ("WHERE d.language = %s", [language]) if language else ("", [])
        fts_query = self.fts_query(text, language)
        if not with_score:
            return (
                f"""fts AS MATERIALIZED (
                    SELECT rowid AS page_id FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s
                ),
                m AS MATERIALIZED (
                    SELECT fts.page_id, 0.0 AS score FROM fts
                    JOIN {DOC_TABLE} d ON d.page_id = fts.page_id {where}
                )""",
                [fts_query, *params],
            )
        weights = ", ".join(str(w) for w in WEIGHTS)
        clauses = self.clause_queries(text, language)
        clause_weights = text.clause_weights()
        total = sum(clause_weights) or 1.0
        coverage_cte, coverage, coverage_params = "", None, []
        if len(clauses) > 1:
            # Which clauses each page matches: one FTS lookup per clause (a query has at most
            # MAX_QUERY_TERMS words), summed with the clauses' weights.
            parts = " UNION ALL ".join(
                f"SELECT rowid AS page_id, %s AS w FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s"
                for _clause in clauses
            )
            for clause, weight in zip(clauses, clause_weights, strict=True):
                coverage_params += [weight / total, clause]
            coverage_cte = f""",
            cov AS MATERIALIZED (
                SELECT page_id, sum(w) AS w FROM ({parts}) GROUP BY page_id
            )"""
            coverage = "coalesce(cov.w, 0.0)"
        join = "LEFT JOIN cov ON cov.page_id = fts.page_id" if coverage else ""
        # The FTS match runs once and alone (MATERIALIZED): joined or filtered by rowid, FTS5
        # would re-run it for every candidate row.
        return (
            f"""fts AS MATERIALIZED (
                SELECT rowid AS page_id, -bm25({FTS_TABLE}, {weights}) AS r FROM {FTS_TABLE}
                WHERE {FTS_TABLE} MATCH %s
            ){coverage_cte},
            m AS MATERIALIZED (
                SELECT fts.page_id, {score_sql("fts.r", coverage)} AS score FROM fts
                JOIN {DOC_TABLE} d ON d.page_id = fts.page_id {join} {where}
            )""",
            [fts_query, *coverage_params, *params],
        )

    def highlight(self, query, hits):
        """Highlight only the page of hits: snippets are the expensive part of FTS5."""
        marks = [MARK_START, MARK_END]
        placeholders = ", ".join(["%s"] * len(hits))
        with connection.cursor() as cursor:
            cursor.execute(
                f"""SELECT rowid, highlight({FTS_TABLE}, 0, %s, %s),
                    snippet({FTS_TABLE}, 2, %s, %s, '…', 30),
                    snippet({FTS_TABLE}, 3, %s, %s, '…', 30)
                FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s AND rowid IN ({placeholders})""",
                [*marks, *marks, *marks, self.fts_query(query.text, query.language)]
                + [hit.doc_id for hit in hits],
            )
            marked = {row[0]: row[1:] for row in cursor.fetchall()}
        for hit in hits:
            title, summary, body = marked.get(hit.doc_id, (None, None, None))
            snippet = summary if MARK_START in (summary or "") else body
            hit.title = title if MARK_START in (title or "") else None
            hit.snippet = snippet if MARK_START in (snippet or "") else None
        return hits

    def autocomplete(self, prefix, language, limit=8):
        words = WORD_RE.findall(prefix.lower())[:8]
        if not words:
            return []
        expression = "{title} : (" + " AND ".join(_quote(w) + "*" for w in words) + ")"
        where, params = ("WHERE d.language = %s", [language]) if language else ("", [])
        weights = ", ".join(str(w) for w in WEIGHTS)
        with connection.cursor() as cursor:
            cursor.execute(
                f"""WITH fts AS MATERIALIZED (
                    SELECT rowid AS page_id, bm25({FTS_TABLE}, {weights}) AS score
                    FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s
                )
                SELECT fts.page_id FROM fts JOIN {DOC_TABLE} d ON d.page_id = fts.page_id
                {where} ORDER BY fts.score, fts.page_id LIMIT %s""",
                [expression, *params, limit],
            )
            return [row[0] for row in cursor.fetchall()]
