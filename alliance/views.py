"""Thin views of the alliance pages (called from the routes of the page models): validate the
input, call one function, render."""

from django.core.paginator import Paginator
from django.http import (
    Http404,
    HttpResponse,
    HttpResponseNotAllowed,
    HttpResponseRedirect,
    QueryDict,
)
from django.utils.text import slugify
from django.utils.translation import gettext as _

from alliance import directory as directory_queries
from alliance import exchanges as exchange_queries
from alliance import figures as figure_queries
from alliance import spam
from alliance.forms import ApplicationForm, DirectoryFilterForm, ExchangeFilterForm
from alliance.labels import vocabulary_labels
from alliance.models import ProgrammeFiguresPage
from alliance.moderation import submit_application
from clothhub import ratelimit
from practices.models import Topic

DIRECTORY_PER_PAGE = 18
EXCHANGES_PER_PAGE = 12


def _without(query, name, value=None):
    """The query string without one value of ``name`` (or all of them), back on page 1."""
    query = query.copy()
    query.pop("page", None)
    if value is None:
        query.pop(name, None)
    else:
        query.setlist(name, [v for v in query.getlist(name) if v != str(value)])
    return query.urlencode()


def _active_filters(request, active):
    query = request.GET if isinstance(request.GET, QueryDict) else QueryDict()
    return [
        {
            "facet": facet,
            "value": value,
            "label": label,
            "remove_query": _without(query, facet, value),
        }
        for facet, value, label in active
    ]


def directory_index(request, page):
    choices = directory_queries.directory_choices()
    form = DirectoryFilterForm(request.GET or None, choices=choices)
    params = form.valid_params()
    listing = directory_queries.filter_directory(params, choices)
    paginator = Paginator(listing.results, DIRECTORY_PER_PAGE)
    page_obj = paginator.get_page(request.GET.get("page"))
    base_url = page.get_url(request)
    cards = directory_queries.profile_cards(page_obj.object_list, choices, base_url)
    active = _active_filters(request, listing.active_filters)
    if params.get("q"):
        active.insert(
            0,
            {
                "facet": "q",
                "value": params["q"],
                "label": f"“{params['q']}”",
                "remove_query": _without(request.GET, "q"),
            },
        )
    response = page.render(
        request,
        context_overrides={
            "form": form,
            "filter_errors": form.error_messages() if form.is_bound else [],
            "facets": listing.facets,
            "page_obj": page_obj,
            "paginator": paginator,
            "cards": cards,
            "active_filters": active,
            "query_text": params.get("q", ""),
            "apply_url": page.apply_url(request),
        },
    )
    if form.is_bound and form.errors:
        response.status_code = 400
    return response


def profile(request, page, slug):
    profile = (
        directory_queries.approved_profiles()
        .select_related("organisation", "organisation__org_type")
        .filter(slug=slug)
        .first()
    )
    if profile is None:
        raise Http404(_("No approved organisation has this address."))
    choices = directory_queries.directory_choices()
    context = directory_queries.profile_context(profile, choices, page.get_url(request))
    context["directory_page"] = page
    context["region_page_url"] = _region_page_url(request, context["partner_region"])
    return page.render(
        request, template="alliance/organisation_profile.html", context_overrides=context
    )


def _region_page_url(request, region):
    if region is None:
        return ""
    from alliance.mapdata import region_pages

    region_page = region_pages().get(region.key)
    return region_page.get_url(request) if region_page else ""


def apply(request, page):
    if request.method not in ("GET", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    choices = directory_queries.directory_choices()
    status = 200
    if request.method == "POST":
        limited, retry_after = spam.rate_limited(request)
        form = ApplicationForm(request.POST, choices=choices)
        if limited:
            # Shown again with what was typed, and why it was not sent (HTTP 429).
            form.is_valid()
            form.add_error(
                None,
                " ".join(
                    [
                        _("We received many applications from your connection in a short time."),
                        ratelimit.wait_message(retry_after),
                    ]
                ),
            )
            ratelimit.refuse(request, retry_after)
            response = page.render(
                request,
                template="alliance/apply.html",
                context_overrides={"form": form, "form_token": spam.issue_form_token()},
            )
            response.status_code = 429
            response["Retry-After"] = str(retry_after)
            return response
        spam.record_attempt(request)
        if form.is_valid():
            submit_application(form.cleaned_data)
            return HttpResponseRedirect(
                page.get_url(request) + page.reverse_subpage("apply_thanks")
            )
        status = 400
    else:
        form = ApplicationForm(
            choices=choices, initial={"description_language": request.LANGUAGE_CODE}
        )
    response = page.render(
        request,
        template="alliance/apply.html",
        context_overrides={"form": form, "form_token": spam.issue_form_token()},
    )
    response.status_code = status
    return response


def apply_thanks(request, page):
    return page.render(request, template="alliance/apply_thanks.html")


def exchange_index(request, page):
    topics = vocabulary_labels(Topic)
    form = ExchangeFilterForm(request.GET or None, topics=topics)
    params = form.valid_params()
    listing = exchange_queries.filter_exchanges(params, topics)
    paginator = Paginator(listing.results, EXCHANGES_PER_PAGE)
    page_obj = paginator.get_page(request.GET.get("page"))
    cards = exchange_queries.exchange_cards(page_obj.object_list, topics)
    figures_page = ProgrammeFiguresPage.for_language()
    response = page.render(
        request,
        context_overrides={
            "form": form,
            "filter_errors": form.error_messages() if form.is_bound else [],
            "facets": listing.facets,
            "page_obj": page_obj,
            "paginator": paginator,
            "cards": cards,
            "active_filters": _active_filters(request, listing.active_filters),
            "figures_url": figures_page.get_url(request) if figures_page else "",
        },
    )
    if form.is_bound and form.errors:
        response.status_code = 400
    return response


def figures(request, page):
    datasets = figure_queries.all_datasets(page)
    for data in datasets:
        data.csv_url = page.csv_url(data.key, request)
    by_key = {data.key: data for data in datasets}
    return page.render(request, context_overrides={"datasets": datasets, "by_key": by_key})


def figures_csv(request, page, dataset):
    data = figure_queries.dataset(page, dataset)
    if data is None:
        raise Http404(_("There is no such dataset."))
    response = HttpResponse(figure_queries.to_csv(data), content_type="text/csv; charset=utf-8")
    filename = f"{slugify(page.slug) or 'figures'}-{data.key}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
