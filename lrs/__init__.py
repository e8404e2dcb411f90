"""A standalone xAPI 1.0.3 / 2.0 Learning Record Store: statements, documents, activities
and agents, credentials and scopes, forwarding. A site learns of stored statements through
its one hook, ``lrs.hooks``.

May import: Django and libraries only, no package of the project (its tests run with
only Django's apps and ``lrs`` installed: ``tests/lrs/settings.py``)."""
