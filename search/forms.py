"""The query parameters of the search page, the suggestions endpoint and the JSON API.

One form validates them all, so the page and the API accept the same input and reject the same
input with the same messages. Unknown filter values are accepted (they simply match nothing and
show as removable chips); values that cannot be a slug, too many values, a page number that is
not a positive whole number, or an unknown sort, scope or language are errors (400).
"""

import re

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from search import service
from search.models import FACETS
from search.service import MAX_PAGE

MAX_FILTER_VALUES = 20
_SLUG_RE = re.compile(r"^[\w-]{1,100}$")
_COUNTRY_RE = re.compile(r"^[A-Za-z]{2}$")

SORT_CHOICES = [("relevance", _("Best match")), ("newest", _("Newest first"))]
SCOPE_CHOICES = [("language", _("This language")), ("all", _("All languages"))]


class FilterValuesField(forms.Field):
    """Every value of a repeated GET parameter (``?topic=a&topic=b``), de-duplicated."""

    widget = forms.MultipleHiddenInput

    def __init__(self, *, facet, **kwargs):
        self.facet = facet
        super().__init__(required=False, **kwargs)

    def to_python(self, value):
        if not value:
            return []
        if isinstance(value, str):
            value = [value]
        values = []
        for item in value:
            item = str(item).strip()
            if self.facet == "country":
                item = item.upper()
            if item and item not in values:
                values.append(item)
        return values

    def validate(self, value):
        if len(value) > MAX_FILTER_VALUES:
            raise ValidationError(
                _("Choose at most %(max)s values for the filter “%(filter)s”."),
                code="too_many",
                params={"max": MAX_FILTER_VALUES, "filter": self.facet},
            )
        pattern = _COUNTRY_RE if self.facet == "country" else _SLUG_RE
        for item in value:
            if not pattern.match(item):
                raise ValidationError(
                    _("“%(value)s” is not a valid value for the filter “%(filter)s”."),
                    code="invalid",
                    params={"value": item[:40], "filter": self.facet},
                )


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search for"), required=False, strip=True)
    page = forms.CharField(required=False)
    sort = forms.ChoiceField(label=_("Sort by"), choices=SORT_CHOICES, required=False)
    scope = forms.ChoiceField(
        label=_("Languages"), choices=SCOPE_CHOICES, required=False, widget=forms.RadioSelect
    )
    lang = forms.ChoiceField(choices=settings.LANGUAGES, required=False)
    # "off": search the words as typed, without spelling corrections ("search instead for").
    spell = forms.CharField(required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for facet in FACETS:
            self.fields[facet] = FilterValuesField(facet=facet)

    def clean_page(self):
        raw = (self.cleaned_data.get("page") or "").strip()
        if not raw:
            return 1
        if not re.fullmatch(r"[+-]?\d+", raw):
            raise ValidationError(
                _("The page number must be a whole number, such as 2."), code="invalid"
            )
        number = int(raw[:12])
        if number < 1:
            raise ValidationError(_("Page numbers start at 1."), code="min_value")
        return min(number, MAX_PAGE)

    def clean_sort(self):
        return self.cleaned_data.get("sort") or "relevance"

    def clean_spell(self):
        return (self.cleaned_data.get("spell") or "").strip().lower() not in ("off", "0", "false")

    def clean_scope(self):
        return self.cleaned_data.get("scope") or "language"

    def filters(self) -> dict[str, list[str]]:
        return {facet: self.cleaned_data[facet] for facet in FACETS if self.cleaned_data.get(facet)}

    def search(self, language: str) -> service.SearchResults:
        """Run the validated query in ``language`` (the search page and the API ask the same),
        recording it for the editors' query statistics."""
        return service.search(
            query=self.cleaned_data["q"],
            language=language,
            filters=self.filters(),
            page=self.cleaned_data["page"],
            scope=self.cleaned_data["scope"],
            sort=self.cleaned_data["sort"],
            record=True,
            spell=self.cleaned_data["spell"],
        )

    def error_messages(self) -> list[str]:
        return [str(message) for errors in self.errors.values() for message in errors]

    def error_dict(self) -> dict[str, list[str]]:
        return {name: [str(m) for m in errors] for name, errors in self.errors.items()}
