"""What every page says about how long a certificate counts: one rule, one wording.

Two dates exist and are never mixed up:

* the certificate's own expiry (``Certificate.expires_at``, from the course's validity
  period when it was issued; empty when the certificate does not expire): "Valid until
  <date>", or "Expired on <date>" once passed;
* the renewal date of the learner's required training (a recurring requirement asks the
  course again, even when the certificate itself never expires): "Renew by <date>", or
  "Renewal was due on <date>" once passed. Only the latest certificate of a course
  carries it; an earlier cycle was renewed already.

A certificate with neither date says "No expiry date"; a revoked one says only "Revoked
on <date>". The required training page, My certificates, the PDF, the public
verification page (and its JSON), and the manager's pages all show these same facts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from django.utils import timezone
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext

from common.dates import date_format

VALID_UNTIL = "valid_until"
EXPIRED_ON = "expired_on"
RENEW_BY = "renew_by"
RENEWAL_WAS_DUE = "renewal_was_due"
NO_EXPIRY = "no_expiry"
REVOKED_ON = "revoked_on"


def _wording(kind: str) -> str:
    # Looked up when shown, in the language active then.
    return {
        VALID_UNTIL: gettext("Valid until %(date)s"),
        EXPIRED_ON: gettext("Expired on %(date)s"),
        RENEW_BY: gettext("Renew by %(date)s"),
        RENEWAL_WAS_DUE: gettext("Renewal was due on %(date)s"),
        NO_EXPIRY: gettext("No expiry date"),
        REVOKED_ON: gettext("Revoked on %(date)s"),
    }[kind]


@dataclass(frozen=True)
class ValidityFact:
    """One thing to say about a certificate's validity, with its day (a calendar day in
    the reader's time zone) when it has one."""

    kind: str
    day: date | None = None

    @property
    def date_text(self) -> str:
        return date_format(self.day, "DATE_FORMAT") if self.day else ""

    @property
    def text(self) -> str:
        """The fact in words, in the active language: "Renew by December 5, 2028"."""
        wording = _wording(self.kind)
        return wording % {"date": self.date_text} if self.day else wording

    @property
    def html(self) -> SafeString:
        """:attr:`text` with its date marked up as a ``<time>`` element."""
        wording = _wording(self.kind)
        if not self.day:
            return escape(wording)
        moment = format_html('<time datetime="{}">{}</time>', self.day.isoformat(), self.date_text)
        # Both parts are escaped: the wording here, the date by format_html.
        return mark_safe(escape(wording) % {"date": moment})


def _day(moment: datetime | date | None) -> date | None:
    if moment is None or not isinstance(moment, datetime):
        return moment
    return timezone.localdate(moment) if timezone.is_aware(moment) else moment.date()


def validity_facts(
    *,
    expires_at: datetime | None,
    renew_by: date | None,
    revoked_at: datetime | None = None,
    now: datetime | None = None,
) -> list[ValidityFact]:
    """The facts to show, in order: the certificate's own expiry, then the renewal date
    (see the module's docstring for the rule)."""
    now = now or timezone.now()
    if revoked_at is not None:
        return [ValidityFact(REVOKED_ON, _day(revoked_at))]
    facts = []
    if expires_at is not None:
        kind = EXPIRED_ON if expires_at <= now else VALID_UNTIL
        facts.append(ValidityFact(kind, _day(expires_at)))
    if renew_by is not None:
        kind = RENEWAL_WAS_DUE if renew_by < _day(now) else RENEW_BY
        facts.append(ValidityFact(kind, renew_by))
    return facts or [ValidityFact(NO_EXPIRY)]


def renewal_fact(*, renew_by: date, today: date | None = None) -> ValidityFact:
    """The renewal date alone, for pages about the requirement rather than a
    certificate (the learner's required training, the compliance report)."""
    today = today or timezone.localdate()
    return ValidityFact(RENEWAL_WAS_DUE if renew_by < today else RENEW_BY, renew_by)
