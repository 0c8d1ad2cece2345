"""Sign-in limits for every password sign-in form: the trainee sign-in and the Wagtail admin's.

Failed sign-ins are counted three ways (``clothhub.ratelimit``): one account from one address
(a typo-prone user is paused quickly, others are not affected), one account from any address
(guessing one password from many addresses) and one address across all accounts (trying one
password on many accounts). A success clears only the first count, so signing in to an account
of one's own does not reset the others. A refused sign-in re-shows the form with the username
typed and a message saying when to try again, with HTTP 429.

This replaces django-axes: one mechanism and one store for every limit of the site, limits per
address and per account with different rates (axes has one failure limit for all its lockout
parameters), and no database write for each failed sign-in.
"""

from django import forms
from django.utils.translation import gettext as _
from wagtail.admin.forms.auth import LoginForm

from clothhub import ratelimit


def _limits(request, username):
    address = ratelimit.address(request)
    account = username.strip().lower()
    return (
        (ratelimit.SIGNIN_ACCOUNT_ADDRESS, f"{account}|{address}"),
        (ratelimit.SIGNIN_ACCOUNT, account),
        (ratelimit.SIGNIN_ADDRESS, address),
    )


class RateLimitedSignInMixin:
    """For subclasses of Django's AuthenticationForm (which receive the request)."""

    def clean(self):
        username = self.cleaned_data.get("username")
        password = self.cleaned_data.get("password")
        if not (username and password and self.request is not None):
            return super().clean()
        limits = _limits(self.request, username)
        wait = ratelimit.first_lock(*limits)
        if wait:
            self._refuse(wait)
        try:
            cleaned = super().clean()
        except forms.ValidationError as error:
            if getattr(error, "code", None) == "invalid_login":
                locks = [limit.hit(identity) for limit, identity in limits]
                wait = max((lock for lock in locks if lock), default=None)
                if wait:
                    self._refuse(wait)
            raise
        limit, identity = limits[0]
        limit.reset(identity)
        return cleaned

    def _refuse(self, wait):
        ratelimit.refuse(self.request, wait)
        raise forms.ValidationError(
            " ".join(
                [
                    _(
                        "There were too many unsuccessful attempts to sign in to this account "
                        "or from your connection, so we have paused sign-in."
                    ),
                    ratelimit.wait_message(wait),
                    _("If you have forgotten your password, you can reset it."),
                ]
            ),
            code="rate_limited",
        )


class AdminLoginForm(RateLimitedSignInMixin, LoginForm):
    """The Wagtail admin's sign-in form (WAGTAILADMIN_USER_LOGIN_FORM), with the limits."""
