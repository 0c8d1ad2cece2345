"""Forms of the trainee-facing pages: sign up, sign in and certificate verification."""

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import AuthenticationForm, BaseUserCreationForm
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from clothhub import formguard
from clothhub.signin import RateLimitedSignInMixin
from trainings.models.progress import normalise_certificate_code

User = get_user_model()

# Trainees sign in with their e-mail address, stored as the username too (150 characters at most).
EMAIL_MAX_LENGTH = 150
SIGNUP_TOKEN_SALT = "trainings.signup"


def signup_form_token():
    """The signed time the sign-up form was shown (see ``SignUpForm.suspicious``)."""
    return formguard.issue_token(SIGNUP_TOKEN_SALT)


class SignUpForm(BaseUserCreationForm):
    """E-mail, name (printed on certificates) and a password checked by Django's validators.

    Two signs of a script make the form *suspicious* (``self.suspicious`` names the sign, and the
    view counts it against its own, stricter limit): the honeypot field ``website_url``, hidden
    from people, is filled; or the form came back sooner than ``SIGNUP_MIN_SECONDS`` after it was
    shown (the signed ``form_token`` the page carries)."""

    suspicious = None

    error_messages = {
        **BaseUserCreationForm.error_messages,
        "email_taken": _(
            "An account with this e-mail address already exists. Sign in, or reset your password "
            "if you forgot it."
        ),
    }

    class Meta:
        model = User
        fields = ("first_name", "email")
        labels = {"first_name": _("Full name"), "email": _("E-mail address")}
        help_texts = {
            "first_name": _("As it should appear on your certificates."),
            "email": _("You sign in with it; we send password reset links to it."),
        }

    website_url = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["first_name"].required = True
        self.fields["first_name"].widget.attrs.update(autocomplete="name", autofocus=True)
        self.fields["email"].required = True
        self.fields["email"].max_length = EMAIL_MAX_LENGTH
        self.fields["email"].widget.attrs.update(autocomplete="email", maxlength=EMAIL_MAX_LENGTH)

    def clean_first_name(self):
        name = " ".join(self.cleaned_data["first_name"].split())
        if not name:
            raise forms.ValidationError(_("Enter your name."), code="required")
        return name

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        if len(email) > EMAIL_MAX_LENGTH:
            raise forms.ValidationError(
                _("Use an e-mail address of at most %(max)d characters.")
                % {"max": EMAIL_MAX_LENGTH},
                code="max_length",
            )
        if User.objects.filter(Q(email__iexact=email) | Q(username__iexact=email)).exists():
            raise forms.ValidationError(self.error_messages["email_taken"], code="email_taken")
        return email

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("website_url"):
            self.suspicious = "honeypot"
            raise forms.ValidationError(
                _("Your account could not be created. Leave the last field empty and try again."),
                code="honeypot",
            )
        problem = formguard.check_token(
            self.data.get("form_token", ""),
            SIGNUP_TOKEN_SALT,
            min_seconds=settings.SIGNUP_MIN_SECONDS,
            max_age=settings.SIGNUP_FORM_MAX_AGE,
        )
        if problem == formguard.TOO_FAST:
            self.suspicious = "too-fast"
            raise forms.ValidationError(
                _("The form was sent too quickly after it was opened. Check it and send it again."),
                code="too_fast",
            )
        if problem:
            raise forms.ValidationError(
                _("This form is out of date. Please send it again."), code="expired"
            )
        return cleaned

    def _post_clean(self):
        if self.cleaned_data.get("email"):
            self.instance.username = self.cleaned_data["email"]
        super()._post_clean()

    def save(self, commit=True):
        user = super().save(commit=False)
        user.username = user.email
        if commit:
            user.save()
        return user


class SignInForm(RateLimitedSignInMixin, AuthenticationForm):
    """Django's sign-in form, asking for the e-mail address (the username of trainees), with the
    sign-in limits of ``clothhub.signin``."""

    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": _(
            "The e-mail address or the password is not right. Check them (the password is "
            "case-sensitive) or reset your password."
        ),
    }

    username = forms.CharField(
        label=_("E-mail address"),
        max_length=254,
        widget=forms.TextInput(attrs={"autofocus": True, "autocomplete": "email"}),
    )

    def clean(self):
        username = self.cleaned_data.get("username")
        if username and "@" in username:
            self.cleaned_data["username"] = username.strip().lower()
        return super().clean()


class CertificateCodeForm(forms.Form):
    code = forms.CharField(
        label=_("Verification code"),
        max_length=40,
        help_text=_("The code printed on the certificate, e.g. K7QX-M2PA-9RTD-WB4N-H6JC."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )

    def clean_code(self):
        code = normalise_certificate_code(self.cleaned_data["code"])
        if code is None:
            raise forms.ValidationError(
                _(
                    "This is not a valid code: it has 20 letters and digits, usually written in "
                    "five groups of four."
                ),
                code="invalid",
            )
        return code
