"""Expiry and recertification rules: pure calculations on dates, no database."""

import calendar
from datetime import datetime, timedelta


def add_months(moment: datetime, months: int) -> datetime:
    """``moment`` plus whole calendar months; the 31st becomes the month's last day."""
    index = moment.month - 1 + months
    year, month = moment.year + index // 12, index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def expiry_for(*, issued_at: datetime, validity_months: int | None) -> datetime | None:
    """When a certificate issued at ``issued_at`` expires (None: it never does)."""
    if not validity_months:
        return None
    return add_months(issued_at, validity_months)


def days_until(*, expires_at: datetime | None, now: datetime) -> int | None:
    """Whole days left before expiry (0 on the last day, negative once expired)."""
    if expires_at is None:
        return None
    left = expires_at - now
    return left.days if left >= timedelta(0) else -((-left).days + 1)


def renewal_opens_at(*, expires_at: datetime | None, window_days: int) -> datetime | None:
    """From when a learner may take the course again for a new certificate."""
    if expires_at is None:
        return None
    return expires_at - timedelta(days=max(window_days, 0))


def renewal_open(*, expires_at: datetime | None, window_days: int, now: datetime) -> bool:
    """Whether recertification is open: inside the window before expiry, or after it."""
    opens = renewal_opens_at(expires_at=expires_at, window_days=window_days)
    return opens is not None and now >= opens


def initials(name: str) -> str:
    """``Alex Martin`` -> ``A. M.``: what the public page shows when names are hidden."""
    return " ".join(f"{part[0].upper()}." for part in name.replace("-", " ").split() if part)


def first_name_and_initial(name: str) -> str:
    """``Alex Martin`` -> ``Alex M.``: what the public page shows unless the holder chose
    to show their full name (a single name shows as its initial)."""
    parts = name.split()
    if not parts:
        return ""
    if len(parts) == 1:
        return f"{parts[0][0].upper()}."
    return f"{parts[0]} {parts[-1][0].upper()}."
