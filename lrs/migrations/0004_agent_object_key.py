from django.db import migrations


def fill_agent_objects(apps, schema_editor):
    from lrs.identity import actor_key, agent_object_key

    Statement = apps.get_model("lrs", "Statement")
    for object_type in ("Agent", "Group"):
        rows = Statement.objects.filter(data__object__objectType=object_type, object_iri="")
        for statement in rows.iterator():
            key = actor_key(statement.data["object"])
            if key:
                statement.object_iri = agent_object_key(key)
                statement.save(update_fields=["object_iri"])


class Migration(migrations.Migration):
    dependencies = [("lrs", "0003_statement_target")]

    operations = [migrations.RunPython(fill_agent_objects, migrations.RunPython.noop)]
