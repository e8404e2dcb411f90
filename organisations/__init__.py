"""Users (with a stable UUID for xAPI), the org-unit tree, audiences, learner profiles
and manager scopes.

May import: ``common``. Bottom layer beside ``lrs``: no other app."""
