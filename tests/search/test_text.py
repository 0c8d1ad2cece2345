"""Query parsing and highlighting: what a reader types is only ever text."""

from search.text import MARK_END, MARK_START, clean_query, highlight_html, parse_query


def test_highlight_escapes_everything_but_the_marks():
    text = f"<script>alert(1)</script> {MARK_START}repair{MARK_END} & <b>"
    assert highlight_html(text) == (
        "&lt;script&gt;alert(1)&lt;/script&gt; <mark>repair</mark> &amp; &lt;b&gt;"
    )


def test_highlight_balances_marks():
    assert highlight_html(f"{MARK_START}open") == "<mark>open</mark>"
    assert highlight_html(f"close{MARK_END}") == "close"


def test_long_queries_are_cut_at_a_word():
    text, cut = clean_query("recycled " * 2000)
    assert cut and len(text) <= 200 and text.endswith("recycled")
    assert clean_query("short") == ("short", False)


def test_control_characters_and_markers_are_removed():
    text, _cut = clean_query(f"re\x00pair {MARK_START}x")
    assert "\x00" not in text and MARK_START not in text


def test_parse_words_phrases_or_and_exclusions():
    parsed = parse_query('Denim "take back" repair OR rental -leather')
    assert parsed.display() == 'denim "take back" repair OR rental -leather'
    assert parsed.words == ["denim", "take", "back", "repair", "rental"]


def test_operators_of_engines_are_plain_separators():
    assert parse_query('" * : ( ) - ~ ^').clauses == []
    assert parse_query("e-commerce").display() == '"e commerce"'
    assert not parse_query("-only")  # nothing positive to search for
    assert parse_query("or de oro").words == ["or", "de", "oro"]  # lower-case "or" is a word


def test_websearch_quotes_every_term():
    assert parse_query("or x -y").websearch() == '"or" "x" -"y"'
