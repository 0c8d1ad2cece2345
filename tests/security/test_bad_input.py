"""Hostile input at every public form and query parameter: overlong, malformed, script injection,
path traversal, unknown languages, invalid page numbers. Every answer is a 4xx or a normal page —
never a 500 — and no answer reflects a script unescaped.

The site under attack is small but complete: home pages in English and Spanish, a practices index
with case studies and a guide (topics, countries), a course with lessons and a knowledge check, a
certificate, and the search index filled by the publish signals. The page cache is on, as in
production, so cached answers are checked too.
"""

import re

import pytest
from django.contrib.auth import get_user_model
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import publish, translate
from tests.factories.practices import (
    CaseStudyPageFactory,
    GuidePageFactory,
    PracticesIndexPageFactory,
    TopicFactory,
)
from tests.factories.trainings import CourseIndexPageFactory, build_course
from trainings.forms import signup_form_token

pytestmark = pytest.mark.django_db

SCRIPT = "<script>alert(1)</script>"
HOSTILE = [
    SCRIPT,
    '"><script>alert(1)</script>',
    "'\"><img src=x onerror=alert(1)>",
    "javascript:alert(1)",
    "../../etc/passwd",
    "..%2F..%2Fetc%2Fpasswd",
    "/etc/passwd%00.html",
    "\x00",
    "%00",
    "%",
    "a" * 5000,
    "é" * 2000,
    "-1",
    "0",
    str(10**30),
    "abc",
    "1.5",
    "1e9",
    "",
    " ",
    "' OR 1=1 --",
    '"unbalanced',
    "(((*",
    "{{ 7*7 }}",
    "${7*7}",
    "zz",
    "xx-XX",
    "\r\nSet-Cookie: injected=1",
    "☃🧵" * 50,
]
# What must never come back raw in an HTML page.
REFLECTED = re.compile(r"<script>alert\(1\)|<img src=x onerror", re.IGNORECASE)


@pytest.fixture
def hub(home_page, shared_cache):
    """A small, complete hub (see the module docstring)."""
    translate(home_page, "es", title="CLOTH Hub", hero_title="Prácticas circulares")
    repair = TopicFactory(slug="repair-and-care", name="Repair and care")
    fibres = TopicFactory(slug="recycled-fibres", name="Recycled fibres")
    index = publish(PracticesIndexPageFactory(parent=home_page))
    case = CaseStudyPageFactory(parent=index, title="Denim repair line", topics=[repair])
    publish(case)
    publish(CaseStudyPageFactory(parent=index, title="Fibre-to-fibre pilot", topics=[fibres]))
    guide = publish(GuidePageFactory(parent=index, title="Start a repair service"))
    translate(index, "es", title="Prácticas")
    courses = publish(CourseIndexPageFactory(parent=home_page))
    course, lessons, checks = build_course(
        courses, modules=1, lessons_per_module=2, checks_in=[(0, 1)], title="Circular basics"
    )
    for page in [course, *course.get_descendants().specific()]:
        publish(page)
    user = get_user_model().objects.create_user(
        "ana@example.com", "ana@example.com", "Correct-horse-battery-9", first_name="Ana"
    )
    from trainings.models import Certificate

    certificate = Certificate.objects.create(
        user=user,
        course_key=course.translation_key,
        course=course,
        recipient_name="Ana Puig",
        course_title=course.title,
    )
    case.refresh_from_db()
    return {
        "index": index,
        "case": case,
        "guide": guide,
        "course": course.specific,
        "lessons": [lesson.specific for lesson in lessons],
        "check_lesson": next(lesson for lesson in lessons if lesson.pk in checks).specific,
        "check_id": next(iter(checks.values())),
        "user": user,
        "certificate": certificate,
    }


def assert_safe(response, what):
    status = response.status_code
    assert status < 500, f"{what}: {status}"
    content_type = response.get("Content-Type", "")
    if "html" in content_type and not getattr(response, "streaming", False):
        html = response.content.decode("utf-8", "replace")
        match = REFLECTED.search(html)
        assert match is None, (
            f"{what}: reflected unescaped: {html[max(0, match.start() - 80) : match.end() + 40]!r}"
        )
    if "Set-Cookie" in response and "injected" in response["Set-Cookie"]:
        pytest.fail(f"{what}: header injection")


def hit_all(client, path, params, extra=None):
    """GET ``path`` with each hostile value in each parameter, alone and repeated."""
    for name in params:
        for value in HOSTILE:
            query = {name: value, **(extra or {})}
            assert_safe(client.get(path, query), f"GET {path} {name}={value[:40]!r}")
        assert_safe(
            client.get(path, {name: [SCRIPT] * 200}), f"GET {path} {name} repeated 200 times"
        )


PRACTICE_PARAMS = [
    "topic",
    "tag",
    "country",
    "stage",
    "org_type",
    "type",
    "lang",
    "sort",
    "page",
    "q",
]
SEARCH_PARAMS = [
    "q",
    "page",
    "sort",
    "scope",
    "lang",
    "topic",
    "type",
    "tag",
    "country",
    "stage",
    "org_type",
]


def test_practices_index_filters(client, hub):
    url = hub["index"].url
    hit_all(client, url, PRACTICE_PARAMS)
    hit_all(client, url, ["page"], extra={"topic": "repair-and-care"})
    hit_all(client, url.replace("/en/", "/es/", 1), ["topic", "page", "lang"])


def test_practices_feed_filters(client, hub):
    hit_all(client, hub["index"].url + "feed/", PRACTICE_PARAMS)


def test_search_page_and_suggestions(client, hub):
    hit_all(client, "/en/search/", SEARCH_PARAMS, extra={"q": "repair"})
    hit_all(client, "/es/search/", ["q", "page"])
    hit_all(client, "/en/search/suggest/", ["q"])


def test_search_api(client, hub):
    hit_all(
        client,
        "/api/search/",
        SEARCH_PARAMS + ["limit", "offset", "page_size"],
        extra={"q": "repair"},
    )
    for value in HOSTILE:
        response = client.get("/api/search/", {"q": value})
        assert_safe(response, f"api q={value[:30]!r}")
        if response.status_code == 200:
            assert response["Content-Type"].startswith("application/json")


def test_wagtail_pages_api(client, hub):
    hit_all(
        client,
        "/api/v2/pages/",
        [
            "type",
            "locale",
            "limit",
            "offset",
            "search",
            "order",
            "fields",
            "child_of",
            "descendant_of",
            "translation_of",
        ],
    )
    for endpoint in ("images", "documents"):
        hit_all(client, f"/api/v2/{endpoint}/", ["limit", "offset", "search", "order", "fields"])
    for value in ["-1", "0", "abc", str(10**30), "../../etc/passwd"]:
        assert_safe(client.get(f"/api/v2/pages/{value}/"), f"api page {value}")


def test_detail_pages_ignore_or_refuse_odd_parameters(client, hub):
    for page in (hub["case"], hub["guide"], hub["course"], hub["lessons"][0]):
        hit_all(client, page.url, ["page", "lang", "q", "next"])


def test_unknown_languages_and_traversal_in_paths(client, hub):
    paths = [
        "/xx/",
        "/zz/practices/",
        "/en-gb/",
        "/EN/",
        "/en/../../etc/passwd",
        "/en/%2e%2e/%2e%2e/etc/passwd",
        "/en/practices/..%2f..%2fsettings.py",
        "/en/practices/%00/",
        "/en/" + "a" * 3000 + "/",
        "/en/<script>alert(1)</script>/",
        "/en/search/<script>/",
        "/static/../site/settings/base.py",
        "/static/%2e%2e/site/settings/base.py",
        "/media/../db.sqlite3",
        "/documents/1/../../etc/passwd",
        "/documents/abc/x.pdf",
        "/documents/99999999999999999999/x.pdf",
        "/sitemap.xml?p=abc",
        "/sitemap.xml?p=-1",
        "/sitemap.xml?p=" + str(10**30),
        "/?lang=zz",
        "/en/?lang=zz",
        "/api/search/?lang=zz&q=repair",
    ]
    for path in paths:
        assert_safe(client.get(path), f"GET {path}")


def test_garbage_language_headers_on_the_root(client, hub):
    for header in ["zz", "*;q=abc", "en;q=" + "9" * 500, "x" * 5000, "es-ES,es;q=0.9,<script>"]:
        assert_safe(
            client.get("/", HTTP_ACCEPT_LANGUAGE=header), f"Accept-Language {header[:30]!r}"
        )
    assert_safe(client.get("/", HTTP_COOKIE="django_language=zz"), "language cookie zz")


def test_sign_up_form(client, hub):
    url = "/en/accounts/signup/"
    base = {
        "first_name": "Ana",
        "email": "new@example.com",
        "password1": "Correct-horse-battery-9",
        "password2": "Correct-horse-battery-9",
        "form_token": signup_form_token(),
    }
    for field in base:
        for value in HOSTILE:
            response = client.post(
                url,
                {**base, field: value},
                REMOTE_ADDR=f"10.1.{len(value) % 250}.{HOSTILE.index(value)}",
            )
            assert_safe(response, f"sign-up {field}={value[:30]!r}")
            client.logout()
    get_user_model().objects.exclude(pk=hub["user"].pk).delete()
    assert_safe(client.get(url, {"next": "javascript:alert(1)"}), "sign-up next")


def test_sign_up_keeps_what_the_user_typed_escaped(client, hub):
    response = client.post(
        "/en/accounts/signup/",
        {"first_name": SCRIPT, "email": "not-an-email", "password1": "x", "password2": "y"},
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert SCRIPT not in html


def test_sign_in_and_password_reset_forms(client, hub):
    for value in HOSTILE:
        assert_safe(
            client.post("/en/accounts/login/", {"username": value, "password": value}),
            f"login {value[:30]!r}",
        )
        assert_safe(
            client.post("/en/accounts/password-reset/", {"email": value}),
            f"password reset {value[:30]!r}",
        )
    assert_safe(client.get("/en/accounts/login/", {"next": "//evil.example/"}), "login next")
    for uid, token in [("abc", "def"), ("<script>", "x"), ("MQ", "x" * 500), ("%00", "-1")]:
        assert_safe(client.get(f"/en/accounts/reset/{uid}/{token}/"), f"reset {uid}")


def test_certificate_verification(client, hub):
    hit_all(client, "/en/certificates/verify/", ["code"])
    for value in ["abc", "-1", "0" * 20, "../../etc/passwd", "<script>", "x" * 500, "%00"]:
        assert_safe(client.get(f"/en/certificates/verify/{value}/"), f"verify {value[:30]!r}")
    code = hub["certificate"].code
    response = client.get(f"/en/certificates/verify/{code}/")
    assert response.status_code == 200
    assert "Ana Puig" in response.content.decode()


def test_trainee_actions_with_hostile_answers(client, hub):
    lesson = hub["check_lesson"]
    check_url = f"{lesson.url}checks/{hub['check_id']}/"
    # Anonymous: sent to sign in, whatever the input.
    assert_safe(client.post(check_url, {"answer": SCRIPT}), "anonymous check")
    client.force_login(hub["user"])
    assert_safe(client.post(hub["course"].url + "enrol/"), "enrol")
    for value in HOSTILE:
        assert_safe(client.post(check_url, {"answer": value}), f"check answer {value[:30]!r}")
    assert_safe(client.post(check_url, {"answer": [SCRIPT] * 500}), "500 answers")
    for block_id in ["abc", "<script>", "x" * 300, "%00"]:
        assert_safe(
            client.post(f"{lesson.url}checks/{block_id}/", {"answer": "x"}),
            f"check id {block_id[:20]}",
        )
    assert_safe(client.get(check_url), "GET on a POST-only action")
    assert_safe(client.post(lesson.url + "complete/", {"next": "javascript:alert(1)"}), "complete")
    for value in ["abc", "<script>", "x" * 300]:
        assert_safe(
            client.get(f"/en/my-learning/certificates/{value}/"), f"own certificate {value}"
        )


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    text=st.text(min_size=0, max_size=400),
    param=st.sampled_from(["q", "page", "topic", "lang", "sort", "country", "type"]),
)
def test_random_text_in_search_and_listing_parameters(client, hub, text, param):
    text = text.replace("\x00", "")  # the test client itself refuses NUL in URLs
    for path in ("/en/search/", hub["index"].url, "/api/search/"):
        assert_safe(
            client.get(path, {param: text, "q": "repair" if param != "q" else text}),
            f"{path} {param}={text!r}",
        )


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=st.text(min_size=0, max_size=200), operator=st.sampled_from(["", "and", "or"]))
def test_random_text_in_the_pages_api_search(client, hub, text, operator):
    params = {"search": text}
    if operator:
        params["search_operator"] = operator
    assert_safe(client.get("/api/v2/pages/", params), f"api search={text!r}")


def test_feedback_form(client, hub):
    url = f"/en/feedback/{hub['case'].pk}/"
    hit_all(client, url, ["useful"])
    for field in ("useful", "comment", "website"):
        for value in HOSTILE:
            data = {"useful": "yes", "comment": "Clear and useful.", field: value}
            assert_safe(client.post(url, data), f"feedback {field}={value[:30]!r}")
    for page_id in ["0", "-1", "abc", str(10**30), "<script>"]:
        assert_safe(client.get(f"/en/feedback/{page_id}/"), f"feedback page {page_id}")
