"""Two-factor sign-in (clothhub.twofactor, django-otp): required for staff when STAFF_2FA_REQUIRED
is on, optional for trainees; enrolment with a locally drawn QR code, the code step at sign-in,
recovery codes, and the superusers' reset."""

import re
import time

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

pytestmark = pytest.mark.django_db

SETUP = "/en/accounts/two-factor/set-up/"
VERIFY = "/en/accounts/two-factor/verify/"
MANAGE = "/en/accounts/two-factor/"


def code_for(device, step_offset=0):
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() + step_offset * device.step
    return f"{totp.token():0{device.digits}d}"


@pytest.fixture(autouse=True)
def no_device_backoff(settings):
    """django-otp also slows down a device after each wrong code (1 s, 2 s, ...); the tests give
    a right code right after a wrong one, so that back-off is off here (ours is tested)."""
    settings.OTP_TOTP_THROTTLE_FACTOR = 0
    settings.OTP_STATIC_THROTTLE_FACTOR = 0


@pytest.fixture
def required(settings):
    settings.STAFF_2FA_REQUIRED = True


@pytest.fixture
def moderator(db):
    """Not a superuser: admin access through a group, as editors, moderators and translators."""
    user = get_user_model().objects.create_user(
        username="moderator", email="mod@example.com", password="Moderator-pass-42"
    )
    group = Group.objects.create(name="Moderators (test)")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    return user


def enrol(client, next_url="/admin/"):
    """Open the set-up page, read the secret stored for it and confirm it with a right code."""
    page = client.get(SETUP, {"next": next_url})
    assert page.status_code == 200
    device = TOTPDevice.objects.get(confirmed=False)
    response = client.post(SETUP + f"?next={next_url}", {"code": code_for(device)})
    assert response.status_code == 302
    return TOTPDevice.objects.get(pk=device.pk), response


def test_staff_without_a_device_are_sent_to_enrol_before_the_admin(client, moderator, required):
    client.force_login(moderator)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"] == f"{SETUP}?next=/admin/"
    # The public site stays open to them.
    assert client.get(MANAGE).status_code == 200


def test_enrolment_shows_a_local_qr_code_and_confirms_with_a_code(client, moderator, required):
    client.force_login(moderator)
    page = client.get(SETUP, {"next": "/admin/"})
    html = page.content.decode()
    assert "<svg" in html and "<path" in html  # drawn by the site, no image from elsewhere
    device = TOTPDevice.objects.get(user=moderator, confirmed=False)
    secret = re.search(r'<code class="twofactor-secret">([A-Z2-7 ]+)</code>', html).group(1)
    assert len(secret.replace(" ", "")) == 32
    wrong = client.post(SETUP + "?next=/admin/", {"code": "000000"})
    assert wrong.status_code == 400
    assert "This code is not right" in wrong.content.decode()
    assert client.get("/admin/").status_code == 302  # still not enrolled

    response = client.post(SETUP + "?next=/admin/", {"code": code_for(device)})
    assert response.status_code == 302
    codes_page = client.get(response["Location"])
    codes = re.findall(r"<li><code>([a-z0-9]+)</code></li>", codes_page.content.decode())
    assert len(codes) == 10
    assert set(codes) == set(
        StaticToken.objects.filter(device__user=moderator).values_list("token", flat=True)
    )
    assert 'href="/admin/"' in codes_page.content.decode()
    assert client.get("/admin/").status_code == 200
    # Shown once only.
    assert client.get(response["Location"]).status_code == 302


def test_sign_in_asks_for_the_code_before_the_admin_opens(client, moderator, required):
    client.force_login(moderator)
    device, _response = enrol(client)
    client.post("/admin/logout/")

    signed_in = client.post(
        "/admin/login/", {"username": "moderator", "password": "Moderator-pass-42"}
    )
    assert signed_in.status_code == 302
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"] == f"{VERIFY}?next=/admin/"
    # Every other page waits for the code as well, except signing out.
    assert client.get("/en/my-learning/").status_code == 302
    assert client.get(MANAGE)["Location"].startswith(VERIFY)

    wrong = client.post(VERIFY + "?next=/admin/", {"code": "123456"})
    assert wrong.status_code == 400
    ok = client.post(VERIFY + "?next=/admin/", {"code": code_for(device, step_offset=1)})
    assert ok.status_code == 302
    assert ok["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_a_recovery_code_signs_in_once(client, moderator, required):
    client.force_login(moderator)
    enrol(client)
    code = StaticToken.objects.filter(device__user=moderator).first().token
    client.post("/admin/logout/")

    client.force_login(moderator)
    assert client.post(VERIFY, {"code": code.upper()}).status_code == 302
    assert client.get("/admin/").status_code == 200
    client.post("/admin/logout/")

    client.force_login(moderator)
    assert client.post(VERIFY, {"code": code}).status_code == 400
    assert client.get("/admin/").status_code == 302


def test_wrong_codes_are_limited_per_account(client, moderator, required, settings):
    settings.RATE_LIMIT_TWO_FACTOR = "3/15m"
    client.force_login(moderator)
    device, _response = enrol(client)
    client.post("/admin/logout/")
    client.force_login(moderator)
    codes = [client.post(VERIFY, {"code": "000000"}).status_code for _ in range(3)]
    assert codes == [400, 400, 429]
    refused = client.post(VERIFY, {"code": code_for(device, step_offset=1)})
    assert refused.status_code == 429
    assert "Too many wrong codes" in refused.content.decode()
    assert client.get("/admin/").status_code == 302


def test_with_the_requirement_off_staff_use_the_admin_without_a_device(client, moderator, settings):
    settings.STAFF_2FA_REQUIRED = False
    client.force_login(moderator)
    assert client.get("/admin/").status_code == 200


def test_with_the_requirement_off_an_enrolled_account_still_gives_its_code(
    client, moderator, settings
):
    settings.STAFF_2FA_REQUIRED = False
    client.force_login(moderator)
    enrol(client)
    client.post("/admin/logout/")
    client.force_login(moderator)
    assert client.get("/admin/")["Location"] == f"{VERIFY}?next=/admin/"


def test_trainees_are_not_asked_to_enrol_and_may_opt_in_and_out(client, trainee, required):
    client.force_login(trainee)
    assert client.get("/en/my-learning/").status_code == 200
    assert 'href="/en/accounts/two-factor/"' in client.get("/en/my-learning/").content.decode()
    assert "Two-factor sign-in is off" in client.get(MANAGE).content.decode()

    device, _response = enrol(client, next_url="/en/my-learning/")
    client.post("/en/accounts/logout/")
    client.post(
        "/en/accounts/login/",
        {"username": "ana@example.com", "password": "Correct-horse-battery-9"},
    )
    assert client.get("/en/my-learning/")["Location"].startswith(VERIFY)
    assert client.post(VERIFY, {"code": code_for(device, step_offset=1)}).status_code == 302
    assert client.get("/en/my-learning/").status_code == 200

    assert client.post("/en/accounts/two-factor/turn-off/").status_code == 302
    assert not TOTPDevice.objects.filter(user=trainee).exists()


def test_staff_cannot_turn_it_off_while_it_is_required(client, moderator, required):
    client.force_login(moderator)
    enrol(client)
    assert "Turn off" not in client.get(MANAGE).content.decode()
    assert client.post("/en/accounts/two-factor/turn-off/").status_code == 403
    assert TOTPDevice.objects.filter(user=moderator, confirmed=True).exists()


def test_a_superuser_resets_an_account_that_lost_its_phone(client, editor, moderator, required):
    client.force_login(moderator)
    enrol(client)
    client.post("/admin/logout/")

    # The superuser signs in with a device of their own.
    client.force_login(editor)
    enrol(client)
    listing = client.get("/admin/two-factor/")
    assert listing.status_code == 200
    assert "moderator" in listing.content.decode()
    response = client.post("/admin/two-factor/", {"user_id": moderator.pk})
    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(user=moderator).exists()
    assert not StaticToken.objects.filter(device__user=moderator).exists()
    client.post("/admin/logout/")

    # The moderator signs in with the password and is asked to enrol again.
    client.force_login(moderator)
    assert client.get("/admin/")["Location"] == f"{SETUP}?next=/admin/"


def test_only_superusers_may_reset(client, moderator):
    client.force_login(moderator)
    enrol(client)
    # Wagtail answers a permission refusal in its admin with a redirect and a message.
    assert client.get("/admin/two-factor/")["Location"] == "/admin/"
    client.post("/admin/two-factor/", {"user_id": moderator.pk})
    assert TOTPDevice.objects.filter(user=moderator).exists()
