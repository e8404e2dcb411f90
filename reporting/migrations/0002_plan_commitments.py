"""Seed the plan's commitments (see ``reporting.plan``); existing ones are left as they
are, so an administrator's edits survive."""

from django.db import migrations


def seed(apps, schema_editor):
    from reporting.plan import PLAN_COMMITMENTS

    Commitment = apps.get_model("reporting", "Commitment")
    for code, pillar, lead, title_en, title_fr in PLAN_COMMITMENTS:
        Commitment.objects.get_or_create(
            code=code,
            defaults={"pillar": pillar, "lead": lead, "title_en": title_en, "title_fr": title_fr},
        )


class Migration(migrations.Migration):
    dependencies = [("reporting", "0001_commitments")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
