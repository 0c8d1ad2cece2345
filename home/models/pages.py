"""Site-wide page types: the home page of each language and the standard content page."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from home.blocks import StandardPageStreamBlock
from home.permissions import HubPagePermissionsMixin
from home.privacy import public_q


class HomePage(HubPagePermissionsMixin, Page):
    """The front page of one language: a hero, an introduction and featured content."""

    hero_title = models.CharField(
        _("hero title"), max_length=200, help_text=_("The main message, shown large at the top.")
    )
    hero_text = models.TextField(
        _("hero text"), blank=True, help_text=_("One or two sentences under the hero title.")
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Decorative background picture; it is not announced to screen readers."),
    )
    hero_link_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("call-to-action page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Where the hero button leads, e.g. the practices index."),
    )
    hero_link_text = models.CharField(
        _("call-to-action text"), max_length=80, blank=True, help_text=_("Text of the hero button.")
    )
    introduction = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link", "ul"],
        help_text=_("What the hub offers and to whom, in a short paragraph."),
    )
    featured_title = models.CharField(
        _("featured section title"),
        max_length=200,
        blank=True,
        help_text=_("Heading above the featured content, e.g. 'Featured practices'."),
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("hero_title"),
                FieldPanel("hero_text"),
                FieldPanel("hero_image"),
                FieldPanel("hero_link_page"),
                FieldPanel("hero_link_text"),
            ],
            heading=_("Hero"),
        ),
        FieldPanel("introduction"),
        MultiFieldPanel(
            [FieldPanel("featured_title"), InlinePanel("featured_pages", label=_("Featured page"))],
            heading=_("Featured content"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("hero_text"),
        index.SearchField("introduction"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "practices.PracticesIndexPage",
        "trainings.CourseIndexPage",
        # alliance (issue 8): directory, map of the industry, exchanges, programme figures
        "alliance.DirectoryPage",
        "alliance.MapPage",
        "alliance.ExchangeIndexPage",
        "alliance.ProgrammeFiguresPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def featured(self):
        """Featured live pages in the editor's order, with their specific fields, in two queries."""
        ids = [item.page_id for item in self.featured_pages.all() if item.page_id]
        pages = (
            Page.objects.filter(id__in=ids)
            .live()
            .filter(public_q())
            .specific()
            .select_related("locale")
        )
        by_id = {page.id: page for page in pages}
        return [by_id[i] for i in ids if i in by_id]


class HomePageFeaturedPage(Orderable):
    home_page = ParentalKey(HomePage, related_name="featured_pages", on_delete=models.CASCADE)
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A case study, guide, course or any other page to feature."),
    )

    panels = [FieldPanel("page")]

    class Meta(Orderable.Meta):
        verbose_name = _("featured page")


class StandardPage(HubPagePermissionsMixin, Page):
    """A content page such as About the alliance, Partners or the Strategy and roadmap."""

    introduction = models.TextField(
        _("introduction"), blank=True, help_text=_("A short lead paragraph shown under the title.")
    )
    body = StreamField(
        StandardPageStreamBlock(),
        verbose_name=_("body"),
        blank=True,
        help_text=_("The page content: text, images, downloads, callouts and roadmaps."),
    )
    show_partners = models.BooleanField(
        _("list the partner organisations"),
        default=False,
        help_text=_("Show the partner organisations with their descriptions below the body."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("body"),
        FieldPanel("show_partners"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")

    @property
    def summary(self):
        return self.introduction
