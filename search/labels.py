"""Default labels of the content-type facet (apps may register better ones for their types)."""

from django.utils import translation
from django.utils.translation import gettext_lazy as _

from search.registry import register_facet_labels

CONTENT_TYPE_LABELS = {
    "case-study": _("Case study"),
    "guide": _("Guide"),
    "course": _("Course"),
    "lesson": _("Lesson"),
    "module": _("Module"),
    "page": _("Page"),
    # Sections and listings: the practices index and partner sections, the training index, the
    # map, the directory, the exchanges index, the programme figures.
    "section": _("Section"),
}


@register_facet_labels("type", fallback=True)
def content_type_labels(values, language_code):
    with translation.override(language_code):
        return {
            value: str(CONTENT_TYPE_LABELS[value])
            for value in values
            if value in CONTENT_TYPE_LABELS
        }
