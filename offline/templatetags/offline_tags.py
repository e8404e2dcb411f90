"""The offline app's configuration for the page's scripts (``offline/app.js``)."""

from django import template
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.html import json_script
from django.utils.translation import gettext as _

from common.languages import official_codes

register = template.Library()


def offline_messages() -> dict[str, str]:
    return {
        "offline": _("You are offline. Courses you made available offline still work."),
        "waitingOne": _("1 record is waiting to be sent."),
        "waitingMany": _("%(count)s records are waiting to be sent."),
        "signInToSend": _("Sign in to send them: they are kept on this device until then."),
        "signInAgainToSend": _(
            "Your session has ended. Sign in again to send them: they are kept on this device."
        ),
        "unreachable": _("The platform cannot be reached from this device right now."),
        "nextTry": _("Next try in %(seconds)s s."),
        "trying": _("Trying to reach the platform…"),
        "sentOne": _("1 record was sent."),
        "sentMany": _("%(count)s records were sent."),
        "nothingToSend": _("Everything is sent: nothing is waiting on this device."),
        "stillKept": _(
            "Nothing could be sent: the records stay on this device and are sent as soon "
            "as the platform answers."
        ),
        "rejectedOne": _("1 record was refused by the server and is kept on this device."),
        "rejectedMany": _(
            "%(count)s records were refused by the server and are kept on this device."
        ),
        "deviceLearner": _("This device remembers you as %(name)s: your kept courses are below."),
        # Making a course available offline
        "makeAvailable": _("Make available offline"),
        "updateCopy": _("Update the offline copy"),
        "notKept": _("This course is not on this device."),
        "keptSince": _("Available offline on this device since %(date)s (%(size)s MB)."),
        "quizOnline": _("To be taken online: %(titles)s."),
        "checkingSize": _("Checking what the course needs…"),
        "sizeBefore": _(
            "This course needs about %(size)s MB on this device (%(count)s files). Download it now?"
        ),
        "notEnoughSpace": _(
            "There is not enough space on this device: the course needs %(size)s MB and "
            "%(free)s MB are free."
        ),
        "downloading": _("Downloading the course…"),
        "keptPersistent": _(
            "The course is available offline (%(size)s MB). The browser keeps it until you "
            "remove it."
        ),
        "keptMayBeCleared": _(
            "The course is available offline (%(size)s MB). The browser may clear it if the "
            "device runs short of space."
        ),
        "downloadFailed": _(
            "The course could not be downloaded. Check your connection, then try again."
        ),
        "removed": _("The course was removed from this device."),
        # The same, for a briefing or an attendance sheet (one page)
        "notKeptPage": _("This page is not on this device."),
        "checkingSizePage": _("Checking what this page needs…"),
        "sizeBeforePage": _(
            "This page needs about %(size)s MB on this device (%(count)s files). Keep it now?"
        ),
        "notEnoughSpacePage": _(
            "There is not enough space on this device: this page needs %(size)s MB and "
            "%(free)s MB are free."
        ),
        "downloadingPage": _("Keeping this page on this device…"),
        "keptPersistentPage": _(
            "This page is available offline (%(size)s MB). The browser keeps it until you "
            "remove it."
        ),
        "keptMayBeClearedPage": _(
            "This page is available offline (%(size)s MB). The browser may clear it if the "
            "device runs short of space."
        ),
        "downloadFailedPage": _(
            "This page could not be kept. Check your connection, then try again."
        ),
        "removedPage": _("This page was removed from this device."),
        "entrySize": _("%(size)s MB"),
        "removeCourse": _("Remove %(title)s from this device"),
        "storageUse": _("This browser uses %(used)s MB of the %(quota)s MB it may use."),
    }


def _is_copy(context) -> bool:
    """Whether this page is one a device keeps and shows later (so it cannot say who is
    signed in now): a course page kept for offline use, the offline page, or a page made
    without a request (the server error page)."""
    request = context.get("request")
    if request is None or context.get("offline_page"):
        return True
    return bool(request.headers.get("X-Offline-Copy"))


def learner_pages() -> list[str]:
    """The learner's own pages a device keeps beside their courses, in English, French
    and the learner language being read, if any: My learning, and the offline page made
    for them (its header as theirs, not a stranger's "Sign in")."""
    pages = []
    current = translation.get_language()
    for code, _name in settings.LANGUAGES:
        if code not in official_codes() and code != current:
            continue
        with translation.override(code):
            pages += [reverse("my_learning"), reverse("offline:page")]
    return pages


@register.simple_tag(takes_context=True)
def offline_config(context):
    user = context.get("user")
    signed_in = user is not None and user.is_authenticated
    config = {
        # ``copy``: the page may be shown later, from the device; the scripts then take
        # the learner the device remembers, never this page's.
        "copy": _is_copy(context),
        "learner": str(user.uuid) if signed_in else None,
        "learnerName": (user.get_full_name() or user.get_username()) if signed_in else None,
        "serviceWorkerUrl": reverse("service_worker"),
        "sessionUrl": reverse("offline_session"),
        "learnerPages": learner_pages() if signed_in else [],
        "messages": offline_messages(),
    }
    return json_script(config, "offline-config")
