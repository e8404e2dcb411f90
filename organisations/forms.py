from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from .models import OrgUnit


class OrgUnitForm(WagtailAdminModelForm):
    """Edits a unit and its place in the tree (treebeard nodes are added and moved, not saved)."""

    parent = forms.ModelChoiceField(
        queryset=OrgUnit.objects.order_by("path"),
        required=False,
        label=_("Parent unit"),
        help_text=_("Leave empty for a top-level agency."),
    )

    class Meta:
        model = OrgUnit
        fields = ["parent", "name_en", "name_fr", "code", "kind"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["parent"].initial = self.instance.get_parent()
            # A unit cannot move below itself.
            self.fields["parent"].queryset = OrgUnit.objects.exclude(
                path__startswith=self.instance.path
            ).order_by("path")

    def save(self, commit=True):
        parent = self.cleaned_data.get("parent")
        unit = self.instance
        if unit.pk is None:
            if parent is None:
                return OrgUnit.add_root(instance=unit)
            return parent.add_child(instance=unit)
        unit.save()
        if parent != unit.get_parent(update=True):
            if parent is None:
                unit.move(OrgUnit.get_first_root_node(), pos="sorted-sibling")
            else:
                unit.move(parent, pos="sorted-child")
            unit.refresh_from_db()
        return unit
