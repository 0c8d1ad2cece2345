"""The reader feedback form: "Was this useful?", an optional comment and a honeypot field."""

from django import forms
from django.utils.translation import gettext_lazy as _

from editorial.models import Feedback

USEFUL_CHOICES = [("yes", _("Yes")), ("no", _("No"))]


class FeedbackForm(forms.Form):
    useful = forms.ChoiceField(
        label=_("Was this page useful?"),
        choices=USEFUL_CHOICES,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose yes or no.")},
    )
    comment = forms.CharField(
        label=_("Comment (optional)"),
        help_text=_(
            "What was missing, wrong or especially helpful? Your comment is read by the editors and never published."
        ),
        required=False,
        max_length=Feedback._meta.get_field("comment").max_length,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    # Honeypot: hidden from people (CSS and aria-hidden), filled in by form-filling robots.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def is_spam(self):
        return bool(self.cleaned_data.get("website"))
