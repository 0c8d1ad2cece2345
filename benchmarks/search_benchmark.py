#!/usr/bin/env python
"""Search benchmark: index 10,000 documents in seven languages, then time queries per engine.

    .venv/bin/python benchmarks/search_benchmark.py                       # SQLite (file in benchmarks/results/)
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/clothhub .venv/bin/python benchmarks/search_benchmark.py
    ELASTICSEARCH_URL=http://127.0.0.1:9200 ...                             # adds Elasticsearch

What it does:
- uses its OWN database: with a PostgreSQL DATABASE_URL the database name is replaced by
  ``clothhub_search_bench`` (its own: dropped and created again); on SQLite a new file
  benchmarks/results/bench.sqlite3; it migrates it, so it never touches real content;
- generates N documents (default 10,000) spread over en, es, ca, fr, da, bg, ro with prose drawn
  from a Zipf-distributed vocabulary per language (filler words, circular and digital fashion
  words, a long tail of rarer words), titles of 3-6 words, summaries of 20-35 words and bodies of
  150-450 words, two topics, a stage, an
  organisation type, a country, tags and a content type each. Every document gets a bare
  ``wagtailcore.Page`` row (its primary key) written in bulk; the documents are written the way
  ``rebuild_search_index`` writes them (``bulk_create`` of SearchDocument and SearchFacet rows, so
  the SQLite FTS5 triggers and the PostgreSQL tsvector trigger do the indexing), then the engine's
  ``rebuild`` runs (FTS5 'rebuild', vector recomputation, or a full Elasticsearch index + alias
  swap). Pages are not created through Wagtail's publish path: that would time Wagtail, not search;
- times ``--queries`` queries of each kind after a warm-up: plain (words, one language, no
  facets), filtered (words + topic and country filters, no facets), faceted (words + a topic
  filter + the six facet counts) at the engine level, and the same faceted query through the whole
  search service (engine + loading the page's documents + facet labels), and prints p50 / p95.
"""

import argparse
import json
import os
import random
import statistics
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
sys.path.insert(0, str(ROOT))

LANGUAGES = ["en", "es", "ca", "fr", "da", "bg", "ro"]
WORDS = {
    "en": "recycled fibre yarn garment repair service take-back sorting rental resale denim cotton wool polyester digital passport traceability supplier factory sample design pattern waste offcut dye water energy customer brand cluster workshop knit weave sew label data platform order demand stock circular textile fashion leather linen hemp".split(),
    "es": "fibra reciclada hilo prenda reparación servicio recogida clasificación alquiler reventa vaquero algodón lana poliéster digital pasaporte trazabilidad proveedor fábrica muestra diseño patrón residuo retal tinte agua energía cliente marca clúster taller punto tejido coser etiqueta datos plataforma pedido demanda circular textil moda cuero lino".split(),
    "ca": "fibra reciclada fil peça reparació servei recollida classificació lloguer revenda texà cotó llana polièster digital passaport traçabilitat proveïdor fàbrica mostra disseny patró residu retall tint aigua energia client marca clúster taller punt teixit cosir etiqueta dades plataforma comanda demanda circular tèxtil moda".split(),
    "fr": "fibre recyclée fil vêtement réparation service collecte tri location revente denim coton laine polyester numérique passeport traçabilité fournisseur usine échantillon conception patron déchet chute teinture eau énergie client marque cluster atelier maille tissage coudre étiquette données plateforme commande demande circulaire textile mode cuir lin".split(),
    "da": "genanvendt fiber garn beklædning reparation service indsamling sortering udlejning videresalg denim bomuld uld polyester digitalt produktpas sporbarhed leverandør fabrik prøve design mønster affald afskær farvning vand energi kunde brand klynge værksted strik vævning sy mærke data platform ordre efterspørgsel cirkulær tekstil mode læder hør".split(),
    "bg": "рециклирано влакно прежда облекло ремонт услуга събиране сортиране наем препродажба деним памук вълна полиестер дигитален паспорт проследимост доставчик фабрика мостра дизайн кройка отпадък остатък боядисване вода енергия клиент марка клъстер ателие плетиво тъкане шиене етикет данни платформа поръчка търсене кръгов текстил мода кожа лен".split(),
    "ro": "fibră reciclată fir îmbrăcăminte reparație serviciu colectare sortare închiriere revânzare denim bumbac lână poliester digital pașaport trasabilitate furnizor fabrică mostră design tipar deșeu rest vopsire apă energie client brand cluster atelier tricot țesut cusut etichetă date platformă comandă cerere circular textil modă piele in".split(),
}
FILLER = {
    "en": "the and of for with a to in on from our their this",
    "es": "el la de para con y en un una los las por",
    "ca": "el la de per amb i en un una els les",
    "fr": "le la de pour avec et en un une les des du",
    "da": "og i på med for en et de den det til",
    "bg": "и на за с в от по към при една един",
    "ro": "și de la cu pentru în un o din pe ale",
}
TOPICS = "recycled-fibres repair-and-care resale-and-rental take-back-and-sorting eco-design waste-reduction bio-based-materials digital-product-passport traceability 3d-design on-demand-production ai-and-data e-commerce-platforms iot".split()
STAGES = "design raw-materials production distribution-retail use-care end-of-life".split()
ORG_TYPES = "sme large-company cluster scale-up-support public-body research-education".split()
COUNTRIES = "ES BG FR RO DK DE IT PT NL BE".split()
TYPES = "case-study guide course lesson page".split()
TAGS = [f"tag-{i}" for i in range(40)]


def setup_database(url: str | None) -> str:
    if url and url.startswith(("postgres://", "postgresql://")):
        import psycopg

        base, _sep, _name = url.rpartition("/")
        bench = f"{base}/clothhub_search_bench"
        # A fresh database each run: it is the benchmark's own, never the site's.
        with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
            conn.execute("DROP DATABASE IF EXISTS clothhub_search_bench")
            conn.execute("CREATE DATABASE clothhub_search_bench")
        return bench
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "bench.sqlite3").unlink(missing_ok=True)
    return f"sqlite:///{RESULTS / 'bench.sqlite3'}"


SYLLABLES = {
    "bg": "ба ве ги до жу за ки ло ме ни по ра се ти фу ха це чи ша ю я ст пр кр".split(),
}
DEFAULT_SYLLABLES = (
    "ba ce di fo gu ha je ki lo mu na pe ri so tu va xe zo bra cli dro fle gri pla sto tre".split()
)


class Language:
    """A vocabulary with a Zipf-like word frequency, as in real prose: a few very common words
    (the filler words), the domain words at ranks 100-500 (each in roughly 5-25 % of a
    language's documents, like "denim" or "repair" on the real site) and a long tail of rarer
    words (synthesised from syllables)."""

    def __init__(self, code, rng, size=2500):
        filler = FILLER[code].split()
        syllables = SYLLABLES.get(code, DEFAULT_SYLLABLES)
        tail = []
        seen = set(filler) | set(WORDS[code])
        while len(tail) < size:
            word = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4)))
            if word not in seen:
                seen.add(word)
                tail.append(word)
        vocab = filler + tail[:90]
        domain = list(WORDS[code])
        rest = tail[90:]
        while domain or rest:
            # Interleave: one domain word every ~10 tail words from rank 100 on.
            if domain and len(vocab) >= 100 and len(vocab) % 10 == 0:
                vocab.append(domain.pop(0))
            elif rest:
                vocab.append(rest.pop(0))
            else:
                vocab.append(domain.pop(0))
        self.vocab = vocab
        self.weights = [1.0 / (rank + 1) for rank in range(len(vocab))]
        self.domain = list(WORDS[code])

    def words(self, rng, count):
        return rng.choices(self.vocab, weights=self.weights, k=count)

    def title(self, rng):
        words = self.words(rng, rng.randint(3, 6))
        words[rng.randrange(len(words))] = rng.choice(self.domain)
        return " ".join(words).capitalize()

    def prose(self, rng, count):
        return " ".join(self.words(rng, count))


def generate(n, rng):
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection, transaction
    from wagtail.models import Locale, Page

    from search.languages import pg_config
    from search.models import SearchDocument, SearchFacet

    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES}
    root = Page.get_first_root_node()
    page_type = ContentType.objects.get_for_model(Page)
    with transaction.atomic():
        SearchDocument.objects.all().delete()
        Page.objects.filter(depth__gt=1).delete()
    Page.objects.filter(pk=root.pk).update(numchild=0)

    vocabularies = {code: Language(code, rng) for code in LANGUAGES}
    pages, docs, facets = [], [], []
    for i in range(n):
        language = LANGUAGES[i % len(LANGUAGES)]
        title = vocabularies[language].title(rng)
        pages.append(
            Page(
                title=title[:255],
                slug=f"doc-{i}",
                path=Page._get_path(root.path, 2, i + 1),
                depth=2,
                numchild=0,
                url_path=f"/doc-{i}/",
                live=True,
                locale=locales[language],
                content_type=page_type,
                translation_key=uuid.uuid4(),
            )
        )
    started = time.perf_counter()
    with transaction.atomic():
        Page.objects.bulk_create(pages, batch_size=1000)
        Page.objects.filter(pk=root.pk).update(numchild=n)
        for page in Page.objects.filter(depth=2).order_by("path"):
            language = LANGUAGES[int(page.slug[4:]) % len(LANGUAGES)]
            topics = rng.sample(TOPICS, 2)
            tags = rng.sample(TAGS, 3)
            doc = SearchDocument(
                page_id=page.pk,
                translation_key=page.translation_key,
                language=language,
                search_config=pg_config(language),
                url=f"/{language}/{page.slug}/",
                content_type=rng.choice(TYPES),
                title=page.title,
                summary=vocabularies[language].prose(rng, rng.randint(20, 35)),
                body=vocabularies[language].prose(rng, rng.randint(150, 450)),
                keywords=" ".join(t.replace("-", " ") for t in topics),
                topics=topics,
                tags=tags,
                stages=[rng.choice(STAGES)],
                org_types=[rng.choice(ORG_TYPES)],
                country=rng.choice(COUNTRIES),
            )
            docs.append(doc)
            facets += [
                SearchFacet(document_id=page.pk, facet=facet, value=value)
                for facet, values in doc.facet_values().items()
                for value in values
            ]
        SearchDocument.objects.bulk_create(docs, batch_size=500)
        SearchFacet.objects.bulk_create(facets, batch_size=2000)
        # The vocabulary (spelling corrections, word rarity), as rebuild_search_index counts it.
        from search import vocabulary

        vocabulary.rebuild()
    rows_seconds = time.perf_counter() - started
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE search_searchdocument; ANALYZE search_searchfacet")
    return rows_seconds


def percentile(values, p):
    values = sorted(values)
    k = (len(values) - 1) * p / 100
    lower = int(k)
    upper = min(lower + 1, len(values) - 1)
    return values[lower] + (values[upper] - values[lower]) * (k - lower)


def time_queries(fn, queries, warmup=20):
    for q in queries[:warmup]:
        fn(q)
    timings = []
    for q in queries:
        started = time.perf_counter()
        fn(q)
        timings.append((time.perf_counter() - started) * 1000)
    return {
        "p50": percentile(timings, 50),
        "p95": percentile(timings, 95),
        "mean": statistics.fmean(timings),
        "n": len(timings),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()

    os.environ["DATABASE_URL"] = setup_database(os.environ.get("DATABASE_URL"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "clothhub.settings.dev")
    os.environ["SEARCH_AUTO_UPDATE"] = "0"
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection

    from search import service
    from search.engines import EngineQuery, available_engines, get_engine
    from search.models import SearchDocument
    from search.text import parse_query

    call_command("migrate", verbosity=0)
    rng = random.Random(args.seed)
    print(f"Database: {connection.vendor} ({settings.DATABASES['default']['NAME']})")
    print(f"Generating {args.docs} documents in {len(LANGUAGES)} languages…")
    rows_seconds = generate(args.docs, rng)

    # Queries: one or two vocabulary words of a language, most finding hundreds of documents.
    queries = []
    for i in range(args.queries):
        language = LANGUAGES[i % len(LANGUAGES)]
        words = " ".join(rng.sample(WORDS[language], rng.choice([1, 1, 2])))
        queries.append((language, words, rng.choice(TOPICS), rng.choice(COUNTRIES)))

    report = {"documents": args.docs, "database": connection.vendor, "engines": {}}
    for name, reason in available_engines().items():
        if reason:
            print(f"\n{name}: skipped ({reason})")
            continue
        settings.SEARCH_ENGINE = name
        engine = get_engine(name)
        started = time.perf_counter()
        engine.ensure_schema()
        docs = SearchDocument.objects.order_by("page_id")
        engine.rebuild(docs.iterator(chunk_size=1000), docs.count())
        rebuild_seconds = time.perf_counter() - started
        index_seconds = (
            rows_seconds + rebuild_seconds if name != "elasticsearch" else rebuild_seconds
        )

        def plain(q, engine=engine):
            return engine.search(
                EngineQuery(text=parse_query(q[1]), language=q[0], with_facets=False)
            )

        def filtered(q, engine=engine):
            return engine.search(
                EngineQuery(
                    text=parse_query(q[1]),
                    language=q[0],
                    filters={"topic": [q[2]], "country": [q[3]]},
                    with_facets=False,
                )
            )

        def faceted(q, engine=engine):
            return engine.search(
                EngineQuery(text=parse_query(q[1]), language=q[0], filters={"topic": [q[2]]})
            )

        def full(q):
            return service.search(q[1], q[0], filters={"topic": [q[2]]})

        sample = plain(queries[0])
        results = {
            "index_seconds": round(index_seconds, 2),
            "plain": time_queries(plain, queries),
            "filtered": time_queries(filtered, queries),
            "faceted": time_queries(faceted, queries),
            "service_faceted": time_queries(full, queries),
            "example": {"query": queries[0][1], "language": queries[0][0], "total": sample.total},
        }
        report["engines"][name] = results
        print(f"\n{engine.label}: indexed {args.docs} documents in {index_seconds:.2f} s")
        print(f"  (example: {queries[0][1]!r} in {queries[0][0]} → {sample.total} documents)")
        print(f"  {'query':<28}{'p50 ms':>10}{'p95 ms':>10}{'mean ms':>10}")
        for kind, label in [
            ("plain", "plain"),
            ("filtered", "filtered (topic+country)"),
            ("faceted", "faceted (6 facets)"),
            ("service_faceted", "faceted, whole service"),
        ]:
            r = results[kind]
            print(f"  {label:<28}{r['p50']:>10.1f}{r['p95']:>10.1f}{r['mean']:>10.1f}")

    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"search_benchmark_{connection.vendor}.json"
    out.write_text(json.dumps(report, indent=2))
    print(f"\nResults written to {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
