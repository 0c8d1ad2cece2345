"""Factories for the alliance: capabilities, member profiles, and the alliance page types."""

import datetime

import factory
import wagtail_factories
from wagtail.models import Locale

from alliance.models import (
    Capability,
    DirectoryPage,
    ExchangeIndexPage,
    ExchangePage,
    ExchangeParticipant,
    MapPage,
    OrganisationProfile,
    ProgrammeFiguresPage,
    RegionKeyFigure,
    RegionPage,
)
from tests.factories.practices import OrganisationFactory


class CapabilityFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Capability {n}")
    slug = factory.Sequence(lambda n: f"capability-{n}")
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Capability
        django_get_or_create = ("slug", "locale")


class OrganisationProfileFactory(factory.django.DjangoModelFactory):
    organisation = factory.SubFactory(OrganisationFactory)
    status = OrganisationProfile.APPROVED
    description = (
        "We repair denim and outerwear for brands and shops, and train tailors in "
        "repair techniques for circular fashion."
    )
    contact_name = "Eva Lind"
    contact_email = "eva@example.org"
    show_contact = True

    class Meta:
        model = OrganisationProfile
        skip_postgeneration_save = True

    @factory.post_generation
    def capabilities(self, create, extracted, **kwargs):
        if extracted:
            self.capabilities.set(extracted)


class DirectoryPageFactory(wagtail_factories.PageFactory):
    title = "Member organisations"
    slug = "organisations"
    introduction = "Who is in the alliance's ecosystem."

    class Meta:
        model = DirectoryPage


class MapPageFactory(wagtail_factories.PageFactory):
    title = "Map of the industry"
    slug = "map"
    introduction = "The partner regions."

    class Meta:
        model = MapPage


class RegionPageFactory(wagtail_factories.PageFactory):
    title = factory.LazyAttribute(lambda o: o.region.replace("-", " ").title())
    slug = factory.LazyAttribute(lambda o: o.region)
    region = "catalonia"
    introduction = "A region with a long textile tradition."
    trends = factory.LazyFunction(
        lambda: [("paragraph", "<p>Recycled fibres go local: spinners recover cutting waste.</p>")]
    )
    challenges = factory.LazyFunction(
        lambda: [("paragraph", "<p>Sorting capacity lags behind collection.</p>")]
    )

    class Meta:
        model = RegionPage


class RegionKeyFigureFactory(factory.django.DjangoModelFactory):
    label = "Textile and clothing companies"
    value = 3100
    unit = ""
    source = "CLOTH mapping study, 2025"
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = RegionKeyFigure


class ExchangeIndexPageFactory(wagtail_factories.PageFactory):
    title = "ClusterXchange exchanges"
    slug = "exchanges"
    introduction = "Visits between companies and clusters."

    class Meta:
        model = ExchangeIndexPage


class ExchangePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Exchange {n}")
    slug = factory.Sequence(lambda n: f"exchange-{n}")
    summary = "A Romanian garment maker visited a Danish knitter to study product passports."
    host_country = "DK"
    start_date = datetime.date(2024, 4, 15)
    end_date = datetime.date(2024, 4, 18)
    objectives = "<p>Learn which data a passport needs.</p>"
    outcomes = "<p>A supplier-data platform six months later.</p>"

    class Meta:
        model = ExchangePage
        skip_postgeneration_save = True

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if extracted:
            self.topics.set(extracted)
            if create:
                self.save()


class ExchangeParticipantFactory(factory.django.DjangoModelFactory):
    name = "Confecții Moldova Nord SA"
    participant_type = "sme"
    country = "RO"

    class Meta:
        model = ExchangeParticipant


class ProgrammeFiguresPageFactory(wagtail_factories.PageFactory):
    title = "Programme figures"
    slug = "figures"

    class Meta:
        model = ProgrammeFiguresPage
