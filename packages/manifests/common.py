"""Package kinds and their manifest files, what an import keeps of a manifest, and the IRI
checks shared by the parsers (including ids that reach into the platform's namespaces)."""

import re
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from ..problems import Problem

SCORM12 = "scorm12"
SCORM2004 = "scorm2004"
XAPI = "xapi"
CMI5 = "cmi5"

MANIFEST_FILES = {CMI5: "cmi5.xml", XAPI: "tincan.xml", "scorm": "imsmanifest.xml"}

_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>\"{}|\\^`]+$")


@dataclass
class ParsedPackage:
    """What the import keeps of a manifest.

    ``items`` are the launchable units in order: SCOs (``identifier``, ``title``,
    ``href`` relative to the package with its parameters, ``launch_data``,
    ``mastery_score``), the xAPI activity (``activity_id``, ``href``), or cmi5 AUs (with
    ``moveOn``, ``masteryScore``, ``launchMethod``, ``launchParameters``,
    ``entitlementKey``, ``activityType`` and ``parents``, the enclosing block ids).
    """

    kind: str
    title: str
    items: list[dict] = field(default_factory=list)
    structure: dict = field(default_factory=dict)


def is_iri(value: str | None) -> bool:
    return bool(value) and bool(_IRI.match(value))


def iri_overlaps(iri: str, namespace: str) -> bool:
    """Whether ``iri`` lies inside ``namespace``, or is a prefix of it (so that a launch
    token scoped to ``iri``, which covers the IRIs below it, would reach into it).
    Compared without regard to case, which only ever refuses more."""
    iri, namespace = iri.strip().lower(), namespace.strip().lower().rstrip("/")
    if not iri or not namespace:
        return False
    return iri == namespace or iri.startswith(namespace + "/") or namespace.startswith(iri)


def namespace_problems(parsed: ParsedPackage, namespaces: list[str]) -> list[Problem]:
    """One problem for each id of the package inside one of the platform's own
    ``namespaces`` (its xAPI IRI namespace and its site address): a package's content is
    given a token to write about its ids, so an id of the platform's would let it write
    about the platform's courses, lessons and quizzes."""
    if parsed.kind == XAPI:
        file, ids = "tincan.xml", [(_("activity"), item["activity_id"]) for item in parsed.items]
    elif parsed.kind == CMI5:
        file = "cmi5.xml"
        course = parsed.structure.get("course", {}).get("identifier", "")
        ids = [(_("course"), course)]
        ids += [(_("block"), block["identifier"]) for block in parsed.structure.get("blocks", [])]
        ids += [(_("AU"), au["identifier"]) for au in parsed.items]
    else:
        return []
    problems = []
    for what, identifier in ids:
        namespace = next((ns for ns in namespaces if iri_overlaps(identifier, ns)), None)
        if namespace is not None:
            problems.append(
                Problem(
                    f"{parsed.kind}.platform_namespace",
                    _(
                        "%(file)s: the %(what)s id “%(id)s” is in this platform's own "
                        "namespace (%(namespace)s); a package may only use ids of its own."
                    )
                    % {"file": file, "what": what, "id": identifier, "namespace": namespace},
                )
            )
    return problems


def detect_kind(names: set[str]) -> str | None:
    """``cmi5``, ``xapi`` or ``scorm`` from the manifest at the package's root."""
    for kind, manifest in MANIFEST_FILES.items():
        if manifest in names:
            return kind
    return None
