from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses")

    def ready(self):
        from . import signal_handlers

        signal_handlers.connect()

        from lrs.hooks import statement_receiver_register
        from lrs.projector import on_statement_stored

        # Progress, completions and certificates follow the statements the LRS stores.
        statement_receiver_register(on_statement_stored)
