"""The document resources: State, Activity Profile and Agent Profile."""

from django.db import models


class Document(models.Model):
    """One stored document. Empty strings stand for "not part of the key" so that the
    uniqueness constraint covers every kind (NULLs would never collide)."""

    class Kind(models.TextChoices):
        STATE = "state"
        ACTIVITY_PROFILE = "activity_profile"
        AGENT_PROFILE = "agent_profile"

    kind = models.CharField(max_length=20, choices=Kind.choices)
    document_id = models.CharField(max_length=1000)
    activity_iri = models.CharField(max_length=1000, blank=True, default="")
    agent_key = models.CharField(max_length=500, blank=True, default="")
    registration = models.CharField(max_length=36, blank=True, default="")
    content = models.BinaryField()
    content_type = models.CharField(max_length=255)
    etag = models.CharField(max_length=64)
    updated = models.DateTimeField(db_index=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "activity_iri", "agent_key", "registration", "document_id"],
                name="lrs_document_unique_key",
            )
        ]
        indexes = [
            models.Index(
                fields=["kind", "activity_iri", "agent_key", "registration", "updated"],
                name="lrs_document_since",
            )
        ]

    def __str__(self) -> str:
        return f"{self.kind}:{self.document_id}"
