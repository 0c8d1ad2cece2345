"""The Elasticsearch engine's mapping, request bodies and response parsing, checked without a
server (the engine contract tests run against a real server when ELASTICSEARCH_URL is set)."""

import datetime
import uuid

import pytest

from search.engines import EngineQuery
from search.engines.elasticsearch import (
    FACET_FIELDS,
    build_search,
    document_body,
    index_definition,
    parse_response,
)
from search.models import FACETS, SearchDocument
from search.text import MARK_END, MARK_START, parse_query

ANALYZERS = {
    "en": "english",
    "es": "spanish",
    "ca": "catalan",
    "fr": "french",
    "da": "danish",
    "bg": "bulgarian",
    "ro": "romanian",
}


def test_mapping_has_a_text_field_per_language_with_its_analyzer():
    body = index_definition("clothhub-search-1").to_dict()
    properties = body["mappings"]["properties"]
    for code in ANALYZERS:
        for field in ("title", "keywords", "summary", "body"):
            assert properties[f"{field}_{code}"] == {"type": "text", "analyzer": f"clothhub_{code}"}
    assert properties["labels"] == {"type": "text", "analyzer": "clothhub_labels"}
    for field in FACET_FIELDS.values():
        assert properties[field] == {"type": "keyword"}
    assert properties["suggest"]["type"] == "completion"
    assert properties["suggest"]["contexts"] == [
        {"name": "language", "type": "category", "path": "language"}
    ]
    assert properties["url"] == {"type": "keyword", "index": False}
    assert body["settings"]["number_of_shards"] == 1
    assert body["settings"]["number_of_replicas"] == 0


def test_analyzers_fold_accents_drop_stopwords_and_stem_per_language():
    analysis = index_definition("clothhub-search-1").to_dict()["settings"]["analysis"]
    analyzers, filters = analysis["analyzer"], analysis["filter"]
    for code in ANALYZERS:
        chain = analyzers[f"clothhub_{code}"]["filter"]
        # Stopwords before the stemmer, accents folded last (query and text alike).
        assert chain[-3:] == [f"clothhub_stop_{code}", f"clothhub_stem_{code}", "asciifolding"]
        assert analyzers[f"clothhub_{code}"]["char_filter"] == ["clothhub_romanian"]
        assert filters[f"clothhub_stop_{code}"]["type"] == "stop"
    # Bulgarian: the stemmer of Elasticsearch's own "bulgarian" analyzer.
    assert filters["clothhub_stem_bg"] == {"type": "stemmer", "language": "bulgarian"}
    assert filters["clothhub_stem_es"] == {"type": "snowball", "language": "Spanish"}
    assert "в" in filters["clothhub_stop_bg"]["stopwords"]
    spanish = filters["clothhub_stop_es"]["stopwords"]
    assert "de" in spanish and "como" in spanish and "devoluciones" not in spanish
    assert "the" in filters["clothhub_stop_en"]["stopwords"]
    assert analyzers["clothhub_fr"]["filter"][0] == "clothhub_elision_fr"
    assert "ş => ș" in analysis["char_filter"]["clothhub_romanian"]["mappings"]
    assert analyzers["clothhub_labels"]["filter"] == ["lowercase", "asciifolding"]


def test_document_body_fills_only_its_language_fields():
    doc = SearchDocument(
        page_id=7,
        translation_key=uuid.uuid4(),
        language="fr",
        url="/fr/reparer/",
        content_type="case-study",
        title="Réparer les vêtements",
        summary="Un atelier de réparation.",
        body="Coutures et fermetures.",
        keywords="Réparation et entretien",
        topics=["repair-and-care"],
        tags=["denim"],
        stages=["use-care"],
        org_types=["sme"],
        country="FR",
        date=datetime.date(2025, 3, 1),
    )
    body = document_body(doc)
    assert body["title_fr"] == "Réparer les vêtements"
    assert body["body_fr"] == "Coutures et fermetures."
    assert "title_en" not in body
    assert body["topics"] == ["repair-and-care"] and body["country"] == "FR"
    assert body["date"] == "2025-03-01"
    assert body["suggest"]["contexts"] == {"language": ["fr"]}
    assert "Réparer les vêtements" in body["suggest"]["input"]
    assert "les vêtements" in body["suggest"]["input"]  # typing a later word also completes


def test_query_in_one_language_uses_that_languages_fields_and_filters_the_language():
    query = EngineQuery(text=parse_query('repair "take back" -leather'), language="es")
    body = build_search(query).to_dict()
    bool_query = body["query"]["bool"]
    # Any clause may match; pages matching all of them get a constant boost on top.
    assert bool_query["minimum_should_match"] == 1
    words = bool_query["should"][0]["multi_match"]
    assert words["query"] == "repair"
    assert words["fields"] == [
        "title_es^4",
        "keywords_es^3",
        "summary_es^2",
        "body_es^1",
        "labels^0.5",
    ]
    assert "fuzziness" not in words  # typos are corrected from the vocabulary, on every engine
    phrase = bool_query["should"][1]["multi_match"]
    assert phrase["type"] == "phrase" and phrase["query"] == "take back"
    every = bool_query["should"][2]["constant_score"]
    assert every["boost"] == 1000.0
    assert [c["multi_match"]["query"] for c in every["filter"]["bool"]["must"]] == [
        "repair",
        "take back",
    ]
    assert bool_query["must_not"][0]["multi_match"]["query"] == "leather"
    assert bool_query["filter"] == [{"term": {"language": "es"}}]
    assert body["track_total_hits"] is True
    assert body["highlight"]["fields"]["title_es"]["pre_tags"] == [MARK_START]
    assert body["highlight"]["fields"]["body_es"]["post_tags"] == [MARK_END]


def _clauses(bool_query):
    # elasticsearch-dsl writes a lone required "should" as "must": the same query.
    return bool_query.get("should") or bool_query.get("must")


def test_one_word_query_has_no_all_words_boost():
    body = build_search(EngineQuery(text=parse_query("repair"), language="en")).to_dict()
    assert len(_clauses(body["query"]["bool"])) == 1
    assert "constant_score" not in str(body["query"])


def test_query_in_all_languages_searches_every_language_field():
    body = build_search(EngineQuery(text=parse_query("recycling"), language=None)).to_dict()
    fields = _clauses(body["query"]["bool"])[0]["multi_match"]["fields"]
    languages = {f.split("^")[0].rsplit("_", 1)[1] for f in fields if not f.startswith("labels")}
    assert languages == set(ANALYZERS)
    assert "filter" not in body["query"]["bool"]


def test_or_becomes_a_should_clause():
    body = build_search(EngineQuery(text=parse_query("rental OR resale"), language="en")).to_dict()
    should = _clauses(body["query"]["bool"])[0]["bool"]["should"]
    assert [s["multi_match"]["query"] for s in should] == ["rental", "resale"]


def test_facet_filters_are_post_filters_and_each_aggregation_skips_its_own_filter():
    query = EngineQuery(
        text=parse_query(""),
        language="en",
        filters={"topic": ["recycled-fibres", "eco-design"], "country": ["ES"]},
        offset=20,
        limit=10,
    )
    body = build_search(query).to_dict()
    assert body["post_filter"]["bool"]["filter"] == [
        {"terms": {"topics": ["recycled-fibres", "eco-design"]}},
        {"terms": {"country": ["ES"]}},
    ]
    aggs = body["aggs"]
    assert set(aggs) == set(FACETS)
    assert aggs["topic"]["filter"] == {"bool": {"filter": [{"terms": {"country": ["ES"]}}]}}
    assert aggs["country"]["filter"]["bool"]["filter"] == [
        {"terms": {"topics": ["recycled-fibres", "eco-design"]}}
    ]
    assert aggs["type"]["filter"]["bool"]["filter"] == body["post_filter"]["bool"]["filter"]
    assert aggs["topic"]["aggs"]["values"]["terms"]["field"] == "topics"
    assert body["from"] == 20 and body["size"] == 10
    assert body["sort"][0] == {"date": {"order": "desc", "missing": "_last"}}
    assert "must" not in body["query"]["bool"]  # no words: every document of the language


def test_newest_sort():
    body = build_search(
        EngineQuery(text=parse_query("denim"), language="en", sort="newest")
    ).to_dict()
    assert body["sort"][0] == {"date": {"order": "desc", "missing": "_last"}}
    relevance = build_search(EngineQuery(text=parse_query("denim"), language="en")).to_dict()
    assert relevance["sort"][0] == "_score"


def test_parse_response_reads_hits_highlights_and_facets():
    response = {
        "hits": {
            "total": {"value": 12, "relation": "eq"},
            "hits": [
                {
                    "_id": "42",
                    "_score": 3.5,
                    "highlight": {
                        "title_en": [f"{MARK_START}Denim{MARK_END} take-back"],
                        "body_en": ["first", "second"],
                    },
                },
                {"_id": "43", "_score": 1.0},
            ],
        },
        "aggregations": {
            "topic": {
                "doc_count": 12,
                "values": {"buckets": [{"key": "eco-design", "doc_count": 4}]},
            },
            "country": {"doc_count": 12, "values": {"buckets": []}},
        },
    }
    result = parse_response(response)
    assert result.total == 12
    assert [hit.doc_id for hit in result.hits] == [42, 43]
    assert result.hits[0].title == f"{MARK_START}Denim{MARK_END} take-back"
    assert result.hits[0].snippet == "first … second"
    assert result.hits[1].title is None and result.hits[1].snippet is None
    assert result.facets["topic"] == {"eco-design": 4}
    assert result.facets["type"] == {}


@pytest.mark.parametrize("q", ['"', "AND OR NOT", "title:x", "a:(b)^2~", "🧵", "' OR 1=1 --"])
def test_user_syntax_never_reaches_elasticsearch_as_query_syntax(q):
    body = build_search(EngineQuery(text=parse_query(q), language="en")).to_dict()
    text = str(body)
    assert "query_string" not in text  # only match queries, whose input is plain text
