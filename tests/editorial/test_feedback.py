"""Reader feedback on practices and lessons: "Was this useful?" with an optional comment."""

import pytest
from django.test import Client
from django.urls import reverse

from editorial.models import Feedback
from tests.conftest import publish
from tests.editorial.conftest import assert_denied, case_study
from tests.factories.home import StandardPageFactory
from tests.factories.trainings import build_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def practice(hub):
    return case_study(hub.section("modacc"), title="Repairing returned jeans", slug="jeans")


def feedback_url(page, language="en"):
    return f"/{language}/feedback/{page.pk}/"


def send(client, page, **data):
    values = {"useful": "yes", "comment": "", "website": ""}
    values.update(data)
    return client.post(feedback_url(page), values)


# --- on the page ----------------------------------------------------------------------------------
def test_practice_page_asks_was_this_useful_without_a_csrf_token(practice, client):
    html = client.get(practice.url).content.decode()
    assert "Was this useful?" in html
    assert f'action="{feedback_url(practice)}"' in html
    assert "csrfmiddlewaretoken" not in html  # the page stays cacheable for everybody


def test_lesson_page_asks_was_this_useful(hub, client):
    _course, lessons, _checks = build_course(hub.courses, modules=1, lessons_per_module=1)
    lesson = lessons[0]
    html = client.get(lesson.url).content.decode()
    assert f'action="{feedback_url(lesson)}"' in html


def test_the_yes_button_opens_the_form_with_yes_chosen(practice, client):
    response = client.get(feedback_url(practice) + "?useful=yes")
    assert response.status_code == 200
    html = response.content.decode()
    assert (
        'value="yes" checked' in html
        or 'checked value="yes"' in html
        or (response.context["form"].initial["useful"] == "yes")
    )
    assert "csrfmiddlewaretoken" in html
    assert "Repairing returned jeans" in html
    for field in ("useful", "comment", "website"):
        assert f'name="{field}"' in html
    assert 'for="id_comment"' in html


# --- sending --------------------------------------------------------------------------------------
def test_sending_feedback_records_it_and_thanks_the_reader(practice, client):
    response = send(client, practice, useful="no", comment="The cost per repair is missing.")
    assert response.status_code == 302
    assert response["Location"] == f"{practice.url}?feedback=thanks#feedback"
    feedback = Feedback.objects.get()
    assert feedback.page_id == practice.pk
    assert feedback.useful is False
    assert feedback.comment == "The cost per repair is missing."
    assert feedback.status == Feedback.NEW
    html = client.get(response["Location"]).content.decode()
    assert "Thank you for your feedback" in html


def test_comments_are_never_shown_on_the_public_page(practice, client):
    send(client, practice, comment="Secret remark for the editors")
    Feedback.objects.update(status=Feedback.APPROVED)
    assert "Secret remark" not in client.get(practice.url).content.decode()


def test_missing_answer_is_a_400_with_a_message_and_keeps_the_comment(practice, client):
    response = send(client, practice, useful="", comment="Half-finished thought")
    assert response.status_code == 400
    html = response.content.decode()
    assert "Choose yes or no." in html
    assert "Half-finished thought" in html
    assert not Feedback.objects.exists()


def test_too_long_comment_is_a_400(practice, client):
    response = send(client, practice, comment="x" * 1001)
    assert response.status_code == 400
    assert not Feedback.objects.exists()


def test_unknown_answer_is_a_400(practice, client):
    assert send(client, practice, useful="maybe").status_code == 400


def test_honeypot_submissions_are_thanked_but_not_recorded(practice, client):
    response = send(client, practice, website="https://cheap-pills.example")
    assert response.status_code == 302
    assert not Feedback.objects.exists()


def test_feedback_is_rate_limited_per_address(practice, client, settings):
    settings.EDITORIAL_FEEDBACK_RATE = "3/h"
    for _ in range(3):
        assert send(client, practice).status_code == 302
    response = send(client, practice, comment="One more")
    assert response.status_code == 429
    assert "Please try again in 60 minutes." in response.content.decode()
    assert "One more" in response.content.decode()
    assert Feedback.objects.count() == 3
    other = Client(REMOTE_ADDR="192.0.2.55")
    assert send(other, practice).status_code == 302


def test_posting_without_a_csrf_token_is_refused(practice):
    client = Client(enforce_csrf_checks=True)
    assert send(client, practice).status_code == 403
    assert not Feedback.objects.exists()


def test_posting_with_the_forms_csrf_token_works(practice):
    client = Client(enforce_csrf_checks=True)
    form = client.get(feedback_url(practice) + "?useful=yes")
    token = form.context["csrf_token"]
    response = client.post(
        feedback_url(practice),
        {"useful": "yes", "comment": "", "website": "", "csrfmiddlewaretoken": str(token)},
    )
    assert response.status_code == 302
    assert Feedback.objects.count() == 1


def test_feedback_only_on_live_practices_and_lessons(hub, client):
    page = publish(StandardPageFactory(parent=hub.homes["en"]))
    draft = case_study(hub.section("modacc"), live=False, title="Draft", slug="draft")
    for target in (page, draft):
        assert client.get(feedback_url(target)).status_code == 404
        assert send(client, target).status_code == 404
    assert client.get("/en/feedback/999999/").status_code == 404
    assert not Feedback.objects.exists()


def test_feedback_form_is_never_cached(practice, client):
    response = client.get(feedback_url(practice))
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


# --- moderation in the admin ----------------------------------------------------------------------
@pytest.fixture
def received(practice, client):
    send(client, practice, useful="yes", comment="Great figures")
    send(client, practice, useful="no", comment="Buy cheap watches")
    return list(Feedback.objects.order_by("pk"))


def test_moderator_lists_feedback_with_filters(received, client, login):
    login("moderator")
    url = reverse("wagtailsnippets_editorial_feedback:list")
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Great figures" in html and "Buy cheap watches" in html
    filtered = client.get(url, {"useful": "false"}).content.decode()
    assert "Buy cheap watches" in filtered and "Great figures" not in filtered


def test_moderator_approves_and_hides_feedback(received, client, login):
    good, spam = received
    login("moderator")
    for action, item in (("approve", good), ("hide", spam)):
        url = reverse("wagtail_bulk_action", args=("editorial", "feedback", action))
        response = client.post(f"{url}?id={item.pk}")
        assert response.status_code == 302
    good.refresh_from_db()
    spam.refresh_from_db()
    assert good.status == Feedback.APPROVED and good.moderated_by.username == "moderator"
    assert spam.status == Feedback.HIDDEN
    assert list(Feedback.objects.counted()) == [good]


def test_feedback_cannot_be_added_in_the_admin(received, client, login):
    login("moderator")
    assert_denied(client.get(reverse("wagtailsnippets_editorial_feedback:add")))


def test_partner_editors_cannot_moderate_feedback(received, client, login):
    login("editor-modacc")
    assert_denied(client.get(reverse("wagtailsnippets_editorial_feedback:list")))
    url = reverse("wagtail_bulk_action", args=("editorial", "feedback", "hide"))
    client.post(f"{url}?id={received[0].pk}")
    received[0].refresh_from_db()
    assert received[0].status == Feedback.NEW


def test_sending_feedback_purges_no_cached_page(practice, client):
    """Feedback is not content: a reader's post must not empty the page cache for anyone."""
    reader = Client()
    urls = ("/en/", practice.url, "/en/practices/")
    for url in urls:
        reader.get(url)
        assert reader.get(url)["X-Cache"] == "hit"
    assert send(client, practice).status_code in (200, 302)
    assert Feedback.objects.count() == 1
    for url in urls:
        assert reader.get(url)["X-Cache"] == "hit", url
