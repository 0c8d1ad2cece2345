"""Two-factor sign-in with django-otp: a TOTP authenticator app, plus single-use recovery codes.

- Enrolment (``setup``): a secret is stored as an unconfirmed TOTP device and shown as a QR code
  (SVG drawn here by segno, no outside service) and as text; the first right code confirms it and
  creates ten recovery codes, shown once.
- Sign-in: after the password (the trainee sign-in or the Wagtail admin's), an account with a
  confirmed device is sent to ``verify`` for every page until it has given a code or a recovery
  code; wrong codes are limited per account (``clothhub.ratelimit.TWO_FACTOR``).
- Staff (anyone with access to the Wagtail admin) without a device are sent to enrol before the
  admin opens, when ``STAFF_2FA_REQUIRED`` is on; trainees and members may turn it on and off from
  ``manage``. Superusers reset another account's devices in the admin (Settings → Two-factor
  sign-in), e.g. after a lost phone.
"""

import base64

import segno
from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django_otp import devices_for_user, match_token
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from clothhub import ratelimit

SESSION_NEW_CODES = "clothhub_2fa_new_recovery_codes"
# Views an account may reach before its second step: these pages themselves and signing out.
EXEMPT_VIEWS = {
    "twofactor:verify",
    "twofactor:setup",
    "trainings:logout",
    "wagtailadmin_logout",
    "set_language",
}


def is_staff(user):
    """Accounts with access to the Wagtail admin: editors, moderators, translators, superusers."""
    return user.is_active and (user.is_superuser or user.has_perm("wagtailadmin.access_admin"))


def required_for(user):
    return bool(settings.STAFF_2FA_REQUIRED) and is_staff(user)


def has_device(user):
    """True when ``user`` has set up two-factor sign-in (one query: recovery codes exist only
    beside a confirmed authenticator app, and are removed with it)."""
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def _safe_next(request, default):
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return default


def _default_next(user):
    return "/admin/" if is_staff(user) else reverse("trainings:my_learning")


class TwoFactorMiddleware:
    """After AuthenticationMiddleware and django-otp's OTPMiddleware: an account with a device
    that has not given its code yet sees only the verification page; staff without a device
    (when required) are sent to enrol before the admin opens."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or user.is_verified():
            return None
        match = request.resolver_match
        if match and match.view_name in EXEMPT_VIEWS:
            return None
        next_url = request.get_full_path()
        if has_device(user):
            return redirect(f"{reverse('twofactor:verify')}?next={_quote(next_url)}")
        if request.path_info.startswith("/admin/") and required_for(user):
            return redirect(f"{reverse('twofactor:setup')}?next={_quote(next_url)}")
        return None


def _quote(url):
    from urllib.parse import quote

    return quote(url, safe="/")


def _code_field(help_text):
    return forms.CharField(
        label=gettext_lazy("Code"),
        max_length=32,
        help_text=help_text,
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "autofocus": True,
                "spellcheck": "false",
            }
        ),
    )


class CodeForm(forms.Form):
    code = _code_field(gettext_lazy("The six digits your authenticator app shows."))

    def clean_code(self):
        code = "".join(self.cleaned_data["code"].split()).replace("-", "").lower()
        if not code.isalnum():
            raise forms.ValidationError(_("Enter the code with its digits and letters only."))
        return code


class VerifyForm(CodeForm):
    code = _code_field(
        gettext_lazy("The six digits your authenticator app shows, or one of your recovery codes.")
    )


def _pending_device(user):
    """The unconfirmed TOTP device of ``user``, created on first use."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=_("Authenticator app"), confirmed=False)
    return device


def _qr_svg(device):
    qr = segno.make(device.config_url, error="m")
    return mark_safe(  # segno escapes the title; the SVG holds only paths
        qr.svg_inline(scale=5, border=2, title=_("QR code of your two-factor secret"))
    )


def _secret_text(device):
    secret = base64.b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def new_recovery_codes(user):
    """Replace the recovery codes of ``user`` with fresh ones and return them."""
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=_("Recovery codes"), confirmed=True)
    codes = [StaticToken.random_token() for _i in range(settings.TWO_FACTOR_RECOVERY_CODES)]
    StaticToken.objects.bulk_create([StaticToken(device=device, token=code) for code in codes])
    return device, codes


def remove_devices(user):
    for device in devices_for_user(user, confirmed=None):
        device.delete()


@never_cache
@login_required
def manage(request):
    user = request.user
    enabled = has_device(user)
    recovery = StaticDevice.objects.filter(user=user).first()
    return render(
        request,
        "twofactor/manage.html",
        {
            "enabled": enabled,
            "required": required_for(user),
            "recovery_left": recovery.token_set.count() if recovery else 0,
        },
    )


@never_cache
@login_required
def setup(request):
    user = request.user
    next_url = _safe_next(request, _default_next(user))
    if has_device(user):
        return redirect("twofactor:manage")
    device = _pending_device(user)
    form = CodeForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid() and device.verify_token(form.cleaned_data["code"]):
            with transaction.atomic():
                device.confirmed = True
                device.save(update_fields=["confirmed"])
                _static, codes = new_recovery_codes(user)
            otp_login(request, device)
            request.session[SESSION_NEW_CODES] = codes
            return redirect(f"{reverse('twofactor:recovery_codes')}?next={_quote(next_url)}")
        if form.is_valid():
            form.add_error(
                "code",
                _(
                    "This code is not right. Check that your phone's clock is set "
                    "automatically, and type the code the app shows now."
                ),
            )
        status = 400
    return render(
        request,
        "twofactor/setup.html",
        {
            "form": form,
            "qr_svg": _qr_svg(device),
            "secret": _secret_text(device),
            "next": next_url,
            "required": required_for(user),
        },
        status=status,
    )


@never_cache
@login_required
def recovery_codes(request):
    """Shows the new recovery codes once (GET, after enrolment); POST makes new ones."""
    user = request.user
    if not has_device(user):
        return redirect("twofactor:setup")
    if request.method == "POST":
        _static, codes = new_recovery_codes(user)
        messages.success(request, _("Your old recovery codes no longer work."))
    elif request.method == "GET":
        codes = request.session.pop(SESSION_NEW_CODES, None)
        if not codes:
            return redirect("twofactor:manage")
    else:
        return HttpResponseNotAllowed(["GET", "POST"])
    return render(
        request,
        "twofactor/recovery_codes.html",
        {"codes": codes, "next": _safe_next(request, reverse("twofactor:manage"))},
    )


@never_cache
@login_required
def verify(request):
    user = request.user
    next_url = _safe_next(request, _default_next(user))
    if user.is_verified() or not has_device(user):
        return redirect(next_url)
    form = VerifyForm(request.POST or None)
    status = 200
    if request.method == "POST":
        identity = str(user.pk)
        wait = ratelimit.TWO_FACTOR.check(identity)
        if wait is None and form.is_valid():
            device = match_token(user, form.cleaned_data["code"])
            if device is not None:
                otp_login(request, device)
                ratelimit.TWO_FACTOR.reset(identity)
                if isinstance(device, StaticDevice):
                    messages.info(
                        request,
                        _("You used a recovery code: it will not work again."),
                    )
                return redirect(next_url)
            wait = ratelimit.TWO_FACTOR.hit(identity)
            if wait is None:
                form.add_error(
                    "code", _("This code is not right. Type the code the app shows now.")
                )
        if wait:
            ratelimit.refuse(request, wait)
            form.is_valid()
            form.add_error(
                None,
                " ".join([_("Too many wrong codes."), ratelimit.wait_message(wait)]),
            )
        status = 400
    return render(request, "twofactor/verify.html", {"form": form, "next": next_url}, status=status)


@never_cache
@login_required
def disable(request):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if required_for(request.user):
        raise PermissionDenied(_("Two-factor sign-in is required for accounts with admin access."))
    remove_devices(request.user)
    messages.success(request, _("Two-factor sign-in is off for your account."))
    return redirect("twofactor:manage")


def admin_devices(request):
    """Wagtail admin (superusers): the accounts with two-factor sign-in on, and a reset of each,
    for a user who lost both phone and recovery codes. After a reset, staff enrol again at their
    next admin page."""
    if not request.user.is_superuser:
        raise PermissionDenied
    from django.contrib.auth import get_user_model

    User = get_user_model()
    if request.method == "POST":
        target = User.objects.filter(pk=request.POST.get("user_id") or 0).first()
        if target is None:
            messages.error(request, _("There is no such account."))
        else:
            remove_devices(target)
            messages.success(
                request,
                _("Two-factor sign-in of %(user)s was reset.") % {"user": target.get_username()},
            )
        return redirect("clothhub_twofactor_devices")
    user_ids = TOTPDevice.objects.filter(confirmed=True).values("user_id")
    users = User.objects.filter(pk__in=user_ids).order_by("username")
    return render(request, "twofactor/admin_devices.html", {"users": users})
