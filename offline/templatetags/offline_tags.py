"""The offline app's configuration for the page's scripts (``offline/app.js``)."""

from django import template
from django.urls import reverse
from django.utils.html import json_script
from django.utils.translation import gettext as _

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
        "rejectedOne": _("1 record was refused by the server and is kept on this device."),
        "rejectedMany": _(
            "%(count)s records were refused by the server and are kept on this device."
        ),
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
        "entrySize": _("%(size)s MB"),
        "removeCourse": _("Remove %(title)s from this device"),
        "storageUse": _("This browser uses %(used)s MB of the %(quota)s MB it may use."),
    }


@register.simple_tag(takes_context=True)
def offline_config(context):
    user = context.get("user")
    learner = str(user.uuid) if user is not None and user.is_authenticated else None
    config = {
        "learner": learner,
        "serviceWorkerUrl": reverse("service_worker"),
        "sessionUrl": reverse("offline_session"),
        "messages": offline_messages(),
    }
    return json_script(config, "offline-config")
