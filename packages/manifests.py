"""Recognising a package and reading its manifest: SCORM 1.2 and 2004 (``imsmanifest.xml``),
xAPI (``tincan.xml``) and cmi5 (``cmi5.xml``).

Pure functions over file names and XML bytes; they return a :class:`ParsedPackage` and
the list of problems found, each named after the rule it breaks. XML is parsed with
lxml without network access, external entities or DTDs: a document that declares a
DTD is refused.

The cmi5 course structure is checked in code against the constraints of the cmi5
``CourseStructure.xsd`` (root and namespace, required elements and attributes, the
``moveOn`` and ``launchMethod`` enumerations, ``masteryScore`` as a decimal from 0 to
1, IRIs) and the rules of the cmi5 specification that the schema cannot express
(unique ids, launch parameters not in the AU URL, relative URLs present in the zip).
"""

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from urllib.parse import parse_qsl, urlsplit

from django.utils.translation import gettext as _
from lxml import etree

from .problems import Problem

SCORM12 = "scorm12"
SCORM2004 = "scorm2004"
XAPI = "xapi"
CMI5 = "cmi5"

MANIFEST_FILES = {CMI5: "cmi5.xml", XAPI: "tincan.xml", "scorm": "imsmanifest.xml"}

CMI5_NAMESPACE = "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd"
TINCAN_NAMESPACE = "http://projecttincan.com/tincan.xsd"
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
MOVE_ON = ("Passed", "Completed", "CompletedAndPassed", "CompletedOrPassed", "NotApplicable")
LAUNCH_METHODS = ("AnyWindow", "OwnWindow")
# Parameters the LMS adds to a cmi5 launch URL; an AU's own URL must not carry them.
CMI5_LAUNCH_PARAMETERS = ("endpoint", "fetch", "actor", "activityId", "registration")

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


def parse_xml(content: bytes, name: str) -> tuple[etree._Element | None, list[Problem]]:
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    try:
        tree = etree.fromstring(content, parser=parser).getroottree()
    except etree.XMLSyntaxError as error:
        return None, [
            Problem(
                "xml.malformed",
                _("%(name)s is not well-formed XML: %(error)s") % {"name": name, "error": error},
            )
        ]
    if tree.docinfo.internalDTD is not None or tree.docinfo.doctype:
        return None, [
            Problem(
                "xml.dtd_forbidden",
                _("%(name)s declares a DTD, which is not accepted.") % {"name": name},
            )
        ]
    return tree.getroot(), []


def _local(element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def _children(element, name: str) -> list:
    return [child for child in element if _local(child) == name]


def _child(element, name: str):
    found = _children(element, name)
    return found[0] if found else None


def _text(element) -> str:
    return (element.text or "").strip() if element is not None else ""


def _attribute(element, name: str) -> str | None:
    """An attribute by local name, whatever its namespace (``adlcp:scormtype`` or
    ``adlcp:scormType``, compared without case)."""
    for key, value in element.attrib.items():
        if etree.QName(key).localname.lower() == name.lower():
            return value
    return None


def _launch_path(href: str, parameters: str | None, base: str = "") -> str:
    path = base + href
    if parameters:
        parameters = parameters.lstrip("?&")
        if parameters.startswith("#"):
            return path + parameters
        return path + ("&" if "?" in path else "?") + parameters
    return path


def _file_part(href: str) -> str:
    return urlsplit(href).path


# --- SCORM ---------------------------------------------------------------------------


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
            identifier = element.get("identifier")
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
        resources[resource.get("identifier")] = resource
    organizations = _child(root, "organizations")
    organization = None
    if organizations is not None:
        default = organizations.get("default")
        candidates = _children(organizations, "organization")
        organization = next(
            (o for o in candidates if o.get("identifier") == default),
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
            ref = item.get("identifierref")
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
                            % {"item": item.get("identifier"), "ref": ref},
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
                                % {"href": _file_part(href), "item": item.get("identifier")},
                            )
                        )
                    mastery = _text(_child(item, "masteryscore"))
                    threshold = _text(_child(item, "completionThreshold"))
                    items.append(
                        {
                            "identifier": item.get("identifier"),
                            "title": _text(_child(item, "title")) or item.get("identifier"),
                            "href": href,
                            "depth": depth,
                            "scorm_type": (_attribute(resource, "scormtype") or "sco").lower(),
                            "launch_data": _text(_child(item, "datafromlms"))
                            or _text(_child(item, "dataFromLMS")),
                            "mastery_score": mastery,
                            "completion_threshold": threshold,
                        }
                    )
            visit(item, depth + 1)

    visit(organization, 0)
    if not items and not any(p.code == "scorm.missing_resource" for p in problems):
        problems.append(
            Problem("scorm.no_launchable_item", _("The organization has no item to launch."))
        )
    return ParsedPackage(kind=kind, title=title, items=items), problems


# --- xAPI (tincan.xml) -----------------------------------------------------------------


def parse_tincan(content: bytes, files: set[str]) -> tuple[ParsedPackage | None, list[Problem]]:
    root, problems = parse_xml(content, "tincan.xml")
    if root is None:
        return None, problems
    if _local(root) != "tincan":
        return None, [Problem("tincan.root", _("tincan.xml must have a <tincan> root."))]
    activities = _child(root, "activities")
    launchable = [
        activity
        for activity in (_children(activities, "activity") if activities is not None else [])
        if _child(activity, "launch") is not None
    ]
    if not launchable:
        return None, [Problem("tincan.no_launch", _("No activity in tincan.xml has a <launch>."))]
    activity = launchable[0]
    activity_id = activity.get("id", "")
    if not is_iri(activity_id):
        problems.append(
            Problem(
                "tincan.invalid_iri",
                _("The activity id “%(id)s” is not an IRI.") % {"id": activity_id},
            )
        )
    href = _text(_child(activity, "launch"))
    if not urlsplit(href).scheme and _file_part(href) not in files:
        problems.append(
            Problem(
                "tincan.launch_file_missing",
                _("The launch file “%(href)s” is not in the package.") % {"href": href},
            )
        )
    title = _text(_child(activity, "name")) or activity_id
    item = {"identifier": activity_id, "activity_id": activity_id, "title": title, "href": href}
    return ParsedPackage(kind=XAPI, title=title, items=[item]), problems


# --- cmi5 ------------------------------------------------------------------------------


def _langstrings(element) -> dict[str, str]:
    if element is None:
        return {}
    return {(child.get("lang") or ""): _text(child) for child in _children(element, "langstring")}


def _first_string(strings: dict[str, str]) -> str:
    for lang, text in strings.items():
        if lang.lower().startswith("en") and text:
            return text
    return next((text for text in strings.values() if text), "")


def parse_cmi5(
    content: bytes, files: set[str] | None
) -> tuple[ParsedPackage | None, list[Problem]]:
    """``files`` is ``None`` for a bare ``cmi5.xml`` (every AU URL must then be absolute)."""
    root, problems = parse_xml(content, "cmi5.xml")
    if root is None:
        return None, problems
    if _local(root) != "courseStructure" or etree.QName(root).namespace != CMI5_NAMESPACE:
        return None, [
            Problem(
                "cmi5.root",
                _("cmi5.xml must have a <courseStructure> root in the namespace %(ns)s.")
                % {"ns": CMI5_NAMESPACE},
            )
        ]
    seen: dict[str, str] = {}

    def check_id(element, what: str) -> str:
        identifier = element.get("id")
        if identifier is None:
            problems.append(Problem("cmi5.missing_id", _("A %(what)s has no id.") % {"what": what}))
            return ""
        if not is_iri(identifier):
            problems.append(
                Problem(
                    "cmi5.invalid_iri",
                    _("The %(what)s id “%(id)s” is not an IRI.") % {"what": what, "id": identifier},
                )
            )
        if identifier in seen:
            problems.append(
                Problem(
                    "cmi5.duplicate_id",
                    _("The id “%(id)s” is used more than once.") % {"id": identifier},
                )
            )
        seen[identifier] = what
        return identifier

    def check_text(element, what: str, identifier: str) -> dict[str, str]:
        result = {}
        for name in ("title", "description"):
            strings = _langstrings(_child(element, name))
            if not strings or not any(strings.values()):
                problems.append(
                    Problem(
                        f"cmi5.missing_{name}",
                        _("The %(what)s “%(id)s” needs a <%(name)s> with a <langstring>.")
                        % {"what": what, "id": identifier, "name": name},
                    )
                )
            result[name] = strings
        return result

    course = _child(root, "course")
    if course is None:
        return None, problems + [Problem("cmi5.no_course", _("cmi5.xml has no <course>."))]
    course_id = check_id(course, _("course"))
    course_text = check_text(course, _("course"), course_id)
    objectives = _child(root, "objectives")
    for objective in _children(objectives, "objective") if objectives is not None else []:
        check_id(objective, _("objective"))
    aus: list[dict] = []
    blocks: list[dict] = []

    def visit(element, parents: list[str]) -> list[dict]:
        nodes = []
        for child in element:
            name = _local(child)
            if name == "au":
                au = parse_au(child, parents)
                aus.append(au)
                nodes.append({"type": "au", "id": au["identifier"]})
            elif name == "block":
                identifier = check_id(child, _("block"))
                text = check_text(child, _("block"), identifier)
                children = visit(child, [*parents, identifier])
                if not children:
                    problems.append(
                        Problem(
                            "cmi5.empty_block",
                            _("The block “%(id)s” holds no AU or block.") % {"id": identifier},
                        )
                    )
                blocks.append({"identifier": identifier, "parents": parents, **text})
                nodes.append({"type": "block", "id": identifier, "children": children})
        return nodes

    def parse_au(element, parents: list[str]) -> dict:
        identifier = check_id(element, _("AU"))
        text = check_text(element, _("AU"), identifier)
        move_on = element.get("moveOn", "NotApplicable")
        if move_on not in MOVE_ON:
            problems.append(
                Problem(
                    "cmi5.invalid_move_on",
                    _("The AU “%(id)s” has moveOn “%(value)s”; it must be one of %(allowed)s.")
                    % {"id": identifier, "value": move_on, "allowed": ", ".join(MOVE_ON)},
                )
            )
        mastery = element.get("masteryScore")
        if mastery is not None:
            try:
                valid = Decimal("0") <= Decimal(mastery) <= Decimal("1")
            except InvalidOperation:
                valid = False
            if not valid:
                problems.append(
                    Problem(
                        "cmi5.invalid_mastery_score",
                        _(
                            "The AU “%(id)s” has masteryScore “%(value)s”; it must be a decimal "
                            "from 0 to 1."
                        )
                        % {"id": identifier, "value": mastery},
                    )
                )
        launch_method = element.get("launchMethod", "AnyWindow")
        if launch_method not in LAUNCH_METHODS:
            problems.append(
                Problem(
                    "cmi5.invalid_launch_method",
                    _(
                        "The AU “%(id)s” has launchMethod “%(value)s”; it must be AnyWindow or "
                        "OwnWindow."
                    )
                    % {"id": identifier, "value": launch_method},
                )
            )
        activity_type = element.get("activityType")
        if activity_type is not None and not is_iri(activity_type):
            problems.append(
                Problem(
                    "cmi5.invalid_iri",
                    _("The activityType of the AU “%(id)s” is not an IRI.") % {"id": identifier},
                )
            )
        url = _text(_child(element, "url"))
        if not url:
            problems.append(
                Problem("cmi5.missing_url", _("The AU “%(id)s” has no <url>.") % {"id": identifier})
            )
        else:
            parts = urlsplit(url)
            names = {key for key, _value in parse_qsl(parts.query, keep_blank_values=True)}
            reserved = sorted(names & set(CMI5_LAUNCH_PARAMETERS))
            if reserved:
                problems.append(
                    Problem(
                        "cmi5.reserved_launch_parameter",
                        _(
                            "The URL of the AU “%(id)s” carries %(names)s, which only the LMS "
                            "may add."
                        )
                        % {"id": identifier, "names": ", ".join(reserved)},
                    )
                )
            if not parts.scheme:
                if files is None:
                    problems.append(
                        Problem(
                            "cmi5.relative_url_without_package",
                            _(
                                "The AU “%(id)s” has a relative URL, but a bare cmi5.xml has no "
                                "files; upload a zip."
                            )
                            % {"id": identifier},
                        )
                    )
                elif parts.path not in files:
                    problems.append(
                        Problem(
                            "cmi5.launch_file_missing",
                            _(
                                "The launch file “%(href)s” of the AU “%(id)s” is not in the "
                                "package."
                            )
                            % {"href": parts.path, "id": identifier},
                        )
                    )
        return {
            "identifier": identifier,
            "title": _first_string(text["title"]) or identifier,
            "titles": text["title"],
            "descriptions": text["description"],
            "href": url,
            "moveOn": move_on,
            "masteryScore": mastery,
            "launchMethod": launch_method,
            "launchParameters": _text(_child(element, "launchParameters")),
            "entitlementKey": _text(_child(element, "entitlementKey")),
            "activityType": activity_type or "",
            "parents": parents,
        }

    tree = visit(root, [])
    if not aus:
        problems.append(Problem("cmi5.no_au", _("The course structure has no AU.")))
    title = _first_string(course_text["title"]) or course_id
    structure = {
        "course": {"identifier": course_id, **course_text},
        "blocks": blocks,
        "tree": tree,
    }
    return ParsedPackage(kind=CMI5, title=title, items=aus, structure=structure), problems
