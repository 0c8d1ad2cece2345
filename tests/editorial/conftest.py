"""Fixtures of the editorial tests: a small hub (English, Catalan and Spanish home pages, the
practices index and a course index) set up by ``setup_partners`` with its demo accounts, and a
helper that submits the Wagtail admin's own forms the way a browser does."""

import json
from html.parser import HTMLParser

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Page

from editorial.setup import setup_partners
from tests.conftest import publish, translate
from tests.factories.practices import CaseStudyPageFactory, PracticesIndexPageFactory
from tests.factories.trainings import CourseIndexPageFactory

PASSWORD = "clothhub-demo"


@pytest.fixture(autouse=True)
def _fresh_cache():
    from django.core.cache import caches

    caches["default"].clear()
    yield
    caches["default"].clear()


@pytest.fixture
def hub(home_page):
    """English home with Catalan and Spanish translations, a practices index (English and
    Catalan) and a course index, then ``setup_partners`` with demo users. Returns a namespace."""
    homes = {
        "en": home_page,
        "ca": translate(home_page, "ca", title="CLOTH Hub ca", hero_title="Hub ca"),
        "es": translate(home_page, "es", title="CLOTH Hub es", hero_title="Hub es"),
    }
    index = PracticesIndexPageFactory(parent=home_page)
    publish(index)
    index_ca = translate(index, "ca", title="Pràctiques", slug="practiques")
    courses = CourseIndexPageFactory(parent=home_page)
    publish(courses)
    report = setup_partners(with_demo_users=True)
    sections = report.sections
    return Hub(homes=homes, index=index, index_ca=index_ca, courses=courses, sections=sections)


class Hub:
    def __init__(self, **kwargs):
        self.__dict__.update(kwargs)

    def section(self, slug, language="en"):
        return self.sections[slug][language].specific

    def user(self, username):
        return get_user_model().objects.get(username=username)


def case_study(parent, live=True, **fields):
    """A case study below ``parent``: published, or a draft that was never published."""
    page = CaseStudyPageFactory(parent=parent, **fields)
    if live:
        return publish(page)
    page.live = False
    page.save_revision()
    Page.objects.filter(pk=page.pk).update(live=False, has_unpublished_changes=True)
    page.refresh_from_db()
    return page


@pytest.fixture
def login(client):
    """Sign in through the admin's sign-in form with the demo password, as a person does (and
    with a client address, which django-axes records)."""

    def _login(username):
        client.logout()
        response = client.post(
            reverse("wagtailadmin_login"), {"username": username, "password": PASSWORD}
        )
        assert response.status_code == 302, f"{username} could not sign in"
        return get_user_model().objects.get(username=username)

    return _login


# --- submitting the admin's forms -----------------------------------------------------------------
class _FormScraper(HTMLParser):
    """Collect the fields of the form whose action contains ``marker`` as a browser would send
    them (inputs with their values, checked boxes, selected options, textarea text)."""

    def __init__(self, marker):
        super().__init__(convert_charrefs=True)
        self.marker = marker
        self.in_form = False
        self.depth = 0
        self.data = []
        self.select = None
        self.textarea = None
        self.option = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            if self.in_form:
                self.depth += 1
            elif self.marker in (attrs.get("action") or ""):
                self.in_form = True
            return
        if not self.in_form:
            return
        if attrs.get("data-controller") == "w-block" and attrs.get("id"):
            # A StreamField, drawn by JavaScript from its value: send what the script would for
            # an empty stream (the tests' pages have none).
            arguments = json.loads(attrs.get("data-w-block-arguments-value") or "[[]]")
            if arguments and arguments[0]:
                raise NotImplementedError(f"StreamField {attrs['id']} has content")
            self.data.append((f"{attrs['id']}-count", "0"))
            return
        name = attrs.get("name")
        if tag == "input" and name and not name.startswith("action-"):
            kind = (attrs.get("type") or "text").lower()
            if kind in ("checkbox", "radio"):
                if "checked" in attrs:
                    self.data.append((name, attrs.get("value", "on")))
            elif kind not in ("submit", "button", "file", "image", "reset"):
                self.data.append((name, attrs.get("value") or ""))
        elif tag == "textarea" and name:
            self.textarea = [name, ""]
        elif tag == "select" and name:
            self.select = {
                "name": name,
                "multiple": "multiple" in attrs,
                "chosen": [],
                "first": None,
            }
        elif tag == "option" and self.select is not None:
            value = attrs.get("value")
            self.option = [value, "", "selected" in attrs]

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data
        if self.option is not None:
            self.option[1] += data

    def handle_endtag(self, tag):
        if tag == "form" and self.in_form:
            if self.depth:
                self.depth -= 1
            else:
                self.in_form = False
        elif tag == "textarea" and self.textarea is not None:
            value = self.textarea[1]
            if value.startswith("\n"):
                value = value[1:]
            self.data.append((self.textarea[0], value))
            self.textarea = None
        elif tag == "option" and self.option is not None and self.select is not None:
            value, text, selected = self.option
            value = text.strip() if value is None else value
            if self.select["first"] is None:
                self.select["first"] = value
            if selected:
                self.select["chosen"].append(value)
            self.option = None
        elif tag == "select" and self.select is not None:
            chosen = self.select["chosen"]
            if not chosen and not self.select["multiple"] and self.select["first"] is not None:
                chosen = [self.select["first"]]
            self.data += [(self.select["name"], value) for value in chosen]
            self.select = None


def scrape_form(html, marker):
    scraper = _FormScraper(marker)
    scraper.feed(html)
    assert scraper.data, f"no form with an action containing {marker!r}"
    return scraper.data


def to_post(pairs, **overrides):
    """Form pairs → a dict for the test client (lists for repeated names), with overrides."""
    data = {}
    for name, value in pairs:
        data.setdefault(name, []).append(value)
    for name, value in overrides.items():
        data[name] = value if isinstance(value, list) else [value]
    return data


def admin_form(client, url, marker=None):
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    return scrape_form(response.content.decode(), marker or url)


def rich(html):
    from wagtail.test.utils.form_data import rich_text

    return rich_text(html)


def add_case_study_url(parent):
    return reverse("wagtailadmin_pages:add", args=("practices", "casestudypage", parent.pk))


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=(page.pk,))


def create_case_study(client, parent, title, slug, action=None, **fields):
    """Fill in and send the admin's "add case study" form; ``action``: None (save draft),
    "submit" (submit for moderation) or "publish"."""
    url = add_case_study_url(parent)
    pairs = admin_form(client, url)
    values = {
        "title": title,
        "slug": slug,
        "summary": fields.pop("summary", "A denim maker repairs returned jeans."),
        "challenge": rich(fields.pop("challenge", "<p>Returned jeans were shredded.</p>")),
        "solution": rich(fields.pop("solution", "<p>An in-house repair line.</p>")),
        **fields,
    }
    if action:
        values[f"action-{action}"] = "1"
    return client.post(url, to_post(pairs, **values))


def edit_page(client, page, action=None, **fields):
    url = edit_url(page)
    pairs = admin_form(client, url)
    if action:
        fields[f"action-{action}"] = "1"
    return client.post(url, to_post(pairs, **fields))


def assert_denied(response):
    """Wagtail answers a forbidden admin action with 403, or by sending the user back to the
    dashboard with "Sorry, you do not have permission"."""
    if response.status_code == 302:
        assert response["Location"] == reverse("wagtailadmin_home"), response["Location"]
    else:
        assert response.status_code in (403, 404), response.status_code
