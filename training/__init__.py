"""Requirements, per-learner assignments, targets, exemptions, reminders and the calendar
feed; re-checks assignments on each course completion from ``tracking.projector``.

May import: ``courses``, ``tracking``, ``lrs``, ``organisations``, ``common``."""
