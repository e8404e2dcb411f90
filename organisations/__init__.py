"""Users (with a stable UUID for xAPI), the org-unit tree, audiences, learner profiles,
manager scopes, and the HR import that keeps them (with each person's unit history).

May import: ``common``. Bottom layer beside ``lrs``: no other app. What follows a
person's place elsewhere listens to ``organisations.signals``."""
