"""Reader feedback on practices and lessons: "Was this useful?" with an optional comment.

Feedback is moderated in the admin (new → approved or hidden). Comments are never shown to the
public: they are written to the content's editors, and a reader's comment may hold personal details.
"Approved" means a moderator read it and kept it for the page's owners; "hidden" takes spam or
abuse out of the counts.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class FeedbackQuerySet(models.QuerySet):
    def counted(self):
        """Feedback that counts in the figures: everything but what moderators hid."""
        return self.exclude(status=Feedback.HIDDEN)


class Feedback(models.Model):
    NEW = "new"
    APPROVED = "approved"
    HIDDEN = "hidden"
    STATUS_CHOICES = [
        (NEW, _("New")),
        (APPROVED, _("Approved")),
        (HIDDEN, _("Hidden")),
    ]

    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="reader_feedback",
        help_text=_("The practice or lesson the reader judged."),
    )
    locale = models.ForeignKey(
        "wagtailcore.Locale",
        verbose_name=_("language"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Language of the page the reader was reading."),
    )
    useful = models.BooleanField(
        _("useful"), help_text=_("The reader's answer to “Was this useful?”.")
    )
    comment = models.TextField(
        _("comment"), blank=True, max_length=1000, help_text=_("Optional, never shown publicly.")
    )
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=STATUS_CHOICES,
        default=NEW,
        db_index=True,
        help_text=_(
            "Approved feedback is kept for the page's editors; hidden feedback is ignored."
        ),
    )
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)
    moderated_at = models.DateTimeField(_("moderated"), null=True, blank=True)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("moderated by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = FeedbackQuerySet.as_manager()

    class Meta:
        verbose_name = _("reader feedback")
        verbose_name_plural = _("reader feedback")
        ordering = ["-created_at"]

    def __str__(self):
        answer = _("useful") if self.useful else _("not useful")
        return f"{self.page.title} — {answer}"

    @property
    def comment_excerpt(self):
        text = " ".join(self.comment.split())
        return text if len(text) <= 80 else text[:79] + "…"
