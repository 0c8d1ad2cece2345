"""Bulk import of case studies from CSV or JSON (see practices/IMPORT_FORMAT.md).

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
from wagtail.models import Locale, Page

from practices.countries import COUNTRY_CODES
from practices.models import (
    CaseStudyMetric,
    CaseStudyPage,
    CircularStrategy,
    DigitalTechnology,
    Organisation,
    PracticesIndexPage,
    Topic,
    ValueChainStage,
)
from practices.sdgs import SDG_NUMBERS

REQUIRED_FIELDS = ("external_id", "title", "summary", "challenge", "solution")
TEXT_FIELDS = {
    # name: max length (None: unlimited)
    "title": 255,
    "summary": 600,
    "region": 120,
    "author": 200,
    "review_owner": 200,
    "contact_name": 200,
    "contact_role": 200,
}
RICH_TEXT_FIELDS = ("challenge", "solution", "results", "lessons_learned", "how_to_replicate")
VOCABULARY_FIELDS = {
    "topics": Topic,
    "stages": ValueChainStage,
    "strategies": CircularStrategy,
    "technologies": DigitalTechnology,
}
LIST_FIELDS = ("organisations", "topics", "stages", "strategies", "technologies", "sdgs", "tags")
ALL_FIELDS = (
    "external_id",
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
        where = f"row {self.row}" + (f", field '{self.field}'" if self.field else "")
        return f"{where}: {self.message}"


@dataclass
class ImportRow:
    number: int
    data: dict
    values: dict = field(default_factory=dict)  # cleaned values
    action: str = ""  # "create", "update" or "translate"
    existing: CaseStudyPage | None = None
    source: CaseStudyPage | None = None
    parent: Page | None = None


# Reading -------------------------------------------------------------------------------------


def read_rows(path, file_format=None):
    """[(row number, {field: raw value})] from a CSV or JSON file; raises ImportFileError."""
    file_format = (file_format or _format_from_name(path)).lower()
    try:
        with open(path, "rb") as handle:
            raw = handle.read()
    except FileNotFoundError as exc:
        raise ImportFileError(f"File not found: {path}") from exc
    except IsADirectoryError as exc:
        raise ImportFileError(f"{path} is a directory, not a file.") from exc
    except OSError as exc:
        raise ImportFileError(f"Cannot read {path}: {exc.strerror}") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFileError(
            f"{path} is not UTF-8 text (invalid byte at position {exc.start}). "
            "Save the file as UTF-8 (in a spreadsheet: 'CSV UTF-8')."
        ) from exc
    if file_format == "csv":
        return _read_csv(text)
    if file_format == "json":
        return _read_json(text)
    raise ImportFileError(f"Unknown format {file_format!r}: use a .csv or .json file.")


def _format_from_name(path):
    name = str(path).lower()
    if name.endswith(".csv"):
        return "csv"
    if name.endswith(".json"):
        return "json"
    raise ImportFileError(
        f"Cannot tell the format of {path}: name it .csv or .json, or pass --format."
    )


def _check_columns(columns, where):
    unknown = sorted(set(columns) - set(ALL_FIELDS))
    if unknown:
        raise ImportFileError(
            f"Unknown column(s) {where}: {', '.join(unknown)}. "
            f"Allowed columns: {', '.join(ALL_FIELDS)}."
        )
    missing = [name for name in REQUIRED_FIELDS if name not in columns]
    if missing:
        raise ImportFileError(f"Missing required column(s) {where}: {', '.join(missing)}.")


def _read_csv(text):
    try:
        dialect = csv.Sniffer().sniff(text.split("\n", 1)[0], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(io.StringIO(text, newline=""), dialect=dialect)
    if not reader.fieldnames:
        raise ImportFileError("The CSV file is empty: the first line must name the columns.")
    columns = [name.strip() for name in reader.fieldnames]
    _check_columns(columns, "in the header")
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
            f"The CSV file is malformed near line {reader.line_num}: {exc}"
        ) from exc
    return rows


def _read_json(text):
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFileError(
            f"The JSON file is invalid at line {exc.lineno}, column {exc.colno}: {exc.msg}."
        ) from exc
    if isinstance(data, dict) and isinstance(data.get("case_studies"), list):
        data = data["case_studies"]
    if not isinstance(data, list):
        raise ImportFileError(
            'The JSON file must hold a list of case studies, or {"case_studies": [...]}.'
        )
    rows = []
    for number, record in enumerate(data, start=1):
        if not isinstance(record, dict):
            rows.append((number, {"__not_object__": True}))
            continue
        unknown = sorted(set(record) - set(ALL_FIELDS))
        if unknown:
            raise ImportFileError(
                f"Unknown field(s) in record {number}: {', '.join(unknown)}. "
                f"Allowed fields: {', '.join(ALL_FIELDS)}."
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
        external_ids = []
        for _number, data in rows:
            if isinstance(data.get("external_id"), str):
                external_ids.append(data["external_id"].strip())
        existing = {
            page.external_id: page
            for page in CaseStudyPage.objects.filter(
                external_id__in=external_ids, locale=self.locale
            ).select_related("locale")
        }
        elsewhere = {}
        for page in (
            CaseStudyPage.objects.filter(external_id__in=external_ids)
            .exclude(locale=self.locale)
            .order_by("pk")
        ):
            elsewhere.setdefault(page.external_id, page)
        taken = {self.parent.pk: dict(Page.objects.child_of(self.parent).values_list("slug", "pk"))}
        for section in self.sections.values():
            taken[section.pk] = dict(Page.objects.child_of(section).values_list("slug", "pk"))

        for index, (number, data) in enumerate(rows, start=1):
            row = ImportRow(number=number, data=data)
            row_errors = self._validate_row(row)
            external_id = row.values.get("external_id")
            if external_id:
                if external_id in seen_ids:
                    row_errors.append(
                        RowError(
                            number,
                            "external_id",
                            f"'{external_id}' is also used in row {seen_ids[external_id]}.",
                        )
                    )
                seen_ids.setdefault(external_id, number)
            if not row_errors:
                row_errors += self._resolve(row, existing, elsewhere, taken)
            errors += row_errors
            results.append(row)
            if progress and index % PROGRESS_EVERY == 0:
                progress(f"Checked {index} of {len(rows)} rows…")
        return results, errors

    # One row, without the database except the preloaded sets.
    def _validate_row(self, row):
        data, number, values = row.data, row.number, row.values
        errors = []

        def error(name, message):
            errors.append(RowError(number, name, message))

        if "__extra__" in data:
            error("", "this row has more cells than the header has columns.")
            return errors
        if "__not_object__" in data:
            error("", "each record must be an object with named fields.")
            return errors

        for name in ALL_FIELDS:
            value = data.get(name)
            if name in LIST_FIELDS:
                values[name] = _as_list(value)
            elif name == "metrics":
                continue
            elif value is None:
                values[name] = ""
            elif isinstance(value, str | int | float):
                values[name] = str(value).strip()
            else:
                error(name, "must be text.")
        if errors:
            return errors

        for name in REQUIRED_FIELDS:
            if not values.get(name):
                error(name, "is required.")
        if values["external_id"] and not EXTERNAL_ID_RE.match(values["external_id"]):
            error(
                "external_id",
                "use up to 100 letters, digits, dots, colons, dashes or underscores.",
            )
        for name, max_length in TEXT_FIELDS.items():
            if max_length and len(values.get(name, "")) > max_length:
                error(name, f"is too long ({len(values[name])} characters, at most {max_length}).")
        if values["slug"]:
            try:
                validate_unicode_slug(values["slug"])
            except ValidationError:
                error("slug", "use only letters, digits, dashes and underscores.")
        elif values["title"]:
            values["slug"] = slugify(values["title"], allow_unicode=True)[:255]
        country = values["country"].upper()
        if country and country not in COUNTRY_CODES:
            error(
                "country", f"'{values['country']}' is not a known ISO country code (e.g. DK, ES)."
            )
        values["country"] = country
        if values["year"]:
            try:
                year = int(values["year"])
                if not 1990 <= year <= 2100:
                    raise ValueError
                values["year"] = year
            except ValueError:
                error("year", f"'{values['year']}' is not a year between 1990 and 2100.")
        else:
            values["year"] = None
        for name in ("publication_date", "last_reviewed"):
            if values[name]:
                try:
                    values[name] = datetime.date.fromisoformat(values[name])
                except ValueError:
                    error(name, f"'{values[name]}' is not a date in the form YYYY-MM-DD.")
            else:
                values[name] = None
        if (
            isinstance(values["publication_date"], datetime.date)
            and isinstance(values["last_reviewed"], datetime.date)
            and values["last_reviewed"] < values["publication_date"]
        ):
            error("last_reviewed", "is before the publication date.")
        languages = dict(settings.LANGUAGES)
        if values["original_language"] and values["original_language"] not in languages:
            error(
                "original_language",
                f"'{values['original_language']}' is not one of {', '.join(languages)}.",
            )
        if values["contact_email"]:
            try:
                validate_email(values["contact_email"])
            except ValidationError:
                error("contact_email", f"'{values['contact_email']}' is not an e-mail address.")
        for name, known in self.vocabularies.items():
            unknown = [slug for slug in values[name] if slug not in known]
            if unknown:
                error(name, f"unknown value(s): {', '.join(unknown)}.")
        unknown = [slug for slug in values["organisations"] if slug not in self.organisations]
        if unknown:
            error(
                "organisations",
                f"unknown organisation(s): {', '.join(unknown)} (create them in the admin first).",
            )
        sdgs = []
        for item in values["sdgs"]:
            try:
                number_ = int(item)
            except (TypeError, ValueError):
                number_ = None
            if number_ not in SDG_NUMBERS:
                error("sdgs", f"'{item}' is not a goal number from 1 to 17.")
            else:
                sdgs.append(number_)
        values["sdgs"] = sorted(set(sdgs))
        values["tags"] = [str(tag).strip()[:100] for tag in values["tags"] if str(tag).strip()]
        for name in RICH_TEXT_FIELDS:
            values[name] = _as_html(values[name])
        if values["section"] and values["section"] not in self.sections:
            error(
                "section",
                f"no sub-section '{values['section']}' under {self.parent.title!r} in this language.",
            )
        metrics, metric_errors = _parse_metrics(data.get("metrics"))
        values["metrics"] = metrics
        for message in metric_errors:
            error("metrics", message)
        return errors

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
                        f"'{values['external_id']}' exists in {source.locale.language_code} "
                        f"but its section '{source_parent.title}' is not translated into "
                        f"{self.locale.language_code} yet.",
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
            where = f"row {holder[1]}" if isinstance(holder, tuple) else "an existing page"
            errors.append(
                RowError(
                    row.number,
                    "slug",
                    f"'{values['slug']}' is already used by {where} in the same section.",
                )
            )
        else:
            siblings[values["slug"]] = own_pk if own_pk else ("row", row.number)
        return errors


def _as_list(value):
    if value is None or value == "":
        return []
    if isinstance(value, list):
        return [str(item).strip() for item in value if str(item).strip()]
    return [item.strip() for item in str(value).split(";") if item.strip()]


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
                    f"'{part.strip()}' must be 'label | value | unit' or 'label | value | unit | baseline'."
                )
                continue
            items.append(dict(zip(("label", "value", "unit", "baseline"), cells, strict=False)))
    elif isinstance(raw, list):
        items = raw
    else:
        return [], ["must be a list of metrics."]
    metrics = []
    for position, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            errors.append(f"metric {position} must be an object with label, value and unit.")
            continue
        label = str(item.get("label") or "").strip()
        unit = str(item.get("unit") or "").strip()
        baseline = str(item.get("baseline") or "").strip()
        raw_value = str(item.get("value") if item.get("value") is not None else "").strip()
        problems = []
        if not label:
            problems.append("a label")
        if not unit:
            problems.append("a unit")
        try:
            value = Decimal(raw_value.replace(",", ".").replace(" ", "")) if raw_value else None
            if value is not None and not value.is_finite():
                raise InvalidOperation
        except InvalidOperation:
            value = None
            errors.append(f"metric {position}: '{raw_value}' is not a number.")
        if value is None and not raw_value:
            problems.append("a value")
        if problems:
            errors.append(f"metric {position} needs {' and '.join(problems)}.")
        if len(label) > 250 or len(unit) > 60 or len(baseline) > 120:
            errors.append(f"metric {position}: label, unit or baseline is too long.")
        metrics.append({"label": label, "value": value, "unit": unit, "baseline": baseline})
    return metrics, errors


# Writing -------------------------------------------------------------------------------------


def write_rows(rows, locale, progress=None):
    """Create, translate or update each row's page and publish it, all or nothing."""
    counts = {"create": 0, "update": 0, "translate": 0}
    with transaction.atomic():
        lookups = {name: _entries(model, locale) for name, model in VOCABULARY_FIELDS.items()}
        organisations = {org.slug: org for org in Organisation.objects.all()}
        for index, row in enumerate(rows, start=1):
            _write_row(row, locale, lookups, organisations)
            counts[row.action] += 1
            if progress and index % PROGRESS_EVERY == 0:
                progress(f"Imported {index} of {len(rows)} rows…")
    return counts


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


def _write_row(row, locale, lookups, organisations):
    values = row.values
    if row.action == "update":
        page = row.existing
    elif row.action == "translate":
        page = row.source.copy_for_translation(locale, copy_parents=False, alias=False).specific
    else:
        page = CaseStudyPage(locale=locale, slug=values["slug"], title=values["title"])
    for name in (
        "title",
        "slug",
        "summary",
        "country",
        "region",
        "year",
        "sdgs",
        "author",
        "original_language",
        "publication_date",
        "last_reviewed",
        "review_owner",
        "contact_name",
        "contact_role",
        "contact_email",
        "external_id",
        *RICH_TEXT_FIELDS,
    ):
        setattr(page, name, values[name])
    if row.action == "create":
        row.parent.add_child(instance=page)
    for name, entries in lookups.items():
        getattr(page, name).set([entries[slug] for slug in values[name]])
    page.organisations.set([organisations[slug] for slug in values["organisations"]])
    page.tags.set(values["tags"], clear=True)
    page.metrics = [
        CaseStudyMetric(locale=locale, sort_order=position, **metric)
        for position, metric in enumerate(values["metrics"])
    ]
    page.save_revision().publish()
    return page
