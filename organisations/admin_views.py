"""The HR import in the Wagtail admin: upload the files, see what they would change
(every problem named by row and column), then apply them.

The uploaded files wait between the check and the import in private storage, under a
key kept in the session of the person who checked them: only they can apply them, and
only as they were checked."""

import datetime
import uuid

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.files.base import ContentFile
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import FormView, TemplateView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.permission_policies import ModelPermissionPolicy

from common.storage import private_storage

from .models import LearnerProfile, PeopleImport
from .people_import import ImportRefused, files_import
from .retention import AnonymiseRefused, departed_anonymise, departed_people, person_anonymise

permission_policy = ModelPermissionPolicy(PeopleImport)
SESSION_KEY = "people-import"
MAX_BYTES = 100 * 1024 * 1024
EXTENSIONS = (".csv", ".xlsx")
SHOWN = 50


class PeopleImportForm(forms.Form):
    units = forms.FileField(
        label=_("Units file"),
        required=False,
        help_text=_("CSV or XLSX: unit_code, name_en, name_fr, parent_code, kind."),
    )
    people = forms.FileField(
        label=_("People file"),
        required=False,
        help_text=_(
            "CSV or XLSX: employee_number, first_name, last_name, email, unit_code, "
            "audiences, start_date, language, manager_of. A workbook may hold both tables "
            "as sheets named units and people."
        ),
    )
    full = forms.BooleanField(
        label=_("Full import"),
        required=False,
        help_text=_(
            "The file lists everyone: people missing from it are deactivated (their records stay)."
        ),
    )
    as_of = forms.DateField(
        label=_("Changes take effect on"),
        # A date field reads and writes only ISO dates, whatever the admin's language.
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )

    def clean(self):
        cleaned = super().clean()
        files = [cleaned.get(name) for name in ("units", "people") if cleaned.get(name)]
        if not files and not self.errors:
            raise forms.ValidationError(_("Choose a file of units, of people, or both."))
        for name in ("units", "people"):
            upload = cleaned.get(name)
            if upload is None:
                continue
            if not upload.name.lower().endswith(EXTENSIONS):
                self.add_error(name, _("Choose a CSV or XLSX file."))
            elif upload.size > MAX_BYTES:
                self.add_error(name, _("The file is larger than 100 MB."))
        return cleaned


def _stored(key: str, name: str) -> str:
    return f"people-imports/{key}/{name}"


class PeopleImportView(PermissionCheckedMixin, WagtailAdminTemplateMixin, FormView):
    permission_policy = permission_policy
    permission_required = "add"
    template_name = "organisations/admin/people_import.html"
    form_class = PeopleImportForm
    page_title = _("Import people and units")
    header_icon = "upload"

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("wagtailadmin_home"), "label": _("Home")},
            {"url": "", "label": self.page_title},
        ]

    def get_initial(self):
        return {"as_of": timezone.localdate()}

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            history=PeopleImport.objects.select_related("run_by")[:20], shown=SHOWN, **kwargs
        )

    def post(self, request, *args, **kwargs):
        if "apply" in request.POST:
            return self.apply()
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        """Check the files: what they would change, or every problem in them."""
        files = [
            (upload.name, upload.read())
            for upload in (form.cleaned_data["units"], form.cleaned_data["people"])
            if upload
        ]
        try:
            plan, _applied = files_import(
                files,
                full=form.cleaned_data["full"],
                dry_run=True,
                as_of=form.cleaned_data["as_of"],
            )
        except ImportRefused as refused:
            return self.render_to_response(
                self.get_context_data(form=form, problems=refused.problems), status=400
            )
        key = uuid.uuid4().hex
        for name, content in files:
            private_storage().save(_stored(key, name), ContentFile(content))
        self.request.session[SESSION_KEY] = {
            "key": key,
            "names": [name for name, _content in files],
            "full": form.cleaned_data["full"],
            "as_of": form.cleaned_data["as_of"].isoformat(),
        }
        return self.render_to_response(
            self.get_context_data(form=form, plan=plan, counts=plan.counts())
        )

    def apply(self):
        """Apply the files checked last in this session, as they were checked."""
        checked = self.request.session.pop(SESSION_KEY, None)
        if not checked:
            messages.error(self.request, _("Check the files again before importing them."))
            return redirect("organisations_people_import")
        storage = private_storage()
        files = []
        for name in checked["names"]:
            path = _stored(checked["key"], name)
            if not storage.exists(path):
                messages.error(self.request, _("Check the files again before importing them."))
                return redirect("organisations_people_import")
            with storage.open(path, "rb") as stored:
                files.append((name, stored.read()))
            storage.delete(path)
        try:
            plan, applied = files_import(
                files,
                full=checked["full"],
                as_of=datetime.date.fromisoformat(checked["as_of"]),
                run_by=self.request.user,
            )
        except ImportRefused as refused:
            # Changed since the check (a unit or an audience removed meanwhile).
            return self.render_to_response(
                self.get_context_data(form=self.get_form_class()(), problems=refused.problems),
                status=400,
            )
        messages.success(
            self.request,
            _("Imported: %(created)s people added, %(moved)s moved, %(deactivated)s deactivated.")
            % {
                "created": len(plan.people_created),
                "moved": len(plan.people_moved),
                "deactivated": len(plan.people_deactivated),
            },
        )
        return redirect("organisations_people_import")


class DepartedPeopleView(WagtailAdminTemplateMixin, TemplateView):
    """People who left, with the day each may be anonymised; an administrator anonymises
    those past their organisation's retention period (one by one, or all that are due)."""

    template_name = "organisations/admin/departed.html"
    page_title = _("People who left")
    header_icon = "user"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_superuser:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("wagtailadmin_home"), "label": _("Home")},
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        today = timezone.localdate()
        people = departed_people()
        return super().get_context_data(
            people=people,
            today=today,
            due=sum(1 for person in people if person.is_due(today)),
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        if request.POST.get("all") == "due":
            count = departed_anonymise(by=request.user)
            messages.success(
                request,
                ngettext("%(count)d person anonymised.", "%(count)d people anonymised.", count)
                % {"count": count},
            )
            return redirect("organisations_departed")
        chosen = request.POST.get("profile", "")
        profile = LearnerProfile.objects.filter(pk=chosen).first() if chosen.isdigit() else None
        if profile is None:
            messages.error(request, _("No such person: choose one from the list."))
            return redirect("organisations_departed")
        try:
            person_anonymise(profile=profile, by=request.user, request=request)
        except AnonymiseRefused as refused:
            messages.error(request, str(refused))
        else:
            messages.success(request, _("The person is anonymised."))
        return redirect("organisations_departed")
