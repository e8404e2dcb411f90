"""Learner-facing views: package files, the player, and the SCORM commit endpoint.

Package files are served from ``/packages/content/<version uuid>/`` (or from
``CONTENT_ORIGIN``) without the session: the view never reads or sets a cookie, and
every response carries a content security policy whose ``sandbox`` directive keeps a
file opened on its own as isolated as in the player's sandboxed frame.
"""

import mimetypes
import re
from pathlib import Path
from urllib.parse import quote, urlsplit

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import FileResponse, Http404, HttpResponse, HttpResponseForbidden, JsonResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_http_methods

from common.frames import frames_allow
from common.json_body import JSONBodyInvalid, json_body_error, request_json
from courses.selectors import lesson_context_for

from . import selectors, services
from .lessons import package_lessons_complete
from .manifests import CMI5, SCORM12, SCORM2004, XAPI
from .models import PackageAttempt
from .origins import content_origin, is_content_host, origin_of, platform_origins
from .runtime import RuntimeInvalid

MAX_COMMIT_BYTES = 2 * 1024 * 1024
_SESSION_KEY = re.compile(r"^[A-Za-z0-9_-]{0,64}\Z")
_HEAD = re.compile(rb"<head[^>]*>", re.IGNORECASE)
_HTML = re.compile(rb"<html[^>]*>", re.IGNORECASE)
SANDBOX = "allow-scripts allow-forms allow-popups allow-modals allow-downloads"


def iframe_sandbox(apart: bool) -> str:
    """The player frame's ``sandbox``: never same-origin with the platform; package
    files served from an origin of their own (``apart``, see :mod:`.origins`) keep that
    origin, so that a package's frames reach each other and its run-time."""
    return SANDBOX + (" allow-same-origin" if apart else "")


def served_apart(request, kind: str) -> bool:
    """Whether this request for a file of a ``kind`` package came to an origin that is
    not the platform's: ``CONTENT_ORIGIN``'s host, or (SCORM, without it) a loopback
    name, the platform being reached on the other one."""
    if settings.CONTENT_ORIGIN:
        return is_content_host(request)
    return bool(content_origin(request, kind))


def _hosted_elsewhere(version) -> set[str]:
    """The origins of a version's units that live on their publisher's site (a cmi5 AU
    may), which the player's page must be allowed to frame."""
    return {
        origin_of(href)
        for href in (item.get("href", "") for item in version.items)
        if urlsplit(href).scheme in ("http", "https") and origin_of(href)
    }


def content_security_policy(request=None, *, apart: bool = False) -> str:
    platform = " ".join(platform_origins(request)) if request is not None else ""
    platform = platform or origin_of(settings.SITE_URL)
    return "; ".join(
        [
            "default-src 'self' data: blob:",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval' data: blob:",
            "style-src 'self' 'unsafe-inline' data: blob:",
            "img-src 'self' data: blob:",
            "media-src 'self' data: blob:",
            "font-src 'self' data:",
            f"connect-src 'self' {platform}".strip(),
            "frame-src 'self' data: blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            f"frame-ancestors 'self' {platform}".strip(),
            f"sandbox {iframe_sandbox(apart)}",
        ]
    )


def _bridge(kind: str) -> bytes:
    """The scripts that give a SCO's window its SCORM API: scorm-again's cross-frame
    client, talking to the run-time in the player page over ``postMessage``."""
    standard = "1.2" if kind == SCORM12 else "2004"
    return (
        f'<script src="{static("vendor/scorm-again/cross-frame-api.min.js")}"></script>'
        f'<script src="{static("packages/sco-bridge.js")}" data-scorm="{standard}"></script>'
    ).encode()


def _with_bridge(content: bytes, kind: str) -> bytes:
    for pattern in (_HEAD, _HTML):
        match = pattern.search(content)
        if match:
            return content[: match.end()] + _bridge(kind) + content[match.end() :]
    return _bridge(kind) + content


#: Package files that run script when a browser opens them as a page.
_ACTIVE_TYPES = {"text/html", "application/xhtml+xml", "image/svg+xml", "text/xml"}


#: The parameters an LMS adds to a cmi5 AU's URL when it launches it (cmi5 8.1).
_CMI5_LAUNCH_PARAMETERS = ("endpoint", "fetch", "actor", "registration", "activityId")


def _opened_on_its_own(request, content_type: str, kind: str = "") -> bool:
    """Whether the browser asks for an active file as a page of its own (a link, a typed
    address, a popup) rather than in the player's frame: its script would then run as a
    top-level page on the content origin, free to send the reader anywhere. Browsers say
    how a file is wanted (``Sec-Fetch-Dest``); a request that does not say is served.
    A cmi5 AU launched with its launch parameters may be a page of its own: the cmi5
    specification lets it open in its own window (``launchMethod`` ``OwnWindow``, and
    any LMS that launches it so); its response keeps the sandbox of every package file."""
    if kind == CMI5 and all(name in request.GET for name in _CMI5_LAUNCH_PARAMETERS):
        return False
    return request.headers.get("Sec-Fetch-Dest") == "document" and content_type in _ACTIVE_TYPES


def _refused_outside_the_player() -> HttpResponse:
    """The answer to a package page (or the runner) asked for as a page of its own."""
    response = HttpResponseForbidden(
        _("This page of a course package opens only in the course player."),
        content_type="text/plain; charset=utf-8",
    )
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


def _accel_redirect_uri(target) -> str:
    """The address of ``target`` under nginx's internal location for package files
    (``PACKAGES_ACCEL_REDIRECT``), or ``""`` when Django sends the file itself: the
    setting is empty, or the file is not under ``PACKAGES_ROOT`` (the location serves
    that folder alone). The path is percent-encoded, so that a file name holding ``?``,
    ``%`` or ``#`` names that file and nothing else."""
    prefix = settings.PACKAGES_ACCEL_REDIRECT.strip("/")
    if not prefix:
        return ""
    try:
        relative = target.relative_to(Path(settings.PACKAGES_ROOT).resolve())
    except ValueError:
        return ""
    return f"/{prefix}/{quote(relative.as_posix(), safe='/')}"


@xframe_options_exempt
@require_http_methods(["GET", "HEAD"])
def content_file(request, version_uuid, path: str):
    """One file of a package version, with strict headers. HTML files of SCORM packages
    get the API bridge injected at the top of their ``<head>``. A page of the package
    opened on its own, outside the player, is refused. Behind nginx
    (``PACKAGES_ACCEL_REDIRECT``) the other files are sent by nginx from disk, after
    these checks, with these headers."""
    version, target = selectors.content_file_for(version_uuid=version_uuid, path=path)
    if target is None:
        raise Http404(_("No such file in this package."))
    content_type, encoding = mimetypes.guess_type(target.name)
    content_type = content_type or "application/octet-stream"
    if _opened_on_its_own(request, content_type, version.kind):
        return _refused_outside_the_player()
    apart = served_apart(request, version.kind)
    if content_type == "text/html" and version.kind in (SCORM12, SCORM2004) and not apart:
        # On the platform's own origin the content runs in an opaque sandbox: give it a
        # run-time it reaches over postMessage. Apart, the runner is its parent.
        response = HttpResponse(
            _with_bridge(target.read_bytes(), version.kind), content_type=content_type
        )
    elif (accel := _accel_redirect_uri(target)) and not encoding:
        # nginx sends the file itself (ranges, sendfile) and keeps these headers.
        response = HttpResponse(content_type=content_type)
        response["X-Accel-Redirect"] = accel
    else:
        response = FileResponse(open(target, "rb"), content_type=content_type)
        if encoding:
            response["Content-Encoding"] = encoding
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = content_security_policy(request, apart=apart)
    response["Referrer-Policy"] = "no-referrer"
    response["Cross-Origin-Resource-Policy"] = "cross-origin"
    response["Cache-Control"] = "private, max-age=3600"
    return response


@xframe_options_exempt
@require_http_methods(["GET", "HEAD"])
def runner(request, version_uuid):
    """The page that holds a SCO's live SCORM run-time (scorm-again's ``API`` or
    ``API_1484_11``) on the content's origin, with the SCO in a frame inside it: the SCO
    finds the API on its parent, as SCORM's API discovery searches, and the runner hands
    what the SCO commits to the player page over ``postMessage``. It never reads a
    cookie; what it runs comes from the player, through the frame's name."""
    version = selectors.version_by_uuid(version_uuid)
    if (
        version is None
        or version.kind not in (SCORM12, SCORM2004)
        or not served_apart(request, version.kind)
    ):
        raise Http404(_("No such package."))
    if request.headers.get("Sec-Fetch-Dest") == "document":
        return _refused_outside_the_player()
    response = render(
        request,
        "packages/runner.html",
        {
            "runtime_script": "vendor/scorm-again/"
            + ("scorm12.min.js" if version.kind == SCORM12 else "scorm2004.min.js"),
        },
    )
    ancestors = " ".join(platform_origins(request))
    response["Content-Security-Policy"] = "; ".join(
        [
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "frame-src 'self'",
            "base-uri 'none'",
            "form-action 'none'",
            f"frame-ancestors {ancestors}",
            f"sandbox {iframe_sandbox(True)}",
        ]
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Referrer-Policy"] = "no-referrer"
    response["Cache-Control"] = "no-store"
    return response


@login_required
def player(request, package_key):
    """The learner's player: the package in a sandboxed frame, its table of contents,
    and (for SCORM) the run-time the package talks to."""
    package = selectors.package_by_key(key=package_key)
    if package is None or package.latest_version() is None:
        raise Http404(_("No such package."))
    return render(request, "packages/player.html", player_context(request, package=package))


def player_context(request, *, package) -> dict:
    """What the player needs, for the player page and for a package lesson."""
    attempt = services.attempt_for_learner(user=request.user, package=package)
    origin = content_origin(request, attempt.version.kind)
    items = selectors.player_items_for(attempt=attempt, origin=origin)
    frames_allow(request, _hosted_elsewhere(attempt.version) | ({origin} if origin else set()))
    runner_url = ""
    if origin and attempt.version.kind in (SCORM12, SCORM2004):
        runner_url = origin + reverse("packages_content:runner", args=[attempt.version.uuid])
    # SCORM 2004 sequencing runs in the runner, with the engine's state of this run.
    sequencing_settings = attempt.version.structure.get("sequencing") if runner_url else None
    if attempt.version.kind == XAPI:
        endpoint = request.build_absolute_uri(reverse("lrs:about")).removesuffix("about")
        items[0]["url"] = services.xapi_launch_url(
            attempt=attempt, endpoint=endpoint, content_url=items[0]["url"]
        )
        if services.xapi_attempt_sync(attempt=attempt, language=(get_language() or "en")[:2]):
            items[0]["completion"] = "completed"
        else:
            items[0]["completion"] = selectors.xapi_completion_for(attempt=attempt)
    if attempt.version.kind == CMI5:
        satisfied = set(attempt.satisfied)
        for item in items:
            item["completion"] = "completed" if item["identifier"] in satisfied else "not attempted"
            item["url"] = ""
            au = attempt.version.item(item["identifier"])
            item["launchMethod"] = au.get("launchMethod", "AnyWindow")
    config = {
        "kind": attempt.version.kind,
        "commitUrl": _commit_url(attempt),
        "launchUrl": reverse("packages:cmi5_launch", args=[attempt.uuid]),
        "syncUrl": reverse("packages:sync", args=[attempt.uuid]),
        "items": items,
        "start": selectors.resume_item_for(attempt=attempt, items=items),
        "sandbox": iframe_sandbox(bool(origin)),
        "runnerUrl": runner_url,
        "contentOrigin": origin,
        "sequencing": sequencing_settings,
        "sequencingState": attempt.sequencing_state if sequencing_settings else "",
        "sequencingUrl": reverse("packages:sequencing", args=[attempt.uuid]),
        # This opening's number: it orders what the player sends (see attempt_opened).
        "launch": services.attempt_opened(attempt=attempt)
        if attempt.version.kind in (SCORM12, SCORM2004)
        else 0,
        "messages": {
            "packageFailed": _(
                "You did not pass this time. Open the part you did not pass to try again."
            ),
            "chooseToStart": _("Choose a part in the contents to begin."),
            "sequencingEnded": _(
                "You have reached the end of this content. Choose a part in the contents to "
                "review it, or leave this page."
            ),
            "saved": _("Your progress is saved."),
            "saveFailed": _(
                "Your progress could not be saved. Check your connection; it will be saved "
                "at the next step."
            ),
            "keptOnDevice": _(
                "The platform cannot be reached: your progress is kept on this device and "
                "saved as soon as it answers."
            ),
            "completed": _("Completed"),
            "inProgress": _("In progress"),
            "notStarted": _("Not started"),
            "packageCompleted": _("You have completed this content."),
            "openedInWindow": _("This unit opened in a new window."),
            "launchFailed": _("This unit could not be started. Reload the page and try again."),
            "ended": _(
                "This part is over. Choose another part in the contents, or leave this page."
            ),
        },
    }
    return {
        "package": package,
        "attempt": attempt,
        "version": attempt.version,
        "items": items,
        "config": config,
        "is_scorm": attempt.version.kind in (SCORM12, SCORM2004),
        "completed": attempt.completed_at is not None
        or (attempt.version.kind == XAPI and items[0]["completion"] == "completed"),
    }


def _commit_url(attempt: PackageAttempt) -> str:
    return reverse("packages:commit", args=[attempt.uuid])


def _error(status: int, message: str, **extra) -> JsonResponse:
    return JsonResponse({"error": message, **extra}, status=status)


def own_attempt_for_post(request, attempt_uuid, *, sign_in_message=None):
    """The signed-in learner's own attempt for a POST, or the error to answer instead
    (405 for another method, 403 signed out or another learner's, 404 unknown)."""
    if request.method != "POST":
        response = _error(405, _("This address only accepts POST."))
        response["Allow"] = "POST"
        return None, response
    if not request.user.is_authenticated:
        return None, _error(403, sign_in_message or _("Sign in to save your progress."))
    attempt = (
        PackageAttempt.objects.select_related("version", "version__package", "user")
        .filter(uuid=attempt_uuid)
        .first()
    )
    if attempt is None:
        return None, _error(404, _("No such attempt."))
    if attempt.user_id != request.user.pk:
        return None, _error(403, _("This attempt belongs to another learner."))
    return attempt, None


def _json_object(request, limit: int):
    """The request's JSON object body, or the 400 to answer instead (too large, not
    JSON, not an object)."""
    if len(request.body) > limit:
        return None, _error(400, _("body: is too large"), field="body")
    try:
        body = request_json(request)
    except JSONBodyInvalid as error:
        return None, json_body_error(error)
    if not isinstance(body, dict):
        return None, _error(400, _("body: must be a JSON object"), field="body")
    return body, None


def _run_outcome(attempt: PackageAttempt) -> dict:
    """What the player shows of the run: completed, or failed (and not completed)."""
    return {
        "packageCompleted": attempt.completed_at is not None,
        "packageFailed": attempt.failed_at is not None and attempt.completed_at is None,
    }


def commit(request, attempt_uuid):
    """``POST {"sco": identifier, "cmi": {element: value, ...}}``: store a SCO's run-time
    data (CSRF-protected, for the learner whose attempt it is). Answers the SCO's
    status and the data its next launch starts with; a 400 names the field."""
    attempt, refusal = own_attempt_for_post(request, attempt_uuid)
    if refusal is not None:
        return refusal
    body, refusal = _json_object(request, MAX_COMMIT_BYTES)
    if refusal is not None:
        return refusal
    sco = body.get("sco")
    if not isinstance(sco, str) or attempt.version.item(sco) is None:
        return _error(400, _("sco: is not an item of this package"), field="sco")
    if attempt.version.kind not in (SCORM12, SCORM2004):
        return _error(400, _("sco: this package does not use the SCORM run-time"), field="sco")
    session, refusal = _player_session(body)
    if refusal is not None:
        return refusal
    try:
        runtime = services.sco_runtime_commit(
            attempt=attempt,
            sco_identifier=sco,
            cmi=body.get("cmi"),
            language=(get_language() or "en")[:2],
            session=session,
        )
    except RuntimeInvalid as error:
        return _error(400, f"{error.field}: {error.message}", field=error.field)
    attempt.refresh_from_db()
    items = {i["identifier"]: i for i in selectors.player_items_for(attempt=attempt)}
    return JsonResponse(
        {
            "sco": sco,
            "completion": runtime.completion_status,
            "success": runtime.success_status,
            **_run_outcome(attempt),
            "launch": items[sco].get("cmi", {}),
        }
    )


def sequencing(request, attempt_uuid):
    """``POST {"state": text, "root": {"completionStatus", "successStatus"}, "launch":
    n, "sequence": n}``: the SCORM 2004 sequencing engine's state of the learner's run,
    and the rollup of its root activity, which decides whether the run is completed or
    failed. ``launch`` (the player's opening) and ``sequence`` (the state's number in
    it) order the states; the answer's ``stateKept`` says whether this one is the
    run's state now (a later one may have arrived first)."""
    attempt, refusal = own_attempt_for_post(request, attempt_uuid)
    if refusal is not None:
        return refusal
    body, refusal = _json_object(request, services.MAX_SEQUENCING_STATE + 4096)
    if refusal is not None:
        return refusal
    numbers = {}
    for field in ("launch", "sequence"):
        numbers[field], refusal = _whole_number(body, field)
        if refusal is not None:
            return refusal
    try:
        kept = services.sequencing_record(
            attempt=attempt,
            state=body.get("state"),
            root=body.get("root"),
            language=(get_language() or "en")[:2],
            **numbers,
        )
    except RuntimeInvalid as error:
        return _error(400, f"{error.field}: {error.message}", field=error.field)
    attempt.refresh_from_db()
    return JsonResponse({**_run_outcome(attempt), "stateKept": kept})


def _whole_number(body: dict, field: str):
    """The optional whole number ``field`` of a body (0 when absent), or the 400 naming
    it."""
    value = body.get(field, 0)
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < 2**31:
        return None, _error(
            400, _("%(field)s: must be a whole number from 0") % {"field": field}, field=field
        )
    return value, None


def _player_session(body: dict):
    """The optional ``session`` (the player's name for one launch of the SCO),
    ``sequence`` (its commit number), ``terminated`` (the SCO ended its session),
    ``launch`` (the player's opening it ran in) and ``order`` (its place among that
    opening's sessions) of a commit, or the 400 naming the field that is wrong."""
    key = body.get("session", "")
    terminated = body.get("terminated", False)
    if not isinstance(key, str) or not _SESSION_KEY.match(key):
        return None, _error(
            400,
            _("session: must be at most 64 letters, digits, hyphens or underscores"),
            field="session",
        )
    numbers = {}
    for field in ("sequence", "launch", "order"):
        numbers[field], refusal = _whole_number(body, field)
        if refusal is not None:
            return None, refusal
    if not isinstance(terminated, bool):
        return None, _error(400, _("terminated: must be true or false"), field="terminated")
    return services.PlayerSession(key=key, terminated=terminated, **numbers), None


def sync(request, attempt_uuid):
    """``POST``: whether the learner's run is complete; for an xAPI package this reads
    the LRS, and records the run (and its package lessons) complete the first time."""
    attempt, refusal = own_attempt_for_post(request, attempt_uuid)
    if refusal is not None:
        return refusal
    if attempt.version.kind == XAPI:
        completed = services.xapi_attempt_sync(
            attempt=attempt, language=(get_language() or "en")[:2]
        )
    else:
        completed = attempt.completed_at is not None
    return JsonResponse({"completed": completed})


def package_lesson_response(*, page, request):
    """The package lesson page: closed while sequential order keeps it so, else the
    player in the course, with the lesson recorded done once the package is."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    context = lesson_context_for(user=request.user, lesson=page)
    blocked_by = context["outline"].blocking(page)
    if blocked_by is not None:
        return page.render(
            request,
            template="courses/lesson_locked.html",
            context_overrides={"blocked_by": blocked_by, "course": context["course"]},
        )
    player = player_context(request, package=page.package)
    if player["completed"] and not context["lesson_done"]:
        package_lessons_complete(
            user=request.user, package=page.package, language=(get_language() or "en")[:2]
        )
        context = lesson_context_for(user=request.user, lesson=page)
    return page.render(request, context_overrides={**context, **player})
