"""An editor of a partner cluster writes a case study in the Wagtail admin and submits it; the
consortium moderator approves and publishes it; readers find it at once on the practices index
and, once the background worker has indexed it, in search.

Uses the demo accounts of the editorial setup (editor-modacc and moderator, with the demo
password) and the "Consortium moderation" workflow on the practices indexes."""

import datetime
import json
import random
import re
import string
import time
import urllib.request

import pytest

from tests.e2e.conftest import DEMO_PASSWORD

pytestmark = pytest.mark.e2e


def sign_in(bp, username):
    p = bp.page
    bp.goto("/admin/login/")
    p.get_by_label("Username").fill(username)
    p.get_by_label("Password").fill(DEMO_PASSWORD)
    with p.expect_response(
        lambda r: r.url.endswith("/admin/") and r.request.method == "GET"
    ) as dash:
        p.get_by_role("button", name="Sign in").click()
    assert dash.value.status == 200, f"{username}: the dashboard answered {dash.value.status}"


def page_id(server, slug, locale="en"):
    url = f"{server.url}/api/v2/pages/?slug={slug}&locale={locale}"
    with urllib.request.urlopen(url, timeout=10) as response:
        items = json.load(response)["items"]
    assert len(items) == 1, items
    return items[0]["id"]


def type_rich_text(p, field, text):
    p.locator(f".w-field:has(#id_{field}) .public-DraftEditor-content").first.click()
    p.keyboard.type(text)


def settle(p):
    """Let Wagtail's autosave (every 500 ms while typing) finish before a button is pressed:
    a save racing the autosave of a new page would try to create the page twice."""
    p.wait_for_timeout(1500)
    p.wait_for_load_state("networkidle")


def test_an_editor_submits_a_case_study_a_moderator_publishes_it_readers_find_it(
    page, new_page, server
):
    word = "Texlab" + "".join(random.choices(string.ascii_lowercase, k=6))
    title = f"Zero-waste pattern cutting at {word}"
    section = page_id(server, "modacc")

    # The editor writes the case study and submits it for moderation.
    editor = page
    sign_in(editor, "editor-modacc")
    p = editor.page
    editor.goto(f"/admin/pages/add/practices/casestudypage/{section}/")
    p.get_by_label(re.compile(r"^Title")).first.fill(title)
    p.locator("#id_summary").fill(
        "A Catalan knitwear maker redrew its patterns in 3D and cut fabric waste by 18 %."
    )
    type_rich_text(p, "challenge", "Cutting waste was 22 % of the fabric bought each season.")
    type_rich_text(p, "solution", "Zero-waste patterns drawn and nested in 3D CAD before cutting.")
    # Dated today (metadata tab), so that it comes first in the index (newest first).
    p.get_by_role("tab", name="Metadata").click()
    p.locator("#id_publication_date").fill(datetime.date.today().isoformat())
    p.keyboard.press("Escape")
    settle(p)
    with p.expect_navigation():
        p.locator("footer").get_by_role("button", name="Save draft").click()
    assert re.search(r"/admin/pages/\d+/edit/$", p.url), p.url
    edit_path = editor.path()
    settle(p)
    p.locator("footer .w-dropdown__toggle").first.click()
    with p.expect_navigation():
        p.get_by_role("button", name="Submit to Consortium moderation").click()
    assert "submitted for moderation" in p.locator(".messages").inner_text()
    editor.goto("/en/")  # the editor leaves the edit view (ends the editing session)

    # Not public yet.
    reader = new_page()
    reader.goto("/en/practices/")
    assert title not in reader.page.locator("main").inner_text()

    # The moderator approves and publishes.
    moderator = new_page()
    sign_in(moderator, "moderator")
    m = moderator.page
    moderator.goto(edit_path)
    settle(m)
    m.locator("footer .w-dropdown__toggle").first.click()
    with m.expect_navigation():
        m.get_by_role("button", name="Approve and Publish", exact=True).click()
    m.wait_for_load_state()
    assert title in m.locator(".messages").inner_text()  # "Page '…' has been updated."

    # Readers see it at once on the index (the page cache was purged) …
    reader.goto("/en/practices/")
    assert title in reader.page.locator("main").inner_text()
    with reader.page.expect_navigation():
        reader.page.get_by_role("link", name=title).click()
    assert reader.page.get_by_role("heading", level=1).inner_text().strip() == title
    # … and in search as soon as the task worker has updated the index.
    deadline = time.monotonic() + 60
    while True:
        reader.goto(f"/en/search/?q={word}")
        if title in reader.page.locator("main").inner_text():
            break
        assert time.monotonic() < deadline, "the new case study never appeared in search"
        time.sleep(2)
    reader.assert_no_console_errors()
