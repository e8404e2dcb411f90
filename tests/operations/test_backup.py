"""Backups that restore (``manage.py backup`` / ``manage.py restore``): a platform with a
day of demo activity is backed up, restored into an empty database and empty folders by
another process, and the restored platform answers as the original did: the same
statements from its LRS, the same certificate on its public page, the same signed
credential found genuine, the same package file served, the same learner progress.

Every platform here is its own process tree with its own environment (``DATABASE_URL``,
``MEDIA_ROOT``, ``PRIVATE_MEDIA_ROOT``, signing key path), as on a real machine. SQLite
runs always; PostgreSQL when ``DATABASE_URL`` names a PostgreSQL server, in scratch
databases ``ops_backup_*`` made and dropped here.
"""

import json
import os
import shutil
import subprocess
import sys
import tarfile
import uuid
import zipfile
from dataclasses import dataclass
from pathlib import Path

import environ
import pytest

from tests.asgi_support import postgres_url
from tests.operations.backup_probe import PROBE
from tests.packages import fixtures as package_files

BASE_DIR = Path(__file__).resolve().parents[2]
READING = "Port of entry: read before the interview.\n" * 50


@dataclass
class Platform:
    """One installation: its database and its folders, run through ``manage.py``."""

    root: Path
    database_url: str

    @property
    def media(self) -> Path:
        return self.root / "media"

    @property
    def private(self) -> Path:
        return self.root / "private"

    @property
    def signing_key(self) -> Path:
        return self.root / "keys" / "signing-key.pem"

    def env(self, **extra) -> dict:
        environment = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("PYTEST", "DJANGO_", "PG"))
            and key
            not in {
                "DATABASE_URL",
                "PACKAGES_ROOT",
                "CERTIFICATE_SIGNING_KEY",
                "REDIS_URL",
                "TASKS_BACKEND",
                "BACKUP_DIR",
            }
        }
        environment.update(
            DJANGO_SETTINGS_MODULE="elearning.settings.dev",
            DEBUG="True",
            SECRET_KEY="backup-test-secret-key",
            SITE_URL="http://testserver",
            ALLOWED_HOSTS="testserver,localhost,127.0.0.1",
            PACKAGES_LOOPBACK_CONTENT_ORIGIN="False",
            # Background work (certificate PDFs) done at once, so the private folder has them.
            TASKS_BACKEND="django_tasks.backends.immediate.ImmediateBackend",
            DATABASE_URL=self.database_url,
            MEDIA_ROOT=str(self.media),
            PRIVATE_MEDIA_ROOT=str(self.private),
            CERTIFICATE_SIGNING_KEY_PATH=str(self.signing_key),
            BACKUP_DIR=str(self.root / "backups"),
            PROBE_CREDENTIAL=str(self.root.parent / "credential.jwt"),
            **extra,
        )
        return environment

    def manage(self, *args, check: bool = True) -> subprocess.CompletedProcess:
        finished = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=BASE_DIR,
            env=self.env(),
            capture_output=True,
            text=True,
            timeout=900,
        )
        if check and finished.returncode != 0:
            raise AssertionError(
                f"manage.py {' '.join(args)} failed:\n{finished.stdout}\n{finished.stderr}"
            )
        return finished

    def probe(self) -> dict:
        output = self.manage("shell", "-c", PROBE).stdout
        line = next(line for line in output.splitlines() if line.startswith("PROBE:"))
        return json.loads(line.removeprefix("PROBE:"))

    def files(self) -> list[str]:
        return sorted(
            str(path.relative_to(self.root))
            for path in self.root.rglob("*")
            if path.is_file() and "backups" not in path.parts
        )


def package_zip(folder: Path) -> Path:
    files = package_files.scorm_package("1.2", title="Port of entry interviews")
    files["imsmanifest.xml"] = files["imsmanifest.xml"].replace(
        '<file href="sco1/index.html"/>',
        '<file href="sco1/index.html"/><file href="notes/reading.txt"/>',
    )
    files["notes/reading.txt"] = READING
    path = folder / "interviews.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return path


def build_source(platform: Platform) -> dict:
    """A day of demo activity and one imported package; what the platform shows."""
    platform.manage("migrate", "--no-input", "-v", "0")
    platform.manage("load_demo")
    platform.manage("packages", "import", str(package_zip(platform.root)))
    return platform.probe()


def backup_of(platform: Platform) -> tuple[Path, str]:
    archive = platform.root / "backups" / "demo.tar"
    output = platform.manage("backup", "--output", str(archive)).stdout
    return archive, output


def manifest_of(archive: Path) -> dict:
    with tarfile.open(archive) as opened:
        return json.loads(opened.extractfile("manifest.json").read())


def tampered_copy(archive: Path, folder: Path) -> Path:
    """The archive with one byte of a package file changed (the tar stays readable)."""
    copy = folder / "tampered.tar"
    shutil.copyfile(archive, copy)
    with tarfile.open(copy) as opened:
        member = next(m for m in opened if m.name.endswith("notes/reading.txt"))
    with copy.open("r+b") as handle:
        handle.seek(member.offset_data + 10)
        handle.write(b"X")
    return copy


def truncated_copy(archive: Path, folder: Path) -> Path:
    copy = folder / "truncated.tar"
    with archive.open("rb") as source, copy.open("wb") as target:
        target.write(source.read(archive.stat().st_size * 2 // 3))
    return copy


def assert_same_platform(restored: dict, original: dict) -> None:
    assert restored["statement_count"] == original["statement_count"] > 100
    assert restored["statements"] == original["statements"]
    assert all(status == 200 for status, _body in restored["statements"].values())
    assert restored["certificate"] == original["certificate"]
    assert restored["certificate"]["verify_status"] == 200
    assert restored["certificate"]["code"] in restored["certificate"]["verify_page"]
    assert restored["credential"][0] == 200
    assert restored["credential"][1]["result"] == "genuine"
    assert restored["credential"] == original["credential"]
    assert restored["jwks"] == original["jwks"]
    assert restored["certificate_pdfs"] == original["certificate_pdfs"]
    assert restored["certificate_pdfs"]
    assert restored["package"] == original["package"]
    assert restored["package"]["status"] == 200
    assert restored["learner"] == original["learner"]
    assert restored["progress"] == original["progress"]
    assert restored["progress"]["completions"]
    assert restored["my_learning"] == original["my_learning"]
    assert restored["my_learning"][0] == 200


# -- SQLite ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sqlite_source(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sqlite-backup")
    source = Platform(folder / "source", f"sqlite:///{folder / 'source' / 'db.sqlite3'}")
    source.root.mkdir()
    shown = build_source(source)
    archive, output = backup_of(source)
    return folder, source, shown, archive, output


def empty_sqlite_platform(folder: Path, name: str) -> Platform:
    platform = Platform(folder / name, f"sqlite:///{folder / name / 'db.sqlite3'}")
    platform.root.mkdir()
    return platform


def test_a_demo_backup_restores_into_an_empty_sqlite_platform_that_answers_the_same(
    sqlite_source,
):
    folder, _source, shown, archive, _output = sqlite_source
    target = empty_sqlite_platform(folder, "restored")

    output = target.manage("restore", str(archive)).stdout

    assert "match the backup" in output
    assert "Signing key restored" in output
    assert target.signing_key.read_bytes() == _source.signing_key.read_bytes()
    assert_same_platform(target.probe(), shown)


def test_the_backup_is_one_private_archive_with_a_manifest(sqlite_source):
    _folder, source, _shown, archive, output = sqlite_source
    manifest = manifest_of(archive)

    assert f"Backup written to {archive}" in output
    assert (archive.stat().st_mode & 0o777) == 0o600
    assert manifest["database"]["vendor"] == "sqlite"
    assert manifest["database"]["tables"]["lrs_statement"] > 100
    assert ["lrs", "0001_initial"] in manifest["database"]["migrations"]
    assert manifest["platform"]["migration_heads"]["certificates"]
    # The demo's media: course covers (and their renditions) and the fact sheets.
    assert manifest["roots"]["media"]["files"] == len(
        [*source.media.rglob("*.png"), *source.media.rglob("*.pdf")]
    )
    assert manifest["roots"]["private"]["files"] >= 1  # certificate PDFs
    assert manifest["roots"]["packages"]["files"] >= 3
    assert manifest["signing_key"]["included"] is True
    with tarfile.open(archive) as opened:
        names = opened.getnames()
    assert set(names) == {*manifest["members"], "manifest.json"}
    assert all(len(entry["sha256"]) == 64 for entry in manifest["members"].values())


def test_without_an_output_the_backup_goes_dated_into_the_backup_dir(sqlite_source):
    folder, source, *_ = sqlite_source

    output = source.manage("backup").stdout

    written = list((source.root / "backups").glob("backup-*.tar"))
    assert len(written) == 1
    assert str(written[0]) in output
    assert (written[0].stat().st_mode & 0o777) == 0o600
    assert source.manage("restore", "--check", str(written[0])).returncode == 0


def test_a_tampered_archive_is_refused_and_the_target_is_untouched(sqlite_source):
    folder, _source, _shown, archive, _output = sqlite_source
    target = empty_sqlite_platform(folder, "tampered-target")

    refused = target.manage("restore", str(tampered_copy(archive, folder)), check=False)

    assert refused.returncode != 0
    assert "does not match its checksum" in refused.stderr
    assert "notes/reading.txt" in refused.stderr
    assert target.files() == []


def test_a_truncated_archive_is_refused_and_the_target_is_untouched(sqlite_source):
    folder, _source, _shown, archive, _output = sqlite_source
    target = empty_sqlite_platform(folder, "truncated-target")

    refused = target.manage("restore", str(truncated_copy(archive, folder)), check=False)

    assert refused.returncode != 0
    assert "cut short" in refused.stderr or "no manifest" in refused.stderr
    assert target.files() == []


def test_restoring_over_a_platform_with_data_is_refused_without_force(sqlite_source):
    _folder, source, shown, archive, _output = sqlite_source
    before = {
        path: (source.root / path).stat().st_mtime_ns
        for path in source.files()
        if not path.startswith("db.sqlite3")
    }

    refused = source.manage("restore", str(archive), check=False)

    assert refused.returncode != 0
    assert "Refused" in refused.stderr
    assert "already hold data" in refused.stderr
    assert "--force" in refused.stderr
    after = {path: (source.root / path).stat().st_mtime_ns for path in before}
    assert after == before
    assert source.probe()["statement_count"] == shown["statement_count"]


def test_with_force_a_restore_replaces_what_is_there_and_says_what(sqlite_source):
    folder, source, shown, archive, _output = sqlite_source
    target = empty_sqlite_platform(folder, "replaced")
    target.manage("migrate", "--no-input", "-v", "0")
    (target.media / "stray.txt").parent.mkdir(parents=True, exist_ok=True)
    (target.media / "stray.txt").write_text("not in the backup")

    output = target.manage("restore", "--force", str(archive)).stdout

    assert "Replacing the SQLite database" in output
    assert "Replacing the media folder" in output
    assert not (target.media / "stray.txt").exists()
    assert_same_platform(target.probe(), shown)


def test_a_restore_refuses_another_signing_key_without_force(sqlite_source):
    folder, _source, _shown, archive, _output = sqlite_source
    target = empty_sqlite_platform(folder, "other-key")
    target.signing_key.parent.mkdir()
    target.manage("shell", "-c", "from certificates.credentials import signing_key; signing_key()")
    assert target.signing_key.exists()
    other_key = target.signing_key.read_bytes()

    refused = target.manage("restore", str(archive), check=False)

    assert refused.returncode != 0
    assert "signing key" in refused.stderr
    assert target.signing_key.read_bytes() == other_key
    assert [path for path in target.files() if not path.startswith("db.sqlite3")] == [
        "keys/signing-key.pem"
    ]


# -- PostgreSQL --------------------------------------------------------------------------


def postgres_server() -> dict | None:
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://", "pgsql://")):
        return None
    return environ.Env.db_url_config(url)


def psql(server: dict, sql: str) -> None:
    environment = {**os.environ, "PGPASSWORD": server.get("PASSWORD") or ""}
    subprocess.run(
        [
            "psql",
            "-h",
            server.get("HOST") or "127.0.0.1",
            "-p",
            str(server.get("PORT") or 5432),
            "-U",
            server.get("USER") or "postgres",
            "-d",
            "postgres",
            "-v",
            "ON_ERROR_STOP=1",
            "-qc",
            sql,
        ],
        env=environment,
        check=True,
        capture_output=True,
    )


@pytest.fixture(scope="module")
def postgres(tmp_path_factory):
    server = postgres_server()
    if server is None:
        pytest.skip(
            "PostgreSQL backups are tested when DATABASE_URL names a PostgreSQL server "
            "(e.g. postgres://postgres@127.0.0.1:5432/elearning)"
        )
    suffix = uuid.uuid4().hex[:8]
    names = {role: f"ops_backup_{role}_{suffix}" for role in ("source", "restored", "sqlite")}
    for name in names.values():
        psql(server, f'CREATE DATABASE "{name}"')
    folder = tmp_path_factory.mktemp("postgres-backup")
    try:
        yield server, names, folder
    finally:
        for name in names.values():
            psql(server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_a_demo_backup_restores_into_an_empty_postgresql_database_that_answers_the_same(
    postgres,
):
    server, names, folder = postgres
    source = Platform(folder / "source", postgres_url(server, names["source"]))
    source.root.mkdir()
    shown = build_source(source)
    archive, output = backup_of(source)
    manifest = manifest_of(archive)
    assert manifest["database"]["vendor"] == "postgresql"
    assert manifest["members"]["database/database.dump"]["size"] > 0
    assert "database:" in output

    target = Platform(folder / "restored", postgres_url(server, names["restored"]))
    target.root.mkdir()
    restored_output = target.manage("restore", str(archive)).stdout

    assert "match the backup" in restored_output
    assert_same_platform(target.probe(), shown)

    # Into the same database again: it holds data now, so without --force it is refused.
    refused = target.manage("restore", str(archive), check=False)
    assert refused.returncode != 0
    assert f"PostgreSQL database '{names['restored']}'" in refused.stderr
    assert "already hold data" in refused.stderr
    assert target.probe()["statement_count"] == shown["statement_count"]

    replaced = target.manage("restore", "--force", str(archive)).stdout
    assert "Replacing the PostgreSQL database" in replaced
    assert_same_platform(target.probe(), shown)
    # The restored sequences go on from the restored rows: new rows can be added.
    added = target.manage("packages", "import", str(package_zip(target.root))).stdout
    assert "version 1: Port of entry interviews" in added


def test_an_archive_of_another_database_vendor_is_refused(postgres, sqlite_source):
    server, names, folder = postgres
    _folder, _source, _shown, archive, _output = sqlite_source
    target = Platform(folder / "vendor", postgres_url(server, names["sqlite"]))
    target.root.mkdir()

    refused = target.manage("restore", str(archive), check=False)

    assert refused.returncode != 0
    assert "holds a sqlite database" in refused.stderr
    assert "configured for postgresql" in refused.stderr
    assert target.files() == []
