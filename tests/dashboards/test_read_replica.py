"""With a read replica configured (``DATABASE_REPLICA_URL``), the managers' dashboards,
reports and exports read from it, and every write (an audit entry, a sign-in) still goes
to the primary.

The platform runs in a process of its own with two real databases: the primary, and a
copy of it standing for the replica, in which two units have since been renamed (as a
replica can differ from the primary for a moment). What a manager sees tells which
database answered."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import json, sqlite3, sys
import django
django.setup()
from django.core.management import call_command
from django.db import connections
from django.test import Client

call_command("migrate", verbosity=0)
from organisations.models import AuditEvent, OrgUnit
from tests import factories

units = factories.org_tree()
manager = factories.manager(units["agency"])
learner = factories.learner(units["yvr"])
connections.close_all()

# The replica: a copy of the primary, where the agency has a new name.
primary, replica = sys.argv[1], sys.argv[2]
with sqlite3.connect(primary) as source, sqlite3.connect(replica) as target:
    source.backup(target)
with sqlite3.connect(replica) as target:
    for unit, name in ((units["agency"], "Agency as the replica has it"),
                       (units["yvr"], "Port as the replica has it")):
        target.execute("UPDATE organisations_orgunit SET name_en = ? WHERE id = ?", (name, unit.pk))

client = Client()
client.force_login(manager)
seen = {
    "dashboard": client.get("/en/dashboard/").content.decode(),
    "compliance": client.get("/en/dashboard/compliance/").content.decode(),
    "export": b"".join(
        client.get("/en/dashboard/export/learners.csv").streaming_content
    ).decode("utf-8-sig"),
    "learner": client.get(f"/en/dashboard/learners/{learner.uuid}/").status_code,
    "my_learning": client.get("/en/my-learning/").content.decode(),
}
audit = {
    alias: AuditEvent.objects.using(alias).filter(actor=manager).count()
    for alias in ("default", "replica")
}
print(json.dumps({
    "dashboard": "Agency as the replica has it" in seen["dashboard"],
    "dashboard_primary_name": "Border agency" in seen["dashboard"],
    "compliance": "Agency as the replica has it" in seen["compliance"],
    "export": "Port as the replica has it" in seen["export"],
    "learner_status": seen["learner"],
    "elsewhere_primary": "Agency as the replica has it" not in seen["my_learning"],
    "audit": audit,
}))
"""


def test_dashboards_read_the_replica_and_writes_stay_on_the_primary(tmp_path):
    primary = tmp_path / "primary.sqlite3"
    replica = tmp_path / "replica.sqlite3"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "elearning.settings.test",
        "DATABASE_URL": f"sqlite:///{primary}",
        "DATABASE_REPLICA_URL": f"sqlite:///{replica}",
        "MEDIA_ROOT": str(tmp_path / "media"),
        "PRIVATE_MEDIA_ROOT": str(tmp_path / "private"),
    }
    env.pop("REDIS_URL", None)
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(primary), str(replica)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-4000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])

    assert seen["dashboard"] and not seen["dashboard_primary_name"]
    assert seen["compliance"]
    assert seen["export"]
    assert seen["learner_status"] == 200
    # Pages other than the dashboards read the primary.
    assert seen["elsewhere_primary"]
    # Viewing a learner's records and exporting are audited, on the primary only.
    assert seen["audit"]["default"] >= 2
    assert seen["audit"]["replica"] == 0
