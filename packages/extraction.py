"""Reading an uploaded zip safely: every member is checked before anything is written.

Refused: paths that climb out of the package (``..``), absolute paths and drive letters,
symbolic links and other special files, and archives past the limits on total size,
file count and compression ratio (settings ``PACKAGES_MAX_TOTAL_BYTES``,
``PACKAGES_MAX_FILES``, ``PACKAGES_MAX_COMPRESSION_RATIO``). Zip64 archives are read
like any other. A zip holding the package in its one top-level folder (a folder zipped
rather than its contents) is read from that folder. No ORM here: the functions take and
return plain values.
"""

import copy
import shutil
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from django.utils.translation import gettext as _

from .manifests.common import MANIFEST_FILES
from .problems import PackageInvalid, Problem

_COPY_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    max_total_bytes: int
    max_files: int
    max_compression_ratio: int

    @classmethod
    def from_settings(cls) -> "Limits":
        from django.conf import settings

        return cls(
            max_total_bytes=settings.PACKAGES_MAX_TOTAL_BYTES,
            max_files=settings.PACKAGES_MAX_FILES,
            max_compression_ratio=settings.PACKAGES_MAX_COMPRESSION_RATIO,
        )


def _is_link(info: zipfile.ZipInfo) -> bool:
    """A member whose Unix mode says it is not a regular file or directory (a
    symbolic link, a device, a pipe)."""
    mode = info.external_attr >> 16
    if not mode:
        return False
    kind = stat.S_IFMT(mode)
    return kind not in (0, stat.S_IFREG, stat.S_IFDIR)


def safe_member_path(name: str) -> PurePosixPath | None:
    """The relative path a member may be written to, or ``None`` when its name is
    absolute, names a drive, or climbs out of the package."""
    normalised = name.replace("\\", "/")
    if normalised.startswith("/") or (len(normalised) > 1 and normalised[1] == ":"):
        return None
    parts = [part for part in normalised.split("/") if part not in ("", ".")]
    if not parts or any(part == ".." for part in parts):
        return None
    return PurePosixPath(*parts)


# What operating systems put in a zip beside the folder zipped: macOS resource forks and
# folder settings, Windows thumbnails and folder settings.
_OS_FILES = {"__MACOSX", ".DS_Store", "Thumbs.db", "desktop.ini"}


def _is_os_file(name: str) -> bool:
    return name in _OS_FILES or name.startswith("._")


def package_root(names: list[str]) -> tuple[str, Problem | None]:
    """Where the package starts among a zip's member ``names``: ``""`` when a manifest is
    at the top of the zip (or none is anywhere), else the name of the zip's one top-level
    folder when that folder has a manifest at its top and nothing else is beside it but
    what operating systems add (``__MACOSX/``, ``.DS_Store``). A manifest found anywhere
    else gives a problem naming the folder it is in. Unsafe names are left out (they are
    refused on their own)."""
    manifests = list(MANIFEST_FILES.values())
    files: list[PurePosixPath] = []
    top: set[str] = set()
    for name in names:
        path = safe_member_path(name)
        if path is None or _is_os_file(path.parts[0]):
            continue
        top.add(path.parts[0])
        if not name.replace("\\", "/").endswith("/"):
            files.append(path)
    if any(len(path.parts) == 1 and path.name in manifests for path in files):
        return "", None
    found = [path for path in files if path.name in manifests]
    if not found:
        return "", None
    top_files = {path.parts[0] for path in files if len(path.parts) == 1}
    if len(top) == 1 and not top_files:
        (folder,) = top
        if any(len(path.parts) == 2 and path.parts[0] == folder for path in found):
            return folder, None
    manifest = next(name for name in manifests if any(path.name == name for path in found))
    folders = sorted({f"{path.parent}/" for path in found if path.name == manifest})
    if len(folders) == 1:
        message = _(
            "%(manifest)s is not at the top of the zip; it was found in “%(folder)s”. Zip "
            "the contents of that folder."
        ) % {"manifest": manifest, "folder": folders[0]}
    else:
        message = _(
            "%(manifest)s is not at the top of the zip; it was found in several folders "
            "(%(folders)s). Zip the contents of the package's folder."
        ) % {"manifest": manifest, "folders": ", ".join(f"“{folder}”" for folder in folders)}
    return "", Problem("package.manifest_not_at_root", message)


class PackageArchive(zipfile.ZipFile):
    """A zip seen from the package's root (see :func:`package_root`).

    When the package is the zip's one top-level folder, :meth:`infolist`,
    :meth:`namelist` and :meth:`getinfo` give that folder's members with the folder left
    out of their names, and leave out what the operating system added beside it; the
    package then reads and extracts as if its contents had been zipped.
    :meth:`members` gives every member under its real name, which
    :func:`check_archive` checks.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.root, _problem = package_root([info.filename for info in self.members()])
        seen = self.members()
        if self.root:
            seen = []
            for info in self.members():
                path = safe_member_path(info.filename)
                if path is None or path.parts[0] != self.root or len(path.parts) == 1:
                    continue
                rebased = copy.copy(info)
                rebased.filename = "/".join(path.parts[1:]) + ("/" if info.is_dir() else "")
                seen.append(rebased)
        self._seen = seen
        self._seen_by_name = {info.filename: info for info in seen}

    def members(self) -> list[zipfile.ZipInfo]:
        return super().infolist()

    def infolist(self) -> list[zipfile.ZipInfo]:
        return list(self._seen)

    def namelist(self) -> list[str]:
        return [info.filename for info in self._seen]

    def getinfo(self, name: str) -> zipfile.ZipInfo:
        try:
            return self._seen_by_name[name]
        except KeyError:
            raise KeyError(f"There is no item named {name!r} in the archive") from None


def _all_members(archive: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    """Every member under its real name, whatever the archive shows as its root."""
    return zipfile.ZipFile.infolist(archive)


def check_archive(archive: zipfile.ZipFile, limits: Limits) -> list[Problem]:
    """Every problem with the archive's members (under their real names), without
    extracting anything."""
    problems: list[Problem] = []
    members = _all_members(archive)
    files = [info for info in members if not info.is_dir()]
    for info in members:
        if safe_member_path(info.filename) is None:
            problems.append(
                Problem(
                    "zip.unsafe_path",
                    _("“%(name)s” is an absolute path or leaves the package folder.")
                    % {"name": info.filename},
                )
            )
        elif _is_link(info):
            problems.append(
                Problem(
                    "zip.link",
                    _("“%(name)s” is a link or special file; only plain files are accepted.")
                    % {"name": info.filename},
                )
            )
    if len(files) > limits.max_files:
        problems.append(
            Problem(
                "zip.too_many_files",
                _("The package has %(count)s files; at most %(limit)s are accepted.")
                % {"count": len(files), "limit": limits.max_files},
            )
        )
    total = sum(info.file_size for info in files)
    if total > limits.max_total_bytes:
        problems.append(
            Problem(
                "zip.too_large",
                _("The package unpacks to %(size)s bytes; at most %(limit)s are accepted.")
                % {"size": total, "limit": limits.max_total_bytes},
            )
        )
    compressed = sum(info.compress_size for info in files)
    if total and total > limits.max_compression_ratio * max(compressed, 1):
        problems.append(
            Problem(
                "zip.compression_ratio",
                _(
                    "The package is compressed more than %(limit)s to 1, which is how "
                    "archive bombs look; it is refused."
                )
                % {"limit": limits.max_compression_ratio},
            )
        )
    _root, root_problem = package_root([info.filename for info in members])
    if root_problem is not None:
        problems.append(root_problem)
    return problems


def open_archive(path: Path) -> PackageArchive:
    try:
        return PackageArchive(path)
    except (zipfile.BadZipFile, OSError):
        raise PackageInvalid(
            [Problem("zip.unreadable", _("The file is not a readable zip archive."))]
        ) from None


def extract(archive: zipfile.ZipFile, destination: Path, limits: Limits) -> tuple[int, int]:
    """Write the archive's files under ``destination`` (which must not exist yet).

    Checks the members first (raising :class:`PackageInvalid` with every problem), then
    copies each file while counting the bytes really written, so a member lying about
    its size in the directory cannot exceed the limits either. Returns ``(files,
    bytes)``. On any failure nothing is left behind.
    """
    problems = check_archive(archive, limits)
    if problems:
        raise PackageInvalid(problems)
    destination.mkdir(parents=True)
    written = 0
    count = 0
    try:
        for info in archive.infolist():
            relative = safe_member_path(info.filename)
            target = destination.joinpath(*relative.parts)
            if info.is_dir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            with archive.open(info) as source, open(target, "wb") as out:
                while chunk := source.read(_COPY_CHUNK):
                    written += len(chunk)
                    if written > limits.max_total_bytes:
                        raise PackageInvalid(
                            [
                                Problem(
                                    "zip.too_large",
                                    _("The package unpacks to more than %(limit)s bytes.")
                                    % {"limit": limits.max_total_bytes},
                                )
                            ]
                        )
                    out.write(chunk)
            count += 1
    except (zipfile.BadZipFile, OSError, EOFError) as error:
        shutil.rmtree(destination, ignore_errors=True)
        raise PackageInvalid(
            [
                Problem(
                    "zip.unreadable",
                    _("The archive could not be read: %(error)s") % {"error": error},
                )
            ]
        ) from None
    except PackageInvalid:
        shutil.rmtree(destination, ignore_errors=True)
        raise
    return count, written
