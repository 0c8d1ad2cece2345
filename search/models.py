"""The search index of CLOTH Hub: one document per live, public page (a page has one locale), built
from the page by its app's builder (search.registry) and fed to the engines (search.engines).

``SearchDocument`` is the one shape every engine reads. The SQL engines search it in place (an
FTS5 table on SQLite, a tsvector column on PostgreSQL, both kept in step by database triggers
created in the migrations); Elasticsearch gets a copy of each row. Facet values are stored twice:
as JSON lists on the document (to show and to copy) and as ``SearchFacet`` rows, one per value,
which the SQL engines filter and count with indexed joins on SQLite and PostgreSQL alike.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

# The facets a reader can filter by, named like their GET parameters.
FACETS = ("type", "topic", "tag", "stage", "org_type", "country")


class SearchDocument(models.Model):
    page = models.OneToOneField(
        "wagtailcore.Page",
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="search_document",
        verbose_name=_("page"),
    )
    translation_key = models.UUIDField(_("translation key"), db_index=True)
    language = models.CharField(_("language"), max_length=12, db_index=True)
    # PostgreSQL text-search configuration used for this document ("simple" when the language has
    # none); set by the indexer, corrected by the PostgreSQL trigger, unused by the other engines.
    search_config = models.CharField(
        _("text-search configuration"), max_length=40, default="simple"
    )
    url = models.CharField(_("URL"), max_length=1000)
    content_type = models.CharField(_("content type"), max_length=40, db_index=True)
    title = models.CharField(_("title"), max_length=255)
    summary = models.TextField(_("summary"), blank=True)
    body = models.TextField(_("body text"), blank=True)
    # Labels of the page's topics, tags, stages... in its language, so that words like "repair"
    # find pages tagged with the "repair-and-care" topic.
    keywords = models.TextField(_("keywords"), blank=True)
    # The labels of the same topics, stages, strategies and technologies in every other site
    # language (a low-weight field): a Bulgarian query for a concept finds English pages tagged
    # with it when searching all languages.
    labels = models.TextField(_("labels in other languages"), blank=True)
    topics = models.JSONField(_("topics"), default=list, blank=True)
    tags = models.JSONField(_("tags"), default=list, blank=True)
    stages = models.JSONField(_("value-chain stages"), default=list, blank=True)
    org_types = models.JSONField(_("organisation types"), default=list, blank=True)
    country = models.CharField(_("country"), max_length=2, blank=True)
    date = models.DateField(_("date"), null=True, blank=True)
    updated_at = models.DateTimeField(_("indexed at"), auto_now=True)

    class Meta:
        verbose_name = _("search document")
        verbose_name_plural = _("search documents")
        indexes = [models.Index(fields=["language", "-date"], name="search_doc_lang_date")]

    def __str__(self):
        return f"{self.title} ({self.language})"

    def facet_values(self) -> dict[str, list[str]]:
        """The facet values of this document, by facet name (GET parameter name)."""
        return {
            "type": [self.content_type] if self.content_type else [],
            "topic": list(self.topics),
            "tag": list(self.tags),
            "stage": list(self.stages),
            "org_type": list(self.org_types),
            "country": [self.country] if self.country else [],
        }


class SearchFacet(models.Model):
    """One facet value of one document: what the SQL engines filter and count facets with."""

    document = models.ForeignKey(
        SearchDocument, on_delete=models.CASCADE, related_name="facet_rows"
    )
    facet = models.CharField(max_length=20)
    value = models.CharField(max_length=100)

    class Meta:
        verbose_name = _("search facet value")
        verbose_name_plural = _("search facet values")
        constraints = [
            models.UniqueConstraint(
                fields=["document", "facet", "value"], name="search_facet_unique"
            )
        ]
        indexes = [models.Index(fields=["facet", "value"], name="search_facet_value")]

    def __str__(self):
        return f"{self.facet}={self.value}"


class SearchTerm(models.Model):
    """The index's vocabulary: every folded word of the documents of a language (title,
    keywords, labels, summary, body) with the number of documents containing it. Spelling
    corrections are chosen from it (so a word that is in the index is never "corrected") and the
    rarity of a query's words weighs in ranking. Kept in step by ``search.indexing``;
    ``rebuild_search_index`` recounts it."""

    language = models.CharField(_("language"), max_length=12)
    term = models.CharField(_("word"), max_length=60)
    documents = models.IntegerField(_("documents"), default=0)
    # Documents with the word in their own text (not only in labels of other languages):
    # corrections prefer words readers of the language actually find written.
    in_text = models.IntegerField(_("documents with the word in their text"), default=0)

    class Meta:
        verbose_name = _("indexed word")
        verbose_name_plural = _("indexed words")
        constraints = [
            models.UniqueConstraint(fields=["language", "term"], name="search_term_unique")
        ]

    def __str__(self):
        return f"{self.term} ({self.language})"


class SearchQueryCount(models.Model):
    """How often readers searched for some words in one language on one day, and how many of
    those searches found nothing: what the editors' reports show. Written in batches from the
    counts collected in the cache (search.counting), never while a reader waits."""

    query_string = models.CharField(_("search terms"), max_length=255)
    language = models.CharField(_("language"), max_length=12)
    date = models.DateField(_("date"))
    searches = models.PositiveIntegerField(_("searches"), default=0)
    without_results = models.PositiveIntegerField(_("searches without results"), default=0)

    class Meta:
        verbose_name = _("search count")
        verbose_name_plural = _("search counts")
        constraints = [
            models.UniqueConstraint(
                fields=["query_string", "language", "date"], name="search_query_count_unique"
            )
        ]
        indexes = [models.Index(fields=["date"], name="search_query_count_date")]

    def __str__(self):
        return f"{self.query_string} ({self.language}, {self.date}): {self.searches}"


class SearchCountBatch(models.Model):
    """A time slot of search counts already written (search.counting.flush): what makes the
    flush idempotent. Pruned once the cache can no longer hold counts of that slot."""

    bucket = models.BigIntegerField(_("time slot"), primary_key=True)
    searches = models.PositiveIntegerField(_("searches"), default=0)
    flushed_at = models.DateTimeField(_("written at"), auto_now_add=True)

    class Meta:
        verbose_name = _("batch of search counts")
        verbose_name_plural = _("batches of search counts")

    def __str__(self):
        return f"{self.bucket}: {self.searches}"
