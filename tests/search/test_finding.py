"""Search finds what readers mean (issue 12), on the database's own engine (SQLite FTS5, or
PostgreSQL when the tests run on PostgreSQL): questions full of stopwords, typos, missing accents,
Bulgarian inflections, Danish compounds, Romanian cedillas, another language through our
vocabulary — and still never a draft or a private page."""

import re

import pytest
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import PageViewRestriction

from practices.models import Topic
from search.models import SearchTerm
from tests.conftest import translate
from tests.search.conftest import make_page

pytestmark = pytest.mark.django_db


def get(client, lang="en", **params):
    return client.get(f"/{lang}/search/", params)


def in_language(lang, message, **values):
    """A notice of the search page as a reader of ``lang`` sees it (the UI is translated)."""
    with translation.override(lang):
        return gettext(message) % values


def titles(html):
    return [
        re.sub(r"<[^>]+>", "", m)
        for m in re.findall(r'<h3 class="search-result__title"><a [^>]*>(.*?)</a></h3>', html)
    ]


def main_titles(html):
    """Titles of the results in the reader's language (before "Also in other languages")."""
    cut = html.find('id="other-languages-title"')
    return titles(html if cut < 0 else html[:cut])


def other_titles(html):
    cut = html.find('id="other-languages-title"')
    return [] if cut < 0 else titles(html[cut:])


@pytest.fixture
def pages(translated_homes, facets):
    homes = translated_homes
    for code, name in {
        "en": "Digital product passport",
        "es": "Pasaporte digital de producto",
        "ca": "Passaport digital de producte",
        "fr": "Passeport numérique des produits",
        "da": "Digitalt produktpas",
        "bg": "Цифров продуктов паспорт",
        "ro": "Pașaport digital al produsului",
    }.items():
        Topic.objects.create(
            slug="digital-product-passport", name=name, locale=homes[code].locale, family="digital"
        )
    facets.update({"dpp-wool": {"topics": ["digital-product-passport"]}})
    return {
        "dpp": make_page(
            homes["en"],
            "Passports for wool sweaters",
            "Each sweater carries a QR code with the origin of its wool.",
            ["Traceability data follows the garment from the farm to the shop."],
            slug="dpp-wool",
        ),
        "returns": make_page(
            homes["es"],
            "Menos devoluciones en el comercio electrónico de moda",
            "Una tienda online de ropa redujo sus devoluciones un 30 % con una guía de tallas.",
            ["La guía de tallas se basa en las medidas de los clientes."],
            slug="devoluciones",
        ),
        "repair": make_page(
            homes["fr"],
            "Réparation des vêtements à Marseille",
            "Un atelier de quartier répare les vêtements abîmés.",
            ["Les bénévoles remplacent les fermetures éclair et les boutons."],
            slug="reparation",
        ),
        "cutting": make_page(
            homes["bg"],
            "Намаляване на отпадъците от кроене",
            "Фабрика в Габрово използва софтуер за разкрой.",
            ["Остатъците от плат се продават на дизайнери."],
            slug="kroene",
        ),
        "collection": make_page(
            homes["da"],
            "Indsamling af tøj i Aarhus",
            "Kommunen samler brugt tøj ind fra containere.",
            ["Tøjet sorteres til genbrug og genanvendelse."],
            slug="indsamling",
        ),
        "weaving": make_page(
            homes["ro"],
            "Țesături reciclate din Timișoara",
            "O fabrică țese fire reciclate din deșeuri textile.",
            ["Deşeurile sunt sortate manual."],  # cedilla ş, as old keyboards type it
            slug="tesaturi",
        ),
    }


def test_a_question_with_stopwords_finds_the_page_and_does_not_highlight_them(client, pages):
    html = get(client, "es", q="¿cómo reducir las devoluciones de una tienda online?").content
    html = html.decode()
    assert main_titles(html)[0] == "Menos devoluciones en el comercio electrónico de moda"
    assert "<mark>devoluciones</mark>" in html
    for stopword in ("de", "las", "una", "cómo", "De", "Una"):
        assert f"<mark>{stopword}</mark>" not in html


def test_a_typo_is_corrected_and_searched_with_a_notice_and_a_way_back(client, pages):
    response = get(client, "en", q="passprots for wol sweaters")
    html = response.content.decode()
    assert main_titles(html) == ["Passports for wool sweaters"]
    assert "Showing results for <strong>passports for wool sweaters</strong>" in html
    link = re.search(
        r'<a href="([^"]*)">search instead for <em>passprots for wol sweaters</em>', html
    )
    assert link and "spell=off" in link.group(1)
    original = client.get("/en/search/" + link.group(1).replace("&amp;", "&")).content.decode()
    assert "Showing results for" not in original
    # The corrections are still offered as a link.
    assert "Did you mean" in original or main_titles(original)


def test_the_api_gives_the_corrected_query_and_the_original(client, pages):
    data = client.get("/api/search/", {"q": "digtal product pasport", "lang": "en"}).json()
    assert data["query"] == "digtal product pasport"
    assert data["corrected_query"] == "digital product passport"
    assert [r["title"] for r in data["results"]] == ["Passports for wool sweaters"]
    data = client.get("/api/search/", {"q": "wool sweaters", "lang": "en"}).json()
    assert data["corrected_query"] == ""


def test_real_words_are_never_corrected(client, pages):
    data = client.get("/api/search/", {"q": "tienda", "lang": "es"}).json()
    assert data["corrected_query"] == ""
    assert data["results"][0]["title"].startswith("Menos devoluciones")


def test_an_unaccented_query_finds_accented_text(client, pages):
    html = get(client, "fr", q="reparation vetements").content.decode()
    assert main_titles(html) == ["Réparation des vêtements à Marseille"]
    assert "<mark>Réparation</mark>" in html
    assert "Showing results for" not in html  # nothing to correct: the words are known


def test_a_bulgarian_inflection_finds_the_page(client, pages):
    for q in ("отпадъци", "как да намалим отпадъците от кроене във фабриката?"):
        html = get(client, "bg", q=q).content.decode()
        assert main_titles(html)[:1] == ["Намаляване на отпадъците от кроене"], q
    assert "<mark>във</mark>" not in html and "<mark>от</mark>" not in html


def test_a_danish_compound_is_split_against_the_vocabulary(client, pages):
    html = get(client, "da", q="tøjindsamling").content.decode()
    assert main_titles(html) == ["Indsamling af tøj i Aarhus"]
    notice = "Showing results for <strong>%(corrected)s</strong>"
    assert in_language("da", notice, corrected="tøj indsamling") in html


def test_romanian_cedilla_and_comma_below_are_the_same_letters(client, pages):
    for q in ("ţesături", "țesături", "deşeurile", "deșeurile", "tesaturi"):
        html = get(client, "ro", q=q).content.decode()
        assert main_titles(html) == ["Țesături reciclate din Timișoara"], q


def test_a_vocabulary_label_in_another_language_finds_pages_tagged_with_it(client, pages):
    html = get(client, "bg", q="цифров продуктов паспорт", scope="all").content.decode()
    assert "Passports for wool sweaters" in titles(html)
    assert "English</span>" in html and 'hreflang="en"' in html


def test_few_results_show_the_best_in_other_languages_beneath(client, pages):
    html = get(client, "bg", q="цифров продуктов паспорт").content.decode()
    assert main_titles(html) == []
    assert in_language("bg", "Also in other languages") in html
    assert other_titles(html) == ["Passports for wool sweaters"]
    data = client.get("/api/search/", {"q": "цифров продуктов паспорт", "lang": "bg"}).json()
    assert [r["language"] for r in data["other_languages"]] == ["en"]
    # Enough results in the reader's language: nothing from other languages.
    html = get(client, "en", q="wool").content.decode()
    assert "Also in other languages" not in html or main_titles(html)


def test_snippets_start_at_a_word_boundary_and_mark_matched_words_only(client, home_page):
    words = " ".join(f"filler{i}" for i in range(60))
    make_page(home_page, "Long story", "", [f"{words} the denim of the shop is mended. {words}"])
    html = get(client, "en", q="the denim").content.decode()
    snippet = re.search(r'<p class="search-result__snippet">(.*?)</p>', html, re.S).group(1)
    assert snippet.startswith("…")
    assert re.match(r"…filler\d+ ", snippet)  # a whole word after the ellipsis
    assert "<mark>denim</mark>" in snippet and "<mark>the</mark>" not in snippet


def test_drafts_and_private_pages_are_never_found_nor_proposed_as_corrections(client, pages):
    home = pages["dpp"].get_parent()
    make_page(home, "Zirconium draft notes", "Unpublished zirconium plans.", live=False)
    private = make_page(home, "Ytterbium board minutes", "Confidential ytterbium figures.")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    for q in ("zirconium", "ytterbium", "zirconim", "yterbium", "board minutes"):
        for scope in ("language", "all"):
            html = get(client, "en", q=q, scope=scope).content.decode()
            found = titles(html)
            assert not [t for t in found if "Zirconium" in t or "Ytterbium" in t], q
            assert "Showing results for" not in html
            data = client.get("/api/search/", {"q": q, "lang": "en", "scope": scope}).json()
            assert data["corrected_query"] == "" and data["suggestions"] == []
    assert not SearchTerm.objects.filter(term__in=["zirconium", "ytterbium"]).exists()


def test_the_vocabulary_follows_publishing_and_unpublishing(
    client, home_page, django_capture_on_commit_callbacks
):
    page = make_page(home_page, "Mycelium leather", "Grown from mushroom roots.")
    assert SearchTerm.objects.filter(language="en", term="mycelium", documents=1).exists()
    # The documents (and their words) go when the unpublishing commits (search.visibility).
    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
    assert not SearchTerm.objects.filter(term="mycelium").exists()


def test_a_long_question_never_fails(client, pages):
    q = " ".join(["¿cómo reducir las devoluciones de una tienda online?"] * 20)  # ~150 words
    for lang in ("es", "en", "bg"):
        assert get(client, lang, q=q).status_code == 200
        assert client.get("/api/search/", {"q": q, "lang": lang}).status_code == 200


def test_wagtail_api_search_is_switched_off(client, pages):
    q = " ".join(["word"] * 150)
    response = client.get("/api/v2/pages/", {"search": q})
    assert response.status_code == 400
    assert "search is disabled" in response.json()["message"]
    assert client.get("/api/v2/pages/").status_code == 200


def test_translations_get_their_own_vocabulary(client, pages):
    translate(pages["dpp"], "fr", title="Passeports pour pulls en laine", slug="dpp-laine")
    assert SearchTerm.objects.filter(language="fr", term="laine").exists()
    assert not SearchTerm.objects.filter(language="en", term="laine").exists()
