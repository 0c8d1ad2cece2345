"""Factories for practices: vocabulary snippets, organisations, index pages, case studies, guides."""

import datetime

import factory
import wagtail_factories
from wagtail.models import Locale

from practices.models import (
    CaseStudyMetric,
    CaseStudyPage,
    CircularStrategy,
    DigitalTechnology,
    GuidePage,
    Organisation,
    OrganisationType,
    PracticesIndexPage,
    Topic,
    ValueChainStage,
)


class VocabularyFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Entry {n}")
    slug = factory.Sequence(lambda n: f"entry-{n}")
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        abstract = True
        django_get_or_create = ("slug", "locale")


class TopicFactory(VocabularyFactory):
    family = Topic.CIRCULAR

    class Meta:
        model = Topic
        django_get_or_create = ("slug", "locale")


class ValueChainStageFactory(VocabularyFactory):
    class Meta:
        model = ValueChainStage
        django_get_or_create = ("slug", "locale")


class CircularStrategyFactory(VocabularyFactory):
    class Meta:
        model = CircularStrategy
        django_get_or_create = ("slug", "locale")


class DigitalTechnologyFactory(VocabularyFactory):
    class Meta:
        model = DigitalTechnology
        django_get_or_create = ("slug", "locale")


class OrganisationTypeFactory(VocabularyFactory):
    class Meta:
        model = OrganisationType
        django_get_or_create = ("slug", "locale")


class OrganisationFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Company {n}")
    slug = factory.Sequence(lambda n: f"company-{n}")
    org_type = factory.SubFactory(OrganisationTypeFactory, slug="sme", name="SME")
    size = Organisation.SMALL
    country = "ES"
    region = "Catalonia"
    website = "https://company.example"

    class Meta:
        model = Organisation


class PracticesIndexPageFactory(wagtail_factories.PageFactory):
    title = "Practices"
    slug = "practices"
    introduction = "Proven practices of fashion and textile SMEs."

    class Meta:
        model = PracticesIndexPage


class CaseStudyPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Case study {n}")
    slug = factory.Sequence(lambda n: f"case-study-{n}")
    summary = "A small denim maker repairs returned jeans instead of shredding them."
    country = "ES"
    region = "Catalonia"
    year = 2024
    challenge = "<p>Returned jeans were shredded: 4 tonnes a year.</p>"
    solution = "<p>An in-house repair line with two tailors.</p>"
    results = "<p>38 % of returns repaired and resold.</p>"
    lessons_learned = "<p>Start with the most common damage.</p>"
    how_to_replicate = "<p>Train one tailor first.</p>"
    author = "Marta Puig"
    original_language = "en"
    # Always in 2024, before ``last_reviewed``, however many pages the suite has created.
    publication_date = factory.Sequence(
        lambda n: datetime.date(2024, 1, 1) + datetime.timedelta(days=n % 365)
    )
    last_reviewed = datetime.date(2025, 9, 1)
    review_owner = "Modacc"
    sdgs = [8, 12]

    class Meta:
        model = CaseStudyPage
        skip_postgeneration_save = True

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if extracted:
            self.topics.set(extracted)
            if create:
                self.save()

    @factory.post_generation
    def stages(self, create, extracted, **kwargs):
        if extracted:
            self.stages.set(extracted)
            if create:
                self.save()

    @factory.post_generation
    def organisations(self, create, extracted, **kwargs):
        if extracted:
            self.organisations.set(extracted)
            if create:
                self.save()

    @factory.post_generation
    def tags(self, create, extracted, **kwargs):
        if extracted:
            self.tags.set(extracted)
            if create:
                self.save()


class CaseStudyMetricFactory(factory.django.DjangoModelFactory):
    label = "Share of returned jeans repaired"
    value = 38
    unit = "%"
    baseline = "2022–2024"
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = CaseStudyMetric


class GuidePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Guide {n}")
    slug = factory.Sequence(lambda n: f"guide-{n}")
    summary = "How to start a repair service in six steps."
    audience = "sme"
    difficulty = "beginner"
    time_to_implement = "3 to 6 months"
    steps = factory.LazyFunction(
        lambda: [
            (
                "step",
                {"title": "Map the repairs you already do", "text": "<p>List them.</p>", "tip": ""},
            ),
            (
                "step",
                {"title": "Price the repairs", "text": "<p>Count the minutes.</p>", "tip": ""},
            ),
        ]
    )
    checklist = factory.LazyFunction(lambda: [("item", "Repair prices are published")])
    author = "Lifestyle & Design Cluster"
    original_language = "en"
    publication_date = factory.Sequence(
        lambda n: datetime.date(2023, 1, 1) + datetime.timedelta(days=n % 365)
    )

    class Meta:
        model = GuidePage
        skip_postgeneration_save = True

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if extracted:
            self.topics.set(extracted)
            if create:
                self.save()

    @factory.post_generation
    def tags(self, create, extracted, **kwargs):
        if extracted:
            self.tags.set(extracted)
            if create:
                self.save()
