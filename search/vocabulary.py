"""The index's own vocabulary (``SearchTerm``): every folded word of the documents of each
language, with the number of documents that contain it.

One vocabulary for every engine, so that spelling corrections, compound splitting and the rarity
of words behave the same on SQLite, PostgreSQL and Elasticsearch:

- ``correct``: a word the index does not know is replaced by the indexed word of the same
  language at the smallest edit distance (1 for words up to 4 letters, 2 from 5 on; a swap of two
  neighbouring letters counts as one); among equals, a word of the documents' own text before
  one only in other languages' labels, then the most frequent;
- ``split``: a compound the index does not know (Danish *tøjindsamling*) becomes its two indexed
  parts (*tøj indsamling*);
- ``frequencies``: how many documents contain each word, for the ranking weights.

The indexer adds the words of the documents it writes and subtracts those of the documents it
replaces or removes (``apply``); ``rebuild`` recounts everything (``rebuild_search_index``).
"""

import math
from collections import Counter, defaultdict
from collections.abc import Iterable

from django.db import transaction
from django.db.models import F
from django.db.models.functions import Length

from search.models import SearchDocument, SearchTerm
from search.text import MAX_WORD_LENGTH, words_of

TEXT_FIELDS = ("title", "keywords", "labels", "summary", "body")
OWN_FIELDS = ("title", "keywords", "summary", "body")  # the document's own language
MIN_WORD = 2
BATCH = 900  # terms per IN (...) list: below SQLite's variable limit on every version
MAX_CANDIDATES = 20_000


def _words(doc, fields) -> set[str]:
    words = set()
    for name in fields:
        words.update(words_of(getattr(doc, name, "") or ""))
    return {w for w in words if MIN_WORD <= len(w) <= MAX_WORD_LENGTH}


def document_words(doc) -> set[str]:
    return _words(doc, TEXT_FIELDS)


def _counts(docs: Iterable) -> tuple[Counter, Counter]:
    """(language, word) -> documents containing it anywhere, and in their own text."""
    anywhere: Counter = Counter()
    own: Counter = Counter()
    for doc in docs:
        for word in document_words(doc):
            anywhere[(doc.language, word)] += 1
        for word in _words(doc, OWN_FIELDS):
            own[(doc.language, word)] += 1
    return anywhere, own


def apply(removed: Iterable = (), added: Iterable = ()) -> None:
    """Subtract the words of ``removed`` documents and add those of ``added`` ones."""
    anywhere, own = _counts(added)
    gone_anywhere, gone_own = _counts(removed)
    anywhere.subtract(gone_anywhere)
    own.subtract(gone_own)
    by_change: dict[tuple[str, int, int], list[str]] = defaultdict(list)
    for key in set(anywhere) | set(own):
        change = (anywhere.get(key, 0), own.get(key, 0))
        if change != (0, 0):
            by_change[(key[0], *change)].append(key[1])
    if not by_change:
        return
    with transaction.atomic():
        new = [
            SearchTerm(language=language, term=term, documents=0, in_text=0)
            for (language, change, _own), terms in by_change.items()
            if change > 0
            for term in terms
        ]
        SearchTerm.objects.bulk_create(new, batch_size=BATCH, ignore_conflicts=True)
        for (language, change, own_change), terms in by_change.items():
            for start in range(0, len(terms), BATCH):
                chunk = terms[start : start + BATCH]
                rows = SearchTerm.objects.filter(language=language, term__in=chunk)
                rows.update(documents=F("documents") + change, in_text=F("in_text") + own_change)
                if change < 0:
                    rows.filter(documents__lte=0).delete()


def rebuild(documents: Iterable | None = None) -> int:
    """Recount the whole vocabulary from the documents; returns the number of words."""
    if documents is None:
        documents = SearchDocument.objects.only("language", *TEXT_FIELDS).iterator(chunk_size=500)
    counts, own = _counts(documents)
    with transaction.atomic():
        SearchTerm.objects.all().delete()
        SearchTerm.objects.bulk_create(
            (
                SearchTerm(language=key[0], term=key[1], documents=n, in_text=own.get(key, 0))
                for key, n in counts.items()
            ),
            batch_size=2000,
        )
    return len(counts)


def frequencies(words: Iterable[str], languages: list[str] | None) -> dict[str, int]:
    """Folded word -> number of documents containing it (in ``languages``; None: all)."""
    words = list(dict.fromkeys(words))
    if not words:
        return {}
    rows = SearchTerm.objects.filter(term__in=words)
    if languages:
        rows = rows.filter(language__in=languages)
    found: Counter = Counter()
    for term, n in rows.values_list("term", "documents"):
        found[term] += n
    return dict(found)


def has_prefix(prefix: str, languages: list[str] | None) -> bool:
    """True when an indexed word starts with ``prefix`` (a stem: the word is a known form)."""
    rows = SearchTerm.objects.filter(term__gte=prefix, term__lt=prefix + "\uffff")
    if languages:
        rows = rows.filter(language__in=languages)
    return rows.exists()


def document_count(languages: list[str] | None) -> int:
    docs = SearchDocument.objects.all()
    if languages:
        docs = docs.filter(language__in=languages)
    return docs.count()


def idf(documents_with_word: int, documents: int) -> float:
    """Inverse document frequency as BM25 computes it (never below a small positive floor)."""
    n, df = max(documents, 1), max(min(documents_with_word, documents), 0)
    return max(math.log(1 + (n - df + 0.5) / (df + 0.5)), 0.05)


def edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment distance (insert, delete, substitute, swap neighbours), or
    ``limit + 1`` as soon as it exceeds ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2 = None
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if (
                previous2 is not None
                and i > 1
                and j > 1
                and a[i - 1] == b[j - 2]
                and a[i - 2] == b[j - 1]
            ):
                value = min(value, previous2[j - 2] + 1)
            current[j] = value
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def max_distance(word: str) -> int:
    if len(word) <= 2:
        return 0
    return 1 if len(word) <= 4 else 2


def correct(word: str, languages: list[str] | None) -> str | None:
    """The indexed word closest to ``word`` (folded), or None when none is close enough."""
    limit = max_distance(word)
    if not limit:
        return None
    first = word[0]
    rows = (
        SearchTerm.objects.annotate(length=Length("term"))
        .filter(
            term__gte=first,
            term__lt=chr(ord(first) + 1),
            length__gte=len(word) - limit,
            length__lte=len(word) + limit,
        )
        .values_list("term", "documents", "in_text")
    )
    if languages:
        rows = rows.filter(language__in=languages)
    candidates: dict[str, list[int]] = {}
    for term, n, own in rows[:MAX_CANDIDATES]:
        counts = candidates.setdefault(term, [0, 0])
        counts[0] += own
        counts[1] += n
    best = None
    for term, (own, n) in candidates.items():
        distance = edit_distance(word, term, limit)
        if distance <= limit:
            # Closest first; among equals, words of the language's own texts, then frequent.
            key = (distance, -own, -n, term)
            if best is None or key < best:
                best = key
    return best[-1] if best else None


def split(word: str, languages: list[str] | None) -> str | None:
    """A compound of two indexed words (each of three letters or more; a Danish linking "s" or
    "e" between them is dropped), as "first second"; the split whose rarer part is the most
    frequent wins. None when the word is no such compound."""
    if len(word) < 6:
        return None
    options = []
    for i in range(3, len(word) - 2):
        head, tail = word[:i], word[i:]
        options.append((head, tail))
        if len(head) > 3 and head[-1] in "se":
            options.append((head[:-1], tail))
    parts = {part for option in options for part in option}
    known = frequencies(parts, languages)
    best = None
    for head, tail in options:
        if head in known and tail in known:
            key = min(known[head], known[tail])
            if best is None or key > best[0]:
                best = (key, f"{head} {tail}")
    return best[1] if best else None
