"""Importing packages: each kind is recognised and read; each invalid package is refused
with the rule it breaks named, and leaves nothing behind."""

import stat
import zipfile

import pytest

from packages.models import Package, PackageVersion
from packages.problems import PackageInvalid
from packages.services import attempt_for_learner, package_import
from tests import factories
from tests.packages import fixtures as f

pytestmark = pytest.mark.django_db


def import_zip(write_file, files, name="package.zip", **kwargs):
    return package_import(path=write_file(name, f.zip_bytes(files)), filename=name, **kwargs)


def problem_codes(write_file, files=None, *, raw: bytes | None = None, name="package.zip"):
    path = write_file(name, raw if raw is not None else f.zip_bytes(files))
    with pytest.raises(PackageInvalid) as caught:
        package_import(path=path, filename=name)
    return [problem.code for problem in caught.value.problems]


def test_scorm_12_package_is_imported_with_its_scos_and_files(write_file, packages_root):
    version = import_zip(
        write_file,
        f.scorm_package(
            "1.2",
            scos=[("a", "Part A", "a/index.html"), ("b", "Part B", "b/start.html?page=2")],
        ),
    )
    assert version.kind == "scorm12"
    assert version.package.title == "Safety briefing"
    assert [(i["identifier"], i["href"]) for i in version.items] == [
        ("a", "a/index.html"),
        ("b", "b/start.html?page=2"),
    ]
    assert (packages_root / str(version.uuid) / "a" / "index.html").is_file()
    assert version.file_count == 3


def test_scorm_2004_is_told_apart_by_its_schema_version(write_file):
    version = import_zip(write_file, f.scorm_package("2004"))
    assert version.kind == "scorm2004"


def test_scorm_2004_without_schema_version_is_told_apart_by_its_namespaces(write_file):
    files = f.scorm_package("2004")
    files["imsmanifest.xml"] = files["imsmanifest.xml"].replace(
        "<schemaversion>2004 4th Edition</schemaversion>", ""
    )
    assert import_zip(write_file, files).kind == "scorm2004"


def test_zip64_archives_are_read(write_file):
    path = write_file("big.zip", f.zip_bytes(f.scorm_package("1.2"), force_zip64=True))
    with zipfile.ZipFile(path) as archive:
        assert all(info.extract_version >= zipfile.ZIP64_VERSION for info in archive.infolist())
    assert package_import(path=path, filename="big.zip").kind == "scorm12"


def test_xapi_package_keeps_its_activity_id(write_file):
    version = import_zip(write_file, f.tincan_package())
    assert version.kind == "xapi"
    assert version.items[0]["activity_id"] == "https://example.org/courses/interviewing"


def test_cmi5_zip_keeps_its_course_structure(write_file):
    body = (
        '<block id="https://example.org/block/1">'
        '<title><langstring lang="en-US">Block</langstring></title>'
        '<description><langstring lang="en-US">B</langstring></description>'
        + f.au(
            mastery="0.8",
            launch_method="OwnWindow",
            extra='<launchParameters>{"level": 2}</launchParameters>'
            "<entitlementKey>key-1</entitlementKey>",
        )
        + "</block>"
    )
    files = {"cmi5.xml": f.cmi5_xml(body), "au1/index.html": "<html></html>"}
    version = import_zip(write_file, files)
    au = version.items[0]
    assert version.kind == "cmi5"
    assert (au["moveOn"], au["masteryScore"], au["launchMethod"]) == (
        "CompletedOrPassed",
        "0.8",
        "OwnWindow",
    )
    assert au["launchParameters"] == '{"level": 2}'
    assert au["entitlementKey"] == "key-1"
    assert au["parents"] == ["https://example.org/block/1"]
    assert version.structure["course"]["identifier"] == "https://example.org/course/1"


def test_a_bare_cmi5_xml_with_absolute_urls_is_imported(write_file):
    xml = f.cmi5_xml(f.au(url="https://content.example.org/au1/"))
    path = write_file("cmi5.xml", xml)
    version = package_import(path=path, filename="cmi5.xml")
    assert version.kind == "cmi5" and version.file_count == 0


def test_each_upload_is_a_new_version_and_a_learner_keeps_the_one_they_started(write_file):
    first = import_zip(write_file, f.scorm_package("1.2", title="Briefing"))
    learner = factories.UserFactory()
    started = attempt_for_learner(user=learner, package=first.package)
    second = import_zip(write_file, f.scorm_package("1.2"), package=first.package)
    assert second.number == 2
    assert attempt_for_learner(user=learner, package=first.package).version == first
    newcomer = factories.UserFactory()
    assert attempt_for_learner(user=newcomer, package=first.package).version == second
    assert started.version == first


def test_a_new_version_of_another_kind_is_refused(write_file):
    first = import_zip(write_file, f.scorm_package("1.2"))
    with pytest.raises(PackageInvalid) as caught:
        import_zip(write_file, f.tincan_package(), package=first.package)
    assert [p.code for p in caught.value.problems] == ["package.kind_changed"]


def _with_member(files, name, content=b"x", mode=None):
    raw = f.zip_bytes(files)
    import io

    buffer = io.BytesIO(raw)
    with zipfile.ZipFile(buffer, "a") as archive:
        info = zipfile.ZipInfo(name)
        if mode is not None:
            info.external_attr = mode << 16
        archive.writestr(info, content)
    return buffer.getvalue()


@pytest.mark.parametrize("name", ["../escape.html", "a/../../escape.html", "/etc/passwd", "C:/x"])
def test_zip_unsafe_path(write_file, name):
    raw = _with_member(f.scorm_package(), name)
    assert "zip.unsafe_path" in problem_codes(write_file, raw=raw)


def test_zip_link(write_file):
    raw = _with_member(f.scorm_package(), "sco1/link", b"/etc/passwd", stat.S_IFLNK | 0o777)
    assert "zip.link" in problem_codes(write_file, raw=raw)


def test_zip_too_many_files(write_file, settings):
    settings.PACKAGES_MAX_FILES = 2
    files = f.scorm_package()
    files["extra.txt"] = "x"
    assert "zip.too_many_files" in problem_codes(write_file, files)


def test_zip_too_large(write_file, settings):
    settings.PACKAGES_MAX_TOTAL_BYTES = 500
    files = f.scorm_package()
    files["big.txt"] = "incompressible?" * 100
    assert "zip.too_large" in problem_codes(write_file, files)


def test_zip_compression_ratio(write_file):
    files = f.scorm_package()
    files["bomb.bin"] = b"\0" * (5 * 1024 * 1024)
    assert "zip.compression_ratio" in problem_codes(write_file, files)


def test_zip_unreadable(write_file):
    assert problem_codes(write_file, raw=b"not a zip at all") == ["zip.unreadable"]


def test_package_unknown_kind(write_file):
    assert problem_codes(write_file, {"index.html": "<html></html>"}) == ["package.unknown_kind"]


def test_xml_malformed(write_file):
    assert problem_codes(write_file, {"imsmanifest.xml": "<manifest"}) == ["xml.malformed"]


def test_xml_dtd_forbidden(write_file):
    manifest = (
        '<?xml version="1.0"?><!DOCTYPE manifest [<!ENTITY a "aaaa">]><manifest>&a;</manifest>'
    )
    assert problem_codes(write_file, {"imsmanifest.xml": manifest}) == ["xml.dtd_forbidden"]


def test_scorm_unknown_version(write_file):
    manifest = "<manifest><organizations/><resources/></manifest>"
    assert problem_codes(write_file, {"imsmanifest.xml": manifest}) == ["scorm.unknown_version"]


def test_scorm_no_organization(write_file):
    files = f.scorm_package()
    files["imsmanifest.xml"] = (
        files["imsmanifest.xml"]
        .replace("<organization identifier", "<other identifier")
        .replace("</organization>", "</other>")
    )
    assert "scorm.no_organization" in problem_codes(write_file, files)


def test_scorm_missing_resource(write_file):
    files = f.scorm_package()
    files["imsmanifest.xml"] = files["imsmanifest.xml"].replace(
        'identifierref="res-sco1"', 'identifierref="nowhere"'
    )
    assert "scorm.missing_resource" in problem_codes(write_file, files)


def test_scorm_launch_file_missing(write_file):
    files = f.scorm_package()
    del files["sco1/index.html"]
    assert problem_codes(write_file, files) == ["scorm.launch_file_missing"]


def test_scorm_duplicate_identifier(write_file):
    files = f.scorm_package(scos=[("a", "A", "a.html"), ("a", "A again", "b.html")])
    assert "scorm.duplicate_identifier" in problem_codes(write_file, files)


def test_tincan_invalid_iri(write_file):
    assert problem_codes(write_file, f.tincan_package(activity_id="not an iri")) == [
        "tincan.invalid_iri"
    ]


def test_tincan_no_launch(write_file):
    files = f.tincan_package()
    files["tincan.xml"] = files["tincan.xml"].replace(
        '<launch lang="en-US">index.html</launch>', ""
    )
    assert problem_codes(write_file, files) == ["tincan.no_launch"]


def cmi5_codes(write_file, body, files=None, **kwargs):
    content = {"cmi5.xml": f.cmi5_xml(body, **kwargs), "au1/index.html": "<html></html>"}
    content.update(files or {})
    return problem_codes(write_file, content)


def test_cmi5_duplicate_id(write_file):
    assert cmi5_codes(write_file, f.au() + f.au()) == ["cmi5.duplicate_id"]


def test_cmi5_invalid_iri(write_file):
    assert cmi5_codes(write_file, f.au(identifier="au 1")) == ["cmi5.invalid_iri"]


def test_cmi5_invalid_move_on(write_file):
    assert cmi5_codes(write_file, f.au(move_on="Whenever")) == ["cmi5.invalid_move_on"]


@pytest.mark.parametrize("mastery", ["1.5", "-0.1", "high"])
def test_cmi5_invalid_mastery_score(write_file, mastery):
    assert cmi5_codes(write_file, f.au(mastery=mastery)) == ["cmi5.invalid_mastery_score"]


def test_cmi5_invalid_launch_method(write_file):
    assert cmi5_codes(write_file, f.au(launch_method="NewTab")) == ["cmi5.invalid_launch_method"]


def test_cmi5_reserved_launch_parameter(write_file):
    codes = cmi5_codes(write_file, f.au(url="au1/index.html?registration=1&amp;lang=en"))
    assert codes == ["cmi5.reserved_launch_parameter"]


def test_cmi5_launch_file_missing(write_file):
    assert cmi5_codes(write_file, f.au(url="au2/index.html")) == ["cmi5.launch_file_missing"]


def test_cmi5_missing_title(write_file):
    assert cmi5_codes(write_file, f.au(title="")) == ["cmi5.missing_title"]


def test_cmi5_no_au(write_file):
    assert cmi5_codes(write_file, "") == ["cmi5.no_au"]


def test_cmi5_empty_block(write_file):
    block = (
        '<block id="https://example.org/block/empty">'
        '<title><langstring lang="en">B</langstring></title>'
        '<description><langstring lang="en">B</langstring></description></block>'
    )
    assert cmi5_codes(write_file, f.au() + block) == ["cmi5.empty_block"]


def test_cmi5_root(write_file):
    files = {"cmi5.xml": "<courseStructure><course/></courseStructure>"}
    assert problem_codes(write_file, files) == ["cmi5.root"]


def test_cmi5_relative_url_without_package(write_file):
    path = write_file("cmi5.xml", f.cmi5_xml())
    with pytest.raises(PackageInvalid) as caught:
        package_import(path=path, filename="cmi5.xml")
    assert [p.code for p in caught.value.problems] == ["cmi5.relative_url_without_package"]


def test_several_problems_are_all_listed(write_file):
    codes = cmi5_codes(write_file, f.au(identifier="bad id", move_on="Never", mastery="2"))
    assert codes == ["cmi5.invalid_iri", "cmi5.invalid_move_on", "cmi5.invalid_mastery_score"]


def test_an_invalid_package_leaves_nothing_behind(write_file, packages_root):
    files = f.scorm_package()
    del files["sco1/index.html"]
    problem_codes(write_file, files)
    assert not Package.objects.exists() and not PackageVersion.objects.exists()
    assert not packages_root.exists() or not any(packages_root.iterdir())


def problems_of(write_file, files):
    path = write_file("package.zip", f.zip_bytes(files))
    with pytest.raises(PackageInvalid) as caught:
        package_import(path=path, filename="package.zip")
    return caught.value.problems


@pytest.mark.parametrize(
    "href, file, stored",
    [
        ("story%20html5.html", "story html5.html", "story%20html5.html"),
        ("index%5Flms.html", "index_lms.html", "index%5Flms.html"),
        ("story html5.html", "story html5.html", "story%20html5.html"),
        ("a b/start.html?page=2#top", "a b/start.html", "a%20b/start.html?page=2#top"),
        ("café.html", "café.html", "caf%C3%A9.html"),
        ("100%.html", "100%.html", "100%25.html"),
    ],
)
def test_scorm_launch_hrefs_are_urls(write_file, packages_root, href, file, stored):
    files = f.scorm_package(scos=[("sco1", "Part one", href)])
    files.pop(href.split("?")[0])
    files[file] = f.SCO_12_HTML.format(title="Part one")
    version = import_zip(write_file, files)
    assert version.items[0]["href"] == stored
    assert (packages_root / str(version.uuid) / file).is_file()


def test_a_percent_encoded_launch_file_that_is_missing_is_named_decoded(write_file):
    files = f.scorm_package(scos=[("sco1", "Part one", "story%20html5.html")])
    del files["story%20html5.html"]
    [problem] = problems_of(write_file, files)
    assert problem.code == "scorm.launch_file_missing"
    assert "“story html5.html”" in problem.message


def test_scorm_identifiers_with_surrounding_white_space_are_read_collapsed(write_file):
    files = f.scorm_package()
    files["imsmanifest.xml"] = (
        files["imsmanifest.xml"]
        .replace('default="org"', 'default=" org "')
        .replace('<organization identifier="org"', '<organization identifier="org  "')
        .replace('<item identifier="sco1"', '<item identifier="\n  sco1 "')
        .replace('identifierref="res-sco1"', 'identifierref=" res-sco1"')
        .replace('<resource identifier="res-sco1"', '<resource identifier="res-sco1\t"')
    )
    version = import_zip(write_file, files)
    assert [(i["identifier"], i["href"]) for i in version.items] == [("sco1", "sco1/index.html")]


def test_identifiers_differing_only_by_white_space_are_duplicates(write_file):
    files = f.scorm_package(scos=[("a", "A", "a.html"), ("b", "B", "b.html")])
    files["imsmanifest.xml"] = files["imsmanifest.xml"].replace(
        '<item identifier="b"', '<item identifier=" a "'
    )
    assert "scorm.duplicate_identifier" in problem_codes(write_file, files)


def in_folder(files, folder="course/"):
    return {folder + name: content for name, content in files.items()}


@pytest.mark.parametrize(
    "package",
    [f.scorm_package(), f.tincan_package(), {"cmi5.xml": f.cmi5_xml(), "au1/index.html": "x"}],
)
def test_a_zipped_folder_is_read_from_that_folder(write_file, packages_root, package):
    files = {
        "course/": b"",
        **in_folder(package),
        "__MACOSX/course/._index.html": b"\0\5\26\7",
        ".DS_Store": b"\0\0\0\1Bud1",
        "course/.DS_Store": b"\0\0\0\1Bud1",
    }
    version = import_zip(write_file, files)
    content = packages_root / str(version.uuid)
    launch = version.items[0].get("href") or version.items[0].get("url")
    assert (content / launch.split("?")[0]).is_file()
    assert sorted(p.name for p in content.iterdir()) == sorted(
        {name.split("/")[0] for name in package} | {".DS_Store"}
    )
    assert version.file_count == len(package) + 1


@pytest.mark.parametrize(
    "files, message",
    [
        (
            in_folder(f.scorm_package(), "course/sub/"),
            "imsmanifest.xml is not at the top of the zip; it was found in “course/sub/”. "
            "Zip the contents of that folder.",
        ),
        (
            {**in_folder(f.scorm_package()), "readme.txt": "x"},
            "imsmanifest.xml is not at the top of the zip; it was found in “course/”. "
            "Zip the contents of that folder.",
        ),
        (
            {**in_folder(f.scorm_package(), "a/"), **in_folder(f.scorm_package(), "b/")},
            "imsmanifest.xml is not at the top of the zip; it was found in several folders "
            "(“a/”, “b/”). Zip the contents of the package's folder.",
        ),
    ],
)
def test_a_manifest_elsewhere_than_the_top_is_refused_saying_where(write_file, files, message):
    problems = problems_of(write_file, files)
    assert [p.code for p in problems] == ["package.manifest_not_at_root", "package.unknown_kind"]
    assert problems[0].message == message


def test_a_zipped_folder_is_checked_under_its_real_member_names(write_file):
    files = in_folder(f.scorm_package())
    files["__MACOSX/bomb.bin"] = b"\0" * (5 * 1024 * 1024)
    assert problem_codes(write_file, files) == ["zip.compression_ratio"]
    raw = _with_member(in_folder(f.scorm_package()), "course/../../escape.html")
    assert "zip.unsafe_path" in problem_codes(write_file, raw=raw)
    raw = _with_member(in_folder(f.scorm_package()), "course/link", b"/etc", stat.S_IFLNK | 0o777)
    assert problem_codes(write_file, raw=raw) == ["zip.link"]


def test_a_zipped_folders_os_files_count_towards_the_limits(write_file, settings):
    settings.PACKAGES_MAX_FILES = 2
    files = {**in_folder(f.scorm_package()), ".DS_Store": "x"}
    assert problem_codes(write_file, files) == ["zip.too_many_files"]
