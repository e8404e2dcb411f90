from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    name = "certificates"
    verbose_name = _("Certificates")

    def ready(self):
        from courses.ports import certificate_finder_register
        from organisations.signals import person_anonymised
        from tracking.projector.ports import course_completion_receiver_register

        from .selectors import certificate_for_course
        from .services import certificate_for_completion, certificates_anonymise

        # A recorded course completion earns its certificate, which its course shows.
        course_completion_receiver_register(certificate_for_completion)
        certificate_finder_register(certificate_for_course)
        person_anonymised.connect(certificates_anonymise, dispatch_uid="certificates-anonymise")
