"""Small packages built in the tests with zipfile: valid ones of each kind, and helpers to
break them."""

import io
import zipfile

SCO_12_HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>SCO {title}</title></head>
<body><main><h1>{title}</h1><p id="state">loading</p></main></body></html>
"""

MANIFEST_12 = """<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="pkg12" version="1"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
  <organizations default="org">
    <organization identifier="org">
      <title>{title}</title>
      {items}
    </organization>
  </organizations>
  <resources>{resources}</resources>
</manifest>
"""

MANIFEST_2004 = """<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="pkg2004" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3">
  <metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>
  <organizations default="org">
    <organization identifier="org">
      <title>{title}</title>
      {items}
    </organization>
  </organizations>
  <resources>{resources}</resources>
</manifest>
"""


def scorm_manifest(version: str, title: str, scos: list[tuple[str, str, str]], **extra) -> str:
    """``scos``: (identifier, title, href)."""
    items = "".join(
        f'<item identifier="{identifier}" identifierref="res-{identifier}">'
        f"<title>{sco_title}</title>{extra.get('item_extra', '')}</item>"
        for identifier, sco_title, _href in scos
    )
    scorm_type = "scormtype" if version == "1.2" else "scormType"
    resources = "".join(
        f'<resource identifier="res-{identifier}" type="webcontent" '
        f'adlcp:{scorm_type}="sco" href="{href}"><file href="{href}"/></resource>'
        for identifier, _title, href in scos
    )
    template = MANIFEST_12 if version == "1.2" else MANIFEST_2004
    return template.format(title=title, items=items, resources=resources)


def zip_bytes(files: dict[str, bytes | str], *, force_zip64: bool = False) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            data = content.encode() if isinstance(content, str) else content
            if force_zip64:
                with archive.open(zipfile.ZipInfo(name), "w", force_zip64=True) as out:
                    out.write(data)
            else:
                archive.writestr(name, data)
    return buffer.getvalue()


def scorm_package(version: str = "1.2", scos=None, title="Safety briefing", pages=None) -> dict:
    scos = scos or [("sco1", "Part one", "sco1/index.html")]
    files = {"imsmanifest.xml": scorm_manifest(version, title, scos)}
    for _identifier, sco_title, href in scos:
        files[href.split("?")[0]] = (pages or {}).get(href, SCO_12_HTML.format(title=sco_title))
    return files


TINCAN = """<?xml version="1.0" encoding="utf-8"?>
<tincan xmlns="http://projecttincan.com/tincan.xsd">
  <activities>
    <activity id="{activity_id}" type="http://adlnet.gov/expapi/activities/course">
      <name>{title}</name>
      <description lang="en-US">A short course.</description>
      <launch lang="en-US">{launch}</launch>
    </activity>
  </activities>
</tincan>
"""


def tincan_package(activity_id="https://example.org/courses/interviewing", launch="index.html"):
    return {
        "tincan.xml": TINCAN.format(activity_id=activity_id, title="Interviewing", launch=launch),
        "index.html": "<!DOCTYPE html><html><head><title>x</title></head><body></body></html>",
    }


CMI5_NAMESPACE = "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd"


def au(
    identifier="https://example.org/au/1",
    url="au1/index.html",
    move_on="CompletedOrPassed",
    mastery=None,
    launch_method=None,
    title="First unit",
    extra="",
):
    attributes = f'id="{identifier}" moveOn="{move_on}"'
    if mastery is not None:
        attributes += f' masteryScore="{mastery}"'
    if launch_method is not None:
        attributes += f' launchMethod="{launch_method}"'
    title_xml = f'<title><langstring lang="en-US">{title}</langstring></title>' if title else ""
    return (
        f"<au {attributes}>{title_xml}"
        '<description><langstring lang="en-US">An AU.</langstring></description>'
        f"<url>{url}</url>{extra}</au>"
    )


def cmi5_xml(body: str | None = None, course_id="https://example.org/course/1") -> str:
    body = body if body is not None else au()
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        f'<courseStructure xmlns="{CMI5_NAMESPACE}">'
        f'<course id="{course_id}">'
        '<title><langstring lang="en-US">Labour inspections</langstring></title>'
        '<description><langstring lang="en-US">A cmi5 course.</langstring></description>'
        "</course>"
        f"{body}</courseStructure>"
    )
