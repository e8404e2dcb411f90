from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrainingConfig(AppConfig):
    name = "training"
    verbose_name = _("Mandatory training")

    def ready(self):
        from . import signal_handlers

        signal_handlers.connect()

        from courses.ports import renewal_finder_register
        from tracking.projector.ports import course_completion_receiver_register

        from .selectors.renewals import renewal_dates_for
        from .services import assignments_after_completion

        # A completion may satisfy a requirement.
        course_completion_receiver_register(assignments_after_completion)
        # A recurring requirement sets by when its courses must be taken again, which
        # the certificates of those courses show.
        renewal_finder_register(renewal_dates_for)
