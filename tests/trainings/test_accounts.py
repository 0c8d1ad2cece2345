"""Sign up, sign in, sign out and password reset, with clear messages and forms that keep input."""

import re

from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

from tests.trainings.conftest import PASSWORD
from trainings.forms import signup_form_token

User = get_user_model()
STRONG = "Indigo-Selvedge-77"


def _signup(client, **overrides):
    data = {
        "first_name": "Ioana Popescu",
        "email": "ioana@example.ro",
        "password1": STRONG,
        "password2": STRONG,
        "form_token": signup_form_token(),
    }
    data.update(overrides)
    return client.post(reverse("trainings:signup"), data)


def test_sign_up_creates_an_account_signs_in_and_goes_to_my_learning(client, db):
    response = _signup(client, email="Ioana@Example.RO")
    assert response.status_code == 302
    assert response["Location"] == reverse("trainings:my_learning")
    user = User.objects.get()
    assert user.email == user.username == "ioana@example.ro"
    assert user.first_name == "Ioana Popescu"
    html = client.get(response["Location"]).content.decode()
    assert "Signed in as Ioana Popescu" in html


def test_sign_up_returns_to_a_safe_next_page_only(client, db):
    response = client.post(
        reverse("trainings:signup"),
        {
            "first_name": "A",
            "email": "a@example.org",
            "password1": STRONG,
            "password2": STRONG,
            "form_token": signup_form_token(),
            "next": "https://evil.example/",
        },
    )
    assert response["Location"] == reverse("trainings:my_learning")


def test_sign_up_refuses_an_email_already_used_and_keeps_what_was_typed(client, trainee):
    response = _signup(client, email="ANA@example.org", first_name="Ana Again")
    assert response.status_code == 400
    html = response.content.decode()
    assert "An account with this e-mail address already exists" in html
    assert 'value="Ana Again"' in html
    assert User.objects.count() == 1


def test_sign_up_applies_django_password_validators(client, db):
    response = _signup(client, password1="password", password2="password")
    assert response.status_code == 400
    html = response.content.decode()
    assert "This password is too common." in html
    assert 'value="ioana@example.ro"' in html
    response = _signup(client, password2="Something-else-99")
    assert "The two password fields didn’t match." in response.content.decode()
    response = _signup(client, password1="ioana@example.ro1", password2="ioana@example.ro1")
    assert "too similar" in response.content.decode()
    assert not User.objects.exists()


def test_sign_up_requires_a_name_and_an_email(client, db):
    response = _signup(client, first_name="  ", email="not-an-email")
    assert response.status_code == 400
    html = response.content.decode()
    assert "This field is required." in html or "Enter your name." in html
    assert "Enter a valid email address." in html


def test_sign_in_with_email_in_any_case_goes_to_my_learning(client, trainee):
    response = client.post(
        reverse("trainings:login"), {"username": "ANA@example.org", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("trainings:my_learning")


def test_sign_in_with_a_wrong_password_explains_and_keeps_the_email(client, trainee):
    response = client.post(
        reverse("trainings:login"), {"username": "ana@example.org", "password": "wrong"}
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "The e-mail address or the password is not right." in html
    assert 'value="ana@example.org"' in html


def test_sign_out_is_a_post_and_signs_the_trainee_out(trainee_client):
    assert trainee_client.get(reverse("trainings:logout")).status_code == 405
    response = trainee_client.post(reverse("trainings:logout"))
    assert response.status_code == 302
    assert trainee_client.get(reverse("trainings:my_learning")).status_code == 302


def test_my_learning_sends_anonymous_visitors_to_sign_in_in_their_language(client, db):
    response = client.get("/es/my-learning/")
    assert response.status_code == 302
    assert response["Location"].startswith("/es/accounts/login/?next=/es/my-learning/")


def test_password_reset_sends_a_link_that_sets_a_new_password(client, trainee):
    response = client.post(reverse("trainings:password_reset"), {"email": "ana@example.org"})
    assert response.status_code == 302
    assert response["Location"] == reverse("trainings:password_reset_done")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["ana@example.org"]
    found = re.search(r"http://testserver(/en/accounts/reset/\S+/)", message.body)
    assert found, message.body
    link = found.group(1)

    response = client.get(link)  # Django swaps the token for a session-held one
    assert response.status_code == 302
    form_url = response["Location"]
    response = client.post(form_url, {"new_password1": "x", "new_password2": "x"})
    assert response.status_code == 400
    assert "This password is too short." in response.content.decode()
    response = client.post(form_url, {"new_password1": STRONG, "new_password2": STRONG})
    assert response.status_code == 302
    assert response["Location"] == reverse("trainings:password_reset_complete")
    trainee.refresh_from_db()
    assert trainee.check_password(STRONG)


def test_password_reset_for_an_unknown_address_reveals_nothing_and_sends_nothing(client, db):
    response = client.post(reverse("trainings:password_reset"), {"email": "nobody@example.org"})
    assert response.status_code == 302
    assert response["Location"] == reverse("trainings:password_reset_done")
    assert mail.outbox == []


def test_an_invalid_reset_link_says_so(client, trainee):
    response = client.get("/en/accounts/reset/MQ/set-password/")
    assert response.status_code == 200
    assert "This link is not valid any more" in response.content.decode()
