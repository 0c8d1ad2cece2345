"""Controlled vocabularies of practices (translatable snippets) and the organisations behind them.

Every vocabulary entry has a ``slug`` that is the same in all languages: it is the value of the
listing's GET filters (``?topic=recycled-fibres``) and of the search facets. The ``name`` is
translated, so filters read the same in all seven languages.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from practices.countries import COUNTRY_CHOICES


class VocabularyQuerySet(models.QuerySet):
    def labels(self, language_code=None):
        """``{slug: name}`` in the given (or active) language; an entry not translated yet is
        named in the default language (or any language it exists in). One query."""
        wanted = language_code or translation.get_language() or settings.LANGUAGE_CODE
        rows = self.order_by().values_list("slug", "name", "locale__language_code")
        labels, ranks = {}, {}
        for slug, name, code in rows:
            rank = 0 if code == wanted else 1 if code == settings.LANGUAGE_CODE else 2
            if slug not in ranks or rank < ranks[slug]:
                labels[slug], ranks[slug] = name, rank
        return labels


class VocabularyManager(models.Manager.from_queryset(VocabularyQuerySet)):
    def label_map(self, language_code=None):
        """``{slug: name}`` of every entry, in the given (or active) language: ``labels()`` of the
        whole vocabulary, remembered per process until a snippet changes (clothhub.cache.memo)."""
        from clothhub.cache import memo

        wanted = language_code or translation.get_language() or settings.LANGUAGE_CODE
        return memo.memoize(
            "vocabulary-labels",
            (self.model._meta.label_lower, wanted),
            lambda: self.get_queryset().labels(wanted),
        )


class VocabularyEntry(TranslatableMixin, index.Indexed, models.Model):
    """Base of the controlled vocabularies: a translated name and a language-independent slug."""

    name = models.CharField(
        _("name"), max_length=120, help_text=_("The name readers see in filters and on pages.")
    )
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        allow_unicode=False,
        help_text=_(
            "Short identifier used in web addresses and filters, e.g. 'recycled-fibres'. "
            "It must be the same in every language."
        ),
    )
    description = models.TextField(
        _("description"),
        blank=True,
        help_text=_("Optional: one or two sentences explaining what belongs here."),
    )
    sort_order = models.PositiveSmallIntegerField(
        _("order"), default=0, help_text=_("Lower numbers are listed first in filters.")
    )

    objects = VocabularyManager()

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale_id"),
    ]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("slug"),
        SynchronizedField("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        # The slug is shared by all translations of an entry and unique among entries.
        if self.slug and self.locale_id:
            clash = (
                type(self)
                .objects.filter(slug=self.slug)
                .exclude(translation_key=self.translation_key)
                .exists()
            )
            if clash:
                raise ValidationError(
                    {"slug": _("Another entry already uses this slug. Choose a different one.")}
                )


def _unique_slug_per_locale(model_name):
    return [
        models.UniqueConstraint(
            fields=["slug", "locale"], name=f"practices_{model_name}_slug_locale"
        )
    ]


class Topic(VocabularyEntry):
    """A controlled topic in one of two families: circular economy or digital."""

    CIRCULAR = "circular"
    DIGITAL = "digital"
    FAMILY_CHOICES = [(CIRCULAR, _("Circular economy")), (DIGITAL, _("Digital"))]

    family = models.CharField(
        _("family"),
        max_length=20,
        choices=FAMILY_CHOICES,
        help_text=_("Circular economy or digital: topics are grouped by family in filters."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("family"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]
    translatable_fields = VocabularyEntry.translatable_fields + [SynchronizedField("family")]

    class Meta(VocabularyEntry.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["family", "sort_order", "name"]
        constraints = _unique_slug_per_locale("topic")


class ValueChainStage(VocabularyEntry):
    """A stage of the textile value chain, from design to end of life."""

    class Meta(VocabularyEntry.Meta):
        verbose_name = _("value-chain stage")
        verbose_name_plural = _("value-chain stages")
        constraints = _unique_slug_per_locale("valuechainstage")


class CircularStrategy(VocabularyEntry):
    """A circular strategy on the R-ladder (refuse … recover), plus rental and eco-design."""

    class Meta(VocabularyEntry.Meta):
        verbose_name = _("circular strategy")
        verbose_name_plural = _("circular strategies")
        constraints = _unique_slug_per_locale("circularstrategy")


class DigitalTechnology(VocabularyEntry):
    """A digital technology a practice relies on, e.g. digital product passports."""

    class Meta(VocabularyEntry.Meta):
        verbose_name = _("digital technology")
        verbose_name_plural = _("digital technologies")
        constraints = _unique_slug_per_locale("digitaltechnology")


class OrganisationType(VocabularyEntry):
    """The kind of organisation: SME, large company, cluster, public body, …"""

    class Meta(VocabularyEntry.Meta):
        verbose_name = _("organisation type")
        verbose_name_plural = _("organisation types")
        constraints = _unique_slug_per_locale("organisationtype")


class Organisation(index.Indexed, models.Model):
    """A company or body involved in case studies. Not translated: its name is a proper noun."""

    MICRO = "micro"
    SMALL = "small"
    MEDIUM = "medium"
    LARGE = "large"
    SIZE_CHOICES = [
        (MICRO, _("Micro (fewer than 10 people)")),
        (SMALL, _("Small (10 to 49 people)")),
        (MEDIUM, _("Medium (50 to 249 people)")),
        (LARGE, _("Large (250 people or more)")),
    ]

    name = models.CharField(
        _("name"), max_length=200, help_text=_("Legal or trading name, e.g. RepairLoop ApS.")
    )
    slug = models.SlugField(
        _("identifier"),
        max_length=100,
        unique=True,
        help_text=_(
            "Short unique identifier used by imports, e.g. 'repairloop-aps'. Not shown to readers."
        ),
    )
    org_type = models.ForeignKey(
        OrganisationType,
        verbose_name=_("organisation type"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="organisations",
        help_text=_("What kind of organisation it is; used by the 'organisation type' filter."),
    )
    size = models.CharField(
        _("size"),
        max_length=10,
        choices=SIZE_CHOICES,
        blank=True,
        help_text=_("Number of people employed, following the EU SME definition."),
    )
    country = models.CharField(
        _("country"),
        max_length=2,
        choices=COUNTRY_CHOICES,
        help_text=_("Country of the head office."),
    )
    region = models.CharField(
        _("region"), max_length=120, blank=True, help_text=_("Region, e.g. Catalonia or Nord-Est.")
    )
    website = models.URLField(_("website"), blank=True, help_text=_("Public website address."))

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("org_type"),
        FieldPanel("size"),
        MultiFieldPanel([FieldPanel("country"), FieldPanel("region")], heading=_("Location")),
        FieldPanel("website"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("country"),
    ]

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self):
        return self.name
