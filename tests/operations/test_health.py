"""Readiness at /readyz: 200 when the database, the migrations and Redis are in order,
503 naming the failing checks (and nothing of why) otherwise."""

from unittest import mock

import pytest
from django.conf import settings
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder
from django.test import override_settings

from operations.health import MigrationsCheck, check_migrations

pytestmark = pytest.mark.django_db

CLOSED_REDIS = "redis://127.0.0.1:8629/0"
BROKEN_REDIS = {
    "CACHES": {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": CLOSED_REDIS,
        }
    },
    "CHANNEL_LAYERS": {
        "default": {
            "BACKEND": "channels_redis.core.RedisChannelLayer",
            "CONFIG": {"hosts": [CLOSED_REDIS]},
        }
    },
}


@pytest.fixture(autouse=True)
def migrations_checked_afresh():
    check_migrations.forget()
    yield
    check_migrations.forget()


def every_check_ok() -> dict:
    checks = {"database": "ok", "migrations": "ok"}
    if settings.REDIS_URL:
        checks.update(cache="ok", channel_layer="ok")
    return checks


def latest_migration(app_label: str) -> tuple[str, str]:
    leaves = MigrationLoader(connection).graph.leaf_nodes(app_label)
    return leaves[0]


def test_ready_with_every_check_ok(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "checks": every_check_ok()}
    assert "no-store" in response["Cache-Control"]
    # Outside the language prefixes, and no session for a probe.
    assert "Location" not in response
    assert "sessionid" not in response.cookies


def test_readiness_answers_only_get(client):
    assert client.post("/readyz").status_code == 405


def test_an_unapplied_migration_makes_the_process_not_ready_until_it_is_applied(client):
    app_label, name = latest_migration("lrs")
    recorder = MigrationRecorder(connection)
    recorder.record_unapplied(app_label, name)

    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json() == {
        "status": "unavailable",
        "checks": {**every_check_ok(), "migrations": "failing"},
    }
    assert name not in response.content.decode()

    # A failure is not remembered: ready again as soon as the migration is applied.
    recorder.record_applied(app_label, name)
    assert client.get("/readyz").status_code == 200


def test_a_migration_check_that_passed_is_trusted_for_a_while_only():
    now = [1000.0]
    check = MigrationsCheck(seconds=60, clock=lambda: now[0])
    assert check() is True
    app_label, name = latest_migration("lrs")
    MigrationRecorder(connection).record_unapplied(app_label, name)
    now[0] += 59
    assert check() is True
    now[0] += 2
    with pytest.raises(RuntimeError, match=f"{app_label}.{name}"):
        check()


@pytest.mark.django_db(transaction=True)
def test_a_database_that_does_not_answer_makes_the_process_not_ready(client):
    if connection.vendor == "postgresql":
        unreachable = {"HOST": "127.0.0.1", "PORT": "8629"}  # nothing listens there
    else:
        unreachable = {"NAME": "/nonexistent-directory/platform.sqlite3"}
    connection.close()
    try:
        with mock.patch.dict(connection.settings_dict, unreachable):
            response = client.get("/readyz")
    finally:
        connection.close()
    assert response.status_code == 503
    checks = response.json()["checks"]
    assert checks["database"] == "failing"
    assert checks["migrations"] == "failing"
    body = response.content.decode()
    for detail in ("8629", "nonexistent", "OperationalError", "connect"):
        assert detail not in body
    # And once it answers again, so does readiness.
    assert client.get("/readyz").status_code == 200


@override_settings(**BROKEN_REDIS)
def test_a_redis_that_does_not_answer_makes_the_process_not_ready(client):
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json() == {
        "status": "unavailable",
        "checks": {
            "database": "ok",
            "migrations": "ok",
            "cache": "failing",
            "channel_layer": "failing",
        },
    }
    assert "8629" not in response.content.decode()


@pytest.mark.skipif(not settings.REDIS_URL, reason="needs REDIS_URL")
def test_with_redis_configured_the_cache_and_the_channel_layer_are_checked(client):
    checks = client.get("/readyz").json()["checks"]
    assert checks["cache"] == "ok"
    assert checks["channel_layer"] == "ok"
