from django.db import migrations

from common.migration_grants import permissions_grant

# Trainers (Wagtail's "Editors" group) tag their courses, briefings, workshops and
# requirements from a commitment's edit view. Generating, downloading and publishing the
# report stay with administrators (superusers).
CODENAMES = ("change_commitment", "view_commitment")


def grant(apps, schema_editor):
    permissions_grant(apps, app_label="reporting", codenames=CODENAMES)


class Migration(migrations.Migration):
    dependencies = [
        ("reporting", "0002_plan_commitments"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
