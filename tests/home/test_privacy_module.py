"""home.privacy decides "live and public" from the database, with no cached list in between."""

from wagtail.models import Page, PageViewRestriction

from home.privacy import is_live_public, live_public, live_public_ids, visible_q
from tests.search.conftest import make_page


def test_a_restriction_on_an_ancestor_makes_the_pages_below_private(home_page):
    section = make_page(home_page, "Members area")
    inside = make_page(section, "Inside")
    outside = make_page(home_page, "Outside")
    ids = [section.pk, inside.pk, outside.pk]
    assert live_public_ids(ids) == set(ids)

    restriction = PageViewRestriction.objects.create(
        page=section, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    assert live_public_ids(ids) == {outside.pk}
    assert not is_live_public(inside)
    restriction.delete()
    assert live_public_ids(ids) == set(ids)


def test_a_draft_is_not_live_public_and_pages_below_a_draft_are_not_visible(home_page):
    section = make_page(home_page, "Section")
    inside = make_page(section, "Inside")
    section.unpublish()
    assert live_public_ids([section.pk, inside.pk]) == {inside.pk}
    visible = Page.objects.filter(pk__in=[section.pk, inside.pk]).filter(visible_q())
    assert list(visible) == []
    assert list(live_public(Page.objects.filter(pk=inside.pk))) == [inside.page_ptr]


def test_an_alias_of_a_private_page_is_private(home_page):
    source = make_page(home_page, "Source")
    alias = source.create_alias(update_slug="source-alias")
    assert live_public_ids([alias.pk]) == {alias.pk}
    PageViewRestriction.objects.create(page=source, restriction_type=PageViewRestriction.LOGIN)
    assert live_public_ids([alias.pk]) == set()
