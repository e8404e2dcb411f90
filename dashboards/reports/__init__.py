"""The figures of the manager's dashboard, read from the dashboards' read models.

Each family of figures is one grouped query over ``ComplianceRecord`` or ``CourseRecord``
(by learner unit), rolled up the unit tree in Python by path prefix, so that an agency of
100,000 learners costs a handful of scans rather than a query per unit. Every table the
page shows is built here as a ``Table``, which the page renders and the exports stream.

The modules: ``figures`` (the slice a request looks at and its grouped scans),
``breakdowns`` (the tables by unit, by course and by week), ``targets`` (the targets
table), ``learners`` (the learners table, paged or streamed) and ``dashboard`` (the
whole page, and the tables by name for the exports)."""
