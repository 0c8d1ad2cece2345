"""Relevance metrics over one ranked list of result URLs and one need's graded judgments.

Judgments map a URL to a grade: 2 (answers the need), 1 (answers part of it); every URL not
listed is 0. ``k`` is 10 everywhere in the benchmark (the first results page).

- nDCG@k: DCG = sum over ranks i = 1..k of (2^grade - 1) / log2(i + 1), divided by the DCG of the
  ideal ranking (the judged grades sorted, best first, cut at k). 1.0 is a perfect first page.
- MRR@k: 1 / rank of the first result with grade >= 1 within the first k, else 0.
- recall@k: judged pages (grade >= 1) found in the first k, divided by min(k, judged pages): a
  need with 15 judged pages can reach 1.0 with ten of them.
- first relevant: 1 when the first result has grade >= 1, else 0 (also 0 without results).
- zero results: 1 when the engine returned nothing at all.
"""

import math
from collections.abc import Iterable, Mapping, Sequence

K = 10
METRICS = ("ndcg", "mrr", "recall", "first_relevant", "zero_results")


def dcg(grades: Iterable[int]) -> float:
    return sum((2**grade - 1) / math.log2(rank + 1) for rank, grade in enumerate(grades, start=1))


def ndcg_at_k(ranked: Sequence[str], judgments: Mapping[str, int], k: int = K) -> float:
    ideal = dcg(sorted(judgments.values(), reverse=True)[:k])
    if ideal == 0:
        return 0.0
    return dcg(judgments.get(url, 0) for url in _unique(ranked)[:k]) / ideal


def mrr_at_k(ranked: Sequence[str], judgments: Mapping[str, int], k: int = K) -> float:
    for rank, url in enumerate(_unique(ranked)[:k], start=1):
        if judgments.get(url, 0) > 0:
            return 1.0 / rank
    return 0.0


def recall_at_k(ranked: Sequence[str], judgments: Mapping[str, int], k: int = K) -> float:
    relevant = {url for url, grade in judgments.items() if grade > 0}
    if not relevant:
        return 0.0
    found = relevant & set(_unique(ranked)[:k])
    return len(found) / min(k, len(relevant))


def first_relevant(ranked: Sequence[str], judgments: Mapping[str, int]) -> float:
    return 1.0 if ranked and judgments.get(ranked[0], 0) > 0 else 0.0


def score(ranked: Sequence[str], judgments: Mapping[str, int], k: int = K) -> dict[str, float]:
    """Every metric of one need."""
    return {
        "ndcg": ndcg_at_k(ranked, judgments, k),
        "mrr": mrr_at_k(ranked, judgments, k),
        "recall": recall_at_k(ranked, judgments, k),
        "first_relevant": first_relevant(ranked, judgments),
        "zero_results": 0.0 if ranked else 1.0,
    }


def mean(scores: Sequence[Mapping[str, float]]) -> dict[str, float]:
    """The mean of each metric over several needs (empty: every metric 0)."""
    if not scores:
        return dict.fromkeys(METRICS, 0.0)
    return {name: sum(s[name] for s in scores) / len(scores) for name in METRICS}


def _unique(ranked: Sequence[str]) -> list[str]:
    """The ranking without repeats (a page listed twice, e.g. promoted and found, counts once)."""
    seen: set[str] = set()
    out = []
    for url in ranked:
        if url not in seen:
            seen.add(url)
            out.append(url)
    return out
