"""Wagtail API v2 at /api/v2/: live, public pages only.

Wagtail's endpoint filters on both, but lets through pages whose restriction the request passes
(a signed-in user, a page password entered earlier in the session); ours is for everyone, so
every listing, detail and ``find`` answer also excludes every restricted page and what is below
it, read from the database on each request (one query). Path filters, as Wagtail's own: the
``?search=`` backend cannot filter on subqueries.
"""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Page, PageViewRestriction

from practices.api import API_FACETS, PracticesAwareFieldsFilter, PracticesFilter


class HubPagesAPIViewSet(PagesAPIViewSet):
    """Wagtail's pages endpoint plus the practices' filters (?topic=, ?tag=, ?country=, ?stage=,
    ?org_type=), which take the same values as the practices index."""

    filter_backends = [
        PracticesAwareFieldsFilter if backend.__name__ == "FieldsFilter" else backend
        for backend in PagesAPIViewSet.filter_backends
    ]
    filter_backends.insert(0, PracticesFilter)
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(API_FACETS)

    def get_base_queryset(self):
        queryset = super().get_base_queryset()
        restricted = Page.objects.filter(pk__in=PageViewRestriction.objects.values("page_id")).only(
            "path", "depth"
        )
        for page in restricted:
            queryset = queryset.not_descendant_of(page, inclusive=True)
        return queryset


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", HubPagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)
