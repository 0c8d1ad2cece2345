"""Template helpers of the trainings app: durations and the trainee's account menu."""

from django import template
from django.utils.translation import gettext as _

register = template.Library()


@register.filter
def duration(minutes):
    """'45 min', '2 h', '3 h 30 min' (in the active language)."""
    try:
        minutes = int(minutes)
    except (TypeError, ValueError):
        return ""
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return _("%(hours)d h %(minutes)d min") % {"hours": hours, "minutes": rest}
    if hours:
        return _("%(hours)d h") % {"hours": hours}
    return _("%(minutes)d min") % {"minutes": rest}


@register.inclusion_tag("trainings/includes/account_menu.html", takes_context=True)
def trainee_menu(context):
    """Sign in / sign up links, or My learning and a sign-out button (for the site header)."""
    request = context["request"]
    return {"request": request, "user": getattr(request, "user", None)}


@register.filter
def get_item(mapping, key):
    """``{{ mapping|get_item:key }}``: a dictionary value in a template (None if absent)."""
    try:
        return mapping.get(key)
    except AttributeError:
        return None
