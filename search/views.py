"""Reader-facing views: the search page and the as-you-type suggestions (JSON).

Thin views: the form validates the GET parameters, ``service.search`` does the work, and the
view only adds the links the template needs (facet toggles, filter chips, pages, scope).
"""

from django.http import JsonResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from search import service
from search.engines import SearchUnavailable
from search.forms import SearchForm
from search.models import FACETS


class QueryString:
    """Links that change one thing of the current search (parameters kept, in a stable order)."""

    def __init__(self, params: dict[str, list[str]]):
        self.params = {key: list(values) for key, values in params.items() if values}

    def url(self, **changes) -> str:
        params = {key: list(values) for key, values in self.params.items()}
        for key, value in changes.items():
            if value is None:
                params.pop(key, None)
            else:
                params[key] = value if isinstance(value, list) else [str(value)]
        pairs = [(key, v) for key, values in params.items() for v in values if v != ""]
        return "?" + urlencode(pairs) if pairs else "?"

    def toggle(self, facet: str, value: str) -> str:
        values = self.params.get(facet, [])
        values = [v for v in values if v != value] if value in values else [*values, value]
        return self.url(**{facet: values or None, "page": None})


def _params(results: service.SearchResults) -> dict[str, list[str]]:
    params = {"q": [results.query]} if results.query else {}
    params.update(results.filters)
    if results.scope != "language":
        params["scope"] = [results.scope]
    if results.sort != "relevance":
        params["sort"] = [results.sort]
    if not results.spell:
        params["spell"] = ["off"]
    return params


def _links(results: service.SearchResults) -> dict:
    qs = QueryString(_params(results))
    for facet in results.facets:
        for value in facet.values:
            value.url = qs.toggle(facet.name, value.value)
    for chip in results.active_filters:
        chip.remove_url = qs.toggle(chip.facet, chip.value)
    return {
        "clear_filters_url": qs.url(**{facet: None for facet in FACETS}, page=None),
        "previous_url": qs.url(page=results.page - 1 if results.page > 2 else None),
        "next_url": qs.url(page=results.page + 1),
        "page_urls": [
            (number, qs.url(page=number if number > 1 else None), gap)
            for number, gap in _page_window(results.page, results.num_pages)
        ],
        "all_languages_url": qs.url(scope="all", page=None),
        "this_language_url": qs.url(scope=None, page=None),
        "suggestion_urls": [(s, qs.url(q=s, page=None, spell=None)) for s in results.suggestions],
        # Spelling was corrected: a link that searches the words as typed.
        "original_query_url": qs.url(spell="off", page=None),
    }


def _page_window(page: int, num_pages: int, size: int = 2) -> list[tuple[int, bool]]:
    """Page numbers to link (first, last and those near the current one), each with True when
    numbers were skipped before it."""
    if num_pages <= 1:
        return []
    numbers = sorted({1, num_pages, *range(max(1, page - size), min(num_pages, page + size) + 1)})
    return [(n, i > 0 and n - numbers[i - 1] > 1) for i, n in enumerate(numbers)]


@require_GET
def search_page(request):
    form = SearchForm(request.GET)
    language = translation.get_language()
    if not form.is_valid():
        return render(
            request,
            "search/search_page.html",
            {"form": form, "errors": form.error_messages(), "query": request.GET.get("q", "")},
            status=400,
        )
    try:
        results = form.search(language)
    except SearchUnavailable as unavailable:
        return render(
            request,
            "search/search_page.html",
            {
                "form": form,
                "errors": [unavailable.reader_message],
                "unavailable": True,
                "query": form.cleaned_data["q"],
            },
            status=503,
        )
    # For the count of this search (search.counting.SearchCountMiddleware).
    request.search_total = results.total + len(results.promoted)
    context = {
        "form": form,
        "results": results,
        "query": results.query,
        "hidden_filters": [(k, v) for k, values in results.filters.items() for v in values],
        "sort_choices": form.fields["sort"].choices,
        **_links(results),
    }
    return render(request, "search/search_page.html", context)


@require_GET
def suggest(request):
    form = SearchForm(request.GET)
    if not form.is_valid():
        return JsonResponse(
            {"error": _("Invalid request."), "errors": form.error_dict()}, status=400
        )
    language = translation.get_language()
    try:
        suggestions = service.suggest(form.cleaned_data["q"], language)
    except SearchUnavailable:
        suggestions = []
    return JsonResponse({"query": form.cleaned_data["q"][:200], "suggestions": suggestions})
