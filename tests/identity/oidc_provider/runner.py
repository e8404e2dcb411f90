"""Start and stop the test provider: a process of its own on a free port, with its own
SQLite file and RSA key, answering once its discovery document does."""

from __future__ import annotations

import json
import os
import secrets
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import requests
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

ROOT = Path(__file__).resolve().parents[3]
#: The ports the provider may take (the tests' own range).
PORTS = range(8601, 8620)
PASSWORD = "provider-password"


def free_port(host: str = "127.0.0.1") -> int:
    for port in PORTS:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
            try:
                probe.bind((host, port))
            except OSError:
                continue
            return port
    raise RuntimeError(f"no free port in {PORTS.start}-{PORTS.stop - 1}")


@dataclass
class Application:
    client_id: str
    client_secret: str
    redirect_uris: list[str]
    post_logout_redirect_uris: list[str] = field(default_factory=list)
    name: str = "Learning platform"


@dataclass
class TestProvider:
    """A running provider. ``issuer`` is what the platform is configured with."""

    __test__ = False  # a helper, not a test class

    applications: list[Application]
    users: list[dict]
    claims: dict
    port: int = 0
    process: subprocess.Popen | None = None
    directory: Path | None = None

    @property
    def issuer(self) -> str:
        return f"http://localhost:{self.port}/o"

    @property
    def base_url(self) -> str:
        return f"http://localhost:{self.port}"

    def _environment(self) -> dict:
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ).decode()
        environment = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("DJANGO_", "PYTEST_", "DATABASE_URL"))
        }
        environment.update(
            DJANGO_SETTINGS_MODULE="tests.identity.oidc_provider.settings",
            PYTHONPATH=str(ROOT),
            PROVIDER_SECRET_KEY=secrets.token_urlsafe(32),
            PROVIDER_DATABASE=str(self.directory / "provider.sqlite3"),
            PROVIDER_RSA_KEY=pem,
            PROVIDER_ISSUER=self.issuer,
            PROVIDER_CLAIMS=json.dumps(self.claims),
            PROVIDER_SETUP=json.dumps(
                {
                    "users": [dict(user, password=PASSWORD) for user in self.users],
                    "applications": [vars(app) for app in self.applications],
                }
            ),
        )
        return environment

    def start(self) -> TestProvider:
        self.directory = Path(tempfile.mkdtemp(prefix="oidc-provider-"))
        self.port = self.port or free_port()
        environment = self._environment()
        django = [sys.executable, "-m", "django"]
        log = open(self.directory / "provider.log", "w")  # noqa: SIM115 (kept for the process)
        for command in (["migrate", "--verbosity", "0"], ["provider_setup"]):
            subprocess.run(
                django + command, env=environment, cwd=ROOT, check=True, stdout=log, stderr=log
            )
        self.process = subprocess.Popen(
            [*django, "runserver", f"127.0.0.1:{self.port}", "--noreload"],
            env=environment,
            cwd=ROOT,
            stdout=log,
            stderr=log,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(self.log())
            try:
                if requests.get(f"{self.issuer}/.well-known/openid-configuration", timeout=2).ok:
                    return self
            except requests.ConnectionError:
                pass
            time.sleep(0.2)
        self.stop()
        raise RuntimeError("the test provider did not start:\n" + self.log())

    def log(self) -> str:
        return (self.directory / "provider.log").read_text()

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def platform_settings(self, key: str, application: Application) -> dict:
        """``settings.OIDC_PROVIDERS`` for a platform that signs in with this provider."""
        return {
            key: {
                "issuer": self.issuer,
                "client_id": application.client_id,
                "client_secret": application.client_secret,
                "scopes": "openid profile email",
                "name_en": "Border agency account",
                "name_fr": "Compte de l’agence frontalière",
            }
        }
