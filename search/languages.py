"""What each site language needs from the engines: stemmer, PostgreSQL configuration, ES analyzer.

PostgreSQL ships Snowball configurations for most of our languages but none for Bulgarian: that one
uses ``simple`` (lower-casing, no stemming). Catalan is only in newer servers (the PostgreSQL
engine checks ``pg_ts_config`` and falls back to ``simple`` where a configuration is missing).
Elasticsearch has a built-in analyzer for all seven.
"""

import threading

import snowballstemmer
from django.conf import settings

PG_CONFIGS = {
    "en": "english",
    "es": "spanish",
    "ca": "catalan",
    "fr": "french",
    "da": "danish",
    "bg": "simple",
    "ro": "romanian",
}

ES_ANALYZERS = {
    "en": "english",
    "es": "spanish",
    "ca": "catalan",
    "fr": "french",
    "da": "danish",
    "bg": "bulgarian",
    "ro": "romanian",
}

_SNOWBALL = {
    "en": "english",
    "es": "spanish",
    "ca": "catalan",
    "fr": "french",
    "da": "danish",
    "ro": "romanian",
    # Bulgarian: no Snowball stemmer; words are matched as typed (and by prefix).
}


def language_codes() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def language_name(code: str) -> str:
    return dict(settings.LANGUAGES).get(code, code)


def pg_config(language: str) -> str:
    return PG_CONFIGS.get(language, "simple")


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
    """The Snowball stem of a lower-case word in a language (the word itself when there is none)."""
    stemmer = _stemmer(language)
    return stemmer.stemWord(word) if stemmer else word
