"""Relevance over the demo content: for each query, in several languages, the page a reader is
looking for ranks in the top three — on every engine available here.

The test loads the demo content of the site-wide pages and of the practices (the pages these
queries are about) with per-page indexing switched off, then rebuilds the index once, as
``load_demo_content`` does at its end: loading is several times faster that way.
"""

import os

import pytest
from django.core.management import call_command, get_commands

from search import service
from tests.search.conftest import engine_params

pytestmark = pytest.mark.django_db

# (language, query, title of the page that must be in the top three)
CASES = [
    ("en", "about the alliance", "About the alliance"),
    ("en", "repair jeans with a QR code", "QR-coded jeans that ask to be repaired"),
    ("en", "passport for wool sweaters", "Digital product passport pilot for 14,000 wool sweaters"),
    (
        "en",
        "swimwear from fishing nets",
        "Mar de Fons: swimwear knitted from fishing nets of Catalan ports",
    ),
    (
        "en",
        "apple leather alternative",
        "Agropiel: a leather alternative made from apple pomace in Iași",
    ),
    (
        "en",
        "sorting used textiles with AI",
        "NordSort: AI-assisted sorting of used textiles for reuse and recycling",
    ),
    (
        "es",
        "alquiler de ropa infantil",
        "Un armario que crece: suscripción de alquiler de ropa infantil",
    ),
    (
        "es",
        "hilo de algodón reciclado",
        "Hilo de algodón reciclado a partir de los retales de corte de la confección catalana",
    ),
    (
        "es",
        "redes de pesca",
        "Mar de Fons: bañadores tejidos con redes de pesca de puertos catalanes",
    ),
    (
        "fr",
        "échantillons virtuels en maille",
        "À Mataró, les échantillons de maille virtuels réduisent les prototypes des deux tiers",
    ),
    (
        "fr",
        "uniformes hôteliers",
        "Les uniformes hôteliers retrouvent une seconde vie grâce à une entreprise d'insertion varoise",
    ),
    (
        "fr",
        "réparateurs de maroquinerie",
        "Réseau Cuir Réparé : un réseau provençal de réparateurs de maroquinerie avec réservation en ligne",
    ),
    ("da", "lejet børnetøj", "En garderobe, der vokser med: abonnement på lejet børnetøj"),
    (
        "ca",
        "mostres virtuals de punt",
        "Les mostres virtuals de punt redueixen en dos terços els prototips d'un taller de Mataró",
    ),
    ("bg", "Габрово", "Обучение на опитни конструктори по 3D CAD в Габрово"),
]


@pytest.fixture
def demo_content(settings):
    available = get_commands()
    if "load_practices_demo" not in available:
        pytest.skip("the practices demo content (load_practices_demo) is not available")
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {"BACKEND": "wagtail.search.backends.database", "AUTO_UPDATE": False}
    }
    settings.SEARCH_AUTO_UPDATE = False
    with open(os.devnull, "w") as devnull:
        for name in ("load_home_demo", "load_practices_demo"):
            call_command(name, stdout=devnull)
        settings.SEARCH_AUTO_UPDATE = True
        call_command("rebuild_search_index", stdout=devnull)


@pytest.mark.parametrize("engine_name", engine_params())
def test_expected_pages_rank_in_the_top_three(engine_name, demo_content, settings, engine_for):
    engine_for(engine_name)
    settings.SEARCH_ENGINE = engine_name
    misses = []
    for language, query, expected in CASES:
        results = service.search(query, language)
        top = [r.title for r in results.results[:3]]
        if expected not in top:
            misses.append(f"[{language}] {query!r}: expected {expected!r}, got {top}")
    assert not misses, "\n".join(misses)
