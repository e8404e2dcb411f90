"""Writes: importing packages, starting learners' runs, and SCORM commits."""

import base64
import hashlib
import json
import shutil
import uuid
import zipfile
from dataclasses import dataclass, replace
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlencode

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from lrs.services import lrs_token_issue, lrs_token_revoke, statement_record
from tracking import builders

from . import manifests
from .extraction import Limits, check_archive, extract, open_archive, safe_member_path
from .models import Kind, Package, PackageAttempt, PackageVersion, ScoRuntime
from .problems import PackageInvalid, Problem
from .runtime import (
    RuntimeInvalid,
    Status,
    accumulate_late_time,
    accumulate_time,
    interactions_of,
    validate_commit,
)
from .selectors import package_activity_ref
from .status_rules import lms_decided, root_outcome, run_outcome, sco_status

MAX_MANIFEST_BYTES = 5 * 1024 * 1024


def _manifest_bytes(archive: zipfile.ZipFile, name: str) -> bytes:
    info = archive.getinfo(name)
    if info.file_size > MAX_MANIFEST_BYTES:
        raise PackageInvalid(
            [Problem("package.manifest_too_large", _("%(name)s is too large.") % {"name": name})]
        )
    return archive.read(info)


def package_inspect(
    *, path: Path, filename: str, limits: Limits | None = None
) -> manifests.ParsedPackage:
    """Recognise and check an uploaded file (a zip, or a bare ``cmi5.xml``) without
    keeping anything. Raises :class:`PackageInvalid` with every problem found."""
    limits = limits or Limits.from_settings()
    if filename.lower().endswith(".xml"):
        content = Path(path).read_bytes()
        if Path(filename).name.lower() != "cmi5.xml":
            raise PackageInvalid(
                [
                    Problem(
                        "package.unknown_kind",
                        _("Only cmi5.xml may be uploaded on its own; other packages are zips."),
                    )
                ]
            )
        parsed, problems = manifests.parse_cmi5(content, None)
    else:
        with open_archive(Path(path)) as archive:
            problems = check_archive(archive, limits)
            names = {
                str(safe_member_path(info.filename))
                for info in archive.infolist()
                if not info.is_dir() and safe_member_path(info.filename) is not None
            }
            kind = manifests.detect_kind(names)
            if kind is None:
                raise PackageInvalid(
                    [
                        *problems,
                        Problem(
                            "package.unknown_kind",
                            _(
                                "No imsmanifest.xml, tincan.xml or cmi5.xml at the root of the "
                                "zip: this is not a SCORM, xAPI or cmi5 package."
                            ),
                        ),
                    ]
                )
            content = _manifest_bytes(archive, manifests.MANIFEST_FILES[kind])
            parser = {
                "scorm": manifests.parse_scorm,
                manifests.XAPI: manifests.parse_tincan,
                manifests.CMI5: manifests.parse_cmi5,
            }[kind]
            parsed, manifest_problems = parser(content, names)
            problems = problems + manifest_problems
    if parsed is not None:
        problems = problems + manifests.namespace_problems(parsed, platform_namespaces())
    if problems or parsed is None:
        raise PackageInvalid(problems)
    return parsed


def platform_namespaces() -> list[str]:
    """The IRI namespaces only the platform may use: the one it mints activity,
    extension and profile IRIs in, and its own site address."""
    return [settings.XAPI_PLATFORM_IRI, settings.SITE_URL]


def package_import(
    *,
    path: Path,
    filename: str,
    user=None,
    package: Package | None = None,
    limits: Limits | None = None,
) -> PackageVersion:
    """Import an upload as a new package, or as the next version of ``package``.

    The files are checked, then extracted under ``PACKAGES_ROOT/<version uuid>/``;
    learners who started an earlier version keep it. Raises :class:`PackageInvalid`
    (nothing is kept) when the file is not a valid package."""
    limits = limits or Limits.from_settings()
    parsed = package_inspect(path=path, filename=filename, limits=limits)
    if package is not None and package.kind != parsed.kind:
        raise PackageInvalid(
            [
                Problem(
                    "package.kind_changed",
                    _("This package is %(old)s; the upload is %(new)s.")
                    % {"old": package.get_kind_display(), "new": Kind(parsed.kind).label},
                )
            ]
        )
    version_uuid = uuid.uuid4()
    destination = Path(settings.PACKAGES_ROOT) / str(version_uuid)
    files, size = 0, 0
    if not filename.lower().endswith(".xml"):
        with open_archive(Path(path)) as archive:
            files, size = extract(archive, destination, limits)
    try:
        with transaction.atomic():
            if package is None:
                package = Package.objects.create(title=parsed.title[:255], kind=parsed.kind)
            else:
                package = Package.objects.select_for_update().get(pk=package.pk)
            number = (
                package.versions.order_by("-number").values_list("number", flat=True).first() or 0
            ) + 1
            version = PackageVersion.objects.create(
                package=package,
                number=number,
                uuid=version_uuid,
                kind=parsed.kind,
                title=parsed.title[:255],
                items=parsed.items,
                structure=parsed.structure,
                source_name=Path(filename).name[:255],
                file_count=files,
                total_bytes=size,
                uploaded_by=user,
            )
            package.save(update_fields=["updated_at"])
    except Exception:
        shutil.rmtree(destination, ignore_errors=True)
        raise
    return version


def attempt_for_learner(*, user, package: Package) -> PackageAttempt:
    """The learner's run through a package: the one they started (on the version they
    started, even when a newer one was uploaded since), or a new one on the latest
    version."""
    attempt = (
        PackageAttempt.objects.filter(user=user, version__package=package)
        .select_related("version", "version__package")
        .order_by("-started_at")
        .first()
    )
    if attempt is not None:
        return attempt
    version = package.latest_version()
    if version is None:
        raise PackageVersion.DoesNotExist(package.pk)
    return PackageAttempt.objects.create(user=user, version=version)


def attempt_opened(*, attempt: PackageAttempt) -> int:
    """Count one more opening of the player on the learner's run, and answer its
    number. The player sends it with each commit, so that what an earlier opening sends
    late (a page's last commit, made as it unloaded, arriving after the learner opened
    the package again) never replaces what a later one stored."""
    PackageAttempt.objects.filter(pk=attempt.pk).update(launches=F("launches") + 1)
    attempt.refresh_from_db(fields=["launches"])
    return attempt.launches


def _fingerprint(*parts: str) -> str:
    return hashlib.sha256(json.dumps(parts).encode()).hexdigest()[:32]


def _response_as_xapi(kind: str, interaction_type: str, response: str) -> str:
    """SCORM 1.2 separates choices with commas and matching pairs with dots; xAPI (like
    SCORM 2004) uses ``[,]`` and ``[.]``."""
    if kind != manifests.SCORM12:
        return response
    if interaction_type in ("choice", "sequencing"):
        return "[,]".join(part for part in response.split(","))
    if interaction_type == "matching":
        return "[,]".join(pair.replace(".", "[.]") for pair in response.split(","))
    return response


@dataclass(frozen=True)
class PlayerSession:
    """Which commit of the player's session this is: ``key`` names the session (one
    launch of a SCO), ``sequence`` counts its commits, ``terminated`` says the SCO ended
    its session (``LMSFinish``, ``Terminate``) with this commit. ``launch`` (the number
    of the player's opening it ran in, see :func:`attempt_opened`) and ``order`` (its
    place among that opening's sessions) place it among the learner's sessions."""

    key: str = ""
    sequence: int = 0
    terminated: bool = False
    launch: int = 0
    order: int = 0

    def is_before(self, runtime: ScoRuntime) -> bool:
        """Whether this session began before the one ``runtime`` holds the data of."""
        return (self.launch, self.order) < (runtime.session_launch, runtime.session_order)


def sco_runtime_commit(
    *,
    attempt: PackageAttempt,
    sco_identifier: str,
    cmi,
    language: str,
    session: PlayerSession | None = None,
) -> ScoRuntime:
    """Store what a SCO committed (raises :class:`runtime.RuntimeInvalid` naming the
    element that does not fit), with the values the LMS decides itself (see
    :mod:`.status_rules`), and record what changed as xAPI statements: the SCO
    completed, passed or failed, each new answer to an interaction, and the package
    completed once every SCO is completed and none failed.

    Commits are put in the order of their sessions, not of their arrival. A commit of a
    session that arrives after a later one of the same session changes nothing. A
    commit of an earlier session that arrives after a later session's (sent as its page
    unloaded, or from the device's outbox) does not replace the later session's data,
    but nothing it says is lost: its new answers, its SCO's completion, an outcome the
    later session has not reported (and a pass) and its session time are recorded."""
    session = session or PlayerSession()
    version = attempt.version
    item = version.item(sco_identifier)
    if item is None:
        raise KeyError(sco_identifier)
    clean = lms_decided(
        kind=version.kind,
        cmi=validate_commit(kind=version.kind, cmi=cmi),
        item=item,
        terminated=session.terminated,
    )
    now = timezone.now()
    with transaction.atomic():
        locked_attempt = PackageAttempt.objects.select_for_update().get(pk=attempt.pk)
        runtime, _created = ScoRuntime.objects.select_for_update().get_or_create(
            attempt=locked_attempt, sco_identifier=sco_identifier
        )
        if session.key and session.key == runtime.session_key:
            if session.sequence <= runtime.session_sequence:
                return runtime
            late = False
        else:
            late = bool(session.key) and session.is_before(runtime)
        before = Status(runtime.completion_status, runtime.success_status)
        stored = runtime.cmi
        number = runtime.commits + 1
        after = sco_status(kind=version.kind, cmi=clean, terminated=session.terminated)
        completion = (
            after.completion if after.completion in ScoRuntime.Completion.values else "unknown"
        )
        if late:
            runtime.cmi = accumulate_late_time(
                version.kind, runtime.cmi, clean, session_key=session.key
            )
            completion, success = _late_status(before, completion, after.success)
            if success != before.success:
                runtime.score_scaled = after.scaled
        else:
            runtime.cmi = accumulate_time(version.kind, runtime.cmi, clean, session_key=session.key)
            runtime.session_key = session.key
            runtime.session_sequence = session.sequence
            runtime.session_launch = session.launch
            runtime.session_order = session.order
            if before.completion == "completed" and completion in ("unknown", "not attempted"):
                # Completed stays completed: a later session that reports nothing undoes
                # nothing.
                completion = "completed"
            success = after.success
            if success == "unknown" and before.success in ("passed", "failed"):
                # Nor does it undo an outcome: a failed SCO stays failed until it passes.
                success = before.success
            runtime.score_scaled = after.scaled
        runtime.completion_status = completion
        runtime.success_status = success
        run = _run_ref(attempt, language)
        sco = builders.PackageScoRef(identifier=sco_identifier, title=item.get("title", ""))
        score = builders.package_score(
            scaled=after.scaled, raw=after.raw, low=after.min, high=after.max
        )
        statements = []
        if completion == "completed" and before.completion != "completed":
            statements.append(
                builders.package_sco_completed(
                    run=run, sco=sco, sequence=number, score=score, at=now
                )
            )
        if success in ("passed", "failed") and before.success != success:
            statements.append(
                builders.package_sco_outcome(
                    run=run,
                    sco=sco,
                    sequence=number,
                    passed=success == "passed",
                    score=score,
                    at=now,
                )
            )
        recorded = set(runtime.recorded_answers)
        for interaction in interactions_of(kind=version.kind, cmi=clean):
            if not interaction.response and not interaction.result:
                continue
            fingerprint = _fingerprint(
                interaction.identifier, interaction.type, interaction.response, interaction.result
            )
            if fingerprint in recorded:
                continue
            recorded.add(fingerprint)
            statements.append(
                builders.package_interaction_answered(
                    run=run,
                    sco=sco,
                    fingerprint=fingerprint,
                    interaction_id=interaction.identifier,
                    interaction_type=interaction.type,
                    description=interaction.description,
                    response=_response_as_xapi(
                        version.kind, interaction.type, interaction.response
                    ),
                    correct_patterns=[
                        _response_as_xapi(version.kind, interaction.type, pattern)
                        for pattern in interaction.correct
                    ],
                    result=interaction.result,
                    at=now,
                )
            )
        unchanged = (completion, success) == (before.completion, before.success)
        if late and unchanged and not statements and runtime.cmi == stored:
            return runtime  # a copy of what was counted already, sent again
        runtime.recorded_answers = sorted(recorded)
        runtime.commits = number
        runtime.save()
        if not locked_attempt.sequencing_state:
            # Sequenced runs (the engine has reported its state) are decided by the root's
            # rollup (see sequencing_record); the others by their SCOs.
            _record_outcome(
                locked_attempt, run_outcome(_sco_statuses(locked_attempt)), run, now, statements
            )
        _record_statements(locked_attempt, statements, now, language)
    return runtime


def _late_status(before: Status, completion: str, success: str) -> tuple[str, str]:
    """A SCO's completion and success once a late commit of an earlier session
    (reporting ``completion`` and ``success``) is counted: the later session's stand,
    with the SCO completed if either session completed it, passed if either passed it,
    and the earlier session's outcome where the later one has none yet."""
    if before.completion != "completed" and completion == "completed":
        completed = "completed"
    else:
        completed = before.completion
    if success == "passed" or (before.success == "unknown" and success == "failed"):
        return completed, success
    return completed, before.success


def _record_outcome(attempt: PackageAttempt, outcome, run, now, statements: list) -> None:
    """Mark the (locked) run completed the first time its outcome is, with the package's
    ``completed`` statement added to ``statements``; mark it failed while it is failed."""
    fields = []
    if attempt.completed_at is None and outcome.completed:
        attempt.completed_at = now
        statements.append(builders.package_completed(run=run, at=now))
        fields.append("completed_at")
    failed_at = now if outcome.failed and not outcome.completed else None
    if (attempt.failed_at is None) != (failed_at is None):
        attempt.failed_at = failed_at
        fields.append("failed_at")
    if fields:
        attempt.save(update_fields=[*fields, "updated_at"])


def _record_statements(attempt: PackageAttempt, statements: list, now, language: str) -> None:
    """Store the statements of a commit, and complete the run's package lessons when the
    run was completed ``now``."""
    for statement in statements:
        statement_record(statement=statement)
    if attempt.completed_at == now:
        from .lessons import attempt_completed

        attempt_completed(attempt=attempt, language=language)


def _run_ref(attempt: PackageAttempt, language: str) -> builders.PackageRunRef:
    return builders.PackageRunRef(
        user=attempt.user,
        package=package_activity_ref(version=attempt.version),
        attempt_id=attempt.uuid,
        registration=attempt.registration,
        language=language,
        version=attempt.version.number,
    )


MAX_SEQUENCING_STATE = 1024 * 1024


def sequencing_record(
    *,
    attempt: PackageAttempt,
    state: str,
    root: dict,
    language: str,
    launch: int = 0,
    sequence: int = 0,
) -> bool:
    """Keep the sequencing engine's state of a sequenced SCORM 2004 run, and take the
    run's outcome from the rollup of the root activity (``root``: its
    ``completionStatus`` and ``successStatus``), as :func:`status_rules.root_outcome`
    says. Raises :class:`runtime.RuntimeInvalid` naming the field that does not fit.

    ``launch`` (the player's opening, see :func:`attempt_opened`) and ``sequence`` (the
    state's number in that opening) order the states: one that arrives after a later one
    is not kept, and of its outcome only a completion counts. Answers whether ``state``
    is now the run's state."""
    if not attempt.version.structure.get("sequencing"):
        raise RuntimeInvalid("state", _("this package has no sequencing"))
    if not isinstance(state, str) or len(state) > MAX_SEQUENCING_STATE:
        raise RuntimeInvalid("state", _("must be text of at most 1 MB"))
    try:
        json.loads(state)
    except ValueError:
        raise RuntimeInvalid("state", _("must be the engine's state as JSON text")) from None
    if not isinstance(root, dict):
        raise RuntimeInvalid("root", _("must be an object"))
    completion = root.get("completionStatus", "unknown")
    success = root.get("successStatus", "unknown")
    if completion not in ("completed", "incomplete", "not attempted", "unknown"):
        raise RuntimeInvalid("root.completionStatus", _("is not a completion status"))
    if success not in ("passed", "failed", "unknown"):
        raise RuntimeInvalid("root.successStatus", _("is not a success status"))
    now = timezone.now()
    statements: list = []
    with transaction.atomic():
        locked = PackageAttempt.objects.select_for_update().get(pk=attempt.pk)
        outcome = root_outcome(completion=completion, success=success)
        kept = (launch, sequence) >= (locked.sequencing_launch, locked.sequencing_sequence)
        if kept:
            locked.sequencing_state = state
            locked.sequencing_launch = launch
            locked.sequencing_sequence = sequence
            locked.save(
                update_fields=[
                    "sequencing_state",
                    "sequencing_launch",
                    "sequencing_sequence",
                    "updated_at",
                ]
            )
        else:
            outcome = replace(outcome, failed=locked.failed_at is not None)
        _record_outcome(locked, outcome, _run_ref(locked, language), now, statements)
        _record_statements(locked, statements, now, language)
    return kept


def _sco_statuses(attempt: PackageAttempt) -> list[tuple[str, str]]:
    """Each SCO's ``(completion, success)`` in the run (a SCO never launched is not
    attempted); assets do not count."""
    scos = [i["identifier"] for i in attempt.version.items if i.get("scorm_type", "sco") == "sco"]
    found = {
        identifier: (completion, success)
        for identifier, completion, success in attempt.scos.filter(
            sco_identifier__in=scos
        ).values_list("sco_identifier", "completion_status", "success_status")
    }
    return [found.get(identifier, ("not attempted", "unknown")) for identifier in scos]


XAPI_LAUNCH_LIFETIME = timedelta(hours=4)


def xapi_launch_url(*, attempt: PackageAttempt, endpoint: str, content_url: str) -> str:
    """The launch URL of an xAPI (tincan.xml) package: its launch file with the usual
    launch parameters (``endpoint``, ``auth``, ``actor``, ``registration``,
    ``activity_id``). ``auth`` is a fresh short-lived LRS token limited to this learner,
    this registration and the package's activity (and the activities below it)."""
    item = attempt.version.items[0]
    activity_id = item["activity_id"]
    if any(manifests.iri_overlaps(activity_id, ns) for ns in platform_namespaces()):
        # Imports refuse such ids; a version imported before that rule must still never
        # get a token that reaches the platform's own activities.
        raise PermissionDenied(
            _("This package uses an activity id of the platform's own and cannot be launched.")
        )
    token, secret = lrs_token_issue(
        user=attempt.user,
        activity_iri=activity_id,
        registration=attempt.registration,
        lifetime=XAPI_LAUNCH_LIFETIME,
    )
    auth = "Basic " + base64.b64encode(f"{token.key}:{secret}".encode()).decode()
    parameters = urlencode(
        {
            "endpoint": endpoint,
            "auth": auth,
            "actor": json.dumps(builders.actor_for(attempt.user), separators=(",", ":")),
            "registration": str(attempt.registration),
            "activity_id": activity_id,
        }
    )
    return content_url + ("&" if "?" in content_url else "?") + parameters


def xapi_attempt_sync(*, attempt: PackageAttempt, language: str) -> bool:
    """Whether the learner has completed an xAPI package, as the content told the LRS
    (``completed`` or ``passed`` about its activity in the run's registration); the
    first time it is seen, the run is marked complete and its package lessons done."""
    from .selectors import xapi_completion_for

    if attempt.completed_at is not None:
        return True
    if xapi_completion_for(attempt=attempt) != "completed":
        return False
    with transaction.atomic():
        locked = PackageAttempt.objects.select_for_update().get(pk=attempt.pk)
        if locked.completed_at is None:
            locked.completed_at = timezone.now()
            locked.save(update_fields=["completed_at", "updated_at"])
            from .lessons import attempt_completed

            attempt_completed(attempt=locked, language=language)
    attempt.refresh_from_db()
    return True


class PackageInUse(Exception):
    """A package that cannot be deleted as asked; ``field`` names why."""

    def __init__(self, field: str, message: str):
        self.field = field
        self.message = message
        super().__init__(f"{field}: {message}")


def package_delete(*, package: Package, force: bool = False) -> int:
    """Delete an imported package: its versions, their files, and its learners' runs
    (attempts, cmi5 sessions, SCORM run-time data). The statements those runs wrote stay
    in the LRS: they are the record of what happened. Refused while a package lesson
    uses the package, and while learners have runs unless ``force``. Open cmi5 sessions'
    tokens are revoked. Returns how many learners' runs were deleted."""
    from .models import Cmi5Session

    lessons = list(package.lesson_pages.values_list("title", flat=True))
    if lessons:
        raise PackageInUse(
            "package",
            _("is a lesson of: %(lessons)s; remove those lessons first")
            % {"lessons": ", ".join(lessons)},
        )
    attempts = PackageAttempt.objects.filter(version__package=package)
    count = attempts.count()
    if count and not force:
        raise PackageInUse(
            "force",
            _("%(count)d learner run(s) of this package exist; force the deletion to remove them")
            % {"count": count},
        )
    directories = [version.content_dir for version in package.versions.all()]
    with transaction.atomic():
        # Sessions locked before their tokens, in the order a session's last statements
        # take them (cmi5_statements_stored), so the two never wait on each other.
        sessions = list(
            Cmi5Session.objects.select_for_update().filter(attempt__in=attempts).order_by("pk")
        )
        for session in sessions:
            if session.lrs_token_key:
                lrs_token_revoke(key=session.lrs_token_key)
        attempts.delete()
        package.delete()
    for directory in directories:
        shutil.rmtree(directory, ignore_errors=True)
    return count
