from django.db import migrations

# The five learner languages added to English and French (settings.LEARNER_LANGUAGES);
# listed here, not read from settings, so that the migration stays what it was.
LEARNER_LANGUAGES = ["es", "tl", "zh-hans", "pa", "ar"]


def create_locales(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    for code in LEARNER_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


class Migration(migrations.Migration):
    dependencies = [("courses", "0011_briefings")]

    operations = [migrations.RunPython(create_locales, migrations.RunPython.noop)]
