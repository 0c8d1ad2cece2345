"""Alliance page types: the directory of member organisations (with profiles and the application
form as routes), the map of the industry with one profile page per partner region, the
ClusterXchange exchanges and their index, and the programme figures page."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
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

from alliance.regions import REGION_CHOICES, REGIONS_BY_KEY
from home.blocks import BaseStreamBlock
from home.permissions import HubPagePermissionsMixin
from home.privacy import public_q
from practices.countries import COUNTRY_CHOICES

TEXT_FEATURES = ["h3", "h4", "bold", "italic", "link", "ol", "ul"]

# The categories of the ClusterXchange targets; the slugs are those of practices.OrganisationType.
SME = "sme"
CLUSTER = "cluster"
SCALE_UP = "scale-up-support"
LARGE_COMPANY = "large-company"
PUBLIC_BODY = "public-body"
PARTICIPANT_TYPE_CHOICES = [
    (SME, _("SME")),
    (CLUSTER, _("Cluster organisation")),
    (SCALE_UP, _("Scale-up support organisation")),
    (LARGE_COMPANY, _("Large company")),
    (PUBLIC_BODY, _("Public body")),
]
PARTICIPANT_TYPE_LABELS = dict(PARTICIPANT_TYPE_CHOICES)


def _tabs(content, promote, settings_panels, extra=None):
    tabs = [ObjectList(content, heading=_("Content"))]
    if extra:
        tabs += [ObjectList(panels, heading=heading) for heading, panels in extra]
    tabs += [
        ObjectList(promote, heading=_("Promotion")),
        ObjectList(settings_panels, heading=_("Settings")),
    ]
    return TabbedInterface(tabs)


class LanguagePageMixin:
    """``for_language(code)``: the live, public page of this type in a language, else in the
    default language (one query, privacy included: home.privacy)."""

    @classmethod
    def for_language(cls, language_code=None):
        from django.utils import translation

        code = language_code or translation.get_language() or settings.LANGUAGE_CODE
        pages = {
            page.locale.language_code: page
            for page in cls.objects.live()
            .filter(public_q())
            .filter(locale__language_code__in=[code, settings.LANGUAGE_CODE])
            .select_related("locale")
            .order_by("-pk")
        }
        return pages.get(code) or pages.get(settings.LANGUAGE_CODE)


# --- Directory --------------------------------------------------------------------------------


class DirectoryPage(LanguagePageMixin, RoutablePageMixin, HubPagePermissionsMixin, Page):
    """The directory of member organisations, their public profiles and the form to join."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("One or two sentences above the list: who is in the directory and why."),
    )
    apply_introduction = RichTextField(
        _("introduction of the application form"),
        blank=True,
        features=["bold", "italic", "link", "ul"],
        help_text=_("Shown above the form to join: who can apply and what happens next."),
    )
    thank_you_text = RichTextField(
        _("thank-you message"),
        blank=True,
        features=["bold", "italic", "link", "ul"],
        help_text=_("Shown after an application is sent. A default text is used when empty."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        MultiFieldPanel(
            [FieldPanel("apply_introduction"), FieldPanel("thank_you_text")],
            heading=_("Application form"),
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("introduction")]
    api_fields = [APIField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("directory of organisations")
        verbose_name_plural = _("directories of organisations")

    @property
    def summary(self):
        return self.introduction

    @path("")
    def listing(self, request):
        from alliance import views

        return views.directory_index(request, self)

    @path("apply/", name="apply")
    def apply(self, request):
        from alliance import views

        return views.apply(request, self)

    @path("apply/thanks/", name="apply_thanks")
    def apply_thanks(self, request):
        from alliance import views

        return views.apply_thanks(request, self)

    @path("<slug:slug>/", name="profile")
    def profile(self, request, slug):
        from alliance import views

        return views.profile(request, self, slug)

    def get_sitemap_urls(self, request=None):
        """The directory and the profile of every approved member."""
        from alliance.models.snippets import OrganisationProfile

        urls = super().get_sitemap_urls(request)
        if not urls:
            return urls
        base = urls[0]["location"]
        slugs = (
            OrganisationProfile.objects.approved().order_by("slug").values_list("slug", flat=True)
        )
        return urls + [{"location": f"{base}{slug}/"} for slug in slugs]

    def profile_url(self, slug, request=None):
        return self.get_url(request) + self.reverse_subpage("profile", args=[slug])

    def apply_url(self, request=None):
        return self.get_url(request) + self.reverse_subpage("apply")


# --- Map and regions ----------------------------------------------------------------------------


class MapPage(LanguagePageMixin, HubPagePermissionsMixin, Page):
    """The map of the industry: the partner regions drawn by the site, with organisations and
    case studies per region, and a table with the same data. Region profile pages sit below it."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("What the map shows and how to use it, in one or two sentences."),
    )

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    search_fields = Page.search_fields + [index.SearchField("introduction")]
    api_fields = [APIField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["alliance.RegionPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("map of the industry")
        verbose_name_plural = _("maps of the industry")

    @property
    def summary(self):
        return self.introduction

    def get_context(self, request, *args, **kwargs):
        from alliance.mapdata import map_context

        context = super().get_context(request, *args, **kwargs)
        context.update(map_context(self, request))
        return context


class RegionPage(HubPagePermissionsMixin, Page):
    """The profile of a partner region: its textile and fashion ecosystem (the mapping study), key
    figures, and its organisations, practices and exchanges."""

    region = models.CharField(
        _("partner region"),
        max_length=40,
        choices=REGION_CHOICES,
        help_text=_(
            "Which partner region this page describes; the map links here and the page lists "
            "that region's organisations, practices and exchanges."
        ),
    )
    introduction = models.TextField(
        _("introduction"),
        help_text=_(
            "Two or three sentences summing up the region's textile and fashion ecosystem."
        ),
    )
    trends = StreamField(
        BaseStreamBlock(),
        verbose_name=_("trends"),
        blank=True,
        help_text=_("What is changing in the ecosystem: findings of the mapping study."),
    )
    challenges = StreamField(
        BaseStreamBlock(),
        verbose_name=_("challenges"),
        blank=True,
        help_text=_("What holds companies back in the green and digital transition."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("region"),
        FieldPanel("introduction"),
        FieldPanel("trends"),
        FieldPanel("challenges"),
        InlinePanel(
            "key_figures",
            label=_("Key figure"),
            heading=_("Key figures"),
            help_text=_("Each figure needs a value, a unit and its source."),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("trends"),
        index.SearchField("challenges"),
        index.FilterField("region"),
    ]
    api_fields = [
        APIField("region"),
        APIField("introduction"),
        APIField("trends"),
        APIField("challenges"),
        APIField("key_figures"),
    ]
    override_translatable_fields = [SynchronizedField("region")]

    parent_page_types = ["alliance.MapPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("region profile")
        verbose_name_plural = _("region profiles")

    @property
    def summary(self):
        return self.introduction

    @property
    def partner_region(self):
        return REGIONS_BY_KEY.get(self.region)

    def clean(self):
        super().clean()
        if self.region and self.locale_id:
            clash = (
                RegionPage.objects.filter(region=self.region, locale_id=self.locale_id)
                .exclude(pk=self.pk)
                .exclude(translation_key=self.translation_key)
                .exists()
            )
            if clash:
                raise ValidationError(
                    {"region": _("This language already has a profile page for this region.")}
                )

    def get_context(self, request, *args, **kwargs):
        from alliance.mapdata import region_context

        context = super().get_context(request, *args, **kwargs)
        context.update(region_context(self, request))
        return context


class RegionKeyFigure(TranslatableMixin, Orderable):
    """A key figure of a region, e.g. '1,950 textile and clothing companies (Idescat, 2023)'."""

    page = ParentalKey(RegionPage, related_name="key_figures", on_delete=models.CASCADE)
    label = models.CharField(
        _("what is counted"),
        max_length=200,
        help_text=_("E.g. 'Textile and clothing companies'."),
    )
    value = models.DecimalField(
        _("value"),
        max_digits=14,
        decimal_places=2,
        help_text=_("The number only, e.g. 1950 or 12.5."),
    )
    unit = models.CharField(
        _("unit"),
        max_length=60,
        blank=True,
        help_text=_("E.g. %, € million, jobs. Empty for a count."),
    )
    source = models.CharField(
        _("source"),
        max_length=250,
        help_text=_("Where the figure comes from and its year, e.g. 'Eurostat SBS, 2022'."),
    )

    panels = [
        FieldPanel("label"),
        FieldRowPanel([FieldPanel("value"), FieldPanel("unit")]),
        FieldPanel("source"),
    ]
    api_fields = [APIField("label"), APIField("value"), APIField("unit"), APIField("source")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("key figure")
        verbose_name_plural = _("key figures")

    @property
    def display_value(self):
        value = self.value.normalize()
        if value == value.to_integral():
            return f"{int(value):,}".replace(",", "\u202f")
        return str(value)


# --- ClusterXchange ---------------------------------------------------------------------------


class ExchangeIndexPage(LanguagePageMixin, RoutablePageMixin, HubPagePermissionsMixin, Page):
    """Lists the ClusterXchange exchanges, filtered by country pair, participant type, topic and
    year."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("What ClusterXchange is and what readers find in the exchanges below."),
    )
    empty_message = models.CharField(
        _("message when nothing matches"),
        max_length=250,
        blank=True,
        help_text=_(
            "Optional: shown when the filters match no exchange. A default text is used otherwise."
        ),
    )

    content_panels = Page.content_panels + [FieldPanel("introduction"), FieldPanel("empty_message")]
    search_fields = Page.search_fields + [index.SearchField("introduction")]
    api_fields = [APIField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["alliance.ExchangePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("exchanges index")
        verbose_name_plural = _("exchanges indexes")

    @property
    def summary(self):
        return self.introduction

    @path("")
    def listing(self, request):
        from alliance import views

        return views.exchange_index(request, self)


class ExchangePage(HubPagePermissionsMixin, Page):
    """One ClusterXchange exchange: who hosted whom, when, on which topics, and what came of it."""

    summary = models.TextField(
        _("summary"),
        max_length=600,
        help_text=_("One or two sentences shown in lists and search results."),
    )
    host_organisation = models.ForeignKey(
        "practices.Organisation",
        verbose_name=_("host organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="hosted_exchanges",
        help_text=_("The organisation that received the visitors."),
    )
    host_country = models.CharField(
        _("host country"),
        max_length=2,
        choices=COUNTRY_CHOICES,
        blank=True,
        help_text=_(
            "Country where the exchange took place. Empty: the host organisation's country."
        ),
    )
    start_date = models.DateField(_("first day"), help_text=_("First day of the visit."))
    end_date = models.DateField(
        _("last day"),
        help_text=_(
            "Last day of the visit. An exchange counts as completed once this day has passed."
        ),
    )
    topics = ParentalManyToManyField(
        "practices.Topic",
        verbose_name=_("topics"),
        blank=True,
        related_name="exchange_pages",
        help_text=_("What the visitors came to learn; readers filter exchanges by these."),
    )
    objectives = RichTextField(
        _("objectives"),
        features=TEXT_FEATURES,
        help_text=_("What the visitors wanted to learn or achieve."),
    )
    outcomes = RichTextField(
        _("outcomes"),
        features=TEXT_FEATURES,
        blank=True,
        help_text=_("What came out of it: agreements, pilots, new products, figures."),
    )
    story = StreamField(
        BaseStreamBlock(),
        verbose_name=_("story"),
        blank=True,
        help_text=_("The exchange told in a few paragraphs, with quotes and pictures."),
    )
    led_to_case_study = models.ForeignKey(
        "practices.CaseStudyPage",
        verbose_name=_("led to the case study"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A case study that the exchange gave rise to."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("host_organisation"),
                FieldPanel("host_country"),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
            ],
            heading=_("Host and dates"),
        ),
        InlinePanel(
            "participants",
            label=_("Visiting participant"),
            heading=_("Visiting participants"),
            min_num=1,
            help_text=_("Each visiting organisation counts once towards the programme targets."),
        ),
        FieldPanel("objectives"),
        FieldPanel("outcomes"),
        FieldPanel("story"),
    ]
    links_panels = [
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        PageChooserPanel("led_to_case_study", "practices.CaseStudyPage"),
        InlinePanel(
            "related_case_studies", label=_("Related case study"), heading=_("Related case studies")
        ),
        InlinePanel("related_courses", label=_("Related course"), heading=_("Related courses")),
    ]
    edit_handler = _tabs(
        content_panels,
        Page.promote_panels,
        Page.settings_panels,
        extra=[(_("Topics and links"), links_panels)],
    )

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("objectives"),
        index.SearchField("outcomes"),
        index.SearchField("story"),
        index.FilterField("host_country"),
    ]
    api_fields = [
        APIField("summary"),
        APIField("host_country"),
        APIField("start_date"),
        APIField("end_date"),
        APIField("objectives"),
        APIField("outcomes"),
        APIField("story"),
    ]
    override_translatable_fields = [SynchronizedField("topics")]

    parent_page_types = ["alliance.ExchangeIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("exchange")
        verbose_name_plural = _("exchanges")

    def clean(self):
        super().clean()
        errors = {}
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("The last day cannot be before the first day.")
        if not self.host_country:
            if self.host_organisation_id:
                self.host_country = self.host_organisation.country
            else:
                errors["host_country"] = _("Choose the host organisation or the host country.")
        if errors:
            raise ValidationError(errors)

    @property
    def is_completed(self):
        return bool(self.end_date and self.end_date < timezone.localdate())

    def get_context(self, request, *args, **kwargs):
        from alliance.exchanges import exchange_context

        context = super().get_context(request, *args, **kwargs)
        context.update(exchange_context(self, request))
        return context


class ExchangeParticipant(Orderable):
    """A visiting organisation of an exchange (not translated: names are proper nouns)."""

    page = ParentalKey(ExchangePage, related_name="participants", on_delete=models.CASCADE)
    organisation = models.ForeignKey(
        "practices.Organisation",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="exchange_participations",
        help_text=_("The visiting organisation, if it is in the organisations list."),
    )
    name = models.CharField(
        _("name"),
        max_length=200,
        blank=True,
        help_text=_("Name of the visiting organisation when it is not in the list."),
    )
    participant_type = models.CharField(
        _("participant type"),
        max_length=20,
        choices=PARTICIPANT_TYPE_CHOICES,
        help_text=_("The programme category the visit counts towards."),
    )
    country = models.CharField(
        _("country"),
        max_length=2,
        choices=COUNTRY_CHOICES,
        blank=True,
        help_text=_("Country of the visitor. Empty: the organisation's country."),
    )

    panels = [
        FieldPanel("organisation"),
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("participant_type"), FieldPanel("country")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("visiting participant")
        verbose_name_plural = _("visiting participants")

    def __str__(self):
        return self.display_name

    @property
    def display_name(self):
        if self.organisation_id:
            return self.organisation.name
        return self.name

    def clean(self):
        super().clean()
        errors = {}
        if not self.organisation_id and not self.name.strip():
            errors["name"] = _("Choose an organisation or type the visitor's name.")
        if not self.country:
            if self.organisation_id:
                self.country = self.organisation.country
            else:
                errors["country"] = _("Say which country the visitor comes from.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        if not self.country and self.organisation_id:
            self.country = self.organisation.country
        super().save(*args, **kwargs)


class ExchangeRelatedCaseStudy(Orderable):
    page = ParentalKey(ExchangePage, related_name="related_case_studies", on_delete=models.CASCADE)
    case_study = models.ForeignKey(
        "practices.CaseStudyPage",
        verbose_name=_("case study"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A case study the visitors studied or that shows the same practice."),
    )

    panels = [PageChooserPanel("case_study", "practices.CaseStudyPage")]

    class Meta(Orderable.Meta):
        verbose_name = _("related case study")
        verbose_name_plural = _("related case studies")


class ExchangeRelatedCourse(Orderable):
    page = ParentalKey(ExchangePage, related_name="related_courses", on_delete=models.CASCADE)
    course = models.ForeignKey(
        "trainings.CoursePage",
        verbose_name=_("course"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A course that prepares for or follows up on the exchange."),
    )

    panels = [PageChooserPanel("course", "trainings.CoursePage")]

    class Meta(Orderable.Meta):
        verbose_name = _("related course")
        verbose_name_plural = _("related courses")


# --- Programme figures ------------------------------------------------------------------------


def _target(verbose_name, default, help_text):
    return models.PositiveIntegerField(
        verbose_name,
        default=default,
        validators=[MinValueValidator(0), MaxValueValidator(100000)],
        help_text=help_text,
    )


class ProgrammeFiguresPage(LanguagePageMixin, RoutablePageMixin, HubPagePermissionsMixin, Page):
    """What the programme has achieved against its targets, as charts drawn by the site, tables and
    CSV files. Figures are computed on every request (a fixed number of queries), so they change
    as soon as an exchange, practice, certificate or member is published or approved."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("What the figures show and for which period."),
    )
    methodology = RichTextField(
        _("how the figures are counted"),
        blank=True,
        features=["bold", "italic", "link", "ul"],
        help_text=_("Optional note under the charts: definitions, sources, period."),
    )
    target_exchanges_sme = _target(
        _("exchange target: SMEs"), 75, _("Number of exchanges with visiting SMEs.")
    )
    target_exchanges_cluster = _target(
        _("exchange target: cluster organisations"),
        10,
        _("Number of exchanges with visiting cluster organisations."),
    )
    target_exchanges_scale_up = _target(
        _("exchange target: scale-up support organisations"),
        5,
        _("Number of exchanges with visiting scale-up support organisations."),
    )
    target_exchanges_large = _target(
        _("exchange target: large companies"),
        5,
        _("Number of exchanges with visiting large companies."),
    )
    target_exchanges_public = _target(
        _("exchange target: public bodies"),
        5,
        _("Number of exchanges with visiting public bodies."),
    )
    target_participants = _target(
        _("target of participating SMEs and stakeholders"),
        50,
        _("Approved member organisations the programme aims for."),
    )

    content_panels = Page.content_panels + [FieldPanel("introduction"), FieldPanel("methodology")]
    target_panels = [
        HelpPanel(content=_("The targets the charts compare the achieved figures with.")),
        MultiFieldPanel(
            [
                FieldPanel("target_exchanges_sme"),
                FieldPanel("target_exchanges_cluster"),
                FieldPanel("target_exchanges_scale_up"),
                FieldPanel("target_exchanges_large"),
                FieldPanel("target_exchanges_public"),
            ],
            heading=_("ClusterXchange exchanges"),
        ),
        FieldPanel("target_participants"),
    ]
    edit_handler = _tabs(
        content_panels,
        Page.promote_panels,
        Page.settings_panels,
        extra=[(_("Targets"), target_panels)],
    )
    search_fields = Page.search_fields + [index.SearchField("introduction")]
    api_fields = [APIField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("programme figures page")
        verbose_name_plural = _("programme figures pages")

    @property
    def summary(self):
        return self.introduction

    def exchange_targets(self):
        return {
            SME: self.target_exchanges_sme,
            CLUSTER: self.target_exchanges_cluster,
            SCALE_UP: self.target_exchanges_scale_up,
            LARGE_COMPANY: self.target_exchanges_large,
            PUBLIC_BODY: self.target_exchanges_public,
        }

    @path("")
    def figures(self, request):
        from alliance import views

        return views.figures(request, self)

    @path("csv/<slug:dataset>/", name="csv")
    def csv(self, request, dataset):
        from alliance import views

        return views.figures_csv(request, self, dataset)

    def csv_url(self, dataset, request=None):
        return self.get_url(request) + self.reverse_subpage("csv", args=[dataset])
