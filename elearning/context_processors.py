from django.conf import settings
from django.utils.translation import get_language


def platform(request):
    """The platform's and the organisation's names in the reader's language."""
    french = (get_language() or "en").startswith("fr")
    return {
        "platform_name": settings.PLATFORM_NAME_FR if french else settings.PLATFORM_NAME,
        "organisation_name": (
            settings.ORGANISATION_NAME_FR if french else settings.ORGANISATION_NAME
        ),
    }
