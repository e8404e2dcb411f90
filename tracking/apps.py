from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrackingConfig(AppConfig):
    name = "tracking"
    verbose_name = _("Learning records")

    def ready(self):
        from lrs.hooks import statement_receiver_register

        from .projector import on_statement_stored

        # Progress, completions and certificates follow the statements the LRS stores.
        statement_receiver_register(on_statement_stored)
