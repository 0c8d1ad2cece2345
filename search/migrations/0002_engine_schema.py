"""Engine-specific schema: the FTS5 table and triggers on SQLite; the tsvector column, trigger,
GIN index and pg_trgm on PostgreSQL. Each part runs only on its own database.

The schema of today's engines reads the ``labels`` column added in 0003: it is created by
``0004_clothhub_text_search_configs``. Databases migrated before keep what this migration made
then, which 0004 replaces; a new database gets it from 0004 only."""

from django.db import migrations


def create(apps, schema_editor):
    return None


def drop(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor == "sqlite":
        from search.engines.sqlite import drop_schema

        drop_schema(connection)
    elif connection.vendor == "postgresql":
        from search.engines.postgres import drop_schema

        drop_schema(connection)


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(create, drop, elidable=False)]
