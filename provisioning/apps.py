from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProvisioningConfig(AppConfig):
    name = "provisioning"
    verbose_name = _("Directory provisioning (SCIM)")

    def ready(self):
        from organisations.signals import person_anonymised

        from .services import directory_person_anonymise

        person_anonymised.connect(directory_person_anonymise, dispatch_uid="directory-anonymise")
