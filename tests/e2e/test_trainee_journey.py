"""A trainee signs up, enrols in a course, completes a lesson and a knowledge check, and sees the
course progress move."""

import re
import uuid

import pytest

pytestmark = pytest.mark.e2e

PASSWORD = "Linen-tweed-2025!e2e"


def progress(p):
    text = p.locator(".progress__text").first.inner_text()
    done = re.search(r"(\d+) of (\d+)", text)
    assert done, text
    return int(done.group(1)), int(p.locator("progress").first.get_attribute("value"))


def test_a_trainee_signs_up_completes_a_lesson_and_a_check_and_sees_progress_move(page):
    p = page.page
    email = f"trainee-{uuid.uuid4().hex[:8]}@example.com"
    page.goto("/en/accounts/signup/")
    p.get_by_label("Full name").fill("Laura Vidal")
    p.get_by_label("E-mail address").fill(email)
    p.get_by_label(re.compile(r"^Password:?$")).fill(PASSWORD)
    p.get_by_label("Password confirmation").fill(PASSWORD)
    p.locator("main form[method=post]").get_by_role("button").click()
    p.wait_for_url("**/en/my-learning/")
    assert "Laura" in p.locator("main").inner_text()

    # Enrol in the first course of the training index.
    page.goto("/en/training/")
    p.locator("main").get_by_role(
        "link", name=re.compile("circular business models", re.I)
    ).first.click()
    course_url = page.path().split("#")[0]
    p.get_by_role("button", name="Enrol in this course").click()
    p.wait_for_load_state()
    lessons_done, percent = progress(p)
    assert (lessons_done, percent) == (0, 0)

    # First lesson: read it and mark it complete.
    p.get_by_role("link", name="Start the first lesson").click()
    p.get_by_role("button", name="Mark as complete").click()
    p.wait_for_load_state()
    page.goto(course_url)
    after_lesson, percent_after_lesson = progress(p)
    assert after_lesson == 1 and percent_after_lesson > 0

    # The next lesson with a knowledge check: answer until it is passed.
    lesson_links = p.locator("main .outline a")
    lesson_with_check = None
    for index in range(lesson_links.count()):
        meta = lesson_links.nth(index).locator("xpath=..").inner_text()
        if "knowledge check" in meta:
            lesson_with_check = lesson_links.nth(index).get_attribute("href")
            break
    assert lesson_with_check, "the course has a lesson with a knowledge check"
    page.goto(lesson_with_check)
    options = p.locator(".check__form input[type=radio]").count()
    assert options >= 2
    passed = False
    for option in range(options):
        p.locator(".check__form input[type=radio]").nth(option).check()
        p.locator(
            ".check__form button[type=submit]"
        ).click()  # "Check my answer", then "Answer again"
        p.wait_for_load_state()
        if p.locator(".check__result--passed").count():
            passed = True
            break
        assert p.locator(".check__result--failed").count() == 1
    assert passed, "one of the answers passes the check"
    if p.get_by_role("button", name="Mark as complete").count():
        p.get_by_role("button", name="Mark as complete").click()
        p.wait_for_load_state()

    page.goto(course_url)
    after_check, percent_after_check = progress(p)
    assert after_check == 2
    assert percent_after_check > percent_after_lesson
    page.assert_no_console_errors()
