"""Reader feedback: which pages take it, the per-address rate limit, and recording an answer.

Feedback is asked on practices (case studies and guides) and lessons. A client address may send
``EDITORIAL_FEEDBACK_RATE`` answers per period (counted in the cache ``EDITORIAL_FEEDBACK_CACHE``,
the client address read as the sign-in throttling reads it, behind ``TRUSTED_PROXY_COUNT`` proxies).
"""

import time

from django.apps import apps
from django.conf import settings
from django.core.cache import caches
from wagtail.models import Page

from clothhub.middleware import parse_rate
from clothhub.security import client_ip
from editorial.models import Feedback
from home.privacy import public_q

FEEDBACK_PAGE_MODELS = ("practices.PracticePage", "trainings.LessonPage")


def feedback_models():
    models = []
    for label in FEEDBACK_PAGE_MODELS:
        try:
            models.append(apps.get_model(label))
        except LookupError:
            continue
    return tuple(models)


def accepts_feedback(page):
    return issubclass(page.specific_class or type(page), feedback_models())


def feedback_page(page_id):
    """The live, public practice or lesson with this id, or None."""
    page = (
        Page.objects.live().filter(public_q()).filter(pk=page_id).select_related("locale").first()
    )
    if page is None or not accepts_feedback(page):
        return None
    return page


def rate_limited(request):
    """Count this submission for the client's address; True when it is over the limit."""
    limit, window = parse_rate(settings.EDITORIAL_FEEDBACK_RATE)
    now = int(time.time())
    key = f"editorial:feedback:{client_ip(request)}:{now // window}"
    cache = caches[settings.EDITORIAL_FEEDBACK_CACHE]
    cache.add(key, 0, window + 5)
    try:
        count = cache.incr(key)
    except ValueError:  # evicted between add() and incr()
        cache.set(key, 1, window + 5)
        count = 1
    return count > limit


def record(page, useful, comment=""):
    return Feedback.objects.create(
        page=page, locale_id=page.locale_id, useful=useful, comment=comment.strip()
    )
