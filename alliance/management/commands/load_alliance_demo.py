"""Demo content of the alliance app, from alliance/demo_data.py. Idempotent: running it again
updates what it made and duplicates nothing.

Creates or updates: the capabilities in seven languages; approved member profiles for the
organisations of the practices demo and a few more (the partner clusters, public bodies, a large
company, an incubator); applications waiting for moderation and one rejected; under each
language's home page the directory, the map of the industry (with the five region profiles), the
ClusterXchange exchanges index (with the exchanges, translated into Spanish and French) and the
programme figures page.

Runs after load_practices_demo and load_trainings_demo (load_demo_content calls them in order)
and links to their organisations, case studies and courses; whatever is missing (run on its own)
is created from the practices demo data (organisations, vocabulary) or left out (links).
"""

import datetime
import json
from decimal import Decimal

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.models import Page

from alliance import demo_data, signals
from alliance.models import (
    Capability,
    DirectoryPage,
    ExchangeIndexPage,
    ExchangePage,
    ExchangeParticipant,
    ExchangeRelatedCaseStudy,
    ExchangeRelatedCourse,
    MapPage,
    OrganisationProfile,
    ProgrammeFiguresPage,
    RegionKeyFigure,
    RegionPage,
)
from clothhub.cache import invalidation
from home import demo
from practices.models import CaseStudyPage, Organisation, OrganisationType, Topic, ValueChainStage

REVIEWED_ON = datetime.datetime(2025, 1, 15, 10, 0, tzinfo=datetime.UTC)


def _date(value):
    return datetime.date.fromisoformat(value)


def _stream(paragraphs):
    return json.dumps([{"type": "paragraph", "value": html} for html in paragraphs])


def _reuse(existing, count, factory):
    """``count`` child objects, reusing the rows a page already has (in order) so that reruns
    update them instead of replacing them."""
    existing = list(existing)
    return [existing[i] if i < len(existing) else factory() for i in range(count)]


class Command(BaseCommand):
    help = "Create or update the alliance demo content (directory, map and regions, exchanges, figures)."

    def handle(self, *args, **options):
        with invalidation.deferred(), signals.suspended(), transaction.atomic():
            self.locales = demo.ensure_locales()
            self.homes = self._homes()
            self._vocabulary_fallback()
            capabilities = self._capabilities()
            organisations = self._organisations()
            profiles = self._profiles(organisations)
            applications = self._applications()
            directory = self._top_page(DirectoryPage, demo_data.DIRECTORY, in_menu=True)
            map_pages = self._top_page(MapPage, demo_data.MAP, in_menu=True)
            exchange_indexes = self._top_page(
                ExchangeIndexPage, demo_data.EXCHANGE_INDEX, in_menu=True
            )
            figures = self._top_page(ProgrammeFiguresPage, demo_data.FIGURES, in_menu=False)
            regions = [self._region(item, map_pages) for item in demo_data.REGIONS]
            exchanges = [
                self._exchange(item, exchange_indexes, organisations)
                for item in demo_data.EXCHANGES
            ]
        signals.reindex_directory()
        self.stdout.write(
            self.style.SUCCESS(
                f"Alliance demo content ready: {len(capabilities)} capabilities, {len(profiles)} approved "
                f"profiles, {len(applications)} other applications, {len(directory)} directories, "
                f"{len(regions)} regions, {len(exchanges)} exchanges, {len(figures)} figures pages."
            )
        )

    # Site ------------------------------------------------------------------------------------
    def _homes(self):
        try:
            site = demo.default_site()
        except Exception as exc:  # noqa: BLE001 - any missing site means the same thing
            raise CommandError("There is no default site: run load_home_demo first.") from exc
        homes = {
            page.locale.language_code: page.specific
            for page in Page.objects.filter(
                translation_key=site.root_page.translation_key
            ).select_related("locale")
        }
        if "en" not in homes:
            raise CommandError("The English home page is missing: run load_home_demo first.")
        return homes

    # Vocabularies ----------------------------------------------------------------------------
    def _vocabulary_fallback(self):
        """The vocabularies come from load_practices_demo; run alone, create the English entries
        the alliance needs from the practices demo data."""
        from practices.demo_data.vocabulary import VOCABULARY

        en = self.locales["en"]
        for kind, model in (
            ("topic", Topic),
            ("stage", ValueChainStage),
            ("org_type", OrganisationType),
        ):
            for position, item in enumerate(VOCABULARY.get(kind, [])):
                if model.objects.filter(slug=item["slug"], locale=en).exists():
                    continue
                extra = {"family": item["family"]} if kind == "topic" else {}
                model.objects.create(
                    slug=item["slug"],
                    locale=en,
                    name=item["names"]["en"],
                    sort_order=position,
                    **extra,
                )

    def _capabilities(self):
        result = {}
        for position, (slug, names) in enumerate(demo_data.CAPABILITIES):
            source = Capability.objects.filter(
                slug=slug, locale=self.locales["en"]
            ).first() or Capability(slug=slug, locale=self.locales["en"])
            self._save_entry(source, names["en"], position)
            for code, locale in self.locales.items():
                if code == "en":
                    continue
                entry = Capability.objects.filter(
                    translation_key=source.translation_key, locale=locale
                ).first()
                entry = entry or Capability.objects.filter(slug=slug, locale=locale).first()
                entry = entry or Capability(slug=slug, locale=locale)
                entry.translation_key = source.translation_key
                self._save_entry(entry, names.get(code) or names["en"], position)
            result[slug] = source
        return result

    def _save_entry(self, entry, name, position):
        if entry.pk is None or entry.name != name or entry.sort_order != position:
            entry.name, entry.sort_order = name, position
            entry.save()

    def _entries(self, model, slugs):
        en = self.locales["en"]
        found = {entry.slug: entry for entry in model.objects.filter(slug__in=slugs, locale=en)}
        return [found[slug] for slug in slugs if slug in found]

    # Organisations and profiles ----------------------------------------------------------------
    def _organisation_data(self):
        from practices.management.commands.load_practices_demo import load_data

        practices = {item["key"]: item for item in load_data()["organisations"]}
        return practices, {item["key"]: item for item in demo_data.ORGANISATIONS}

    def _upsert_organisation(self, item):
        org_type = self._entries(OrganisationType, [item["org_type"]])
        org, _created = Organisation.objects.update_or_create(
            slug=item["key"],
            defaults={
                "name": item["name"],
                "org_type": org_type[0] if org_type else None,
                "size": item.get("size", ""),
                "country": item["country"],
                "region": item.get("region", ""),
                "website": item.get("website", ""),
            },
        )
        return org

    def _organisations(self):
        practices, own = self._organisation_data()
        organisations = {}
        for key, item in practices.items():
            # Made by load_practices_demo; only created here when that loader has not run.
            organisations[key] = Organisation.objects.filter(
                slug=key
            ).first() or self._upsert_organisation(item)
        for key, item in own.items():
            organisations[key] = self._upsert_organisation(item)
        return organisations

    def _profile(self, organisation, data, status, note=""):
        name, role, email = data["contact"]
        profile = OrganisationProfile.objects.filter(organisation=organisation).first()
        if profile is None:
            profile = OrganisationProfile(organisation=organisation, slug=data.get("slug", ""))
        profile.status = status
        profile.description = data["description"]
        profile.description_language = data.get("lang", "en")
        profile.contact_name, profile.contact_role, profile.contact_email = name, role, email
        profile.show_contact = status == OrganisationProfile.APPROVED
        profile.submitted_at = REVIEWED_ON - datetime.timedelta(days=30)
        profile.consent_at = profile.submitted_at
        profile.reviewed_at = REVIEWED_ON if status != OrganisationProfile.PENDING else None
        profile.moderation_note = note
        profile.save()
        profile.capabilities.set(self._entries(Capability, data.get("capabilities", [])))
        profile.roles.set(self._entries(ValueChainStage, data.get("roles", [])))
        return profile

    def _profiles(self, organisations):
        return [
            self._profile(organisations[key], data, OrganisationProfile.APPROVED)
            for key, data in demo_data.PROFILES.items()
            if key in organisations
        ]

    def _applications(self):
        profiles = []
        for item in demo_data.APPLICATIONS:
            organisation = self._upsert_organisation(item)
            profiles.append(self._profile(organisation, item, item["status"], item.get("note", "")))
        return profiles

    # Pages -----------------------------------------------------------------------------------
    def _top_page(self, model, texts, in_menu):
        """The page under each language's home page: {language: page}."""
        en = texts["en"]
        fields = {key: value for key, value in en.items() if key != "slug"}
        source = demo.upsert_child(
            self.homes["en"], model, en["slug"], {**fields, "show_in_menus": in_menu}
        )
        pages = {"en": source}
        for code in self.homes:
            if code == "en":
                continue
            translated = texts.get(code)
            if translated is None:
                continue
            values = {key: value for key, value in translated.items()}
            pages[code] = demo.upsert_translation(
                source, code, {**values, "show_in_menus": in_menu}
            )
        return pages

    def _region(self, item, map_pages):
        texts = item["translations"]
        en = texts["en"]
        parent = map_pages["en"]
        existing = parent.get_children().filter(slug=en["slug"]).first()
        current = existing.specific.key_figures.all() if existing is not None else []
        figures = _reuse(current, len(item["key_figures"]), RegionKeyFigure)
        for figure, (label, value, unit, source) in zip(figures, item["key_figures"], strict=True):
            figure.label, figure.value, figure.unit, figure.source = (
                label,
                Decimal(value),
                unit,
                source,
            )
        source_page = demo.upsert_child(
            parent,
            RegionPage,
            en["slug"],
            {
                "title": en["title"],
                "region": item["region"],
                "introduction": en["introduction"],
                "trends": _stream(item["trends"]),
                "challenges": _stream(item["challenges"]),
                "key_figures": figures,
            },
        )
        for code, values in texts.items():
            if code == "en" or code not in map_pages:
                continue
            demo.upsert_translation(source_page, code, dict(values))
        return source_page

    def _exchange(self, item, indexes, organisations):
        en = item["en"]
        parent = indexes["en"]
        cases = {
            page.external_id: page
            for page in CaseStudyPage.objects.filter(
                external_id__in=[*item["related_case_studies"], item["led_to"] or ""],
                locale=self.locales["en"],
            )
        }
        existing = parent.get_children().filter(slug=en["slug"]).first()
        source = demo.upsert_child(
            parent,
            ExchangePage,
            en["slug"],
            {
                "title": en["title"],
                "summary": en["summary"],
                "objectives": en["objectives"],
                "outcomes": en["outcomes"],
                "story": _stream(en["story"]),
                **self._exchange_facts(item, existing, organisations, cases),
            },
        )
        for code in ("es", "fr"):
            if code not in item or code not in indexes:
                continue
            translation = source.get_translations().filter(locale=self.locales[code]).first()
            facts = (
                self._exchange_facts(item, translation, organisations, cases) if translation else {}
            )
            demo.upsert_translation(source, code, {**item[code], **facts})
        return source

    def _exchange_facts(self, item, existing, organisations, cases):
        """The fields every language shares (the synchronised ones): host, dates, topics,
        participants, links. Child rows the page already has are reused, in order."""
        existing = existing.specific if existing is not None else None
        participants = _reuse(
            existing.participants.all() if existing else [],
            len(item["participants"]),
            ExchangeParticipant,
        )
        for participant, (key, name, kind, country) in zip(
            participants, item["participants"], strict=True
        ):
            participant.organisation = organisations.get(key) if key else None
            participant.name = "" if key else name
            participant.participant_type = kind
            participant.country = country
        related = [cases[key] for key in item["related_case_studies"] if key in cases]
        related_rows = _reuse(
            existing.related_case_studies.all() if existing else [],
            len(related),
            ExchangeRelatedCaseStudy,
        )
        for row, case in zip(related_rows, related, strict=True):
            row.case_study = case
        courses = self._courses(item["related_courses"])
        course_rows = _reuse(
            existing.related_courses.all() if existing else [], len(courses), ExchangeRelatedCourse
        )
        for row, course in zip(course_rows, courses, strict=True):
            row.course = course
        return {
            "host_organisation": organisations.get(item["host"]),
            "host_country": item["host_country"],
            "start_date": _date(item["start"]),
            "end_date": _date(item["end"]),
            "topics": self._entries(Topic, item["topics"]),
            "led_to_case_study": cases.get(item["led_to"]) if item["led_to"] else None,
            "participants": participants,
            "related_case_studies": related_rows,
            "related_courses": course_rows,
        }

    def _courses(self, slugs):
        if not slugs:
            return []
        from trainings.models import CoursePage

        found = {
            page.slug: page
            for page in CoursePage.objects.filter(slug__in=slugs, locale=self.locales["en"])
        }
        return [found[slug] for slug in slugs if slug in found]
