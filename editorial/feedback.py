"""Reader feedback: which pages take it, the per-address rate limit, and recording an answer.

Feedback is asked on practices (case studies and guides) and lessons. A client address may send
``EDITORIAL_FEEDBACK_RATE`` answers per period (counted by ``clothhub.ratelimit`` in the cache every
process shares, the client address read as the sign-in limits read it, behind ``TRUSTED_PROXY_COUNT``
proxies).
"""

from django.apps import apps
from wagtail.models import Page

from clothhub import ratelimit
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
    """Seconds to wait when this client's address already sent the allowed number of answers,
    else None (and this answer is counted). The count is kept by ``clothhub.ratelimit`` in the
    store that every process shares."""
    address = ratelimit.address(request)
    wait = ratelimit.FEEDBACK.check(address)
    if wait:
        return wait
    ratelimit.FEEDBACK.hit(address)
    return None


def record(page, useful, comment=""):
    return Feedback.objects.create(
        page=page, locale_id=page.locale_id, useful=useful, comment=comment.strip()
    )
