from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkshopsConfig(AppConfig):
    name = "workshops"
    verbose_name = _("Workshops")

    def ready(self):
        from courses.ports import Workshops, workshops_register

        from .models import WorkshopPage
        from .selectors import workshop_attended

        # A blended course asks that its workshops be attended.
        workshops_register(Workshops(page_model=WorkshopPage, attended=workshop_attended))
