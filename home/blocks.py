"""StreamField blocks shared by every app: defined once here and imported by practices and trainings.

Each block renders through its own template in ``templates/blocks/``.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

from home.privacy import is_live_public


def shown_target(page, parent_context=None, specific=False):
    """What a link block shows for ``page``: its version in the reader's language (Wagtail's
    ``localized``) when that page is live and public now, asked of the database; None otherwise.
    Returns ``(target, placeholder)``: ``placeholder`` is True when the target is hidden and the
    block is rendered in an editor's preview, where a neutral note says a link is left out."""
    target = page.localized if page is not None else None
    if target is not None and is_live_public(target):
        return (target.specific if specific else target), False
    request = (parent_context or {}).get("request")
    return None, bool(getattr(request, "is_preview", False))


class LinkBlockMixin:
    """Puts ``target`` (or None) and ``placeholder`` in the template context of a block whose
    chooser is ``target_field``: readers never see the title, summary or URL of a draft, private
    or deleted page, whatever the page that links it."""

    target_field = "page"
    target_specific = False

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["target"], context["placeholder"] = shown_target(
            value.get(self.target_field), parent_context, specific=self.target_specific
        )
        return context


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Level 2")), ("h3", _("Level 3")), ("h4", _("Level 4"))],
        default="h2",
        label=_("Level"),
        help_text=_("Use level 2 for sections and level 3 or 4 inside them."),
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading_block.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("Describe the image for people who cannot see it. Required."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)
    credit = blocks.CharBlock(
        label=_("Credit"), required=False, max_length=200, help_text=_("Photographer or source.")
    )

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/image_block.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "blocks/quote_block.html"


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        choices=[("info", _("Information")), ("tip", _("Tip")), ("warning", _("Warning"))],
        default="info",
        label=_("Kind"),
    )
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=200)
    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link", "ul", "ol"])

    class Meta:
        icon = "help"
        label = _("Callout")
        template = "blocks/callout_block.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        max_length=200,
        help_text=_("Leave empty to use the document's title."),
    )
    description = blocks.CharBlock(label=_("Description"), required=False, max_length=300)

    class Meta:
        icon = "doc-full"
        label = _("Download")
        template = "blocks/document_block.html"


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(
        label=_("Video URL"), help_text=_("Address of the video on YouTube or Vimeo.")
    )
    transcript = blocks.TextBlock(
        label=_("Transcript or summary"),
        required=False,
        help_text=_("A text alternative for people who cannot watch the video."),
    )

    class Meta:
        icon = "media"
        label = _("Video")
        template = "blocks/video_block.html"


class LinkedPageBlock(LinkBlockMixin, blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("Page"))
    text = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        max_length=200,
        help_text=_("Leave empty to use the page's title."),
    )

    class Meta:
        icon = "link"
        label = _("Linked page")
        template = "blocks/linked_page_block.html"


class LinkedCaseStudyBlock(LinkBlockMixin, blocks.StructBlock):
    """A card for a case study; the page type is named as a string so home never imports practices."""

    target_field = "case_study"
    target_specific = True

    case_study = blocks.PageChooserBlock(label=_("Case study"), page_type="practices.CaseStudyPage")
    note = blocks.CharBlock(label=_("Why it is relevant"), required=False, max_length=300)

    class Meta:
        icon = "doc-empty-inverse"
        label = _("Linked case study")
        template = "blocks/linked_case_study_block.html"


class MilestoneBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Milestone"), max_length=200)
    date = blocks.DateBlock(label=_("Date"))
    status = blocks.ChoiceBlock(
        choices=[
            ("planned", _("Planned")),
            ("in_progress", _("In progress")),
            ("done", _("Done")),
        ],
        default="planned",
        label=_("Status"),
    )
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        icon = "date"
        label = _("Milestone")


class RoadmapBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=200)
    milestones = blocks.ListBlock(MilestoneBlock(), label=_("Milestones"))

    class Meta:
        icon = "list-ol"
        label = _("Roadmap")
        template = "blocks/roadmap_block.html"


RICH_TEXT_FEATURES = ["h2", "h3", "h4", "bold", "italic", "link", "document-link", "ol", "ul"]


class BaseStreamBlock(blocks.StreamBlock):
    """The body every content page uses: text, media, downloads, callouts and links."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        label=_("Paragraph"),
        icon="pilcrow",
        template="blocks/paragraph_block.html",
    )
    image = ImageBlock()
    video = VideoBlock()
    document = DocumentBlock()
    callout = CalloutBlock()
    quote = QuoteBlock()
    linked_page = LinkedPageBlock()
    linked_case_study = LinkedCaseStudyBlock()


class StandardPageStreamBlock(BaseStreamBlock):
    """Standard pages may also show a roadmap of milestones (Strategy and roadmap)."""

    roadmap = RoadmapBlock()
