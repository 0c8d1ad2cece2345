"""Demo content of the practices app, from the data modules in practices/demo_data/. Idempotent.

Creates or updates: the vocabularies in all seven languages, the organisations, a "Practices"
index under each language's home page with the five partner sections, the case studies and guides
with their translations, and the case studies featured on each home page.

Data modules (see DEMO_SCHEMA.md): ``vocabulary.VOCABULARY``, ``organisations.ORGANISATIONS``,
``case_studies_a.CASE_STUDIES``, ``case_studies_b.CASE_STUDIES``, ``guides.GUIDES`` and
``contributions`` (case studies and guides published in one language only, with ``CASE_STUDIES`` and
``GUIDES``); any of them may also hold an ``ORGANISATIONS`` list (all are merged). A module that is missing is skipped.
"""

import datetime
import importlib
import json
from decimal import Decimal

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from taggit.models import Tag
from wagtail.models import Page, Site

from home import demo
from home.models import HomePage, HomePageFeaturedPage
from practices.models import (
    CaseStudyMetric,
    CaseStudyPage,
    CircularStrategy,
    DigitalTechnology,
    GuidePage,
    GuideRelatedCaseStudy,
    Organisation,
    OrganisationType,
    PracticePageTag,
    PracticesIndexPage,
    Topic,
    ValueChainStage,
)

DATA_PACKAGE = "practices.demo_data"
DATA_MODULES = (
    "vocabulary",
    "organisations",
    "case_studies_a",
    "case_studies_b",
    "guides",
    "contributions",
)
VOCABULARY_MODELS = {
    "topic": Topic,
    "stage": ValueChainStage,
    "strategy": CircularStrategy,
    "technology": DigitalTechnology,
    "org_type": OrganisationType,
}
FEATURED_COUNT = 4

# The practices index of each language (slug translated) ---------------------------------------
INDEX = {
    "en": {
        "title": "Practices",
        "slug": "practices",
        "introduction": "Case studies and guides from fashion and textile companies across Europe: what they changed to become more circular and more digital, with the figures to prove it.",
    },
    "es": {
        "title": "Prácticas",
        "slug": "practicas",
        "introduction": "Casos prácticos y guías de empresas europeas de moda y textil: qué cambiaron para ser más circulares y más digitales, con las cifras que lo demuestran.",
    },
    "ca": {
        "title": "Pràctiques",
        "slug": "practiques",
        "introduction": "Casos pràctics i guies d'empreses europees de moda i tèxtil: què van canviar per ser més circulars i més digitals, amb les xifres que ho demostren.",
    },
    "fr": {
        "title": "Pratiques",
        "slug": "pratiques",
        "introduction": "Études de cas et guides d'entreprises européennes de la mode et du textile : ce qu'elles ont changé pour devenir plus circulaires et plus numériques, chiffres à l'appui.",
    },
    "da": {
        "title": "Praksis",
        "slug": "praksis",
        "introduction": "Cases og guides fra mode- og tekstilvirksomheder i hele Europa: hvad de ændrede for at blive mere cirkulære og mere digitale – med tallene, der viser det.",
    },
    "bg": {
        "title": "Практики",
        "slug": "praktiki",
        "introduction": "Казуси и ръководства от европейски компании в модата и текстила: какво промениха, за да станат по-кръгови и по-дигитални, с цифрите, които го доказват.",
    },
    "ro": {
        "title": "Practici",
        "slug": "practici",
        "introduction": "Studii de caz și ghiduri de la companii europene de modă și textile: ce au schimbat pentru a deveni mai circulare și mai digitale, cu cifrele care o dovedesc.",
    },
}

# The five partner sections: title (a proper noun) and where the partner works, per language.
SECTIONS = [
    {
        "slug": "modacc",
        "title": "Modacc",
        "where": {
            "en": "Catalonia, Spain",
            "es": "Cataluña, España",
            "ca": "Catalunya, Espanya",
            "fr": "Catalogne, Espagne",
            "da": "Catalonien, Spanien",
            "bg": "Каталуния, Испания",
            "ro": "Catalonia, Spania",
        },
    },
    {
        "slug": "bfa",
        "title": "Bulgarian Fashion Association (BFA)",
        "where": {
            "en": "Bulgaria",
            "es": "Bulgaria",
            "ca": "Bulgària",
            "fr": "Bulgarie",
            "da": "Bulgarien",
            "bg": "България",
            "ro": "Bulgaria",
        },
    },
    {
        "slug": "ea-eco-entreprises",
        "title": "EA éco-entreprises",
        "where": {
            "en": "Provence, France",
            "es": "Provenza, Francia",
            "ca": "Provença, França",
            "fr": "Provence, France",
            "da": "Provence, Frankrig",
            "bg": "Прованс, Франция",
            "ro": "Provence, Franța",
        },
    },
    {
        "slug": "iconic",
        "title": "ICONIC",
        "where": {
            "en": "North-East Romania",
            "es": "noreste de Rumanía",
            "ca": "nord-est de Romania",
            "fr": "Nord-Est de la Roumanie",
            "da": "det nordøstlige Rumænien",
            "bg": "Североизточна Румъния",
            "ro": "Regiunea Nord-Est, România",
        },
    },
    {
        "slug": "lifestyle-design-cluster",
        "title": "Lifestyle & Design Cluster",
        "where": {
            "en": "Denmark",
            "es": "Dinamarca",
            "ca": "Dinamarca",
            "fr": "Danemark",
            "da": "Danmark",
            "bg": "Дания",
            "ro": "Danemarca",
        },
    },
]
SECTION_INTRO = {
    "en": "Case studies and guides published by {name}, the cluster partner for {where}.",
    "es": "Casos prácticos y guías publicados por {name}, el clúster socio de {where}.",
    "ca": "Casos pràctics i guies publicats per {name}, el clúster soci de {where}.",
    "fr": "Études de cas et guides publiés par {name}, le cluster partenaire pour {where}.",
    "da": "Cases og guides udgivet af {name}, klyngepartneren for {where}.",
    "bg": "Казуси и ръководства, публикувани от {name}, партньорът на клъстера за {where}.",
    "ro": "Studii de caz și ghiduri publicate de {name}, clusterul partener pentru {where}.",
}


def load_data():
    """The demo data modules that exist, merged (organisations from every module)."""
    modules = {}
    for name in DATA_MODULES:
        try:
            modules[name] = importlib.import_module(f"{DATA_PACKAGE}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"{DATA_PACKAGE}.{name}" and exc.name != DATA_PACKAGE:
                raise
    organisations = {}
    for module in modules.values():
        for org in getattr(module, "ORGANISATIONS", []):
            organisations[org["key"]] = org
    case_studies = []
    guides = []
    for name in ("case_studies_a", "case_studies_b", "guides", "contributions"):
        if name in modules:
            case_studies += list(getattr(modules[name], "CASE_STUDIES", []))
            guides += list(getattr(modules[name], "GUIDES", []))
    return {
        "vocabulary": getattr(modules.get("vocabulary"), "VOCABULARY", {}),
        "organisations": list(organisations.values()),
        "case_studies": case_studies,
        "guides": guides,
    }


def _date(value):
    return datetime.date.fromisoformat(value) if value else None


class Command(BaseCommand):
    help = "Create or update the practices demo content (vocabularies, organisations, case studies, guides)."

    def handle(self, *args, **options):
        data = load_data()
        with transaction.atomic():
            self.locales = demo.ensure_locales()
            self.homes = self._homes()
            self.entries = self._vocabulary(data["vocabulary"])
            self.organisations = self._organisations(data["organisations"])
            self.indexes = self._indexes()
            self.sections = self._sections()
            self.tags = {}
            cases = {item["key"]: self._case_study(item) for item in data["case_studies"]}
            guides = [self._guide(item, cases) for item in data["guides"]]
            featured = self._featured(data["case_studies"], cases)
        translated = sum(len(versions) - 1 for versions in cases.values())
        self.stdout.write(
            self.style.SUCCESS(
                f"Practices demo content ready: {sum(len(v) for v in self.entries.values())} "
                f"vocabulary entries, {len(self.organisations)} organisations, "
                f"{len(cases)} case studies ({translated} translations), {len(guides)} guides, "
                f"{featured} featured on the home pages."
            )
        )

    # Site ---------------------------------------------------------------------------------
    def _homes(self):
        try:
            site = demo.default_site()
        except Site.DoesNotExist as exc:
            raise CommandError("There is no default site: run load_home_demo first.") from exc
        root = site.root_page
        homes = {}
        for page in Page.objects.filter(translation_key=root.translation_key).select_related(
            "locale"
        ):
            homes[page.locale.language_code] = page.specific
        if "en" not in homes:
            raise CommandError("The English home page is missing: run load_home_demo first.")
        return homes

    # Vocabulary ---------------------------------------------------------------------------
    def _vocabulary(self, vocabulary):
        """{kind: {slug: {language: entry}}} for every vocabulary, in all languages."""
        result = {}
        for kind, model in VOCABULARY_MODELS.items():
            result[kind] = {}
            for position, item in enumerate(vocabulary.get(kind, [])):
                names = item["names"]
                extra = {"family": item["family"]} if kind == "topic" else {}
                source = model.objects.filter(slug=item["slug"], locale=self.locales["en"]).first()
                if source is None:
                    source = model(slug=item["slug"], locale=self.locales["en"])
                self._save_entry(source, names["en"], position, extra)
                versions = {"en": source}
                for code, locale in self.locales.items():
                    if code == "en":
                        continue
                    entry = (
                        model.objects.filter(
                            translation_key=source.translation_key, locale=locale
                        ).first()
                        or model.objects.filter(slug=item["slug"], locale=locale).first()
                    )
                    if entry is None:
                        entry = model(
                            slug=item["slug"],
                            locale=locale,
                            translation_key=source.translation_key,
                        )
                    entry.translation_key = source.translation_key
                    self._save_entry(entry, names.get(code) or names["en"], position, extra)
                    versions[code] = entry
                result[kind][item["slug"]] = versions
        return result

    def _save_entry(self, entry, name, position, extra):
        changed = entry.pk is None or entry.name != name or entry.sort_order != position
        entry.name, entry.sort_order = name, position
        for field, value in extra.items():
            changed = changed or getattr(entry, field) != value
            setattr(entry, field, value)
        if changed:
            entry.save()

    def _localised(self, kind, slugs, code):
        versions = self.entries.get(kind, {})
        return [
            versions[slug].get(code) or versions[slug]["en"] for slug in slugs if slug in versions
        ]

    # Organisations ------------------------------------------------------------------------
    def _organisations(self, organisations):
        result = {}
        for item in organisations:
            org_type = self.entries.get("org_type", {}).get(item.get("org_type"), {}).get("en")
            org, _created = Organisation.objects.update_or_create(
                slug=item["key"],
                defaults={
                    "name": item["name"],
                    "org_type": org_type,
                    "size": item.get("size", ""),
                    "country": item.get("country", ""),
                    "region": item.get("region", ""),
                    "website": item.get("website", ""),
                },
            )
            result[item["key"]] = org
        return result

    # Index and sections -------------------------------------------------------------------
    def _indexes(self):
        en = INDEX["en"]
        source = self._upsert_child(
            self.homes["en"],
            PracticesIndexPage,
            en["slug"],
            {"title": en["title"], "introduction": en["introduction"], "show_in_menus": True},
        )
        indexes = {"en": source}
        for code, texts in INDEX.items():
            if code == "en" or code not in self.homes:
                continue
            indexes[code] = demo.upsert_translation(
                source,
                code,
                {
                    "title": texts["title"],
                    "slug": texts["slug"],
                    "introduction": texts["introduction"],
                    "show_in_menus": True,
                },
            )
        for code, index in indexes.items():
            home = HomePage.objects.get(pk=self.homes[code].pk)  # fresh: children were added
            if home.hero_link_page_id is None:
                home.hero_link_page = index
                home.save_revision().publish()
        return indexes

    def _sections(self):
        sections = {}
        for section in SECTIONS:
            fields = {
                "title": section["title"],
                "introduction": SECTION_INTRO["en"].format(
                    name=section["title"], where=section["where"]["en"]
                ),
            }
            source = self._upsert_child(
                self.indexes["en"], PracticesIndexPage, section["slug"], fields
            )
            versions = {"en": source}
            for code in self.indexes:
                if code == "en":
                    continue
                versions[code] = demo.upsert_translation(
                    source,
                    code,
                    {
                        "title": section["title"],
                        "slug": section["slug"],
                        "introduction": SECTION_INTRO[code].format(
                            name=section["title"], where=section["where"][code]
                        ),
                    },
                )
            sections[section["slug"]] = versions
        return sections

    def _upsert_child(self, parent, model, slug, fields):
        return demo.upsert_child(parent, model, slug, fields)

    # Pages --------------------------------------------------------------------------------
    def _tagged_items(self, names, existing):
        """Tag links of a page, reusing the rows it already has (no churn on re-runs)."""
        current = {link.tag_id: link for link in existing.tagged_items.all()} if existing else {}
        items = []
        for name in names:
            tag = self.tags.get(name)
            if tag is None:
                tag = Tag.objects.filter(name=name).first() or Tag.objects.create(name=name)
                self.tags[name] = tag
            items.append(current.get(tag.pk) or PracticePageTag(tag=tag))
        return items

    def _common_fields(self, item, texts, code, existing):
        return {
            "title": texts["title"],
            "summary": texts["summary"],
            "topics": self._localised("topic", item.get("topics", []), code),
            "stages": self._localised("stage", item.get("stages", []), code),
            "tagged_items": self._tagged_items(item.get("tags", []), existing),
            "author": item.get("author", ""),
            "original_language": item.get("original_language", ""),
            "publication_date": _date(item.get("publication_date")),
            "last_reviewed": _date(item.get("last_reviewed")),
            "review_owner": item.get("review_owner", ""),
            "external_id": item["key"],
            "country": item.get("country", ""),
            "region": item.get("region", ""),
        }

    def _existing(self, parent, slug, model, key, locale):
        """The page this item made before: by external id in the locale, else by slug."""
        page = model.objects.filter(external_id=key, locale=locale).first()
        if page is None:
            page = parent.get_children().filter(slug=slug).first()
            page = page.specific if page is not None else None
        return page if isinstance(page, model) else None

    def _case_study(self, item):
        section = self.sections[item["section"]]
        translations = item["translations"]
        versions = {}
        source = None
        for code in ["en", *[c for c in translations if c != "en"]]:
            if code not in section or code not in translations:
                continue
            texts = translations[code]
            existing = self._existing(
                section[code], texts["slug"], CaseStudyPage, item["key"], self.locales[code]
            )
            contact = item.get("contact", {})
            fields = {
                **self._common_fields(item, texts, code, existing),
                "organisations": [
                    self.organisations[key]
                    for key in item.get("organisations", [])
                    if key in self.organisations
                ],
                "strategies": self._localised("strategy", item.get("strategies", []), code),
                "technologies": self._localised("technology", item.get("technologies", []), code),
                "sdgs": sorted(set(item.get("sdgs", []))),
                "year": item.get("year"),
                "challenge": texts["challenge"],
                "solution": texts["solution"],
                "results": texts.get("results", ""),
                "lessons_learned": texts.get("lessons_learned", ""),
                "how_to_replicate": texts.get("how_to_replicate", ""),
                "contact_name": contact.get("name", ""),
                "contact_role": contact.get("role", ""),
                "contact_email": contact.get("email", ""),
                "metrics": self._metrics(item.get("metrics", []), code, existing, source),
            }
            versions[code] = self._upsert_page(
                source, section[code], CaseStudyPage, texts["slug"], code, fields, existing
            )
            if code == "en":
                source = versions["en"]
        return versions

    def _metrics(self, metrics, code, existing, source):
        """Metric objects for one language, reusing the page's rows (no churn on re-runs) and
        sharing the translation keys of the English metrics."""
        current = list(existing.metrics.all()) if existing is not None else []
        source_keys = [metric.translation_key for metric in source.metrics.all()] if source else []
        objects = []
        for position, data in enumerate(metrics):
            metric = current[position] if position < len(current) else CaseStudyMetric()
            labels = data.get("labels", {})
            units = data.get("units", {})
            metric.label = labels.get(code) or labels.get("en", "")
            metric.value = Decimal(str(data["value"]).replace(",", "."))
            metric.unit = units.get(code) or data.get("unit", "")
            metric.baseline = data.get("baselines", {}).get(code) or data.get("baseline", "")
            metric.locale = self.locales[code]
            metric.sort_order = position
            if position < len(source_keys):
                metric.translation_key = source_keys[position]
            objects.append(metric)
        return objects

    def _upsert_page(self, source, parent, model, slug, code, fields, existing):
        """Create or update one language's version of a page and publish it."""
        if code == "en" or source is None:
            if existing is not None and existing.get_parent().pk != parent.pk:
                existing.move(parent, pos="last-child")
                existing.refresh_from_db()
            if existing is not None and existing.slug != slug:
                fields = {**fields, "slug": slug}
            if existing is not None:
                for name, value in fields.items():
                    setattr(existing, name, value)
                existing.save_revision().publish()
                existing.refresh_from_db()
                return existing
            return demo.upsert_child(parent, model, slug, fields)
        return demo.upsert_translation(source, code, {**fields, "slug": slug})

    def _guide(self, item, cases):
        section = self.sections[item["section"]]
        translations = item["translations"]
        versions = {}
        source = None
        for code in ["en", *[c for c in translations if c != "en"]]:
            if code not in section or code not in translations:
                continue
            texts = translations[code]
            existing = self._existing(
                section[code], texts["slug"], GuidePage, item["key"], self.locales[code]
            )
            related = []
            for key in item.get("related_case_studies", []):
                case = cases.get(key, {})
                target = case.get(code) or case.get("en")
                if target is not None:
                    related.append(target)
            current = list(existing.related_case_studies.all()) if existing is not None else []
            related_objects = []
            for position, case in enumerate(related):
                link = current[position] if position < len(current) else GuideRelatedCaseStudy()
                link.case_study, link.sort_order = case, position
                related_objects.append(link)
            fields = {
                **self._common_fields(item, texts, code, existing),
                "audience": item.get("audience", "sme"),
                "difficulty": item.get("difficulty", "beginner"),
                "time_to_implement": texts.get("time_to_implement")
                or item.get("time_to_implement", ""),
                "steps": json.dumps(
                    [
                        {
                            "type": "step",
                            "value": {
                                "title": step["title"],
                                "text": step["text"],
                                "tip": step.get("tip", ""),
                            },
                        }
                        for step in texts["steps"]
                    ]
                ),
                "checklist": json.dumps(
                    [{"type": "item", "value": text} for text in texts.get("checklist", [])]
                ),
                "related_case_studies": related_objects,
            }
            versions[code] = self._upsert_page(
                source, section[code], GuidePage, texts["slug"], code, fields, existing
            )
            if code == "en":
                source = versions["en"]
        return versions

    # Home page ----------------------------------------------------------------------------
    def _featured(self, items, cases):
        keys = [item["key"] for item in items if item.get("featured")]
        if not keys:
            keys = [item["key"] for item in items[:FEATURED_COUNT]]
        keys = keys[:FEATURED_COUNT]
        featured = 0
        for code, home in self.homes.items():
            home = HomePage.objects.get(pk=home.pk)
            pages = [cases[key].get(code) or cases[key]["en"] for key in keys if key in cases]
            current = [item.page_id for item in home.featured_pages.all()]
            wanted = [page.pk for page in pages]
            # Keep what editors (or other apps' loaders) featured besides our case studies.
            ours = set(
                CaseStudyPage.objects.filter(external_id__in=keys).values_list("pk", flat=True)
            )
            others = [pk for pk in current if pk not in ours]
            if current == wanted + others:
                featured = max(featured, len(wanted))
                continue
            existing = list(home.featured_pages.all())
            objects = []
            for position, pk in enumerate(wanted + others):
                link = existing[position] if position < len(existing) else HomePageFeaturedPage()
                link.page_id, link.sort_order = pk, position
                objects.append(link)
            home.featured_pages = objects
            home.save_revision().publish()
            featured = max(featured, len(wanted))
        return featured
