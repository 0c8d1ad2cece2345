"""Signing out only by POST: a link or image on another site (a GET) cannot sign anyone out."""

import pytest

pytestmark = pytest.mark.django_db


def test_a_get_of_the_admin_logout_keeps_the_session(client, editor):
    client.force_login(editor)
    response = client.get("/admin/logout/")
    assert response.status_code == 405
    assert response["Allow"] == "POST"
    assert "sessionid" not in response.cookies  # Wagtail's view would delete the cookie here
    assert client.session.get("_auth_user_id") == str(editor.pk)
    assert client.get("/admin/").status_code == 200


def test_a_post_to_the_admin_logout_signs_out(client, editor):
    client.force_login(editor)
    response = client.post("/admin/logout/")
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/").status_code == 302  # to the sign-in page


def test_the_admin_logout_needs_a_csrf_token(editor):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    assert client.post("/admin/logout/").status_code == 403
    assert client.session.get("_auth_user_id") == str(editor.pk)


def test_a_get_of_the_trainee_sign_out_keeps_the_session(client, trainee):
    client.force_login(trainee)
    assert client.get("/en/accounts/logout/").status_code == 405
    assert client.get("/en/my-learning/").status_code == 200
    assert client.post("/en/accounts/logout/").status_code == 302
    assert client.get("/en/my-learning/").status_code == 302


def test_sign_out_links_are_forms_with_a_button(client, trainee, home_page):
    client.force_login(trainee)
    html = client.get("/en/my-learning/").content.decode()
    assert '<form method="post" action="/en/accounts/logout/"' in html
    assert 'href="/en/accounts/logout/"' not in html
