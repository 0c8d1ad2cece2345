"""Demo content of the site-wide pages: locales, a home page per language, About, Partners,
Strategy and roadmap, and the five partner organisations. Idempotent."""

import json
from urllib.parse import urlsplit

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Locale, Page, Site

from home import demo, demo_data
from home.models import HomePage, PartnerOrganisation, StandardPage


class Command(BaseCommand):
    help = "Create or update the site-wide demo content (home pages in seven languages, About, Partners, roadmap)."

    @transaction.atomic
    def handle(self, *args, **options):
        locales = demo.ensure_locales()
        home = self._home_page(locales)
        self._partners(locales)
        for code, fields in demo_data.HOME.items():
            if code != "en":
                demo.upsert_translation(home, code, self._home_fields(fields))
        about = self._standard_page(home, demo_data.ABOUT)
        partners = self._standard_page(home, demo_data.PARTNERS_PAGE, show_partners=True)
        roadmap = self._roadmap(home)
        self.stdout.write(
            self.style.SUCCESS(
                f"Home demo content ready: {len(locales)} languages, pages {about.title!r}, "
                f"{partners.title!r}, {roadmap.title!r}."
            )
        )

    def _home_fields(self, data):
        return {
            "title": data["title"],
            "hero_title": data["hero_title"],
            "hero_text": data["hero_text"],
            "hero_link_text": data["hero_link_text"],
            "introduction": data["introduction"],
            "featured_title": data["featured_title"],
        }

    def _home_page(self, locales):
        """The English home page becomes the site root (replacing Wagtail's placeholder page)."""
        root = Page.get_first_root_node()
        for placeholder in root.get_children().filter(depth=2, slug="home"):
            if (
                not isinstance(placeholder.specific, HomePage)
                and not placeholder.get_children().exists()
            ):
                placeholder.delete()  # Wagtail's "Welcome" page, and the site that pointed to it
        home = HomePage.objects.filter(locale=locales["en"], depth=2).first()
        fields = self._home_fields(demo_data.HOME["en"])
        if home is None:
            home = HomePage(slug="home", locale=locales["en"], **fields)
            root.add_child(instance=home)
        else:
            for name, value in fields.items():
                setattr(home, name, value)
        home.save_revision().publish()
        home.refresh_from_db()
        # The site's address (used in sitemap, hreflang and feed links) is the public base URL.
        base = urlsplit(settings.WAGTAILADMIN_BASE_URL)
        port = base.port or (443 if base.scheme == "https" else 80)
        site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
        site.hostname, site.port = base.hostname or "localhost", port
        site.root_page, site.site_name = home, "CLOTH Hub"
        site.save()
        return home

    def _partners(self, locales):
        for order, data in enumerate(demo_data.PARTNERS):
            source = PartnerOrganisation.objects.filter(
                locale=locales["en"], name=data["name"]
            ).first()
            if source is None:
                source = PartnerOrganisation(locale=locales["en"], name=data["name"])
            source.country = data["country"]
            source.region = data["region"]
            source.website = data["website"]
            source.description = data["description"]["en"]
            source.sort_order = order
            source.save()
            for code, description in data["description"].items():
                if code == "en":
                    continue
                target = PartnerOrganisation.objects.filter(
                    translation_key=source.translation_key, locale=locales[code]
                ).first() or source.copy_for_translation(Locale.objects.get(language_code=code))
                target.country, target.region, target.website = (
                    source.country,
                    source.region,
                    source.website,
                )
                target.sort_order = order
                target.description = description
                target.save()
        # Languages without their own partner descriptions use the English entries.
        for code, locale in locales.items():
            if code == "en":
                continue
            for source in PartnerOrganisation.objects.filter(locale=locales["en"]):
                if not PartnerOrganisation.objects.filter(
                    translation_key=source.translation_key, locale=locale
                ).exists():
                    source.copy_for_translation(locale).save()

    def _body(self, blocks):
        return json.dumps([{"type": kind, "value": value} for kind, value in blocks])

    def _standard_page(self, home, data, show_partners=False):
        en = data["en"]
        page = demo.upsert_child(
            home,
            StandardPage,
            data["slug"],
            {
                "title": en["title"],
                "introduction": en["introduction"],
                "body": self._body(en["body"]),
                "show_partners": show_partners,
                "show_in_menus": True,
            },
        )
        for code, fields in data.items():
            if code in ("slug", "en"):
                continue
            demo.upsert_translation(
                page,
                code,
                {
                    "title": fields["title"],
                    "slug": fields.get("slug", data["slug"]),
                    "introduction": fields["introduction"],
                    "body": self._body(fields["body"]),
                    "show_partners": show_partners,
                    "show_in_menus": True,
                },
            )
        return page

    def _roadmap_body(self, fields):
        milestones = [
            {"title": title, "date": date, "status": status, "description": description}
            for title, date, status, description in demo_data.ROADMAP_MILESTONES
        ]
        return [
            ("paragraph", fields["body_intro"]),
            ("roadmap", {"title": fields["roadmap_title"], "milestones": milestones}),
        ]

    def _roadmap(self, home):
        data = {"slug": demo_data.ROADMAP["slug"]}
        for code, fields in demo_data.ROADMAP.items():
            if code == "slug":
                continue
            data[code] = {
                "slug": fields.get("slug", data["slug"]),
                "title": fields["title"],
                "introduction": fields["introduction"],
                "body": self._roadmap_body(fields),
            }
        return self._standard_page(home, data)
