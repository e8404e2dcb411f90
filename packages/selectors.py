"""Reads: packages, their activity, and what a learner's player needs."""

import json
import uuid

from django.conf import settings
from django.urls import reverse

from tracking import vocabulary as v
from tracking.builders import ActivityRef

from .manifests import SCORM12, SCORM2004
from .models import Package, PackageAttempt, PackageVersion, ScoRuntime
from .runtime import launch_cmi

SCORM_KINDS = (SCORM12, SCORM2004)


def package_by_key(*, key) -> Package | None:
    try:
        key = uuid.UUID(str(key))
    except ValueError:
        return None
    return Package.objects.filter(key=key).first()


def package_activity_ref(*, version: PackageVersion) -> ActivityRef:
    """The package as an xAPI activity: one IRI per package, whatever its version."""
    return ActivityRef(
        kind="package",
        key=str(version.package.key),
        activity_type=v.TYPE_PACKAGE,
        names={"en": version.package.title},
    )


def content_base_url(*, version: PackageVersion, origin: str | None = None) -> str:
    """Where a version's files are served: under ``origin`` (by default
    ``CONTENT_ORIGIN``), else on the platform's own origin (see :mod:`.origins`)."""
    path = reverse("packages_content:file", args=[version.uuid, "-"])[:-1]
    origin = settings.CONTENT_ORIGIN if origin is None else origin
    return f"{origin}{path}"


def version_by_uuid(version_uuid) -> PackageVersion | None:
    return PackageVersion.objects.filter(uuid=version_uuid).first()


def learner_display_name(user) -> str:
    """SCORM's learner name: "Last, First"."""
    if user.last_name or user.first_name:
        return ", ".join(part for part in (user.last_name, user.first_name) if part)
    return user.get_username()


def player_items_for(*, attempt: PackageAttempt, origin: str | None = None) -> list[dict]:
    """Each launchable item with its URL (under ``origin``, see
    :func:`content_base_url`), its state and the data it starts with."""
    version = attempt.version
    base = content_base_url(version=version, origin=origin)
    runtimes = {r.sco_identifier: r for r in attempt.scos.all()}
    items = []
    for item in version.items:
        runtime = runtimes.get(item["identifier"])
        entry = {
            "identifier": item["identifier"],
            "title": item.get("title") or item["identifier"],
            "depth": item.get("depth", 0),
            "url": base + item["href"],
            "completion": runtime.completion_status
            if runtime
            else ScoRuntime.Completion.NOT_ATTEMPTED,
            "success": runtime.success_status if runtime else ScoRuntime.Success.UNKNOWN,
        }
        if version.kind in SCORM_KINDS:
            entry["cmi"] = launch_cmi(
                kind=version.kind,
                stored=runtime.cmi if runtime else {},
                learner_id=str(attempt.user.uuid),
                learner_name=learner_display_name(attempt.user),
                item=item,
            )
        items.append(entry)
    return items


def resume_item_for(*, attempt: PackageAttempt, items: list[dict]) -> str | None:
    """The SCO to open: the one last committed if it is not completed, else the first
    one not completed, else the first."""
    last = attempt.scos.order_by("-updated_at").first()
    by_id = {item["identifier"]: item for item in items}
    if last is not None and by_id.get(last.sco_identifier, {}).get("completion") != "completed":
        return last.sco_identifier
    for item in items:
        if item["completion"] != "completed":
            return item["identifier"]
    return items[0]["identifier"] if items else None


def content_file_for(*, version_uuid, path: str):
    """The version and the file on disk for a content URL, or ``(None, None)``."""
    version = PackageVersion.objects.filter(uuid=version_uuid).only("uuid", "kind").first()
    if version is None:
        return None, None
    root = version.content_dir.resolve()
    target = (root / path).resolve()
    if root not in target.parents or not target.is_file():
        return version, None
    return version, target


def xapi_completion_for(*, attempt: PackageAttempt) -> str:
    """``completed`` once the content has said, in the learner's registration, that the
    learner completed or passed its activity; else ``incomplete`` or ``not attempted``.

    Only what the package's own run-time wrote counts: statements stored with a launch
    token issued for this run (its learner, its activity, its registration). The same
    claim sent any other way (the learner's session, another token) is not the
    content's and is ignored.
    """
    from lrs.auth import TOKEN_HOME_PAGE
    from lrs.models import LRSToken
    from lrs.selectors import ReadOptions, statements_query
    from tracking.builders import actor_for

    activity_id = attempt.version.items[0]["activity_id"]
    run_tokens = set(
        LRSToken.objects.filter(
            user=attempt.user, activity_iri=activity_id, registration=attempt.registration
        ).values_list("key", flat=True)
    )
    found = statements_query(
        params={
            "activity": activity_id,
            "registration": str(attempt.registration),
            "agent": json.dumps(actor_for(attempt.user)),
            "limit": "500",
        },
        options=ReadOptions(fmt="exact"),
        path="",
    )
    verbs = set()
    for statement in found.statements:
        account = statement.get("authority", {}).get("account", {})
        if account.get("homePage") == TOKEN_HOME_PAGE and account.get("name") in run_tokens:
            verbs.add(statement["verb"]["id"])
    if verbs & {v.VERB_COMPLETED, v.VERB_PASSED}:
        return "completed"
    return "incomplete" if verbs else "not attempted"


def cmi5_activity_iri(*, version: PackageVersion, publisher_id: str) -> str:
    """The LMS-generated activity id of a cmi5 AU, block or course: the package's IRI for
    the course, and a stable child of it for each AU and block (the same in every
    version of the package)."""
    package_iri = v.activity_iri("package", str(version.package.key))
    if publisher_id == version.structure.get("course", {}).get("identifier"):
        return package_iri
    return f"{package_iri}/cmi5/{uuid.uuid5(version.package.key, publisher_id)}"
