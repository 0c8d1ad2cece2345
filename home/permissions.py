"""Who may take a page offline: the hub's one rule on top of Wagtail's page permissions.

Wagtail's "publish" page permission also lets a user unpublish, delete live pages, move them,
make them private and give them an expiry date. On the hub, translators publish the
translations of their language but must not take pages offline, so taking offline is a right of
its own: **"publish" on the page plus the model permission ``home.unpublish_pages``** (the
Moderators hold both; translators only "publish"). A language home page (a site's root page or
one of its translations) takes more: "publish" granted *above* it, on the tree root, i.e. for the
whole site: only the Moderators (and superusers) can unpublish, delete or move a language home.

Every page model of the hub mixes in ``HubPagePermissionsMixin``, which hands Wagtail this tester
(``Page.permissions_for_user`` is meant to be overridden by page models) and the form that leaves
out the expiry date for a user who may not take the page offline. Wagtail asks the tester
everywhere: the unpublish, delete and move views, the page listing's buttons and bulk actions
(unpublish, delete, move), the editor's action menu and the privacy dialog; so nobody is offered
an action they cannot take, and a forged request gets Wagtail's own refusal.
"""

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import PagePermissionTester

UNPUBLISH_PAGES = "home.unpublish_pages"


def is_language_home(page):
    """Whether ``page`` is the root page of a site or a translation of one. Language homes are
    children of the tree root, so other pages cost no query."""
    if page.depth != 2:
        return False
    from wagtail.models import Site

    return Site.objects.filter(root_page__translation_key=page.translation_key).exists()


class HubPagePermissionTester(PagePermissionTester):
    def _publish_granted_above(self):
        """Whether the user's "publish" comes from a page above this one (for a language home:
        the tree root, the whole site)."""
        return any(
            perm.permission.codename == "publish_page"
            and len(perm.page.path) < len(self.page.path)
            and self.page.path.startswith(perm.page.path)
            for perm in self.permission_policy.get_cached_permissions_for_user(self.user)
        )

    def can_take_offline(self):
        """Whether the user may unpublish this page, delete or move it while it (or a page below
        it) is live, make it private or give it an expiry date."""
        if not self.user.is_active or self.page_is_root:
            return False
        if self.user.is_superuser:
            return True
        if "publish" not in self.permissions or not self.user.has_perm(UNPUBLISH_PAGES):
            return False
        if is_language_home(self.page):
            return self._publish_granted_above()
        return True

    def can_unpublish(self):
        return super().can_unpublish() and self.can_take_offline()

    def can_delete(self, ignore_bulk=False):
        # can_move() is can_delete(ignore_bulk=True): moving follows the same rule.
        if not super().can_delete(ignore_bulk=ignore_bulk):
            return False
        if self.can_take_offline():
            return True
        if is_language_home(self.page):
            return False
        # Like a user without "publish": only what nobody can see yet.
        return not self.page.get_descendants(inclusive=True).live().exists()

    def can_set_view_restrictions(self):
        # A password or a sign-in on a page takes it away from the public as surely as
        # unpublishing it does.
        return super().can_set_view_restrictions() and self.can_take_offline()


def may_take_offline_below(user, parent):
    """For a page not created yet: whether ``user`` may take pages below ``parent`` offline."""
    if not user.is_active:
        return False
    if user.is_superuser:
        return True
    tester = PagePermissionTester(user, parent)
    return "publish" in tester.permissions and user.has_perm(UNPUBLISH_PAGES)


class HubPageForm(WagtailAdminPageForm):
    """The admin form of every hub page: the expiry date (which unpublishes the page when it
    comes) is only there for a user who may take the page offline; for the others the field is
    left out and the page keeps the date it has."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.for_user
        if "expire_at" not in self.fields or user is None:
            return
        if self.instance.pk:
            allowed = self.instance.permissions_for_user(user).can_take_offline()
        else:
            allowed = self.parent_page is not None and may_take_offline_below(
                user, self.parent_page
            )
        if not allowed:
            del self.fields["expire_at"]


class HubPagePermissionsMixin:
    """Mixed into every page model of the hub (before ``Page``): the tester and form above."""

    base_form_class = HubPageForm

    def permissions_for_user(self, user):
        return HubPagePermissionTester(user, self)
