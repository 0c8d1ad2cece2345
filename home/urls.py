"""Language-prefixed URLs of the site: Wagtail's page routes, served with language fallback."""

from django.urls import path, re_path
from wagtail import views as wagtail_views
from wagtail.urls import serve_pattern

from home import views

urlpatterns = [
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        wagtail_views.authenticate_with_password,
        name="wagtailcore_authenticate_with_password",
    ),
    re_path(serve_pattern, views.serve, name="wagtail_serve"),
]
