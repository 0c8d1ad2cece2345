"""Grow the demo content into a large data set for the load benchmark: case studies and standard
pages in all seven languages, inserted in bulk (a few seconds for 10,000 pages instead of the
many minutes `add_child` would take), with correct tree paths, URL paths, topics and countries.

Usage (the benchmark runs it; idempotent — pages it made before are counted, not made again):
    DATABASE_URL=postgres://... python benchmarks/dataset.py --pages 10000

Pages are built the way Wagtail stores them: a row in wagtailcore_page (path, depth, url_path,
locale, translation key, live) plus a row in each table of the page type's model chain, written
with Django's own field conversion (so StreamField and rich text columns hold what the models
expect). Each page is live and public; they are not given revisions (readers never see those).
"""

import argparse
import datetime
import os
import random
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "clothhub.settings.dev")

MARKER = "bench-"  # slug prefix of generated pages

SUBJECTS = [
    ("repair service for returned denim", "repair-and-care"),
    ("take-back scheme for workwear", "take-back-and-sorting"),
    ("recycled cotton yarn from cutting waste", "recycled-fibres"),
    ("digital product passport for knitwear", "digital-product-passport"),
    ("3D sampling that replaced physical prototypes", "3d-design-and-sampling"),
    ("on-demand production of uniforms", "on-demand-production"),
    ("rental of occasion wear", "rental-and-subscription"),
    ("traceability of organic cotton lots", "traceability"),
]
COUNTRIES = ["ES", "BG", "FR", "RO", "DK", "IT", "PT", "DE"]
CITIES = [
    "Igualada",
    "Sofia",
    "Marseille",
    "Iași",
    "Herning",
    "Prato",
    "Guimarães",
    "Mönchengladbach",
]


def paragraph_blocks(text):
    return [{"type": "paragraph", "value": f"<p>{text}</p>", "id": str(uuid.uuid4())}]


def build(total_pages):
    import django

    django.setup()
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection, transaction
    from django.utils import timezone
    from wagtail.models import Locale, Page

    from home.models import StandardPage
    from practices.models import CaseStudyPage, PracticePage, PracticesIndexPage, Topic

    started = time.monotonic()
    existing = Page.objects.count()
    if existing >= total_pages:
        print(f"dataset: {existing} pages already (≥ {total_pages}): nothing to add")
        return existing
    missing = total_pages - existing
    locales = list(Locale.objects.all())
    per_locale = missing // len(locales) + 1
    case_ct = ContentType.objects.get_for_model(CaseStudyPage)
    standard_ct = ContentType.objects.get_for_model(StandardPage)
    now = timezone.now()
    made = 0

    def insert(parent, model, content_type, make_fields, count, start):
        """``count`` live pages of ``model`` below ``parent`` in bulk; returns their ids."""
        parent = Page.objects.get(pk=parent.pk)  # fresh numchild
        pages = []
        for n in range(count):
            step = parent.numchild + n + 1
            slug = f"{MARKER}{model._meta.model_name}-{start + n}"
            title, extra = make_fields(start + n)
            pages.append(
                Page(
                    title=title,
                    draft_title=title,
                    slug=slug,
                    content_type=content_type,
                    live=True,
                    has_unpublished_changes=False,
                    url_path=f"{parent.url_path}{slug}/",
                    path=Page._get_path(parent.path, parent.depth + 1, step),
                    depth=parent.depth + 1,
                    numchild=0,
                    locale_id=parent.locale_id,
                    translation_key=uuid.uuid4(),
                    first_published_at=now,
                    last_published_at=now,
                    show_in_menus=False,
                )
            )
        created = Page.objects.bulk_create(pages)
        if created and created[0].pk is None:  # SQLite before RETURNING: read the ids back
            ids = dict(
                Page.objects.filter(path__in=[p.path for p in pages]).values_list("path", "pk")
            )
            for page in created:
                page.pk = page.id = ids[page.path]
        objects = []
        for n, base in enumerate(created):
            _title, extra = make_fields(start + n)
            obj = model(**{f.attname: getattr(base, f.attname) for f in Page._meta.concrete_fields})
            for name, value in extra.items():
                setattr(obj, name, value)
            for chain_model in [model, *model._meta.get_parent_list()]:
                for link in chain_model._meta.parents.values():
                    if link is not None:
                        setattr(obj, link.attname, base.pk)
            objects.append(obj)
        # One INSERT per table of the model chain below Page (e.g. practicepage, casestudypage).
        for table_model in reversed(model._meta.get_parent_list()):
            if table_model is Page:
                continue
            fields = table_model._meta.local_concrete_fields
            table_model._base_manager._insert(objects, fields=fields, raw=True)
        model._base_manager._insert(objects, fields=model._meta.local_concrete_fields, raw=True)
        Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + count)
        return [obj.pk for obj in objects]

    topics_by_locale = {}
    for topic in Topic.objects.all():
        topics_by_locale.setdefault(topic.locale_id, {})[topic.slug] = topic.pk
    through = PracticePage.topics.through
    for locale in locales:
        index = PracticesIndexPage.objects.filter(locale=locale, depth=3).first()
        home = Page.objects.filter(locale=locale, depth=2).first()
        if index is None or home is None:
            print(f"dataset: no practices index or home page in {locale.language_code}: skipped")
            continue
        cases = per_locale * 45 // 100
        standards = per_locale - cases
        start = CaseStudyPage.objects.filter(locale=locale, slug__startswith=MARKER).count()

        def case_fields(n, code=locale.language_code):
            subject, _topic = SUBJECTS[n % len(SUBJECTS)]
            city = CITIES[n % len(CITIES)]
            title = f"{subject.capitalize()} in {city} ({code} {n})"
            return title, {
                "summary": f"An SME in {city} set up a {subject} and measured the result.",
                "country": COUNTRIES[n % len(COUNTRIES)],
                "region": city,
                "year": 2019 + n % 7,
                "challenge": f"<p>Before the {subject}, waste and costs kept rising.</p>",
                "solution": f"<p>A small team built the {subject} step by step.</p>",
                "results": "<p>Waste down by a quarter within a year.</p>",
                "publication_date": datetime.date(2020, 1, 1) + datetime.timedelta(days=n % 2000),
                "original_language": code,
                "author": "CLOTH Hub benchmark",
            }

        with transaction.atomic():
            ids = []
            for chunk in range(0, cases, 500):
                ids += insert(
                    index,
                    CaseStudyPage,
                    case_ct,
                    case_fields,
                    min(500, cases - chunk),
                    start + chunk,
                )
            topic_ids = topics_by_locale.get(locale.id) or topics_by_locale.get(
                Locale.get_default().id, {}
            )
            links = []
            for n, page_id in enumerate(ids):
                topic = topic_ids.get(SUBJECTS[(start + n) % len(SUBJECTS)][1])
                if topic:
                    links.append(through(practicepage_id=page_id, topic_id=topic))
            through.objects.bulk_create(links)
        made += len(ids)

        library = StandardPage.objects.filter(locale=locale, slug=f"{MARKER}library").first()
        if library is None:
            library = StandardPage(
                title="Library", slug=f"{MARKER}library", introduction="Background notes."
            )
            home.add_child(instance=library)
            library.save_revision().publish()
        start = StandardPage.objects.filter(
            locale=locale, slug__startswith=f"{MARKER}standardpage"
        ).count()

        def standard_fields(n, code=locale.language_code):
            subject, _topic = SUBJECTS[n % len(SUBJECTS)]
            return f"Note {n} on {subject} ({code})", {
                "introduction": f"Background on {subject} for fashion SMEs.",
                "body": paragraph_blocks(
                    f"What cluster managers learnt about {subject}: costs, partners, first steps."
                ),
                "show_partners": False,
            }

        with transaction.atomic():
            for chunk in range(0, standards, 500):
                made += len(
                    insert(
                        library,
                        StandardPage,
                        standard_ct,
                        standard_fields,
                        min(500, standards - chunk),
                        start + chunk,
                    )
                )
        print(f"dataset: {locale.language_code}: +{len(ids)} case studies, +{standards} pages")
    connection.close()
    total = Page.objects.count()
    print(
        f"dataset: {made} pages added in {time.monotonic() - started:.1f} s; {total} pages in all"
    )
    return total


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=10_000)
    args = parser.parse_args()
    random.seed(7)
    build(args.pages)
