"""Practice pages: the practices index (with partner sub-sections), case studies and guides.

Case studies and guides share their metadata (summary, topics, stages, tags, provenance, review)
through the non-creatable ``PracticePage`` base, so that one query lists, filters and counts both.
"""

from decimal import Decimal

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    HelpPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    PageChooserPanel,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.blocks import BaseStreamBlock
from home.permissions import HubPagePermissionsMixin
from practices import api_serializers as ser
from practices.blocks import ChecklistBlock, GuideStepsBlock
from practices.countries import COUNTRY_CHOICES
from practices.fields import IntegerChoiceListField
from practices.forms import PracticePageForm
from practices.sdgs import SDG_CHOICES

SECTION_FEATURES = ["h3", "h4", "bold", "italic", "link", "document-link", "ol", "ul"]


def _tabs(content, metadata, promote, settings_panels):
    return TabbedInterface(
        [
            ObjectList(content, heading=_("Content")),
            ObjectList(metadata, heading=_("Metadata")),
            ObjectList(promote, heading=_("Promotion")),
            ObjectList(settings_panels, heading=_("Settings")),
        ],
        base_form_class=PracticePageForm,
    )


class PracticesIndexPage(RoutablePageMixin, HubPagePermissionsMixin, Page):
    """Lists, filters and feeds every case study and guide below it (sub-sections included)."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("One or two sentences shown above the list: what readers find here."),
    )
    empty_message = models.CharField(
        _("message when nothing matches"),
        max_length=250,
        blank=True,
        help_text=_(
            "Optional: shown when the filters match no practice. A default text is used otherwise."
        ),
    )

    content_panels = Page.content_panels + [FieldPanel("introduction"), FieldPanel("empty_message")]
    search_fields = Page.search_fields + [index.SearchField("introduction")]
    api_fields = [APIField("introduction")]

    parent_page_types = ["home.HomePage", "practices.PracticesIndexPage"]
    subpage_types = [
        "practices.PracticesIndexPage",
        "practices.CaseStudyPage",
        "practices.GuidePage",
    ]

    class Meta:
        verbose_name = _("practices index")
        verbose_name_plural = _("practices indexes")

    @property
    def summary(self):
        return self.introduction

    @path("")
    def listing(self, request):
        from practices.views import practices_index

        return practices_index(request, self)

    @path("feed/", name="feed")
    def feed(self, request):
        from practices.feeds import PracticesFeed

        return PracticesFeed()(request, index_page=self)

    def feed_url(self, request=None):
        return self.get_url(request) + self.reverse_subpage("feed")


class PracticePageTag(TaggedItemBase):
    """Free tags of a case study or guide (django-taggit), for what the vocabularies miss."""

    content_object = ParentalKey(
        "practices.PracticePage", related_name="tagged_items", on_delete=models.CASCADE
    )

    class Meta:
        verbose_name = _("practice tag")
        verbose_name_plural = _("practice tags")


class PracticePage(HubPagePermissionsMixin, Page):
    """What case studies and guides share: summary, taxonomy, provenance and review.

    Not creatable on its own; it exists so that listings, counts and feeds query one table.
    """

    summary = models.TextField(
        _("summary"),
        max_length=600,
        help_text=_("One or two sentences shown in lists, feeds and search results."),
    )
    body = StreamField(
        BaseStreamBlock(),
        verbose_name=_("further content"),
        blank=True,
        help_text=_("Optional extra content: images, videos, quotes, callouts, links."),
    )
    country = models.CharField(
        _("country"),
        max_length=2,
        choices=COUNTRY_CHOICES,
        blank=True,
        help_text=_("Country where the practice took place (used by the country filter)."),
    )
    region = models.CharField(
        _("region"),
        max_length=120,
        blank=True,
        help_text=_("Region within the country, e.g. Catalonia, Nord-Est or Central Denmark."),
    )
    topics = ParentalManyToManyField(
        "practices.Topic",
        verbose_name=_("topics"),
        blank=True,
        related_name="practice_pages",
        help_text=_("Controlled topics, circular and digital; readers filter by them."),
    )
    stages = ParentalManyToManyField(
        "practices.ValueChainStage",
        verbose_name=_("value-chain stages"),
        blank=True,
        related_name="practice_pages",
        help_text=_("Stages of the value chain the practice changes."),
    )
    tags = ClusterTaggableManager(
        through=PracticePageTag,
        verbose_name=_("tags"),
        blank=True,
        help_text=_(
            "Free keywords in lower-case English for what the topics miss, e.g. 'denim', 'qr code'."
        ),
    )
    author = models.CharField(
        _("author"),
        max_length=200,
        blank=True,
        help_text=_("Who wrote the original text (person or organisation)."),
    )
    original_language = models.CharField(
        _("original language"),
        max_length=7,
        choices=settings.LANGUAGES,
        blank=True,
        help_text=_("The language the practice was first written in."),
    )
    publication_date = models.DateField(
        _("publication date"),
        null=True,
        blank=True,
        help_text=_("When the original was published; used to sort by newest."),
    )
    last_reviewed = models.DateField(
        _("last reviewed"),
        null=True,
        blank=True,
        help_text=_("When the content was last checked as still accurate; shown to readers."),
    )
    review_owner = models.CharField(
        _("review owner"),
        max_length=200,
        blank=True,
        help_text=_("Who is responsible for keeping it accurate, e.g. a partner cluster."),
    )
    external_id = models.CharField(
        _("external identifier"),
        max_length=100,
        blank=True,
        db_index=True,
        help_text=_(
            "Identifier in the partner's own records; bulk imports use it to update instead of duplicating."
        ),
    )

    base_form_class = PracticePageForm
    is_creatable = False
    parent_page_types = ["practices.PracticesIndexPage"]
    subpage_types = []

    provenance_panels = [
        MultiFieldPanel(
            [
                FieldPanel("author"),
                FieldPanel("original_language"),
                FieldPanel("publication_date"),
            ],
            heading=_("Provenance"),
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("last_reviewed"), FieldPanel("review_owner")])],
            heading=_("Review"),
            help_text=_("Shown to readers so they know how current the content is."),
        ),
        FieldPanel("external_id"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("country"),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]
    api_fields = [
        APIField("summary"),
        APIField("country"),
        APIField("region"),
        APIField("topics", serializer=ser.VocabularyField(read_only=True)),
        APIField("stages", serializer=ser.VocabularyField(read_only=True)),
        APIField("tags"),
        APIField("author"),
        APIField("original_language"),
        APIField("publication_date"),
        APIField("last_reviewed"),
        APIField("review_owner"),
        APIField("downloads"),
        APIField("body"),
    ]
    override_translatable_fields = [
        SynchronizedField("external_id"),
        SynchronizedField("author"),
        SynchronizedField("topics"),
        SynchronizedField("stages"),
    ]

    class Meta:
        verbose_name = _("practice")
        verbose_name_plural = _("practices")

    def clean(self):
        super().clean()
        errors = {}
        if (
            self.publication_date
            and self.last_reviewed
            and self.last_reviewed < self.publication_date
        ):
            errors["last_reviewed"] = _("The review date cannot be before the publication date.")
        if self.last_reviewed and not self.review_owner:
            errors["review_owner"] = _("Say who reviewed the content.")
        if errors:
            raise ValidationError(errors)

    def get_context(self, request, *args, **kwargs):
        from practices.detail import detail_context

        context = super().get_context(request, *args, **kwargs)
        context.update(detail_context(self, request))
        return context

    def fragment_context(self, request, name):
        """What a fragment of the page template needs ({% pagefragment %}): loaded only when
        the fragment is rendered, not when it comes from the fragment cache."""
        from practices.detail import practice_context, related_context

        if name == "related":
            return related_context(self)
        if name in ("case-study", "guide"):
            return practice_context(self)
        return {}

    @property
    def content_type_slug(self):
        """The short type name used by filters and search: 'case-study' or 'guide'."""
        return CONTENT_TYPE_SLUGS.get(self.specific_class, "page")


class PracticePageDocument(TranslatableMixin, Orderable):
    """A downloadable document of a case study (report, data sheet) or a guide (template, tool)."""

    page = ParentalKey(PracticePage, related_name="downloads", on_delete=models.CASCADE)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The file readers download (PDF, spreadsheet, template)."),
    )
    title = models.CharField(
        _("link text"),
        max_length=200,
        blank=True,
        help_text=_("Leave empty to use the document's title."),
    )
    description = models.CharField(
        _("description"),
        max_length=300,
        blank=True,
        help_text=_("Optional: what the file contains and for whom."),
    )

    panels = [FieldPanel("document"), FieldPanel("title"), FieldPanel("description")]
    api_fields = [
        APIField("document", serializer=ser.DocumentField(read_only=True)),
        APIField("title"),
        APIField("description"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("download")
        verbose_name_plural = _("downloads")

    @property
    def link_text(self):
        return self.title or self.document.title


class CaseStudyPage(PracticePage):
    """A proven practice of one or more organisations, told in structured sections with figures."""

    organisations = ParentalManyToManyField(
        "practices.Organisation",
        verbose_name=_("organisations involved"),
        blank=True,
        related_name="case_studies",
        help_text=_("Companies and bodies that carried out the practice."),
    )
    strategies = ParentalManyToManyField(
        "practices.CircularStrategy",
        verbose_name=_("circular strategies"),
        blank=True,
        related_name="case_studies",
        help_text=_(
            "Where the practice sits on the R-ladder (refuse … recover), rental or eco-design."
        ),
    )
    technologies = ParentalManyToManyField(
        "practices.DigitalTechnology",
        verbose_name=_("digital technologies"),
        blank=True,
        related_name="case_studies",
        help_text=_("Digital technologies the practice relies on."),
    )
    sdgs = IntegerChoiceListField(
        _("Sustainable Development Goals"),
        item_choices=SDG_CHOICES,
        help_text=_("The UN goals the practice contributes to."),
    )
    year = models.PositiveSmallIntegerField(
        _("year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1990), MaxValueValidator(2100)],
        help_text=_("Year the practice started or was completed."),
    )
    challenge = RichTextField(
        _("challenge"),
        features=SECTION_FEATURES,
        help_text=_("The problem the organisation faced, with figures where possible."),
    )
    solution = RichTextField(
        _("solution"),
        features=SECTION_FEATURES,
        help_text=_("What was done, by whom, with which tools and partners."),
    )
    results = RichTextField(
        _("results"),
        features=SECTION_FEATURES,
        blank=True,
        help_text=_("What changed; put the key figures in the impact metrics below as well."),
    )
    lessons_learned = RichTextField(
        _("lessons learned"),
        features=SECTION_FEATURES,
        blank=True,
        help_text=_("What worked, what did not, and what they would do differently."),
    )
    how_to_replicate = RichTextField(
        _("how to replicate"),
        features=SECTION_FEATURES,
        blank=True,
        help_text=_("Advice for an SME that wants to do the same: first steps, costs, partners."),
    )
    contact_name = models.CharField(
        _("contact name"), max_length=200, blank=True, help_text=_("Person readers can contact.")
    )
    contact_role = models.CharField(
        _("contact role"),
        max_length=200,
        blank=True,
        help_text=_("Their role, e.g. Head of after-sales."),
    )
    contact_email = models.EmailField(
        _("contact e-mail"), blank=True, help_text=_("Published on the page: use a work address.")
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("challenge"),
                FieldPanel("solution"),
                FieldPanel("results"),
                FieldPanel("lessons_learned"),
                FieldPanel("how_to_replicate"),
            ],
            heading=_("The case, section by section"),
        ),
        InlinePanel(
            "metrics",
            label=_("Impact metric"),
            heading=_("Impact metrics"),
            help_text=_("Quantified results: each needs a value and a unit."),
        ),
        InlinePanel("gallery_images", label=_("Image"), heading=_("Images")),
        InlinePanel("downloads", label=_("Download"), heading=_("Downloadable documents")),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_role"), FieldPanel("contact_email")],
            heading=_("Contact"),
        ),
    ]
    metadata_panels = [
        HelpPanel(
            content=_("Readers filter practices by these fields: fill in every one that applies.")
        ),
        FieldPanel("organisations"),
        FieldRowPanel([FieldPanel("country"), FieldPanel("region"), FieldPanel("year")]),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        FieldPanel("stages", widget=forms.CheckboxSelectMultiple),
        FieldPanel("strategies", widget=forms.CheckboxSelectMultiple),
        FieldPanel("technologies", widget=forms.CheckboxSelectMultiple),
        FieldPanel("sdgs"),
        FieldPanel("tags"),
        *PracticePage.provenance_panels,
    ]
    edit_handler = _tabs(content_panels, metadata_panels, Page.promote_panels, Page.settings_panels)

    search_fields = PracticePage.search_fields + [
        index.SearchField("challenge"),
        index.SearchField("solution"),
        index.SearchField("results"),
        index.SearchField("lessons_learned"),
        index.SearchField("how_to_replicate"),
        index.RelatedFields("organisations", [index.SearchField("name")]),
    ]
    api_fields = PracticePage.api_fields + [
        APIField("year"),
        APIField("organisations", serializer=ser.OrganisationsField(read_only=True)),
        APIField("strategies", serializer=ser.VocabularyField(read_only=True)),
        APIField("technologies", serializer=ser.VocabularyField(read_only=True)),
        APIField("sdgs"),
        APIField("challenge", serializer=ser.RichTextField(read_only=True)),
        APIField("solution", serializer=ser.RichTextField(read_only=True)),
        APIField("results", serializer=ser.RichTextField(read_only=True)),
        APIField("lessons_learned", serializer=ser.RichTextField(read_only=True)),
        APIField("how_to_replicate", serializer=ser.RichTextField(read_only=True)),
        APIField("metrics"),
        APIField("gallery_images"),
        APIField("contact_name"),
        APIField("contact_role"),
        APIField("contact_email"),
    ]
    override_translatable_fields = PracticePage.override_translatable_fields + [
        SynchronizedField("organisations"),
        SynchronizedField("strategies"),
        SynchronizedField("technologies"),
        SynchronizedField("contact_name"),
    ]

    parent_page_types = ["practices.PracticesIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("case study")
        verbose_name_plural = _("case studies")

    def fragment_context(self, request, name):
        from practices.detail import case_study_context

        context = super().fragment_context(request, name)
        if name == "case-study":
            context.update(case_study_context(self))
        return context

    def sdg_list(self):
        names = dict(SDG_CHOICES)
        return [(number, names[number]) for number in self.sdgs or [] if number in names]

    def sections(self):
        """The body sections in reading order, as (slug, heading, html), skipping empty ones."""
        items = [
            ("challenge", _("Challenge"), self.challenge),
            ("solution", _("Solution"), self.solution),
            ("results", _("Results"), self.results),
            ("lessons-learned", _("Lessons learned"), self.lessons_learned),
            ("how-to-replicate", _("How to replicate"), self.how_to_replicate),
        ]
        return [item for item in items if item[2]]


class CaseStudyMetric(TranslatableMixin, Orderable):
    """A quantified result of a case study, e.g. '38 % of returned jeans repaired (2022–2024)'."""

    page = ParentalKey(CaseStudyPage, related_name="metrics", on_delete=models.CASCADE)
    label = models.CharField(
        _("what was measured"),
        max_length=250,
        help_text=_("E.g. 'Share of returned jeans repaired instead of discarded'."),
    )
    value = models.DecimalField(
        _("value"),
        max_digits=16,
        decimal_places=4,
        null=True,
        blank=True,
        help_text=_("The number only, e.g. 38 or 1.5."),
    )
    unit = models.CharField(
        _("unit"), max_length=60, blank=True, help_text=_("E.g. %, tonnes CO₂e, €, items per year.")
    )
    baseline = models.CharField(
        _("baseline or period"),
        max_length=120,
        blank=True,
        help_text=_("What the figure compares with or the period it covers, e.g. '2022–2024'."),
    )

    panels = [
        FieldPanel("label"),
        FieldRowPanel([FieldPanel("value"), FieldPanel("unit")]),
        FieldPanel("baseline"),
    ]
    api_fields = [APIField("label"), APIField("value"), APIField("unit"), APIField("baseline")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("impact metric")
        verbose_name_plural = _("impact metrics")

    def clean(self):
        super().clean()
        errors = {}
        if self.value is None:
            errors["value"] = _("A metric needs a value.")
        if not (self.unit or "").strip():
            errors["unit"] = _("A metric needs a unit, such as per cent or tonnes.")
        if errors:
            raise ValidationError(errors)

    @property
    def display_value(self):
        """The value without trailing zeros: 38, 1.5, 12000."""
        if self.value is None:
            return ""
        value = Decimal(str(self.value)).normalize()
        if value == value.to_integral():
            value = value.quantize(Decimal(1))
        return value


class CaseStudyGalleryImage(TranslatableMixin, Orderable):
    """A picture of a case study with its alternative text and credit."""

    page = ParentalKey(CaseStudyPage, related_name="gallery_images", on_delete=models.CASCADE)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A photo of the product, process or people."),
    )
    alt_text = models.CharField(
        _("alternative text"),
        max_length=250,
        help_text=_("Describe the image for people who cannot see it."),
    )
    caption = models.CharField(
        _("caption"), max_length=250, blank=True, help_text=_("Optional caption.")
    )
    credit = models.CharField(
        _("credit"), max_length=200, blank=True, help_text=_("Photographer or source.")
    )

    panels = [
        FieldPanel("image"),
        FieldPanel("alt_text"),
        FieldPanel("caption"),
        FieldPanel("credit"),
    ]
    api_fields = [
        APIField("image"),
        APIField("alt_text"),
        APIField("caption"),
        APIField("credit"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("gallery image")
        verbose_name_plural = _("gallery images")


class GuidePage(PracticePage):
    """A step-by-step guide: how an SME puts a practice in place."""

    AUDIENCE_CHOICES = [
        ("sme", _("SME owners and managers")),
        ("designer", _("Designers")),
        ("production-manager", _("Production managers")),
        ("cluster-manager", _("Cluster managers")),
        ("retailer", _("Retailers")),
    ]
    DIFFICULTY_CHOICES = [
        ("beginner", _("Beginner")),
        ("intermediate", _("Intermediate")),
        ("advanced", _("Advanced")),
    ]

    audience = models.CharField(
        _("audience"),
        max_length=30,
        choices=AUDIENCE_CHOICES,
        help_text=_("Who the guide is written for."),
    )
    difficulty = models.CharField(
        _("difficulty"),
        max_length=20,
        choices=DIFFICULTY_CHOICES,
        help_text=_("How much experience the reader needs."),
    )
    time_to_implement = models.CharField(
        _("time to implement"),
        max_length=100,
        blank=True,
        help_text=_("Realistic time to put the guide in practice, e.g. '3 to 6 months'."),
    )
    steps = StreamField(
        GuideStepsBlock(),
        verbose_name=_("steps"),
        help_text=_("The steps in the order the reader follows them."),
    )
    checklist = StreamField(
        ChecklistBlock(),
        verbose_name=_("checklist"),
        blank=True,
        help_text=_("Items the reader ticks off to check they are done."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldRowPanel(
            [FieldPanel("audience"), FieldPanel("difficulty"), FieldPanel("time_to_implement")]
        ),
        FieldPanel("steps"),
        FieldPanel("checklist"),
        InlinePanel("downloads", label=_("Resource"), heading=_("Downloadable resources")),
        InlinePanel(
            "related_case_studies",
            label=_("Related case study"),
            heading=_("Related case studies"),
        ),
        FieldPanel("body"),
    ]
    metadata_panels = [
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        FieldPanel("stages", widget=forms.CheckboxSelectMultiple),
        FieldPanel("tags"),
        FieldRowPanel([FieldPanel("country"), FieldPanel("region")]),
        *PracticePage.provenance_panels,
    ]
    edit_handler = _tabs(content_panels, metadata_panels, Page.promote_panels, Page.settings_panels)

    search_fields = PracticePage.search_fields + [
        index.SearchField("steps"),
        index.SearchField("checklist"),
    ]
    api_fields = PracticePage.api_fields + [
        APIField("audience"),
        APIField("difficulty"),
        APIField("time_to_implement"),
        APIField("steps"),
        APIField("checklist"),
        APIField("related_case_studies"),
    ]

    parent_page_types = ["practices.PracticesIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("guide")
        verbose_name_plural = _("guides")

    def fragment_context(self, request, name):
        from practices.detail import guide_context

        context = super().fragment_context(request, name)
        if name == "guide":
            context.update(guide_context(self))
        return context


class GuideRelatedCaseStudy(Orderable):
    """A case study that shows the guide in practice."""

    page = ParentalKey(GuidePage, related_name="related_case_studies", on_delete=models.CASCADE)
    case_study = models.ForeignKey(
        CaseStudyPage,
        verbose_name=_("case study"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A case study where a company did what the guide explains."),
    )

    panels = [PageChooserPanel("case_study", "practices.CaseStudyPage")]
    api_fields = [APIField("case_study")]

    class Meta(Orderable.Meta):
        verbose_name = _("related case study")
        verbose_name_plural = _("related case studies")


CONTENT_TYPE_SLUGS = {CaseStudyPage: "case-study", GuidePage: "guide"}
PRACTICE_MODELS = {slug: model for model, slug in CONTENT_TYPE_SLUGS.items()}
