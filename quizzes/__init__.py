"""Questions, banks, quizzes and quiz pages, attempts, grading, the quiz API and runner,
item analysis; the assessments of ``courses.ports``.

May import: ``courses``, ``tracking``, ``lrs``, ``organisations``, ``common``."""
