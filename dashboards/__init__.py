"""Manager dashboards, learner detail, compliance and course reports, exports, the read
models and the websocket consumer for live updates.

May import: every app below it (training, certificates, quizzes, packages, courses,
tracking, lrs, organisations, common); not ``offline``."""
