"""Reads of the training app: who a requirement applies to, assignment statuses, unit
counts for dashboards, targets, a learner's required training.

The modules: ``scope`` (who a requirement applies to), ``status`` (assignment statuses
and unit counts), ``targets`` and ``learner`` (a learner's required training)."""
