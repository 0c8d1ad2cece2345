"""Views of the platform layer that stand in front of Wagtail's own (nothing in Wagtail is patched):

- ``authenticate_with_password``: Wagtail's page-password view, with the rate limit of
  ``clothhub.ratelimit.PAGE_PASSWORD`` per client address (wrong passwords are counted);
- ``AdminLogoutView``: ``/admin/logout/`` by POST only. Wagtail's own view deletes the session
  cookie even when it answers a GET with 405, so a link on another site could sign editors out;
  this URL is routed before Wagtail's admin URLs.
"""

from django import forms
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_protect
from wagtail import views as wagtail_views
from wagtail.admin.views.account import LogoutView as WagtailLogoutView
from wagtail.forms import PasswordViewRestrictionForm
from wagtail.models import Page, PageViewRestriction

from clothhub import ratelimit


class _RefusedPasswordForm(PasswordViewRestrictionForm):
    """The password form shown again while the limit lasts: the password is not checked."""

    def __init__(self, *args, message, **kwargs):
        super().__init__(*args, **kwargs)
        self.message = message
        self.fields["password"].required = False

    def clean_password(self):
        return ""

    def clean(self):
        raise forms.ValidationError(self.message, code="rate_limited")


def authenticate_with_password(request, page_view_restriction_id, page_id):
    if request.method != "POST":
        return wagtail_views.authenticate_with_password(request, page_view_restriction_id, page_id)
    address = ratelimit.address(request)
    wait = ratelimit.PAGE_PASSWORD.check(address)
    if wait is None:
        response = wagtail_views.authenticate_with_password(
            request, page_view_restriction_id, page_id
        )
        if response.status_code in (301, 302):  # the right password
            return response
        wait = ratelimit.PAGE_PASSWORD.hit(address)
        if wait is None:
            return response
    restriction = get_object_or_404(PageViewRestriction, id=page_view_restriction_id)
    page = get_object_or_404(Page, id=page_id).specific
    message = " ".join(
        [
            _("Too many wrong passwords were entered from your connection."),
            ratelimit.wait_message(wait),
        ]
    )
    form = _RefusedPasswordForm(request.POST, instance=restriction, message=message)
    action_url = reverse("wagtailcore_authenticate_with_password", args=[restriction.id, page.id])
    ratelimit.refuse(request, wait)
    response = page.serve_password_required_response(request, form, action_url)
    response.status_code = 429
    response["Retry-After"] = str(wait)
    return response


class AdminLogoutView(WagtailLogoutView):
    """Wagtail's sign-out, reached only by POST; a GET gets 405 and keeps the session."""

    http_method_names = ["post", "options"]

    def dispatch(self, request, *args, **kwargs):
        if request.method.lower() not in self.http_method_names:
            return HttpResponseNotAllowed(["POST"])
        return super().dispatch(request, *args, **kwargs)


admin_logout = csrf_protect(AdminLogoutView.as_view())
