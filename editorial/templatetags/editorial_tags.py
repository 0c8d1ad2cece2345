"""Template tags of the editorial app: the translation status notice of a translated page."""

from django import template

from editorial.translation_status import reader_status

register = template.Library()


@register.simple_tag
def translation_status(page):
    """``{% translation_status page as status %}``: see ``editorial.translation_status``."""
    return reader_status(page)
