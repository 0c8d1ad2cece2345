"""Thin views of the practices index: validate the GET filters, call the listing, render."""

from django.core.paginator import Paginator
from django.http import QueryDict

from practices.filters import PracticeFilterForm
from practices.listing import SORTS, filter_practices, practice_cards, vocabulary_choices

PER_PAGE = 12


def _without(query, name, value=None):
    """The query string without one value of ``name`` (or all of them), back on page 1."""
    query = query.copy()
    query.pop("page", None)
    if value is None:
        query.pop(name, None)
    else:
        query.setlist(name, [v for v in query.getlist(name) if v != value])
    return query.urlencode()


def practices_index(request, page):
    choices = vocabulary_choices()
    form = PracticeFilterForm(request.GET or None, choices=choices)
    params = form.valid_params()
    listing = filter_practices(page, params, locale=page.locale, choices=choices)
    paginator = Paginator(listing.results, PER_PAGE)
    page_obj = paginator.get_page(request.GET.get("page"))  # non-numbers and overflow are clamped
    cards = practice_cards(page_obj.object_list, choices)
    query = request.GET if isinstance(request.GET, QueryDict) else QueryDict()
    active_filters = [
        {
            "facet": facet,
            "value": value,
            "label": label,
            "remove_query": _without(query, facet, value),
        }
        for facet, value, label in listing.active_filters
    ]
    response = page.render(
        request,
        context_overrides={
            "form": form,
            "filter_errors": form.error_messages() if form.is_bound else [],
            "listing": listing,
            "facets": listing.facets,
            "page_obj": page_obj,
            "paginator": paginator,
            "cards": cards,
            "active_filters": active_filters,
            "sorts": SORTS.items(),
            "current_sort": params.get("sort") or "newest",
            "feed_url": page.feed_url(request),
            "feed_query": _without(query, "sort"),
        },
    )
    if form.is_bound and form.errors:
        response.status_code = 400
    return response
