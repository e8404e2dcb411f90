"""Shared XML helpers: parsing without network, external entities or DTDs, and finding
elements, text and attributes by local name whatever their namespace."""

from urllib.parse import unquote, urlsplit

from django.utils.translation import gettext as _
from lxml import etree

from ..problems import Problem


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


def _file_part(href: str) -> str:
    """The file a relative URL names in the package: its path, percent-decoded."""
    return unquote(urlsplit(href).path)
