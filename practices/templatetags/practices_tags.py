"""Template tags of practices: the latest practices of a language (home page section)."""

from django import template

from practices.listing import latest_practices as _latest_practices

register = template.Library()


@register.simple_tag
def latest_practices(page, limit=3):
    """The newest live, public case studies and guides in ``page``'s language (two queries)."""
    if page is None or not getattr(page, "pk", None):
        return []
    return _latest_practices(page.locale_id, limit)
