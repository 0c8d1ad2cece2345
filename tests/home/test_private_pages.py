"""Login-restricted pages send readers to the sign-in page instead of failing."""

import pytest
from wagtail.models import PageViewRestriction

from tests.factories.home import StandardPageFactory

pytestmark = pytest.mark.django_db


def test_login_restricted_page_redirects_anonymous_readers_to_sign_in(client, home_page):
    page = StandardPageFactory(parent=home_page, slug="members", title="Members only")
    PageViewRestriction.objects.create(page=page, restriction_type="login")
    response = client.get("/en/members/")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    assert "next=/en/members/" in response["Location"]
