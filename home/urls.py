"""Language-prefixed URLs of the site: Wagtail's page routes, served with language fallback."""

from django.urls import path, re_path
from django.views.generic import RedirectView
from wagtail.urls import serve_pattern

from clothhub import views as ratelimited_views
from home import views

urlpatterns = [
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        ratelimited_views.authenticate_with_password,  # Wagtail's view, rate-limited
        name="wagtailcore_authenticate_with_password",
    ),
    # Wagtail reverses this name for login-restricted pages: readers sign in where trainees do.
    path(
        "_util/login/",
        RedirectView.as_view(pattern_name="trainings:login", query_string=True),
        name="wagtailcore_login",
    ),
    re_path(serve_pattern, views.serve, name="wagtail_serve"),
]
