"""The "unpublish pages" right (a model without a table carries it), given to the Moderators so
that they keep unpublishing once "publish" alone no longer includes it."""

from django.db import migrations, models

NAME = (
    "Can unpublish, delete, move, make private and set an expiry date on the live pages they "
    "may publish"
)


def grant_to_moderators(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    content_type, _ = ContentType.objects.get_or_create(app_label="home", model="siterights")
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename="unpublish_pages", defaults={"name": NAME}
    )
    for group in Group.objects.filter(name="Moderators"):
        group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("home", "0002_alter_standardpage_body"),
    ]

    operations = [
        migrations.CreateModel(
            name="SiteRights",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
            ],
            options={
                "verbose_name": "site-wide right",
                "verbose_name_plural": "site-wide rights",
                "permissions": [("unpublish_pages", NAME)],
                "managed": False,
                "default_permissions": (),
            },
        ),
        migrations.RunPython(grant_to_moderators, migrations.RunPython.noop),
    ]
