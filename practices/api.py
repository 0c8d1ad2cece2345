"""The practices' filters on the Wagtail API: ``/api/v2/pages/?topic=…&country=…&tag=…``.

The same GET parameters and the same listing function as the practices index, so a filter means
the same on the site and in the API. Unknown values answer 400 with a message.
"""

from types import SimpleNamespace

from django.http import QueryDict
from rest_framework.filters import BaseFilterBackend
from wagtail.api.v2.filters import FieldsFilter
from wagtail.api.v2.utils import BadRequestError

from practices.filters import PracticeFilterForm
from practices.listing import ALL_LANGUAGES, filter_practices, vocabulary_choices

API_FACETS = ("topic", "tag", "country", "stage", "org_type")


class PracticesFilter(BaseFilterBackend):
    """Narrows the pages to practices matching ``topic``, ``tag``, ``country``, ``stage`` and
    ``org_type`` (repeat a parameter or separate values with commas for "any of")."""

    def filter_queryset(self, request, queryset, view):
        data = QueryDict(mutable=True)
        for facet in API_FACETS:
            values = [v for raw in request.GET.getlist(facet) for v in raw.split(",") if v]
            if values:
                data.setlist(facet, values)
        if not data:
            return queryset
        form = PracticeFilterForm(data, choices=vocabulary_choices())
        if not form.is_valid():
            raise BadRequestError("; ".join(form.error_messages()))
        params = {**form.cleaned_data, "lang": ALL_LANGUAGES}
        listing = filter_practices(None, params, with_counts=False)
        return queryset.filter(pk__in=listing.results.order_by().values("pk"))


class PracticesAwareFieldsFilter(FieldsFilter):
    """Wagtail's field filter, leaving the practices' facet parameters to ``PracticesFilter``
    (``country`` is both a field and a facet that takes several values)."""

    def filter_queryset(self, request, queryset, view):
        query = request.GET.copy()
        for facet in API_FACETS:
            query.pop(facet, None)
        return super().filter_queryset(SimpleNamespace(GET=query), queryset, view)
