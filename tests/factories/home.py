"""Factories for site-wide pages and snippets."""

import factory
import wagtail_factories
from wagtail.models import Locale

from home.models import HomePage, PartnerOrganisation, StandardPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "CLOTH Hub"
    slug = "home"
    hero_title = "Proven circular and digital practices"
    hero_text = "Case studies, guides and training from five European clusters."

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Standard page {n}")
    slug = factory.Sequence(lambda n: f"standard-page-{n}")
    introduction = "What the alliance does and why."

    class Meta:
        model = StandardPage


class PartnerOrganisationFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Cluster {n}")
    country = "ES"
    website = "https://example.org"
    description = "A cluster organisation."
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = PartnerOrganisation
