"""The relevance benchmark's own parts (benchmarks/relevance/): its metrics give the values worked
out by hand, its BM25 baseline ranks as BM25 does, and its judgment file is sound — enough needs in
every language and kind, and every judged page is a page the demo content publishes.

No database and no demo load: the demo pages' URLs are computed from the demo data.
"""

import json
import math
from collections import Counter

import pytest

from benchmarks.relevance import metrics
from benchmarks.relevance.bm25 import BM25
from benchmarks.relevance.demo_pages import demo_urls
from benchmarks.relevance.run import KINDS, LANGUAGES, NEEDS_FILE, evaluate

JUDGED = {"/en/x/": 2, "/en/y/": 1, "/en/z/": 1}
# An irrelevant page first, then a partial answer, then the best one.
RANKED = ["/en/n/", "/en/y/", "/en/x/"]


def test_ndcg_matches_the_hand_computed_value():
    # DCG  = 0/log2(2) + (2^1-1)/log2(3) + (2^2-1)/log2(4) = 0.63093 + 1.5       = 2.13093
    # IDCG = 3/log2(2) + 1/log2(3)       + 1/log2(4)       = 3 + 0.63093 + 0.5   = 4.13093
    assert metrics.ndcg_at_k(RANKED, JUDGED) == pytest.approx(2.13093 / 4.13093, abs=1e-5)
    # Cut at 2: DCG@2 = 0.63093, IDCG@2 = 3.63093.
    assert metrics.ndcg_at_k(RANKED, JUDGED, k=2) == pytest.approx(0.63093 / 3.63093, abs=1e-5)
    assert metrics.ndcg_at_k(["/en/x/", "/en/y/", "/en/z/"], JUDGED) == pytest.approx(1.0)


def test_mrr_recall_and_first_result_match_hand_arithmetic():
    assert metrics.mrr_at_k(RANKED, JUDGED) == pytest.approx(1 / 2)
    assert metrics.mrr_at_k(RANKED, JUDGED, k=1) == 0.0
    # Two of three judged pages found; at k=2 one of min(2, 3).
    assert metrics.recall_at_k(RANKED, JUDGED) == pytest.approx(2 / 3)
    assert metrics.recall_at_k(RANKED, JUDGED, k=2) == pytest.approx(1 / 2)
    # More judged pages than k: finding k of them is full recall.
    many = {f"/en/{i}/": 1 for i in range(15)}
    assert metrics.recall_at_k([f"/en/{i}/" for i in range(10)], many) == 1.0
    assert metrics.first_relevant(RANKED, JUDGED) == 0.0
    assert metrics.first_relevant(["/en/y/"], JUDGED) == 1.0


def test_a_page_listed_twice_counts_once():
    assert metrics.ndcg_at_k(["/en/x/", "/en/x/"], {"/en/x/": 2, "/en/y/": 2}) == pytest.approx(
        1 / (1 + 1 / math.log2(3))
    )


def test_no_results_scores_zero_and_counts_as_a_zero_result():
    assert metrics.score([], JUDGED) == {
        "ndcg": 0.0,
        "mrr": 0.0,
        "recall": 0.0,
        "first_relevant": 0.0,
        "zero_results": 1.0,
    }


def test_evaluate_averages_per_language_and_kind():
    needs = [
        {"id": "a", "language": "en", "kind": "typo", "judgments": JUDGED},
        {"id": "b", "language": "en", "kind": "keyword", "judgments": {"/en/x/": 2}},
        {"id": "c", "language": "es", "kind": "keyword", "judgments": {"/es/x/": 2}},
    ]
    rankings = {"a": RANKED, "b": ["/en/x/"], "c": []}
    summary = evaluate(needs, rankings)["summary"]
    assert summary["all"]["needs"] == 3
    assert summary["all"]["mrr"] == pytest.approx((0.5 + 1 + 0) / 3)
    assert summary["all"]["zero_results"] == pytest.approx(1 / 3)
    assert summary["language:en"]["ndcg"] == pytest.approx((2.13093 / 4.13093 + 1) / 2, abs=1e-5)
    assert summary["kind:keyword"]["first_relevant"] == pytest.approx(1 / 2)
    # Among the keyword needs that got any result (only "b"), the first result was relevant.
    assert summary["kind:keyword"]["first_relevant_answered"] == 1.0


def test_bm25_matches_any_word_ranks_rarer_and_more_words_higher_without_stemming():
    index = BM25(
        [
            ("d1", "Repair jeans"),
            ("d2", "repair shoes, repair bags"),
            ("d3", "recycled cotton"),
            ("d4", "repairing a coat"),
        ]
    )
    ranked = index.scores("repair JEANS")
    assert [key for key, _score in ranked] == ["d1", "d2"]  # d4: "repairing" is not "repair"
    # By hand: N = 4 documents of 2, 4, 2 and 3 words (average 2.75); d1 has 2 words, so
    # norm = 1.2 * (0.25 + 0.75 * 2 / 2.75) = 0.95455; idf(jeans) = ln(1 + 3.5 / 1.5) = 1.20397,
    # idf(repair) = ln(1 + 2.5 / 2.5) = 0.69315; score = (1.20397 + 0.69315) * 2.2 / 1.95455.
    assert ranked[0][1] == pytest.approx(2.13536, abs=1e-5)
    assert index.search("wool") == []


# The judgment file -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def needs():
    with open(NEEDS_FILE, encoding="utf-8") as f:
        return json.load(f)["needs"]


def test_judgment_file_has_enough_needs_in_every_language_and_kind(needs):
    assert len(needs) >= 120
    per_language = Counter(need["language"] for need in needs)
    assert set(per_language) == set(LANGUAGES)
    assert min(per_language.values()) >= 12, per_language
    assert {need["kind"] for need in needs} == set(KINDS)
    assert len({need["id"] for need in needs}) == len(needs)


def test_every_need_is_well_formed(needs):
    for need in needs:
        assert need["query"].strip(), need["id"]
        assert need["scope"] in ("language", "all"), need["id"]
        grades = set(need["judgments"].values())
        assert grades <= {1, 2} and 2 in grades, need["id"]
        if need["scope"] == "language":
            # Only pages the reader's language scope can return are judged.
            prefix = f"/{need['language']}/"
            assert all(url.startswith(prefix) for url in need["judgments"]), need["id"]


def test_cross_language_needs_are_answered_by_a_page_in_another_language_only(needs):
    for need in needs:
        if need["kind"] != "cross-language":
            continue
        assert need["scope"] == "all", need["id"]
        best = [url for url, grade in need["judgments"].items() if grade == 2]
        assert best and all(not url.startswith(f"/{need['language']}/") for url in best), need["id"]


def test_every_judged_page_is_published_by_the_demo_content(needs):
    published = demo_urls()
    missing = sorted(
        f"{need['id']}: {url}"
        for need in needs
        for url in need["judgments"]
        if url not in published
    )
    assert not missing, "\n".join(missing)


def test_cross_language_answers_exist_in_one_language_only(needs):
    """Their best answers are single-language contributions, so they stay cross-language when
    every other demo page is translated."""
    published = demo_urls()
    from practices.management.commands.load_practices_demo import INDEX, load_data

    data = load_data()
    languages_of = {}
    for item in [*data["case_studies"], *data["guides"]]:
        for language, texts in item["translations"].items():
            url = f"/{language}/{INDEX[language]['slug']}/{item['section']}/{texts['slug']}/"
            languages_of[url] = set(item["translations"])
    for need in needs:
        if need["kind"] != "cross-language":
            continue
        for url, grade in need["judgments"].items():
            if grade == 2:
                assert url in published and len(languages_of.get(url, ())) == 1, (need["id"], url)
