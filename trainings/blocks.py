"""StreamField blocks of the trainings app: the knowledge check and the lesson body.

A knowledge check is a multiple-choice question placed in a lesson. Its options carry a
"correct" flag and feedback; both stay on the server until the trainee has answered: the
lesson template renders only the question and the option texts, and grading happens in
``trainings.services.grade_answer``.
"""

from django.core.exceptions import ValidationError
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.list_block import ListBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError

from home.blocks import BaseStreamBlock

SINGLE = "single"
MULTIPLE = "multiple"


class AnswerOptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Answer"), max_length=300)
    correct = blocks.BooleanBlock(
        label=_("Correct answer"),
        required=False,
        help_text=_("Tick every option that is right. Trainees never see this before answering."),
    )
    feedback = blocks.TextBlock(
        label=_("Feedback"),
        required=False,
        help_text=_(
            "Shown after answering to trainees who picked this option: say why it is right or wrong."
        ),
    )

    class Meta:
        icon = "radio-full"
        label = _("Answer option")


class KnowledgeCheckBlock(blocks.StructBlock):
    """A question graded on the server, with a pass mark in percent."""

    question = blocks.TextBlock(label=_("Question"), max_length=500)
    kind = blocks.ChoiceBlock(
        choices=[
            (SINGLE, _("Single choice (one right answer)")),
            (MULTIPLE, _("Multiple choice (one or more right answers)")),
        ],
        default=SINGLE,
        label=_("Kind"),
    )
    options = blocks.ListBlock(
        AnswerOptionBlock(),
        min_num=2,
        max_num=8,
        label=_("Answer options"),
    )
    pass_mark = blocks.IntegerBlock(
        label=_("Pass mark (%)"),
        default=100,
        min_value=1,
        max_value=100,
        help_text=_(
            "Score needed to pass. Multiple choice scores the share of right options ticked, "
            "minus the share of wrong options ticked."
        ),
    )
    explanation = blocks.RichTextBlock(
        label=_("Explanation"),
        required=False,
        features=["bold", "italic", "link", "ul"],
        help_text=_("Shown once the trainee has passed: the reasoning behind the right answer."),
    )

    class Meta:
        icon = "help"
        label = _("Knowledge check")
        template = "trainings/blocks/knowledge_check_block.html"

    def clean(self, value):
        value = super().clean(value)
        correct = sum(1 for option in value["options"] if option["correct"])
        message = None
        if value["kind"] == SINGLE and correct != 1:
            message = _("A single-choice question needs exactly one correct option.")
        elif value["kind"] == MULTIPLE and correct < 1:
            message = _("Mark at least one option as correct.")
        if message:
            raise StructBlockValidationError(
                block_errors={
                    "options": ListBlockValidationError(non_block_errors=[ValidationError(message)])
                }
            )
        return value


class LessonStreamBlock(BaseStreamBlock):
    """The shared content blocks plus knowledge checks."""

    knowledge_check = KnowledgeCheckBlock()


def _texts(block, value):
    """Yield the readable texts of a block value (not choices, flags, ids or feedback)."""
    if value is None:
        return
    if isinstance(block, KnowledgeCheckBlock):
        # Only what the trainee sees before answering: feedback and explanations may reveal
        # the right answer (search indexes this text too).
        yield value["question"]
        for option in value["options"]:
            yield option["text"]
    elif isinstance(block, blocks.RichTextBlock):
        yield strip_tags(value.source)
    elif isinstance(block, blocks.CharBlock | blocks.TextBlock):
        yield str(value)
    elif isinstance(block, blocks.StructBlock):
        for name, child_block in block.child_blocks.items():
            yield from _texts(child_block, value.get(name))
    elif isinstance(block, blocks.ListBlock):
        for item in value:
            yield from _texts(block.child_block, item)
    elif isinstance(block, blocks.StreamBlock):
        for child in value:
            yield from _texts(child.block, child.value)


def plain_text(stream_value):
    """The readable text of a lesson body, one block per line."""
    return "\n".join(text for text in _texts(stream_value.stream_block, stream_value) if text)


def plain_text_words(stream_value):
    return len(plain_text(stream_value).split())
