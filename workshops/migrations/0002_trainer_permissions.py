from django.db import migrations

from common.migration_grants import permissions_grant

# Trainers (Wagtail's "Editors" group) schedule workshop sessions, change or cancel them,
# and see who booked a seat. Administrators (superusers) may do everything already.
CODENAMES = (
    "add_workshopsession",
    "change_workshopsession",
    "delete_workshopsession",
    "view_workshopsession",
    "view_booking",
)


def grant(apps, schema_editor):
    permissions_grant(apps, app_label="workshops", codenames=CODENAMES)


class Migration(migrations.Migration):
    dependencies = [
        ("workshops", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
