"""System checks of the content origin (see packages/origins.py)."""

from django.conf import settings
from django.core.checks import Error, Tags, Warning, register
from django.utils.translation import gettext_lazy as _

from .origins import origin_of


@register(Tags.security)
def content_origin_is_not_the_platform(app_configs, **kwargs):
    """Package content on the platform's own origin would read its pages with the
    learner's session."""
    if settings.CONTENT_ORIGIN and settings.CONTENT_ORIGIN == origin_of(settings.SITE_URL):
        return [
            Error(
                _("CONTENT_ORIGIN is the platform's own origin (SITE_URL)."),
                hint=_(
                    "Give package content a host name of its own, or leave CONTENT_ORIGIN empty."
                ),
                id="packages.E001",
            )
        ]
    return []


@register(Tags.security, deploy=True)
def content_origin_is_set(app_configs, **kwargs):
    if settings.CONTENT_ORIGIN:
        return []
    return [
        Warning(
            _("CONTENT_ORIGIN is not set: SCORM packages run in an opaque sandbox."),
            hint=_(
                "Exports of authoring tools that search the parent windows for the SCORM API "
                "(Storyline, Rise, Captivate) will not find it. Serve package content from a "
                "host name of its own and set CONTENT_ORIGIN to it."
            ),
            id="packages.W001",
        )
    ]
