"""The record of what happened: xAPI statements, and the clients allowed to read and write them."""

import hashlib
import secrets
import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _

SCOPES = [
    ("statements/write", _("Write statements")),
    ("statements/read", _("Read statements")),
    ("statements/read/mine", _("Read own statements")),
    ("state", _("State documents")),
    ("define", _("Define activities")),
    ("profile", _("Profile documents")),
    ("all/read", _("Read everything")),
    ("all", _("Everything")),
]
SCOPE_NAMES = {name for name, _label in SCOPES}


def hash_secret(secret: str, salt: str) -> str:
    # Secrets are long random strings, so one SHA-256 round is enough and keeps
    # every request cheap (a password hasher would cost ~100 ms per statement batch).
    return hashlib.sha256(f"{salt}:{secret}".encode()).hexdigest()


class LRSClient(models.Model):
    """A system allowed to call ``/xapi/`` with HTTP Basic credentials (key and secret)."""

    name = models.CharField(_("name"), max_length=200)
    key = models.CharField(_("key"), max_length=100, unique=True)
    secret_salt = models.CharField(max_length=32, editable=False)
    secret_hash = models.CharField(max_length=64, editable=False)
    scopes = models.JSONField(_("scopes"), default=list)
    is_active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("LRS client")
        verbose_name_plural = _("LRS clients")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def set_secret(self, secret: str) -> None:
        self.secret_salt = secrets.token_hex(16)
        self.secret_hash = hash_secret(secret, self.secret_salt)

    def check_secret(self, secret: str) -> bool:
        return secrets.compare_digest(self.secret_hash, hash_secret(secret, self.secret_salt))

    def has_scope(self, *wanted: str) -> bool:
        granted = set(self.scopes)
        return "all" in granted or bool(granted & set(wanted))

    def as_authority(self) -> dict:
        return {
            "objectType": "Agent",
            "name": self.name,
            "account": {"homePage": "urn:lrs-client", "name": self.key},
        }


class Statement(models.Model):
    """One immutable xAPI statement, with indexed copies of what queries filter on."""

    id = models.UUIDField(primary_key=True)
    data = models.JSONField()
    actor_key = models.CharField(max_length=500, db_index=True)
    verb_iri = models.CharField(max_length=500, db_index=True)
    object_iri = models.CharField(max_length=1000, db_index=True, blank=True)
    registration = models.UUIDField(null=True, blank=True, db_index=True)
    timestamp = models.DateTimeField()
    stored = models.DateTimeField(db_index=True)
    voided = models.BooleanField(default=False)
    client = models.ForeignKey(LRSClient, null=True, blank=True, on_delete=models.SET_NULL)

    class Meta:
        verbose_name = _("statement")
        verbose_name_plural = _("statements")
        indexes = [models.Index(fields=["stored", "id"], name="lrs_statement_stored_id")]

    def __str__(self) -> str:
        return str(self.id)


def new_statement_id() -> uuid.UUID:
    return uuid.uuid4()
