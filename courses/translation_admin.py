"""The admin's "Translations" report: pages translated into the learner languages, how
far each translation is, its review by a fluent speaker, and its PO file for outside
translators (courses/learner_translations.py)."""

from __future__ import annotations

from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.http import HttpResponse, HttpResponseForbidden
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST

from common.languages import learner_codes

from .learner_translations import (
    CHANGED,
    DRAFT,
    REVIEWED,
    TranslationFileInvalid,
    learner_translation,
    learner_translations,
    review_state,
    translation_po_file,
    translation_po_import,
    translation_review_record,
    translation_review_withdraw,
)

STATES = (
    (DRAFT, gettext_lazy("Draft")),
    (REVIEWED, gettext_lazy("Reviewed")),
    (CHANGED, gettext_lazy("Changed since review")),
)


def state_labels() -> dict[str, str]:
    return {
        DRAFT: _("Draft: not reviewed by a fluent speaker yet"),
        REVIEWED: _("Reviewed by a fluent speaker"),
        CHANGED: _("Changed since its review: to be reviewed again"),
    }


def needs(permission: str):
    """A 403 naming what is missing (Wagtail would turn a raised ``PermissionDenied``
    into a redirect, hiding the refusal)."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not request.user.has_perm(permission):
                return HttpResponseForbidden(_("You may not see or review translations."))
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


def _translation_or_404(translation_id: int):
    from django.http import Http404

    translation = learner_translation(translation_id=translation_id)
    if translation is None:
        raise Http404
    return translation


def _may_edit(user, translation) -> bool:
    """Whoever may edit the translated page (its English page, before it exists) may
    download and upload its PO file."""
    page = translation.get_target_instance() if _target_exists(translation) else None
    page = page or translation.source.get_source_instance()
    return page.permissions_for_user(user).can_edit()


def _target_exists(translation) -> bool:
    from django.core.exceptions import ObjectDoesNotExist

    try:
        return translation.get_target_instance() is not None
    except ObjectDoesNotExist:
        return False


@needs("courses.view_translationreview")
@require_GET
def translations_index(request):
    language = request.GET.get("language", "")
    state = request.GET.get("state", "")
    languages = [(code, name) for code, name in settings.LEARNER_LANGUAGES]
    rows = learner_translations(
        language=language if language in learner_codes() else "",
        state=state if state in dict(STATES) else "",
    )
    return TemplateResponse(
        request,
        "courses/admin/translations_index.html",
        {
            "header_title": _("Translations into learner languages"),
            "rows": rows,
            "languages": languages,
            "language_names": dict(settings.LANGUAGES),
            "states": STATES,
            "state_labels": state_labels(),
            "language": language,
            "state": state,
        },
    )


def _detail(request, translation, *, errors=None, status=200):
    current, changed_at = review_state(translation)
    total, translated = translation.get_progress()
    page = translation.get_target_instance() if _target_exists(translation) else None
    response = TemplateResponse(
        request,
        "courses/admin/translation_detail.html",
        {
            "header_title": _("Translation of “%(title)s”")
            % {"title": translation.source.object_repr},
            "translation": translation,
            "language_name": dict(settings.LANGUAGES).get(
                translation.target_locale.language_code, translation.target_locale
            ),
            "page": page,
            "source_page": translation.source.get_source_instance(),
            "total": total,
            "translated": translated,
            "state": current,
            "state_label": state_labels()[current],
            "changed_at": changed_at,
            "review": getattr(translation, "learner_review", None),
            "may_edit": _may_edit(request.user, translation),
            "may_review": request.user.has_perm("courses.add_translationreview"),
            "may_withdraw": request.user.has_perm("courses.delete_translationreview"),
            "errors": errors or {},
            "values": request.POST if request.method == "POST" else {},
        },
    )
    response.status_code = status
    return response


@needs("courses.view_translationreview")
@require_GET
def translation_detail(request, translation_id: int):
    return _detail(request, _translation_or_404(translation_id))


@needs("courses.view_translationreview")
@require_GET
def translation_download(request, translation_id: int):
    translation = _translation_or_404(translation_id)
    if not _may_edit(request.user, translation):
        return HttpResponseForbidden(_("You may not edit this page, so you may not translate it."))
    content, name = translation_po_file(translation=translation)
    response = HttpResponse(content, content_type="text/x-gettext-translation; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@needs("courses.view_translationreview")
@require_POST
def translation_upload(request, translation_id: int):
    translation = _translation_or_404(translation_id)
    if not _may_edit(request.user, translation):
        return HttpResponseForbidden(_("You may not edit this page, so you may not translate it."))
    upload = request.FILES.get("file")
    try:
        imported, unused = translation_po_import(
            translation=translation, data=upload.read() if upload else b"", user=request.user
        )
    except TranslationFileInvalid as error:
        return _detail(request, translation, errors={error.field: error.message}, status=400)
    message = _("%(count)s texts imported from the PO file.") % {"count": imported}
    if unused:
        message += " " + _(
            "%(count)s texts of the file are no longer on the page and were left out."
        ) % {"count": unused}
    messages.success(request, message)
    return redirect("courses_translation_detail", translation_id=translation.pk)


@needs("courses.add_translationreview")
@require_POST
def translation_review(request, translation_id: int):
    translation = _translation_or_404(translation_id)
    name = request.POST.get("reviewer_name", "")
    if not name.strip():
        return _detail(
            request,
            translation,
            errors={"reviewer_name": _("Give the name of the fluent speaker who reviewed it.")},
            status=400,
        )
    if len(name.strip()) > 200:
        return _detail(
            request,
            translation,
            errors={"reviewer_name": _("The name is longer than 200 characters.")},
            status=400,
        )
    translation_review_record(
        translation=translation,
        reviewer_name=name,
        note=request.POST.get("note", ""),
        user=request.user,
    )
    messages.success(request, _("The review is recorded."))
    return redirect("courses_translation_detail", translation_id=translation.pk)


@needs("courses.delete_translationreview")
@require_POST
def translation_review_cancel(request, translation_id: int):
    translation = _translation_or_404(translation_id)
    translation_review_withdraw(translation=translation, user=request.user)
    messages.success(request, _("The review is withdrawn: the translation is a draft again."))
    return redirect("courses_translation_detail", translation_id=translation.pk)
