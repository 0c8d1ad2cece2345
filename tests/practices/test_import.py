"""manage.py import_practices: valid files, invalid files that write nothing, re-imports; case
studies and guides."""

import json
from decimal import Decimal
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from practices.models import CaseStudyPage, GuidePage
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


# Guides --------------------------------------------------------------------------------------


def guide_rows():
    return json.loads((SAMPLES / "guides.json").read_text(encoding="utf-8"))


def case_rows():
    return json.loads((SAMPLES / "case_studies.json").read_text(encoding="utf-8"))


def steps(page):
    return [
        (block.block_type, block.value["title"], block.value["text"].source, block.value["tip"])
        for block in page.steps
    ]


def import_errors(path, *args):
    err = StringIO()
    with pytest.raises(CommandError, match="nothing was imported"):
        call_command("import_practices", path, *args, stdout=StringIO(), stderr=err)
    return err.getvalue()


def test_sample_guides_json_imports_guides_with_steps_and_checklist(client, practices_index):
    run(str(SAMPLES / "case_studies.json"))
    out, _err = run(str(SAMPLES / "guides.json"))
    assert "case studies: 0, guides: 2" in out and "2 created" in out
    guide = GuidePage.objects.get(external_id="sample-guide-repair-service")
    assert guide.live and guide.get_parent().pk == practices_index.pk
    assert (guide.audience, guide.difficulty, guide.time_to_implement) == (
        "sme",
        "beginner",
        "3 to 6 months",
    )
    assert guide.country == "DK" and guide.original_language == "en"
    assert sorted(t.slug for t in guide.topics.all()) == ["repair-and-care", "resale-and-rental"]
    assert [s.slug for s in guide.stages.all()] == ["use-care"]
    assert sorted(guide.tags.names()) == ["after-sales", "pricing", "repair service"]
    found = steps(guide)
    assert len(found) == 5 and {block_type for block_type, *_rest in found} == {"step"}
    assert found[0][1] == "Find out what breaks and how often"
    # Plain text becomes paragraphs, as in the case studies' rich text fields.
    assert (
        found[0][2].startswith("<p>Go through a year of returns") and found[0][2].count("<p>") == 2
    )
    assert found[0][3].startswith("Ask shop staff") and found[1][3] == ""
    assert [block.value for block in guide.checklist][0] == (
        "At least 100 damaged garments analysed and the main faults listed"
    )
    assert len(guide.checklist) == 5
    assert [link.case_study.external_id for link in guide.related_case_studies.all()] == [
        "sample-dk-rental-workwear"
    ]
    dpp = GuidePage.objects.get(external_id="sample-guide-dpp-supplier-data")
    assert dpp.audience == "production-manager" and dpp.difficulty == "intermediate"
    assert steps(dpp)[0][2].startswith("<p>Start with a best-selling")
    html = client.get("/en/practices/set-up-a-repair-service/").content.decode()
    assert "Set up a repair service for the clothes you sell" in html
    assert "Choose who does the repairs" in html


def test_sample_guides_csv_imports(practices_index):
    run(str(SAMPLES / "case_studies.csv"))
    out, _err = run(str(SAMPLES / "guides.csv"))
    assert "case studies: 0, guides: 2" in out and "2 created" in out
    guide = GuidePage.objects.get(external_id="sample-guide-3d-sampling")
    found = steps(guide)
    assert len(found) == 5
    assert found[0][:2] == ("step", "Count what sampling costs today")
    assert found[0][2].startswith("<p>For one season, record how many physical samples")
    assert len(guide.checklist) == 5 and guide.checklist[1].value == "Two pattern makers trained"
    assert [link.case_study.external_id for link in guide.related_case_studies.all()] == [
        "sample-bg-3d-sampling"
    ]
    assert GuidePage.objects.get(external_id="sample-guide-made-to-order").last_reviewed


def test_one_file_holds_case_studies_and_guides_linked_in_any_order(tmp_path, practices_index):
    guide = guide_rows()[0]
    guide["related_case_studies"] = ["sample-es-recycled-knit", "sample-dk-rental-workwear"]
    cases = case_rows()
    cases[0]["type"] = "case-study"  # explicit; the second row relies on the default
    # The guide comes first and links to case studies defined later in the same file.
    out, _err = run(write(tmp_path, "mixed.json", [guide, *cases]))
    assert "case studies: 2, guides: 1" in out and "3 created" in out
    page = GuidePage.objects.get(external_id=guide["external_id"])
    assert [link.case_study.external_id for link in page.related_case_studies.all()] == [
        "sample-es-recycled-knit",
        "sample-dk-rental-workwear",
    ]
    assert CaseStudyPage.objects.count() == 2


def test_invalid_guide_rows_are_reported_by_row_and_field_and_nothing_is_written(
    tmp_path, practices_index
):
    cases = case_rows()
    guides = guide_rows()
    guides[0]["difficulty"] = "expert"
    guides[0]["challenge"] = "A case-study field on a guide."
    guides[1]["audience"] = "everyone"
    guides[1]["steps"] = [{"title": "A step without text"}, "No colon in this step"]
    guides[1]["related_case_studies"] = ["sample-guide-repair-service", "not-imported-yet"]
    cases[1]["checklist"] = ["A guide field on a case study"]
    report = import_errors(write(tmp_path, "bad.json", [*cases, *guides]))
    assert (
        "row 3, field 'difficulty': 'expert' is not a difficulty: use one of beginner, " in report
    )
    assert "row 3, field 'challenge': is only for case studies" in report
    assert "row 4, field 'audience': 'everyone' is not an audience: use one of sme, " in report
    assert "row 4, field 'steps': step 1 needs a title and a text." in report
    assert (
        "row 4, field 'steps': step 2: 'No colon in this step' must be written 'title: text'."
        in report
    )
    assert "row 4, field 'related_case_studies': 'sample-guide-repair-service' is a guide" in report
    assert "row 4, field 'related_case_studies': no case study with the external id " in report
    assert "row 2, field 'checklist': is only for guides" in report
    assert CaseStudyPage.objects.count() == 0 and GuidePage.objects.count() == 0


def test_guide_required_fields_and_unknown_type(tmp_path, practices_index):
    rows = guide_rows()
    for name in ("audience", "difficulty", "steps"):
        del rows[0][name]
    rows[1]["type"] = "video"
    report = import_errors(write(tmp_path, "bad.json", rows))
    for name in ("audience", "difficulty", "steps"):
        assert f"row 1, field '{name}': is required." in report
    assert "row 2, field 'type': 'video' is not a type: use case-study or guide." in report
    assert GuidePage.objects.count() == 0


def test_invalid_guide_csv_row_is_numbered_like_the_spreadsheet(tmp_path, practices_index):
    run(str(SAMPLES / "case_studies.csv"))
    csv_text = (SAMPLES / "guides.csv").read_text(encoding="utf-8")
    csv_text = csv_text.replace(",sme,intermediate,", ",sme,hard,")
    report = import_errors(write(tmp_path, "bad.csv", csv_text))
    assert "row 3, field 'difficulty': 'hard' is not a difficulty" in report
    assert GuidePage.objects.count() == 0


def test_reimport_updates_a_guide_without_duplicates(tmp_path, practices_index):
    run(str(SAMPLES / "case_studies.json"))
    rows = guide_rows()
    run(write(tmp_path, "first.json", rows))
    guide = GuidePage.objects.get(external_id="sample-guide-repair-service")
    revisions = guide.revisions.count()
    rows[0]["title"] = "Set up a repair service (updated)"
    rows[0]["difficulty"] = "intermediate"
    rows[0]["steps"] = ["Count the faults: Look at 200 returns.", "Set prices: Use the minutes."]
    rows[0]["checklist"] = ["Price list published"]
    rows[0]["related_case_studies"] = ["sample-es-recycled-knit"]
    out, _err = run(write(tmp_path, "second.json", rows))
    assert "0 created" in out and "2 updated" in out
    assert GuidePage.objects.filter(external_id="sample-guide-repair-service").count() == 1
    guide = GuidePage.objects.get(external_id="sample-guide-repair-service")
    assert guide.title == "Set up a repair service (updated)" and guide.difficulty == "intermediate"
    assert guide.live and guide.revisions.count() == revisions + 1
    assert steps(guide) == [
        ("step", "Count the faults", "<p>Look at 200 returns.</p>", ""),
        ("step", "Set prices", "<p>Use the minutes.</p>", ""),
    ]
    assert [block.value for block in guide.checklist] == ["Price list published"]
    assert [link.case_study.external_id for link in guide.related_case_studies.all()] == [
        "sample-es-recycled-knit"
    ]


def test_external_id_cannot_move_between_case_studies_and_guides(tmp_path, practices_index):
    run(str(SAMPLES / "case_studies.json"))
    run(str(SAMPLES / "guides.json"))
    rows = guide_rows()[:1]
    rows[0]["external_id"] = "sample-es-recycled-knit"
    report = import_errors(write(tmp_path, "guide.json", rows))
    assert (
        "row 1, field 'external_id': 'sample-es-recycled-knit' is already used by a case study"
        in report
    )
    rows = case_rows()[:1]
    rows[0]["external_id"] = "sample-guide-repair-service"
    report = import_errors(write(tmp_path, "case.json", rows))
    assert (
        "row 1, field 'external_id': 'sample-guide-repair-service' is already used by a guide"
        in (report)
    )
    assert CaseStudyPage.objects.count() == 2 and GuidePage.objects.count() == 2


def test_guide_translation_links_the_case_study_of_its_language(
    tmp_path, translated_homes, vocabulary
):
    index = PracticesIndexPageFactory(parent=translated_homes["en"])
    translate(index, "es", title="Prácticas", slug="practicas")
    run(str(SAMPLES / "case_studies.json"))
    run(str(SAMPLES / "guides.json"))
    cases = case_rows()[:1]
    cases[0].update(title="Punto de algodón reciclado", slug="punto-algodon-reciclado")
    guides = guide_rows()[1:]
    guides[0].update(title="Prepara los datos de tus proveedores", slug="datos-proveedores")
    out, _err = run(write(tmp_path, "es.json", [*guides, *cases]), "--locale", "es")
    assert "2 translated" in out
    spanish = GuidePage.objects.get(
        external_id="sample-guide-dpp-supplier-data", locale__language_code="es"
    )
    english = GuidePage.objects.get(
        external_id="sample-guide-dpp-supplier-data", locale__language_code="en"
    )
    assert spanish.translation_key == english.translation_key and spanish.live
    assert [
        link.case_study.locale.language_code for link in spanish.related_case_studies.all()
    ] == ["es"]
    assert [
        link.case_study.locale.language_code for link in english.related_case_studies.all()
    ] == ["en"]


def test_last_reviewed_needs_a_review_owner(tmp_path, practices_index):
    rows = guide_rows()[:1]
    rows[0]["review_owner"] = ""
    report = import_errors(write(tmp_path, "review.json", rows))
    assert "row 1, field 'review_owner': is required when last_reviewed is set." in report
