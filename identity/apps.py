from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IdentityConfig(AppConfig):
    name = "identity"
    verbose_name = _("Sign-in")

    def ready(self):
        from organisations.audit import Action, track_changes
        from organisations.signals import person_anonymised

        from .models import ClaimMapping
        from .services import sign_in_links_forget

        # Who changed how a provider's claims place people, with the values before and after.
        track_changes(
            ClaimMapping, Action.SIGN_IN_SETTINGS_CHANGED, dispatch_uid="audit-claim-mapping"
        )
        person_anonymised.connect(sign_in_links_forget, dispatch_uid="identity-anonymise")
