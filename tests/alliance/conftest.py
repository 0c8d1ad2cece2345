"""Fixtures of the alliance tests: a small vocabulary, the alliance pages under the English home
page, member organisations in several regions, and helpers to count queries."""

import datetime

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from alliance.models import OrganisationProfile
from tests.factories.alliance import (
    CapabilityFactory,
    DirectoryPageFactory,
    ExchangeIndexPageFactory,
    ExchangePageFactory,
    ExchangeParticipantFactory,
    MapPageFactory,
    OrganisationProfileFactory,
    ProgrammeFiguresPageFactory,
    RegionPageFactory,
)
from tests.factories.practices import (
    CaseStudyPageFactory,
    OrganisationFactory,
    OrganisationTypeFactory,
    PracticesIndexPageFactory,
    TopicFactory,
    ValueChainStageFactory,
)


@pytest.fixture(autouse=True)
def _no_minimum_form_time(settings):
    """The application form refuses answers sent within seconds of opening it; tests that check
    that rule set the minimum back themselves. Rate-limit counters start from zero."""
    settings.ALLIANCE_APPLICATION_MIN_SECONDS = 0
    for alias in settings.CACHES:
        caches[alias].clear()


@pytest.fixture
def vocab(locales):
    org_types = {
        slug: OrganisationTypeFactory(slug=slug, name=name, sort_order=i)
        for i, (slug, name) in enumerate(
            [
                ("sme", "SME"),
                ("large-company", "Large company"),
                ("cluster", "Cluster organisation"),
                ("scale-up-support", "Scale-up support organisation"),
                ("public-body", "Public body"),
            ]
        )
    }
    OrganisationTypeFactory(
        slug="sme",
        name="Pyme",
        locale=locales["es"],
        translation_key=org_types["sme"].translation_key,
    )
    capabilities = {
        "repair": CapabilityFactory(slug="repair", name="Repair and alterations", sort_order=1),
        "sorting": CapabilityFactory(slug="sorting", name="Textile sorting", sort_order=2),
        "3d-design": CapabilityFactory(slug="3d-design", name="3D design", sort_order=3),
    }
    CapabilityFactory(
        slug="repair",
        name="Reparación y arreglos",
        locale=locales["es"],
        translation_key=capabilities["repair"].translation_key,
    )
    topics = {
        "repair-and-care": TopicFactory(slug="repair-and-care", name="Repair and care"),
        "digital-product-passport": TopicFactory(
            slug="digital-product-passport", name="Digital product passport", family="digital"
        ),
    }
    stages = {"use-care": ValueChainStageFactory(slug="use-care", name="Use and care")}
    return {
        "org_types": org_types,
        "capabilities": capabilities,
        "topics": topics,
        "stages": stages,
    }


@pytest.fixture
def alliance_pages(home_page):
    map_page = MapPageFactory(parent=home_page)
    regions = {
        key: RegionPageFactory(parent=map_page, region=key)
        for key in ("catalonia", "bulgaria", "provence", "north-east-romania", "denmark")
    }
    return {
        "directory": DirectoryPageFactory(parent=home_page),
        "map": map_page,
        "regions": regions,
        "exchanges": ExchangeIndexPageFactory(parent=home_page),
        "figures": ProgrammeFiguresPageFactory(parent=home_page),
        "practices": PracticesIndexPageFactory(parent=home_page),
    }


def make_member(vocab, name, country, region, org_type="sme", capabilities=(), status="approved"):
    organisation = OrganisationFactory(
        name=name, country=country, region=region, org_type=vocab["org_types"][org_type]
    )
    return OrganisationProfileFactory(
        organisation=organisation,
        status=status,
        capabilities=[vocab["capabilities"][slug] for slug in capabilities],
    )


@pytest.fixture
def members(vocab):
    """Five approved members in four regions (and one outside them), plus a pending and a
    rejected application."""
    return {
        "repairloop": make_member(
            vocab, "RepairLoop ApS", "DK", "Capital Region of Denmark", capabilities=["repair"]
        ),
        "nordsort": make_member(
            vocab, "NordSort ApS", "DK", "Region of Southern Denmark", capabilities=["sorting"]
        ),
        "punt-nou": make_member(
            vocab, "Punt Nou Knitwear SL", "ES", "Catalunya", capabilities=["3d-design"]
        ),
        "llobregat": make_member(
            vocab,
            "Grup Llobregat Moda SA",
            "ES",
            "Catalonia",
            org_type="large-company",
            capabilities=["sorting", "repair"],
        ),
        "madrid": make_member(
            vocab, "Moda Centro SL", "ES", "Community of Madrid", capabilities=["repair"]
        ),
        "rodopi": make_member(
            vocab, "Rodopi Knit OOD", "BG", "South-Central Region", org_type="sme"
        ),
        "pending": make_member(
            vocab,
            "Pending Textiles SL",
            "ES",
            "Catalonia",
            capabilities=["repair"],
            status=OrganisationProfile.PENDING,
        ),
        "rejected": make_member(
            vocab,
            "Spam Fashion Ltd",
            "DK",
            "Capital Region of Denmark",
            capabilities=["repair"],
            status=OrganisationProfile.REJECTED,
        ),
    }


def make_exchange(
    index, host=None, host_country="DK", participants=(), topics=(), start=None, end=None, **fields
):
    start = start or datetime.date(2024, 4, 15)
    end = end or start + datetime.timedelta(days=3)
    page = ExchangePageFactory(
        parent=index,
        host_organisation=host,
        host_country=host_country,
        start_date=start,
        end_date=end,
        **fields,
    )
    if topics:
        page.topics.set(topics)
        page.save()
    for organisation, kind, country in participants:
        ExchangeParticipantFactory(
            page=page,
            organisation=organisation,
            name="" if organisation else "Visiting Company GmbH",
            participant_type=kind,
            country=country,
        )
    return page


def make_case_study(index, organisations=(), **fields):
    # Fixed dates: the factory's date sequence would pass its review date in a long test run.
    fields.setdefault("publication_date", datetime.date(2024, 6, 1))
    fields.setdefault("last_reviewed", datetime.date(2025, 9, 1))
    return CaseStudyPageFactory(parent=index, organisations=list(organisations), **fields)


@pytest.fixture
def moderator(db, settings):
    """A superuser signed in with force_login; django-axes records each login with the client's
    address, which force_login does not have, so it is off for these tests."""
    from django.contrib.auth import get_user_model

    settings.AXES_ENABLED = False
    return get_user_model().objects.create_superuser("moderator", "mod@example.org", "pw")


def count_queries(client, url):
    """The queries of rendering ``url`` (from empty caches: every cache layer runs in tests, and
    the factories make pages live without publishing them, which no editor can do)."""
    from clothhub.cache import memo

    for alias in caches:
        caches[alias].clear()
    memo.clear_process()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, response.status_code
    return len(captured)
