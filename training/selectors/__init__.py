"""Reads of the training app: who a requirement applies to, assignment statuses, unit
counts for dashboards, targets, a learner's required training, renewal dates.

The modules: ``scope`` (who a requirement applies to), ``status`` (assignment statuses
and unit counts), ``targets``, ``learner`` (a learner's required training) and
``renewals`` (by when learners must take courses again)."""
