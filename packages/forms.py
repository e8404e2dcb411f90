from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .models import Package


class PackageImportForm(forms.Form):
    """An upload: a zip (SCORM, xAPI, cmi5) or a bare cmi5.xml, as a new package or as
    the next version of an existing one."""

    file = forms.FileField(
        label=_("Package file"),
        help_text=_(
            "A zip with imsmanifest.xml, tincan.xml or cmi5.xml at its root, or a cmi5.xml on "
            "its own."
        ),
    )
    package = forms.ModelChoiceField(
        label=_("New version of"),
        queryset=Package.objects.all(),
        required=False,
        empty_label=_("— a new package —"),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > settings.PACKAGES_MAX_UPLOAD_BYTES:
            raise forms.ValidationError(
                _("The file is larger than %(limit)s bytes.")
                % {"limit": settings.PACKAGES_MAX_UPLOAD_BYTES}
            )
        name = upload.name.lower()
        if not (name.endswith(".zip") or name.endswith(".xml")):
            raise forms.ValidationError(_("Upload a .zip file, or a cmi5.xml file."))
        return upload


class CourseExportForm(forms.Form):
    """A native course to hand to another LMS, as cmi5 or SCORM 1.2, in one language."""

    course = forms.ModelChoiceField(label=_("Course"), queryset=None)
    format = forms.ChoiceField(
        label=_("Format"),
        choices=[("cmi5", _("cmi5 (reports to the other LMS's LRS)")), ("scorm12", _("SCORM 1.2"))],
    )
    language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from courses.models import CoursePage

        self.fields["course"].queryset = CoursePage.objects.filter(
            locale__language_code=settings.LANGUAGE_CODE
        ).order_by("title")
