"""xAPI packages: reading the launchable activity of ``tincan.xml``."""

from urllib.parse import urlsplit

from django.utils.translation import gettext as _

from ..problems import Problem
from .common import XAPI, ParsedPackage, is_iri
from .xmltools import _child, _children, _file_part, _local, _text, parse_xml

TINCAN_NAMESPACE = "http://projecttincan.com/tincan.xsd"


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
