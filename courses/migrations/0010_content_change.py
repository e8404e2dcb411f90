import secrets

from django.db import migrations, models


def first_token(apps, schema_editor):
    """The content as it stands gets a token of its own: answers about it may be kept."""
    apps.get_model("courses", "ContentChange").objects.create(token=secrets.token_hex(16))


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0009_translatornotice"),
    ]

    operations = [
        migrations.CreateModel(
            name="ContentChange",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("token", models.CharField(max_length=32)),
            ],
            options={
                "verbose_name": "content change",
                "verbose_name_plural": "content changes",
            },
        ),
        migrations.RunPython(first_token, migrations.RunPython.noop),
    ]
