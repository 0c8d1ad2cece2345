"""Forms of the alliance pages: the GET filters of the directory and of the exchanges index, and the
public application form (with its spam checks, see alliance.spam)."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from alliance import spam
from alliance.models import PARTICIPANT_TYPE_CHOICES, OrganisationProfile
from alliance.regions import REGION_CHOICES
from practices.countries import COUNTRY_CHOICES, sorted_country_choices
from practices.models import Organisation

MAX_VALUES = 20


class FilterForm(forms.Form):
    """Shared behaviour of the GET filter forms: invalid values are reported and left out, so the
    listing still answers with what it understood (status 400)."""

    multi_value_fields: tuple = ()

    def _clean_fields(self):
        super()._clean_fields()
        for name in self.multi_value_fields:
            values = self.cleaned_data.get(name)
            if values and len(values) > MAX_VALUES:
                self.add_error(name, _("Choose at most %(max)d values.") % {"max": MAX_VALUES})

    def valid_params(self):
        if not self.is_bound:
            return {}
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}

    def error_messages(self):
        return [
            f"{self.fields[name].label}: {' '.join(str(e) for e in errors)}"
            if name in self.fields
            else " ".join(str(e) for e in errors)
            for name, errors in self.errors.items()
        ]


class DirectoryFilterForm(FilterForm):
    q = forms.CharField(label=_("Name or keyword"), required=False, max_length=100)
    country = forms.MultipleChoiceField(label=_("Country"), required=False, choices=COUNTRY_CHOICES)
    region = forms.MultipleChoiceField(
        label=_("Alliance region"), required=False, choices=REGION_CHOICES
    )
    org_type = forms.MultipleChoiceField(label=_("Organisation type"), required=False)
    capability = forms.MultipleChoiceField(label=_("Capability"), required=False)

    multi_value_fields = ("country", "region", "org_type", "capability")

    def __init__(self, data=None, *, choices, **kwargs):
        super().__init__(data, **kwargs)
        self.fields["org_type"].choices = list(choices["org_type"].items())
        self.fields["capability"].choices = list(choices["capability"].items())

    def clean_q(self):
        return " ".join(self.cleaned_data.get("q", "").split())


class ExchangeFilterForm(FilterForm):
    pair = forms.MultipleChoiceField(label=_("Countries (visitor → host)"), required=False)
    org_type = forms.MultipleChoiceField(
        label=_("Participant type"), required=False, choices=PARTICIPANT_TYPE_CHOICES
    )
    topic = forms.MultipleChoiceField(label=_("Topic"), required=False)
    year = forms.TypedMultipleChoiceField(label=_("Year"), required=False, coerce=int)

    multi_value_fields = ("pair", "org_type", "topic", "year")

    def __init__(self, data=None, *, topics, **kwargs):
        super().__init__(data, **kwargs)
        self.fields["topic"].choices = list(topics.items())
        codes = [code for code, _name in COUNTRY_CHOICES]
        self.fields["pair"].choices = [(f"{a}-{b}", f"{a}-{b}") for a in codes for b in codes]
        self.fields["year"].choices = [(str(y), str(y)) for y in range(2000, 2101)]


class ApplicationForm(forms.Form):
    """Apply to join the directory. Creates an organisation and a pending profile (see
    alliance.moderation.submit_application)."""

    name = forms.CharField(
        label=_("Name of the organisation"),
        max_length=200,
        help_text=_("Legal or trading name, e.g. RepairLoop ApS."),
    )
    org_type = forms.ChoiceField(label=_("Type of organisation"))
    size = forms.ChoiceField(
        label=_("Size"),
        choices=[("", _("Choose a size"))] + Organisation.SIZE_CHOICES,
        help_text=_("Number of people employed."),
    )
    country = forms.ChoiceField(label=_("Country"))
    region = forms.CharField(
        label=_("Region"),
        max_length=120,
        help_text=_("Region or province, e.g. Catalonia, Provence-Alpes-Côte d'Azur, Nord-Est."),
    )
    website = forms.URLField(
        label=_("Website"),
        required=False,
        max_length=200,
        assume_scheme="https",
        help_text=_("Optional, e.g. https://www.example.com"),
    )
    description = forms.CharField(
        label=_("What your organisation does"),
        widget=forms.Textarea(attrs={"rows": 6}),
        min_length=80,
        max_length=1500,
        help_text=_(
            "80 to 1,500 characters: your products or services, and what you can offer other "
            "members. It is published as you write it."
        ),
    )
    description_language = forms.ChoiceField(
        label=_("Language of the description"), choices=settings.LANGUAGES
    )
    roles = forms.MultipleChoiceField(
        label=_("Role in the value chain"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Choose every stage you work in."),
    )
    capabilities = forms.MultipleChoiceField(
        label=_("Capabilities"),
        widget=forms.CheckboxSelectMultiple,
        help_text=_("What you can do for others. Choose at least one."),
        error_messages={"required": _("Choose at least one capability.")},
    )
    contact_name = forms.CharField(label=_("Contact person"), max_length=200)
    contact_role = forms.CharField(
        label=_("Role of the contact person"), max_length=200, required=False
    )
    contact_email = forms.EmailField(
        label=_("E-mail address"), help_text=_("We write to you here about your application.")
    )
    contact_phone = forms.CharField(
        label=_("Telephone"),
        max_length=40,
        required=False,
        help_text=_("Optional, with the country code."),
    )
    show_contact = forms.BooleanField(
        label=_("Publish the contact person, e-mail and telephone on our public profile"),
        required=False,
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that CLOTH Hub stores these details to review the application and, once "
            "approved, publishes the profile."
        ),
        error_messages={
            "required": _(
                "Please agree to the storage of your details, or we cannot review the application."
            )
        },
    )
    # Spam protection: a field people never see (bots fill it) and the time the form was shown.
    website_url = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    form_token = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, choices, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["org_type"].choices = [("", _("Choose a type"))] + list(
            choices["org_type"].items()
        )
        self.fields["country"].choices = [("", _("Choose a country"))] + sorted_country_choices()
        self.fields["roles"].choices = list(choices["stage"].items())
        self.fields["capabilities"].choices = list(choices["capability"].items())
        self.spam_reason = None

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        if (
            OrganisationProfile.objects.filter(organisation__name__iexact=name)
            .exclude(status=OrganisationProfile.REJECTED)
            .exists()
        ):
            raise forms.ValidationError(
                _(
                    "An organisation with this name is already listed or waiting for review. "
                    "If it is yours, write to us instead of applying again."
                )
            )
        return name

    def clean_region(self):
        return " ".join(self.cleaned_data["region"].split())

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("website_url"):
            self.spam_reason = "honeypot"
            raise forms.ValidationError(
                _(
                    "Your application could not be accepted. Please leave the last field empty and send it again."
                )
            )
        problem = spam.check_form_token(cleaned.get("form_token", ""))
        if problem == spam.TOO_FAST:
            self.spam_reason = problem
            raise forms.ValidationError(
                _(
                    "The form was sent too quickly after it was opened. Please check your answers and send it again."
                )
            )
        if problem in (spam.EXPIRED, spam.INVALID):
            self.spam_reason = problem
            raise forms.ValidationError(
                _("The form has expired. Please check your answers and send it again.")
            )
        return cleaned
