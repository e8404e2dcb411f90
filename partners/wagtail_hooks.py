"""Administrators reach the partner registrations (where they accept new partner
organisations) and invitations from the Wagtail admin's menu; both pages live on the
site, beside the managers' dashboards, so managers and administrators share them."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .selectors import may_manage_partners


class PartnerManagersMenuItem(MenuItem):
    def is_shown(self, request):
        return may_manage_partners(user=request.user)


@hooks.register("register_admin_menu_item")
def register_partner_registrations_menu_item():
    return PartnerManagersMenuItem(
        _("Partner registrations"),
        reverse("partners:registrations"),
        icon_name="group",
        order=470,
    )
