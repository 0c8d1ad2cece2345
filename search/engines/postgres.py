"""PostgreSQL engine: a weighted tsvector per document (title A, keywords and summary B, body C)
built with the text-search configuration of the document's language by a trigger, a GIN index,
``websearch_to_tsquery`` for the reader's query, ``ts_rank_cd`` for ranking and ``ts_headline``
for highlights. With the ``pg_trgm`` extension, typos are forgiven in suggestions and "did you
mean" (trigram similarity on titles and keywords).
"""

from django.db import connection

from search.languages import PG_CONFIGS
from search.text import MARK_END, MARK_START, WORD_RE, ParsedQuery

from .sql import SQLEngine

DOC_TABLE = "search_searchdocument"
RANK_WEIGHTS = "{0.1, 0.2, 0.4, 1.0}"  # D, C, B, A

TRIGGER_FUNCTION = """
CREATE OR REPLACE FUNCTION search_document_vector() RETURNS trigger AS $$
DECLARE
    cfg regconfig;
BEGIN
    SELECT oid::regconfig INTO cfg FROM pg_catalog.pg_ts_config WHERE cfgname = NEW.search_config;
    IF cfg IS NULL THEN
        cfg := 'simple'::regconfig;
        NEW.search_config := 'simple';
    END IF;
    NEW.search_vector :=
        setweight(to_tsvector(cfg, coalesce(NEW.title, '')), 'A') ||
        setweight(to_tsvector(cfg, coalesce(NEW.keywords, '')), 'B') ||
        setweight(to_tsvector(cfg, coalesce(NEW.summary, '')), 'B') ||
        setweight(to_tsvector(cfg, coalesce(NEW.body, '')), 'C');
    RETURN NEW;
END
$$ LANGUAGE plpgsql
"""

SCHEMA = [
    f"ALTER TABLE {DOC_TABLE} ADD COLUMN IF NOT EXISTS search_vector tsvector",
    TRIGGER_FUNCTION,
    f"DROP TRIGGER IF EXISTS search_document_vector ON {DOC_TABLE}",
    f"""CREATE TRIGGER search_document_vector BEFORE INSERT OR UPDATE ON {DOC_TABLE}
        FOR EACH ROW EXECUTE FUNCTION search_document_vector()""",
    f"CREATE INDEX IF NOT EXISTS search_doc_vector ON {DOC_TABLE} USING gin (search_vector)",
]
TRIGRAM_SCHEMA = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    f"CREATE INDEX IF NOT EXISTS search_doc_title_trgm ON {DOC_TABLE} USING gin (title gin_trgm_ops)",
]
DROP_SCHEMA = [
    f"DROP TRIGGER IF EXISTS search_document_vector ON {DOC_TABLE}",
    "DROP FUNCTION IF EXISTS search_document_vector()",
    "DROP INDEX IF EXISTS search_doc_title_trgm",
    "DROP INDEX IF EXISTS search_doc_vector",
    f"ALTER TABLE {DOC_TABLE} DROP COLUMN IF EXISTS search_vector",
]


def create_schema(conn, rebuild=False):
    """Add the vector column, its trigger and GIN index, and pg_trgm when the server has it
    (idempotent). ``rebuild`` recomputes every vector (after a configuration became available)."""
    with conn.cursor() as cursor:
        # DDL only when something is missing: ALTER TABLE fails inside a transaction that has
        # pending trigger events (e.g. right after documents were written).
        if not _schema_complete(cursor):
            for statement in SCHEMA:
                cursor.execute(statement)
        cursor.execute(
            "SELECT 1 FROM pg_available_extensions a WHERE name = 'pg_trgm' AND NOT EXISTS "
            "(SELECT 1 FROM pg_indexes WHERE indexname = 'search_doc_title_trgm')"
        )
        if cursor.fetchone():
            try:
                with conn.cursor() as inner, _savepoint(conn):
                    for statement in TRIGRAM_SCHEMA:
                        inner.execute(statement)
            except Exception:  # noqa: BLE001 - no right to create it: search works without
                pass
        if rebuild:
            cursor.execute(f"UPDATE {DOC_TABLE} SET search_config = search_config")


def _schema_complete(cursor) -> bool:
    cursor.execute(
        "SELECT count(*) FROM information_schema.columns WHERE table_name = %s "
        "AND column_name = 'search_vector'",
        [DOC_TABLE],
    )
    has_column = cursor.fetchone()[0] > 0
    cursor.execute(
        "SELECT count(*) FROM pg_trigger WHERE tgname = 'search_document_vector' AND NOT tgisinternal"
    )
    has_trigger = cursor.fetchone()[0] > 0
    cursor.execute("SELECT count(*) FROM pg_indexes WHERE indexname = 'search_doc_vector'")
    return has_column and has_trigger and cursor.fetchone()[0] > 0


def drop_schema(conn):
    with conn.cursor() as cursor:
        for statement in DROP_SCHEMA:
            cursor.execute(statement)


def _savepoint(conn):
    from django.db import transaction

    return transaction.atomic(using=conn.alias, savepoint=True)


class PostgresEngine(SQLEngine):
    name = "postgres"
    label = "PostgreSQL full-text search"

    def __init__(self):
        self._configs: dict[str, str] | None = None
        self._trigram: bool | None = None

    @classmethod
    def unavailable_reason(cls):
        if connection.vendor != "postgresql":
            return f"the database is {connection.vendor}, not PostgreSQL"
        return None

    # Server capabilities (read once per process) ----------------------------------------------
    def configs(self) -> dict[str, str]:
        """Language -> text-search configuration the server has ('simple' where it has none)."""
        if self._configs is None:
            with connection.cursor() as cursor:
                cursor.execute("SELECT cfgname FROM pg_catalog.pg_ts_config")
                available = {row[0] for row in cursor.fetchall()}
            self._configs = {
                code: (name if name in available else "simple") for code, name in PG_CONFIGS.items()
            }
        return self._configs

    def config(self, language: str) -> str:
        return self.configs().get(language, "simple")

    def has_trigram(self) -> bool:
        if self._trigram is None:
            with connection.cursor() as cursor:
                cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")
                self._trigram = cursor.fetchone() is not None
        return self._trigram

    # Indexing: the trigger computes the vector on every insert and update ----------------------
    def ensure_schema(self):
        create_schema(connection)

    def rebuild(self, documents, total, progress=None):
        self._configs = None
        self._trigram = None
        create_schema(connection, rebuild=True)

    def check(self):
        problems = []
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT 1 FROM pg_trigger WHERE tgname = 'search_document_vector' AND NOT tgisinternal"
            )
            if cursor.fetchone() is None:
                problems.append("PostgreSQL trigger search_document_vector is missing")
            cursor.execute(f"SELECT count(*) FROM {DOC_TABLE} WHERE search_vector IS NULL")
            missing = cursor.fetchone()[0]
            if missing:
                problems.append(f"{missing} documents have no text-search vector")
        return problems

    # Query compilation ------------------------------------------------------------------------
    def match_condition(
        self, text: ParsedQuery, language: str | None, alias="d"
    ) -> tuple[str, list]:
        """A WHERE condition using the GIN index: with one language, one tsquery; with all, one
        tsquery per configuration, each applied to that configuration's documents."""
        query = text.websearch()
        if language:
            return (
                f"{alias}.search_vector @@ websearch_to_tsquery(%s::regconfig, %s)",
                [self.config(language), query],
            )
        parts, params = [], []
        for config in sorted(set(self.configs().values())):
            parts.append(
                f"({alias}.search_config = %s AND "
                f"{alias}.search_vector @@ websearch_to_tsquery(%s::regconfig, %s))"
            )
            params += [config, config, query]
        return "(" + " OR ".join(parts) + ")", params

    def match_ctes(self, text, language, with_score):
        condition, params = self.match_condition(text, language)
        if with_score:
            # ts_rank_cd with the weights title A > keywords, summary B > body C; normalised by
            # the document length (1 + log(length)) so that long pages do not win by size alone.
            if language:
                score = "ts_rank_cd(%s::real[], d.search_vector, websearch_to_tsquery(%s::regconfig, %s), 1)"
                score_params = [RANK_WEIGHTS, self.config(language), text.websearch()]
            else:
                score = (
                    "ts_rank_cd(%s::real[], d.search_vector, "
                    "websearch_to_tsquery(d.search_config::regconfig, %s), 1)"
                )
                score_params = [RANK_WEIGHTS, text.websearch()]
        else:
            score, score_params = "0.0", []
        where, language_params = ("d.language = %s AND ", [language]) if language else ("", [])
        return (
            f"""m AS MATERIALIZED (
                SELECT d.page_id, {score} AS score FROM {DOC_TABLE} d
                WHERE {where}{condition}
            )""",
            [*score_params, *language_params, *params],
        )

    def highlight(self, query, hits):
        marks = f'StartSel="{MARK_START}", StopSel="{MARK_END}"'
        with connection.cursor() as cursor:
            cursor.execute(
                f"""SELECT d.page_id,
                    ts_headline(d.search_config::regconfig, d.title, q.query, %s),
                    ts_headline(d.search_config::regconfig, left(d.summary, 5000), q.query, %s),
                    ts_headline(d.search_config::regconfig, left(d.body, 20000), q.query, %s)
                FROM {DOC_TABLE} d
                CROSS JOIN LATERAL (
                    SELECT websearch_to_tsquery(d.search_config::regconfig, %s) AS query
                ) q
                WHERE d.page_id = ANY(%s)""",
                [
                    f"HighlightAll=true, {marks}",
                    f"MaxWords=35, MinWords=15, MaxFragments=1, {marks}",
                    f'MaxWords=18, MinWords=8, MaxFragments=2, FragmentDelimiter=" … ", {marks}',
                    query.text.websearch(),
                    [hit.doc_id for hit in hits],
                ],
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
        tsquery = " & ".join(f"'{word}':*A" for word in words)  # letters and digits only
        config = self.config(language) if language else "simple"
        language_sql, language_params = (
            ("d.language = %s AND ", [language]) if language else ("", [])
        )
        with connection.cursor() as cursor:
            cursor.execute(
                f"""SELECT d.page_id FROM {DOC_TABLE} d
                WHERE {language_sql}d.search_vector @@ to_tsquery(%s::regconfig, %s)
                ORDER BY ts_rank_cd(%s::real[], d.search_vector, to_tsquery(%s::regconfig, %s)) DESC,
                    d.page_id
                LIMIT %s""",
                [*language_params, config, tsquery, RANK_WEIGHTS, config, tsquery, limit],
            )
            ids = [row[0] for row in cursor.fetchall()]
            if len(ids) < limit and self.has_trigram():
                # Typo tolerance: titles with a word similar to what was typed.
                typed = " ".join(words)
                cursor.execute(
                    f"""SELECT d.page_id FROM {DOC_TABLE} d
                    WHERE {language_sql}%s <%% d.title
                    ORDER BY word_similarity(%s, d.title) DESC, d.page_id LIMIT %s""",
                    [*language_params, typed, typed, limit],
                )
                ids += [row[0] for row in cursor.fetchall() if row[0] not in ids]
        return ids[:limit]

    def did_you_mean(self, text, language):
        """Replace each word that no title or keyword contains by the most similar word of the
        titles and keywords (pg_trgm similarity); nothing without pg_trgm."""
        if not self.has_trigram():
            return []
        language_sql, language_params = (
            ("WHERE language = %s", [language]) if language else ("", [])
        )
        replacements = {}
        with connection.cursor() as cursor:
            for word in dict.fromkeys(text.words):
                if len(word) < 3:
                    continue
                cursor.execute(
                    f"""WITH words AS (
                        SELECT DISTINCT regexp_split_to_table(
                            lower(title || ' ' || keywords), '[^[:alnum:]]+') AS w
                        FROM {DOC_TABLE} {language_sql}
                    )
                    SELECT w, w = %s AS known FROM words
                    WHERE w = %s OR (length(w) > 2 AND w %% %s)
                    ORDER BY w = %s DESC, similarity(w, %s) DESC LIMIT 1""",
                    [*language_params, word, word, word, word, word],
                )
                row = cursor.fetchone()
                if row and not row[1]:
                    replacements[word] = row[0]
        if not replacements:
            return []
        return [text.replace_words(replacements)]
