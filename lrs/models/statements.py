"""The record of what happened: immutable xAPI statements and what queries filter on."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .clients import LRSClient


class StatementJSONField(models.JSONField):
    """A JSON column that bulk inserts as a plain VALUES list.

    Django's PostgreSQL bulk insert otherwise packs each column into one array literal
    (UNNEST), escaping every statement's text character by character; for documents
    of a kilobyte and more that costs far more than the query planning it saves.
    """

    def get_placeholder(self, value, compiler, connection):
        return "%s"


class Statement(models.Model):
    """One immutable xAPI statement, with indexed copies of what queries filter on."""

    id = models.UUIDField(primary_key=True)
    data = StatementJSONField()
    actor_key = models.CharField(max_length=500)
    verb_iri = models.CharField(max_length=500)
    object_iri = models.CharField(max_length=1000, blank=True)
    registration = models.UUIDField(null=True, blank=True)
    # The statement a StatementRef object points at (null for every other object), so
    # queries can find statements that refer to matching ones without scanning.
    target_id = models.UUIDField(null=True, blank=True)
    timestamp = models.DateTimeField()
    stored = models.DateTimeField()
    voided = models.BooleanField(default=False)
    client = models.ForeignKey(LRSClient, null=True, blank=True, on_delete=models.SET_NULL)

    class Meta:
        verbose_name = _("statement")
        verbose_name_plural = _("statements")
        # Each filter a query can use, followed by the paging order, so that a page of
        # results is an index range scan, never a sort of everything that matches.
        indexes = [
            models.Index(fields=["stored", "id"], name="lrs_statement_stored_id"),
            models.Index(fields=["actor_key", "stored", "id"], name="lrs_statement_actor"),
            models.Index(fields=["verb_iri", "stored", "id"], name="lrs_statement_verb"),
            models.Index(fields=["object_iri", "stored", "id"], name="lrs_statement_object"),
            models.Index(
                fields=["registration", "stored", "id"], name="lrs_statement_registration"
            ),
            models.Index(fields=["target_id"], name="lrs_statement_target"),
            models.Index(
                fields=["stored", "id"],
                condition=models.Q(target_id__isnull=False),
                name="lrs_statement_referring",
            ),
        ]

    def __str__(self) -> str:
        return str(self.id)


class StatementIndex(models.Model):
    """Every activity and agent a statement mentions, for ``related_activities`` and
    ``related_agents`` queries (object, context activities, sub-statement, instructor,
    team, authority...). ``primary`` marks the statement's own object or actor."""

    class Kind(models.TextChoices):
        ACTIVITY = "activity"
        AGENT = "agent"

    statement = models.ForeignKey(Statement, on_delete=models.CASCADE, related_name="index")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    value = models.CharField(max_length=1000)
    primary = models.BooleanField(default=False)

    class Meta:
        indexes = [models.Index(fields=["kind", "value", "statement"], name="lrs_index_lookup")]

    def __str__(self) -> str:
        return f"{self.kind}:{self.value}"


class Attachment(models.Model):
    """An attachment's raw content, stored once per SHA-256 and shared by statements."""

    sha2 = models.CharField(max_length=128, primary_key=True)
    content_type = models.CharField(max_length=255)
    content = models.BinaryField()
    length = models.PositiveBigIntegerField()

    def __str__(self) -> str:
        return self.sha2


class ActivityDefinition(models.Model):
    """The canonical definition of an activity (the Activities resource), merged from
    the definitions statements carry, as the specification allows."""

    iri = models.CharField(max_length=1000, unique=True)
    definition = models.JSONField(default=dict)
    updated = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return self.iri
