"""StreamField blocks only practices use: the ordered steps and the checklist of a guide.

Blocks shared with other apps (headings, images, downloads, …) live in ``home.blocks``.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

STEP_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class GuideStepBlock(blocks.StructBlock):
    """One step of a guide: what to do, how, and an optional tip."""

    title = blocks.CharBlock(
        label=_("Step title"),
        max_length=200,
        help_text=_("Start with a verb, e.g. 'Map the repairs you already do'."),
    )
    text = blocks.RichTextBlock(
        label=_("What to do"),
        features=STEP_TEXT_FEATURES,
        help_text=_("Explain the step in a few sentences, with concrete figures where you can."),
    )
    tip = blocks.CharBlock(
        label=_("Tip"),
        required=False,
        max_length=300,
        help_text=_("Optional: a short practical tip from a company that has done it."),
    )

    class Meta:
        icon = "list-ol"
        label = _("Step")
        template = "practices/blocks/guide_step_block.html"


class GuideStepsBlock(blocks.StreamBlock):
    step = GuideStepBlock()

    class Meta:
        min_num = 1


class ChecklistBlock(blocks.StreamBlock):
    item = blocks.CharBlock(
        label=_("Checklist item"),
        max_length=300,
        help_text=_("Something the reader can tick off, e.g. 'Repair prices are published'."),
    )
