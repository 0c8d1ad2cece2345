"""manage.py import_practices FILE [--locale xx] [--parent PAGE] [--dry-run] [--format csv|json]

Imports case studies and guides from CSV or JSON (format: practices/IMPORT_FORMAT.md). Every row is checked
first; if any row is invalid, each problem is listed with its row and field and nothing is written.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

from practices.importer import (
    CASE_STUDY,
    GUIDE,
    ImportFileError,
    Validator,
    read_rows,
    write_rows,
)
from practices.models import PracticesIndexPage


class Command(BaseCommand):
    help = (
        "Import case studies and guides from a CSV or JSON file (see practices/IMPORT_FORMAT.md). "
        "Rows are matched by external_id: importing again updates and republishes."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="Path of the .csv or .json file.")
        parser.add_argument(
            "--locale",
            default=settings.LANGUAGE_CODE,
            help="Language of the texts in the file (default: %(default)s).",
        )
        parser.add_argument(
            "--parent",
            help=(
                "Practices index to import into: a page id or a URL path such as "
                "/es/practicas/modacc/ (default: the practices index of the language)."
            ),
        )
        parser.add_argument(
            "--format", choices=["csv", "json"], help="File format, when the name does not say."
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Check the file and report; write nothing."
        )

    def handle(self, *args, **options):
        locale = self._locale(options["locale"])
        parent = self._parent(options["parent"], locale)
        try:
            rows = read_rows(options["file"], options["format"])
        except ImportFileError as exc:
            raise CommandError(str(exc)) from exc
        if not rows:
            raise CommandError(
                _("%(file)s holds no case studies or guides.") % {"file": options["file"]}
            )
        self.stderr.write(_("Checking %(count)s rows…") % {"count": len(rows)})
        results, errors = Validator(locale, parent).validate(rows, progress=self.stderr.write)
        if errors:
            for error in errors:
                self.stderr.write(str(error))
            raise CommandError(
                _(
                    "%(count)s problem(s) in %(file)s: nothing was imported. "
                    "Fix the rows above and run the command again."
                )
                % {"count": len(errors), "file": options["file"]}
            )
        planned = {"create": 0, "update": 0, "translate": 0}
        for row in results:
            planned[row.action] += 1
        if options["dry_run"]:
            self.stdout.write(
                _(
                    "Dry run: %(total)s valid rows (%(created)s to create, "
                    "%(translated)s to translate, %(updated)s to update). Nothing written."
                )
                % {
                    "total": len(results),
                    "created": planned["create"],
                    "translated": planned["translate"],
                    "updated": planned["update"],
                }
            )
            return
        counts = write_rows(results, locale, progress=self.stderr.write)
        kinds = {CASE_STUDY: 0, GUIDE: 0}
        for row in results:
            kinds[row.values["type"]] += 1
        self.stdout.write(
            self.style.SUCCESS(
                _(
                    "Imported %(total)s rows into %(language)s under %(path)s "
                    "(case studies: %(case_studies)s, guides: %(guides)s): "
                    "%(created)s created, %(translated)s translated, "
                    "%(updated)s updated and republished."
                )
                % {
                    "total": len(results),
                    "language": locale.language_code,
                    "path": parent.url_path,
                    "case_studies": kinds[CASE_STUDY],
                    "guides": kinds[GUIDE],
                    "created": counts["create"],
                    "translated": counts["translate"],
                    "updated": counts["update"],
                }
            )
        )

    def _locale(self, code):
        if code not in dict(settings.LANGUAGES):
            raise CommandError(
                _("Unknown language '%(code)s': use one of %(languages)s.")
                % {"code": code, "languages": ", ".join(dict(settings.LANGUAGES))}
            )
        try:
            return Locale.objects.get(language_code=code)
        except Locale.DoesNotExist as exc:
            raise CommandError(
                _(
                    "The language '%(code)s' has no locale yet: "
                    "run load_home_demo or add it in the admin."
                )
                % {"code": code}
            ) from exc

    def _parent(self, value, locale):
        if not value:
            index = (
                PracticesIndexPage.objects.filter(locale=locale).order_by("depth", "path").first()
            )
            if index is None:
                raise CommandError(
                    _("There is no practices index in %(language)s: create one or pass --parent.")
                    % {"language": locale.language_code}
                )
            return index
        if value.isdigit():
            page = Page.objects.filter(pk=int(value)).first()
        else:
            page = self._page_by_path(value, locale)
        if page is None:
            raise CommandError(_("No page found for --parent '%(value)s'.") % {"value": value})
        page = page.specific
        if not isinstance(page, PracticesIndexPage):
            raise CommandError(
                _("--parent '%(value)s' is a %(kind)s, not a practices index.")
                % {"value": value, "kind": page.specific_class._meta.verbose_name}
            )
        if page.locale_id != locale.pk:
            raise CommandError(
                _(
                    "--parent '%(value)s' is in %(page_language)s, not %(language)s: "
                    "pass the index of the same language as --locale."
                )
                % {
                    "value": value,
                    "page_language": page.locale.language_code,
                    "language": locale.language_code,
                }
            )
        return page

    def _page_by_path(self, value, locale):
        parts = [part for part in value.strip("/").split("/") if part]
        if parts and parts[0] in dict(settings.LANGUAGES):
            parts = parts[1:]
        home = Page.objects.filter(depth=2, locale=locale).first()
        if home is None:
            return None
        page = home
        for slug in parts:
            page = page.get_children().filter(slug=slug).first()
            if page is None:
                return None
        return page
