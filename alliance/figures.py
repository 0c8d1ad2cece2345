"""The programme figures: exchanges completed against the ClusterXchange targets, participating
SMEs and stakeholders against their target, practices by country and by topic, and course
completions. Each dataset feeds a chart, a table and a CSV file.

Figures are computed on every request, in a fixed number of queries (about ten, whatever the
amount of content), so they are never stale; the anonymous page cache of the figures page is
purged when exchanges, practices, certificates or member profiles change (alliance.signals).
Only what is public is counted: live, public pages (each counted once across its translations)
and approved member profiles.
"""

import csv
import io
from dataclasses import dataclass, field

from django.apps import apps
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from alliance.charts import bar_chart
from alliance.directory import approved_profiles
from alliance.exchanges import canonical_exchange_ids, live_exchanges
from alliance.i18n import pick_language
from alliance.labels import vocabulary_labels
from alliance.models import PARTICIPANT_TYPE_CHOICES, ExchangeParticipant
from alliance.models.pages import SME
from home.privacy import public_q
from home.spreadsheets import safe_cell
from practices.countries import country_name
from practices.models import OrganisationType, PracticePage, Topic

DATASETS = (
    "exchanges",
    "participants",
    "practices-by-country",
    "practices-by-topic",
    "course-completions",
)


@dataclass
class Row:
    key: str
    label: str
    value: int
    target: int | None = None

    @property
    def percent(self):
        if not self.target:
            return None
        return round(100 * self.value / self.target)


@dataclass
class Dataset:
    key: str
    title: str
    description: str
    label_heading: str
    value_heading: str
    rows: list[Row]
    total: Row | None = None
    target_heading: str = ""
    empty_message: str = ""
    notes: list[str] = field(default_factory=list)

    @property
    def has_targets(self):
        return any(row.target for row in self.all_rows)

    @property
    def all_rows(self):
        return self.rows + ([self.total] if self.total is not None else [])

    @property
    def is_empty(self):
        return not any(row.value for row in self.all_rows)

    @property
    def chart(self):
        return bar_chart(self.rows, self.total)


def exchanges_dataset(page):
    """Exchanges completed (last day passed) per participant type: each visiting participant of a
    completed, live exchange counts once, whatever the number of languages it is published in."""
    today = timezone.localdate()
    completed_ids = canonical_exchange_ids(live_exchanges().filter(end_date__lt=today))
    counts = dict(
        ExchangeParticipant.objects.filter(page_id__in=completed_ids)
        .values("participant_type")
        .annotate(n=Count("pk"))
        .order_by()
        .values_list("participant_type", "n")
    )
    upcoming = ExchangeParticipant.objects.filter(
        page_id__in=canonical_exchange_ids(live_exchanges().filter(end_date__gte=today))
    ).count()
    targets = page.exchange_targets()
    rows = [
        Row(slug, str(label), counts.get(slug, 0), targets.get(slug))
        for slug, label in PARTICIPANT_TYPE_CHOICES
    ]
    total = Row("total", str(_("All exchanges")), sum(r.value for r in rows), sum(targets.values()))
    notes = []
    if upcoming:
        notes.append(
            ngettext(
                "%(count)s more exchange place is under way or planned and is not counted yet.",
                "%(count)s more exchange places are under way or planned and are not counted yet.",
                upcoming,
            )
            % {"count": upcoming}
        )
    return Dataset(
        key="exchanges",
        title=str(_("ClusterXchange exchanges completed against the targets")),
        description=str(
            _(
                "Each visiting organisation of a completed exchange counts once, in its programme category."
            )
        ),
        label_heading=str(_("Participant type")),
        value_heading=str(_("Exchanges completed")),
        target_heading=str(_("Target")),
        rows=rows,
        total=total,
        notes=notes,
    )


def participants_dataset(page):
    """Approved member organisations (SMEs and other stakeholders) by type, against the target."""
    labels = vocabulary_labels(OrganisationType)
    counts = dict(
        approved_profiles()
        .values("organisation__org_type__slug")
        .annotate(n=Count("pk"))
        .order_by()
        .values_list("organisation__org_type__slug", "n")
    )
    rows = [
        Row(slug, label, counts.get(slug, 0)) for slug, label in labels.items() if counts.get(slug)
    ]
    rows += [Row(slug, slug, n) for slug, n in counts.items() if slug and slug not in labels]
    if counts.get(None):
        rows.append(Row("unknown", str(_("Type not given")), counts[None]))
    total = Row(
        "total",
        str(_("All participating organisations")),
        sum(counts.values()),
        page.target_participants,
    )
    smes = counts.get(SME, 0)
    return Dataset(
        key="participants",
        title=str(_("Participating SMEs and stakeholders")),
        description=str(
            _(
                "Organisations approved as members of the alliance's directory, by type. %(smes)s of them are SMEs."
            )
        )
        % {"smes": smes},
        label_heading=str(_("Organisation type")),
        value_heading=str(_("Organisations")),
        target_heading=str(_("Target")),
        rows=rows,
        total=total,
    )


def _live_practices():
    return PracticePage.objects.live().filter(public_q())


def practices_by_country_dataset(page):
    rows = [
        Row(code, country_name(code), n)
        for code, n in _live_practices()
        .exclude(country="")
        .values("country")
        .annotate(n=Count("translation_key", distinct=True))
        .order_by()
        .values_list("country", "n")
    ]
    rows.sort(key=lambda row: (-row.value, row.label))
    return Dataset(
        key="practices-by-country",
        title=str(_("Practices by country")),
        description=str(
            _("Case studies and guides published, each counted once whatever its translations.")
        ),
        label_heading=str(_("Country")),
        value_heading=str(_("Practices")),
        rows=rows,
        empty_message=str(_("No practice has been published yet.")),
    )


def practices_by_topic_dataset(page):
    labels = vocabulary_labels(Topic)
    through = PracticePage.topics.through
    counts = dict(
        through.objects.filter(practicepage_id__in=_live_practices().values("pk"))
        .values("topic__slug")
        .annotate(n=Count("practicepage__translation_key", distinct=True))
        .order_by()
        .values_list("topic__slug", "n")
    )
    rows = [Row(slug, label, counts[slug]) for slug, label in labels.items() if counts.get(slug)]
    return Dataset(
        key="practices-by-topic",
        title=str(_("Practices by topic")),
        description=str(_("A practice with several topics counts under each of them.")),
        label_heading=str(_("Topic")),
        value_heading=str(_("Practices")),
        rows=rows,
        empty_message=str(_("No practice has been published yet.")),
    )


def course_completions_dataset(page):
    """Certificates issued per course (a certificate proves a completed course); None when the
    trainings app is not installed."""
    if not apps.is_installed("trainings"):
        return None
    from trainings.models import Certificate, CoursePage

    per_course = list(
        Certificate.objects.values("course_key")
        .annotate(n=Count("pk"))
        .order_by()
        .values_list("course_key", "n")
    )
    keys = [key for key, _n in per_course]
    titles = {}
    if keys:
        versions = {}
        for course in (
            CoursePage.objects.live().filter(translation_key__in=keys).select_related("locale")
        ):
            versions.setdefault(course.translation_key, []).append(course)
        titles = {key: pick_language(pages).title for key, pages in versions.items()}
        missing = [key for key in keys if key not in titles]
        if missing:
            for key, title in Certificate.objects.filter(course_key__in=missing).values_list(
                "course_key", "course_title"
            ):
                titles.setdefault(key, title)
    rows = [Row(str(key), titles.get(key, ""), n) for key, n in per_course]
    rows.sort(key=lambda row: (-row.value, row.label))
    total = Row("total", str(_("All courses")), sum(row.value for row in rows)) if rows else None
    return Dataset(
        key="course-completions",
        title=str(_("Course completions")),
        description=str(_("Certificates issued to trainees who completed a course.")),
        label_heading=str(_("Course")),
        value_heading=str(_("Completions")),
        rows=rows,
        total=total,
        empty_message=str(_("No course has been completed yet.")),
    )


BUILDERS = {
    "exchanges": exchanges_dataset,
    "participants": participants_dataset,
    "practices-by-country": practices_by_country_dataset,
    "practices-by-topic": practices_by_topic_dataset,
    "course-completions": course_completions_dataset,
}


def all_datasets(page):
    datasets = [BUILDERS[key](page) for key in DATASETS]
    return [dataset for dataset in datasets if dataset is not None]


def dataset(page, key):
    builder = BUILDERS.get(key)
    return builder(page) if builder else None


def to_csv(data):
    """The dataset as CSV text (UTF-8 with a byte-order mark, so spreadsheets read accents)."""
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer)
    header = [data.label_heading, data.value_heading]
    if data.has_targets:
        header.append(data.target_heading)
    writer.writerow([safe_cell(cell) for cell in header])
    for row in data.all_rows:
        line = [row.label, row.value]
        if data.has_targets:
            line.append("" if row.target is None else row.target)
        writer.writerow([safe_cell(cell) for cell in line])
    return buffer.getvalue()
