"""What a trainee did: enrolments, completed lessons, knowledge-check attempts and certificates.

Records are keyed on the ``translation_key`` of the course and lesson pages, not on a page id, so
that progress made in one language counts for the course in every language, and deleting or
unpublishing a page leaves the record intact (the optional page links are only set to NULL).
"""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# Crockford's base 32 (no I, L, O, U): 20 symbols carry 100 random bits. Look-alikes typed by
# people are read as the symbol they resemble.
CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
LOOK_ALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})
CODE_GROUPS = 5
CODE_GROUP_LENGTH = 4


def new_certificate_code():
    """A random, unguessable code such as ``K7QX-M2PA-9RTD-WB4N-H6JC`` (100 random bits)."""
    symbols = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_GROUPS * CODE_GROUP_LENGTH))
    return "-".join(
        symbols[i : i + CODE_GROUP_LENGTH] for i in range(0, len(symbols), CODE_GROUP_LENGTH)
    )


def normalise_certificate_code(text):
    """Accept a code typed with spaces, without dashes or in lower case; None if malformed."""
    symbols = "".join(ch for ch in (text or "").upper() if ch.isalnum()).translate(LOOK_ALIKES)
    if len(symbols) != CODE_GROUPS * CODE_GROUP_LENGTH or any(
        ch not in CODE_ALPHABET for ch in symbols
    ):
        return None
    return "-".join(
        symbols[i : i + CODE_GROUP_LENGTH] for i in range(0, len(symbols), CODE_GROUP_LENGTH)
    )


class TraineeRecordMixin:
    """Name and e-mail of the trainee, for admin listings and exports."""

    @property
    def trainee_name(self):
        return self.user.get_full_name().strip() or self.user.get_username()

    @property
    def trainee_email(self):
        return self.user.email


class Enrolment(TraineeRecordMixin, models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("trainee"),
        on_delete=models.CASCADE,
        related_name="enrolments",
    )
    course_key = models.UUIDField(
        _("course key"), db_index=True, help_text=_("Translation key of the course.")
    )
    course = models.ForeignKey(
        "trainings.CoursePage",
        verbose_name=_("course"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The version of the course the trainee enrolled from."),
    )
    course_title = models.CharField(_("course title"), max_length=255)
    enrolled_at = models.DateTimeField(_("enrolled on"), default=timezone.now)
    last_lesson_key = models.UUIDField(_("last lesson visited"), null=True, blank=True)
    last_visited_at = models.DateTimeField(_("last visit"), null=True, blank=True)
    completed_at = models.DateTimeField(_("completed on"), null=True, blank=True)

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        ordering = ["-enrolled_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "course_key"], name="trainings_enrolment_user_course"
            )
        ]

    def __str__(self):
        return f"{self.user} – {self.course_title}"


class LessonCompletion(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("trainee"),
        on_delete=models.CASCADE,
        related_name="lesson_completions",
    )
    lesson_key = models.UUIDField(_("lesson key"), help_text=_("Translation key of the lesson."))
    course_key = models.UUIDField(_("course key"), db_index=True)
    lesson = models.ForeignKey(
        "trainings.LessonPage",
        verbose_name=_("lesson"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    completed_at = models.DateTimeField(_("completed on"), default=timezone.now)

    class Meta:
        verbose_name = _("completed lesson")
        verbose_name_plural = _("completed lessons")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "lesson_key"], name="trainings_completion_user_lesson"
            )
        ]

    def __str__(self):
        return f"{self.user} – {self.lesson_key}"


class CheckAttempt(TraineeRecordMixin, models.Model):
    """One graded answer to a knowledge check (a trainee may try again: every try is kept)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("trainee"),
        on_delete=models.CASCADE,
        related_name="check_attempts",
    )
    lesson_key = models.UUIDField(_("lesson key"))
    course_key = models.UUIDField(_("course key"), db_index=True)
    lesson = models.ForeignKey(
        "trainings.LessonPage",
        verbose_name=_("lesson"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    block_id = models.CharField(
        _("check identifier"),
        max_length=64,
        help_text=_("Identifier of the knowledge-check block, the same in every translation."),
    )
    question = models.CharField(_("question"), max_length=500)
    answers = models.JSONField(_("answers"), default=list, help_text=_("Chosen option ids."))
    score = models.PositiveSmallIntegerField(_("score (%)"))
    passed = models.BooleanField(_("passed"))
    created_at = models.DateTimeField(_("answered on"), default=timezone.now)

    class Meta:
        verbose_name = _("check attempt")
        verbose_name_plural = _("check attempts")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["user", "lesson_key"], name="trainings_attempt_user_lesson")
        ]

    def __str__(self):
        return f"{self.user} – {self.question[:40]} – {self.score}%"

    @property
    def lesson_title(self):
        return self.lesson.title if self.lesson_id else _("(lesson deleted)")


class Certificate(models.Model):
    """Proof of completion. The public verification page shows only the name, course and date."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("trainee"),
        on_delete=models.CASCADE,
        related_name="certificates",
    )
    course_key = models.UUIDField(_("course key"), db_index=True)
    course = models.ForeignKey(
        "trainings.CoursePage",
        verbose_name=_("course"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    code = models.CharField(
        _("verification code"), max_length=32, unique=True, default=new_certificate_code
    )
    recipient_name = models.CharField(_("name"), max_length=255)
    course_title = models.CharField(_("course title"), max_length=255)
    issued_at = models.DateTimeField(_("issued on"), default=timezone.now)

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "course_key"], name="trainings_certificate_user_course"
            )
        ]

    def __str__(self):
        return f"{self.code} – {self.recipient_name}"
