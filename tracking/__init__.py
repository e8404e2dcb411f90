"""The platform's xAPI profile: its vocabulary (``vocabulary``), the statement builders
(``builders``, one module per kind of activity) and the projector that turns verified
statements into progress, completions and certificates (``projector``).

May import: ``lrs`` and ``organisations`` (below it). Never the apps above it
(courses, quizzes, packages, certificates, training, dashboards, offline): they register
what the projector needs through ``tracking.projector.ports``.
"""
