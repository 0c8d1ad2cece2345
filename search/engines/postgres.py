"""PostgreSQL engine: a weighted tsvector per document (title A, keywords and summary B, body C,
labels in other languages D) built with the text-search configuration of the document's language
(``clothhub_<code>``: ``unaccent`` + the language's stemmer) by a trigger, a GIN index, a tsquery
compiled from the parsed query, ``ts_rank_cd`` for ranking and ``ts_headline`` for highlights.

Any word may match: the tsquery is the OR of the clauses; pages matching every clause rank
first, then by the share of the clauses' weights (their rarity) they match, then by
``ts_rank_cd`` (the same score as the SQLite engine, ``search.engines.sqlite.score_sql``). Each
word in Bulgarian — no stemmer in PostgreSQL — also matches by the prefix of its light stem
(``'отпад':*``), which gives it its inflected forms. With the ``pg_trgm`` extension, typos are
forgiven in suggestions.
"""

from django.db import connection

from search.languages import MIN_PREFIX, PG_BASE_CONFIGS, PG_CONFIGS, language_codes, stem_prefix
from search.text import MARK_END, MARK_START, WORD_RE, ParsedQuery, Term, with_ellipses

from .sql import SQLEngine
from .sqlite import score_sql

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
        setweight(to_tsvector(cfg, coalesce(NEW.body, '')), 'C') ||
        setweight(to_tsvector(cfg, coalesce(NEW.labels, '')), 'D');
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


def create_configurations(conn) -> bool:
    """Create the ``clothhub_<code>`` text-search configurations: a copy of the language's
    Snowball configuration (``simple`` for Bulgarian, or where the server has none) whose word
    mappings go through ``unaccent`` first. Without the unaccent extension (no right to create
    it) the copies are made without it. True when unaccent is used."""
    with conn.cursor() as cursor:
        unaccent = True
        try:
            with _savepoint(conn):
                cursor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
        except Exception:  # noqa: BLE001 - search works without, only accents are not folded
            unaccent = False
        cursor.execute("SELECT cfgname FROM pg_catalog.pg_ts_config")
        available = {row[0] for row in cursor.fetchall()}
        cursor.execute("SELECT dictname FROM pg_catalog.pg_ts_dict")
        dictionaries = {row[0] for row in cursor.fetchall()}
        for code, name in PG_CONFIGS.items():
            base = PG_BASE_CONFIGS.get(code, "simple")
            base = base if base in available else "simple"
            stemmer = f"{base}_stem" if f"{base}_stem" in dictionaries else "simple"
            cursor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")
            cursor.execute(f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = {base})")
            chain = f"unaccent, {stemmer}" if unaccent else stemmer
            cursor.execute(
                f"ALTER TEXT SEARCH CONFIGURATION {name} ALTER MAPPING FOR "
                f"asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH {chain}"
            )
    return unaccent


def drop_configurations(conn):
    with conn.cursor() as cursor:
        for name in PG_CONFIGS.values():
            cursor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")


def _lexeme(word: str) -> str:
    # Words are letters and digits only (WORD_RE): quoted, nothing in them is tsquery syntax.
    return "'" + word.replace("'", "") + "'"


def term_tsquery(term: Term, languages: list[str]) -> str:
    """One term in to_tsquery syntax: a phrase as words that follow each other; a word as itself
    (stemmed by the configuration) or, in a language PostgreSQL cannot stem (Bulgarian), any
    word starting like its light stem. Snowball languages need no prefix: the stem covers the
    forms, and prefix scans of the GIN index cost more."""
    if term.is_phrase:
        return "(" + " <-> ".join(_lexeme(word) for word in term.words) + ")"
    word = term.words[0]
    parts = [_lexeme(word)]
    unstemmed = [code for code in languages if PG_BASE_CONFIGS.get(code, "simple") == "simple"]
    for prefix in sorted({stem_prefix(word, code) for code in unstemmed}):
        if len(prefix) >= MIN_PREFIX:
            parts.append(_lexeme(prefix) + ":*")
    return "(" + " | ".join(parts) + ")"


def clause_tsqueries(text: ParsedQuery, languages: list[str]) -> list[str]:
    return [
        "(" + " | ".join(term_tsquery(term, languages) for term in clause) + ")"
        for clause in text.clauses
    ]


def query_tsquery(text: ParsedQuery, languages: list[str]) -> str:
    """Any clause may match; excluded terms must not."""
    expression = " | ".join(clause_tsqueries(text, languages))
    if text.excluded:
        excluded = " | ".join(term_tsquery(Term(term.words), []) for term in text.excluded)
        expression = f"({expression}) & !({excluded})"
    return expression


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
    def _config_languages(self, language: str | None) -> dict[str, list[str]]:
        """Configuration -> the languages whose documents use it (only ``language``'s if set)."""
        out: dict[str, list[str]] = {}
        codes = [language] if language else language_codes()
        for code in codes:
            out.setdefault(self.config(code), []).append(code)
        return out

    def match_condition(
        self, text: ParsedQuery, language: str | None, alias="d"
    ) -> tuple[str, list]:
        """A WHERE condition using the GIN index: one tsquery per configuration, each applied to
        that configuration's documents (with one language: one configuration)."""
        parts, params = [], []
        for config, languages in sorted(self._config_languages(language).items()):
            query = query_tsquery(text, languages)
            if language:
                parts.append(f"{alias}.search_vector @@ to_tsquery(%s::regconfig, %s)")
                params += [config, query]
            else:
                parts.append(
                    f"({alias}.search_config = %s AND "
                    f"{alias}.search_vector @@ to_tsquery(%s::regconfig, %s))"
                )
                params += [config, config, query]
        return "(" + " OR ".join(parts) + ")", params

    def _queries_cte(self, text: ParsedQuery, language: str | None, with_clauses: bool):
        """``qs(cfg, q, c0, c1...)``: per configuration, the query and each clause as tsqueries,
        computed once per statement."""
        rows, params = [], []
        n = len(text.clauses) if with_clauses else 0
        for config, languages in sorted(self._config_languages(language).items()):
            values = ["%s", "to_tsquery(%s::regconfig, %s)"]
            params += [config, config, query_tsquery(text, languages)]
            if n:
                for clause in clause_tsqueries(text, languages):
                    values.append("to_tsquery(%s::regconfig, %s)")
                    params += [config, clause]
            rows.append("(" + ", ".join(values) + ")")
        columns = ", ".join(["cfg", "q", *[f"c{i}" for i in range(n)]])
        return (
            f"qs AS MATERIALIZED (SELECT * FROM (VALUES {', '.join(rows)}) AS v({columns}))",
            params,
        )

    def match_ctes(self, text, language, with_score):
        condition, params = self.match_condition(text, language)
        where, language_params = ("d.language = %s AND ", [language]) if language else ("", [])
        if not with_score:
            return (
                f"""m AS MATERIALIZED (
                    SELECT d.page_id, 0.0 AS score FROM {DOC_TABLE} d
                    WHERE {where}{condition}
                )""",
                [*language_params, *params],
            )
        multi = len(text.clauses) > 1
        qs, qs_params = self._queries_cte(text, language, with_clauses=multi)
        # ts_rank_cd with the weights title A > keywords, summary B > body C > labels D;
        # normalised by the document length (1 + log(length)) so that long pages do not win by
        # size alone.
        # Constants of our own (no reader input) are written into the SQL. The rank and the
        # clause matches are computed once per matched page (r0), then combined (m).
        rank = f"ts_rank_cd('{RANK_WEIGHTS}'::real[], d.search_vector, qs.q, 1)"
        coverage, coverage_column = None, ""
        if multi:
            weights = text.clause_weights()
            total = sum(weights) or 1.0
            coverage_column = (
                ", "
                + " + ".join(
                    f"(d.search_vector @@ qs.c{i})::int * {float(w / total)!r}"
                    for i, w in enumerate(weights)
                )
                + " AS cov"
            )
            coverage = "r0.cov"
        return (
            f"""{qs},
            r0 AS MATERIALIZED (
                SELECT d.page_id, {rank} AS r{coverage_column} FROM {DOC_TABLE} d
                JOIN qs ON qs.cfg = d.search_config
                WHERE {where}{condition}
            ),
            m AS MATERIALIZED (SELECT r0.page_id, {score_sql("r0.r", coverage)} AS score FROM r0)""",
            [*qs_params, *language_params, *params],
        )

    def highlight(self, query, hits):
        marks = f'StartSel="{MARK_START}", StopSel="{MARK_END}"'
        qs, qs_params = self._queries_cte(query.text, query.language, with_clauses=False)
        with connection.cursor() as cursor:
            cursor.execute(
                f"""WITH {qs}
                SELECT d.page_id,
                    ts_headline(d.search_config::regconfig, d.title, qs.q, %s),
                    ts_headline(d.search_config::regconfig, left(d.summary, 5000), qs.q, %s),
                    ts_headline(d.search_config::regconfig, left(d.body, 20000), qs.q, %s),
                    left(d.summary, 5000), left(d.body, 20000)
                FROM {DOC_TABLE} d JOIN qs ON qs.cfg = d.search_config
                WHERE d.page_id = ANY(%s)""",
                [
                    *qs_params,
                    f"HighlightAll=true, {marks}",
                    f"MaxWords=35, MinWords=15, MaxFragments=1, {marks}",
                    f'MaxWords=18, MinWords=8, MaxFragments=2, FragmentDelimiter=" … ", {marks}',
                    [hit.doc_id for hit in hits],
                ],
            )
            marked = {row[0]: row[1:] for row in cursor.fetchall()}
        for hit in hits:
            title, summary, body, summary_text, body_text = marked.get(
                hit.doc_id, (None, None, None, "", "")
            )
            if MARK_START in (summary or ""):
                snippet = with_ellipses(summary, summary_text)
            elif MARK_START in (body or ""):
                snippet = with_ellipses(body, body_text)
            else:
                snippet = None
            hit.title = title if MARK_START in (title or "") else None
            hit.snippet = snippet
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
