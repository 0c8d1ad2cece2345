"""Default labels of the content-type facet (apps may register better ones for their types)."""

from django.utils import translation
from django.utils.translation import gettext_lazy as _

from search.registry import register_facet_labels

CONTENT_TYPE_LABELS = {
    "case-study": _("Case study"),
    "guide": _("Guide"),
    "course": _("Course"),
    "lesson": _("Lesson"),
    "page": _("Page"),
}


@register_facet_labels("type", fallback=True)
def content_type_labels(values, language_code):
    with translation.override(language_code):
        return {
            value: str(CONTENT_TYPE_LABELS[value])
            for value in values
            if value in CONTENT_TYPE_LABELS
        }
