from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.utils.translation import gettext as _

from organisations.selectors import manager_scope_roots

from .selectors import completion_report, compliance_for, recent_completions


@login_required
def completion_dashboard(request):
    """Completion per unit for the manager's subtree, kept live over a websocket."""
    roots = manager_scope_roots(user=request.user)
    if not roots:
        raise PermissionDenied
    report = completion_report(user=request.user, language=request.LANGUAGE_CODE)
    return render(
        request,
        "dashboards/completion_dashboard.html",
        {
            "report": report,
            "roots": roots,
            "compliance": compliance_for(user=request.user),
            "recent": recent_completions(user=request.user),
            "dashboard_strings": {
                "socket": f"/ws/dashboard/{request.LANGUAGE_CODE}/",
                "connected": _("Live updates are on."),
                "reconnecting": _("Live updates paused. Reconnecting…"),
                "updated": _("Updated: a learner in your units completed a course."),
                "none": _("No completions yet."),
            },
        },
    )
