"""Engine-specific schema: the FTS5 table and triggers on SQLite; the tsvector column, trigger,
GIN index and pg_trgm on PostgreSQL. Each part runs only on its own database."""

from django.db import migrations


def create(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor == "sqlite":
        from search.engines.sqlite import create_schema

        create_schema(connection, rebuild=True)
    elif connection.vendor == "postgresql":
        from search.engines.postgres import create_schema

        create_schema(connection, rebuild=True)


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
