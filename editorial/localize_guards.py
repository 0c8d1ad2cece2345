"""Permission checks wagtail-localize leaves out, added in front of its own views.

wagtail-localize's "Translate this page" and "Sync translated pages" views only ask for the global
``wagtail_localize.submit_translation`` permission. Anyone holding it could then create drafts of
*any* page in *any* language, and "Sync … and publish immediately" would publish the translations
of any page, pages the user may not publish. Partner editors hold that permission (they translate
their own pages), so these subclasses add what the hub's rules require:

* translating a page needs the right to edit it, and only offers the languages whose tree the
  user may write in (the translated parent, or its nearest translated ancestor, is theirs);
* translating a snippet needs the right to edit that snippet type;
* syncing needs the right to edit the original, and "publish immediately" (offered only then)
  the right to publish every translation it would publish;
* a PO file that is not one (or lacks wagtail-localize's translation id header) gets a message
  instead of a server error.

They are registered at the same admin URLs as wagtail-localize's views, ahead of them (see
``wagtail_hooks.register_localize_guards``), so every link wagtail-localize draws leads here.
"""

import tempfile

import polib
from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin.views.pages.utils import get_valid_next_url_from_request
from wagtail.models import DraftStateMixin, Locale, Page
from wagtail.snippets.permissions import get_permission_name, user_can_edit_snippet_type
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.views import edit_translation
from wagtail_localize.views.submit_translations import (
    SubmitPageTranslationView,
    SubmitSnippetTranslationView,
)
from wagtail_localize.views.update_translations import (
    UpdateTranslationsForm,
    UpdateTranslationsView,
)

from editorial.permissions import covers, work_paths

SUBMIT_TRANSLATION = "wagtail_localize.submit_translation"


def translatable_locale_ids(user, page):
    """Ids of the locales ``user`` may translate ``page`` into: those where the page's translated
    parent (or, when the parent is not translated yet, its nearest translated ancestor, below
    which wagtail-localize will copy the missing parents) lies in the user's part of the tree."""
    locales = Locale.objects.exclude(pk=page.locale_id)
    paths = work_paths(user, ("add", "change", "publish"))
    if paths is None:
        return set(locales.values_list("pk", flat=True))
    ancestors = list(page.get_ancestors().filter(depth__gt=1).order_by("-depth"))
    versions = {}
    for version in Page.objects.filter(
        translation_key__in=[ancestor.translation_key for ancestor in ancestors]
    ).only("translation_key", "locale_id", "path"):
        versions[(version.translation_key, version.locale_id)] = version
    allowed = set()
    for locale_id in locales.values_list("pk", flat=True):
        for ancestor in ancestors:
            version = versions.get((ancestor.translation_key, locale_id))
            if version is not None:
                if covers(paths, version):
                    allowed.add(locale_id)
                break
    return allowed


class GuardedSubmitPageTranslationView(SubmitPageTranslationView):
    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(SUBMIT_TRANSLATION):
            raise PermissionDenied
        page = self.get_object()
        if not page.permissions_for_user(request.user).can_edit():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_form(self):
        form = super().get_form()
        allowed = translatable_locale_ids(self.request.user, self.object)
        field = form.fields["locales"]
        field.queryset = field.queryset.filter(pk__in=allowed)
        return form


class GuardedSubmitSnippetTranslationView(SubmitSnippetTranslationView):
    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(SUBMIT_TRANSLATION):
            raise PermissionDenied
        snippet = self.get_object()
        if not user_can_edit_snippet_type(request.user, type(snippet)):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class SyncForm(UpdateTranslationsForm):
    """wagtail-localize's sync form without "Publish immediately" for a user who may not publish
    every translation it would publish: the sync then only refreshes the source (a value posted
    for the missing field is ignored, so nothing is published and the sync is not lost)."""

    def __init__(self, *args, may_publish=True, **kwargs):
        super().__init__(*args, **kwargs)
        if not may_publish:
            del self.fields["publish_translations"]
            if "use_machine_translation" in self.fields:
                self.fields["use_machine_translation"].help_text = _(
                    "Apply machine translations to the incoming changes; the translations stay "
                    "drafts until a translator publishes them."
                )

    def clean(self):
        cleaned_data = super().clean()
        cleaned_data.setdefault("publish_translations", False)
        return cleaned_data


class GuardedUpdateTranslationsView(UpdateTranslationsView):
    def dispatch(self, request, *args, **kwargs):
        user = request.user
        if not user.has_perm(SUBMIT_TRANSLATION):
            raise PermissionDenied
        source = get_object_or_404(TranslationSource, id=kwargs["translation_source_id"])
        try:
            original = source.get_source_instance()
        except ObjectDoesNotExist as exc:
            raise Http404 from exc
        if isinstance(original, Page):
            if not original.permissions_for_user(user).can_edit():
                raise PermissionDenied
        elif not user_can_edit_snippet_type(user, type(original)):
            raise PermissionDenied
        self.may_publish = self._can_publish_all(user, source)
        return super().dispatch(request, *args, **kwargs)

    def get_form(self):
        data = self.request.POST if self.request.method == "POST" else None
        return SyncForm(data, may_publish=self.may_publish)

    @staticmethod
    def _can_publish_all(user, source):
        for translation in source.translations.filter(enabled=True).select_related("target_locale"):
            try:
                target = translation.get_target_instance()
            except ObjectDoesNotExist:
                continue
            if isinstance(target, Page):
                if not target.permissions_for_user(user).can_publish():
                    return False
            elif isinstance(target, DraftStateMixin) and not user.has_perm(
                get_permission_name("publish", type(target))
            ):
                return False
        return True


def _parse_po(content):
    """The PO file in ``content`` (bytes), or None. Parsed from a temporary file: given a string,
    polib would read the file named by it, if any."""
    with tempfile.NamedTemporaryFile(suffix=".po") as handle:
        handle.write(content)
        handle.flush()
        try:
            return polib.pofile(handle.name)
        except (OSError, UnicodeDecodeError, ValueError):
            return None


@require_POST
def upload_pofile(request, translation_id):
    """wagtail-localize's PO upload, after checking that the upload is a PO file made for a
    translation (its own view fails with a server error on a file without that header)."""
    translation = get_object_or_404(Translation, id=translation_id)
    try:
        instance = translation.get_target_instance()
    except ObjectDoesNotExist as exc:
        raise Http404 from exc
    if not edit_translation.user_can_edit_instance(request.user, instance):
        raise PermissionDenied
    upload = request.FILES.get("file")
    problem = None
    if upload is None:
        problem = _("Choose a PO file to upload.")
    else:
        po = _parse_po(upload.read())
        upload.seek(0)
        if po is None or not len(po):
            problem = _("Please upload a valid PO file.")
        elif "X-WagtailLocalize-TranslationID" not in po.metadata:
            problem = _(
                "This PO file was not downloaded from a translation: download the PO file of "
                "this translation, translate it and upload it again."
            )
    if problem is not None:
        messages.error(request, problem)
        return redirect(get_valid_next_url_from_request(request) or "wagtailadmin_home")
    return edit_translation.upload_pofile(request, translation_id)
