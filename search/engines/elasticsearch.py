"""Elasticsearch 8 engine (elasticsearch-dsl): one index of every language behind an alias.

- Mapping: each text field exists once per language (``title_es``, ``body_fr``...) analysed by
  that language's analyzer ``clothhub_<code>``: the standard tokenizer, elision (French,
  Catalan), lower case, the same stopwords as the SQL engines, the language's stemmer (Snowball;
  ``bulgarian`` for Bulgarian, the stemmer of Elasticsearch's ``bulgarian`` analyzer) and
  ``asciifolding`` (unaccented queries find accented text), after a character filter that
  unifies Romanian ş/ţ with ș/ț. A document fills the fields of its own language, so a query over
  ``title_*`` is analysed per language; ``labels`` (vocabulary labels in every language, low
  boost) is folded but not stemmed.
- Query: any clause may match (``should``); pages matching every clause get a constant boost
  above the rest, then BM25 orders by how many and how rare the matched words are. Facet values are keyword fields; ``suggest`` is a
  completion field with a ``language`` context; ``spell`` (unstemmed title, keywords, summary)
  feeds the term suggester used for "did you mean".
- Facets: aggregations, each filtered by every facet filter except its own (the facet filters
  themselves are a ``post_filter``, so they narrow the hits but not the counts of their facet).
- Rebuild: a new index ``<alias>-<timestamp>`` is filled, then the alias is moved to it in one
  ``update_aliases`` call and the old indices are deleted: readers never see a half-built index.

``build_search``, ``parse_response``, ``document_body`` and ``index_definition`` are pure and are
unit-tested without a server.
"""

from collections.abc import Iterable
from datetime import UTC, datetime

from django.conf import settings
from elasticsearch_dsl import (
    A,
    Completion,
    Date,
    Document,
    Index,
    Integer,
    Keyword,
    Q,
    Search,
    Text,
)

from search.languages import language_codes, stopword_list
from search.models import FACETS
from search.text import MARK_END, MARK_START, WORD_RE, Term, fold

from .base import EngineQuery, EngineResult, Hit, SearchEngine, SearchUnavailable

TEXT_FIELDS = {"title": 4, "keywords": 3, "summary": 2, "body": 1}  # field -> boost
LABELS_BOOST = 0.5
ALL_WORDS_BOOST = 1000.0  # pages matching every clause rank above those matching some
STEMMERS = {
    "en": ("snowball", "English"),
    "es": ("snowball", "Spanish"),
    "ca": ("snowball", "Catalan"),
    "fr": ("snowball", "French"),
    "da": ("snowball", "Danish"),
    "bg": ("stemmer", "bulgarian"),
    "ro": ("snowball", "Romanian"),
}
ELISIONS = {
    "fr": ["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"],
    "ca": ["d", "l", "m", "n", "s", "t"],
}
ROMANIAN_CHARS = ["ş => ș", "Ş => Ș", "ţ => ț", "Ţ => Ț"]


def analyzer_name(code: str) -> str:
    return f"clothhub_{code}"


def analysis_settings() -> dict:
    """The index's analysis settings: one analyzer per site language, and one for labels."""
    filters: dict[str, dict] = {}
    analyzers: dict[str, dict] = {}
    for code in language_codes():
        words = stopword_list(code)
        filters[f"clothhub_stop_{code}"] = {
            "type": "stop",
            "stopwords": sorted(set(words) | {fold(w) for w in words}),
        }
        kind, language = STEMMERS.get(code, ("stemmer", "english"))
        filters[f"clothhub_stem_{code}"] = {"type": kind, "language": language}
        chain = []
        if code in ELISIONS:
            filters[f"clothhub_elision_{code}"] = {
                "type": "elision",
                "articles_case": True,
                "articles": ELISIONS[code],
            }
            chain.append(f"clothhub_elision_{code}")
        chain += ["lowercase", f"clothhub_stop_{code}", f"clothhub_stem_{code}", "asciifolding"]
        analyzers[analyzer_name(code)] = {
            "type": "custom",
            "tokenizer": "standard",
            "char_filter": ["clothhub_romanian"],
            "filter": chain,
        }
    analyzers["clothhub_labels"] = {
        "type": "custom",
        "tokenizer": "standard",
        "char_filter": ["clothhub_romanian"],
        "filter": ["lowercase", "asciifolding"],
    }
    return {
        "analysis": {
            "char_filter": {"clothhub_romanian": {"type": "mapping", "mappings": ROMANIAN_CHARS}},
            "filter": filters,
            "analyzer": analyzers,
        }
    }


FACET_FIELDS = {
    "type": "content_type",
    "topic": "topics",
    "tag": "tags",
    "stage": "stages",
    "org_type": "org_types",
    "country": "country",
}
BATCH = 500


def document_class() -> type[Document]:
    """The elasticsearch-dsl Document of the index, with text fields for every site language."""
    attrs = {
        "page_id": Integer(),
        "language": Keyword(),
        "url": Keyword(index=False),
        "content_type": Keyword(),
        "topics": Keyword(multi=True),
        "tags": Keyword(multi=True),
        "stages": Keyword(multi=True),
        "org_types": Keyword(multi=True),
        "country": Keyword(),
        "date": Date(),
        "updated_at": Date(),
        "spell": Text(analyzer="standard"),
        "labels": Text(analyzer="clothhub_labels"),
        "suggest": Completion(
            analyzer="simple",
            contexts=[{"name": "language", "type": "category", "path": "language"}],
        ),
    }
    for code in language_codes():
        for field in TEXT_FIELDS:
            attrs[f"{field}_{code}"] = Text(analyzer=analyzer_name(code))
    return type("SearchIndexDocument", (Document,), attrs)


def index_definition(name: str) -> Index:
    index = Index(name)
    index.settings(number_of_shards=1, number_of_replicas=0, **analysis_settings())
    index.document(document_class())
    return index


def _suggest_inputs(title: str) -> list[str]:
    """Completion inputs: the title, and the title from each later word on, so that typing any
    word of a title finds it."""
    words = title.split()
    inputs = [title] + [" ".join(words[i:]) for i in range(1, min(len(words), 8))]
    return [text for text in dict.fromkeys(inputs) if text]


def document_body(doc) -> dict:
    """The Elasticsearch source of a ``SearchDocument``."""
    body = {
        "page_id": doc.page_id,
        "language": doc.language,
        "url": doc.url,
        "content_type": doc.content_type,
        "topics": list(doc.topics),
        "tags": list(doc.tags),
        "stages": list(doc.stages),
        "org_types": list(doc.org_types),
        "country": doc.country or None,
        "date": doc.date.isoformat() if doc.date else None,
        "updated_at": doc.updated_at.isoformat() if doc.updated_at else None,
        "spell": " ".join(filter(None, [doc.title, doc.keywords, doc.summary])),
        "labels": getattr(doc, "labels", "") or "",
        "suggest": {"input": _suggest_inputs(doc.title), "contexts": {"language": [doc.language]}},
    }
    for field in TEXT_FIELDS:
        body[f"{field}_{doc.language}"] = getattr(doc, field) or ""
    return body


def _fields(language: str | None) -> list[str]:
    languages = [language] if language else language_codes()
    fields = [
        f"{field}_{code}^{boost}" for code in languages for field, boost in TEXT_FIELDS.items()
    ]
    return [*fields, f"labels^{LABELS_BOOST}"]


def _term_query(term: Term, fields: list[str]):
    # No fuzziness: typos are corrected from the index's vocabulary by the service, the same way
    # on every engine.
    if term.is_phrase:
        return Q("multi_match", query=term.text(), fields=fields, type="phrase")
    return Q("multi_match", query=term.text(), fields=fields, type="best_fields")


def _facet_filter(filters: dict[str, list[str]], skip: str | None = None) -> list:
    return [
        Q("terms", **{FACET_FIELDS[facet]: values})
        for facet, values in filters.items()
        if values and facet != skip and facet in FACET_FIELDS
    ]


def build_search(query: EngineQuery, index: str = "", using=None) -> Search:
    """The Search (request body) for an engine query."""
    s = Search(using=using, index=index or None)
    fields = _fields(query.language)
    if query.text:
        clauses = []
        for clause in query.text.clauses:
            alternatives = [_term_query(term, fields) for term in clause]
            if len(alternatives) == 1:
                clauses.append(alternatives[0])
            else:
                clauses.append(Q("bool", should=alternatives, minimum_should_match=1))
        must_not = [_term_query(term, fields) for term in query.text.excluded]
        should = list(clauses)
        if len(clauses) > 1:
            should.append(
                Q("constant_score", filter=Q("bool", must=clauses), boost=ALL_WORDS_BOOST)
            )
        s = s.query(Q("bool", should=should, minimum_should_match=1, must_not=must_not))
    if query.language:
        s = s.filter("term", language=query.language)
    facet_filters = _facet_filter(query.filters)
    if facet_filters:
        s = s.post_filter(Q("bool", filter=facet_filters))
    if query.with_facets:
        for facet, field in FACET_FIELDS.items():
            others = _facet_filter(query.filters, skip=facet)
            agg = A("filter", filter=Q("bool", filter=others) if others else Q("match_all"))
            agg.bucket("values", "terms", field=field, size=200)
            s.aggs.bucket(facet, agg)
    if query.sort == "newest" or not query.text:
        s = s.sort({"date": {"order": "desc", "missing": "_last"}}, "_score", {"page_id": "asc"})
    else:
        s = s.sort("_score", {"page_id": "asc"})
    if query.text:
        languages = [query.language] if query.language else language_codes()
        options = {"pre_tags": [MARK_START], "post_tags": [MARK_END]}
        for code in languages:
            s = s.highlight(f"title_{code}", number_of_fragments=0, **options)
            s = s.highlight(f"summary_{code}", fragment_size=200, number_of_fragments=1, **options)
            s = s.highlight(f"body_{code}", fragment_size=120, number_of_fragments=2, **options)
    s = s.source(["page_id"]).extra(track_total_hits=True)
    return s[query.offset : query.offset + query.limit]


def parse_response(data: dict, with_facets: bool = True) -> EngineResult:
    """Hits, total and facet counts out of a search response (a plain dict)."""
    hits = []
    for hit in data.get("hits", {}).get("hits", []):
        highlight = hit.get("highlight", {})
        title = next((v[0] for k, v in highlight.items() if k.startswith("title_")), None)
        summary = next((v for k, v in highlight.items() if k.startswith("summary_")), None)
        body = next((v for k, v in highlight.items() if k.startswith("body_")), None)
        fragments = summary or body
        hits.append(
            Hit(
                doc_id=int(hit["_id"]),
                score=float(hit.get("_score") or 0.0),
                title=title,
                snippet=" … ".join(fragments) if fragments else None,
            )
        )
    total = data.get("hits", {}).get("total", {})
    total = total.get("value", 0) if isinstance(total, dict) else int(total or 0)
    facets: dict[str, dict[str, int]] = {}
    if with_facets:
        aggregations = data.get("aggregations", {})
        for facet in FACETS:
            buckets = aggregations.get(facet, {}).get("values", {}).get("buckets", [])
            facets[facet] = {str(b["key"]): int(b["doc_count"]) for b in buckets}
    return EngineResult(hits=hits, total=int(total), facets=facets)


class ElasticsearchEngine(SearchEngine):
    name = "elasticsearch"
    label = "Elasticsearch"

    def __init__(self):
        from elasticsearch import Elasticsearch

        self.alias = settings.SEARCH_ELASTICSEARCH_INDEX
        self.client = Elasticsearch(settings.ELASTICSEARCH_URL, request_timeout=30)
        self._ready = False  # the alias is known to exist

    @classmethod
    def unavailable_reason(cls):
        if not getattr(settings, "ELASTICSEARCH_URL", ""):
            return "ELASTICSEARCH_URL is not set: no Elasticsearch server to test against"
        return None

    # Indices and alias --------------------------------------------------------------------------
    def _new_index_name(self) -> str:
        return f"{self.alias}-{datetime.now(UTC).strftime('%Y%m%d%H%M%S%f')}"

    def _aliased_indices(self) -> list[str]:
        if not self.client.indices.exists_alias(name=self.alias):
            return []
        return list(self.client.indices.get_alias(name=self.alias).body.keys())

    def ensure_schema(self):
        if self._ready:
            return
        if not self._aliased_indices():
            name = self._new_index_name()
            index_definition(name).create(using=self.client)
            self.client.indices.put_alias(index=name, name=self.alias)
        self._ready = True

    def _bulk(self, actions, refresh=False):
        from elasticsearch.helpers import bulk

        bulk(self.client, actions, raise_on_error=True, refresh=refresh, chunk_size=BATCH)

    def index_documents(self, documents: Iterable):
        self.ensure_schema()
        actions = [
            {
                "_op_type": "index",
                "_index": self.alias,
                "_id": doc.page_id,
                "_source": document_body(doc),
            }
            for doc in documents
        ]
        if actions:
            self._bulk(actions, refresh="wait_for")

    def remove_documents(self, doc_ids):
        from elasticsearch.helpers import bulk

        if not self._aliased_indices():
            return
        actions = [{"_op_type": "delete", "_index": self.alias, "_id": i} for i in doc_ids]
        if actions:
            bulk(self.client, actions, raise_on_error=False, refresh="wait_for")

    def rebuild(self, documents, total, progress=None):
        """Fill a new index, then swap the alias to it atomically and delete the old ones."""
        name = self._new_index_name()
        index_definition(name).create(using=self.client)
        done = 0
        batch = []
        for doc in documents:
            batch.append(
                {
                    "_op_type": "index",
                    "_index": name,
                    "_id": doc.page_id,
                    "_source": document_body(doc),
                }
            )
            if len(batch) >= BATCH:
                self._bulk(batch)
                done += len(batch)
                batch = []
                if progress:
                    progress(done, total)
        if batch:
            self._bulk(batch)
            done += len(batch)
            if progress:
                progress(done, total)
        self.client.indices.refresh(index=name)
        old = self._aliased_indices()
        actions = [{"remove": {"index": i, "alias": self.alias}} for i in old]
        actions.append({"add": {"index": name, "alias": self.alias}})
        self.client.indices.update_aliases(actions=actions)
        for index in old:
            self.client.indices.delete(index=index, ignore_unavailable=True)
        self._ready = True

    def indexed_ids(self) -> set[int]:
        from elasticsearch.helpers import scan

        if not self._aliased_indices():
            return set()
        return {
            int(hit["_id"])
            for hit in scan(
                self.client, index=self.alias, query={"query": {"match_all": {}}, "_source": False}
            )
        }

    def delete_indices(self):
        """Delete every index of this alias (tests and benchmarks clean up with it)."""
        found = self.client.indices.get(index=f"{self.alias}-*", allow_no_indices=True)
        for name in found.body:
            self.client.indices.delete(index=name, ignore_unavailable=True)

    def check(self):
        from search.models import SearchDocument

        if not self._aliased_indices():
            return [f"Elasticsearch alias {self.alias} does not exist (run rebuild_search_index)"]
        indexed = self.indexed_ids()
        stored = set(SearchDocument.objects.values_list("page_id", flat=True))
        problems = []
        if stored - indexed:
            problems.append(f"{len(stored - indexed)} documents missing from Elasticsearch")
        if indexed - stored:
            problems.append(
                f"{len(indexed - stored)} documents in Elasticsearch that should not be"
            )
        return problems

    # Searching ------------------------------------------------------------------------------
    def _search(self, body: dict) -> dict:
        from elasticsearch import ApiError, TransportError

        try:
            self.ensure_schema()
            return self.client.search(index=self.alias, body=body).body
        except (ApiError, TransportError) as exc:
            raise SearchUnavailable(str(exc)) from exc

    def search(self, query: EngineQuery) -> EngineResult:
        s = build_search(query, index=self.alias, using=self.client)
        return parse_response(self._search(s.to_dict()), with_facets=query.with_facets)

    def autocomplete(self, prefix, language, limit=8):
        words = WORD_RE.findall(prefix.lower())
        if not words:
            return []
        completion = {"field": "suggest", "size": limit, "skip_duplicates": True}
        if language:
            completion["contexts"] = {"language": [language]}
        s = Search().suggest("titles", " ".join(words), completion=completion).source(["page_id"])
        s = s.extra(size=0)
        data = self._search(s.to_dict())
        options = data.get("suggest", {}).get("titles", [{}])[0].get("options", [])
        return [int(option["_id"]) for option in options]
