from django.contrib.auth.management import create_permissions
from django.db import migrations

# What trainers (Wagtail's "Editors" group) and reviewers ("Moderators") may do with
# quizzes: author every quiz snippet and read the item analysis.
ACTIONS = ("add", "change", "delete", "view")
MODELS = ("question", "questionbank", "questiontag", "quiz", "scenario")
EXTRA = ("view_item_analysis", "publish_question")


def grant(apps, schema_editor):
    # Permissions are made after migrations run; make the app's now, so they can be granted.
    app_config = apps.get_app_config("quizzes")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    # Wagtail adds "publish" for snippets with drafts after migrating; add it here too.
    Permission.objects.get_or_create(
        content_type=ContentType.objects.get(app_label="quizzes", model="question"),
        codename="publish_question",
        defaults={"name": "Can publish question"},
    )
    codenames = [f"{action}_{model}" for action in ACTIONS for model in MODELS] + list(EXTRA)
    permissions = list(
        Permission.objects.filter(content_type__app_label="quizzes", codename__in=codenames)
    )
    for group in Group.objects.filter(name__in=("Editors", "Moderators")):
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("quizzes", "0003_quizpage"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="quiz",
            options={
                "permissions": [("view_item_analysis", "Can view the item analysis of quizzes")],
                "verbose_name": "quiz",
                "verbose_name_plural": "quizzes",
            },
        ),
        migrations.RunPython(grant, migrations.RunPython.noop),
    ]
