"""Reader-facing views of the editorial app: the "Was this useful?" feedback form.

The practice and lesson pages show two buttons that GET this form with the answer chosen, so the
cached public pages carry no CSRF token (a token in a page served to everybody would be someone
else's). This page, never cached, adds the optional comment and posts with CSRF protection, then
sends the reader back to the page with a thank-you message.
"""

from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from clothhub import ratelimit
from editorial import feedback
from editorial.forms import FeedbackForm


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def feedback_view(request, page_id):
    page = feedback.feedback_page(page_id)
    if page is None:
        raise Http404(_("There is no practice or lesson to give feedback on here."))
    if request.method == "POST":
        form = FeedbackForm(request.POST)
        if not form.is_valid():
            return _render(request, page, form, status=400)
        if not form.is_spam():
            wait = feedback.rate_limited(request)
            if wait:
                message = " ".join(
                    [
                        _("You have sent a lot of feedback in a short time."),
                        ratelimit.wait_message(wait),
                    ]
                )
                ratelimit.refuse(request, wait)
                return _render(request, page, form, status=429, error=message)
            feedback.record(
                page, form.cleaned_data["useful"] == "yes", form.cleaned_data["comment"]
            )
        return redirect(f"{page.get_url(request)}?feedback=thanks#feedback")
    initial = {}
    if request.GET.get("useful") in ("yes", "no"):
        initial["useful"] = request.GET["useful"]
    return _render(request, page, FeedbackForm(initial=initial))


def _render(request, page, form, status=200, error=None):
    return render(
        request,
        "editorial/feedback.html",
        {"target": page, "form": form, "error": error},
        status=status,
    )
