"""Set up the partners' editorial work: sections, groups, permissions, collections, the consortium
moderation workflow and (in development) demo accounts. Idempotent; run by load_demo_content."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Site

from editorial import partners as data
from editorial.setup import demo_password, setup_partners


def demo_users_by_default():
    """Demo accounts share a documented password: only where the settings allow them (by default
    when DEBUG is on, i.e. `make run`; EDITORIAL_DEMO_USERS=1/0 decides otherwise)."""
    configured = getattr(settings, "EDITORIAL_DEMO_USERS", None)
    return settings.DEBUG if configured is None else configured


class Command(BaseCommand):
    help = (
        "Create or update the partner sections, editors/moderators/translators groups with their "
        "page and collection permissions, the 'Consortium moderation' workflow and demo accounts."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--demo-users",
            dest="demo_users",
            action="store_true",
            default=None,
            help="Create the demo accounts (default: when DEBUG is on or EDITORIAL_DEMO_USERS=1).",
        )
        parser.add_argument(
            "--no-demo-translations",
            dest="demo_translations",
            action="store_false",
            default=True,
            help="Do not turn the first case study of each partner into a wagtail-localize "
            "managed translation (done by default, so readers see the translation status).",
        )
        parser.add_argument(
            "--no-demo-users",
            dest="demo_users",
            action="store_false",
            help="Do not create demo accounts.",
        )

    def handle(self, *args, demo_users=None, demo_translations=True, **options):
        with_users = demo_users_by_default() if demo_users is None else demo_users
        try:
            report = setup_partners(
                with_demo_users=with_users, with_demo_translations=demo_translations
            )
        except (Site.DoesNotExist, RuntimeError) as exc:
            raise CommandError(
                f"The site has no home page to set up the partners in ({exc}): "
                "run load_home_demo first."
            ) from exc
        for slug, versions in report.sections.items():
            self.stdout.write(f"  section {slug}: {len(versions)} languages")
        self.stdout.write(f"  groups: {', '.join(group.name for group in report.groups)}")
        self.stdout.write(
            f"  workflow '{data.WORKFLOW_NAME}' on {len(report.workflow_pages)} trees "
            "(practices and training indexes of every language)"
        )
        if report.managed_translations:
            pages = ", ".join(
                f"{page.slug} ({locale.language_code})"
                for page, locale in report.managed_translations
            )
            self.stdout.write(f"  translations managed by wagtail-localize: {pages}")
        for name in report.missing_permissions:
            self.stderr.write(f"  permission {name} does not exist (app not migrated?): skipped")
        if report.users:
            self.stdout.write("Demo accounts (sign in at /admin/):")
            for username, role, created in report.users:
                state = (
                    f"password: {demo_password()}"
                    if created
                    else f"password unchanged (demo default: {demo_password()})"
                )
                self.stdout.write(f"  {username:<22} {role:<40} {state}")
        else:
            self.stdout.write("No demo accounts (run with --demo-users to create them).")
        self.stdout.write(self.style.SUCCESS("Partners set up."))
