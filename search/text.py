"""Text handling shared by the indexer, the engines and the service.

- ``clean_text``: what is stored in the index (NFC, no control characters, no highlight markers).
- ``MARK_START``/``MARK_END``: private-use characters the engines put around matched words; only
  ``highlight_html`` turns them into ``<mark>`` tags, after escaping everything else, so a page that
  contains ``<script>`` as text shows it as text.
- ``parse_query``: the reader's query as a small, safe structure (words, phrases, exclusions, OR)
  that each engine compiles into its own syntax; nothing the reader types reaches an engine's
  query language unescaped.
"""

import re
import unicodedata
from dataclasses import dataclass, field

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

MARK_START = "\ue000"
MARK_END = "\ue001"
_MARKERS = {ord(MARK_START): None, ord(MARK_END): None}
# Romanian s and t with a cedilla (typed on old keyboards) are the same letters as those with a
# comma below: one spelling in the index and in queries.
_ROMANIAN = str.maketrans("şŞţŢ", "șȘțȚ")

# Letters and digits: what every engine's tokenizer treats as the inside of a word.
WORD_RE = re.compile(r"[^\W_]+")
_SPACE_RE = re.compile(r"\s+")

MAX_QUERY_LENGTH = 200
MAX_QUERY_TERMS = 24
MAX_WORD_LENGTH = 60
MAX_BODY_LENGTH = 100_000


def _strip_controls(text: str) -> str:
    # Control characters (NUL cannot be stored by PostgreSQL) and lone surrogates (cannot be
    # encoded) become spaces; our highlight markers are removed.
    return "".join(
        " " if unicodedata.category(ch) in ("Cc", "Cs") and ch not in "\n\t" else ch
        for ch in text.translate(_MARKERS)
    )


def clean_text(text, max_length: int | None = None) -> str:
    """Text as stored in the index: NFC, no control characters or markers, single spaces."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", _strip_controls(str(text))).translate(_ROMANIAN)
    text = _SPACE_RE.sub(" ", text).strip()
    if max_length is not None and len(text) > max_length:
        text = text[:max_length].rsplit(" ", 1)[0]
    return text


def clean_query(raw) -> tuple[str, bool]:
    """The reader's query cleaned and cut to ``MAX_QUERY_LENGTH``; True when it was cut."""
    text = clean_text(raw or "")
    if len(text) <= MAX_QUERY_LENGTH:
        return text, False
    cut = text[:MAX_QUERY_LENGTH]
    if " " in cut[MAX_QUERY_LENGTH // 2 :]:
        cut = cut.rsplit(" ", 1)[0]
    return cut.strip(), True


def fold(word: str) -> str:
    """A word as every engine compares it: lower case, no diacritics (FTS5's ``remove_diacritics
    2``, PostgreSQL's ``unaccent``, Elasticsearch's ``asciifolding``), Romanian letters unified."""
    decomposed = unicodedata.normalize("NFKD", word.lower().translate(_ROMANIAN))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words_of(text: str) -> list[str]:
    """The folded words of a text, in order (how the vocabulary counts them)."""
    return [fold(word) for word in WORD_RE.findall(text or "")]


def highlight_html(text: str) -> SafeString:
    """Escape ``text`` and turn the engines' markers into ``<mark>`` tags (balanced)."""
    out = []
    open_mark = False
    for chunk in re.split(f"([{MARK_START}{MARK_END}])", text or ""):
        if chunk == MARK_START:
            if not open_mark:
                out.append("<mark>")
                open_mark = True
        elif chunk == MARK_END:
            if open_mark:
                out.append("</mark>")
                open_mark = False
        else:
            out.append(escape(chunk))
    if open_mark:
        out.append("</mark>")
    return mark_safe("".join(out))  # noqa: S308 - every chunk of text was escaped above


def has_marks(text: str | None) -> bool:
    return bool(text) and MARK_START in text


ELLIPSIS = "…"


def with_ellipses(snippet: str, source: str, delimiter: str = " … ") -> str:
    """A snippet made of fragments of ``source`` (with highlight markers), with "…" before a
    first fragment that does not start the text and after a last one that does not end it."""
    if not snippet:
        return snippet
    fragments = snippet.split(delimiter)
    source = (source or "").strip()
    first = fragments[0].translate(_MARKERS).strip()
    last = fragments[-1].translate(_MARKERS).strip()
    out = snippet.strip()
    # Written like FTS5's snippets: "…word … word…".
    if first and not source.startswith(first) and not out.startswith(ELLIPSIS):
        out = ELLIPSIS + out
    if last and not source.endswith(last) and not out.endswith(ELLIPSIS):
        out = out + ELLIPSIS
    return out


def truncate_words(text: str, length: int = 240) -> str:
    if len(text) <= length:
        return text
    return text[:length].rsplit(" ", 1)[0] + "…"


@dataclass(frozen=True)
class Term:
    """A word or, when ``words`` has several entries, a phrase typed in double quotes."""

    words: tuple[str, ...]

    @property
    def is_phrase(self) -> bool:
        return len(self.words) > 1

    def text(self) -> str:
        return " ".join(self.words)


@dataclass
class ParsedQuery:
    """A query as clauses that must all match (each clause: one term or alternatives joined by
    OR), plus terms that must not match."""

    text: str = ""
    clauses: list[tuple[Term, ...]] = field(default_factory=list)
    excluded: list[Term] = field(default_factory=list)
    # One weight per clause (how rare its words are in the index; set by the service from the
    # vocabulary): a page matching rarer words ranks higher. None: every clause weighs the same.
    weights: list[float] | None = None

    def clause_weights(self) -> list[float]:
        if self.weights and len(self.weights) == len(self.clauses):
            return list(self.weights)
        return [1.0] * len(self.clauses)

    def __bool__(self) -> bool:
        return bool(self.clauses)

    @property
    def words(self) -> list[str]:
        return [word for clause in self.clauses for term in clause for word in term.words]

    def websearch(self) -> str:
        """The query in the syntax of PostgreSQL's websearch_to_tsquery: every term quoted, words
        made of letters and digits only, so nothing in here is an operator by accident."""
        parts = []
        for clause in self.clauses:
            parts.append(" or ".join(_websearch_term(term) for term in clause))
        parts.extend("-" + _websearch_term(term) for term in self.excluded)
        return " ".join(parts)

    def replace_words(self, replacements: dict[str, str]) -> "ParsedQuery":
        """The same query with some words replaced (spelling corrections). A replacement of
        several words (a compound split into its parts) becomes that many clauses when it
        replaces a clause of one word, and a longer phrase inside a phrase."""

        def swap(term: Term) -> Term:
            words = []
            for word in term.words:
                words.extend(replacements.get(word, word).split())
            return Term(tuple(words))

        clauses = []
        for clause in self.clauses:
            if len(clause) == 1 and not clause[0].is_phrase:
                clauses.extend((Term((word,)),) for word in swap(clause[0]).words)
            else:
                clauses.append(tuple(swap(term) for term in clause))
        excluded = [swap(term) for term in self.excluded]
        parsed = ParsedQuery(clauses=clauses, excluded=excluded)
        parsed.text = parsed.display()
        return parsed

    def without(self, is_stopword) -> "ParsedQuery":
        """The query without the clauses that are a single stopword (they never need to match and
        are never highlighted); the query itself when every clause is one ("to be or not")."""
        kept = [
            clause
            for clause in self.clauses
            if not (
                len(clause) == 1 and not clause[0].is_phrase and is_stopword(clause[0].words[0])
            )
        ]
        if not kept or len(kept) == len(self.clauses):
            return self
        parsed = ParsedQuery(text=self.text, clauses=kept, excluded=list(self.excluded))
        return parsed

    def display(self) -> str:
        parts = []
        for clause in self.clauses:
            parts.append(" OR ".join(_display_term(term) for term in clause))
        parts.extend("-" + _display_term(term) for term in self.excluded)
        return " ".join(parts)


def _websearch_term(term: Term) -> str:
    # Always quoted: a bare "or" would be websearch_to_tsquery's OR operator.
    return f'"{term.text()}"'


def _display_term(term: Term) -> str:
    return f'"{term.text()}"' if term.is_phrase else term.text()


_TOKEN_RE = re.compile(r'(-?)"([^"]*)"?|(\S+)')


def parse_query(text: str) -> ParsedQuery:
    """Parse a cleaned query. Supported, like most search boxes: words (any may match; pages
    matching all of them rank first),
    "exact phrases", -word or -"phrase" to exclude, and OR between two terms. Every other
    character is a separator; operators of the engines' own syntaxes (``* : ( ) ~ ^ AND NOT``)
    are just words or separators here. Words are lower-cased."""
    parsed = ParsedQuery(text=text)
    pending_or = False
    count = 0
    for match in _TOKEN_RE.finditer(text):
        negated = bool(match.group(1))
        if match.group(2) is not None:
            source = match.group(2)
        else:
            source = match.group(3)
            if source == "OR":
                pending_or = bool(parsed.clauses)
                continue
            if source.startswith("-") and len(source) > 1:
                negated = True
                source = source[1:]
        # A token such as "e-commerce" or "CO2/kg" is several words that must follow each other.
        words = tuple(word[:MAX_WORD_LENGTH] for word in WORD_RE.findall(source.lower()))
        if not words:
            continue
        count += len(words)
        if count > MAX_QUERY_TERMS:
            break
        term = Term(words)
        if negated:
            parsed.excluded.append(term)
        elif pending_or and parsed.clauses:
            parsed.clauses[-1] = parsed.clauses[-1] + (term,)
        else:
            parsed.clauses.append((term,))
        pending_or = False
    return parsed
