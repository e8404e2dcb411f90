"""Data built once for several tests, the way Django's ``TestCase.setUpTestData`` does it
for a class, for pytest fixtures scoped to a module (or a class).

``built_once`` opens a transaction, builds the data in it and keeps it open while the
fixture's tests run: each test still runs in its own transaction (pytest-django's
``db``), which is then a savepoint inside it, so whatever a test writes is rolled back
after that test and every test starts from the data as it was built. At the end the
outer transaction is rolled back too, and nothing is left for the tests that follow.

Hand each test a deep copy of the Python objects (``copy.deepcopy``), as
``setUpTestData`` does, so that a test changing an instance in memory cannot change
what the next test sees.

Only for tests that run in a transaction; not for ``transactional_db``, ``live_server``
or ``django_db(transaction=True)``, which commit and would see or destroy the data."""

from contextlib import contextmanager


@contextmanager
def built_once(django_db_blocker, build):
    """The result of ``build()``, run in a transaction that stays open until the
    ``with`` block ends and is then rolled back."""
    from django.db import connection, transaction

    with django_db_blocker.unblock():
        depth = len(connection.atomic_blocks)
        outer = transaction.atomic()
        # Marked as TestCase marks its own, so that a durable atomic block may open inside.
        outer._from_testcase = True
        outer.__enter__()
        try:
            data = build()
        except BaseException:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            raise
    try:
        yield data
    finally:
        with django_db_blocker.unblock():
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            assert len(connection.atomic_blocks) == depth, "a transaction was left open"
