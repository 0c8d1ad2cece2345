"""sitemap.xml: every live, public page of every language of the site."""

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from home.privacy import public_q


class AllLanguagesSitemap(Sitemap):
    def items(self):
        site = self.get_wagtail_site()
        roots = Page.objects.filter(translation_key=site.root_page.translation_key).live()
        within = Q()
        for root in roots:
            within |= Q(path__startswith=root.path)
        if not within:
            return Page.objects.none()
        return (
            Page.objects.filter(within)
            .live()
            .filter(public_q())
            .filter(alias_of__isnull=True)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
