"""Backups that restore: the database, every file of the media, private and package
roots, and the certificate signing key, in one tar archive with a manifest.

``backup_create`` writes the archive (``manage.py backup``); ``backup_verify`` checks an
archive against its manifest without touching anything; ``backup_restore`` restores one
into an empty database and empty file roots (``manage.py restore``) and checks the result.

The archive holds, in this order:

* ``database/database.dump`` (PostgreSQL: ``pg_dump`` custom format, taken in the same
  snapshot as the manifest's row counts) or ``database/db.sqlite3`` (SQLite: a copy made
  with SQLite's online backup API, safe while the site runs);
* ``media/…``, ``private/…`` and ``packages/…``: every regular file of ``MEDIA_ROOT``,
  ``PRIVATE_MEDIA_ROOT`` and ``PACKAGES_ROOT`` (a root nested in another is stored once,
  under its own name, so that it lands where the restoring platform keeps it);
* ``keys/certificate-signing-key.pem`` when the signing key is a file (not when it comes
  from the environment, or with ``include_signing_key=False``);
* ``manifest.json``, last: when and by which version it was made, the database vendor,
  the applied migrations, the row count of every table, the file counts of each root and
  the size and SHA-256 of every other member.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path, PurePosixPath

from cryptography.hazmat.primitives import serialization
from django.conf import settings
from django.db import connections, transaction
from django.db.migrations.loader import MigrationLoader

from certificates.credentials import key_thumbprint

FORMAT_NAME = "elearning-backup"
FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"
KEY_MEMBER = "keys/certificate-signing-key.pem"
DATABASE_PREFIX = "database/"
ROOT_NAMES = ("media", "private", "packages")
CHUNK = 1024 * 1024
# Files that mark a folder as kept in version control; they do not make it "not empty".
PLACEHOLDER_NAMES = {".gitkeep", ".keep"}
# Tables whose counts the restore prints: what an agency would check first.
KEY_TABLES = (
    ("lrs_statement", "statements"),
    ("certificates_certificate", "certificates"),
    ("organisations_user", "people"),
    ("courses_courseregistration", "course registrations"),
    ("courses_coursecompletion", "course completions"),
    ("packages_packageversion", "package versions"),
)


class BackupError(Exception):
    """Why a backup could not be written or restored, in words for the operator."""


Say = Callable[[str], None]


def _quiet(message: str) -> None:
    return None


# -- where things are --------------------------------------------------------------------


def backup_directory() -> Path:
    """Where backups go when no output path is given: ``BACKUP_DIR``, else ``backups/``
    beside the project."""
    configured = getattr(settings, "BACKUP_DIR", "")
    return Path(configured) if configured else Path(settings.BASE_DIR) / "backups"


def default_backup_path(now: datetime | None = None) -> Path:
    now = now or datetime.now(UTC)
    return backup_directory() / f"backup-{now:%Y%m%d-%H%M%S}Z.tar"


def file_roots() -> dict[str, Path]:
    """The folders a backup holds, by the name they have in the archive."""
    return {
        "media": Path(settings.MEDIA_ROOT),
        "private": Path(settings.PRIVATE_MEDIA_ROOT),
        "packages": Path(settings.PACKAGES_ROOT),
    }


def _resolved(path: Path) -> Path:
    return Path(os.path.abspath(path))


def _root_files(root: Path, skip: set[Path]) -> Iterator[tuple[Path, str]]:
    """Every regular file under ``root`` (as its path and its POSIX name relative to the
    root), in a stable order, leaving out the folders in ``skip`` (other roots)."""
    if not root.is_dir():
        return
    for directory, subdirectories, files in os.walk(root):
        here = Path(directory)
        subdirectories[:] = sorted(
            name for name in subdirectories if _resolved(here / name) not in skip
        )
        for name in sorted(files):
            path = here / name
            if path.is_file() and not path.is_symlink():
                yield path, path.relative_to(root).as_posix()


def _nested_roots(name: str, roots: dict[str, Path]) -> set[Path]:
    own = _resolved(roots[name])
    return {
        _resolved(path)
        for other, path in roots.items()
        if other != name and _resolved(path) != own and _resolved(path).is_relative_to(own)
    }


def _root_content(name: str, roots: dict[str, Path]) -> list[Path]:
    """The files that make a root "not empty" (placeholders aside)."""
    return [
        path
        for path, _relative in _root_files(roots[name], _nested_roots(name, roots))
        if path.name not in PLACEHOLDER_NAMES
    ]


# -- the signing key ---------------------------------------------------------------------


def _key_thumbprint(pem: bytes) -> str:
    """The key's thumbprint, as the platform's JWKS names it (the same key, the same
    thumbprint)."""
    return key_thumbprint(serialization.load_pem_private_key(pem, password=None))


def signing_key_state() -> dict:
    """Where the certificate signing key of this platform comes from, and its
    thumbprint (never the key itself). Reading it never makes a new key."""
    pem = getattr(settings, "CERTIFICATE_SIGNING_KEY", "")
    if pem:
        return {"source": "environment", "thumbprint": _key_thumbprint(pem.encode())}
    path = Path(settings.CERTIFICATE_SIGNING_KEY_PATH)
    if path.is_file():
        return {"source": "file", "thumbprint": _key_thumbprint(path.read_bytes())}
    return {"source": "none", "thumbprint": ""}


# -- the database ------------------------------------------------------------------------


def _database():
    return connections["default"]


def database_vendor() -> str:
    return _database().vendor


def _applied_migrations(cursor) -> list[list[str]]:
    cursor.execute("SELECT app, name FROM django_migrations ORDER BY app, name")
    return [[app, name] for app, name in cursor.fetchall()]


def _table_counts(cursor, tables: list[str], quote: Callable[[str], str]) -> dict[str, int]:
    counts = {}
    for table in sorted(tables):
        cursor.execute(f"SELECT COUNT(*) FROM {quote(table)}")  # noqa: S608 (table names)
        counts[table] = cursor.fetchone()[0]
    return counts


def _postgres_env(settings_dict: dict) -> dict[str, str]:
    """The libpq environment that reaches the configured database (the password never
    goes on a command line)."""
    options = settings_dict.get("OPTIONS", {})
    values = {
        "PGHOST": settings_dict.get("HOST") or "",
        "PGPORT": str(settings_dict.get("PORT") or ""),
        "PGUSER": settings_dict.get("USER") or "",
        "PGPASSWORD": settings_dict.get("PASSWORD") or "",
        "PGDATABASE": settings_dict.get("NAME") or "",
        "PGSSLMODE": options.get("sslmode", ""),
        "PGSSLROOTCERT": options.get("sslrootcert", ""),
        "PGSSLCERT": options.get("sslcert", ""),
        "PGSSLKEY": options.get("sslkey", ""),
        "PGSERVICE": options.get("service", ""),
        "PGPASSFILE": options.get("passfile", ""),
    }
    environment = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    environment.update({k: v for k, v in values.items() if v})
    return environment


def _run(command: list[str], environment: dict[str, str], what: str) -> None:
    try:
        finished = subprocess.run(  # noqa: S603 (fixed programs, no shell)
            command, env=environment, capture_output=True, text=True, check=False
        )
    except FileNotFoundError:
        raise BackupError(
            f"{command[0]} is not installed: install the PostgreSQL client tools "
            f"(the same major version as the server) to {what}."
        ) from None
    if finished.returncode != 0:
        raise BackupError(f"{command[0]} failed to {what}: {finished.stderr.strip()}")


def _dump_postgresql(target: Path) -> dict:
    """``pg_dump`` in the custom format, in one snapshot shared with the row counts."""
    connection = _database()
    with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        cursor.execute("SELECT pg_export_snapshot(), current_setting('server_version')")
        snapshot, server_version = cursor.fetchone()
        tables = connection.introspection.table_names(cursor)
        counts = _table_counts(cursor, tables, connection.ops.quote_name)
        migrations = _applied_migrations(cursor)
        _run(
            [
                "pg_dump",
                "--format=custom",
                f"--snapshot={snapshot}",
                f"--file={target}",
                "--no-password",
            ],
            _postgres_env(connection.settings_dict),
            "dump the database",
        )
    return {"server_version": server_version, "tables": counts, "migrations": migrations}


def _sqlite_path() -> Path:
    name = str(_database().settings_dict["NAME"])
    if not name or name == ":memory:" or name.startswith("file:"):
        raise BackupError("The SQLite database is in memory: there is no file to back up.")
    return Path(name)


def _dump_sqlite(target: Path) -> dict:
    """A consistent copy through SQLite's online backup API (readers and writers of the
    live database go on meanwhile), made standalone (no write-ahead log)."""
    source_path = _sqlite_path()
    if not source_path.is_file():
        raise BackupError(f"The SQLite database {source_path} does not exist.")
    source = sqlite3.connect(f"file:{source_path}?mode=ro", uri=True, timeout=30)
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
        copy.execute("PRAGMA journal_mode=DELETE")
        cursor = copy.cursor()
        cursor.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
        tables = [row[0] for row in cursor.fetchall()]
        counts = _table_counts(cursor, tables, lambda name: '"' + name.replace('"', '""') + '"')
        migrations = _applied_migrations(cursor) if "django_migrations" in tables else []
        version = sqlite3.sqlite_version
    finally:
        copy.close()
        source.close()
    return {"server_version": version, "tables": counts, "migrations": migrations}


def _database_member_name(vendor: str) -> str:
    return DATABASE_PREFIX + ("database.dump" if vendor == "postgresql" else "db.sqlite3")


def migration_heads() -> dict[str, list[str]]:
    """The latest migration of each app in the code that runs now."""
    loader = MigrationLoader(None, ignore_no_migrations=True)
    heads: dict[str, list[str]] = {}
    for app, name in loader.graph.leaf_nodes():
        heads.setdefault(app, []).append(name)
    return {app: sorted(names) for app, names in sorted(heads.items())}


def _known_migrations() -> set[tuple[str, str]]:
    return set(MigrationLoader(None, ignore_no_migrations=True).disk_migrations)


# -- writing -----------------------------------------------------------------------------


class _HashingReader:
    """Reads a file for the archive and hashes exactly what went in."""

    def __init__(self, handle):
        self.handle = handle
        self.digest = hashlib.sha256()

    def read(self, size: int = -1) -> bytes:
        data = self.handle.read(size)
        self.digest.update(data)
        return data


def _add_file(archive: tarfile.TarFile, path: Path, name: str, entries: dict) -> int:
    with path.open("rb") as handle:
        stat = os.fstat(handle.fileno())
        info = tarfile.TarInfo(name)
        info.size = stat.st_size
        info.mtime = int(stat.st_mtime)
        info.mode = 0o600
        reader = _HashingReader(handle)
        try:
            archive.addfile(info, reader)
        except OSError as error:
            raise BackupError(f"{path} changed while it was being backed up: {error}") from None
    entries[name] = {"size": info.size, "sha256": reader.digest.hexdigest()}
    return info.size


def _add_bytes(archive: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = int(time.time())
    info.mode = 0o600
    archive.addfile(info, _BytesReader(data))


class _BytesReader:
    def __init__(self, data: bytes):
        self.data = memoryview(data)
        self.position = 0

    def read(self, size: int = -1) -> bytes:
        end = len(self.data) if size < 0 else self.position + size
        chunk = bytes(self.data[self.position : end])
        self.position += len(chunk)
        return chunk


@dataclass
class BackupResult:
    path: Path
    size: int
    database_size: int
    roots: dict[str, dict] = field(default_factory=dict)
    signing_key: str = "none"
    seconds: float = 0.0


def _platform_version() -> str:
    try:
        return metadata.version("elearning")
    except metadata.PackageNotFoundError:
        return "unknown"


def backup_create(
    *, output: Path | None = None, include_signing_key: bool = True, say: Say = _quiet
) -> BackupResult:
    """Write one archive of the database, the file roots and the signing key (a file
    readable by its owner only: it holds personal data). Files are streamed into the
    archive; the database is dumped first to a temporary file beside it."""
    started = time.monotonic()
    path = Path(output) if output else default_backup_path()
    if path.exists():
        raise BackupError(f"{path} already exists: choose another --output.")
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    vendor = database_vendor()
    if vendor not in ("postgresql", "sqlite"):
        raise BackupError(f"Backups support PostgreSQL and SQLite, not {vendor}.")
    partial = path.with_name(path.name + ".partial")
    entries: dict[str, dict] = {}
    roots = file_roots()
    root_summary: dict[str, dict] = {}
    key_state = signing_key_state()
    try:
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise BackupError(
            f"{partial} exists: another backup is being written there, or one was "
            "interrupted (delete it)."
        ) from None
    try:
        with (
            tempfile.TemporaryDirectory(dir=path.parent, prefix=".backup-") as work,
            os.fdopen(descriptor, "wb") as handle,
            tarfile.open(fileobj=handle, mode="w", format=tarfile.PAX_FORMAT) as archive,
        ):
            say("Dumping the database…")
            dump_path = Path(work) / "database"
            database = (
                _dump_postgresql(dump_path) if vendor == "postgresql" else _dump_sqlite(dump_path)
            )
            database_member = _database_member_name(vendor)
            database_size = _add_file(archive, dump_path, database_member, entries)
            dump_path.unlink()
            for name in ROOT_NAMES:
                say(f"Adding the {name} files…")
                count = size = 0
                for file_path, relative in _root_files(roots[name], _nested_roots(name, roots)):
                    size += _add_file(archive, file_path, f"{name}/{relative}", entries)
                    count += 1
                root_summary[name] = {"path": str(roots[name]), "files": count, "bytes": size}
            key_included = include_signing_key and key_state["source"] == "file"
            if key_included:
                _add_file(archive, Path(settings.CERTIFICATE_SIGNING_KEY_PATH), KEY_MEMBER, entries)
            manifest = {
                "format": FORMAT_NAME,
                "format_version": FORMAT_VERSION,
                "created_at": datetime.now(UTC).isoformat(),
                "platform": {
                    "version": _platform_version(),
                    "site_url": settings.SITE_URL,
                    "migration_heads": migration_heads(),
                },
                "database": {
                    "vendor": vendor,
                    "member": database_member,
                    "name": str(_database().settings_dict.get("NAME", "")),
                    **database,
                },
                "roots": root_summary,
                "signing_key": {**key_state, "included": key_included},
                "members": entries,
            }
            _add_bytes(
                archive, MANIFEST_NAME, json.dumps(manifest, indent=1, sort_keys=True).encode()
            )
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    os.chmod(path, 0o600)
    return BackupResult(
        path=path,
        size=path.stat().st_size,
        database_size=database_size,
        roots=root_summary,
        signing_key=(
            "included" if key_included else f"not included (source: {key_state['source']})"
        ),
        seconds=time.monotonic() - started,
    )


# -- reading and checking ----------------------------------------------------------------


def _safe_member_name(name: str) -> bool:
    posix = PurePosixPath(name)
    return (
        bool(name)
        and not posix.is_absolute()
        and ".." not in posix.parts
        and "\\" not in name
        and "\x00" not in name
        and all(part not in ("", ".") for part in name.split("/"))
    )


def _open_archive(path: Path) -> tarfile.TarFile:
    if not path.is_file():
        raise BackupError(f"{path}: no such backup file.")
    try:
        return tarfile.open(path, mode="r:")
    except (tarfile.TarError, OSError, EOFError) as error:
        raise BackupError(f"{path} is not a backup archive (or it is damaged): {error}") from None


def _read_manifest(archive: tarfile.TarFile, path: Path) -> dict:
    try:
        member = archive.getmember(MANIFEST_NAME)
        manifest = json.loads(archive.extractfile(member).read())
    except KeyError:
        raise BackupError(
            f"{path} has no manifest: it is not a backup, or it was cut short "
            "(the manifest is written last)."
        ) from None
    except (tarfile.TarError, OSError, EOFError, ValueError) as error:
        raise BackupError(
            f"{path} is cut short or damaged: its manifest cannot be read ({error})."
        ) from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_NAME:
        raise BackupError(f"{path} is not a backup of this platform.")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise BackupError(
            f"{path} is a backup in format {manifest.get('format_version')}; this version "
            f"of the platform reads format {FORMAT_VERSION}."
        )
    return manifest


def backup_verify(path: Path) -> dict:
    """Check an archive without touching anything: a manifest, every member it lists
    present, whole and with its SHA-256, no member it does not list, no unsafe name.
    Returns the manifest; raises :class:`BackupError` saying what is wrong."""
    path = Path(path)
    with _open_archive(path) as archive:
        manifest = _read_manifest(archive, path)
        expected: dict = manifest.get("members") or {}
        seen: set[str] = set()
        try:
            for member in archive:
                name = member.name
                if name == MANIFEST_NAME:
                    continue
                if not member.isfile() or not _safe_member_name(name):
                    raise BackupError(f"{path} holds an entry it should not: {name!r}.")
                if name not in expected:
                    raise BackupError(f"{path} holds a file its manifest does not list: {name}.")
                digest = hashlib.sha256()
                handle = archive.extractfile(member)
                while chunk := handle.read(CHUNK):
                    digest.update(chunk)
                wanted = expected[name]
                if member.size != wanted.get("size") or digest.hexdigest() != wanted.get("sha256"):
                    raise BackupError(
                        f"{path} was altered or damaged: {name} does not match its checksum."
                    )
                seen.add(name)
        except (tarfile.TarError, OSError, EOFError) as error:
            raise BackupError(f"{path} is cut short or damaged: {error}") from None
        missing = sorted(set(expected) - seen)
        if missing:
            raise BackupError(
                f"{path} is incomplete: {len(missing)} file(s) of its manifest are missing "
                f"(first: {missing[0]})."
            )
    database = manifest.get("database") or {}
    if database.get("member") not in seen:
        raise BackupError(f"{path} holds no database.")
    return manifest


# -- restoring ---------------------------------------------------------------------------


def _database_description() -> str:
    settings_dict = _database().settings_dict
    if _database().vendor == "sqlite":
        return f"SQLite database {settings_dict['NAME']}"
    host = settings_dict.get("HOST") or "local socket"
    return f"PostgreSQL database {settings_dict['NAME']!r} on {host}"


def database_tables() -> list[str]:
    """The tables of the configured database (none: it is empty)."""
    connection = _database()
    if connection.vendor == "sqlite":
        path = _sqlite_path()
        if not path.exists():
            return []
    try:
        with connection.cursor() as cursor:
            return connection.introspection.table_names(cursor, include_views=True)
    except Exception as error:  # noqa: BLE001 (any driver error: the message says it)
        raise BackupError(
            f"Cannot reach the {_database_description()}: {error}. Create it first "
            "(empty), e.g. with createdb."
        ) from None
    finally:
        connection.close()


def _check_migrations(manifest: dict) -> list[str]:
    """Refuse a backup made by a newer platform; say when this one is newer."""
    applied = {tuple(pair) for pair in manifest["database"].get("migrations", [])}
    unknown = sorted(applied - _known_migrations())
    if unknown:
        app, name = unknown[0]
        raise BackupError(
            f"The backup was made by a newer version of the platform "
            f"({manifest['platform'].get('version')}): its database has {len(unknown)} "
            f"migration(s) this code does not know (first: {app}.{name}). Install that "
            "version first, then restore."
        )
    notes = []
    heads = migration_heads()
    if heads != manifest["platform"].get("migration_heads"):
        notes.append(
            "This code has migrations the backup's platform had not applied: run "
            "`manage.py migrate` after the restore."
        )
    return notes


def _drop_all_tables(tables: list[str]) -> None:
    connection = _database()
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT table_name FROM information_schema.views WHERE table_schema = current_schema()"
        )
        views = {row[0] for row in cursor.fetchall()}
        with transaction.atomic(using=connection.alias):
            for view in sorted(views):
                cursor.execute(f"DROP VIEW IF EXISTS {connection.ops.quote_name(view)} CASCADE")
            for table in sorted(set(tables) - views):
                cursor.execute(f"DROP TABLE IF EXISTS {connection.ops.quote_name(table)} CASCADE")
    connection.close()


def _restore_postgresql(archive: tarfile.TarFile, member_name: str, work: Path) -> None:
    connection = _database()
    dump = work / "database.dump"
    _extract_member(archive, member_name, dump)
    connection.close()
    _run(
        [
            "pg_restore",
            "--no-owner",
            "--no-acl",
            "--exit-on-error",
            "--single-transaction",
            "--no-password",
            f"--dbname={connection.settings_dict['NAME']}",
            str(dump),
        ],
        _postgres_env(connection.settings_dict),
        "restore the database",
    )


def _restore_sqlite(archive: tarfile.TarFile, member_name: str) -> None:
    connections.close_all()
    target = _sqlite_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    incoming = target.with_name(target.name + ".restoring")
    _extract_member(archive, member_name, incoming)
    # The old database's write-ahead log must not be replayed into the restored file.
    for suffix in ("-wal", "-shm", "-journal"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    os.replace(incoming, target)


def _extract_member(archive: tarfile.TarFile, name: str, target: Path) -> None:
    source = archive.extractfile(archive.getmember(name))
    descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        shutil.copyfileobj(source, handle, CHUNK)


def _clear_folder(root: Path) -> None:
    if not root.is_dir():
        return
    for child in root.iterdir():
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child)
        else:
            child.unlink()


def _restore_files(archive: tarfile.TarFile, manifest: dict, roots: dict[str, Path]) -> None:
    for member in archive:
        name = member.name
        root_name, _, relative = name.partition("/")
        if root_name not in roots or name not in manifest["members"]:
            continue
        target = roots[root_name].joinpath(*relative.split("/"))
        if not _resolved(target).is_relative_to(_resolved(roots[root_name])):
            raise BackupError(f"Refused to write {name} outside {roots[root_name]}.")
        target.parent.mkdir(parents=True, exist_ok=True)
        mode = 0o644 if root_name == "media" else 0o600
        descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
        with os.fdopen(descriptor, "wb") as handle:
            shutil.copyfileobj(archive.extractfile(member), handle, CHUNK)
        os.utime(target, (member.mtime, member.mtime))


def _signing_key_plan(manifest: dict, force: bool) -> tuple[str, list[str]]:
    """What to do with the signing key: ``install`` (the archive's key where this
    platform keeps its key file), ``replace`` (same, over another key, with --force),
    or ``keep``; with notes for the operator."""
    recorded = manifest.get("signing_key") or {}
    wanted = recorded.get("thumbprint", "")
    included = bool(recorded.get("included"))
    current = signing_key_state()
    if not wanted:
        return "keep", []
    if current["thumbprint"] == wanted:
        return "keep", []
    if current["source"] == "none":
        if included:
            return "install", []
        return "keep", [
            "The backup's signing key came from the environment: set CERTIFICATE_SIGNING_KEY "
            "as on the backed-up platform before serving, or credentials issued before the "
            "backup will not verify."
        ]
    problem = (
        f"This platform's certificate signing key (from the {current['source']}) is not the "
        "one that signed the backup's credentials"
    )
    if not force:
        raise BackupError(
            f"{problem}: credentials issued before the backup would not verify. Use the "
            "backed-up key (CERTIFICATE_SIGNING_KEY, or remove the key file at "
            f"{settings.CERTIFICATE_SIGNING_KEY_PATH} so that the backup's key is installed), "
            "or pass --force to restore anyway."
        )
    if included and current["source"] == "file":
        return "replace", [f"{problem}: it is replaced by the backup's key."]
    return "keep", [f"{problem}: restored anyway (--force); those credentials will not verify."]


def _install_signing_key(archive: tarfile.TarFile, replace: bool) -> str:
    path = Path(settings.CERTIFICATE_SIGNING_KEY_PATH)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if replace and path.exists():
        kept = path.with_name(f"{path.name}.before-restore-{datetime.now(UTC):%Y%m%d%H%M%S}")
        os.replace(path, kept)
        _extract_member(archive, KEY_MEMBER, path)
        return f"Signing key restored to {path} (the previous one is kept at {kept})."
    _extract_member(archive, KEY_MEMBER, path)
    return f"Signing key restored to {path}."


def _check_restored(manifest: dict, roots: dict[str, Path]) -> dict[str, int]:
    """After a restore: the applied migrations, every table's row count and every root's
    file count are those of the manifest."""
    connection = _database()
    connection.close()
    try:
        with connection.cursor() as cursor:
            migrations = _applied_migrations(cursor)
            tables = connection.introspection.table_names(cursor)
            counts = _table_counts(cursor, tables, connection.ops.quote_name)
    finally:
        connection.close()
    database = manifest["database"]
    if migrations != database.get("migrations"):
        raise BackupError(
            "The restored database's migration state differs from the backup's: the "
            "restore is not trustworthy."
        )
    for table, expected in database.get("tables", {}).items():
        if counts.get(table) != expected:
            raise BackupError(
                f"The restored table {table} has {counts.get(table)} rows; the backup had "
                f"{expected}."
            )
    for name, summary in manifest.get("roots", {}).items():
        found = sum(1 for _ in _root_files(roots[name], _nested_roots(name, roots)))
        if found < summary.get("files", 0):
            raise BackupError(
                f"The restored {name} folder has {found} files; the backup had {summary['files']}."
            )
    return counts


@dataclass
class RestoreResult:
    manifest: dict
    counts: dict[str, int]
    replaced: list[str]
    notes: list[str]
    seconds: float


def backup_restore(path: Path, *, force: bool = False, say: Say = _quiet) -> RestoreResult:
    """Restore an archive into the configured database and file roots. Checks first
    (archive whole and untampered, same database vendor, not from a newer platform,
    target empty unless ``force``, signing key) and touches nothing when a check fails;
    then restores and checks the result against the manifest."""
    started = time.monotonic()
    path = Path(path)
    say(f"Checking {path}…")
    manifest = backup_verify(path)
    vendor = database_vendor()
    archived_vendor = manifest["database"].get("vendor")
    if archived_vendor != vendor:
        raise BackupError(
            f"{path} holds a {archived_vendor} database; this platform is configured for "
            f"{vendor} (DATABASE_URL). Restore it into a {archived_vendor} database."
        )
    notes = _check_migrations(manifest)
    roots = file_roots()
    replaced: list[str] = []
    tables = database_tables()
    if tables:
        replaced.append(f"the {_database_description()} ({len(tables)} tables)")
    for name in ROOT_NAMES:
        content = _root_content(name, roots)
        if content:
            replaced.append(f"the {name} folder {roots[name]} ({len(content)} files)")
    if replaced and not force:
        raise BackupError(
            "Refused: a restore goes into an empty database and empty folders, but these "
            "already hold data: " + "; ".join(replaced) + ". Pass --force to replace them."
        )
    key_action, key_notes = _signing_key_plan(manifest, force)
    notes.extend(key_notes)
    for item in replaced:
        say(f"Replacing {item}.")
    with _open_archive(path) as archive, tempfile.TemporaryDirectory() as work:
        say("Restoring the database…")
        if vendor == "postgresql":
            if tables:
                _drop_all_tables(tables)
            _restore_postgresql(archive, manifest["database"]["member"], Path(work))
        else:
            _restore_sqlite(archive, manifest["database"]["member"])
        say("Restoring the files…")
        for name in ROOT_NAMES:
            if force:
                _clear_folder(roots[name])
            roots[name].mkdir(parents=True, exist_ok=True)
        _restore_files(archive, manifest, roots)
        if key_action in ("install", "replace"):
            notes.append(_install_signing_key(archive, replace=key_action == "replace"))
    say("Checking the restored platform…")
    counts = _check_restored(manifest, roots)
    return RestoreResult(
        manifest=manifest,
        counts=counts,
        replaced=replaced,
        notes=notes,
        seconds=time.monotonic() - started,
    )
