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

from .cmi5 import CMI5_LAUNCH_PARAMETERS, CMI5_NAMESPACE, LAUNCH_METHODS, MOVE_ON, parse_cmi5
from .common import (
    CMI5,
    MANIFEST_FILES,
    SCORM12,
    SCORM2004,
    XAPI,
    ParsedPackage,
    detect_kind,
    iri_overlaps,
    is_iri,
    namespace_problems,
)
from .scorm import SCORM12_NAMESPACES, SCORM2004_NAMESPACES, parse_scorm, scorm_version
from .tincan import TINCAN_NAMESPACE, parse_tincan
from .xmltools import parse_xml

__all__ = [
    "CMI5",
    "CMI5_LAUNCH_PARAMETERS",
    "CMI5_NAMESPACE",
    "LAUNCH_METHODS",
    "MANIFEST_FILES",
    "MOVE_ON",
    "SCORM12",
    "SCORM12_NAMESPACES",
    "SCORM2004",
    "SCORM2004_NAMESPACES",
    "TINCAN_NAMESPACE",
    "XAPI",
    "ParsedPackage",
    "detect_kind",
    "iri_overlaps",
    "is_iri",
    "namespace_problems",
    "parse_cmi5",
    "parse_scorm",
    "parse_tincan",
    "parse_xml",
    "scorm_version",
]
