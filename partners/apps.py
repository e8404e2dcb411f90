from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartnersConfig(AppConfig):
    name = "partners"
    verbose_name = _("Partner organisations")

    def ready(self):
        from organisations.signals import person_anonymised

        from .services import partner_records_anonymise

        person_anonymised.connect(partner_records_anonymise, dispatch_uid="partners-anonymise")
