"""Accessibility and HTML validity of the pages readers use most, in English and Spanish:
axe-core (WCAG 2.1 A and AA rules, injected into the page by Playwright) reports no serious or
critical violation, and the Nu Html Checker (vnu.jar, run with the machine's Java) finds no error
in the HTML as the server sent it."""

import json
import re
import shutil
import subprocess

import pytest

from tests.e2e.conftest import ARTIFACTS, E2E_DIR

pytestmark = pytest.mark.e2e

AXE = E2E_DIR / "node_modules" / "axe-core" / "axe.min.js"
VNU = E2E_DIR / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
SEARCH_TERMS = {"en": "recycled", "es": "reciclado"}


@pytest.fixture(scope="module")
def tools():
    missing = [str(path) for path in (AXE, VNU) if not path.exists()]
    if missing:
        pytest.fail(f"Missing {missing}: run `make e2e` (npm ci in e2e/).")
    if shutil.which("java") is None:
        pytest.fail("java is missing: apt-get install -y default-jre-headless")
    return AXE.read_text()


def first_link(bp, selector):
    link = bp.page.locator(selector).first
    href = link.get_attribute("href")
    assert href, f"no link matches {selector} on {bp.path()}"
    return href


def in_language(bp, path, code):
    """The address of ``path`` in language ``code``, from the page's own language switcher."""
    bp.goto(path)
    href = bp.page.locator(f'a[hreflang="{code}"]').first.get_attribute("href")
    assert href and href.startswith(f"/{code}/"), f"no {code} version of {path}"
    return href


def pages_to_check(bp, code):
    """(name, path) of the home page, practices index, a case study, a guide, a course, a lesson,
    the search page with results and the sign-in page, in language ``code``."""
    index = "/en/practices/" if code == "en" else in_language(bp, "/en/practices/", code)
    bp.goto(index + "?type=case-study")
    case_study = first_link(bp, ".practice-results h3 a, .practice-results article a")
    bp.goto(index + "?type=guide")
    guide = first_link(bp, ".practice-results h3 a, .practice-results article a")
    training = "/en/training/" if code == "en" else in_language(bp, "/en/training/", code)
    bp.goto(training)
    course = first_link(bp, f'main a[href^="{training}"]:not([href="{training}"])')
    bp.goto(course)
    lesson = first_link(bp, "main .outline a")
    return [
        ("home", f"/{code}/"),
        ("practices index", index),
        ("case study", case_study),
        ("guide", guide),
        ("course", course),
        ("lesson", lesson),
        ("search results", f"/{code}/search/?q={SEARCH_TERMS[code]}"),
        ("sign-in", f"/{code}/accounts/login/"),
    ]


def axe_violations(bp, axe_source):
    bp.page.evaluate(axe_source)
    result = bp.page.evaluate(
        """async (tags) => {
            const results = await axe.run(document, {runOnly: {type: "tag", values: tags}});
            return results.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.slice(0, 5).map(n => n.target.join(" ") + " :: " + n.html.slice(0, 160)),
            }));
        }""",
        WCAG_TAGS,
    )
    return [v for v in result if v["impact"] in ("serious", "critical")]


def vnu_errors(files):
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--errors-only", "--format", "json", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    messages = json.loads(result.stderr or result.stdout or '{"messages": []}')["messages"]
    return [m for m in messages if m.get("type") == "error" or m.get("subType") == "fatal"]


@pytest.mark.parametrize("code", ["en", "es"])
def test_main_pages_have_no_serious_accessibility_violation_and_valid_html(
    page, tools, code, tmp_path
):
    problems = []
    saved = {}
    for name, path in pages_to_check(page, code):
        response = page.goto(path)
        assert page.page.locator("html").get_attribute("lang") == code, f"{name}: lang"
        for violation in axe_violations(page, tools):
            problems.append(
                f"{name} {path}: {violation['impact']} {violation['id']}: "
                f"{violation['help']}\n      " + "\n      ".join(violation["nodes"])
            )
        slug = re.sub(r"[^a-z]+", "-", name)
        html_file = tmp_path / f"{code}-{slug}.html"
        html_file.write_bytes(response.body())
        saved[html_file.name] = (name, path)
    errors = vnu_errors(sorted(tmp_path.glob("*.html")))
    for error in errors:
        file_name = error.get("url", "").rsplit("/", 1)[-1]
        name, path = saved.get(file_name, ("?", file_name))
        problems.append(
            f"{name} {path}: HTML line {error.get('lastLine')}: {error.get('message')} "
            f"[{error.get('extract', '').strip()[:120]}]"
        )
    if problems:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        for html_file in tmp_path.glob("*.html"):
            shutil.copy(html_file, ARTIFACTS / html_file.name)
    assert not problems, "\n".join(problems)
    page.assert_no_console_errors()


def test_a_signed_in_trainee_lesson_with_a_knowledge_check_is_accessible(page, tools, new_page):
    """The lesson as a trainee sees it: enrol, progress and the check form."""
    import uuid

    p = page.page
    email = f"a11y-{uuid.uuid4().hex[:8]}@example.com"
    page.goto("/en/accounts/signup/")
    p.get_by_label("Full name").fill("Mihai Popescu")
    p.get_by_label("E-mail address").fill(email)
    p.get_by_label(re.compile(r"^Password:?$")).fill("Linen-tweed-2025!a11y")
    p.get_by_label("Password confirmation").fill("Linen-tweed-2025!a11y")
    p.locator("main form[method=post]").get_by_role("button").click()
    p.wait_for_url("**/en/my-learning/")
    page.goto("/en/training/")
    course = first_link(page, 'main a[href^="/en/training/"]:not([href="/en/training/"])')
    page.goto(course)
    p.get_by_role("button", name=re.compile("Enrol", re.I)).click()
    p.wait_for_load_state()
    problems = [f"course: {v['id']}: {v['nodes']}" for v in axe_violations(page, tools)]
    lessons = p.locator("main .outline a")
    for index in range(lessons.count()):
        if "knowledge check" in lessons.nth(index).locator("xpath=..").inner_text():
            page.goto(lessons.nth(index).get_attribute("href"))
            break
    assert p.locator(".check__form").count() >= 1
    problems += [f"lesson: {v['id']}: {v['nodes']}" for v in axe_violations(page, tools)]
    p.locator(".check__form input[type=radio]").first.check()
    p.locator(".check__form button[type=submit]").first.click()
    p.wait_for_load_state()
    problems += [f"lesson answered: {v['id']}: {v['nodes']}" for v in axe_violations(page, tools)]
    assert not problems, "\n".join(problems)
