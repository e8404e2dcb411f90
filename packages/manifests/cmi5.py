"""cmi5 packages: ``cmi5.xml`` checked against the constraints of ``CourseStructure.xsd`` and
the rules of the cmi5 specification the schema cannot express, read into AUs and blocks."""

import re
from decimal import Decimal, InvalidOperation
from urllib.parse import parse_qsl, urlsplit

from django.utils.translation import gettext as _
from lxml import etree

from ..problems import Problem
from .common import CMI5, ParsedPackage, is_iri
from .xmltools import _child, _children, _local, _text, parse_xml

CMI5_NAMESPACE = "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd"
MOVE_ON = ("Passed", "Completed", "CompletedAndPassed", "CompletedOrPassed", "NotApplicable")
LAUNCH_METHODS = ("AnyWindow", "OwnWindow")
# Parameters the LMS adds to a cmi5 launch URL; an AU's own URL must not carry them.
CMI5_LAUNCH_PARAMETERS = ("endpoint", "fetch", "actor", "activityId", "registration")
# Characters RFC 1738 never allows in a URL, whatever its scheme (13.1.4.0-2).
_UNSAFE_URL_CHARACTERS = re.compile(r'[\s<>"{}|\\^`]')
# The order CourseStructure.xsd gives the children of each element (its sequences);
# names of the same rank may come in any order. Other namespaces' elements are free.
_SCHEMA_ORDER = {
    "courseStructure": {"course": 0, "objectives": 1, "au": 2, "block": 2},
    "course": {"title": 0, "description": 1},
    "block": {"title": 0, "description": 1, "objectives": 2, "au": 3, "block": 3},
    "au": {
        "title": 0,
        "description": 1,
        "objectives": 2,
        "url": 3,
        "launchParameters": 4,
        "entitlementKey": 5,
    },
}


def _order_problems(element) -> list[Problem]:
    """Children of a schema element out of the schema's order, or unknown to it."""
    order = _SCHEMA_ORDER[_local(element)]
    rank = -1
    for child in element:
        if not isinstance(child.tag, str) or etree.QName(child).namespace != CMI5_NAMESPACE:
            continue
        name = _local(child)
        if name not in order:
            return [
                Problem(
                    "cmi5.schema_order",
                    _("<%(child)s> is not allowed in <%(parent)s>.")
                    % {"child": name, "parent": _local(element)},
                )
            ]
        if order[name] < rank:
            return [
                Problem(
                    "cmi5.schema_order",
                    _("<%(child)s> comes too late in <%(parent)s>: the schema gives its order.")
                    % {"child": name, "parent": _local(element)},
                )
            ]
        rank = order[name]
    return []


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
    problems.extend(_order_problems(root))

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
    problems.extend(_order_problems(course))
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
                problems.extend(_order_problems(child))
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
        problems.extend(_order_problems(element))
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
        elif _UNSAFE_URL_CHARACTERS.search(url):
            problems.append(
                Problem(
                    "cmi5.invalid_url",
                    _(
                        "The URL of the AU “%(id)s” has a space or a character a URL may not "
                        "hold (RFC 1738)."
                    )
                    % {"id": identifier},
                )
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
