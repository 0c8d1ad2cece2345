"""The filter form of practices listings: validates the GET parameters of the index page, its
feed and the API filter."""

from django import forms
from django.conf import settings
from django.core.validators import slug_unicode_re
from django.utils.translation import gettext_lazy as _

from practices.countries import COUNTRY_CHOICES
from practices.listing import SORTS


class SlugListField(forms.MultipleChoiceField):
    """Free values (tags) that only need to look like slugs."""

    def valid_value(self, value):
        return len(value) <= 100 and bool(slug_unicode_re.match(value))


class PracticeFilterForm(forms.Form):
    """Validates the GET parameters of a practices listing (index page, feed, API).

    Unknown values are reported as errors; :meth:`valid_params` keeps the fields that are valid so
    that the listing still answers with what it understood.
    """

    MAX_VALUES = 20

    type = forms.MultipleChoiceField(label=_("Content type"), required=False)
    topic = forms.MultipleChoiceField(label=_("Topic"), required=False)
    stage = forms.MultipleChoiceField(label=_("Value-chain stage"), required=False)
    country = forms.MultipleChoiceField(label=_("Country"), required=False, choices=COUNTRY_CHOICES)
    org_type = forms.MultipleChoiceField(label=_("Organisation type"), required=False)
    tag = SlugListField(label=_("Tag"), required=False)
    lang = forms.ChoiceField(label=_("Language"), required=False)
    sort = forms.ChoiceField(label=_("Sort by"), required=False)

    def __init__(self, data=None, *, choices, **kwargs):
        super().__init__(data, **kwargs)
        for name in ("type", "topic", "stage", "org_type"):
            self.fields[name].choices = [
                (slug, label) for slug, (label, _g) in choices[name].items()
            ]
        self.fields["lang"].choices = [
            ("", _("This language")),
            ("all", _("All languages")),
        ] + list(settings.LANGUAGES)
        self.fields["sort"].choices = [("", "")] + list(SORTS.items())

    def _clean_fields(self):
        super()._clean_fields()
        for name in ("type", "topic", "stage", "country", "org_type", "tag"):
            values = self.cleaned_data.get(name)
            if values and len(values) > self.MAX_VALUES:
                self.add_error(
                    name,
                    _("Choose at most %(max)d values.") % {"max": self.MAX_VALUES},
                )

    def valid_params(self):
        """The valid filters as ``filter_practices`` takes them (invalid fields left out)."""
        if not self.is_bound:
            return {}
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}

    def error_messages(self):
        """One readable sentence per invalid field, naming the field."""
        return [
            f"{self.fields[name].label}: {' '.join(str(e) for e in errors)}"
            if name in self.fields
            else " ".join(str(e) for e in errors)
            for name, errors in self.errors.items()
        ]
