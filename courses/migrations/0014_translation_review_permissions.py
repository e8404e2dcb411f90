from django.db import migrations

from common.migration_grants import permissions_grant

# Trainers (Editors) and reviewers (Moderators) record that a fluent speaker reviewed a
# translation into a learner language, or withdraw that review.
CODENAMES = ("add_translationreview", "delete_translationreview", "view_translationreview")


def grant(apps, schema_editor):
    for group in ("Editors", "Moderators"):
        permissions_grant(apps, app_label="courses", codenames=CODENAMES, group=group)


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0013_translation_review"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
