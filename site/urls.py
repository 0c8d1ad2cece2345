"""Root URLconf: admin and machine endpoints without a language prefix, every public page under /<lang>/."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from home import views as home_views

from . import views as clothhub_views
from .api import api_router

urlpatterns = [
    # Before Wagtail's admin URLs: sign-out by POST only (see clothhub.views).
    path("admin/logout/", clothhub_views.admin_logout, name="wagtailadmin_logout"),
    # Wagtail's reports with formula-safe exports, at Wagtail's own paths (home/safe_reports.py).
    path("admin/reports/", include("home.safe_reports")),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("api/search/", include("search.api_urls")),
    path("sitemap.xml", home_views.sitemap, name="sitemap"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
]

urlpatterns += i18n_patterns(
    # Apps with views of their own register them here, before the catch-all page route of home.urls.
    path("search/", include("search.urls")),
    path("accounts/two-factor/", include("clothhub.twofactor_urls")),
    path("", include("trainings.urls")),
    path("", include("alliance.urls")),
    path("", include("editorial.urls")),
    path("", include("home.urls")),  # Wagtail's page routes: keep last
    prefix_default_language=True,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

handler404 = "home.views.page_not_found"
handler500 = "clothhub.faults.server_error"  # 503 for a database fault, else home's 500
