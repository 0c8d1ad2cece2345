"""Pages for the search tests: standard pages built and published the way editors do, so that
every document in the index got there through the publish signals."""

import json
import uuid

import pytest
from django.utils.text import slugify

from home.models import StandardPage
from search import registry
from search.engines import available_engines, get_engine
from search.registry import SearchDocumentData
from tests.conftest import publish


def body(*paragraphs, heading=None):
    blocks = []
    if heading:
        blocks.append({"type": "heading", "value": {"text": heading, "level": "h2"}})
    blocks += [{"type": "paragraph", "value": f"<p>{text}</p>"} for text in paragraphs]
    return json.dumps(blocks)


def make_page(parent, title, introduction="", paragraphs=(), slug=None, live=True, **fields):
    """A standard page below ``parent``: published (live=True) or a draft never published."""
    page = StandardPage(
        title=title,
        slug=slug or slugify(title)[:50],
        introduction=introduction,
        body=body(*paragraphs),
        live=False,
        **fields,
    )
    parent.add_child(instance=page)
    if live:
        return publish(page)
    page.save_revision()
    page.refresh_from_db()
    return page


@pytest.fixture
def facets():
    """Facet values for standard pages by slug, used by a test builder in place of the real one
    while the test runs (standard pages carry no topics; case studies do)."""
    values: dict[str, dict] = {}
    original = registry._builders[StandardPage]

    def build(page):
        data = original(page)
        extra = values.get(page.slug, {})
        return SearchDocumentData(**{**data.__dict__, **extra})

    registry._builders[StandardPage] = build
    yield values
    registry._builders[StandardPage] = original


@pytest.fixture
def corpus(home_page, facets):
    """Five English pages on circular fashion, with topics and countries."""
    facets.update(
        {
            "recycled-polyester": {"topics": ["recycled-fibres"], "country": "ES"},
            "repair-cafes": {"topics": ["repair-and-care"], "country": "FR", "tags": ["denim"]},
            "denim-take-back": {
                "topics": ["take-back-and-sorting", "recycled-fibres"],
                "country": "DK",
                "tags": ["denim"],
            },
            "product-passports": {"topics": ["digital-product-passport"], "country": "RO"},
        }
    )
    pages = {
        "polyester": make_page(
            home_page,
            "Recycled polyester from bottles",
            "A Catalan mill spins yarn from post-consumer PET bottles.",
            ["The mill recycles 40 tonnes of bottles a month into polyester yarn for sportswear."],
            slug="recycled-polyester",
        ),
        "repair": make_page(
            home_page,
            "Repair cafés for garments",
            "Volunteers mend clothes every Saturday in Marseille.",
            ["Repairing a zip or a seam keeps a garment in use for years."],
            slug="repair-cafes",
        ),
        "denim": make_page(
            home_page,
            "Denim take-back scheme",
            "Customers return worn jeans to the shop for a discount.",
            [
                "Returned denim is sorted: wearable pairs are resold, the rest is recycled into new fibres."
            ],
            slug="denim-take-back",
        ),
        "passport": make_page(
            home_page,
            "Digital product passports",
            "A QR code on each garment tells where its fibres come from.",
            ["Traceability data is shared along the supply chain."],
            slug="product-passports",
        ),
        "about": make_page(
            home_page,
            "About the alliance",
            "Five clusters work together on the green and digital transition.",
            ["The alliance gathers clusters from Spain, Bulgaria, France, Romania and Denmark."],
            slug="about",
        ),
    }
    return pages


def engine_params():
    reasons = available_engines()
    return [
        pytest.param(name, marks=pytest.mark.skipif(reason is not None, reason=reason or ""))
        for name, reason in reasons.items()
    ]


@pytest.fixture
def engine_for(db, settings):
    """The engine named, fed with the current documents (Elasticsearch gets a full copy in an
    index of its own, deleted afterwards)."""
    created = []

    def get(name):
        if name == "elasticsearch":
            settings.SEARCH_ELASTICSEARCH_INDEX = f"clothhub-test-{uuid.uuid4().hex[:12]}"
        engine = get_engine(name)
        engine.ensure_schema()
        if name == "elasticsearch":
            from search.models import SearchDocument

            created.append(engine)
            docs = SearchDocument.objects.all()
            engine.rebuild(docs.iterator(), docs.count())
        return engine

    yield get
    for engine in created:
        engine.delete_indices()
