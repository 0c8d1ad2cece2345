"""manage.py import_practices: valid files, invalid files that write nothing, re-imports."""

import json
from decimal import Decimal
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from practices.models import CaseStudyPage
from tests.conftest import translate
from tests.factories.practices import (
    CircularStrategyFactory,
    DigitalTechnologyFactory,
    PracticesIndexPageFactory,
    TopicFactory,
    ValueChainStageFactory,
)

pytestmark = pytest.mark.django_db
SAMPLES = Path(__file__).resolve().parents[2] / "practices" / "samples"

TOPICS = {
    "circular": ["recycled-fibres", "repair-and-care", "resale-and-rental", "waste-reduction"],
    "digital": [
        "digital-product-passport",
        "3d-design",
        "on-demand-production",
        "e-commerce-platforms",
    ],
}
STAGES = ["design", "raw-materials", "production", "distribution-retail", "use-care", "end-of-life"]
STRATEGIES = ["reduce", "repair", "recycle", "rental"]
TECHNOLOGIES = ["3d-design", "on-demand-production", "e-commerce", "iot", "traceability-dpp"]


@pytest.fixture
def vocabulary(locales):
    for family, slugs in TOPICS.items():
        for slug in slugs:
            TopicFactory(slug=slug, name=slug.replace("-", " ").capitalize(), family=family)
    for slug in STAGES:
        ValueChainStageFactory(slug=slug, name=slug)
    for slug in STRATEGIES:
        CircularStrategyFactory(slug=slug, name=slug)
    for slug in TECHNOLOGIES:
        DigitalTechnologyFactory(slug=slug, name=slug)


@pytest.fixture
def practices_index(home_page, vocabulary):
    return PracticesIndexPageFactory(parent=home_page)


def run(*args):
    out, err = StringIO(), StringIO()
    call_command("import_practices", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def write(tmp_path, name, content):
    path = tmp_path / name
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return str(path)


def test_sample_csv_imports_and_publishes_case_studies(client, practices_index):
    out, _err = run(str(SAMPLES / "case_studies.csv"))
    assert "2 created" in out
    page = CaseStudyPage.objects.get(external_id="sample-bg-3d-sampling")
    assert page.live and page.get_parent().pk == practices_index.pk
    assert page.country == "BG" and page.year == 2024 and page.sdgs == [9, 12]
    assert sorted(t.slug for t in page.topics.all()) == ["3d-design", "waste-reduction"]
    assert sorted(page.tags.names()) == ["3d sampling", "prototyping"]
    metrics = list(page.metrics.all())
    assert [(m.label, m.display_value, m.unit, m.baseline) for m in metrics] == [
        ("Physical samples per style", Decimal("1.7"), "samples", "5.1 before 3D"),
        ("Time to approve a style", 9, "days", "21 days before"),
    ]
    assert page.challenge.startswith("<p>Each style needed")
    # The slug is made from the title when the file leaves it empty.
    assert CaseStudyPage.objects.get(external_id="sample-ro-on-demand").slug == (
        "on-demand-production-of-school-uniforms"
    )
    html = client.get("/en/practices/3d-sampling-sofia/").content.decode()
    assert "3D sampling cuts physical samples by two thirds" in html


def test_sample_json_imports(practices_index):
    out, _err = run(str(SAMPLES / "case_studies.json"))
    assert "2 created" in out
    page = CaseStudyPage.objects.get(external_id="sample-dk-rental-workwear")
    # Plain text becomes paragraphs.
    assert page.challenge == (
        "<p>Hotels replaced uniforms every 14 months on average.</p>"
        "<p>Most were discarded for small, repairable damage.</p>"
    )


def test_reimport_updates_and_republishes_without_duplicates(tmp_path, practices_index):
    rows = json.loads((SAMPLES / "case_studies.json").read_text(encoding="utf-8"))
    run(write(tmp_path, "first.json", rows))
    page = CaseStudyPage.objects.get(external_id="sample-es-recycled-knit")
    revisions = page.revisions.count()
    rows[0]["title"] = "Recycled cotton knitwear (updated)"
    rows[0]["metrics"] = [{"label": "Cutting waste recycled", "value": 9, "unit": "t"}]
    out, _err = run(write(tmp_path, "second.json", rows))
    assert "0 created" in out and "2 updated" in out
    assert CaseStudyPage.objects.filter(external_id="sample-es-recycled-knit").count() == 1
    page.refresh_from_db()
    assert page.title == "Recycled cotton knitwear (updated)"
    assert page.live and page.revisions.count() == revisions + 1
    assert [(m.display_value, m.unit) for m in page.metrics.all()] == [(9, "t")]


def test_invalid_rows_are_all_reported_and_nothing_is_written(tmp_path, practices_index):
    rows = json.loads((SAMPLES / "case_studies.json").read_text(encoding="utf-8"))
    rows[0]["country"] = "XX"
    rows[0]["topics"] = ["recycled-fibres", "not-a-topic"]
    rows[1]["title"] = ""
    rows[1]["metrics"] = [{"label": "No unit", "value": 3}]
    rows[1]["publication_date"] = "04/11/2024"
    with pytest.raises(CommandError, match="nothing was imported"):
        run(write(tmp_path, "bad.json", rows))
    assert CaseStudyPage.objects.count() == 0
    err = StringIO()
    with pytest.raises(CommandError):
        call_command("import_practices", write(tmp_path, "bad.json", rows), stderr=err)
    report = err.getvalue()
    assert "row 1, field 'country': 'XX' is not a known ISO country code" in report
    assert "row 1, field 'topics': unknown value(s): not-a-topic." in report
    assert "row 2, field 'title': is required." in report
    assert "row 2, field 'metrics': metric 1 needs a unit." in report
    assert "row 2, field 'publication_date'" in report


def test_csv_rows_are_numbered_like_the_spreadsheet(tmp_path, practices_index):
    csv_text = (SAMPLES / "case_studies.csv").read_text(encoding="utf-8")
    csv_text = csv_text.replace(",RO,Nord-Est,2023,", ",RO,Nord-Est,20x3,")
    err = StringIO()
    with pytest.raises(CommandError):
        call_command("import_practices", write(tmp_path, "bad.csv", csv_text), stderr=err)
    assert "row 3, field 'year': '20x3' is not a year" in err.getvalue()
    assert CaseStudyPage.objects.count() == 0


def test_duplicate_external_ids_and_slugs_in_one_file_are_rejected(tmp_path, practices_index):
    rows = json.loads((SAMPLES / "case_studies.json").read_text(encoding="utf-8"))
    rows[1]["external_id"] = rows[0]["external_id"]
    err = StringIO()
    with pytest.raises(CommandError):
        call_command("import_practices", write(tmp_path, "dup.json", rows), stderr=err)
    assert "is also used in row 1" in err.getvalue()
    rows = json.loads((SAMPLES / "case_studies.json").read_text(encoding="utf-8"))
    rows[1]["slug"] = rows[0]["slug"]
    err = StringIO()
    with pytest.raises(CommandError):
        call_command("import_practices", write(tmp_path, "slug.json", rows), stderr=err)
    assert "'recycled-cotton-knitwear' is already used by row 1" in err.getvalue()
    assert CaseStudyPage.objects.count() == 0


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.json", None, "File not found"),
        ("bad.json", "[{", "The JSON file is invalid at line 1"),
        ("object.json", '{"title": "x"}', "must hold a list of case studies"),
        (
            "extra.json",
            '[{"external_id": "a", "colour": "red"}]',
            "Unknown field(s) in record 1: colour",
        ),
        (
            "extra.csv",
            "external_id,title,summary,challenge,solution,colour\n",
            "Unknown column(s) in the header: colour",
        ),
        ("short.csv", "external_id,title\n", "Missing required column(s) in the header: summary"),
        ("empty.csv", "", "The CSV file is empty"),
        ("notes.txt", "hello", "Cannot tell the format"),
    ],
)
def test_bad_files_stop_with_a_clear_message(tmp_path, practices_index, name, content, message):
    path = str(tmp_path / name) if content is None else write(tmp_path, name, content)
    with pytest.raises(CommandError, match=message.replace("(", r"\(").replace(")", r"\)")):
        run(path)


def test_file_that_is_not_utf8_is_rejected(tmp_path, practices_index):
    path = tmp_path / "latin1.csv"
    path.write_bytes(
        "external_id,title,summary,challenge,solution\nx,Caf\xe9,s,c,s\n".encode("latin-1")
    )
    with pytest.raises(CommandError, match="is not UTF-8 text"):
        run(str(path))


def test_dry_run_writes_nothing(practices_index):
    out, _err = run(str(SAMPLES / "case_studies.json"), "--dry-run")
    assert "2 to create" in out and "Nothing written" in out
    assert CaseStudyPage.objects.count() == 0


def test_progress_is_reported_on_large_files(tmp_path, practices_index):
    rows = [
        {
            "external_id": f"bulk-{n}",
            "title": f"Bulk case {n}",
            "summary": "A case.",
            "challenge": "A challenge.",
            "solution": "A solution.",
        }
        for n in range(120)
    ]
    out, err = run(write(tmp_path, "bulk.json", rows), "--dry-run")
    assert "Checked 50 of 120 rows" in err and "Checked 100 of 120 rows" in err


def test_import_into_a_locale_and_parent_creates_translations(
    tmp_path, translated_homes, vocabulary
):
    index = PracticesIndexPageFactory(parent=translated_homes["en"])
    index_es = translate(index, "es", title="Prácticas", slug="practicas")
    run(str(SAMPLES / "case_studies.json"))
    rows = json.loads((SAMPLES / "case_studies.json").read_text(encoding="utf-8"))
    rows[0].update(title="Punto de algodón reciclado", slug="punto-algodon-reciclado")
    out, _err = run(
        write(tmp_path, "es.json", rows[:1]), "--locale", "es", "--parent", "/es/practicas/"
    )
    assert "1 translated" in out
    spanish = CaseStudyPage.objects.get(
        external_id="sample-es-recycled-knit", locale__language_code="es"
    )
    english = CaseStudyPage.objects.get(
        external_id="sample-es-recycled-knit", locale__language_code="en"
    )
    assert spanish.translation_key == english.translation_key
    assert spanish.get_parent().pk == index_es.pk and spanish.live
    # Running it again updates the Spanish page.
    out, _err = run(write(tmp_path, "es.json", rows[:1]), "--locale", "es")
    assert "1 updated" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--locale", "xx"], "Unknown language 'xx'"),
        (["--parent", "999999"], "No page found for --parent"),
        (["--parent", "/en/"], "not a practices index"),
    ],
)
def test_bad_options_stop_with_a_clear_message(practices_index, args, message):
    with pytest.raises(CommandError, match=message):
        run(str(SAMPLES / "case_studies.json"), *args)
