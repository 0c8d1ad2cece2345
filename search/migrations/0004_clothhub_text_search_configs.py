"""Engines for any-word, accent-folding, cross-language search:

- PostgreSQL: ``clothhub_<code>`` text-search configurations (``unaccent`` + the language's
  stemmer), every document switched to its language's one, the vector trigger taking the new
  ``labels`` field (weight D), every vector recomputed;
- SQLite: the FTS5 table re-created with the ``labels`` column and rebuilt;
- both: the vocabulary counted from the documents.
"""

from django.db import migrations


def forward(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor == "sqlite":
        from search.engines.sqlite import create_schema, drop_schema

        drop_schema(connection)
        create_schema(connection, rebuild=True)
    elif connection.vendor == "postgresql":
        from search.engines.postgres import TRIGGER_FUNCTION, create_configurations, create_schema
        from search.languages import PG_CONFIGS

        create_configurations(connection)
        with connection.cursor() as cursor:
            cursor.execute(TRIGGER_FUNCTION)
        create_schema(connection)  # DDL first: no pending trigger events yet
        with connection.cursor() as cursor:
            for code, name in PG_CONFIGS.items():
                cursor.execute(
                    "UPDATE search_searchdocument SET search_config = %s WHERE language = %s",
                    [name, code],
                )
    from search import vocabulary

    vocabulary.rebuild(apps.get_model("search", "SearchDocument").objects.iterator())


def backward(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor == "postgresql":
        from search.engines.postgres import drop_configurations
        from search.languages import PG_BASE_CONFIGS

        with connection.cursor() as cursor:
            for code, name in PG_BASE_CONFIGS.items():
                cursor.execute(
                    "UPDATE search_searchdocument SET search_config = %s WHERE language = %s",
                    [name, code],
                )
        drop_configurations(connection)


class Migration(migrations.Migration):
    dependencies = [("search", "0003_labels_and_vocabulary")]

    operations = [migrations.RunPython(forward, backward, elidable=False)]
