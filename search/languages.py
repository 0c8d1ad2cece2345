"""What each site language needs from the engines: stemmer, stopwords, PostgreSQL configuration,
ES analyzer.

PostgreSQL: each language has its own configuration ``clothhub_<code>`` (created by the migration
``search.0003_clothhub_text_search_configs``): ``unaccent`` then the language's Snowball
dictionary, so unaccented queries find accented text. Bulgarian has no Snowball dictionary in
PostgreSQL: its configuration is ``unaccent`` + ``simple``, and queries match inflected forms
through the prefix of the word's light stem (``stem_prefix``), as on SQLite. Where a configuration
is missing the engine falls back to the Snowball one (``PG_BASE_CONFIGS``) or ``simple``.

Stopwords never need to match and are never highlighted. Neither list package is complete alone:
``stopwords`` has Snowball's English list but lacks "de" in Spanish and French; ``stop-words`` has
the function words of the other six but an English list of 1,300 words with "value", "used" and
"new" in it. English takes the first, the others the union of both. Bulgarian stemming is the light stemmer of Nakov / Savoy that
Lucene's ``BulgarianStemmer`` (and so Elasticsearch's ``bulgarian`` analyzer) implements.
"""

import threading
from functools import lru_cache

import snowballstemmer
import stop_words
import stopwords as stopword_lists
from django.conf import settings

from search.text import fold

# Stem prefixes shorter than this match too much ("rep*"): the SQL engines use the word itself.
MIN_PREFIX = 4

PG_CONFIGS = {code: f"clothhub_{code}" for code in ("en", "es", "ca", "fr", "da", "bg", "ro")}

PG_BASE_CONFIGS = {
    "en": "english",
    "es": "spanish",
    "ca": "catalan",
    "fr": "french",
    "da": "danish",
    "bg": "simple",
    "ro": "romanian",
}

# The languages as the stopword lists, Elasticsearch's analyzers and Snowball name them.
_ENGLISH_NAMES = {
    "en": "english",
    "es": "spanish",
    "ca": "catalan",
    "fr": "french",
    "da": "danish",
    "bg": "bulgarian",
    "ro": "romanian",
}
_STOPWORD_LISTS = _ENGLISH_NAMES
ES_ANALYZERS = _ENGLISH_NAMES
# Bulgarian: no Snowball stemmer; words are matched as typed (and by prefix).
_SNOWBALL = {code: name for code, name in _ENGLISH_NAMES.items() if code != "bg"}


def language_codes() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def language_name(code: str) -> str:
    return dict(settings.LANGUAGES).get(code, code)


def pg_config(language: str) -> str:
    return PG_CONFIGS.get(language, "simple")


def pg_base_config(language: str) -> str:
    return PG_BASE_CONFIGS.get(language, "simple")


# Question words the lists lack: readers ask questions ("hvordan starter vi…?").
EXTRA_STOPWORDS = {
    "en": ["how", "what", "which", "why", "where", "when", "who", "can", "get"],
    "da": ["hvordan", "hvad", "hvorfor", "hvilke", "hvilken", "hvornår", "kan", "får"],
    "ca": ["del", "dels", "què", "quin", "quina", "quins", "quines", "puc", "podem"],
    "es": ["qué", "cuál", "cuáles", "puedo", "podemos", "hago"],
    "fr": ["quel", "quelle", "quels", "quelles", "comment", "pourquoi", "peut", "faire"],
    "bg": ["как", "какво", "кои", "защо", "мога", "можем"],
    "ro": ["cum", "ce", "care", "pot", "putem", "de ce"],
}


@lru_cache(maxsize=16)
def stopword_list(language: str) -> list[str]:
    """The stopwords of a language as written (for Elasticsearch's stop filter)."""
    name = _STOPWORD_LISTS.get(language)
    if not name:
        return []
    words = set(stopword_lists.get_stopwords(name))
    if language != "en":
        words |= set(stop_words.get_stop_words(language))
    words |= set(EXTRA_STOPWORDS.get(language, []))
    return sorted(word for word in words if word and " " not in word)


@lru_cache(maxsize=16)
def stopwords(language: str) -> frozenset[str]:
    """The folded stopwords of a language (empty for a language without a list)."""
    return frozenset(fold(word) for word in stopword_list(language))


def is_stopword(word: str, languages) -> bool:
    folded = fold(word)
    return any(folded in stopwords(code) for code in languages)


def es_analyzer(language: str) -> str:
    return ES_ANALYZERS.get(language, "standard")


_local = threading.local()


def _stemmer(language: str):
    """A stemmer per thread: Snowball stemmer objects keep state while they work."""
    stemmers = getattr(_local, "stemmers", None)
    if stemmers is None:
        stemmers = _local.stemmers = {}
    if language not in stemmers:
        algorithm = _SNOWBALL.get(language)
        stemmers[language] = snowballstemmer.stemmer(algorithm) if algorithm else None
    return stemmers[language]


def stem(word: str, language: str) -> str:
    """The stem of a lower-case word in a language: Snowball, or the light Bulgarian stemmer."""
    if language == "bg":
        return bulgarian_stem(word)
    stemmer = _stemmer(language)
    return stemmer.stemWord(word) if stemmer else word


def stem_prefix(word: str, language: str) -> str:
    """What the stem and the word have in common at the start: every form of the word starts
    with it (the Bulgarian stemmer rewrites endings: отпадъците → отпадк, prefix отпадъ), so the
    SQL engines match ``prefix*`` against the words as written."""
    prefix = _common_prefix(word, stem(word, language))
    if language == "bg" and len(prefix) < MIN_PREFIX:
        # A short stem (кроенето → крон): the word without its article still finds its forms.
        prefix = _common_prefix(word, _remove_article(word))
    return prefix


def _common_prefix(a: str, b: str) -> str:
    length = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        length += 1
    return a[:length]


def _ends(word: str, suffix: str) -> bool:
    return word.endswith(suffix)


def _remove_article(w: str) -> str:
    n = len(w)
    if n > 6 and _ends(w, "ият"):
        return w[:-3]
    if n > 5 and any(_ends(w, s) for s in ("ът", "то", "те", "та", "ия")):
        return w[:-2]
    if n > 4 and _ends(w, "ят"):
        return w[:-2]
    return w


def _remove_plural(w: str) -> str:
    n = len(w)
    if n > 6:
        if _ends(w, "овци"):
            return w[:-3]  # овци -> о
        if _ends(w, "ове"):
            return w[:-3]
        if _ends(w, "еве"):
            return w[:-3] + "й"
    if n > 5:
        if _ends(w, "ища"):
            return w[:-3]
        if _ends(w, "та"):
            return w[:-2]
        if _ends(w, "ци"):
            return w[:-2] + "к"
        if _ends(w, "зи"):
            return w[:-2] + "г"
        if w[-3] == "е" and w[-1] == "и":
            return w[:-3] + "я" + w[-2]
    if n > 4:
        if _ends(w, "си"):
            return w[:-2] + "х"
        if _ends(w, "и"):
            return w[:-1]
    return w


def bulgarian_stem(word: str) -> str:
    """Light Bulgarian stemmer (Nakov 2003, as in Lucene's BulgarianStemmer): articles, plurals
    and a final vowel removed; цифровия, цифрови, цифровият → цифров."""
    w = word.lower()
    if len(w) < 4:
        return w
    if len(w) > 5 and _ends(w, "ища"):
        return w[:-3]
    w = _remove_article(w)
    w = _remove_plural(w)
    if len(w) > 3:
        if _ends(w, "я"):
            w = w[:-1]
        if _ends(w, "а") or _ends(w, "о") or _ends(w, "е"):
            w = w[:-1]
    if len(w) > 4 and _ends(w, "ен"):
        w = w[:-2] + "н"
    if len(w) > 5 and w[-2] == "ъ":
        w = w[:-2] + w[-1]
    return w
