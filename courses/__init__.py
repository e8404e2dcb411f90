"""Home, catalogue, course, module and lesson pages, lesson blocks, registrations,
lesson progress and course completions; the progress keeper of ``tracking.projector``.

May import: ``tracking``, ``lrs``, ``organisations``, ``common``. Quizzes and certificates
build on it and register what it needs through ``courses.ports``."""
