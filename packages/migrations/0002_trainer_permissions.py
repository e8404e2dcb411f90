from django.db import migrations

from common.migration_grants import permissions_grant

# Trainers (Wagtail's "Editors" group) import and update content packages.
CODENAMES = ("add_package", "change_package", "view_package")


def grant(apps, schema_editor):
    permissions_grant(apps, app_label="packages", codenames=CODENAMES)


class Migration(migrations.Migration):
    dependencies = [
        ("packages", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
