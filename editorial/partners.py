"""The five partner organisations of the alliance and the editorial roles the hub gives them.

This module is data: who the partners are, which section of the practices tree each one owns and
what each role may do. ``editorial.setup`` turns it into Wagtail groups, page and collection
permissions, a moderation workflow and (for demonstrations) user accounts.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Partner:
    slug: str  # slug of the partner's section below the practices index (same in every language)
    name: str  # proper noun, not translated
    country: str
    language: str  # the partner's working language (besides English)
    where: str  # where the partner works, for a section introduction created from scratch
    demo_username: str

    @property
    def editors_group(self) -> str:
        return f"{self.name} editors"

    @property
    def collection(self) -> str:
        return self.name


PARTNERS = [
    Partner("modacc", "Modacc", "ES", "ca", "Catalonia, Spain", "editor-modacc"),
    Partner("bfa", "Bulgarian Fashion Association (BFA)", "BG", "bg", "Bulgaria", "editor-bfa"),
    Partner(
        "ea-eco-entreprises", "EA éco-entreprises", "FR", "fr", "Provence, France", "editor-ea"
    ),
    Partner("iconic", "ICONIC", "RO", "ro", "North-East Romania", "editor-iconic"),
    Partner(
        "lifestyle-design-cluster",
        "Lifestyle & Design Cluster",
        "DK",
        "da",
        "Denmark",
        "editor-ldc",
    ),
]
PARTNERS_BY_SLUG = {partner.slug: partner for partner in PARTNERS}

# Consortium-wide roles. "Moderators" is the group Wagtail's own initial data creates; we reuse it.
MODERATORS_GROUP = "Moderators"
MODERATOR_DEMO_USERNAME = "moderator"
SHARED_COLLECTION = "Consortium (shared)"
WORKFLOW_NAME = "Consortium moderation"
TASK_NAME = "Approval by the consortium moderators"


def translators_group(language_code: str) -> str:
    return f"Translators ({language_code})"


def translator_demo_username(language_code: str) -> str:
    return f"translator-{language_code}"


# What each role may do on pages (Wagtail page permission types) --------------------------------
# Partner editors write and edit in their own section and submit for moderation: no publish, no
# unlock of others' locks, no bulk delete. (With "change" but not "publish", Wagtail lets them
# delete only drafts that were never published.)
EDITOR_PAGE_PERMISSIONS = ("add", "change", "lock")
# Translators edit and publish the translations of their language: the whole tree of that
# language's home page, and nothing in any other language.
TRANSLATOR_PAGE_PERMISSIONS = ("change", "publish", "lock", "unlock")
# Moderators answer for everything that goes live: every permission except bulk delete.
MODERATOR_PAGE_PERMISSIONS = ("add", "change", "publish", "lock", "unlock")

# Image and document collections ---------------------------------------------------------------
EDITOR_COLLECTION_PERMISSIONS = (
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
)
SHARED_COLLECTION_PERMISSIONS = ("wagtailimages.choose_image", "wagtaildocs.choose_document")
MODERATOR_COLLECTION_PERMISSIONS = (
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.delete_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.delete_document",
    "wagtaildocs.choose_document",
)

# Model permissions (not tied to a page or a collection) ----------------------------------------
ADMIN_ACCESS = "wagtailadmin.access_admin"
SUBMIT_TRANSLATION = "wagtail_localize.submit_translation"
EDITOR_MODEL_PERMISSIONS = (ADMIN_ACCESS, SUBMIT_TRANSLATION)
TRANSLATOR_MODEL_PERMISSIONS = (ADMIN_ACCESS,)
# Moderators also keep the shared vocabularies and partner snippets (and translate them: snippet
# permissions in Wagtail are per model, not per language, so translators do not get them) and
# moderate reader feedback.
MODERATOR_MODEL_PERMISSIONS = (
    ADMIN_ACCESS,
    SUBMIT_TRANSLATION,
    "editorial.view_feedback",
    "editorial.change_feedback",
    # With "publish" on the root: unpublish, expire, delete, move and make private (translators
    # publish but do not take pages offline; see home.permissions).
    "home.unpublish_pages",
    "home.add_partnerorganisation",
    "home.change_partnerorganisation",
    "practices.add_topic",
    "practices.change_topic",
    "practices.add_valuechainstage",
    "practices.change_valuechainstage",
    "practices.add_circularstrategy",
    "practices.change_circularstrategy",
    "practices.add_digitaltechnology",
    "practices.change_digitaltechnology",
    "practices.add_organisationtype",
    "practices.change_organisationtype",
    "practices.add_organisation",
    "practices.change_organisation",
)
