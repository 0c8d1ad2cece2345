"""Trainee-facing views: accounts, enrolment and progress actions, My learning, certificates.

Views stay thin: they check the method and the user, validate input and call ``services``.
Actions that change progress are POST-only (405 otherwise) and need a signed-in trainee (anonymous
visitors are sent to sign in and come back to the page they were on).
"""

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from django.views.generic import FormView

from clothhub import ratelimit
from trainings import services
from trainings.forms import CertificateCodeForm, SignInForm, SignUpForm, signup_form_token
from trainings.models import Certificate
from trainings.models.progress import normalise_certificate_code

# --- Accounts --------------------------------------------------------------------------------


class InvalidFormStatusMixin:
    """Re-show a form with its errors (and what the user typed) with status 400."""

    def form_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form), status=400)


def _safe_next(request, default):
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return default


class SignUpView(InvalidFormStatusMixin, FormView):
    template_name = "trainings/accounts/signup.html"
    form_class = SignUpForm

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            return redirect(_safe_next(request, reverse("trainings:my_learning")))
        return super().dispatch(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        """Only accounts created and suspicious forms count against the limits (a workshop of
        trainees behind one address is not paused by their typos); a refused form is shown
        again with what was typed, passwords excepted, and HTTP 429."""
        form = self.get_form()
        address = ratelimit.address(request)
        wait = ratelimit.first_lock(
            (ratelimit.SIGNUP, address), (ratelimit.SIGNUP_SUSPICIOUS, address)
        )
        if wait is None and form.is_valid():
            ratelimit.SIGNUP.hit(address)
            return self.form_valid(form)
        if wait is None and form.suspicious:
            wait = ratelimit.SIGNUP_SUSPICIOUS.hit(address)
        if wait:
            ratelimit.refuse(request, wait)
            form.is_valid()
            form.add_error(
                None,
                " ".join(
                    [
                        _("We received too many sign-ups from your connection in a short time."),
                        ratelimit.wait_message(wait),
                    ]
                ),
            )
            return self.render_to_response(self.get_context_data(form=form), status=429)
        return self.form_invalid(form)

    def form_valid(self, form):
        user = form.save()
        login(self.request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(
            self.request, _("Welcome, %(name)s! Your account is ready.") % {"name": user.first_name}
        )
        return redirect(_safe_next(self.request, reverse("trainings:my_learning")))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["next"] = _safe_next(self.request, "")
        context["form_token"] = signup_form_token()
        return context


class SignInView(InvalidFormStatusMixin, auth_views.LoginView):
    template_name = "trainings/accounts/login.html"
    authentication_form = SignInForm
    redirect_authenticated_user = True
    next_page = reverse_lazy("trainings:my_learning")


class SignOutView(auth_views.LogoutView):
    """POST only (Django's rule): signing out by a link could be triggered by another site."""

    def get_default_redirect_url(self):
        return reverse("wagtail_serve", args=[""])


class PasswordResetView(InvalidFormStatusMixin, auth_views.PasswordResetView):
    template_name = "trainings/accounts/password_reset_form.html"
    email_template_name = "trainings/accounts/password_reset_email.txt"
    subject_template_name = "trainings/accounts/password_reset_subject.txt"
    success_url = reverse_lazy("trainings:password_reset_done")


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "trainings/accounts/password_reset_done.html"


class PasswordResetConfirmView(InvalidFormStatusMixin, auth_views.PasswordResetConfirmView):
    template_name = "trainings/accounts/password_reset_confirm.html"
    success_url = reverse_lazy("trainings:password_reset_complete")


class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "trainings/accounts/password_reset_complete.html"


# --- Progress actions (routed from the course and lesson pages) ---------------------------------


def _post_only(request, page):
    """None when the request may go on; else the response: 405 for other methods, the sign-in
    page (coming back to ``page``) for anonymous visitors."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if not request.user.is_authenticated:
        return redirect_to_login(page.get_url(request))
    return None


def enrol(request, course):
    refused = _post_only(request, course)
    if refused:
        return refused
    progress = services.course_progress(course, request.user)
    if progress.is_enrolled:
        messages.info(request, _("You are already enrolled in this course."))
    else:
        services.enrol(request.user, course)
        messages.success(request, _("You are enrolled. Start with the first lesson below."))
    return redirect(course.get_url(request) + "#outline")


def complete_lesson(request, lesson):
    refused = _post_only(request, lesson)
    if refused:
        return refused
    course = lesson.course
    if course is None:
        raise Http404
    progress = services.mark_lesson_complete(request.user, lesson)
    if progress.is_complete:
        certificate = services.certificate_for(request.user, course)
        messages.success(
            request, _("Congratulations: you have completed the course. Here is your certificate.")
        )
        return redirect("trainings:certificate", code=certificate.code)
    entry = progress.entry_for(lesson)
    if entry is not None and not entry.done:
        messages.warning(
            request,
            _("Lesson marked complete. Pass its knowledge check to finish it."),
        )
        return redirect(lesson.get_url(request))
    _previous, following = progress.neighbours(lesson)
    messages.success(request, _("Lesson complete: %(title)s.") % {"title": lesson.title})
    if following is not None:
        return redirect(following.lesson.get_url(request))
    return redirect(course.get_url(request) + "#outline")


def answer_check(request, lesson, block_id):
    refused = _post_only(request, lesson)
    if refused:
        return refused
    check = lesson.check_block(block_id)
    if check is None or lesson.course is None:
        raise Http404
    answers = request.POST.getlist("answer")
    try:
        services.record_attempt(request.user, lesson, check, answers)
    except services.InvalidAnswer as error:
        response = lesson.render(request, check_error=(block_id, str(error)), submitted=answers)
        response.status_code = 400
        return response
    return redirect(lesson.get_url(request) + f"#check-{block_id}")


# --- My learning and certificates ---------------------------------------------------------------


@require_GET
@login_required
def my_learning(request):
    rows = services.enrolment_rows(request.user)
    return render(
        request,
        "trainings/my_learning.html",
        {"rows": rows, "course_index": services.course_index_for_language()},
    )


@require_GET
@login_required
def certificate(request, code):
    """The trainee's own certificate, printable. Another user's code gives 404."""
    normalised = normalise_certificate_code(code)
    certificate = get_object_or_404(Certificate, code=normalised or "", user=request.user)
    course = services.localized_course(certificate.course_key)
    verify_url = request.build_absolute_uri(
        reverse("trainings:certificate_verify", kwargs={"code": certificate.code})
    )
    return render(
        request,
        "trainings/certificate.html",
        {"certificate": certificate, "course": course, "verify_url": verify_url},
    )


@require_GET
def verify_form(request):
    """Type a code to check a certificate: a valid code goes to its verification page."""
    if "code" in request.GET:
        form = CertificateCodeForm(request.GET)
        if form.is_valid():
            return redirect("trainings:certificate_verify", code=form.cleaned_data["code"])
        return render(request, "trainings/certificate_verify.html", {"form": form}, status=400)
    return render(request, "trainings/certificate_verify.html", {"form": CertificateCodeForm()})


@require_GET
def verify(request, code):
    """Public: confirms a certificate by its code, showing only the name, course and date."""
    normalised = normalise_certificate_code(code)
    certificate = (
        Certificate.objects.filter(code=normalised).first() if normalised is not None else None
    )
    if certificate is None:
        form = CertificateCodeForm(initial={"code": code})
        return render(
            request,
            "trainings/certificate_verify.html",
            {"form": form, "not_found": True, "code": code},
            status=404,
        )
    if normalised != code:
        return redirect("trainings:certificate_verify", code=normalised)
    course = services.localized_course(certificate.course_key)
    return render(
        request,
        "trainings/certificate_verify.html",
        {
            "verified": certificate,
            "course_title": course.title if course else certificate.course_title,
            "form": CertificateCodeForm(),
        },
    )
