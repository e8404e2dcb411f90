"""SCORM 1.2 and 2004: telling the version from ``imsmanifest.xml`` and reading its default
organization into launchable SCOs."""

import re
from urllib.parse import quote

from django.utils.translation import gettext as _
from lxml import etree

from ..problems import Problem
from .common import SCORM12, SCORM2004, ParsedPackage
from .xmltools import _attribute, _child, _children, _file_part, _local, _text, parse_xml

SCORM12_NAMESPACES = {
    "http://www.imsproject.org/xsd/imscp_rootv1p1p2",
    "http://www.adlnet.org/xsd/adlcp_rootv1p2",
}
SCORM2004_NAMESPACES = {
    "http://www.imsglobal.org/xsd/imscp_v1p1",
    "http://www.adlnet.org/xsd/adlcp_v1p3",
    "http://www.imsglobal.org/xsd/imsss",
    "http://www.adlnet.org/xsd/adlseq_v1p3",
    "http://www.adlnet.org/xsd/adlnav_v1p3",
}


# What a URL's path may hold as it is; anything else (spaces, non-ASCII letters) is
# percent-encoded, and a ``%`` that does not start an escape is encoded too.
_URL_PATH_SAFE = "/%:@!$&'()*+,;=~"
_LONE_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")


def _identifier(element, name: str = "identifier") -> str | None:
    """An ID or IDREF attribute: XML schema collapses their white space."""
    value = element.get(name)
    return value.strip() if value is not None else None


def _launch_path(href: str, parameters: str | None, base: str = "") -> str:
    """The launch URL of a resource, relative to the package: ``base`` and ``href`` are
    URLs, so their path is percent-encoded where it must be (escapes already there are
    kept as they are); the query, the fragment and the item's ``parameters`` are kept."""
    url = base + href
    end = min((i for i in (url.find("?"), url.find("#")) if i >= 0), default=len(url))
    path = _LONE_PERCENT.sub("%25", quote(url[:end], safe=_URL_PATH_SAFE)) + url[end:]
    if parameters:
        parameters = parameters.lstrip("?&")
        if parameters.startswith("#"):
            return path + parameters
        return path + ("&" if "?" in path else "?") + parameters
    return path


def _completion_threshold(element) -> str:
    """``adlcp:completionThreshold``: its text (3rd edition), or its
    ``minProgressMeasure`` when ``completedByMeasure`` is true (4th edition)."""
    if element is None:
        return ""
    if element.get("completedByMeasure", "").strip() == "true":
        return (element.get("minProgressMeasure") or "1.0").strip()
    return _text(element)


def _scaled_passing_score(item) -> str:
    """The primary objective's ``minNormalizedMeasure`` when it is satisfied by measure
    (SCORM 2004's ``cmi.scaled_passing_score``), else ``""``."""
    sequencing = _child(item, "sequencing")
    objectives = _child(sequencing, "objectives") if sequencing is not None else None
    primary = _child(objectives, "primaryObjective") if objectives is not None else None
    if primary is None or primary.get("satisfiedByMeasure", "").strip() != "true":
        return ""
    return _text(_child(primary, "minNormalizedMeasure")) or "1.0"


def scorm_version(root) -> str | None:
    """``scorm12`` or ``scorm2004`` from ``schemaversion``, else from the namespaces used."""
    metadata = _child(root, "metadata")
    version = _text(_child(metadata, "schemaversion")) if metadata is not None else ""
    if version == "1.2":
        return SCORM12
    if version.startswith("2004") or version.startswith("CAM 1.3"):
        return SCORM2004
    namespaces = {
        etree.QName(element).namespace for element in root.iter() if isinstance(element.tag, str)
    }
    for element in root.iter():
        if isinstance(element.tag, str):
            namespaces.update(etree.QName(key).namespace for key in element.attrib)
    namespaces.update(root.nsmap.values())
    if namespaces & SCORM2004_NAMESPACES:
        return SCORM2004
    if namespaces & SCORM12_NAMESPACES:
        return SCORM12
    return None


def parse_scorm(content: bytes, files: set[str]) -> tuple[ParsedPackage | None, list[Problem]]:
    root, problems = parse_xml(content, "imsmanifest.xml")
    if root is None:
        return None, problems
    if _local(root) != "manifest":
        return None, [Problem("scorm.root", _("imsmanifest.xml must have a <manifest> root."))]
    kind = scorm_version(root)
    if kind is None:
        return None, [
            Problem(
                "scorm.unknown_version",
                _("imsmanifest.xml names neither SCORM 1.2 nor SCORM 2004."),
            )
        ]
    identifiers: dict[str, int] = {}
    for element in root.iter():
        if isinstance(element.tag, str) and _local(element) in ("item", "resource", "organization"):
            identifier = _identifier(element)
            if identifier:
                identifiers[identifier] = identifiers.get(identifier, 0) + 1
    for identifier, count in sorted(identifiers.items()):
        if count > 1:
            problems.append(
                Problem(
                    "scorm.duplicate_identifier",
                    _("The identifier “%(id)s” is used %(count)s times.")
                    % {"id": identifier, "count": count},
                )
            )
    resources_element = _child(root, "resources")
    resources_base = (
        (resources_element.get("{http://www.w3.org/XML/1998/namespace}base") or "")
        if resources_element is not None
        else ""
    )
    resources = {}
    for resource in (
        _children(resources_element, "resource") if resources_element is not None else []
    ):
        resources[_identifier(resource)] = resource
    organizations = _child(root, "organizations")
    organization = None
    if organizations is not None:
        default = _identifier(organizations, "default")
        candidates = _children(organizations, "organization")
        organization = next(
            (o for o in candidates if _identifier(o) == default),
            candidates[0] if candidates else None,
        )
    if organization is None:
        problems.append(
            Problem("scorm.no_organization", _("imsmanifest.xml has no <organization>."))
        )
        return None, problems
    title = _text(_child(organization, "title")) or _("Untitled package")
    items: list[dict] = []

    def visit(element, depth: int):
        for item in _children(element, "item"):
            ref = _identifier(item, "identifierref")
            if ref:
                resource = resources.get(ref)
                if resource is None:
                    problems.append(
                        Problem(
                            "scorm.missing_resource",
                            _(
                                "The item “%(item)s” refers to the resource “%(ref)s”, which "
                                "does not exist."
                            )
                            % {"item": _identifier(item), "ref": ref},
                        )
                    )
                elif resource.get("href"):
                    base = resources_base + (
                        resource.get("{http://www.w3.org/XML/1998/namespace}base") or ""
                    )
                    href = _launch_path(resource.get("href"), item.get("parameters"), base)
                    if _file_part(href) not in files:
                        problems.append(
                            Problem(
                                "scorm.launch_file_missing",
                                _("The launch file “%(href)s” of “%(item)s” is not in the package.")
                                % {"href": _file_part(href), "item": _identifier(item)},
                            )
                        )
                    mastery = _text(_child(item, "masteryscore"))
                    threshold = _completion_threshold(_child(item, "completionThreshold"))
                    items.append(
                        {
                            "identifier": _identifier(item),
                            "title": _text(_child(item, "title")) or _identifier(item),
                            "href": href,
                            "depth": depth,
                            "scorm_type": (_attribute(resource, "scormtype") or "sco").lower(),
                            "launch_data": _text(_child(item, "datafromlms"))
                            or _text(_child(item, "dataFromLMS")),
                            "mastery_score": mastery,
                            "completion_threshold": threshold,
                            "scaled_passing_score": _scaled_passing_score(item),
                        }
                    )
            visit(item, depth + 1)

    visit(organization, 0)
    if not items and not any(p.code == "scorm.missing_resource" for p in problems):
        problems.append(
            Problem("scorm.no_launchable_item", _("The organization has no item to launch."))
        )
    parsed = ParsedPackage(kind=kind, title=title, items=items)
    if kind == SCORM2004:
        from .sequencing import sequencing_of

        settings, report = sequencing_of(root, organization, items)
        if settings is not None:
            parsed.structure["sequencing"] = settings
        parsed.structure["sequencing_report"] = report
    return parsed, problems
