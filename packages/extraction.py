"""Reading an uploaded zip safely: every member is checked before anything is written.

Refused: paths that climb out of the package (``..``), absolute paths and drive letters,
symbolic links and other special files, and archives past the limits on total size,
file count and compression ratio (settings ``PACKAGES_MAX_TOTAL_BYTES``,
``PACKAGES_MAX_FILES``, ``PACKAGES_MAX_COMPRESSION_RATIO``). Zip64 archives are read
like any other. No ORM here: the functions take and return plain values.
"""

import shutil
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from django.utils.translation import gettext as _

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


def check_archive(archive: zipfile.ZipFile, limits: Limits) -> list[Problem]:
    """Every problem with the archive's members, without extracting anything."""
    problems: list[Problem] = []
    files = [info for info in archive.infolist() if not info.is_dir()]
    for info in archive.infolist():
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
    return problems


def open_archive(path: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
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
