"""Bulk import of case studies and guides from CSV or JSON (see practices/IMPORT_FORMAT.md).

Two passes: every row is read and validated first, and each problem is reported with its row
number and field; only when the whole file is valid are the pages written, in one transaction.
Rows are matched to pages by ``external_id`` and locale, so importing a file again updates and
republishes the same pages instead of creating duplicates.
"""

import csv
import datetime
import io
import json
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email, validate_unicode_slug
from django.db import transaction
from django.utils.html import escape
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

from practices.countries import COUNTRY_CODES
from practices.models import (
    CaseStudyMetric,
    CaseStudyPage,
    CircularStrategy,
    DigitalTechnology,
    GuidePage,
    GuideRelatedCaseStudy,
    Organisation,
    PracticesIndexPage,
    Topic,
    ValueChainStage,
)
from practices.sdgs import SDG_NUMBERS

CASE_STUDY, GUIDE = "case-study", "guide"
PAGE_MODELS = {CASE_STUDY: CaseStudyPage, GUIDE: GuidePage}
# Columns every file needs; a CSV file without a `type` column holds only case studies and also
# needs their required columns.
COMMON_REQUIRED_FIELDS = ("external_id", "title", "summary")
REQUIRED_FIELDS = (*COMMON_REQUIRED_FIELDS, "challenge", "solution")
TYPE_REQUIRED_FIELDS = {
    CASE_STUDY: ("challenge", "solution"),
    GUIDE: ("audience", "difficulty", "steps"),
}
# Fields that only one type has: a non-empty value on a row of the other type is an error.
CASE_STUDY_ONLY_FIELDS = (
    "organisations",
    "strategies",
    "technologies",
    "sdgs",
    "year",
    "challenge",
    "solution",
    "results",
    "lessons_learned",
    "how_to_replicate",
    "metrics",
    "contact_name",
    "contact_role",
    "contact_email",
)
GUIDE_ONLY_FIELDS = (
    "audience",
    "difficulty",
    "time_to_implement",
    "steps",
    "checklist",
    "related_case_studies",
)
STEP_TITLE_MAX, STEP_TIP_MAX, CHECKLIST_ITEM_MAX = 200, 300, 300
TEXT_FIELDS = {
    # name: max length (None: unlimited)
    "title": 255,
    "summary": 600,
    "region": 120,
    "author": 200,
    "review_owner": 200,
    "contact_name": 200,
    "contact_role": 200,
    "time_to_implement": 100,
}
RICH_TEXT_FIELDS = ("challenge", "solution", "results", "lessons_learned", "how_to_replicate")
VOCABULARY_FIELDS = {
    "topics": Topic,
    "stages": ValueChainStage,
    "strategies": CircularStrategy,
    "technologies": DigitalTechnology,
}
LIST_FIELDS = (
    "organisations",
    "topics",
    "stages",
    "strategies",
    "technologies",
    "sdgs",
    "tags",
    "related_case_studies",
)
STRUCTURED_FIELDS = ("metrics", "steps", "checklist")  # parsed by their own functions
ALL_FIELDS = (
    "external_id",
    "type",
    "title",
    "slug",
    "section",
    "summary",
    "country",
    "region",
    "year",
    "organisations",
    "topics",
    "stages",
    "strategies",
    "technologies",
    "sdgs",
    "tags",
    "challenge",
    "solution",
    "results",
    "lessons_learned",
    "how_to_replicate",
    "metrics",
    "author",
    "original_language",
    "publication_date",
    "last_reviewed",
    "review_owner",
    "contact_name",
    "contact_role",
    "contact_email",
    "audience",
    "difficulty",
    "time_to_implement",
    "steps",
    "checklist",
    "related_case_studies",
)
EXTERNAL_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$")
PROGRESS_EVERY = 50


class ImportFileError(Exception):
    """The file as a whole cannot be read (missing, wrong encoding, bad JSON, unknown columns)."""


@dataclass
class RowError:
    row: int
    field: str
    message: str

    def __str__(self):
        if self.field:
            return _("row %(row)s, field '%(field)s': %(message)s") % {
                "row": self.row,
                "field": self.field,
                "message": self.message,
            }
        return _("row %(row)s: %(message)s") % {"row": self.row, "message": self.message}


@dataclass
class ImportRow:
    number: int
    data: dict
    values: dict = field(default_factory=dict)  # cleaned values
    action: str = ""  # "create", "update" or "translate"
    existing: CaseStudyPage | GuidePage | None = None
    source: CaseStudyPage | GuidePage | None = None
    parent: Page | None = None


# Reading -------------------------------------------------------------------------------------


def read_rows(path, file_format=None):
    """[(row number, {field: raw value})] from a CSV or JSON file; raises ImportFileError."""
    file_format = (file_format or _format_from_name(path)).lower()
    try:
        with open(path, "rb") as handle:
            raw = handle.read()
    except FileNotFoundError as exc:
        raise ImportFileError(_("File not found: %(path)s") % {"path": path}) from exc
    except IsADirectoryError as exc:
        raise ImportFileError(_("%(path)s is a directory, not a file.") % {"path": path}) from exc
    except OSError as exc:
        raise ImportFileError(
            _("Cannot read %(path)s: %(error)s") % {"path": path, "error": exc.strerror}
        ) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFileError(
            _(
                "%(path)s is not UTF-8 text (invalid byte at position %(position)s). "
                "Save the file as UTF-8 (in a spreadsheet: 'CSV UTF-8')."
            )
            % {"path": path, "position": exc.start}
        ) from exc
    if file_format == "csv":
        return _read_csv(text)
    if file_format == "json":
        return _read_json(text)
    raise ImportFileError(
        _("Unknown format '%(format)s': use a .csv or .json file.") % {"format": file_format}
    )


def _format_from_name(path):
    name = str(path).lower()
    if name.endswith(".csv"):
        return "csv"
    if name.endswith(".json"):
        return "json"
    raise ImportFileError(
        _("Cannot tell the format of %(path)s: name it .csv or .json, or pass --format.")
        % {"path": path}
    )


def _check_columns(columns):
    """Checks the columns of a CSV header."""
    unknown = sorted(set(columns) - set(ALL_FIELDS))
    if unknown:
        raise ImportFileError(
            _("Unknown column(s) in the header: %(names)s. Allowed columns: %(allowed)s.")
            % {"names": ", ".join(unknown), "allowed": ", ".join(ALL_FIELDS)}
        )
    required = COMMON_REQUIRED_FIELDS if "type" in columns else REQUIRED_FIELDS
    missing = [name for name in required if name not in columns]
    if missing:
        raise ImportFileError(
            _("Missing required column(s) in the header: %(names)s.")
            % {"names": ", ".join(missing)}
        )


def _read_csv(text):
    try:
        dialect = csv.Sniffer().sniff(text.split("\n", 1)[0], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(io.StringIO(text, newline=""), dialect=dialect)
    if not reader.fieldnames:
        raise ImportFileError(_("The CSV file is empty: the first line must name the columns."))
    columns = [name.strip() for name in reader.fieldnames]
    _check_columns(columns)
    reader.fieldnames = columns
    rows = []
    try:
        for record in reader:
            number = reader.line_num  # the spreadsheet's row number (header is row 1)
            if None in record:
                rows.append((number, {"__extra__": record.pop(None)}))
                continue
            if not any((value or "").strip() for value in record.values()):
                continue  # blank line
            rows.append((number, {k: (v or "").strip() for k, v in record.items()}))
    except csv.Error as exc:
        raise ImportFileError(
            _("The CSV file is malformed near line %(line)s: %(error)s")
            % {"line": reader.line_num, "error": exc}
        ) from exc
    return rows


def _read_json(text):
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFileError(
            _("The JSON file is invalid at line %(line)s, column %(column)s: %(error)s.")
            % {"line": exc.lineno, "column": exc.colno, "error": exc.msg}
        ) from exc
    if isinstance(data, dict) and isinstance(data.get("case_studies"), list):
        data = data["case_studies"]
    if not isinstance(data, list):
        raise ImportFileError(
            _('The JSON file must hold a list of case studies, or {"case_studies": [...]}.')
        )
    rows = []
    for number, record in enumerate(data, start=1):
        if not isinstance(record, dict):
            rows.append((number, {"__not_object__": True}))
            continue
        unknown = sorted(set(record) - set(ALL_FIELDS))
        if unknown:
            raise ImportFileError(
                _("Unknown field(s) in record %(number)s: %(names)s. Allowed fields: %(allowed)s.")
                % {"number": number, "names": ", ".join(unknown), "allowed": ", ".join(ALL_FIELDS)}
            )
        rows.append((number, record))
    return rows


# Validating ----------------------------------------------------------------------------------


class Validator:
    """Checks every row against the database (vocabularies, organisations, pages) in a fixed
    number of queries, and resolves what each row will do."""

    def __init__(self, locale, parent):
        self.locale = locale
        self.parent = parent
        self.vocabularies = {
            name: set(model.objects.values_list("slug", flat=True))
            for name, model in VOCABULARY_FIELDS.items()
        }
        self.organisations = set(Organisation.objects.values_list("slug", flat=True))
        self.sections = {
            page.slug: page
            for page in PracticesIndexPage.objects.child_of(parent).filter(locale=locale)
        }

    def validate(self, rows, progress=None):
        errors, results, seen_ids = [], [], {}
        external_ids, related_ids, file_kinds = [], set(), {}
        for _number, data in rows:
            if isinstance(data.get("external_id"), str):
                external_id = data["external_id"].strip()
                external_ids.append(external_id)
                file_kinds.setdefault(external_id, _raw_kind(data))
            related_ids.update(_as_list(data.get("related_case_studies")))
        existing, elsewhere = {}, {}
        for kind, model in PAGE_MODELS.items():
            existing[kind] = {
                page.external_id: page
                for page in model.objects.filter(
                    external_id__in=external_ids, locale=self.locale
                ).select_related("locale")
            }
            elsewhere[kind] = {}
            for page in (
                model.objects.filter(external_id__in=external_ids)
                .exclude(locale=self.locale)
                .select_related("locale")
                .order_by("pk")
            ):
                elsewhere[kind].setdefault(page.external_id, page)
        known_ids = {
            kind: set(
                model.objects.filter(external_id__in=related_ids).values_list(
                    "external_id", flat=True
                )
            )
            for kind, model in PAGE_MODELS.items()
        }
        taken = {self.parent.pk: dict(Page.objects.child_of(self.parent).values_list("slug", "pk"))}
        for section in self.sections.values():
            taken[section.pk] = dict(Page.objects.child_of(section).values_list("slug", "pk"))

        for index, (number, data) in enumerate(rows, start=1):
            row = ImportRow(number=number, data=data)
            row_errors = self._validate_row(row)
            external_id = row.values.get("external_id")
            kind = row.values.get("type")
            if external_id:
                if external_id in seen_ids:
                    row_errors.append(
                        RowError(
                            number,
                            "external_id",
                            _("'%(value)s' is also used in row %(row)s.")
                            % {"value": external_id, "row": seen_ids[external_id]},
                        )
                    )
                seen_ids.setdefault(external_id, number)
                if kind in PAGE_MODELS:
                    other = GUIDE if kind == CASE_STUDY else CASE_STUDY
                    if external_id in existing[other] or external_id in elsewhere[other]:
                        if other == CASE_STUDY:
                            message = _(
                                "'%(value)s' is already used by a case study: "
                                "a guide needs an external id of its own."
                            )
                        else:
                            message = _(
                                "'%(value)s' is already used by a guide: "
                                "a case study needs an external id of its own."
                            )
                        row_errors.append(
                            RowError(number, "external_id", message % {"value": external_id})
                        )
            if kind == GUIDE:
                for related_id in row.values["related_case_studies"]:
                    in_file = file_kinds.get(related_id)
                    if in_file == CASE_STUDY or related_id in known_ids[CASE_STUDY]:
                        continue
                    if in_file == GUIDE or related_id in known_ids[GUIDE]:
                        message = _("'%(value)s' is a guide, not a case study.")
                    else:
                        message = _(
                            "no case study with the external id '%(value)s' "
                            "in the database or in this file."
                        )
                    row_errors.append(
                        RowError(number, "related_case_studies", message % {"value": related_id})
                    )
            if not row_errors:
                row_errors += self._resolve(row, existing[kind], elsewhere[kind], taken)
            errors += row_errors
            results.append(row)
            if progress and index % PROGRESS_EVERY == 0:
                progress(
                    _("Checked %(done)s of %(total)s rows…") % {"done": index, "total": len(rows)}
                )
        return results, errors

    # One row, without the database except the preloaded sets.
    def _validate_row(self, row):
        data, number, values = row.data, row.number, row.values
        errors = []

        def error(name, message):
            errors.append(RowError(number, name, message))

        if "__extra__" in data:
            error("", _("this row has more cells than the header has columns."))
            return errors
        if "__not_object__" in data:
            error("", _("each record must be an object with named fields."))
            return errors

        for name in ALL_FIELDS:
            value = data.get(name)
            if name in LIST_FIELDS:
                values[name] = _as_list(value)
            elif name in STRUCTURED_FIELDS:
                continue
            elif value is None:
                values[name] = ""
            elif isinstance(value, str | int | float):
                values[name] = str(value).strip()
            else:
                error(name, _("must be text."))
        if errors:
            return errors

        kind = values["type"].lower() or CASE_STUDY
        if kind not in PAGE_MODELS:
            error(
                "type",
                _("'%(value)s' is not a type: use case-study or guide.")
                % {"value": values["type"]},
            )
            kind = ""
        values["type"] = kind
        if kind == CASE_STUDY:
            other_fields = GUIDE_ONLY_FIELDS
            message = _(
                "is only for guides: leave it empty on a case study row (or set type to guide)."
            )
        else:
            other_fields = CASE_STUDY_ONLY_FIELDS if kind == GUIDE else ()
            message = _("is only for case studies: leave it empty on a guide row.")
        for name in other_fields:
            if _filled(data.get(name)):
                error(name, message)

        step_errors = []
        if kind == GUIDE:
            values["steps"], step_errors = _parse_steps(data.get("steps"))
            for text in step_errors:
                error("steps", text)
            values["checklist"], checklist_errors = _parse_checklist(data.get("checklist"))
            for text in checklist_errors:
                error("checklist", text)
            values["related_case_studies"] = list(dict.fromkeys(values["related_case_studies"]))
        required = COMMON_REQUIRED_FIELDS + TYPE_REQUIRED_FIELDS.get(kind, ())
        for name in required:
            if not values.get(name) and not (name == "steps" and step_errors):
                error(name, _("is required."))
        if values["external_id"] and not EXTERNAL_ID_RE.match(values["external_id"]):
            error(
                "external_id",
                _("use up to 100 letters, digits, dots, colons, dashes or underscores."),
            )
        for name, max_length in TEXT_FIELDS.items():
            if max_length and len(values.get(name, "")) > max_length:
                error(
                    name,
                    _("is too long (%(length)s characters, at most %(max)s).")
                    % {"length": len(values[name]), "max": max_length},
                )
        if values["slug"]:
            try:
                validate_unicode_slug(values["slug"])
            except ValidationError:
                error("slug", _("use only letters, digits, dashes and underscores."))
        elif values["title"]:
            values["slug"] = slugify(values["title"], allow_unicode=True)[:255]
        country = values["country"].upper()
        if country and country not in COUNTRY_CODES:
            error(
                "country",
                _("'%(value)s' is not a known ISO country code (e.g. DK, ES).")
                % {"value": values["country"]},
            )
        values["country"] = country
        for name in ("publication_date", "last_reviewed"):
            if values[name]:
                try:
                    values[name] = datetime.date.fromisoformat(values[name])
                except ValueError:
                    error(
                        name,
                        _("'%(value)s' is not a date in the form YYYY-MM-DD.")
                        % {"value": values[name]},
                    )
            else:
                values[name] = None
        if (
            isinstance(values["publication_date"], datetime.date)
            and isinstance(values["last_reviewed"], datetime.date)
            and values["last_reviewed"] < values["publication_date"]
        ):
            error("last_reviewed", _("is before the publication date."))
        if values["last_reviewed"] and not values["review_owner"]:
            # The page's own validation refuses a review date without a reviewer.
            error("review_owner", _("is required when last_reviewed is set."))
        languages = dict(settings.LANGUAGES)
        if values["original_language"] and values["original_language"] not in languages:
            error(
                "original_language",
                _("'%(value)s' is not one of %(choices)s.")
                % {"value": values["original_language"], "choices": ", ".join(languages)},
            )
        shared_vocabularies = ("topics", "stages")
        for name, known in self.vocabularies.items():
            if kind != CASE_STUDY and name not in shared_vocabularies:
                continue
            unknown = [slug for slug in values[name] if slug not in known]
            if unknown:
                error(name, _("unknown value(s): %(values)s.") % {"values": ", ".join(unknown)})
        values["tags"] = [str(tag).strip()[:100] for tag in values["tags"] if str(tag).strip()]
        if values["section"] and values["section"] not in self.sections:
            error(
                "section",
                _("no sub-section '%(section)s' under '%(title)s' in this language.")
                % {"section": values["section"], "title": self.parent.title},
            )
        if kind == CASE_STUDY:
            self._validate_case_study(values, data, error)
        elif kind == GUIDE:
            for name, choices in (
                ("audience", GuidePage.AUDIENCE_CHOICES),
                ("difficulty", GuidePage.DIFFICULTY_CHOICES),
            ):
                allowed = [choice for choice, _label in choices]
                if values[name] and values[name] not in allowed:
                    if name == "audience":
                        message = _("'%(value)s' is not an audience: use one of %(choices)s.")
                    else:
                        message = _("'%(value)s' is not a difficulty: use one of %(choices)s.")
                    error(name, message % {"value": values[name], "choices": ", ".join(allowed)})
        return errors

    def _validate_case_study(self, values, data, error):
        if values["year"]:
            try:
                year = int(values["year"])
                if not 1990 <= year <= 2100:
                    raise ValueError
                values["year"] = year
            except ValueError:
                error(
                    "year",
                    _("'%(value)s' is not a year between 1990 and 2100.")
                    % {"value": values["year"]},
                )
        else:
            values["year"] = None
        if values["contact_email"]:
            try:
                validate_email(values["contact_email"])
            except ValidationError:
                error(
                    "contact_email",
                    _("'%(value)s' is not an e-mail address.") % {"value": values["contact_email"]},
                )
        unknown = [slug for slug in values["organisations"] if slug not in self.organisations]
        if unknown:
            error(
                "organisations",
                _("unknown organisation(s): %(names)s (create them in the admin first).")
                % {"names": ", ".join(unknown)},
            )
        sdgs = []
        for item in values["sdgs"]:
            try:
                number_ = int(item)
            except (TypeError, ValueError):
                number_ = None
            if number_ not in SDG_NUMBERS:
                error("sdgs", _("'%(value)s' is not a goal number from 1 to 17.") % {"value": item})
            else:
                sdgs.append(number_)
        values["sdgs"] = sorted(set(sdgs))
        for name in RICH_TEXT_FIELDS:
            values[name] = _as_html(values[name])
        metrics, metric_errors = _parse_metrics(data.get("metrics"))
        values["metrics"] = metrics
        for message in metric_errors:
            error("metrics", message)

    def _resolve(self, row, existing, elsewhere, taken):
        """Decide create / update / translate, and check slugs do not clash."""
        values = row.values
        errors = []
        page = existing.get(values["external_id"])
        parent = self.sections.get(values["section"], self.parent)
        if page is not None:
            row.action, row.existing = "update", page
            row.parent = page.get_parent()
            parent_pk = row.parent.pk
            own_pk = page.pk
        elif values["external_id"] in elsewhere:
            source = elsewhere[values["external_id"]]
            source_parent = source.get_parent()
            translated_parent = source_parent.get_translations().filter(locale=self.locale).first()
            if translated_parent is None:
                errors.append(
                    RowError(
                        row.number,
                        "external_id",
                        _(
                            "'%(value)s' exists in %(source_language)s but its section "
                            "'%(section)s' is not translated into %(language)s yet."
                        )
                        % {
                            "value": values["external_id"],
                            "source_language": source.locale.language_code,
                            "section": source_parent.title,
                            "language": self.locale.language_code,
                        },
                    )
                )
                return errors
            row.action, row.source, row.parent = "translate", source, translated_parent
            parent_pk, own_pk = translated_parent.pk, None
            if parent_pk not in taken:
                taken[parent_pk] = dict(
                    Page.objects.child_of(translated_parent).values_list("slug", "pk")
                )
        else:
            row.action, row.parent = "create", parent
            parent_pk, own_pk = parent.pk, None
        siblings = taken.setdefault(parent_pk, {})
        holder = siblings.get(values["slug"])
        if holder is not None and holder != own_pk:
            if isinstance(holder, tuple):
                message = _("'%(value)s' is already used by row %(row)s in the same section.") % {
                    "value": values["slug"],
                    "row": holder[1],
                }
            else:
                message = _(
                    "'%(value)s' is already used by an existing page in the same section."
                ) % {"value": values["slug"]}
            errors.append(RowError(row.number, "slug", message))
        else:
            siblings[values["slug"]] = own_pk if own_pk else ("row", row.number)
        return errors


def _as_list(value):
    if value is None or value == "":
        return []
    if isinstance(value, list):
        return [str(item).strip() for item in value if str(item).strip()]
    return [item.strip() for item in str(value).split(";") if item.strip()]


def _raw_kind(data):
    """The type a record declares, before validation (used to find case studies in the file)."""
    kind = data.get("type")
    if kind is None:
        return CASE_STUDY
    return str(kind).strip().lower() or CASE_STUDY


def _filled(value):
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, list | dict):
        return bool(value)
    return True


def _bar_separated(raw):
    """The items of a list field: a JSON list as it is, CSV text 'item | item' split on the bars,
    [] when empty; None when the value is neither (the caller reports it)."""
    if raw in (None, "", []):
        return []
    if isinstance(raw, str):
        return [part.strip() for part in raw.split("|") if part.strip()]
    if isinstance(raw, list):
        return raw
    return None


def _parse_steps(raw):
    """Steps as a JSON list of {"title", "text", "tip"} objects (or "title: text" strings), or as
    CSV text 'title: text | title: text'. Returns ([{title, text, tip}], [error messages])."""
    items = _bar_separated(raw)
    if items is None:
        return [], [_("must be a list of steps.")]
    steps, errors = [], []
    for position, item in enumerate(items, start=1):
        if isinstance(item, str):
            title, separator, text = item.partition(":")
            if not separator or not title.strip() or not text.strip():
                errors.append(
                    _("step %(number)s: '%(text)s' must be written 'title: text'.")
                    % {"number": position, "text": item.strip()}
                )
                continue
            step = {"title": title.strip(), "text": text.strip(), "tip": ""}
        elif isinstance(item, dict):
            unknown = sorted(set(item) - {"title", "text", "tip"})
            if unknown:
                errors.append(
                    _("step %(number)s: unknown field(s) %(names)s (use title, text and tip).")
                    % {"number": position, "names": ", ".join(unknown)}
                )
            step = {
                name: str(item.get(name) if item.get(name) is not None else "").strip()
                for name in ("title", "text", "tip")
            }
            if not step["title"] or not step["text"]:
                errors.append(_("step %(number)s needs a title and a text.") % {"number": position})
                continue
        else:
            errors.append(
                _("step %(number)s must be an object with a title and a text.")
                % {"number": position}
            )
            continue
        for name, max_length in (("title", STEP_TITLE_MAX), ("tip", STEP_TIP_MAX)):
            if len(step[name]) > max_length:
                if name == "title":
                    message = _(
                        "step %(number)s: the title is too long "
                        "(%(length)s characters, at most %(max)s)."
                    )
                else:
                    message = _(
                        "step %(number)s: the tip is too long "
                        "(%(length)s characters, at most %(max)s)."
                    )
                errors.append(
                    message % {"number": position, "length": len(step[name]), "max": max_length}
                )
        step["text"] = _as_html(step["text"])
        steps.append(step)
    return steps, errors


def _parse_checklist(raw):
    """Checklist items as a JSON list of strings, or as CSV text 'item | item'."""
    items = _bar_separated(raw)
    if items is None:
        return [], [_("must be a list of items.")]
    checklist, errors = [], []
    for position, item in enumerate(items, start=1):
        if not isinstance(item, str | int | float) or not str(item).strip():
            errors.append(_("item %(number)s must be text.") % {"number": position})
            continue
        text = str(item).strip()
        if len(text) > CHECKLIST_ITEM_MAX:
            errors.append(
                _("item %(number)s is too long (%(length)s characters, at most %(max)s).")
                % {"number": position, "length": len(text), "max": CHECKLIST_ITEM_MAX}
            )
        checklist.append(text)
    return checklist, errors


def _as_html(text):
    """Rich text cells may hold HTML; plain text becomes paragraphs (blank lines separate them)."""
    text = (text or "").strip()
    if not text or text.startswith("<"):
        return text
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    return "".join(f"<p>{escape(p)}</p>" for p in paragraphs)


def _parse_metrics(raw):
    """Metrics as a JSON list of objects, or as CSV text 'label | value | unit | baseline; …'."""
    if raw in (None, "", []):
        return [], []
    items, errors = [], []
    if isinstance(raw, str):
        for part in [p for p in raw.split(";") if p.strip()]:
            cells = [c.strip() for c in part.split("|")]
            if len(cells) not in (3, 4):
                errors.append(
                    _(
                        "'%(text)s' must be 'label | value | unit' or "
                        "'label | value | unit | baseline'."
                    )
                    % {"text": part.strip()}
                )
                continue
            items.append(dict(zip(("label", "value", "unit", "baseline"), cells, strict=False)))
    elif isinstance(raw, list):
        items = raw
    else:
        return [], [_("must be a list of metrics.")]
    metrics = []
    for position, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            errors.append(
                _("metric %(number)s must be an object with label, value and unit.")
                % {"number": position}
            )
            continue
        label = str(item.get("label") or "").strip()
        unit = str(item.get("unit") or "").strip()
        baseline = str(item.get("baseline") or "").strip()
        raw_value = str(item.get("value") if item.get("value") is not None else "").strip()
        try:
            value = Decimal(raw_value.replace(",", ".").replace(" ", "")) if raw_value else None
            if value is not None and not value.is_finite():
                raise InvalidOperation
        except InvalidOperation:
            value = None
            errors.append(
                _("metric %(number)s: '%(value)s' is not a number.")
                % {"number": position, "value": raw_value}
            )
        missing = _missing_metric_parts(not label, not unit, not raw_value)
        if missing:
            errors.append(missing % {"number": position})
        if len(label) > 250 or len(unit) > 60 or len(baseline) > 120:
            errors.append(
                _("metric %(number)s: label, unit or baseline is too long.") % {"number": position}
            )
        metrics.append({"label": label, "value": value, "unit": unit, "baseline": baseline})
    return metrics, errors


def _missing_metric_parts(no_label, no_unit, no_value):
    """The message for a metric that lacks some of its parts ("" when nothing is missing),
    written out whole for each combination so that it can be translated."""
    messages = {
        (True, False, False): _("metric %(number)s needs a label."),
        (False, True, False): _("metric %(number)s needs a unit."),
        (False, False, True): _("metric %(number)s needs a value."),
        (True, True, False): _("metric %(number)s needs a label and a unit."),
        (True, False, True): _("metric %(number)s needs a label and a value."),
        (False, True, True): _("metric %(number)s needs a unit and a value."),
        (True, True, True): _("metric %(number)s needs a label and a unit and a value."),
    }
    return messages.get((no_label, no_unit, no_value), "")


# Writing -------------------------------------------------------------------------------------


def write_rows(rows, locale, progress=None):
    """Create, translate or update each row's page and publish it, all or nothing.

    Case studies are written before guides, so that a guide can link to a case study of the same
    file wherever it is in the file."""
    counts = {"create": 0, "update": 0, "translate": 0}
    ordered = sorted(rows, key=lambda row: row.values["type"] == GUIDE)
    with transaction.atomic():
        lookups = {name: _entries(model, locale) for name, model in VOCABULARY_FIELDS.items()}
        organisations = {org.slug: org for org in Organisation.objects.all()}
        case_studies = _case_studies_by_id(
            {
                related_id
                for row in rows
                if row.values["type"] == GUIDE
                for related_id in row.values["related_case_studies"]
            },
            locale,
        )
        for index, row in enumerate(ordered, start=1):
            page = _write_row(row, locale, lookups, organisations, case_studies)
            if row.values["type"] == CASE_STUDY:
                case_studies[page.external_id] = page
            counts[row.action] += 1
            if progress and index % PROGRESS_EVERY == 0:
                progress(
                    _("Imported %(done)s of %(total)s rows…") % {"done": index, "total": len(rows)}
                )
    return counts


def _case_studies_by_id(external_ids, locale):
    """{external_id: case study} preferring the target language, then the default language."""
    default = Locale.get_default()

    def rank(page):
        return 0 if page.locale_id == locale.pk else 1 if page.locale_id == default.pk else 2

    found = {}
    for page in CaseStudyPage.objects.filter(external_id__in=external_ids).order_by("pk"):
        current = found.get(page.external_id)
        if current is None or rank(page) < rank(current):
            found[page.external_id] = page
    return found


def _entries(model, locale):
    """{slug: entry} preferring the target language's entries, then the default language's."""
    entries = {}
    default = Locale.get_default()
    for entry in model.objects.filter(locale__in=[locale, default]).order_by("pk"):
        if entry.slug not in entries or entry.locale_id == locale.pk:
            entries[entry.slug] = entry
    for entry in model.objects.exclude(locale__in=[locale, default]):
        entries.setdefault(entry.slug, entry)
    return entries


COMMON_PAGE_FIELDS = (
    "title",
    "slug",
    "summary",
    "country",
    "region",
    "author",
    "original_language",
    "publication_date",
    "last_reviewed",
    "review_owner",
    "external_id",
)
PAGE_FIELDS = {
    CASE_STUDY: (
        *COMMON_PAGE_FIELDS,
        "year",
        "sdgs",
        "contact_name",
        "contact_role",
        "contact_email",
        *RICH_TEXT_FIELDS,
    ),
    GUIDE: (*COMMON_PAGE_FIELDS, "audience", "difficulty", "time_to_implement"),
}


def _write_row(row, locale, lookups, organisations, case_studies):
    values = row.values
    kind = values["type"]
    if row.action == "update":
        page = row.existing
    elif row.action == "translate":
        page = row.source.copy_for_translation(locale, copy_parents=False, alias=False).specific
    else:
        page = PAGE_MODELS[kind](locale=locale, slug=values["slug"], title=values["title"])
    for name in PAGE_FIELDS[kind]:
        setattr(page, name, values[name])
    if kind == GUIDE:
        # Raw stream data, as the demo loader writes it; the page is validated when saved.
        page.steps = json.dumps([{"type": "step", "value": step} for step in values["steps"]])
        page.checklist = json.dumps(
            [{"type": "item", "value": item} for item in values["checklist"]]
        )
    if row.action == "create":
        row.parent.add_child(instance=page)
    for name, entries in lookups.items():
        if kind == CASE_STUDY or name in ("topics", "stages"):
            getattr(page, name).set([entries[slug] for slug in values[name]])
    page.tags.set(values["tags"], clear=True)
    if kind == CASE_STUDY:
        page.organisations.set([organisations[slug] for slug in values["organisations"]])
        page.metrics = [
            CaseStudyMetric(locale=locale, sort_order=position, **metric)
            for position, metric in enumerate(values["metrics"])
        ]
    else:
        page.related_case_studies = [
            GuideRelatedCaseStudy(case_study=case_studies[external_id], sort_order=position)
            for position, external_id in enumerate(values["related_case_studies"])
        ]
    page.save_revision().publish()
    return page
