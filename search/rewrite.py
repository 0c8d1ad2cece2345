"""What the service does to a parsed query before an engine sees it, the same for every engine:

1. stopwords of the reader's language are dropped (a clause of one stopword never needs to match
   and is never highlighted), unless the query is nothing but stopwords;
2. spelling: a word the index's vocabulary of the searched language does not know — neither the
   word nor any word starting like its stem — is split when it is a compound of two indexed words
   (Danish *tøjindsamling*), else replaced by the closest indexed word (``vocabulary.correct``);
   the reader is told, and can search the original instead (``spell=False``);
3. weights: each clause weighs by the rarity of its words in the index (BM25's idf), so a page
   matching the rarer words of a query ranks above one matching only common ones.
"""

from dataclasses import dataclass

from search import vocabulary
from search.languages import MIN_PREFIX, is_stopword, language_codes, stem_prefix
from search.text import ParsedQuery, fold


@dataclass
class PreparedQuery:
    parsed: ParsedQuery  # what the engine searches
    corrected: ParsedQuery | None = None  # the corrected query (None: nothing corrected)
    uncorrected: ParsedQuery | None = None  # what the engine would search without corrections


def _known(word: str, known: dict[str, int], languages: list[str] | None) -> bool:
    if fold(word) in known:
        return True
    for code in languages or language_codes():
        prefix = fold(stem_prefix(word, code))
        if len(prefix) >= MIN_PREFIX and vocabulary.has_prefix(prefix, languages):
            return True
    return False


def _corrections(parsed: ParsedQuery, languages: list[str] | None, reader_language: str):
    replacements = {}
    words = [w for w in dict.fromkeys(parsed.words) if len(w) >= 3 and not w.isdigit()]
    words = [w for w in words if not is_stopword(w, [reader_language])]
    if not words:
        return {}
    known = vocabulary.frequencies([fold(w) for w in words], languages)
    if not known and not vocabulary.has_prefix("", languages):
        return {}  # an empty index knows no words: nothing to correct against
    for word in words:
        if _known(word, known, languages):
            continue
        folded = fold(word)
        replacement = vocabulary.split(folded, languages) or vocabulary.correct(folded, languages)
        if replacement and replacement != folded:
            replacements[word] = replacement
    return replacements


def _weights(parsed: ParsedQuery, languages: list[str] | None) -> list[float]:
    words = {fold(w) for w in parsed.words}
    known = vocabulary.frequencies(words, languages)
    total = vocabulary.document_count(languages)
    unknown = max(total // 20, 1)  # a form found only through its stem: a middling word
    weights = []
    for clause in parsed.clauses:
        best = 0.0
        for term in clause:
            counts = [known.get(fold(word), unknown) for word in term.words]
            # A phrase is as rare as its rarest word; alternatives (OR) as their rarest one.
            best = max(best, vocabulary.idf(min(counts), total))
        weights.append(best)
    return weights


def prepare(
    parsed: ParsedQuery, reader_language: str, search_language: str | None, spell: bool = True
) -> PreparedQuery:
    content = parsed.without(lambda word: is_stopword(word, [reader_language]))
    if not content:
        return PreparedQuery(parsed=content)
    languages = [search_language] if search_language else None
    corrected = None
    uncorrected = content
    if spell:
        replacements = _corrections(content, languages, reader_language)
        if replacements:
            corrected = parsed.replace_words(replacements)
            content = content.replace_words(replacements)
    content.weights = _weights(content, languages)
    if corrected is not None:
        uncorrected.weights = _weights(uncorrected, languages)
    return PreparedQuery(parsed=content, corrected=corrected, uncorrected=uncorrected)


def correction(parsed: ParsedQuery, language: str | None) -> ParsedQuery | None:
    """The query with its unknown words corrected, or None (for "did you mean")."""
    languages = [language] if language else None
    replacements = _corrections(parsed, languages, language or "")
    return parsed.replace_words(replacements) if replacements else None
