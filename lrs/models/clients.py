"""Who may call the LRS: clients with long-lived credentials, and short-lived launch tokens."""

import hashlib
import secrets

from django.conf import settings
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


class LRSToken(models.Model):
    """A short-lived credential for content running in a learner's browser.

    Limited to one learner (the actor) and the launched activity, so no long-lived
    secret reaches a browser. Only the token's hash is stored.
    """

    key = models.CharField(max_length=64, unique=True)
    secret_hash = models.CharField(max_length=64)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lrs_tokens"
    )
    actor = models.JSONField()
    activity_iri = models.CharField(max_length=1000)
    registration = models.UUIDField(null=True, blank=True)
    scopes = models.JSONField(default=list)
    expires_at = models.DateTimeField(db_index=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("LRS launch token")
        verbose_name_plural = _("LRS launch tokens")

    def __str__(self) -> str:
        return self.key

    def check_secret(self, secret: str) -> bool:
        # The token's own random key salts its hash (see ``lrs_token_issue``).
        return secrets.compare_digest(self.secret_hash, hash_secret(secret, self.key))
