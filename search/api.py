"""JSON search API at /api/search/ (documented in the README, "Search and the search API")."""

from django.conf import settings
from django.http import JsonResponse
from django.utils import translation
from django.views.decorators.http import require_GET

from search.engines import SearchUnavailable
from search.forms import SearchForm


def _absolute(request, url: str) -> str:
    return url if "://" in url else request.build_absolute_uri(url)


@require_GET
def search_api(request):
    form = SearchForm(request.GET)
    if not form.is_valid():
        return JsonResponse(
            {"error": " ".join(form.error_messages()), "errors": form.error_dict()}, status=400
        )
    language = form.cleaned_data["lang"] or settings.LANGUAGE_CODE
    with translation.override(language):
        try:
            results = form.search(language)
        except SearchUnavailable as unavailable:
            return JsonResponse({"error": str(unavailable.reader_message)}, status=503)
        # For the count of this search (search.counting.SearchCountMiddleware).
        request.search_total = results.total + len(results.promoted)

        def item(result):
            data = result.as_json()
            data["url"] = _absolute(request, result.url)
            return data

        payload = {
            "query": results.query,
            # The query searched after spelling corrections ("" when nothing was corrected);
            # ?spell=off searches "query" as typed.
            "corrected_query": results.corrected_query,
            "language": results.language,
            "scope": results.scope,
            "sort": results.sort,
            "filters": results.filters,
            "total": results.total,
            "page": results.page,
            "num_pages": results.num_pages,
            "page_size": results.page_size,
            "promoted": [item(r) for r in results.promoted],
            "results": [item(r) for r in results.results],
            "facets": results.facets_dict(),
            "suggestions": results.suggestions,
            "other_languages": [item(r) for r in results.other_languages],
            "other_languages_total": results.other_languages_total,
            "notices": [str(n) for n in results.notices],
        }
    return JsonResponse(payload, json_dumps_params={"ensure_ascii": False})
