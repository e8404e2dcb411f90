"""The durable outbox of statements to forward to an agency's external LRS."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .statements import Statement


class ForwardedStatement(models.Model):
    """One statement's delivery to the external LRS, retried with backoff until sent."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        SENT = "sent", _("Sent")

    statement = models.OneToOneField(
        Statement, on_delete=models.CASCADE, primary_key=True, related_name="forwarding"
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), db_index=True)
    last_error = models.TextField(_("last error"), blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("forwarded statement")
        verbose_name_plural = _("forwarded statements")
        indexes = [
            models.Index(fields=["status", "next_attempt_at"], name="lrs_forward_due"),
        ]

    def __str__(self) -> str:
        return str(self.statement_id)
