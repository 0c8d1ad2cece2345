"""Fixtures of the practices tests: a small vocabulary, organisations and a practices index."""

import pytest

from tests.factories.practices import (
    OrganisationFactory,
    OrganisationTypeFactory,
    PracticesIndexPageFactory,
    TopicFactory,
    ValueChainStageFactory,
)


@pytest.fixture
def vocab(locales):
    topics = {
        "recycled-fibres": TopicFactory(slug="recycled-fibres", name="Recycled fibres"),
        "repair-and-care": TopicFactory(slug="repair-and-care", name="Repair and care"),
        "digital-product-passport": TopicFactory(
            slug="digital-product-passport", name="Digital product passport", family="digital"
        ),
    }
    # Spanish names of the same topics (same slugs, same translation keys).
    TopicFactory(
        slug="recycled-fibres",
        name="Fibras recicladas",
        locale=locales["es"],
        translation_key=topics["recycled-fibres"].translation_key,
    )
    stages = {
        "production": ValueChainStageFactory(slug="production", name="Production"),
        "end-of-life": ValueChainStageFactory(slug="end-of-life", name="End of life"),
    }
    org_types = {
        "sme": OrganisationTypeFactory(slug="sme", name="SME"),
        "large-company": OrganisationTypeFactory(slug="large-company", name="Large company"),
    }
    orgs = {
        "dk-sme": OrganisationFactory(
            slug="dk-sme", name="Nordic Loop ApS", country="DK", org_type=org_types["sme"]
        ),
        "es-large": OrganisationFactory(
            slug="es-large",
            name="Tèxtil Gran SA",
            country="ES",
            org_type=org_types["large-company"],
        ),
    }
    return {"topics": topics, "stages": stages, "org_types": org_types, "orgs": orgs}


@pytest.fixture
def index_page(home_page):
    return PracticesIndexPageFactory(parent=home_page)
