"""A plain BM25 baseline (Okapi BM25, k1 = 1.2, b = 0.75) over the search documents' text.

Deliberately simple, so that it shows what any-word ranking alone achieves: each document is its
title, summary, keywords and body as one field, lower-cased (Unicode case folding) and split into
words with the same word pattern as the engines (``search.text.WORD_RE``); no stemming, no
stopwords, no accent folding, no field weights. A query's words are scored the same way; a
document matching no word is not returned. Statistics (document frequencies, average length) are
those of the documents searched: one language's documents for a need in the language scope, all
documents for the "all languages" scope, as an engine with one index per language would.
"""

import math
from collections import Counter
from collections.abc import Iterable

from search.text import WORD_RE


def tokens(text: str) -> list[str]:
    return WORD_RE.findall(text.casefold())


class BM25:
    def __init__(self, documents: Iterable[tuple[str, str]], k1: float = 1.2, b: float = 0.75):
        """``documents``: (key, text) pairs."""
        self.k1, self.b = k1, b
        self.keys: list[str] = []
        self.freqs: list[Counter] = []
        self.lengths: list[int] = []
        df: Counter = Counter()
        for key, text in documents:
            words = tokens(text)
            counts = Counter(words)
            self.keys.append(key)
            self.freqs.append(counts)
            self.lengths.append(len(words))
            df.update(counts.keys())
        n = len(self.keys)
        self.avg_length = (sum(self.lengths) / n) if n else 0.0
        # The non-negative idf of Lucene's BM25: log(1 + (N - df + 0.5) / (df + 0.5)).
        self.idf = {word: math.log(1 + (n - f + 0.5) / (f + 0.5)) for word, f in df.items()}

    def scores(self, query: str) -> list[tuple[str, float]]:
        """Documents matching at least one query word, best first (ties: in document order)."""
        words = [word for word in dict.fromkeys(tokens(query)) if word in self.idf]
        results = []
        for position, counts in enumerate(self.freqs):
            total = 0.0
            norm = self.k1 * (1 - self.b + self.b * self.lengths[position] / (self.avg_length or 1))
            for word in words:
                tf = counts.get(word)
                if tf:
                    total += self.idf[word] * tf * (self.k1 + 1) / (tf + norm)
            if total > 0:
                results.append((position, total))
        results.sort(key=lambda item: (-item[1], item[0]))
        return [(self.keys[position], total) for position, total in results]

    def search(self, query: str, limit: int = 10) -> list[str]:
        return [key for key, _score in self.scores(query)[:limit]]
